"""A writer for the crash tests: real service calls against an encrypted file.

Run as a fork server so a kill costs a fork, not a Python start-up (~3 s of imports here):

    python writer.py CONFIG_JSON   (db, key, actor_id; data_dir, passphrase, backup, ...)

reads commands on stdin, one per line, and answers on stdout:
    go write SEED ACK_FILE -> "pid N": a forked child writes until it is killed
    go rekey|restore|migrate -> "pid N": a forked child does that once, then exits
    kill                   -> "dead STATUS": SIGKILL to the child (if still running), reaped
    quit
The child appends each operation's id to ACK_FILE only after the service call (and so its
commit) has returned. Ids tell the checker what to look for:
    i:<id>  one intake (person, case, first stage event, a note holding the id)
    c:<id>  a CSV import of 3 rows forming group <id> (all rows or none)
    a:<id>  one stage transition whose reason is the id
    g:<id>  a group transition: every member gets an event with the id as reason, or none
    n:<id>  a note whose text is the id
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select

from resettle.domain.errors import ResettleError
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.csv_intake import HEADER
from resettle.services.intake import IntakeForm
from resettle.storage.database import Database
from resettle.storage.engine import sqlcipher_engine
from resettle.storage.models import Case, Group

PASSWORD = "a-long-password-1"  # reliability_kit.PASSWORD: the writer account's

NEXT = {"intake": "screening", "screening": "custody", "custody": "programme"}
ARRIVAL = date(2025, 6, 1)


def csv_for(op: str, rng: random.Random) -> bytes:
    lines = [",".join(HEADER)]
    for i in range(3):
        cells = {h: "" for h in HEADER}
        cells.update(family_name="박", given_name=f"민{rng.randrange(10**6)}", sex="M",
                     arrival_date=ARRIVAL.isoformat(), group=op, notes=f"{op}/{i}",
                     family_name_latin="Park", given_name_latin=f"Min{i}")
        lines.append(",".join(cells[h] for h in HEADER))
    return ("\n".join(lines) + "\n").encode()


def child(db_file: Path, key: bytes, actor_id: int, seed: int, ack: Path) -> None:
    rng = random.Random(seed)
    db = Database(sqlcipher_engine(db_file, key), key, "keyring", db_file)
    s = Services(db, lambda: datetime.now(UTC))
    actor = s.accounts.login("writer", PASSWORD)  # a session (issue 15), not a hand-made Actor
    assert actor.id == actor_id
    fd = os.open(ack, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    n = 0
    while True:
        n += 1
        kind = rng.choice("iiaaaggcnn")
        op = f"{kind}:{seed}-{n}"
        try:
            if not run_op(s, actor, kind, op, rng):
                continue
        except ResettleError:
            continue  # a rule said no (e.g. a case moved on meanwhile): nothing acknowledged
        os.write(fd, f"{op}\n".encode())


def run_op(s: Services, actor: Actor, kind: str, op: str, rng: random.Random) -> bool:
    today = datetime.now(UTC).date()
    if kind == "i":
        s.intake.intake(actor, IntakeForm(
            family_name="김", given_name=f"설{rng.randrange(10**6)}", sex="F",
            arrival_date=ARRIVAL, referred_by=op, notes=op, birth_date="1990"),
            accept_duplicates=True)
        return True
    if kind == "c":
        s.intake.import_csv(actor, csv_for(op, rng))
        return True
    if kind == "n":
        case_no = pick_case(s, rng, None)
        if case_no is None:
            return False
        s.notes.add(actor, case_no, op)
        return True
    if kind == "a":
        case_no = pick_case(s, rng, tuple(NEXT))
        if case_no is None:
            return False
        with s.db.reader() as r:
            stage = r.scalar(select(Case.stage).where(Case.case_no == case_no))
        s.lifecycle.advance(actor, case_no, NEXT[stage], today, op)
        return True
    if kind == "g":
        with s.db.reader() as r:
            rows = r.execute(select(Group.code, func.min(Case.stage), func.max(Case.stage))
                             .join(Case, Case.group_id == Group.id).group_by(Group.code)).all()
        movable = [(c, lo) for c, lo, hi in rows if lo == hi and lo in NEXT]
        if not movable:
            return False
        code, stage = rng.choice(movable)
        s.groups.advance(actor, code, NEXT[stage], today, op)
        return True
    raise AssertionError(kind)


def pick_case(s: Services, rng: random.Random, stages: tuple[str, ...] | None) -> str | None:
    with s.db.reader() as r:
        q = select(Case.case_no).where(Case.group_id.is_(None))
        if stages:
            q = q.where(Case.stage.in_(stages))
        found = r.scalars(q.order_by(Case.id.desc()).limit(20)).all()
    return rng.choice(found) if found else None


def rekey_child(cfg: dict[str, str]) -> None:
    """Rotate the key of a passphrase-mode installation, as `resettle rekey` does."""
    from resettle.storage import rekey, slots
    from resettle.storage.database import KEY_FILE, open_with_password
    from resettle.storage.keys import KeyStore

    data_dir = Path(cfg["data_dir"])
    db, _ = open_with_password(data_dir, "admin", "admin-password-1",
                               passphrase=lambda: cfg["passphrase"], upgrade=False)
    path, key = db.path, db.secret
    db.close()
    assert path is not None
    store = KeyStore.load(data_dir / KEY_FILE)
    publics = {a: s["seal_public"] for a, s in store.slots.items()}
    rekey.rekey_file(path, store, key, install_key=b"",
                     reseal=lambda new_key: slots.reseal_all(store, publics, new_key),
                     finish=lambda session, new_key: None)


def restore_child(cfg: dict[str, str]) -> None:
    from resettle.storage import backup

    backup.restore_backup(Path(cfg["db"]), [bytes.fromhex(cfg["key"])], Path(cfg["backup"]),
                          Path(cfg["keep_dir"]))


def migrate_child(cfg: dict[str, str]) -> None:
    """Migrate to head with a script folder holding an extra, long revision."""
    from resettle.storage import migrate

    scripts = cfg["scripts"]

    def config() -> object:
        from alembic.config import Config

        c = Config()
        c.set_main_option("script_location", scripts)
        return c

    migrate.alembic_config = config  # type: ignore[assignment]
    db_file = Path(cfg["db"])
    engine = sqlcipher_engine(db_file, bytes.fromhex(cfg["key"]))
    migrate.upgrade(engine, Path(cfg["keep_dir"]), db_file)


def warm_up(cfg: dict[str, str]) -> None:
    """Run operations on a scratch copy, so that the forked writers start with mappers
    configured and statements compiled (as a long-running program would be)."""
    import shutil
    import tempfile

    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    if "actor_id" not in cfg:
        return
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / "scratch.db"
        shutil.copyfile(cfg["db"], scratch)
        key = bytes.fromhex(cfg["key"])
        s = Services(Database(sqlcipher_engine(scratch, key), key, "keyring", scratch))
        actor, rng = s.accounts.login("writer", PASSWORD), random.Random(0)
        for kind in "icnaagg":
            with contextlib.suppress(ResettleError):
                run_op(s, actor, kind, f"{kind}:warm-{rng.random()}", rng)
        s.close()


def serve(cfg: dict[str, str]) -> None:
    pid = 0
    warm_up(cfg)
    print("ready", flush=True)
    for line in sys.stdin:
        cmd, *args = line.split()
        if cmd == "go":
            mode = args[0]
            pid = os.fork()
            if pid == 0:
                code = 1
                try:
                    if mode == "write":
                        child(Path(cfg["db"]), bytes.fromhex(cfg["key"]), int(cfg["actor_id"]),
                              int(args[1]), Path(args[2]))
                    else:
                        {"rekey": rekey_child, "restore": restore_child,
                         "migrate": migrate_child}[mode](cfg)
                        code = 0
                finally:
                    os._exit(code)
            print(f"pid {pid}", flush=True)
        elif cmd == "kill":
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            print(f"dead {status}", flush=True)
        elif cmd == "quit":
            break


if __name__ == "__main__":
    import json

    serve(json.loads(sys.argv[1]))
