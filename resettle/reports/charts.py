"""Charts drawn with reportlab.graphics: the custody clock bar, urgency bars and bar charts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from resettle.domain.custody import CustodyStatus
from resettle.reports.fonts import BOLD, REGULAR
from resettle.reports.i18n import tr
from resettle.reports.layout import CONTENT_W, GRID, INK, MUTED, NAVY, RED

BAR_OK = colors.HexColor("#4F7CAC")
BAR_DUE = colors.HexColor("#E0A526")
BAR_OVERDUE = RED
SERIES = (colors.HexColor("#4F7CAC"), colors.HexColor("#C9824A"), colors.HexColor("#8FA9C7"))
_FILL = {CustodyStatus.OK: BAR_OK, CustodyStatus.DUE: BAR_DUE, CustodyStatus.OVERDUE: BAR_OVERDUE,
         CustodyStatus.ENDED: MUTED}  # a stopped clock: no warning colour


@dataclass(frozen=True)
class UrgencyBar:
    label: str
    days_held: int
    limit: int
    status: CustodyStatus


def _step(top: int) -> int:
    for step in (10, 30, 60, 90, 180, 365):
        if top / step <= 8:
            return step
    return 730


def clock_bar(days_held: int, base_limit: int, limit: int, status: CustodyStatus,
              lang: str) -> Drawing:
    """One bar: days held against the limit, the base limit and any extension marked."""
    width, height, left = CONTENT_W, 44.0, 4.0
    top = max(days_held, limit) * 1.08
    scale = (width - 2 * left) / top
    d = Drawing(width, height, initialFontName=REGULAR)  # else its state names Helvetica
    y, bar_h = 16.0, 14.0
    d.add(Rect(left, y, limit * scale, bar_h, fillColor=colors.HexColor("#EDF1F6"),
               strokeColor=GRID, strokeWidth=0.5))
    d.add(Rect(left, y + 3, days_held * scale, bar_h - 6, fillColor=_FILL[status],
               strokeColor=None))
    for mark in sorted({base_limit, limit}):
        text = str(mark)
        x = left + mark * scale
        d.add(Line(x, y - 3, x, y + bar_h + 3, strokeColor=INK, strokeWidth=1.2))
        d.add(String(x, y - 11, text, fontName=REGULAR, fontSize=7, fillColor=MUTED,
                     textAnchor="middle"))
    held_x = left + days_held * scale
    d.add(String(min(held_x, width - 60), y + bar_h + 5,
                 f"{tr('legend.held', lang)}: {tr('days', lang, n=days_held)}",
                 fontName=BOLD, fontSize=7.5, fillColor=INK, textAnchor="middle"))
    d.add(String(left, y - 11, "0", fontName=REGULAR, fontSize=7, fillColor=MUTED))
    return d


def urgency_chart(bars: Sequence[UrgencyBar], lang: str) -> Drawing:
    """Horizontal bars of days held, each with its limit as a black tick, most urgent first."""
    row_h, label_w, top_pad, bottom_pad = 11.0, 70.0, 22.0, 20.0
    width = CONTENT_W
    height = top_pad + bottom_pad + row_h * len(bars)
    d = Drawing(width, height, initialFontName=REGULAR)  # else its state names Helvetica
    title = tr("chart.days_held", lang, n=len(bars))
    d.add(String(0, height - 10, title, fontName=BOLD, fontSize=8.5, fillColor=NAVY))
    top = max([max(b.days_held, b.limit) for b in bars] + [1]) * 1.05
    plot_w = width - label_w - 10
    scale = plot_w / top
    base_y = bottom_pad
    step = _step(int(top))
    for tick in range(0, int(top) + 1, step):
        x = label_w + tick * scale
        d.add(Line(x, base_y, x, height - top_pad + 4, strokeColor=GRID, strokeWidth=0.4))
        d.add(String(x, base_y - 10, str(tick), fontName=REGULAR, fontSize=6.5,
                     fillColor=MUTED, textAnchor="middle"))
    for i, bar in enumerate(bars):
        y = height - top_pad - (i + 1) * row_h
        d.add(String(label_w - 4, y + 3.5, bar.label, fontName=REGULAR, fontSize=6.8,
                     fillColor=INK, textAnchor="end"))
        d.add(Rect(label_w, y + 2.5, bar.days_held * scale, row_h - 5,
                   fillColor=_FILL[bar.status], strokeColor=None))
        lx = label_w + bar.limit * scale
        d.add(Line(lx, y + 0.5, lx, y + row_h - 0.5, strokeColor=INK, strokeWidth=1.4))
    legend = [(BAR_OK, tr("custody.ok", lang)), (BAR_DUE, tr("custody.due", lang)),
              (BAR_OVERDUE, tr("custody.overdue", lang))]
    x = label_w
    for colour, text in legend:
        d.add(Rect(x, 1, 8, 6, fillColor=colour, strokeColor=None))
        d.add(String(x + 11, 1.5, text, fontName=REGULAR, fontSize=7, fillColor=INK))
        x += 20 + stringWidth(text, REGULAR, 7)
    d.add(Line(x, 0, x, 8, strokeColor=INK, strokeWidth=1.4))
    d.add(String(x + 4, 1.5, tr("legend.limit", lang), fontName=REGULAR, fontSize=7,
                 fillColor=INK))
    return d


def bar_chart(title: str, categories: Sequence[str], series: Sequence[Sequence[float]],
              names: Sequence[str] = (), width: float = CONTENT_W,
              height: float = 150.0) -> Drawing:
    """Vertical bars, one colour per series, with a title and (several series) a legend."""
    d = Drawing(width, height, initialFontName=REGULAR)  # else its state names Helvetica
    d.add(String(0, height - 10, title, fontName=BOLD, fontSize=8.5, fillColor=NAVY))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 22
    chart.width = width - 40 - (90 if len(series) > 1 else 0)
    chart.height = height - 50
    chart.data = [list(s) for s in series]
    chart.categoryAxis.categoryNames = list(categories)
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize, axis.fillColor = REGULAR, 7, INK
    top = max([max(s) if s else 0 for s in series] + [1])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.valueStep = max(1, _nice(top * 1.15 / 5))
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.strokeColor = chart.categoryAxis.strokeColor = MUTED
    chart.barSpacing, chart.groupSpacing = 1, 6
    for i in range(len(series)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = REGULAR, 6.5
    chart.barLabels.nudge, chart.barLabels.fillColor = 6, MUTED
    d.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = width - 80, height - 30
        legend.fontName, legend.fontSize = REGULAR, 7.5
        legend.colorNamePairs = [(SERIES[i % len(SERIES)], n) for i, n in enumerate(names)]
        legend.dx = legend.dy = 7
        legend.alignment = "right"
        d.add(legend)
    return d


def _nice(value: float) -> float:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= step:
            return step
    return round(value, -3)
