"""Seeded names never appear in plaintext in any file the program wrote (db, WAL, logs...)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from resettle.services.installation import Location, initialise, log_in
from resettle.storage.models import Person

SEEDED = ["김설화", "설화", "Seolhwa", "박은별", "은별", "Eunbyeol", "kimseolhwa", "ㄱㅅㅎ"]


def scan(folder: Path, needles: list[str]) -> list[tuple[str, str]]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                for enc in ("utf-8", "utf-16-le"):
                    if needle.encode(enc) in data:
                        hits.append((path.name, needle))
        for needle in needles:
            if needle in path.name:
                hits.append((path.name, needle))
    return hits


def test_no_plaintext_names_in_any_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    loc = Location(tmp_path / "data")
    services, _ = initialise(loc, "admin", "admin-password-1", passphrase="scan passphrase 1")
    with services.db.writer() as s, s.begin():
        for i in range(300):
            s.add(Person(family_name="김", given_name="설화", family_name_latin="Kim",
                         given_name_latin=f"Seolhwa{i}", key_hangul="김설화", key_initials="ㄱㅅㅎ",
                         key_latin="kimseolhwa", sex="F"))
            s.add(Person(family_name="박", given_name="은별", family_name_latin="Pak",
                         given_name_latin="Eunbyeol", key_hangul="박은별", key_initials="ㅂㅇㅂ",
                         key_latin="pakeunbyeol", sex="F"))
    with services.db.reader() as s:  # the data is really there, readable through the key
        assert s.execute(text("select count(*) from persons where key_hangul = '김설화'")
                         ).scalar() == 300
    wal = loc.data_dir / "resettle.db-wal"
    assert wal.exists() and wal.stat().st_size > 0  # the WAL is scanned while it holds data
    assert scan(loc.data_dir, SEEDED) == []
    services.close()
    reopened, _ = log_in(loc, "admin", "admin-password-1", lambda: "scan passphrase 1")
    reopened.close()
    hits = scan(loc.data_dir, SEEDED) + scan(tmp_path / "tmp", SEEDED)
    print(f"plaintext scan: {sum(1 for p in loc.data_dir.rglob('*') if p.is_file())} files, "
          f"{len(hits)} hits")
    assert hits == []
