"""One item of work: its kind, its status as of a day, its stable id, the effective-dated
rule of lead times and windows, and which kinds each role's Today and the calendar show
(domain.worklist derives the items from a case's dates)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from resettle.domain.errors import InvalidInput
from resettle.domain.roles import Role

WEEK = 7  # "this week": due today or within the next seven days


class Kind(StrEnum):
    CUSTODY_LIMIT = "custody_limit"  # days left on the custody clock; due: last lawful day
    EXTENSION_REQUEST = "extension_request"  # near the limit, an extension still allowed
    EXTENSION_DECISION = "extension_decision"  # a request waiting for a supervisor
    HEARING = "hearing"  # done when attendance or outcome is recorded
    PROGRAMME_ENROLMENT = "programme_enrolment"  # in the programme stage, not yet enrolled
    PROGRAMME_COMPLETION = "programme_completion"  # due at the cohort's end (12 weeks)
    PLACEMENT = "placement"  # to arrange after the programme is completed
    FOLLOW_UP = "follow_up"  # a scheduled contact of the protection period
    PROTECTION_DECISION = "protection_decision"  # due 30 days after the investigation's end
    HOUSING_LOCK_END = "housing_lock_end"  # two years after release
    EMPLOYMENT_PROTECTION_END = "employment_protection_end"  # three years after release
    PROTECTION_END = "protection_end"  # five years after release: prompts closing
    REWARD_ASSESS = "reward_assess"
    REWARD_APPROVE = "reward_approve"
    REWARD_PAY = "reward_pay"
    RISK_FLAG = "risk_flag"  # a high-risk flag raised recently (supervisors)
    ACCOUNT_LOCKED = "account_locked"  # administrators
    BACKUP_OVERDUE = "backup_overdue"
    AUDIT_VERIFY = "audit_verify"


class Status(StrEnum):
    DONE = "done"
    DUE = "due"  # not done; due today or within the kind's lead time
    OVERDUE = "overdue"  # not done and the due date has passed
    UPCOMING = "upcoming"  # not done; further ahead than the lead time
    SNOOZED = "snoozed"  # put off by a user (with a reason) until a later day
    CLOSED = "closed"  # the case ended (protection ended, closed, exit): nothing is owed

    @property
    def open(self) -> bool:
        return self in (Status.DUE, Status.OVERDUE)


# Milestones are dates to know, not acts to do: once passed they count as done.
MILESTONES = frozenset({Kind.HOUSING_LOCK_END, Kind.EMPLOYMENT_PROTECTION_END, Kind.RISK_FLAG})
# What each role's Today shows (a supervisor also sees every caseworker's overdue items).
AUDIENCE: dict[Role, frozenset[Kind]] = {
    Role.CASEWORKER: frozenset({
        Kind.CUSTODY_LIMIT, Kind.EXTENSION_REQUEST, Kind.HEARING, Kind.PROGRAMME_ENROLMENT,
        Kind.PROGRAMME_COMPLETION, Kind.PLACEMENT, Kind.FOLLOW_UP, Kind.PROTECTION_DECISION,
        Kind.HOUSING_LOCK_END, Kind.EMPLOYMENT_PROTECTION_END, Kind.PROTECTION_END}),
    Role.SUPERVISOR: frozenset({
        Kind.CUSTODY_LIMIT, Kind.EXTENSION_DECISION, Kind.PROTECTION_DECISION,
        Kind.REWARD_ASSESS, Kind.REWARD_APPROVE, Kind.REWARD_PAY, Kind.RISK_FLAG}),
    Role.LAWYER: frozenset({Kind.HEARING, Kind.CUSTODY_LIMIT, Kind.EXTENSION_DECISION,
                            Kind.PROTECTION_DECISION}),
    Role.ADMIN: frozenset({Kind.ACCOUNT_LOCKED, Kind.BACKUP_OVERDUE, Kind.AUDIT_VERIFY}),
}
# Hearings and deadlines: what the calendar shows.
CALENDAR_KINDS = frozenset({Kind.HEARING, Kind.CUSTODY_LIMIT, Kind.EXTENSION_DECISION,
                            Kind.PROTECTION_DECISION, Kind.PROGRAMME_COMPLETION,
                            Kind.PROTECTION_END, Kind.HOUSING_LOCK_END,
                            Kind.EMPLOYMENT_PROTECTION_END, Kind.FOLLOW_UP})


@dataclass(frozen=True)
class WorklistRule:
    """Lead times and windows in force from `effective_from` (judged on the due date)."""

    effective_from: date
    lead_days: dict[Kind, int] = field(default_factory=dict)
    placement_within_days: int = 7  # after the programme's completion
    reward_step_days: int = 14  # each reward step waits no longer than this
    housing_lock_years: int = 2
    employment_years: int = 3
    recent_flag_days: int = 14

    def lead(self, kind: Kind) -> int:
        return self.lead_days.get(kind, WEEK)


DEFAULT_RULES: tuple[WorklistRule, ...] = (
    WorklistRule(date(1, 1, 1), lead_days={
        Kind.CUSTODY_LIMIT: 14, Kind.EXTENSION_REQUEST: 14, Kind.EXTENSION_DECISION: 14,
        Kind.HEARING: 14, Kind.PROTECTION_END: 30, Kind.HOUSING_LOCK_END: 30,
        Kind.EMPLOYMENT_PROTECTION_END: 30, Kind.PROGRAMME_COMPLETION: 14,
        Kind.RISK_FLAG: 14}),
)


def rule_for(day: date, rules: Sequence[WorklistRule] = DEFAULT_RULES) -> WorklistRule:
    """The rule in force on a day: the latest effective_from on or before it."""
    return max((r for r in rules if r.effective_from <= day), key=lambda r: r.effective_from,
               default=rules[0])


@dataclass(frozen=True)
class Item:
    """One thing to do (or to know) on a case, or for the office (case_no empty)."""

    id: str
    case_id: int | None
    case_no: str
    kind: Kind
    due: date
    status: Status
    done_on: date | None = None
    days_late: int = 0  # days past due while overdue
    escalated: bool = False
    assignee_id: int | None = None  # the case's caseworker, or whom it was reassigned to
    ref: str = ""  # what the item is about, never a name (a hearing's id, a flag...)
    snoozed_until: date | None = None

    @property
    def open(self) -> bool:
        return self.status.open


def item_id(case_no: str, kind: Kind, due: date, ref: str = "") -> str:
    """Stable: the same item gets the same id in every view, on every day."""
    return ":".join([case_no or "-", kind.value, due.isoformat()] + ([ref] if ref else []))


def parse_item_id(text: str) -> tuple[str, Kind, date, str]:
    """(case_no, kind, due, ref) of an id made by `item_id`; bad input names the field."""
    parts = text.strip().split(":")
    try:
        case_no, kind, due = parts[0], Kind(parts[1]), date.fromisoformat(parts[2])
    except (IndexError, ValueError):
        raise InvalidInput("item_id", "item_id_format", value=text) from None
    if len(parts) > 4:
        raise InvalidInput("item_id", "item_id_format", value=text)
    return ("" if case_no == "-" else case_no), kind, due, (parts[3] if len(parts) == 4 else "")


def judge(due: date, done_on: date | None, as_of: date, lead: int, *,
          closed_on: date | None = None, milestone: bool = False) -> Status:
    """The state of one item as of a day. Done counts only when done by `as_of`; a case
    ended (closed, protection ended, exit) by `as_of` owes nothing more."""
    if done_on is not None and done_on <= as_of:
        return Status.DONE
    if closed_on is not None and closed_on <= as_of:
        return Status.CLOSED
    if due < as_of:
        return Status.DONE if milestone else Status.OVERDUE
    return Status.DUE if (due - as_of).days <= lead else Status.UPCOMING


def make(case_id: int | None, case_no: str, kind: Kind, due: date, as_of: date, *,
         done_on: date | None = None, closed_on: date | None = None, ref: str = "",
         assignee_id: int | None = None, rules: Sequence[WorklistRule] = DEFAULT_RULES) -> Item:
    rule = rule_for(due, rules)
    milestone = kind in MILESTONES
    if milestone and done_on is None and due < as_of:
        done_on = due + timedelta(days=1)
    status = judge(due, done_on, as_of, rule.lead(kind), closed_on=closed_on,
                   milestone=milestone)
    late = (as_of - due).days if status is Status.OVERDUE else 0
    return Item(item_id(case_no, kind, due, ref), case_id, case_no, kind, due, status,
                done_on if status is Status.DONE else None, late, False, assignee_id, ref)
