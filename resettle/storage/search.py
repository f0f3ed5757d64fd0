"""Index-friendly prefix matching on the search-key columns, per dialect."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_
from sqlalchemy.sql.elements import ColumnElement

_TOP = "\U0010ffff"  # above every character: [p, p + TOP) is exactly the strings starting with p


def prefix(dialect: str, column: Any, text: str) -> ColumnElement[bool]:
    """SQLite compares bytes, so a range uses the index; PostgreSQL's collations do not order
    prefixes together, so it gets LIKE 'p%' (served by a text_pattern_ops index)."""
    if dialect == "sqlite":
        return and_(column >= text, column < text + _TOP)
    result: ColumnElement[bool] = column.startswith(text, autoescape=True)
    return result
