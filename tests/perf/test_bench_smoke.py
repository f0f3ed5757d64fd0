"""CI smoke test of the benchmark harness: a small database, every figure and the JSON
produced. Not a timed assertion: budgets are only reported by the harness itself."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECTED = (
    "process start to log-in window shown", "search query alone: Hangul syllables",
    "search query alone: initial consonants", "search query alone: Latin variants",
    "search query alone: case numbers", "open a case detail (services.cases.show)",
    "case summary PDF, first in the session", "case summary PDF, first in a cold process",
    "case summary PDF, repeated", "custody review PDF",
    "log-in to first screen of the case list painted", "log-in to first screen, everything",
    "search as you type (query + model + repaint): Hangul syllables",
    "custody review screen", "resident memory with the case list open",
    "demo load of 2,000 cases")


def test_smoke_run_produces_every_figure_and_the_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    run = subprocess.run([sys.executable, str(HERE / "bench.py"), "--smoke", "--cases", "2000",
                          "--cache", str(tmp_path / "cache"), "--json", str(out)],
                         capture_output=True, text=True, timeout=290)
    assert run.returncode == 0, run.stderr[-3000:]
    data = json.loads(out.read_text(encoding="utf-8"))
    figures = {f["name"]: f for f in data["figures"]}
    for name in EXPECTED:
        match = [f for n, f in figures.items() if n.startswith(name)]
        assert match, f"missing figure {name!r}; have {sorted(figures)}"
        assert match[0]["median"] is not None, match[0]  # measured, not "n/a"
    assert data["meta"]["cases"] == 2000
    assert "| figure | median | p95 | floor | ratio |" in run.stdout
