"""An audit row's details read as words in the reader's language, never as JSON."""

from __future__ import annotations

import ast
from pathlib import Path

from resettle.i18n.audit_words import details_in_words
from resettle.i18n.glossary import TERMS
from resettle.services.context import changes


def test_a_change_reads_as_its_label_before_and_after() -> None:
    details = changes({"role": "caseworker", "display_name": "Han"},
                      {"role": "supervisor", "display_name": "Han"})
    assert details_in_words(details, "en") == "Role: Caseworker → Supervisor"
    assert details_in_words(details, "ko") == "역할: 담당자 → 관리자"


def test_codes_read_as_the_glossarys_words() -> None:
    details = {"stage": {"before": "custody", "after": "programme"},
               "status": {"before": "requested", "after": "lapsed"},
               "reason": "custody_ended", "custody_end": "2026-02-20"}
    assert details_in_words(details, "ko") == (
        "단계: 임시보호 → 정착지원교육; 상태: 요청 → 조사·임시보호 종료로 소멸; "
        "사유: 임시보호 종료; "
        "임시보호 종료일: 2026-02-20")
    assert details_in_words({"reason": "typed by a person"}, "ko") == "사유: typed by a person"
    release = {"override": "programme_not_completed", "assessed_amount_won": 25_000_000,
               "action": "snooze", "what": "case_summary", "module": "society",
               "relation": "mother"}
    assert details_in_words(release, "ko") == (
        "예외 승인: 정착지원교육 미수료; 심사 금액(원): 25000000; 처리 내용: 미룸; "
        "제공 내용: 사례 요약 보고서(발췌본); 교육 과목: 우리 사회 이해; 관계: 어머니")


def test_a_nested_record_reads_in_words_too() -> None:
    details = {"correction": {"voided_event": 7, "stage": {"before": "custody",
                                                           "after": "screening"},
                              "reason": "날짜 오기"}}  # lifecycle.correct's row
    assert details_in_words(details, "ko") == (
        "정정: (무효 처리한 단계 변경: 7; 단계: 임시보호 → 조사; 사유: 날짜 오기)")


def test_plain_values_empty_values_and_lists() -> None:
    details = {"reason": "오기 정정", "active": False, "cases": [3, 4], "on_behalf_of": None}
    assert details_in_words(details, "ko") == (
        "사유: 오기 정정; 활성: 아니요; 사례 수: 3, 4; 대리 대상자: –")
    assert details_in_words({}, "en") == details_in_words(None, "ko") == ""


def _details_keys() -> dict[str, str]:
    """Every literal key of an audit row's details in the code: tx.audit(details=...),
    audit_chain.append(details=...) and changes(...)."""
    found: dict[str, str] = {}
    for path in Path(__file__).resolve().parents[1].joinpath("resettle").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            values = [k.value for k in node.keywords if name in ("audit", "append")
                      and k.arg == "details"] + (list(node.args) if name == "changes" else [])
            values += node.args[4:5] if name == "audit" else []  # tx.audit(..., details)
            for value in values:
                for d in ast.walk(value):
                    if isinstance(d, ast.Dict):
                        found.update({k.value: path.name for k in d.keys
                                      if isinstance(k, ast.Constant)})
    return found


def test_every_field_an_audit_row_records_has_a_label() -> None:
    keys = _details_keys()
    assert len(keys) > 80  # the scan finds the services' details
    assert {k: f for k, f in keys.items() if f"field.{k}" not in TERMS} == {}


def test_a_broken_chain_s_problem_reads_in_korean() -> None:
    from resettle.i18n.audit_words import chain_problem_in_words

    assert chain_problem_in_words("row 7 was altered", "ko") == "7행이 변조되었습니다"
    assert chain_problem_in_words("row 7 was altered", "en") == "row 7 was altered"
