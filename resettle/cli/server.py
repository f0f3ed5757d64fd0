"""`server init|upgrade|backup|restore`: server mode set-up, run with the database owner's URL."""

from __future__ import annotations

import argparse
from pathlib import Path

from .output import PHRASES, emit_json, say
from .session import language, location, secret

PHRASES.update({
    "server.no_url": ("give the database owner's URL with --db (or RESETTLE_DB_URL)",
                      "데이터베이스 소유자의 URL을 --db(또는 RESETTLE_DB_URL)로 지정하십시오."),
    "server.ready": ("Server mode is set up. {user}'s database role: {role}",
                     "서버 방식 설정을 마쳤습니다. {user}의 데이터베이스 역할: {role}"),
    "server.upgraded": ("Schema, grants and policies are up to date.",
                        "데이터베이스 구조, 권한, 보안 정책이 최신 상태입니다."),
    "server.backup": ("Backup: {file}\nServer keys (keep apart from the backup): {keys}",
                      "백업: {file}\n서버 키(백업과 따로 보관하십시오): {keys}"),
    "server.restored": ("Restored {file}; grants and policies applied again.",
                        "{file}을(를) 복원하고 권한과 보안 정책을 다시 적용했습니다."),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser("server", help="PostgreSQL server mode (run as the database owner)")
    ss = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = ss.add_parser("init", help="schema, roles, grants, row-level security, keys and "
                                      "the first administrator (password: RESETTLE_PASSWORD)")
    init.add_argument("--admin", required=True, help="user name of the first administrator")
    init.set_defaults(func=server_init)
    ss.add_parser("upgrade", help="migrate and re-apply grants and policies").set_defaults(
        func=server_upgrade)
    backup = ss.add_parser("backup", help="pg_dump to FILE (server keys to FILE.keys)")
    backup.add_argument("file", type=Path)
    backup.set_defaults(func=server_backup)
    restore = ss.add_parser("restore", help="pg_restore FILE (and FILE.keys) into an empty "
                                            "database of the same name")
    restore.add_argument("file", type=Path)
    restore.set_defaults(func=server_restore)


def _owner(args: argparse.Namespace) -> tuple[str, str | None]:
    loc = location(args)
    if not loc.url:
        raise SystemExit(f"resettle server: {say('server.no_url', language(args))}")
    return loc.url, loc.server_password


def server_init(args: argparse.Namespace) -> int:
    from resettle.services import server_admin

    url, owner_password = _owner(args)
    password = secret("RESETTLE_PASSWORD", "Password for the new administrator")
    info = server_admin.init(url, owner_password, args.admin, password)
    if args.json:
        emit_json({"admin": info.username, "db_role": info.db_role})
    else:
        print(say("server.ready", language(args), user=info.username, role=info.db_role))
    return 0


def server_upgrade(args: argparse.Namespace) -> int:
    from resettle.services import server_admin

    server_admin.upgrade(*_owner(args))
    if args.json:
        emit_json({"upgraded": True})
    else:
        print(say("server.upgraded", language(args)))
    return 0


def server_backup(args: argparse.Namespace) -> int:
    from resettle.services import server_admin

    keys = server_admin.backup(*_owner(args), args.file)
    if args.json:
        emit_json({"backup": str(args.file), "keys": str(keys)})
    else:
        print(say("server.backup", language(args), file=args.file, keys=keys))
    return 0


def server_restore(args: argparse.Namespace) -> int:
    from resettle.services import server_admin

    server_admin.restore(*_owner(args), args.file)
    if args.json:
        emit_json({"restored": str(args.file)})
    else:
        print(say("server.restored", language(args), file=args.file))
    return 0
