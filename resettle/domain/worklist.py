"""The worklist's rules: which items a case's dates produce, when each is due, and its state.

Items are derived from the record, never typed twice: a follow-up contact is due on the
schedule's date and done by a contact recorded inside its window; a hearing is done once its
attendance or outcome is recorded; an extension decision is done when decided. A status is
judged as of a day (`as_of`): facts dated after it are ignored, so any past day can be
viewed as it was. The end of protection closes a case's open items (they are never overdue
again) and leaves one item of its own that prompts closing; a closed case has no open item.
Windows and lead times are effective-dated like every rule (`WorklistRule`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from resettle.domain import followup
from resettle.domain.errors import InvalidInput
from resettle.domain.programme import DEFAULT_PROGRAMME_WEEKS, expected_end
from resettle.domain.protection import DECISION_WITHIN_DAYS, years_after
from resettle.domain.work_item import (
    AUDIENCE,
    CALENDAR_KINDS,
    DEFAULT_RULES,
    MILESTONES,
    WEEK,
    Item,
    Kind,
    Status,
    WorklistRule,
    item_id,
    judge,
    make,
    parse_item_id,
    rule_for,
)

# The item vocabulary (domain.work_item) is the worklist's too: callers import it from here.
__all__ = ["AUDIENCE", "CALENDAR_KINDS", "DEFAULT_RULES", "MILESTONES", "WEEK", "Item", "Kind",
           "Status", "WorklistRule", "item_id", "judge", "make", "parse_item_id", "rule_for"]

# --- follow-up contacts -------------------------------------------------------------------

@lru_cache(maxsize=8192)
def contact_windows(release_date: date) -> tuple[tuple[date, date], ...]:
    """(scheduled date, first day its window opens) for each scheduled contact before the end
    of protection. A window opens halfway between the previous date (the release for the
    first) and its own, and lasts until the next window opens: a week-1 contact made on day 5
    counts for week 1; one made after the next window opened counts for the next date."""
    end = followup.protection_end(release_date)
    out: list[tuple[date, date]] = []
    previous = release_date
    for scheduled in followup.schedule(release_date):
        if scheduled >= end:
            break  # the end of protection closes the schedule (its own item prompts closing)
        out.append((scheduled, scheduled - timedelta(days=(scheduled - previous).days // 2)))
        previous = scheduled
    return tuple(out)


@lru_cache(maxsize=8192)
def due_dates(release_date: date) -> tuple[date, ...]:
    """The scheduled contacts' dates (sorted), for counting with bisect."""
    return tuple(d for d, _opens in contact_windows(release_date))


@lru_cache(maxsize=8192)
def window_opens(release_date: date) -> tuple[date, ...]:
    """The first day of each contact's window (sorted), for counting with bisect."""
    return tuple(o for _d, o in contact_windows(release_date))


def follow_up_done(release_date: date, contacts: Sequence[date]) -> list[date | None]:
    """For each scheduled contact, the first contact inside its window (None: not made)."""
    windows = contact_windows(release_date)
    made = sorted(contacts)
    result: list[date | None] = []
    for i, (_scheduled, opens) in enumerate(windows):
        closes = windows[i + 1][1] if i + 1 < len(windows) else date.max
        at = bisect.bisect_left(made, opens)
        result.append(made[at] if at < len(made) and made[at] < closes else None)
    return result


def follow_up_items(case_id: int, case_no: str, release_date: date, contacts: Sequence[date],
                    as_of: date, *, closed_on: date | None = None, until: date | None = None,
                    assignee_id: int | None = None) -> list[Item]:
    """The scheduled contacts as items, as of a day (only those due by `until`, if given).
    The end of protection (or an earlier closing) closes every contact still open."""
    end = followup.protection_end(release_date)
    closed = min(d for d in (closed_on, end) if d is not None)
    dated = [c for c in contacts if c <= as_of]
    items = []
    for (scheduled, _opens), done in zip(contact_windows(release_date),
                                         follow_up_done(release_date, dated), strict=True):
        if until is not None and scheduled > until:
            break
        items.append(make(case_id, case_no, Kind.FOLLOW_UP, scheduled, as_of, done_on=done,
                          closed_on=closed, assignee_id=assignee_id))
    return items


def overdue_follow_ups(release_date: date, contacts: Sequence[date], as_of: date,
                       closed_on: date | None = None) -> int:
    """How many scheduled contacts are overdue as of a day (the statistics report's figure)."""
    return sum(i.status is Status.OVERDUE for i in follow_up_items(
        0, "", release_date, contacts, as_of, closed_on=closed_on, until=as_of))


def release_items(case_id: int, case_no: str, release_date: date, as_of: date, *,
                  closed_on: date | None = None, assignee_id: int | None = None,
                  rules: Sequence[WorklistRule] = DEFAULT_RULES) -> list[Item]:
    """The protection period's milestones: housing lock, employment protection, and the end
    of protection itself, which stays open until the case is closed (then done)."""
    rule = rule_for(release_date, rules)
    end = followup.protection_end(release_date)
    closing = min(d for d in (closed_on, end) if d is not None)
    out = [make(case_id, case_no, Kind.HOUSING_LOCK_END,
                years_after(release_date, rule.housing_lock_years), as_of, closed_on=closing,
                assignee_id=assignee_id, rules=rules),
           make(case_id, case_no, Kind.EMPLOYMENT_PROTECTION_END,
                years_after(release_date, rule.employment_years), as_of, closed_on=closing,
                assignee_id=assignee_id, rules=rules),
           make(case_id, case_no, Kind.PROTECTION_END, end, as_of, done_on=closed_on,
                assignee_id=assignee_id, rules=rules)]
    return out


# --- custody ------------------------------------------------------------------------------

def custody_items(case_id: int, case_no: str, last_lawful_day: date, as_of: date, *,
                  ended_on: date | None, extension_allowed: bool,
                  requested_on: date | None, pending_id: int | None,
                  decided_on: date | None = None, assignee_id: int | None = None,
                  rules: Sequence[WorklistRule] = DEFAULT_RULES) -> list[Item]:
    """The clock's items: the limit itself (done when the person leaves custody by then;
    overdue while held past it), a request to make while an extension is still allowed, and
    a pending request's decision (due by the last lawful day; closed when custody ended)."""
    out = [make(case_id, case_no, Kind.CUSTODY_LIMIT, last_lawful_day, as_of,
                done_on=ended_on if ended_on and ended_on <= last_lawful_day + timedelta(1)
                else None, closed_on=ended_on, assignee_id=assignee_id, rules=rules)]
    if extension_allowed or requested_on is not None:
        out.append(make(case_id, case_no, Kind.EXTENSION_REQUEST, last_lawful_day, as_of,
                        done_on=requested_on, closed_on=ended_on, assignee_id=assignee_id,
                        rules=rules))
    if pending_id is not None and requested_on is not None and requested_on <= as_of:
        out.append(make(case_id, case_no, Kind.EXTENSION_DECISION, last_lawful_day, as_of,
                        done_on=decided_on, closed_on=ended_on, ref=str(pending_id),
                        assignee_id=assignee_id, rules=rules))
    return out


# --- programme, placement, protection decision, rewards -------------------------------------

def programme_items(case_id: int, case_no: str, programme_start: date, as_of: date, *,
                    enrolled_on: date | None, cohort_start: date | None,
                    weeks: int = DEFAULT_PROGRAMME_WEEKS, completed_on: date | None,
                    placed_on: date | None, left_on: date | None = None,
                    assignee_id: int | None = None,
                    rules: Sequence[WorklistRule] = DEFAULT_RULES) -> list[Item]:
    """Enrolment (due on the programme stage's first day), completion (due on the cohort's
    last day, 12 weeks), and a placement to arrange once completed (due a week after)."""
    rule = rule_for(programme_start, rules)
    out = [make(case_id, case_no, Kind.PROGRAMME_ENROLMENT, programme_start, as_of,
                done_on=enrolled_on, closed_on=left_on, assignee_id=assignee_id, rules=rules)]
    if cohort_start is not None and enrolled_on is not None and enrolled_on <= as_of:
        out.append(make(case_id, case_no, Kind.PROGRAMME_COMPLETION,
                        expected_end(cohort_start, weeks), as_of, done_on=completed_on,
                        closed_on=left_on, assignee_id=assignee_id, rules=rules))
    if completed_on is not None and completed_on <= as_of:
        out.append(make(case_id, case_no, Kind.PLACEMENT,
                        completed_on + timedelta(days=rule.placement_within_days), as_of,
                        done_on=placed_on, closed_on=left_on, assignee_id=assignee_id,
                        rules=rules))
    return out


def protection_decision_item(case_id: int, case_no: str, application_id: int,
                             investigation_ended_on: date, as_of: date, *,
                             decided_on: date | None, closed_on: date | None = None,
                             assignee_id: int | None = None) -> Item:
    """The ministry decides within 30 days of the end of the investigation."""
    return make(case_id, case_no, Kind.PROTECTION_DECISION,
                investigation_ended_on + timedelta(days=DECISION_WITHIN_DAYS), as_of,
                done_on=decided_on, closed_on=closed_on, ref=str(application_id),
                assignee_id=assignee_id)


REWARD_STEPS = {"claimed": Kind.REWARD_ASSESS, "assessed": Kind.REWARD_APPROVE,
                "approved": Kind.REWARD_PAY}


def reward_item(case_id: int, case_no: str, claim_id: int, status: str, since: date,
                as_of: date, rules: Sequence[WorklistRule] = DEFAULT_RULES) -> Item | None:
    """The step a reward claim waits for (assess, approve, pay), due `reward_step_days`
    after the step before it; None when nothing waits (paid or rejected)."""
    kind = REWARD_STEPS.get(status)
    if kind is None:
        return None
    due = since + timedelta(days=rule_for(since, rules).reward_step_days)
    return make(case_id, case_no, kind, due, as_of, ref=str(claim_id), rules=rules)


def hearing_item(case_id: int, case_no: str, hearing_id: int, hearing_date: date,
                 as_of: date, *, recorded_on: date | None, assignee_id: int | None = None
                 ) -> Item:
    """A hearing is due on its day and done once its attendance or outcome is recorded."""
    return make(case_id, case_no, Kind.HEARING, hearing_date, as_of, done_on=recorded_on,
                ref=str(hearing_id), assignee_id=assignee_id)


# --- snoozes, reassignments, done marks and escalation ---------------------------------------

@dataclass(frozen=True)
class Mark:
    """A stored decision about one item: snoozed until a day, reassigned, or marked done."""

    item_id: str
    action: str  # "snooze", "reassign", "done"
    on: date  # the day it was recorded
    until: date | None = None
    assignee_id: int | None = None


def apply_marks(items: Iterable[Item], marks: Sequence[Mark], as_of: date,
                escalate_after_days: int) -> list[Item]:
    """Marks dated after `as_of` are ignored; the latest of each action counts. A snooze
    hides an open item until its day; an item overdue `escalate_after_days` or more days
    (and not snoozed) is escalated to the supervisors."""
    latest: dict[tuple[str, str], Mark] = {}
    for m in marks:
        if m.on <= as_of:
            latest[(m.item_id, m.action)] = m
    out = []
    for it in items:
        done = latest.get((it.id, "done"))
        if done is not None and (it.status.open or it.status is Status.SNOOZED):
            it = replace(it, status=Status.DONE, done_on=done.on, days_late=0)
        moved = latest.get((it.id, "reassign"))
        if moved is not None:
            it = replace(it, assignee_id=moved.assignee_id)
        snooze = latest.get((it.id, "snooze"))
        if snooze is not None and snooze.until and snooze.until > as_of and it.status.open:
            it = replace(it, status=Status.SNOOZED, snoozed_until=snooze.until)
        if it.status is Status.OVERDUE and it.days_late >= escalate_after_days:
            it = replace(it, escalated=True)
        out.append(it)
    return out


def check_snooze(until: date, as_of: date, reason: str) -> None:
    if not reason.strip():
        raise InvalidInput("reason", "required")
    if until <= as_of:
        raise InvalidInput("until", "snooze_not_after_today", date=until, today=as_of)


def bucket(item: Item, as_of: date) -> str:
    """Where Today shows an open item: "overdue", "today" or "week" ("later" otherwise)."""
    if item.status is Status.OVERDUE:
        return "overdue"
    if item.due == as_of:
        return "today"
    return "week" if (item.due - as_of).days <= WEEK else "later"
