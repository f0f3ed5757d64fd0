"""Bulk loading: many rows into one table at once, past SQLAlchemy's per-row processing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, insert


def insert_rows(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
    """Core executemany. On SQLite the rows go to the driver as tuples, each value converted
    once by its column's own bind processor (memoised: demo dates and timestamps repeat),
    which skips SQLAlchemy's per-row parameter processing (most of the load's time)."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(table), rows)
        return
    keys = {k for r in rows for k in r}
    columns = [c for c in table.columns if c.key in keys or (
        c.default is not None and c.default.is_scalar)]
    fill = {c.key: c.default.arg for c in columns
            if c.key not in keys and c.default is not None}
    sql = str(insert(table).values({c.key: bindparam(c.key) for c in columns})
              .compile(dialect=conn.dialect))
    by_column = []  # the compiled statement's positional order is the order of `columns`
    for c in columns:
        default = fill.get(c.key)
        values = [r.get(c.key, default) for r in rows]
        processor = c.type._cached_bind_processor(conn.dialect)
        if processor is not None:
            f = _memo(processor)
            values = [None if v is None else f(v) for v in values]
        by_column.append(values)
    conn.exec_driver_sql(sql, list(zip(*by_column, strict=True)))


def _memo(processor: Any) -> Any:
    seen: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        try:
            return seen[value]
        except KeyError:
            seen[value] = out = processor(value)
            return out
        except TypeError:  # unhashable
            return processor(value)
    return run
