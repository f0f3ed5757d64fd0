"""The audit chain: intact verifies; any altered, removed, reordered or truncated row is named."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update

from resettle.storage.models import AuditEntry, AuditHead


@pytest.fixture
def chain(services, admin):
    for n in range(20):
        services.accounts.add_user(admin, f"user{n:02d}", "caseworker", "a-long-password-1")
    report = services.audit.verify(admin)
    assert report.ok and report.rows >= 22
    return services, admin


def _write(services, stmt) -> None:
    with services.db.writer() as s, s.begin():
        s.execute(stmt)


def test_altered_row_is_named(chain) -> None:
    services, admin = chain
    _write(services, update(AuditEntry).where(AuditEntry.id == 7).values(actor="mallory"))
    report = services.audit.verify(admin)
    assert not report.ok and report.first_bad_id == 7 and "altered" in report.problem


def test_altered_details_is_named(chain) -> None:
    services, admin = chain
    _write(services, update(AuditEntry).where(AuditEntry.id == 9).values(details={"x": 1}))
    assert services.audit.verify(admin).first_bad_id == 9


def test_removed_row_is_named(chain) -> None:
    services, admin = chain
    _write(services, delete(AuditEntry).where(AuditEntry.id == 5))
    report = services.audit.verify(admin)
    assert not report.ok and report.first_bad_id == 5 and "missing" in report.problem


def test_reordered_rows_are_named(chain) -> None:
    services, admin = chain
    with services.db.writer() as s, s.begin():
        a = s.get(AuditEntry, 10)
        b = s.get(AuditEntry, 11)
        fields = ("at", "actor", "action", "entity", "entity_id", "details", "prev_hash",
                  "row_hash", "actor_id", "case_id")
        va = {f: getattr(a, f) for f in fields}
        vb = {f: getattr(b, f) for f in fields}
        for f in fields:
            setattr(a, f, vb[f])
            setattr(b, f, va[f])
    report = services.audit.verify(admin)
    assert not report.ok and report.first_bad_id == 10


def test_truncated_tail_is_detected(chain) -> None:
    services, admin = chain
    with services.db.reader() as s:
        last = s.scalar(select(AuditHead.last_id))
    _write(services, delete(AuditEntry).where(AuditEntry.id > last - 3))
    report = services.audit.verify(admin)
    assert not report.ok and report.first_bad_id == last - 2


def test_audit_table_has_no_plain_text_of_passwords(chain) -> None:
    services, _ = chain
    with services.db.reader() as s:
        dump = " ".join(str(r) for r in s.execute(text("select * from audit_log")).all())
    assert "a-long-password-1" not in dump
