"""Grants and row-level security: the database refuses what the services refuse.

Applied by the database owner (`resettle server init` / `server upgrade`), after the
migrations, over every table of the schema; re-applying is safe (everything is dropped and
made again), so a migration that adds a table gets its grants at the next upgrade.
"""
# ruff: noqa: S608 - SQL text built only from quote_ident/quote_literal'd names and ints


from __future__ import annotations

from sqlalchemy import Connection, text

from . import API, GROUPS, PRIVATE, counter_role_name, group_role_name
from .sql import quote_ident as qi
from .sql import quote_literal as ql
from .sql import run

# Rules and accounts: only an administrator changes them (users: also one's own language).
ADMIN_TABLES = frozenset({"users", "settings", "custody_rules", "reward_caps",
                          "programme_modules", "demo_records", "retention_rules"})
AUDIT_TABLES = frozenset({"audit_log", "audit_head"})
# Classified: never a lawyer's, whatever the case.
CLASSIFIED = frozenset({"screening_records", "reward_claims"})
# Case records an administrator also writes in the application (screening: VIEW_SCREENING).
ADMIN_ALSO_WRITES = frozenset({"screening_records"})
RESTRICTABLE = frozenset({"notes", "attachments"})  # rows with a `restricted` flag
# The helper functions are called in a scalar subquery, `= ANY((SELECT f())::integer[])` (the
# cast makes it an array, not `= ANY (subquery)`): the planner makes that an InitPlan, run
# once per query. Called bare, a SECURITY DEFINER function (never inlined) ran again for
# every row filtered and at every rescan of an inner index scan: a lawyer's first screen of
# "R-20" at 100,000 cases took 200 ms, calling my_persons() for each of their cases.
MY_CASES = "(SELECT {api}.my_cases())::integer[]"
MY_PERSONS = "(SELECT {api}.my_persons())::integer[]"
ME = f"(SELECT {qi(API)}.me())"
# Reached from a case through another table, for a lawyer's row filter.
LAWYER_PATHS = {
    "cases": f"id = ANY({MY_CASES})",
    "persons": f"id = ANY({MY_PERSONS})",
    "person_names": f"person_id = ANY({MY_PERSONS})",
    "relatives": f"person_id = ANY({MY_PERSONS})",
    "powers_of_attorney": "representative_id IN (SELECT id FROM public.legal_representatives"
                          f" WHERE case_id = ANY({MY_CASES}))",
    "attendance": "enrolment_id IN (SELECT id FROM public.enrolments"
                  f" WHERE case_id = ANY({MY_CASES}))",
    "groups": f"id IN (SELECT group_id FROM public.cases WHERE id = ANY({MY_CASES}))",
    "users": "true",
    "programme_cohorts": "true",
    "programme_modules": "true",
    "custody_rules": "true",
    "reward_caps": "true",
    "retention_rules": "true",
    "settings": "true",
    "audit_head": "true",
    "alembic_version": "true",
}
STAFF = ("caseworker", "supervisor")  # who changes case records


def helper_functions(db: str) -> list[str]:
    """Who is connected, as the application knows them (SECURITY DEFINER: reads users)."""
    api = qi(API)
    return [f"""
CREATE OR REPLACE FUNCTION {api}.me() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT id FROM public.users WHERE {ql(db + '_')} || username = session_user::text
$$""", f"""
CREATE OR REPLACE FUNCTION {api}.my_cases() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce(array_agg(case_id), '{{}}') FROM public.legal_representatives
  WHERE lawyer_id = {api}.me() AND active
$$""", f"""
CREATE OR REPLACE FUNCTION {api}.my_persons() RETURNS integer[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce(array_agg(person_id), '{{}}') FROM public.cases
  WHERE id = ANY({api}.my_cases())
$$"""]


def create_groups(conn: Connection, db: str) -> None:
    """The group roles (NOLOGIN) and the log-in counter role, if they are not there yet."""
    from .lockout import ensure_counter_role

    for g in GROUPS:
        name = group_role_name(db, g)
        if not conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}):
            run(conn, f"CREATE ROLE {qi(name)} NOLOGIN NOINHERIT")
    ensure_counter_role(conn, db)


def tables(conn: Connection) -> dict[str, set[str]]:
    rows = conn.execute(text(
        "SELECT c.table_name, c.column_name FROM information_schema.columns c"
        " JOIN information_schema.tables t USING (table_schema, table_name)"
        " WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'")).all()
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(table, set()).add(column)
    return out


def apply(conn: Connection, db: str) -> None:
    """Revoke everything from everyone, then grant and filter per group role."""
    owner = conn.scalar(text("SELECT current_user"))
    groups = {g: qi(group_role_name(db, g)) for g in GROUPS}
    everyone = ", ".join(groups.values())
    login = qi(counter_role_name(db))
    api, private = qi(API), qi(PRIVATE)
    run(conn,
        f"REVOKE ALL ON DATABASE {qi(db)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {qi(db)} TO {everyone}, {login}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {everyone}",
        f"CREATE SCHEMA IF NOT EXISTS {private}",
        f"REVOKE ALL ON SCHEMA {private} FROM PUBLIC",
        f"CREATE SCHEMA IF NOT EXISTS {api}",
        f"REVOKE ALL ON SCHEMA {api} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {api} TO {everyone}, {login}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {qi(owner)} REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {everyone}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {everyone}",
        *helper_functions(db))
    for name, columns in sorted(tables(conn).items()):
        _table(conn, name, columns, groups)
    run(conn, f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {api} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {api}.me(), {api}.my_cases(), {api}.my_persons()"
        f" TO {everyone}")


def _table(conn: Connection, name: str, columns: set[str], g: dict[str, str]) -> None:
    t = f"public.{qi(name)}"
    everyone = ", ".join(g.values())
    stmts = [f"REVOKE ALL ON {t} FROM PUBLIC, {everyone}",
             f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]
    existing = conn.scalars(text("SELECT policyname FROM pg_policies WHERE schemaname = 'public'"
                                 " AND tablename = :t"), {"t": name}).all()
    stmts += [f"DROP POLICY {qi(p)} ON {t}" for p in existing]
    staff = f"{g['caseworker']}, {g['supervisor']}"
    lawyer_rows = _lawyer_rows(name, columns)
    if lawyer_rows is not None and name not in CLASSIFIED:
        stmts += [f"GRANT SELECT ON {t} TO {g['lawyer']}",
                  f"CREATE POLICY lawyer_read ON {t} FOR SELECT TO {g['lawyer']}"
                  f" USING ({lawyer_rows})"]
    if name in AUDIT_TABLES:
        readers = everyone if name == "audit_head" else f"{g['supervisor']}, {g['admin']}"
        stmts += [f"GRANT SELECT ON {t} TO {readers}",
                  f"CREATE POLICY read ON {t} FOR SELECT TO {readers} USING (true)"]
    elif name == "users":
        stmts += [f"GRANT SELECT ON {t} TO {staff}, {g['admin']}",
                  f"GRANT INSERT, UPDATE, DELETE ON {t} TO {g['admin']}",
                  f"GRANT UPDATE (language, version, failed_logins, locked_until, password_hash)"
                  f" ON {t} TO {everyone}",
                  f"CREATE POLICY read ON {t} FOR SELECT TO {staff}, {g['admin']} USING (true)",
                  f"CREATE POLICY admin_write ON {t} FOR ALL TO {g['admin']}"
                  " USING (true) WITH CHECK (true)",
                  f"CREATE POLICY own_language ON {t} FOR UPDATE TO {everyone}"
                  f" USING (id = {ME}) WITH CHECK (id = {ME})"]
    elif name == "user_keys":  # one's own wrapped keys (log-in, own password); admins: all
        mine = f"user_id = {ME}"
        stmts += [f"REVOKE ALL ON {t} FROM {g['lawyer']}",
                  f"DROP POLICY IF EXISTS lawyer_read ON {t}",
                  f"GRANT SELECT, INSERT, UPDATE ON {t} TO {everyone}",
                  f"CREATE POLICY own ON {t} FOR ALL TO {everyone} USING ({mine})"
                  f" WITH CHECK ({mine})",
                  f"CREATE POLICY admin_all ON {t} FOR ALL TO {g['admin']}"
                  " USING (true) WITH CHECK (true)"]
    elif name in ADMIN_TABLES or name == "alembic_version":
        stmts += [f"GRANT SELECT ON {t} TO {staff}, {g['admin']}",
                  f"CREATE POLICY read ON {t} FOR SELECT TO {staff}, {g['admin']} USING (true)"]
        if name != "alembic_version":
            stmts += [f"GRANT INSERT, UPDATE, DELETE ON {t} TO {g['admin']}",
                      f"CREATE POLICY admin_write ON {t} FOR ALL TO {g['admin']}"
                      " USING (true) WITH CHECK (true)"]
        if name == "settings":  # the case-number counters are the staff's to advance
            seq = r"key LIKE 'case\_seq:%'"
            stmts += [f"GRANT INSERT, UPDATE ON {t} TO {staff}",
                      f"CREATE POLICY case_numbers ON {t} FOR ALL TO {staff}"
                      f" USING ({seq}) WITH CHECK ({seq})"]
    elif name in RESTRICTABLE:
        stmts += _restrictable(t, g, lawyer_rows or "false")
    else:  # case records: staff change them, an administrator reads them
        writers = f"{staff}, {g['admin']}" if name in ADMIN_ALSO_WRITES else staff
        stmts += [f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {writers}",
                  f"GRANT SELECT ON {t} TO {g['admin']}",
                  f"CREATE POLICY staff ON {t} FOR ALL TO {writers} USING (true)"
                  " WITH CHECK (true)",
                  f"CREATE POLICY admin_read ON {t} FOR SELECT TO {g['admin']} USING (true)"]
    run(conn, *stmts)


def _restrictable(t: str, g: dict[str, str], lawyer_rows: str) -> list[str]:
    """Notes and attachments: a restricted row is a supervisor's (read: also an admin's)."""
    open_row = "NOT restricted"
    return [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {g['caseworker']}, {g['supervisor']}",
        f"GRANT SELECT ON {t} TO {g['admin']}",
        f"GRANT INSERT ON {t} TO {g['lawyer']}",
        f"CREATE POLICY caseworker ON {t} FOR ALL TO {g['caseworker']}"
        f" USING ({open_row}) WITH CHECK ({open_row})",
        f"CREATE POLICY supervisor ON {t} FOR ALL TO {g['supervisor']}"
        " USING (true) WITH CHECK (true)",
        f"CREATE POLICY admin_read ON {t} FOR SELECT TO {g['admin']} USING (true)",
        f"DROP POLICY lawyer_read ON {t}",
        f"CREATE POLICY lawyer_read ON {t} FOR SELECT TO {g['lawyer']}"
        f" USING ({open_row} AND {lawyer_rows})",
        f"CREATE POLICY lawyer_add ON {t} FOR INSERT TO {g['lawyer']}"
        f" WITH CHECK ({open_row} AND {lawyer_rows})",
    ]


def _lawyer_rows(name: str, columns: set[str]) -> str | None:
    """The row filter for a lawyer, or None when a lawyer has no business with the table."""
    if name in CLASSIFIED or name == "audit_log":
        return None
    if name in LAWYER_PATHS:
        return LAWYER_PATHS[name].format(api=qi(API))
    if "case_id" in columns:
        return f"case_id = ANY({MY_CASES.format(api=qi(API))})"
    return None
