"""Run the real `resettle` command in a subprocess, in passphrase mode, in a temp data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ADMIN_PASSWORD = "admin-password-1"
PASSPHRASE = "cli passphrase 123"

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("RESETTLE_") and k not in ("LC_ALL", "LC_MESSAGES")}
    # an English locale: messages in English whatever the account's language (a test of
    # Korean output passes LANG=ko_KR.UTF-8)
    env.update(LANG="en_US.UTF-8")
    env.update(RESETTLE_DATA_DIR=str(tmp_path / "data"), RESETTLE_KEY_MODE="passphrase",
               RESETTLE_PASSPHRASE=PASSPHRASE, RESETTLE_PASSWORD=ADMIN_PASSWORD,
               RESETTLE_USER="admin")
    return env


@pytest.fixture
def run(cli_env: dict[str, str]) -> Run:
    def _run(*args: str, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run([sys.executable, "-m", "resettle", *args], input=stdin,
                                capture_output=True, text=True, env={**cli_env, **env},
                                timeout=120)
        assert "Traceback" not in result.stderr, result.stderr
        return result
    return _run


@pytest.fixture
def initialised(run: Run) -> Run:
    result = run("init", "--admin", "admin")
    assert result.returncode == 0, result.stderr
    return run
