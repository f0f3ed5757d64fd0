"""Small validators shared by services: text, codes from fixed lists, yes/no, case numbers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from resettle.domain.errors import InvalidInput

# Bidirectional overrides and isolates can make printed text read differently from what
# was stored, so they count as control characters here.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_MULTILINE_ALLOWED = frozenset("\n\t")


class Sex(StrEnum):
    F = "F"
    M = "M"
    X = "X"


class TravelDocument(StrEnum):
    VALID = "valid"
    FORGED = "forged"
    NONE = "none"


def _bad_char(char: str, multiline: bool) -> bool:
    if multiline and char in _MULTILINE_ALLOWED:
        return False
    category = unicodedata.category(char)
    return category in ("Cc", "Cs", "Zl", "Zp") or char in _BIDI_CONTROLS


def optional_text(value: str, field: str, max_len: int, *, multiline: bool = False) -> str:
    """Trimmed text, possibly empty; newlines and tabs only where `multiline` (notes)."""
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    text = value.strip()
    bad = next((c for c in text if _bad_char(c, multiline)), None)
    if bad is not None:
        rule = "must not contain control characters"
        if not multiline and bad in "\n\t":
            rule = "must be a single line without tabs"
        raise InvalidInput(field, rule, character=f"U+{ord(bad):04X}")
    if len(text) > max_len:
        raise InvalidInput(
            field, f"must be at most {max_len} characters", maximum=max_len, length=len(text)
        )
    return text


def required_text(value: str, field: str, max_len: int, *, multiline: bool = False) -> str:
    """Like optional_text, but blank text is refused."""
    text = optional_text(value, field, max_len, multiline=multiline)
    if not text:
        raise InvalidInput(field, "must not be empty")
    return text


def sex(value: str, field: str = "sex") -> Sex:
    """F, M or X (case and surrounding spaces ignored)."""
    try:
        return Sex(value.strip().upper())
    except ValueError:
        raise InvalidInput(field, "must be F, M or X", value=value) from None


def travel_document(value: str, field: str = "travel_document") -> TravelDocument:
    """valid, forged or none: the document the person arrived with."""
    try:
        return TravelDocument(value.strip().lower())
    except ValueError:
        raise InvalidInput(field, "must be valid, forged or none", value=value) from None


_YES = frozenset({"yes", "y", "true", "1"})
_NO = frozenset({"no", "n", "false", "0"})


def yes_no(value: str, field: str) -> bool:
    """yes/no, y/n, true/false or 1/0, in any case, as imported files write them."""
    word = value.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidInput(field, "must be yes or no", value=value)


# --- case numbers ---------------------------------------------------------------------

CASE_NO_FIRST_YEAR = 1945
CASE_NO_MAX_SEQ = 99_999
_CASE_NO = re.compile(r"R-([0-9]{4})-([0-9]{5})")


@dataclass(frozen=True)
class CaseNumber:
    """R-<year of arrival>-<5-digit sequence within that year>, e.g. R-2024-00017."""

    year: int
    seq: int

    def __str__(self) -> str:
        return format_case_no(self.year, self.seq)


def format_case_no(year: int, seq: int) -> str:
    if not CASE_NO_FIRST_YEAR <= year <= 9999:
        raise InvalidInput(
            "case_no", f"year must be between {CASE_NO_FIRST_YEAR} and 9999", year=year
        )
    if not 1 <= seq <= CASE_NO_MAX_SEQ:
        raise InvalidInput(
            "case_no", f"sequence must be between 1 and {CASE_NO_MAX_SEQ}", seq=seq
        )
    return f"R-{year:04d}-{seq:05d}"


def parse_case_no(text: str, field: str = "case_no") -> CaseNumber:
    """Read "R-2024-00017" (a lower-case r and surrounding spaces are forgiven)."""
    match = _CASE_NO.fullmatch(text.strip().upper())
    if match is None:
        raise InvalidInput(field, "must look like R-2024-00017", value=text)
    year, seq = int(match[1]), int(match[2])
    try:
        format_case_no(year, seq)
    except InvalidInput as error:
        raise InvalidInput(field, error.rule, value=text) from None
    return CaseNumber(year, seq)
