"""The settlement programme: cohorts, modules, enrolments and attendance."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Numeric, SmallInteger, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded, Versioned


class ProgrammeCohort(Versioned, Recorded, Base):
    __tablename__ = "programme_cohorts"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    start_date: Mapped[date]
    weeks: Mapped[int] = mapped_column(SmallInteger, default=12)
    centre: Mapped[str] = mapped_column(String(200), default="")


class ProgrammeModule(Base):
    """A module of the programme and the hours it requires (data, so a centre can adjust)."""

    __tablename__ = "programme_modules"

    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    required_hours: Mapped[int] = mapped_column(SmallInteger)
    sort_order: Mapped[int] = mapped_column(SmallInteger, default=0)


class Enrolment(Versioned, Recorded, Base):
    __tablename__ = "enrolments"
    __table_args__ = (UniqueConstraint("case_id", "cohort_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("programme_cohorts.id"), index=True)
    enrolled_on: Mapped[date]
    completed_on: Mapped[date | None]


class Attendance(Recorded, Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolments.id", ondelete="CASCADE"), index=True
    )
    module: Mapped[str] = mapped_column(ForeignKey("programme_modules.code"))
    attended_on: Mapped[date]
    hours: Mapped[float] = mapped_column(Numeric(4, 1, asdecimal=False))
