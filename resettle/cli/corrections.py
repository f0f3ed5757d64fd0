"""`case correct`: a supervisor voids a case's latest stage change, with a reason."""

from __future__ import annotations

import argparse

from resettle.i18n.glossary import code

from .output import emit_json, say
from .session import call, language


def add_case_correct(cs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Registered under `case` (cases.py calls this with the `case` group's actions)."""
    correct = cs.add_parser("correct", help="void the latest stage change (supervisors); it "
                                            "stays in the history, marked, with the reason")
    correct.add_argument("case_no")
    correct.add_argument("--reason", required=True, help="why the change was wrong")
    correct.set_defaults(func=case_correct)


def case_correct(args: argparse.Namespace) -> int:
    call(args, "lifecycle", "correct", args.case_no, args.reason)
    detail = call(args, "cases", "show", args.case_no)
    if args.json:
        emit_json({"case_no": detail.case_no, "stage": detail.stage,
                   "stage_date": detail.stage_date})
        return 0
    lang = language(args)
    print(say("corrected", lang, case_no=detail.case_no, stage=code("stage", detail.stage, lang)))
    return 0
