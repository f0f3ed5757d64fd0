"""One word per thing: every domain term in English and Korean, for screens and printouts.

Keys are `<kind>.<code>`, where the code is the domain's own (a `Stage`, a flag, a field
name). The GUI's labels and the reports' lookups both read from here, so the screen and
the paper can never name one fact two ways (a test compares them). The words live in three
parts by area (glossary_domain, glossary_fields, glossary_log); this module merges them and
words codes with them."""

from __future__ import annotations

from enum import StrEnum

from . import LANGS, glossary_domain, glossary_fields, glossary_log

# key: (English, Korean), by area; a key is in exactly one part (tests/test_glossary.py)
TERMS: dict[str, tuple[str, str]] = {**glossary_domain.TERMS, **glossary_fields.TERMS,
                                     **glossary_log.TERMS}


# A value named so (an error's parameter, an audit row's field) is a domain code, worded by
# the first of these glossary kinds that knows it (a status is a custody clock's, an
# extension's, a reward's or a work item's).
CODE_KINDS: dict[str, tuple[str, ...]] = {
    "stage": ("stage",), "from_stage": ("stage",), "to_stage": ("stage",), "to": ("stage",),
    "current": ("stage", "reward_status"), "target": ("stage", "reward_status"),
    "role": ("role",), "flag": ("flag",), "ground": ("ground",), "sex": ("sex",),
    "placement_type": ("placement",), "category": ("reward",), "recipient": ("recipient",),
    "status": ("custody", "extension_status", "reward_status", "work_status"),
    "decision": ("decision",), "attended": ("attended",), "kind": ("contact", "group_kind"),
    "location": ("location",), "reason": ("reason",), "relation": ("relation",),
    "module": ("module",), "override": ("override",), "action": ("work_action",),
    "what": ("disclosure_what",),
}


def term(key: str, lang: str) -> str:
    """The word for `key` in `lang`; an unknown key is a programming error, not a fallback."""
    return TERMS[key][LANGS.index(lang if lang in LANGS else "en")]


def code(kind: str, value: StrEnum | str, lang: str) -> str:
    """A domain code in words, e.g. code("stage", Stage.CUSTODY, "ko") == "임시보호"."""
    return term(f"{kind}.{value}", lang)


def code_word(name: str, value: object, lang: str) -> object:
    """`value` in words when it is a domain code that a value named `name` may hold, e.g.
    code_word("to_stage", "custody", "ko") == "임시보호"; anything else as it is."""
    for kind in CODE_KINDS.get(name, ()):
        key = f"{kind}.{value}"
        if key in TERMS:
            return term(key, lang)
    return value


def field(name: str, lang: str) -> str:
    """The label of a field named in an error; a field without one reads as its name."""
    key = f"field.{name}"
    return term(key, lang) if key in TERMS else name.replace("_", " ")
