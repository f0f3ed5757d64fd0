"""Leak scan: after a scripted CLI run that touches every feature with seeded, unique names in
Hangul and Latin, no seeded name is found (UTF-8, UTF-16, any case) in the database, its WAL,
backups, logs, crash logs, key and settings files, temporary files, or suggested file names."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from reliability_kit import Cli, as_user

FAMILY, GIVEN = "가나다라마", "바사아자"
LATIN_FAMILY, LATIN_GIVEN = "Zyxquvian", "Qwoxelby"
SEEDS = [FAMILY, GIVEN, LATIN_FAMILY, LATIN_GIVEN, "나다라", "사아자"]


def needles() -> list[bytes]:
    out = []
    for seed in SEEDS:
        for text in {seed, seed.lower(), seed.upper()}:
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                out.append(text.encode(enc))
    return out


def scan(paths: list[Path]) -> list[str]:
    found = []
    wanted = needles()
    for p in paths:
        if any(s.lower() in p.name.lower() for s in SEEDS):
            found.append(f"file name {p}")
        if p.is_file() and p.suffix != ".pdf":  # a PDF report holds names by design
            data = p.read_bytes()
            found += [f"{p}: {n!r}" for n in wanted if n in data]
    return found


def test_no_seeded_name_outside_the_encrypted_records(cli: Cli, tmp_path: Path,
                                                      figure) -> None:
    from resettle.services.csv_intake import HEADER

    temp = tmp_path / "tmp"
    temp.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    old_tempdir = tempfile.tempdir
    tempfile.tempdir = str(temp)
    cli.env["TMPDIR"] = str(temp)
    try:
        rows = [",".join(HEADER)]
        for i in range(3):
            cells = dict.fromkeys(HEADER, "")
            cells.update(family_name=FAMILY, given_name=f"{GIVEN}{i}", sex="F",
                         family_name_latin=LATIN_FAMILY, given_name_latin=f"{LATIN_GIVEN}{i}",
                         birth_date="1991", birth_place=f"{FAMILY}시", occupation=LATIN_GIVEN,
                         arrival_date="2025-05-01", route=f"via {LATIN_FAMILY}", group="LEAK1",
                         referred_by=GIVEN, notes=f"{FAMILY} {LATIN_FAMILY} arrived")
            rows.append(",".join(cells[h] for h in HEADER))
        csv_file = tmp_path / "arrivals.csv"
        csv_file.write_text("\n".join(rows) + "\n", encoding="utf-8")
        cw, sv, lw = as_user("caseworker"), as_user("supervisor"), as_user("lawyer")
        steps: list[tuple[tuple[str, ...], dict[str, str]]] = [
            (("intake", "import", str(csv_file)), cw),
            (("case", "list", "--search", FAMILY), cw),
            (("case", "list", "--search", LATIN_FAMILY), cw),
        ]
        for args, env in steps:
            assert cli.run(*args, **env).returncode == 0
        cases = [c["case_no"] for c in json.loads(cli.run("--json", "case", "list",
                                                          **cw).stdout)]
        case = cases[0]
        steps = [
            (("case", "show", case), cw),
            (("case", "advance", case, "--to", "screening", "--date", "2025-05-02"), cw),
            (("case", "advance", case, "--to", "custody", "--date", "2025-05-03"), cw),
            (("custody", "extend", case, "--days", "10", "--reason", f"{FAMILY} needs time",
              "--date", "2025-05-04"), sv),
            (("group", "advance", "LEAK1", "--to", "screening", "--date", "2025-05-02"), cw),
            (("legal", "assign", case, "--lawyer", "lawyer", "--on-behalf-of",
              f"{FAMILY} {GIVEN}"), cw),
            (("note", "add", case, "--text", f"{FAMILY} {LATIN_GIVEN} called"), cw),
            (("note", "add", case, "--text", f"{GIVEN} restricted", "--restricted"), sv),
            (("reward", "claim", case, "--category", "goods", "--amount", "1000", "--date",
              "2025-05-04"), cw),
            (("reward", "list", case), cw),
            (("report", "case", case, "-o", str(out)), cw),
            (("report", "case", case, "-o", str(out)), lw),
            (("report", "custody", "-o", str(out)), sv),
            (("report", "group", "LEAK1", "-o", str(out)), sv),
            (("report", "statistics", "-o", str(out)), sv),
            (("case", "show", FAMILY), cw),  # not found: the name is in the error only
            (("case", "list", "--search", f"{GIVEN}\x00"), cw),
            (("note", "add", case, "--text", f"{FAMILY}\x07bell"), cw),  # invalid input
            (("audit", "list"), as_user("admin")),
            (("audit", "verify"), as_user("admin")),
            (("backup", str(out / "backup.db")), as_user("admin")),
            (("restore", str(out / "backup.db")), as_user("admin")),
        ]
        codes = []
        for args, env in steps:
            r = cli.run(*args, **env)
            codes.append(r.returncode)
            assert r.returncode in (0, 1, 5), (args, r.returncode, r.stderr)
        # two real programs, with TMPDIR pointing at the scanned folder
        assert cli.program("case", "show", case, **cw).returncode == 0
        assert cli.program("report", "case", case, "-o", str(out), **sv).returncode == 0
        r = cli.program("rekey", **as_user("admin"))
        assert r.returncode == 0, r.stderr
    finally:
        tempfile.tempdir = old_tempdir
    files = [p for p in (*cli.data_dir.rglob("*"), *out.rglob("*"), *temp.rglob("*"))]
    kinds = {p.name.split(".")[0].split("-")[0] for p in files if p.is_file()}
    leaks = scan(files)
    assert leaks == [], "\n".join(leaks[:20])
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert pdfs and all(case not in n for n in pdfs)
    figure(f"leak scan: {len(steps) + 6} CLI runs, {len(files)} files scanned "
           f"({', '.join(sorted(kinds))}) for {len(SEEDS)} names x 3 encodings x 3 cases: "
           f"0 hits; suggested report names carry no name or case number ({pdfs[0]})")
