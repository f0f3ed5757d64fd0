"""Retention: when a case that has ended is due to be anonymised, by effective-dated rules,
and whether a legal hold stops it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from resettle.domain.errors import InvalidInput, RuleViolation
from resettle.domain.stages import Stage

# An ended case: closed after the protection period, or left by an exit before release.
CLOSED = frozenset({Stage.CLOSED})
EXITED = frozenset({Stage.EXCLUDED, Stage.WITHDRAWN, Stage.DECEASED})
MAX_YEARS = 100


class RetentionState(StrEnum):
    """Where a case stands: still open, kept until a date, due now, held, or anonymised."""

    OPEN = "open"
    SCHEDULED = "scheduled"
    DUE = "due"
    HELD = "held"
    ANONYMISED = "anonymised"


@dataclass(frozen=True)
class RetentionRule:
    """From `effective_from`, a closed case is kept `closed_years` after its closing and an
    excluded, withdrawn or deceased case `exited_years` after its exit."""

    effective_from: date
    closed_years: int
    exited_years: int

    def __post_init__(self) -> None:
        for name in ("closed_years", "exited_years"):
            years = getattr(self, name)
            if not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
                raise InvalidInput(name, "out_of_range", min=1, max=MAX_YEARS)


@dataclass(frozen=True)
class LegalHold:
    """A supervisor's hold: nothing is anonymised on or before `until`."""

    until: date
    reason: str

    def active_on(self, day: date) -> bool:
        return day <= self.until


@dataclass(frozen=True)
class Schedule:
    state: RetentionState
    ended_on: date | None = None
    anonymise_on: date | None = None
    rule: RetentionRule | None = None
    hold: LegalHold | None = None


def rule_on(rules: Sequence[RetentionRule], day: date) -> RetentionRule:
    """The rule in force on `day` (the latest that started on or before it)."""
    found = [r for r in rules if r.effective_from <= day]
    if not found:
        raise RuleViolation("no_retention_rule", date=day)
    return max(found, key=lambda r: r.effective_from)


def add_years(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def ended(stage: str) -> bool:
    return Stage(stage) in CLOSED | EXITED


def schedule(stage: str, stage_date: date, rules: Sequence[RetentionRule], today: date, *,
             hold: LegalHold | None = None, anonymised: bool = False) -> Schedule:
    """When the case is to be anonymised, judged by the rule in force on the day it ended."""
    if anonymised:
        return Schedule(RetentionState.ANONYMISED, stage_date)
    if not ended(stage):
        return Schedule(RetentionState.OPEN, hold=hold)
    rule = rule_on(rules, stage_date)
    years = rule.closed_years if Stage(stage) in CLOSED else rule.exited_years
    due = add_years(stage_date, years)
    if hold is not None and hold.active_on(today):
        state = RetentionState.HELD
    elif due <= today:
        state = RetentionState.DUE
    else:
        state = RetentionState.SCHEDULED
    return Schedule(state, stage_date, due, rule, hold)


def check_hold(until: date, reason: str, today: date) -> None:
    """A hold ends on a later day than today and says why (the reason is checked as text by
    the caller)."""
    if until <= today:
        raise InvalidInput("hold_until", "date_before", date=until, other="today",
                           other_date=today)
    if not reason.strip():
        raise InvalidInput("hold_reason", "required")
