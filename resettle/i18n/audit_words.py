"""An audit row's details as a line a person reads, in the reader's language: each field by its
glossary label, a change as "before → after". The stored JSON stays as written (the chain
covers it); this is only how screens and reports show it."""

from __future__ import annotations

import json
from typing import Any

from .glossary import TERMS, field, term

EMPTY = "–"
# Fields whose values are domain codes, and the glossary kinds that word them (the first that
# knows the value wins: a status is an extension's, a reward's or a work item's).
CODES: dict[str, tuple[str, ...]] = {
    "stage": ("stage",), "from_stage": ("stage",), "to_stage": ("stage",), "role": ("role",),
    "status": ("extension_status", "reward_status", "work_status"),
    "placement_type": ("placement",), "flag": ("flag",), "ground": ("ground",),
    "sex": ("sex",), "decision": ("decision",), "attended": ("attended",),
    "kind": ("contact", "group_kind"), "location": ("location",), "category": ("reward",),
    "reason": ("reason",),
}


def details_in_words(details: dict[str, Any] | None, lang: str) -> str:
    if not details:
        return ""
    parts = []
    for key, value in details.items():
        label = field(key, lang)
        kinds = CODES.get(key, ())
        if isinstance(value, dict) and set(value) == {"before", "after"}:
            parts.append(f"{label}: {_value(value['before'], lang, kinds)} → "
                         f"{_value(value['after'], lang, kinds)}")
        else:
            parts.append(f"{label}: {_value(value, lang, kinds)}")
    return "; ".join(parts)


def _value(value: Any, lang: str, kinds: tuple[str, ...] = ()) -> str:
    if isinstance(value, str):
        word = next((f"{kind}.{value}" for kind in kinds if f"{kind}.{value}" in TERMS), None)
        if word:
            return term(word, lang)
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return term("answer.yes" if value else "answer.no", lang)
    if isinstance(value, list):
        return ", ".join(_value(v, lang) for v in value) or EMPTY
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return str(value)
