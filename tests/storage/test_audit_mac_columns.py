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
