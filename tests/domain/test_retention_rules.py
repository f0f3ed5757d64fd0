"""Retention schedule: effective-dated periods after closing or an exit, and legal holds."""

from datetime import date

import pytest

from resettle.domain import retention as rt
from resettle.domain.errors import InvalidInput, RuleViolation

RULES = [rt.RetentionRule(date(1997, 7, 14), 5, 3), rt.RetentionRule(date(2020, 1, 1), 10, 2)]
TODAY = date(2026, 3, 2)


def test_open_cases_are_never_due() -> None:
    for stage in ("intake", "screening", "custody", "programme", "released"):
        assert rt.schedule(stage, date(2001, 1, 1), RULES, TODAY).state is rt.RetentionState.OPEN


def test_closed_case_judged_by_the_rule_in_force_when_it_ended() -> None:
    old = rt.schedule("closed", date(2019, 12, 31), RULES, TODAY)
    assert old.anonymise_on == date(2024, 12, 31) and old.state is rt.RetentionState.DUE
    new = rt.schedule("closed", date(2020, 1, 1), RULES, TODAY)
    assert new.anonymise_on == date(2030, 1, 1) and new.state is rt.RetentionState.SCHEDULED


@pytest.mark.parametrize("stage", ["excluded", "withdrawn", "deceased"])
def test_exits_have_their_own_period(stage: str) -> None:
    s = rt.schedule(stage, date(2021, 6, 1), RULES, TODAY)
    assert s.anonymise_on == date(2023, 6, 1) and s.state is rt.RetentionState.DUE


def test_due_on_the_day_itself_and_not_before() -> None:
    assert rt.schedule("withdrawn", date(2024, 3, 2), RULES, TODAY).state is \
        rt.RetentionState.DUE
    assert rt.schedule("withdrawn", date(2024, 3, 3), RULES, TODAY).state is \
        rt.RetentionState.SCHEDULED


def test_leap_day_moves_to_28_february() -> None:
    assert rt.add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)


def test_a_hold_stops_it_until_its_end() -> None:
    hold = rt.LegalHold(date(2026, 6, 30), "court proceedings")
    held = rt.schedule("closed", date(2015, 1, 1), RULES, TODAY, hold=hold)
    assert held.state is rt.RetentionState.HELD
    assert rt.schedule("closed", date(2015, 1, 1), RULES, date(2026, 7, 1),
                       hold=hold).state is rt.RetentionState.DUE


def test_no_rule_before_the_first() -> None:
    with pytest.raises(RuleViolation) as e:
        rt.schedule("closed", date(1990, 1, 1), RULES, TODAY)
    assert e.value.message == "no_retention_rule"


def test_rule_years_in_range() -> None:
    with pytest.raises(InvalidInput) as e:
        rt.RetentionRule(date(2020, 1, 1), 0, 3)
    assert e.value.field == "closed_years"


def test_hold_needs_a_later_day_and_a_reason() -> None:
    with pytest.raises(InvalidInput) as e:
        rt.check_hold(TODAY, "x", TODAY)
    assert (e.value.field, e.value.rule) == ("hold_until", "date_before")
    with pytest.raises(InvalidInput) as e:
        rt.check_hold(date(2027, 1, 1), "  ", TODAY)
    assert e.value.field == "hold_reason"
