"""Helpers shared by the reliability tests (imported by name: pytest puts this folder on
sys.path): an encrypted database with a known key, integrity checks, the CLI in-process or as a
program."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ADMIN_PASSWORD = "admin-password-1"
PASSWORD = "a-long-password-1"
PASSPHRASE = "reliability passphrase 1"
REPO = Path(__file__).resolve().parents[2]

@dataclass
class FileDb:
    path: Path
    key: bytes


def open_services(fdb: FileDb, clock: Callable[[], object] | None = None) -> object:
    from resettle.services.api import Services
    from resettle.storage.database import Database
    from resettle.storage.engine import sqlcipher_engine

    return Services(Database(sqlcipher_engine(fdb.path, fdb.key), fdb.key, "keyring",
                             fdb.path), clock)  # type: ignore[arg-type]


def open_file_database(data_dir: Path, *, passphrase: Callable[[], str], upgrade: bool = True,
                       user: str = "admin", password: str = ADMIN_PASSWORD) -> object:
    """The database of a data folder, opened by a password as a log-in opens it (issue 15:
    the key is released only by a password, here the administrator's); no audit row."""
    from resettle.storage.database import open_with_password

    db, _ = open_with_password(data_dir, user, password, passphrase=passphrase,
                               upgrade=upgrade)
    return db


def integrity(path: Path, key: bytes) -> list[str]:
    """Problems found by integrity_check and cipher_integrity_check (empty: all fine)."""
    from resettle.storage.engine import connect_raw

    conn = connect_raw(path, key, readonly=False)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()
    return problems


# --------------------------------------------------------------------------- the CLI


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def cli_base_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("RESETTLE_") and k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="en_US.UTF-8",  # these tests read the English sentences
               RESETTLE_DATA_DIR=str(data_dir), RESETTLE_KEY_MODE="passphrase",
               RESETTLE_PASSPHRASE=PASSPHRASE, RESETTLE_PASSWORD=ADMIN_PASSWORD,
               RESETTLE_USER="admin")
    return env


_KEKS: dict[tuple[str, bytes, tuple[tuple[str, int], ...]], bytes] = {}


def cached_kek(real: Callable[..., bytes]) -> Callable[..., bytes]:
    """Argon2 (64 MiB, 3 passes) costs ~0.5 s per CLI run here; in-process runs reuse a
    result already computed for the same passphrase and salt (the CLI path is unchanged)."""
    def kek(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
        k = (passphrase, salt, tuple(sorted(params.items())))
        if k not in _KEKS:
            _KEKS[k] = real(passphrase, salt, params)
        return _KEKS[k]
    return kek


class Cli:
    """`resettle` in passphrase mode over one data folder: in this process (`run`, the same
    code path as the program, much faster) or as a real program (`program`)."""

    def __init__(self, data_dir: Path, env: dict[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.env = env or cli_base_env(data_dir)

    def run(self, *args: str, stdin: str = "", **env: str) -> Result:
        from resettle.cli.main import run
        from resettle.storage import keys

        real_kek = keys.passphrase_kek
        keys.passphrase_kek = cached_kek(real_kek)  # type: ignore[assignment]
        saved = dict(os.environ)
        out, err = io.StringIO(), io.StringIO()
        os.environ.clear()
        os.environ.update({**self.env, **env})
        old_stdin = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = run(list(args))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        finally:
            keys.passphrase_kek = real_kek  # type: ignore[assignment]
            sys.stdin = old_stdin
            os.environ.clear()
            os.environ.update(saved)
        result = Result(code, out.getvalue(), err.getvalue())
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def program(self, *args: str, stdin: str = "", timeout: float = 120, **env: str) -> Result:
        p = subprocess.run([sys.executable, "-m", "resettle", *args], input=stdin,
                           capture_output=True, text=True, env={**self.env, **env},
                           timeout=timeout, cwd=REPO)
        assert "Traceback" not in p.stderr, p.stderr
        return Result(p.returncode, p.stdout, p.stderr)


def as_user(name: str) -> dict[str, str]:
    return {"RESETTLE_USER": name,
            "RESETTLE_PASSWORD": ADMIN_PASSWORD if name == "admin" else PASSWORD}
