"""Subject access: everything held about one person, for the person themself (in Korean by
default), built from the case summary's sections plus relatives, consents, disclosures,
documents, the retention date and who looked at the record."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from resettle.reports import case_summary as cs
from resettle.reports import legal_sections as legal
from resettle.reports.data import CaseSummaryData, PrintInfo
from resettle.reports.formatting import esc, fmt_date, fmt_datetime
from resettle.reports.i18n import tr
from resettle.reports.layout import NAVY, ZEBRA, render, styles
from resettle.reports.tables import banner, kv_table, none_recorded, section, table


@dataclass(frozen=True)
class RelativeLine:
    relation: str  # worded already (glossary)
    name: str
    birth_date: str
    location: str


@dataclass(frozen=True)
class ConsentLine:
    recipient: str
    recipient_name: str
    valid_from: date
    valid_until: date | None
    withdrawn_on: date | None
    form: str


@dataclass(frozen=True)
class DisclosureLine:
    disclosed_on: date
    recipient: str
    what: str


@dataclass(frozen=True)
class AccessLine:
    at: datetime
    who: str
    action: str


@dataclass(frozen=True)
class SubjectAccessData:
    summary: CaseSummaryData
    relatives: tuple[RelativeLine, ...]
    consents: tuple[ConsentLine, ...]
    disclosures: tuple[DisclosureLine, ...]
    documents: tuple[tuple[str, datetime], ...]
    retention: str  # "to be anonymised on …", worded already
    access: tuple[AccessLine, ...]


def build_subject_access(data: SubjectAccessData, info: PrintInfo) -> bytes:
    lang, ident = info.lang, data.summary.identity
    title = f"{tr('title.subject_access', lang)} · {ident.case_no}"
    st = styles()
    story: list[Flowable] = [
        Paragraph(esc(title), st.title),
        Paragraph(f"<b>{esc(ident.name_hangul)}</b> &nbsp;{esc(ident.name_latin)}", st.subtitle),
        banner(tr("subject_banner", lang), fg=NAVY, bg=ZEBRA),
        Paragraph(esc(tr("subject_withheld", lang)), st.small),
    ]
    story += section(tr("sec.identity", lang), cs._identity(ident, lang))
    story += section(tr("sec.chronology", lang), cs._chronology(data.summary, lang))
    if data.summary.custody is not None:
        story += section(tr("sec.custody", lang), cs._custody(data.summary.custody, lang))
    story += section(legal.words("sec.protection", lang),
                     legal.protection(data.summary.protection, lang))
    story += section(tr("sec.hearings", lang), legal.hearings(data.summary, lang))
    story += section(tr("sec.representation", lang), legal.representatives(data.summary, lang))
    story += section(tr("sec.programme", lang), cs._programme(data.summary.programme, lang))
    story += section(tr("sec.placement", lang), cs._placement(data.summary, lang))
    story += section(tr("sec.followups", lang), cs._follow_ups(data.summary, lang))
    story += section(tr("sec.notes", lang), cs._notes(data.summary, lang))
    story += section(tr("sec.relatives", lang), _relatives(data, lang))
    story += section(tr("sec.consents", lang), _consents(data, lang))
    story += section(tr("sec.disclosures", lang), _disclosures(data, lang))
    story += section(tr("sec.documents", lang), _documents(data, lang))
    story += section(tr("sec.retention", lang), [kv_table(
        [(tr("retention", lang), data.retention)], columns=1)])
    story += section(tr("sec.access_log", lang), _access(data, lang))
    return render(story, info, title)


def _relatives(data: SubjectAccessData, lang: str) -> list[Flowable]:
    if not data.relatives:
        return [none_recorded(lang)]
    return [table([tr("col.relation", lang), tr("col.name", lang), tr("birth_date", lang),
                   tr("col.location", lang)],
                  [[r.relation, r.name, r.birth_date or "—", r.location]
                   for r in data.relatives], [30 * mm, 50 * mm, 35 * mm, 50 * mm])]


def _consents(data: SubjectAccessData, lang: str) -> list[Flowable]:
    if not data.consents:
        return [none_recorded(lang)]
    return [table([tr("col.recipient", lang), tr("col.valid_from", lang),
                   tr("col.valid_until", lang), tr("col.withdrawn_on", lang),
                   tr("col.form", lang)],
                  [[" ".join(x for x in (c.recipient, c.recipient_name) if x),
                    fmt_date(c.valid_from), fmt_date(c.valid_until) or "—",
                    fmt_date(c.withdrawn_on) or "—", c.form or "—"] for c in data.consents],
                  [50 * mm, 25 * mm, 25 * mm, 25 * mm, 40 * mm])]


def _disclosures(data: SubjectAccessData, lang: str) -> list[Flowable]:
    if not data.disclosures:
        return [none_recorded(lang)]
    return [table([tr("col.date", lang), tr("col.recipient", lang), tr("col.what", lang)],
                  [[fmt_date(d.disclosed_on), d.recipient, d.what] for d in data.disclosures],
                  [30 * mm, 60 * mm, 75 * mm])]


def _documents(data: SubjectAccessData, lang: str) -> list[Flowable]:
    if not data.documents:
        return [none_recorded(lang)]
    return [table([tr("col.title", lang), tr("col.recorded", lang)],
                  [[t, fmt_datetime(at)] for t, at in data.documents], [110 * mm, 55 * mm])]


def _access(data: SubjectAccessData, lang: str) -> list[Flowable]:
    if not data.access:
        return [none_recorded(lang)]
    return [table([tr("col.when", lang), tr("col.who", lang), tr("col.action", lang)],
                  [[fmt_datetime(a.at), a.who, a.action] for a in data.access],
                  [45 * mm, 50 * mm, 70 * mm], wrap=False)]
