"""User accounts, settings, effective-dated rule tables and the audit log."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned, utcnow


class User(Versioned, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    language: Mapped[str] = mapped_column(String(8), default="ko")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Setting(Versioned, Base):
    """One named setting; values are JSON so numbers, text and lists share one table."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class CustodyRule(Base):
    """The custody limit in force from a date (enforcement decree, as amended)."""

    __tablename__ = "custody_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    effective_from: Mapped[date] = mapped_column(unique=True)
    limit_days: Mapped[int]
    max_extension_days: Mapped[int]
    max_extensions: Mapped[int]
    source: Mapped[str] = mapped_column(Text, default="")


class RewardCap(Base):
    """The reward cap of a category in force from a date; NULL cap means market value."""

    __tablename__ = "reward_caps"
    __table_args__ = (UniqueConstraint("category", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(32))
    effective_from: Mapped[date]
    cap_won: Mapped[int | None] = mapped_column(BigInteger)


class AuditEntry(Base):
    """Append-only, hash-chained: row_hash = HMAC(key, prev_hash + canonical content)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor_id: Mapped[int | None]
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), default="")
    case_id: Mapped[int | None] = mapped_column(index=True)
    details: Mapped[dict[str, object]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    row_hash: Mapped[str] = mapped_column(String(64))
    # Ed25519 by the actor's key (storage.signing); NULL before signing began (issue 15).
    signature: Mapped[str | None] = mapped_column(String(128))


class AuditHead(Base):
    """The chain's last row: locked by each writer (serialises appends), catches truncation."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
