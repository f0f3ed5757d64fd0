"""`retention run|hold|show|list|rules|rule|backups`: when cases are anonymised, holds that
stop it, and the run (admins) that anonymises the cases that are due."""

from __future__ import annotations

import argparse
from typing import Any

from resettle.domain.dates import parse_date
from resettle.domain.retention import RetentionRule
from resettle.i18n import glossary

from .output import PHRASES, emit_json, say, table
from .session import call, language

PHRASES.update({
    "retention.anonymised": ("anonymised: {cases}", "익명처리함: {cases}"),
    "retention.would": ("would anonymise (dry run, nothing changed): {cases}",
                        "익명처리 대상(시험 실행, 변경 없음): {cases}"),
    "retention.held": ("on hold, not touched: {cases}", "보류 중이라 처리하지 않음: {cases}"),
    "retention.none": ("none", "없음"),
    "retention.unsealed": ("{rows} audit rows of these cases were written before audit details "
                           "were sealed (revision 0010); the chain keeps them as they are",
                           "이 사례들의 감사 기록 중 {rows}건은 감사 내용 봉인(개정 0010) "
                           "이전에 작성되어, 해시 체인 보전을 위해 그대로 남습니다."),
    "retention.wal_busy": ("the WAL could not be emptied now (another program is reading); "
                           "run it again later",
                           "다른 프로그램이 읽고 있어 WAL을 비우지 못했습니다. 나중에 다시 "
                           "실행하십시오."),
    "retention.old_backup": ("backup {name} taken {at} still holds: {cases}",
                             "{at}에 만든 백업 {name}에는 아직 다음 사례가 남아 있습니다: "
                             "{cases}"),
    "retention.rule_added": ("retention rule from {date} added", "{date}부터 적용할 보유 기간 "
                                                                 "기준을 추가했습니다."),
})


def _date(field: str) -> Any:
    return lambda text: parse_date(text, field)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("retention", help="retention schedule, legal holds, anonymisation")
    rs = p.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    run = rs.add_parser("run", help="anonymise every case past its retention date (admins)")
    run.add_argument("--dry-run", action="store_true", help="list what would be done only")
    run.set_defaults(func=retention_run)
    hold = rs.add_parser("hold", help="stop a case's anonymisation until a date (supervisors)")
    hold.add_argument("case_no")
    hold.add_argument("--until", required=True, type=_date("hold_until"))
    hold.add_argument("--reason", required=True)
    hold.set_defaults(func=retention_hold)
    show = rs.add_parser("show", help="when a case is to be anonymised")
    show.add_argument("case_no")
    show.set_defaults(func=retention_show)
    lst = rs.add_parser("list", help="ended cases and their anonymisation dates (admins)")
    lst.set_defaults(func=retention_list)
    rules = rs.add_parser("rules", help="the retention rules, by the date they took effect")
    rules.set_defaults(func=retention_rules)
    rule = rs.add_parser("rule", help="add a retention rule from a date (admins)")
    rule.add_argument("--from", dest="effective_from", required=True,
                      type=_date("effective_from"))
    rule.add_argument("--closed-years", required=True, type=int)
    rule.add_argument("--exited-years", required=True, type=int)
    rule.add_argument("--source", default="")
    rule.set_defaults(func=retention_rule)
    old = rs.add_parser("backups", help="backups taken before an anonymisation (admins)")
    old.set_defaults(func=retention_backups)


def retention_line(r: Any, lang: str) -> str:
    """"To be anonymised on …" (or the state, or the hold) in the user's language."""
    if r.hold_until is not None and r.state.value == "held":
        return glossary.term("term.held_until", lang).format(date=r.hold_until.isoformat(),
                                                             reason=r.hold_reason)
    if r.anonymise_on is not None:
        return glossary.term("term.to_be_anonymised_on", lang).format(
            date=r.anonymise_on.isoformat())
    return glossary.code("retention_state", r.state, lang)


def retention_run(args: argparse.Namespace) -> int:
    result = call(args, "retention", "run", dry_run=args.dry_run)
    if args.json:
        emit_json(result)
        return 0
    lang = language(args)
    cases = ", ".join(result.anonymised) or say("retention.none", lang)
    print(say("retention.would" if result.dry_run else "retention.anonymised", lang,
              cases=cases))
    if result.held:
        print(say("retention.held", lang, cases=", ".join(result.held)))
    if result.unsealed_audit_rows:
        print(say("retention.unsealed", lang, rows=result.unsealed_audit_rows))
    if result.anonymised and not result.dry_run and not result.wal_emptied:
        print(say("retention.wal_busy", lang))
    return 0


def retention_hold(args: argparse.Namespace) -> int:
    r = call(args, "retention", "hold", args.case_no, args.until, args.reason)
    if args.json:
        emit_json(r)
    else:
        print(f"{r.case_no}: {retention_line(r, language(args))}")
    return 0


def retention_show(args: argparse.Namespace) -> int:
    r = call(args, "retention", "show", args.case_no)
    if args.json:
        emit_json(r)
    else:
        print(f"{r.case_no}: {retention_line(r, language(args))}")
    return 0


def retention_list(args: argparse.Namespace) -> int:
    rows = call(args, "retention", "due")
    if args.json:
        emit_json(rows)
        return 0
    lang = language(args)
    columns = ["case_no", "stage_date", "retention"]
    table([{"case_no": r.case_no, "stage_date": r.ended_on,
            "retention": retention_line(r, lang)} for r in rows], columns,
          [glossary.field(c, lang) if c != "retention" else glossary.term(
              "audit_entity.retention_rule", lang) for c in columns])
    return 0


def retention_rules(args: argparse.Namespace) -> int:
    rules = call(args, "retention", "rules")
    if args.json:
        emit_json(rules)
        return 0
    lang = language(args)
    columns = ["effective_from", "closed_years", "exited_years"]
    table([{"effective_from": r.effective_from, "closed_years": r.closed_years,
            "exited_years": r.exited_years} for r in rules], columns,
          [glossary.field(c, lang) for c in columns])
    return 0


def retention_rule(args: argparse.Namespace) -> int:
    rule = RetentionRule(args.effective_from, args.closed_years, args.exited_years)
    call(args, "retention", "add_rule", rule, args.source)
    print(say("retention.rule_added", language(args), date=args.effective_from))
    return 0


def retention_backups(args: argparse.Namespace) -> int:
    old = call(args, "retention", "old_backups")
    if args.json:
        emit_json(old)
        return 0
    lang = language(args)
    for b in old:
        print(say("retention.old_backup", lang, name=b.name,
                  at=b.taken_at.isoformat(timespec="minutes"), cases=", ".join(b.cases)))
    return 0
