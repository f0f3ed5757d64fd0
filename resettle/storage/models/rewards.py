"""Reward claims for intelligence or equipment brought from the North."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded, Versioned


class RewardClaim(Versioned, Recorded, Base):
    __tablename__ = "reward_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(32))
    amount_won: Mapped[int] = mapped_column(BigInteger)
    claim_date: Mapped[date]
    status: Mapped[str] = mapped_column(String(12), default="claimed")
    assessed_amount_won: Mapped[int | None] = mapped_column(BigInteger)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_on: Mapped[date | None]
    paid_on: Mapped[date | None]
    reason: Mapped[str] = mapped_column(Text, default="")
    # Four eyes (revision 0006): who assessed and who recorded the payment; the claimant is
    # recorded_by_id, the approver decided_by_id.
    assessed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    paid_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    duplicate_reason: Mapped[str] = mapped_column(Text, default="")  # why a like claim stands
