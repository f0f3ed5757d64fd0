"""Crash safety: writers killed with SIGKILL at random moments, during writes, rekey, restore and
migration; afterwards the file is whole, every acknowledged commit is there, nothing is half
written, and the database opens in the old or the new state."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability_kit import PASSPHRASE, REPO, FileDb, integrity

WRITER = Path(__file__).with_name("writer.py")


class Zygote:
    """The fork server in writer.py: one Python start-up, a fork per run."""

    def __init__(self, cfg: dict[str, str], log: Path) -> None:
        self.log = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, str(WRITER), json.dumps(cfg)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=self.log, text=True, cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)})
        assert self._read() == "ready", log.read_text()

    def _read(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def _send(self, line: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self._read()

    def start(self, *args: object) -> None:
        assert self._send("go " + " ".join(map(str, args))).startswith("pid ")

    def kill(self) -> str:
        """'killed' (SIGKILL hit it), 'finished' (done before the kill) or 'failed'."""
        status = int(self._send("kill").split()[1])
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            return "killed"
        return "finished" if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 else "failed"

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.write("quit\n")
            self.proc.stdin.flush()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


@pytest.fixture
def zygote(tmp_path: Path) -> Iterator[type[Zygote]]:
    started: list[Zygote] = []

    def make(cfg: dict[str, str]) -> Zygote:
        z = Zygote(cfg, tmp_path / f"writer-{len(started)}.log")
        started.append(z)
        return z

    yield make  # type: ignore[misc]
    for z in started:
        z.close()


# --------------------------------------------------------------------------- writes


def _acks(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [line for line in path.read_text().split("\n") if line]


def check_state(fdb: FileDb, acked: list[str]) -> list[str]:
    """Everything wrong with the file after a crash: damage, lost commits, half writes."""
    from resettle.storage.engine import connect_raw

    problems = [f"integrity: {p}" for p in integrity(fdb.path, fdb.key)]
    conn = connect_raw(fdb.path, fdb.key, readonly=False)
    try:
        one = lambda sql, *a: conn.execute(sql, a).fetchone()[0]  # noqa: E731
        for op in acked:
            kind = op[0]
            if kind == "i":
                found = one("SELECT count(*) FROM cases WHERE referred_by = ?", op)
            elif kind == "c":
                found = one("SELECT count(*) FROM cases c JOIN groups g ON c.group_id = g.id "
                            "WHERE g.code = ?", op.upper()) == 3
            elif kind in "ag":
                found = one("SELECT count(*) FROM stage_events WHERE reason = ?", op)
            else:
                found = one("SELECT count(*) FROM notes WHERE text = ?", op)
            if not found:
                problems.append(f"acknowledged commit lost: {op}")
        half = {
            "case without a stage event": "SELECT count(*) FROM cases c WHERE NOT EXISTS "
            "(SELECT 1 FROM stage_events e WHERE e.case_id = c.id)",
            "intake without its note": "SELECT count(*) FROM cases c WHERE c.referred_by "
            "LIKE 'i:%' AND NOT EXISTS (SELECT 1 FROM notes n WHERE n.case_id = c.id "
            "AND n.text = c.referred_by)",
            "case without a person": "SELECT count(*) FROM cases c WHERE NOT EXISTS "
            "(SELECT 1 FROM persons p WHERE p.id = c.person_id)",
            "CSV import not all 3 rows": "SELECT count(*) FROM (SELECT g.id FROM groups g "
            "LEFT JOIN cases c ON c.group_id = g.id GROUP BY g.id HAVING count(c.id) != 3)",
            "group move not all members": "SELECT count(*) FROM (SELECT e.reason, c.group_id "
            "FROM stage_events e JOIN cases c ON c.id = e.case_id WHERE e.reason LIKE 'g:%' "
            "GROUP BY e.reason, c.group_id HAVING count(DISTINCT e.case_id) != "
            "(SELECT count(*) FROM cases m WHERE m.group_id = c.group_id))",
            "stage not its last event": "SELECT count(*) FROM cases c WHERE c.stage != "
            "(SELECT e.to_stage FROM stage_events e WHERE e.case_id = c.id AND NOT e.voided "
            "ORDER BY e.id DESC LIMIT 1)",
        }
        for what, sql in half.items():
            if n := one(sql):
                problems.append(f"half-written: {what} ({n})")
    finally:
        conn.close()
    return problems


def _writer_actor(fdb: FileDb) -> int:
    from reliability_kit import PASSWORD, open_services

    s = open_services(fdb)
    try:
        admin = s.accounts.login("admin", "admin-password-1")  # type: ignore[attr-defined]
        return s.accounts.add_user(admin, "writer", "supervisor", PASSWORD).id  # type: ignore[attr-defined]
    finally:
        s.close()  # type: ignore[attr-defined]


def test_sigkill_during_writes(file_db: FileDb, zygote, tmp_path: Path, long: bool,
                               figure) -> None:
    kills_wanted = 1000 if long else 200
    actor_id = _writer_actor(file_db)
    writers = [zygote({"db": str(file_db.path), "key": file_db.key.hex(),
                       "actor_id": str(actor_id)}) for _ in range(2)]
    rng = random.Random(6)
    acks = tmp_path / "acks"
    kills = killed = failures = lost = half = 0
    checking = 0.0
    all_acked: list[str] = []
    started = time.monotonic()
    while kills < kills_wanted:
        w = writers[kills % len(writers)]
        w.start("write", kills + 1, acks)
        time.sleep(rng.uniform(0.05, 0.4))
        outcome = w.kill()
        kills += 1
        killed += outcome == "killed"
        new = _acks(acks)[len(all_acked):]
        all_acked += new
        t0 = time.monotonic()
        problems = check_state(file_db, new)
        checking += time.monotonic() - t0
        failures += sum(p.startswith("integrity") for p in problems)
        lost += sum(p.startswith("acknowledged") for p in problems)
        half += sum(p.startswith("half") for p in problems)
        assert outcome == "killed", f"writer {outcome}: {(tmp_path / 'writer-0.log').read_text()}"
        assert not problems, f"after kill {kills}: {problems}"
    assert not check_state(file_db, all_acked)  # nothing lost later either
    from reliability_kit import open_services

    from resettle.storage import audit_chain
    from resettle.storage.keys import derive
    s = open_services(file_db)
    with s.db.reader() as session:  # type: ignore[attr-defined]
        chain = audit_chain.verify(session, derive(file_db.key, "audit chain"))
    s.close()  # type: ignore[attr-defined]
    assert chain.ok, chain.problem
    assert len(all_acked) > kills_wanted // 2  # the writers did real work between kills
    figure(f"crash safety: {kills} SIGKILLs in {time.monotonic() - started:.0f} s, "
           f"{len(all_acked)} acknowledged commits, {failures} integrity failures, "
           f"{lost} lost commits, {half} half-written changes; audit chain intact "
           f"({chain.rows} rows); checks took {checking:.0f} s")


# --------------------------------------------------------------------------- rekey, restore


def _digests(path: Path, key: bytes, skip: tuple[str, ...] = ()) -> dict[str, str]:
    from resettle.storage.backup import table_digests
    from resettle.storage.engine import connect_raw

    conn = connect_raw(path, key, readonly=False)
    try:
        return {k: v for k, v in table_digests(conn).items() if k not in skip}
    finally:
        conn.close()


def _kill_rounds(z: Zygote, mode: str, rounds: int, span: float, rng: random.Random,
                 check, earliest: float = 0.0) -> dict[str, int]:
    """Start `mode`, kill it at a random moment between `earliest` and `span` seconds, check;
    `rounds` times."""
    outcomes = {"killed": 0, "finished": 0}
    for i in range(rounds):
        z.start(mode)
        time.sleep(rng.uniform(earliest, span))
        outcome = z.kill()
        assert outcome != "failed", f"{mode} failed on its own in round {i}"
        outcomes[outcome] += 1
        check(i, outcome)
    return outcomes


def _timed(z: Zygote, mode: str) -> float:
    started = time.monotonic()
    z.start(mode)
    assert z.proc.stdin is not None
    while True:  # poll: a finished child is reaped by 'kill' as 'finished'
        time.sleep(0.02)
        pid_alive = _child_running(z)
        if not pid_alive:
            break
    took = time.monotonic() - started
    assert z.kill() == "finished"
    return took


def _child_running(z: Zygote) -> bool:
    children = Path(f"/proc/{z.proc.pid}/task/{z.proc.pid}/children").read_text().split()
    for pid in children:
        try:
            if Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z":
                return True
        except FileNotFoundError:
            pass
    return False


def _seed(tmp_path: Path) -> tuple[Path, object]:
    """A passphrase-mode installation with a few hundred cases, through the CLI code path."""
    from reliability_kit import Cli

    c = Cli(tmp_path / "data")
    assert c.run("init", "--admin", "admin").returncode == 0
    assert c.run("demo", "--cases", "300").returncode == 0
    return tmp_path / "data", c


def test_sigkill_during_rekey(tmp_path: Path, zygote, long: bool, figure) -> None:
    from reliability_kit import open_file_database

    data_dir, _ = _seed(tmp_path)
    db = open_file_database(data_dir, passphrase=lambda: PASSPHRASE)
    before = _digests(db.path, db.secret, skip=("audit_log", "audit_head"))
    db.close()
    z = zygote({"data_dir": str(data_dir), "passphrase": PASSPHRASE})
    span = _timed(z, "rekey") * 1.2
    states: set[str] = set()

    def check(i: int, outcome: str) -> None:
        db = open_file_database(data_dir, passphrase=lambda: PASSPHRASE)  # must open
        try:
            assert db.path is not None
            assert integrity(db.path, db.secret) == []
            assert _digests(db.path, db.secret, skip=("audit_log", "audit_head")) == before
            states.add(db.secret.hex())
        finally:
            db.close()

    rounds = 40 if long else 8
    # The first half is unlocking (Argon2) and copying; the swap of keys and files is late.
    outcomes = _kill_rounds(z, "rekey", rounds, span, random.Random(7), check,
                            earliest=span * 0.5)
    figure(f"killed during rekey: {rounds} runs ({outcomes['killed']} killed mid-way, "
           f"{outcomes['finished']} finished first), rekey takes {span / 1.2:.2f} s; opened "
           f"every time with the same records, under {len(states)} different keys")


def test_sigkill_during_restore(tmp_path: Path, zygote, long: bool, figure) -> None:
    from reliability_kit import open_file_database

    from resettle.storage import backup
    from resettle.storage.database import BACKUP_DIR

    data_dir, c = _seed(tmp_path)
    db = open_file_database(data_dir, passphrase=lambda: PASSPHRASE)
    path, key = db.path, db.secret
    db.close()
    assert path is not None
    backup_file = tmp_path / "old.db"
    backup.create_backup(path, key, backup_file)
    old = _digests(backup_file, key)
    assert c.run("demo", "--cases", "200", "--seed", "2").returncode == 0  # type: ignore[attr-defined]
    pristine = tmp_path / "current.db"
    backup.create_backup(path, key, pristine)
    current = _digests(pristine, key)
    assert old != current
    keep = data_dir / BACKUP_DIR
    z = zygote({"db": str(path), "key": key.hex(), "backup": str(backup_file),
                "keep_dir": str(keep)})
    span = _timed(z, "restore") * 1.2
    seen = {"old": 0, "new": 0}

    def check(i: int, outcome: str) -> None:
        assert integrity(path, key) == []
        found = _digests(path, key)
        assert found in (old, current), f"round {i}: neither the old nor the new state"
        seen["new" if found == old else "old"] += 1
        for kept in keep.glob("*.db"):  # every copy kept is a whole database
            assert integrity(kept, key) == [], f"kept copy {kept.name} is damaged"
            assert _digests(kept, key) in (old, current)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(pristine, path)  # back to the current state for the next round

    rounds = 40 if long else 12
    outcomes = _kill_rounds(z, "restore", rounds, span, random.Random(8), check)
    figure(f"killed during restore: {rounds} runs ({outcomes['killed']} killed mid-way), "
           f"restore takes {span / 1.2:.2f} s; opened {seen['old']}x in the old state, "
           f"{seen['new']}x in the restored state, never anything else; every kept copy whole")


MIGRATION = '''"""reliability test: a long migration (a new column back-filled, a big new table)"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("persons", sa.Column("mark", sa.Text(), nullable=True))
    op.execute("UPDATE persons SET mark = 'm' || id")
    op.create_table("filler", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("blob", sa.Text))
    conn = op.get_bind()
    for start in range(0, {rows}, 1000):
        conn.exec_driver_sql(
            "INSERT INTO filler (id, blob) VALUES " +
            ",".join(f"({{i}}, hex(randomblob(64)))" for i in range(start, start + 1000)))
'''


def test_sigkill_during_migration(tmp_path: Path, zygote, long: bool, figure) -> None:
    from reliability_kit import open_file_database

    from resettle.storage import migrate
    from resettle.storage.database import BACKUP_DIR
    from resettle.storage.engine import connect_raw

    data_dir, _ = _seed(tmp_path)
    db = open_file_database(data_dir, passphrase=lambda: PASSPHRASE)
    path, key = db.path, db.secret
    db.close()
    assert path is not None
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.alembic_config().get_main_option("script_location"), scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    rows = 30_000
    (scripts / "versions" / "9001_long.py").write_text(
        MIGRATION.format(head=migrate.head_revision(), rows=rows))
    pristine = tmp_path / "pristine.db"
    conn = connect_raw(path, key, readonly=False)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.copyfile(path, pristine)
    persons = _count(path, key, "SELECT count(*) FROM persons")
    keep = data_dir / BACKUP_DIR
    z = zygote({"db": str(path), "key": key.hex(), "scripts": str(scripts),
                "keep_dir": str(keep)})
    span = _timed(z, "migrate") * 1.2
    seen = {"old": 0, "new": 0}

    def check(i: int, outcome: str) -> None:
        assert integrity(path, key) == []
        rev = _count(path, key, "SELECT version_num FROM alembic_version")
        cols = {r[1] for r in _rows(path, key, "PRAGMA table_info(persons)")}
        tables = {r[0] for r in _rows(path, key, "SELECT name FROM sqlite_master")}
        if rev == "9001":
            assert "mark" in cols and "filler" in tables
            assert _count(path, key, "SELECT count(*) FROM filler") == rows
            assert _count(path, key, "SELECT count(*) FROM persons WHERE mark IS NULL") == 0
            seen["new"] += 1
        else:
            assert rev == migrate.head_revision()
            assert "mark" not in cols and "filler" not in tables
            seen["old"] += 1
        assert _count(path, key, "SELECT count(*) FROM persons") == persons
        for kept in keep.glob("*.db"):  # a copy kept before migrating is a whole database
            assert integrity(kept, key) == [], f"kept copy {kept.name} is damaged"
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(pristine, path)

    check(-1, "finished")  # the timing run migrated: the new state
    rounds = 30 if long else 8
    outcomes = _kill_rounds(z, "migrate", rounds, span, random.Random(9), check)
    figure(f"killed during migration: {rounds} runs ({outcomes['killed']} killed mid-way), "
           f"migration takes {span / 1.2:.2f} s; opened {seen['old']}x at the old revision, "
           f"{seen['new']}x at the new one (complete), never in between")


def _rows(path: Path, key: bytes, sql: str) -> list[tuple[object, ...]]:
    from resettle.storage.engine import connect_raw

    conn = connect_raw(path, key, readonly=False)
    try:
        return list(conn.execute(sql))
    finally:
        conn.close()


def _count(path: Path, key: bytes, sql: str) -> object:
    return _rows(path, key, sql)[0][0]


class Crash(BaseException):
    """Stands for the process dying at the patched point (nothing after it runs)."""


def test_two_rekeys_crashed_before_the_swap_still_open(tmp_path: Path, monkeypatch,
                                                       figure) -> None:
    """A crash mid-rotation, then another rotation that crashes at the same point: the file
    is still under the first key, so that key must stay reachable (passphrase and recovery)."""
    from reliability_kit import Cli, open_file_database

    from resettle.services.installation import Location, recover, reset_after_recovery
    from resettle.storage import rekey, slots
    from resettle.storage.database import KEY_FILE
    from resettle.storage.keys import KeyStore

    c = Cli(tmp_path / "data")
    out = c.run("init", "--admin", "admin").stdout
    recovery = next(w for w in out.split() if w.count("-") == 7)
    data_dir = tmp_path / "data"

    real_new_recovery = KeyStore.new_recovery

    def crash(self: KeyStore, key: bytes, install_key: bytes = b"") -> str:  # keys stored,
        real_new_recovery(self, key, install_key)  # the file not swapped
        raise Crash

    opened = 0
    for _ in range(2):
        db = open_file_database(data_dir, passphrase=lambda: PASSPHRASE, upgrade=False)
        path, key = db.path, db.secret
        db.close()
        monkeypatch.setattr(KeyStore, "new_recovery", crash)
        store = KeyStore.load(data_dir / KEY_FILE)
        publics = {a: s["seal_public"] for a, s in store.slots.items()}
        with pytest.raises(Crash):
            rekey.rekey_file(path, store, key, install_key=b"",
                             reseal=lambda k, st=store, p=publics: slots.reseal_all(st, p, k),
                             finish=lambda s, k: None)
        monkeypatch.undo()
        open_file_database(data_dir, passphrase=lambda: PASSPHRASE).close()
        opened += 1
    recovered = recover(Location(data_dir), recovery, new_passphrase=PASSPHRASE)
    reset_after_recovery(recovered, "admin", "admin-password-9")
    recovered.close()
    figure(f"rekey crashed before the swap, twice in a row: opened {opened}/2 times with the "
           "passphrase, and the recovery key shown at set-up still works")
