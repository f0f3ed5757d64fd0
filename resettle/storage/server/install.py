"""`server init` / `server upgrade`: schema by the migrations, then roles, keys, functions,
grants and row-level security, all as the database owner, in one transaction."""
# ruff: noqa: S608 - SQL text built only from quote_ident'd names


from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from .. import migrate
from . import API, GROUPS, PRIVATE, audit_sql, group_role_name, lockout, policies, roles
from .analyze import analyze
from .sql import quote_ident as qi
from .sql import run


@dataclass(frozen=True)
class Lockout:
    max_failures: int
    minutes: int


def is_installed(conn: Connection) -> bool:
    """True once `server init` has run on this database (accounts are login roles)."""
    return bool(conn.scalar(text("SELECT to_regnamespace(:s) IS NOT NULL"), {"s": PRIVATE}))


def install(engine: Engine, limits: Lockout) -> None:
    """Migrate to head, then (re)apply everything server mode adds. Safe to repeat."""
    migrate.upgrade(engine)
    with engine.begin() as conn:
        db = str(conn.scalar(text("SELECT current_database()")))
        owner = str(conn.scalar(text("SELECT current_user")))
        run(conn, f"CREATE SCHEMA IF NOT EXISTS {qi(PRIVATE)}",
            f"REVOKE ALL ON SCHEMA {qi(PRIVATE)} FROM PUBLIC",
            f"CREATE SCHEMA IF NOT EXISTS {qi(API)}",
            f"REVOKE ALL ON SCHEMA {qi(API)} FROM PUBLIC",
            f"CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA {qi(PRIVATE)}")
        policies.create_groups(conn, db)
        audit_sql.keys_table(conn)
        signature = bool(conn.scalar(text(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public'"
            " AND table_name = 'audit_log' AND column_name = 'signature'")))
        run(conn, *policies.helper_functions(db), *audit_sql.functions(signature),
            *lockout.functions(db, limits.max_failures, limits.minutes),
            *roles.functions(db))
        policies.apply(conn, db)
        g = {name: qi(group_role_name(db, name)) for name in GROUPS}
        everyone = ", ".join(g.values())
        run(conn, f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {qi(PRIVATE)} FROM PUBLIC",
            *audit_sql.grants(everyone, f"{g['supervisor']}, {g['admin']}"),
            *lockout.grants(db, everyone),
            *roles.grants(g["admin"]),
            f"GRANT EXECUTE ON FUNCTION {qi(API)}.me(), {qi(API)}.my_cases(),"
            f" {qi(API)}.my_persons() TO {everyone}")
        # Clients own nothing and may create nothing, anywhere in this database.
        run(conn, f"REVOKE CREATE ON SCHEMA public FROM PUBLIC, {everyone}",
            f"ALTER SCHEMA public OWNER TO {qi(owner)}")
        plan_for_parameters(conn, db)
        analyze(conn)  # the migrations' backfills, or a restored dump, have no statistics


def plan_for_parameters(conn: Connection, db: str) -> None:
    """Every statement planned for its own parameters, in every session of this database.
    psycopg prepares a statement on its 5th run on a connection, and PostgreSQL may then
    keep a generic plan made without the parameters: a search's first screen is one
    statement whatever is typed, so after a few keystrokes "R-20" (every case) got the
    plan fit for a rare prefix and took 300 ms instead of 5 ms at 100,000 cases.
    Only the database's owner may set it (skipped otherwise; sessions then keep the default)."""
    if conn.scalar(text("SELECT pg_has_role(current_user, datdba, 'USAGE') FROM pg_database"
                        " WHERE datname = current_database()")):
        run(conn, f"ALTER DATABASE {qi(db)} SET plan_cache_mode = force_custom_plan")


def prepare_roles(engine: Engine) -> None:
    """The group and counter roles a restored dump's grants and policies name."""
    with engine.begin() as conn:
        policies.create_groups(conn, str(conn.scalar(text("SELECT current_database()"))))


def export_keys(engine: Engine) -> str:
    """The server keys as text (hex), for a backup's separate keys file."""
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT name, value FROM {qi(PRIVATE)}.keys ORDER BY name"))
        return "".join(f"{name}\t{bytes(value).hex()}\n" for name, value in rows)


def import_keys(engine: Engine, content: str) -> None:
    with engine.begin() as conn:
        audit_sql.keys_table(conn)
        for line in content.splitlines():
            name, value = line.split("\t")
            conn.execute(text(f"UPDATE {qi(PRIVATE)}.keys SET value = :v WHERE name = :n"),
                         {"n": name, "v": bytes.fromhex(value)})
