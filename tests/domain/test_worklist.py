"""Worklist rules at every boundary: the day before, on the day and the day after each kind's
due date; done early and done late; the end of protection closing what is open."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resettle.domain import worklist as wl
from resettle.domain.errors import InvalidInput
from resettle.domain.followup import protection_end

D = timedelta(days=1)
RELEASED = date(2024, 3, 4)
S, LATE, D_, U, C, Z = (wl.Status.DONE, wl.Status.OVERDUE, wl.Status.DUE, wl.Status.UPCOMING,
                     wl.Status.CLOSED, wl.Status.SNOOZED)


def only(items: list[wl.Item], kind: wl.Kind) -> wl.Item:
    found = [i for i in items if i.kind is kind]
    assert len(found) == 1, found
    return found[0]


# Each kind, built with its due date `due` and (optionally) the act that fulfils it on `done`.
def custody(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    return wl.custody_items(1, "R-1", due, as_of, ended_on=done, extension_allowed=True,
                            requested_on=None, pending_id=None)


def request(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    return wl.custody_items(1, "R-1", due, as_of, ended_on=None, extension_allowed=True,
                            requested_on=done, pending_id=None)


def decision(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    return wl.custody_items(1, "R-1", due, as_of, ended_on=None, extension_allowed=False,
                            requested_on=due - 20 * D, pending_id=7, decided_on=done)


def hearing(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    return [wl.hearing_item(1, "R-1", 3, due, as_of, recorded_on=done)]


def enrolment(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    return wl.programme_items(1, "R-1", due, as_of, enrolled_on=done, cohort_start=None,
                              completed_on=None, placed_on=None)


def completion(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    start = due - timedelta(weeks=12) + D  # a 12-week cohort ends on `due`
    return wl.programme_items(1, "R-1", start, as_of, enrolled_on=start, cohort_start=start,
                              completed_on=done, placed_on=None)


def placement(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    completed = due - 7 * D  # due a week after completion
    return wl.programme_items(1, "R-1", completed - 90 * D, as_of, enrolled_on=completed - 90 * D,
                              cohort_start=completed - 90 * D, completed_on=completed,
                              placed_on=done)


def protection(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    return [wl.protection_decision_item(1, "R-1", 5, due - 30 * D, as_of, decided_on=done)]


def follow_up(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    release = due - 7 * D  # the week-1 contact
    items = wl.follow_up_items(1, "R-1", release, [done] if done else [], as_of)
    return [i for i in items if i.due == due]


def protection_end_(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    release = date(due.year - 5, due.month, due.day)
    return wl.release_items(1, "R-1", release, as_of, closed_on=done)


def reward(due: date, as_of: date, done: date | None) -> list[wl.Item]:
    item = wl.reward_item(1, "R-1", 9, "claimed", due - 14 * D, as_of)
    assert item is not None
    return [item if done is None or done > as_of else
            wl.make(1, "R-1", item.kind, item.due, as_of, done_on=done, ref="9")]


ACTS = {wl.Kind.CUSTODY_LIMIT: custody, wl.Kind.EXTENSION_REQUEST: request,
        wl.Kind.EXTENSION_DECISION: decision, wl.Kind.HEARING: hearing,
        wl.Kind.PROGRAMME_ENROLMENT: enrolment, wl.Kind.PROGRAMME_COMPLETION: completion,
        wl.Kind.PLACEMENT: placement, wl.Kind.PROTECTION_DECISION: protection,
        wl.Kind.FOLLOW_UP: follow_up, wl.Kind.PROTECTION_END: protection_end_,
        wl.Kind.REWARD_ASSESS: reward}
DUE = date(2026, 3, 10)


@pytest.mark.parametrize("kind", sorted(ACTS))
def test_day_before_on_the_day_and_after(kind: wl.Kind) -> None:
    build = ACTS[kind]
    assert only(build(DUE, DUE - D, None), kind).status is D_
    on_day = only(build(DUE, DUE, None), kind)
    assert on_day.status is D_ and wl.bucket(on_day, DUE) == "today"
    late = only(build(DUE, DUE + D, None), kind)
    assert late.status is LATE and late.days_late == 1 and wl.bucket(late, DUE + D) == "overdue"


@pytest.mark.parametrize("kind", sorted(ACTS))
def test_done_early_and_done_late(kind: wl.Kind) -> None:
    build = ACTS[kind]
    early = DUE - 2 * D if kind is not wl.Kind.FOLLOW_UP else DUE - 3 * D
    if kind is wl.Kind.CUSTODY_LIMIT:
        early = DUE - 2 * D  # left custody before the limit
    assert only(build(DUE, DUE + 5 * D, early), kind).status is S
    assert only(build(DUE, DUE + 5 * D, early), kind).done_on == early
    # done three days late: overdue until then, done from that day on
    late = DUE + 3 * D
    if kind is wl.Kind.CUSTODY_LIMIT:  # held past the limit: closed when the clock stops
        assert only(build(DUE, DUE + 2 * D, late), kind).status is LATE
        assert only(build(DUE, late, late), kind).status is C
        return
    assert only(build(DUE, DUE + 2 * D, late), kind).status is LATE
    assert only(build(DUE, late, late), kind).status is S


def test_milestones_are_never_overdue() -> None:
    release = date(2024, 3, 4)
    lock = date(2026, 3, 4)
    for as_of, status in ((lock - D, D_), (lock, D_), (lock + D, S), (lock - 31 * D, U)):
        items = wl.release_items(1, "R-1", release, as_of)
        assert only(items, wl.Kind.HOUSING_LOCK_END).status is status, as_of
    job = date(2027, 3, 4)
    assert only(wl.release_items(1, "R-1", release, job + D),
                wl.Kind.EMPLOYMENT_PROTECTION_END).status is S
    assert only(wl.release_items(1, "R-1", release, job),
                wl.Kind.EMPLOYMENT_PROTECTION_END).status is D_


def test_week_one_contact_on_day_five_counts() -> None:
    """Day 1 is the release day: day 5 is four days later, inside week 1's window."""
    day5 = RELEASED + 4 * D
    first = wl.follow_up_items(1, "R-1", RELEASED, [day5], RELEASED + 30 * D)[0]
    assert first.due == RELEASED + 7 * D and first.status is S and first.done_on == day5
    # too early (the day after release) counts for nothing
    early = wl.follow_up_items(1, "R-1", RELEASED, [RELEASED + D], RELEASED + 9 * D)[0]
    assert early.status is LATE
    # a week-1 contact made late, before the month-1 window opens, counts for week 1 only
    items = wl.follow_up_items(1, "R-1", RELEASED, [RELEASED + 12 * D], RELEASED + 40 * D)
    assert items[0].status is S and items[1].status is LATE


def test_protection_end_closes_open_items_and_prompts_closing() -> None:
    end = protection_end(RELEASED)
    before = wl.follow_up_items(1, "R-1", RELEASED, [], end - D)
    assert sum(i.status is LATE for i in before) == len(before) - 0  # nothing made: all overdue
    after = wl.follow_up_items(1, "R-1", RELEASED, [], end)
    assert after and all(i.status is C for i in after)
    assert wl.overdue_follow_ups(RELEASED, [], end) == 0
    assert wl.overdue_follow_ups(RELEASED, [], end - D) == len(before)
    prompt = only(wl.release_items(1, "R-1", RELEASED, end + 400 * D), wl.Kind.PROTECTION_END)
    assert prompt.status is LATE  # still released: close the case
    closed = wl.release_items(1, "R-1", RELEASED, end + 400 * D, closed_on=end + 3 * D)
    assert only(closed, wl.Kind.PROTECTION_END).status is S
    assert only(closed, wl.Kind.HOUSING_LOCK_END).status is S
    # a case closed early owes no follow-up: closed, not overdue
    early = wl.follow_up_items(1, "R-1", RELEASED, [], RELEASED + 400 * D,
                               closed_on=RELEASED + 100 * D)
    assert not any(i.status is LATE for i in early if i.due >= RELEASED + 100 * D)


def test_the_schedule_stops_before_the_end_of_protection() -> None:
    windows = wl.contact_windows(RELEASED)
    assert windows[0] == (RELEASED + 7 * D, RELEASED + 4 * D)
    assert all(due < protection_end(RELEASED) for due, _ in windows)
    assert all(a[1] < b[1] for a, b in zip(windows, windows[1:], strict=False))


def test_extension_decision_lapses_with_custody() -> None:
    items = wl.custody_items(1, "R-1", DUE, DUE + 3 * D, ended_on=DUE - 5 * D,
                             extension_allowed=True, requested_on=DUE - 20 * D, pending_id=4)
    assert only(items, wl.Kind.EXTENSION_DECISION).status is C
    assert only(items, wl.Kind.CUSTODY_LIMIT).status is S


def test_ids_are_stable_and_parse_back() -> None:
    a = wl.make(1, "R-2026-00001", wl.Kind.HEARING, DUE, DUE - 9 * D, ref="3")
    b = wl.make(1, "R-2026-00001", wl.Kind.HEARING, DUE, DUE + 9 * D, ref="3")
    assert a.id == b.id == "R-2026-00001:hearing:2026-03-10:3"
    assert wl.parse_item_id(a.id) == ("R-2026-00001", wl.Kind.HEARING, DUE, "3")
    assert wl.parse_item_id("-:backup_overdue:2026-03-10")[0] == ""
    for bad in ("", "R-1:nothing:2026-03-10", "R-1:hearing:2026-13-01", "a:hearing:2026-01-01:x:y"):
        with pytest.raises(InvalidInput) as e:
            wl.parse_item_id(bad)
        assert e.value.field == "item_id" and e.value.rule == "item_id_format"


def test_marks_snooze_reassign_done_and_escalation() -> None:
    item = wl.make(1, "R-1", wl.Kind.FOLLOW_UP, DUE, DUE + 10 * D, assignee_id=5)
    assert item.status is LATE and item.days_late == 10
    [esc] = wl.apply_marks([item], [], DUE + 10 * D, escalate_after_days=10)
    assert esc.escalated
    [not_yet] = wl.apply_marks([item], [], DUE + 10 * D, escalate_after_days=11)
    assert not not_yet.escalated
    snooze = wl.Mark(item.id, "snooze", DUE + 9 * D, until=DUE + 12 * D)
    [s] = wl.apply_marks([item], [snooze], DUE + 10 * D, 1)
    assert s.status is Z and not s.escalated and s.snoozed_until == DUE + 12 * D
    later = wl.make(1, "R-1", wl.Kind.FOLLOW_UP, DUE, DUE + 12 * D)
    [back] = wl.apply_marks([later], [snooze], DUE + 12 * D, 100)
    assert back.status is LATE  # the snooze ended on its day
    moved = wl.Mark(item.id, "reassign", DUE + 9 * D, assignee_id=8)
    assert wl.apply_marks([item], [moved], DUE + 10 * D, 100)[0].assignee_id == 8
    assert wl.apply_marks([item], [moved], DUE + 8 * D, 100)[0].assignee_id == 5  # not yet
    done = wl.Mark(item.id, "done", DUE + 10 * D)
    marked = wl.apply_marks([item], [done], DUE + 10 * D, 100)[0]
    assert marked.status is S and marked.done_on == DUE + 10 * D


def test_snooze_needs_a_reason_and_a_later_day() -> None:
    with pytest.raises(InvalidInput) as e:
        wl.check_snooze(DUE + D, DUE, " ")
    assert e.value.field == "reason"
    with pytest.raises(InvalidInput) as e:
        wl.check_snooze(DUE, DUE, "away")
    assert e.value.rule == "snooze_not_after_today"
    wl.check_snooze(DUE + D, DUE, "away")


def test_rules_are_effective_dated() -> None:
    later = wl.WorklistRule(date(2030, 1, 1), placement_within_days=14)
    rules = (*wl.DEFAULT_RULES, later)
    done = date(2029, 12, 1)
    old = only(wl.programme_items(1, "R", date(2029, 9, 1), done, enrolled_on=None,
                                  cohort_start=None, completed_on=done, placed_on=None,
                                  rules=rules), wl.Kind.PLACEMENT)
    assert old.due == done + 7 * D
    new = only(wl.programme_items(1, "R", date(2030, 9, 1), date(2030, 12, 1),
                                  enrolled_on=None, cohort_start=None,
                                  completed_on=date(2030, 12, 1), placed_on=None, rules=rules),
               wl.Kind.PLACEMENT)
    assert new.due == date(2030, 12, 15)
