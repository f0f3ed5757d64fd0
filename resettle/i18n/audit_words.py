"""An audit row's details as a line a person reads, in the reader's language: each field by its
glossary label, a change as "before → after". The stored JSON stays as written (the chain
covers it); this is only how screens and reports show it."""

from __future__ import annotations

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
