"""Who sees what (issue 13): a lawyer acting for a relative sees the legal part only, on
screen and on paper; a lawyer probing case numbers learns nothing; the court summary shows
corrections with who and when, refused extensions, the power of attorney's date and the
high-profile flag."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest
from sqlalchemy import select, update

from resettle.domain.errors import PermissionDenied
from resettle.services import case_state, report_data
from resettle.storage.models import AuditEntry, Case, FollowUpContact, Placement

D = date


def pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return " ".join(out.split())


def rules(services):
    with services.db.reader() as s:
        return case_state.custody_rules(s)


def _case_id(services, case_no):
    with services.db.reader() as s:
        return s.scalar(select(Case.id).where(Case.case_no == case_no))


@pytest.fixture
def released(services, actors, new_case):
    """A released, high-profile person with a placement, a follow-up, a relative in the North,
    a note and a hearing."""
    no = new_case(family="림", given="해솔", family_latin="Rim", given_latin="Hae-sol",
                  stage="released", arrival=D(2025, 6, 2))
    cid = _case_id(services, no)
    with services.db.writer() as s, s.begin():
        s.execute(update(Case).where(Case.id == cid).values(high_profile=True))
        s.add(Placement(case_id=cid, placement_type="rental_flat", region="REGION-MARK",
                        support_centre="CENTRE-MARK", protection_officer="OFFICER-MARK",
                        start_date=D(2025, 12, 1)))
        s.add(FollowUpContact(case_id=cid, contact_date=D(2026, 2, 27), kind="visit",
                              wellbeing=4, notes="FOLLOWUP-MARK"))
    cw = actors["caseworker"]
    services.relatives.add_relative(cw, no, "mother", "박", "순희", "north", at_risk=True)
    services.relatives.add_relative(cw, no, "sibling", "림", "은별", "north")
    services.notes.add(cw, no, "NOTE-MARK")
    services.legal.add_hearing(cw, no, "HEARING-COURT", D(2026, 1, 15), attended="no")
    return no


def test_lawyer_for_a_relative_sees_the_legal_part_only(services, actors, released, tmp_path):
    cw, lw = actors["caseworker"], actors["lawyer"]
    services.legal.assign(cw, released, "lawyer", on_behalf_of="박 순희",
                          poa_date=D(2025, 7, 1), poa_granted_by="박순희 (mother)")
    rel = services.relatives.relatives(cw, released)[0]
    services.corrections.void(actors["supervisor"], "relative", rel.id, "VOID-MARK")
    d = services.cases.show(lw, released)
    assert d.legal_only and d.redacted
    assert set(d.sections) <= {"representatives", "hearings", "protection", "flags", "voids"}
    assert d.sections["voids"] == []  # a relative's correction is not the legal part
    assert d.flags == () and d.high_profile  # only "high profile" is kept among the flags
    for call in (lambda: services.relatives.relatives(lw, released),
                 lambda: services.release.follow_ups(lw, released, D(2026, 3, 1)),
                 lambda: services.notes.list(lw, released)):
        with pytest.raises(PermissionDenied):
            call()
    for lang in ("en", "ko"):
        text = pdftotext(services.reports.case_summary(lw, released, lang=lang).pdf, tmp_path)
        assert "림해솔" in text and "HEARING-COURT" in text  # identity and hearings
        # The client (the mother) is named in the representation; no other relative is.
        for hidden in ("REGION-MARK", "CENTRE-MARK", "OFFICER-MARK", "NOTE-MARK", "은별",
                       "2026-02-27", "2025-12-01"):
            assert hidden not in text, (lang, hidden)
        assert "the legal part only" in text and "법률 관련 부분" in text  # the banner, twice
        assert ("High profile" if lang == "en" else "주요 인물") in text
    # The person's own lawyer (no relative) still gets the redacted, not legal-only, copy.
    services.legal.assign(cw, released, "lawyer", on_behalf_of="", poa_date=D(2025, 8, 1),
                          poa_granted_by="림해솔")
    own = pdftotext(services.reports.case_summary(lw, released, lang="en").pdf, tmp_path)
    assert "REGION-MARK" in own and "the legal part only" not in own


def test_data_for_a_relative_lawyer_never_prints_personal_parts_even_if_given(services, actors,
                                                                              released):
    from dataclasses import replace

    from resettle.domain.followup import PlacementType
    from resettle.reports import data as rd
    from resettle.reports.case_summary import build_case_summary

    data = report_data.case_summary(services.cases.show(actors["supervisor"], released),
                                    rules(services))
    data = replace(data, legal_only=True, placement=rd.Placement(
        PlacementType.RENTAL_FLAT, "REGION-MARK", "CENTRE-MARK", "OFFICER-MARK", D(2025, 12, 1)))
    info = rd.PrintInfo("x", services.ctx.now(), "Org", "0" * 64, "en")
    import io

    from pypdf import PdfReader
    pdf = build_case_summary(data, info)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "REGION-MARK" not in text and "NOTE-MARK" not in text


def test_a_lawyer_probing_case_numbers_learns_nothing(services, actors, new_case):
    mine, other = new_case(), new_case()
    services.legal.assign(actors["caseworker"], mine, "lawyer")
    lw = actors["lawyer"]
    answers = []
    for case_no in (other, "R-2026-99999"):
        with pytest.raises(PermissionDenied) as error:
            services.cases.show(lw, case_no.lower())
        answers.append((type(error.value), str(error.value), error.value.key,
                        sorted(k for k in error.value.params if k != "case_no")))
    assert answers[0] == answers[1]
    with services.db.reader() as s:
        denied = [e.details for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == "permission_denied").order_by(AuditEntry.id))]
    assert [d["case_no"] for d in denied[-2:]] == [other, "R-2026-99999"]
    assert services.cases.show(lw, mine).case_no == mine


def test_court_summary_shows_corrections_refusals_and_the_power_of_attorney(
        services, actors, new_case, tmp_path):
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = new_case(arrival=D(2026, 1, 5), family="한", given="결", family_latin="Han",
                  given_latin="Gyeol")
    services.lifecycle.advance(cw, no, "screening", D(2026, 1, 6))
    services.lifecycle.advance(cw, no, "custody", D(2026, 1, 20))
    services.lifecycle.correct(sv, no, "CORRECTION-REASON")
    ext = services.lifecycle.request_extension(cw, no, 30, "REQUEST-REASON")
    services.lifecycle.decide_extension(sv, ext, False, D(2026, 2, 20), "REFUSAL-REASON")
    services.legal.assign(cw, no, "lawyer", poa_date=D(2026, 1, 12), poa_granted_by="한결")
    d = services.cases.show(sv, no)
    data = report_data.case_summary(d, rules(services))
    [rep] = data.representatives
    assert rep.since == D(2026, 1, 12)  # the power of attorney's date, not the typing date
    voided = [e for e in data.stages if e.state.value == "voided"]
    assert [(e.corrected_by, e.correction_reason) for e in voided] == [
        ("supervisor", "CORRECTION-REASON")]
    assert voided[0].corrected_at == services.ctx.now()
    [refused] = data.refused_extensions
    assert (refused.days, refused.decided_by, refused.decision_reason) == (
        30, "supervisor", "REFUSAL-REASON")
    text = pdftotext(services.reports.case_summary(sv, no, lang="en").pdf, tmp_path)
    assert "CORRECTION-REASON" in text and "by supervisor, 2026-03-02 09:00" in text
    assert "Refused extension requests" in text and "REFUSAL-REASON" in text
    assert "REQUEST-REASON" in text
    assert "Since (power of attorney)" in text and "2026-01-12" in text
