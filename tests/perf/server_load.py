"""Server-mode load (issue 16): concurrent workstations, each logged in as its own role.

A benchmark, not a timed test: `python tests/perf/server_load.py [--cases N] [--workers 20]
[--seconds 60] [--explain]` starts a throwaway TLS PostgreSQL cluster (tests/servers.py), runs
`server init`, loads N demo cases as the administrator, adds one account per workstation
(caseworkers and supervisors) and lets every workstation, on its own connection as its own
role (the URL without the owner's password, as an office's workstations have it), search,
open, edit, move stages and print for the given time, half of its edits on a small set of
hot cases so that conflicts happen. A search is what the GUI does per keystroke: the first
screen (`first_rows`, 64 rows: "search", the figure a user waits for), then every matching
id in the background when they fill more than a screen (`find_ids`: "search ids", reported
apart). It prints p50/p95 per operation, the typed refusals (Conflict, RuleViolation...),
untyped errors, the load average, and checks that no acknowledged edit was silently
overwritten: the last acknowledged edit of each case (highest version) is what the case
holds at the end.
`--explain` prints EXPLAIN ANALYZE of each first-screen statement, as a caseworker's role and
as a demo lawyer's (whose row policies limit them to the cases they represent).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import threading
import time
import uuid
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/ (servers.py)

ADMIN, ADMIN_PASSWORD, PASSWORD = "load-admin", "load-admin-password-1", "load-password-123"
MIX = (("search", 40), ("open", 30), ("edit", 15), ("stage", 10), ("print", 5))
# What is typed, keystroke by keystroke where the GUI would search on the way (its debounce
# lets a slow typist's keystrokes through): names in Hangul, initials and Latin, and case
# numbers from a year's prefix to a whole number.
SEARCHES = ("김", "김정", "ㄱㅅ", "ㄱㅈ", "Kim", "Ri Gum", "이", "Park", "ㅂ",
            "R-2", "R-20", "R-202", "R-2025", "R-2025-0", "R-2025-001", "R-2024-01234")
EXPLAIN = ("김", "Kim", "ㄱㅈ", "R-20", "R-2025", "R-2024-01234")
PAGE = 64  # rows on the GUI's first screen (resettle.gui.cases.model.PAGE)


def own_role_url(url: str) -> str:
    """The database URL without the owner's password: log_in then connects as the account's
    own role (a URL with a password is a shared login: the owner's, row security off)."""
    from sqlalchemy.engine import make_url

    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def start_cluster() -> Any:
    import servers

    bindir = servers.find_pg_bindir()
    as_user, owner, reason = servers._pg_as_user()
    if bindir is None or reason:
        raise SystemExit(f"no PostgreSQL to run: {reason or 'initdb not found'}")
    base = servers._short_tmpdir("resettle-load-")
    if owner:
        import os

        os.chown(base, *owner)
    server = servers.PgServer(bindir, base, as_user, owner)
    server.start()
    return server


def setup(server: Any, cases: int, workers: int) -> tuple[str, list[str], tuple[str, str]]:
    from resettle.services import server_admin
    from resettle.services.api import Services
    from resettle.storage.database import open_server_database

    name = f"load_{uuid.uuid4().hex[:8]}"
    url = server.create_database(name)
    server_admin.init(url, None, ADMIN, ADMIN_PASSWORD)
    owner = Services(open_server_database(url, None))
    try:
        admin = owner.accounts.login(ADMIN, ADMIN_PASSWORD)
        t = time.perf_counter()
        demo = owner.demo.load(admin, cases, 1)  # ANALYZE included (services/demo.py)
        print(f"demo load of {cases} cases: {time.perf_counter() - t:.1f} s", flush=True)
        lawyer = next((a.username, a.password) for a in demo.accounts if a.role == "lawyer")
        names = []
        for i in range(workers):
            role = "supervisor" if i % 5 == 4 else "caseworker"
            names.append(f"ws{i:02d}")
            owner.accounts.add_user(admin, names[-1], role, PASSWORD)
    finally:
        owner.close()
    return url, names, lawyer


class Run:
    def __init__(self, url: str, case_nos: list[str], seconds: float) -> None:
        self.url, self.case_nos, self.seconds = url, case_nos, seconds
        self.hot = case_nos[:50]
        self.times: dict[str, list[float]] = defaultdict(list)
        self.by_text: dict[str, list[float]] = defaultdict(list)  # first screens, per search
        self.typed: Counter[str] = Counter()
        self.untyped: list[str] = []
        self.acked: dict[str, tuple[int, str]] = {}  # case -> (version, route) of last ack
        self.lock = threading.Lock()

    def workstation(self, username: str, seed: int) -> None:
        from resettle.domain.errors import ResettleError
        from resettle.domain.stages import Stage, allowed_targets
        from resettle.services.cases import CaseEdit, CaseQuery
        from resettle.services.installation import Location, log_in

        rng = random.Random(seed)
        services, actor = log_in(Location(Path("/nonexistent"), own_role_url(self.url), None),
                                 username, PASSWORD)
        role = services.ctx.db.engine.url.username or ""
        assert role.endswith("_" + username), f"{username} connected as {role}, not its role"
        ops, weights = zip(*MIX, strict=True)
        end = time.monotonic() + self.seconds
        try:
            while time.monotonic() < end:
                op = rng.choices(ops, weights)[0]
                case_no = rng.choice(self.hot if rng.random() < 0.5 else self.case_nos)
                t = time.perf_counter()
                try:
                    if op == "search":
                        q = CaseQuery(search=rng.choice(SEARCHES))
                        shown = services.cases.first_rows(actor, q, PAGE)
                        took = time.perf_counter() - t
                        with self.lock:
                            self.times[op].append(took)
                            self.by_text[q.search].append(took)
                        if len(shown) < PAGE:  # the whole result is on screen: no id list
                            continue
                        op, t = "search ids", time.perf_counter()
                        services.cases.find_ids(actor, q)
                    elif op == "open":
                        services.cases.show(actor, case_no)
                    elif op == "edit":
                        d = services.cases.show(actor, case_no)
                        route = f"{username}-{uuid.uuid4().hex[:8]}"
                        done = services.cases.edit_case(actor, case_no, d.version, CaseEdit(
                            route=route, travel_document="none", referred_by="",
                            high_profile=False, caseworker=""))
                        with self.lock:
                            if done.version > self.acked.get(case_no, (0, ""))[0]:
                                self.acked[case_no] = (done.version, route)
                    elif op == "stage":
                        d = services.cases.show(actor, case_no)
                        targets = allowed_targets(Stage(d.stage))
                        if targets:
                            services.lifecycle.advance(actor, case_no, rng.choice(targets).value,
                                                       date.today(), reason="load test")
                    else:
                        services.reports.case_summary(actor, case_no, lang="en")
                    with self.lock:
                        self.times[op].append(time.perf_counter() - t)
                except ResettleError as exc:
                    with self.lock:
                        field = getattr(exc, "field", "")
                        self.typed[f"{op}: {type(exc).__name__}"
                                   f"{f' ({field}: {exc.message})' if field else ''}"] += 1
                except Exception as exc:  # noqa: BLE001 - counted and reported
                    with self.lock:
                        self.untyped.append(f"{op}: {type(exc).__name__}: {exc}"[:300])
        finally:
            close(services)

    def overwrites(self) -> int:
        from sqlalchemy import select

        from resettle.services.api import Services
        from resettle.storage.database import open_server_database
        from resettle.storage.models import Case

        owner = Services(open_server_database(self.url, None))
        try:
            with owner.db.reader() as s:
                rows = dict(s.execute(select(Case.case_no, Case.route).where(
                    Case.case_no.in_(list(self.acked)))).all())
        finally:
            owner.close()
        return sum(1 for no, (_v, route) in self.acked.items() if rows.get(no) != route)


def explain(url: str, username: str, password: str, terms: tuple[str, ...]) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of the statements a first screen runs, on the account's own
    connection (its role, row-level security on), after one run to warm the cache."""
    from sqlalchemy import event

    from resettle.services.cases import CaseQuery
    from resettle.services.installation import Location, log_in

    services, actor = log_in(Location(Path("/nonexistent"), own_role_url(url), None), username,
                             password)
    seen: list[tuple[str, Any]] = []
    engine = services.ctx.db.engine
    listener = lambda *a: seen.append((a[2], a[3]))  # noqa: E731 - (conn, cursor, sql, params...)
    try:
        for term in terms:
            services.cases.first_rows(actor, CaseQuery(search=term), PAGE)
            seen.clear()
            event.listen(engine, "before_cursor_execute", listener)
            t = time.perf_counter()
            services.cases.first_rows(actor, CaseQuery(search=term), PAGE)
            took = 1000 * (time.perf_counter() - t)
            event.remove(engine, "before_cursor_execute", listener)
            print(f"--- first screen of {term!r} as {engine.url.username}: {took:.1f} ms",
                  flush=True)
            with engine.connect() as conn:
                for sql, params in seen:
                    if "FROM users" in sql.split("WHERE")[0] and "JOIN" not in sql:
                        continue  # the session check
                    plan = conn.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
                    print(" ".join(sql.split())[:160] + " ...", params)
                    print("\n".join("    " + line for (line,) in plan), flush=True)
    finally:
        close(services)


def close(services: Any) -> None:
    """As a log-out does: the reads noted so far written (searches and rows shown), the idle
    timer stopped (it would fire after the cluster is gone), then the connection closed."""
    try:
        services.cases.reads.flush()
    finally:
        services.cases.reads.close()
        services.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=int, default=100_000)
    p.add_argument("--workers", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--json", type=Path)
    p.add_argument("--explain", action="store_true",
                   help="print EXPLAIN ANALYZE of the first screens, as a caseworker's role")
    args = p.parse_args(argv)
    server = start_cluster()
    try:
        url, names, (lawyer, lawyer_password) = setup(server, args.cases, args.workers)
        if args.explain:
            explain(url, names[0], PASSWORD, EXPLAIN)  # a caseworker
            explain(url, lawyer, lawyer_password, EXPLAIN)  # row policies on their cases
        from resettle.services.api import Services
        from resettle.storage.database import open_server_database
        from resettle.storage.models import Case

        owner = Services(open_server_database(url, None))
        with owner.db.reader() as s:
            case_nos = [n for (n,) in s.query(Case.case_no).order_by(Case.id).limit(5000)]
        owner.close()
        run = Run(url, case_nos, args.seconds)
        threads = [threading.Thread(target=run.workstation, args=(n, i))
                   for i, n in enumerate(names)]
        before = loadavg()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        result = {
            "cases": args.cases, "workstations": args.workers, "seconds": args.seconds,
            "load_average_before": before, "load_average_after": loadavg(),
            "operations": {op: {"count": len(v), "p50_ms": 1000 * statistics.median(v),
                                "p95_ms": 1000 * statistics.quantiles(v, n=20)[-1]}
                           for op, v in sorted(run.times.items()) if len(v) >= 2},
            "search_by_text": {text: {"count": len(v), "p50_ms": 1000 * statistics.median(v),
                                      "max_ms": 1000 * max(v)}
                               for text, v in run.by_text.items()},
            "typed_refusals": dict(run.typed), "untyped_errors": run.untyped[:20],
            "acknowledged_edits_checked": len(run.acked),
            "silent_overwrites": run.overwrites(),
        }
    finally:
        server.stop()
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
