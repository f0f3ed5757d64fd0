"""A voided record stays (shown struck through) but counts for nothing: attendance hours, a
protection application, the worklist's hearings, placements, contacts and decisions, the
statistics, a release's placement, a reward's refusal, the regions printed and exported."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from resettle.domain import worklist as wl
from resettle.domain.errors import RuleViolation
from resettle.services import exports, report_data, work_items
from resettle.services.context import transaction
from resettle.services.statistics import gather
from resettle.storage.models import Attendance, Case, Enrolment, StageEvent

TODAY = date(2026, 3, 2)  # the test clock's day
D = timedelta(days=1)


def _case_id(services, case_no: str) -> int:
    with services.db.reader() as s:
        return int(s.scalar(select(Case.id).where(Case.case_no == case_no)))


def _released(services, new_case, on: date) -> str:
    """A case released on `on` (protected five years), as the worklist's tests make one."""
    case_no = new_case(stage="programme", arrival=on - 200 * D)
    with services.db.writer() as s, s.begin():
        case = s.scalar(select(Case).where(Case.case_no == case_no))
        s.add(StageEvent(case_id=case.id, from_stage="programme", to_stage="released",
                         effective_date=on))
        case.stage, case.stage_date = "released", on
        case.protection_end = date(on.year + 5, on.month, on.day)
    return case_no


def _items(services, kind: wl.Kind, case_no: str, as_of: date = TODAY) -> list[wl.Item]:
    with services.db.reader() as s:
        return [i for i in work_items.derive(s, as_of, as_of + 14 * D, {kind})
                if i.case_no == case_no]


# --- attendance ------------------------------------------------------------------------------

def test_voided_attendance_counts_toward_no_total_completion_or_daily_cap(
        services, actors, new_case):
    cw, sv, p = actors["caseworker"], actors["supervisor"], services.programme
    p.create_cohort(cw, "V-1", date(2026, 1, 12))
    case_no = new_case(stage="programme")
    p.enrol(cw, case_no, "V-1", date(2026, 1, 12))
    day = date(2026, 1, 13)
    p.record_attendance(cw, case_no, "society", day, 10)
    with services.db.reader() as s:
        wrong = s.scalar(select(Attendance.id))
    services.corrections.void(sv, "attendance", wrong, "another person's hours")
    view = services.cases.show(cw, case_no).sections["programme"]
    society = next(m for m in view.modules if m.module == "society")
    assert (view.total_hours, society.attended) == (0, 0.0)
    assert society.missing == society.required
    # the day's cap counts only what stands: 12 hours may still be entered that day
    after = p.record_attendance(cw, case_no, "society", day, 12)
    assert after.total_hours == 12
    member = p.cohort_view(cw, "V-1").members[0]
    assert next(m for m in member.modules if m.module == "society").attended == 12
    with pytest.raises(RuleViolation) as error:
        p.complete(cw, case_no, date(2026, 3, 1))
    assert error.value.key == "programme_hours_missing"
    assert error.value.params["modules"]["society"] == society.required - 12


# --- protection applications -----------------------------------------------------------------

def test_a_voided_pending_application_blocks_nothing_and_is_not_decidable(
        services, actors, new_case):
    cw, sv, p = actors["caseworker"], actors["supervisor"], services.protection
    case_no = new_case(arrival=date(2026, 1, 5))
    wrong = p.apply(cw, case_no, date(2026, 1, 6))
    p.investigation_ended(cw, case_no, date(2026, 1, 20))
    assert [i.ref for i in _items(services, wl.Kind.PROTECTION_DECISION, case_no)]
    services.corrections.void(sv, "protection_application", wrong.id, "wrong person")
    assert _items(services, wl.Kind.PROTECTION_DECISION, case_no) == []  # no decision due
    for act in (lambda: p.decide(sv, case_no, "granted", date(2026, 2, 1)),
                lambda: p.investigation_ended(cw, case_no, date(2026, 1, 21))):
        with pytest.raises(RuleViolation) as error:
            act()
        assert error.value.key == "protection_not_applied"  # nothing pending
    with pytest.raises(RuleViolation) as error:
        p.reapply(cw, case_no, date(2026, 2, 2), "new evidence")
    assert error.value.key == "reapplication_needs_refusal"
    again = p.apply(cw, case_no, date(2026, 2, 2))  # not blocked by the voided one
    assert again.decision is None and again.reapplication_of is None
    listed = p.applications(sv, case_no)  # the voided one still listed (struck on screen)
    assert [a.id for a in listed] == [wrong.id, again.id]


def test_a_voided_refusal_is_no_refusal_for_reapplication_or_reward(services, actors,
                                                                    new_case):
    cw, sv, p = actors["caseworker"], actors["supervisor"], services.protection
    case_no = new_case(stage="screening", arrival=date(2026, 1, 5))
    refused = p.apply(cw, case_no, date(2026, 1, 6))
    p.investigation_ended(cw, case_no, date(2026, 1, 20))
    p.decide(sv, case_no, "refused", date(2026, 1, 25), ground="disguised_defection")
    services.corrections.void(sv, "protection_application", refused.id, "another person's")
    with pytest.raises(RuleViolation) as error:
        p.reapply(cw, case_no, date(2026, 2, 2), "new evidence")
    assert error.value.key == "reapplication_needs_refusal"
    claim = services.rewards.claim(cw, case_no, "tank", 1_000_000, date(2026, 2, 1))
    assert claim.status == "claimed"


def test_the_late_application_ground_ignores_a_voided_application(services, actors,
                                                                  new_case):
    cw, sv, p = actors["caseworker"], actors["supervisor"], services.protection
    case_no = new_case(stage="screening", arrival=date(2017, 6, 1))
    late = p.apply(cw, case_no, date(2018, 6, 2))  # a year and a day after entry: late
    services.corrections.void(sv, "protection_application", late.id, "another person's")
    with pytest.raises(RuleViolation) as error:
        services.lifecycle.advance(sv, case_no, "excluded", date(2018, 7, 1),
                                   "applied too late", "late_application")
    assert error.value.key == "late_application_without_application"


# --- worklist, statistics -------------------------------------------------------------------

def test_a_voided_hearing_makes_no_hearing_item(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = new_case()
    hearing = services.legal.add_hearing(cw, case_no, "Seoul Central District Court",
                                         TODAY + 3 * D)
    assert [i.ref for i in _items(services, wl.Kind.HEARING, case_no)] == [str(hearing.id)]
    services.corrections.void(sv, "hearing", hearing.id, "another person's hearing")
    assert _items(services, wl.Kind.HEARING, case_no) == []


def test_a_voided_placement_places_no_one(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    services.programme.create_cohort(cw, "V-2", date(2025, 9, 1))
    case_no = new_case(stage="programme", arrival=date(2025, 8, 1))
    services.programme.enrol(cw, case_no, "V-2", date(2025, 9, 1))
    with services.db.writer() as s, s.begin():  # completed (the hours are tested elsewhere)
        s.scalar(select(Enrolment)).completed_on = TODAY - 20 * D
    placement = services.release.place(cw, case_no, "rental_flat", "Incheon", TODAY - 15 * D)
    [item] = _items(services, wl.Kind.PLACEMENT, case_no)
    assert item.status is wl.Status.DONE
    services.corrections.void(sv, "placement", placement.id, "typed on the wrong case")
    [item] = _items(services, wl.Kind.PLACEMENT, case_no)
    assert item.status is wl.Status.OVERDUE
    with pytest.raises(RuleViolation) as error:
        services.lifecycle.advance(sv, case_no, "released", TODAY)
    assert error.value.key == "release_needs_placement"


def test_a_voided_only_contact_leaves_the_follow_up_overdue(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = _released(services, new_case, TODAY - 10 * D)  # week 1 due 2026-02-27
    case_id = _case_id(services, case_no)
    contact = services.release.add_follow_up(cw, case_no, TODAY - 5 * D)

    def week1() -> wl.Status:
        return _items(services, wl.Kind.FOLLOW_UP, case_no)[0].status

    def counted() -> int:
        with services.db.reader() as s:
            return sum(n for n, _e in work_items.follow_up_counts(
                s, TODAY, 10**6, [], Case.id == case_id).values())

    assert (week1(), counted()) == (wl.Status.DONE, 0)
    services.corrections.void(sv, "follow_up_contact", contact.id, "visit never happened")
    assert (week1(), counted()) == (wl.Status.OVERDUE, 1)


def test_statistics_count_no_voided_contact(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    due = _released(services, new_case, TODAY - 7 * D)  # week 1 due today
    late = _released(services, new_case, TODAY - 10 * D)  # week 1 overdue

    def figures() -> tuple[int, int]:
        with transaction(services.ctx, sv) as tx:
            stats = gather(tx, None, TODAY)
        return stats.follow_ups_due, stats.follow_ups_overdue

    before = figures()
    contacts = [services.release.add_follow_up(cw, due, TODAY),
                services.release.add_follow_up(cw, late, TODAY - 5 * D)]
    assert figures() == (before[0] - 1, before[1] - 1)
    for c in contacts:
        services.corrections.void(sv, "follow_up_contact", c.id, "never happened")
    assert figures() == before


# --- regions printed and exported ------------------------------------------------------------

def test_the_region_exported_and_printed_is_the_current_placements(services, actors,
                                                                   new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = new_case(stage="programme", arrival=date(2025, 9, 1))
    services.release.place(cw, case_no, "rental_flat", "Incheon", date(2025, 12, 1))
    wrong = services.release.place(cw, case_no, "rental_flat", "Busan", date(2025, 12, 5))
    services.corrections.void(sv, "placement", wrong.id, "typed on the wrong case")
    services.groups.create(sv, "G-V1")
    services.groups.add_member(sv, "G-V1", case_no)
    view = services.groups.view(sv, "G-V1")
    with transaction(services.ctx, sv) as tx:
        rows = exports._rows(tx, ("case_no", "region"))
        group = report_data.group(tx, view, TODAY)
    assert [case_no, "Incheon"] in rows
    assert [m.region for m in group.members] == ["Incheon"]
