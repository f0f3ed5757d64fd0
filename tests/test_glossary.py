"""One vocabulary: the screen and the printout name every domain term with the glossary's
word, in both languages, and every glossary term has an English and a Korean word."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from resettle.domain.custody import CustodyStatus
from resettle.domain.followup import ContactKind, PlacementType, RiskFlag
from resettle.domain.programme import Module
from resettle.domain.rewards import RewardCategory, RewardStatus
from resettle.domain.roles import Role
from resettle.domain.stages import ExclusionGround, Stage
from resettle.domain.validation import Sex
from resettle.i18n import LANGS, glossary, glossary_domain, glossary_fields, glossary_log
from resettle.reports import i18n as report_words
from resettle.services.family import Relation, Whereabouts

# Every domain code the screen or the paper names, by glossary kind.
KINDS = {"stage": Stage, "custody": CustodyStatus, "flag": RiskFlag, "role": Role,
         "sex": Sex, "ground": ExclusionGround, "placement": PlacementType,
         "reward": RewardCategory, "reward_status": RewardStatus, "module": Module,
         "module_short": Module}
# Codes only the screen and the command line name (the paper words them, if at all, alike).
SCREEN_KINDS = {"relation": Relation, "location": Whereabouts, "contact": ContactKind}


@pytest.mark.parametrize("key", sorted(glossary.TERMS))
def test_every_term_has_an_english_and_a_korean_word(key: str) -> None:
    words = glossary.TERMS[key]
    assert len(words) == len(LANGS)
    english, korean = words
    assert english.strip() and english == english.strip(), key
    assert korean.strip() and korean == korean.strip(), key
    assert re.search("[가-힣]", korean), f"{key}: {korean!r} is not Korean"
    assert not re.search("[가-힣]", english), f"{key}: {english!r} is not English"


PARTS = (glossary_domain, glossary_fields, glossary_log)


@pytest.mark.parametrize("part", PARTS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_no_term_is_written_twice(part) -> None:
    """A dict literal keeps the last of two equal keys silently; the source must not have any."""
    tree = ast.parse(Path(part.__file__).read_text(encoding="utf-8"))
    terms = next(n.value for n in ast.walk(tree)
                 if isinstance(n, ast.AnnAssign) and getattr(n.target, "id", "") == "TERMS")
    assert isinstance(terms, ast.Dict)
    keys = [k.value for k in terms.keys if isinstance(k, ast.Constant)]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def test_a_term_is_in_exactly_one_part_of_the_glossary() -> None:
    assert sum(len(part.TERMS) for part in PARTS) == len(glossary.TERMS)
    assert all(k.startswith("field.") for k in glossary_fields.TERMS)
    assert not any(k.startswith("field.") for part in (glossary_domain, glossary_log)
                   for k in part.TERMS)


@pytest.mark.parametrize("kind", sorted(KINDS | SCREEN_KINDS))
def test_every_domain_code_has_a_term(kind: str) -> None:
    codes = (KINDS | SCREEN_KINDS)[kind]
    missing = [f"{kind}.{c.value}" for c in codes if f"{kind}.{c.value}" not in glossary.TERMS]
    assert not missing


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("lang", LANGS)
def test_the_report_uses_the_glossary_word(kind: str, lang: str) -> None:
    for value in KINDS[kind]:
        assert report_words.code(kind, value, lang) == glossary.code(kind, value, lang)


def test_the_report_keeps_no_copy_of_a_domain_term() -> None:
    own = report_words.keys()  # the report's own words (a function, not a dict)
    copies = sorted(k for k in own if "." in k and k.split(".", 1)[0] in report_words.DOMAIN_KINDS)
    assert copies == []


# A report's own word spelt in English as a glossary term, for another thing: a column of
# amounts ("Claimed"), hours ("Attended") or counts ("Members", "Extensions"), a closed
# hearing, a group's code, a consent's dates, the placement section.
OTHER_MEANINGS = {"amount", "assessed", "attended", "member_count", "extensions_granted",
                  "closed_hearing", "group_code", "col.valid_from", "col.withdrawn_on",
                  "sec.placement"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_report_words_a_glossary_term_with_the_glossary(lang: str) -> None:
    """A label the screen has too (case no., region, date of birth...) is the glossary's on
    paper: no own word of the report repeats a glossary term's English (the short forms of
    stage_short.* aside), and each of the report's glossary words reads as the term."""
    index = LANGS.index("en")
    glossary_english = {words[index] for words in glossary.TERMS.values()}
    own = report_words.keys()  # a function, not a dict
    repeated = sorted(k for k in own if not k.startswith("stage_short.")
                      and k not in OTHER_MEANINGS
                      and report_words.tr(k, "en") in glossary_english)
    assert repeated == []
    assert not set(report_words.GLOSSARY_WORDS) & report_words.keys()
    for key, term in report_words.GLOSSARY_WORDS.items():
        assert report_words.tr(key, lang) == glossary.term(term, lang), key


@pytest.mark.parametrize("lang", LANGS)
def test_the_screen_and_the_report_name_each_term_alike(qapp, lang: str) -> None:
    """Calls the screen's label and the report's word for every stage, custody status,
    flag, role and sex, in both languages: one word per fact on screen and on paper."""
    from resettle.gui.widgets import labels
    from resettle.gui.widgets.i18n import install_translators

    screen = {"stage": labels.stage, "custody": labels.custody_status, "flag": labels.flag,
              "role": labels.role, "sex": labels.sex}
    try:
        install_translators(lang)
        differ = [(kind, value.value, screen[kind](value.value),
                   report_words.code(kind, value, lang))
                  for kind in screen for value in KINDS[kind]
                  if screen[kind](value.value) != report_words.code(kind, value, lang)]
    finally:
        install_translators("en")
    assert differ == []


def test_the_screen_lists_every_code_it_filters_by(qapp) -> None:
    from resettle.gui.widgets import labels

    assert set(labels.STAGES) == {s.value for s in Stage}
    assert set(labels.FLAGS) == {f.value for f in RiskFlag}
    assert set(labels.ROLES) == {r.value for r in Role}


def test_the_laws_words() -> None:
    """The law's terms (DOMAIN.md's table) for the stages a court reads about."""
    ko = {s: glossary.code("stage", s, "ko") for s in Stage}
    assert ko == {Stage.INTAKE: "보호신청", Stage.SCREENING: "조사", Stage.CUSTODY: "임시보호",
                  Stage.PROGRAMME: "정착지원교육", Stage.RELEASED: "거주지 전입",
                  Stage.CLOSED: "거주지 보호 종료", Stage.EXCLUDED: "보호 제외",
                  Stage.WITHDRAWN: "보호신청 철회", Stage.DECEASED: "사망"}
    assert glossary.term("reward.special", "ko").endswith("보로금")


def test_programme_modules_and_relations_are_worded_as_values_named_so() -> None:
    """An audit row's or an error's `module` and `relation` read as words, like a stage."""
    assert glossary.code_word("module", "society", "ko") == "우리 사회 이해"
    assert glossary.code_word("module", "careers", "en") == "Careers and vocational training"
    assert glossary.code_word("relation", "mother", "ko") == "어머니"
    assert glossary.code_word("module", "knitting", "ko") == "knitting"  # not a code: as typed
