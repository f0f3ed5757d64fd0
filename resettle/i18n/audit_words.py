"""An audit row's details as a line a person reads, in the reader's language: each field by its
glossary label, a change as "before → after". The stored JSON stays as written (the chain
covers it); this is only how screens and reports show it."""

from __future__ import annotations

import re
from typing import Any

from .glossary import code_word, field, term

EMPTY = "–"


def details_in_words(details: dict[str, Any] | None, lang: str) -> str:
    if not details:
        return ""
    parts = []
    for key, value in details.items():
        label = field(key, lang)
        if isinstance(value, dict) and set(value) == {"before", "after"}:
            parts.append(f"{label}: {_value(key, value['before'], lang)} → "
                         f"{_value(key, value['after'], lang)}")
        else:
            parts.append(f"{label}: {_value(key, value, lang)}")
    return "; ".join(parts)


def _value(name: str, value: Any, lang: str) -> str:
    if isinstance(value, str):
        value = code_word(name, value, lang)
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return term("answer.yes" if value else "answer.no", lang)
    if isinstance(value, list):
        return ", ".join(_value(name, v, lang) for v in value) or EMPTY
    if isinstance(value, dict):  # a nested record (a corrected stage change, a name): in words
        return f"({details_in_words(value, lang)})" if value else EMPTY
    return str(value)


# What storage says of a broken chain (audit_chain, signing, the schema check), in Korean.
_CHAIN_PROBLEMS_KO = [
    (r"row (\d+) is missing \(next row found is (\d+)\)",
     r"\1행이 없습니다(다음에 있는 행은 \2행)"),
    (r"row (\d+) does not follow row (\d+) \(removed or reordered\)",
     r"\1행이 \2행에 이어지지 않습니다(삭제 또는 순서 변경)"),
    (r"row (\d+) was altered", r"\1행이 변조되었습니다"),
    (r"the chain ends at row (\d+) but its head says row (\d+) \(rows removed from the end\)",
     r"체인은 \1행에서 끝나지만 헤드에는 \2행으로 적혀 있습니다(끝부분 행 삭제)"),
    (r"the kept head of row (\d+) does not match: rows up to it were rewritten \(or it was "
     r"never in this chain\)",
     r"보관한 \1행의 헤드가 맞지 않습니다. 그 행까지의 기록이 다시 쓰였습니다(또는 이 체인의 "
     r"헤드가 아닙니다)"),
    (r"row (\d+) carries a signature by a key the chain never introduced",
     r"\1행의 서명 키는 체인에 등록된 적이 없습니다"),
    (r"row (\d+) names (\S+) but its author's key belongs to (\S+)",
     r"\1행의 작성자는 \2(으)로 적혀 있으나 서명 키는 \3의 것입니다"),
    (r"row (\d+) is not signed by its actor (\S+)", r"\1행에 작성자 \2의 서명이 없습니다"),
    (r"row (\d+) gives another account a key but (\S+) is no administrator",
     r"\1행에서 \2이(가) 다른 계정에 키를 주었으나 시스템 관리자가 아닙니다"),
    (r"the schema holds (.+), which the migrations did not create",
     r"데이터베이스 구조에 마이그레이션이 만들지 않은 \1이(가) 있습니다"),
    (r" \((\d+) rows in all: ([0-9, ]+)\)", r"(모두 \1행: \2)"),
]




def chain_problem_in_words(problem: str, lang: str) -> str:
    """A broken chain's problem (storage words it in English) in the reader's language, for
    the audit viewer and `audit verify` alike."""
    if lang != "ko":
        return problem
    for pattern, korean in _CHAIN_PROBLEMS_KO:
        problem = re.sub(pattern, korean, problem)
    return problem
