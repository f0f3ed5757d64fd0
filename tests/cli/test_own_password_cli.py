"""`resettle user password --password-stdin`: a user changes their own password (the face of
accounts.change_password); the old one stops opening the database, the new one opens it."""

from __future__ import annotations

OLD, NEW = "a-long-password-1", "another-password-2"


def test_a_user_changes_their_own_password(initialised):
    run = initialised
    assert run("user", "add", "cw", "--role", "caseworker", "--password-stdin",
               stdin=OLD + "\n").returncode == 0
    short = run("user", "password", "--password-stdin", stdin="short\n",
                RESETTLE_USER="cw", RESETTLE_PASSWORD=OLD)
    assert short.returncode == 1 and "Password" in short.stderr
    wrong = run("user", "password", "--password-stdin", stdin=NEW + "\n",
                RESETTLE_USER="cw", RESETTLE_PASSWORD="not-the-password-9")
    assert wrong.returncode == 3
    changed = run("user", "password", "--password-stdin", stdin=NEW + "\n",
                  RESETTLE_USER="cw", RESETTLE_PASSWORD=OLD)
    assert changed.returncode == 0, changed.stderr
    assert "cw: password changed" in changed.stdout
    assert run("case", "list", RESETTLE_USER="cw", RESETTLE_PASSWORD=OLD).returncode == 3
    assert run("case", "list", RESETTLE_USER="cw", RESETTLE_PASSWORD=NEW).returncode == 0
