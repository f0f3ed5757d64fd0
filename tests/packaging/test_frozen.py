"""The frozen (PyInstaller) build passes its own self-test and opens a throwaway database.

Needs a build at packaging/dist/resettle (packaging/build-linux.sh, 3-5 minutes), or
RESETTLE_BUILD_FROZEN=1 to build it here first; otherwise the tests skip and say so.
CI does not build the bundle by default."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import resettle

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "packaging" / "dist" / "resettle"
# Windows and macOS builds have a console twin for command-line use (see resettle.spec).
EXE = BUNDLE / {"win32": "resettle-cli.exe", "darwin": "resettle-cli"}.get(sys.platform,
                                                                            "resettle")
BUILD_ENV = "RESETTLE_BUILD_FROZEN"
EXPECTED_CHECKS = {"SQLCipher", "encrypted database", "bundled files", "PDF report",
                   "credential store", "Qt (offscreen)"}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen() -> Path:
    if os.environ.get(BUILD_ENV) == "1":
        if not sys.platform.startswith("linux"):
            pytest.skip(f"{BUILD_ENV}=1 builds with packaging/build-linux.sh, Linux only; "
                        "see packaging/README.md for Windows and macOS")
        subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh")], check=True,
                       timeout=1800)
    if not EXE.exists():
        pytest.skip(f"no frozen build at {BUNDLE.relative_to(ROOT)}: run "
                    f"packaging/build-linux.sh (3-5 minutes) or set {BUILD_ENV}=1")
    return EXE


def run(exe: Path, *args: str, home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The frozen program with a clean environment: no RESETTLE_* settings of the caller."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("RESETTLE_")}
    clean.update(QT_QPA_PLATFORM="offscreen", RESETTLE_DATA_DIR=str(home / "data"),
                 XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
                 **env)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=clean,
                          cwd=home, timeout=300)


def test_bundle_matches_the_checkout(frozen: Path, tmp_path: Path) -> None:
    """A stale bundle would test old code: same version, same migrations as the checkout."""
    version = run(frozen, "--version", home=tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"resettle {resettle.__version__}"
    inside = BUNDLE / "_internal" / "resettle" / "migrations"
    if sys.platform == "darwin" and not inside.exists():
        inside = BUNDLE.parent / "Resettle.app" / "Contents" / "Resources" / "resettle" / \
            "migrations"
    ours = sorted(p.name for p in (ROOT / "migrations" / "versions").glob("*.py"))
    theirs = sorted(p.name for p in (inside / "versions").glob("*.py"))
    assert theirs == ours, "the bundle is older than the checkout: rebuild it"
    assert (inside / "env.py").is_file()


def test_frozen_self_test_passes_every_check(frozen: Path, tmp_path: Path) -> None:
    result = run(frozen, "--json", "self-test", home=tmp_path)
    checks = json.loads(result.stdout)
    failed = {c["name"]: c["detail"] for c in checks if not c["ok"]}
    assert failed == {}
    assert {c["name"] for c in checks} >= EXPECTED_CHECKS
    assert result.returncode == 0, result.stderr
    made = {p.relative_to(tmp_path / "data").parts[0] for p in (tmp_path / "data").glob("*")}
    assert made <= {"logs"}, f"self-test touched the data folder: {made}"


def test_frozen_init_and_user_list_in_passphrase_mode(frozen: Path, tmp_path: Path) -> None:
    secrets = dict(RESETTLE_KEY_MODE="passphrase", RESETTLE_PASSPHRASE="frozen passphrase 1",
                   RESETTLE_PASSWORD="frozen-password-1")
    init = run(frozen, "init", "--admin", "admin", home=tmp_path, **secrets)
    assert init.returncode == 0, init.stderr
    assert (tmp_path / "data" / "resettle.db").read_bytes()[:16] != b"SQLite format 3\0"
    users = run(frozen, "--json", "--user", "admin", "user", "list", home=tmp_path, **secrets)
    assert users.returncode == 0, users.stderr
    assert [u["username"] for u in json.loads(users.stdout)] == ["admin"]


@pytest.mark.keyring
def test_frozen_build_keeps_the_key_in_the_secret_service(
        frozen: Path, secret_service: object, tmp_path: Path) -> None:
    """keyring's backends, secretstorage and jeepney made it into the bundle and work."""
    result = run(frozen, "--json", "self-test", home=tmp_path)
    store = {c["name"]: c["detail"] for c in json.loads(result.stdout)}["credential store"]
    assert store == "keyring.backends.SecretService.Keyring"
    init = run(frozen, "init", "--admin", "admin", home=tmp_path,
               RESETTLE_PASSWORD="frozen-password-1")
    assert init.returncode == 0, init.stderr
    keystore = json.loads((tmp_path / "data" / "keystore.json").read_text())
    assert keystore["mode"] == "keyring"
    users = run(frozen, "--user", "admin", "user", "list", home=tmp_path,
                RESETTLE_PASSWORD="frozen-password-1")
    assert users.returncode == 0, users.stderr
