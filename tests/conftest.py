"""Shared fixtures. Server fixtures (PostgreSQL, Secret Service) live in tests/servers.py."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

pytest_plugins = ["servers"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="session")
def sqlcipher_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """One migrated encrypted file per session; each test gets a copy (migrating is slow)."""
    from resettle.storage import migrate
    from resettle.storage.engine import sqlcipher_engine
    from resettle.storage.keys import new_key

    key, path = new_key(), tmp_path_factory.mktemp("template") / "resettle.db"
    engine = sqlcipher_engine(path, key, create=True)
    migrate.upgrade(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path, key


@pytest.fixture(scope="session")
def pg_template(pg_server: object) -> str:
    """A migrated PostgreSQL database that each test's database is created from."""
    from resettle.storage import migrate
    from resettle.storage.database import open_server_database

    name = "resettle_template"
    db = open_server_database(pg_server.create_database(name), None,  # type: ignore[attr-defined]
                              upgrade=False)
    migrate.upgrade(db.engine)
    db.close()
    return name


@pytest.fixture(params=["sqlcipher", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """A migrated, empty database: an encrypted file, or a fresh PostgreSQL database."""
    import shutil
    import uuid

    from resettle.storage.database import Database, open_server_database
    from resettle.storage.engine import sqlcipher_engine

    if request.param == "sqlcipher":
        template, key = request.getfixturevalue("sqlcipher_template")
        path = tmp_path / "resettle.db"
        shutil.copyfile(template, path)
        db = Database(sqlcipher_engine(path, key), key, "keyring", path)
        yield db
        db.close()
        return
    server = request.getfixturevalue("pg_server")
    name = f"t_{uuid.uuid4().hex[:16]}"
    db = open_server_database(server.create_database(name, request.getfixturevalue(
        "pg_template")), None, upgrade=False)
    yield db
    db.close()
    server.drop_database(name)


@pytest.fixture
def services(database: object, clock: Clock) -> Iterator[object]:
    from resettle.services.api import Services

    s = Services(database, clock)  # type: ignore[arg-type]
    yield s
    # Write the reads still pending (a view's batch waits for an idle moment) while the
    # database is open: left pending, the exit hook would try a database already dropped.
    reads = s.cases.reads
    reads.close()
    with contextlib.suppress(Exception):  # the test may have closed the database itself
        reads.flush()


ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "a-long-password-1"


@pytest.fixture
def admin(services: object) -> object:
    return services.accounts.login(  # type: ignore[attr-defined]
        services.accounts.create_first_admin("admin", ADMIN_PASSWORD).username,  # type: ignore[attr-defined]
        ADMIN_PASSWORD)


@pytest.fixture
def actors(services: object, admin: object) -> dict[str, object]:
    """One logged-in actor per role."""
    out = {"admin": admin}
    for role in ("caseworker", "supervisor", "lawyer"):
        services.accounts.add_user(admin, role, role, PASSWORD)  # type: ignore[attr-defined]
        out[role] = services.accounts.login(role, PASSWORD)  # type: ignore[attr-defined]
    return out
