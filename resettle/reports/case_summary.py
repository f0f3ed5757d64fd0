"""The case summary: identity, chronology, custody clock and record, full or redacted."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from resettle.reports import legal_sections as legal
from resettle.reports.charts import clock_bar
from resettle.reports.data import (
    CaseSummaryData,
    CustodySection,
    EntryState,
    Identity,
    PrintInfo,
    ProgrammeRecord,
)
from resettle.reports.formatting import esc, fmt_date, fmt_datetime, fmt_days, fmt_hours, fmt_won
from resettle.reports.i18n import code, tr
from resettle.reports.layout import MUTED, NAVY, ZEBRA, render, styles
from resettle.reports.tables import banner, kv_table, none_recorded, section, status_para, table


def build_case_summary(data: CaseSummaryData, info: PrintInfo) -> bytes:
    """PDF bytes of the case summary in info.lang; a redacted copy never prints restricted data."""
    lang, ident = info.lang, data.identity
    title = f"{tr('title.case_summary', lang)} · {ident.case_no}"
    st = styles()
    story: list[Flowable] = [
        Paragraph(esc(title), st.title),
        Paragraph(f"<b>{esc(ident.name_hangul)}</b> &nbsp;{esc(ident.name_latin)}", st.subtitle),
    ]
    if data.legal_only:  # in both languages: the paper may be handed on to a court
        story.append(banner(" / ".join(legal.words("legal_only_banner", x)
                                       for x in legal.both(lang))))
    elif data.redacted:
        story.append(banner(tr("redacted_banner", lang)))
    else:
        story.append(banner(tr("full_banner", lang), fg=NAVY, bg=ZEBRA))
    story += section(tr("sec.identity", lang), _identity(ident, lang))
    story += section(tr("sec.chronology", lang), _chronology(data, lang))
    if data.voided:
        story += section(legal.words("sec.voided", lang), legal.voided(data, lang))
    if data.custody is not None:
        story += section(tr("sec.custody", lang), _custody(data.custody, lang))
    if data.refused_extensions:
        story += section(legal.words("sec.refused_extensions", lang),
                         legal.refused(data.refused_extensions, lang))
    story += section(legal.words("sec.protection", lang), legal.protection(data.protection, lang))
    story += section(tr("sec.hearings", lang), legal.hearings(data, lang))
    story += section(tr("sec.representation", lang), legal.representatives(data, lang))
    story += section(tr("sec.powers", lang), legal.powers(data, lang))
    if data.legal_only:  # defence in depth: never the personal parts, even if given
        return render(story, info, title)
    story += section(tr("sec.programme", lang), _programme(data.programme, lang))
    story += section(tr("sec.placement", lang), _placement(data, lang))
    story += section(tr("sec.followups", lang), _follow_ups(data, lang))
    story += section(tr("sec.notes", lang), _notes(data, lang))
    if not data.redacted:  # defence in depth: never trust the caller to have removed them
        story += section(tr("sec.screening", lang), _screening(data, lang))
        story += section(tr("sec.rewards", lang), _rewards(data, lang))
    return render(story, info, title)


def _birth(text: str, lang: str) -> str:
    parts = text.count("-")
    if parts == 0:
        return f"{text} ({tr('precision.year', lang)})"
    if parts == 1:
        return f"{text} ({tr('precision.month', lang)})"
    return text


def _identity(ident: Identity, lang: str) -> list[Flowable]:
    flags = ", ".join(code("flag", f, lang) for f in ident.flags) or "—"
    pairs = [
        (tr("case_no", lang), ident.case_no), (tr("caseworker", lang), ident.caseworker or "—"),
        (tr("name_hangul", lang), ident.name_hangul), (tr("name_latin", lang), ident.name_latin),
        (tr("birth_date", lang), _birth(ident.birth_date, lang)),
        (tr("sex", lang), code("sex", ident.sex, lang)),
        (tr("origin", lang), ident.origin or "—"),
        (tr("arrival", lang), fmt_date(ident.arrival_date)),
        (tr("route", lang), ident.route or "—"), (tr("group", lang), ident.group_code or "—"),
        (tr("flags", lang), flags),
    ]
    out: list[Flowable] = [kv_table(pairs)]
    if ident.former_names:
        rows = [[f.hangul, f.latin, fmt_date(f.used_until)] for f in ident.former_names]
        out += [Spacer(1, 3 * mm), table(
            [tr("former_names", lang) + " — " + tr("name_hangul", lang), tr("name_latin", lang),
             tr("used_until", lang)], rows, [60 * mm, 70 * mm, 44 * mm])]
    return out


def _chronology(data: CaseSummaryData, lang: str) -> list[Flowable]:
    if not data.stages:
        return [none_recorded(lang)]
    rows = []
    for e in sorted(data.stages, key=lambda e: (e.effective_date, e.recorded_at)):
        stage = esc(code("stage", e.stage, lang))
        if e.exclusion_ground is not None:
            stage += f"<br/>({esc(code('ground', e.exclusion_ground, lang))})"
        remark = esc(e.remark)
        cells = [fmt_date(e.effective_date), stage, esc(e.recorded_by),
                 fmt_datetime(e.recorded_at)]
        if e.state is not EntryState.VALID:
            key = "corrected" if e.state is EntryState.CORRECTED else "voided"
            note = esc(tr(key, lang, reason=e.correction_reason))
            if e.corrected_by or e.corrected_at:
                note += "<br/>" + esc(legal.words("corrected_by", lang, who=e.corrected_by or "—",
                                         when=fmt_datetime(e.corrected_at)))
            cells = [f"<strike>{c}</strike>" for c in cells]
            cells = [f'<font color="{MUTED.hexval()}">{c}</font>' for c in cells]
            remark = f'<b><font color="#A4161A">{note}</font></b>' + (
                f"<br/>{remark}" if remark else "")
        rows.append([Paragraph(c, styles().cell) for c in [*cells, remark]])
    header = [tr("effective", lang), tr("stage", lang), tr("recorded_by", lang),
              tr("recorded_at", lang), tr("remark", lang)]
    return [table(header, rows, [22 * mm, 40 * mm, 30 * mm, 28 * mm, 54 * mm])]


def _custody(sec: CustodySection, lang: str) -> list[Flowable]:
    c = sec.clock
    extension = c.limit - c.rule.limit_days
    pairs = [
        (tr("entry_date", lang), fmt_date(c.entry_date)), (tr("as_of", lang), fmt_date(c.as_of)),
        (tr("rule", lang), _rule(c.rule.limit_days, c.rule.effective_from, lang)),
        (tr("extension", lang), fmt_days(extension, lang)),
        (tr("limit", lang), fmt_days(c.limit, lang)),
        (tr("days_held", lang), fmt_days(c.days_held, lang)),
        # a stopped clock counts down to nothing: it says by how much the limit was exceeded
        (tr("days_left", lang), fmt_days(c.days_left, lang)) if c.running
        else (tr("over_limit", lang), fmt_days(c.over_limit_days, lang)),
        (tr("last_lawful_day", lang), fmt_date(c.last_lawful_day)),
        (tr("end_date", lang), fmt_date(c.end_date)),
        (tr("status", lang), status_para(c.status, lang)),
    ]
    out: list[Flowable] = [kv_table(pairs), Spacer(1, 2 * mm),
                           clock_bar(c.days_held, c.rule.limit_days, c.limit, c.status, lang)]
    out.append(Paragraph(esc(tr("sec.extensions", lang)), styles().cell_head))
    out.append(Spacer(1, 1 * mm))
    if not sec.extensions:
        return [*out, none_recorded(lang)]
    rows = [[fmt_date(x.decision_date), fmt_days(x.days, lang), x.reason, x.decided_by]
            for x in sec.extensions]
    return [*out, table([tr("decision_date", lang), tr("extension", lang), tr("reason", lang),
                         tr("decided_by", lang)], rows, [24 * mm, 18 * mm, 94 * mm, 38 * mm],
                        right=[1])]


def _rule(limit: int, since: date, lang: str) -> str:
    if since.year <= 1:  # the original rule, in force since before any recorded date
        return tr("rule_text_first", lang, limit=limit)
    return tr("rule_text", lang, limit=limit, since=fmt_date(since))


def _programme(rec: ProgrammeRecord | None, lang: str) -> list[Flowable]:
    if rec is None:
        return [none_recorded(lang)]
    pairs = [(tr("cohort", lang), rec.cohort_code), (tr("start", lang), fmt_date(rec.start)),
             (tr("expected_end", lang), fmt_date(rec.expected_end)),
             (tr("completed_on", lang), fmt_date(rec.completed_on))]
    rows = [[code("module", m.module, lang), fmt_hours(m.required), fmt_hours(m.hours),
             tr("complete" if m.hours >= m.required else "incomplete", lang)]
            for m in rec.modules]
    return [kv_table(pairs), Spacer(1, 3 * mm),
            table([tr("module", lang), tr("required", lang), tr("attended", lang),
                   tr("status", lang)], rows, [94 * mm, 26 * mm, 26 * mm, 28 * mm],
                  right=[1, 2])]


def _placement(data: CaseSummaryData, lang: str) -> list[Flowable]:
    p = data.placement
    if p is None:
        return [none_recorded(lang)]
    return [kv_table([
        (tr("placement_type", lang), code("placement", p.placement_type, lang)),
        (tr("start", lang), fmt_date(p.since)), (tr("region", lang), p.region),
        (tr("support_centre", lang), p.support_centre),
        (tr("officer", lang), p.protection_officer)])]


def _follow_ups(data: CaseSummaryData, lang: str) -> list[Flowable]:
    if not data.follow_ups:
        return [none_recorded(lang)]
    rows = [[fmt_date(f.contact_date), f.kind, f.wellbeing, f.by] for f in data.follow_ups]
    return [table([tr("date", lang), tr("kind", lang), tr("wellbeing", lang), tr("by", lang)],
                  rows, [24 * mm, 34 * mm, 82 * mm, 34 * mm])]


def _notes(data: CaseSummaryData, lang: str) -> list[Flowable]:
    notes = [n for n in data.notes if not (data.redacted and n.restricted)]
    if not notes:
        return [none_recorded(lang)]
    rows = []
    for n in notes:
        text = esc(n.text)
        if n.restricted:
            text = f'<b><font color="#A4161A">[{esc(tr("restricted", lang))}]</font></b> {text}'
        rows.append([fmt_datetime(n.written_at), n.author, Paragraph(text, styles().cell)])
    return [table([tr("written", lang), tr("author", lang), tr("text", lang)], rows,
                  [28 * mm, 30 * mm, 116 * mm])]


def _screening(data: CaseSummaryData, lang: str) -> list[Flowable]:
    if not data.screening:
        return [none_recorded(lang)]
    rows = [[fmt_date(s.record_date), s.officer, s.outcome, s.summary] for s in data.screening]
    return [table([tr("date", lang), tr("officer_short", lang), tr("outcome", lang),
                   tr("summary", lang)], rows, [22 * mm, 30 * mm, 34 * mm, 88 * mm])]


def _rewards(data: CaseSummaryData, lang: str) -> list[Flowable]:
    if not data.rewards:
        return [none_recorded(lang)]
    # the assessed amount (what is paid) beside the amount claimed
    rows = [[fmt_date(r.claim_date), code("reward", r.category, lang), fmt_won(r.amount_won, lang),
             "—" if r.assessed_amount_won is None else fmt_won(r.assessed_amount_won, lang),
             code("reward_status", r.status, lang), r.decided_by or "—", fmt_date(r.paid_on)]
            for r in data.rewards]
    return [table([tr("date", lang), tr("category", lang), tr("amount", lang),
                   tr("assessed", lang), tr("status", lang), tr("decided_by", lang),
                   tr("paid_on", lang)], rows,
                  [20 * mm, 34 * mm, 27 * mm, 27 * mm, 20 * mm, 26 * mm, 20 * mm], right=[2, 3])]

