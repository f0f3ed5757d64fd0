"""`legal assign|poa|end|list`: lawyers acting for a case (or for a relative), their powers
of attorney (by whom, dated) and the day representation ended."""

from __future__ import annotations

import argparse

from resettle.domain.dates import parse_date

from .output import PHRASES, emit_json, heads, say, table
from .session import call, language

PHRASES.update({
    "legal.assigned": ("{case_no}: represented by {lawyer}{behalf}{poa}",
                       "{case_no}: {lawyer}을(를) 법률대리인으로 지정했습니다.{behalf}{poa}"),
    "legal.behalf": (" on behalf of {name}", " 대리 대상자: {name}."),
    "legal.assigned_poa": (", power of attorney of {date}", " 위임장 작성일: {date}."),
    "legal.poa": ("{case_no}: power of attorney of {date} for {lawyer} recorded",
                  "{case_no}: {lawyer}에 대한 {date} 위임장을 기록했습니다."),
    "legal.ended": ("{case_no}: {lawyer} no longer represents the case (ended {date})",
                    "{case_no}: {lawyer}의 법률대리가 {date}에 끝났습니다."),
    "legal.the_person": ("(the person)", "(본인)"),
})


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
        lang = language(args)
        behalf = say("legal.behalf", lang, name=rep.on_behalf_of) if rep.on_behalf_of else ""
        poa = say("legal.assigned_poa", lang, date=poa_date) if poa_date else ""
        print(say("legal.assigned", lang, case_no=args.case_no.strip().upper(),
                  lawyer=rep.lawyer, behalf=behalf, poa=poa))
    return 0


def legal_poa(args: argparse.Namespace) -> int:
    granted_on = parse_date(args.date, "poa_date")
    rep = call(args, "legal", "add_power_of_attorney", args.case_no, args.lawyer,
               args.granted_by, granted_on, args.scope)
    if args.json:
        emit_json(rep)
    else:
        print(say("legal.poa", language(args), case_no=args.case_no.strip().upper(),
                  date=granted_on, lawyer=rep.lawyer))
    return 0


def legal_end(args: argparse.Namespace) -> int:
    ended_on = parse_date(args.date, "ended_on")
    rep = call(args, "legal", "end", args.case_no, args.lawyer, ended_on)
    if args.json:
        emit_json(rep)
    else:
        print(say("legal.ended", language(args), case_no=args.case_no.strip().upper(),
                  lawyer=rep.lawyer, date=rep.ended_on))
    return 0


def legal_list(args: argparse.Namespace) -> int:
    reps = call(args, "legal", "representatives", args.case_no)
    if args.json:
        emit_json(reps)
        return 0
    lang = language(args)
    columns = ["lawyer", "for", "since", "active", "ended", "powers"]
    table([{"lawyer": r.lawyer, "for": r.on_behalf_of or say("legal.the_person", lang),
            "since": r.since, "active": say("yes" if r.active else "no", lang),
            "ended": r.ended_on,
            "powers": "; ".join(f"{p.granted_on} {p.granted_by}" for p in r.powers_of_attorney)}
           for r in reps], columns, heads(columns, lang))
    return 0
