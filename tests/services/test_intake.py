"""Intake: validation by field, case numbers, possible duplicates, and the CSV import."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain.errors import InvalidInput, PermissionDenied
from resettle.services.intake import ImportRejected, IntakeForm, PossibleDuplicate

HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,"
          "birth_place,occupation,arrival_date,route,travel_document,group,high_profile,notes")


def form(**kw) -> IntakeForm:
    base = dict(family_name="리", given_name="은별", family_name_latin="Ri",
                given_name_latin="Un-byol", sex="F", arrival_date=date(2026, 2, 1),
                birth_date="1994-03")
    return IntakeForm(**(base | kw))


def test_intake_creates_case_with_number_and_event(services, actors) -> None:
    cw = actors["caseworker"]
    result = services.intake.intake(cw, form())
    assert result.case_no == "R-2026-00001" and result.possible_duplicates == ()
    detail = services.cases.show(cw, result.case_no)
    assert (detail.stage, detail.name.hangul, detail.birth_date) == ("intake", "리은별", "1994-03")
    assert detail.caseworker == "caseworker"
    assert [e.to_stage for e in detail.events] == ["intake"]
    assert services.intake.intake(cw, form(given_name="별", given_name_latin="Byol")
                                  ).case_no == "R-2026-00002"


@pytest.mark.parametrize("field,value,rule", [
    ("family_name", "", "required"),
    ("given_name", "   ", "required"),
    ("sex", "Q", "sex"),
    ("birth_date", "1994-13", "birth_date"),
    ("birth_date", "03/1994", "birth_date"),
    ("travel_document", "stolen", "travel_document"),
    ("arrival_date", date(2026, 3, 3), "future"),
    ("family_name", "리\x00", "family_name"),
])
def test_bad_fields_are_named(services, actors, field, value, rule) -> None:
    with pytest.raises(InvalidInput) as exc:
        services.intake.intake(actors["caseworker"], form(**{field: value}))
    assert exc.value.field == field
    assert rule in f"{exc.value.field} {exc.value.rule}"


def test_possible_duplicate_stops_until_accepted(services, actors) -> None:
    cw = actors["caseworker"]
    first = services.intake.intake(cw, form()).case_no
    variant = form(family_name="이", family_name_latin="Lee", given_name_latin="Eun-byeol",
                   birth_date="1994")
    with pytest.raises(PossibleDuplicate) as exc:
        services.intake.intake(cw, variant)
    assert exc.value.params["case_nos"] == (first,)
    assert services.intake.check(cw, variant) == (first,)
    second = services.intake.intake(cw, variant, accept_duplicates=True)
    assert second.possible_duplicates == (first,) and second.case_no != first
    other_year = form(birth_date="1970")
    assert services.intake.check(cw, other_year) == ()


def test_lawyer_and_admin_cannot_take_intake(services, actors) -> None:
    for role in ("lawyer", "admin"):
        with pytest.raises(PermissionDenied):
            services.intake.intake(actors[role], form())


def csv_bytes(*rows: str, bom: bool = False) -> bytes:
    return (("\ufeff" if bom else "") + "\n".join([HEADER, *rows]) + "\n").encode()


GOOD = ["김,설화,Kim,Sol-hwa,F,1990,함경북도 회령,teacher,2026-01-10,via Laos,none,G-13,no,",
        "박,은하,Pak,Un-ha,F,1988-07-03,,,2026-01-10,,forged,G-13,yes,arrived with group"]


@pytest.mark.parametrize("bom", [False, True])
def test_csv_import_in_order(services, actors, bom) -> None:
    results = services.intake.import_csv(actors["caseworker"], csv_bytes(*GOOD, bom=bom))
    assert [(line, r.case_no) for line, r in results] == [(2, "R-2026-00001"),
                                                          (3, "R-2026-00002")]
    group = services.groups.view(actors["caseworker"], "G-13")
    assert [m.case_no for m in group.members] == ["R-2026-00001", "R-2026-00002"]
    assert services.cases.show(actors["caseworker"], "R-2026-00002").high_profile


def test_csv_reports_every_bad_row_and_imports_nothing(services, actors) -> None:
    bad = [GOOD[0],
           "최,,Choe,,F,1990,,,2026-01-10,,none,,no,",
           "한,별,Han,Byol,Z,1990,,,2026-01-10,,none,,no,",
           "정,민,Jong,Min,M,1990,,,2026-14-10,,none,,maybe,",
           "too,few,fields"]
    with pytest.raises(ImportRejected) as exc:
        services.intake.import_csv(actors["caseworker"], csv_bytes(*bad))
    assert [str(p) for p in exc.value.problems] == [
        "line 3: given_name: required",
        "line 4: sex: one_of",
        "line 5: arrival_date: no_such_date",
        "line 6: row: wrong_field_count",
    ]
    assert services.cases.list_cases(actors["caseworker"], services_query()) == []


def services_query():
    from resettle.services.cases import CaseQuery

    return CaseQuery()


@pytest.mark.parametrize("data,problem", [
    (b"\xff\xfe" + HEADER.encode("utf-16-le"), "line 1: file: not_utf8"),
    (b"name,sex\nx,F\n", "line 1: header: bad_header"),
    (HEADER.encode() + b'\n"unclosed,quote\n', "line"),
    (HEADER.encode() + b"\n\x00\n", "line 2: file: nul_character"),
])
def test_broken_files(services, actors, data, problem) -> None:
    with pytest.raises(ImportRejected) as exc:
        services.intake.import_csv(actors["caseworker"], data)
    assert str(exc.value.problems[0]).startswith(problem)
