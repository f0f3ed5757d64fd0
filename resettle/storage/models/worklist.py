"""The worklist's stored decisions: an item snoozed, reassigned or marked done, with why."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded


class WorkMark(Recorded, Base):
    """One decision about a derived worklist item (items themselves are never stored):
    `action` is snooze (until a day), reassign (to a user) or done; `on` is its day."""

    __tablename__ = "work_marks"
    __table_args__ = (Index("ix_work_marks_item", "item_id", "action"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[str] = mapped_column(String(96))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                                index=True)
    action: Mapped[str] = mapped_column(String(12))
    on: Mapped[date]
    until: Mapped[date | None]
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
