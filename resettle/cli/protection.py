"""`protection apply|reapply|investigated|decide|list`: the protection application, the end
of its investigation, the ministry's decision (due 30 days after it) and reapplication."""

from __future__ import annotations

import argparse

from resettle.domain.dates import parse_date
from resettle.domain.stages import ExclusionGround

from .output import PHRASES, emit_json, heads, ko_word, say, table, worded
from .session import call, language

PHRASES.update({
    "protection.applied": ("protection application of {date} recorded",
                           "{date} 보호신청을 기록했습니다."),
    "protection.reapplied": ("reapplication of {date} recorded", "{date} 재신청을 기록했습니다."),
    "protection.investigated": ("investigation ended {date}; decision due by {due}",
                                "{date} 조사가 끝났습니다. 결정 기한은 {due}입니다."),
    "protection.decided": ("protection {decision} on {date}{late}",
                           "{date} 결정을 기록했습니다: {decision}{late}"),
    "protection.late": (" (after the due date)", "(결정 기한 경과)"),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    prot = sub.add_parser("protection", help="protection applications and decisions")
    ps = prot.add_subparsers(dest="protection_command", metavar="ACTION", required=True)
    apply = ps.add_parser("apply", help="record the protection application")
    apply.add_argument("case_no")
    apply.add_argument("--date", required=True, help="the application date (YYYY-MM-DD)")
    apply.set_defaults(func=protection_apply)
    again = ps.add_parser("reapply", help="a new application after a refusal")
    again.add_argument("case_no")
    again.add_argument("--date", required=True, help="the application date (YYYY-MM-DD)")
    again.add_argument("--reason", required=True, help="the new evidence")
    again.set_defaults(func=protection_reapply)
    done = ps.add_parser("investigated", help="record the end of the investigation")
    done.add_argument("case_no")
    done.add_argument("--date", required=True, help="the day it ended (YYYY-MM-DD)")
    done.set_defaults(func=protection_investigated)
    decide = ps.add_parser("decide", help="record the ministry's decision (supervisors)")
    decide.add_argument("case_no")
    which = decide.add_mutually_exclusive_group(required=True)
    which.add_argument("--grant", action="store_const", const="granted", dest="decision")
    which.add_argument("--refuse", action="store_const", const="refused", dest="decision")
    decide.add_argument("--date", required=True, help="the decision date (YYYY-MM-DD)")
    decide.add_argument("--ground", choices=[g.value for g in ExclusionGround],
                        help="required with --refuse")
    decide.add_argument("--reason", default="")
    decide.set_defaults(func=protection_decide)
    lst = ps.add_parser("list", help="a case's applications and decisions")
    lst.add_argument("case_no")
    lst.set_defaults(func=protection_list)


def _done(args: argparse.Namespace, view: object, key: str, **params: object) -> int:
    if args.json:
        emit_json(view)
    else:
        print(f"{args.case_no.strip().upper()}: {say(key, language(args), **params)}")
    return 0


def protection_apply(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "applied_on")
    v = call(args, "protection", "apply", args.case_no, on)
    return _done(args, v, "protection.applied", date=on)


def protection_reapply(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "applied_on")
    v = call(args, "protection", "reapply", args.case_no, on, args.reason)
    return _done(args, v, "protection.reapplied", date=on)


def protection_investigated(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "investigation_ended_on")
    v = call(args, "protection", "investigation_ended", args.case_no, on)
    return _done(args, v, "protection.investigated", date=on, due=v.decision_due)


def protection_decide(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "decided_on")
    v = call(args, "protection", "decide", args.case_no, args.decision, on,
             ground=args.ground, reason=args.reason)
    lang = language(args)
    late = say("protection.late", lang) if v.late_decision else ""
    return _done(args, v, "protection.decided", date=on, late=late,
                 decision=ko_word("decision", v.decision, lang))


def protection_list(args: argparse.Namespace) -> int:
    rows = call(args, "protection", "applications", args.case_no)
    if args.json:
        emit_json(rows)
        return 0
    lang = language(args)
    columns = ["id", "applied", "reapplication", "investigation_end", "due", "decision",
               "decided", "ground", "late"]
    table([{"id": p.id, "applied": p.applied_on,
            "reapplication": say("yes", lang) if p.reapplication_of else "",
            "investigation_end": p.investigation_ended_on, "due": p.decision_due,
            "decision": ko_word("decision", p.decision or "pending", lang),
            "decided": p.decided_on, "ground": worded("ground", p.ground, lang),
            "late": say("yes", lang) if p.late_decision else ""} for p in rows],
          columns, heads(columns, lang))
    return 0
