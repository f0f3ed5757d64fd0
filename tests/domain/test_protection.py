"""The protection decision's rules: the late-application ground, effective-dated by the entry
date (one year before 2019, three years from 2019), and the ministry's 30 days."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain import protection as p
from resettle.domain.errors import InvalidInput, RuleViolation

D = date


@pytest.mark.parametrize(("entry", "applied", "late"), [
    # entries before 2019: one year
    (D(2017, 6, 1), D(2018, 6, 1), False),  # exactly one year: not "more than"
    (D(2017, 6, 1), D(2018, 6, 2), True),
    (D(2018, 12, 31), D(2019, 12, 31), False),  # last day of the old rule
    (D(2018, 12, 31), D(2020, 1, 1), True),
    # entries from 2019: three years
    (D(2019, 1, 1), D(2020, 1, 2), False),  # would be late under the old rule
    (D(2019, 1, 1), D(2022, 1, 1), False),
    (D(2019, 1, 1), D(2022, 1, 2), True),
    (D(2020, 2, 29), D(2023, 2, 28), False),  # a 29 February entry counts to 28 February
    (D(2020, 2, 29), D(2023, 3, 1), True),
    # four days after arrival is never late
    (D(2024, 5, 1), D(2024, 5, 5), False),
])
def test_late_application_boundaries(entry, applied, late):
    assert p.is_late(entry, applied) is late
    if late:
        p.check_late_application(entry, applied)
    else:
        with pytest.raises(RuleViolation) as error:
            p.check_late_application(entry, applied)
        assert error.value.key == "late_application_in_time"
        assert error.value.params["last_day"] == p.last_timely_day(entry)


def test_the_rule_in_force_on_the_entry_date():
    assert p.late_rule_for(D(2018, 12, 31)).years == 1
    assert p.late_rule_for(D(2019, 1, 1)).years == 3
    assert p.last_timely_day(D(2016, 3, 10)) == D(2017, 3, 10)
    assert p.last_timely_day(D(2021, 3, 10)) == D(2024, 3, 10)
    rules = (p.LateApplicationRule(D(2000, 1, 1), 2),)
    assert p.last_timely_day(D(2010, 1, 1), rules) == D(2012, 1, 1)
    with pytest.raises(RuleViolation):
        p.late_rule_for(D(1999, 1, 1), rules)


def test_late_application_needs_an_application():
    with pytest.raises(RuleViolation) as error:
        p.check_late_application(D(2015, 1, 1), None)
    assert error.value.key == "late_application_without_application"


def test_decision_is_due_30_days_after_the_investigation():
    assert p.decision_due(D(2026, 1, 31)) == D(2026, 3, 2)
    assert p.decision_due(D(2025, 12, 15)) == D(2026, 1, 14)


def test_dates_of_application_investigation_and_decision():
    today = D(2026, 3, 2)
    with pytest.raises(InvalidInput) as error:
        p.check_application_date(D(2026, 3, 3), entry_date=D(2026, 1, 1), today=today)
    assert (error.value.field, error.value.rule) == ("applied_on", "date_in_future")
    with pytest.raises(InvalidInput) as error:
        p.check_application_date(D(2025, 12, 31), entry_date=D(2026, 1, 1), today=today)
    assert error.value.rule == "date_before"
    with pytest.raises(InvalidInput):
        p.check_application_date(D(2026, 1, 5), entry_date=D(2026, 1, 1), today=today,
                                 previous_decided_on=D(2026, 1, 6))
    p.check_application_date(D(2026, 1, 1), entry_date=D(2026, 1, 1), today=today)
    with pytest.raises(InvalidInput):
        p.check_investigation_end(D(2026, 1, 1), applied_on=D(2026, 1, 2), today=today)
    with pytest.raises(RuleViolation):
        p.check_decision_date(D(2026, 2, 1), investigation_ended_on=None, today=today)
    with pytest.raises(InvalidInput):
        p.check_decision_date(D(2026, 1, 1), investigation_ended_on=D(2026, 1, 2), today=today)
    p.check_decision_date(D(2026, 3, 2), investigation_ended_on=D(2026, 1, 2), today=today)
