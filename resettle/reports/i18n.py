"""The fixed words of every report in English and Korean; domain terms (stages, custody
statuses, flags, sexes, grounds, placements, rewards, roles, programme modules) and the
labels the screen uses too (case no., date of birth, region...) come from the one glossary,
resettle.i18n.glossary, so the paper names each fact as the screen does."""

from __future__ import annotations

from enum import StrEnum

from resettle.i18n import LANGS, glossary

# Glossary kinds a report words through the glossary, never with a copy of its own.
DOMAIN_KINDS = frozenset({"stage", "custody", "flag", "sex", "ground", "placement", "reward",
                          "reward_status", "role", "extension_status", "term", "field",
                          "group_kind", "module", "module_short"})

# A report's word that names what a glossary term names: the glossary's word, never a copy.
GLOSSARY_WORDS: dict[str, str] = {
    "case_no": "field.case_no", "name": "field.name", "name_latin": "field.latin_name",
    "birth_date": "field.birth_date", "sex": "field.sex", "origin": "field.origin",
    "arrival": "field.arrival_date", "arrival_date": "field.arrival_date",
    "route": "field.route", "group": "field.group", "caseworker": "field.caseworker",
    "effective": "field.effective_date", "stage": "field.stage", "as_of": "field.as_of",
    "entry_date": "term.arrival_date", "days_held": "term.days_held",
    "extension": "term.extension", "days_left": "term.days_left",
    "over_limit": "term.over_limit_days", "last_lawful_day": "term.last_lawful_day",
    "status": "field.status", "reason": "field.reason", "decision_date": "field.decision_date",
    "date": "field.date", "court": "field.court", "outcome": "field.outcome",
    "scope": "field.scope", "cohort": "field.cohort", "start": "field.start_date",
    "completed_on": "field.completed_on", "module": "field.module",
    "region": "field.region", "support_centre": "field.support_centre",
    "officer": "field.protection_officer", "kind": "field.kind", "wellbeing": "field.wellbeing",
    "text": "field.text", "summary": "field.summary", "category": "field.category",
    "paid_on": "field.paid_on", "members": "field.members", "age_band": "field.age_band",
    "ground": "field.ground", "cases": "field.cases",
    "female": "sex.F", "male": "sex.M", "other_sex": "sex.X",
    "col.relation": "field.relation", "col.name": "field.name",
    "col.recipient": "field.recipient", "col.date": "field.date", "col.title": "field.title",
    "sec.extensions": "field.extensions", "sec.programme": "stage.programme",
    "sec.notes": "field.notes", "legend.held": "term.days_held", "col.form": "field.form",
    "col.what": "field.what",
}

# key: (English, Korean). Codes of domain enums use "<enum>.<value>" keys.
_TEXT: dict[str, tuple[str, str]] = {
    # every page
    "confidential": ("CONFIDENTIAL — personal data of a protected person",
                     "대외비 — 보호대상자 개인정보"),
    "printed": ("Printed by {user} on {when}", "출력자 {user} · 출력일시 {when}"),
    "page": ("Page {n} of {total}", "{n} / {total}쪽"),
    "chain_head": ("Audit chain head at printing: {head}",
                   "출력 시점의 감사 기록 체인 해시: {head}"),
    "end": ("— End of document —", "— 이하 여백 —"),
    "none": ("None recorded.", "기록 없음"),
    "yes": ("Yes", "예"), "no": ("No", "아니요"), "unknown": ("Unknown", "미상"),
    "days": ("{n} days", "{n}일"), "hours": ("{n} h", "{n}시간"),
    # report titles
    "title.case_summary": ("Case summary", "사례 요약 보고서"),
    "title.custody_review": ("Custody review", "보호기간 검토 보고서"),
    "title.cohort": ("Settlement programme cohort", "정착지원교육 기수 보고서"),
    "title.group": ("Group report", "동반 입국 집단 보고서"),
    "title.statistics": ("Statistics", "통계 보고서"),
    "title.worklist": ("Worklist", "업무 목록"),
    "worklist_intro_user": ("Open items of {user} as of {date}: overdue first, then due today "
                            "and this week.",
                            "{date} 기준 {user}의 미처리 업무입니다. 기한 경과, 오늘, 이번 주 "
                            "순으로 적었습니다."),
    "worklist_intro_office": ("Open items of the whole office as of {date}, by caseworker.",
                              "{date} 기준 사무소 전체의 미처리 업무를 담당자별로 적었습니다."),
    "worklist_days_late": ("Days late", "경과 일수"),
    "worklist_escalated": ("Escalated", "보고 대상"),
    # case summary
    "redacted_banner": (
        "Redacted copy for legal representation: restricted notes, screening material and "
        "reward details are left out.",
        "법률대리인 제출용 발췌본: 열람 제한 메모, 조사 자료, 보로금 정보는 제외했습니다."),
    "full_banner": ("Full version: includes restricted notes, screening material and rewards.",
                    "전체본: 열람 제한 메모, 조사 자료, 보로금 정보를 포함합니다."),
    "sec.identity": ("Identity", "인적 사항"),
    "sec.chronology": ("Chronology of stages", "단계별 경과"),
    "sec.custody": ("Custody clock (investigation and temporary protection)",
                    "조사 및 임시보호 기간"),
    "sec.hearings": ("Hearings", "심문 기일"),
    "sec.representation": ("Legal representatives", "법률대리인"),
    "sec.powers": ("Powers of attorney", "위임장"),
    "sec.placement": ("Placement", "거주지 배정"),
    "sec.followups": ("Follow-ups", "사후 관리"),
    "sec.screening": ("Screening records", "조사 기록"),
    "sec.rewards": ("Reward claims", "보로금 신청"),
    # subject access (issue 18): what is held about the person, for the person
    "title.subject_access": ("Personal data held about you", "본인 개인정보 열람"),
    "subject_banner": ("This copy lists the personal data this office holds about you, as "
                       "of the printing date.",
                       "이 문서는 출력일 현재 이 기관이 보유한 귀하의 개인정보를 모두 적은 "
                       "것입니다."),
    "subject_withheld": ("Screening material, reward details and restricted notes are not in "
                         "this copy; ask your caseworker about them.",
                         "조사 자료, 보로금 정보, 열람 제한 메모는 이 사본에 넣지 않았습니다. "
                         "이에 관하여는 담당자에게 문의하십시오."),
    "sec.relatives": ("Relatives", "가족"),
    "sec.consents": ("Consents to share", "정보 제공 동의"),
    "sec.disclosures": ("Disclosures made", "정보 제공 내역"),
    "sec.documents": ("Documents", "첨부 문서"),
    "sec.retention": ("How long it is kept", "보유 기간"),
    "sec.access_log": ("Who looked at or changed the record", "열람·변경 기록"),
    "retention": ("Retention", "보유 기간"),
    "col.location": ("Where", "거주지"),
    "col.valid_from": ("From", "동의일"), "col.valid_until": ("Until", "동의 종료일"),
    "col.withdrawn_on": ("Withdrawn", "철회일"),
    "col.recorded": ("Recorded", "기록 일시"),
    "col.when": ("When", "일시"), "col.who": ("Who", "처리자"), "col.action": ("What", "처리 내용"),
    "name_hangul": ("Name (Hangul)", "한글 성명"),  # beside the glossary's field.latin_name
    "former_names": ("Former names", "이전 성명"), "used_until": ("Used until", "사용 종료일"),
    "flags": ("Flags", "위험 표시"),
    "precision.year": ("year only", "연도만 확인"),
    "precision.month": ("month known", "월까지 확인"),
    "recorded_by": ("Recorded by", "기록자"), "recorded_at": ("Recorded at", "기록일시"),
    "remark": ("Remark", "비고"), "corrected": ("Corrected: {reason}", "정정됨: {reason}"),
    "voided": ("Voided: {reason}", "무효 처리: {reason}"),
    "end_date": ("Clock stopped", "종료일"),
    "rule": ("Rule in force", "적용 기준"),
    "rule_text": ("{limit} days from arrival, rule in force from {since}",
                  "입국일부터 {limit}일({since} 시행 기준)"),
    "rule_text_first": ("{limit} days from arrival (original rule)",
                        "입국일부터 {limit}일(종전 기준)"),
    "limit": ("Limit", "한도"),
    "decided_by": ("Decided by", "결정자"),
    "subject": ("Subject", "사건 내용"),
    "closed_hearing": ("Closed", "비공개"), "present": ("Person present", "본인 출석"),
    "firm": ("Firm", "소속"), "since": ("Since", "선임일"),
    "until": ("Until", "종료일"), "granted_by": ("Granted by", "위임인"),
    "grantee": ("Grantee", "수임인"),
    "signed": ("Signed", "작성일"), "expected_end": ("Expected end", "수료 예정일"),
    "required": ("Required", "필수 시간"),
    "attended": ("Attended", "이수 시간"), "complete": ("Complete", "이수"),
    "incomplete": ("Incomplete", "미이수"), "in_progress": ("In progress", "교육 중"),
    "placement_type": ("Type", "거주 형태"), "by": ("By", "담당"),
    "author": ("Author", "작성자"), "written": ("Written", "작성일시"),
    "restricted": ("RESTRICTED", "열람 제한"), "officer_short": ("Officer", "조사관"),
    "amount": ("Claimed", "신청 금액"), "assessed": ("Assessed", "심사 금액"),
    # custody review
    "totals": ("Totals", "합계"), "count": ("People", "인원"),
    "chart.days_held": ("Days held against the limit — the {n} most urgent",
                        "보호 일수 대비 한도 — 기한이 가장 임박한 {n}명"),
    "legend.limit": ("Limit", "한도"),
    "review_intro": ("Everyone held on {date} (protection request, screening or temporary "
                     "protection; the clock counts from arrival), sorted by days left.",
                     "{date} 기준 보호 중인 전원(보호신청·조사·임시보호, 입국일부터 기산), "
                     "잔여 일수 순."),
    "review_list": ("People held", "보호 중인 대상자 명단"),
    # cohort
    "module_summary": ("Modules", "과목별 현황"), "average": ("Average", "평균"),
    "members_complete": ("Members complete", "이수 인원"),
    "total": ("Total", "합계"), "completion": ("Completion", "이수율"),
    "cohort_intro": ("Attendance hours per module against the hours required.",
                     "과목별 필수 시간 대비 이수 시간."),
    # group
    "group_intro": ("{n} people who arrived together; each is a case of their own.",
                    "함께 입국한 {n}명이며, 각자 별도의 사례로 관리됩니다."),
    "stage_date": ("Stage since", "단계 개시일"), "custody": ("Custody", "임시보호"),
    "description": ("Description", "개요"),
    "group_code": ("Group", "집단 코드"),
    "held_limit": ("Held / limit", "보호 일수 / 한도"), "member_count": ("Members", "인원"),
    # statistics
    "stats_intro": ("Aggregates only; no person can be identified from this report.",
                    "집계 자료만 수록하며 개인을 식별할 수 있는 정보는 포함하지 않습니다."),
    "period": ("Period", "대상 기간"), "all_years": ("All years", "전체 연도"),
    "sec.arrivals": ("Arrivals per year and month", "연도·월별 입국자"),
    "sec.sex_age": ("Arrivals by sex and age band", "성별·연령대별 입국자"),
    "sec.stages": ("Cases by current stage", "현재 단계별 사례 수"),
    "sec.custody_years": ("Custody durations by arrival year", "입국 연도별 조사·임시보호 기간"),
    "basis.arrivals": ("Counted by arrival date.", "입국일 기준으로 집계했습니다."),
    "basis.summary": ("Arrivals: people who arrived in the period, by arrival date. Follow-ups: "
                      "scheduled contacts of those of them released, due or overdue on the "
                      "report date.",
                      "입국자 수는 대상 기간 입국자를 입국일 기준으로 집계했습니다. 사후 관리는 "
                      "그중 거주지 전입한 사람의 예정된 연락을 출력일 기준으로 집계했습니다."),
    "basis.sex_age": ("People who arrived in the period, by sex and age on the arrival date; "
                      "unknown birth dates are a row of their own.",
                      "대상 기간 입국자를 성별과 입국일 당시 연령으로 집계했습니다. 생년월일을 "
                      "모르는 사람은 별도 행으로 표시합니다."),
    "basis.stages": ("People who arrived in the period, by their stage on the report date.",
                     "대상 기간 입국자를 출력일 현재 단계별로 집계했습니다."),
    "basis.custody": ("People who arrived in the period, by arrival year; days held from the "
                      "arrival date to leaving custody (or to the report date if still held).",
                      "대상 기간 입국자를 입국 연도별로 집계했습니다. 보호 일수는 입국일부터 "
                      "보호 종료일(보호 중이면 출력일)까지입니다."),
    "basis.exclusions": ("People who arrived in the period, by the ground recorded with the "
                         "refusal.", "대상 기간 입국자를 보호 제외 사유별로 집계했습니다."),
    "age_unknown": ("Birth date unknown", "생년월일 미상"),
    "sec.exclusions": ("Exclusions by ground", "사유별 보호 제외"),
    "sec.followups_overdue": ("Follow-ups", "사후 관리 현황"),
    "arrivals_total": ("Arrivals", "입국자 수"), "year": ("Year", "연도"),
    "median": ("Median days", "중앙값(일)"),
    "longest": ("Longest days", "최장(일)"), "extensions_granted": ("Extensions", "연장 건수"),
    "overdue_count": ("Overdue follow-ups", "기한 경과 사후 관리"),
    "due_count": ("Follow-ups due", "예정 사후 관리"),
    "chart.arrivals_year": ("Arrivals per year", "연도별 입국자"),
    "chart.arrivals_month": ("Arrivals per month, {year}", "{year}년 월별 입국자"),
    "chart.sex_age": ("Arrivals by age band and sex", "연령대·성별 입국자"),
    "chart.custody": ("Median and longest custody (days) by arrival year",
                      "입국 연도별 조사·임시보호 기간 중앙값·최장(일)"),
    "chart.stages": ("Cases by stage", "단계별 사례 수"),
    # report-only short forms (chart axes); the full words are the glossary's
    "stage_short.intake": ("Request", "보호신청"),
    "stage_short.screening": ("Screening", "조사"), "stage_short.custody": ("Custody", "임시보호"),
}


def tr(key: str, lang: str, **values: object) -> str:
    """The text for `key` in `lang` ("en" or "ko"), with {placeholders} filled in."""
    if lang not in LANGS:
        raise ValueError(f"report language must be one of {LANGS}, not {lang!r}")
    if key in GLOSSARY_WORDS:
        text = glossary.term(GLOSSARY_WORDS[key], lang)
    elif "." in key and key.split(".", 1)[0] in DOMAIN_KINDS:
        text = glossary.term(key, lang)
    else:
        text = _TEXT[key][LANGS.index(lang)]
    return text.format(**values) if values else text


def code(prefix: str, value: StrEnum | str, lang: str) -> str:
    """A domain code in words, e.g. code("stage", Stage.CUSTODY, "ko") == "임시보호"."""
    return tr(f"{prefix}.{value}", lang)


def keys() -> frozenset[str]:
    """The report's own words (domain terms and GLOSSARY_WORDS are the glossary's)."""
    return frozenset(_TEXT)
