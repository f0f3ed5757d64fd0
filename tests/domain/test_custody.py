"""The custody clock: counting, effective-dated limits, status boundaries, extensions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import pytest

from resettle.domain.custody import (
    DEFAULT_RULES,
    CustodyRule,
    CustodyStatus,
    Grant,
    add_rule,
    check_decision_date,
    check_extension,
    check_request,
    custody_clock,
    rule_for,
)
from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from resettle.domain.roles import Role

NEW_RULE_DAY = date(2018, 2, 20)
OLD_RULE, NEW_RULE = DEFAULT_RULES


def day(entry: date, n: int) -> date:
    """The n-th day held, counting the day of entry as day 1."""
    return entry + timedelta(days=n - 1)


def test_default_rules() -> None:
    assert CustodyRule(date(1, 1, 1), 180, 0, 0) == OLD_RULE
    assert CustodyRule(date(2018, 2, 20), 90, 30, 1) == NEW_RULE


@pytest.mark.parametrize(
    ("entry", "limit"),
    [
        (date(2016, 7, 4), 180),
        (date(2018, 2, 19), 180),
        (date(2018, 2, 20), 90),
        (date(2018, 2, 21), 90),
        (date(2024, 1, 1), 90),
        (date(1, 1, 1), 180),
    ],
)
def test_rule_in_force_on_the_day_of_entry(entry: date, limit: int) -> None:
    assert rule_for(entry).limit_days == limit
    assert custody_clock(entry, None, entry, DEFAULT_RULES, ()).limit == limit


def test_rule_for_ignores_order_of_the_table() -> None:
    assert rule_for(date(2019, 1, 1), tuple(reversed(DEFAULT_RULES))) == NEW_RULE


def test_no_rule_in_force_raises() -> None:
    with pytest.raises(RuleViolation) as info:
        rule_for(date(2000, 1, 1), (NEW_RULE,))
    assert info.value.key == "no_custody_rule"
    assert info.value.params == {"date": date(2000, 1, 1)}


def test_entry_day_is_day_one() -> None:
    clock = custody_clock(NEW_RULE_DAY, None, NEW_RULE_DAY, DEFAULT_RULES, ())
    assert clock.days_held == 1
    assert clock.days_left == 89
    assert clock.running


@pytest.mark.parametrize(
    ("n", "days_left", "status"),
    [
        (75, 15, CustodyStatus.OK),
        (76, 14, CustodyStatus.DUE),
        (89, 1, CustodyStatus.DUE),
        (90, 0, CustodyStatus.DUE),
        (91, -1, CustodyStatus.OVERDUE),
        (200, -110, CustodyStatus.OVERDUE),
    ],
)
def test_status_boundaries_under_the_90_day_rule(
    n: int, days_left: int, status: CustodyStatus
) -> None:
    clock = custody_clock(NEW_RULE_DAY, None, day(NEW_RULE_DAY, n), DEFAULT_RULES, ())
    assert clock.days_held == n
    assert clock.days_left == days_left
    assert clock.status is status


@pytest.mark.parametrize(
    ("entry", "n", "status"),
    [
        (date(2018, 2, 19), 91, CustodyStatus.OK),  # the day before the amendment: 180 days
        (date(2018, 2, 20), 91, CustodyStatus.OVERDUE),
        (date(2016, 5, 10), 165, CustodyStatus.OK),
        (date(2016, 5, 10), 166, CustodyStatus.DUE),
        (date(2016, 5, 10), 180, CustodyStatus.DUE),
        (date(2016, 5, 10), 181, CustodyStatus.OVERDUE),
    ],
)
def test_amendment_switch(entry: date, n: int, status: CustodyStatus) -> None:
    assert custody_clock(entry, None, day(entry, n), DEFAULT_RULES, ()).status is status


def test_last_lawful_day() -> None:
    assert custody_clock(NEW_RULE_DAY, None, NEW_RULE_DAY).last_lawful_day == date(2018, 5, 20)
    assert custody_clock(NEW_RULE_DAY, None, date(2018, 5, 20)).status is CustodyStatus.DUE
    assert custody_clock(NEW_RULE_DAY, None, date(2018, 5, 21)).status is CustodyStatus.OVERDUE
    clock = custody_clock(NEW_RULE_DAY, None, NEW_RULE_DAY, DEFAULT_RULES, [30])
    assert clock.last_lawful_day == date(2018, 6, 19)


@pytest.mark.parametrize(
    ("extensions", "n", "limit", "status"),
    [
        ([30], 91, 120, CustodyStatus.OK),
        ([30], 105, 120, CustodyStatus.OK),
        ([30], 106, 120, CustodyStatus.DUE),
        ([30], 120, 120, CustodyStatus.DUE),
        ([30], 121, 120, CustodyStatus.OVERDUE),
        ([10], 101, 100, CustodyStatus.OVERDUE),
        ([10, 5], 105, 105, CustodyStatus.DUE),
    ],
)
def test_extensions_raise_the_limit(
    extensions: list[int], n: int, limit: int, status: CustodyStatus
) -> None:
    clock = custody_clock(NEW_RULE_DAY, None, day(NEW_RULE_DAY, n), DEFAULT_RULES, extensions)
    assert clock.limit == limit
    assert clock.status is status


@pytest.mark.parametrize(
    ("end", "as_of", "held", "running"),
    [
        (date(2024, 3, 3), date(2024, 3, 2), 2, True),  # not yet ended: counts through as_of
        (date(2024, 3, 3), date(2024, 3, 3), 2, False),  # the end day itself is not counted
        (date(2024, 3, 3), date(2025, 1, 1), 2, False),  # the clock stays stopped
        (date(2024, 3, 1), date(2024, 3, 1), 0, False),  # ended on the day of entry
    ],
)
def test_clock_stops_at_end_date(end: date, as_of: date, held: int, running: bool) -> None:
    clock = custody_clock(date(2024, 3, 1), end, as_of, DEFAULT_RULES, ())
    assert clock.days_held == held
    assert clock.running is running


def test_stopped_clock_is_ended_and_keeps_how_long_and_how_far_over() -> None:
    """Once the person left custody nothing is due any more; the record keeps the days held
    and by how many days the limit was exceeded (the old rule kept warning 'overdue')."""
    entry = date(2020, 1, 1)
    clock = custody_clock(entry, day(entry, 92), date(2024, 1, 1), DEFAULT_RULES, ())
    assert clock.days_held == 91
    assert clock.status is CustodyStatus.ENDED
    assert clock.over_limit_days == 1
    assert clock.end_date == day(entry, 92)
    assert not clock.running
    within = custody_clock(entry, day(entry, 30), date(2024, 1, 1), DEFAULT_RULES, ())
    assert (within.status, within.over_limit_days, within.days_held) == (
        CustodyStatus.ENDED, 0, 29)


def test_clock_before_its_end_does_not_know_the_end() -> None:
    entry = date(2020, 1, 1)
    clock = custody_clock(entry, day(entry, 92), day(entry, 91), DEFAULT_RULES, ())
    assert (clock.status, clock.end_date, clock.over_limit_days) == (
        CustodyStatus.OVERDUE, None, 1)


@pytest.mark.parametrize(("as_of", "limit", "status"), [
    (day(NEW_RULE_DAY, 79), 90, CustodyStatus.DUE),  # the day before the decision: base limit
    (day(NEW_RULE_DAY, 80), 120, CustodyStatus.OK),  # from the decision on: 120
    (day(NEW_RULE_DAY, 91), 120, CustodyStatus.OK),
])
def test_an_extension_counts_from_its_decision_date(as_of: date, limit: int,
                                                    status: CustodyStatus) -> None:
    grant = Grant(30, day(NEW_RULE_DAY, 80))
    clock = custody_clock(NEW_RULE_DAY, None, as_of, DEFAULT_RULES, [grant])
    assert (clock.limit, clock.status) == (limit, status)


def test_as_of_before_entry_raises() -> None:
    with pytest.raises(InvalidInput) as info:
        custody_clock(date(2024, 3, 2), None, date(2024, 3, 1), DEFAULT_RULES, ())
    assert info.value.field == "as_of"


def test_end_before_entry_raises() -> None:
    with pytest.raises(InvalidInput) as info:
        custody_clock(date(2024, 3, 2), date(2024, 3, 1), date(2024, 3, 5), DEFAULT_RULES, ())
    assert info.value.field == "end_date"


@pytest.mark.parametrize("extensions", [[0], [-5], [30, 0]])
def test_non_positive_extensions_raise(extensions: list[int]) -> None:
    with pytest.raises(InvalidInput) as info:
        custody_clock(NEW_RULE_DAY, None, NEW_RULE_DAY, DEFAULT_RULES, extensions)
    assert info.value.field == "extensions"


# --- extensions -----------------------------------------------------------------------

TODAY = date(2024, 5, 1)


def extend(
    rule: CustodyRule = NEW_RULE,
    already: Sequence[int] = (),
    days: int = 30,
    role: Role = Role.SUPERVISOR,
    reason: str = "council deliberation on 2024-04-30",
    decision_date: date = TODAY,
) -> None:
    check_extension(rule, already, days, role, reason, decision_date, TODAY)


@pytest.mark.parametrize("days", [1, 29, 30])
def test_extension_up_to_the_maximum(days: int) -> None:
    extend(days=days)


@pytest.mark.parametrize("days", [31, 90])
def test_extension_above_the_maximum_names_it(days: int) -> None:
    with pytest.raises(InvalidInput) as info:
        extend(days=days)
    assert info.value.field == "days"
    assert info.value.rule == "too_many_days"
    assert info.value.params["maximum"] == 30


@pytest.mark.parametrize("days", [0, -1])
def test_extension_days_positive(days: int) -> None:
    with pytest.raises(InvalidInput) as info:
        extend(days=days)
    assert info.value.field == "days"


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.LAWYER, Role.ADMIN])
def test_extension_only_by_a_supervisor(role: Role) -> None:
    with pytest.raises(PermissionDenied) as info:
        extend(role=role)
    assert info.value.params["action"] == "approve_extension"


@pytest.mark.parametrize("reason", ["", "   "])
def test_extension_needs_a_reason(reason: str) -> None:
    with pytest.raises(InvalidInput) as info:
        extend(reason=reason)
    assert info.value.field == "reason"


@pytest.mark.parametrize(
    ("decision", "ok"), [(TODAY - timedelta(days=1), True), (TODAY, True),
                         (TODAY + timedelta(days=1), False)]
)
def test_extension_decision_not_in_the_future(decision: date, ok: bool) -> None:
    if ok:
        extend(decision_date=decision)
        return
    with pytest.raises(InvalidInput) as info:
        extend(decision_date=decision)
    assert info.value.field == "decision_date"


def test_only_one_extension_under_the_2018_rule() -> None:
    with pytest.raises(RuleViolation) as info:
        extend(already=[10], days=10)
    assert info.value.key == "too_many_extensions"
    assert info.value.params == {"maximum": 1, "granted": 1, "since": NEW_RULE_DAY}


def test_no_extension_under_the_old_rule() -> None:
    with pytest.raises(RuleViolation) as info:
        extend(rule=OLD_RULE, days=1)
    assert info.value.key == "extension_not_allowed"


def test_several_extensions_when_a_rule_allows_them() -> None:
    rule = CustodyRule(date(2030, 1, 1), 60, 20, 2)
    extend(rule=rule, already=[20], days=20)
    with pytest.raises(RuleViolation) as info:
        extend(rule=rule, already=[20, 20], days=20)
    assert info.value.key == "too_many_extensions" and info.value.params["maximum"] == 2


# --- rule table -----------------------------------------------------------------------


def test_add_rule_keeps_the_table_sorted() -> None:
    new = CustodyRule(date(2010, 1, 1), 120, 0, 0)
    table = add_rule(DEFAULT_RULES, new)
    assert table == (OLD_RULE, new, NEW_RULE)
    assert rule_for(date(2012, 1, 1), table) == new
    assert rule_for(date(2009, 12, 31), table) == OLD_RULE


def test_add_rule_refuses_a_second_rule_on_the_same_day() -> None:
    with pytest.raises(InvalidInput) as info:
        add_rule(DEFAULT_RULES, CustodyRule(date(2018, 2, 20), 60, 0, 0))
    assert info.value.field == "effective_from"
    assert info.value.rule == "rule_exists_on_date"
    assert info.value.params["date"] == date(2018, 2, 20)


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (CustodyRule(date(2030, 1, 1), 0, 0, 0), "limit_days"),
        (CustodyRule(date(2030, 1, 1), -1, 0, 0), "limit_days"),
        (CustodyRule(date(2030, 1, 1), 60, -1, 0), "max_extension_days"),
        (CustodyRule(date(2030, 1, 1), 60, 10, -1), "max_extensions"),
        (CustodyRule(date(2030, 1, 1), 60, 0, 1), "max_extension_days"),
    ],
)
def test_add_rule_validates(rule: CustodyRule, field: str) -> None:
    with pytest.raises(InvalidInput) as info:
        add_rule(DEFAULT_RULES, rule)
    assert info.value.field == field


def test_add_rule_accepts_a_minimal_rule() -> None:
    assert len(add_rule(DEFAULT_RULES, CustodyRule(date(2030, 1, 1), 1, 0, 0))) == 3


# --- when an extension may be decided -------------------------------------------------

ARRIVAL = date(2024, 1, 10)  # 90-day rule: the last lawful day is 2024-04-08


def decide(on: date, end: date | None = None, today: date = date(2024, 12, 31),
           approve: bool = True) -> None:
    clock = custody_clock(ARRIVAL, end, on) if on >= ARRIVAL else None
    check_decision_date(clock, ARRIVAL, end, on, today, approve=approve)


def test_extension_on_the_last_lawful_day_and_the_day_after() -> None:
    assert custody_clock(ARRIVAL, None, ARRIVAL).last_lawful_day == date(2024, 4, 8)
    decide(date(2024, 4, 8))  # day 90: still before the limit has passed
    with pytest.raises(RuleViolation) as info:
        decide(date(2024, 4, 9))  # day 91: too late
    assert info.value.key == "extension_after_limit"
    assert info.value.params["last_day"] == date(2024, 4, 8)


def test_a_refusal_after_the_limit_is_still_recorded() -> None:
    decide(date(2024, 4, 9), approve=False)


@pytest.mark.parametrize("approve", [True, False])
def test_decision_not_before_arrival_nor_in_the_future(approve: bool) -> None:
    with pytest.raises(InvalidInput) as info:
        decide(ARRIVAL - timedelta(days=1), approve=approve)
    assert (info.value.field, info.value.rule) == ("decision_date", "date_before")
    assert info.value.params["other_date"] == ARRIVAL
    with pytest.raises(InvalidInput) as info:
        decide(date(2024, 2, 2), today=date(2024, 2, 1), approve=approve)
    assert (info.value.field, info.value.rule) == ("decision_date", "date_in_future")


@pytest.mark.parametrize("approve", [True, False])
def test_decision_only_while_held(approve: bool) -> None:
    decide(date(2024, 2, 29), end=date(2024, 3, 1), approve=approve)
    with pytest.raises(RuleViolation) as info:
        decide(date(2024, 3, 1), end=date(2024, 3, 1), approve=approve)
    assert info.value.key == "extension_not_held"
    assert info.value.params["end"] == date(2024, 3, 1)


def test_a_request_never_asks_for_more_than_the_rule_allows() -> None:
    check_request(NEW_RULE, [], 30, "deliberation")
    with pytest.raises(InvalidInput) as info:
        check_request(NEW_RULE, [], 31, "deliberation")
    assert (info.value.field, info.value.rule) == ("days", "too_many_days")
    with pytest.raises(RuleViolation):
        check_request(OLD_RULE, [], 1, "deliberation")
    with pytest.raises(InvalidInput) as info:
        check_request(NEW_RULE, [], 10, " ")
    assert info.value.field == "reason"
