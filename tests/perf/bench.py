"""Resettle performance benchmark: every figure of issue 7 next to its floor.

How to run (from the repository root, in the project's virtualenv):

    python tests/perf/bench.py                     # 100,000 cases, full run (~5-10 min)
    python tests/perf/bench.py --smoke             # 2,000 cases, one quick pass (CI)
    python tests/perf/bench.py --cases 20000 --repeat 10 --json out.json
    python tests/perf/bench.py --pg postgresql+psycopg://user:pw@host/db   # also PostgreSQL
    python tests/perf/bench.py --only search,detail   # some groups only

The first run builds a demo database of --cases cases (`services.demo.load`, seed --seed,
passphrase mode with a fixed bench passphrase) in --cache (default ~/.cache/resettle-bench),
keyed by case count, schema head, seed and the demo generator's source; later runs reuse it.
Each run works on a copy of the cached database (the audit rows it writes stay there).

Each figure is the median and p95 over --repeat runs, next to its floor measured in the same
run on the same data: the SQL the service issued, replayed on a raw sqlcipher3 connection
keyed with the same key; a bare PySide6 window; ReportLab building the same PDF from the same
prepared data; a raw executemany of the very rows the demo load inserted (the demo load and
its floor are measured at --demo-cases and scaled linearly to --cases, as the table says).
GUI figures run in a subprocess with QT_QPA_PLATFORM=offscreen (tests/perf/gui_worker.py);
process start runs `python -m resettle` in a subprocess up to the log-in window painted
(tests/perf/start_probe.py) and reports which heavy modules were loaded by then.

Budgets apply to the p95. Nothing here is a timed test: the output is a table (Markdown) and,
with --json, the same figures as JSON. Note the machine's load printed with the table: on a
busy 2-core machine the figures move by tens of percent.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE)]

import benchdb  # noqa: E402
from timing import Figure, keystroke_table, load, table, to_json  # noqa: E402

GROUPS = ("start", "search", "detail", "reports", "today", "gui", "demo")


def child_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def probe(args: list[str]) -> dict[str, Any]:
    start = time.monotonic()
    out = subprocess.run([sys.executable, str(HERE / "start_probe.py"), *args], cwd=REPO,
                         env=child_env(), capture_output=True, text=True, timeout=120)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {"error": (out.stderr.strip().splitlines() or ["no output"])[-1]}
    info: dict[str, Any] = json.loads(lines[-1])
    if "shown_at" in info:
        info["seconds"] = info["shown_at"] - start
    return info


def start_figures(data_dir: Path, repeat: int) -> list[Figure]:
    """Process start to the log-in window painted, next to a bare PySide6 window."""
    real = [probe([str(data_dir)]) for _ in range(repeat)]
    bare = [probe(["--bare"]) for _ in range(repeat)]
    if any("seconds" not in r for r in real):
        why = next(r.get("error", "?") for r in real if "seconds" not in r)
        return [Figure.missing("process start to log-in window shown", 0.300, f"n/a ({why})")]
    heavy = sorted({m for r in real for m in r["heavy"]})
    note = ("loaded at that moment: " + ", ".join(heavy)) if heavy else \
        "no SQLAlchemy/ReportLab loaded"
    bare_s = [b["seconds"] for b in bare if "seconds" in b]
    return [Figure.of("process start to log-in window shown", 0.300,
                      [r["seconds"] for r in real], bare_s, note=note,
                      extra={"heavy_modules": heavy, "login_ok": not ({"sqlalchemy",
                                                                      "reportlab"} & set(heavy))}),
            Figure("resident memory, bare PySide6 window (floor)", None,
                   statistics.median(b["rss_mb"] for b in bare),
                   max(b["rss_mb"] for b in bare), unit="MB", runs=len(bare))]


def gui_worker(data_dir: Path, *args: str) -> Any:
    out = subprocess.run([sys.executable, str(HERE / "gui_worker.py"), str(data_dir), *args],
                         cwd=REPO, env=child_env(), capture_output=True, text=True,
                         timeout=1800)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("GUI-FIGURES ")), None)
    result = json.loads(line.removeprefix("GUI-FIGURES ")) if line else {
        "error": (out.stderr.strip().splitlines() or ["no output"])[-1]}
    if isinstance(result, dict) and "error" in result:
        sys.stderr.write(out.stderr[-3000:])
    return result


def login_figures(data_dir: Path, repeat: int) -> list[Figure]:
    """Each log-in in a fresh process (a user logs in once per start)."""
    out = []
    for name, budget, args in (
            ("log-in to first screen of the case list painted (database opened while the "
             "user typed)", 0.300, ["--login"]),
            ("log-in to first screen, everything at Log in (passphrase left with Return)",
             None, ["--login", "--at-once"])):
        runs = [gui_worker(data_dir, *args) for _ in range(repeat)]
        if any("error" in r for r in runs):
            why = next(r["error"] for r in runs if "error" in r)
            out.append(Figure.missing(name, budget, f"n/a ({why})"))
            continue
        out.append(Figure.of(name, budget, [r["seconds"] for r in runs],
                             [r["floor"] for r in runs]))
    return out


def gui_figures(data_dir: Path, repeat: int, quick: bool) -> list[Figure]:
    result = gui_worker(data_dir, str(repeat), *(["--quick"] if quick else []))
    if isinstance(result, dict):
        return [Figure.missing("GUI figures", None, f"n/a ({result['error']})")]
    return [Figure(**f) for f in result]


def data_figures(services: Any, groups: set[str], repeat: int) -> list[Figure]:
    import figures_data as fd

    actor = benchdb.admin(services)
    out: list[Figure] = []
    if "search" in groups:
        out += fd.search_figures(services, actor, repeat)
        out.append(fd.first_page_figure(services, actor, repeat))
    if "detail" in groups:
        out.append(fd.detail_figure(services, actor, repeat))
        out.append(fd.custody_rows_figure(services, actor, repeat))
    if "reports" in groups:
        out += fd.report_figures(services, actor, repeat)
    if "today" in groups:
        out += today_figures(services, actor, repeat)
    return out


def today_figures(services: Any, actor: Any, repeat: int) -> list[Figure]:
    """The supervisor's Today (issue 17): decisions waiting, people near or over the custody
    limit and recent high-risk flags (services.worklist.today, what the page paints), next to
    its SELECTs replayed on a raw connection; then every caseworker's overdue items over all
    open cases (services.worklist.loads), which the page fills in after painting."""
    from floors import capture_statements, raw_connection, replay
    from timing import samples

    password = "bench-supervisor-password-1"  # made in the run's working copy only
    services.accounts.add_user(actor, "bench-supervisor", "supervisor", password)
    supervisor = services.accounts.login("bench-supervisor", password)
    out = []
    conn = raw_connection(services)
    for name, budget, call in (
            ("supervisor's Today, painted part (worklist.today)", 0.300,
             lambda: services.worklist.today(supervisor)),
            ("supervisor's Today, overdue by caseworker after painting (worklist.loads)", None,
             lambda: services.worklist.loads(supervisor))):
        result = call()  # warm-up; also what the note reports
        floor = samples(replay(conn, capture_statements(services, call)), repeat)
        note = (f"{len(result.items)} items" if hasattr(result, "items") else
                f"{sum(c.overdue for c in result):,} overdue items counted")
        out.append(Figure.of(name, budget, samples(call, repeat), floor, note=note))
    conn.close()
    return out


def pg_figures(url: str, cases: int, seed: int, repeat: int) -> list[Figure]:
    """PostgreSQL: the same service figures (search, detail, reports) over a server."""
    from resettle.services.api import Services
    from resettle.storage import database

    try:
        db = database.open_server_database(url, None)
    except Exception as exc:  # noqa: BLE001
        return [Figure.missing("PostgreSQL", None, f"n/a (unreachable: {type(exc).__name__})")]
    services = Services(db)
    import figures_data as fd

    try:
        with contextlib.suppress(Exception):  # the administrator may be there already
            services.accounts.create_first_admin(benchdb.ADMIN, benchdb.ADMIN_PASSWORD)
        actor = benchdb.admin(services)
        from resettle.services.case_query import CaseQuery

        have = len(services.cases.find_ids(actor, CaseQuery()))
        if have < cases:
            services.demo.load(actor, cases - have, seed)
        out = fd.search_figures(services, actor, repeat)
        out.append(fd.detail_figure(services, actor, repeat))
        for f in out:
            f.name = "PostgreSQL: " + f.name
        return out
    finally:
        services.close()


def working_copy(bench: benchdb.BenchDb, into: Path) -> Path:
    target = into / "data"
    shutil.copytree(bench.data_dir, target)
    return target


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--cases", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--smoke", action="store_true",
                   help="2,000 cases, few repeats: proves the harness works (CI)")
    p.add_argument("--repeat", type=int, default=None, help="runs per figure (default 15)")
    p.add_argument("--demo-cases", type=int, default=None,
                   help="cases per demo-load measurement (default 10,000), scaled to --cases")
    p.add_argument("--cache", type=Path, default=benchdb.DEFAULT_CACHE)
    p.add_argument("--json", type=Path, help="also write the figures as JSON here")
    p.add_argument("--markdown", type=Path, help="also write the table (Markdown) here")
    p.add_argument("--pg", help="PostgreSQL URL: also measure the service figures there")
    p.add_argument("--only", help="comma-separated groups: " + ", ".join(GROUPS))
    a = p.parse_args(argv)
    if a.smoke and a.cases == 100_000:
        a.cases = 2000
    repeat = a.repeat or (2 if a.smoke else 15)
    if a.smoke:
        import figures_data

        figures_data.QUICK = True
    demo_n = a.demo_cases or (500 if a.smoke else 10_000)
    groups = set(a.only.split(",")) if a.only else set(GROUPS)
    started = time.perf_counter()
    load_before = load()
    bench = benchdb.ensure(a.cases, a.seed, a.cache, log=lambda s: print(s, flush=True))
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="resettle-bench-") as tmp:
        data_dir = working_copy(bench, Path(tmp))
        if "start" in groups:
            print("process start ...", flush=True)
            figures += start_figures(data_dir, 2 if a.smoke else 3 * repeat)  # p95: 30 runs
        if groups & {"search", "detail", "reports", "today"}:
            print("search, detail, reports ...", flush=True)
            services = benchdb.open_services(data_dir)
            from resettle.gui.main import preload

            preload()  # as the app does while the user logs in (imports, ORM, gc.freeze)
            try:
                figures += data_figures(services, groups, repeat)
            finally:
                services.close()
        if "gui" in groups:
            print("GUI (offscreen) ...", flush=True)
            figures += login_figures(data_dir, 1 if a.smoke else min(repeat, 7))
            figures += gui_figures(data_dir, 1 if a.smoke else max(2, repeat // 3), a.smoke)
    if "demo" in groups:
        print("demo load ...", flush=True)
        from figures_demo import demo_figure

        figures.append(demo_figure(demo_n, a.cases, 1 if a.smoke else 3, a.seed))
        if bench.build_seconds is not None:
            figures.append(Figure(f"demo load of {a.cases:,} cases, when the cache was built",
                                  120.0, bench.build_seconds, bench.build_seconds, runs=1,
                                  note="1 run, full size"))
    if a.pg:
        print("PostgreSQL ...", flush=True)
        figures += pg_figures(a.pg, a.cases, a.seed, repeat)
    bare = next((f for f in figures if f.name.startswith("resident memory, bare")), None)
    for f in figures:
        if bare and f.name.startswith("resident memory with"):
            f.floor = bare.median
    figures = [f for f in figures if f is not bare]
    meta = {"cases": a.cases, "repeat": repeat, "smoke": a.smoke, "load_before": load_before,
            "load_after": load(), "python": platform.python_version(),
            "machine": platform.platform(), "seconds": round(time.perf_counter() - started, 1),
            "when": time.strftime("%Y-%m-%d %H:%M:%S")}
    text = table(figures)
    keys = keystroke_table(figures)
    if keys:
        text += ("\n\nThe search query alone (services.cases.first_rows: the first screen, "
                 "64 rows), keystroke by keystroke:\n\n" + keys)
    header = (f"Resettle benchmark, {a.cases:,} cases, {repeat} runs per figure, "
              f"{meta['when']}; {load_before} before, {meta['load_after']} after")
    print("\n" + header + "\n\n" + text)
    if a.json:
        a.json.write_text(to_json(figures, meta), encoding="utf-8")
    if a.markdown:
        a.markdown.write_text(header + "\n\n" + text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
