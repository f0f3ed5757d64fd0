"""Failed log-ins counted on the server, atomically, before anyone is logged in.

SCRAM authentication *is* the password check: the workstation connects as the account's own
role with the typed password, and PostgreSQL accepts or refuses it. A refused attempt cannot
write anything as that role, so the workstation reports it through a second connection as
the log-in counter role (`<db>__login`, a known password, allowed to call only the two
functions below). `login_failed` counts with one `UPDATE ... RETURNING` under the user's row
lock, so parallel attempts are counted one by one; at the configured number it locks the
account (the role becomes NOLOGIN until the lockout ends) and writes the audit row itself.
`login_check` answers "locked" without a password being tried, and gives an expired lockout
its LOGIN back. Guessing with psql directly, around the application, is not counted here: the
server's own limits apply (pg_hba, `auth_delay`, log-based banning; see README "Server mode").
"""
# ruff: noqa: S608 - SQL text built only from quote_ident/quote_literal'd names and ints


from __future__ import annotations

from sqlalchemy import Connection, text

from . import API, LOGIN_ROLE_PASSWORD, counter_role_name
from .sql import quote_ident as qi
from .sql import quote_literal as ql
from .sql import run


def ensure_counter_role(conn: Connection, db: str) -> None:
    name = counter_role_name(db)
    verb = "ALTER" if conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                                  {"n": name}) else "CREATE"
    run(conn, f"{verb} ROLE {qi(name)} LOGIN NOINHERIT CONNECTION LIMIT 50 "
              f"PASSWORD {ql(LOGIN_ROLE_PASSWORD)}")


def functions(db: str, max_failures: int, lockout_minutes: int) -> list[str]:
    api, prefix = qi(API), ql(db + "_")
    audit = f"{qi('resettle_private')}.audit_system"
    return [f"""
CREATE OR REPLACE FUNCTION {api}.login_check(p_username text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE u record;
BEGIN
  SELECT id, active, locked_until INTO u FROM public.users WHERE username = p_username
  FOR UPDATE;
  IF NOT FOUND THEN RETURN 'ok'; END IF;  -- the same answer as for an existing account
  IF u.locked_until IS NOT NULL AND u.locked_until > now() THEN RETURN 'locked'; END IF;
  IF u.locked_until IS NOT NULL THEN
    UPDATE public.users SET locked_until = NULL, failed_logins = 0 WHERE id = u.id;
    IF u.active THEN
      EXECUTE format('ALTER ROLE %I LOGIN', {prefix} || p_username);
    END IF;
  END IF;
  RETURN 'ok';
END $$""", f"""
CREATE OR REPLACE FUNCTION {api}.login_failed(p_username text) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE uid integer; n integer;
BEGIN
  UPDATE public.users SET failed_logins = failed_logins + 1
   WHERE username = p_username AND (locked_until IS NULL OR locked_until <= now())
  RETURNING id, failed_logins INTO uid, n;
  IF NOT FOUND THEN
    SELECT id INTO uid FROM public.users WHERE username = p_username;
    IF uid IS NULL THEN
      PERFORM {audit}('failed_login', 'user', '', '{{"reason":"unknown user"}}');
      RETURN 'failed';
    END IF;
    PERFORM {audit}('failed_login', 'user', uid::text, '{{"reason":"locked"}}');
    RETURN 'locked';
  END IF;
  PERFORM {audit}('failed_login', 'user', uid::text, '{{"reason":"wrong password"}}');
  IF n >= {int(max_failures)} THEN
    UPDATE public.users SET locked_until = now() + interval '{int(lockout_minutes)} minutes',
           failed_logins = 0 WHERE id = uid;
    EXECUTE format('ALTER ROLE %I NOLOGIN', {prefix} || p_username);
    RETURN 'locked';
  END IF;
  RETURN 'failed';
END $$""", f"""
CREATE OR REPLACE FUNCTION {api}.login_ok() RETURNS void
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  UPDATE public.users SET failed_logins = 0, locked_until = NULL
   WHERE id = {api}.me() AND (failed_logins <> 0 OR locked_until IS NOT NULL)
$$"""]


def grants(db: str, everyone: str) -> list[str]:
    api, login = qi(API), qi(counter_role_name(db))
    return [f"GRANT EXECUTE ON FUNCTION {api}.login_check(text), {api}.login_failed(text)"
            f" TO {login}",
            f"GRANT EXECUTE ON FUNCTION {api}.login_ok() TO {everyone}"]


def check(conn: Connection, username: str) -> str:
    """'ok' or 'locked' (called as the counter role)."""
    return str(conn.scalar(text(f"SELECT {qi(API)}.login_check(:u)"), {"u": username}))


def failed(conn: Connection, username: str) -> str:
    """Count one failure: 'failed' or 'locked' (called as the counter role)."""
    return str(conn.scalar(text(f"SELECT {qi(API)}.login_failed(:u)"), {"u": username}))
