"""Input checks the satellite services share: effective dates and codes from fixed lists."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from resettle.domain.errors import InvalidInput

E = TypeVar("E", bound=StrEnum)


# Words callers used to pass as `before_what`, until each passes the field name.
_LEGACY_ANCHORS = {
    "the arrival": "arrival_date", "the programme start": "programme_start",
    "the release": "release_date", "the day it was raised": "raised_on",
    "the claim date": "claim_date", "the approval": "approval_date",
    "the current placement's start": "placement_start",
}


def effective_date(value: date, field: str, *, today: date, not_before: date | None = None,
                   before_what: str = "") -> date:
    """Events are recorded after the fact: never in the future, never before their anchor.
    `before_what` names the anchor's field (a glossary `field.<name>`, e.g. "arrival_date")."""
    if not isinstance(value, date):
        raise InvalidInput(field, "not_a_date", value=value)
    if value > today:
        raise InvalidInput(field, "date_in_future", date=value, today=today)
    if not_before is not None and value < not_before:
        other = _LEGACY_ANCHORS.get(before_what, before_what) or "anchor_date"
        raise InvalidInput(field, "date_before", date=value, other=other, other_date=not_before)
    return value


def one_of(value: str, enum: type[E], field: str, kind: str = "") -> E:
    """A code from a fixed list; the message lists the codes allowed (in words where `kind`
    names their glossary kind, e.g. "placement")."""
    try:
        return enum(value.strip().lower())
    except (ValueError, AttributeError):
        raise InvalidInput(field, "one_of", value=value, choices=tuple(e.value for e in enum),
                           kind=kind) from None


def code_in(value: str, codes: Iterable[str], field: str) -> str:
    """A code from a list kept as data (e.g. the programme modules table)."""
    allowed = list(codes)
    code = value.strip().lower() if isinstance(value, str) else value
    if code not in allowed:
        raise InvalidInput(field, "one_of", value=value, choices=tuple(allowed))
    return code


def whole_won(value: object, field: str = "amount") -> int:
    """Money in whole won: an int, not a bool or float that would round silently."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(field, "whole_won", value=value)
    return value
