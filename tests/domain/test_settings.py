"""The office's settings: every field typed, defaulted, and every number bounded at both ends."""

from __future__ import annotations

import dataclasses

import pytest

from resettle.domain import settings as office
from resettle.domain.errors import InvalidInput


def test_every_whole_number_setting_has_both_bounds_and_a_default_inside_them():
    numbers = [f.name for f in dataclasses.fields(office.Settings) if f.type in (int, "int")]
    assert numbers  # programme weeks, idle lock, the worklist's days
    for key in numbers:
        low, high = office.bounds(key)
        assert 1 <= low <= getattr(office.DEFAULTS, key) <= high


def test_every_other_setting_is_a_choice_or_a_limited_text():
    for field in dataclasses.fields(office.Settings):
        assert field.name in office.BOUNDS or field.name in office.CHOICES \
            or field.name in office.TEXT_LIMITS, field.name


@pytest.mark.parametrize("minutes", [0, -1, 241, 35_792, 10**9])
def test_the_idle_lock_is_never_off_and_never_overflows_a_timer(minutes):
    with pytest.raises(InvalidInput) as caught:
        office.validate("idle_lock_minutes", minutes)
    assert caught.value.rule == "out_of_range"
    assert caught.value.params["min"] == 1 and caught.value.params["max"] == 240


@pytest.mark.parametrize("key", sorted(office.BOUNDS))
def test_each_number_is_refused_just_outside_its_bounds_and_taken_at_them(key):
    low, high = office.bounds(key)
    assert office.validate(key, low) == low and office.validate(key, high) == high
    for bad in (low - 1, high + 1):
        with pytest.raises(InvalidInput) as caught:
            office.validate(key, bad)
        assert (caught.value.field, caught.value.rule) == (key, "out_of_range")


@pytest.mark.parametrize(("key", "value", "rule"), [
    ("idle_lock_minutes", "10", "not_a_number"), ("idle_lock_minutes", True, "not_a_number"),
    ("calendar_case_numbers", "maybe", "one_of"), ("language", "fr", "one_of"),
    ("organisation", "  ", "required"), ("organisation", "x" * 201, "too_long"),
    ("no_such_setting", 1, "one_of"),
])
def test_other_refusals_are_catalogue_codes(key, value, rule):
    with pytest.raises(InvalidInput) as caught:
        office.validate(key, value)
    assert caught.value.rule == rule


def test_stored_values_out_of_bounds_read_as_the_default():
    read = office.from_stored({"idle_lock_minutes": 35_792, "programme_weeks": 8,
                               "organisation": "North Office", "unknown": 3})
    assert read.idle_lock_minutes == office.DEFAULTS.idle_lock_minutes == 10
    assert read.programme_weeks == 8 and read.organisation == "North Office"
    with pytest.raises(dataclasses.FrozenInstanceError):
        read.idle_lock_minutes = 5  # type: ignore[misc]
