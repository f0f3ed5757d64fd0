"""`demo`: fictional demo data in a database of its own, and `demo --remove` to take it out."""

from __future__ import annotations

import argparse
import time

from resettle.i18n.glossary import code, field

from .output import emit_json, say, table
from .session import call, language


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser(
        "demo", help="load fictional demo cases (admins); refused on a database with real cases",
        description="Loads fictional cases and demo accounts, marked as demo data. Refused "
                    "(exit 1) when the database holds any case the demo did not create. New "
                    "demo accounts get random passwords, printed once.")
    demo.add_argument("--cases", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--remove", action="store_true",
                      help="take every demo case, group and account out again")
    demo.set_defaults(func=demo_cmd)


def demo_cmd(args: argparse.Namespace) -> int:
    return demo_remove(args) if args.remove else demo_load(args)


def demo_load(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    result = call(args, "demo", "load", args.cases, args.seed)
    seconds = time.perf_counter() - started
    if args.json:
        emit_json({"cases": result.cases, "in_custody": result.in_custody,
                   "accounts": result.accounts})
        return 0
    lang = language(args)
    print(say("demo_loaded", lang, cases=result.cases, seconds=f"{seconds:.1f}",
              held=result.in_custody))
    if result.accounts:
        print()
        print(say("demo_accounts", lang))
        table([{"user": a.username, "role": code("role", a.role, lang),
                "password": a.password} for a in result.accounts],
              ["user", "role", "password"],
              [field("username", lang), field("role", lang), field("password", lang)])
    return 0


def demo_remove(args: argparse.Namespace) -> int:
    removed = call(args, "demo", "remove")
    if args.json:
        emit_json(removed)
        return 0
    lang = language(args)
    print(say("demo_removed", lang, cases=removed.cases, groups=removed.groups,
              accounts=removed.accounts))
    if removed.kept_accounts:
        print(say("demo_kept", lang, names=", ".join(removed.kept_accounts)))
    return 0
