"""The statistics report: arrivals, stages, custody durations, exclusions and follow-ups.

Aggregates only: StatisticsData carries counts and durations, never a name or case number.
"""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from resettle.domain.stages import ExclusionGround, Stage
from resettle.reports.charts import bar_chart
from resettle.reports.data import PrintInfo, StatisticsData
from resettle.reports.fonts import BOLD
from resettle.reports.formatting import esc, fmt_date, fmt_hours
from resettle.reports.i18n import code, tr
from resettle.reports.layout import render, styles
from resettle.reports.tables import kv_table, none_recorded, section, table

UNKNOWN_BAND = "unknown"  # the age band of people whose birth date is not known
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def build_statistics(data: StatisticsData, info: PrintInfo) -> bytes:
    """PDF bytes of the statistics report in info.lang."""
    lang = info.lang
    years = sorted({a.year for a in data.arrivals} | {c.year for c in data.custody_years})
    if data.year is not None:
        period = str(data.year)
    elif years:
        period = f"{years[0]}–{years[-1]}"
    else:
        period = tr("all_years", lang)
    title = f"{tr('title.statistics', lang)} · {period}"
    st = styles()
    total = sum(a.count for a in data.arrivals)
    story: list[Flowable] = [
        Paragraph(esc(title), st.title),
        Paragraph(esc(tr("stats_intro", lang)), st.subtitle),
        kv_table([(tr("period", lang), period), (tr("as_of", lang), fmt_date(data.as_of)),
                  (tr("arrivals_total", lang), f"{total:,}"),
                  (tr("overdue_count", lang), f"{data.follow_ups_overdue:,}"),
                  (tr("due_count", lang), f"{data.follow_ups_due:,}")]),
        Paragraph(esc(tr("basis.summary", lang)), st.small),
    ]
    # Each table says what it counts by (one basis: the arrival date).
    for key, basis, body in (("sec.arrivals", "basis.arrivals", _arrivals),
                             ("sec.sex_age", "basis.sex_age", _sex_age),
                             ("sec.stages", "basis.stages", _stages),
                             ("sec.custody_years", "basis.custody", _custody),
                             ("sec.exclusions", "basis.exclusions", _exclusions)):
        story += section(tr(key, lang), [Paragraph(esc(tr(basis, lang)), st.small),
                                         *body(data, lang)])
    return render(story, info, title)


def _month(m: int, lang: str) -> str:
    return f"{m}월" if lang == "ko" else _MONTHS_EN[m - 1]


def _arrivals(data: StatisticsData, lang: str) -> list[Flowable]:
    if not data.arrivals:
        return [none_recorded(lang)]
    grid: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for a in data.arrivals:
        grid[a.year][a.month] += a.count
    years = sorted(grid)
    if len(years) == 1:
        y = years[0]
        chart = bar_chart(tr("chart.arrivals_month", lang, year=y),
                          [_month(m, lang) for m in range(1, 13)],
                          [[grid[y][m] for m in range(1, 13)]])
    else:
        chart = bar_chart(tr("chart.arrivals_year", lang), [str(y) for y in years],
                          [[sum(grid[y].values()) for y in years]])
    header = [tr("year", lang), *(_month(m, lang) for m in range(1, 13)), tr("total", lang)]
    rows = [[str(y), *(f"{grid[y][m]:,}" for m in range(1, 13)), f"{sum(grid[y].values()):,}"]
            for y in years]
    widths = [14 * mm] + [11.5 * mm] * 12 + [22 * mm]
    return [chart, Spacer(1, 2 * mm),
            table(header, rows, widths, right=list(range(1, 14)), wrap=False, font_size=7.5)]


def _sex_age(data: StatisticsData, lang: str) -> list[Flowable]:
    bands = data.by_sex_and_age
    if not bands:
        return [none_recorded(lang)]
    rows = [[_band(b.band, lang), f"{b.female:,}", f"{b.male:,}", f"{b.other:,}",
             f"{b.female + b.male + b.other:,}"] for b in bands]
    rows.append([tr("total", lang), *(f"{sum(v):,}" for v in (
        [b.female for b in bands], [b.male for b in bands], [b.other for b in bands],
        [b.female + b.male + b.other for b in bands]))])
    chart = bar_chart(tr("chart.sex_age", lang), [_band(b.band, lang) for b in bands],
                      [[b.female for b in bands], [b.male for b in bands]],
                      [tr("female", lang), tr("male", lang)])
    t = table([tr("age_band", lang), tr("female", lang), tr("male", lang),
               tr("other_sex", lang), tr("total", lang)], rows,
              [54 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm], right=[1, 2, 3, 4], wrap=False,
              extra=[("FONT", (0, -1), (-1, -1), BOLD)])
    return [chart, Spacer(1, 2 * mm), t]


def _band(label: str, lang: str) -> str:
    """An age band's label; the row of unknown birth dates in words."""
    return tr("age_unknown", lang) if label == UNKNOWN_BAND else label


def _stages(data: StatisticsData, lang: str) -> list[Flowable]:
    stages = [s for s in Stage if s in data.stage_counts]
    if not stages:
        return [none_recorded(lang)]
    rows = [[code("stage", s, lang), f"{data.stage_counts[s]:,}"] for s in stages]
    return [table([tr("stage", lang), tr("cases", lang)], rows, [120 * mm, 54 * mm],
                  right=[1], wrap=False)]


def _custody(data: StatisticsData, lang: str) -> list[Flowable]:
    years = sorted(data.custody_years, key=lambda c: c.year)
    if not years:
        return [none_recorded(lang)]
    rows = [[str(c.year), f"{c.cases:,}", fmt_hours(c.median_days), f"{c.longest_days:,}",
             f"{c.extensions_granted:,}"] for c in years]
    chart = bar_chart(tr("chart.custody", lang), [str(c.year) for c in years],
                      [[c.median_days for c in years], [c.longest_days for c in years]],
                      [tr("median", lang), tr("longest", lang)])
    return [chart, Spacer(1, 2 * mm),
            table([tr("year", lang), tr("cases", lang), tr("median", lang), tr("longest", lang),
                   tr("extensions_granted", lang)], rows,
                  [34 * mm, 35 * mm, 35 * mm, 35 * mm, 35 * mm], right=[1, 2, 3, 4], wrap=False)]


def _exclusions(data: StatisticsData, lang: str) -> list[Flowable]:
    grounds = [g for g in ExclusionGround if g in data.exclusions]
    if not grounds:
        return [none_recorded(lang)]
    rows = [[code("ground", g, lang), f"{data.exclusions[g]:,}"] for g in grounds]
    rows.append([tr("total", lang), f"{sum(data.exclusions.values()):,}"])
    return [table([tr("ground", lang), tr("cases", lang)], rows, [120 * mm, 54 * mm],
                  right=[1], wrap=False, extra=[("FONT", (0, -1), (-1, -1), BOLD)])]
