"""Corrections of recorded facts: a supervisor voids a record (a contact, a hearing, a
relative, a note…) with a reason; the record itself stays, and this row says it is void."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded


class RecordVoid(Recorded, Base):
    """`entity` and `record_id` name the voided row (entity as the audit log names it);
    `recorded_at`/`recorded_by_id` say when and by whom it was voided."""

    __tablename__ = "record_voids"
    __table_args__ = (UniqueConstraint("entity", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
