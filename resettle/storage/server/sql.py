"""Running owner-side DDL on the connection SQLAlchemy holds (no placeholder processing)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session


def driver(conn: Connection | Session) -> Any:
    """The psycopg connection under a SQLAlchemy connection or session (same transaction)."""
    if isinstance(conn, Session):
        conn = conn.connection()
    return conn.connection.driver_connection


def run(conn: Connection | Session, *statements: str) -> None:
    """Execute each statement as is: `%` in format() calls is not a placeholder here."""
    with driver(conn).cursor() as cur:
        for statement in statements:
            cur.execute(statement.encode())


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
