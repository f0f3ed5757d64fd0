"""`consent add|withdraw|list|disclosures`: the consent and disclosure register."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from resettle.domain.dates import parse_date
from resettle.domain.errors import InvalidInput
from resettle.i18n import glossary

from .output import PHRASES, emit_json, say, table
from .session import call, language, login, open_for

PHRASES.update({
    "consent.added": ("{case_no}: consent {id} to share with {recipient} from {date}",
                      "{case_no}: {date}부터 {recipient}에 대한 정보 제공 동의 {id}번을 "
                      "기록했습니다."),
    "consent.withdrawn": ("consent {id} withdrawn from {date}",
                          "동의 {id}번을 {date}부로 철회했습니다."),
    "consent.none": ("{case_no}: no consents", "{case_no}: 정보 제공 동의가 없습니다."),
    "consent.in_force": ("in force", "유효"), "consent.not_in_force": ("not in force", "효력 없음"),
})


def _date(field: str) -> Any:
    return lambda text: parse_date(text, field)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("consent", help="what the person agreed to share, with whom")
    cs = p.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    add = cs.add_parser("add", help="record a consent (with the signed form: --form FILE)")
    add.add_argument("case_no")
    add.add_argument("--recipient", required=True,
                     help="support_centre, protection_officer, lawyer or relative")
    add.add_argument("--from", dest="valid_from", required=True, type=_date("valid_from"))
    add.add_argument("--until", dest="valid_until", type=_date("valid_until"))
    add.add_argument("--name", default="", help="the recipient's name or office")
    add.add_argument("--scope", default="", help="what may be shared")
    add.add_argument("--form", type=Path, help="the signed form (PDF or image)")
    add.set_defaults(func=consent_add)
    wd = cs.add_parser("withdraw", help="record a withdrawal")
    wd.add_argument("id", type=int)
    wd.add_argument("--date", required=True, type=_date("withdrawn_on"))
    wd.set_defaults(func=consent_withdraw)
    lst = cs.add_parser("list", help="a case's consents")
    lst.add_argument("case_no")
    lst.set_defaults(func=consent_list)
    dis = cs.add_parser("disclosures", help="what was handed to whom, and when")
    dis.add_argument("case_no")
    dis.set_defaults(func=consent_disclosures)


def consent_add(args: argparse.Namespace) -> int:
    form = None
    if args.form is not None:
        if not args.form.is_file():
            raise InvalidInput("file", "not_a_file", path=args.form)
        form = args.form.read_bytes()
    services = open_for(args)
    try:
        actor = login(services, args)
        c = services.consents.add(actor, args.case_no, args.recipient, args.valid_from,
                                  args.valid_until, recipient_name=args.name, scope=args.scope)
        if form is not None:
            c = services.consents.attach_form(actor, c.id, args.form.stem, form)
    finally:
        services.close()
    if args.json:
        emit_json(c)
    else:
        lang = language(args)
        print(say("consent.added", lang, case_no=c.case_no, id=c.id, date=c.valid_from,
                  recipient=glossary.code("recipient", c.recipient, lang)))
    return 0


def consent_withdraw(args: argparse.Namespace) -> int:
    c = call(args, "consents", "withdraw", args.id, args.date)
    if args.json:
        emit_json(c)
    else:
        print(say("consent.withdrawn", language(args), id=c.id, date=c.withdrawn_on))
    return 0


def consent_list(args: argparse.Namespace) -> int:
    rows = call(args, "consents", "list", args.case_no)
    if args.json:
        emit_json(rows)
        return 0
    lang = language(args)
    if not rows:
        print(say("consent.none", lang, case_no=args.case_no.strip().upper()))
        return 0
    columns = ["id", "recipient", "recipient_name", "valid_from", "valid_until", "withdrawn_on",
               "state"]
    table([{"id": c.id, "recipient": glossary.code("recipient", c.recipient, lang),
            "recipient_name": c.recipient_name, "valid_from": c.valid_from,
            "valid_until": c.valid_until, "withdrawn_on": c.withdrawn_on,
            "state": say("consent.in_force" if c.in_force else "consent.not_in_force", lang)}
           for c in rows], columns,
          [say("col.id", lang) if c == "id" else glossary.field(c, lang) if c != "state"
           else "" for c in columns])
    return 0


def consent_disclosures(args: argparse.Namespace) -> int:
    rows = call(args, "consents", "disclosures", args.case_no)
    if args.json:
        emit_json(rows)
        return 0
    lang = language(args)
    columns = ["date", "recipient", "what", "consent", "by"]
    table([{"date": d.disclosed_on, "recipient": glossary.code("recipient", d.recipient, lang),
            "what": glossary.code("disclosure_what", d.what, lang), "consent": d.consent_id,
            "by": d.recorded_by} for d in rows], columns,
          [glossary.field(c, lang) if c != "by" else say("col.by", lang) for c in columns])
    return 0
