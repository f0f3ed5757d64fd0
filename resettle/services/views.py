"""What the case services return: plain frozen dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from resettle.domain.custody import CustodyStatus


@dataclass(frozen=True)
class PersonName:
    family_name: str
    given_name: str
    family_name_latin: str = ""
    given_name_latin: str = ""
    kind: str = "current"  # current, former, alias
    valid_until: date | None = None  # a former name: the date the next name took effect

    @property
    def hangul(self) -> str:
        return f"{self.family_name}{self.given_name}"

    @property
    def latin(self) -> str:
        return f"{self.family_name_latin} {self.given_name_latin}".strip()


@dataclass(frozen=True)
class StageEventView:
    id: int
    from_stage: str | None
    to_stage: str
    effective_date: date
    reason: str
    ground: str | None
    voided: bool
    corrects_id: int | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class ExtensionView:
    id: int
    days: int
    reason: str
    status: str  # requested, approved, refused, lapsed (the person left custody first)
    requested_by: str
    recorded_at: datetime
    decision_date: date | None
    decided_by: str
    decision_reason: str


@dataclass(frozen=True)
class CustodyView:
    start: date
    end: date | None  # the day the clock stopped (not counted)
    as_of: date
    days_held: int
    limit: int
    base_limit: int
    days_left: int
    last_lawful_day: date
    status: CustodyStatus
    rule_from: date
    extensions: tuple[ExtensionView, ...] = ()
    over_limit_days: int = 0  # days held beyond the limit (kept once the clock stopped)

    @property
    def running(self) -> bool:
        return self.end is None or self.as_of < self.end


@dataclass(frozen=True)
class CaseRow:
    """One line of a case list."""

    id: int
    case_no: str
    name: PersonName
    sex: str
    birth_date: str | None
    age: int | None
    stage: str
    stage_date: date
    days_in_stage: int
    custody_days: int | None
    custody_limit: int | None
    custody_status: CustodyStatus | None
    caseworker: str
    group: str
    flags: tuple[str, ...]
    high_profile: bool


@dataclass(frozen=True)
class CaseDetail:
    """Everything about one case the actor may see; `redacted` when parts were left out."""

    id: int
    case_no: str
    version: int
    person_version: int
    name: PersonName
    other_names: tuple[PersonName, ...]
    birth_date: str | None
    birth_precision: str | None
    sex: str
    origin_province: str
    origin_city: str
    occupation: str
    arrival_date: date
    route: str
    travel_document: str
    referred_by: str
    group: str
    caseworker: str
    high_profile: bool
    flags: tuple[str, ...]
    stage: str
    stage_date: date
    as_of: date
    events: tuple[StageEventView, ...]
    custody: CustodyView | None
    redacted: bool
    sections: dict[str, Any] = field(default_factory=dict)  # relatives, legal, programme...
    # A lawyer acting for a relative: identity, custody record, hearings, representation
    # and protection decisions only (services.sections.limit_for_actor).
    legal_only: bool = False

    @property
    def former_names(self) -> tuple[PersonName, ...]:
        """Earlier legal names, oldest first ("formerly …"); aliases are not among them."""
        return tuple(n for n in self.other_names if n.kind == "former")


@dataclass(frozen=True)
class IntakeResult:
    case_no: str
    possible_duplicates: tuple[str, ...] = ()
