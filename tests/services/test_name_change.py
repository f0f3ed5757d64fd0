"""A legal name change (issue 12/13): recorded as a change, dated, with a reason; the old
name is kept, shown as a former name and stays findable in Hangul, initials and Latin.
All names are fictional."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from resettle.domain.errors import InvalidInput, PermissionDenied
from resettle.services.cases import CaseQuery
from resettle.services.names import NameChange
from resettle.services.views import PersonName as NameView
from resettle.storage.case_keys import open_details
from resettle.storage.models import AuditEntry, Case, PersonName

ARRIVAL = date(2026, 1, 5)  # the clock's today is 2026-03-02


@pytest.fixture
def case_no(new_case):
    return new_case(family="리", given="금숙", family_latin="Ri", given_latin="Gum-suk",
                    arrival=ARRIVAL)


def _change(**kw) -> NameChange:
    base = dict(effective_date=date(2026, 2, 20), reason="new legal name for her safety",
                family_name="박", given_name="은하", family_name_latin="Pak",
                given_name_latin="Un-ha")
    return NameChange(**(base | kw))


def _found(services, actor, search: str) -> list[str]:
    return [r.case_no for r in services.cases.list_cases(actor, CaseQuery(search=search))]


def test_rename_keeps_the_old_name_as_a_former_name(services, actors, case_no):
    d = services.names.rename(actors["caseworker"], case_no, _change())
    assert (d.name.hangul, d.name.latin) == ("박은하", "Pak Un-ha")
    assert d.former_names == (NameView("리", "금숙", "Ri", "Gum-suk", "former",
                                       date(2026, 2, 20)),)
    assert services.cases.show(actors["supervisor"], case_no).former_names == d.former_names
    with services.db.reader() as s:
        row = s.scalars(select(PersonName)).one()
        assert (row.kind, row.valid_until, row.reason) == (
            "former", date(2026, 2, 20), "new legal name for her safety")
        assert row.recorded_by_id == actors["caseworker"].id
        assert (row.key_folded, row.key_given, row.key_given_initials) == ("이금숙", "금숙", "ㄱㅅ")


@pytest.mark.parametrize("search", [
    "리금숙", "이금숙", "리금", "금숙", "ㄹㄱㅅ", "ㄱㅅ", "Ri Gum-suk", "Lee Geum-suk",
    "Gum-suk", "Rhee",  # the old name, every way
    "박은하", "은하", "ㅂㅇㅎ", "ㅇㅎ", "Pak Un-ha", "Park Eun-ha", "Eun-ha",  # the new one
])
def test_old_and_new_names_both_find_the_person(services, actors, case_no, search):
    services.names.rename(actors["caseworker"], case_no, _change())
    assert _found(services, actors["caseworker"], search) == [case_no]


def test_two_changes_keep_both_earlier_names(services, actors, case_no):
    sv = actors["supervisor"]
    services.names.rename(sv, case_no, _change())
    d = services.names.rename(sv, case_no, _change(effective_date=date(2026, 2, 25),
                                                   family_name="한", given_name="가람",
                                                   family_name_latin=None,
                                                   given_name_latin=None))
    assert (d.name.hangul, d.name.latin) == ("한가람", "Pak Un-ha")  # Latin kept as typed
    assert [(n.hangul, n.valid_until) for n in d.former_names] == [
        ("리금숙", date(2026, 2, 20)), ("박은하", date(2026, 2, 25))]
    for search in ("리금숙", "박은하", "한가람", "ㄱㄹ"):
        assert _found(services, sv, search) == [case_no]


def test_only_the_given_name_changes(services, actors, case_no):
    d = services.names.rename(actors["caseworker"], case_no, NameChange(
        date(2026, 2, 1), "corrected by the court", given_name="은별"))
    assert (d.name.hangul, d.name.latin) == ("리은별", "Ri Gum-suk")
    assert [n.hangul for n in d.former_names] == ["리금숙"]


def test_the_change_is_audited(services, actors, case_no):
    services.names.rename(actors["caseworker"], case_no, _change())
    with services.db.reader() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        details = open_details(s, case_id, entry.details)  # names are sealed (issue 18)
    assert "박" not in str(entry.details)  # the stored row holds the sealed form
    assert (entry.action, entry.entity, entry.actor, entry.case_id) == (
        "update", "person", "caseworker", case_id)
    assert details["effective_date"] == "2026-02-20"
    assert details["reason"] == "new legal name for her safety"
    assert details["name_change"]["family_name"] == {"before": "리", "after": "박"}


@pytest.mark.parametrize("role", ["lawyer", "admin"])
def test_only_caseworkers_and_supervisors(services, actors, case_no, role):
    with pytest.raises(PermissionDenied):
        services.names.rename(actors[role], case_no, _change())
    assert services.cases.show(actors["supervisor"], case_no).former_names == ()


@pytest.mark.parametrize(("change", "field", "rule"), [
    (dict(effective_date=date(2026, 3, 3)), "effective_date", "date_in_future"),
    (dict(effective_date=date(2026, 1, 4)), "effective_date", "date_before"),
    (dict(family_name="리", given_name="금숙", family_name_latin="Ri",
          given_name_latin="Gum-suk"), "name", "name_unchanged"),
    (dict(family_name=None, given_name=None, family_name_latin=None,
          given_name_latin=None), "name", "name_unchanged"),
    (dict(reason="  "), "reason", "required"),
    (dict(family_name=" "), "family_name", "required"),
    (dict(given_name="은\x00하"), "given_name", "control_character"),
    (dict(given_name="가" * 51), "given_name", "too_long"),
])
def test_refused_changes_name_the_field(services, actors, case_no, change, field, rule):
    with pytest.raises(InvalidInput) as exc:
        services.names.rename(actors["caseworker"], case_no, _change(**change))
    assert (exc.value.field, exc.value.rule) == (field, rule)
    d = services.cases.show(actors["caseworker"], case_no)
    assert (d.name.hangul, d.former_names) == ("리금숙", ())


def test_boundary_dates(services, actors, case_no):
    """The arrival day and today are both allowed."""
    cw = actors["caseworker"]
    services.names.rename(cw, case_no, _change(effective_date=ARRIVAL))
    d = services.names.rename(cw, case_no, _change(effective_date=date(2026, 3, 2),
                                                   given_name="은별"))
    assert [n.valid_until for n in d.former_names] == [ARRIVAL, date(2026, 3, 2)]


def test_not_before_the_previous_change(services, actors, case_no):
    cw = actors["caseworker"]
    services.names.rename(cw, case_no, _change())
    with pytest.raises(InvalidInput) as exc:
        services.names.rename(cw, case_no, _change(effective_date=date(2026, 2, 19),
                                                   given_name="은별"))
    assert (exc.value.field, exc.value.rule) == ("effective_date", "date_before")
    assert exc.value.params["other"] == "previous_name_change"


def test_a_stale_edit_is_refused(services, actors, case_no):
    from resettle.domain.errors import Conflict

    cw = actors["caseworker"]
    version = services.cases.show(cw, case_no).person_version
    services.names.rename(cw, case_no, _change(), expected_version=version)
    with pytest.raises(Conflict):
        services.names.rename(cw, case_no, _change(given_name="은별"), expected_version=version)
