"""What an intake form holds, as typed: shared by the intake service and the CSV reader
(which turns each row into one), so neither imports the other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class IntakeForm:
    family_name: str
    given_name: str
    sex: str
    arrival_date: date
    family_name_latin: str = ""
    given_name_latin: str = ""
    birth_date: str = ""
    birth_place: str = ""
    occupation: str = ""
    route: str = ""
    travel_document: str = "none"
    group: str = ""
    high_profile: bool = False
    referred_by: str = ""
    notes: str = ""
