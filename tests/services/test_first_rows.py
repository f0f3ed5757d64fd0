"""The first screen of a search (what a keystroke waits for) is the head of the full list,
whether it was found by walking the sorted index or by collecting every match."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from sqlalchemy import event

from resettle.domain.names import name_keys
from resettle.services.cases import CaseQuery
from resettle.storage.models import Case, PersonName

LIMIT = 4


@pytest.fixture
def crowd(services, new_case):
    """12 Kims among 18 people, stages and arrivals mixed; one Ri was once a Kim."""
    stages = ("intake", "screening", "custody", "programme", "released")
    kims = [new_case(family="김", given=given, family_latin="Kim", given_latin=latin,
                     stage=stages[i % 5], arrival=date(2026, 1 + i % 9, 3 + i))
            for i, (given, latin) in enumerate(zip(
                ["정", "철", "순", "영", "하", "민", "수", "은", "혜", "진", "옥", "미"],
                ["Jong", "Chol", "Sun", "Yong", "Ha", "Min", "Su", "Un", "Hye", "Jin", "Ok",
                 "Mi"], strict=True))]
    others = [new_case(family=f, given="선", family_latin=lat, given_latin="Son",
                       stage=stages[i % 5], arrival=date(2026, 2, 1 + i))
              for i, (f, lat) in enumerate([("리", "Ri"), ("박", "Pak"), ("최", "Choe"),
                                             ("서", "So"), ("한", "Han"), ("조", "Jo")])]
    with services.db.writer() as s, s.begin():
        from sqlalchemy import select
        person_id = s.scalar(select(Case.person_id).where(Case.case_no == others[0]))
        s.add(PersonName(person_id=person_id, kind="former", family_name="김",
                         given_name="선", family_name_latin="Kim", given_name_latin="Son",
                         **name_keys("김", "선", "Kim", "Son").columns()))
    return kims, others


def _statements(services):
    seen: list[str] = []
    event.listen(services.db.engine, "before_cursor_execute",
                 lambda *a: seen.append(a[2]))
    return seen


def test_first_rows_are_the_head_of_the_list(services, actors, crowd) -> None:
    cw = actors["caseworker"]
    for sort, descending, text in itertools.product(
            ["case_no", "stage", "custody", "name", "arrival"], [False, True],
            ["김", "ㄱ", "Kim", "kim s", "김선", "R-2026", "최", ""]):
        q = CaseQuery(search=text, sort=sort, descending=descending)
        ids = services.cases.find_ids(cw, q)
        assert [r.id for r in services.cases.first_rows(cw, q, LIMIT)] == ids[:LIMIT], q
        assert [r.id for r in services.cases.list_cases(cw, q, LIMIT)] == ids[:LIMIT], q


def test_a_common_name_walks_the_index_and_a_rare_one_does_not(services, actors,
                                                               crowd) -> None:
    cw = actors["caseworker"]
    seen = _statements(services)
    services.cases.first_rows(cw, CaseQuery(search="김"), LIMIT)  # 13 of 18: 13² > 4 × 18
    assert any("EXISTS" in sql for sql in seen)
    seen.clear()
    services.cases.first_rows(cw, CaseQuery(search="최"), LIMIT)  # 1 of 18
    assert seen and not any("EXISTS" in sql for sql in seen)
    seen.clear()
    services.cases.first_rows(cw, CaseQuery(search="김", stage="custody"), LIMIT)
    assert seen and not any("EXISTS" in sql for sql in seen)  # another filter thins it out
    seen.clear()
    services.cases.first_rows(cw, CaseQuery(search="김", sort="name"), LIMIT)
    assert seen and not any("EXISTS" in sql for sql in seen)  # matches sort together
    seen.clear()
    services.cases.first_rows(cw, CaseQuery(search="R-2026", sort="arrival"), LIMIT)
    assert any("substr(" in sql.lower() for sql in seen)  # a case-number prefix walks too


def test_first_rows_are_not_audited_and_list_cases_is(services, actors, crowd) -> None:
    from resettle.storage.models import AuditEntry

    def count() -> int:
        from sqlalchemy import func, select
        with services.db.reader() as s:
            return s.scalar(select(func.count()).select_from(AuditEntry))

    cw, before = actors["caseworker"], count()
    services.cases.first_rows(cw, CaseQuery(search="김"), LIMIT)
    assert count() == before
    services.cases.list_cases(cw, CaseQuery(search="김"), LIMIT)
    assert count() == before + 1


def test_a_lawyer_sees_only_represented_cases_in_the_first_rows(services, actors,
                                                                crowd) -> None:
    assert services.cases.first_rows(actors["lawyer"], CaseQuery(search="김"), LIMIT) == []
