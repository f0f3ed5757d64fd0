"""Encrypted backups: a consistent copy under the same key, verified table by table; restore
keeps a copy of the current file first and swaps atomically."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from resettle.domain.errors import InvalidInput, UnlockFailed

from .engine import connect_raw


def table_digests(conn: sqlcipher.Connection, schema: str = "main") -> dict[str, str]:
    """A content hash per table (rows in rowid order), to compare a copy with its source."""
    names = [r[0] for r in conn.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "  # noqa: S608
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    out = {}
    for name in names:
        h = hashlib.sha256()
        for row in conn.execute(f'SELECT * FROM {schema}."{name}" ORDER BY rowid'):  # noqa: S608
            h.update(repr(row).encode())
        out[name] = h.hexdigest()
    return out


def _check(conn: sqlcipher.Connection, what: str) -> None:
    for pragma in ("cipher_integrity_check", "integrity_check"):
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        if rows not in ([], ["ok"]):
            raise UnlockFailed("integrity_check_failed", what=what, check=pragma)


def create_backup(db_file: Path, key: bytes, target: Path) -> dict[str, str]:
    """Write `target` (encrypted with the same key) from one snapshot, then reopen and verify
    it; a failed verification removes it. Returns the table digests."""
    if target.exists():
        raise InvalidInput("backup", "file_exists", path=target)
    staging = target.with_name(f".{target.name}.part")
    staging.unlink(missing_ok=True)
    conn = connect_raw(db_file, key, readonly=False)
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY \"x'{key.hex()}'\"", (str(staging),))
        conn.execute("BEGIN")  # one snapshot for the export and the digests
        conn.execute("SELECT sqlcipher_export('backup')")
        expected = table_digests(conn)
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE backup")
    except sqlcipher.OperationalError as exc:
        staging.unlink(missing_ok=True)
        raise InvalidInput("backup", "cannot_write_there", path=target, detail=str(exc)) from None
    finally:
        conn.close()
    try:
        verify_backup(staging, key, expected)
        os.chmod(staging, 0o600)
        os.replace(staging, target)
    finally:
        staging.unlink(missing_ok=True)
    return expected


def verify_backup(path: Path, key: bytes, expected: dict[str, str] | None = None
                  ) -> dict[str, str]:
    conn = connect_raw(path, key, readonly=True)
    try:
        _check(conn, "the backup")
        found = table_digests(conn)
    finally:
        conn.close()
    if expected is not None and found != expected:
        bad = sorted(k for k in expected.keys() | found.keys()
                     if expected.get(k) != found.get(k))
        raise UnlockFailed("backup_mismatch", tables=tuple(bad))
    return found


def copy_whole(source: Path, target: Path) -> None:
    """Copy under a temporary name, flush, then rename: a kill mid-copy never leaves a
    truncated file under a name that looks like a good copy."""
    part = target.with_name(f".{target.name}.part")
    shutil.copy2(source, part)
    with part.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.chmod(part, 0o600)
    os.replace(part, target)


def restore_backup(db_file: Path, keys: list[bytes], source: Path, keep_dir: Path) -> Path:
    """Replace the database with a verified backup; the current file is kept in `keep_dir`
    first. Every connection to the database must be closed. Returns the kept copy."""
    failure: Exception | None = None
    for key in keys:
        try:
            verify_backup(source, key)
            break
        except UnlockFailed as exc:
            failure = exc
    else:
        raise UnlockFailed("backup_wrong_key") from failure
    keep_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    kept = keep_dir / f"before-restore-{stamp}.db"
    conn = connect_raw(db_file, key, readonly=False)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    copy_whole(db_file, kept)
    staging = db_file.with_name(db_file.name + ".restore")
    shutil.copyfile(source, staging)
    with staging.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.chmod(staging, 0o600)
    for suffix in ("-wal", "-shm"):
        db_file.with_name(db_file.name + suffix).unlink(missing_ok=True)
    os.replace(staging, db_file)
    return kept
