"""Server mode set-up for the database owner: init, upgrade, backup and restore (pg_dump)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from resettle.domain.errors import StorageFailed, UnlockFailed
from resettle.storage import database
from resettle.storage.server import install as server_install

from .accounts import LOCKOUT, MAX_FAILURES, UserInfo, check_password, check_username
from .api import Services

LIMITS = server_install.Lockout(MAX_FAILURES, int(LOCKOUT.total_seconds() // 60))


def _prepare(url: str, owner_password: str | None) -> None:
    db = database.open_server_database(url, owner_password, upgrade=False)
    try:
        server_install.install(db.engine, LIMITS)
    finally:
        db.close()


def init(url: str, owner_password: str | None, admin: str, password: str) -> UserInfo:
    """Schema (migrations), roles, keys, functions, grants, policies; the first administrator
    with their own login role. Run with the database owner's URL (CREATEROLE needed)."""
    check_username(admin)
    check_password(password)
    _prepare(url, owner_password)
    services = Services(database.open_server_database(url, owner_password))
    try:
        return services.accounts.create_first_admin(admin, password)
    finally:
        services.close()


def upgrade(url: str, owner_password: str | None) -> None:
    """Migrate to the newest schema and re-apply grants and policies (new tables get theirs)."""
    _prepare(url, owner_password)


def _libpq(url: str, owner_password: str | None) -> tuple[list[str], dict[str, str]]:
    u = database.with_tls(make_url(url))
    env = dict(os.environ)
    password = owner_password or u.password
    if password:
        env["PGPASSWORD"] = password
    for key, var in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        if key in u.query:
            env[var] = str(u.query[key])
    args = ["-h", u.host or "localhost", "-p", str(u.port or 5432), "-U", u.username or "",
            "-d", u.database or ""]
    return args, env


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise StorageFailed("storage_failed", reason="tool_missing", detail=name)
    return path


def backup(url: str, owner_password: str | None, target: Path) -> Path:
    """pg_dump (custom format): schema, rows, grants and policies. The server keys are not
    in it: they go to `<target>.keys` (mode 0600), to be kept apart from the dump."""
    args, env = _libpq(url, owner_password)
    keys = target.with_name(target.name + ".keys")
    result = subprocess.run([_tool("pg_dump"), "-Fc", "--exclude-table-data",
                             "resettle_private.keys", "-f", str(target), *args],
                            env=env, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise StorageFailed("storage_failed", reason="backup_failed", detail=result.stderr[-500:])
    db = database.open_server_database(url, owner_password, upgrade=False)
    try:
        fd = os.open(keys, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(server_install.export_keys(db.engine))
    finally:
        db.close()
    return keys


def restore(url: str, owner_password: str | None, source: Path) -> None:
    """Into an empty database of the same name on a cluster that has the accounts' roles:
    pg_restore, the keys put back, then everything server mode adds applied again."""
    keys = source.with_name(source.name + ".keys")
    if not keys.exists():
        raise UnlockFailed("no_database", path=keys)
    db = database.open_server_database(url, owner_password, upgrade=False)
    try:
        server_install.prepare_roles(db.engine)
    finally:
        db.close()
    args, env = _libpq(url, owner_password)
    result = subprocess.run([_tool("pg_restore"), "--exit-on-error", "--no-owner", *args,
                             str(source)], env=env, capture_output=True, text=True,
                            timeout=3600)
    if result.returncode != 0:
        raise StorageFailed("storage_failed", reason="restore_failed",
                            detail=result.stderr[-500:])
    db = database.open_server_database(url, owner_password, upgrade=False)
    try:
        server_install.import_keys(db.engine, keys.read_text())
        server_install.install(db.engine, LIMITS)
    finally:
        db.close()


def shares_a_login(url: str, server_password: str | None) -> bool:
    """A URL with a password (or RESETTLE_DB_PASSWORD) names one login for the workstation:
    the owner, or a database from before server mode. Otherwise each account is its role."""
    return bool(server_password or make_url(url).password)


def open_account(url: str, username: str, password: str) -> Services:
    """Connect as the account's own role (its password is the role's), TLS verified."""
    return Services(database.open_server_database(url, password, user=username))
