"""The legal parts of the case summary a court reads: refused extension requests, protection
decisions, hearings (with attendance), representatives (since their power of attorney) and
powers of attorney; and the banner of the copy for a lawyer acting for a relative."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from resettle.i18n.glossary import TERMS, term
from resettle.reports.data import CaseSummaryData, ProtectionRecord, RefusedExtension
from resettle.reports.formatting import esc, fmt_date, fmt_datetime, fmt_days
from resettle.reports.i18n import code, tr
from resettle.reports.layout import MUTED, styles
from resettle.reports.tables import none_recorded, table


def hearings(data: CaseSummaryData, lang: str) -> list[Flowable]:
    if not data.hearings:
        return [none_recorded(lang)]

    def yn(v: bool | None) -> str:
        return tr("unknown", lang) if v is None else tr("yes" if v else "no", lang)

    rows = [[fmt_date(h.hearing_date), h.court, h.subject, yn(h.closed), yn(h.person_present),
             h.outcome or "—"] for h in data.hearings]
    return [table([tr("date", lang), tr("court", lang), tr("subject", lang),
                   tr("closed_hearing", lang), tr("present", lang), tr("outcome", lang)],
                  rows, [22 * mm, 32 * mm, 46 * mm, 16 * mm, 18 * mm, 40 * mm])]


def representatives(data: CaseSummaryData, lang: str) -> list[Flowable]:
    if not data.representatives:
        return [none_recorded(lang)]
    rows = [[r.name, r.acting_for or words("the_person", lang), fmt_date(r.since),
             fmt_date(r.until)] for r in data.representatives]
    return [table([tr("name", lang), words("acting_for", lang), words("since_poa", lang),
                   tr("until", lang)], rows, [44 * mm, 70 * mm, 30 * mm, 30 * mm])]


def voided(data: CaseSummaryData, lang: str) -> list[Flowable]:
    """Each voided record struck through, with the correction's reason, who and when."""
    rows = []
    for v in data.voided:
        record = (f'<font color="{MUTED.hexval()}"><strike>{esc(term_of(v.entity, lang))}: '
                  f"{esc(v.what)}</strike></font>")
        by = words("corrected_by", lang, who=v.voided_by or "—", when=fmt_datetime(v.voided_at))
        note = (f'<b><font color="#A4161A">{esc(tr("voided", lang, reason=v.reason))}</font></b>'
                f"<br/>{esc(by)}")
        rows.append([Paragraph(record, styles().cell), Paragraph(note, styles().cell)])
    return [table([words("voided_record", lang), words("correction", lang)], rows,
                  [96 * mm, 78 * mm])]


def term_of(entity: str, lang: str) -> str:
    key = f"audit_entity.{entity}"
    return term(key, lang) if key in TERMS else entity


def powers(data: CaseSummaryData, lang: str) -> list[Flowable]:
    if not data.powers_of_attorney:
        return [none_recorded(lang)]
    rows = [[p.granted_by, p.grantee, fmt_date(p.signed_on), p.scope]
            for p in data.powers_of_attorney]
    return [table([tr("granted_by", lang), tr("grantee", lang), tr("signed", lang),
                   tr("scope", lang)], rows, [48 * mm, 36 * mm, 24 * mm, 66 * mm])]


def refused(items: tuple[RefusedExtension, ...], lang: str) -> list[Flowable]:
    rows = [[fmt_date(x.decision_date), fmt_days(x.days, lang),
             Paragraph(esc(x.reason), styles().cell), x.requested_by or "—",
             x.decided_by or "—", Paragraph(esc(x.decision_reason or "—"), styles().cell)]
            for x in items]
    return [table([tr("decision_date", lang), words("requested_days", lang), tr("reason", lang),
                   words("requested_by", lang), tr("decided_by", lang),
                   words("refusal_reason", lang)],
                  rows, [22 * mm, 18 * mm, 50 * mm, 24 * mm, 24 * mm, 36 * mm], right=[1])]


def protection(items: tuple[ProtectionRecord, ...], lang: str) -> list[Flowable]:
    if not items:
        return [none_recorded(lang)]
    rows = []
    for p in items:
        decision = term(f"decision.{p.decision or 'pending'}", lang)
        if p.ground is not None:
            decision += f" ({code('ground', p.ground, lang)})"
        due = fmt_date(p.decision_due)
        if p.late:
            due += " " + words("late", lang)
        applied = fmt_date(p.applied_on) + (f" ({words('reapplication', lang)})"
                                            if p.reapplication else "")
        rows.append([applied, fmt_date(p.investigation_ended_on), due,
                     Paragraph(esc(decision), styles().cell), fmt_date(p.decided_on)])
    return [table([words("applied_on", lang), words("investigation_end", lang),
                   words("decision_due", lang), words("decision", lang), tr("decision_date", lang)],
                  rows, [36 * mm, 30 * mm, 34 * mm, 50 * mm, 24 * mm])]


def both(lang: str) -> tuple[str, str]:
    return (lang, "en" if lang == "ko" else "ko")


# Words of the court summary's legal parts (issue 13), English and Korean.
_WORDS: dict[str, tuple[str, str]] = {
    "legal_only_banner": (
        "Copy for a lawyer acting for a relative: the legal part only (identity, custody "
        "record, protection decisions, hearings, representation). Placement, support centre, "
        "protection officer, relatives, follow-ups, programme and notes are left out.",
        "가족 위임 법률대리인용 사본: 법률 관련 부분(인적 사항, 보호 기록, 보호 결정, 심문 기일, "
        "법률대리)만 수록했습니다. 거주지 배정, 지역적응센터, 신변보호담당관, 가족, 사후 관리, "
        "정착지원교육 및 메모는 제외되었습니다."),
    "corrected_by": ("by {who}, {when}", "정정자 {who} · {when}"),
    "sec.voided": ("Voided records (corrections)", "무효 처리된 기록(정정)"),
    "voided_record": ("Record as entered", "원래 기록"),
    "correction": ("Correction", "정정"),
    "sec.refused_extensions": ("Refused extension requests", "불허된 기간 연장 요청"),
    "requested_days": ("Days asked", "요청 일수"),
    "requested_by": ("Requested by", "요청자"),
    "refusal_reason": ("Reason for refusal", "불허 사유"),
    "sec.protection": ("Protection decision (Ministry of Unification)", "보호 결정(통일부)"),
    "applied_on": ("Application", "보호신청일"),
    "reapplication": ("reapplication", "재신청"),
    "investigation_end": ("Investigation ended", "조사 종료일"),
    "decision_due": ("Decision due (30 days)", "결정 기한(30일)"),
    "late": ("— late", "— 기한 경과"),
    "decision": ("Decision", "결정"),
    "acting_for": ("Acting for", "대리 대상자"),
    "the_person": ("The person", "본인"),
    "since_poa": ("Since (power of attorney)", "선임일(위임장)"),
}


def words(key: str, lang: str, **values: object) -> str:
    text = _WORDS[key][1 if lang == "ko" else 0]
    return text.format(**values) if values else text
