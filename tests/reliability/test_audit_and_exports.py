"""The audit chain: tampering with a 10,000-row log is caught by `resettle audit verify`, naming
the first bad row; one audit row per log-in, failed log-in, view, change, print and export;
every file written outside the database is audited and marked with who and when."""

from __future__ import annotations

import io
import json
import random
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reliability_kit import PASSPHRASE, Cli, as_user

ROWS = 10_000


def _db(cli: Cli):  # noqa: ANN202
    from reliability_kit import open_file_database

    return open_file_database(cli.data_dir, passphrase=lambda: PASSPHRASE, upgrade=False)


def _sql(cli: Cli, *statements: tuple[str, tuple[object, ...]]) -> None:
    from resettle.storage.engine import connect_raw

    db = _db(cli)
    path, key = db.path, db.secret
    db.close()
    conn = connect_raw(path, key, readonly=False)
    try:
        conn.execute("BEGIN")
        for sql, args in statements:
            conn.execute(sql, args)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _columns() -> str:
    return "at, actor_id, actor, action, entity, entity_id, case_id, details, prev_hash, row_hash"


def test_tampering_is_found_and_named(cli: Cli, tmp_path: Path, long: bool, figure) -> None:
    from resettle.services.installation import Location, log_in
    from resettle.storage import audit_chain
    from resettle.storage.engine import connect_raw

    services, admin = log_in(Location(cli.data_dir), "admin", "admin-password-1",
                             lambda: PASSPHRASE, upgrade=False)
    db, signer = services.db, services.ctx.signer(admin)  # rows signed by their actor
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with db.writer() as s, s.begin():
        for i in range(ROWS):
            audit_chain.append(s, db.audit_key, at=start + timedelta(seconds=i),
                               actor_id=admin.id, actor="admin", action="view",
                               entity="case", entity_id=str(i), details={"n": i},
                               signer=signer)
    path, key = db.path, db.secret
    services.close()
    conn = connect_raw(path, key, readonly=False)
    total = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    pristine = tmp_path / "pristine.db"
    shutil.copyfile(path, pristine)
    rng = random.Random(9)
    trials = 6 if long else 2
    cols = _columns()

    def tamper(kind: str, r: int) -> list[tuple[str, tuple[object, ...]]]:
        if kind == "altered":
            return [("UPDATE audit_log SET details = '{\"n\": -1}' WHERE id = ?", (r,))]
        if kind == "deleted":
            return [("DELETE FROM audit_log WHERE id = ?", (r,))]
        if kind == "reordered":  # rows r and r+1 swap places (their ids stay in order)
            return [("CREATE TEMP TABLE t AS SELECT * FROM audit_log WHERE id IN (?, ?)",
                     (r, r + 1)),
                    (f"UPDATE audit_log SET ({cols}) = (SELECT {cols} FROM t WHERE t.id = ?) "
                     "WHERE id = ?", (r + 1, r)),
                    (f"UPDATE audit_log SET ({cols}) = (SELECT {cols} FROM t WHERE t.id = ?) "
                     "WHERE id = ?", (r, r + 1))]
        if kind == "truncated":
            return [("DELETE FROM audit_log WHERE id >= ?", (r,))]
        raise AssertionError(kind)

    found: dict[str, int] = {}
    for kind in ("altered", "deleted", "reordered", "truncated"):
        found[kind] = 0
        for _ in range(trials):
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            shutil.copyfile(pristine, path)
            r = rng.randrange(2, total - 1)
            _sql(cli, *tamper(kind, r))
            result = cli.run("audit", "verify")
            assert result.returncode == 1, (kind, r, result.stdout)
            assert f"BROKEN at row {r}:" in result.stdout, (kind, r, result.stdout)
            found[kind] += 1
    shutil.copyfile(pristine, path)
    intact = cli.run("audit", "verify")
    assert intact.returncode == 0 and "intact" in intact.stdout
    figure(f"audit chain: {total} rows; " + ", ".join(f"{k} {v}/{trials}" for k, v in
                                                       found.items()) +
           " detected by 'resettle audit verify', each naming the first bad row")


def _actions(cli: Cli) -> list[str]:
    rows = json.loads(cli.run("--json", "audit", "list", "--limit", "100000").stdout)
    return [r["action"] for r in rows[1:]]  # rows[0]: this listing's own log-in


def test_one_audit_row_per_event_and_marked_exports(cli: Cli, tmp_path: Path, figure) -> None:
    from pypdf import PdfReader

    cw = as_user("caseworker")
    r = cli.run("intake", "import", str(_one_csv(tmp_path)), **cw)
    assert r.returncode == 0, r.stderr
    case_no = r.stdout.split()[0]
    steps = {
        "login": (("case", "list"), cw, ["login", "view"]),
        "failed_login": (("case", "list"), {**cw, "RESETTLE_PASSWORD": "wrong-password-9"},
                         ["failed_login"]),
        "view": (("case", "show", case_no), cw, ["login", "view"]),
        "change": (("note", "add", case_no, "--text", "a note"), cw, ["login", "create"]),
        "print": (("report", "case", case_no, "-o", str(tmp_path)), cw, ["login", "print"]),
        "export": (("backup", str(tmp_path / "b.db")), as_user("admin"), ["login", "export"]),
    }
    checked = []
    for what, (args, env, expected) in steps.items():
        before = len(_actions(cli)) + 1  # + the listing's own log-in
        cli.run(*args, **env)
        after = _actions(cli)
        new = list(reversed(after[: len(after) - before]))
        assert new == expected, (what, new)
        checked.append(what)
    pdfs = list(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 1
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdfs[0].read_bytes())).pages)
    today = datetime.now(UTC)
    assert "caseworker" in text and ("Printed by" in text or "출력자" in text)
    assert today.strftime("%Y-%m-%d") in text or today.strftime("%Y.%m.%d") in text, text[-300:]
    entries = json.loads(cli.run("--json", "audit", "list", "--limit", "20").stdout)
    printed = [e for e in entries if e["action"] == "print"]
    exported = [e for e in entries if e["action"] == "export"]
    assert printed and printed[0]["actor"] == "caseworker"
    assert exported and exported[0]["actor"] == "admin"
    figure(f"audit rows: exactly one per {', '.join(checked)}; the PDF names its printer and "
           f"date ({pdfs[0].name}), the print and the backup export are audited with who and "
           f"when")


def _one_csv(tmp: Path) -> Path:
    from resettle.services.csv_intake import HEADER

    cells = dict.fromkeys(HEADER, "")
    cells.update(family_name="정", given_name="하늘", sex="F", arrival_date="2025-04-01")
    path = tmp / "one.csv"
    path.write_text(",".join(HEADER) + "\n" + ",".join(cells[h] for h in HEADER) + "\n")
    return path
