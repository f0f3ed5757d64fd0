"""A broken environment, through the CLI: damaged or foreign database files, a read-only
folder, a full disk, a missing or damaged key file, a credential store without the key or with
another key. Each time: the documented exit code, one clear sentence on stderr, no traceback,
and the existing files left byte-for-byte untouched."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_kit import Cli, Result, as_user, cli_base_env

AUTH, INVALID = 3, 1


def fingerprint(folder: Path) -> dict[str, str]:
    """Hashes of the database, its WAL and the key file (logs may grow)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and p.name.startswith(("resettle.db", "keystore"))}


def one_sentence(r: Result) -> str:
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("resettle: ") and "Traceback" not in r.stderr
    assert "unexpected error" not in lines[0], lines[0]
    return lines[0]


def short(sentence: str) -> str:
    """The sentence without 'resettle: ' and with temporary paths cut to their last part."""
    return re.sub(r"/\S*/", ".../", sentence.removeprefix("resettle: "))


def damage(cli: Cli, how: str) -> None:
    db = cli.data_dir / "resettle.db"
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    if how == "truncated":
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 3])
    elif how == "zero bytes":
        db.write_bytes(b"")
    elif how == "plain SQLite":
        db.unlink()
        with contextlib.closing(sqlite3.connect(db)) as conn:
            conn.execute("CREATE TABLE cases (id INTEGER)")
            conn.commit()
    elif how == "random bytes":
        db.write_bytes(os.urandom(64 * 1024))
    elif how == "key file missing":
        (cli.data_dir / "keystore.json").unlink()
    elif how == "key file damaged":
        (cli.data_dir / "keystore.json").write_text('{"mode": "passph')
    elif how == "key file emptied of keys":
        ks = cli.data_dir / "keystore.json"
        data = json.loads(ks.read_text())
        ks.write_text(json.dumps({"mode": data["mode"]}))
    elif how == "key file with a bad wrapped key":
        ks = cli.data_dir / "keystore.json"
        data = json.loads(ks.read_text())
        data["passphrase"]["wrapped"] = "not base64 at all!"
        ks.write_text(json.dumps(data))
    else:
        raise AssertionError(how)


CASES = ["truncated", "zero bytes", "plain SQLite", "random bytes", "key file missing",
         "key file damaged", "key file emptied of keys", "key file with a bad wrapped key"]


def test_damaged_files(cli: Cli, figure) -> None:
    import shutil

    pristine = cli.data_dir.with_name("pristine")
    shutil.copytree(cli.data_dir, pristine)
    sentences = {}
    for how in CASES:
        shutil.rmtree(cli.data_dir)
        shutil.copytree(pristine, cli.data_dir)
        damage(cli, how)
        before = fingerprint(cli.data_dir)
        for args in (("case", "list"), ("note", "add", "R-2025-00001", "--text", "x")):
            r = cli.run(*args, **as_user("caseworker"))
            assert r.returncode == AUTH, (how, r.returncode, r.stderr)
            sentences[how] = one_sentence(r)
        assert fingerprint(cli.data_dir) == before, how
    figure(f"broken files: {len(CASES)} kinds x 2 commands, each exit 3 with one sentence, "
           "files untouched: " + "; ".join(f"{k}: '{short(v)}'" for k, v in sentences.items()))


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[None]:
    folder.mkdir()
    p = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                       capture_output=True, text=True)
    if p.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({p.stderr.strip()})")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_read_only_folder(tmp_path: Path, figure) -> None:
    """As root, file modes do not stop writes: a read-only bind mount of the folder does."""
    source, mnt = tmp_path / "rw", tmp_path / "ro"
    cli = Cli(source / "data")
    assert cli.run("init", "--admin", "admin").returncode == 0
    assert cli.run("user", "add", "caseworker", "--role", "caseworker", "--password-stdin",
                   stdin="a-long-password-1\n").returncode == 0
    mnt.mkdir()
    p = subprocess.run(["mount", "--bind", str(source), str(mnt)], capture_output=True,
                       text=True)
    if p.returncode != 0:
        pytest.skip(f"cannot bind-mount here ({p.stderr.strip()})")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mnt)], check=True)
        cli = Cli(mnt / "data")
        before = fingerprint(cli.data_dir)
        outcomes = []
        for args in (("case", "list"), ("note", "add", "R-2025-00001", "--text", "x"),
                     ("backup", str(mnt / "b.db"))):
            r = cli.run(*args, **as_user("admin" if args[0] == "backup" else "caseworker"))
            assert r.returncode in (INVALID, AUTH), (args, r.returncode, r.stderr)
            outcomes.append(f"{args[0]}: exit {r.returncode} '{short(one_sentence(r))}'")
        assert fingerprint(cli.data_dir) == before
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)
    figure("read-only folder: " + "; ".join(outcomes))


def test_disk_full(tmp_path: Path, figure) -> None:
    mnt = tmp_path / "small"
    with tmpfs(mnt, "3m"):
        cli = Cli(mnt / "data")
        assert cli.run("init", "--admin", "admin").returncode == 0
        assert cli.run("user", "add", "caseworker", "--role", "caseworker", "--password-stdin",
                       stdin="a-long-password-1\n").returncode == 0
        filler = mnt / "filler"
        with filler.open("wb") as fh, contextlib.suppress(OSError):
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        filler.write_bytes(b"\0" * (filler.stat().st_size - 48 * 1024))  # a little room left
        before = fingerprint(cli.data_dir)
        db_bytes = (cli.data_dir / "resettle.db").read_bytes()
        r = cli.run("demo", "--cases", "400")
        assert r.returncode == INVALID, (r.returncode, r.stderr)
        sentence = one_sentence(r)
        r2 = cli.run("backup", str(mnt / "backup.db"))
        assert r2.returncode == INVALID, (r2.returncode, r2.stderr)
        one_sentence(r2)
        assert (cli.data_dir / "resettle.db").read_bytes() == db_bytes
        assert not (mnt / "backup.db").exists()
        filler.unlink()
        r3 = cli.run("case", "list", **as_user("caseworker"))
        assert r3.returncode == 0, r3.stderr
        del before
    figure(f"disk full (3 MB tmpfs, 48 KB left): demo load exit 1 '{short(sentence)}', "
           "backup exit 1, database file byte-for-byte unchanged, works again once space is "
           "freed")


@pytest.mark.keyring
def test_credential_store_missing_or_changed(secret_service, tmp_path: Path, figure) -> None:
    env = cli_base_env(tmp_path / "data")
    env.pop("RESETTLE_KEY_MODE")
    env.update({k: v for k, v in os.environ.items()
                if k in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR", "GNOME_KEYRING_CONTROL",
                         "PYTHON_KEYRING_BACKEND")})
    cli = Cli(tmp_path / "data", env)
    r = cli.run("init", "--admin", "admin")
    assert r.returncode == 0 and "credential store" in r.stdout, r.stdout + r.stderr
    from resettle.storage.keys import SERVICE, KeyStore

    store = KeyStore.load(tmp_path / "data" / "keystore.json")
    account = f"store-secret:{store.database_id}"  # this computer's half (issue 15)
    key = secret_service.get_password(SERVICE, account)
    assert key is not None
    assert cli.run("case", "list").returncode == 0
    before = fingerprint(cli.data_dir)
    secret_service.set_password(SERVICE, account, os.urandom(32).hex())  # changed
    changed = cli.run("case", "list")
    assert changed.returncode == AUTH, changed.stderr
    secret_service.delete_password(SERVICE, account)  # missing
    missing = cli.run("case", "list")
    assert missing.returncode == AUTH, missing.stderr
    assert "recover" in one_sentence(missing)
    assert fingerprint(cli.data_dir) == before
    secret_service.set_password(SERVICE, account, key)
    assert cli.run("case", "list").returncode == 0
    figure(f"credential store: key changed -> exit 3 '{short(one_sentence(changed))}'; key "
           f"missing -> exit 3 '{short(one_sentence(missing))}'; files untouched")
