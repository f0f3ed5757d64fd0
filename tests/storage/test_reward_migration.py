"""Revision 0006 on a real database made and filled at 0005: reward claims gain who assessed
and who paid (NULL for the rows already there) and the duplicate reason; follow-up contacts
by telephone become `call`; and back down again."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command

from resettle.storage import migrate
from resettle.storage.engine import sqlcipher_engine
from resettle.storage.keys import new_key

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlcipher", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    if request.param == "sqlcipher":
        made = sqlcipher_engine(tmp_path / "resettle.db", new_key(), create=True)
        yield made
        made.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = f"r_{uuid.uuid4().hex[:16]}"
    made = sa.create_engine(server.create_database(name))
    yield made
    made.dispose()
    server.drop_database(name)


def _dummy(column: sa.Column[Any], n: int) -> Any:
    """A value of the column's type for a NOT NULL column the row does not set."""
    kind = column.type.python_type if not isinstance(column.type, sa.types.TypeDecorator) \
        else datetime
    return {int: n, bool: False, date: date(2025, 1, 6), datetime: NOW}.get(kind, f"x{n}")


def _insert(conn: sa.Connection, table: sa.Table, **values: Any) -> None:
    for column in table.columns:
        if column.name not in values and not column.nullable and column.server_default is None:
            values[column.name] = _dummy(column, int(values.get("id", 1)))
    conn.execute(table.insert().values(**values))


def test_0006_adds_reward_people_and_renames_phone_calls(engine: sa.Engine) -> None:
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        meta = sa.MetaData()
        meta.reflect(conn, only=("users", "persons", "cases", "reward_claims",
                                 "follow_up_contacts"))
        t = meta.tables
        _insert(conn, t["users"], id=1, username="kang", role="supervisor")
        _insert(conn, t["persons"], id=1, sex="F")
        _insert(conn, t["cases"], id=1, person_id=1, case_no="R-2025-00001", stage="released",
                arrival_date=date(2025, 1, 6), stage_date=date(2025, 5, 2), caseworker_id=None)
        _insert(conn, t["reward_claims"], id=1, case_id=1, category="tank", amount_won=5,
                claim_date=date(2025, 2, 1), status="paid", assessed_amount_won=4,
                decided_by_id=1, recorded_by_id=1)
        for n, kind in enumerate(("visit", "phone", "office"), 1):
            _insert(conn, t["follow_up_contacts"], id=n, case_id=1, kind=kind,
                    contact_date=date(2025, 5, 9), wellbeing=None)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.connect() as conn:
        row = conn.execute(sa.text("SELECT assessed_by_id, paid_by_id, duplicate_reason, "
                                   "amount_won FROM reward_claims")).one()
        assert tuple(row) == (None, None, "", 5)
        kinds = conn.execute(sa.text("SELECT kind FROM follow_up_contacts ORDER BY id"))
        assert [k for (k,) in kinds] == ["visit", "call", "office"]
        fks = {tuple(fk["constrained_columns"])
               for fk in sa.inspect(conn).get_foreign_keys("reward_claims")}
    assert {("assessed_by_id",), ("paid_by_id",), ("decided_by_id",)} <= fks
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        columns = {c["name"] for c in sa.inspect(conn).get_columns("reward_claims")}
        assert "paid_by_id" not in columns and "duplicate_reason" not in columns
        kinds = conn.execute(sa.text("SELECT kind FROM follow_up_contacts ORDER BY id"))
        assert [k for (k,) in kinds] == ["visit", "phone", "office"]
        assert conn.execute(sa.text("SELECT count(*) FROM reward_claims")).scalar() == 1
