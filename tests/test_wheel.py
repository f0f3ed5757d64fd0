"""The built wheel carries migrations and resources: `resettle init` works from a fresh venv."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_inits_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation",
                    "--outdir", str(dist), str(ROOT)], check=True, capture_output=True,
                   timeout=300)
    (wheel,) = dist.glob("resettle-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "resettle/migrations/env.py" in names
    assert any(n.startswith("resettle/migrations/versions/0001") for n in names)
    assert "resettle/resources/fonts/NanumGothic.ttf" in names
    assert "resettle/resources/fonts/OFL-NanumGothic.txt" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    site = subprocess.run([str(py), "-c", "import sysconfig;print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # Dependencies come from the test environment (appended, so the wheel's copy wins);
    # the network is not needed, and the checkout is not on the path.
    (Path(site) / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run([str(py), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    env = {k: v for k, v in os.environ.items() if not k.startswith("RESETTLE_")}
    env.update(RESETTLE_DATA_DIR=str(tmp_path / "data"), RESETTLE_KEY_MODE="passphrase",
               RESETTLE_PASSPHRASE="wheel passphrase 1", RESETTLE_PASSWORD="admin-password-1",
               PYTHONPATH="")
    where = subprocess.run([str(py), "-c", "import resettle.bundle as b;"
                            "print(b.bundled('migrations'))"], capture_output=True, text=True,
                           env=env, cwd=tmp_path, check=True).stdout.strip()
    assert where.startswith(site), where
    result = subprocess.run([str(venv / "bin" / "resettle"), "init", "--admin", "admin"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "resettle.db").exists()
    current = subprocess.run([str(venv / "bin" / "resettle"), "--user", "admin", "db", "current"],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert "(newest)" in current.stdout
