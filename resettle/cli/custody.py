"""`custody`: extensions asked for, decided from the supervisors' inbox, or granted at once."""

from __future__ import annotations

import argparse
from typing import Any

from resettle.domain.dates import parse_date

from .output import PHRASES, emit_json, heads, ko_word, say, table
from .session import call, language

PHRASES.update({
    "custody.extended": ("{case_no}: custody extended by {days} days (extension {id}, "
                         "decided {date})",
                         "{case_no}: 보호기간을 {days}일 연장했습니다(기간 연장 {id}번, "
                         "{date} 결정)."),
    "custody.requested": ("{case_no}: extension of {days} days requested (request {id})",
                          "{case_no}: {days}일의 기간 연장을 요청했습니다(요청 {id}번)."),
    "custody.decided": ("extension request {id}: {outcome} on {date}",
                        "기간 연장 요청 {id}번: {date}에 {outcome}했습니다."),
})


def _date(field: str) -> Any:
    """A date option; a bad one is invalid input (exit 1) naming the field, not a usage error."""
    return lambda text: parse_date(text, field)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cust = sub.add_parser("custody", help="custody extensions")
    cus = cust.add_subparsers(dest="custody_command", metavar="ACTION", required=True)
    ext = cus.add_parser("extend", help="grant an extension at once (supervisors)")
    ext.add_argument("case_no")
    ext.add_argument("--days", required=True, type=int)
    ext.add_argument("--reason", required=True)
    ext.add_argument("--date", required=True, type=_date("date"))
    ext.set_defaults(func=custody_extend)
    req = cus.add_parser("request", help="ask for an extension (caseworkers, supervisors)")
    req.add_argument("case_no")
    req.add_argument("--days", required=True, type=int)
    req.add_argument("--reason", required=True)
    req.set_defaults(func=custody_request)
    pend = cus.add_parser("pending", help="requests waiting for a decision (supervisors)")
    pend.set_defaults(func=custody_pending)
    dec = cus.add_parser("decide", help="approve or refuse a request (supervisors)")
    dec.add_argument("id", type=int)
    choice = dec.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true")
    choice.add_argument("--refuse", action="store_true")
    dec.add_argument("--reason", required=True)
    dec.add_argument("--date", required=True, type=_date("date"))
    dec.set_defaults(func=custody_decide)


def custody_extend(args: argparse.Namespace) -> int:
    ext_id = call(args, "lifecycle", "extend", args.case_no, args.days, args.reason, args.date)
    if args.json:
        emit_json({"id": ext_id, "case_no": args.case_no.upper(), "days": args.days,
                   "status": "approved", "decision_date": args.date})
        return 0
    print(say("custody.extended", language(args), case_no=args.case_no.upper(),
              days=args.days, id=ext_id, date=args.date))
    return 0


def custody_request(args: argparse.Namespace) -> int:
    ext_id = call(args, "lifecycle", "request_extension", args.case_no, args.days, args.reason)
    if args.json:
        emit_json({"id": ext_id, "case_no": args.case_no.upper(), "days": args.days,
                   "status": "requested"})
        return 0
    print(say("custody.requested", language(args), case_no=args.case_no.upper(),
              days=args.days, id=ext_id))
    return 0


def custody_pending(args: argparse.Namespace) -> int:
    rows = call(args, "lifecycle", "pending")
    if args.json:
        emit_json([{"id": p.id, "case_no": p.case_no,
                    "names": {"hangul": p.name.hangul, "latin": p.name.latin},
                    "days": p.days, "reason": p.reason, "requested_by": p.requested_by,
                    "requested_at": p.requested_at, "arrival_date": p.arrival_date,
                    "custody_days": p.days_held, "custody_limit": p.limit,
                    "custody_last_lawful_day": p.last_lawful_day,
                    "custody_status": p.status, "limit_if_approved": p.limit_if_approved,
                    "last_lawful_day_if_approved": p.last_lawful_day_if_approved}
                   for p in rows])
        return 0
    lang = language(args)
    columns = ["id", "case", "name", "days", "held", "last lawful day", "requested", "reason"]
    table([{"id": p.id, "case": p.case_no, "name": f"{p.name.hangul} {p.name.latin}".strip(),
            "days": f"+{p.days}",
            "held": f"{p.days_held}/{p.limit} {ko_word('custody', p.status, lang)}",
            "last lawful day": f"{p.last_lawful_day} -> {p.last_lawful_day_if_approved}",
            "requested": f"{p.requested_at.date()} {p.requested_by}", "reason": p.reason}
           for p in rows], columns, heads(columns, lang))
    return 0


def custody_decide(args: argparse.Namespace) -> int:
    call(args, "lifecycle", "decide_extension", args.id, bool(args.approve), args.date,
         args.reason)
    outcome = "approved" if args.approve else "refused"
    if args.json:
        emit_json({"id": args.id, "status": outcome, "decision_date": args.date})
        return 0
    lang = language(args)
    print(say("custody.decided", lang, id=args.id, date=args.date,
              outcome=ko_word("extension_status", outcome, lang)))
    return 0
