"""Shared fixtures. Server fixtures (PostgreSQL, Secret Service) live in tests/servers.py."""

from __future__ import annotations

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


@pytest.fixture(params=["sqlcipher", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[object]:
    """A migrated, empty database: an encrypted file, or a fresh PostgreSQL database."""
    from resettle.storage import migrate
    from resettle.storage.database import Database
    from resettle.storage.engine import sqlcipher_engine
    from resettle.storage.keys import new_key

    if request.param == "sqlcipher":
        key, path = new_key(), tmp_path / "resettle.db"
        db = Database(sqlcipher_engine(path, key, create=True), key, "keyring", path)
    else:
        from resettle.storage.database import open_server_database

        url = request.getfixturevalue("pg_url")
        db = open_server_database(url, None)
    migrate.upgrade(db.engine)
    yield db
    db.close()


@pytest.fixture
def services(database: object, clock: Clock) -> Iterator[object]:
    from resettle.services.api import Services

    s = Services(database, clock)  # type: ignore[arg-type]
    yield s


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
