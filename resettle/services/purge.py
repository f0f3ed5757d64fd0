"""Deleting a row with everything that hangs off it, and asking whether anything still names
it: for taking demo data out and for removing an account made by mistake. The foreign keys
of the models decide, so tables added later are included without a change here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select

from resettle.storage import models as m

from .context import Tx


def purge(tx: Tx, table: Any, condition: Any) -> int:
    """Delete the rows of `table` that meet `condition`, after every row that hangs off
    them through a foreign key, however deep. Returns the number of rows of `table` deleted."""
    for fk_column, parent_column in _children(table):
        purge(tx, fk_column.table, fk_column.in_(select(parent_column).where(condition)))
    result = tx.session.execute(delete(table).where(condition))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _children(table: Any) -> list[tuple[Any, Any]]:
    """(a foreign-key column of another table, the column of `table` it points at). A row
    pointing into its own table (a correction) goes in the same statement as its target."""
    return [(fk.parent, fk.column) for other in m.Base.metadata.sorted_tables
            if other is not table for fk in other.foreign_keys if fk.column.table is table]


def names_in_use(tx: Tx, table: Any, ids: Any) -> set[int]:
    """Which of `ids` (a select of ids of `table`) another row still names: a foreign key
    without ON DELETE CASCADE, or, for an account, the audit log (it keeps who wrote each
    row, and a row's signature is checked against its author's key)."""
    naming: list[Any] = [fk.parent for other in m.Base.metadata.sorted_tables
                         if other is not table for fk in other.foreign_keys
                         if fk.column.table is table and (fk.ondelete or "").upper() != "CASCADE"]
    if table is m.User.__table__:
        naming.append(m.AuditEntry.__table__.c.actor_id)
    return {i for column in naming for i in tx.session.scalars(
        select(column).where(column.in_(ids)).distinct())}
