"""The protection decision: application, investigation, the ministry's decision within 30
days, reapplication after a refusal, and the "late application" ground, effective-dated.

The law refuses protection to a person who applied more than a set time after entering the
country: one year for entries before 2019, three years for entries from 2019 on (DOMAIN.md:
"an application made more than three years after entry (one year before 2019)"). As with the
custody limit, a case is judged by the rule in force on its entry (arrival) date. "More than N
years after entry" means the application date falls after the same calendar day N years later
(a 29 February entry counts to 28 February in a year without one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from resettle.domain.errors import InvalidInput, RuleViolation

DECISION_WITHIN_DAYS = 30  # the ministry decides within 30 days of the investigation's end


class Decision(StrEnum):
    GRANTED = "granted"
    REFUSED = "refused"


@dataclass(frozen=True)
class LateApplicationRule:
    """Applications more than `years` after entry are late, for entries on or after
    `effective_from` (until a later rule)."""

    effective_from: date
    years: int


LATE_APPLICATION_RULES: tuple[LateApplicationRule, ...] = (
    LateApplicationRule(date(1, 1, 1), years=1),
    LateApplicationRule(date(2019, 1, 1), years=3),
)


def late_rule_for(entry_date: date, rules: Sequence[LateApplicationRule] = LATE_APPLICATION_RULES
                  ) -> LateApplicationRule:
    """The rule in force on the entry date: the latest effective_from on or before it."""
    in_force = [r for r in rules if r.effective_from <= entry_date]
    if not in_force:
        raise RuleViolation("no_late_application_rule", date=entry_date)
    return max(in_force, key=lambda r: r.effective_from)


def years_after(day: date, years: int) -> date:
    """The same calendar day `years` later; 29 February becomes 28 February when needed."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def last_timely_day(entry_date: date,
                    rules: Sequence[LateApplicationRule] = LATE_APPLICATION_RULES) -> date:
    """The last day an application is still in time (on it: not late; the day after: late)."""
    return years_after(entry_date, late_rule_for(entry_date, rules).years)


def is_late(entry_date: date, applied_on: date,
            rules: Sequence[LateApplicationRule] = LATE_APPLICATION_RULES) -> bool:
    return applied_on > last_timely_day(entry_date, rules)


def check_late_application(entry_date: date, applied_on: date | None,
                           rules: Sequence[LateApplicationRule] = LATE_APPLICATION_RULES
                           ) -> None:
    """The "late application" ground needs a recorded application more than the rule's
    years after entry; otherwise it is refused with the last timely day."""
    if applied_on is None:
        raise RuleViolation("late_application_without_application")
    if not is_late(entry_date, applied_on, rules):
        rule = late_rule_for(entry_date, rules)
        raise RuleViolation("late_application_in_time", applied_on=applied_on,
                            entry_date=entry_date, years=rule.years,
                            last_day=last_timely_day(entry_date, rules))


def decision_due(investigation_ended_on: date) -> date:
    """The last day of the ministry's 30 days: the investigation's end plus 30 days."""
    return investigation_ended_on + timedelta(days=DECISION_WITHIN_DAYS)


def check_application_date(applied_on: date, *, entry_date: date, today: date,
                           previous_decided_on: date | None = None) -> None:
    """Not in the future, not before entry, and a reapplication not before the refusal."""
    if applied_on > today:
        raise InvalidInput("applied_on", "date_in_future", date=applied_on, today=today)
    if applied_on < entry_date:
        raise InvalidInput("applied_on", "date_before", date=applied_on, other="arrival_date",
                           other_date=entry_date)
    if previous_decided_on is not None and applied_on < previous_decided_on:
        raise InvalidInput("applied_on", "date_before", date=applied_on, other="decided_on",
                           other_date=previous_decided_on)


def check_investigation_end(ended_on: date, *, applied_on: date, today: date) -> None:
    if ended_on > today:
        raise InvalidInput("investigation_ended_on", "date_in_future", date=ended_on,
                           today=today)
    if ended_on < applied_on:
        raise InvalidInput("investigation_ended_on", "date_before", date=ended_on,
                           other="applied_on", other_date=applied_on)


def check_decision_date(decided_on: date, *, investigation_ended_on: date | None,
                        today: date) -> None:
    """The ministry decides after the investigation; a decision is recorded, never foreseen.
    A decision after the due date is still recorded (it is a fact); faces show it as late."""
    if investigation_ended_on is None:
        raise RuleViolation("decision_before_investigation_end")
    if decided_on > today:
        raise InvalidInput("decided_on", "date_in_future", date=decided_on, today=today)
    if decided_on < investigation_ended_on:
        raise InvalidInput("decided_on", "date_before", date=decided_on,
                           other="investigation_ended_on", other_date=investigation_ended_on)
