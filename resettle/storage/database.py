"""Opening the database: the encrypted file in a data folder, or a PostgreSQL server."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import keyring.backend
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from resettle.domain.errors import AuthenticationFailed, UnlockFailed

from . import migrate, slots
from .engine import postgres_engine, sqlcipher_engine, writer
from .key_slots import UserKeys, slot_address
from .keys import KEYRING, PASSPHRASE, SERVICE, KeyStore, credential_store, derive, new_key
from .server import audit_sql as server_audit
from .server import install as server_install

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
    # The key store and this computer's secret (file mode): what the accounts' slots need.
    store: KeyStore | None = field(default=None, repr=False)
    store_secret: bytes | None = field(default=None, repr=False)
    roles: bool = False  # server mode after `server init`: accounts are login roles
    as_account: bool = False  # connected as an account's own login role, not the owner
    _files_key: bytes | None = field(default=None, repr=False)  # server mode, fetched once

    def __post_init__(self) -> None:
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(writer(self.engine), expire_on_commit=False)

    @property
    def audit_key(self) -> bytes:
        """Empty in server mode: the chain key stays on the server (storage.server)."""
        return b"" if self.roles else derive(self.secret, "audit chain")

    @property
    def files_key(self) -> bytes:
        if not self.roles:
            return derive(self.secret, "attachments")
        if self._files_key is None:
            with self.engine.connect() as conn:
                self._files_key = server_audit.files_key(conn)
        return self._files_key

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
        """SQLite: refresh the planner's statistics where they are stale or missing (SQLite's
        advice: PRAGMA optimize on close; bounded by analysis_limit). Without them the held
        filter of the custody review read all 100,000 cases in case-number order (56 ms)
        instead of its index (1 ms)."""
        if self.dialect == "sqlite":
            with contextlib.suppress(Exception), self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
                conn.exec_driver_sql("PRAGMA optimize = 0x10002")
                conn.commit()
        self.engine.dispose()


def database_file(data_dir: Path) -> Path:
    return data_dir / DB_FILE


def init_file_database(data_dir: Path, *, passphrase: str | None,
                       backend: keyring.backend.KeyringBackend | None,
                       install_key: bytes = b"") -> tuple[Database, str]:
    """Create the encrypted database and its key; returns it and the recovery key (shown once).
    No account has a slot yet: the first administrator's is made with their password."""
    path = database_file(data_dir)
    if path.exists() or (data_dir / KEY_FILE).exists():
        raise UnlockFailed("database_exists", path=data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    data_dir.chmod(0o700)
    key = new_key()
    store, secret, recovery = KeyStore.create(data_dir / KEY_FILE, key, passphrase=passphrase,
                                              backend=backend, install_key=install_key)
    engine = sqlcipher_engine(path, key, create=True)
    migrate.upgrade(engine)
    return Database(engine, key, store.mode, path, store, secret), recovery


@dataclass(frozen=True)
class SlotLogin:
    """What a key slot released: the user's private keys (they prove the password)."""

    keys: UserKeys


def open_with_password(data_dir: Path, username: str, password: str, *,
                       passphrase: PassphraseProvider | None = None,
                       backend: keyring.backend.KeyringBackend | None = None,
                       upgrade: bool = True,
                       secret: bytes | None = None) -> tuple[Database, SlotLogin | None]:
    """The database, opened by a log-in: the computer's secret AND the user's password open
    the user's slot, whose private key opens the database key sealed to it. One password
    KDF. During the upgrade from format 1 an account without a slot opens with the old key
    and gets None: the caller proves the password in the database and makes the slot."""
    path = database_file(data_dir)
    if not path.exists():
        raise UnlockFailed("no_database", path=data_dir)
    store = KeyStore.load(data_dir / KEY_FILE)
    backend = backend or (credential_store() if store.mode == KEYRING else None)
    store.backend = backend
    phrase = passphrase() if store.mode == PASSPHRASE and passphrase is not None else None
    if store.legacy:
        secret = store.begin_upgrade(phrase, backend)
    elif secret is None:  # else derived ahead (the GUI, while the user types)
        secret = store.store_secret(phrase, backend)
    address = slot_address(secret, username)
    slot = store.slots.get(address)
    if slot is None and store.legacy:
        keys = store.legacy_keys(phrase, backend)
        found = None
    else:
        user_keys = slots.open_slot(store, secret, address, slot, password)
        keys = slots.database_keys(store, address, user_keys)
        found = SlotLogin(user_keys)
    key, engine = open_with_any(path, keys)
    store.settle_rotation(keys, key)  # a crash mid-rotation: keep the working key
    if upgrade:
        migrate.upgrade(engine, data_dir / BACKUP_DIR, path)
    return Database(engine, key, store.mode, path, store, secret), found


def reopen(db: Database, key: bytes) -> Database:
    """The same file under `key` (after a re-key or a restore), keeping the store secret."""
    assert db.path is not None
    return Database(sqlcipher_engine(db.path, key), key, db.key_mode, db.path,
                    KeyStore.load(db.path.parent / KEY_FILE), db.store_secret)


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


def open_server_database(url: str, password: str | None, *, upgrade: bool = True,
                         user: str | None = None) -> Database:
    """PostgreSQL, always over TLS (sslmode from the URL, else verify-full). With `user` (an
    account of a database set up by `server init`), connect as that account's own role with
    its password: SCRAM is the password check, failures are counted on the server. Without
    it, as the URL's role: the owner (set-up), or a database from before server mode, whose
    sub-keys derive from the password every workstation shared."""
    parsed = with_tls(make_url(url))
    if user is not None:
        return _open_as_account(parsed, user, password or parsed.password or "")
    password = password or parsed.password
    if password is None:
        store = credential_store()
        password = store.get_password(SERVICE, server_account(url)) if store else None
    if password is None:
        raise UnlockFailed("no_server_password")
    engine = postgres_engine(parsed, password)
    try:
        with engine.connect() as conn:
            installed = server_install.is_installed(conn)
        if upgrade and not installed:
            migrate.upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise UnlockFailed("server_refused") from exc
    if installed:  # the keys live on the server; `server upgrade` migrates
        return Database(engine, b"", SERVER, roles=True)
    secret = hashlib.sha256(b"resettle server secret v1" + password.encode()).digest()
    return Database(engine, secret, SERVER)


def with_tls(url: URL) -> URL:
    """TLS required and the server's certificate checked, unless the URL says otherwise."""
    if "sslmode" in url.query:
        return url
    return url.update_query_dict({"sslmode": "verify-full"})


def _open_as_account(url: URL, user: str, password: str) -> Database:
    """Log in as the account's own role. Unknown, wrong, locked and disabled answer alike until
    PostgreSQL has accepted the password (a NOLOGIN role still checks it first): only then
    does the answer say locked or disabled, as in local mode."""
    from .server import LOGIN_ROLE_PASSWORD, counter_role_name, lockout, login_role_name

    counter = create_engine(url.set(username=counter_role_name(url.database or ""),
                                    password=LOGIN_ROLE_PASSWORD), poolclass=NullPool)
    try:
        with counter.begin() as conn:
            lockout.check(conn, user)  # an expired lockout gets its LOGIN back
        engine = postgres_engine(url.set(username=login_role_name(url.database or "", user)),
                                 password)
        try:
            engine.connect().close()
        except OperationalError as exc:
            engine.dispose()
            text = str(exc.orig).lower()
            if "not permitted to log in" in text:  # right password, NOLOGIN
                with counter.begin() as conn:
                    locked = lockout.check(conn, user) == "locked"
                raise AuthenticationFailed("account_locked", locked=True) if locked else \
                    AuthenticationFailed("account_disabled", disabled=True) from exc
            if "password authentication failed" not in text:
                raise UnlockFailed("server_refused") from exc
            with counter.begin() as conn:
                lockout.failed(conn, user)  # counted (and locked at the limit), not told
            raise AuthenticationFailed("authentication_failed") from exc
    except OperationalError as exc:
        raise UnlockFailed("server_refused") from exc
    finally:
        counter.dispose()
    return Database(engine, b"", SERVER, roles=True, as_account=True)


def server_account(url: str) -> str:
    u = make_url(url)
    return f"postgresql:{u.username}@{u.host}:{u.port or 5432}/{u.database}"
