"""Every read of personal data is audited (issue 15), once per user action, and search as you
type stays read-only per keystroke: reads are noted in memory and written in batches."""

from __future__ import annotations

import threading
import time
from datetime import date

import pytest
from sqlalchemy import select

from resettle.services.case_query import CaseQuery
from resettle.services.intake_form import IntakeForm
from resettle.storage.models import AuditEntry

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7"
       b"5\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def reads(services):
    log = services.cases.reads
    log.idle = None  # the tests flush by hand; the idle timer has its own test
    return log


@pytest.fixture
def people(new_case):
    return [new_case(family="김", given="정숙", family_latin="Kim", given_latin="Jong-suk"),
            new_case(family="김", given="정호", family_latin="Kim", given_latin="Jong-ho"),
            new_case(family="박", given="영희", family_latin="Pak", given_latin="Yong-hui")]


def _rows(services, entity: str = "reads") -> list[AuditEntry]:
    with services.db.reader() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity)
                              .order_by(AuditEntry.id)))


class _Writers:
    """Counts the write transactions (SQLite's write lock) the services open."""

    def __init__(self, services) -> None:
        self.count, self.db = 0, services.db
        self._writer = services.db.writer
        services.db.writer = self

    def __call__(self):
        self.count += 1
        return self._writer()

    def restore(self) -> None:
        self.db.writer = self._writer


def _case_ids(services, case_nos: list[str]) -> list[int]:
    from resettle.storage.models import Case

    with services.db.reader() as s:
        return [s.scalar(select(Case.id).where(Case.case_no == n)) for n in case_nos]


def test_search_as_you_type_takes_no_write_lock_and_leaves_one_row(services, actors,
                                                                    people, reads) -> None:
    cw = actors["caseworker"]
    writers = _Writers(services)
    try:
        for text in ("K", "Ki", "Kim"):  # each keystroke: the first screen
            services.cases.first_rows(cw, CaseQuery(search=text), 64)
        ids = services.cases.find_ids(cw, CaseQuery(search="Kim"))  # then every id
        services.cases.rows(cw, ids)  # and the rows as the list scrolls
        assert writers.count == 0 and _rows(services) == []  # not one write while typing
        assert reads.flush() == 1
        assert writers.count == 1
    finally:
        writers.restore()
    (row,) = _rows(services)
    assert (row.actor, row.action, row.case_id) == ("caseworker", "view", None)
    (query,) = row.details["queries"]
    assert query["search"] == "Kim" and query["typed"] == ["K", "Ki", "Kim"]
    assert query["results"] == 2 and query["filters"] == {}
    assert sorted(row.details["ids"]) == sorted(_case_ids(services, people[:2]))
    assert row.details["ids_shown"] == 2
    assert reads.flush() == 0  # nothing pending: nothing written


def test_a_keystroke_does_not_wait_for_a_writer(services, actors, people, reads) -> None:
    """Another connection holds SQLite's write lock: the search still answers at once."""
    if services.db.dialect != "sqlite":
        pytest.skip("SQLite's write lock")
    cw = actors["caseworker"]
    done: list[int] = []
    with services.db.writer() as other, other.begin():  # BEGIN IMMEDIATE: the write lock
        other.connection()
        worker = threading.Thread(target=lambda: done.append(len(
            services.cases.first_rows(cw, CaseQuery(search="김"), 64))))
        worker.start()
        worker.join(5)
        answered = list(done)
    worker.join(30)
    assert answered == [2]


def test_another_search_or_filter_is_its_own_entry_in_the_batch(services, actors, people,
                                                               reads) -> None:
    cw = actors["caseworker"]
    services.cases.first_rows(cw, CaseQuery(search="Ki"), 64)
    services.cases.first_rows(cw, CaseQuery(search="Pak", stage="intake"), 64)
    reads.flush()
    (row,) = _rows(services)
    assert [(q["search"], q["filters"]) for q in row.details["queries"]] == [
        ("Ki", {}), ("Pak", {"stage": "intake"})]


def test_opening_the_list_is_written_at_once(services, actors, people, reads) -> None:
    services.cases.find_ids(actors["supervisor"], CaseQuery(), audit=True)
    (row,) = _rows(services)
    assert row.actor == "supervisor" and row.details["queries"][0]["results"] == 3


def test_each_session_gets_its_own_row(services, actors, people, reads) -> None:
    services.cases.first_rows(actors["caseworker"], CaseQuery(search="Kim"), 64)
    services.cases.first_rows(actors["supervisor"], CaseQuery(search="Pak"), 64)
    assert reads.flush(actors["caseworker"]) == 1
    assert [r.actor for r in _rows(services)] == ["caseworker"]
    assert reads.flush() == 1
    assert [r.actor for r in _rows(services)] == ["caseworker", "supervisor"]


def test_a_lawyer_reads_only_represented_cases_and_that_is_recorded(services, actors,
                                                                    people, reads) -> None:
    rows = services.cases.first_rows(actors["lawyer"], CaseQuery(search="Kim"), 64)
    reads.flush()
    (row,) = _rows(services)
    assert rows == [] and row.actor == "lawyer" and "ids" not in row.details
    assert row.details["queries"][0]["search"] == "Kim"


def test_a_photo_looked_at_is_audited(services, actors, people, reads) -> None:
    sv = actors["supervisor"]
    services.cases.set_photo(sv, people[0], PNG)
    writers = _Writers(services)
    try:
        assert services.cases.photo(sv, people[0]) == PNG
        assert writers.count == 0
    finally:
        writers.restore()
    reads.flush()
    (row,) = _rows(services)
    assert row.details["photos"] == [people[0]]


def test_a_group_view_is_audited(services, actors, people, reads) -> None:
    sv = actors["supervisor"]
    services.groups.create(sv, "G-2026-01")
    services.groups.add_member(sv, "G-2026-01", people[2])
    view = services.groups.view(sv, "G-2026-01")
    reads.flush()
    (row,) = _rows(services)
    assert [r.case_no for r in view.members] == [people[2]]
    assert row.details["queries"][0]["filters"] == {"group": "G-2026-01"}
    assert row.details["ids"] == _case_ids(services, [people[2]])


def test_the_custody_review_screen_is_audited(services, actors, people, reads) -> None:
    from sqlalchemy import update

    from resettle.storage.models import Case

    with services.db.writer() as s, s.begin():  # two of them held since their arrival
        s.execute(update(Case).where(Case.case_no.in_(people[:2])).values(
            custody_start=Case.arrival_date, custody_limit=90))
    cw = actors["caseworker"]
    ids = services.cases.find_ids(cw, CaseQuery(custody_status="held"))  # gui.custody.review
    shown = services.cases.rows(cw, ids)
    reads.flush()
    (row,) = _rows(services)
    query = row.details["queries"][0]
    assert query["filters"] == {"custody_status": "held"} and query["results"] == len(ids)
    assert len(ids) == 2 and sorted(row.details["ids"]) == sorted(r.id for r in shown)


def test_the_intake_duplicate_check_is_audited(services, actors, people, reads) -> None:
    form = IntakeForm(family_name="김", given_name="정숙", sex="F",
                      arrival_date=date(2026, 2, 1), family_name_latin="Kim",
                      given_name_latin="Jong-suk", birth_date="1990")
    found = services.intake.check(actors["caseworker"], form)
    (row,) = _rows(services, "duplicate_check")
    assert row.actor == "caseworker" and row.details["case_nos"] == list(found)
    assert row.details["results"] == len(found)


def test_batched_rows_are_signed_and_verify_even_after_the_session_ended(
        services, actors, people, reads) -> None:
    cw = actors["caseworker"]
    services.cases.first_rows(cw, CaseQuery(search="Kim"), 64)
    services.ctx.end_session(cw)  # locked or logged out before the batch was written
    reads.flush()
    (row,) = _rows(services)
    assert row.signature
    assert services.audit.verify(actors["admin"]).ok


def test_reads_are_written_after_a_short_idle_without_a_flush(services, actors,
                                                              people) -> None:
    services.cases.reads.idle = 0.05
    services.cases.first_rows(actors["caseworker"], CaseQuery(search="Kim"), 64)
    deadline = time.monotonic() + 10
    while not _rows(services) and time.monotonic() < deadline:
        time.sleep(0.05)
    (row,) = _rows(services)
    assert row.details["queries"][0]["search"] == "Kim"
    assert services.cases.reads.pending() == 0
