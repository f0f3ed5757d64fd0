"""Migrations: upgrade to head on start, after keeping a copy of the existing database."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from resettle.bundle import bundled

from .backup import copy_whole


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(bundled("migrations")))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, backup_dir: Path | None = None,
            database_file: Path | None = None) -> Path | None:
    """Bring the schema to head; an existing SQLCipher file is copied first (still encrypted)."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    copy = None
    if current is not None and database_file is not None and backup_dir is not None:
        copy = backup_before_migration(engine, database_file, backup_dir, current)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return copy


def backup_before_migration(engine: Engine, database_file: Path, backup_dir: Path,
                            revision: str) -> Path:
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"before-migration-{revision}-{stamp}.db"
    copy_whole(database_file, target)
    return target
