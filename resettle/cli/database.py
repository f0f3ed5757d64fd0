"""`db`, `audit`, `recover` and `rekey`: the database, its chain and its key."""

from __future__ import annotations

import argparse
from pathlib import Path

from resettle.domain.errors import AuthenticationFailed, UnlockFailed
from resettle.startup import env

from .output import emit_json, table
from .session import call, location, login, open_for, passphrase, secret


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="schema migrations")
    ds = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    ds.add_parser("upgrade", help="migrate to the newest schema (a copy is kept first)"
                  ).set_defaults(func=db_upgrade)
    ds.add_parser("current", help="show the schema revision").set_defaults(func=db_current)

    audit = sub.add_parser("audit", help="the audit chain")
    aus = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    ver = aus.add_parser("verify", help="check the chain, each row's author signature and "
                         "the schema; exit 1 naming the first bad row")
    ver.add_argument("--against", metavar="HEAD", default="",
                     help="a chain head kept elsewhere (from 'audit head'): the chain must "
                          "still hold it")
    ver.set_defaults(func=audit_verify)
    hd = aus.add_parser("head", help="print the chain head (row and hash) to keep elsewhere")
    hd.set_defaults(func=audit_head)
    lst = aus.add_parser("list", help="newest entries first")
    lst.add_argument("--limit", type=int, default=50)
    lst.set_defaults(func=audit_list)

    sub.add_parser("recover", help="reopen with the recovery key and store the key again"
                   ).set_defaults(func=recover_cmd)
    bk = sub.add_parser("backup", help="write a verified, encrypted backup (admins)")
    bk.add_argument("file", type=Path)
    bk.set_defaults(func=backup_cmd)
    rs = sub.add_parser("restore", help="replace the database with a backup; the current "
                                        "file is kept in the backups folder first (admins)")
    rs.add_argument("file", type=Path)
    rs.set_defaults(func=restore_cmd)
    sub.add_parser("rekey", help="re-encrypt the database with a new key (admins)"
                   ).set_defaults(func=rekey_cmd)


def db_upgrade(args: argparse.Namespace) -> int:
    from resettle.services.installation import schema_revision

    services = open_for(args)  # opening migrates, after a copy of the file
    try:
        current, head = schema_revision(services)
    finally:
        services.close()
    print(f"schema at revision {current} (newest {head})")
    return 0


def db_current(args: argparse.Namespace) -> int:
    from resettle.services.installation import schema_revision

    services = open_for_no_upgrade(args)
    try:
        current, head = schema_revision(services)
    finally:
        services.close()
    if args.json:
        emit_json({"current": current, "head": head})
    else:
        print(f"{current or 'empty'}{' (newest)' if current == head else f' (newest: {head})'}")
    return 0


def open_for_no_upgrade(args: argparse.Namespace) -> object:
    from resettle.services.installation import log_in

    user = args.user or env("RESETTLE_USER")
    if not user:
        raise AuthenticationFailed("user_not_given")
    services, args.logged_in = log_in(location(args), user,
                                      secret("RESETTLE_PASSWORD", "Password"), passphrase,
                                      upgrade=False)
    return services


def audit_verify(args: argparse.Namespace) -> int:
    report = call(args, "audit", "verify", against=args.against)
    if args.json:
        emit_json(report)
    elif report.ok:
        print(f"audit chain intact: {report.rows} rows, every row signed by its actor, "
              f"head {report.head}" + (f"; holds the kept head {args.against}"
                                       if args.against else ""))
    else:
        print(f"audit chain BROKEN at row {report.first_bad_id}: {report.problem}")
    for name in report.unexpected:
        print(f"schema object the migrations did not create: {name}")
    return 0 if report.ok else 1


def audit_head(args: argparse.Namespace) -> int:
    head = call(args, "audit", "kept_head")
    if args.json:
        emit_json({"head": head})
    else:
        print(head)
    return 0


def audit_list(args: argparse.Namespace) -> int:
    rows = call(args, "audit", "entries", limit=args.limit)
    if args.json:
        emit_json(rows)
    else:
        table([{"id": r.id, "at": r.at.isoformat(timespec="seconds"), "user": r.actor,
                "action": r.action, "entity": f"{r.entity} {r.entity_id}".strip()}
               for r in rows], ["id", "at", "user", "action", "entity"])
    return 0


def recover_cmd(args: argparse.Namespace) -> int:
    """The recovery key reopens the database; the administrator named by --user (or
    RESETTLE_USER) sets a new password, which makes their key slot. Other accounts log in
    again after that administrator resets their passwords."""
    from resettle.services.installation import credential_store, recover, reset_after_recovery

    loc = location(args)
    key = secret("RESETTLE_RECOVERY_KEY", "Recovery key", UnlockFailed)
    user = args.user or env("RESETTLE_USER")
    if not user:
        raise AuthenticationFailed("user_not_given")
    backend = credential_store()
    new_passphrase = None if backend else secret(
        "RESETTLE_PASSPHRASE", "New passphrase for the database key", UnlockFailed)
    services = recover(loc, key, new_passphrase=new_passphrase, backend=backend)
    try:
        reset_after_recovery(services, user, secret("RESETTLE_PASSWORD",
                                                    "New password for " + user))
    finally:
        services.close()
    print("The database opens again. " + (
        "A new secret is in the credential store; the old entry was removed." if backend else
        "Passphrase mode: the new passphrase protects this computer's secret.")
        + f" {user} has a new password; reset the other accounts' passwords.")
    return 0


def rekey_cmd(args: argparse.Namespace) -> int:
    from resettle.services.installation import credential_store, key_mode, rotate_key

    loc = location(args)
    services = open_for(args)
    actor = login(services, args)
    mode = key_mode(loc)
    services, recovery, copies = rotate_key(
        services, actor, loc, backend=credential_store() if mode == "keyring" else None)
    services.close()
    for name, outcome in copies:
        print(f"kept copy {name}: {outcome}")
    print("The database is re-encrypted with a new key. The old recovery key no longer works.")
    print(f"\nNEW RECOVERY KEY (shown once):\n\n    {recovery}\n")
    return 0


def backup_cmd(args: argparse.Namespace) -> int:
    from resettle.services import backups

    services = open_for(args)
    try:
        info = backups.create(services, login(services, args), args.file)
    finally:
        services.close()
    print(f"backup written and verified: {info.path} ({info.tables} tables)")
    return 0


def restore_cmd(args: argparse.Namespace) -> int:
    from resettle.services import backups
    from resettle.services.installation import key_mode

    loc = location(args)
    services = open_for(args)
    actor = login(services, args)
    phrase = passphrase() if key_mode(loc) == "passphrase" else None
    reopened, kept = backups.restore(services, actor, loc, args.file, phrase)
    reopened.close()
    print(f"restored from {args.file}; the previous database was kept as {kept}")
    return 0
