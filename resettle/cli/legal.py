"""`legal assign`: link a lawyer account to a case, with an optional power of attorney."""

from __future__ import annotations

import argparse

from resettle.domain.dates import parse_date

from .output import emit_json
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
