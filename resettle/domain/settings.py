"""The office's settings as one typed, frozen object: each field's default, bounds and choices."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from resettle.domain.errors import InvalidInput
from resettle.domain.programme import DEFAULT_PROGRAMME_WEEKS


@dataclass(frozen=True)
class Settings:
    """What an admin sets for the whole office; read everywhere through this object."""

    programme_weeks: int = DEFAULT_PROGRAMME_WEEKS
    idle_lock_minutes: int = 10
    language: str = "ko"
    organisation: str = "Resettle"
    worklist_escalate_days: int = 7
    backup_every_days: int = 7
    audit_verify_every_days: int = 30
    calendar_case_numbers: str = "yes"


DEFAULTS = Settings()

# Every whole-number setting has both ends. The idle lock never goes off (at least a
# minute) and stays within what a timer can hold (a day's minutes overflowed Qt's msec int).
BOUNDS: dict[str, tuple[int, int]] = {
    "programme_weeks": (1, 52),
    "idle_lock_minutes": (1, 240),
    "worklist_escalate_days": (1, 365),
    "backup_every_days": (1, 365),
    "audit_verify_every_days": (1, 365),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "language": ("ko", "en"),
    "calendar_case_numbers": ("yes", "no"),
}
TEXT_LIMITS: dict[str, int] = {"organisation": 200}

KEYS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Settings))


def bounds(key: str) -> tuple[int, int]:
    """The smallest and largest value a whole-number setting may take."""
    return BOUNDS[key]


def validate(key: str, value: Any) -> Any:
    """`value` if it is allowed for `key`; InvalidInput with a catalogue code otherwise."""
    if key not in KEYS:
        raise InvalidInput("setting", "one_of", value=key, choices=", ".join(KEYS))
    if key in BOUNDS:
        low, high = BOUNDS[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(key, "not_a_number", value=value)
        if not low <= value <= high:
            raise InvalidInput(key, "out_of_range", min=low, max=high, value=value)
    elif key in CHOICES:
        if value not in CHOICES[key]:
            raise InvalidInput(key, "one_of", value=value, choices=", ".join(CHOICES[key]))
    else:
        if not isinstance(value, str):
            raise InvalidInput(key, "required")
        if not value.strip():
            raise InvalidInput(key, "required")
        if len(value) > TEXT_LIMITS[key]:
            raise InvalidInput(key, "too_long", max=TEXT_LIMITS[key], length=len(value))
    return value


def from_stored(stored: Mapping[str, Any]) -> Settings:
    """The settings from stored values; a missing or no-longer-allowed value (written before
    a bound existed) reads as the default, so a bad row never reaches a timer or a report."""
    values: dict[str, Any] = {}
    for key in KEYS:
        if key in stored:
            try:
                values[key] = validate(key, stored[key])
            except InvalidInput:
                continue
    return Settings(**values)
