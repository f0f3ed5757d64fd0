"""Every report is PDF/A-2b as far as a structural check can tell: every font embedded (no
standard font referenced), XMP identifying PDF/A-2B whose dates and title match the Info
dictionary, an sRGB output intent with its ICC profile, and qpdf finds no damage."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import pikepdf
import pytest
import samples

from resettle.reports.case_summary import build_case_summary
from resettle.reports.cohort import build_cohort
from resettle.reports.custody_review import build_custody_review
from resettle.reports.group import build_group
from resettle.reports.statistics import build_statistics

REPORTS: dict[str, Callable[[str], bytes]] = {
    "case_summary": lambda lang: build_case_summary(samples.case_summary(), samples.info(lang)),
    "redacted_summary": lambda lang: build_case_summary(samples.case_summary(redacted=True),
                                                       samples.info(lang)),
    "custody_review": lambda lang: build_custody_review(samples.custody_review(),
                                                        samples.info(lang)),
    "cohort": lambda lang: build_cohort(samples.cohort(), samples.info(lang)),
    "group": lambda lang: build_group(samples.group(), samples.info(lang)),
    "statistics": lambda lang: build_statistics(samples.statistics(), samples.info(lang)),
}


def fonts(pdf: pikepdf.Pdf) -> list[Any]:
    """Every font dictionary reachable from the pages (forms and descendants included)."""
    found: dict[tuple[int, int], Any] = {}

    def walk(resources: Any) -> None:
        if resources is None:
            return
        for font in (resources.get("/Font") or {}).values():
            found[font.objgen] = font
            for child in font.get("/DescendantFonts") or []:
                found[child.objgen] = child
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get("/Resources"))

    for page in pdf.pages:
        walk(page.obj.get("/Resources"))
    return list(found.values())


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("name", sorted(REPORTS))
def test_report_is_pdfa_2b(name: str, lang: str) -> None:
    data = REPORTS[name](lang)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert pdf.check_pdf_syntax() == []  # qpdf's own structural check
        used = fonts(pdf)
        assert used
        for font in used:
            if font.get("/Subtype") == "/Type0":
                continue  # the descendant carries the descriptor
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{font.get('/BaseFont')} has no descriptor"
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                f"{font.get('/BaseFont')} is not embedded")
            assert "Helvetica" not in str(font.get("/BaseFont"))
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        info = pdf.docinfo
        assert str(info["/Title"]) == meta["dc:title"]
        assert meta["xmp:CreatorTool"] == str(info["/Creator"])
        assert meta["pdf:Producer"] == str(info["/Producer"])
        created = pikepdf.models.metadata.decode_pdf_date(str(info["/CreationDate"]))
        assert created.isoformat(timespec="seconds") == meta["xmp:CreateDate"]
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1 and intents[0].S == "/GTS_PDFA1"
        profile = intents[0].DestOutputProfile.read_bytes()
        assert profile[36:40] == b"acsp" and intents[0].DestOutputProfile.N == 3
        assert "/Encrypt" not in pdf.trailer and "/ID" in pdf.trailer
