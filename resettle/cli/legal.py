"""`legal assign|poa|end|list`: lawyers acting for a case (or for a relative), their powers
of attorney (by whom, dated) and the day representation ended."""

from __future__ import annotations

import argparse

from resettle.domain.dates import parse_date

from .output import emit_json, table
from .session import call


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    legal = sub.add_parser("legal", help="legal representation")
    ls = legal.add_subparsers(dest="legal_command", metavar="ACTION", required=True)
    assign = ls.add_parser("assign", help="a lawyer represents a case (or a relative's interest)")
    assign.add_argument("case_no")
    assign.add_argument("--lawyer", required=True, help="the lawyer's user name")
    assign.add_argument("--on-behalf-of", default="",
                        help="a named relative; omit when acting for the person")
    assign.add_argument("--poa-date", help="date the power of attorney was granted (YYYY-MM-DD)")
    assign.add_argument("--poa-granted-by", default="", help="who granted it")
    assign.set_defaults(func=legal_assign)

    poa = ls.add_parser("poa", help="record a power of attorney for a lawyer of the case")
    poa.add_argument("case_no")
    poa.add_argument("--lawyer", required=True, help="the lawyer's user name")
    poa.add_argument("--granted-by", required=True, help="who granted it (the person or a "
                                                         "relative)")
    poa.add_argument("--date", required=True, help="the date it was granted (YYYY-MM-DD)")
    poa.add_argument("--scope", default="", help="what it covers")
    poa.set_defaults(func=legal_poa)

    end = ls.add_parser("end", help="a lawyer stops representing the case (on a date)")
    end.add_argument("case_no")
    end.add_argument("--lawyer", required=True, help="the lawyer's user name")
    end.add_argument("--date", required=True, help="the day it ended (YYYY-MM-DD)")
    end.set_defaults(func=legal_end)

    lst = ls.add_parser("list", help="a case's lawyers and their powers of attorney")
    lst.add_argument("case_no")
    lst.set_defaults(func=legal_list)


def legal_assign(args: argparse.Namespace) -> int:
    # Dates are parsed here, not by argparse, so a bad one is invalid input naming the field.
    poa_date = parse_date(args.poa_date, "poa_date") if args.poa_date else None
    rep = call(args, "legal", "assign", args.case_no, args.lawyer, args.on_behalf_of,
               poa_date, args.poa_granted_by)
    if args.json:
        emit_json(rep)
    else:
        behalf = f" on behalf of {rep.on_behalf_of}" if rep.on_behalf_of else ""
        poa = f", power of attorney of {poa_date}" if poa_date else ""
        print(f"{args.case_no.strip().upper()}: represented by {rep.lawyer}{behalf}{poa}")
    return 0


def legal_poa(args: argparse.Namespace) -> int:
    granted_on = parse_date(args.date, "poa_date")
    rep = call(args, "legal", "add_power_of_attorney", args.case_no, args.lawyer,
               args.granted_by, granted_on, args.scope)
    if args.json:
        emit_json(rep)
    else:
        print(f"{args.case_no.strip().upper()}: power of attorney of {granted_on} for "
              f"{rep.lawyer} recorded")
    return 0


def legal_end(args: argparse.Namespace) -> int:
    ended_on = parse_date(args.date, "ended_on")
    rep = call(args, "legal", "end", args.case_no, args.lawyer, ended_on)
    if args.json:
        emit_json(rep)
    else:
        print(f"{args.case_no.strip().upper()}: {rep.lawyer} no longer represents the case "
              f"(ended {rep.ended_on})")
    return 0


def legal_list(args: argparse.Namespace) -> int:
    reps = call(args, "legal", "representatives", args.case_no)
    if args.json:
        emit_json(reps)
        return 0
    table([{"lawyer": r.lawyer, "for": r.on_behalf_of or "(the person)",
            "since": r.since, "active": "yes" if r.active else "no", "ended": r.ended_on,
            "powers": "; ".join(f"{p.granted_on} {p.granted_by}" for p in r.powers_of_attorney)}
           for r in reps], ["lawyer", "for", "since", "active", "ended", "powers"])
    return 0
