"""Engine creation: SQLCipher (key first, then foreign keys, WAL, full sync) or PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import QueuePool

from resettle.domain.errors import StorageFailed, UnlockFailed

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
# A larger page cache keeps SQLCipher scans near plain-SQLite speed (pages stay decrypted).
CACHE_KIB = 64 * 1024


# What SQLite/SQLCipher and PostgreSQL say, and the sentence for it (lower-case match).
_STORAGE_PROBLEMS = (
    ("full", "disk_full", "the disk is full"),
    ("no space left", "disk_full", "the disk is full"),
    ("readonly", "read_only", "the database folder or file is read-only"),
    ("read-only", "read_only", "the database folder or file is read-only"),
    ("disk i/o error", "io_error", "the disk reported an input/output error"),
    ("unable to open", "cannot_open", "the database file cannot be opened for writing"),
    ("locked", "busy", "the database is busy in another program; try again"),
    # the database server went away mid-call (PostgreSQL mode): nothing of the call was saved
    ("terminating connection", "server_lost", "the connection to the database server was lost"),
    ("server closed the connection", "server_lost",
     "the connection to the database server was lost"),
    ("ssl connection has been closed", "server_lost",
     "the connection to the database server was lost"),
    ("connection refused", "server_lost", "the connection to the database server was lost"),
    ("the database system is", "server_lost", "the database server is starting or stopping"),
)


def storage_failure(exc: BaseException) -> StorageFailed | None:
    """The typed error for a driver's operational error, or None if it is not one we know."""
    text = str(getattr(exc, "orig", exc)).lower()
    for needle, reason, sentence in _STORAGE_PROBLEMS:
        if needle in text:
            return StorageFailed("storage_failed", reason=reason, detail=sentence)
    return None


def check_database_file(path: Path, *, create: bool) -> None:
    """Refuse what must never be opened as our database, before anything touches the file."""
    if not path.exists():
        if create:
            return
        raise UnlockFailed("no_database", path=path)
    if path.is_dir():
        raise UnlockFailed("database_is_folder", path=path)
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    if not head:
        raise UnlockFailed("database_empty", path=path)
    if head == SQLITE_HEADER:
        raise UnlockFailed("database_plaintext", path=path)


def connect_raw(path: Path, key: bytes, readonly: bool) -> sqlcipher.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    conn = sqlcipher.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                             timeout=30)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # always the first statement
    conn.execute("PRAGMA cipher_log_level = NONE")  # errors reach the caller, not stderr
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.OperationalError as exc:  # not the key: the file cannot be reached
        conn.close()
        if not readonly and not (os.access(path.parent, os.W_OK) and os.access(path, os.W_OK)):
            raise StorageFailed("storage_failed", reason="read_only",
                                path=path.parent) from exc
        raise storage_failure(exc) or StorageFailed(
            "storage_failed", reason="cannot_open", path=path, detail=str(exc)) from exc
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise UnlockFailed("wrong_key_or_not_database", path=path) from exc
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # an acknowledged commit survives power loss
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")  # no temp files with decrypted pages
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


def sqlcipher_engine(path: Path, key: bytes, *, create: bool = False,
                     readonly: bool = False) -> Engine:
    """An engine over an encrypted file. Writers must use `writer(engine)` (BEGIN IMMEDIATE)."""
    if len(key) != KEY_BYTES:
        raise UnlockFailed("key_not_256_bits")
    check_database_file(path, create=create)
    if create and not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        connect_raw(path, key, readonly=False).close()  # create it keyed, never in plaintext
        os.chmod(path, 0o600)
    # The URL names no file (the creator opens it), so SQLAlchemy would pick the in-memory
    # SingletonThreadPool and share one connection per thread: ask for a real pool.
    engine = create_engine(
        "sqlite+pysqlite://", creator=lambda: connect_raw(path, key, readonly),
        module=sqlcipher, poolclass=QueuePool, pool_size=4, max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def writer(engine: Engine) -> Engine:
    """The same engine, taking SQLite's write lock at BEGIN so writers never deadlock."""
    if engine.dialect.name == "sqlite":
        return engine.execution_options(sqlite_begin="IMMEDIATE")
    return engine


def postgres_engine(url: str | URL, password: str | None) -> Engine:
    parsed = make_url(url)
    if password is not None:
        parsed = parsed.set(password=password)
    return create_engine(parsed, pool_pre_ping=True, pool_size=2, max_overflow=2)


def is_postgres(url: str | None) -> bool:
    return bool(url) and make_url(url or "").get_backend_name() == "postgresql"
