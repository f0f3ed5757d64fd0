"""The plain, frozen data of the case summary's legal parts (re-exported by reports.data)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from resettle.domain.stages import ExclusionGround


@dataclass(frozen=True)
class RefusedExtension:
    """An extension request that was refused (a court reads these too)."""

    days: int
    reason: str  # the request's reason
    requested_by: str
    decided_by: str
    decision_date: date
    decision_reason: str = ""


@dataclass(frozen=True)
class Hearing:
    hearing_date: date
    court: str
    subject: str
    closed: bool = False  # held in closed session
    person_present: bool | None = None  # None: not known
    outcome: str = ""


@dataclass(frozen=True)
class Representative:
    name: str
    firm: str
    since: date | None  # the power of attorney's date (None: no power of attorney recorded)
    until: date | None = None
    acting_for: str = ""  # empty: the person; else the relative named in the power


@dataclass(frozen=True)
class PowerOfAttorney:
    granted_by: str  # e.g. "Mother (resides in the North)"
    grantee: str
    signed_on: date
    scope: str


@dataclass(frozen=True)
class ProtectionRecord:
    """One protection application and the ministry's decision on it (due 30 days after the
    investigation's end)."""

    applied_on: date
    reapplication: bool = False
    investigation_ended_on: date | None = None
    decision_due: date | None = None
    decision: str | None = None  # granted, refused; None while pending
    decided_on: date | None = None
    ground: ExclusionGround | None = None
    late: bool = False  # decided (or still pending) after the due date
