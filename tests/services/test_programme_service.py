"""Programme: cohorts, enrolment, attendance within a day's maximum, completion by hours."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from resettle.domain.programme import DEFAULT_MODULE_HOURS
from resettle.services.legal import Legal
from resettle.services.programme import Programme
from resettle.storage.models import Setting

START = date(2026, 1, 12)


@pytest.fixture
def programme(services):
    return Programme(services.ctx)


@pytest.fixture
def enrolled(programme, actors, new_case):
    programme.create_cohort(actors["caseworker"], "c-2026-01", START, centre="Hanawon")
    case_no = new_case(stage="programme")
    programme.enrol(actors["caseworker"], case_no, "C-2026-01", date(2026, 1, 12))
    return case_no


def test_cohort_weeks_default_and_setting(services, programme, actors):
    cohort = programme.create_cohort(actors["caseworker"], "a1", START)
    assert (cohort.code, cohort.weeks, cohort.expected_end) == ("A1", 12, date(2026, 4, 5))
    with services.db.writer() as s, s.begin():
        s.add(Setting(key="programme_weeks", value=10))
    assert programme.create_cohort(actors["supervisor"], "a2", START).weeks == 10
    for code, weeks, field in [("a1", None, "code"), ("a3", 0, "weeks"), (" ", None, "code")]:
        with pytest.raises(InvalidInput) as error:
            programme.create_cohort(actors["caseworker"], code, START, weeks=weeks)
        assert error.value.field == field
    with pytest.raises(PermissionDenied):
        programme.create_cohort(actors["lawyer"], "a4", START)


@pytest.mark.parametrize("stage", ["screening", "custody", "programme"])
def test_enrol_from_screening_custody_or_programme(programme, actors, new_case, stage):
    programme.create_cohort(actors["caseworker"], "B1", START)
    view = programme.enrol(actors["caseworker"], new_case(stage=stage), "B1", date(2026, 1, 10))
    assert view.cohort.code == "B1" and not view.complete and view.total_hours == 0


def test_enrol_refusals(programme, actors, new_case, enrolled):
    cw = actors["caseworker"]
    programme.create_cohort(cw, "B2", START)
    with pytest.raises(RuleViolation):
        programme.enrol(cw, new_case(stage="released"), "B2", date(2026, 1, 12))
    with pytest.raises(InvalidInput) as error:
        programme.enrol(cw, enrolled, "B2", date(2026, 1, 12))
    assert error.value.field == "cohort" and error.value.params["cohort"] == "C-2026-01"
    with pytest.raises(InvalidInput) as error:
        programme.enrol(cw, new_case(stage="custody"), "B2", date(2026, 3, 3))
    assert error.value.field == "enrolled_on"
    with pytest.raises(NotFound):
        programme.enrol(cw, new_case(stage="custody"), "NONE", date(2026, 1, 12))


def test_attendance_daily_maximum_and_bad_inputs(programme, actors, enrolled):
    cw = actors["caseworker"]
    programme.record_attendance(cw, enrolled, "society", date(2026, 1, 13), 8)
    view = programme.record_attendance(cw, enrolled, "careers", date(2026, 1, 13), 4)
    assert view.total_hours == 12
    with pytest.raises(InvalidInput) as error:  # 12.1 hours that day
        programme.record_attendance(cw, enrolled, "careers", date(2026, 1, 13), 0.1)
    assert error.value.field == "hours"
    for module, day, hours, field in [
            ("cooking", date(2026, 1, 14), 2, "module"),
            ("society", date(2026, 1, 11), 2, "attended_on"),  # before the start
            ("society", date(2026, 3, 3), 2, "attended_on"),  # future
            ("society", date(2026, 1, 14), 0, "hours"),
            ("society", date(2026, 1, 14), 1.25, "hours")]:
        with pytest.raises(InvalidInput) as error:
            programme.record_attendance(cw, enrolled, module, day, hours)
        assert error.value.field == field


def test_completion_needs_every_required_hour(programme, actors, enrolled):
    cw = actors["caseworker"]
    day = date(2026, 1, 13)
    for module, hours in DEFAULT_MODULE_HOURS.items():
        remaining = hours - (1 if module == "society" else 0)
        while remaining > 0:
            programme.record_attendance(cw, enrolled, module, day, min(12, remaining))
            remaining -= min(12, remaining)
            day = day.fromordinal(day.toordinal() + 1)
    with pytest.raises(RuleViolation) as error:
        programme.complete(cw, enrolled, date(2026, 3, 1))
    assert error.value.key == "programme_hours_missing"
    assert error.value.params["modules"] == {"society": 1}
    programme.record_attendance(cw, enrolled, "society", day, 1)
    done = programme.complete(cw, enrolled, date(2026, 3, 1))
    assert done.complete and done.completed_on == date(2026, 3, 1) and done.total_hours == 380
    with pytest.raises(RuleViolation):
        programme.record_attendance(cw, enrolled, "society", date(2026, 3, 2), 1)


def test_cohort_view_hours_per_member_and_lawyer_scope(services, programme, actors, new_case,
                                                        enrolled):
    cw = actors["caseworker"]
    other = new_case(family="리", given="은정", family_latin="Ri", given_latin="Un-jong",
                     stage="custody")
    programme.enrol(cw, other, "C-2026-01", date(2026, 1, 12))
    programme.record_attendance(cw, other, "finance_and_banking", date(2026, 1, 14), 3.5)
    view = programme.cohort_view(actors["supervisor"], "c-2026-01")
    assert view.cohort.expected_end == date(2026, 4, 5)
    assert dict(view.required)["society"] == 120
    members = {m.case_no: m for m in view.members}
    assert set(members) == {enrolled, other}
    hours = {m.module: m.attended for m in members[other].modules}
    assert hours["finance_and_banking"] == 3.5 and not members[other].complete
    Legal(services.ctx).assign(cw, other, "lawyer")
    assert [m.case_no for m in programme.cohort_view(actors["lawyer"], "C-2026-01").members] \
        == [other]


def test_cohort_list_counts_members_and_filters(services, programme, actors, enrolled,
                                                new_case):
    cw = actors["caseworker"]
    programme.create_cohort(cw, "C-2025-07", date(2025, 7, 7))
    programme.create_cohort(cw, "B-2026-02", date(2026, 2, 9), weeks=8)
    other = new_case(stage="programme")
    programme.enrol(cw, other, "C-2026-01", date(2026, 1, 12))
    day = START
    for module, hours in DEFAULT_MODULE_HOURS.items():
        left = float(hours)
        while left > 0:
            step = min(left, 12.0)
            programme.record_attendance(cw, other, module.value, day, step)
            left, day = left - step, date.fromordinal(day.toordinal() + 1)
    programme.complete(cw, other, date(2026, 3, 1))
    rows = programme.cohorts(cw)
    assert [(r.code, r.start_date, r.expected_end, r.members, r.completed) for r in rows] == [
        ("B-2026-02", date(2026, 2, 9), date(2026, 4, 5), 0, 0),
        ("C-2026-01", START, date(2026, 4, 5), 2, 1),
        ("C-2025-07", date(2025, 7, 7), date(2025, 9, 28), 0, 0)]
    assert [r.code for r in programme.cohorts(cw, code="c-")] == ["C-2026-01", "C-2025-07"]
    assert [r.code for r in programme.cohorts(cw, started_from=date(2026, 1, 1),
                                              started_to=date(2026, 1, 31))] == ["C-2026-01"]
    assert [r.code for r in programme.cohorts(cw, running_on=date(2025, 9, 28))] == [
        "C-2025-07"]
    Legal(services.ctx).assign(cw, enrolled, "lawyer")
    lawyer_rows = {r.code: r.members for r in programme.cohorts(actors["lawyer"])}
    assert lawyer_rows["C-2026-01"] == 1  # only the member they represent
