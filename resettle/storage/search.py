"""Index-friendly prefix matching on the search-key columns, per dialect."""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_
from sqlalchemy.sql.elements import ColumnElement

_TOP = "\U0010ffff"  # above every character: [p, p + TOP) is exactly the strings starting with p


def prefix(dialect: str, column: Any, text: str) -> ColumnElement[bool]:
    """SQLite compares bytes, so a range uses the index; PostgreSQL's collations do not order
    prefixes together, so it gets LIKE 'p%' (served by a text_pattern_ops index)."""
    if dialect == "sqlite":
        return and_(column >= text, column < text + _TOP)
    result: ColumnElement[bool] = column.startswith(text, autoescape=True)
    return result


_SYLLABLES = (0xAC00, 0xD7A3)
_PER_INITIAL, _FINALS = 588, 28  # syllables per initial consonant; finals per vowel (+ none)
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"  # compatibility jamo, in syllable order


def composing_range(text: str) -> tuple[str, str] | None:
    """[low, high) of the keys the text may still become while its last character is in
    composition: a syllable without a final consonant (기 on its way to 김) takes every
    final; a lone initial consonant after syllables (김ㅈ on its way to 김정) takes every
    syllable with that initial. None when the last character is neither."""
    if not text:
        return None
    head, last = text[:-1], ord(text[-1])
    if _SYLLABLES[0] <= last <= _SYLLABLES[1] and (last - _SYLLABLES[0]) % _FINALS == 0:
        return text, head + chr(last + _FINALS)
    if head and text[-1] in _INITIALS:
        first = _SYLLABLES[0] + _INITIALS.index(text[-1]) * _PER_INITIAL
        return head + chr(first), head + chr(first + _PER_INITIAL)
    return None


def hangul_prefix(dialect: str, column: Any, text: str) -> ColumnElement[bool]:
    """Prefix match on a Hangul key that follows what the user sees while typing: the
    last character may be mid-composition (see composing_range). Still one index range:
    bytes on SQLite, text_pattern_ops operators (~>=~, ~<~) on PostgreSQL."""
    span = composing_range(text)
    if span is None:
        return prefix(dialect, column, text)
    low, high = span
    if dialect == "sqlite":
        return and_(column >= low, column < high)
    return and_(column.op("~>=~", is_comparison=True)(low),
                column.op("~<~", is_comparison=True)(high))
