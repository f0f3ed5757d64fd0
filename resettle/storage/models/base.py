"""Declarative base, naming convention and the mixins every editable record shares."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, ForeignKey, Integer, MetaData, TypeDecorator, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timestamps are stored and returned in UTC, timezone-aware, on SQLite and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stamp: datetime = value
        return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime}


class Versioned:
    """A `version` column: SQLAlchemy bumps it on every UPDATE and refuses a stale one."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Recorded:
    """When a row was recorded (UTC) and by whom; effective dates live beside it."""

    recorded_at: Mapped[datetime] = mapped_column(default=utcnow, nullable=False)

    @declared_attr
    def recorded_by_id(cls) -> Mapped[int | None]:  # noqa: N805
        return mapped_column(ForeignKey("users.id"), nullable=True)


@event.listens_for(Session, "before_flush")
def _stamp_new_records(session: Session, _context: object, _instances: object) -> None:
    """New records take the unit of work's clock and actor (session.info, set by the
    services), so an entry made in a test or after the fact is dated by the same clock."""
    now, actor_id = session.info.get("now"), session.info.get("actor_id")
    for obj in session.new:
        if isinstance(obj, Recorded):
            if obj.recorded_at is None and now is not None:
                obj.recorded_at = now
            if obj.recorded_by_id is None and actor_id is not None:
                obj.recorded_by_id = actor_id
