"""A Korean user never reads English: a realistic walk through the command line under a ko
locale (intake, custody, groups, relatives, legal, hearings, protection, screening, notes,
programme, release, follow-ups, flags, rewards, corrections, consent, retention, the worklist,
the audit chain, backup, self-test, the schema), every line checked for English words.

The commands run in this process (the same `run` the program calls, much faster than a
program per command); the passphrase's key is derived once per salt."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from resettle.cli import output
from resettle.cli.main import build_parser

PASSWORD = "a-long-password-1"
ADMIN_PASSWORD = "admin-password-1"
PASSPHRASE = "korean walk passphrase 1"
HEADER = ("family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,"
          "occupation,arrival_date,route,travel_document,group,high_profile,notes")

# What may stay in Latin letters on a Korean screen: the program's own name, file kinds and
# technical names a Korean manual writes in Latin letters too. Also allowed: the Latin names
# of the people created below, the user name "admin", the test's folder, hex digests (the
# audit chain's head), worklist item ids (typed back as they are: `work done ID`) and a
# command or setting to be typed ('resettle demo --remove', --db, RESETTLE_DB_URL).
ALLOWED = frozenset({"resettle", "JSON", "PDF", "CSV", "SQLCipher", "HMAC", "URL", "WAL",
                     "PostgreSQL"})
WORD = re.compile(r"[A-Za-z]{3,}")
HEX = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{16,}(?![0-9A-Za-z])")
COMMAND = re.compile(r"'resettle [^']*'|--[a-z-]+|\bRESETTLE_[A-Z_]+")
WORK_ITEM_ID = re.compile(r"[A-Z]-\d{4}-\d+:[a-z_]+:\d{4}-\d\d-\d\d(:\d+)?")


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


Run = Callable[..., Result]


@pytest.fixture
def korean(tmp_path: Path) -> Iterator[Run]:
    """`resettle` under LANG=ko_KR.UTF-8 in a fresh passphrase-mode data folder."""
    from resettle.cli.main import run
    from resettle.storage import keys

    base = {k: v for k, v in os.environ.items()
            if not k.startswith(("RESETTLE_", "LC_", "LANG"))}
    base.update(LANG="ko_KR.UTF-8", RESETTLE_DATA_DIR=str(tmp_path / "data"),
                RESETTLE_KEY_MODE="passphrase", RESETTLE_PASSPHRASE=PASSPHRASE,
                RESETTLE_USER="admin", RESETTLE_PASSWORD=ADMIN_PASSWORD)
    real_kek, keks = keys.passphrase_kek, {}

    def kek(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
        k = (passphrase, salt, tuple(sorted(params.items())))
        if k not in keks:
            keks[k] = real_kek(passphrase, salt, params)
        return keks[k]

    def _run(*args: str, stdin: str = "", **env: str) -> Result:
        saved, old_stdin = dict(os.environ), sys.stdin
        out, err = io.StringIO(), io.StringIO()
        os.environ.clear()
        os.environ.update({**base, **env})
        sys.stdin = io.StringIO(stdin)
        keys.passphrase_kek = kek  # type: ignore[assignment]
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = run(list(args))
        except SystemExit as exc:
            code = int(exc.code or 0)
        finally:
            keys.passphrase_kek = real_kek  # type: ignore[assignment]
            sys.stdin = old_stdin
            os.environ.clear()
            os.environ.update(saved)
        result = Result(code, out.getvalue(), err.getvalue())
        assert "Traceback" not in result.stderr, result.stderr
        return result

    yield _run


def english(text: str, allowed: set[str], folder: Path) -> list[str]:
    """The lines of `text` with an English word that is not allowed (paths and hex digests
    left out)."""
    return [line for line in text.splitlines()
            if any(w not in allowed for w in WORD.findall(_identifiers_out(line.replace(
                str(folder), ""))))]


def _identifiers_out(text: str) -> str:
    return COMMAND.sub("", WORK_ITEM_ID.sub("", HEX.sub("", text)))


def _attend_every_hour(data_dir: Path, case_no: str) -> None:
    """Four hundred hours are many commands: recorded through the service directly."""
    from resettle.services.installation import Location, log_in

    services, cw = log_in(Location(data_dir, None, None), "cw", PASSWORD, lambda: PASSPHRASE)
    try:
        day = date(2025, 2, 4)
        for module, hours in services.programme.cohort_view(cw, "C-1").required:
            left = hours
            while left > 0:
                step = min(left, 12.0)
                services.programme.record_attendance(cw, case_no, module, day, step)
                left, day = left - step, date.fromordinal(day.toordinal() + 1)
    finally:
        services.close()


def test_a_korean_walk_prints_no_english(korean: Run, tmp_path: Path) -> None:
    run = korean
    seen: list[tuple[tuple[str, ...], Result]] = []
    today = date.today()
    recent, long_ago = today - timedelta(days=20), date(2025, 1, 6)
    latin = [("Han", "Ga-ram"), ("Han", "Na-rae"), ("Mun", "Ga-eun"), ("Mun", "Bit-na")]
    allowed = set(ALLOWED) | {"admin"} | {w for pair in latin for w in WORD.findall(" ".join(
        pair))}

    def ok(*args: str, stdin: str = "", **env: str) -> Result:
        result = run(*args, stdin=stdin, **env)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        seen.append((args, result))
        return result

    assert run("init", "--admin", "admin").returncode == 0  # accounts.py: not this walk's
    for name, role in [("cw", "caseworker"), ("sv", "supervisor"), ("lw", "lawyer")]:
        ok("user", "add", name, "--role", role, "--password-stdin", stdin=PASSWORD + "\n")
    cw = {"RESETTLE_USER": "cw", "RESETTLE_PASSWORD": PASSWORD}
    sv = {"RESETTLE_USER": "sv", "RESETTLE_PASSWORD": PASSWORD}
    lw = {"RESETTLE_USER": "lw", "RESETTLE_PASSWORD": PASSWORD}

    csv = tmp_path / "arrivals.csv"
    csv.write_text("\n".join([
        HEADER,
        f"한,가람,Han,Ga-ram,F,1991,혜산,간호사,{recent},,none,,no,",
        f"한,나래,Han,Na-rae,F,1994,혜산,요리사,{recent},,none,,no,",
        f"문,가은,Mun,Ga-eun,F,1992,회령,교사,{long_ago},,none,,no,",
        f"문,빛나,Mun,Bit-na,F,1996,회령,,{recent},,none,,no,"]) + "\n", encoding="utf-8")
    a, b, c, e = ok("intake", "import", str(csv), **cw).stdout.split()

    # cases and custody
    ok("case", "list", **cw)
    for case_no in (a, b, e):
        ok("case", "advance", case_no, "--to", "screening", "--date",
           str(recent + timedelta(days=2)), **cw)
    request = ok("--json", "custody", "request", a, "--days", "10", "--reason", "조사 지연", **cw)
    ok("custody", "pending", **sv)
    ok("custody", "decide", str(json.loads(request.stdout)["id"]), "--approve", "--reason",
       "타당함", "--date", str(today), **sv)
    ok("custody", "request", b, "--days", "5", "--reason", "추가 면담", **cw)
    ok("custody", "extend", e, "--days", "10", "--reason", "통역 대기", "--date", str(today),
       **sv)
    ok("case", "show", a, **cw)
    ok("case", "list", "--stage", "screening", **cw)

    # groups: a member who left is skipped by the group move, and the move says so
    ok("group", "add", "rw-1", "--kind", "family", "--arrival", str(recent), **cw)
    for case_no in (a, b, e):
        ok("group", "add-member", "RW-1", case_no, **cw)
    ok("case", "advance", e, "--to", "withdrawn", "--date", str(today), "--reason", "본인 철회",
       **cw)
    ok("group", "advance", "RW-1", "--to", "custody", "--date", str(today), **cw)
    ok("group", "add", "rw-2", **cw)
    ok("group", "move-member", b, "--to", "RW-2", "--reason", "가족 아님", **cw)
    ok("group", "list", **cw)
    ok("case", "correct", b, "--reason", "잘못 옮김", **sv)
    ok("case", "show", b, **sv)

    # relatives, lawyers, hearings, protection, screening, notes
    ok("relative", "add", a, "--relation", "mother", "--family-name", "한", "--given-name",
       "영숙", "--in-north", "--at-risk", **cw)
    sibling = ok("--json", "relative", "add", a, "--relation", "sibling", "--family-name", "한",
                 "--given-name", "별", **cw)
    ok("relative", "list", a, **cw)
    ok("legal", "assign", a, "--lawyer", "lw", "--on-behalf-of", "한영숙", "--poa-date",
       str(recent + timedelta(days=1)), **cw)
    ok("legal", "poa", a, "--lawyer", "lw", "--granted-by", "한가람", "--date",
       str(recent + timedelta(days=3)), **cw)
    ok("legal", "list", a, **cw)
    hearing = ok("--json", "hearing", "add", a, "--court", "서울중앙지방법원", "--date",
                 str(recent + timedelta(days=5)), "--closed", "--attended", "yes", **cw)
    ok("hearing", "add", a, "--court", "서울중앙지방법원", "--date", str(today), **cw)
    ok("hearing", "outcome", str(json.loads(hearing.stdout)["id"]), "--text", "보호 유지",
       **cw)
    ok("hearing", "list", a, **lw)
    ok("protection", "apply", a, "--date", str(recent), **cw)
    ok("protection", "investigated", a, "--date", str(recent + timedelta(days=6)), **cw)
    ok("protection", "decide", a, "--grant", "--date", str(today), **sv)
    ok("protection", "list", a, **cw)
    ok("screening", "add", a, "--date", str(recent + timedelta(days=4)), "--outcome",
       "further_investigation", "--summary", "진술 확인 필요", **sv)
    ok("screening", "list", a, **sv)
    ok("legal", "end", a, "--lawyer", "lw", "--date", str(today), **cw)
    ok("note", "add", a, "--text", "첫 면담 완료", **cw)
    ok("note", "add", a, "--text", "가족 신변 우려", "--restricted", **sv)
    ok("note", "list", a, **sv)
    ok("attachment", "list", a, **cw)
    ok("record", "void", "relative", str(json.loads(sibling.stdout)["id"]), "--reason",
       "다른 사람의 가족", **sv)
    ok("record", "voided", a, **sv)
    ok("consent", "add", a, "--recipient", "protection_officer", "--from", str(today), **cw)
    ok("consent", "list", a, **cw)

    # the programme, release, follow-ups, flags, a name change, rewards
    ok("case", "advance", c, "--to", "screening", "--date", "2025-01-08", **cw)
    ok("case", "advance", c, "--to", "programme", "--date", "2025-02-03", **cw)
    ok("cohort", "add", "c-1", "--start", "2025-02-03", "--centre", "하나원", **cw)
    ok("cohort", "list", **cw)
    ok("programme", "enrol", c, "--cohort", "C-1", "--date", "2025-02-03", **cw)
    ok("programme", "attend", c, "--module", "society", "--date", "2025-02-03", "--hours", "6",
       **cw)
    ok("release", "place", c, "--type", "rental", "--region", "인천", "--date", "2025-05-02",
       "--support-centre", "인천하나센터", **cw)
    _attend_every_hour(tmp_path / "data", c)
    ok("programme", "complete", c, "--date", "2025-04-27", **cw)
    ok("case", "advance", c, "--to", "released", "--date", "2025-05-02", **cw)
    ok("followup", "add", c, "--date", "2025-05-09", "--kind", "call", "--note", "적응 중",
       **cw)
    ok("followup", "list", c, "--as-of", "2025-08-01", **cw)
    ok("flag", "raise", c, "address_exposed", "--date", "2025-06-01", "--reason", "주소 노출",
       **cw)
    ok("flag", "clear", c, "address_exposed", "--date", "2025-06-20", "--reason", "이사함",
       **cw)
    ok("flag", "raise", c, "suicide_risk", "--date", "2025-06-21", "--reason", "상담 필요",
       **cw)
    ok("flag", "list", c, **cw)
    ok("flag", "alerts", **sv)
    ok("person", "rename", c, "--given-name", "은별", "--date", "2025-07-01", "--reason",
       "개명 허가", **cw)
    ok("case", "show", c, **cw)
    claim = ok("--json", "reward", "claim", c, "--category", "small_arms", "--amount",
               "3,000,000", "--date", "2025-02-01", **cw)
    claim_id = str(json.loads(claim.stdout)["id"])
    ok("reward", "assess", claim_id, "--amount", "2500000", **cw)
    ok("reward", "approve", claim_id, "--date", "2025-03-01", **sv)
    ok("reward", "pay", claim_id, "--date", "2025-03-05", **cw)
    ok("reward", "claim", c, "--category", "goods", "--amount", "100000", "--date",
       "2025-02-02", **cw)
    ok("reward", "list", c, **cw)

    # the worklist, retention, the audit chain, backup, the schema, the self-test
    ok("work", "list", **cw)
    ok("retention", "show", e, **cw)
    ok("retention", "hold", e, "--until", str(today + timedelta(days=100)), "--reason",
       "법원 심리", **sv)
    ok("retention", "rules", **cw)
    ok("retention", "list")
    ok("retention", "run", "--dry-run")
    ok("retention", "backups")
    ok("backup", str(tmp_path / "백업사본.db"))
    ok("audit", "verify")
    head = ok("audit", "head").stdout.strip()
    ok("audit", "verify", "--against", head)
    ok("audit", "list", "--limit", "200")
    ok("db", "current")
    ok("db", "upgrade")
    ok("self-test")

    # nothing in English (JSON is for programs: its codes stay), and the Korean is there (a
    # wrong language is no pass)
    problems = {" ".join(args): found for args, r in seen if "--json" not in args
                and (found := english(r.stdout + r.stderr, allowed, tmp_path))}
    assert problems == {}, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())
    text = "\n".join(r.stdout for _args, r in seen)
    for korean_words in ("임시보호", "기간 연장", "동반 입국 집단", "어머니", "임대주택",
                         "주소 노출", "보호 결정", "추가 조사", "소형 무기", "감사 기록 체인",
                         "무효 처리", "정상"):
        assert korean_words in text, korean_words


def test_every_phrase_has_both_languages_and_the_same_placeholders() -> None:
    build_parser()  # every command module adds its phrases
    fields = re.compile(r"{(\w+)[^}]*}")
    for key, (en, ko) in output.PHRASES.items():
        assert en.strip() and ko.strip(), key
        assert set(fields.findall(en)) == set(fields.findall(ko)), key
        assert [w for w in WORD.findall(_identifiers_out(fields.sub("", ko)))
                if w not in ALLOWED] == [], key


def test_self_test_details_in_korean() -> None:
    """(A voided record's description is worded by the service: tests/services.)"""
    from resettle.cli.selftest import detail_words

    details = ["SQLCipher 4.19.0 community, page size 4096, HMAC HMAC_SHA512",
               "created, migrated to 0011 and reopened; the file is encrypted",
               "fonts NanumGothic.ttf, NanumGothicBold.ttf; translations resettle_ko.qm; "
               "migrations in migrations/",
               "71,323 bytes, Korean font embedded",
               "none found: new databases here use passphrase mode",
               "Qt 6.11.3 on offscreen, font NanumGothic, PDF preview available",
               "52 tables and indexes, nothing else", "310 rows, each signed by its actor"]
    for detail in details:
        assert detail_words(detail, "en") == detail
        words = [w for w in WORD.findall(detail_words(detail, "ko")) if w not in ALLOWED]
        assert words == [], detail
