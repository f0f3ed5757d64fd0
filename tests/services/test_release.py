"""After release: placement, follow-up schedule states, risk flags and supervisors' alerts."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from sqlalchemy import select

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from resettle.services.release import Release, flags_for, placement_for
from resettle.storage.case_keys import open_details
from resettle.storage.models import AuditEntry, Case, StageEvent

RELEASED = date(2025, 6, 2)


@pytest.fixture
def release(services):
    return Release(services.ctx)


@pytest.fixture
def released(services, new_case):
    """A case released on RELEASED (a programme event, then the release event)."""
    case_no = new_case(stage="programme", arrival=date(2025, 1, 6))
    with services.db.writer() as s, s.begin():
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        s.add(StageEvent(case_id=case.id, from_stage="programme", to_stage="released",
                         effective_date=RELEASED))
        case.stage, case.stage_date = "released", RELEASED
    return case_no


def case_row(services, case_no):
    with services.db.reader() as s:
        return s.scalar(select(Case).where(Case.case_no == case_no))


def test_placement_and_its_refusals(services, release, actors, new_case):
    cw = actors["caseworker"]
    case_no = new_case(stage="programme")
    first = release.place(cw, case_no, "rental_flat", "Incheon", date(2026, 2, 20),
                          support_centre="Incheon Hana Centre", protection_officer="Officer Jang",
                          protection_officer_contact="032-000-0000")
    moved = release.place(cw, case_no, "halfway_house", "Daejeon", date(2026, 3, 1))
    with services.db.reader() as s:
        assert placement_for(s, case_row(services, case_no).id) == moved
    assert first.protection_officer == "Officer Jang"
    for kind, region, start, field in [
            ("palace", "Seoul", date(2026, 3, 1), "placement_type"),
            ("relative", "", date(2026, 3, 1), "region"),
            ("relative", "Seoul", date(2026, 2, 28), "start_date"),  # before current placement
            ("relative", "Seoul", date(2026, 3, 3), "start_date")]:  # future
        with pytest.raises(InvalidInput) as error:
            release.place(cw, case_no, kind, region, start)
        assert error.value.field == field
    with pytest.raises(RuleViolation):
        release.place(cw, new_case(stage="custody"), "relative", "Seoul", date(2026, 2, 1))
    with pytest.raises(PermissionDenied):
        release.place(actors["lawyer"], case_no, "relative", "Seoul", date(2026, 3, 1))


def test_follow_up_schedule_states(release, actors, released):
    cw = actors["caseworker"]
    release.add_follow_up(cw, released, date(2025, 6, 9), "visit", wellbeing=4)
    release.add_follow_up(cw, released, date(2025, 9, 3), "call", wellbeing=2, notes="tired")
    view = release.follow_ups(actors["supervisor"], released, as_of=date(2026, 3, 2))
    assert view.protection_end == date(2030, 6, 2)
    states = [(s.scheduled, s.state) for s in view.schedule[:6]]
    assert states == [(date(2025, 6, 9), "done"), (date(2025, 7, 2), "overdue"),
                      (date(2025, 9, 2), "done"), (date(2025, 12, 2), "overdue"),
                      (date(2026, 3, 2), "due"), (date(2026, 6, 2), "upcoming")]
    assert view.overdue == 2 and view.next_due == date(2025, 7, 2)
    assert [c.wellbeing for c in view.contacts] == [4, 2]


def test_follow_up_bad_inputs(release, actors, released, new_case):
    cw = actors["caseworker"]
    for day, kind, wellbeing, field in [(date(2025, 6, 1), "visit", None, "contact_date"),
                                        (date(2026, 3, 3), "visit", None, "contact_date"),
                                        (date(2025, 7, 1), "letter", None, "kind"),
                                        (date(2025, 7, 1), "visit", 0, "wellbeing"),
                                        (date(2025, 7, 1), "visit", 6, "wellbeing")]:
        with pytest.raises(InvalidInput) as error:
            release.add_follow_up(cw, released, day, kind, wellbeing)
        assert error.value.field == field
    with pytest.raises(RuleViolation):  # not released
        release.add_follow_up(cw, new_case(stage="programme"), date(2026, 2, 1))


def test_flags_mirror_history_and_alerts(services, release, actors, released, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    release.raise_flag(cw, released, "suicide_risk", date(2026, 2, 1), "after a call")
    with pytest.raises(InvalidInput) as error:  # a flag is raised with a reason
        release.raise_flag(cw, released, "health", date(2026, 2, 3), "  ")
    assert error.value.field == "reason"
    release.raise_flag(cw, released, "health", date(2026, 2, 3), "a hospital stay")
    assert case_row(services, released).flags == "health,suicide_risk"
    with pytest.raises(InvalidInput) as error:
        release.raise_flag(cw, released, "suicide_risk", date(2026, 2, 4), "again")
    assert error.value.field == "flag"
    with pytest.raises(InvalidInput) as error:
        release.raise_flag(cw, released, "mood", date(2026, 2, 4), "low")
    assert error.value.field == "flag"
    alerts = release.alerts(sv)
    assert [(a.case_no, a.flag, a.raised_on) for a in alerts] == [
        (released, "suicide_risk", date(2026, 2, 1))]
    assert release.alerts(actors["admin"]) == alerts
    for role in ("caseworker", "lawyer"):
        with pytest.raises(PermissionDenied):
            release.alerts(actors[role])
    with pytest.raises(InvalidInput) as error:
        release.clear_flag(cw, released, "suicide_risk", date(2026, 1, 31), "stable")
    assert error.value.field == "cleared_on"
    with pytest.raises(InvalidInput) as error:  # cleared with a reason too
        release.clear_flag(sv, released, "suicide_risk", date(2026, 3, 1), "")
    assert error.value.field == "reason"
    release.clear_flag(sv, released, "suicide_risk", date(2026, 3, 1), "stable")
    assert case_row(services, released).flags == "health"
    assert release.alerts(sv) == []
    with pytest.raises(InvalidInput):
        release.clear_flag(sv, released, "suicide_risk", date(2026, 3, 1), "stable")
    release.raise_flag(sv, released, "suicide_risk", date(2026, 3, 2), "another call")
    with services.db.reader() as s:
        history = flags_for(s, case_row(services, released).id)
        audits = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "risk_flag"))
        assert sorted(audits) == ["create", "create", "create", "update"]
    assert [(f.flag, f.active) for f in history] == [
        ("suicide_risk", False), ("health", True), ("suicide_risk", True)]
    assert history[0].note.endswith("stable")


def _programme_case(services, new_case, cw):
    """A case in the programme (cohort C-REL from 2025-10-06), placed for release."""
    case_no = new_case(stage="screening", arrival=date(2025, 9, 1))
    services.lifecycle.advance(cw, case_no, "programme", date(2025, 10, 6))
    with contextlib.suppress(InvalidInput):  # made by an earlier call in the same test
        services.programme.create_cohort(cw, "C-REL", date(2025, 10, 6))
    services.programme.enrol(cw, case_no, "C-REL", date(2025, 10, 6))
    services.release.place(cw, case_no, "rental_flat", "Incheon", date(2026, 1, 2))
    return case_no


def _attend_everything(services, cw, case_no):
    day = date(2025, 10, 6)
    for module, hours in services.programme.cohort_view(cw, "C-REL").required:
        left = hours
        while left > 0:
            step = min(left, 12.0)
            services.programme.record_attendance(cw, case_no, module, day, step)
            left -= step
            day = date.fromordinal(day.toordinal() + 1)


def test_release_needs_the_programme_completed(services, actors, new_case):
    cw = actors["caseworker"]
    case_no = _programme_case(services, new_case, cw)
    with pytest.raises(RuleViolation) as error:
        services.lifecycle.advance(cw, case_no, "released", date(2026, 1, 5))
    assert error.value.key == "release_needs_programme"
    _attend_everything(services, cw, case_no)
    services.programme.complete(cw, case_no, date(2026, 1, 2))
    with pytest.raises(RuleViolation):  # completed after the release date: not yet
        services.lifecycle.advance(cw, case_no, "released", date(2026, 1, 1))
    services.lifecycle.advance(cw, case_no, "released", date(2026, 1, 5))
    assert services.cases.show(cw, case_no).stage == "released"


def test_a_supervisor_may_release_early_with_a_reason_audited(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = _programme_case(services, new_case, cw)
    with pytest.raises(InvalidInput) as error:
        services.lifecycle.advance(sv, case_no, "released", date(2026, 1, 5))
    assert (error.value.field, error.value.rule) == ("reason", "release_override_reason")
    services.lifecycle.advance(sv, case_no, "released", date(2026, 1, 5),
                               "hospital care near a relative")
    assert services.cases.show(sv, case_no).stage == "released"
    with services.db.reader() as s:
        row = s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "case", AuditEntry.entity_id == case_no,
            AuditEntry.action == "update")
            .order_by(AuditEntry.id.desc())).first()
        details = open_details(s, row.case_id, row.details)  # free text is sealed (issue 18)
    assert details["override"] == "programme_not_completed"
    assert details["reason"] == "hospital care near a relative"


def test_dates_typed_are_refused_not_changed(services, release, actors, released):
    cw = actors["caseworker"]
    for day, rule in [(date(2026, 3, 3), "date_in_future"), (date(2025, 6, 1), "date_before")]:
        with pytest.raises(InvalidInput) as error:
            release.add_follow_up(cw, released, day, "visit")
        assert (error.value.field, error.value.rule, error.value.params["date"]) == (
            "contact_date", rule, day)
    with pytest.raises(InvalidInput) as error:
        release.raise_flag(cw, released, "address_exposed", date(2025, 1, 5), "leak")
    assert (error.value.field, error.value.rule) == ("raised_on", "date_before")
    assert release.follow_ups(cw, released, date(2026, 3, 2)).contacts == ()


def test_an_exposed_address_alerts_supervisors(release, actors, released):
    release.raise_flag(actors["caseworker"], released, "address_exposed", date(2026, 2, 1),
                       "address posted online")
    assert [a.flag for a in release.alerts(actors["supervisor"])] == ["address_exposed"]
    assert [f.flag for f in release.flags(actors["caseworker"], released)] == [
        "address_exposed"]
