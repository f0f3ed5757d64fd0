"""Strict ISO dates and partial birth dates."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain.dates import PartialDate, Precision, parse_date
from resettle.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-01", date(2024, 3, 1)),
        (" 2024-02-29 ", date(2024, 2, 29)),
        ("0001-01-01", date(1, 1, 1)),
        ("9999-12-31", date(9999, 12, 31)),
    ],
)
def test_parse_date(text: str, expected: date) -> None:
    assert parse_date(text, "arrival_date") == expected


@pytest.mark.parametrize(
    "text",
    ["", "2024", "2024-3-1", "20240301", "2024-W09-5", "2024-03-01T00:00", "01/03/2024",
     "2024-03-01x", "２０２４-03-01", "2024-03"],
)
def test_parse_date_rejects_other_forms(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_date(text, "arrival_date")
    assert info.value.field == "arrival_date"
    assert info.value.rule == "not_a_date"
    assert info.value.params["value"] == text


@pytest.mark.parametrize("text", ["2023-02-29", "2024-13-01", "2024-04-31", "0000-01-01"])
def test_parse_date_rejects_impossible_dates(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_date(text, "effective_date")
    assert info.value.field == "effective_date"
    assert info.value.rule == "no_such_date"


@pytest.mark.parametrize(
    ("text", "precision", "approx", "latest"),
    [
        ("1975", Precision.YEAR, date(1975, 1, 1), date(1975, 12, 31)),
        ("1975-02", Precision.MONTH, date(1975, 2, 1), date(1975, 2, 28)),
        ("1976-02", Precision.MONTH, date(1976, 2, 1), date(1976, 2, 29)),
        ("1975-06-15", Precision.DAY, date(1975, 6, 15), date(1975, 6, 15)),
    ],
)
def test_partial_date_parse(text: str, precision: Precision, approx: date, latest: date) -> None:
    value = PartialDate.parse(text, "birth_date")
    assert value.precision is precision
    assert str(value) == text
    assert value.approx_date() == approx
    assert value.latest_date() == latest


@pytest.mark.parametrize(
    "text", ["", "75", "1975-6", "1975-06-1", "1975/06", "19750615", "1975-06-15-01", "abcd"]
)
def test_partial_date_rejects_other_forms(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        PartialDate.parse(text, "birth_date")
    assert info.value.field == "birth_date"
    assert info.value.rule == "not_a_partial_date"


@pytest.mark.parametrize("text", ["1975-00", "1975-13", "1975-01-00", "1975-02-29", "0000"])
def test_partial_date_rejects_impossible(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        PartialDate.parse(text, "birth_of_child")
    assert info.value.field == "birth_of_child"
    assert info.value.rule == "no_such_date"


def test_partial_date_day_without_month_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        PartialDate(1975, None, 3)


def test_str_pads_years() -> None:
    assert str(PartialDate(987)) == "0987"
    assert str(PartialDate(1990, 1, 2)) == "1990-01-02"


def test_from_date_and_equality() -> None:
    assert PartialDate.from_date(date(1990, 1, 2)) == PartialDate(1990, 1, 2)
    assert PartialDate(1990, 1) != PartialDate(1990)


def test_sorting_by_approx_date() -> None:
    values = [PartialDate(1990, 5), PartialDate(1990), PartialDate(1989, 12, 31)]
    assert [str(v) for v in sorted(values, key=PartialDate.approx_date)] == [
        "1989-12-31", "1990", "1990-05",
    ]


@pytest.mark.parametrize(
    ("birth", "on", "age"),
    [
        # full date: the usual birthday rule
        ("2006-06-15", date(2024, 6, 14), 17),
        ("2006-06-15", date(2024, 6, 15), 18),
        ("2004-02-29", date(2022, 2, 28), 17),
        ("2004-02-29", date(2022, 3, 1), 18),
        ("2006-06-15", date(2006, 6, 15), 0),
        # month only: birthday taken as the last day of the month
        ("2006-06", date(2024, 6, 29), 17),
        ("2006-06", date(2024, 6, 30), 18),
        ("2006-06", date(2024, 7, 1), 18),
        # year only: birthday taken as 31 December
        ("2006", date(2024, 12, 30), 17),
        ("2006", date(2024, 12, 31), 18),
        ("2006", date(2025, 1, 1), 18),
        ("2006", date(2006, 1, 1), 0),
        ("2006", date(2006, 12, 31), 0),
    ],
)
def test_age_on_is_the_youngest_possible(birth: str, on: date, age: int) -> None:
    assert PartialDate.parse(birth, "birth_date").age_on(on) == age


@pytest.mark.parametrize(("birth", "on"), [("2006", date(2005, 12, 31)),
                                           ("2006-06-15", date(2006, 6, 14))])
def test_age_before_birth_raises(birth: str, on: date) -> None:
    with pytest.raises(ValueError):
        PartialDate.parse(birth, "birth_date").age_on(on)
