"""The case and its history: stage events, custody extensions, screening, flags, notes, files."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Recorded, Versioned
from .people import Group, Person


class Case(Versioned, Recorded, Base):
    """One person's case. Custody columns are kept current by the services for fast lists."""

    __tablename__ = "cases"
    __table_args__ = (
        Index("ix_cases_stage_custody", "stage", "custody_start"),
        Index("ix_cases_arrival_year", "arrival_year", "id"),
        # Who is held on a day: last day NULL (still held) or on/after it, started by it.
        Index("ix_cases_custody_held", "custody_last_day", "custody_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str] = mapped_column(String(20), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), unique=True)
    stage: Mapped[str] = mapped_column(String(16), index=True)
    stage_date: Mapped[date] = mapped_column(index=True)  # the list sorts by these two
    arrival_date: Mapped[date] = mapped_column(index=True)
    arrival_year: Mapped[int] = mapped_column(SmallInteger)
    route: Mapped[str] = mapped_column(Text, default="")
    travel_document: Mapped[str] = mapped_column(String(8), default="none")  # valid, forged, none
    referred_by: Mapped[str] = mapped_column(String(200), default="")
    broker_debt_won: Mapped[int | None] = mapped_column(BigInteger)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id"), index=True)
    caseworker_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    high_profile: Mapped[bool] = mapped_column(Boolean, default=False)
    flags: Mapped[str] = mapped_column(String(200), default="")  # active risk flags, sorted
    # The custody clock as dates, so lists filter by status with plain comparisons:
    # last day held (NULL while running), limit with extensions, last lawful day, and the
    # first day of the "due" window (last lawful day minus 14).
    custody_start: Mapped[date | None]
    custody_last_day: Mapped[date | None]
    custody_limit: Mapped[int | None] = mapped_column(SmallInteger)
    custody_deadline: Mapped[date | None] = mapped_column(index=True)
    custody_due_from: Mapped[date | None]
    protection_end: Mapped[date | None]

    person: Mapped[Person] = relationship()
    group: Mapped[Group | None] = relationship()
    events: Mapped[list[StageEvent]] = relationship(
        back_populates="case", order_by="StageEvent.id", cascade="all, delete-orphan"
    )


class StageEvent(Recorded, Base):
    """A stage change with its effective date; a correction voids it and points back to it."""

    __tablename__ = "stage_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(16))
    to_stage: Mapped[str] = mapped_column(String(16))
    effective_date: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")
    ground: Mapped[str | None] = mapped_column(String(32))  # exclusion ground
    voided: Mapped[bool] = mapped_column(Boolean, default=False)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("stage_events.id"))

    case: Mapped[Case] = relationship(back_populates="events")


class CustodyExtension(Versioned, Recorded, Base):
    """An extension of the custody limit: requested, then approved or refused by a supervisor."""

    __tablename__ = "custody_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    days: Mapped[int] = mapped_column(SmallInteger)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="requested")
    decision_date: Mapped[date | None]
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decision_reason: Mapped[str] = mapped_column(Text, default="")


class ScreeningRecord(Versioned, Recorded, Base):
    """Classified screening material: never shown to lawyers, left out of redacted reports."""

    __tablename__ = "screening_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    interviewed_on: Mapped[date]
    outcome: Mapped[str] = mapped_column(String(24))  # cleared, further_investigation, refused
    summary: Mapped[str] = mapped_column(Text, default="")


class RiskFlagEntry(Recorded, Base):
    """A risk flag raised on a case and, later, cleared; cases.flags mirrors the active ones."""

    __tablename__ = "risk_flags"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    flag: Mapped[str] = mapped_column(String(24))
    raised_on: Mapped[date]
    cleared_on: Mapped[date | None]
    note: Mapped[str] = mapped_column(Text, default="")


class Note(Versioned, Recorded, Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)


class Attachment(Recorded, Base):
    """A document; `content` is AES-GCM encrypted by the services, so also safe in PostgreSQL."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
