"""The custody clock: days held against the effective-dated legal limit, and its extensions.

Counting: the day of entry is day 1, and every calendar day the person is held counts.
The clock stops at `end_date` (the start of the programme, or an exit); that day is not
counted, so entry on 1 March and programme start on 3 March is 2 days held. A case is
judged by the rule in force on the day of entry, whatever the rules say later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from resettle.domain.roles import Action, Role, allowed

DUE_WITHIN_DAYS = 14


@dataclass(frozen=True)
class CustodyRule:
    """The limit in force for entries on or after `effective_from` (until a later rule)."""

    effective_from: date
    limit_days: int
    max_extension_days: int
    max_extensions: int


DEFAULT_RULES: tuple[CustodyRule, ...] = (
    CustodyRule(date(1, 1, 1), limit_days=180, max_extension_days=0, max_extensions=0),
    # enforcement decree as amended 2018-02-20: 90 days, once up to 30 more after deliberation
    CustodyRule(date(2018, 2, 20), limit_days=90, max_extension_days=30, max_extensions=1),
)


class CustodyStatus(StrEnum):
    OK = "ok"
    DUE = "due"  # DUE_WITHIN_DAYS or fewer left: a supervisor should decide now
    OVERDUE = "overdue"  # held longer than the limit


@dataclass(frozen=True)
class CustodyClock:
    entry_date: date
    end_date: date | None
    as_of: date
    rule: CustodyRule
    days_held: int
    limit: int  # base limit plus granted extension days
    days_left: int  # negative when overdue
    last_lawful_day: date  # the last day that may still be counted
    status: CustodyStatus

    @property
    def running(self) -> bool:
        """False once the clock stopped (end_date reached on or before as_of)."""
        return self.end_date is None or self.as_of < self.end_date


def rule_for(entry_date: date, rules: Sequence[CustodyRule] = DEFAULT_RULES) -> CustodyRule:
    """The rule in force on the day of entry: the latest effective_from on or before it."""
    in_force = [r for r in rules if r.effective_from <= entry_date]
    if not in_force:
        raise RuleViolation(f"no custody rule is in force on {entry_date}", date=entry_date)
    return max(in_force, key=lambda r: r.effective_from)


def held_days(entry_date: date, end_date: date | None, as_of: date) -> int:
    """Day of entry is day 1; the end day (programme start or exit) is not counted."""
    if end_date is not None and end_date <= as_of:
        return (end_date - entry_date).days
    return (as_of - entry_date).days + 1


def status_of(days_held: int, limit: int) -> CustodyStatus:
    if days_held > limit:
        return CustodyStatus.OVERDUE
    if limit - days_held <= DUE_WITHIN_DAYS:
        return CustodyStatus.DUE
    return CustodyStatus.OK


def custody_clock(
    entry_date: date,
    end_date: date | None,
    as_of: date,
    rules: Sequence[CustodyRule] = DEFAULT_RULES,
    extensions: Sequence[int] = (),
) -> CustodyClock:
    """The clock for one person as of a day; `extensions` are the days of granted extensions."""
    if as_of < entry_date:
        raise InvalidInput(
            "as_of", f"{as_of} must not be before the entry date ({entry_date})",
            date=as_of, entry=entry_date,
        )
    if end_date is not None and end_date < entry_date:
        raise InvalidInput(
            "end_date", f"{end_date} must not be before the entry date ({entry_date})",
            date=end_date, entry=entry_date,
        )
    if any(days <= 0 for days in extensions):
        raise InvalidInput("extensions", "must each be a positive number of days")
    rule = rule_for(entry_date, rules)
    days_held = held_days(entry_date, end_date, as_of)
    limit = rule.limit_days + sum(extensions)
    return CustodyClock(
        entry_date=entry_date,
        end_date=end_date,
        as_of=as_of,
        rule=rule,
        days_held=days_held,
        limit=limit,
        days_left=limit - days_held,
        last_lawful_day=entry_date + timedelta(days=limit - 1),
        status=status_of(days_held, limit),
    )


def check_extension(
    rule: CustodyRule,
    already_granted: Sequence[int],
    days: int,
    role: Role,
    reason: str,
    decision_date: date,
    today: date,
) -> None:
    """An extension is a decision by someone with authority, recorded with its reason."""
    if not allowed(role, Action.APPROVE_EXTENSION):
        raise PermissionDenied(role, Action.APPROVE_EXTENSION)
    if not reason.strip():
        raise InvalidInput("reason", "is required for an extension")
    if decision_date > today:
        raise InvalidInput(
            "decision_date", f"{decision_date} must not be in the future (today is {today})",
            date=decision_date, today=today,
        )
    if len(already_granted) >= rule.max_extensions:
        if rule.max_extensions == 0:
            allowed_text = "no extension"
        elif rule.max_extensions == 1:
            allowed_text = "at most 1 extension"
        else:
            allowed_text = f"at most {rule.max_extensions} extensions"
        raise RuleViolation(
            f"the custody rule in force from {rule.effective_from} allows {allowed_text}",
            maximum=rule.max_extensions, granted=len(already_granted),
        )
    if days <= 0:
        raise InvalidInput("days", "must be a positive number of days", days=days)
    if days > rule.max_extension_days:
        raise InvalidInput(
            "days",
            f"must not be more than the maximum of {rule.max_extension_days} days",
            days=days, maximum=rule.max_extension_days,
        )


def check_rule(rule: CustodyRule) -> None:
    if rule.limit_days <= 0:
        raise InvalidInput("limit_days", "must be a positive number of days", value=rule.limit_days)
    if rule.max_extension_days < 0:
        raise InvalidInput(
            "max_extension_days", "must not be negative", value=rule.max_extension_days
        )
    if rule.max_extensions < 0:
        raise InvalidInput("max_extensions", "must not be negative", value=rule.max_extensions)
    if rule.max_extensions > 0 and rule.max_extension_days == 0:
        raise InvalidInput(
            "max_extension_days", "must be positive when extensions are allowed",
            max_extensions=rule.max_extensions,
        )


def add_rule(rules: Sequence[CustodyRule], new: CustodyRule) -> tuple[CustodyRule, ...]:
    """A new rule may start on any date (laws are entered late) but never twice on one day."""
    check_rule(new)
    if any(r.effective_from == new.effective_from for r in rules):
        raise InvalidInput(
            "effective_from", f"a custody rule already takes effect on {new.effective_from}",
            date=new.effective_from,
        )
    return tuple(sorted((*rules, new), key=lambda r: r.effective_from))
