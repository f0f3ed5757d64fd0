"""Encryption at rest: keyed before anything else, refuses what is not ours, leaves it untouched."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from resettle.domain.errors import UnlockFailed
from resettle.services.installation import (
    Location,
    initialise,
    log_in,
    recover,
    reset_after_recovery,
)
from resettle.storage import keys
from resettle.storage.database import KEY_FILE, database_file
from resettle.storage.engine import SQLITE_HEADER, sqlcipher_engine
from resettle.storage.keys import new_key

PASSPHRASE = "a passphrase long enough"
PASSWORD = "admin-password-1"


def open_file_database(data: Path, *, passphrase: object, password: str = PASSWORD) -> object:
    """The database as a log-in opens it (issue 15: never without a password)."""
    services, _ = log_in(Location(data), "admin", password, passphrase)  # type: ignore[arg-type]
    return services.db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def installed(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    services, recovery = initialise(Location(data), "admin", PASSWORD, passphrase=PASSPHRASE)
    services.close()
    return data, recovery


def test_database_file_is_encrypted_and_unreadable_as_sqlite(installed: tuple[Path, str]) -> None:
    data, _ = installed
    path = database_file(data)
    assert path.read_bytes()[:16] != SQLITE_HEADER
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("select count(*) from sqlite_master").fetchall()


def test_key_store_holds_no_plain_key_and_strong_kdf(installed: tuple[Path, str]) -> None:
    data, _ = installed
    store = json.loads((data / KEY_FILE).read_text())
    assert store["mode"] == "passphrase"
    assert store["passphrase"]["kdf"] == "argon2id"
    assert store["passphrase"]["memory_kib"] >= 64 * 1024
    db = open_file_database(data, passphrase=lambda: PASSPHRASE)
    assert db.secret.hex() not in (data / KEY_FILE).read_text()
    db.close()


def test_wrong_passphrase_is_refused_and_file_untouched(installed: tuple[Path, str]) -> None:
    data, _ = installed
    before = digest(database_file(data))
    with pytest.raises(UnlockFailed, match="passphrase_wrong"):
        open_file_database(data, passphrase=lambda: "not the passphrase at all")
    assert digest(database_file(data)) == before


def test_wrong_key_gives_one_sentence_and_leaves_file(installed: tuple[Path, str]) -> None:
    data, _ = installed
    path = database_file(data)
    before = digest(path)
    engine = sqlcipher_engine(path, new_key())
    with pytest.raises(UnlockFailed, match="wrong_key_or_not_database"):
        engine.connect()
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists() or Path(str(path) + "-wal").stat().st_size == 0


@pytest.mark.parametrize("content,message", [
    (b"", "database_empty"),
    (os.urandom(4096 * 3), "wrong_key_or_not_database"),
    (b"hello, I am a text file\n" * 100, "wrong_key_or_not_database"),
])
def test_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes,
                                             message: str) -> None:
    path = tmp_path / "resettle.db"
    path.write_bytes(content)
    with pytest.raises(UnlockFailed, match=message):
        sqlcipher_engine(path, new_key()).connect()
    assert path.read_bytes() == content


def test_plaintext_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "resettle.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t(x)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(UnlockFailed, match="database_plaintext"):
        sqlcipher_engine(path, new_key())
    assert digest(path) == before


def test_never_creates_a_database_when_opening(tmp_path: Path) -> None:
    with pytest.raises(UnlockFailed, match="no_database"):
        open_file_database(tmp_path / "nothing", passphrase=lambda: PASSPHRASE)
    assert not (tmp_path / "nothing").exists()


def test_recovery_key_reopens_and_rewraps(installed: tuple[Path, str]) -> None:
    data, recovery = installed
    store = keys.KeyStore.load(data / KEY_FILE)
    services = recover(Location(data), recovery, new_passphrase="a brand new passphrase")
    with pytest.raises(Exception):  # noqa: B017,PT011 - every slot died with the old secret
        log_in(Location(data), "admin", PASSWORD, lambda: "a brand new passphrase")
    reset_after_recovery(services, "admin", "admin-password-2")
    services.close()
    db = open_file_database(data, passphrase=lambda: "a brand new passphrase",
                            password="admin-password-2")
    with db.reader() as s:
        assert s.execute(text("select count(*) from custody_rules")).scalar() == 2
    db.close()
    with pytest.raises(UnlockFailed):
        open_file_database(data, passphrase=lambda: PASSPHRASE, password="admin-password-2")
    with pytest.raises(UnlockFailed, match="recovery_key_wrong"):
        store.recover("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")


def test_every_connection_is_keyed_first(installed: tuple[Path, str]) -> None:
    data, _ = installed
    db = open_file_database(data, passphrase=lambda: PASSPHRASE)
    with db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA cipher_version").scalar()
    db.close()


def test_fail_and_null_backends_are_no_credential_store(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail, null

    monkeypatch.delenv("RESETTLE_KEY_MODE", raising=False)
    for backend in (fail.Keyring(), null.Keyring()):
        monkeypatch.setattr(keyring, "get_keyring", lambda b=backend: b)
        assert keys.credential_store() is None


def test_plaintext_backend_is_no_credential_store(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            pass

        def delete_password(self, service: str, username: str) -> None:
            pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    monkeypatch.setattr(keyring, "get_keyring", PlaintextKeyring)
    assert keys.credential_store() is None
