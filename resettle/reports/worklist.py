"""The printed worklist (a caseworker's or the office's open items) and the iCalendar export.

Neither carries a person's name: items name their case number and kind only, and the
calendar can leave the case number out too (the `calendar_case_numbers` setting).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from resettle.i18n import glossary
from resettle.reports.data import PrintInfo
from resettle.reports.formatting import esc, fmt_date
from resettle.reports.i18n import tr
from resettle.reports.layout import render, styles
from resettle.reports.tables import kv_table, none_recorded, section, table

BUCKETS = ("overdue", "today", "week", "later")


@dataclass(frozen=True)
class WorklistData:
    as_of: date
    scope: str  # the caseworker's user name, or "office"
    office: bool
    items: tuple[Any, ...]  # services.worklist.WorkItem (open items)


def build_worklist(data: WorklistData, info: PrintInfo) -> bytes:
    """PDF bytes of the worklist in info.lang: totals by bucket, then the items."""
    lang = info.lang
    st = styles()
    title = f"{tr('title.worklist', lang)} · {fmt_date(data.as_of)}"
    intro = (tr("worklist_intro_office", lang, date=fmt_date(data.as_of)) if data.office else
             tr("worklist_intro_user", lang, user=data.scope, date=fmt_date(data.as_of)))
    story: list[Flowable] = [Paragraph(esc(title), st.title), Paragraph(esc(intro), st.subtitle)]
    counts = Counter(i.bucket for i in data.items)
    story += section(tr("totals", lang), [kv_table(
        [(glossary.term(f"work_bucket.{b}", lang), f"{counts[b]:,}") for b in BUCKETS],
        columns=4)])
    story += section(tr("title.worklist", lang), _rows(data.items, lang, data.office))
    return render(story, info, title)


def _rows(items: Sequence[Any], lang: str, office: bool) -> list[Flowable]:
    if not items:
        return [none_recorded(lang)]
    header = [tr("case_no", lang), glossary.term("field.item_id", lang),
              glossary.term("field.due", lang), tr("status", lang),
              tr("worklist_days_late", lang), tr("caseworker", lang)]
    body = [[i.case_no or "—", glossary.term(f"work_kind.{i.kind}", lang), fmt_date(i.due),
             glossary.term(f"work_bucket.{i.bucket}", lang)
             + (f" · {tr('worklist_escalated', lang)}" if i.escalated else ""),
             str(i.days_late) if i.days_late else "", i.assignee] for i in items]
    widths = [24 * mm, 58 * mm, 20 * mm, 30 * mm, 16 * mm, 26 * mm]
    return [table(header, body, widths, right=[4])]


def build_ical(items: Sequence[Any], as_of: date, *, with_case_numbers: bool,
               lang: str = "ko") -> bytes:
    """An iCalendar file of all-day events, one per item: the summary is the kind of item
    and, by the setting, the case number; the UID is the item's stable id (hashed when case
    numbers are left out, so the id does not carry them either)."""
    import hashlib

    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Resettle//worklist//EN")
    cal.add("version", "2.0")
    seen: set[str] = set()
    for i in items:
        if i.id in seen:
            continue
        seen.add(i.id)
        kind = glossary.term(f"work_kind.{i.kind}", lang)
        event = Event()
        uid = i.id if with_case_numbers else hashlib.sha256(i.id.encode()).hexdigest()[:32]
        event.add("uid", f"{uid}@resettle")
        event.add("summary", f"{i.case_no} {kind}" if with_case_numbers and i.case_no
                  else kind)
        day = i.due if i.due >= as_of else as_of  # overdue items show on the day of export
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("dtstamp", as_of)
        event.add("categories", [i.kind])
        cal.add_component(event)
    return bytes(cal.to_ical())
