"""Consent to disclosure: what the person agreed to share with whom, from when, until when,
and whether a disclosure on a day is covered."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from resettle.domain.errors import InvalidInput, RuleViolation


class RecipientKind(StrEnum):
    SUPPORT_CENTRE = "support_centre"  # 지역적응센터 (하나센터)
    PROTECTION_OFFICER = "protection_officer"  # 신변보호담당관
    LAWYER = "lawyer"
    RELATIVE = "relative"


def recipient(text: str, field: str = "recipient") -> RecipientKind:
    try:
        return RecipientKind(text.strip().lower())
    except ValueError:
        raise InvalidInput(field, "one_of", kind="recipient",
                           choices=tuple(k.value for k in RecipientKind)) from None


@dataclass(frozen=True)
class Consent:
    id: int
    recipient: RecipientKind
    valid_from: date
    valid_until: date | None = None
    withdrawn_on: date | None = None

    def covers(self, kind: RecipientKind, day: date) -> bool:
        """Given to `kind`, begun by `day`, not ended and not withdrawn on or before it."""
        return (self.recipient is kind and self.valid_from <= day
                and (self.valid_until is None or day <= self.valid_until)
                and (self.withdrawn_on is None or day < self.withdrawn_on))


def check_period(valid_from: date, valid_until: date | None) -> None:
    if valid_until is not None and valid_until < valid_from:
        raise InvalidInput("valid_until", "date_before", date=valid_until, other="valid_from",
                           other_date=valid_from)


def check_withdrawal(consent: Consent, day: date) -> None:
    if consent.withdrawn_on is not None:
        raise RuleViolation("consent_already_withdrawn", id=consent.id,
                            date=consent.withdrawn_on)
    if day < consent.valid_from:
        raise InvalidInput("withdrawn_on", "date_before", date=day, other="valid_from",
                           other_date=consent.valid_from)


def covering(consents: Iterable[Consent], kind: RecipientKind, day: date) -> Consent:
    """The consent that allows a disclosure to `kind` on `day`, or the refusal."""
    for c in consents:
        if c.covers(kind, day):
            return c
    raise RuleViolation("disclosure_not_consented", recipient=kind.value, date=day)
