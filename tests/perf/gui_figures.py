"""GUI figures at scale, printed (not a timed test): start to log-in window, log-in to the first
rows painted, and search-as-you-type per keystroke (query + model reset + repaint).

    RESETTLE_PASSPHRASE=... python tests/perf/gui_figures.py DATA_DIR USER PASSWORD [REPEAT]
Make the data with `resettle init` and `resettle --user admin demo --cases 100000`."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

KEYSTROKES = {"Hangul syllables (김, 김정)": ["김", "김정"],
              "initial consonants (ㄱ, ㄱㅈ)": ["ㄱ", "ㄱㅈ"],
              "Latin (K, Ki, Kim)": ["K", "Ki", "Kim"],
              "case numbers (R-2025)": ["R", "R-", "R-2", "R-20", "R-202", "R-2025"]}
PROBE = """
import sys, time, json
from PySide6.QtWidgets import QDialog, QApplication
def shown(self):
    QApplication.processEvents(); self.grab()
    print(json.dumps({"t": time.monotonic(), "heavy": sorted(m for m in
        ("sqlalchemy", "reportlab", "sqlcipher3") if m in sys.modules)}), flush=True)
    import os; os._exit(0)
QDialog.exec = shown
from resettle.gui.main import main
main()
"""


def start_to_login(data_dir: Path, runs: int = 5) -> tuple[list[float], list[str]]:
    """Process start (before the interpreter) to the log-in window painted."""
    env = {**os.environ, "RESETTLE_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT)}
    times, heavy = [], []
    for _ in range(runs):
        start = time.monotonic()
        out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                             text=True, check=True).stdout
        shown = json.loads(out.strip().splitlines()[-1])
        times.append(shown["t"] - start)
        heavy = shown["heavy"]
    return times, heavy


def wait_for(signal: Any, timeout_ms: int = 60_000) -> list[Any]:
    from PySide6.QtCore import QEventLoop, QTimer

    loop, got = QEventLoop(), []

    def done(*args: Any) -> None:
        got.append(args)
        loop.quit()
    signal.connect(done)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(done)
    return list(got[0]) if got else []


def stats(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"median {statistics.median(values) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms"


def main(data_dir: Path, user: str, password: str, repeat: int) -> None:
    from resettle.gui.main import make_app

    times, heavy = start_to_login(data_dir)
    print(f"process start to log-in window painted:  {stats(times)}   "
          f"(heavy modules loaded: {heavy or 'none'})")
    make_app("en")
    from resettle.gui.main_window import MainWindow
    from resettle.services.installation import Location, open_services

    phrase = os.environ.get("RESETTLE_PASSPHRASE", "")
    start = time.perf_counter()
    services = open_services(Location(data_dir), lambda: phrase)
    actor = services.accounts.login(user, password)
    logged_in = time.perf_counter()
    window = MainWindow(services, actor, idle_minutes=60)
    window.resize(1280, 800)
    window.show()
    view = window.page("cases")
    wait_for(view.firstRows)
    window.grab()
    painted = time.perf_counter()
    wait_for(view.idsShown)
    all_ids = time.perf_counter()
    print(f"unlock + log-in (key derivation, password): {(logged_in - start) * 1000:7.1f} ms")
    print(f"log-in to first rows painted:               {(painted - logged_in) * 1000:7.1f} ms")
    print(f"log-in to all {view.model.rowCount():,} ids in the model:   "
          f"{(all_ids - logged_in) * 1000:7.1f} ms (in the background)")
    from resettle.services.case_query import CaseQuery

    for kind, strokes in KEYSTROKES.items():
        total, query = [], []
        for _ in range(repeat):
            for text in strokes:
                view.search.setText(text)
                view.debounce.stop()
                t0 = time.perf_counter()
                view.refresh()
                wait_for(view.idsShown)
                view.table.viewport().grab()
                total.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                services.cases.find_ids(actor, CaseQuery(search=text))
                query.append(time.perf_counter() - t0)
        print(f"keystroke {kind:32s} total {stats(total)} | query alone {stats(query)}")
    window.idle.stop()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3],
         int(sys.argv[4]) if len(sys.argv) > 4 else 3)
