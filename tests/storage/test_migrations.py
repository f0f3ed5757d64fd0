"""Migrations and models agree, on SQLCipher and on a real PostgreSQL server; upgrade backs up."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from resettle.storage import migrate
from resettle.storage.database import Database
from resettle.storage.engine import sqlcipher_engine
from resettle.storage.keys import new_key
from resettle.storage.models import Base


def test_autogenerate_finds_no_difference(database: Database) -> None:
    with database.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    assert migrate.current_revision(database.engine) == migrate.head_revision()


def test_every_model_table_exists(database: Database) -> None:
    from sqlalchemy import inspect

    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_upgrade_keeps_a_copy_of_an_existing_database_first(tmp_path: Path) -> None:
    from alembic import command

    path, key = tmp_path / "resettle.db", new_key()
    engine = sqlcipher_engine(path, key, create=True)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:  # a database an older program made
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    copy = migrate.upgrade(engine, tmp_path / "backups", path)
    assert migrate.current_revision(engine) == migrate.head_revision() != "0001"
    assert copy is not None and copy.parent == tmp_path / "backups"
    assert copy.name.startswith("before-migration-0001-")
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"  # still encrypted
    check = sqlcipher_engine(copy, key)
    assert migrate.current_revision(check) == "0001"  # a usable copy of the old state
    check.dispose()
    engine.dispose()


def test_fresh_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "resettle.db"
    engine = sqlcipher_engine(path, new_key(), create=True)
    assert migrate.upgrade(engine, tmp_path / "backups", path) is None
    assert not (tmp_path / "backups").exists()
    engine.dispose()
