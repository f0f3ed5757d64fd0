"""Notes, attachments, relatives and screening records: who writes, who reads, what is stored."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import select

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from resettle.services import attachments as attachments_module
from resettle.services.attachments import Attachments, attachments_for
from resettle.services.family import Relatives, relatives_for
from resettle.services.legal import Legal
from resettle.services.notes import Notes, notes_for
from resettle.services.screening import Screening, screening_for
from resettle.storage.models import Attachment, AuditEntry, Case

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 32
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 200


@pytest.fixture
def notes(services):
    return Notes(services.ctx)


@pytest.fixture
def files(services):
    return Attachments(services.ctx)


@pytest.fixture
def represented(services, actors, new_case):
    """A case the lawyer represents, and one they do not."""
    case_no = new_case()
    Legal(services.ctx).assign(actors["caseworker"], case_no, "lawyer")
    return case_no, new_case(family="조", given="미향", family_latin="Jo", given_latin="Mi-hyang")


def case_id(services, case_no):
    with services.db.reader() as s:
        return s.scalar(select(Case.id).where(Case.case_no == case_no))


def audits(services, entity):
    with services.db.reader() as s:
        return s.execute(select(AuditEntry.action, AuditEntry.actor, AuditEntry.details)
                         .where(AuditEntry.entity == entity).order_by(AuditEntry.id)).all()


def test_restricted_notes_only_for_supervisors_and_admins(services, notes, actors, represented):
    case_no, _ = represented
    notes.add(actors["caseworker"], case_no, "Arrived tired;\nasked about her son.")
    notes.add(actors["lawyer"], case_no, "Hearing prepared.")
    notes.add(actors["supervisor"], case_no, "Family in the North contacted.", restricted=True)
    for role in ("caseworker", "lawyer"):
        with pytest.raises(PermissionDenied):
            notes.add(actors[role], case_no, "secret", restricted=True)
    with pytest.raises(PermissionDenied):
        notes.add(actors["admin"], case_no, "admins do not write notes")
    seen = {role: [n.restricted for n in notes.list(actors[role], case_no)]
            for role in ("caseworker", "lawyer", "supervisor", "admin")}
    assert seen == {"caseworker": [False, False], "lawyer": [False, False],
                    "supervisor": [False, False, True], "admin": [False, False, True]}
    views = [(a, who, d) for a, who, d in audits(services, "note") if a == "view"]
    assert [who for _, who, _ in views] == ["caseworker", "lawyer", "supervisor", "admin"]
    assert all("North" not in str(d) for _, _, d in audits(services, "note"))  # no text
    with services.db.reader() as s:
        assert len(notes_for(s, case_id(services, case_no), False)) == 2
    with pytest.raises(InvalidInput) as error:
        notes.add(actors["caseworker"], case_no, "   ")
    assert error.value.field == "text"


def test_lawyer_sees_only_represented_cases(notes, files, actors, represented):
    mine, other = represented
    assert [n.text for n in notes.list(actors["lawyer"], mine)] == []
    for call in (lambda: notes.list(actors["lawyer"], other),
                 lambda: notes.add(actors["lawyer"], other, "note"),
                 lambda: files.list(actors["lawyer"], other)):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(PermissionDenied):  # for a lawyer, "not theirs" == "does not exist"
        notes.list(actors["lawyer"], "R-2026-99999")


def test_attachment_round_trip_encrypted_at_rest(services, files, actors, new_case):
    case_no = new_case()
    view = files.attach(actors["caseworker"], case_no, "Power of attorney scan", PDF)
    assert (view.media_type, view.size, view.sha256) == (
        "application/pdf", len(PDF), hashlib.sha256(PDF).hexdigest())
    with services.db.reader() as s:
        blob = s.scalar(select(Attachment.content).where(Attachment.id == view.id))
    assert PDF not in blob and b"Catalog" not in blob and len(blob) == 1 + 12 + len(PDF) + 16
    assert files.open_attachment(actors["admin"], view.id) == (
        "Power of attorney scan", "application/pdf", PDF)
    text = "탈북 경로 메모\nroute notes".encode()
    assert files.attach(actors["supervisor"], case_no, "memo", text).media_type == "text/plain"
    assert files.attach(actors["caseworker"], case_no, "photo", PNG).media_type == "image/png"
    assert [a for a, _, _ in audits(services, "attachment")] == ["create", "view", "create",
                                                                 "create"]
    with services.db.reader() as s:
        assert [a.title for a in attachments_for(s, case_id(services, case_no), False)] == [
            "Power of attorney scan", "memo", "photo"]


def test_a_blob_moved_to_another_row_does_not_open(services, files, actors, new_case):
    case_no = new_case()
    a = files.attach(actors["caseworker"], case_no, "a", PDF)
    b = files.attach(actors["caseworker"], case_no, "b", PDF)
    with services.db.writer() as s, s.begin():
        first, second = (s.get(Attachment, i) for i in (a.id, b.id))
        second.content = first.content
    with pytest.raises(RuleViolation):
        files.open_attachment(actors["caseworker"], b.id)


@pytest.mark.parametrize("content, rule, detected", [
    (EXE, "file_type_not_allowed", "application/x-msdownload"),
    (b"PK\x03\x04" + b"\x00" * 60, "file_type_not_allowed", "application/zip"),
    (b"\x00\x01\x02binary", "file_type_unknown", "unknown"), (b"", "required", None)])
def test_attachment_type_is_taken_from_the_content(files, actors, new_case, content, rule,
                                                   detected):
    with pytest.raises(InvalidInput) as error:
        files.attach(actors["caseworker"], new_case(), "scan.pdf", content)  # name is ignored
    assert error.value.field == "content" and error.value.rule == rule
    assert error.value.params.get("detected") == detected


def test_attachment_size_limit(files, actors, new_case, monkeypatch):
    monkeypatch.setattr(attachments_module, "MAX_BYTES", 100)
    case_no = new_case()
    files.attach(actors["caseworker"], case_no, "ok", PDF + b"x" * (100 - len(PDF)))
    with pytest.raises(InvalidInput) as error:
        files.attach(actors["caseworker"], case_no, "big", PDF + b"x" * (101 - len(PDF)))
    assert error.value.field == "content" and error.value.rule == "file_too_large"


def test_real_20_mb_limit(files, actors, new_case):
    with pytest.raises(InvalidInput) as error:
        files.attach(actors["caseworker"], new_case(), "big", PDF + b"\0" * (20 * 2**20))
    assert error.value.rule == "file_too_large" and error.value.params["max_mb"] == 20


def test_restricted_attachments(files, actors, represented):
    case_no, _ = represented
    with pytest.raises(PermissionDenied):
        files.attach(actors["caseworker"], case_no, "secret", PDF, restricted=True)
    secret = files.attach(actors["supervisor"], case_no, "secret", PDF, restricted=True)
    for role in ("caseworker", "lawyer"):
        with pytest.raises(PermissionDenied):
            files.open_attachment(actors[role], secret.id)
        assert files.list(actors[role], case_no) == []
    assert files.open_attachment(actors["admin"], secret.id)[2] == PDF


def test_relatives(services, actors, new_case):
    relatives = Relatives(services.ctx)
    case_no = new_case()
    mother = relatives.add_relative(actors["caseworker"], case_no, "Mother", "박", "순희",
                                    "north", at_risk=True, birth_date="1962")
    relatives.add_relative(actors["supervisor"], case_no, "sibling", "김", "철", "china",
                           birth_date="1995-04")
    with services.db.reader() as s:
        assert [r.relation for r in relatives_for(s, case_id(services, case_no))] == [
            "mother", "sibling"]
    assert (mother.birth_date, mother.at_risk, mother.location) == ("1962", True, "north")
    for relation, family, location, born, field in [
            ("cousin2", "박", "north", None, "relation"), ("mother", "", "north", None,
                                                          "family_name"),
            ("mother", "박", "moon", None, "location"), ("mother", "박", "north", "1962-13",
                                                        "birth_date"),
            ("mother", "박", "north", "2027", "birth_date")]:
        with pytest.raises(InvalidInput) as error:
            relatives.add_relative(actors["caseworker"], case_no, relation, family, "x",
                                   location, birth_date=born)
        assert error.value.field == field
    with pytest.raises(PermissionDenied):
        relatives.add_relative(actors["lawyer"], case_no, "mother", "박", "순희", "north")
    assert all("순희" not in str(d) for _, _, d in audits(services, "relative"))


def test_screening_never_for_lawyers(services, actors, represented):
    screening = Screening(services.ctx)
    case_no, _ = represented
    record = screening.add_screening(actors["caseworker"], case_no, date(2026, 1, 6), "cleared",
                                     "Consistent account of the route.")
    assert screening.add_screening(actors["admin"], case_no, date(2026, 1, 8),
                                   "further_investigation", "Second interview.").outcome \
        == "further_investigation"
    for call in (lambda: screening.records(actors["lawyer"], case_no),
                 lambda: screening.add_screening(actors["lawyer"], case_no, date(2026, 1, 6),
                                                 "cleared", "x")):
        with pytest.raises(PermissionDenied):
            call()
    assert screening.records(actors["supervisor"], case_no)[0] == record
    for day, outcome, summary, field in [(date(2026, 1, 6), "spy", "x", "outcome"),
                                         (date(2026, 1, 4), "cleared", "x", "interviewed_on"),
                                         (date(2026, 3, 3), "cleared", "x", "interviewed_on"),
                                         (date(2026, 1, 6), "refused", "", "summary")]:
        with pytest.raises(InvalidInput) as error:
            screening.add_screening(actors["caseworker"], case_no, day, outcome, summary)
        assert error.value.field == field
    with services.db.reader() as s:
        assert len(screening_for(s, case_id(services, case_no))) == 2
    assert [a for a, _, _ in audits(services, "screening_record")] == ["create", "create",
                                                                       "view"]
