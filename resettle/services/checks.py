"""Input checks the satellite services share: effective dates and codes from fixed lists."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from resettle.domain.errors import InvalidInput

E = TypeVar("E", bound=StrEnum)


def effective_date(value: date, field: str, *, today: date, not_before: date | None = None,
                   before_what: str = "") -> date:
    """Events are recorded after the fact: never in the future, never before their anchor."""
    if not isinstance(value, date):
        raise InvalidInput(field, "must be a date", value=value)
    if value > today:
        raise InvalidInput(field, f"{value} must not be in the future (today is {today})",
                           date=value, today=today)
    if not_before is not None and value < not_before:
        raise InvalidInput(field, f"{value} must not be before {before_what} ({not_before})",
                           date=value, limit=not_before)
    return value


def one_of(value: str, enum: type[E], field: str) -> E:
    """A code from a fixed list; the message lists the codes allowed."""
    try:
        return enum(value.strip().lower())
    except (ValueError, AttributeError):
        raise InvalidInput(field, "must be one of " + ", ".join(e.value for e in enum),
                           value=value) from None


def code_in(value: str, codes: Iterable[str], field: str) -> str:
    """A code from a list kept as data (e.g. the programme modules table)."""
    allowed = list(codes)
    code = value.strip().lower() if isinstance(value, str) else value
    if code not in allowed:
        raise InvalidInput(field, "must be one of " + ", ".join(allowed), value=value)
    return code


def whole_won(value: object, field: str = "amount") -> int:
    """Money in whole won: an int, not a bool or float that would round silently."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, "must be a whole number of won", value=value)
    return value
