"""Legal representation: lawyers linked to cases, powers of attorney, hearings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded, Versioned


class LegalRepresentative(Versioned, Recorded, Base):
    """A lawyer account acting for the person, or for a named relative on their behalf."""

    __tablename__ = "legal_representatives"
    __table_args__ = (UniqueConstraint("case_id", "lawyer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    lawyer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    on_behalf_of: Mapped[str] = mapped_column(String(200), default="")  # empty: the person
    relative_id: Mapped[int | None] = mapped_column(ForeignKey("relatives.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    ended_at: Mapped[datetime | None]  # when the ending was recorded
    ended_on: Mapped[date | None]  # the day the representation ended (effective date)


class PowerOfAttorney(Recorded, Base):
    __tablename__ = "powers_of_attorney"

    id: Mapped[int] = mapped_column(primary_key=True)
    representative_id: Mapped[int] = mapped_column(
        ForeignKey("legal_representatives.id", ondelete="CASCADE"), index=True
    )
    granted_by: Mapped[str] = mapped_column(String(200))
    granted_on: Mapped[date]
    scope: Mapped[str] = mapped_column(Text, default="")
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))


class Hearing(Versioned, Recorded, Base):
    __tablename__ = "hearings"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    court: Mapped[str] = mapped_column(String(200))
    hearing_date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(64), default="")  # e.g. habeas corpus review
    closed_session: Mapped[bool] = mapped_column(Boolean, default=True)
    attended: Mapped[str] = mapped_column(String(8), default="unknown")  # yes, no, unknown
    outcome: Mapped[str] = mapped_column(Text, default="")


class ProtectionApplication(Versioned, Recorded, Base):
    """A protection application, the end of its investigation and the ministry's decision;
    a reapplication after a refusal is a new row pointing back to the refused one."""

    __tablename__ = "protection_applications"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    applied_on: Mapped[date]
    reapplication_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("protection_applications.id"))
    reason: Mapped[str] = mapped_column(Text, default="")  # a reapplication's new evidence
    investigation_ended_on: Mapped[date | None]
    decision: Mapped[str | None] = mapped_column(String(8))  # granted, refused
    decided_on: Mapped[date | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    ground: Mapped[str | None] = mapped_column(String(32))  # a refusal's exclusion ground
    decision_reason: Mapped[str] = mapped_column(Text, default="")
