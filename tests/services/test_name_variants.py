"""Issue 13's names in search and in duplicate detection: the North's and the South's
spellings (리/이, 로/노, 류/유, 량/양, 녀/여) find each other, and a Hangul given name or
its initials alone finds the person. The searches are index ranges (query plans checked).
All names are fictional."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from resettle.services import case_query
from resettle.services.cases import CaseQuery
from resettle.services.intake import IntakeForm, PossibleDuplicate
from resettle.storage.models import Case

# (North Korean spelling, South Korean spelling) of one name; Latin names left out so that
# only the Hangul keys can match.
PAIRS = [("리", "금숙", "이"), ("로", "영호", "노"), ("류", "정미", "유"), ("량", "순옥", "양")]
GIVEN_PAIRS = [("한", "녀옥", "여옥")]  # 녀/여 at the start of the given name
ALL = [(f + g, s + g) for f, g, s in PAIRS] + [(f + g, f + s) for f, g, s in GIVEN_PAIRS]


@pytest.fixture
def north(services, new_case):
    """Only the North's spellings are on file (and bystanders): each South spelling must
    find its North twin and nothing else."""
    made = {}
    for hangul in ["김정숙", "박정남", "남궁련희"] + [n for n, _s in ALL]:
        family = hangul[:2] if hangul.startswith("남궁") else hangul[0]
        made[hangul] = new_case(family=family, given=hangul[len(family):], family_latin="",
                                given_latin="")
    return made


def _found(services, actor, search: str) -> list[str]:
    return [r.case_no for r in services.cases.list_cases(actor, CaseQuery(search=search))]


@pytest.mark.parametrize(("north_name", "south_name"), ALL)
def test_south_spelling_finds_the_north_one(services, actors, north, north_name, south_name):
    cw = actors["caseworker"]
    assert _found(services, cw, south_name) == [north[north_name]]
    assert _found(services, cw, north_name) == [north[north_name]]
    assert _found(services, cw, south_name[:2]) == [north[north_name]]  # while typing


@pytest.mark.parametrize(("north_name", "south_name"), ALL)
def test_north_spelling_finds_the_south_one(services, actors, new_case, north_name,
                                            south_name):
    family = south_name[0]
    case_no = new_case(family=family, given=south_name[1:], family_latin="", given_latin="")
    assert _found(services, actors["caseworker"], north_name) == [case_no]


@pytest.mark.parametrize(("search", "who"), [
    ("정숙", "김정숙"), ("ㅈㅅ", "김정숙"), ("김정숙", "김정숙"), ("ㄱㅈㅅ", "김정숙"),
    ("금숙", "리금숙"), ("ㄱㅅ", "리금숙"), ("영호", "로영호"), ("ㅇㅎ", "로영호"),
    ("련희", "남궁련희"), ("연희", "남궁련희"), ("남궁연", "남궁련희"),  # a two-syllable surname
    ("녀옥", "한녀옥"), ("여옥", "한녀옥"), ("한여", "한녀옥"),
])
def test_given_name_alone_or_its_initials(services, actors, north, search, who):
    assert _found(services, actors["caseworker"], search) == [north[who]]


def test_a_given_name_prefix_finds_surnames_and_given_names(services, actors, north):
    found = set(_found(services, actors["caseworker"], "정"))
    assert found == {north["김정숙"], north["박정남"], north["류정미"]}  # none surnamed 정
    assert set(_found(services, actors["caseworker"], "ㅈ")) == found


@pytest.mark.parametrize("search", ["이금순", "노영수", "최", "숙", "ㅊ", "정숙김", "ㄱㅈㅅㅎ"])
def test_no_false_matches(services, actors, north, search):
    assert _found(services, actors["caseworker"], search) == []


@pytest.mark.parametrize("search", ["김ㅈ", "리ㄱ", "이ㄱ", "정ㅅ", "김ㄹ", "남ㄱ"])
def test_composing_a_syllable(services, actors, north, search):
    """A lone consonant after syllables is a syllable being typed: 김ㅈ on its way to 김정."""
    expected = {"김ㅈ": "김정숙", "리ㄱ": "리금숙", "이ㄱ": "리금숙", "정ㅅ": "김정숙",
                "김ㄹ": None, "남ㄱ": "남궁련희"}[search]
    assert _found(services, actors["caseworker"], search) == (
        [north[expected]] if expected else [])


@pytest.mark.parametrize("walk", [False, True])
@pytest.mark.parametrize("search", ["이금숙", "정숙", "ㅈㅅ", "녀옥", "노"])
def test_walking_the_sort_index_finds_the_same(services, actors, north, walk, search):
    """The first screen may walk the sort order's index and test each case (walk=True):
    the same cases match either way."""
    stmt = case_query.build(CaseQuery(search=search, sort="arrival"), services.db.dialect,
                            date(2026, 3, 2), [Case.case_no], walk=walk)
    with services.db.reader() as s:
        found = set(s.scalars(stmt))
    assert found == set(_found(services, actors["caseworker"], search)) != set()


def _plan(services, search: str) -> str:
    """The database's plan for the id list of a search, as one string."""
    stmt = case_query.build(CaseQuery(search=search), services.db.dialect, date(2026, 3, 2),
                            [Case.id])
    engine = services.db.engine
    compiled = stmt.compile(dialect=engine.dialect)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            params = tuple(compiled.params[k] for k in compiled.positiontup or ())
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params).all()
            return "\n".join(str(r[-1]) for r in rows)
        conn.execute(text("SET enable_seqscan = off"))  # tiny tables: ask if it can
        rows = conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params).all()
        return "\n".join(r[0] for r in rows)


@pytest.mark.parametrize(("search", "indexes"), [
    ("정숙", ["key_folded", "key_given"]),
    ("로영호", ["key_folded", "key_given"]),
    ("ㅈㅅ", ["key_initials", "key_given_initials"]),
])
def test_name_searches_use_the_name_key_indexes(services, north, search, indexes):
    plan = _plan(services, search)
    for table in ("persons", "person_names"):
        for key in indexes:
            assert f"ix_{table}_{key}" in plan, plan
    assert "SCAN persons\n" not in plan + "\n" and "SCAN person_names\n" not in plan + "\n"
    assert "Seq Scan on persons" not in plan and "Seq Scan on person_names" not in plan


# --- duplicate detection at intake -----------------------------------------------------


def _form(hangul_family: str, given: str, birth: str = "1980") -> IntakeForm:
    return IntakeForm(family_name=hangul_family, given_name=given, sex="F",
                      arrival_date=date(2026, 2, 1), birth_date=birth)


@pytest.mark.parametrize(("north_name", "south_name"), ALL)
def test_intake_flags_the_other_spelling(services, actors, north_name, south_name):
    cw = actors["caseworker"]
    first = services.intake.intake(cw, _form(north_name[0], north_name[1:])).case_no
    south = _form(south_name[0], south_name[1:])
    assert services.intake.check(cw, south) == (first,)
    with pytest.raises(PossibleDuplicate) as exc:
        services.intake.intake(cw, south)
    assert exc.value.params["case_nos"] == (first,)
    assert services.intake.check(cw, _form(south_name[0], south_name[1:], "1981")) == ()
    # and the other way round: the South's spelling on file, the North's at the door
    second = services.intake.intake(cw, south, accept_duplicates=True).case_no
    assert services.intake.check(cw, _form(north_name[0], north_name[1:])) == (first, second)


def test_intake_flags_a_former_name_in_the_other_spelling(services, actors):
    from resettle.services.names import NameChange

    cw = actors["caseworker"]
    first = services.intake.intake(cw, _form("리", "금숙")).case_no
    services.names.rename(cw, first, NameChange(date(2026, 2, 20), "new legal name",
                                                family_name="박", given_name="은하"))
    assert services.intake.check(cw, _form("이", "금숙")) == (first,)
    assert services.intake.check(cw, _form("이", "금순")) == ()


def test_lookalike_names_are_not_flagged(services, actors):
    cw = actors["caseworker"]
    first = services.intake.intake(cw, _form("리", "금숙")).case_no
    for family, given in [("이", "금순"), ("김", "금숙"), ("이", "숙"), ("리", "금")]:
        assert services.intake.check(cw, _form(family, given)) == (), (family, given)
    # 니 folds to 이 as 리 does: a rare surname, flagged on purpose (a glance is cheap)
    assert services.intake.check(cw, _form("니", "금숙")) == (first,)
