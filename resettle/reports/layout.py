"""Page template, paragraph styles and page furniture (marking, title, printer, page N of M,
the chain head on the last page); render() turns a story into PDF bytes."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from resettle.reports.archival import mark_archival
from resettle.reports.data import PrintInfo
from resettle.reports.fonts import BOLD, REGULAR, register_fonts
from resettle.reports.formatting import esc, fmt_datetime
from resettle.reports.i18n import tr

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm
MARGIN_BOTTOM = 22 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1A1A1A")
NAVY = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5F6B7A")
GRID = colors.HexColor("#C3CBD5")
ZEBRA = colors.HexColor("#F2F5F9")
HEAD_BG = colors.HexColor("#E3E9F1")
RED = colors.HexColor("#B3261E")
RED_BG = colors.HexColor("#FBE3E1")
AMBER = colors.HexColor("#9A5B00")
AMBER_BG = colors.HexColor("#FFF0CC")
MARK = colors.HexColor("#A4161A")


# ---- styles ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    banner: ParagraphStyle
    end: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12.5, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", base, fontName=BOLD, fontSize=17, leading=22,
                             textColor=NAVY, spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", base, fontSize=9.5, textColor=MUTED, spaceAfter=8),
        h2=ParagraphStyle("h2", base, fontName=BOLD, fontSize=11, leading=14, textColor=NAVY,
                          spaceBefore=10, spaceAfter=4),
        body=base,
        small=ParagraphStyle("small", base, fontSize=7.5, leading=10, textColor=MUTED),
        cell=ParagraphStyle("cell", base, fontSize=8, leading=10.5),
        cell_head=ParagraphStyle("cell_head", base, fontName=BOLD, fontSize=8, leading=10.5,
                                 textColor=NAVY),
        banner=ParagraphStyle("banner", base, fontName=BOLD, fontSize=9.5, leading=13,
                              textColor=MARK),
        end=ParagraphStyle("end", base, fontSize=8, textColor=MUTED, alignment=TA_CENTER,
                           spaceBefore=14),
    )


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of markup; escape free text with esc() first."""
    return Paragraph(text, style or styles().cell)




def title_block(title: str, subtitle: str) -> list[Flowable]:
    return [Paragraph(esc(title), styles().title), Paragraph(esc(subtitle), styles().subtitle)]






# ---- page furniture and rendering -------------------------------------------------------

HEX64 = re.compile(r"[0-9a-f]{64}")


def _furniture(c: Canvas, info: PrintInfo, title: str, page: int, total: int) -> None:
    lang = info.lang
    c.saveState()
    top = PAGE_H - 12 * mm
    c.setFont(BOLD, 7.5)
    c.setFillColor(MARK)
    c.drawString(MARGIN_X, top, tr("confidential", lang))
    c.setFont(REGULAR, 7.5)
    c.setFillColor(MUTED)
    c.drawRightString(PAGE_W - MARGIN_X, top, info.organisation)
    c.setFont(BOLD, 9.5)
    c.setFillColor(NAVY)
    c.drawString(MARGIN_X, top - 5 * mm, title)
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.8)
    c.line(MARGIN_X, top - 7.5 * mm, PAGE_W - MARGIN_X, top - 7.5 * mm)
    bottom = 12 * mm
    c.setStrokeColor(GRID)
    c.setLineWidth(0.5)
    c.line(MARGIN_X, bottom + 4 * mm, PAGE_W - MARGIN_X, bottom + 4 * mm)
    c.setFont(REGULAR, 7.5)
    c.setFillColor(MUTED)
    printed = tr("printed", lang, user=info.printed_by, when=fmt_datetime(info.printed_at))
    c.drawString(MARGIN_X, bottom, printed)
    c.setFont(BOLD, 7.5)
    c.drawRightString(PAGE_W - MARGIN_X, bottom, tr("page", lang, n=page, total=total))
    if page == total:
        c.setFont(REGULAR, 6.8)
        c.drawString(MARGIN_X, bottom - 3.8 * mm, tr("chain_head", lang, head=info.chain_head))
    c.restoreState()


def _canvas_maker(info: PrintInfo, title: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no types
        """Keeps every page until save(), so each can say "page N of M"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            stamp = self._doc._timeStamp  # the PDF creation date is the print time
            at = info.printed_at
            stamp.YMDhms = (at.year, at.month, at.day, at.hour, at.minute, at.second)
            offset = at.utcoffset()
            minutes = int(offset.total_seconds() // 60) if offset is not None else 0
            stamp.dhh, stamp.dmm = int(minutes / 60), abs(minutes) % 60
            mark_archival(self, title, info.organisation, at, info.lang)

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _furniture(self, info, title, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def render(story: list[Flowable], info: PrintInfo, title: str) -> bytes:
    """Lay out the story on A4 with the page furniture and return the PDF's bytes."""
    if not HEX64.fullmatch(info.chain_head):
        raise ValueError("chain_head must be 64 lowercase hex digits")
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=info.organisation, subject=title,
        creator="Resettle", producer="Resettle (ReportLab)", lang=info.lang,
        initialFontName=REGULAR,  # else every page names Helvetica, which is not embedded
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM,
                  id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build([*story, Spacer(1, 4), Paragraph(esc(tr("end", info.lang)), styles().end)],
              canvasmaker=_canvas_maker(info, title))
    return buffer.getvalue()
