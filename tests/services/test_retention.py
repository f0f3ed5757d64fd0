"""Retention run: a due case is anonymised and its names are gone from the file, the WAL and a
later backup, while the audit chain verifies and the statistics stay the same; a held case is
untouched; the schedule is shown per case."""

from __future__ import annotations

from datetime import date

import pytest
from privacy_scan import decrypted_pages, decrypted_wal, holds

from resettle.domain import retention as rt
from resettle.domain.errors import InvalidInput, PermissionDenied
from resettle.services import backups
from resettle.services.context import transaction
from resettle.services.names import NameChange
from resettle.services.statistics import gather

TODAY = date(2026, 3, 2)
# Fictional names, unusual enough that a byte scan finds nothing else.
GONE = ("탁", "솔빛나래", "Solbitnarae", "탁무진울", "Mujinul", "옛이름별하", "Byeolha",
        "서쪽고개길", "언니가봄내", "잘못적은윤슬")
KEPT = ("봉", "가람여울", "Garamyeoul")


@pytest.fixture
def sqlite_only(database):
    if database.path is None:
        pytest.skip("byte scans are of the encrypted file")
    return database


def _seed(services, actors, new_case) -> tuple[str, str]:
    cw = actors["caseworker"]
    due = new_case(family="탁", given="솔빛나래", family_latin="Thak",
                   given_latin="Solbitnarae", stage="closed", arrival=date(2018, 1, 5),
                   birth="1983")
    held = new_case(family="봉", given="가람여울", family_latin="Bong",
                    given_latin="Garamyeoul", stage="withdrawn", arrival=date(2019, 4, 2),
                    birth="1990")
    services.names.rename(cw, due, NameChange(date(2019, 1, 1), "new legal name",
                                              given_name="옛이름별하",
                                              given_name_latin="Byeolha"))
    services.names.rename(cw, due, NameChange(date(2019, 2, 1), "changed back",
                                              given_name="솔빛나래",
                                              given_name_latin="Solbitnarae"))
    services.relatives.add_relative(cw, due, "mother", "탁", "무진울", location="north",
                                    notes="Mujinul lives near 서쪽고개길")
    services.notes.add(cw, due, "언니가봄내 씨가 전화함")
    wrong = services.notes.add(cw, due, "다른 사람 메모")
    services.corrections.void(actors["supervisor"], "note", wrong.id,
                              "잘못적은윤슬 씨의 메모를 이 사례에 적음")  # a correction's reason
    services.attachments.attach(cw, due, "letter", "Solbitnarae 탁무진울".encode())
    services.cases.set_photo(cw, due, None)
    services.notes.add(cw, held, "가람여울 씨 면담")
    return due, held


def test_due_case_anonymised_and_no_copy_left(services, actors, admin, new_case, database,
                                              tmp_path) -> None:
    """On PostgreSQL the same run (VACUUM there); the byte scans are of the SQLCipher file."""
    due, held = _seed(services, actors, new_case)
    sv = actors["supervisor"]
    assert services.retention.show(sv, due).anonymise_on == date(2023, 1, 5)
    services.retention.hold(sv, held, date(2026, 12, 31), "court proceedings pending")
    with transaction(services.ctx, sv) as tx:
        before = gather(tx, None, TODAY)
    path, key = database.path, database.secret
    if path is not None:
        with database.engine.connect() as conn:  # the names into the file, not only the WAL
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        assert holds(decrypted_pages(path, key), *GONE)
        services.notes.add(actors["caseworker"], due, "탁무진울 again")  # and into the WAL
        assert holds(decrypted_pages(path, key) + decrypted_wal(path, key), *GONE), \
            "the scan must see the seeded names before the run (else it proves nothing)"

    plan = services.retention.run(admin, dry_run=True)
    assert plan.anonymised == (due,) and plan.held == (held,)
    assert services.cases.show(sv, due).name.hangul  # a dry run changes nothing

    result = services.retention.run(admin)
    assert result.anonymised == (due,) and result.held == (held,) and result.wal_emptied
    assert services.audit.verify(admin).ok
    with transaction(services.ctx, sv) as tx:
        assert gather(tx, None, TODAY) == before
    shown = services.cases.show(sv, due)
    assert not shown.name.hangul and not shown.other_names
    assert shown.birth_date == "1984"  # the middle of the band 30-39 on arrival
    assert services.retention.show(sv, due).state is rt.RetentionState.ANONYMISED

    rows = services.audit.entries(admin, limit=500, case_no=due)
    assert any(r.details.get("erased") for r in rows)
    assert not any("솔빛나래" in str(r.details) for r in rows)
    if path is None:
        return
    data = decrypted_pages(path, key) + decrypted_wal(path, key)
    assert holds(data, *GONE) == []
    assert holds(data, *KEPT) == list(KEPT)  # the held case is untouched
    backup = tmp_path / "after.db"
    backups.create(services, admin, backup)
    assert holds(decrypted_pages(backup, key), *GONE) == []
    assert holds(decrypted_pages(backup, key), *KEPT) == list(KEPT)


def test_old_backups_listed_with_the_cases_they_still_hold(services, actors, admin, new_case,
                                                           sqlite_only, tmp_path, clock) -> None:
    due, withdrawn = _seed(services, actors, new_case)  # no hold: both are due
    backups.create(services, admin, tmp_path / "before.db")
    clock.advance(minutes=5)
    services.retention.run(admin)
    old = services.retention.old_backups(admin)
    assert [(b.name, b.cases) for b in old] == [("before.db", (due, withdrawn))]


def test_held_case_is_not_touched_and_hold_rules(services, actors, admin, new_case) -> None:
    sv, cw = actors["supervisor"], actors["caseworker"]
    case = new_case(stage="excluded", arrival=date(2015, 3, 3))
    with pytest.raises(PermissionDenied):
        services.retention.hold(cw, case, date(2027, 1, 1), "x")
    with pytest.raises(InvalidInput) as e:
        services.retention.hold(sv, case, TODAY, "today is not later")
    assert e.value.field == "hold_until"
    shown = services.retention.hold(sv, case, date(2027, 1, 1), "habeas corpus review")
    assert shown.state is rt.RetentionState.HELD and shown.hold_reason == "habeas corpus review"
    assert services.retention.run(admin).anonymised == ()
    assert services.cases.show(sv, case).name.hangul == "김설화"


def test_only_admins_run_it(services, actors) -> None:
    for role in ("caseworker", "supervisor", "lawyer"):
        with pytest.raises(PermissionDenied):
            services.retention.run(actors[role], dry_run=True)


def test_open_cases_are_scheduled_never(services, actors, admin, new_case) -> None:
    case = new_case(stage="custody", arrival=date(2001, 1, 1))
    assert services.retention.show(actors["caseworker"], case).state is rt.RetentionState.OPEN
    assert services.retention.run(admin).anonymised == ()


def test_rows_from_before_sealing_are_counted_not_hidden(services, actors, admin, new_case,
                                                         clock) -> None:
    from resettle.storage import audit_chain
    from resettle.storage.models import Case

    case = new_case(stage="withdrawn", arrival=date(2015, 3, 3))
    with services.db.writer() as s, s.begin():  # as revision 0009 wrote it: in the clear
        case_id = s.query(Case.id).filter(Case.case_no == case).scalar()
        audit_chain.append(s, services.db.audit_key, at=clock(), actor_id=None,
                           actor="system", action="update", entity="person", entity_id=case,
                           case_id=case_id, details={"family_name": {"before": "김"}})
    result = services.retention.run(admin)
    assert result.anonymised == (case,) and result.unsealed_audit_rows == 1
    assert services.audit.verify(admin).ok
