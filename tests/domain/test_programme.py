"""The settlement programme: length, attendance entries and completion."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain.errors import InvalidInput
from resettle.domain.programme import (
    DEFAULT_MODULE_HOURS,
    DEFAULT_PROGRAMME_WEEKS,
    Module,
    check_attendance_date,
    check_attendance_hours,
    expected_end,
    is_complete,
    missing_hours,
)

M = Module


def test_modules() -> None:
    assert [m.value for m in Module] == [
        "health_and_stability", "society", "careers", "finance_and_banking",
        "gender_equality_and_violence_prevention", "settlement_paperwork",
    ]


def test_default_hours_cover_every_module_with_plausible_figures() -> None:
    assert set(DEFAULT_MODULE_HOURS) == set(Module)
    assert all(0 < h <= 200 for h in DEFAULT_MODULE_HOURS.values())
    # 12 weeks of at most 40 hours a week
    assert sum(DEFAULT_MODULE_HOURS.values()) <= DEFAULT_PROGRAMME_WEEKS * 40


@pytest.mark.parametrize(
    ("start", "weeks", "end"),
    [
        (date(2024, 1, 1), 12, date(2024, 3, 24)),
        (date(2024, 1, 1), 1, date(2024, 1, 7)),
        (date(2023, 12, 11), 12, date(2024, 3, 3)),
        (date(2024, 2, 26), 1, date(2024, 3, 3)),  # across 29 February
    ],
)
def test_expected_end_is_the_last_day(start: date, weeks: int, end: date) -> None:
    assert expected_end(start, weeks) == end


def test_expected_end_defaults_to_twelve_weeks() -> None:
    assert DEFAULT_PROGRAMME_WEEKS == 12
    assert expected_end(date(2024, 1, 1)) == date(2024, 3, 24)


@pytest.mark.parametrize("weeks", [0, -1])
def test_expected_end_needs_positive_weeks(weeks: int) -> None:
    with pytest.raises(InvalidInput) as info:
        expected_end(date(2024, 1, 1), weeks)
    assert info.value.field == "weeks"


@pytest.mark.parametrize("hours", [0.1, 1.0, 3.5, 11.9, 12.0])
def test_attendance_hours_accepted(hours: float) -> None:
    assert check_attendance_hours(hours) == hours


def test_attendance_hours_must_be_a_number() -> None:
    with pytest.raises(InvalidInput) as info:
        check_attendance_hours(float("nan"))
    assert info.value.rule == "not_a_number"


@pytest.mark.parametrize("hours", [0.0, -1.0, float("-inf")])
def test_attendance_hours_must_be_positive(hours: float) -> None:
    with pytest.raises(InvalidInput) as info:
        check_attendance_hours(hours)
    assert info.value.field == "hours"
    assert info.value.rule == "positive"


@pytest.mark.parametrize("hours", [12.1, 24.0, float("inf")])
def test_attendance_hours_at_most_twelve(hours: float) -> None:
    with pytest.raises(InvalidInput) as info:
        check_attendance_hours(hours)
    assert info.value.field == "hours"
    assert info.value.rule == "hours_per_day" and info.value.params["maximum"] == 12


@pytest.mark.parametrize(
    ("already", "hours", "ok"),
    [(8.0, 4.0, True), (8.0, 4.1, False), (11.9, 0.1, True), (0.1 * 3, 11.7, True),
     (12.0, 0.1, False)],
)
def test_attendance_hours_per_day_total(already: float, hours: float, ok: bool) -> None:
    if ok:
        assert check_attendance_hours(hours, already) == hours
        return
    with pytest.raises(InvalidInput) as info:
        check_attendance_hours(hours, already)
    assert info.value.params["already"] == already


@pytest.mark.parametrize(
    ("attended", "field_ok"),
    [(date(2024, 1, 1), True), (date(2024, 2, 1), True), (date(2023, 12, 31), False),
     (date(2024, 2, 2), False)],
)
def test_attendance_date(attended: date, field_ok: bool) -> None:
    kwargs = {"start": date(2024, 1, 1), "today": date(2024, 2, 1)}
    if field_ok:
        check_attendance_date(attended, **kwargs)
        return
    with pytest.raises(InvalidInput) as info:
        check_attendance_date(attended, **kwargs)
    assert info.value.field == "attended_on"
    assert info.value.rule in ("date_in_future", "date_before")
    assert info.value.params["date"] == attended


def test_complete_with_all_hours() -> None:
    done = {m: float(h) for m, h in DEFAULT_MODULE_HOURS.items()}
    assert is_complete(done)
    assert missing_hours(done) == {}


def test_one_hour_short_is_incomplete() -> None:
    hours = {m: float(h) for m, h in DEFAULT_MODULE_HOURS.items()}
    hours[M.CAREERS] -= 1
    assert not is_complete(hours)
    assert missing_hours(hours) == {M.CAREERS: 1.0}


def test_missing_modules_count_as_zero_hours() -> None:
    assert missing_hours({}) == {m: float(h) for m, h in DEFAULT_MODULE_HOURS.items()}
    assert not is_complete({})


def test_extra_hours_in_one_module_do_not_cover_another() -> None:
    required = {M.SOCIETY: 10, M.CAREERS: 10}
    assert not is_complete({M.SOCIETY: 30.0, M.CAREERS: 9.5}, required)
    assert missing_hours({M.SOCIETY: 30.0, M.CAREERS: 9.5}, required) == {M.CAREERS: 0.5}


def test_float_sums_of_tenths_reach_the_requirement() -> None:
    # 0.1 added 100 times is 9.99999999999998 in floating point
    total = 0.0
    for _ in range(100):
        total += 0.1
    assert total != 10.0
    assert is_complete({M.SOCIETY: total}, {M.SOCIETY: 10})


def test_custom_requirements() -> None:
    assert is_complete({M.FINANCE_AND_BANKING: 5.0}, {M.FINANCE_AND_BANKING: 5})
    assert is_complete({}, {})
