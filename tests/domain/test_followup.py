"""Follow-up after release: protection period, schedule, contact states, risk flags."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from resettle.domain.followup import (
    ContactState,
    PlacementType,
    RiskFlag,
    add_months,
    alerts_supervisors,
    due_contacts,
    protection_end,
    schedule,
)

RELEASE = date(2024, 1, 15)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 31), 3, date(2024, 4, 30)),
        (date(2024, 11, 15), 3, date(2025, 2, 15)),
        (date(2024, 12, 1), 12, date(2025, 12, 1)),
        (date(2024, 5, 5), 0, date(2024, 5, 5)),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("release", "end"),
    [
        (date(2024, 1, 15), date(2029, 1, 15)),
        (date(2024, 2, 29), date(2029, 2, 28)),
        (date(2023, 12, 31), date(2028, 12, 31)),
    ],
)
def test_protection_end_is_five_years_later(release: date, end: date) -> None:
    assert protection_end(release) == end


def test_schedule_starts_with_week_month_and_quarter() -> None:
    dates = schedule(RELEASE)
    assert dates[:4] == [date(2024, 1, 22), date(2024, 2, 15), date(2024, 4, 15), date(2024, 7, 15)]


def test_schedule_runs_every_three_months_to_the_end() -> None:
    dates = schedule(RELEASE)
    # 1 week, 1 month, then months 3, 6, ..., 60
    assert len(dates) == 2 + 20
    assert dates[-1] == protection_end(RELEASE) == date(2029, 1, 15)
    assert dates[-2] == date(2028, 10, 15)
    assert dates == sorted(dates)
    assert len(set(dates)) == len(dates)


def test_schedule_from_month_end_does_not_drift() -> None:
    dates = schedule(date(2024, 8, 31))
    assert dates[1] == date(2024, 9, 30)
    assert dates[2] == date(2024, 11, 30)
    assert dates[3] == date(2025, 2, 28)
    assert dates[4] == date(2025, 5, 31)  # back to the 31st, not stuck on the 28th


SCHEDULE = [date(2024, 1, 22), date(2024, 2, 15), date(2024, 4, 15)]


def states(contacts: list[date], as_of: date) -> list[ContactState]:
    return [c.state for c in due_contacts(SCHEDULE, contacts, as_of)]


D, DUE, OVER, UP = ContactState.DONE, ContactState.DUE, ContactState.OVERDUE, ContactState.UPCOMING


@pytest.mark.parametrize(
    ("contacts", "as_of", "expected"),
    [
        # nothing done yet: due within 7 days ahead, upcoming further out
        ([], date(2024, 1, 14), [UP, UP, UP]),
        ([], date(2024, 1, 15), [DUE, UP, UP]),
        ([], date(2024, 1, 22), [DUE, UP, UP]),
        ([], date(2024, 1, 23), [OVER, UP, UP]),
        ([], date(2024, 2, 8), [OVER, DUE, UP]),
        ([], date(2024, 2, 7), [OVER, UP, UP]),
        # a contact on the day, or after it but before the next date, is done
        ([date(2024, 1, 22)], date(2024, 1, 23), [D, UP, UP]),
        ([date(2024, 2, 14)], date(2024, 2, 14), [D, DUE, UP]),
        # a contact on the next date counts for the next one, not this one
        ([date(2024, 2, 15)], date(2024, 2, 16), [OVER, D, UP]),
        # an early contact does not count for the coming date
        ([date(2024, 1, 21)], date(2024, 1, 23), [OVER, UP, UP]),
        # the last date is done by any later contact
        ([date(2024, 1, 22), date(2024, 2, 20), date(2025, 1, 1)], date(2025, 1, 1), [D, D, D]),
        # contacts recorded after as_of are ignored
        ([date(2024, 1, 25)], date(2024, 1, 24), [OVER, UP, UP]),
    ],
)
def test_contact_states(contacts: list[date], as_of: date, expected: list[ContactState]) -> None:
    assert states(contacts, as_of) == expected


def test_done_on_names_the_first_contact() -> None:
    result = due_contacts(SCHEDULE, [date(2024, 2, 1), date(2024, 1, 25)], date(2024, 2, 1))
    assert result[0].done_on == date(2024, 1, 25)
    assert result[0].scheduled == date(2024, 1, 22)
    assert result[1].done_on is None


def test_schedule_order_does_not_matter() -> None:
    result = due_contacts(list(reversed(SCHEDULE)), [], date(2024, 1, 15))
    assert [c.scheduled for c in result] == SCHEDULE


def test_full_schedule_with_regular_contacts() -> None:
    dates = schedule(RELEASE)
    contacts = [d + timedelta(days=2) for d in dates]
    result = due_contacts(dates, contacts, date(2030, 1, 1))
    assert all(c.state is ContactState.DONE for c in result)


@pytest.mark.parametrize(
    ("flag", "alerts"),
    [
        (RiskFlag.SUICIDE_RISK, True),
        (RiskFlag.FAMILY_AT_RISK, True),
        (RiskFlag.ADDRESS_EXPOSED, True),
        (RiskFlag.HIGH_PROFILE, False),
        (RiskFlag.HEALTH, False),
        (RiskFlag.OTHER, False),
    ],
)
def test_alerts_supervisors(flag: RiskFlag, alerts: bool) -> None:
    assert alerts_supervisors(flag) is alerts


def test_flag_and_placement_values() -> None:
    assert {f.value for f in RiskFlag} == {
        "high_profile", "suicide_risk", "family_at_risk", "address_exposed", "health", "other",
    }
    assert {p.value for p in PlacementType} == {
        "rental_flat", "relative", "halfway_house", "other",
    }
