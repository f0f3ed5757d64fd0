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
    """A raw sqlcipher3 connection, keyed like the engine's (same pragmas, cache size)."""
    from resettle.storage.engine import connect_raw

    return connect_raw(services.db.path, services.db.secret, readonly=True)


def replay(conn: Any, statements: list[tuple[str, Any]]) -> Callable[[], int]:
    """A call that runs the captured SELECTs and fetches every row; returns the row count."""
    def run() -> int:
        n = 0
        conn.execute("BEGIN")
        try:
            for sql, params in statements:
                n += len(conn.execute(sql, params).fetchall())
        finally:
            conn.execute("ROLLBACK")
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
