"""`note add`: a note on a case (`--text -` reads it from standard input, out of shell history)."""

from __future__ import annotations

import argparse
import sys

from .output import emit_json
from .session import call


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    note = sub.add_parser("note", help="case notes")
    ns = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    add = ns.add_parser("add", help="add a note to a case")
    add.add_argument("case_no")
    add.add_argument("--text", required=True, help="the note; '-' reads it from standard input")
    add.add_argument("--restricted", action="store_true",
                     help="visible to supervisors and admins only (supervisors write them)")
    add.set_defaults(func=note_add)


def note_add(args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.text == "-" else args.text
    note = call(args, "notes", "add", args.case_no, text, restricted=args.restricted)
    if args.json:
        emit_json(note)
    else:
        kind = "restricted note" if note.restricted else "note"
        print(f"{args.case_no.strip().upper()}: {kind} {note.id} added")
    return 0
