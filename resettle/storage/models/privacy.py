"""Keeping less and sharing less: retention rules, legal holds, anonymised cases, the per-case
keys that seal a case's audit details, and the consent and disclosure register."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, LargeBinary, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Recorded


class RetentionRule(Base):
    """Years a case is kept after its closing, or after an exit, from a date on."""

    __tablename__ = "retention_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[date] = mapped_column(unique=True)
    closed_years: Mapped[int] = mapped_column(SmallInteger)
    exited_years: Mapped[int] = mapped_column(SmallInteger)
    source: Mapped[str] = mapped_column(Text, default="")


class LegalHold(Recorded, Base):
    """A supervisor's hold on a case's anonymisation, until a date; the latest row counts."""

    __tablename__ = "legal_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    until: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")


class Anonymisation(Recorded, Base):
    """A case whose personal data was removed: when, and by the rule of which date."""

    __tablename__ = "anonymisations"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    case_no: Mapped[str] = mapped_column(String(20))
    due_on: Mapped[date]
    done_at: Mapped[datetime]


class CaseKey(Base):
    """The key that seals a case's personal data in audit rows; erasure deletes it."""

    __tablename__ = "case_keys"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)


class Consent(Recorded, Base):
    """What the person agreed to share with a kind of recipient, for a period; withdrawable."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    recipient: Mapped[str] = mapped_column(String(24))
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date]
    valid_until: Mapped[date | None]
    withdrawn_on: Mapped[date | None]
    form_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL"))


class Disclosure(Recorded, Base):
    """One print or export handed to a recipient, against the consent that allowed it."""

    __tablename__ = "disclosures"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    consent_id: Mapped[int | None] = mapped_column(
        ForeignKey("consents.id", ondelete="SET NULL"))
    recipient: Mapped[str] = mapped_column(String(24))
    what: Mapped[str] = mapped_column(String(32))
    disclosed_on: Mapped[date]
