"""Printing data: aligned text for people (in their language), JSON (`--json`) for programs."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from enum import Enum
from typing import Any


def plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def emit_json(value: Any) -> None:
    print(json.dumps(plain(value), ensure_ascii=False, indent=2))


def width(text: str) -> int:
    """Columns a terminal gives `text`: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, columns: int) -> str:
    return text + " " * (columns - width(text))


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str],
          headings: Sequence[str] | None = None) -> None:
    """Rows as aligned columns; `headings` (same order as `columns`) word the header line."""
    heads = list(headings or columns)
    cells = [[str(plain(r.get(c, "")) if r.get(c) is not None else "") for c in columns]
             for r in rows]
    widths = [max([width(h)] + [width(row[i]) for row in cells]) for i, h in enumerate(heads)]
    print("  ".join(_pad(h, w) for h, w in zip(heads, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(_pad(v, w) for v, w in zip(row, widths, strict=True)).rstrip())


# What the CLI itself says (error sentences come from resettle.i18n.messages): (en, ko).
PHRASES: dict[str, tuple[str, str]] = {
    "interrupted": ("interrupted; nothing more was written",
                    "중단되었습니다. 더 기록된 것은 없습니다."),
    "unexpected": ("unexpected error ({kind}); the details are in the log",
                   "예기치 않은 오류입니다({kind}). 자세한 내용은 로그에 있습니다."),
    "no_gui": ("the desktop application is not available here",
               "이 환경에서는 데스크톱 프로그램을 쓸 수 없습니다."),
    # what a prompt for a secret asks (session.secret: the English prompt is the key's text)
    "prompt.password": ("Password", "비밀번호"), "prompt.passphrase": ("Passphrase", "암호 문구"),
    "prompt.recovery_key": ("Recovery key", "복구 키"),
    "prompt.new_passphrase": ("New passphrase for the database key",
                              "데이터베이스 키의 새 암호 문구"),
    "prompt.new_admin_password": ("Password for the new administrator",
                                  "새 시스템 관리자의 비밀번호"),
    "prompt.current_password": ("Current password", "현재 비밀번호"),
    "init.created": ("Created the database in {where}.", "{where}에 데이터베이스를 만들었습니다."),
    "init.on_server": ("the server", "서버"),
    "init.mode.keyring": ("The database key opens only with a log-in: this computer's credential "
                          "store holds one half, each user's password the other.",
                          "데이터베이스 키는 로그인해야만 열립니다. 이 컴퓨터의 자격 증명 "
                          "저장소가 절반을, 각 사용자의 비밀번호가 나머지 절반을 맡습니다."),
    "init.mode.passphrase": ("Passphrase mode: no credential store was found, so your passphrase "
                             "stands in for this computer's half of the key; each user's "
                             "password is the other. Without the passphrase (or the recovery "
                             "key) the data cannot be opened.",
                             "암호 문구 방식: 자격 증명 저장소를 찾지 못하여 암호 문구가 이 "
                             "컴퓨터 몫의 키를 대신하고, 각 사용자의 비밀번호가 나머지를 "
                             "맡습니다. 암호 문구(또는 복구 키)가 없으면 자료를 열 수 "
                             "없습니다."),
    "init.mode.server": ("The data is on a PostgreSQL server.",
                         "자료는 PostgreSQL 서버에 있습니다."),
    "init.recovery": ("RECOVERY KEY (shown once; print it or write it down and keep it locked "
                      "away):",
                      "복구 키(한 번만 표시합니다. 인쇄하거나 적어서 잠긴 곳에 보관하십시오):"),
    "init.recovery_use": ("It reopens the database if this computer's credential store or the "
                          "passphrase is lost: 'resettle recover'.",
                          "이 컴퓨터의 자격 증명 저장소나 암호 문구를 잃어버렸을 때 "
                          "데이터베이스를 다시 엽니다: 'resettle recover'."),
    "usage.user_edit": ("user edit: give --role, --display-name or both",
                        "사용자 정보 변경: --role, --display-name 중 하나 이상을 주십시오."),
    "col.role": ("role", "역할"), "col.display_name": ("name", "표시 이름"),
    "col.locked_until": ("locked until", "잠금 해제 예정"),
    "yes": ("yes", "예"), "no": ("no", "아니요"),
    "restricted": ("restricted", "열람 제한"),
    "no_notes": ("{case_no}: no notes", "{case_no}: 메모가 없습니다."),
    "col.id": ("id", "번호"), "col.recorded_at": ("recorded", "기록 일시"),
    "col.by": ("by", "작성자"), "col.restricted": ("restricted", "열람 제한"),
    "col.text": ("note", "내용"),
    # column headers of the tables (English: the column's own name, as it always was)
    "col.case": ("case", "사례 번호"), "col.case_no": ("case_no", "사례 번호"),
    "col.name": ("name", "성명"), "col.stage": ("stage", "단계"),
    "col.custody": ("custody", "보호 일수/한도"), "col.days": ("days", "일수"),
    "col.held": ("held", "보호 일수/한도"),
    "col.last lawful day": ("last lawful day", "보호 가능 최종일"),
    "col.requested": ("requested", "요청"), "col.reason": ("reason", "사유"),
    "col.at": ("at", "일시"), "col.user": ("user", "사용자"), "col.action": ("action", "작업"),
    "col.entity": ("entity", "기록 종류"), "col.relation": ("relation", "관계"),
    "col.born": ("born", "생년월일"), "col.where": ("where", "거주지"),
    "col.at_risk": ("at_risk", "위험"), "col.code": ("code", "코드"),
    "col.kind": ("kind", "유형"), "col.arrival": ("arrival", "입국일"),
    "col.members": ("members", "인원"), "col.active": ("active", "활성"),
    "col.date": ("date", "일자"), "col.court": ("court", "법원"),
    "col.closed": ("closed", "비공개"), "col.attended": ("attended", "출석 여부"),
    "col.outcome": ("outcome", "결과"), "col.lawyer": ("lawyer", "변호사"),
    "col.for": ("for", "대리 대상자"), "col.since": ("since", "선임일"),
    "col.ended": ("ended", "종료일"), "col.powers": ("powers", "위임장"),
    "col.start": ("start", "시작일"), "col.expected_end": ("expected_end", "수료 예정일"),
    "col.weeks": ("weeks", "주"), "col.completed": ("completed", "수료 인원"),
    "col.centre": ("centre", "정착지원시설"), "col.applied": ("applied", "신청일"),
    "col.reapplication": ("reapplication", "재신청"),
    "col.investigation_end": ("investigation_end", "조사 종료일"),
    "col.due": ("due", "기한"), "col.decision": ("decision", "결정"),
    "col.decided": ("decided", "결정일"), "col.ground": ("ground", "사유"),
    "col.late": ("late", "기한 경과"), "col.what": ("what", "내용"),
    "col.voided_by": ("by", "처리자"), "col.title": ("title", "제목"),
    "col.type": ("type", "파일 유형"), "col.size": ("size", "크기(바이트)"),
    "col.scheduled": ("scheduled", "예정일"), "col.state": ("state", "상태"),
    "col.done_on": ("done_on", "완료일"), "col.wellbeing": ("wellbeing", "생활 상태"),
    "col.note": ("note", "메모"), "col.flag": ("flag", "위험 표시"),
    "col.raised_on": ("raised_on", "등록일"), "col.cleared_on": ("cleared_on", "해제일"),
    "col.category": ("category", "구분"), "col.claimed": ("claimed", "신청 금액"),
    "col.assessed": ("assessed", "심사 금액"), "col.status": ("status", "상태"),
    "col.claimed_by": ("claimed_by", "신청자"), "col.decided_by": ("decided_by", "결정자"),
    "col.interviewed_on": ("interviewed_on", "조사일"), "col.summary": ("summary", "요약"),
    "col.assignee": ("assignee", "담당자"),
    "unknown": ("?", "미상"),
    "password_changed": ("{username}: password changed", "{username}: 비밀번호를 변경했습니다."),
    "user_removed": ("{username}: account removed", "{username}: 계정을 삭제했습니다."),
    "user_line": ("{username}: {role}, {name}, {state}", "{username}: {role}, {name}, {state}"),
    "active": ("active", "활성"), "disabled": ("disabled", "비활성"),
    "corrected": ("{case_no}: the last stage change was voided; the case is at {stage} again",
                  "{case_no}: 마지막 단계 변경을 무효로 했습니다. 현재 단계는 {stage}입니다."),
    "demo_loaded": ("{cases} fictional cases loaded in {seconds} s ({held} now in screening "
                    "or custody); they are marked as demo data ('resettle demo --remove' "
                    "takes them out)",
                    "가상 사례 {cases}건을 {seconds}초 만에 넣었습니다(현재 조사 또는 임시보호 "
                    "중 {held}건). 시연 자료로 표시되어 있으며 'resettle demo --remove'로 "
                    "모두 지울 수 있습니다."),
    "demo_accounts": ("New demo accounts and their passwords (shown only now; write down the "
                      "ones you need):",
                      "새 시연 계정과 비밀번호입니다(지금 한 번만 표시되므로 필요한 것은 적어 "
                      "두십시오):"),
    "demo_removed": ("removed demo data: {cases} cases, {groups} groups, {accounts} accounts; "
                     "the audit log keeps its rows",
                     "시연 자료를 지웠습니다: 사례 {cases}건, 집단 {groups}개, 계정 "
                     "{accounts}개. 감사 기록은 그대로 남습니다."),
    "demo_kept": ("kept but disabled (still named by records that stay): {names}",
                  "남아 있는 기록이 가리키고 있어 지우지 않고 비활성화한 계정: {names}"),
}


def say(key: str, lang: str, **params: Any) -> str:
    """The CLI's own sentence `key` in `lang` ("ko" or "en")."""
    return PHRASES[key][1 if lang == "ko" else 0].format(**params)


def heads(columns: Sequence[str], lang: str) -> list[str]:
    """A table's header line: each column's "col.<name>" phrase (English: as it always read)."""
    return [say(f"col.{c}", lang) for c in columns]


def worded(kind: str, value: object, lang: str) -> str:
    """A stored code in the glossary's word, in both languages (for codes such as
    `rental_flat` that no reader should see raw); a code without a word reads as itself."""
    from resettle.i18n.glossary import TERMS, term

    if value is None or value == "":
        return ""
    key = f"{kind}.{plain(value)}"
    return term(key, lang) if key in TERMS else str(plain(value))


def ko_word(kind: str, value: object, lang: str) -> str:
    """A stored code in the glossary's Korean word for a Korean reader; in English the code
    itself, as the CLI has always printed it (plain words such as `custody`, `granted`)."""
    return worded(kind, value, lang) if lang == "ko" else (
        "" if value is None else str(plain(value)))
