"""Installation self-test: every moving part checked on throwaway data, never on user data."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from resettle.bundle import bundled


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    seconds: float


def _run(name: str, probe: Callable[[], str]) -> Check:
    started = time.perf_counter()
    try:
        detail, ok = probe(), True
    except Exception as exc:  # noqa: BLE001 - a failed probe is a result, not a crash
        detail, ok = f"{type(exc).__name__}: {exc}", False
    return Check(name, ok, detail, time.perf_counter() - started)


def sqlcipher() -> str:
    from resettle.storage.maintenance import sqlcipher_build

    version, settings = sqlcipher_build()
    if not version.startswith("4.") or settings.get("cipher_use_hmac") != "1":
        raise RuntimeError(f"SQLCipher {version} with {settings} is not the expected 4.x")
    return f"SQLCipher {version}, page size {settings.get('cipher_page_size')}, HMAC " \
           f"{settings.get('cipher_hmac_algorithm')}"


def encrypted_database() -> str:
    from resettle.storage import migrate
    from resettle.storage.engine import SQLITE_HEADER, sqlcipher_engine
    from resettle.storage.keys import new_key

    with tempfile.TemporaryDirectory(prefix="resettle-selftest-") as folder:
        path, key = Path(folder) / "selftest.db", new_key()
        engine = sqlcipher_engine(path, key, create=True)
        migrate.upgrade(engine)
        engine.dispose()
        engine = sqlcipher_engine(path, key)
        revision = migrate.current_revision(engine)
        engine.dispose()
        if path.read_bytes()[:16] == SQLITE_HEADER:
            raise RuntimeError("the database file was written in plaintext")
    return f"created, migrated to {revision} and reopened; the file is encrypted"


def resources() -> str:
    root = bundled("resources")
    fonts = sorted(p.name for p in (root / "fonts").glob("*.ttf"))
    translations = sorted(p.name for p in (root / "translations").glob("*.qm")) \
        if (root / "translations").is_dir() else []
    if not fonts:
        raise RuntimeError(f"no fonts in {root / 'fonts'}")
    migrations = bundled("migrations")
    return f"fonts {', '.join(fonts)}; translations {', '.join(translations) or 'none'}; " \
           f"migrations in {migrations.name}/"


def pdf() -> str:
    from resettle.reports.data import PrintInfo, StatisticsData
    from resettle.reports.statistics import build_statistics

    now = datetime.now(UTC)
    data = StatisticsData(as_of=now.date(), year=None, arrivals=(), by_sex_and_age=(),
                          stage_counts={}, custody_years=(), exclusions={},
                          follow_ups_overdue=0)
    out = build_statistics(data, PrintInfo("self-test", now, "Resettle", "0" * 64, "ko"))
    if not out.startswith(b"%PDF") or b"NanumGothic" not in out:
        raise RuntimeError("the PDF was not rendered with the embedded Korean font")
    return f"{len(out):,} bytes, Korean font embedded"


def credential_store() -> str:
    from resettle.storage.keys import credential_store as store

    backend = store()
    if backend is None:
        return "none found: new databases here use passphrase mode"
    return f"{type(backend).__module__}.{type(backend).__name__}"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("SQLCipher", sqlcipher), ("encrypted database", encrypted_database),
    ("bundled files", resources), ("PDF report", pdf), ("credential store", credential_store),
]


def database_checks(services: Any, actor: Any) -> list[tuple[str, Callable[[], str]]]:
    """With a log-in: this installation's own database. Its schema holds nothing the
    migrations did not create (a trigger added with the key is named), and its audit
    chain verifies (every row signed by its actor)."""
    def schema() -> str:
        from resettle.storage.schema_check import expected, unexpected_objects

        found = unexpected_objects(services.db.engine)
        if found:
            raise RuntimeError("not created by the migrations: " + ", ".join(found))
        return f"{len(expected())} tables and indexes, nothing else"

    def chain() -> str:
        report = services.audit.verify(actor)
        if not report.ok:
            raise RuntimeError(report.problem)
        return f"{report.rows} rows, each signed by its actor"

    return [("database schema", schema), ("audit chain", chain)]


def run(extra: list[tuple[str, Callable[[], str]]] | None = None) -> list[Check]:
    return [_run(name, probe) for name, probe in CHECKS + (extra or [])]
