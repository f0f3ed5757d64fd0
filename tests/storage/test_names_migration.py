"""Revision 0004 on a real database made and filled at 0003: every name (current and former)
gets its folded, given-name and given-initials keys, indexed; and back down again."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from resettle.domain.names import name_keys
from resettle.storage import migrate
from resettle.storage.engine import sqlcipher_engine
from resettle.storage.keys import new_key

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
PEOPLE = [("리", "금숙", "Ri", "Gum-suk"), ("로", "영호", "", ""), ("남궁", "련희", "Namgung",
                                                                     "Ryon-hui")]
FORMER = ("량", "녀옥", "Ryang", "Nyo-ok")  # the first person's former name
NEW_KEYS = ("key_folded", "key_given", "key_given_initials", "key_latin_rev")


@pytest.fixture(params=["sqlcipher", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    if request.param == "sqlcipher":
        made = sqlcipher_engine(tmp_path / "resettle.db", new_key(), create=True)
        yield made
        made.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = f"n_{uuid.uuid4().hex[:16]}"
    made = sa.create_engine(server.create_database(name))
    yield made
    made.dispose()
    server.drop_database(name)


def _fill_at_0003(conn: sa.Connection) -> None:
    """Names as the previous program wrote them: the four old keys only."""
    meta = sa.MetaData()
    meta.reflect(conn, only=("persons", "person_names"))
    persons, names = meta.tables["persons"], meta.tables["person_names"]
    for n, name in enumerate(PEOPLE, 1):
        keys = name_keys(*name)
        conn.execute(persons.insert().values(
            id=n, sex="F", origin_province="", origin_city="", occupation="",
            family_name=name[0], given_name=name[1], family_name_latin=name[2],
            given_name_latin=name[3], key_hangul=keys.hangul, key_initials=keys.initials,
            key_latin=keys.latin_folded, key_latin_rev=keys.latin_rev, version=1,
            recorded_at=NOW))
    keys = name_keys(*FORMER)
    conn.execute(names.insert().values(
        id=1, person_id=1, kind="former", family_name=FORMER[0], given_name=FORMER[1],
        family_name_latin=FORMER[2], given_name_latin=FORMER[3], key_hangul=keys.hangul,
        key_initials=keys.initials, key_latin=keys.latin_folded, key_latin_rev="",
        valid_until=date(2025, 5, 1), recorded_at=NOW))


def _keys(conn: sa.Connection, table: str) -> list[tuple[str, ...]]:
    return [tuple(r) for r in conn.execute(sa.text(
        f"SELECT {', '.join(NEW_KEYS)} FROM {table} ORDER BY id"))]


def _expected(name: tuple[str, str, str, str]) -> tuple[str, ...]:
    keys = name_keys(*name)
    return keys.folded, keys.given, keys.given_initials, keys.latin_rev


def test_0004_backfills_the_name_keys(engine: sa.Engine) -> None:
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        _fill_at_0003(conn)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
    with engine.connect() as conn:
        assert _keys(conn, "persons") == [_expected(p) for p in PEOPLE]
        assert _keys(conn, "persons")[0][:3] == ("이금숙", "금숙", "ㄱㅅ")
        assert _keys(conn, "persons")[2][:3] == ("남궁연희", "연희", "ㄹㅎ")
        assert _keys(conn, "person_names") == [_expected(FORMER)]
        assert _keys(conn, "person_names")[0][:2] == ("양여옥", "여옥")
        assert conn.execute(sa.text("SELECT reason FROM person_names")).scalar() == ""
        indexes = {table: {i["name"] for i in sa.inspect(conn).get_indexes(table)}
                   for table in ("persons", "person_names")}
    for table, found in indexes.items():
        assert {f"ix_{table}_{k}" for k in NEW_KEYS} <= found
    with engine.begin() as conn:  # and back: the columns go, the names stay
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        columns = {c["name"] for c in sa.inspect(conn).get_columns("persons")}
        assert "key_folded" not in columns and "key_hangul" in columns
        assert conn.execute(sa.text("SELECT count(*) FROM persons")).scalar() == 3
