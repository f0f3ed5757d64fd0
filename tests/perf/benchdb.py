"""The benchmark database: a demo database of N cases, built once and cached by its key."""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PASSPHRASE = "resettle bench passphrase 1"  # fictional data only
ADMIN, ADMIN_PASSWORD = "bench-admin", "bench-admin-password-1"
DEFAULT_CACHE = Path.home() / ".cache" / "resettle-bench"
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BenchDb:
    data_dir: Path
    cases: int
    seed: int
    build_seconds: float | None  # the demo load when this cache entry was built
    cached: bool


def demo_fingerprint() -> str:
    """Demo output changes only with the generator: its source is part of the cache key."""
    h = hashlib.sha256()
    for name in ("demo.py", "demo_people.py"):
        h.update((REPO / "resettle" / "services" / name).read_bytes())
    return h.hexdigest()[:10]


def cache_key(cases: int, seed: int) -> str:
    from resettle.storage.migrate import head_revision

    return f"cases{cases}-head{head_revision()}-seed{seed}-demo{demo_fingerprint()}"


def passphrase() -> str:
    return PASSPHRASE


def open_services(data_dir: Path, clock: Any = None) -> Any:
    """Services over the cached file, unlocked with the bench passphrase (no migration)."""
    from resettle.services.api import Services
    from resettle.storage import database

    db, _slot = database.open_with_password(data_dir, ADMIN, ADMIN_PASSWORD,
                                            passphrase=passphrase, upgrade=False)
    return Services(db, clock) if clock else Services(db)


def admin(services: Any) -> Any:
    return services.accounts.login(ADMIN, ADMIN_PASSWORD)


def create(data_dir: Path, cases: int, seed: int) -> float:
    """A fresh installation with `cases` demo cases; returns the demo load's seconds."""
    from resettle.services.installation import Location, initialise

    services, _ = initialise(Location(data_dir), ADMIN, ADMIN_PASSWORD, passphrase=PASSPHRASE)
    try:
        actor = admin(services)
        start = time.perf_counter()
        services.demo.load(actor, cases, seed)
        return time.perf_counter() - start
    finally:
        services.close()


def ensure(cases: int, seed: int = 1, cache: Path = DEFAULT_CACHE, *, log: Any = print) -> BenchDb:
    """The cached database for (cases, schema head, seed, generator), built when missing."""
    folder = cache / cache_key(cases, seed)
    meta = folder / "bench.json"
    if meta.exists():
        info = json.loads(meta.read_text())
        return BenchDb(folder / "data", cases, seed, info.get("build_seconds"), True)
    if folder.exists():
        shutil.rmtree(folder)  # a build that did not finish
    folder.mkdir(parents=True)
    log(f"building a {cases:,}-case demo database in {folder} (once; cached) ...")
    seconds = create(folder / "data", cases, seed)
    meta.write_text(json.dumps({"cases": cases, "seed": seed, "build_seconds": seconds}))
    log(f"  demo load took {seconds:.1f} s")
    return BenchDb(folder / "data", cases, seed, seconds, False)
