"""`note add` and `note list`: notes on a case (`--text -` reads the note from standard
input, out of shell history)."""

from __future__ import annotations

import argparse
import sys

from .output import PHRASES, emit_json, say, table
from .session import call, language

PHRASES.update({
    "note.added": ("{case_no}: note {id} added", "{case_no}: 메모 {id}번을 추가했습니다."),
    "note.added_restricted": ("{case_no}: restricted note {id} added",
                              "{case_no}: 열람 제한 메모 {id}번을 추가했습니다."),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    note = sub.add_parser("note", help="case notes")
    ns = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    add = ns.add_parser("add", help="add a note to a case")
    add.add_argument("case_no")
    add.add_argument("--text", required=True, help="the note; '-' reads it from standard input")
    add.add_argument("--restricted", action="store_true",
                     help="visible to supervisors and admins only (supervisors write them)")
    add.set_defaults(func=note_add)
    lst = ns.add_parser("list", help="a case's notes, oldest first (restricted ones only for "
                                     "supervisors and admins)")
    lst.add_argument("case_no")
    lst.set_defaults(func=note_list)


def note_add(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    note = call(args, "notes", "add", args.case_no, text, restricted=args.restricted)
    if args.json:
        emit_json(note)
    else:
        print(say("note.added_restricted" if note.restricted else "note.added",
                  language(args), case_no=args.case_no.strip().upper(), id=note.id))
    return 0


def note_list(args: argparse.Namespace) -> int:
    notes = call(args, "notes", "list", args.case_no)
    if args.json:
        emit_json(notes)
        return 0
    lang = language(args)
    if not notes:
        print(say("no_notes", lang, case_no=args.case_no.strip().upper()))
        return 0
    columns = ["id", "recorded_at", "by", "restricted", "text"]
    table([{"id": n.id, "recorded_at": n.recorded_at.isoformat(timespec="minutes"),
            "by": n.recorded_by, "restricted": say("restricted", lang) if n.restricted else "",
            "text": " ".join(n.text.split())} for n in notes],
          columns, [say(f"col.{c}", lang) for c in columns])
    return 0
