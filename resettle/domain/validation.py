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


# --- field limits: the one place each is written -----------------------------------
# Services, the screen and the reports read these; a column is never narrower (models).
LIMITS: dict[str, int] = {
    # a person and their case (intake, CSV import, the profile's edits)
    "family_name": 50, "given_name": 50, "family_name_latin": 50, "given_name_latin": 50,
    "birth_place": 100, "origin_province": 100, "origin_city": 100, "occupation": 200,
    "route": 2000, "group": 32, "referred_by": 200, "notes": 20_000,
    # other records
    "text": 20_000, "summary": 20_000, "title": 200, "code": 32, "centre": 200,
    "region": 100, "support_centre": 200, "protection_officer": 200,
    "protection_officer_contact": 200, "note": 2000, "court": 200, "kind": 64,
    "outcome": 4000, "on_behalf_of": 200, "poa_granted_by": 200, "reason": 2000,
    "display_name": 200,
    # a field whose limit depends on the record it belongs to
    "relative_name": 100, "relative_notes": 4000, "contact_notes": 4000,
    "decision_reason": 4000,
}


def limit(field: str) -> int:
    """The most characters `field` may hold (KeyError for a field without a limit here)."""
    return LIMITS[field]


def optional_text(value: str, field: str, max_len: int | None = None, *,
                  multiline: bool = False) -> str:
    """Trimmed text, possibly empty; newlines and tabs only where `multiline` (notes).
    `max_len` defaults to the field's entry in LIMITS."""
    most = LIMITS[field] if max_len is None else max_len
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    text = value.strip()
    bad = next((c for c in text if _bad_char(c, multiline)), None)
    if bad is not None:
        rule = "single_line" if not multiline and bad in "\n\t" else "control_character"
        raise InvalidInput(field, rule, character=f"U+{ord(bad):04X}")
    if len(text) > most:
        raise InvalidInput(field, "too_long", max=most, length=len(text))
    return text


def required_text(value: str, field: str, max_len: int | None = None, *,
                  multiline: bool = False) -> str:
    """Like optional_text, but blank text is refused."""
    text = optional_text(value, field, max_len, multiline=multiline)
    if not text:
        raise InvalidInput(field, "required")
    return text


# Korean words a Korean user types in a form or a spreadsheet, besides the codes.
_SEX_WORDS = {"여": "F", "여자": "F", "여성": "F", "남": "M", "남자": "M", "남성": "M",
              "기타": "X"}


def sex(value: str, field: str = "sex") -> Sex:
    """F, M or X (case and surrounding spaces ignored), or 여/남/기타 (also 여자, 남성…)."""
    word = value.strip()
    try:
        return Sex(_SEX_WORDS.get(word, word.upper()))
    except ValueError:
        raise InvalidInput(field, "one_of", value=value, choices="F, M, X (여, 남, 기타)"
                           ) from None


_DOCUMENT_WORDS = {"유효": "valid", "위조": "forged", "없음": "none"}


def travel_document(value: str, field: str = "travel_document") -> TravelDocument:
    """valid, forged or none (or 유효/위조/없음): the document the person arrived with."""
    word = value.strip()
    try:
        return TravelDocument(_DOCUMENT_WORDS.get(word, word.lower()))
    except ValueError:
        raise InvalidInput(field, "one_of", value=value,
                           choices="valid, forged, none (유효, 위조, 없음)") from None


_YES = frozenset({"yes", "y", "true", "1", "예", "네", "o"})
_NO = frozenset({"no", "n", "false", "0", "아니요", "아니오", "x"})


def yes_no(value: str, field: str) -> bool:
    """yes/no, y/n, true/false, 1/0, 예/아니요 (네, 아니오) or O/X, as imported files
    write them."""
    word = value.strip().lower()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise InvalidInput(field, "yes_no", value=value)


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
        raise InvalidInput("case_no", "case_no_year", min=CASE_NO_FIRST_YEAR, max=9999,
                           year=year)
    if not 1 <= seq <= CASE_NO_MAX_SEQ:
        raise InvalidInput("case_no", "case_no_sequence", min=1, max=CASE_NO_MAX_SEQ, seq=seq)
    return f"R-{year:04d}-{seq:05d}"


def parse_case_no(text: str, field: str = "case_no") -> CaseNumber:
    """Read "R-2024-00017" (a lower-case r and surrounding spaces are forgiven)."""
    match = _CASE_NO.fullmatch(text.strip().upper())
    if match is None:
        raise InvalidInput(field, "case_no_format", value=text, example="R-2024-00017")
    year, seq = int(match[1]), int(match[2])
    try:
        format_case_no(year, seq)
    except InvalidInput as error:
        params = {k: v for k, v in error.params.items() if k not in ("field", "rule")}
        raise InvalidInput(field, error.rule, **{**params, "value": text}) from None
    return CaseNumber(year, seq)
