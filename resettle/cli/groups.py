"""`group add|add-member|list|move-member`: the groups that arrived together (added to the
`group` command that cli/cases.py registers, next to `group advance`)."""

from __future__ import annotations

import argparse
from typing import Any

from resettle.domain.dates import parse_date

from .output import PHRASES, emit_json, heads, ko_word, say, table
from .session import call, language

PHRASES.update({
    "group.created": ("{kind} {code} created", "{kind} {code}을(를) 만들었습니다."),
    "group.member": ("{case_no}: now in group {code}",
                     "{case_no}: 이제 {code} 집단에 속합니다."),
    "group.moved": ("group {group}: {count} members moved to {target}",
                    "{group} 집단: {count}명을 {target} 단계로 옮겼습니다."),
    "group.skipped": ("  skipped {case_no}: {stage}",
                      "  {case_no}: {stage} 단계라서 옮기지 않았습니다."),
})


def add_group_actions(gs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = gs.add_parser("add", help="create a group or family that arrived together")
    add.add_argument("code")
    add.add_argument("--kind", choices=["group", "family"], default="group")
    add.add_argument("--arrival", help="the day they arrived (YYYY-MM-DD)")
    add.add_argument("--notes", default="")
    add.set_defaults(func=group_add)
    member = gs.add_parser("add-member", help="a person in no group joins this one")
    member.add_argument("code")
    member.add_argument("case_no")
    member.set_defaults(func=group_add_member)
    lst = gs.add_parser("list", help="groups, newest arrival first, with member counts")
    lst.add_argument("--code", default="", help="codes starting with this")
    lst.add_argument("--kind", choices=["group", "family"])
    lst.add_argument("--from", dest="arrived_from", help="arrived on or after (YYYY-MM-DD)")
    lst.add_argument("--to", dest="arrived_to", help="arrived on or before (YYYY-MM-DD)")
    lst.set_defaults(func=group_list)
    move = gs.add_parser("move-member", help="change a person's group (with a reason)")
    move.add_argument("case_no")
    move.add_argument("--to", required=True, dest="group", help="the new group's code")
    move.add_argument("--reason", required=True)
    move.set_defaults(func=group_move_member)


def group_add(args: argparse.Namespace) -> int:
    code = call(args, "groups", "create", args.code, args.kind,
                parse_date(args.arrival, "arrival_date") if args.arrival else None, args.notes)
    if args.json:
        emit_json({"code": code, "kind": args.kind})
    else:
        lang = language(args)
        print(say("group.created", lang, kind=ko_word("group_kind", args.kind, lang), code=code))
    return 0


def group_add_member(args: argparse.Namespace) -> int:
    call(args, "groups", "add_member", args.code, args.case_no)
    case_no, code = args.case_no.strip().upper(), args.code.strip().upper()
    if args.json:
        emit_json({"case_no": case_no, "group": code})
    else:
        print(say("group.member", language(args), case_no=case_no, code=code))
    return 0


def group_list(args: argparse.Namespace) -> int:
    rows = call(args, "groups", "list", code=args.code, kind=args.kind or "",
                arrived_from=parse_date(args.arrived_from, "date") if args.arrived_from
                else None,
                arrived_to=parse_date(args.arrived_to, "date") if args.arrived_to else None)
    if args.json:
        emit_json(rows)
    else:
        lang = language(args)
        columns = ["code", "kind", "arrival", "members", "active"]
        table([{"code": r.code, "kind": ko_word("group_kind", r.kind, lang),
                "arrival": r.arrival_date, "members": r.members, "active": r.active}
               for r in rows], columns, heads(columns, lang))
    return 0


def group_move_member(args: argparse.Namespace) -> int:
    call(args, "groups", "move_member", args.case_no, args.group, args.reason)
    if args.json:
        emit_json({"case_no": args.case_no.strip().upper(), "group": args.group.upper()})
    else:
        print(say("group.member", language(args), case_no=args.case_no.strip().upper(),
                  code=args.group.upper()))
    return 0


def print_move(args: argparse.Namespace, move: Any) -> int:
    """What `group advance` prints: who moved, and who was skipped because they left."""
    if args.json:
        emit_json(move)
        return 0
    lang = language(args)
    print(say("group.moved", lang, group=move.group, count=len(move.moved),
              target=ko_word("stage", move.target, lang)))
    for member in move.skipped:
        print(say("group.skipped", lang, case_no=member.case_no,
                  stage=ko_word("stage", member.stage, lang)))
    return 0
