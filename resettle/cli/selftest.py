"""`self-test`: check this installation on throwaway data (exit 0 when everything works)."""

from __future__ import annotations

import argparse

from .output import emit_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("self-test", help="check this installation without touching user data"
                   ).set_defaults(func=self_test)


def self_test(args: argparse.Namespace) -> int:
    from resettle.services import selftest

    extra = [("Qt (offscreen)", args.gui_check)] if getattr(args, "gui_check", None) else []
    checks = selftest.run(extra)
    if args.json:
        emit_json(checks)
    else:
        for c in checks:
            print(f"{'ok  ' if c.ok else 'FAIL'} {c.name:<20} {c.detail} ({c.seconds:.2f} s)")
    return 0 if all(c.ok for c in checks) else 1
