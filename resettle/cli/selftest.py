"""`self-test`: check this installation on throwaway data (exit 0 when everything works)."""

from __future__ import annotations

import argparse

from .output import emit_json


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub.add_parser("self-test", help="check this installation without touching user data"
                   ).set_defaults(func=self_test)


def _logged_in(args: argparse.Namespace) -> object | None:
    """With a user (--user or RESETTLE_USER) and an installation, the database's own checks
    run too (its schema, its audit chain); without, only the throwaway ones."""
    from resettle.services.installation import is_initialised
    from resettle.startup import env

    from .session import location, open_for

    if not (getattr(args, "user", None) or env("RESETTLE_USER")) or \
            not is_initialised(location(args)):
        return None
    return open_for(args)


def self_test(args: argparse.Namespace) -> int:
    from resettle.services import selftest

    extra = [("Qt (offscreen)", args.gui_check)] if getattr(args, "gui_check", None) else []
    services = _logged_in(args)
    try:
        if services is not None:
            extra += selftest.database_checks(services, args.logged_in)
        checks = selftest.run(extra)
    finally:
        if services is not None:
            services.close()
    if args.json:
        emit_json(checks)
    else:
        for c in checks:
            print(f"{'ok  ' if c.ok else 'FAIL'} {c.name:<20} {c.detail} ({c.seconds:.2f} s)")
    return 0 if all(c.ok for c in checks) else 1
