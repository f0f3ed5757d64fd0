"""The group report: everyone who arrived together, and where each of them stands."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from resettle.reports.data import GroupData, GroupMember, PrintInfo
from resettle.reports.formatting import esc, fmt_date
from resettle.reports.i18n import code, tr
from resettle.reports.layout import render, styles
from resettle.reports.tables import kv_table, none_recorded, section, status_para, table


def build_group(data: GroupData, info: PrintInfo) -> bytes:
    """PDF bytes of the group report in info.lang; members in case-number order."""
    lang = info.lang
    title = f"{tr('title.group', lang)} · {data.code}"
    st = styles()
    stages = Counter(m.stage for m in data.members)
    by_stage = ", ".join(f"{code('stage', s, lang)} {n}" for s, n in stages.most_common())
    sexes = Counter(m.sex for m in data.members)
    by_sex = ", ".join(f"{code('sex', s, lang)} {n}" for s, n in sorted(sexes.items()))
    story: list[Flowable] = [
        Paragraph(esc(title), st.title),
        Paragraph(esc(tr("group_intro", lang, n=len(data.members))), st.subtitle),
        kv_table([(tr("group_code", lang), data.code),
                  (tr("arrival_date", lang), fmt_date(data.arrival_date)),
                  (tr("kind", lang), code("group_kind", data.kind, lang)),
                  (tr("description", lang), data.description or "—"),
                  (tr("member_count", lang), f"{len(data.members)} ({by_sex})"),
                  (tr("stage", lang), by_stage or "—")]),
        Spacer(1, 2 * mm),
    ]
    story += section(tr("members", lang), _members(data.members, lang))
    return render(story, info, title)


def _members(members: tuple[GroupMember, ...], lang: str) -> list[Flowable]:
    if not members:
        return [none_recorded(lang)]
    st = styles()
    rows: list[list[str | Flowable]] = []
    for m in sorted(members, key=lambda m: m.case_no):
        clock = m.clock
        rows.append([
            m.case_no,
            Paragraph(f"{esc(m.name_hangul)}<br/>{esc(m.name_latin)}", st.cell),
            code("sex", m.sex, lang), m.birth_date, code("stage", m.stage, lang),
            fmt_date(m.stage_date),
            f"{clock.days_held} / {clock.limit}" if clock else "—",
            status_para(clock.status, lang) if clock else "—",
            m.region or "—",
        ])
    header = [tr("case_no", lang), tr("name", lang), tr("sex", lang), tr("birth_date", lang),
              tr("stage", lang), tr("stage_date", lang), tr("held_limit", lang),
              tr("status", lang), tr("region", lang)]
    widths = [24 * mm, 27 * mm, 10 * mm, 17 * mm, 25 * mm, 19 * mm, 17 * mm, 16 * mm, 19 * mm]
    return [table(header, rows, widths, right=[6])]
