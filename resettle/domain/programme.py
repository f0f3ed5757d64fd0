"""The settlement programme: its modules, expected length, attendance and completion."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date, timedelta
from enum import StrEnum

from resettle.domain.errors import InvalidInput

DEFAULT_PROGRAMME_WEEKS = 12
MAX_HOURS_PER_DAY = 12.0
_TOLERANCE = 1e-9  # hours are stored to 0.1; float sums must not miss a boundary by 1e-15


class Module(StrEnum):
    HEALTH_AND_STABILITY = "health_and_stability"
    SOCIETY = "society"
    CAREERS = "careers"
    FINANCE_AND_BANKING = "finance_and_banking"
    GENDER_EQUALITY_AND_VIOLENCE_PREVENTION = "gender_equality_and_violence_prevention"
    SETTLEMENT_PAPERWORK = "settlement_paperwork"


# The same figures storage seeds into its programme_modules table (400 hours in all).
DEFAULT_MODULE_HOURS: dict[Module, int] = {
    Module.HEALTH_AND_STABILITY: 60,
    Module.SOCIETY: 120,
    Module.CAREERS: 100,
    Module.FINANCE_AND_BANKING: 40,
    Module.GENDER_EQUALITY_AND_VIOLENCE_PREVENTION: 20,
    Module.SETTLEMENT_PAPERWORK: 40,
}


def expected_end(start: date, weeks: int = DEFAULT_PROGRAMME_WEEKS) -> date:
    """The last day of the programme: a 12-week cohort starting on a Monday ends on a Sunday."""
    if weeks <= 0:
        raise InvalidInput("weeks", "positive", value=weeks)
    return start + timedelta(weeks=weeks, days=-1)


def check_attendance_hours(hours: float, already_that_day: float = 0.0) -> float:
    """One attendance entry: more than 0 and, with the day's other entries, at most 12 hours."""
    if math.isnan(hours):
        raise InvalidInput("hours", "not_a_number", value=hours)
    if hours <= 0:
        raise InvalidInput("hours", "positive", value=hours)
    if hours > MAX_HOURS_PER_DAY + _TOLERANCE:
        raise InvalidInput("hours", "hours_per_day", value=hours, maximum=MAX_HOURS_PER_DAY,
                           total=hours)
    if already_that_day + hours > MAX_HOURS_PER_DAY + _TOLERANCE:
        raise InvalidInput("hours", "hours_per_day", value=hours, already=already_that_day,
                           maximum=MAX_HOURS_PER_DAY, total=already_that_day + hours)
    return hours


def check_attendance_date(attended_on: date, *, start: date, today: date) -> None:
    """Attendance is recorded after the fact, within the cohort's time, never ahead."""
    if attended_on > today:
        raise InvalidInput("attended_on", "date_in_future", date=attended_on, today=today)
    if attended_on < start:
        raise InvalidInput("attended_on", "date_before", date=attended_on, other="start_date",
                           other_date=start, start=start)


def missing_hours(
    hours_by_module: Mapping[Module, float],
    required: Mapping[Module, float] = DEFAULT_MODULE_HOURS,
) -> dict[Module, float]:
    """Hours still to attend per module, only for modules not yet complete."""
    missing: dict[Module, float] = {}
    for module, needed in required.items():
        short = needed - hours_by_module.get(module, 0.0)
        if short > _TOLERANCE:
            missing[module] = round(short, 6)
    return missing


def is_complete(
    hours_by_module: Mapping[Module, float],
    required: Mapping[Module, float] = DEFAULT_MODULE_HOURS,
) -> bool:
    """Complete when every required module has its hours; extra hours carry over nowhere."""
    return not missing_hours(hours_by_module, required)
