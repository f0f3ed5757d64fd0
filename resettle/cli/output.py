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
    "yes": ("yes", "예"), "no": ("no", "아니요"),
    "restricted": ("restricted", "열람 제한"),
    "no_notes": ("{case_no}: no notes", "{case_no}: 메모가 없습니다."),
    "col.id": ("id", "번호"), "col.recorded_at": ("recorded", "기록 일시"),
    "col.by": ("by", "작성자"), "col.restricted": ("restricted", "열람 제한"),
    "col.text": ("note", "내용"),
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
