"""Reading the intake CSV: UTF-8 (with or without BOM), the fixed header, one form per row.

Cells may hold the Korean words a Korean user types: 여/남/기타 for sex, 예/아니요 for
yes/no, 유효/위조/없음 for the travel document (resettle.domain.validation reads them).
Problems are ImportProblem(line, field, code, params), worded by resettle.i18n.messages."""

from __future__ import annotations

import csv
import io

from resettle.domain import validation
from resettle.domain.dates import parse_date
from resettle.domain.errors import ImportProblem, InvalidInput

from .intake_form import IntakeForm

HEADER = [
    "family_name", "given_name", "family_name_latin", "given_name_latin", "sex", "birth_date",
    "birth_place", "occupation", "arrival_date", "route", "travel_document", "group",
    "high_profile", "notes",
]
MAX_BYTES = 50 * 1024 * 1024


def read(data: bytes) -> tuple[list[tuple[int, IntakeForm]], list[ImportProblem]]:
    """Forms with their line numbers (the header is line 1), and every problem found."""
    if len(data) > MAX_BYTES:
        return [], [ImportProblem(1, "file", "file_too_large",
                                  {"max_mb": MAX_BYTES // 1024 // 1024})]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return [], [ImportProblem(line, "file", "not_utf8")]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return [], [ImportProblem(line, "file", "nul_character")]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    forms: list[tuple[int, IntakeForm]] = []
    problems: list[ImportProblem] = []
    try:
        header = next(reader, None)
        if header is None or [h.strip() for h in header] != HEADER:
            return [], [ImportProblem(1, "header", "bad_header", {"expected": ",".join(HEADER)})]
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(HEADER):
                problems.append(ImportProblem(line, "row", "wrong_field_count",
                                              {"count": len(row), "expected": len(HEADER)}))
                continue
            try:
                forms.append((line, _form(dict(zip(HEADER, row, strict=True)))))
            except InvalidInput as exc:
                problems.append(ImportProblem.of(line, exc))
    except csv.Error as exc:
        problems.append(ImportProblem(reader.line_num, "row", "malformed_csv",
                                      {"detail": str(exc)}))
    return forms, problems


def _form(cells: dict[str, str]) -> IntakeForm:
    arrival = cells["arrival_date"].strip()
    if not arrival:
        raise InvalidInput("arrival_date", "required")
    return IntakeForm(
        family_name=cells["family_name"], given_name=cells["given_name"],
        family_name_latin=cells["family_name_latin"], given_name_latin=cells["given_name_latin"],
        sex=cells["sex"], birth_date=cells["birth_date"], birth_place=cells["birth_place"],
        occupation=cells["occupation"], arrival_date=parse_date(arrival, "arrival_date"),
        route=cells["route"], travel_document=cells["travel_document"] or "none",
        group=cells["group"],
        high_profile=validation.yes_no(cells["high_profile"] or "no", "high_profile"),
        notes=cells["notes"],
    )

