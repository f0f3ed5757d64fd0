"""`screening add|list`: the classified screening records of a case (those who may see
screening material; lawyers never)."""

from __future__ import annotations

import argparse
import sys

from resettle.domain.dates import parse_date
from resettle.services.screening import ScreeningOutcome

from .output import PHRASES, emit_json, heads, say, table, worded
from .session import call, language

PHRASES.update({
    "screening.added": ("{case_no}: screening record {id} added ({outcome})",
                        "{case_no}: 조사 기록 {id}번을 추가했습니다({outcome})."),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    screening = sub.add_parser("screening", help="screening records (classified; never for "
                                                 "lawyers)")
    ss = screening.add_subparsers(dest="screening_command", metavar="ACTION", required=True)
    add = ss.add_parser("add", help="record an interview's outcome")
    add.add_argument("case_no")
    add.add_argument("--date", required=True, help="day of the interview (YYYY-MM-DD)")
    add.add_argument("--outcome", required=True, choices=[o.value for o in ScreeningOutcome])
    add.add_argument("--summary", required=True,
                     help="what was found; '-' reads it from standard input")
    add.set_defaults(func=screening_add)
    lst = ss.add_parser("list", help="a case's screening records, oldest first")
    lst.add_argument("case_no")
    lst.set_defaults(func=screening_list)


def screening_add(args: argparse.Namespace) -> int:
    summary = sys.stdin.read() if args.summary == "-" else args.summary
    record = call(args, "screening", "add_screening", args.case_no,
                  parse_date(args.date, "interviewed_on"), args.outcome, summary)
    if args.json:
        emit_json(record)
    else:
        lang = language(args)
        print(say("screening.added", lang, case_no=args.case_no.strip().upper(), id=record.id,
                  outcome=worded("screening", record.outcome, lang)))
    return 0


def screening_list(args: argparse.Namespace) -> int:
    records = call(args, "screening", "records", args.case_no)
    if args.json:
        emit_json(records)
        return 0
    lang = language(args)
    columns = ["id", "interviewed_on", "outcome", "summary"]
    table([{"id": r.id, "interviewed_on": r.interviewed_on,
            "outcome": worded("screening", r.outcome, lang),
            "summary": " ".join(r.summary.split())} for r in records],
          columns, heads(columns, lang))
    return 0
