"""The audit MAC covers every column of the row (issue 15): tampering with any one column, in
turn, makes `verify` fail and name the row. Unsigned rows isolate the MAC (nothing else
could notice); signed rows show the signature also catches a tampered row that was re-chained
with the database key."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from resettle.storage import audit_chain
from resettle.storage.models import AuditEntry, AuditHead

KEY = b"k" * 32
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

# every column, and a different value for it
TAMPER: dict[str, Any] = {
    "id": 99,
    "at": AT + timedelta(seconds=1),
    "actor_id": 3,
    "actor": "mallory",
    "action": "delete",
    "entity": "note",
    "entity_id": "R-2026-00002",
    "case_id": 8,
    "details": {"field": "other"},
    "prev_hash": "1" * 64,
    "row_hash": "2" * 64,
    "signature": "ab" * 64,
}
CONTENT = ("at", "actor_id", "actor", "action", "entity", "entity_id", "case_id", "details")


def test_every_column_is_tampered_with() -> None:
    assert set(TAMPER) == {c.name for c in AuditEntry.__table__.columns}


@pytest.fixture
def chain(sqlcipher_template: tuple[Path, bytes], tmp_path: Path) -> Any:
    """Three unsigned rows, every column filled (no key introduced: only the MAC guards)."""
    from sqlalchemy.orm import Session

    from resettle.storage.engine import sqlcipher_engine

    template, key = sqlcipher_template
    path = tmp_path / "resettle.db"
    shutil.copyfile(template, path)
    engine = sqlcipher_engine(path, key)
    with Session(engine) as s, s.begin():
        for n in range(3):
            audit_chain.append(s, KEY, at=AT, actor_id=2, actor="nari", action="update",
                               entity="case", entity_id=f"R-2026-0000{n}", case_id=7,
                               details={"field": "value", "n": n})
    yield engine
    engine.dispose()


def _verify(engine: Any) -> audit_chain.ChainReport:
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        return audit_chain.verify(s, KEY)


def test_the_untouched_chain_verifies(chain: Any) -> None:
    report = _verify(chain)
    assert report.ok and report.rows == 3


@pytest.mark.parametrize("column", list(TAMPER))
def test_tampering_with_any_column_is_named(chain: Any, column: str) -> None:
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.id == 2).values({column: TAMPER[column]}))
    report = _verify(chain)
    assert not report.ok
    assert report.first_bad_id == 2, report.problem
    if column in CONTENT:  # nothing but the MAC covers these on an unsigned row
        assert "altered" in report.problem


@pytest.mark.parametrize("column", CONTENT)
def test_the_mac_input_holds_every_content_column(column: str) -> None:
    """canonical() changes with each column alone (the MAC's input, without a database)."""
    row = {"entry_id": 1, "at": AT, "actor_id": 2, "actor": "nari", "action": "update",
           "entity": "case", "entity_id": "R-2026-00001", "case_id": 7,
           "details": {"field": "value"}}
    before = audit_chain.row_mac(KEY, audit_chain.GENESIS, audit_chain.canonical(**row))
    after = audit_chain.row_mac(KEY, audit_chain.GENESIS,
                                audit_chain.canonical(**(row | {column: TAMPER[column]})))
    assert before != after
    assert audit_chain.row_mac(KEY, "1" * 64, audit_chain.canonical(**row)) != before


def test_the_mac_depends_on_the_key(chain: Any) -> None:
    from sqlalchemy.orm import Session

    with Session(chain) as s:
        report = audit_chain.verify(s, b"x" * 32)
    assert not report.ok and report.first_bad_id == 1


def test_a_removed_last_row_is_named_by_the_head(chain: Any) -> None:
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        s.execute(delete(AuditEntry).where(AuditEntry.id == 3))
    report = _verify(chain)
    assert not report.ok and report.first_bad_id == 3


def test_a_rewritten_head_is_named(chain: Any) -> None:
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        s.execute(update(AuditHead).values(last_hash="3" * 64))
    assert not _verify(chain).ok


# signed rows, through the services: re-chaining with the database key does not hide a change

@pytest.fixture
def signed(services, actors) -> Any:
    sv = actors["supervisor"]
    services.accounts.list_users(sv)  # a signed row or two by the supervisor
    with services.db.reader() as s:
        row = s.scalars(select(AuditEntry).where(AuditEntry.actor == "supervisor")
                        .order_by(AuditEntry.id.desc()).limit(1)).one()
    assert row.signature
    return services, actors["admin"], row.id


@pytest.mark.parametrize("column", [c for c in TAMPER if c not in ("id",)])
def test_a_signed_row_tampered_and_rechained_is_named(signed, column: str) -> None:
    services, admin, row_id = signed
    if services.db.dialect != "sqlite":
        pytest.skip("the chain key is the server's there (tests/server)")
    value = TAMPER[column]
    if column == "actor_id":
        value = admin.id  # another real account: the signature must still give it away
    if column == "actor":
        value = "admin"
    with services.db.writer() as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.id == row_id).values({column: value}))
        if column not in ("prev_hash", "row_hash"):
            audit_chain.rechain_unchecked(s, services.db.audit_key)  # the key holder's move
    report = services.audit.verify(admin)
    assert not report.ok
    assert report.first_bad_id == row_id or row_id in report.forged, report.problem


# the kept head, a forged-only chain, and re-chaining (the mutation run's survivors)

def _kept_by_hand(engine: Any) -> str:
    """The kept head computed independently of audit_chain: sha256 over the previous digest,
    the row's content and its signature, from GENESIS."""
    import hashlib

    from sqlalchemy.orm import Session

    kept, rows = audit_chain.GENESIS, 0
    with Session(engine) as s:
        for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            content = audit_chain.canonical(e.id, e.at, e.actor_id, e.actor, e.action, e.entity,
                                            e.entity_id, e.case_id, e.details)
            kept = hashlib.sha256(kept.encode() + content + (e.signature or "").encode()
                                  ).hexdigest()
            rows += 1
    return f"{rows}:{kept}"


def test_the_kept_head_is_the_plain_hash_chain(chain: Any) -> None:
    assert _verify(chain).kept_head == _kept_by_hand(chain)


def test_verify_against_a_kept_head(chain: Any) -> None:
    from sqlalchemy.orm import Session

    kept = audit_chain.parse_kept_head(_verify(chain).kept_head)
    with Session(chain) as s:
        assert audit_chain.verify(s, KEY, kept).ok
        wrong = audit_chain.verify(s, KEY, (kept[0], "0" * 64))
        assert not wrong.ok and wrong.first_bad_id == kept[0] and "kept head" in wrong.problem
        beyond = audit_chain.verify(s, KEY, (kept[0] + 5, kept[1]))  # a row never in it
        assert not beyond.ok and beyond.first_bad_id == kept[0] + 5


@pytest.mark.parametrize("text", ["", "3", "x:" + "a" * 64, "3:" + "a" * 63, "3:" + "a" * 65,
                                  "-3:" + "a" * 64, ":" + "a" * 64])
def test_a_malformed_kept_head_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        audit_chain.parse_kept_head(text)


def test_a_kept_head_is_read_whatever_its_case_and_spaces() -> None:
    assert audit_chain.parse_kept_head(" 12:" + "AB" * 32 + "\n") == (12, "ab" * 32)


def test_the_current_head_follows_the_chain(chain: Any) -> None:
    from sqlalchemy.orm import Session

    with Session(chain) as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert audit_chain.current_head(s) == last.row_hash == _verify(chain).head
    empty = AuditHead.__table__
    with Session(chain) as s, s.begin():
        s.execute(empty.delete())
        assert audit_chain.current_head(s) == audit_chain.GENESIS


def test_a_row_signed_by_an_unknown_key_is_named_as_forged(chain: Any) -> None:
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():  # the signature is outside the MAC: only it changes
        s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(signature="ab" * 64))
    report = _verify(chain)
    assert not report.ok and report.forged == (2,) and report.first_bad_id == 2
    assert report.problem.startswith("row 2 carries a signature")


def test_rechain_moves_the_chain_to_a_new_key(chain: Any) -> None:
    from sqlalchemy.orm import Session

    new = b"n" * 32
    with Session(chain) as s, s.begin():
        audit_chain.rechain(s, KEY, new)
    with Session(chain) as s:
        assert audit_chain.verify(s, new).ok
        assert audit_chain.verify(s, KEY).first_bad_id == 1


def test_rechain_refuses_a_broken_chain_but_not_a_forged_signature(chain: Any) -> None:
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.id == 3).values(signature="ab" * 64))
    with Session(chain) as s, s.begin():  # signatures are kept as they are: it goes on
        audit_chain.rechain(s, KEY, b"n" * 32)
    with Session(chain) as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(actor="mallory"))
    with Session(chain) as s, s.begin(), pytest.raises(ValueError, match="broken"):
        audit_chain.rechain(s, b"n" * 32, KEY)


def _hashes(engine: Any) -> list[str]:
    from sqlalchemy.orm import Session

    with Session(engine) as s:
        return list(s.scalars(select(AuditEntry.row_hash).order_by(AuditEntry.id)))


@pytest.mark.parametrize(("change", "problem"), [
    ({"actor": "mallory"}, "row 2 was altered"),
    ({"prev_hash": "1" * 64}, "row 2 does not follow row 1 (removed or reordered)"),
    (None, "row 2 is missing (next row found is 3)"),
])
def test_each_failure_is_reported_exactly(chain: Any, change: Any, problem: str) -> None:
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    first = _hashes(chain)[0]
    with Session(chain) as s, s.begin():
        if change is None:
            s.execute(delete(AuditEntry).where(AuditEntry.id == 2))
        else:
            s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(change))
    report = _verify(chain)
    assert (report.ok, report.rows, report.head, report.first_bad_id, report.problem,
            report.forged) == (False, 1, first, 2, problem, ())


def test_the_mac_is_hmac_sha256_over_the_previous_hash_and_this_json(chain: Any) -> None:
    """The stored format, pinned (a change would fail every database written before it)."""
    import hashlib
    import hmac
    import json

    from sqlalchemy.orm import Session

    with Session(chain) as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    prev = audit_chain.GENESIS
    for e in rows:
        content = json.dumps({
            "id": e.id, "at": "2026-03-02T09:00:00.000000+00:00", "actor_id": 2,
            "actor": "nari", "action": "update", "entity": "case",
            "entity_id": f"R-2026-0000{e.id - 1}", "case_id": 7,
            "details": {"field": "value", "n": e.id - 1},
        }, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        assert e.prev_hash == prev
        assert e.row_hash == hmac.new(KEY, prev.encode() + content, hashlib.sha256).hexdigest()
        prev = e.row_hash


def test_a_truncated_chain_and_a_foreign_kept_head_are_reported_exactly(chain: Any) -> None:
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    hashes = _hashes(chain)
    with Session(chain) as s:
        report = audit_chain.verify(s, KEY, (3, "0" * 64))
    assert (report.ok, report.rows, report.head, report.first_bad_id, report.forged) == (
        False, 3, hashes[2], 3, ())
    assert report.problem == ("the kept head of row 3 does not match: rows up to it were "
                              "rewritten (or it was never in this chain)")
    with Session(chain) as s, s.begin():
        s.execute(delete(AuditEntry).where(AuditEntry.id == 3))
    report = _verify(chain)
    assert (report.ok, report.rows, report.head, report.first_bad_id, report.problem) == (
        False, 2, hashes[1], 3,
        "the chain ends at row 2 but its head says row 3 (rows removed from the end)")


def test_forged_rows_are_counted_in_the_problem(chain: Any) -> None:
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.id.in_([2, 3])).values(
            signature="ab" * 64))
    report = _verify(chain)
    assert (report.ok, report.rows, report.head, report.first_bad_id, report.forged) == (
        False, 3, _hashes(chain)[2], 2, (2, 3))
    assert report.problem == ("row 2 carries a signature by a key the chain never introduced"
                              " (2 rows in all: 2, 3)")


def test_the_forged_rows_are_listed_exactly(chain: Any) -> None:
    """One forged row is named alone; many are counted and the first 20 listed; a kept head
    that fails still reports the forged rows it found."""
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        for _ in range(22):
            audit_chain.append(s, KEY, at=AT, actor_id=2, actor="nari", action="update",
                               entity="case")
        s.execute(update(AuditEntry).where(AuditEntry.id == 2).values(signature="ab" * 64))
    one = _verify(chain)
    assert (one.problem, one.forged) == (
        "row 2 carries a signature by a key the chain never introduced", (2,))
    with Session(chain) as s, s.begin():
        s.execute(update(AuditEntry).where(AuditEntry.id >= 2).values(signature="ab" * 64))
    many = _verify(chain)
    assert many.forged == tuple(range(2, 26))
    assert many.problem.endswith(
        f" (24 rows in all: {', '.join(str(i) for i in range(2, 22))})")
    with Session(chain) as s:
        kept = audit_chain.verify(s, KEY, (3, "0" * 64))
    assert not kept.ok and kept.forged == tuple(range(2, 26))


def test_without_a_head_row(chain: Any) -> None:
    from sqlalchemy import delete
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        s.execute(delete(AuditHead))
    report = _verify(chain)  # rows without a head: the head was removed
    assert not report.ok and report.first_bad_id == 4
    from sqlalchemy.exc import NoResultFound

    with Session(chain) as s, s.begin(), pytest.raises(NoResultFound):  # no restart at id 1
        audit_chain.append(s, KEY, at=AT, actor_id=None, actor="system",
                           action="create", entity="case")
    with Session(chain) as s, s.begin():
        s.execute(delete(AuditEntry))
    assert _verify(chain).ok  # nothing written yet, no head: an empty, intact chain


def test_a_row_appended_without_an_entity_id_stores_none(chain: Any) -> None:
    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        entry = audit_chain.append(s, KEY, at=AT, actor_id=None, actor="system",
                                   action="update", entity="database")
        stored = (entry.entity_id, entry.case_id, entry.details)
    assert stored == ("", None, {})
    assert _verify(chain).ok


def test_details_are_stored_as_the_json_the_mac_covers(chain: Any) -> None:
    """A date (or any value JSON has no type for) is stored as its text, the same value the
    MAC was computed over, so the row verifies after it is read back."""
    from datetime import date

    from sqlalchemy.orm import Session

    with Session(chain) as s, s.begin():
        entry = audit_chain.append(s, KEY, at=AT, actor_id=None, actor="system",
                                   action="update", entity="database",
                                   details={"on": date(2026, 3, 2), "n": 3})
        stored = entry.details
    assert stored == {"on": "2026-03-02", "n": 3}
    assert _verify(chain).ok


def test_the_kept_head_covers_signatures(signed) -> None:
    import hashlib

    services, admin, row_id = signed
    report = services.audit.verify(admin)
    kept = audit_chain.GENESIS
    with services.db.reader() as s:
        rows = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))[:report.rows]
    for e in rows:  # (verify's own audit row comes after the report)
        content = audit_chain.canonical(e.id, e.at, e.actor_id, e.actor, e.action, e.entity,
                                        e.entity_id, e.case_id, e.details)
        kept = hashlib.sha256(kept.encode() + content + (e.signature or "").encode()
                              ).hexdigest()
    assert any(e.signature for e in rows)
    assert report.kept_head == f"{len(rows)}:{kept}"
