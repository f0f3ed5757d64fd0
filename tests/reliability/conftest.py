"""Reliability suite: the figures table printed at the end of every run, the long mode, and
fixtures (an encrypted database with a known key; an initialised CLI installation)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from reliability_kit import ADMIN_PASSWORD, PASSWORD, Cli, FileDb

_FIGURES: list[tuple[str, str]] = []

def pytest_addoption(parser: pytest.Parser) -> None:
    # Registered only when this folder is on the command line (pytest reads sub-folder
    # conftests' options only then); RESETTLE_RELIABILITY_LONG=1 works from anywhere.
    with contextlib.suppress(ValueError):
        parser.addoption("--reliability-long", action="store_true", default=False,
                         help="reliability suite: many more kills and examples")


def long_mode(config: pytest.Config) -> bool:
    if os.environ.get("RESETTLE_RELIABILITY_LONG", "") == "1":
        return True
    try:
        return bool(config.getoption("--reliability-long"))
    except ValueError:
        return False


@pytest.fixture
def long(request: pytest.FixtureRequest) -> bool:
    return long_mode(request.config)


@pytest.fixture
def figure(request: pytest.FixtureRequest) -> Callable[[str], None]:
    """Record this test's figure: printed now (-s) and in the summary table at the end."""
    def _record(text: str) -> None:
        print(text)
        _FIGURES.append((request.node.nodeid.split("::", 1)[-1], text))
    return _record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    terminalreporter.section("reliability figures")
    width = max(len(name) for name, _ in _FIGURES)
    for name, text in _FIGURES:
        terminalreporter.write_line(f"{name.ljust(width)}  {text}")


@pytest.fixture
def file_db(tmp_path: Path) -> FileDb:
    """A migrated encrypted database with a known key (no key store), and its first admin."""
    from resettle.services.api import Services
    from resettle.storage import migrate
    from resettle.storage.database import Database
    from resettle.storage.engine import sqlcipher_engine
    from resettle.storage.keys import new_key

    key, path = new_key(), tmp_path / "data" / "resettle.db"
    db = Database(sqlcipher_engine(path, key, create=True), key, "keyring", path)
    migrate.upgrade(db.engine)
    Services(db).accounts.create_first_admin("admin", ADMIN_PASSWORD)
    db.close()
    return FileDb(path, key)


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    """An initialised installation (passphrase mode) with one user per role."""
    c = Cli(tmp_path / "data")
    assert c.run("init", "--admin", "admin").returncode == 0
    for role in ("caseworker", "supervisor", "lawyer"):
        r = c.run("user", "add", role, "--role", role, "--password-stdin", stdin=PASSWORD + "\n")
        assert r.returncode == 0, r.stderr
    yield c


