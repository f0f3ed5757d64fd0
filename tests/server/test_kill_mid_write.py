"""Issue 16: SIGKILL of the postmaster while workstations write → 0 acknowledged changes
lost, 0 half-written.

A cluster of its own (tests/servers.start_pg_server): killing the session's cluster would
break every other server test. It runs with `synchronous_commit = on` (PostgreSQL's default,
what an office's server runs; the session cluster turns it off for speed, and with it off a
commit is acknowledged before its WAL is written, so a crash may lose it by design).
`fsync` stays off: a SIGKILL of processes does not lose what the kernel already holds.

Several writer threads, each logged in as its own caseworker (its own login role, TLS, as the
application connects), take in new cases, add a note to each and move it to screening,
recording on the client side only what was acknowledged (the service call returned). After
a few seconds the postmaster is killed with SIGKILL, the cluster restarted (crash recovery),
and then: every acknowledged case, note and stage event is there; no case is half-written
(its intake event, its stage columns matching its last event, one audit row per change and
no change without its audit row); `audit verify` passes. Run with -s for the figures.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.postgres

ADMIN, ADMIN_PASSWORD, PASSWORD = "kill-admin", "kill-admin-password-1", "kill-password-123"
WRITERS = 6
LOAD_SECONDS = 3.0  # writing before the kill
MAX_ROUNDS = 400  # per writer: bounded in count as well as in time


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    cases: dict[str, str] = field(default_factory=dict)  # route marker -> case_no (acked)
    notes: dict[int, str] = field(default_factory=dict)  # note id -> text (acked)
    stages: dict[int, str] = field(default_factory=dict)  # stage event id -> case_no (acked)
    failures: list[tuple[float, float, str, str, bool, str]] = field(default_factory=list)
    # (started at, ended at, operation, marker, typed, "Type: message")

    def acked(self) -> int:
        return len(self.cases) + len(self.notes) + len(self.stages)


def _round(services: Any, actor: Any, tally: Tally, who: str, n: int) -> None:
    """One case's intake, a note on it and its move to screening; each acknowledged or not."""
    from resettle.domain.errors import ResettleError
    from resettle.services.intake_form import IntakeForm

    today = date.today()
    marker = f"kill-{who}-{n:04d}"
    case_no = ""
    for op in ("intake", "note", "stage"):
        if op != "intake" and not case_no:
            return
        started = time.monotonic()
        try:
            if op == "intake":
                case_no = services.intake.intake(actor, IntakeForm(
                    family_name="Testperson", given_name=f"{who.upper()}{n:04d}", sex="X",
                    arrival_date=today - timedelta(days=30), route=marker),
                    accept_duplicates=True).case_no
                with tally.lock:
                    tally.cases[marker] = case_no
            elif op == "note":
                text = f"{marker}-note"
                note = services.notes.add(actor, case_no, text)
                with tally.lock:
                    tally.notes[note.id] = text
            else:
                event_id = services.lifecycle.advance(actor, case_no, "screening",
                                                      today - timedelta(days=20))
                with tally.lock:
                    tally.stages[event_id] = case_no
        except Exception as exc:  # noqa: BLE001 - every failure is counted, typed or not
            with tally.lock:
                tally.failures.append((started, time.monotonic(), op, marker,
                                       isinstance(exc, ResettleError),
                                       f"{type(exc).__name__}: {exc}"[:200]))
            return


def _writer(services: Any, actor: Any, tally: Tally, who: str, stop: threading.Event,
            end: float) -> None:
    for n in range(MAX_ROUNDS):
        if stop.is_set() or time.monotonic() > end:
            return
        before = len(tally.failures)
        _round(services, actor, tally, who, n)
        if len(tally.failures) > before:
            time.sleep(0.05)  # the server is down: do not spin


def test_sigkill_of_the_postmaster_loses_no_acknowledged_change(request: Any) -> None:
    import servers
    from sqlalchemy import select

    from resettle.services import server_admin
    from resettle.services.api import Services
    from resettle.services.installation import Location, log_in
    from resettle.storage.database import open_server_database
    from resettle.storage.models import AuditEntry, Case, Note, StageEvent

    t_all = time.monotonic()
    server = servers.start_pg_server({"synchronous_commit": "on"})
    request.addfinalizer(server.stop)
    url = server.create_database("killdb")
    server_admin.init(url, None, ADMIN, ADMIN_PASSWORD)
    owner = Services(open_server_database(url, None))
    admin = owner.accounts.login(ADMIN, ADMIN_PASSWORD)
    names = [f"kw{i}" for i in range(WRITERS)]
    for name in names:
        owner.accounts.add_user(admin, name, "caseworker", PASSWORD)
    owner.close()

    sessions = [log_in(Location(Path("/nonexistent"), url, None), n, PASSWORD) for n in names]
    tally, stop = Tally(), threading.Event()
    # One intake first: the year's case counter row exists before the writers race for it
    # (concurrent first intakes of a year collide on it; see the report, not this test's aim).
    _round(*sessions[0], tally, names[0], MAX_ROUNDS + 2)
    assert not tally.failures, tally.failures
    end = time.monotonic() + LOAD_SECONDS + 10  # hard bound on the writers
    threads = [threading.Thread(target=_writer, args=(svc, actor, tally, n, stop, end),
                                daemon=True)
               for (svc, actor), n in zip(sessions, names, strict=True)]
    for t in threads:
        t.start()
    time.sleep(LOAD_SECONDS)
    acked_at_kill = tally.acked()
    killed_at = time.monotonic()
    server.crash()
    gone_s = time.monotonic() - killed_at
    time.sleep(0.5)  # the writers meet the dead server (refused connections)
    stop.set()
    for t in threads:
        t.join(timeout=20)
    assert not any(t.is_alive() for t in threads), "a writer hung on the dead server"

    server.restart()
    restarted_s = time.monotonic() - killed_at
    # Recovery as a workstation sees it: the same open Services, one more round each.
    for (svc, actor), n in zip(sessions, names, strict=True):
        _round(svc, actor, tally, n, MAX_ROUNDS + 1)
    recovered_s = time.monotonic() - killed_at
    for svc, _actor in sessions:
        svc.close()

    before = [f for f in tally.failures if f[1] < killed_at]  # not the kill's doing
    in_flight = [f for f in tally.failures if f[0] < killed_at <= f[1]]
    after = [f for f in tally.failures if f[0] >= killed_at]
    after_restart = [f for f in after if f[0] >= killed_at + restarted_s]

    owner = Services(open_server_database(url, None))
    try:
        with owner.db.reader() as s:
            cases = {route: (cid, no, stage, sdate) for cid, no, route, stage, sdate in s.execute(
                select(Case.id, Case.case_no, Case.route, Case.stage, Case.stage_date)
                .where(Case.route.like("kill-%")))}
            events: dict[int, list[Any]] = {}
            for ev in s.scalars(select(StageEvent).where(StageEvent.voided.is_(False))
                                .order_by(StageEvent.id)):
                events.setdefault(ev.case_id, []).append(
                    (ev.id, ev.to_stage, ev.effective_date))
            notes = {n.id: (n.case_id, n.text) for n in s.scalars(select(Note))}
            audit = Counter((a.action, a.entity, a.entity_id, a.case_id) for a in s.scalars(
                select(AuditEntry).where(AuditEntry.entity.in_(("case", "note")))))
        admin = owner.accounts.login(ADMIN, ADMIN_PASSWORD)
        report = owner.audit.verify(admin)
    finally:
        owner.close()

    by_no = {no: (cid, stage, sdate) for cid, no, stage, sdate in cases.values()}
    event_ids = {e[0] for evs in events.values() for e in evs}
    lost = ([f"case {m}" for m, no in tally.cases.items()
             if m not in cases or cases[m][1] != no]
            + [f"note {i}" for i, text in tally.notes.items()
               if notes.get(i, (0, ""))[1] != text]
            + [f"stage event {i}" for i in tally.stages if i not in event_ids])

    half: list[str] = []
    for no, (cid, stage, sdate) in by_no.items():
        evs = events.get(cid, [])
        if not evs or evs[0][1] != "intake":
            half.append(f"{no}: no intake stage event")
            continue
        if (evs[-1][1], evs[-1][2]) != (stage, sdate):
            half.append(f"{no}: stage columns {stage}/{sdate} but last event {evs[-1][1:]}")
        if audit[("create", "case", no, cid)] != 1:
            half.append(f"{no}: {audit[('create', 'case', no, cid)]} creation audit rows")
        moves = sum(c for (act, ent, eid, case_id), c in audit.items()
                    if (act, ent, eid, case_id) == ("update", "case", no, cid))
        if moves != len(evs) - 1:
            half.append(f"{no}: {len(evs) - 1} stage moves but {moves} audit rows")
    for nid, (cid, text) in notes.items():
        if text.startswith("kill-") and audit[("create", "note", str(nid), cid)] != 1:
            half.append(f"note {nid}: {audit[('create', 'note', str(nid), cid)]} audit rows")
    committed_unacked = sum(1 for f in tally.failures if f[2] == "intake" and f[3] in cases)
    kinds = Counter(f"{f[2]}: {'typed' if f[4] else 'untyped'} {f[5].split(':')[0]}"
                    for f in tally.failures)

    figures = {
        "writers": WRITERS, "load_s": LOAD_SECONDS,
        "acknowledged_writes": tally.acked(), "acknowledged_before_kill": acked_at_kill,
        "acked_cases": len(tally.cases), "acked_notes": len(tally.notes),
        "acked_stage_moves": len(tally.stages),
        "failures_before_kill": len(before), "in_flight_failures": len(in_flight),
        "failures_while_down": len(after) - len(after_restart),
        "failures_after_restart": len(after_restart),
        "typed_failures": sum(1 for f in tally.failures if f[4]),
        "untyped_failures": sum(1 for f in tally.failures if not f[4]),
        "intakes_failed_but_committed": committed_unacked,
        "lost": len(lost), "half_written": len(half), "audit_verify_ok": bool(report.ok),
        "postmaster_gone_s": round(gone_s, 3), "restart_s": round(restarted_s, 2),
        "first_ack_after_kill_s": round(recovered_s, 2),
        "test_s": round(time.monotonic() - t_all, 1),
    }
    print("\nkill mid-write figures:", figures)
    print("failure kinds:", dict(kinds))
    for text, count in Counter(f[5].splitlines()[0][:110] for f in tally.failures).items():
        print(f"  {count} x {text}")

    assert tally.acked() > 0 and len(tally.stages) > 0, "no load ran before the kill"
    assert not lost, f"acknowledged changes lost after the crash: {lost[:10]}"
    assert not half, f"half-written after the crash: {half[:10]}"
    assert report.ok, f"audit verify after the crash: {report.problem}"
    assert in_flight or after, "the kill was not noticed by any writer (silently hidden?)"
    assert not after_restart, f"calls still failing after the restart: {after_restart[:3]}"
