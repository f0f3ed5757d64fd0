"""The custody clock as the law has it (issue 13): from arrival, ended once the person left,
extensions decided in time and counted from their decision, as-of views, the inbox."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resettle.domain.errors import InvalidInput, RuleViolation
from resettle.services.cases import CaseQuery
from resettle.services.context import transaction
from resettle.services.report_data import group as group_data
from resettle.services.reports import custody_rows
from resettle.storage.models import Case, Group, Placement

D = date
ARRIVAL = D(2025, 12, 1)  # 90-day rule: last lawful day 2026-02-28 (today is 2026-03-02)
LAST_DAY = D(2026, 2, 28)


def held(services, actors, new_case, arrival=ARRIVAL, **kw) -> str:
    case_no = new_case(arrival=arrival, **kw)
    services.lifecycle.advance(actors["caseworker"], case_no, "screening",
                               arrival + timedelta(days=3))
    return case_no


def released(services, actors, case_no: str, programme: date, release: date) -> None:
    services.lifecycle.advance(actors["caseworker"], case_no, "programme", programme)
    case_id = services.cases.show(actors["supervisor"], case_no).id
    with services.db.writer() as s, s.begin():
        s.add(Placement(case_id=case_id, placement_type="rental_flat", region="Incheon",
                        start_date=release))
    services.lifecycle.advance(actors["supervisor"], case_no, "released", release,
                               "programme completed elsewhere")


def test_extension_on_the_last_lawful_day_and_the_day_after(services, actors,
                                                            new_case) -> None:
    sv = actors["supervisor"]
    late, on_time = held(services, actors, new_case), held(services, actors, new_case)
    with pytest.raises(RuleViolation) as exc:
        services.lifecycle.extend(sv, late, 30, "council", LAST_DAY + timedelta(days=1))
    assert exc.value.key == "extension_after_limit"
    assert exc.value.params["last_day"] == LAST_DAY
    assert services.cases.show(sv, late).custody.status == "overdue"  # nothing changed
    services.lifecycle.extend(sv, on_time, 30, "council", LAST_DAY)
    c = services.cases.show(sv, on_time).custody
    assert (c.limit, c.last_lawful_day, c.status) == (120, D(2026, 3, 30), "ok")


def test_a_request_decided_too_late_is_refused_with_the_last_day(services, actors,
                                                                 new_case) -> None:
    sv = actors["supervisor"]
    case_no = held(services, actors, new_case, arrival=D(2025, 12, 5))  # last day 2026-03-04
    ext = services.lifecycle.request_extension(actors["caseworker"], case_no, 30, "council")
    with pytest.raises(InvalidInput) as exc:  # approve and refuse: not before arrival...
        services.lifecycle.decide_extension(sv, ext, False, D(2025, 12, 4), "r")
    assert (exc.value.field, exc.value.rule) == ("decision_date", "date_before")
    for approve in (True, False):  # ...and not in the future
        with pytest.raises(InvalidInput) as exc:
            services.lifecycle.decide_extension(sv, ext, approve, D(2030, 1, 1), "r")
        assert (exc.value.field, exc.value.rule) == ("decision_date", "date_in_future")
    services.lifecycle.decide_extension(sv, ext, True, D(2026, 3, 2), "council agreed")
    assert services.cases.show(sv, case_no).custody.limit == 120


def test_requests_never_ask_more_than_the_rule_allows(services, actors, new_case) -> None:
    cw = actors["caseworker"]
    case_no = held(services, actors, new_case, arrival=D(2026, 1, 5))
    with pytest.raises(InvalidInput) as exc:
        services.lifecycle.request_extension(cw, case_no, 31, "council")
    assert (exc.value.field, exc.value.rule, exc.value.params["maximum"]) == (
        "days", "too_many_days", 30)
    old = held(services, actors, new_case, arrival=D(2017, 6, 1))
    with pytest.raises(RuleViolation) as rv:
        services.lifecycle.request_extension(cw, old, 10, "council")
    assert rv.value.key in ("extension_not_allowed", "extension_not_held")


@pytest.mark.parametrize("as_of,limit,status,shown", [
    (D(2026, 1, 19), 90, "due", []),           # the day before the decision: base limit
    (D(2026, 1, 20), 120, "ok", ["approved"]),  # from the decision on
])
def test_as_of_before_and_after_an_extensions_decision(services, actors, new_case, as_of,
                                                       limit, status, shown) -> None:
    sv = actors["supervisor"]
    case_no = held(services, actors, new_case, arrival=D(2025, 11, 1))  # day 80 on 01-19
    services.lifecycle.extend(sv, case_no, 30, "council agreed", D(2026, 1, 20))
    c = services.cases.show(sv, case_no, as_of).custody
    assert (c.limit, c.status) == (limit, status)
    assert [x.status for x in c.extensions] == shown
    rows = services.cases.list_cases(sv, CaseQuery(custody_status=status, as_of=as_of))
    assert [(r.case_no, r.custody_limit) for r in rows] == [(case_no, limit)]
    other = {"due": "ok", "ok": "due"}[status]
    assert services.cases.list_cases(sv, CaseQuery(custody_status=other, as_of=as_of)) == []
    with transaction(services.ctx, sv) as tx:
        assert [r.clock.limit for r in custody_rows(tx, as_of)] == [limit]


def test_a_request_shows_as_requested_before_its_decision(services, actors, new_case) -> None:
    sv = actors["supervisor"]
    case_no = held(services, actors, new_case, arrival=D(2026, 1, 5))
    ext = services.lifecycle.request_extension(actors["caseworker"], case_no, 30, "council")
    services.lifecycle.decide_extension(sv, ext, False, D(2026, 3, 2), "not needed")
    [x] = services.cases.show(sv, case_no).custody.extensions
    assert (x.status, x.decided_by, x.decision_reason) == ("refused", "supervisor", "not needed")
    assert services.cases.show(sv, case_no).custody.limit == 90


def test_a_released_person_warns_nowhere(services, actors, new_case) -> None:
    sv = actors["supervisor"]
    case_no = held(services, actors, new_case, arrival=D(2024, 9, 1))
    released(services, actors, case_no, D(2024, 12, 15), D(2025, 1, 30))  # 105 days held
    c = services.cases.show(sv, case_no).custody
    assert (c.status, c.days_held, c.over_limit_days, c.end) == (
        "ended", 105, 15, D(2024, 12, 15))
    rows = services.cases.list_cases(sv, CaseQuery())
    assert [(r.custody_status, r.custody_days) for r in rows] == [("ended", 105)]
    for status in ("ok", "due", "overdue"):
        assert services.cases.list_cases(sv, CaseQuery(custody_status=status)) == []
    with transaction(services.ctx, sv) as tx:
        assert custody_rows(tx, D(2026, 3, 2)) == []
        assert [r.case_no for r in custody_rows(tx, D(2024, 12, 14))] == [case_no]
    case_id = services.cases.show(sv, case_no).id
    with services.db.writer() as s, s.begin():
        group = Group(code="RW-9", arrival_date=D(2024, 9, 1))
        s.add(group)
        s.flush()
        s.get(Case, case_id).group_id = group.id
    view = services.groups.view(sv, "RW-9")
    with transaction(services.ctx, sv) as tx:
        member = group_data(tx, view, D(2026, 3, 2)).members[0]
    assert member.clock is not None and member.clock.status == "ended"
    assert member.clock.days_held == 105


def test_list_as_of_a_day_filters_on_the_state_of_that_day(services, actors,
                                                           new_case) -> None:
    sv, cw = actors["supervisor"], actors["caseworker"]
    case_no = held(services, actors, new_case, arrival=D(2024, 9, 1))
    services.lifecycle.advance(cw, case_no, "custody", D(2024, 10, 1))
    released(services, actors, case_no, D(2024, 12, 15), D(2025, 1, 30))
    later = new_case(arrival=D(2024, 11, 1))  # not yet arrived on 2024-10-20
    on = services.cases.list_cases(sv, CaseQuery(stage="custody", as_of=D(2024, 10, 20)))
    assert [(r.case_no, r.stage, r.custody_status) for r in on] == [(case_no, "custody", "ok")]
    assert services.cases.list_cases(sv, CaseQuery(stage="custody")) == []
    everyone = services.cases.list_cases(sv, CaseQuery(as_of=D(2024, 10, 20)))
    assert later not in [r.case_no for r in everyone]
    shown = services.cases.show(sv, case_no, D(2024, 10, 20))
    assert (shown.stage, shown.stage_date) == ("custody", D(2024, 10, 1))
    assert [e.to_stage for e in shown.events] == ["intake", "screening", "custody"]
    assert shown.custody.end is None and shown.custody.status == "ok"


def test_pending_requests_lapse_when_custody_ends(services, actors, new_case) -> None:
    sv, cw = actors["supervisor"], actors["caseworker"]
    case_no = held(services, actors, new_case, arrival=D(2026, 1, 5))
    ext = services.lifecycle.request_extension(cw, case_no, 20, "high-profile case")
    [pending] = services.lifecycle.pending(sv)
    assert (pending.id, pending.case_no, pending.days, pending.reason, pending.requested_by) == (
        ext, case_no, 20, "high-profile case", "caseworker")
    assert pending.name.hangul == "김설화"
    assert (pending.days_held, pending.limit, pending.last_lawful_day) == (
        57, 90, D(2026, 4, 4))
    assert (pending.limit_if_approved, pending.last_lawful_day_if_approved) == (
        110, D(2026, 4, 24))
    services.lifecycle.advance(cw, case_no, "programme", D(2026, 3, 1))
    [x] = services.cases.show(sv, case_no).custody.extensions  # by itself, with the move
    assert (x.status, x.decision_date) == ("lapsed", D(2026, 3, 1))
    assert services.lifecycle.pending(sv) == []
    for approve in (True, False):
        with pytest.raises(RuleViolation) as rv:
            services.lifecycle.decide_extension(sv, ext, approve, D(2026, 2, 20), "late")
        assert rv.value.key == "extension_already_decided"
        assert rv.value.params["status"] == "lapsed"
    audited = [e for e in services.audit.entries(actors["admin"], limit=20)
               if e.entity == "extension"]
    assert any(e.details.get("status", {}).get("after") == "lapsed" for e in audited)
    with pytest.raises(RuleViolation) as rv:
        services.lifecycle.request_extension(cw, case_no, 10, "again")
    assert rv.value.key == "extension_not_held"


def test_statistics_count_custody_by_arrival_year_and_keep_unknown_ages(services, actors,
                                                                         new_case) -> None:
    from resettle.services.statistics import gather
    from resettle.storage.models import Person

    sv = actors["supervisor"]
    late_december = new_case(arrival=D(2025, 12, 20))
    services.lifecycle.advance(actors["caseworker"], late_december, "screening", D(2026, 1, 5))
    unknown = new_case(arrival=D(2025, 12, 21), given="은하", given_latin="Un-ha")
    services.lifecycle.advance(actors["caseworker"], unknown, "screening", D(2025, 12, 22))
    person_id = services.cases.show(sv, unknown).id
    with services.db.writer() as s, s.begin():
        s.get(Person, s.get(Case, person_id).person_id).birth_date = None
    with transaction(services.ctx, sv) as tx:
        data = gather(tx, 2025, D(2026, 3, 2))
    assert [(c.year, c.cases) for c in data.custody_years] == [(2025, 2)]
    assert sum(a.count for a in data.arrivals) == 2
    bands = {b.band: b.female for b in data.by_sex_and_age}
    assert bands["unknown"] == 1 and sum(bands.values()) == 2


def test_the_clock_runs_from_arrival_while_the_case_is_still_at_intake(services,
                                                                       actors) -> None:
    """Taken in at intake and no stage move yet: held from the arrival day, on every list."""
    from resettle.services.intake import IntakeForm

    form = IntakeForm(family_name="한", given_name="소연", sex="F", arrival_date=ARRIVAL)
    case_no = services.intake.intake(actors["caseworker"], form).case_no
    shown = services.cases.show(actors["supervisor"], case_no)
    assert shown.stage == "intake"
    assert shown.custody is not None and shown.custody.days_held == 92  # 2026-03-02
    assert shown.custody.status == "overdue"
    with transaction(services.ctx, actors["supervisor"]) as tx:
        assert case_no in [r.case_no for r in custody_rows(tx, D(2026, 3, 2))]
