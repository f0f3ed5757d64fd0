"""Search: Hangul syllables, initial consonants, Latin variants, former names, case numbers."""

from __future__ import annotations

import pytest

from resettle.domain.names import name_keys
from resettle.services.cases import CaseQuery
from resettle.storage.models import Case, PersonName


@pytest.fixture
def people(services, new_case):
    made = {
        "kje": new_case(family="김", given="정은", family_latin="Kim", given_latin="Jong-un"),
        "rgs": new_case(family="리", given="금숙", family_latin="Ri", given_latin="Gum-suk"),
        "sml": new_case(family="서", given="명란", family_latin="So", given_latin="Myong-ran"),
        "pak": new_case(family="박", given="은하", family_latin="Pak", given_latin="Un-ha"),
    }
    with services.db.writer() as s, s.begin():
        person_id = s.get(Case, _id(services, made["pak"])).person_id
        s.add(PersonName(person_id=person_id, kind="former", family_name="한",
                         given_name="순이", family_name_latin="Han",
                         given_name_latin="Sun-i",
                         **name_keys("한", "순이", "Han", "Sun-i").columns()))
    return made


def _id(services, case_no):
    from sqlalchemy import select
    with services.db.reader() as s:
        return s.scalar(select(Case.id).where(Case.case_no == case_no))


@pytest.mark.parametrize("text,who", [
    ("김정은", "kje"), ("김정", "kje"), ("ㄱㅈㅇ", "kje"), ("ㄱㅈ", "kje"),
    ("Kim Jong-un", "kje"), ("Gim Jeong-eun", "kje"), ("jong-un kim", "kje"),
    ("Lee Geum-suk", "rgs"), ("Yi Gumsuk", "rgs"), ("Rhee", "rgs"), ("리금숙", "rgs"),
    ("Seo Myeong-ran", "sml"), ("so myong", "sml"),
    ("Park Eun-ha", "pak"), ("한순이", "pak"), ("ㅎㅅㅇ", "pak"), ("Han Sun-i", "pak"),
])
def test_name_search(services, actors, people, text, who) -> None:
    found = services.cases.list_cases(actors["caseworker"], CaseQuery(search=text))
    assert [r.case_no for r in found] == [people[who]]


def test_case_number_prefix(services, actors, people) -> None:
    no = people["rgs"]
    for text in (no, no.lower(), no[2:]):
        found = services.cases.list_cases(actors["caseworker"], CaseQuery(search=text))
        assert [r.case_no for r in found] == [no]
    assert len(services.cases.list_cases(actors["caseworker"], CaseQuery(search="R-2026"))) == 4


@pytest.mark.parametrize("text", ["최", "ㅊ", "Choe", "R-1999", "---", "ㄱㅈㅇㅋ"])
def test_no_false_matches(services, actors, people, text) -> None:
    assert services.cases.list_cases(actors["caseworker"], CaseQuery(search=text)) == []


def test_ids_then_rows_in_order(services, actors, people) -> None:
    cw = actors["caseworker"]
    ids = services.cases.find_ids(cw, CaseQuery(sort="name"))
    rows = services.cases.rows(cw, ids[1:3])
    assert [r.id for r in rows] == ids[1:3]
    names = [r.name.hangul for r in services.cases.rows(cw, ids)]
    assert names == sorted(names)
