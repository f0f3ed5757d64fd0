"""Schema objects the migrations did not create: triggers, views, tables, indexes, functions.

The expected set is the models' metadata (what the migrations build, and a test keeps the
two equal) plus Alembic's own table; none of our migrations creates a trigger, a view or a
function, so any found was added by someone holding the key (issue 15: a trigger copying
restricted notes into unrestricted ones)."""

from __future__ import annotations

from sqlalchemy import Engine, text

from .models import Base

_SQLITE = "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
_POSTGRES = """
SELECT 'table', c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'f')
UNION ALL SELECT 'view', c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm')
UNION ALL SELECT 'index', c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND c.relkind = 'i'
UNION ALL SELECT 'trigger', t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = current_schema() AND NOT t.tgisinternal
UNION ALL SELECT 'function', p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = current_schema()
UNION ALL SELECT 'rule', r.rulename FROM pg_rules r WHERE r.schemaname = current_schema()
"""


def expected() -> set[tuple[str, str]]:
    out = {("table", "alembic_version")}
    for table in Base.metadata.sorted_tables:
        out.add(("table", table.name))
        out.update(("index", str(i.name)) for i in table.indexes)
    return out


def unexpected_objects(engine: Engine) -> list[str]:
    """'trigger copy_notes', 'view x'...: what is in the database and not in the schema.
    Indexes that back primary keys and unique constraints are the database's own."""
    known = expected()
    with engine.connect() as conn:
        found = [(str(t), str(n)) for t, n in conn.execute(
            text(_SQLITE if engine.dialect.name == "sqlite" else _POSTGRES))]
        if engine.dialect.name != "sqlite":
            constraint_indexes = {str(n) for (n,) in conn.execute(text(
                "SELECT conname FROM pg_constraint c JOIN pg_namespace n "
                "ON n.oid = c.connamespace WHERE n.nspname = current_schema()"))}
            known |= {("index", n) for n in constraint_indexes}
    return sorted(f"{kind} {name}" for kind, name in found if (kind, name) not in known)
