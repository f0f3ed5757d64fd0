"""Key rotation: re-encrypt into a new file with a new key, then swap it in atomically."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

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


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
