"""Corrections of any recorded fact (issue 12): a supervisor voids a hearing, a relative, a
note… with a reason; the record stays, the case detail says who voided it, when and why."""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from resettle.domain.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from resettle.storage.models import AuditEntry, Case, Hearing


def test_a_supervisor_voids_a_hearing_which_stays_with_the_correction(services, actors,
                                                                       new_case):
    case_no = new_case()
    hearing = services.legal.add_hearing(actors["caseworker"], case_no, "Seoul Central Court",
                                         date(2026, 2, 10))
    void = services.corrections.void(actors["supervisor"], "hearing", hearing.id,
                                     "  Entered on the wrong case.  ")
    assert (void.entity, void.record_id, void.reason, void.voided_by) == (
        "hearing", hearing.id, "Entered on the wrong case.", "supervisor")
    assert "2026-02-10" in void.what and "Seoul Central Court" in void.what
    detail = services.cases.show(actors["caseworker"], case_no)
    assert [h.id for h in detail.sections["hearings"]] == [hearing.id]  # still there
    assert [(v.entity, v.record_id) for v in detail.sections["voids"]] == [
        ("hearing", hearing.id)]
    assert services.corrections.voids(actors["caseworker"], case_no) == [void]
    with services.db.reader() as s:
        assert s.get(Hearing, hearing.id) is not None
        assert s.scalar(select(AuditEntry.action).where(
            AuditEntry.entity == "hearing", AuditEntry.entity_id == str(hearing.id))
            .order_by(AuditEntry.id.desc()).limit(1)) == "void"


def test_only_supervisors_void_always_with_a_reason_and_once(services, actors, new_case):
    case_no = new_case()
    rel = services.relatives.add_relative(actors["caseworker"], case_no, "mother", "박",
                                          "순옥", "north")
    for role in ("caseworker", "lawyer", "admin"):
        with pytest.raises(PermissionDenied):
            services.corrections.void(actors[role], "relative", rel.id, "wrong person")
    with pytest.raises(InvalidInput) as blank:
        services.corrections.void(actors["supervisor"], "relative", rel.id, "   ")
    assert blank.value.field == "reason"
    with pytest.raises(InvalidInput) as kind:
        services.corrections.void(actors["supervisor"], "spaceship", rel.id, "why")
    assert kind.value.field == "entity"
    with pytest.raises(NotFound):
        services.corrections.void(actors["supervisor"], "relative", rel.id + 999, "why")
    services.corrections.void(actors["supervisor"], "relative", rel.id, "wrong person")
    with pytest.raises(RuleViolation) as again:
        services.corrections.void(actors["supervisor"], "relative", rel.id, "again")
    assert again.value.key == "already_voided"
    # the relation is worded in the reader's language (the supervisor reads Korean)
    assert services.corrections.voids(actors["supervisor"], case_no)[0].what == "어머니 · 박순옥"


def test_a_restricted_notes_correction_is_not_shown_to_those_who_cannot_read_it(
        services, actors, new_case):
    case_no = new_case()
    note = services.notes.add(actors["supervisor"], case_no, "Family contacted.",
                              restricted=True)
    services.corrections.void(actors["supervisor"], "note", note.id, "not this family")
    assert [v.record_id for v in services.corrections.voids(actors["supervisor"], case_no)] == [
        note.id]
    assert services.corrections.voids(actors["caseworker"], case_no) == []


def _pdf_text(pdf: bytes, tmp_path) -> str:
    import subprocess

    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_the_court_summary_prints_a_voided_record_apart_with_who_when_and_why(
        services, actors, new_case, tmp_path):
    case_no = new_case()
    kept = services.legal.add_hearing(actors["caseworker"], case_no, "Busan District Court",
                                      date(2026, 2, 12))
    wrong = services.legal.add_hearing(actors["caseworker"], case_no, "Daegu High Court",
                                       date(2026, 2, 10))
    services.corrections.void(actors["supervisor"], "hearing", wrong.id, "another person's")
    text = _pdf_text(services.reports.case_summary(actors["supervisor"], case_no,
                                                   lang="en").pdf, tmp_path)
    corrections = text.index("Voided records (corrections)")
    assert "Voided: another person's" in text[corrections:]
    assert "by supervisor" in text[corrections:]
    assert text.count("Daegu High Court") == 1  # only among the voided, not as a hearing
    assert text.index("Daegu High Court") > corrections
    assert "Busan District Court" in text and kept.id != wrong.id
    ko = _pdf_text(services.reports.case_summary(actors["supervisor"], case_no,
                                                 lang="ko").pdf, tmp_path)
    assert "무효 처리된 기록(정정)" in ko and "심문 기일" in ko



def test_a_voided_placement_is_not_current_and_a_voided_contact_no_longer_counts(
        services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = new_case(stage="programme", arrival=date(2025, 9, 1))
    first = services.release.place(cw, case_no, "rental_flat", "Incheon", date(2025, 12, 1))
    latest = services.release.place(cw, case_no, "halfway_house", "Busan", date(2025, 12, 5))
    assert services.cases.show(cw, case_no).sections["placement"].id == latest.id
    services.corrections.void(sv, "placement", latest.id, "typed on the wrong case")
    assert services.cases.show(cw, case_no).sections["placement"].id == first.id

    released = new_case(stage="released", arrival=date(2025, 12, 1))
    before = services.release.follow_ups(cw, released, date(2026, 3, 2))
    contact = services.release.add_follow_up(cw, released, before.schedule[0].scheduled,
                                             "visit")
    done = services.release.follow_ups(cw, released, date(2026, 3, 2))
    assert done.schedule[0].state == "done" and done.overdue == before.overdue - 1
    services.corrections.void(sv, "follow_up_contact", contact.id, "visit never happened")
    after = services.release.follow_ups(cw, released, date(2026, 3, 2))
    assert after.schedule[0].state != "done" and after.overdue == before.overdue
    assert [c.id for c in after.contacts] == [contact.id]  # still listed, struck on screen


def test_a_voided_record_names_its_codes_in_the_readers_words(services, actors, new_case):
    """The '(was: …)' line of a voided placement, attendance, contact, decision and relative:
    codes in the glossary's words in the reader's language, dates in ISO form, text as
    typed; no reader (the court summary's own call) reads English."""
    from resettle.services import corrections

    cw, sv = actors["caseworker"], actors["supervisor"]
    assert sv.language == "ko"
    en = services.accounts.set_language(sv, "en")
    case_no = new_case(stage="programme", arrival=date(2025, 9, 1))
    placement = services.release.place(cw, case_no, "rental_flat", "인천", date(2025, 12, 1))
    services.programme.create_cohort(cw, "HANA-2025-09", date(2025, 9, 8))
    services.programme.enrol(cw, case_no, "HANA-2025-09", date(2025, 9, 8))
    attended = services.programme.record_attendance(cw, case_no, "careers", date(2025, 9, 9), 3)
    application = services.protection.apply(cw, case_no, date(2025, 9, 2))
    relative = services.relatives.add_relative(cw, case_no, "sibling", "박", "순옥", "north")
    services.corrections.void(sv, "placement", placement.id, "wrong case")
    made = services.corrections.void(sv, "attendance", attended.attendance[-1].id, "clinic")
    assert made.what == "2025-09-09 · 진로 지도 및 직업훈련 · 3"
    services.corrections.void(sv, "protection_application", application.id, "typed twice")
    services.corrections.void(sv, "relative", relative.id, "another family")
    korean = {v.entity: v.what for v in services.corrections.voids(sv, case_no)}
    english = {v.entity: v.what for v in services.corrections.voids(en, case_no)}
    assert korean["placement"] == "2025-12-01 · 임대주택 · 인천"
    assert english["placement"] == "2025-12-01 · Rental flat · 인천"
    assert korean["attendance"] == "2025-09-09 · 진로 지도 및 직업훈련 · 3"
    assert english["attendance"] == "2025-09-09 · Careers and vocational training · 3"
    assert korean["protection_application"] == "2025-09-02"  # no decision yet: nothing to say
    assert (korean["relative"], english["relative"]) == ("형제자매 · 박순옥", "Sibling · 박순옥")
    for what in korean.values():
        assert not re.search("[A-Za-z]", what), what
    with services.db.reader() as s:
        contact = SimpleNamespace(contact_date=date(2026, 1, 5), kind="visit",
                                  notes="Met at home.")
        assert corrections._describe("follow_up_contact", contact, "ko") == \
            "2026-01-05 · 방문 · Met at home."
        decided = SimpleNamespace(applied_on=date(2025, 9, 2), decision="granted")
        assert corrections._describe("protection_application", decided, "ko") == \
            "2025-09-02 · 보호 결정"
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        nobody = corrections.voids_for(s, case_id)  # no reader: English
        assert {v.entity: v.what for v in nobody}["placement"] == english["placement"]
