"""`resettle self-test` checks the installation and touches no user data."""

from __future__ import annotations

import json
from pathlib import Path


def test_self_test_passes_without_touching_data(run, cli_env) -> None:
    result = run("--json", "self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)}
    assert {"SQLCipher", "encrypted database", "bundled files", "PDF report",
            "credential store", "Qt (offscreen)"} <= set(checks)
    assert all(c["ok"] for c in checks.values())
    assert not (Path(cli_env["RESETTLE_DATA_DIR"]) / "resettle.db").exists()
