"""The programme cohort: members' attendance hours per module against the hours required."""

from __future__ import annotations

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from resettle.domain.programme import Module
from resettle.reports.data import CohortData, CohortMember, PrintInfo
from resettle.reports.formatting import esc, fmt_date, fmt_hours
from resettle.reports.i18n import code, tr
from resettle.reports.layout import AMBER, render, styles
from resettle.reports.tables import kv_table, none_recorded, section, table


def build_cohort(data: CohortData, info: PrintInfo) -> bytes:
    """PDF bytes of the cohort report in info.lang."""
    lang = info.lang
    title = f"{tr('title.cohort', lang)} · {data.code}"
    st = styles()
    modules = [m for m in Module if m in data.required]
    complete = sum(1 for m in data.members if _complete(m, data, modules))
    story: list[Flowable] = [
        Paragraph(esc(title), st.title),
        Paragraph(esc(tr("cohort_intro", lang)), st.subtitle),
        kv_table([(tr("cohort", lang), data.code), (tr("member_count", lang),
                                                   f"{len(data.members):,}"),
                  (tr("start", lang), fmt_date(data.start)),
                  (tr("members_complete", lang), f"{complete:,}"),
                  (tr("expected_end", lang), fmt_date(data.expected_end)),
                  (tr("required", lang), _h(sum(data.required.values()), lang))]),
        Spacer(1, 2 * mm),
    ]
    story += section(tr("members", lang), _members(data, modules, lang))
    story += section(tr("module_summary", lang), _modules(data, modules, lang))
    return render(story, info, title)


def _h(hours: float, lang: str) -> str:
    return tr("hours", lang, n=fmt_hours(hours))


def _complete(m: CohortMember, data: CohortData, modules: list[Module]) -> bool:
    return m.completed_on is not None or all(
        m.hours.get(mod, 0.0) >= data.required[mod] for mod in modules)


def _members(data: CohortData, modules: list[Module], lang: str) -> list[Flowable]:
    if not data.members:
        return [none_recorded(lang)]
    st = styles()
    right = ParagraphStyle("cell_r", st.cell, alignment=TA_RIGHT)
    header = [tr("case_no", lang), tr("name", lang)]
    header += [f"{code('module_short', m, lang)}\n({fmt_hours(data.required[m])})"
               for m in modules]
    header += [tr("total", lang), tr("completion", lang)]
    total_required = sum(data.required[m] for m in modules) or 1.0
    rows: list[list[str | Flowable]] = []
    for member in sorted(data.members, key=lambda m: m.case_no):
        cells: list[str | Flowable] = [
            member.case_no,
            Paragraph(f"{esc(member.name_hangul)}<br/>{esc(member.name_latin)}", st.cell)]
        for m in modules:
            hours = member.hours.get(m, 0.0)
            text = fmt_hours(hours)
            if hours < data.required[m]:
                text = f'<font color="{AMBER.hexval()}"><b>{text}</b></font>'
            cells.append(Paragraph(text, right))
        attended = sum(min(member.hours.get(m, 0.0), data.required[m]) for m in modules)
        if _complete(member, data, modules):
            status = f"{tr('complete', lang)}<br/>{fmt_date(member.completed_on)}" \
                if member.completed_on else tr("complete", lang)
        else:
            status = f"{attended / total_required:.0%}"
        cells += [fmt_hours(sum(member.hours.get(m, 0.0) for m in modules)),
                  Paragraph(status, st.cell)]
        rows.append(cells)
    widths = [24 * mm, 22 * mm] + [15.5 * mm] * len(modules) + [13 * mm, 20 * mm]
    return [table(header, rows, widths, right=list(range(2, 3 + len(modules))))]


def _modules(data: CohortData, modules: list[Module], lang: str) -> list[Flowable]:
    n = len(data.members) or 1
    rows = []
    for m in modules:
        got = [member.hours.get(m, 0.0) for member in data.members]
        done = sum(1 for h in got if h >= data.required[m])
        rows.append([code("module", m, lang), fmt_hours(data.required[m]),
                     fmt_hours(sum(got) / n), f"{done} / {len(data.members)}"])
    return [table([tr("module", lang), tr("required", lang), tr("average", lang),
                   tr("members_complete", lang)], rows, [94 * mm, 24 * mm, 24 * mm, 32 * mm],
                  right=[1, 2, 3])]
