"""SQL said to the database engine itself: secure delete, vacuum and WAL truncation, and the
SQLCipher build probe. The one place outside migrations where SQL is written as text."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session


def analyze(session: Session) -> None:
    """Planner statistics for what was just bulk-written: SQLite's ANALYZE, or PostgreSQL's
    for the tables the connected role may analyze (server/analyze.py)."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        from .server.analyze import analyze as analyze_server

        analyze_server(session.connection())
    else:
        session.execute(text("ANALYZE"))


def secure_delete(session: Session) -> None:
    """On SQLite, freed pages are overwritten with zeros from now on in this connection."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA secure_delete = ON"))


def scrub(engine: Engine) -> bool:
    """VACUUM rewrites the file without the freed pages; a TRUNCATE checkpoint empties the
    WAL. Returns whether the WAL was emptied (not while another reader holds it)."""
    raw = engine.raw_connection()
    try:
        if engine.dialect.name == "sqlite":
            raw.execute("PRAGMA secure_delete = ON")
            raw.execute("VACUUM")
            busy, _log, _done = raw.execute(
                "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            return not busy
        pg: Any = raw.driver_connection
        pg.autocommit = True  # VACUUM runs outside a transaction
        try:
            with pg.cursor() as cur:  # dead rows' space reclaimed (in tables this role owns)
                cur.execute("VACUUM")
        finally:
            pg.autocommit = False  # the pooled connection goes back as it came
        return True
    finally:
        raw.close()


def sqlcipher_build() -> tuple[str, dict[str, Any]]:
    """The linked SQLCipher's version and its default cipher settings (an in-memory probe)."""
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA key = \"x'" + "00" * 32 + "'\"")
        version = conn.execute("PRAGMA cipher_version").fetchone()[0]
        settings = dict(r[0].removeprefix("PRAGMA ").rstrip(";").split(" = ")
                        for r in conn.execute("PRAGMA cipher_settings"))
    finally:
        conn.close()
    return version, settings
