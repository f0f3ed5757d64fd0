"""The custody clock: days held against the effective-dated legal limit, and its extensions.

Counting: the arrival date (the day the person came into the state's hands) is day 1,
whatever stage the case file shows: intake and screening are inside the clock. Every
calendar day the person is held counts. The clock stops at `end_date` (the start of the
programme, release, or an exit); that day is not counted, so arrival on 1 March and
programme start on 3 March is 2 days held. A case is judged by the rule in force on the
arrival date, whatever the rules say later. An extension counts from its decision date:
viewed as of an earlier day, the limit is the base limit.
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
    """The limit in force for arrivals on or after `effective_from` (until a later rule)."""

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
    ENDED = "ended"  # no longer held: the clock stopped; nothing is due any more


@dataclass(frozen=True)
class Grant:
    """An approved extension: `days` more, counted from `decided_on` onwards."""

    days: int
    decided_on: date


@dataclass(frozen=True)
class CustodyClock:
    arrival_date: date  # day 1 of the clock
    end_date: date | None  # the day the clock stopped (not counted), if it has by as_of
    as_of: date
    rule: CustodyRule
    days_held: int
    limit: int  # base limit plus the extension days decided by as_of
    days_left: int  # negative when over; meaningless once ended (faces show status instead)
    last_lawful_day: date  # the last day that may still be counted
    status: CustodyStatus
    over_limit_days: int  # days held beyond the limit (0 when within)

    @property
    def running(self) -> bool:
        """False once the clock stopped (end_date reached on or before as_of)."""
        return self.end_date is None or self.as_of < self.end_date

    @property
    def entry_date(self) -> date:
        """The arrival date (the older name of the same date)."""
        return self.arrival_date


def rule_for(arrival_date: date, rules: Sequence[CustodyRule] = DEFAULT_RULES) -> CustodyRule:
    """The rule in force on the arrival date: the latest effective_from on or before it."""
    in_force = [r for r in rules if r.effective_from <= arrival_date]
    if not in_force:
        raise RuleViolation("no_custody_rule", date=arrival_date)
    return max(in_force, key=lambda r: r.effective_from)


def held_days(arrival_date: date, end_date: date | None, as_of: date) -> int:
    """The arrival date is day 1; the end day (programme start, release or exit) is not."""
    if end_date is not None and end_date <= as_of:
        return (end_date - arrival_date).days
    return (as_of - arrival_date).days + 1


def status_of(days_held: int, limit: int, running: bool = True) -> CustodyStatus:
    if not running:
        return CustodyStatus.ENDED
    if days_held > limit:
        return CustodyStatus.OVERDUE
    if limit - days_held <= DUE_WITHIN_DAYS:
        return CustodyStatus.DUE
    return CustodyStatus.OK


def counted_days(extensions: Sequence[int | Grant], as_of: date) -> int:
    """Extension days that count on `as_of`: a grant from its decision date (plain numbers
    are grants whose date the caller has already checked)."""
    total = 0
    for x in extensions:
        if isinstance(x, Grant):
            if x.days <= 0:
                raise InvalidInput("extensions", "positive")
            total += x.days if x.decided_on <= as_of else 0
        else:
            if x <= 0:
                raise InvalidInput("extensions", "positive")
            total += x
    return total


def custody_clock(
    arrival_date: date,
    end_date: date | None,
    as_of: date,
    rules: Sequence[CustodyRule] = DEFAULT_RULES,
    extensions: Sequence[int | Grant] = (),
) -> CustodyClock:
    """The clock for one person as of a day; `extensions` are the granted extensions."""
    if as_of < arrival_date:
        raise InvalidInput("as_of", "date_before", date=as_of, other="arrival_date",
                           other_date=arrival_date)
    if end_date is not None and end_date < arrival_date:
        raise InvalidInput("end_date", "date_before", date=end_date, other="arrival_date",
                           other_date=arrival_date)
    rule = rule_for(arrival_date, rules)
    days_held = held_days(arrival_date, end_date, as_of)
    limit = rule.limit_days + counted_days(extensions, as_of)
    running = end_date is None or as_of < end_date
    return CustodyClock(
        arrival_date=arrival_date,
        end_date=end_date if not running else None,
        as_of=as_of,
        rule=rule,
        days_held=days_held,
        limit=limit,
        days_left=limit - days_held,
        last_lawful_day=arrival_date + timedelta(days=limit - 1),
        status=status_of(days_held, limit, running),
        over_limit_days=max(0, days_held - limit),
    )


def check_request(rule: CustodyRule, already_granted: Sequence[int], days: int,
                  reason: str) -> None:
    """What an extension asks for: a reason, and no more than the rule in force allows."""
    if not reason.strip():
        raise InvalidInput("reason", "required")
    if len(already_granted) >= rule.max_extensions:
        raise RuleViolation("extension_not_allowed" if rule.max_extensions == 0
                            else "too_many_extensions",
                            maximum=rule.max_extensions, granted=len(already_granted),
                            since=rule.effective_from)
    if days <= 0:
        raise InvalidInput("days", "positive", days=days)
    if days > rule.max_extension_days:
        raise InvalidInput("days", "too_many_days", days=days,
                           maximum=rule.max_extension_days)


def check_decision_date(clock: CustodyClock | None, arrival_date: date, end_date: date | None,
                        decision_date: date, today: date, *, approve: bool = True) -> None:
    """An extension is decided while the person is held and, when approved, before the
    limit in force on that day has passed. `clock` is the clock as of the decision date
    (None when that date is before arrival)."""
    if decision_date > today:
        raise InvalidInput("decision_date", "date_in_future", date=decision_date, today=today)
    if decision_date < arrival_date:
        raise InvalidInput("decision_date", "date_before", date=decision_date,
                           other="arrival_date", other_date=arrival_date)
    if end_date is not None and decision_date >= end_date:
        raise RuleViolation("extension_not_held", date=decision_date, end=end_date)
    if approve and clock is not None and decision_date > clock.last_lawful_day:
        raise RuleViolation("extension_after_limit", date=decision_date,
                            last_day=clock.last_lawful_day)


def check_extension(
    rule: CustodyRule,
    already_granted: Sequence[int],
    days: int,
    role: Role,
    reason: str,
    decision_date: date,
    today: date,
) -> None:
    """An extension is a decision by someone with authority, recorded with its reason.
    (When it may be decided is check_decision_date's: it needs the person's clock.)"""
    if not allowed(role, Action.APPROVE_EXTENSION):
        raise PermissionDenied(role, Action.APPROVE_EXTENSION)
    if decision_date > today:
        raise InvalidInput("decision_date", "date_in_future", date=decision_date, today=today)
    check_request(rule, already_granted, days, reason)


def check_rule(rule: CustodyRule) -> None:
    if rule.limit_days <= 0:
        raise InvalidInput("limit_days", "positive", value=rule.limit_days)
    if rule.max_extension_days < 0:
        raise InvalidInput("max_extension_days", "not_negative", value=rule.max_extension_days)
    if rule.max_extensions < 0:
        raise InvalidInput("max_extensions", "not_negative", value=rule.max_extensions)
    if rule.max_extensions > 0 and rule.max_extension_days == 0:
        raise InvalidInput("max_extension_days", "positive_when_extensions",
                           max_extensions=rule.max_extensions)


def add_rule(rules: Sequence[CustodyRule], new: CustodyRule) -> tuple[CustodyRule, ...]:
    """A new rule may start on any date (laws are entered late) but never twice on one day."""
    check_rule(new)
    if any(r.effective_from == new.effective_from for r in rules):
        raise InvalidInput("effective_from", "rule_exists_on_date", date=new.effective_from)
    return tuple(sorted((*rules, new), key=lambda r: r.effective_from))
