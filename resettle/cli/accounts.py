"""`init` and `user ...`: the first administrator and the accounts."""

from __future__ import annotations

import argparse
import sys

from resettle.domain.errors import AuthenticationFailed
from resettle.domain.roles import Role
from resettle.i18n.glossary import code

from .output import emit_json, heads, say, table
from .session import call, language, location, read_stdin_secret, secret


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = sub.add_parser("init", help="create the encrypted database and the first admin")
    init.add_argument("--admin", required=True, help="user name of the first administrator")
    init.add_argument("--passphrase-mode", action="store_true",
                      help="protect the key with a passphrase even if a credential store exists")
    init.set_defaults(func=init_cmd)

    user = sub.add_parser("user", help="manage accounts (admins)")
    us = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = us.add_parser("add", help="add an account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--display-name", default="")
    add.add_argument("--password-stdin", action="store_true", required=True,
                     help="read the new account's password from standard input")
    add.set_defaults(func=user_add)
    us.add_parser("list", help="list accounts").set_defaults(func=user_list)
    edit = us.add_parser("edit", help="change an account's role or display name (the last "
                                      "active administrator keeps the admin role)")
    edit.add_argument("name")
    edit.add_argument("--role", choices=[r.value for r in Role])
    edit.add_argument("--display-name")
    edit.set_defaults(func=user_edit)
    for name, func, text in [("disable", user_disable, "disable an account"),
                             ("enable", user_enable, "enable a disabled account"),
                             ("unlock", user_unlock, "clear a lockout")]:
        p = us.add_parser(name, help=text)
        p.add_argument("name")
        p.set_defaults(func=func)
    remove = us.add_parser("remove", help="remove an account made by mistake (one whose name is "
                                          "on no record or audit entry; else disable it)")
    remove.add_argument("name")
    remove.set_defaults(func=user_remove)
    reset = us.add_parser("reset-password", help="set a new password (read from stdin)")
    reset.add_argument("name")
    reset.add_argument("--password-stdin", action="store_true", required=True)
    reset.set_defaults(func=user_reset)
    own = us.add_parser("password", help="change your own password: the current one from "
                                         "RESETTLE_PASSWORD or a prompt, the new one from stdin")
    own.add_argument("--password-stdin", action="store_true", required=True)
    own.set_defaults(func=user_password)


def init_cmd(args: argparse.Namespace) -> int:
    from resettle.services.installation import credential_store, initialise

    loc = location(args)
    password = secret("RESETTLE_PASSWORD", "Password for the new administrator")
    backend = None if (args.passphrase_mode or loc.url) else credential_store()
    passphrase = None
    if backend is None and not loc.url:
        passphrase = secret("RESETTLE_PASSPHRASE", "New passphrase for the database key")
    services, recovery = initialise(loc, args.admin, password, passphrase=passphrase,
                                    backend=backend)
    mode = "server" if loc.url else ("keyring" if backend else "passphrase")
    services.close()
    if args.json:
        emit_json({"database": str(loc.url and "server" or loc.data_dir), "mode": mode,
                   "recovery_key": recovery})
        return 0
    lang = language(args)
    print(say("init.created", lang,
              where=say("init.on_server", lang) if loc.url else loc.data_dir))
    print(say(f"init.mode.{mode}", lang))
    if recovery:
        print("\n" + say("init.recovery", lang))
        print(f"\n    {recovery}\n")
        print(say("init.recovery_use", lang))
    return 0


def _admin_call(args: argparse.Namespace, method: str, *params: object) -> int:
    info = call(args, "accounts", method, *params)
    if args.json:
        emit_json(info)
    else:
        lang = language(args)
        print(say("user_line", lang, username=info.username, role=code("role", info.role, lang),
                  name=info.display_name or "-",
                  state=say("active" if info.active else "disabled", lang)))
    return 0


def user_add(args: argparse.Namespace) -> int:
    password = read_stdin_secret("password")
    return _admin_call(args, "add_user", args.name, args.role, password, args.display_name)


def user_disable(args: argparse.Namespace) -> int:
    return _admin_call(args, "set_active", args.name, False)


def user_enable(args: argparse.Namespace) -> int:
    return _admin_call(args, "set_active", args.name, True)


def user_unlock(args: argparse.Namespace) -> int:
    return _admin_call(args, "unlock", args.name)


def user_remove(args: argparse.Namespace) -> int:
    name = call(args, "accounts", "remove_user", args.name)
    if args.json:
        emit_json({"removed": name})
    else:
        print(say("user_removed", language(args), username=name))
    return 0


def user_edit(args: argparse.Namespace) -> int:
    if args.role is None and args.display_name is None:
        raise SystemExit(_usage(say("usage.user_edit", language(args))))
    return _admin_call(args, "edit_user", args.name, args.role, args.display_name)


def _usage(text: str) -> int:
    print(f"resettle: {text}", file=sys.stderr)
    return 2


def user_reset(args: argparse.Namespace) -> int:
    return _admin_call(args, "reset_password", args.name, read_stdin_secret("password"))


def user_password(args: argparse.Namespace) -> int:
    """The logged-in user's own password (accounts.change_password: the same keys,
    re-wrapped for the new password)."""
    from resettle.services.installation import log_in
    from resettle.startup import env

    from .session import passphrase

    new = read_stdin_secret("password")
    user = args.user or env("RESETTLE_USER")
    if not user:
        raise AuthenticationFailed("user_not_given")
    old = secret("RESETTLE_PASSWORD", "Current password")
    services, actor = log_in(location(args), user, old, passphrase)
    args.account_language = actor.language
    try:
        services.accounts.change_password(actor, old, new)
    finally:
        services.close()
    print(say("password_changed", language(args), username=user))
    return 0


def user_list(args: argparse.Namespace) -> int:
    users = call(args, "accounts", "list_users")
    if args.json:
        emit_json(users)
    else:
        lang = language(args)
        columns = ["user", "role", "display_name", "active", "locked_until"]
        table([{"user": u.username, "role": code("role", u.role, lang) if lang == "ko" else
                u.role.value, "display_name": u.display_name, "active": say(
                    "yes" if u.active else "no", lang),
                "locked_until": u.locked_until.isoformat(timespec="minutes")
                if u.locked_until else ""} for u in users], columns, heads(columns, lang))
    sys.stdout.flush()
    return 0
