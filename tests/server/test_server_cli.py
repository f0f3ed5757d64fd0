"""`resettle server init` with the owner's URL, then `resettle --db URL ...` as each user;
`server backup` / `restore` keep the roles' grants, the policies and the chain key."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

pytestmark = pytest.mark.postgres
ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "a-long-password-1"


def resettle(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("RESETTLE_")}
    result = subprocess.run([sys.executable, "-m", "resettle", *args], input=stdin,
                            capture_output=True, text=True, env={**base, "LANG": "C.UTF-8",
                                                                 **env}, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    return result


@pytest.fixture
def fresh_db(pg_server):
    name = f"t_{uuid.uuid4().hex[:16]}"
    pg_server.create_database(name)
    yield name
    pg_server.drop_database(name)
    with pg_server.admin_connect() as conn:
        for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                    (name.replace("_", r"\_") + "%",)).fetchall():
            conn.execute(f'DROP ROLE "{role}"')


def test_server_init_then_each_user_connects_as_their_own_role(pg_server, fresh_db, tmp_path):
    owner_url = pg_server.url(fresh_db)
    done = resettle("--db", owner_url, "server", "init", "--admin", "boss", "--json",
                    RESETTLE_PASSWORD=ADMIN_PASSWORD)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["db_role"] == f"{fresh_db}_boss"
    # from here on the URL names no login: the user's own role and password are used
    user_url = owner_url.replace(f"resettle:{pg_server.password}@", "")
    added = resettle("--db", user_url, "--user", "boss", "--json", "user", "add", "min.cw",
                     "--role", "caseworker", "--password-stdin", stdin=PASSWORD + "\n",
                     RESETTLE_PASSWORD=ADMIN_PASSWORD)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["db_role"] == f"{fresh_db}_min.cw"
    listed = resettle("--db", user_url, "--user", "min.cw", "user", "list",
                      RESETTLE_PASSWORD=PASSWORD)
    assert listed.returncode != 0  # a caseworker may not list accounts: refused as before
    wrong = resettle("--db", user_url, "--user", "min.cw", "user", "list",
                     RESETTLE_PASSWORD="not-the-password")
    assert wrong.returncode != 0 and "password" in wrong.stderr.lower()

    dump = tmp_path / "office.dump"
    backed = resettle("--db", owner_url, "server", "backup", str(dump))
    assert backed.returncode == 0, backed.stderr
    assert (tmp_path / "office.dump.keys").stat().st_mode & 0o077 == 0
    pg_server.drop_database(fresh_db)
    pg_server.create_database(fresh_db)
    restored = resettle("--db", owner_url, "server", "restore", str(dump))
    assert restored.returncode == 0, restored.stderr
    verified = resettle("--db", user_url, "--user", "boss", "--json", "audit", "verify",
                        RESETTLE_PASSWORD=ADMIN_PASSWORD)
    assert verified.returncode == 0, verified.stderr + verified.stdout
    assert json.loads(verified.stdout)["ok"] is True
