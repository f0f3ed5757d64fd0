"""The intake CSV: problems are structured (line, field, code, parameters), and the Korean
values a Korean user types (여/남, 예/아니요, 유효/위조/없음) are read as the codes."""

from __future__ import annotations

from resettle.domain.errors import ImportProblem
from resettle.i18n.messages import problem_text
from resettle.services.csv_intake import HEADER, read
from resettle.services.intake import ImportRejected

HEAD = ",".join(HEADER)


def csv_bytes(*rows: str) -> bytes:
    return ("\n".join([HEAD, *rows]) + "\n").encode("utf-8")


def test_korean_values_are_read() -> None:
    forms, problems = read(csv_bytes(
        "김,설화,Kim,Sol-hwa,여,1990,,,2026-01-10,,위조,,예,",
        "박,철,Pak,Chol,남,1985,,,2026-01-11,,없음,,아니요,",
        "리,은별,Ri,Un-byol,F,1994,,,2026-01-12,,valid,,no,",
    ))
    assert problems == []
    assert [(f.sex, f.travel_document, f.high_profile) for _line, f in forms] == [
        ("여", "위조", True), ("남", "없음", False), ("F", "valid", False)]


def test_korean_values_are_imported(services, actors) -> None:
    cw = actors["caseworker"]
    [(_line, result)] = services.intake.import_csv(cw, csv_bytes(
        "김,설화,Kim,Sol-hwa,여,1990,,,2026-01-10,,위조,,예,"))
    detail = services.cases.show(cw, result.case_no)
    assert detail.sex == "F"


def test_problems_are_structured() -> None:
    _forms, problems = read(csv_bytes(
        "최,,Choe,,F,1990,,,2026-01-10,,none,,no,",
        "정,민,Jong,Min,M,1990,,,2026-01-10,,none,,아마,",
        "too,few,fields",
    ))
    assert problems == [
        ImportProblem(3, "high_profile", "yes_no"),
        ImportProblem(4, "row", "wrong_field_count"),
    ]  # the blank given name is the intake's rule (services/intake.clean), not the file's
    assert problems[1].params == {"count": 3, "expected": len(HEADER)}
    assert problem_text(problems[0], "ko") == "3행: 주요 인물: 예 또는 아니요로 입력하십시오."
    assert problem_text(problems[1], "en") == "Line 4: The row has 3 fields; 14 are expected."


def test_file_problems_name_the_file() -> None:
    assert read(b"\xff\xfe\x00") == ([], [ImportProblem(1, "file", "not_utf8")])
    assert read(b"name,sex\n") == ([], [ImportProblem(1, "header", "bad_header")])


def test_the_rejection_words_every_problem(services, actors) -> None:
    from resettle.i18n.messages import error_text

    try:
        services.intake.import_csv(actors["caseworker"], csv_bytes(
            "한,별,Han,Byol,Z,1990,,,2026-01-10,,none,,no,"))
    except ImportRejected as exc:
        assert error_text(exc, "ko").splitlines() == [
            "문제가 1건 있어 아무것도 가져오지 않았습니다.",
            "2행: 성별: F, M, X (여, 남, 기타) 중 하나로 입력하십시오."]
    else:
        raise AssertionError("the bad row was imported")
