"""`work list|done|snooze|reassign|ical|print`: the worklist (Today) from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from resettle.domain.dates import parse_date
from resettle.i18n import glossary

from .output import emit_json, heads, table
from .session import call, language


def _date(field: str) -> Any:
    return lambda text: parse_date(text, field)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    work = sub.add_parser("work", help="the worklist: what is due, overdue, snoozed")
    ws = work.add_subparsers(dest="work_command", metavar="ACTION", required=True)
    lst = ws.add_parser("list", help="open items of the logged-in user (--user)")
    lst.add_argument("--as-of", type=_date("as_of"), help="judge the items as of this day")
    lst.add_argument("--overdue", action="store_true", help="overdue items only")
    lst.add_argument("--for", dest="for_user", help="another caseworker's list (supervisors)")
    lst.add_argument("--days", type=int, default=7, help="due within this many days (7)")
    lst.set_defaults(func=work_list)
    done = ws.add_parser("done", help="mark an item done by an act the record does not hold")
    done.add_argument("id")
    done.add_argument("--reason", required=True)
    done.set_defaults(func=work_done)
    snooze = ws.add_parser("snooze", help="put an item off until a later day")
    snooze.add_argument("id")
    snooze.add_argument("--until", required=True, type=_date("until"))
    snooze.add_argument("--reason", required=True)
    snooze.set_defaults(func=work_snooze)
    move = ws.add_parser("reassign", help="give an item to another caseworker")
    move.add_argument("id")
    move.add_argument("--to", required=True, help="user name of the caseworker")
    move.add_argument("--reason", required=True)
    move.set_defaults(func=work_reassign)
    ical = ws.add_parser("ical", help="export open items and deadlines as iCalendar")
    ical.add_argument("-o", "--output", required=True, type=Path)
    ical.add_argument("--days", type=int, default=90, help="deadlines this far ahead (90)")
    ical.set_defaults(func=work_ical)
    pdf = ws.add_parser("print", help="the printed worklist (PDF)")
    pdf.add_argument("-o", "--output", required=True, type=Path)
    pdf.add_argument("--office", action="store_true", help="the whole office (supervisors)")
    pdf.add_argument("--for", dest="for_user", help="a caseworker's list (supervisors)")
    pdf.set_defaults(func=work_print)


def _plain(item: Any) -> dict[str, Any]:
    return {"id": item.id, "case_no": item.case_no or None, "kind": item.kind,
            "due": item.due, "status": item.status, "bucket": item.bucket,
            "days_late": item.days_late, "escalated": item.escalated,
            "assignee": item.assignee or None, "snoozed_until": item.snoozed_until}


def _rows(args: argparse.Namespace, items: list[Any]) -> None:
    lang = language(args)
    columns = ["id", "case", "kind", "due", "status", "late", "assignee"]
    table([{"id": i.id, "case": i.case_no or "-",
            "kind": glossary.term(f"work_kind.{i.kind}", lang), "due": i.due,
            "status": glossary.term(f"work_bucket.{i.bucket}", lang)
            if i.status in ("due", "overdue") else glossary.term(f"work_status.{i.status}", lang),
            "late": i.days_late or "", "assignee": i.assignee} for i in items],
          columns, heads(columns, lang))


def work_list(args: argparse.Namespace) -> int:
    items = call(args, "worklist", "items", args.as_of, user=args.for_user,
                 overdue_only=args.overdue, days=args.days)
    if args.json:
        emit_json([_plain(i) for i in items])
    else:
        _rows(args, items)
    return 0


def _one(args: argparse.Namespace, item: Any) -> int:
    if args.json:
        emit_json(_plain(item))
    else:
        _rows(args, [item])
    return 0


def work_done(args: argparse.Namespace) -> int:
    return _one(args, call(args, "worklist", "done", args.id, args.reason))


def work_snooze(args: argparse.Namespace) -> int:
    return _one(args, call(args, "worklist", "snooze", args.id, args.until, args.reason))


def work_reassign(args: argparse.Namespace) -> int:
    return _one(args, call(args, "worklist", "reassign", args.id, args.to, args.reason))


def work_ical(args: argparse.Namespace) -> int:
    data = call(args, "worklist", "ical", days=args.days)
    args.output.write_bytes(data)
    if args.json:
        emit_json({"file": str(args.output), "bytes": len(data)})
    else:
        print(args.output)
    return 0


def work_print(args: argparse.Namespace) -> int:
    report = call(args, "worklist", "report", args.for_user, everyone=args.office)
    args.output.write_bytes(report.pdf)
    if args.json:
        emit_json({"file": str(args.output), "bytes": len(report.pdf)})
    else:
        print(args.output)
    return 0
