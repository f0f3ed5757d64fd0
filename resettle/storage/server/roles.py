"""One PostgreSQL LOGIN role per account (SCRAM-SHA-256), member of its app role's group.

Administrators manage roles through SECURITY DEFINER functions that act only on roles of
this database's accounts (`<db>_<username>`), so no client role needs CREATEROLE. The
password reaches the server as a SCRAM verifier computed on the workstation (libpq's
PQencryptPasswordConn), never in plain text.
"""
# ruff: noqa: S608 - SQL text built only from quote_ident/quote_literal'd names and ints


from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from . import API, GROUPS, login_role_name
from .sql import driver, run
from .sql import quote_ident as qi
from .sql import quote_literal as ql


def functions(db: str) -> list[str]:
    api, prefix, gprefix = qi(API), ql(db + "_"), ql(db + "__")
    admin = ql(db + "__admin")
    guard = f"""
  IF NOT (pg_has_role(session_user, {admin}, 'MEMBER')
          OR pg_has_role(session_user, current_user, 'MEMBER')) THEN
    RAISE EXCEPTION 'permission_denied' USING ERRCODE = '42501';
  END IF;
  r := {prefix} || p_username;"""
    ours = f"""
  IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                 JOIN pg_roles u ON u.oid = m.member
                 WHERE u.rolname = r AND left(g.rolname, length({gprefix})) = {gprefix}) THEN
    RAISE EXCEPTION 'not_an_account_role' USING ERRCODE = '42501';
  END IF;"""
    verifier = """
  IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
    RAISE EXCEPTION 'scram_verifier_required' USING ERRCODE = '22023';
  END IF;"""
    group = f"""
  IF p_role NOT IN ({", ".join(ql(g) for g in GROUPS)}) THEN
    RAISE EXCEPTION 'unknown_role' USING ERRCODE = '22023';
  END IF;"""
    head = ("LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp"
            " AS $$\nDECLARE r text; g text;\nBEGIN")
    return [f"""
CREATE OR REPLACE FUNCTION {api}.account_create(p_username text, p_verifier text, p_role text)
RETURNS text {head}{guard}{verifier}{group}
  EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', r, p_verifier);
  EXECUTE format('GRANT %I TO %I', {gprefix} || p_role, r);
  EXECUTE format('GRANT %I TO %I', r, current_user);  -- to end its sessions when disabled
  RETURN r;
END $$""", f"""
CREATE OR REPLACE FUNCTION {api}.account_password(p_username text, p_verifier text)
RETURNS void {head}{guard}{ours}{verifier}
  EXECUTE format('ALTER ROLE %I PASSWORD %L', r, p_verifier);
END $$""", f"""
CREATE OR REPLACE FUNCTION {api}.account_login(p_username text, p_active boolean)
RETURNS void {head}{guard}{ours}
  IF p_active THEN
    EXECUTE format('ALTER ROLE %I LOGIN', r);
  ELSE
    EXECUTE format('ALTER ROLE %I NOLOGIN', r);
    PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE usename = r AND pid <> pg_backend_pid();
  END IF;
END $$""", f"""
CREATE OR REPLACE FUNCTION {api}.account_role(p_username text, p_role text)
RETURNS void {head}{guard}{ours}{group}
  FOR g IN SELECT gr.rolname FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid
            JOIN pg_roles u ON u.oid = m.member
           WHERE u.rolname = r AND left(gr.rolname, length({gprefix})) = {gprefix} LOOP
    EXECUTE format('REVOKE %I FROM %I', g, r);
  END LOOP;
  EXECUTE format('GRANT %I TO %I', {gprefix} || p_role, r);
  PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
   WHERE usename = r AND pid <> pg_backend_pid();
END $$""", f"""
CREATE OR REPLACE FUNCTION {api}.account_drop(p_username text)
RETURNS void {head}{guard}{ours}
  EXECUTE format('ALTER ROLE %I NOLOGIN', r);
  PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
   WHERE usename = r AND pid <> pg_backend_pid();
  EXECUTE format('REASSIGN OWNED BY %I TO %I', r, current_user);
  EXECUTE format('DROP OWNED BY %I', r);
  EXECUTE format('DROP ROLE %I', r);
END $$"""]


def grants(admins: str) -> list[str]:
    api = qi(API)
    return [f"GRANT EXECUTE ON FUNCTION {api}.account_create(text, text, text),"
            f" {api}.account_password(text, text), {api}.account_login(text, boolean),"
            f" {api}.account_role(text, text), {api}.account_drop(text) TO {admins}"]


def database_name(session: Session) -> str:
    return str(session.scalar(text("SELECT current_database()")))


def scram_verifier(session: Session, role: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password` for `role`, computed here by libpq."""
    pgconn = driver(session).pgconn
    return bytes(pgconn.encrypt_password(password.encode(), role.encode(),
                                         b"scram-sha-256")).decode()


def create(session: Session, username: str, password: str, role: str) -> str:
    """A LOGIN role for a new account (in the caller's transaction); returns its name."""
    name = login_role_name(database_name(session), username)
    return str(session.scalar(text(f"SELECT {qi(API)}.account_create(:u, :v, :r)"), {
        "u": username, "v": scram_verifier(session, name, password), "r": role}))


def set_password(session: Session, username: str, password: str) -> None:
    name = login_role_name(database_name(session), username)
    session.execute(text(f"SELECT {qi(API)}.account_password(:u, :v)"),
                    {"u": username, "v": scram_verifier(session, name, password)})


def set_active(session: Session, username: str, active: bool) -> None:
    """Disable: NOLOGIN and its open sessions ended; enable: LOGIN again."""
    session.execute(text(f"SELECT {qi(API)}.account_login(:u, :a)"),
                    {"u": username, "a": active})


def set_role(session: Session, username: str, role: str) -> None:
    session.execute(text(f"SELECT {qi(API)}.account_role(:u, :r)"),
                    {"u": username, "r": role})


def drop(session: Session, username: str) -> None:
    """Remove the account's role (what it owned goes to the owner, its grants go)."""
    session.execute(text(f"SELECT {qi(API)}.account_drop(:u)"), {"u": username})


def set_own_password(session: Session, username: str, password: str) -> None:
    """The connected account changes its own role's password (PostgreSQL lets a role do so)."""
    name = login_role_name(database_name(session), username)
    verifier = scram_verifier(session, name, password)
    run(session, f"ALTER ROLE {qi(name)} PASSWORD {ql(verifier)}")
