"""Server-mode load (issue 16): concurrent workstations, each logged in as its own role.

A benchmark, not a timed test: `python tests/perf/server_load.py [--cases N] [--workers 20]
[--seconds 60]` starts a throwaway TLS PostgreSQL cluster (tests/servers.py), runs
`server init`, loads N demo cases as the administrator, adds one account per workstation
(caseworkers and supervisors) and lets every workstation, on its own connection as its own
role, search, open, edit, move stages and print for the given time, half of its edits on a
small set of hot cases so that conflicts happen. It prints p50/p95 per operation, the typed
refusals (Conflict, RuleViolation...), untyped errors, and checks that no acknowledged edit
was silently overwritten: the last acknowledged edit of each case (highest version) is what
the case holds at the end.
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
SEARCHES = ("김", "ㄱㅅ", "Kim", "R-20", "이", "Park", "ㅂ")


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


def setup(server: Any, cases: int, workers: int) -> tuple[str, list[str]]:
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
        owner.demo.load(admin, cases, 1)
        print(f"demo load of {cases} cases: {time.perf_counter() - t:.1f} s", flush=True)
        names = []
        for i in range(workers):
            role = "supervisor" if i % 5 == 4 else "caseworker"
            names.append(f"ws{i:02d}")
            owner.accounts.add_user(admin, names[-1], role, PASSWORD)
    finally:
        owner.close()
    return url, names


class Run:
    def __init__(self, url: str, case_nos: list[str], seconds: float) -> None:
        self.url, self.case_nos, self.seconds = url, case_nos, seconds
        self.hot = case_nos[:50]
        self.times: dict[str, list[float]] = defaultdict(list)
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
        services, actor = log_in(Location(Path("/nonexistent"), self.url, None), username,
                                 PASSWORD)
        ops, weights = zip(*MIX, strict=True)
        end = time.monotonic() + self.seconds
        try:
            while time.monotonic() < end:
                op = rng.choices(ops, weights)[0]
                case_no = rng.choice(self.hot if rng.random() < 0.5 else self.case_nos)
                t = time.perf_counter()
                try:
                    if op == "search":
                        services.cases.list_cases(actor, CaseQuery(search=rng.choice(SEARCHES)))
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
            services.close()

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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cases", type=int, default=100_000)
    p.add_argument("--workers", type=int, default=20)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--json", type=Path)
    args = p.parse_args(argv)
    server = start_cluster()
    try:
        url, names = setup(server, args.cases, args.workers)
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
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        result = {
            "cases": args.cases, "workstations": args.workers, "seconds": args.seconds,
            "operations": {op: {"count": len(v), "p50_ms": 1000 * statistics.median(v),
                                "p95_ms": 1000 * statistics.quantiles(v, n=20)[-1]}
                           for op, v in sorted(run.times.items()) if len(v) >= 2},
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
