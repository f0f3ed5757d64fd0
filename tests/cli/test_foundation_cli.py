"""The CLI: init, users, db, audit, recover, rekey, with the documented exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from resettle import __version__

RECOVERY = re.compile(r"[A-Z2-9]{4}(?:-[A-Z2-9]{4}){7}")


def test_version_and_usage(run) -> None:
    assert run("--version").stdout.strip() == f"resettle {__version__}"
    assert run("no-such-command").returncode == 2
    assert run("user", "add").returncode == 2


def test_init_prints_mode_and_recovery_key_once(run, cli_env) -> None:
    result = run("init", "--admin", "admin")
    assert result.returncode == 0
    assert "Passphrase mode" in result.stdout
    assert RECOVERY.search(result.stdout)
    again = run("init", "--admin", "admin")
    assert again.returncode == 3 and "already exists" in again.stderr
    data = Path(cli_env["RESETTLE_DATA_DIR"])
    assert RECOVERY.search(result.stdout).group(0) not in "".join(
        p.read_text(errors="ignore") for p in data.rglob("*") if p.is_file())


def test_user_lifecycle_and_exit_codes(initialised) -> None:
    run = initialised
    added = run("user", "add", "mina", "--role", "caseworker", "--password-stdin",
                stdin="caseworker-pass-1\n")
    assert added.returncode == 0, added.stderr
    listed = json.loads(run("--json", "user", "list").stdout)
    assert {u["username"]: u["role"] for u in listed} == {"admin": "admin", "mina": "caseworker"}
    short = run("user", "add", "jun", "--role", "lawyer", "--password-stdin", stdin="short\n")
    assert short.returncode == 1 and "Password" in short.stderr and "12" in short.stderr
    denied = run("user", "list", RESETTLE_USER="mina", RESETTLE_PASSWORD="caseworker-pass-1")
    assert denied.returncode == 4 and "may not" in denied.stderr
    assert run("user", "unlock", "ghost").returncode == 5
    for _ in range(5):
        assert run("user", "list", RESETTLE_USER="mina", RESETTLE_PASSWORD="wrong-pass-99"
                   ).returncode == 3
    locked = run("user", "list", RESETTLE_USER="mina", RESETTLE_PASSWORD="caseworker-pass-1")
    assert locked.returncode == 3 and "locked" in locked.stderr
    assert run("user", "unlock", "mina").returncode == 0
    assert run("user", "disable", "mina").returncode == 0
    assert run("user", "reset-password", "mina", "--password-stdin",
               stdin="new-caseworker-2\n").returncode == 0


def test_user_remove_takes_an_unused_account_and_keeps_one_with_history(initialised) -> None:
    run = initialised
    assert run("user", "add", "typo.cw", "--role", "caseworker", "--password-stdin",
               stdin="made-by-mistake-9\n").returncode == 0
    removed = run("user", "remove", "typo.cw")
    assert removed.returncode == 0 and removed.stdout.strip() == "typo.cw: account removed"
    assert "typo.cw" not in run("user", "list").stdout
    kept = run("user", "remove", "admin")  # the user running it
    assert kept.returncode == 1 and "your own account" in kept.stderr
    assert run("user", "remove", "ghost").returncode == 5


def test_wrong_password_and_wrong_passphrase_exit_3(initialised) -> None:
    run = initialised
    assert run("user", "list", RESETTLE_PASSWORD="nope-nope-nope").returncode == 3
    result = run("user", "list", RESETTLE_PASSPHRASE="wrong passphrase 9")
    assert result.returncode == 3 and result.stderr.count("\n") == 1


def test_db_and_audit(initialised, cli_env) -> None:
    run = initialised
    assert "(newest)" in run("db", "current").stdout
    assert run("db", "upgrade").returncode == 0
    verify = run("audit", "verify")
    assert verify.returncode == 0 and "intact" in verify.stdout
    entries = json.loads(run("--json", "audit", "list").stdout)
    assert {"login", "create"} <= {e["action"] for e in entries}
    kept = run("audit", "head")
    assert kept.returncode == 0 and ":" in kept.stdout
    assert run("audit", "verify", "--against", kept.stdout.strip()).returncode == 0
    assert run("audit", "verify", "--against", "1:" + "0" * 64).returncode == 1
    assert run("audit", "verify", "--against", "nonsense").returncode == 1
    from resettle.services.installation import Location, log_in
    from resettle.storage.models import AuditEntry

    services, _ = log_in(Location(Path(cli_env["RESETTLE_DATA_DIR"])), "admin",
                         cli_env["RESETTLE_PASSWORD"], lambda: cli_env["RESETTLE_PASSPHRASE"])
    with services.db.writer() as s, s.begin():
        s.get(AuditEntry, 2).action = "view"
    services.close()
    broken = run("audit", "verify")
    assert broken.returncode == 1 and "row 2" in broken.stdout


def test_recover_and_rekey(run) -> None:
    init = run("init", "--admin", "admin")
    recovery = RECOVERY.search(init.stdout).group(0)
    bad = run("recover", RESETTLE_RECOVERY_KEY="ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
              RESETTLE_PASSPHRASE="new passphrase 42")
    assert bad.returncode == 3
    good = run("recover", RESETTLE_RECOVERY_KEY=recovery.lower(),
               RESETTLE_PASSPHRASE="new passphrase 42")
    assert good.returncode == 0, good.stderr
    assert run("user", "list").returncode == 3  # the old passphrase no longer opens it
    assert run("user", "list", RESETTLE_PASSPHRASE="new passphrase 42").returncode == 0
    rekey = run("rekey", RESETTLE_PASSPHRASE="new passphrase 42")
    assert rekey.returncode == 0, rekey.stderr
    assert RECOVERY.search(rekey.stdout).group(0) != recovery
    assert run("audit", "verify", RESETTLE_PASSPHRASE="new passphrase 42").returncode == 0


def test_no_database_yet(run) -> None:
    result = run("user", "list")
    assert result.returncode == 3 and "resettle init" in result.stderr
