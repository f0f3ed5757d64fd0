"""Issue 13, "stopped clocks still warn": a released person in every list and report. The
clock stopped when the programme began (105 days held, 15 over the 90-day limit); nothing
warns about them any more and nothing counts down, while the record keeps how long they
were held and by how much the limit was exceeded. All people are fictional."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from resettle.services.cases import CaseQuery
from resettle.storage.models import Placement

D = date
WARNINGS = {"en": ("Overlimit", "Duesoon", "Withinlimit", "Daysleft"),
            "ko": ("기한초과", "기한임박", "기한내", "잔여일수")}  # compared without spaces


def pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return "".join(out.split())  # Korean words wrap inside a cell: compared without spaces


@pytest.fixture
def released(services, actors, new_case) -> str:
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = new_case(family="한", given="가람", family_latin="Han", given_latin="Ga-ram",
                  arrival=D(2024, 9, 1))
    services.lifecycle.advance(cw, no, "screening", D(2024, 9, 4))
    services.lifecycle.advance(cw, no, "programme", D(2024, 12, 15))
    with services.db.writer() as s, s.begin():
        s.add(Placement(case_id=services.cases.show(sv, no).id, placement_type="rental_flat",
                        region="Incheon", start_date=D(2025, 1, 30)))
    services.lifecycle.advance(sv, no, "released", D(2025, 1, 30), "programme elsewhere")
    services.groups.create(cw, "RW-1", arrival_date=D(2024, 9, 1))
    services.groups.add_member(cw, "RW-1", no)
    return no


def test_lists_and_the_worklist(services, actors, released) -> None:
    sv = actors["supervisor"]
    [row] = services.cases.list_cases(sv, CaseQuery())
    assert (row.custody_status, row.custody_days, row.custody_limit) == ("ended", 105, 90)
    for status in ("held", "ok", "due", "overdue"):
        assert services.cases.list_cases(sv, CaseQuery(custody_status=status)) == []
    c = services.cases.show(sv, released).custody
    assert (c.status, c.running, c.days_held, c.over_limit_days, c.end) == (
        "ended", False, 105, 15, D(2024, 12, 15))
    custody_items = [i for i in services.worklist.items(sv) if "custody" in str(i.kind)
                     or "extension" in str(i.kind)]
    assert custody_items == []


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_reports(services, actors, released, tmp_path, lang) -> None:
    sv = actors["supervisor"]
    review = pdftotext(services.reports.custody_review(sv, lang=lang).pdf, tmp_path)
    assert released not in review
    group = pdftotext(services.reports.group(sv, "RW-1", lang).pdf, tmp_path)
    assert released in group and ("Ended" if lang == "en" else "조사·임시보호종료") in group
    assert "105/90" in group
    summary = pdftotext(services.reports.case_summary(sv, released, lang).pdf, tmp_path)
    custody = summary[summary.index("2024-09-01"):]
    over = "Daysoverthelimit15days" if lang == "en" else "한도초과일수15일"
    assert over in custody
    for text in (group, summary):
        for word in WARNINGS[lang]:
            assert word not in text, (lang, word)
    # held again on a day before the clock stopped: the review of that day lists the person
    then = pdftotext(services.reports.custody_review(sv, D(2024, 12, 14), lang).pdf, tmp_path)
    assert released in then
