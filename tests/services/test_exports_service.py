"""Selective exports: statistics-only by default with no name in them, identifiers only on
request by a role that may, personal data inside an encrypted workbook, formulas as text;
the subject-access PDF holds the person's data and nobody else's."""

from __future__ import annotations

import io
import subprocess
import zipfile
from datetime import date

import pytest

from resettle.domain.errors import InvalidInput, PermissionDenied
from resettle.services import exports

NAMES = ("탁", "솔빛나래", "Solbitnarae", "Thak")
OTHER = ("가람여울", "Garamyeoul")


def _xml(book: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(book)) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))


def _decrypt(data: bytes, password: str) -> bytes:
    from msoffcrypto import OfficeFile

    office, out = OfficeFile(io.BytesIO(data)), io.BytesIO()
    office.load_key(password=password)
    office.decrypt(out)
    return out.getvalue()


@pytest.fixture
def two(new_case):
    first = new_case(family="탁", given="솔빛나래", family_latin="Thak",
                     given_latin="Solbitnarae", stage="closed", arrival=date(2018, 1, 5))
    second = new_case(family="=HYPERLINK(\"http://x\")", given="가람여울", family_latin="Bong",
                      given_latin="Garamyeoul", arrival=date(2026, 1, 7))
    return first, second


def test_default_export_holds_no_name(services, actors, two) -> None:
    out = services.exports.cases(actors["supervisor"])
    assert out.fields == exports.DEFAULT_FIELDS and not out.encrypted and out.rows == 2
    xml = _xml(out.data)
    assert [n for n in NAMES + OTHER if n in xml] == []
    assert "입국 연도" in xml and "R-2018" not in xml
    csv = services.exports.cases(actors["admin"], fmt="csv").data.decode("utf-8-sig")
    assert [n for n in NAMES + OTHER if n in csv] == [] and csv.count("\r\n") == 3


def test_names_only_when_asked_by_a_role_that_may(services, actors, two) -> None:
    with pytest.raises(InvalidInput) as e:
        services.exports.cases(actors["supervisor"], fields=["sex", "given_name"])
    assert e.value.rule == "identifiers_need_with_names"
    with pytest.raises(PermissionDenied):
        services.exports.cases(actors["admin"], with_names=True)
    with pytest.raises(PermissionDenied):
        services.exports.cases(actors["caseworker"])
    out = services.exports.cases(actors["supervisor"], fields=["case_no", "sex"],
                                 with_names=True)
    assert out.encrypted and len(out.password) == 29
    assert not zipfile.is_zipfile(io.BytesIO(out.data))  # not readable without the password
    assert "솔빛나래".encode() not in out.data
    xml = _xml(_decrypt(out.data, out.password))
    assert all(n in xml for n in NAMES + OTHER)
    entry = services.audit.entries(actors["admin"], limit=5, action="export")[0]
    assert entry.entity == "cases" and entry.details["fields"][:2] == ["case_no", "sex"]
    assert entry.details["with_names"] is True


def test_personal_fields_are_encrypted_and_csv_refused(services, actors, two) -> None:
    out = services.exports.cases(actors["admin"], fields=["case_no", "arrival_date"])
    assert out.encrypted
    with pytest.raises(InvalidInput) as e:
        services.exports.cases(actors["admin"], fields=["case_no"], fmt="csv")
    assert e.value.rule == "personal_csv_refused"


def test_a_cell_starting_with_equals_is_text(services, actors, two) -> None:
    out = services.exports.cases(actors["supervisor"], fields=["family_name"], with_names=True)
    with zipfile.ZipFile(io.BytesIO(_decrypt(out.data, out.password))) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
        strings = z.read("xl/sharedStrings.xml").decode()
    assert "<f>" not in sheet and 't="s"' in sheet  # shared strings: text, not formulas
    assert '<t>=HYPERLINK("http://x")</t>' in strings
    assert exports.neutral("=1+1") == "'=1+1" and exports.neutral("@SUM(A1)") == "'@SUM(A1)"
    assert exports.neutral("\tx") == "'\tx" and exports.neutral("가") == "가"
    assert exports.neutral(-3) == -3
    csv = exports._csv(["h"], [["=1+1"], ["+2"], ["-3"], ["\r4"], ["ok"]]).decode("utf-8-sig")
    assert csv.splitlines()[1:4] == ["'=1+1", "'+2", "'-3"]


def _text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "subject.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True).stdout.decode()


def test_subject_access_pdf_holds_the_person_and_nobody_else(services, actors, two,
                                                             tmp_path) -> None:
    cw = actors["caseworker"]
    first, second = two
    services.relatives.add_relative(cw, first, "mother", "탁", "무진울", location="north")
    services.notes.add(cw, first, "면담 기록 바람꽃")
    services.notes.add(cw, second, "면담 기록 들국화")
    services.consents.add(cw, first, "support_centre", date(2026, 1, 1))
    out = services.exports.subject_access(cw, first)
    assert first not in out.filename
    text = _text(out.data, tmp_path)
    for expected in ("본인 개인정보 열람", "탁솔빛나래", "Solbitnarae", "탁무진울", "바람꽃",
                     "지역적응센터", "2023-01-05 익명처리 예정"):
        assert expected in text, expected
    assert [x for x in ("가람여울", "Garamyeoul", "들국화", second) if x in text] == []
    entry = services.audit.entries(actors["admin"], limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("export", "subject_access", first)
    with pytest.raises(PermissionDenied):
        services.exports.subject_access(actors["lawyer"], first)
