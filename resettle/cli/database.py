"""`db`, `audit`, `recover` and `rekey`: the database, its chain and its key."""

from __future__ import annotations

import argparse
from pathlib import Path

from resettle.domain.errors import AuthenticationFailed, UnlockFailed
from resettle.i18n.audit_words import chain_problem_in_words
from resettle.startup import env

from .output import PHRASES, emit_json, heads, ko_word, say, table
from .session import call, language, location, login, open_for, passphrase, secret

PHRASES.update({
    "db.upgraded": ("schema at revision {current} (newest {head})",
                    "데이터베이스 구조가 개정 {current}입니다(최신 개정 {head})."),
    "db.empty": ("empty", "비어 있음"),
    "db.newest": ("{current} (newest)", "{current}(최신)"),
    "db.behind": ("{current} (newest: {head})", "{current}(최신: {head})"),
    "audit.intact": ("audit chain intact: {rows} rows, every row signed by its actor, "
                     "head {head}",
                     "감사 기록 체인에 이상이 없습니다. {rows}행 모두 작성자의 서명이 있고, "
                     "헤드는 {head}입니다."),
    "audit.holds_kept": ("; holds the kept head {against}",
                         " 보관한 헤드 {against}도 체인에 들어 있습니다."),
    "audit.broken": ("audit chain BROKEN at row {row}: {problem}",
                     "감사 기록 체인이 {row}행에서 손상되었습니다: {problem}"),
    "audit.unexpected": ("schema object the migrations did not create: {name}",
                         "마이그레이션이 만들지 않은 데이터베이스 객체: {name}"),
    "recover.keyring": ("The database opens again. A new secret is in the credential store; "
                        "the old entry was removed. {user} has a new password; reset the other "
                        "accounts' passwords.",
                        "데이터베이스가 다시 열립니다. 새 비밀값을 자격 증명 저장소에 넣고 이전 "
                        "항목은 지웠습니다. {user}의 비밀번호를 새로 정했습니다. 다른 계정의 "
                        "비밀번호는 재설정하십시오."),
    "recover.passphrase": ("The database opens again. Passphrase mode: the new passphrase "
                           "protects this computer's secret. {user} has a new password; reset "
                           "the other accounts' passwords.",
                           "데이터베이스가 다시 열립니다. 암호 문구 방식: 새 암호 문구가 이 "
                           "컴퓨터의 비밀값을 보호합니다. {user}의 비밀번호를 새로 정했습니다. "
                           "다른 계정의 비밀번호는 재설정하십시오."),
    "prompt.new_password_for": ("New password for {user}", "{user}의 새 비밀번호"),
    "rekey.copy": ("kept copy {name}: {outcome}", "보관 사본 {name}: {outcome}"),
    "rekey.re-encrypted": ("re-encrypted", "다시 암호화함"), "rekey.removed": ("removed", "삭제함"),
    "rekey.done": ("The database is re-encrypted with a new key. The old recovery key no longer "
                   "works.",
                   "데이터베이스를 새 키로 다시 암호화했습니다. 이전 복구 키는 더 이상 쓸 수 "
                   "없습니다."),
    "rekey.recovery": ("\nNEW RECOVERY KEY (shown once):\n\n    {recovery}\n",
                       "\n새 복구 키(이번 한 번만 표시합니다):\n\n    {recovery}\n"),
    "backup.written": ("backup written and verified: {path} ({tables} tables)",
                       "백업을 쓰고 검증했습니다: {path}(표 {tables}개)"),
    "restore.done": ("restored from {file}; the previous database was kept as {kept}",
                     "{file}에서 복원했습니다. 이전 데이터베이스는 {kept}(으)로 보관했습니다."),
})

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
    print(say("db.upgraded", language(args), current=current, head=head))
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
        lang = language(args)
        print(say("db.newest" if current == head else "db.behind", lang,
                  current=current or say("db.empty", lang), head=head))
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
        lang = language(args)
        print(say("audit.intact", lang, rows=report.rows, head=report.head)
              + (say("audit.holds_kept", lang, against=args.against) if args.against else ""))
    else:
        lang = language(args)
        print(say("audit.broken", lang, row=report.first_bad_id,
                  problem=chain_problem_in_words(report.problem, lang)))
    for name in report.unexpected:
        print(say("audit.unexpected", language(args), name=name))
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
        lang = language(args)
        columns = ["id", "at", "user", "action", "entity"]
        table([{"id": r.id, "at": r.at.isoformat(timespec="seconds"), "user": r.actor,
                "action": ko_word("audit_action", r.action, lang),
                "entity": f"{ko_word('audit_entity', r.entity, lang)} {r.entity_id}".strip()}
               for r in rows], columns, heads(columns, lang))
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
        reset_after_recovery(services, user, secret(
            "RESETTLE_PASSWORD", say("prompt.new_password_for", language(args), user=user)))
    finally:
        services.close()
    print(say("recover.keyring" if backend else "recover.passphrase", language(args),
              user=user))
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
    lang = language(args)
    for name, outcome in copies:
        print(say("rekey.copy", lang, name=name,
                  outcome=say(f"rekey.{outcome}", lang) if f"rekey.{outcome}" in PHRASES
                  else outcome))
    print(say("rekey.done", lang))
    print(say("rekey.recovery", lang, recovery=recovery))
    return 0


def backup_cmd(args: argparse.Namespace) -> int:
    from resettle.services import backups

    services = open_for(args)
    try:
        info = backups.create(services, login(services, args), args.file)
    finally:
        services.close()
    print(say("backup.written", language(args), path=info.path, tables=info.tables))
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
    print(say("restore.done", language(args), file=args.file, kept=kept))
    return 0
