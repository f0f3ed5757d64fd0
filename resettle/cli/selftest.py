"""`self-test`: check this installation on throwaway data (exit 0 when everything works)."""

from __future__ import annotations

import argparse
import re
from typing import Any

from .output import PHRASES, emit_json, say, width

PHRASES.update({
    "selftest.line": ("{state} {name} {detail} ({seconds} s)",
                      "{state} {name} {detail} ({seconds}초)"),
    "selftest.ok": ("ok  ", "정상"), "selftest.fail": ("FAIL", "실패"),
})

# The checks' names (services.selftest and the GUI probe name them in English), in Korean.
CHECK_NAMES_KO = {
    "SQLCipher": "SQLCipher 암호화", "encrypted database": "암호화 데이터베이스",
    "bundled files": "동봉 파일", "PDF report": "PDF 보고서",
    "credential store": "자격 증명 저장소", "Qt (offscreen)": "Qt 화면(오프스크린)",
    "database schema": "데이터베이스 구조", "audit chain": "감사 기록 체인",
}

# What a passed check says (services.selftest, gui.startup.selfcheck), in Korean; a detail
# no pattern knows (a failure's technical reason, a credential store's module name) stays.
_DETAILS_KO = [
    (r"SQLCipher (\S+)(?: \w+)?, page size (\d+), HMAC \S+",
     r"버전 \1, 페이지 크기 \2바이트, 무결성 검사(HMAC) 사용"),
    (r"created, migrated to (\S+) and reopened; the file is encrypted",
     r"생성, 개정 \1로 이전, 다시 열기 확인, 파일 암호화됨"),
    (r"([\d,]+) bytes, Korean font embedded", r"\1바이트, 한글 글꼴 포함"),
    (r"none found: new databases here use passphrase mode",
     "없음: 이 컴퓨터의 새 데이터베이스는 암호 문구 방식을 씁니다"),
    (r"Qt (\S+) on \S+, font \S+, PDF preview available",
     r"Qt \1, 한글 글꼴과 PDF 미리 보기 사용 가능"),
    (r"(\d+) tables and indexes, nothing else", r"표와 색인 \1개, 그 밖의 것 없음"),
    (r"(\d+) rows, each signed by its actor", r"\1행, 모든 행에 작성자 서명 있음"),
]


def _bundled_ko(detail: str) -> str | None:
    """"fonts A, B; translations C; migrations in D/" as counts (file names are no words)."""
    found = re.fullmatch(r"fonts (.+); translations (.+); migrations in \S+", detail)
    if not found:
        return None
    fonts, translations = (len(p.split(", ")) for p in found.group(1, 2))
    if found.group(2) == "none":
        translations = 0
    return f"글꼴 {fonts}개, 번역 {translations}개, 마이그레이션 있음"


def detail_words(detail: str, lang: str) -> str:
    if lang != "ko":
        return detail
    bundled = _bundled_ko(detail)
    if bundled is not None:
        return bundled
    for pattern, korean in _DETAILS_KO:
        if re.fullmatch(pattern, detail):
            return re.sub(pattern, korean, detail)
    return detail


def check_line(check: Any, lang: str) -> str:
    name = CHECK_NAMES_KO.get(check.name, check.name) if lang == "ko" else check.name
    return say("selftest.line", lang, state=say("selftest.ok" if check.ok else "selftest.fail",
                                                  lang),
               name=name + " " * max(0, (24 if lang == "ko" else 20) - width(name)),
               detail=detail_words(check.detail, lang) if check.ok else check.detail,
               seconds=f"{check.seconds:.2f}")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("self-test", help="check this installation without touching user data"
                   ).set_defaults(func=self_test)


def _logged_in(args: argparse.Namespace) -> object | None:
    """With a user (--user or RESETTLE_USER) and an installation, the database's own checks
    run too (its schema, its audit chain); without, only the throwaway ones."""
    from resettle.services.installation import is_initialised
    from resettle.startup import env

    from .session import location, open_for

    if not (getattr(args, "user", None) or env("RESETTLE_USER")) or \
            not is_initialised(location(args)):
        return None
    return open_for(args)


def self_test(args: argparse.Namespace) -> int:
    from resettle.services import selftest

    from .session import language

    extra = [("Qt (offscreen)", args.gui_check)] if getattr(args, "gui_check", None) else []
    services = _logged_in(args)
    try:
        if services is not None:
            extra += selftest.database_checks(services, args.logged_in)
        checks = selftest.run(extra)
    finally:
        if services is not None:
            services.close()
    if args.json:
        emit_json(checks)
    else:
        lang = language(args)
        for c in checks:
            print(check_line(c, lang))
    return 0 if all(c.ok for c in checks) else 1
