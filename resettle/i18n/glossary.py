"""One word per thing: every domain term in English and Korean, for screens and printouts.

Keys are `<kind>.<code>`, where the code is the domain's own (a `Stage`, a flag, a field
name). The GUI's labels and the reports' lookups both read from here, so the screen and
the paper can never name one fact two ways (a test compares them)."""

from __future__ import annotations

from enum import StrEnum

from . import LANGS

TERMS: dict[str, tuple[str, str]] = {
    # stages (DOMAIN.md, the law's words)
    "stage.intake": ("Protection request", "보호신청"),
    "stage.screening": ("Screening", "조사"),
    "stage.custody": ("Temporary protection", "임시보호"),
    "stage.programme": ("Settlement programme", "정착지원교육"),
    "stage.released": ("Released to residence", "거주지 전입"),
    "stage.closed": ("Protection ended", "거주지 보호 종료"),
    "stage.excluded": ("Protection refused", "보호 제외"),
    "stage.withdrawn": ("Withdrawn", "보호신청 철회"),
    "stage.deceased": ("Deceased", "사망"),
    # the custody clock
    "custody.ok": ("Within limit", "기한 내"),
    "custody.due": ("Due soon", "기한 임박"),
    "custody.overdue": ("Over limit", "기한 초과"),
    "custody.ended": ("Ended", "보호 종료"),
    "extension_status.requested": ("Requested", "요청"),
    "extension_status.approved": ("Approved", "승인"),
    "extension_status.refused": ("Refused", "불허"),
    "extension_status.lapsed": ("Lapsed (custody ended)", "보호 종료로 소멸"),
    "term.arrival_date": ("Arrival (day 1 of custody)", "입국일(보호 1일차)"),
    "term.custody_limit": ("Custody limit", "조사·임시보호 기간 한도"),
    "term.extension": ("Extension", "기간 연장"),
    "term.days_held": ("Days held", "보호 일수"),
    "term.days_left": ("Days left", "잔여 일수"),
    "term.over_limit_days": ("Days over the limit", "한도 초과 일수"),
    "term.last_lawful_day": ("Last lawful day", "보호 가능 최종일"),
    # roles
    "role.caseworker": ("Caseworker", "담당자"),
    "role.supervisor": ("Supervisor", "관리자"),
    "role.lawyer": ("Lawyer", "변호사"),
    "role.admin": ("Administrator", "시스템 관리자"),
    # risk flags
    "flag.high_profile": ("High profile", "주요 인물"),
    "flag.suicide_risk": ("Suicide risk", "자살 위험"),
    "flag.family_at_risk": ("Family in the North at risk", "북한 거주 가족 위험"),
    "flag.address_exposed": ("Address exposed", "주소 노출"),
    "flag.health": ("Health", "건강"),
    "flag.other": ("Other", "기타"),
    # sex
    "sex.F": ("Female", "여"), "sex.M": ("Male", "남"), "sex.X": ("Other", "기타"),
    # grounds for refusing protection
    "ground.international_crime": ("Serious international crime",
                                   "국제형사범죄(항공기 납치·마약·테러 등)"),
    "ground.serious_crime": ("Serious non-political crime", "살인 등 중대한 비정치적 범죄"),
    "ground.disguised_defection": ("Suspected disguised defection", "위장탈출 혐의"),
    "ground.late_application": ("Late application after entry", "입국 후 기한 경과 보호신청"),
    "ground.violence_in_protection": ("Violence during temporary protection",
                                      "임시보호 기간 중 폭력 행위"),
    "ground.third_country_residence": ("Legal residence in a third country",
                                       "제3국 합법 체류자격 취득"),
    "ground.other": ("Other ground", "기타 사유"),
    # placement
    "placement.rental_flat": ("Rental flat", "임대주택"),
    "placement.relative": ("With a relative", "연고자 거주"),
    "placement.halfway_house": ("Halfway house", "공동생활시설"),
    "placement.other": ("Other", "기타"),
    # rewards
    "reward.intelligence": ("Valuable intelligence", "국가안보에 유용한 정보"),
    "reward.warship": ("Warship", "군함"),
    "reward.fighter_bomber": ("Fighter-bomber", "전투폭격기"),
    "reward.tank": ("Tank", "전차"), "reward.guided_missile": ("Guided missile", "유도무기"),
    "reward.aircraft": ("Other aircraft", "기타 항공기"),
    "reward.small_arms": ("Small arms", "소형 무기"),
    "reward.goods": ("Other goods (market value)", "기타 장비·물품(시가)"),
    "reward.special": ("Special award", "특별 보로금"),
    "reward_status.claimed": ("Claimed", "신청"),
    "reward_status.assessed": ("Assessed", "심사 완료"),
    "reward_status.approved": ("Approved", "승인"),
    "reward_status.paid": ("Paid", "지급 완료"),
    "reward_status.rejected": ("Rejected", "기각"),
    # fields named in messages and forms
    "field.username": ("User name", "사용자 이름"),
    "field.password": ("Password", "비밀번호"),
    "field.display_name": ("Display name", "표시 이름"),
    "field.cases": ("Number of cases", "사례 수"),
    "field.role": ("Role", "역할"),
    "field.passphrase": ("Passphrase", "암호 문구"),
    "field.recovery_key": ("Recovery key", "복구 키"),
    "field.reason": ("Reason", "사유"),
    "field.days": ("Days", "일수"),
    "field.decision_date": ("Decision date", "결정일"),
    "field.effective_date": ("Effective date", "효력일"),
    "field.effective_from": ("Effective from", "시행일"),
    "field.limit_days": ("Limit (days)", "한도(일)"),
    "field.max_extension_days": ("Longest extension (days)", "최대 연장 일수"),
    "field.max_extensions": ("Number of extensions", "연장 가능 횟수"),
    "field.language": ("Language", "언어"),
    "field.setting": ("Setting", "설정"),
    "field.programme_weeks": ("Programme length (weeks)", "교육 기간(주)"),
    "field.idle_lock_minutes": ("Lock after idle minutes", "자동 잠금(분)"),
    "field.sort": ("Sort", "정렬"),
    "field.custody_status": ("Custody status", "보호기간 상태"),
    "field.family_name": ("Family name", "성"),
    "field.given_name": ("Given name", "이름"),
    "field.latin_name": ("Name (Latin)", "로마자 성명"),
    "field.birth_date": ("Date of birth", "생년월일"),
    "field.sex": ("Sex", "성별"),
    "field.arrival_date": ("Arrival date", "입국일"),
    "field.origin": ("Origin", "출신 지역"),
    "field.route": ("Route", "탈출 경로"),
    "field.case_no": ("Case no.", "사례 번호"),
    "field.as_of": ("As of", "기준일"),
    "field.end_date": ("End date", "종료일"),
    "field.start_date": ("Start date", "시작일"),
    "field.weeks": ("Weeks", "주"),
    "field.code": ("Code", "코드"),
    "field.cohort": ("Cohort", "기수"),
    "field.hours": ("Hours", "시간"),
    "field.kind": ("Kind", "유형"),
    "field.wellbeing": ("Wellbeing", "생활 상태"),
    "field.flag": ("Risk flag", "위험 표시"),
    "field.lawyer": ("Lawyer", "변호사"),
    "field.hearing_date": ("Hearing date", "심문 기일"),
    "field.court": ("Court", "법원"),
    "field.relation": ("Relation", "관계"),
    "field.region": ("Region", "지역"),
    "field.amount_won": ("Amount (won)", "금액(원)"),
    "field.category": ("Category", "구분"),
    "field.text": ("Text", "내용"),
    "field.admin": ("Administrator", "시스템 관리자"),
    "field.extensions": ("Extensions", "기간 연장"),
    "field.photo": ("Photo", "사진"),
    "field.caseworker": ("Caseworker", "담당자"),
    "field.to": ("Stage", "단계"),
    "field.ground": ("Ground", "사유"),
    "field.stage": ("Stage", "단계"),
    "field.target": ("Stage", "단계"),
}


def term(key: str, lang: str) -> str:
    """The word for `key` in `lang`; an unknown key is a programming error, not a fallback."""
    return TERMS[key][LANGS.index(lang if lang in LANGS else "en")]


def code(kind: str, value: StrEnum | str, lang: str) -> str:
    """A domain code in words, e.g. code("stage", Stage.CUSTODY, "ko") == "임시보호"."""
    return term(f"{kind}.{value}", lang)


def field(name: str, lang: str) -> str:
    """The label of a field named in an error; a field without one reads as its name."""
    key = f"field.{name}"
    return term(key, lang) if key in TERMS else name.replace("_", " ")
