"""Each account's key pairs: public halves in clear, private halves wrapped by the password."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class UserKey(Base):
    """Ed25519 (signs the user's audit rows) and X25519 (opens the database key sealed to
    them); the private keys wrapped under Argon2id(password, salt) (storage.key_slots)."""

    __tablename__ = "user_keys"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    salt: Mapped[str] = mapped_column(String(32))
    kdf: Mapped[dict[str, int]] = mapped_column(JSON)
    wrapped: Mapped[str] = mapped_column(Text)
    sign_public: Mapped[str] = mapped_column(String(64))
    seal_public: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
