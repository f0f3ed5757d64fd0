"""Reports through the services: permissions, redaction, audit, and the PDF read back."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from resettle.domain.errors import PermissionDenied
from resettle.storage.models import LegalRepresentative

D = date
MARKER = "RESTRICTED-MARKER-7731"


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def case_no(services, actors, new_case) -> str:
    no = new_case(family="김", given="설화", family_latin="Kim", given_latin="Sol-hwa",
                  arrival=D(2025, 12, 1))
    sv = actors["supervisor"]
    services.lifecycle.advance(sv, no, "screening", D(2025, 12, 2))
    services.notes.add(sv, no, f"restricted: {MARKER}", restricted=True)
    services.notes.add(sv, no, "ordinary note for the court")
    services.screening.add_screening(sv, no, D(2025, 12, 5), "cleared", "SCREENING-SECRET")
    with services.db.writer() as s, s.begin():
        s.add(LegalRepresentative(case_id=services.cases.show(sv, no).id,
                                  lawyer_id=actors["lawyer"].id))
    return no


def test_full_and_redacted_case_summary(services, actors, case_no) -> None:
    full = services.reports.case_summary(actors["supervisor"], case_no, lang="en")
    text = text_of(full.pdf)
    assert "김설화" in text and "Kim Sol-hwa" in text
    assert MARKER in text and "SCREENING-SECRET" in text
    assert "김설화" not in full.filename and case_no not in full.filename
    redacted = services.reports.case_summary(actors["lawyer"], case_no, lang="ko")
    red = text_of(redacted.pdf)
    assert "김설화" in red and "ordinary note for the court" in red
    assert MARKER not in red and "SCREENING-SECRET" not in red
    assert "redacted" in redacted.filename
    reader = PdfReader(io.BytesIO(redacted.pdf))
    assert reader.metadata.author == "Resettle" and "김설화" not in str(reader.metadata)


def test_print_is_audited_and_chain_head_printed(services, actors, case_no) -> None:
    pdf = services.reports.case_summary(actors["supervisor"], case_no).pdf
    last = services.audit.entries(actors["admin"], limit=3)
    printed = next(r for r in last if r.action == "print")
    assert printed.entity_id == f"case-summary:{case_no}"
    pages = PdfReader(io.BytesIO(pdf)).pages
    with services.db.reader() as s:
        from resettle.storage.audit_chain import current_head
        head = current_head(s)
    assert head[:16] in pages[-1].extract_text().replace("\n", "")


def test_lawyer_cannot_print_another_case(services, actors, new_case) -> None:
    other = new_case(given="은하", given_latin="Un-ha")
    with pytest.raises(PermissionDenied):
        services.reports.case_summary(actors["lawyer"], other)
    with pytest.raises(PermissionDenied):
        services.reports.custody_review(actors["lawyer"])
    with pytest.raises(PermissionDenied):
        services.reports.statistics(actors["caseworker"])


@pytest.mark.parametrize("lang,title", [("en", "Custody review"), ("ko", "보호기간 검토")])
def test_custody_review(services, actors, case_no, lang, title) -> None:
    report = services.reports.custody_review(actors["supervisor"], D(2026, 3, 1), lang)
    text = text_of(report.pdf)
    assert title in text and case_no in text and "김설화" in text


def test_group_cohort_statistics(services, actors, case_no) -> None:
    sv = actors["supervisor"]
    services.groups.create(sv, "G-7", arrival_date=D(2025, 12, 1))
    services.groups.add_member(sv, "G-7", case_no)
    assert "김설화" in text_of(services.reports.group(sv, "G-7", "ko").pdf)
    services.lifecycle.advance(sv, case_no, "programme", D(2026, 1, 5))
    services.programme.create_cohort(sv, "C-2026-01", D(2026, 1, 5))
    services.programme.enrol(sv, case_no, "C-2026-01", D(2026, 1, 5))
    assert "Kim Sol-hwa" in text_of(services.reports.cohort(sv, "C-2026-01", "en").pdf)
    stats = text_of(services.reports.statistics(sv, None, "en").pdf)
    assert "김설화" not in stats and "Kim" not in stats and case_no not in stats
