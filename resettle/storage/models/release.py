"""After release: the placement and the follow-up contacts of the protection period."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded, Versioned


class Placement(Versioned, Recorded, Base):
    __tablename__ = "placements"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    placement_type: Mapped[str] = mapped_column(String(16))  # rental_flat, relative, halfway_house
    region: Mapped[str] = mapped_column(String(100))
    support_centre: Mapped[str] = mapped_column(String(200), default="")
    protection_officer: Mapped[str] = mapped_column(String(200), default="")
    protection_officer_contact: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date]


class FollowUpContact(Versioned, Recorded, Base):
    __tablename__ = "follow_up_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    contact_date: Mapped[date]
    kind: Mapped[str] = mapped_column(String(16), default="visit")  # visit, call, office, other
    wellbeing: Mapped[int | None] = mapped_column(SmallInteger)  # 1 (in crisis) .. 5 (well)
    notes: Mapped[str] = mapped_column(Text, default="")
