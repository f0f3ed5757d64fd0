"""Migrations and models agree, on SQLCipher and on a real PostgreSQL server; upgrade backs up."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from alembic import command
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
    path, key = tmp_path / "resettle.db", new_key()
    engine = sqlcipher_engine(path, key, create=True)
    migrate.upgrade(engine)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:  # an older schema: back to the empty base
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        command.stamp(cfg, migrate.head_revision())
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'older'")
    copy = None
    try:
        copy = migrate.upgrade(engine, tmp_path / "backups", path)
    except Exception:  # noqa: BLE001 - 'older' is not a real revision; the copy must exist anyway
        pass
    copies = list((tmp_path / "backups").glob("before-migration-*.db"))
    assert copies and (copy is None or copy in copies)
    assert copies[0].read_bytes()[:16] != b"SQLite format 3\x00"  # still encrypted
    engine.dispose()


def test_fresh_database_is_not_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "resettle.db"
    engine = sqlcipher_engine(path, new_key(), create=True)
    assert migrate.upgrade(engine, tmp_path / "backups", path) is None
    assert not (tmp_path / "backups").exists()
    engine.dispose()
