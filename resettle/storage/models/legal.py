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
    ended_at: Mapped[datetime | None]


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
    outcome: Mapped[str] = mapped_column(Text, default="")
