"""Opening the database: the encrypted file in a data folder, or a PostgreSQL server."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring.backend
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from resettle.domain.errors import UnlockFailed

from . import migrate
from .engine import postgres_engine, sqlcipher_engine, writer
from .keys import KEYRING, SERVICE, KeyStore, credential_store, derive, new_key

DB_FILE, KEY_FILE, BACKUP_DIR = "resettle.db", "keystore.json", "backups"
SERVER = "server"

PassphraseProvider = Callable[[], str]


@dataclass
class Database:
    """An open database and the secret its sub-keys (audit chain, attachments) derive from."""

    engine: Engine
    secret: bytes
    key_mode: str  # keyring, passphrase or server
    path: Path | None = None

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def audit_key(self) -> bytes:
        return derive(self.secret, "audit chain")

    @property
    def files_key(self) -> bytes:
        return derive(self.secret, "attachments")

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def reader(self) -> Session:
        return self._read()

    def writer(self) -> Session:
        return self._write()

    def describe(self) -> str:
        """Where the data is, for a status bar: no password, no key."""
        if self.path is not None:
            return str(self.path)
        return make_url(self.engine.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def database_file(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def init_file_database(data_dir: Path, *, passphrase: str | None,
                       backend: keyring.backend.KeyringBackend | None) -> tuple[Database, str]:
    """Create the encrypted database and its key; returns it and the recovery key (shown once)."""
    path = database_file(data_dir)
    if path.exists() or (data_dir / KEY_FILE).exists():
        raise UnlockFailed("database_exists", path=data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    key = new_key()
    store, recovery = KeyStore.create(data_dir / KEY_FILE, key, passphrase=passphrase,
                                      backend=backend)
    engine = sqlcipher_engine(path, key, create=True)
    migrate.upgrade(engine)
    return Database(engine, key, store.mode, path), recovery


def open_file_database(data_dir: Path, *, passphrase: PassphraseProvider | None = None,
                       backend: keyring.backend.KeyringBackend | None = None,
                       upgrade: bool = True) -> Database:
    path = database_file(data_dir)
    if not path.exists():
        raise UnlockFailed("no_database", path=data_dir)
    store = KeyStore.load(data_dir / KEY_FILE)
    if store.mode == KEYRING:
        backend = backend or credential_store()
        keys = store.unlock(backend=backend)
    else:
        if passphrase is None:
            raise UnlockFailed("passphrase_needed")
        keys = store.unlock(passphrase())
    key, engine = open_with_any(path, keys)
    store.settle_rotation(keys, key, backend)  # a crash mid-rotation: keep the working key
    if upgrade:
        migrate.upgrade(engine, data_dir / BACKUP_DIR, path)
    return Database(engine, key, store.mode, path)


def open_with_any(path: Path, keys: list[bytes]) -> tuple[bytes, Engine]:
    """Open with the first key that works (the previous one only after a crash mid-rotation)."""
    failure: UnlockFailed | None = None
    for key in keys:
        engine = sqlcipher_engine(path, key)
        try:
            engine.connect().close()
            return key, engine
        except UnlockFailed as exc:
            engine.dispose()
            failure = exc
    assert failure is not None
    raise failure


def open_server_database(url: str, password: str | None, *, upgrade: bool = True) -> Database:
    """PostgreSQL: the sub-keys derive from the server password every workstation shares."""
    password = password or make_url(url).password
    if password is None:
        store = credential_store()
        password = store.get_password(SERVICE, server_account(url)) if store else None
    if password is None:
        raise UnlockFailed("no_server_password")
    engine = postgres_engine(url, password)
    try:
        if upgrade:
            migrate.upgrade(engine)
        else:
            engine.connect().close()
    except OperationalError as exc:
        engine.dispose()
        raise UnlockFailed("server_refused") from exc
    secret = hashlib.sha256(b"resettle server secret v1" + password.encode()).digest()
    return Database(engine, secret, SERVER)


def server_account(url: str) -> str:
    u = make_url(url)
    return f"postgresql:{u.username}@{u.host}:{u.port or 5432}/{u.database}"
