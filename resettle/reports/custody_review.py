"""The custody review: everyone held on a date (from arrival on), most urgent first."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from resettle.domain.custody import CustodyStatus
from resettle.reports.charts import UrgencyBar, urgency_chart
from resettle.reports.data import CustodyReviewData, CustodyRow, PrintInfo
from resettle.reports.fonts import REGULAR
from resettle.reports.formatting import esc, fmt_date
from resettle.reports.i18n import code, tr
from resettle.reports.layout import render, styles
from resettle.reports.tables import kv_table, none_recorded, section, status_row_styles, table

CHART_ROWS = 15
_FLAG_SHORT = {"high_profile": "HP", "suicide_risk": "SR", "family_at_risk": "FR",
               "address_exposed": "AE", "health": "H", "other": "O"}  # every RiskFlag


def build_custody_review(data: CustodyReviewData, info: PrintInfo) -> bytes:
    """PDF bytes of the custody review in info.lang; rows are sorted by days left."""
    lang = info.lang
    title = f"{tr('title.custody_review', lang)} · {fmt_date(data.as_of)}"
    st = styles()
    # Only people held on the day: a clock that stopped warns about nothing.
    rows = sorted((r for r in data.rows if r.clock.status is not CustodyStatus.ENDED),
                  key=lambda r: (r.clock.days_left, r.clock.arrival_date, r.case_no))
    story: list[Flowable] = [
        Paragraph(esc(title), st.title),
        Paragraph(esc(tr("review_intro", lang, date=fmt_date(data.as_of))), st.subtitle),
    ]
    story += section(tr("totals", lang), _totals(rows, lang))
    if rows:
        bars = [UrgencyBar(r.case_no, r.clock.days_held, r.clock.limit, r.clock.status)
                for r in rows[:CHART_ROWS]]
        story += [Spacer(1, 4 * mm), urgency_chart(bars, lang)]
    story += section(tr("review_list", lang), _rows(rows, lang))
    story.append(Paragraph(esc(_flag_legend(lang)), st.small))
    return render(story, info, title)


def _totals(rows: list[CustodyRow], lang: str) -> list[Flowable]:
    counts = Counter(r.clock.status for r in rows)
    return [kv_table([
        (tr("count", lang), f"{len(rows):,}"),
        (code("custody", CustodyStatus.OVERDUE, lang), f"{counts[CustodyStatus.OVERDUE]:,}"),
        (code("custody", CustodyStatus.DUE, lang), f"{counts[CustodyStatus.DUE]:,}"),
        (code("custody", CustodyStatus.OK, lang), f"{counts[CustodyStatus.OK]:,}"),
    ], columns=4)]


def _rows(rows: list[CustodyRow], lang: str) -> list[Flowable]:
    if not rows:
        return [none_recorded(lang)]
    body = []
    for r in rows:
        c = r.clock
        extension = c.limit - c.rule.limit_days
        body.append([
            r.case_no, _fit(f"{r.name_hangul} {r.name_latin}", 30 * mm - 8),
            code("stage_short", r.stage, lang),
            fmt_date(c.arrival_date), str(c.days_held), str(c.rule.limit_days),
            f"+{extension}" if extension else "—", str(c.days_left),
            code("custody", c.status, lang), _fit(r.caseworker, 24 * mm - 8),
            " ".join(_FLAG_SHORT.get(str(f), "?") for f in r.flags),
        ])
    header = [tr("case_no", lang), tr("name", lang), tr("stage", lang), tr("arrival", lang),
              tr("days_held", lang), tr("limit", lang), tr("extension", lang),
              tr("days_left", lang), tr("status", lang), tr("caseworker", lang),
              tr("flags", lang)]
    widths = [20 * mm, 30 * mm, 14 * mm, 17 * mm, 11 * mm, 10 * mm, 11 * mm, 11 * mm, 14 * mm,
              24 * mm, 12 * mm]
    extra = status_row_styles([r.clock.status for r in rows], col=8)
    return [table(header, body, widths, right=[4, 5, 6, 7], wrap=False, font_size=7,
                  extra=extra)]


def _flag_legend(lang: str) -> str:
    parts = [f"{short} = {code('flag', flag, lang)}" for flag, short in _FLAG_SHORT.items()]
    return f"{tr('flags', lang)}: " + " · ".join(parts)


def _fit(text: str, width: float, size: float = 7) -> str:
    """Shorten plain-string cells (which do not wrap) to the column, with an ellipsis."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text + "…"
