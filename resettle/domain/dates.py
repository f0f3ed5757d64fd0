"""Strict ISO dates, and partial dates for births known only to the year or month."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from resettle.domain.errors import InvalidInput

_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_PARTIAL = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def parse_date(text: str, field: str) -> date:
    """Exactly YYYY-MM-DD: no week dates, no times, no compact form, so nothing is guessed."""
    match = _ISO_DATE.fullmatch(text.strip())
    if match is None:
        raise InvalidInput(field, "not_a_date", value=text)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise InvalidInput(field, "no_such_date", value=text) from None


class Precision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day; `month`/`day` are None when unknown."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        month = 1 if self.month is None else self.month
        date(self.year, month, 1 if self.day is None else self.day)  # ValueError if impossible

    @classmethod
    def parse(cls, text: str, field: str) -> PartialDate:
        """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD"; anything else is an InvalidInput for field."""
        match = _PARTIAL.fullmatch(text.strip())
        if match is None:
            raise InvalidInput(field, "not_a_partial_date", value=text)
        month = int(match[2]) if match[2] is not None else None
        day = int(match[3]) if match[3] is not None else None
        try:
            return cls(int(match[1]), month, day)
        except ValueError:
            raise InvalidInput(field, "no_such_date", value=text) from None

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def approx_date(self) -> date:
        """The first possible day: a stable sort key and the basis of an age."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest_date(self) -> date:
        """The last possible day, e.g. to check that a birth date is not in the future."""
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def age_on(self, on: date) -> int:
        """The youngest the person can be on `on`: conservative, e.g. for guardianship of minors.

        With the year only, the birthday is taken as 31 December; with the month only, as
        the last day of that month. Raises ValueError when `on` is before the earliest
        possible birth date.
        """
        if on < self.approx_date():
            raise ValueError("the date is before the birth date")
        born = self.latest_date()
        age = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
        return max(age, 0)
