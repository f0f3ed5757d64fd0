"""Every error a user can meet is a catalogue code, worded in English and Korean.

Walks every `InvalidInput(`, `RuleViolation(`, `UnlockFailed(`, `StorageFailed(`,
`AuthenticationFailed(` and `ImportProblem(` in resettle/ with `ast`: a code written as a
string literal must be a key of resettle.i18n.messages.MESSAGES, the parameters its
templates name must be passed, and a field named by a literal must have a glossary label.
This is what keeps the whole team honest: a new English sentence at a raise site fails here."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from resettle.domain.errors import ImportProblem, InvalidInput, NotFound, RuleViolation
from resettle.i18n import LANGS
from resettle.i18n.glossary import TERMS
from resettle.i18n.messages import MESSAGES, error_text, problem_text

# Files whose raise sites are still English sentences, each owned by an engineer who is
# converting it now. This list only shrinks: remove a file the moment it passes, and never
# add one (a new raise site is written with a code from the start).
NOT_YET_CONVERTED: frozenset[str] = frozenset({
    "resettle/cli/reports.py",  # CLI core: the --output check
})

ROOT = Path(__file__).resolve().parents[1] / "resettle"
# call name -> position of the code among the positional arguments
CODE_ARG = {"InvalidInput": 1, "RuleViolation": 0, "UnlockFailed": 0, "StorageFailed": 0,
            "AuthenticationFailed": 0, "ImportProblem": 2}
# the parameters a face supplies itself, whatever the raise site passes
SUPPLIED = {"field"}


def _name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def raise_sites() -> Iterator[tuple[str, int, str, ast.Call]]:
    """(file relative to resettle/, line, call name, call) for every error construction."""
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node) in CODE_ARG:
                yield str(path.relative_to(ROOT.parent)), node.lineno, _name(node) or "", node


def _placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


def problems_at(rel: str, line: int, name: str, call: ast.Call) -> list[str]:
    found: list[str] = []
    position = CODE_ARG[name]
    if position >= len(call.args):
        if name in ("InvalidInput", "RuleViolation", "ImportProblem"):
            found.append("no code")
        return found
    code = _literal(call.args[position])
    if code is None:
        return found  # a code passed on (e.g. `error.rule`): checked where it was written
    if code not in MESSAGES:
        found.append(f"code {code!r} is not in MESSAGES")
        return found
    if name == "InvalidInput":
        field = _literal(call.args[0])
        if field is not None and f"field.{field}" not in TERMS:
            found.append(f"field {field!r} has no glossary label field.{field}")
    for keyword in call.keywords:
        other = _literal(keyword.value) if keyword.arg == "other" else None
        if other is not None and f"field.{other}" not in TERMS:
            found.append(f"other={other!r} has no glossary label field.{other}")
    if name == "ImportProblem" or any(k.arg is None for k in call.keywords):
        return found  # parameters in a mapping or **spread: not visible here
    given = {k.arg for k in call.keywords if k.arg} | SUPPLIED
    needed = set().union(*(_placeholders(t) for t in MESSAGES[code]))
    if needed - given:
        found.append(f"{code!r} needs {sorted(needed - given)}")
    return found


def test_every_literal_code_is_in_the_catalogue() -> None:
    failures, files = [], set()
    for rel, line, name, call in raise_sites():
        files.add(rel)
        if rel in NOT_YET_CONVERTED:
            continue
        failures += [f"{rel}:{line}: {name}: {p}" for p in problems_at(rel, line, name, call)]
    assert not failures, "\n".join(failures)
    assert "resettle/domain/stages.py" in files  # the walk found the raise sites


def test_the_allow_list_only_names_files_that_still_need_it() -> None:
    """A converted file leaves the list: it cannot hide new English sentences any more."""
    pending = {rel for rel, line, name, call in raise_sites()
               if rel in NOT_YET_CONVERTED and problems_at(rel, line, name, call)}
    assert pending == NOT_YET_CONVERTED, f"remove from NOT_YET_CONVERTED: " \
        f"{sorted(NOT_YET_CONVERTED - pending)}"


def test_the_walk_catches_an_english_sentence() -> None:
    tree = ast.parse('raise InvalidInput("route", "must be at most 50 characters")\n'
                     'raise RuleViolation("transition_not_allowed")\n'
                     'raise InvalidInput("no_such_field_anywhere", "required")\n')
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)]
    found = [problems_at("x.py", c.lineno, _name(c) or "", c) for c in calls]
    assert found[0] == ["code 'must be at most 50 characters' is not in MESSAGES"]
    assert found[1] == ["'transition_not_allowed' needs ['from_stage', 'to_stage']"]
    assert found[2] == ["field 'no_such_field_anywhere' has no glossary label "
                        "field.no_such_field_anywhere"]


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_each_message_has_both_languages_with_the_same_placeholders(code: str) -> None:
    english, korean = MESSAGES[code]
    assert english.strip() and korean.strip()
    assert re.search("[가-힣]", korean), f"{code}: the Korean template has no Korean"
    assert _placeholders(english) == _placeholders(korean), code
    assert len(MESSAGES[code]) == len(LANGS)


def test_korean_sentences_are_formal() -> None:
    """Whole sentences end in 합니다체 (…니다. / …십시오.), not in 해요체 or a bare noun."""
    for code, (_english, korean) in MESSAGES.items():
        if code.startswith(("requirement.", "storage_reason.")) or code == "import_line":
            continue  # phrases put inside a sentence, not sentences
        last = re.sub(r"(\([^()]*\))?\.$", "", korean.rstrip().split("\n")[-1])
        assert re.search(r"(니다|십시오)$|: \{[a-z_]+\}$", last), f"{code}: {korean}"


def test_error_text_words_parameters_from_the_glossary() -> None:
    exc = RuleViolation("transition_not_allowed", from_stage="screening", to_stage="released")
    assert error_text(exc, "ko") == "'조사' 단계에서 '거주지 전입' 단계로 변경할 수 없습니다."
    assert error_text(exc, "en") == "A case cannot move from Screening to Released to residence."
    date_error = InvalidInput("effective_date", "date_before", date="2024-03-31",
                              other="arrival_date", other_date="2024-04-01")
    assert error_text(date_error, "ko") == (
        "효력일(2024-03-31): 입국일(2024-04-01)보다 앞선 날짜는 입력할 수 없습니다.")
    assert error_text(NotFound("case", "R-NOPE"), "ko") == "사례 R-NOPE을(를) 찾을 수 없습니다."


def test_import_problems_are_worded_by_line() -> None:
    problem = ImportProblem(3, "sex", "one_of", {"choices": "F, M, X (여, 남, 기타)"})
    assert problem_text(problem, "ko") == (
        "3행: 성별: F, M, X (여, 남, 기타) 중 하나로 입력하십시오.")
    assert problem_text(problem, "en") == "Line 3: Sex must be one of: F, M, X (여, 남, 기타)."


def test_codes_in_parameters_are_worded_with_the_code_to_type() -> None:
    choices = InvalidInput("placement_type", "one_of", value="flat",
                           choices=("rental_flat", "relative"))
    assert error_text(choices, "ko") == (
        "거주 형태: 임대주택(rental_flat), 연고자 거주(relative) 중 하나로 입력하십시오.")
    reward = RuleViolation("reward_transition", current="claimed", target="paid")
    assert "지급 완료" in error_text(reward, "ko") and "paid" not in error_text(reward, "ko")


def test_a_code_is_worded_in_exactly_one_part_of_the_catalogue() -> None:
    from resettle.i18n import messages_access, messages_input, messages_record

    parts = [messages_input.MESSAGES, messages_access.MESSAGES, messages_record.MESSAGES]
    assert sum(len(p) for p in parts) == len(MESSAGES)


def test_missing_programme_hours_are_named_by_module_in_the_readers_language() -> None:
    missing = RuleViolation("programme_hours_missing", modules={"society": 12.0, "careers": 4.5})
    assert error_text(missing, "ko") == ("정착지원교육을 아직 수료하지 않았습니다. 부족한 시간: "
                                         "우리 사회 이해 12시간, 진로 지도 및 직업훈련 4.5시간.")
    assert "hours still missing: " in error_text(missing, "en")
