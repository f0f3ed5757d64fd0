"""Argument parsing and dispatch; typed errors become one sentence and a documented exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from resettle import __version__

from . import exits

if TYPE_CHECKING:
    from resettle.services.installation import Location

EPILOG = """exit codes: 0 ok, 1 invalid input or broken rule, 2 usage, 3 authentication or
unlock failure, 4 permission denied, 5 not found, 70 unexpected error (see the log), 130
interrupted. --json, --user, --data-dir and --db may come before or after the command.
Messages are in Korean when the locale (LC_ALL, LC_MESSAGES, LANG) starts with ko, or,
without a locale, when the account's language is Korean."""


# Each module has register(subparsers): its commands, with `func` set to their handler.
COMMAND_MODULES = ("accounts", "database", "cases", "reports", "selftest", "legal", "notes",
                   "rewards", "person", "custody", "demo", "programme", "release",
                   "family", "hearings", "protection", "work", "server",
                   "retention", "consent", "export", "screening", "records")


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(prog="resettle", epilog=EPILOG,
                                     description="Resettle case management")
    parser.add_argument("--version", action="version", version=f"resettle {__version__}")
    _add_common(parser, argparse.SUPPRESS)
    parser.set_defaults(data_dir=None, db=None, user=None, json=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = sub.add_parser("gui", help="start the desktop application (the default)")
    gui.set_defaults(func=_gui)
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__package__}.{name}").register(sub)
    _common_everywhere(parser)
    return parser


def _add_common(parser: argparse.ArgumentParser, default: object) -> None:
    """The options every command takes. Below the top level their default is SUPPRESS, so
    one given before the command word is not reset by the command's parser."""
    known = parser._option_string_actions
    for flag, kw in (
            ("--data-dir", {"type": Path, "help": "data folder (env RESETTLE_DATA_DIR)"}),
            ("--db", {"help": "database URL, e.g. postgresql+psycopg://user@host/db "
                              "(env RESETTLE_DB_URL); default: the encrypted file"}),
            ("--user", {"help": "log in as this user (env RESETTLE_USER); the password comes "
                                "from RESETTLE_PASSWORD or a prompt"}),
            ("--json", {"action": "store_true", "help": "print data as JSON"})):
        if flag not in known:
            parser.add_argument(flag, default=default, **kw)  # type: ignore[arg-type]


def _common_everywhere(parser: argparse.ArgumentParser) -> None:
    """Every command's parser (at any depth) also takes the common options after its word."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in {id(p): p for p in action.choices.values()}.values():
                _add_common(child, argparse.SUPPRESS)
                _common_everywhere(child)


def _gui(args: argparse.Namespace) -> int:
    """Placeholder: the composition root hands `run` the real GUI starter."""
    raise NotImplementedError


def run(argv: list[str], start_gui: Callable[[Location], int] | None = None,
        gui_check: Callable[[], str] | None = None) -> int:
    """`start_gui` and `gui_check` come from the composition root: the CLI never imports Qt."""
    from resettle.domain.errors import ResettleError
    from resettle.i18n.messages import error_text
    from resettle.startup import default_data_dir, log_exception, setup_logging

    from .output import say
    from .session import language, location

    parser = build_parser()
    args = None
    try:
        args = parser.parse_args(argv)  # option values are checked here too (dates: exit 1)
        setup_logging(args.data_dir or default_data_dir())
        args.gui_check = gui_check
        func = getattr(args, "func", _gui)
        if func is _gui:
            if start_gui is None:
                parser.error(say("no_gui", language(args)))
            func = lambda a: start_gui(location(a))  # noqa: E731
        return int(func(args))
    except ResettleError as exc:
        print(f"resettle: {error_text(exc, language(args))}", file=sys.stderr)
        return exits.exit_code(exc)
    except KeyboardInterrupt:
        print(f"resettle: {say('interrupted', language(args))}", file=sys.stderr)
        return exits.INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - the last guard: log it, say it, no traceback
        log_exception(exc)
        print(f"resettle: {say('unexpected', language(args), kind=type(exc).__name__)}",
              file=sys.stderr)
        return exits.UNEXPECTED
