"""`record void|voided` (a supervisor voids any recorded fact, with a reason; it stays, struck
through) and `attachment list` (a case's documents)."""

from __future__ import annotations

import argparse

from resettle.services.corrections import ENTITIES

from .output import PHRASES, emit_json, heads, ko_word, say, table
from .session import call, language

PHRASES.update({
    "record.voided": ("{entity} {id} voided: {what}",
                      "{entity} {id}번을 무효 처리했습니다: {what}"),
})

def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    record = sub.add_parser("record", help="corrections of recorded facts")
    rs = record.add_subparsers(dest="record_command", metavar="ACTION", required=True)
    void = rs.add_parser("void", help="void a wrong record (supervisors); it stays, marked, "
                                      "with the reason")
    void.add_argument("entity", choices=sorted(ENTITIES), metavar="ENTITY",
                      help="one of: " + ", ".join(sorted(ENTITIES)))
    void.add_argument("record_id", type=int, metavar="ID")
    void.add_argument("--reason", required=True, help="why the record was wrong")
    void.set_defaults(func=record_void)
    voided = rs.add_parser("voided", help="a case's voided records, with who, when and why")
    voided.add_argument("case_no")
    voided.set_defaults(func=record_voided)

    attachment = sub.add_parser("attachment", help="documents attached to a case")
    ats = attachment.add_subparsers(dest="attachment_command", metavar="ACTION", required=True)
    lst = ats.add_parser("list", help="a case's documents (restricted ones only for "
                                      "supervisors and admins)")
    lst.add_argument("case_no")
    lst.set_defaults(func=attachment_list)


def record_void(args: argparse.Namespace) -> int:
    void = call(args, "corrections", "void", args.entity, args.record_id, args.reason)
    if args.json:
        emit_json(void)
    else:
        lang = language(args)
        print(say("record.voided", lang, entity=ko_word("audit_entity", void.entity, lang),
                  id=void.record_id, what=void.what))
    return 0


def record_voided(args: argparse.Namespace) -> int:
    voids = call(args, "corrections", "voids", args.case_no)
    if args.json:
        emit_json(voids)
        return 0
    lang = language(args)
    columns = ["entity", "id", "what", "reason", "voided_by", "at"]
    table([{"entity": ko_word("audit_entity", v.entity, lang), "id": v.record_id,
            "what": v.what, "reason": v.reason,
            "voided_by": v.voided_by, "at": v.voided_at.isoformat(timespec="minutes")}
           for v in voids], columns, heads(columns, lang))
    return 0


def attachment_list(args: argparse.Namespace) -> int:
    files = call(args, "attachments", "list", args.case_no)
    if args.json:
        emit_json(files)
        return 0
    lang = language(args)
    columns = ["id", "title", "type", "size", "restricted", "by", "at"]
    table([{"id": f.id, "title": f.title, "type": f.media_type, "size": f.size,
            "restricted": say("yes", lang) if f.restricted else "", "by": f.recorded_by,
            "at": f.recorded_at.isoformat(timespec="minutes")} for f in files],
          columns, heads(columns, lang))
    return 0
