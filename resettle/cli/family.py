"""`relative add|list`: the person's relatives, "in the North" or not (never in a lawyer's
view when the lawyer acts for a relative)."""

from __future__ import annotations

import argparse

from .output import PHRASES, emit_json, heads, ko_word, say, table
from .session import call, language

PHRASES.update({
    "relative.added": ("{case_no}: relative {id} ({relation}) recorded",
                       "{case_no}: 가족 {id}번({relation})을 기록했습니다."),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rel = sub.add_parser("relative", help="relatives of the person")
    rs = rel.add_subparsers(dest="relative_command", metavar="ACTION", required=True)
    add = rs.add_parser("add", help="record a relative")
    add.add_argument("case_no")
    add.add_argument("--relation", required=True,
                     help="mother, father, spouse, child, sibling, grandparent, grandchild, "
                          "other")
    add.add_argument("--family-name", required=True, help="in Hangul")
    add.add_argument("--given-name", required=True, help="in Hangul")
    add.add_argument("--in-north", action="store_true",
                     help="the relative lives in the North (else: where is not recorded)")
    add.add_argument("--at-risk", action="store_true", help="the relative is at risk")
    add.add_argument("--birth-date", help="YYYY, YYYY-MM or YYYY-MM-DD")
    add.set_defaults(func=relative_add)
    lst = rs.add_parser("list", help="a case's relatives")
    lst.add_argument("case_no")
    lst.set_defaults(func=relative_list)


def relative_add(args: argparse.Namespace) -> int:
    r = call(args, "relatives", "add_relative", args.case_no, args.relation, args.family_name,
             args.given_name, "north" if args.in_north else "unknown", at_risk=args.at_risk,
             birth_date=args.birth_date)
    if args.json:
        emit_json(r)
    else:
        lang = language(args)
        print(say("relative.added", lang, case_no=args.case_no.strip().upper(), id=r.id,
                  relation=ko_word("relation", r.relation, lang)))
    return 0


def relative_list(args: argparse.Namespace) -> int:
    rows = call(args, "relatives", "relatives", args.case_no)
    if args.json:
        emit_json(rows)
        return 0
    lang = language(args)
    columns = ["id", "relation", "name", "born", "where", "at_risk"]
    table([{"id": r.id, "relation": ko_word("relation", r.relation, lang),
            "name": f"{r.family_name}{r.given_name}", "born": r.birth_date,
            "where": ko_word("location", r.location, lang),
            "at_risk": say("yes", lang) if r.at_risk else ""}
           for r in rows], columns, heads(columns, lang))
    return 0
