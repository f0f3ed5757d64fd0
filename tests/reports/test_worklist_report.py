"""The printed worklist in both languages (glossary words, no person's name) and the
iCalendar builder (kind and case number only; none when the setting drops them)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from resettle.reports.data import PrintInfo
from resettle.reports.worklist import WorklistData, build_ical, build_worklist
from resettle.services.worklist import WorkItem

AS_OF = date(2026, 3, 2)
ITEMS = (
    WorkItem("R-2025-00001:follow_up:2026-02-20", "R-2025-00001", "follow_up",
             date(2026, 2, 20), "overdue", "overdue", None, 10, True, "cw", "", None),
    WorkItem("R-2025-00002:hearing:2026-03-02:4", "R-2025-00002", "hearing", AS_OF, "due",
             "today", None, 0, False, "cw", "4", None),
    WorkItem("-:backup_overdue:2026-03-05", "", "backup_overdue", date(2026, 3, 5), "due",
             "week", None, 0, False, "", "", None),
)


def text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(("lang", "words"), [
    ("en", ["Worklist", "Follow-up contact", "Hearing", "Overdue", "Due today", "Escalated"]),
    ("ko", ["업무 목록", "사후 관리 연락", "심문 기일", "기한 경과", "오늘", "보고 대상"])])
def test_the_printed_worklist(lang: str, words: list[str]) -> None:
    info = PrintInfo("cw", datetime(2026, 3, 2, 9, tzinfo=UTC), "Resettle", "ab" * 32, lang)
    pdf = build_worklist(WorklistData(AS_OF, "cw", False, ITEMS), info)
    got = text(pdf)
    for word in words + ["R-2025-00001", "R-2025-00002"]:
        assert word in got, word
    office = text(build_worklist(WorklistData(AS_OF, "office", True, ()), info))
    assert ("None recorded" if lang == "en" else "기록 없음") in office


def test_ical_carries_kind_and_case_number_only() -> None:
    cal = Calendar.from_ical(build_ical(ITEMS, AS_OF, with_case_numbers=True, lang="en"))
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {"R-2025-00001 Follow-up contact", "R-2025-00002 Hearing",
                           "Backup due"}
    # the overdue contact shows on the day of the export, not in the past
    assert events["R-2025-00001 Follow-up contact"].decoded("dtstart") == AS_OF
    bare = build_ical(ITEMS, AS_OF, with_case_numbers=False, lang="ko")
    assert b"R-2025" not in bare
    assert {str(e["summary"]) for e in Calendar.from_ical(bare).walk("VEVENT")} == {
        "사후 관리 연락", "심문 기일", "백업 필요"}
