"""`hearing add|list|outcome`: hearings on a person's detention, whether they attended, and
what was decided."""

from __future__ import annotations

import argparse

from resettle.domain.dates import parse_date

from .output import PHRASES, emit_json, heads, ko_word, say, table
from .session import call, language

PHRASES.update({
    "hearing.added": ("{case_no}: hearing {id} on {date} recorded",
                      "{case_no}: {date} 심문 기일({id}번)을 기록했습니다."),
    "hearing.outcome": ("hearing {id}: outcome recorded",
                        "심문 기일 {id}번의 결과를 기록했습니다."),
})

ATTENDED = ("yes", "no", "unknown")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hearing = sub.add_parser("hearing", help="court hearings")
    hs = hearing.add_subparsers(dest="hearing_command", metavar="ACTION", required=True)
    add = hs.add_parser("add", help="record a hearing (it may be ahead)")
    add.add_argument("case_no")
    add.add_argument("--court", required=True)
    add.add_argument("--date", required=True, help="YYYY-MM-DD")
    add.add_argument("--closed", action="store_true", help="held in closed session")
    add.add_argument("--attended", choices=ATTENDED, default="unknown",
                     help="whether the person attended (only once it has taken place)")
    add.add_argument("--kind", default="", help="e.g. habeas corpus review")
    add.set_defaults(func=hearing_add)
    lst = hs.add_parser("list", help="a case's hearings")
    lst.add_argument("case_no")
    lst.set_defaults(func=hearing_list)
    out = hs.add_parser("outcome", help="record what a hearing decided (and attendance)")
    out.add_argument("hearing_id", type=int)
    out.add_argument("--text", required=True, help="the outcome")
    out.add_argument("--attended", choices=ATTENDED)
    out.set_defaults(func=hearing_outcome)


def hearing_add(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "hearing_date")
    h = call(args, "legal", "add_hearing", args.case_no, args.court, on, kind=args.kind,
             closed_session=args.closed, attended=args.attended)
    if args.json:
        emit_json(h)
    else:
        print(say("hearing.added", language(args), case_no=args.case_no.strip().upper(),
                  id=h.id, date=h.hearing_date))
    return 0


def hearing_list(args: argparse.Namespace) -> int:
    rows = call(args, "legal", "hearings", args.case_no)
    if args.json:
        emit_json(rows)
        return 0
    lang = language(args)
    columns = ["id", "date", "court", "kind", "closed", "attended", "outcome"]
    table([{"id": h.id, "date": h.hearing_date, "court": h.court, "kind": h.kind,
            "closed": say("yes" if h.closed_session else "no", lang),
            "attended": ko_word("attended", h.attended, lang),
            "outcome": " ".join(h.outcome.split())} for h in rows],
          columns, heads(columns, lang))
    return 0


def hearing_outcome(args: argparse.Namespace) -> int:
    h = call(args, "legal", "record_outcome", args.hearing_id, args.text,
             attended=args.attended)
    if args.json:
        emit_json(h)
    else:
        print(say("hearing.outcome", language(args), id=h.id))
    return 0
