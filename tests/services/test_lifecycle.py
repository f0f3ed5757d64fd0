"""Stage transitions, the custody clock at its boundaries, extensions, corrections, scope."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resettle.domain.errors import Conflict, InvalidInput, PermissionDenied, RuleViolation
from resettle.services.cases import CaseQuery, PersonEdit
from resettle.storage.models import LegalRepresentative, Placement

D = date


def screened(services, actors, new_case, start: date, **kw) -> str:
    case_no = new_case(arrival=start, **kw)
    services.lifecycle.advance(actors["caseworker"], case_no, "screening", start)
    return case_no


def clock(services, actor, case_no, as_of):
    return services.cases.show(actor, case_no, as_of).custody


@pytest.mark.parametrize("as_of,held,left,status", [
    (D(2025, 12, 31), 90, 0, "due"),      # day 90 of 90: still lawful
    (D(2026, 1, 1), 91, -1, "overdue"),   # day 91: over the limit
    (D(2025, 12, 17), 76, 14, "due"),     # 14 days left: due
    (D(2025, 12, 16), 75, 15, "ok"),      # 15 days left: ok
])
def test_custody_boundaries(services, actors, new_case, as_of, held, left, status) -> None:
    """Counted from the arrival (2025-10-03 = day 1), although screening began days later."""
    sv = actors["supervisor"]
    case_no = new_case(arrival=D(2025, 10, 3))
    services.lifecycle.advance(actors["caseworker"], case_no, "screening", D(2025, 10, 9))
    c = clock(services, sv, case_no, as_of)
    assert (c.days_held, c.limit, c.days_left, c.status) == (held, 90, left, status)
    listed = services.cases.list_cases(sv, CaseQuery(custody_status=status, as_of=as_of))
    assert [r.case_no for r in listed] == [case_no]
    assert listed[0].custody_days == held and listed[0].custody_status == status
    for other in {"ok", "due", "overdue", "ended"} - {status}:
        assert services.cases.list_cases(sv, CaseQuery(custody_status=other, as_of=as_of)) == []


@pytest.mark.parametrize("arrival,limit,status", [(D(2018, 2, 19), 180, "ok"),
                                                  (D(2018, 2, 20), 90, "overdue"),
                                                  (D(2016, 5, 1), 180, "ok")])
def test_rule_in_force_on_the_arrival_date(services, actors, new_case, arrival, limit,
                                           status) -> None:
    """Screening begins days after arrival (on or after the 2018 amendment): the rule of the
    arrival date decides, and day 100 is counted from arrival."""
    case_no = new_case(arrival=arrival)
    services.lifecycle.advance(actors["caseworker"], case_no, "screening",
                               arrival + timedelta(days=4))
    c = clock(services, actors["supervisor"], case_no, arrival + timedelta(days=99))
    assert (c.start, c.days_held, c.limit, c.status) == (arrival, 100, limit, status)


def test_a_person_at_intake_is_held_and_on_the_review(services, actors, new_case) -> None:
    sv = actors["supervisor"]
    case_no = new_case(arrival=D(2025, 10, 3))  # never moved on from intake
    services.lifecycle.advance(sv, case_no, "screening", D(2025, 10, 3))
    services.lifecycle.correct(sv, case_no, "entered on the wrong case")  # back at intake
    c = clock(services, sv, case_no, D(2026, 1, 31))
    assert (c.days_held, c.status, c.over_limit_days) == (121, "overdue", 31)
    listed = services.cases.list_cases(sv, CaseQuery(custody_status="overdue",
                                                     as_of=D(2026, 1, 31)))
    assert [r.case_no for r in listed] == [case_no] and listed[0].stage == "intake"


def test_programme_start_stops_the_clock(services, actors, new_case) -> None:
    cw = actors["caseworker"]
    case_no = screened(services, actors, new_case, D(2025, 10, 3))
    services.lifecycle.advance(cw, case_no, "custody", D(2025, 11, 1))
    services.lifecycle.advance(cw, case_no, "programme", D(2025, 11, 10))
    c = clock(services, cw, case_no, D(2026, 3, 1))
    assert c.days_held == 38 and not c.running and c.status == "ended"
    assert (c.end, c.over_limit_days) == (D(2025, 11, 10), 0)
    for status in ("ok", "due", "overdue"):
        assert services.cases.list_cases(cw, CaseQuery(custody_status=status,
                                                       as_of=D(2026, 3, 1))) == []
    ended = services.cases.list_cases(cw, CaseQuery(custody_status="ended", as_of=D(2026, 3, 1)))
    assert [(r.case_no, r.custody_days, r.custody_status) for r in ended] == [
        (case_no, 38, "ended")]


@pytest.mark.parametrize("target,when,field", [
    ("screening", D(2026, 3, 3), "effective_date"),  # in the future (today is 2026-03-02)
    ("screening", D(2025, 12, 31), "effective_date"),  # before arrival
])
def test_effective_date_rules(services, actors, new_case, target, when, field) -> None:
    case_no = new_case(arrival=D(2026, 1, 5))
    with pytest.raises(InvalidInput) as exc:
        services.lifecycle.advance(actors["caseworker"], case_no, target, when)
    assert exc.value.field == field and exc.value.params["date"] == when


def test_not_before_previous_stage(services, actors, new_case) -> None:
    case_no = screened(services, actors, new_case, D(2026, 1, 5))
    services.lifecycle.advance(actors["caseworker"], case_no, "custody", D(2026, 2, 1))
    with pytest.raises(InvalidInput):
        services.lifecycle.advance(actors["caseworker"], case_no, "programme", D(2026, 1, 20))


def test_allowed_and_forbidden_transitions(services, actors, new_case) -> None:
    cw = actors["caseworker"]
    case_no = new_case(arrival=D(2026, 1, 5))
    with pytest.raises(RuleViolation):
        services.lifecycle.advance(cw, case_no, "programme", D(2026, 1, 6))
    services.lifecycle.advance(cw, case_no, "screening", D(2026, 1, 6))
    services.lifecycle.advance(cw, case_no, "programme", D(2026, 1, 20))  # custody skipped
    with pytest.raises(RuleViolation):
        services.lifecycle.advance(cw, case_no, "released", D(2026, 2, 20))
    with services.db.writer() as s, s.begin():
        case_id = services.cases.show(cw, case_no).id
        s.add(Placement(case_id=case_id, placement_type="rental_flat", region="Incheon",
                        start_date=D(2026, 2, 20)))
    # no completed programme: a supervisor's override with a reason (issue 13)
    services.lifecycle.advance(actors["supervisor"], case_no, "released", D(2026, 2, 20),
                               "programme completed at another centre")
    detail = services.cases.show(cw, case_no)
    assert detail.stage == "released"


def test_exclusion_needs_supervisor_and_ground(services, actors, new_case) -> None:
    case_no = screened(services, actors, new_case, D(2026, 1, 5))
    with pytest.raises(PermissionDenied):
        services.lifecycle.advance(actors["caseworker"], case_no, "excluded", D(2026, 2, 1),
                                   ground="disguised_defection")
    with pytest.raises(InvalidInput) as exc:
        services.lifecycle.advance(actors["supervisor"], case_no, "excluded", D(2026, 2, 1))
    assert exc.value.field == "ground"
    with pytest.raises(InvalidInput) as exc:
        services.lifecycle.advance(actors["supervisor"], case_no, "excluded", D(2026, 2, 1),
                                   ground="jaywalking")
    assert exc.value.field == "ground"
    services.lifecycle.advance(actors["supervisor"], case_no, "excluded", D(2026, 2, 1),
                               ground="disguised_defection")
    detail = services.cases.show(actors["supervisor"], case_no)
    assert detail.stage == "excluded" and detail.events[-1].ground == "disguised_defection"
    assert detail.custody is not None and not detail.custody.running


def test_correction_keeps_the_original(services, actors, new_case) -> None:
    case_no = screened(services, actors, new_case, D(2026, 1, 5))
    services.lifecycle.advance(actors["caseworker"], case_no, "programme", D(2026, 2, 1))
    with pytest.raises(PermissionDenied):
        services.lifecycle.correct(actors["caseworker"], case_no, "wrong case")
    with pytest.raises(InvalidInput):
        services.lifecycle.correct(actors["supervisor"], case_no, " ")
    services.lifecycle.correct(actors["supervisor"], case_no, "entered on the wrong case")
    detail = services.cases.show(actors["supervisor"], case_no)
    assert detail.stage == "screening" and detail.stage_date == D(2026, 1, 5)
    voided = [e for e in detail.events if e.voided]
    assert [e.to_stage for e in voided] == ["programme"]
    assert detail.events[-1].corrects_id == voided[0].id
    assert detail.events[-1].reason == "entered on the wrong case"
    # the day before the correction (made today, 2026-03-02): the voided start stands
    # nowhere, and the correction itself is not yet history
    before = services.cases.show(actors["supervisor"], case_no, D(2026, 3, 1))
    assert before.stage == "screening" and before.events[-1].corrects_id is None
    assert before.custody.running and before.custody.days_held == 56


def test_extensions(services, actors, new_case) -> None:
    sv, cw = actors["supervisor"], actors["caseworker"]
    case_no = screened(services, actors, new_case, D(2026, 1, 5))
    with pytest.raises(PermissionDenied):
        services.lifecycle.extend(cw, case_no, 30, "council deliberation", D(2026, 3, 1))
    with pytest.raises(InvalidInput) as exc:
        services.lifecycle.extend(sv, case_no, 31, "council deliberation", D(2026, 3, 1))
    assert (exc.value.field, exc.value.rule, exc.value.params["maximum"]) == (
        "days", "too_many_days", 30)
    with pytest.raises(InvalidInput) as exc:
        services.lifecycle.extend(sv, case_no, 30, "", D(2026, 3, 1))
    assert exc.value.field == "reason"
    with pytest.raises(InvalidInput) as exc:
        services.lifecycle.extend(sv, case_no, 30, "deliberation", D(2026, 3, 9))
    assert exc.value.field == "decision_date"
    services.lifecycle.extend(sv, case_no, 30, "council deliberation", D(2026, 3, 1))
    c = clock(services, sv, case_no, D(2026, 4, 4))  # day 90 of 120
    assert (c.limit, c.status, c.days_left) == (120, "ok", 30)
    assert c.extensions[0].decided_by == "supervisor"
    with pytest.raises(RuleViolation) as rv:
        services.lifecycle.extend(sv, case_no, 10, "again", D(2026, 3, 1))
    assert rv.value.key == "too_many_extensions"


def test_extension_request_then_decision(services, actors, new_case) -> None:
    sv, cw = actors["supervisor"], actors["caseworker"]
    case_no = screened(services, actors, new_case, D(2026, 1, 5))
    ext = services.lifecycle.request_extension(cw, case_no, 20, "high-profile case")
    with pytest.raises(PermissionDenied):
        services.lifecycle.decide_extension(cw, ext, True, D(2026, 3, 1))
    services.lifecycle.decide_extension(sv, ext, True, D(2026, 3, 1), "council agreed")
    assert clock(services, sv, case_no, D(2026, 3, 1)).limit == 110
    with pytest.raises(RuleViolation) as rv:
        services.lifecycle.decide_extension(sv, ext, False, D(2026, 3, 1))
    assert rv.value.key == "extension_already_decided"
    assert rv.value.params["status"] == "approved"


def test_no_extension_under_the_old_rule(services, actors, new_case) -> None:
    case_no = screened(services, actors, new_case, D(2017, 6, 1))
    with pytest.raises(RuleViolation) as rv:
        services.lifecycle.extend(actors["supervisor"], case_no, 10, "r", D(2017, 9, 1))
    assert rv.value.key == "extension_not_allowed"


def test_lawyer_sees_only_represented_cases(services, actors, new_case) -> None:
    lawyer = actors["lawyer"]
    mine, other = new_case(), new_case(given="은하", given_latin="Un-ha")
    with services.db.writer() as s, s.begin():
        s.add(LegalRepresentative(case_id=services.cases.show(actors["admin"], mine).id,
                                  lawyer_id=lawyer.id))
    assert [r.case_no for r in services.cases.list_cases(lawyer, CaseQuery())] == [mine]
    assert services.cases.show(lawyer, mine).redacted
    with pytest.raises(PermissionDenied):
        services.cases.show(lawyer, other)
    last = services.audit.entries(actors["admin"], limit=1)[0]
    assert last.action == "permission_denied" and last.details.get("case_no") == other


def test_stale_edit_is_refused_with_both_versions(services, actors, new_case) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = new_case()
    loaded = services.cases.show(cw, case_no)
    edit = PersonEdit("김", "설화", "Kim", "Sol-hwa", "F", "1990-04", "", "Hoeryong", "")
    services.cases.edit_person(sv, case_no, loaded.person_version, edit)
    mine = PersonEdit("김", "설아", "Kim", "Sol-a", "F", "1990", "", "", "")
    with pytest.raises(Conflict) as exc:
        services.cases.edit_person(cw, case_no, loaded.person_version, mine)
    assert exc.value.mine["given_name"] == "설아"
    assert exc.value.theirs["birth_date"] == "1990-04"
    assert services.cases.show(cw, case_no).name.given_name == "설화"


def test_sql_status_filter_agrees_with_the_domain_clock(services, actors, new_case) -> None:
    sv = actors["supervisor"]
    starts = [D(2025, 9, 1) + timedelta(days=7 * i) for i in range(20)]
    for i, start in enumerate(starts):
        case_no = screened(services, actors, new_case, start)
        if i % 4 == 0:
            services.lifecycle.advance(actors["caseworker"], case_no, "programme",
                                       start + timedelta(days=30))
    as_of = D(2026, 1, 20)
    by_domain: dict[str, set[str]] = {"ok": set(), "due": set(), "overdue": set(),
                                      "ended": set()}
    for row in services.cases.list_cases(sv, CaseQuery(as_of=as_of)):
        by_domain[services.cases.show(sv, row.case_no, as_of).custody.status].add(row.case_no)
    for status, expected in by_domain.items():
        got = {r.case_no for r in services.cases.list_cases(
            sv, CaseQuery(custody_status=status, as_of=as_of))}
        assert got == expected, status
    assert all(by_domain.values())
