"""The plain, frozen data each report is built from; services fill these, reports only read.

Conventions: dates are `datetime.date`, moments are `datetime.datetime`, money is whole won
(`int`), durations are whole days (`int`), hours are `float`. Domain codes use the domain's
enums. Names come in Hangul and Latin letters. Nothing here is looked up again: what is
given is what is printed, so a service leaves out whatever the reader may not see.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from resettle.domain.custody import CustodyClock
from resettle.domain.followup import PlacementType, RiskFlag
from resettle.domain.programme import DEFAULT_MODULE_HOURS, Module
from resettle.domain.rewards import RewardCategory, RewardStatus
from resettle.domain.stages import ExclusionGround, Stage
from resettle.domain.validation import Sex
from resettle.reports.legal_data import Hearing as Hearing  # re-exported: this module's API
from resettle.reports.legal_data import PowerOfAttorney as PowerOfAttorney
from resettle.reports.legal_data import ProtectionRecord as ProtectionRecord
from resettle.reports.legal_data import RefusedExtension as RefusedExtension
from resettle.reports.legal_data import Representative as Representative


@dataclass(frozen=True)
class PrintInfo:
    """Who printed, when, for which organisation, the audit chain head then, and the language."""

    printed_by: str  # the user's login or display name
    printed_at: datetime  # also the PDF's creation date
    organisation: str  # the PDF's author
    chain_head: str  # 64 hex digits: the audit chain head at the time of printing
    lang: str = "en"  # "en" or "ko": the user's interface language


class EntryState(StrEnum):
    VALID = "valid"
    CORRECTED = "corrected"  # superseded by a later entry; printed struck through
    VOIDED = "voided"  # entered in error; printed struck through


@dataclass(frozen=True)
class FormerName:
    hangul: str
    latin: str
    used_until: date | None = None


@dataclass(frozen=True)
class Identity:
    case_no: str
    name_hangul: str
    name_latin: str
    birth_date: str  # at its known precision: "1990", "1990-05" or "1990-05-12"
    sex: Sex
    origin: str  # e.g. "Hamgyong-bukdo, Hoeryong"
    arrival_date: date | None = None
    route: str = ""  # e.g. "China, Laos, Thailand"
    group_code: str = ""  # the group the person arrived with, if any
    caseworker: str = ""
    former_names: tuple[FormerName, ...] = ()
    flags: tuple[RiskFlag, ...] = ()


@dataclass(frozen=True)
class VoidedRecord:
    """A recorded fact a supervisor voided (issue 12): printed struck through, with the
    correction's reason, author and time; left out of its own section."""

    entity: str  # as the audit log names it (hearing, relative, note…)
    what: str  # the record in its own dates and words
    reason: str
    voided_by: str
    voided_at: datetime


@dataclass(frozen=True)
class StageEntry:
    """One entry of the chronology, as recorded; corrections stay visible."""

    effective_date: date
    stage: Stage
    recorded_by: str
    recorded_at: datetime
    state: EntryState = EntryState.VALID
    correction_reason: str = ""  # required when state is not VALID
    corrected_by: str = ""  # who voided or corrected the entry
    corrected_at: datetime | None = None  # when the correction was recorded
    remark: str = ""  # e.g. the decision reference
    exclusion_ground: ExclusionGround | None = None


@dataclass(frozen=True)
class Extension:
    days: int
    reason: str
    decided_by: str
    decision_date: date


@dataclass(frozen=True)
class CustodySection:
    """The clock from resettle.domain.custody.custody_clock() and the extensions it counted."""

    clock: CustodyClock
    extensions: tuple[Extension, ...] = ()


@dataclass(frozen=True)
class ModuleHours:
    module: Module
    hours: float
    required: float


@dataclass(frozen=True)
class ProgrammeRecord:
    cohort_code: str
    start: date
    expected_end: date
    modules: tuple[ModuleHours, ...]
    completed_on: date | None = None


@dataclass(frozen=True)
class Placement:
    placement_type: PlacementType
    region: str
    support_centre: str
    protection_officer: str
    since: date


@dataclass(frozen=True)
class FollowUp:
    contact_date: date
    kind: str  # e.g. "home visit", "phone call"
    wellbeing: str
    by: str


@dataclass(frozen=True)
class Note:
    written_at: datetime
    author: str
    text: str
    restricted: bool = False  # never printed in a redacted copy


@dataclass(frozen=True)
class ScreeningRecord:
    record_date: date
    officer: str
    outcome: str
    summary: str


@dataclass(frozen=True)
class RewardClaim:
    claim_date: date
    category: RewardCategory
    amount_won: int
    status: RewardStatus
    decided_by: str = ""
    paid_on: date | None = None
    assessed_amount_won: int | None = None  # on the scale of importance; None until assessed


@dataclass(frozen=True)
class CaseSummaryData:
    """One person's case. redacted=True (lawyer's copy): notes marked restricted, screening
    and rewards are never printed, even if given. legal_only=True (a lawyer acting for a
    relative): only identity, chronology, custody, protection, hearings and representation
    are printed, whatever else is given, and a banner says so."""

    identity: Identity
    stages: tuple[StageEntry, ...]
    custody: CustodySection | None = None
    refused_extensions: tuple[RefusedExtension, ...] = ()
    protection: tuple[ProtectionRecord, ...] = ()
    hearings: tuple[Hearing, ...] = ()
    representatives: tuple[Representative, ...] = ()
    powers_of_attorney: tuple[PowerOfAttorney, ...] = ()
    programme: ProgrammeRecord | None = None
    placement: Placement | None = None
    follow_ups: tuple[FollowUp, ...] = ()
    notes: tuple[Note, ...] = ()
    screening: tuple[ScreeningRecord, ...] = ()
    rewards: tuple[RewardClaim, ...] = ()
    redacted: bool = False
    legal_only: bool = False
    voided: tuple[VoidedRecord, ...] = ()  # corrections of recorded facts


@dataclass(frozen=True)
class CustodyRow:
    """One person in screening or custody; extension days = clock.limit - clock.rule.limit_days."""

    case_no: str
    name_hangul: str
    name_latin: str
    stage: Stage  # SCREENING or CUSTODY
    clock: CustodyClock
    caseworker: str
    flags: tuple[RiskFlag, ...] = ()


@dataclass(frozen=True)
class CustodyReviewData:
    as_of: date
    rows: tuple[CustodyRow, ...]  # any order: the report sorts by days left


@dataclass(frozen=True)
class CohortMember:
    case_no: str
    name_hangul: str
    name_latin: str
    hours: Mapping[Module, float]  # attended hours; a missing module means 0
    completed_on: date | None = None


@dataclass(frozen=True)
class CohortData:
    code: str
    start: date
    expected_end: date
    members: tuple[CohortMember, ...]
    required: Mapping[Module, float] = field(default_factory=lambda: dict(DEFAULT_MODULE_HOURS))


@dataclass(frozen=True)
class GroupMember:
    case_no: str
    name_hangul: str
    name_latin: str
    sex: Sex
    birth_date: str  # at its known precision, as in Identity
    stage: Stage
    stage_date: date
    clock: CustodyClock | None = None  # None when never held
    region: str = ""  # placement region once released


@dataclass(frozen=True)
class GroupData:
    code: str
    description: str  # e.g. "Restaurant workers, arrived together"
    arrival_date: date
    members: tuple[GroupMember, ...]
    kind: str = "group"  # or "family": a glossary code (group_kind.*)


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    count: int


@dataclass(frozen=True)
class AgeBandCount:
    band: str  # e.g. "0-17", "18-29", "60+" (printed as given)
    female: int
    male: int
    other: int = 0


@dataclass(frozen=True)
class CustodyYear:
    year: int  # year of entry
    cases: int
    median_days: float
    longest_days: int
    extensions_granted: int


@dataclass(frozen=True)
class StatisticsData:
    as_of: date
    year: int | None  # None: all years
    arrivals: tuple[MonthCount, ...]
    by_sex_and_age: tuple[AgeBandCount, ...]
    stage_counts: Mapping[Stage, int]
    custody_years: tuple[CustodyYear, ...]
    exclusions: Mapping[ExclusionGround, int]
    follow_ups_overdue: int
    follow_ups_due: int = 0
