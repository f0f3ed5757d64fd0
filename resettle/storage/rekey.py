"""Key rotation: re-encrypt into a new file with a new key, then swap it in atomically."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from resettle.domain.errors import ResettleError

from . import audit_chain, sealing
from .engine import connect_raw, sqlcipher_engine, writer
from .keys import KeyStore, derive, new_key

Finish = Callable[[Session, bytes], None]


def rekey_file(path: Path, store: KeyStore, old_key: bytes, *, install_key: bytes,
               reseal: Callable[[bytes], None], finish: Finish) -> tuple[bytes, str]:
    """Returns the new key and the new recovery key. A crash at any point leaves a database
    that opens with the old key or the new one (the key store keeps both until the swap).
    `reseal` seals the new key to the accounts' slots."""
    key = new_key()
    staging = path.with_name(path.name + ".rekey")
    staging.unlink(missing_ok=True)
    conn = connect_raw(path, old_key, readonly=False)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS rekeyed KEY \"x'{key.hex()}'\"", (str(staging),))
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute("DETACH DATABASE rekeyed")
    finally:
        conn.close()
    os.chmod(staging, 0o600)
    engine = sqlcipher_engine(staging, key)
    try:
        with Session(writer(engine)) as session, session.begin():
            audit_chain.rechain(session, derive(old_key, "audit chain"), derive(key, "audit chain"))
            sealing.reseal_all(session, derive(old_key, "attachments"), derive(key, "attachments"))
            finish(session, key)
        with engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    store.begin_rotation()
    reseal(key)
    recovery = store.new_recovery(key, install_key)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    os.replace(staging, path)
    _fsync_dir(path.parent)
    store.end_rotation()
    return key, recovery


def rekey_kept_copies(folder: Path, old_key: bytes, new_key: bytes) -> list[tuple[str, str]]:
    """Every copy kept in `folder` (before-restore, before-migration, backups written there)
    re-encrypted in place under the new key; a copy the old key does not open (older still)
    is removed, never left readable by an old key. Returns (file name, "re-encrypted" or
    "removed") for each."""
    out: list[tuple[str, str]] = []
    if not folder.is_dir():
        return out
    for copy in sorted(folder.glob("*.db")):
        try:
            conn = connect_raw(copy, old_key, readonly=False)
        except ResettleError:
            copy.unlink()
            out.append((copy.name, "removed"))
            continue
        try:
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        for suffix in ("-wal", "-shm"):
            copy.with_name(copy.name + suffix).unlink(missing_ok=True)
        out.append((copy.name, "re-encrypted"))
    return out


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
