"""Table helpers: data tables with a repeated header and zebra rows, label/value grids,
boxed notices and section headings."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from resettle.domain.custody import CustodyStatus
from resettle.reports.fonts import BOLD, REGULAR
from resettle.reports.formatting import esc
from resettle.reports.i18n import code, tr
from resettle.reports.layout import (
    AMBER,
    AMBER_BG,
    CONTENT_W,
    GRID,
    HEAD_BG,
    INK,
    MARK,
    NAVY,
    RED,
    RED_BG,
    ZEBRA,
    styles,
)

Cell: TypeAlias = str | Flowable

# A date (or year-month, year, date and time) and a case, group or cohort number are never
# broken over two lines: "2000-02-0 / 5" in a birth-date column misreads as another date.
_WHOLE = re.compile(r"\d{4}(-\d{2}){0,2}( \d{2}:\d{2})?|[A-Z]{1,2}-\d{4}-\d{2,5}")
_PADDING = 4 + 4 + 1  # left and right padding of a cell, and a point to spare


def _whole(cell: Cell) -> bool:
    return isinstance(cell, str) and _WHOLE.fullmatch(cell) is not None


def _column_widths(rows: Sequence[Sequence[Cell]], widths: Sequence[float],
                   font_size: float) -> list[float]:
    """`widths`, each column widened to hold its longest date on one line; the other
    columns give up the room (all are scaled down when the table is wider than the page)."""
    whole: dict[int, set[str]] = {}
    for row in rows:
        for i, c in enumerate(row):
            if isinstance(c, str) and _whole(c):
                whole.setdefault(i, set()).add(c)
    fixed = {i: max(widths[i], max(stringWidth(c, REGULAR, font_size) for c in texts)
                    + _PADDING) for i, texts in whole.items()}
    flexible = sum(w for i, w in enumerate(widths) if i not in fixed)
    room = CONTENT_W - sum(fixed.values())
    scale = min(1.0, room / flexible) if flexible and flexible > room else 1.0
    if not flexible and sum(fixed.values()) > CONTENT_W:
        scale = CONTENT_W / sum(fixed.values())
        return [w * scale for w in fixed.values()]
    return [fixed.get(i, w * scale) for i, w in enumerate(widths)]


def heading(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().h2)


def banner(text: str, fg: colors.Color = MARK, bg: colors.Color = RED_BG) -> Table:
    """A boxed, full-width notice (e.g. the redaction statement)."""
    style = ParagraphStyle("banner_c", styles().banner, textColor=fg)
    box = Table([[Paragraph(esc(text), style)]], colWidths=[CONTENT_W])
    box.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR),  # no standard font (PDF/A)
                             ("BACKGROUND", (0, 0), (-1, -1), bg),
                             ("BOX", (0, 0), (-1, -1), 0.8, fg),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def none_recorded(lang: str) -> Paragraph:
    return Paragraph(esc(tr("none", lang)), styles().small)


def table(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float],
          *, right: Sequence[int] = (), wrap: bool = True, font_size: float = 8,
          extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A data table: shaded header repeated on each page, light grid, zebra rows.

    wrap=True turns string cells into Paragraphs (they wrap); wrap=False keeps plain
    strings, which is much faster for long tables of short values."""
    st = styles()
    head_right = ParagraphStyle("cell_head_r", st.cell_head, alignment=TA_RIGHT)
    cell_right = ParagraphStyle("cell_r", st.cell, alignment=TA_RIGHT)
    head: list[Cell] = [Paragraph(esc(h).replace("\n", "<br/>"),
                                  head_right if i in right else st.cell_head)
                        for i, h in enumerate(header)]
    body: list[list[Cell]] = [
        [Paragraph(esc(c), cell_right if i in right else st.cell)
         if wrap and isinstance(c, str) and not _whole(c) else c for i, c in enumerate(row)]
        for row in rows]
    left, right_cell = _cell_styles(font_size)
    cells = [[(right_cell if c in right else left)(f"{r},{c}") for c in range(len(widths))]
             for r in range(len(body) + 1)]
    t = Table([head, *body], colWidths=_column_widths(rows, widths, font_size), repeatRows=1,
              cellStyles=cells)
    cmds: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, GRID),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    t.setStyle(TableStyle([*cmds, *extra]))
    return t


def _cell_styles(font_size: float) -> tuple[type[CellStyle], type[CellStyle]]:
    """Every cell's font, colour, alignment and padding as the defaults of a CellStyle
    class: ReportLab applies a style command cell by cell, which for 1,000 rows was 80,000
    calls, the largest part of the custody review's build."""
    look = {"fontname": REGULAR, "fontsize": font_size, "leading": font_size + 2.5,
            "color": INK, "valign": "TOP", "topPadding": 2.5, "bottomPadding": 2.5,
            "leftPadding": 4, "rightPadding": 4}
    left = type("Cell", (CellStyle,), look)
    return left, type("RightCell", (left,), {"alignment": "RIGHT"})


def kv_table(pairs: Sequence[tuple[str, Cell]], columns: int = 2) -> Table:
    """Label/value pairs laid out in `columns` pairs per row, labels shaded."""
    st = styles()
    cells = [(Paragraph(esc(k), st.cell_head),
              Paragraph(esc(v), st.cell) if isinstance(v, str) else v) for k, v in pairs]
    rows: list[list[Cell]] = []
    for i in range(0, len(cells), columns):
        chunk = cells[i:i + columns]
        chunk += [(Paragraph("", st.cell), Paragraph("", st.cell))] * (columns - len(chunk))
        rows.append([c for pair in chunk for c in pair])
    label_w = 30 * mm if columns > 1 else 40 * mm
    value_w = CONTENT_W / columns - label_w
    t = Table(rows, colWidths=[label_w, value_w] * columns)
    cmds: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), REGULAR),  # no standard font
                                   ("GRID", (0, 0), (-1, -1), 0.25, GRID),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    cmds += [("BACKGROUND", (2 * c, 0), (2 * c, -1), ZEBRA) for c in range(columns)]
    t.setStyle(TableStyle(cmds))
    return t


def section(title: str, body: Flowable | Sequence[Flowable]) -> list[Flowable]:
    """A heading that starts a new page when less than 35 mm are left, then its body."""
    items = list(body) if isinstance(body, Sequence) else [body]
    return [CondPageBreak(35 * mm), heading(title), *items]


def status_para(status: CustodyStatus, lang: str) -> Paragraph:
    """A custody status in words: overdue in red, due in amber, both bold."""
    text = esc(code("custody", status, lang))
    if status is CustodyStatus.OVERDUE:
        text = f'<font color="{RED.hexval()}"><b>{text}</b></font>'
    elif status is CustodyStatus.DUE:
        text = f'<font color="{AMBER.hexval()}"><b>{text}</b></font>'
    return Paragraph(text, styles().cell)


def status_row_styles(statuses: Sequence[CustodyStatus], col: int,
                      first_row: int = 1) -> list[tuple[Any, ...]]:
    """Plain-string tables: colour the status cell and tint the row of overdue/due people.
    One command per run of equal statuses: ReportLab re-applies every command each time a
    long table splits across pages, so per-row commands made 1,000 rows quadratic."""
    looks = {CustodyStatus.OVERDUE: (RED_BG, RED), CustodyStatus.DUE: (AMBER_BG, AMBER)}
    cmds: list[tuple[Any, ...]] = []
    row = first_row
    for status, run in itertools.groupby(statuses):
        last = row + len(list(run)) - 1
        if status in looks:
            background, ink = looks[status]
            cmds += [("BACKGROUND", (0, row), (-1, last), background),
                     ("TEXTCOLOR", (col, row), (col, last), ink),
                     ("FONT", (col, row), (col, last), BOLD)]
        row = last + 1
    return cmds
