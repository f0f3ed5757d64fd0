"""`protection apply|reapply|investigated|decide|list`: the protection application, the end
of its investigation, the ministry's decision (due 30 days after it) and reapplication."""

from __future__ import annotations

import argparse

from resettle.domain.dates import parse_date
from resettle.domain.stages import ExclusionGround

from .output import emit_json, table
from .session import call


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


def _done(args: argparse.Namespace, view: object, what: str) -> int:
    if args.json:
        emit_json(view)
    else:
        print(f"{args.case_no.strip().upper()}: {what}")
    return 0


def protection_apply(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "applied_on")
    v = call(args, "protection", "apply", args.case_no, on)
    return _done(args, v, f"protection application of {on} recorded")


def protection_reapply(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "applied_on")
    v = call(args, "protection", "reapply", args.case_no, on, args.reason)
    return _done(args, v, f"reapplication of {on} recorded")


def protection_investigated(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "investigation_ended_on")
    v = call(args, "protection", "investigation_ended", args.case_no, on)
    return _done(args, v, f"investigation ended {on}; decision due by {v.decision_due}")


def protection_decide(args: argparse.Namespace) -> int:
    on = parse_date(args.date, "decided_on")
    v = call(args, "protection", "decide", args.case_no, args.decision, on,
             ground=args.ground, reason=args.reason)
    late = " (after the due date)" if v.late_decision else ""
    return _done(args, v, f"protection {v.decision} on {on}{late}")


def protection_list(args: argparse.Namespace) -> int:
    rows = call(args, "protection", "applications", args.case_no)
    if args.json:
        emit_json(rows)
        return 0
    table([{"id": p.id, "applied": p.applied_on,
            "reapplication": "yes" if p.reapplication_of else "",
            "investigation_end": p.investigation_ended_on, "due": p.decision_due,
            "decision": p.decision or "pending", "decided": p.decided_on, "ground": p.ground,
            "late": "yes" if p.late_decision else ""} for p in rows],
          ["id", "applied", "reapplication", "investigation_end", "due", "decision", "decided",
           "ground", "late"])
    return 0
