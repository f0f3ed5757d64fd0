"""Figures measured through the services (no GUI): search, case detail, reports, demo load."""

from __future__ import annotations

import random
import statistics
import time
from typing import Any

from floors import capture_statements, raw_connection, replay
from timing import Figure, p95, samples

# What a caseworker types, keystroke by keystroke (Hangul as the input method shows it).
SEARCHES = {
    "Hangul syllables": [["ㄱ", "기", "김"], ["김", "김ㅈ", "김저", "김정"]],
    "initial consonants": [["ㄱ", "ㄱㅈ"]],
    "Latin variants": [["K", "Ki", "Kim"], ["R", "Ri", "Ri ", "Ri G", "Ri Gu", "Ri Gum"]],
    "case numbers": [["R-2", "R-20", "R-202", "R-2025", "R-2025-", "R-2025-0", "R-2025-00",
                      "R-2025-001"]],
}


QUICK = False  # smoke mode: only what is finally typed, not every keystroke on the way


def keystrokes(kind: str) -> list[str]:
    if QUICK:
        return [typed[-1] for typed in SEARCHES[kind]]
    return [text for typed in SEARCHES[kind] for text in typed]


def search_figures(services: Any, actor: Any, repeat: int) -> list[Figure]:
    """Per keystroke, the query a keystroke waits for (services.cases.first_rows: the first
    screen of rows), next to the same SQL on a raw connection; and the id list that follows
    in the background (find_ids: every match, in order), which carries no budget."""
    from resettle.gui.cases.model import PAGE
    from resettle.services.case_query import CaseQuery

    conn = raw_connection(services)
    out, whole, whole_floor = [], [], []
    for kind in SEARCHES:
        values, floor, counts, each = [], [], {}, {}
        for text in keystrokes(kind):
            q = CaseQuery(search=text)
            call = lambda q=q: services.cases.first_rows(actor, q, PAGE)  # noqa: E731
            ids = lambda q=q: services.cases.find_ids(actor, q)  # noqa: E731
            counts[text] = len(ids())
            mine = samples(call, repeat, warmup=0)
            raw = samples(replay(conn, capture_statements(services, call)), repeat, 0)
            values, floor = values + mine, floor + raw
            whole += samples(ids, max(2, repeat // 3), 0)
            whole_floor += samples(replay(conn, capture_statements(services, ids)), 2, 0)
            each[text] = {"matches": counts[text], "median": statistics.median(mine),
                          "p95": p95(mine), "floor": statistics.median(raw)}
        out.append(Figure.of(f"search query alone: {kind}", 0.030, values,
                             floor, extra={"matches": counts, "keystrokes": each}))
    out.append(Figure.of("search: every matching id, in the background (find_ids)", None,
                         whole, whole_floor, note="all keystrokes above"))
    conn.close()
    return out


def first_page_figure(services: Any, actor: Any, repeat: int) -> Figure:
    """The first screen's rows (first_rows, a page), as the GUI asks for them at log-in."""
    from resettle.gui.cases.model import PAGE
    from resettle.services.case_query import CaseQuery

    call = lambda: services.cases.first_rows(actor, CaseQuery(), PAGE)  # noqa: E731
    conn = raw_connection(services)
    floor = samples(replay(conn, capture_statements(services, call)), repeat)
    conn.close()
    return Figure.of("first page of the case list (first_rows, a screen of rows)", None,
                     samples(call, repeat), floor)


def case_numbers(services: Any, actor: Any, n: int) -> list[str]:
    from resettle.services.case_query import CaseQuery

    ids = services.cases.find_ids(actor, CaseQuery())
    rng = random.Random(7)
    rows = services.cases.rows(actor, rng.sample(ids, min(n, len(ids))))
    return [r.case_no for r in rows]


def detail_figure(services: Any, actor: Any, repeat: int) -> Figure:
    """services.cases.show over different cases, next to its SELECTs replayed raw."""
    numbers = case_numbers(services, actor, repeat)
    conn = raw_connection(services)
    services.cases.show(actor, numbers[0])  # warm-up
    values, floor = [], []
    for no in numbers:
        start = time.perf_counter()
        statements = capture_statements(services, lambda no=no: services.cases.show(actor, no))
        values.append(time.perf_counter() - start)
        floor += samples(replay(conn, statements), 1, 0)
    conn.close()
    return Figure.of("open a case detail (services.cases.show)", 0.150, values, floor)


def _timed_builder(module: Any, name: str, log: list[tuple[Any, Any, float]]) -> Any:
    """Wrap a report builder so each call records its arguments and its own seconds."""
    original = getattr(module, name)

    def build(data: Any, info: Any) -> bytes:
        start = time.perf_counter()
        pdf = original(data, info)
        log.append((data, info, time.perf_counter() - start))
        return bytes(pdf)

    setattr(module, name, build)
    return original


FIRST_SUMMARY = """
import json, sys, time
from pathlib import Path
import benchdb
from resettle.gui.main import preload, preload_reports
services = benchdb.open_services(Path(sys.argv[1]))
actor = benchdb.admin(services)
preload()  # what the app runs while the user logs in, then once the main window shows
preload_reports()
start = time.perf_counter()
services.reports.case_summary(actor, sys.argv[2])
print(json.dumps(time.perf_counter() - start))
"""


def first_after_warm_up(services: Any, case_no: str) -> float:
    """The first case summary of a fresh process that ran the app's background warm-ups."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(here.parents[1]), str(here)]))
    out = subprocess.run([sys.executable, "-c", FIRST_SUMMARY, str(services.db.path.parent),
                          case_no], env=env, capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def report_figures(services: Any, actor: Any, repeat: int) -> list[Figure]:
    """Case summary (first in this process, then repeated) and the custody review PDF; the
    floor is the ReportLab builder alone on the same prepared data."""
    import resettle.reports.case_summary as cs
    import resettle.reports.custody_review as cr

    numbers = case_numbers(services, actor, repeat + 1)
    log: list[tuple[Any, Any, float]] = []
    original = _timed_builder(cs, "build_case_summary", log)
    try:
        start = time.perf_counter()
        services.reports.case_summary(actor, numbers[0])
        first, first_floor = time.perf_counter() - start, log[-1][2]
        rest = iter(numbers[1:])
        values = samples(lambda: services.reports.case_summary(actor, next(rest)), repeat, 0)
    finally:
        cs.build_case_summary = original
    data, info, _ = log[-1]
    floor = samples(lambda: original(data, info), repeat)
    warmed = [first_after_warm_up(services, numbers[i]) for i in range(3)]
    out = [Figure.of("case summary PDF, first in the session (after the app's background "
                     "warm-up)", 0.500, warmed, note="a fresh process each"),
           Figure.of("case summary PDF, first in a cold process (nothing warmed)", None,
                     [first], [first_floor], note="1 run; floor: its ReportLab build"),
           Figure.of("case summary PDF, repeated", 0.100, values, floor)]
    log.clear()
    original = _timed_builder(cr, "build_custody_review", log)
    try:
        values = samples(lambda: services.reports.custody_review(actor), max(2, repeat // 3))
    finally:
        cr.build_custody_review = original
    data, info, _ = log[-1]
    floor = samples(lambda: original(data, info), max(2, repeat // 3))
    out.append(Figure.of("custody review PDF", 1.0, values, floor,
                         note=f"{len(data.rows):,} people"))
    return out


def custody_rows_figure(services: Any, actor: Any, repeat: int) -> Figure:
    """The data behind the custody review screen (services.reports.custody_rows)."""
    from resettle.services.context import transaction
    from resettle.services.reports import custody_rows

    def call() -> Any:
        with transaction(services.ctx, actor) as tx:
            return custody_rows(tx, services.ctx.today())
    n = len(call())
    conn = raw_connection(services)
    floor = samples(replay(conn, capture_statements(services, call)), repeat)
    conn.close()
    return Figure.of("custody review data (services, no GUI)", None, samples(call, repeat),
                     floor, note=f"{n:,} people")
