"""Floors: the SQL a service call issues, captured and replayed on a raw sqlcipher3
connection keyed with the same key (no SQLAlchemy, no session, no audit write)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event


@contextmanager
def captured(engine: Any) -> Iterator[list[tuple[str, Any]]]:
    """Every SELECT the engine runs inside the block, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def grab(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any,
             executemany: bool) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and not executemany:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", grab)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", grab)


def raw_connection(services: Any) -> Any:
    """A raw DB-API connection: for SQLCipher a new sqlcipher3 connection keyed like the
    engine's (same pragmas and cache size); for PostgreSQL the driver's own connection."""
    if services.db.dialect != "sqlite":
        return services.db.engine.raw_connection().driver_connection
    from resettle.storage.engine import connect_raw

    return connect_raw(services.db.path, services.db.secret, readonly=True)


def replay(conn: Any, statements: list[tuple[str, Any]]) -> Callable[[], int]:
    """A call that runs the captured SELECTs and fetches every row; returns the row count."""
    def run() -> int:
        n = 0
        cursor = conn.cursor()
        try:
            for sql, params in statements:
                cursor.execute(sql, params)
                n += len(cursor.fetchall())
        finally:
            cursor.close()
            conn.rollback()
        return n
    return run


def capture_statements(services: Any, call: Callable[[], Any]) -> list[tuple[str, Any]]:
    with captured(services.db.engine) as seen:
        call()
    return list(seen)


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
