"""Which records `resettle demo` created, so demo data is never taken for real data."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class DemoRecord(Base):
    """One record made by the demo load: `kind` is "case", "group" or "user"; `record_id`
    its id. A case's person and everything recorded on the case belong to it."""

    __tablename__ = "demo_records"

    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    record_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
