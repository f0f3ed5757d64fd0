"""The demo load: services.demo.load into a fresh installation, next to a raw executemany of
the very rows it inserted; measured on a smaller N and scaled to the target linearly."""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import benchdb
from timing import Figure


def _plain(value: Any) -> Any:
    """What SQLAlchemy would bind for SQLite: dates and datetimes as ISO text."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None).isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def load_once(folder: Path, cases: int, seed: int,
              batches: list[tuple[str, list[dict[str, Any]]]] | None = None) -> float:
    """Seconds for services.demo.load; with `batches`, every inserted chunk is recorded."""
    from resettle.services import demo

    insert_rows = demo.insert_rows

    def recording(conn: Any, table: Any, rows: list[dict[str, Any]]) -> None:
        if batches is not None:
            batches.append((table.name, [dict(r) for r in rows]))
        insert_rows(conn, table, rows)

    demo.insert_rows = recording  # type: ignore[assignment]
    try:
        return benchdb.create(folder, cases, seed)
    finally:
        demo.insert_rows = insert_rows  # type: ignore[assignment]


def raw_insert(folder: Path, batches: list[tuple[str, list[dict[str, Any]]]],
               seed: int) -> float:
    """The floor: one transaction of executemany per chunk on a raw sqlcipher3 connection."""
    from resettle.domain.roles import Action
    from resettle.services.context import transaction
    from resettle.services.demo import Builder
    from resettle.services.installation import Location, initialise
    from resettle.storage.engine import connect_raw

    services, _ = initialise(Location(folder), benchdb.ADMIN, benchdb.ADMIN_PASSWORD,
                             passphrase=benchdb.PASSPHRASE)
    with transaction(services.ctx, benchdb.admin(services), Action.LOAD_DEMO) as tx:
        Builder(tx, random.Random(seed), services.ctx.today()).users()  # same ids as the load
    path, key = services.db.path, services.db.secret
    services.close()
    prepared = []
    from resettle.storage.models import Base

    for table, rows in batches:
        defaults = {c.key: c.default.arg for c in Base.metadata.tables[table].columns
                    if c.default is not None and c.default.is_scalar}
        rows = [defaults | r for r in rows]
        cols = sorted({c for r in rows for c in r})
        names, marks = ", ".join(cols), ", ".join("?" for _ in cols)
        sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608 - our own tables
        prepared.append((sql, [tuple(_plain(r.get(c)) for c in cols) for r in rows]))
    conn = connect_raw(path, key, readonly=False)
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for sql, rows in prepared:
        conn.executemany(sql, rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def demo_figure(n: int, target: int, repeat: int, seed: int = 1) -> Figure:
    scale = target / n
    values, floors = [], []
    with tempfile.TemporaryDirectory(prefix="resettle-bench-demo-") as tmp:
        for i in range(repeat):
            batches: list[tuple[str, list[dict[str, Any]]]] = []
            values.append(load_once(Path(tmp) / f"d{i}", n, seed, batches) * scale)
            floors.append(raw_insert(Path(tmp) / f"f{i}", batches, seed) * scale)
    return Figure.of(f"demo load of {target:,} cases", 120.0, values, floors,
                     note=f"measured at {n:,} and scaled ×{scale:g}")
