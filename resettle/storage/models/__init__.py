"""Every table of the product; importing this module registers them all on Base.metadata."""

from .accounts import AuditEntry, AuditHead, CustodyRule, RewardCap, Setting, User
from .base import Base
from .cases import (
    Attachment,
    Case,
    CustodyExtension,
    Note,
    RiskFlagEntry,
    ScreeningRecord,
    StageEvent,
)
from .corrections import RecordVoid
from .demo import DemoRecord
from .legal import Hearing, LegalRepresentative, PowerOfAttorney, ProtectionApplication
from .people import Group, Person, PersonName, Relative
from .privacy import (
    Anonymisation,
    CaseKey,
    Consent,
    Disclosure,
    LegalHold,
    RetentionRule,
)
from .programme import Attendance, Enrolment, ProgrammeCohort, ProgrammeModule
from .release import FollowUpContact, Placement
from .rewards import RewardClaim
from .user_keys import UserKey
from .worklist import WorkMark

__all__ = [
    "Anonymisation", "CaseKey", "Consent", "Disclosure", "LegalHold", "RetentionRule",
    "Attachment", "Attendance", "AuditEntry", "AuditHead", "Base", "Case", "CustodyExtension",
    "CustodyRule", "DemoRecord", "Enrolment", "FollowUpContact", "Group", "Hearing",
    "LegalRepresentative",
    "Note", "Person", "PersonName", "Placement", "PowerOfAttorney", "ProgrammeCohort",
    "ProgrammeModule", "ProtectionApplication", "RecordVoid", "Relative", "RewardCap",
    "RewardClaim", "RiskFlagEntry", "ScreeningRecord", "Setting", "StageEvent", "User",
    "UserKey", "WorkMark",
]
