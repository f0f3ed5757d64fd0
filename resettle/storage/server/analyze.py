"""Planner statistics after bulk writes: PostgreSQL's ANALYZE, where the connected role may.

PostgreSQL plans from statistics that only ANALYZE (or autovacuum, a minute or more later,
and never when it is turned off) gathers. After a bulk load the planner knew nothing: the
first searches over 100,000 demo cases were planned for 6 rows. In PostgreSQL 15 only a
table's owner, the database owner or a superuser may ANALYZE it: the owner's connection
(`server init` / `upgrade` / `restore`, and the demo load, which only the owner's
connection can run on a server) can; an account's own login role owns nothing and cannot.
"""
# ruff: noqa: S608 - SQL text built only from quote_ident'd table names

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from .sql import quote_ident as qi
from .sql import run


def analyze(conn: Connection, tables: Iterable[str] | None = None) -> list[str]:
    """ANALYZE these tables of the public schema (every one when None) that the connected
    role may analyze; returns the ones it may not, left to autovacuum (PostgreSQL would
    only warn and skip them)."""
    wanted = None if tables is None else set(tables)
    rows = conn.execute(text(
        "SELECT c.relname, pg_has_role(current_user, c.relowner, 'USAGE')"
        " OR pg_has_role(current_user, d.datdba, 'USAGE')"
        " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " JOIN pg_database d ON d.datname = current_database()"
        " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname")).all()
    chosen = [(name, bool(may)) for name, may in rows if wanted is None or name in wanted]
    mine = [name for name, may in chosen if may]
    if mine:
        run(conn, "ANALYZE " + ", ".join(f"public.{qi(name)}" for name in mine))
    return [name for name, may in chosen if not may]
