"""People: the person, their former names and aliases, relatives, and arrival groups."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, ForeignKey, Index, LargeBinary, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from .base import Base, Recorded, Versioned

NAME_KEYS = ("key_hangul", "key_initials", "key_latin", "key_latin_rev", "key_folded",
             "key_given", "key_given_initials")  # see domain.names.NameKeys.columns


class NameKeysMixin:
    """Hangul, initial-consonant and folded-Latin search keys, indexed, kept beside each name.
    Searches are prefix ranges on these columns, so every one is served by its index."""

    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    family_name_latin: Mapped[str] = mapped_column(String(100), default="")
    given_name_latin: Mapped[str] = mapped_column(String(100), default="")
    key_hangul: Mapped[str] = mapped_column(String(200), default="")
    key_initials: Mapped[str] = mapped_column(String(200), default="")
    key_latin: Mapped[str] = mapped_column(String(200), default="")
    key_latin_rev: Mapped[str] = mapped_column(String(200), default="")  # given first
    key_folded: Mapped[str] = mapped_column(String(200), default="")  # 리 -> 이 (migration 0004)
    key_given: Mapped[str] = mapped_column(String(200), default="")  # given name alone, folded
    key_given_initials: Mapped[str] = mapped_column(String(200), default="")

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index, ...]:  # noqa: N805
        """One index per key; on PostgreSQL with text_pattern_ops, so LIKE 'p%' uses it
        (migration 0002)."""
        return tuple(Index(f"ix_{cls.__tablename__}_{k}", k,  # type: ignore[attr-defined]
                           postgresql_ops={k: "text_pattern_ops"}) for k in NAME_KEYS)


class Person(NameKeysMixin, Versioned, Recorded, Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    birth_date: Mapped[str | None] = mapped_column(String(10))  # YYYY, YYYY-MM or YYYY-MM-DD
    birth_precision: Mapped[str | None] = mapped_column(String(5))  # year, month, day
    birth_year: Mapped[int | None] = mapped_column(SmallInteger, index=True)
    sex: Mapped[str] = mapped_column(String(1))  # F, M, X
    origin_province: Mapped[str] = mapped_column(String(100), default="")
    origin_city: Mapped[str] = mapped_column(String(100), default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)

    names: Mapped[list[PersonName]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonName.id"
    )
    relatives: Mapped[list[Relative]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Relative.id"
    )


class PersonName(NameKeysMixin, Recorded, Base):
    """A former name (e.g. before a new legal name), an alias, or an earlier romanisation."""

    __tablename__ = "person_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # former, alias
    valid_until: Mapped[date | None]  # a former name: the date the new name took effect
    reason: Mapped[str] = mapped_column(Text, default="")  # why the name changed (0004)

    person: Mapped[Person] = relationship(back_populates="names")


class Relative(Versioned, Recorded, Base):
    __tablename__ = "relatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(32))  # mother, father, spouse, child, sibling...
    family_name: Mapped[str] = mapped_column(String(100))
    given_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[str | None] = mapped_column(String(10))
    location: Mapped[str] = mapped_column(String(16))  # north, south, china, third_country
    at_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="relatives")


class Group(Versioned, Recorded, Base):
    """People who arrived together (a family, a restaurant's workers); each still has a case."""

    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="group")  # family, group
    arrival_date: Mapped[date | None]
    notes: Mapped[str] = mapped_column(Text, default="")
