"""Shared validators: text, fixed lists, yes/no and case numbers."""

from __future__ import annotations

import pytest

from resettle.domain.errors import InvalidInput
from resettle.domain.validation import (
    CaseNumber,
    Sex,
    TravelDocument,
    format_case_no,
    optional_text,
    parse_case_no,
    required_text,
    sex,
    travel_document,
    yes_no,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Seoul", "Seoul"), ("  Hyesan  ", "Hyesan"), ("양강도", "양강도"), ("a" * 10, "a" * 10)],
)
def test_required_text(value: str, expected: str) -> None:
    assert required_text(value, "origin_city", 10) == expected


@pytest.mark.parametrize("value", ["", "   ", "\t", "\u3000"])
def test_required_text_refuses_blank(value: str) -> None:
    with pytest.raises(InvalidInput) as info:
        required_text(value, "court", 200)
    assert info.value.field == "court"
    assert info.value.rule == "required"


def test_optional_text_allows_blank() -> None:
    assert optional_text("  ", "referred_by", 200) == ""


@pytest.mark.parametrize(("length", "ok"), [(199, True), (200, True), (201, False)])
def test_max_length(length: int, ok: bool) -> None:
    value = "가" * length
    if ok:
        assert required_text(value, "court", 200) == value
        return
    with pytest.raises(InvalidInput) as info:
        required_text(value, "court", 200)
    assert info.value.field == "court"
    assert info.value.rule == "too_long"
    assert info.value.params["max"] == 200


def test_length_counts_after_trimming() -> None:
    assert required_text("  abc  ", "court", 3) == "abc"


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("a\x00b", "U+0000"),
        ("a\x1bb", "U+001B"),
        ("a\x7fb", "U+007F"),
        ("a\u0085b", "U+0085"),
        ("a\u202eb", "U+202E"),  # right-to-left override
        ("a\u2066b", "U+2066"),
        ("a\u2028b", "U+2028"),
        ("a\ud800b", "U+D800"),  # lone surrogate
    ],
)
@pytest.mark.parametrize("multiline", [False, True])
def test_control_characters_refused(value: str, code: str, multiline: bool) -> None:
    with pytest.raises(InvalidInput) as info:
        required_text(value, "notes", 1000, multiline=multiline)
    assert info.value.field == "notes"
    assert info.value.rule == "control_character"
    assert info.value.params["character"] == code


@pytest.mark.parametrize("value", ["line one\nline two", "a\tb"])
def test_newline_and_tab_only_in_multiline(value: str) -> None:
    assert required_text(value, "notes", 100, multiline=True) == value
    with pytest.raises(InvalidInput) as info:
        required_text(value, "title", 100)
    assert info.value.rule == "single_line"


def test_multiline_normalises_line_ends() -> None:
    assert required_text("a\r\nb\rc\n", "notes", 100, multiline=True) == "a\nb\nc"


def test_zero_width_joiner_is_not_a_control_character() -> None:
    assert required_text("a\u200db", "notes", 10) == "a\u200db"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("F", Sex.F), ("m", Sex.M), (" X ", Sex.X), ("f", Sex.F), ("여", Sex.F), (" 남 ", Sex.M),
     ("여성", Sex.F), ("남자", Sex.M), ("기타", Sex.X)]
)
def test_sex(value: str, expected: Sex) -> None:
    assert sex(value) is expected


@pytest.mark.parametrize("value", ["", "female", "W", "FM", "0", "여남", "녀"])
def test_sex_refused(value: str) -> None:
    with pytest.raises(InvalidInput) as info:
        sex(value)
    assert info.value.field == "sex"
    assert info.value.rule == "one_of"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("valid", TravelDocument.VALID), ("Forged", TravelDocument.FORGED),
     (" none ", TravelDocument.NONE), ("위조", TravelDocument.FORGED),
     ("없음", TravelDocument.NONE)],
)
def test_travel_document(value: str, expected: TravelDocument) -> None:
    assert travel_document(value) is expected


@pytest.mark.parametrize("value", ["", "passport", "fake", "None of them"])
def test_travel_document_refused(value: str) -> None:
    with pytest.raises(InvalidInput) as info:
        travel_document(value)
    assert info.value.field == "travel_document"
    assert info.value.rule == "one_of"
    assert "valid, forged, none" in info.value.params["choices"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("yes", True), ("Y", True), ("TRUE", True), ("1", True), (" no ", False), ("n", False),
     ("False", False), ("0", False), ("예", True), (" 네 ", True), ("아니요", False),
     ("아니오", False), ("O", True), ("x", False)],
)
def test_yes_no(value: str, expected: bool) -> None:
    assert yes_no(value, "high_profile") is expected


@pytest.mark.parametrize("value", ["", "maybe", "2", "yess", "예스", "아니"])
def test_yes_no_refused(value: str) -> None:
    with pytest.raises(InvalidInput) as info:
        yes_no(value, "closed_session")
    assert info.value.field == "closed_session"
    assert info.value.rule == "yes_no"


# --- case numbers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "seq", "text"),
    [(2024, 17, "R-2024-00017"), (1945, 1, "R-1945-00001"), (2016, 99_999, "R-2016-99999")],
)
def test_case_number_round_trip(year: int, seq: int, text: str) -> None:
    assert format_case_no(year, seq) == text
    assert parse_case_no(text) == CaseNumber(year, seq)
    assert str(CaseNumber(year, seq)) == text


@pytest.mark.parametrize(
    ("year", "seq"), [(1944, 1), (10_000, 1), (2024, 0), (2024, 100_000), (2024, -1)]
)
def test_format_case_no_refuses_out_of_range(year: int, seq: int) -> None:
    with pytest.raises(InvalidInput) as info:
        format_case_no(year, seq)
    assert info.value.field == "case_no"


def test_parse_case_no_forgives_case_and_spaces() -> None:
    assert parse_case_no(" r-2024-00017 ") == CaseNumber(2024, 17)


@pytest.mark.parametrize(
    "text",
    ["", "R-2024-17", "R-24-00017", "R2024-00017", "X-2024-00017", "R-2024-000017",
     "R-2024-00017-1", "R-２０２４-00017", "2024-00017"],
)
def test_parse_case_no_refuses_other_forms(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_case_no(text, "case")
    assert info.value.field == "case"
    assert info.value.rule == "case_no_format"


@pytest.mark.parametrize("text", ["R-2024-00000", "R-1900-00001"])
def test_parse_case_no_refuses_impossible_numbers(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        parse_case_no(text)
    assert info.value.field == "case_no"
    assert info.value.rule in ("case_no_year", "case_no_sequence")
