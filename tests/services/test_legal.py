"""Legal representation: lawyers assigned to cases, powers of attorney and hearings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from resettle.domain.errors import Conflict, InvalidInput, NotFound, PermissionDenied, RuleViolation
from resettle.services.family import Relatives
from resettle.services.legal import Legal, hearings_for, representatives_for
from resettle.services.notes import Notes
from resettle.storage.models import AuditEntry, Case

PASSWORD = "a-long-password-1"


@pytest.fixture
def legal(services):
    return Legal(services.ctx)


def case_id(services, case_no):
    with services.db.reader() as s:
        return s.scalar(select(Case.id).where(Case.case_no == case_no))


def audit_rows(services, case_no):
    with services.db.reader() as s:
        return [(e.action, e.entity) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.case_id == case_id(services, case_no))
            .order_by(AuditEntry.id))]


def test_assign_with_power_of_attorney_lets_the_lawyer_see_the_case(services, actors, legal,
                                                                      new_case):
    case_no = new_case()
    notes = Notes(services.ctx)
    with pytest.raises(PermissionDenied):
        notes.list(actors["lawyer"], case_no)
    rep = legal.assign(actors["caseworker"], case_no, "lawyer", on_behalf_of="박 순희",
                       poa_date=date(2026, 2, 10), poa_granted_by="박순희 (mother)")
    assert (rep.lawyer, rep.on_behalf_of, rep.active) == ("lawyer", "박 순희", True)
    assert rep.relative_id is None  # not a recorded relative: kept by name
    [poa] = rep.powers_of_attorney
    assert (poa.granted_on, poa.granted_by) == (date(2026, 2, 10), "박순희 (mother)")
    with pytest.raises(PermissionDenied):  # acting for a relative: the legal part only
        notes.list(actors["lawyer"], case_no)
    assert ("create", "legal_representative") in audit_rows(services, case_no)
    assert ("create", "power_of_attorney") in audit_rows(services, case_no)
    with services.db.reader() as s:
        assert representatives_for(s, case_id(services, case_no)) == [rep]


def test_on_behalf_of_a_recorded_relative_links_the_relative(services, actors, legal,
                                                               new_case):
    case_no = new_case()
    relative = Relatives(services.ctx).add_relative(actors["caseworker"], case_no, "mother",
                                                    "박", "순희", "north", at_risk=True)
    rep = legal.assign(actors["supervisor"], case_no, "lawyer", on_behalf_of="박 순희")
    assert rep.relative_id == relative.id
    assert rep.powers_of_attorney == ()


@pytest.mark.parametrize("who", ["nobody", "caseworker", "disabled"])
def test_the_lawyer_must_be_an_active_lawyer_account(services, actors, legal, new_case, who):
    services.accounts.add_user(actors["admin"], "disabled", "lawyer", PASSWORD)
    services.accounts.set_active(actors["admin"], "disabled", False)
    with pytest.raises(InvalidInput) as error:
        legal.assign(actors["caseworker"], new_case(), who)
    assert error.value.field == "lawyer"


def test_power_of_attorney_date_may_not_be_in_the_future(actors, legal, new_case):
    with pytest.raises(InvalidInput) as error:
        legal.assign(actors["caseworker"], new_case(), "lawyer", poa_date=date(2026, 3, 3))
    assert (error.value.field, error.value.rule) == ("poa_date", "date_in_future")
    assert error.value.params["date"] == date(2026, 3, 3)


def test_power_of_attorney_may_not_be_dated_before_arrival(services, actors, legal, new_case):
    case_no = new_case(arrival=date(2026, 1, 5))
    with pytest.raises(InvalidInput) as error:
        legal.assign(actors["caseworker"], case_no, "lawyer", on_behalf_of="박 순희",
                     poa_date=date(2023, 1, 5))
    assert (error.value.field, error.value.rule) == ("poa_date", "date_before")
    assert error.value.params["other_date"] == date(2026, 1, 5)
    with services.db.reader() as s:  # nothing was written, not even the representation
        assert representatives_for(s, case_id(services, case_no)) == []
    legal.assign(actors["caseworker"], case_no, "lawyer")
    with pytest.raises(InvalidInput) as error:
        legal.add_power_of_attorney(actors["caseworker"], case_no, "lawyer", "the person",
                                    date(2026, 1, 4))
    assert error.value.rule == "date_before"
    rep = legal.add_power_of_attorney(actors["caseworker"], case_no, "lawyer", "the person",
                                      date(2026, 1, 5), "habeas corpus")
    assert rep.since == date(2026, 1, 5) and rep.powers_of_attorney[0].scope == "habeas corpus"


def test_ending_is_dated(services, actors, legal, new_case):
    case_no = new_case(arrival=date(2026, 1, 5))
    legal.assign(actors["caseworker"], case_no, "lawyer", poa_date=date(2026, 1, 20))
    for day, rule in [(date(2026, 3, 3), "date_in_future"), (date(2026, 1, 19), "date_before")]:
        with pytest.raises(InvalidInput) as error:
            legal.end(actors["caseworker"], case_no, "lawyer", day)
        assert (error.value.field, error.value.rule) == ("ended_on", rule)
    ended = legal.end(actors["caseworker"], case_no, "lawyer", date(2026, 2, 1))
    assert (ended.active, ended.ended_on, ended.since) == (False, date(2026, 2, 1),
                                                            date(2026, 1, 20))


@pytest.mark.parametrize("role", ["lawyer", "admin"])
def test_only_caseworkers_and_supervisors_assign(actors, legal, new_case, role):
    with pytest.raises(PermissionDenied):
        legal.assign(actors[role], new_case(), "lawyer")


def test_reassigning_is_refused_unless_a_power_of_attorney_is_added(actors, legal, new_case):
    case_no = new_case()
    legal.assign(actors["caseworker"], case_no, "lawyer")
    with pytest.raises(InvalidInput) as error:
        legal.assign(actors["caseworker"], case_no, "lawyer")
    assert error.value.field == "lawyer"
    rep = legal.assign(actors["caseworker"], case_no, "lawyer", poa_date=date(2026, 3, 1))
    assert len(rep.powers_of_attorney) == 1


def test_ending_representation_hides_the_case_again(services, actors, legal, new_case):
    case_no = new_case()
    legal.assign(actors["caseworker"], case_no, "lawyer")
    ended = legal.end(actors["caseworker"], case_no, "lawyer")
    assert not ended.active and ended.ended_at is not None
    with pytest.raises(PermissionDenied):
        Notes(services.ctx).list(actors["lawyer"], case_no)
    with pytest.raises(NotFound):
        legal.end(actors["caseworker"], case_no, "lawyer")
    again = legal.assign(actors["caseworker"], case_no, "lawyer")  # history row reused
    assert again.id == ended.id and again.active


def test_hearings_and_their_outcome(services, actors, legal, clock, new_case):
    case_no = new_case()
    cw = actors["caseworker"]
    later = legal.add_hearing(cw, case_no, "Seoul Central District Court", date(2026, 3, 20),
                              kind="habeas corpus review")
    first = legal.add_hearing(cw, case_no, "Seoul Central District Court", date(2026, 2, 20),
                              closed_session=False, attended="no")
    assert (first.attended, later.attended) == ("no", "unknown")
    with pytest.raises(RuleViolation) as error:  # not known before it takes place
        legal.add_hearing(cw, case_no, "Court", date(2026, 3, 20), attended="yes")
    assert error.value.key == "hearing_not_yet_held"
    with pytest.raises(InvalidInput) as error:
        legal.add_hearing(cw, case_no, " ", date(2026, 2, 20))
    assert error.value.field == "court"
    with pytest.raises(InvalidInput) as error:
        legal.add_hearing(cw, case_no, "Court", date(2025, 12, 1))
    assert error.value.field == "hearing_date"
    with pytest.raises(RuleViolation):
        legal.record_outcome(cw, later.id, "detention found lawful")
    done = legal.record_outcome(cw, first.id, "adjourned", expected_version=first.version,
                                attended="yes")
    assert (done.outcome, done.attended) == ("adjourned", "yes")
    with pytest.raises(Conflict):
        legal.record_outcome(actors["supervisor"], first.id, "dismissed",
                             expected_version=first.version)
    with pytest.raises(PermissionDenied):
        legal.add_hearing(actors["lawyer"], case_no, "Court", date(2026, 2, 20))
    with services.db.reader() as s:
        assert [h.id for h in hearings_for(s, case_id(services, case_no))] == [first.id,
                                                                               later.id]
