"""`release place`, `followup add|list` and `flag raise|clear|list`: after the programme."""

from __future__ import annotations

import argparse

from resettle.domain.dates import parse_date
from resettle.domain.followup import ContactKind, PlacementType, RiskFlag

from .output import PHRASES, emit_json, heads, ko_word, say, table, worded
from .session import call, language

PHRASES.update({
    "release.placed": ("{case_no}: placed ({type}, {region}) from {date}",
                       "{case_no}: {date}부터 거주지를 배정했습니다({type}, {region})."),
    "followup.added": ("{case_no}: {kind} on {date} recorded",
                       "{case_no}: {date} {kind} 연락을 기록했습니다."),
    "followup.summary": ("released {released}, protection until {until}; {overdue} overdue as "
                         "of {as_of}",
                         "{released} 거주지 전입, {until}까지 보호. {as_of} 기준 기한 경과 "
                         "{overdue}건"),
    "flag.raised": ("{case_no}: {flag} raised {date}",
                    "{case_no}: {date}부터 '{flag}' 표시를 등록했습니다."),
    "flag.cleared": ("{case_no}: {flag} cleared {date}",
                     "{case_no}: {date}부로 '{flag}' 표시를 해제했습니다."),
})

# The command line's short words for the placement types (the full codes work too).
PLACEMENT_WORDS = {"rental": PlacementType.RENTAL_FLAT, "relative": PlacementType.RELATIVE,
                   "halfway": PlacementType.HALFWAY_HOUSE, "other": PlacementType.OTHER}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    release = sub.add_parser("release", help="placement for release")
    rs = release.add_subparsers(dest="release_command", metavar="ACTION", required=True)
    place = rs.add_parser("place", help="record where the person will live (a new placement "
                                        "supersedes the last)")
    place.add_argument("case_no")
    place.add_argument("--type", required=True, dest="placement_type",
                       choices=[*PLACEMENT_WORDS, *(p.value for p in PlacementType
                                                    if p.value not in PLACEMENT_WORDS)])
    place.add_argument("--region", required=True)
    place.add_argument("--date", required=True, help="start of the placement (YYYY-MM-DD)")
    place.add_argument("--support-centre", default="", help="the regional support centre")
    place.add_argument("--protection-officer", default="", help="the personal protection "
                                                                "officer")
    place.add_argument("--officer-contact", default="", help="how to reach the officer")
    place.set_defaults(func=release_place)

    followup = sub.add_parser("followup", help="follow-up contacts after release")
    fs = followup.add_subparsers(dest="followup_command", metavar="ACTION", required=True)
    add = fs.add_parser("add", help="record a contact")
    add.add_argument("case_no")
    add.add_argument("--date", required=True, help="day of the contact (YYYY-MM-DD)")
    add.add_argument("--kind", required=True, choices=[k.value for k in ContactKind])
    add.add_argument("--note", default="")
    add.add_argument("--wellbeing", type=int, choices=range(1, 6), metavar="1-5",
                     help="1 (in crisis) to 5 (well)")
    add.set_defaults(func=followup_add)
    lst = fs.add_parser("list", help="the schedule and the contacts made")
    lst.add_argument("case_no")
    lst.add_argument("--as-of", help="states as of this day (default: today)")
    lst.set_defaults(func=followup_list)

    flag = sub.add_parser("flag", help="risk flags")
    gs = flag.add_subparsers(dest="flag_command", metavar="ACTION", required=True)
    for name, func, text in (("raise", flag_raise, "raise a flag"),
                             ("clear", flag_clear, "clear a raised flag")):
        p = gs.add_parser(name, help=text)
        p.add_argument("case_no")
        p.add_argument("flag", choices=[f.value for f in RiskFlag])
        p.add_argument("--date", required=True, help="effective date (YYYY-MM-DD)")
        p.add_argument("--reason", required=True)
        p.set_defaults(func=func)
    fl = gs.add_parser("list", help="a case's flags, cleared ones included")
    fl.add_argument("case_no")
    fl.set_defaults(func=flag_list)
    gs.add_parser("alerts", help="active life-at-stake flags on every case (supervisors)"
                  ).set_defaults(func=flag_alerts)


def release_place(args: argparse.Namespace) -> int:
    day = parse_date(args.date, "start_date")
    kind = PLACEMENT_WORDS.get(args.placement_type, args.placement_type)
    placement = call(args, "release", "place", args.case_no, str(kind), args.region, day,
                     args.support_centre, args.protection_officer, args.officer_contact)
    if args.json:
        emit_json(placement)
    else:
        lang = language(args)
        print(say("release.placed", lang, case_no=args.case_no.strip().upper(),
                  type=worded("placement", placement.placement_type, lang),
                  region=placement.region, date=placement.start_date))
    return 0


def followup_add(args: argparse.Namespace) -> int:
    day = parse_date(args.date, "contact_date")
    contact = call(args, "release", "add_follow_up", args.case_no, day, args.kind,
                   args.wellbeing, args.note)
    if args.json:
        emit_json(contact)
    else:
        lang = language(args)
        print(say("followup.added", lang, case_no=args.case_no.strip().upper(),
                  kind=ko_word("contact", contact.kind, lang), date=contact.contact_date))
    return 0


def followup_list(args: argparse.Namespace) -> int:
    from .session import login, open_for

    services = open_for(args)
    try:
        actor = login(services, args)
        as_of = parse_date(args.as_of, "as_of") if args.as_of else services.ctx.today()
        view = services.release.follow_ups(actor, args.case_no, as_of)
    finally:
        services.close()
    if args.json:
        emit_json(view)
        return 0
    lang = language(args)
    print(say("followup.summary", lang, released=view.release_date,
              until=view.protection_end, overdue=view.overdue, as_of=view.as_of))
    columns = ["scheduled", "state", "done_on"]
    table([{"scheduled": s.scheduled, "state": ko_word("work_status", s.state, lang),
            "done_on": s.done_on} for s in view.schedule if s.state != "upcoming"],
          columns, heads(columns, lang))
    if view.contacts:
        print()
        columns = ["id", "date", "kind", "wellbeing", "note"]
        table([{"id": c.id, "date": c.contact_date, "kind": ko_word("contact", c.kind, lang),
                "wellbeing": c.wellbeing, "note": c.notes} for c in view.contacts],
              columns, heads(columns, lang))
    return 0


def _flag(args: argparse.Namespace, method: str, field: str) -> int:
    day = parse_date(args.date, field)
    entry = call(args, "release", method, args.case_no, args.flag, day, args.reason)
    if args.json:
        emit_json(entry)
    else:
        lang = language(args)
        print(say("flag.cleared" if entry.cleared_on else "flag.raised", lang,
                  case_no=args.case_no.strip().upper(), flag=worded("flag", entry.flag, lang),
                  date=entry.cleared_on or entry.raised_on))
    return 0


def flag_raise(args: argparse.Namespace) -> int:
    return _flag(args, "raise_flag", "raised_on")


def flag_clear(args: argparse.Namespace) -> int:
    return _flag(args, "clear_flag", "cleared_on")


def flag_alerts(args: argparse.Namespace) -> int:
    alerts = call(args, "release", "alerts")
    if args.json:
        emit_json(alerts)
    else:
        lang = language(args)
        columns = ["case_no", "flag", "raised_on", "note"]
        table([{"case_no": a.case_no, "flag": worded("flag", a.flag, lang),
                "raised_on": a.raised_on, "note": a.note.replace("\n", " / ")}
               for a in alerts], columns, heads(columns, lang))
    return 0


def flag_list(args: argparse.Namespace) -> int:
    flags = call(args, "release", "flags", args.case_no)
    if args.json:
        emit_json(flags)
    else:
        lang = language(args)
        columns = ["flag", "raised_on", "cleared_on", "note"]
        table([{"flag": worded("flag", f.flag, lang), "raised_on": f.raised_on,
                "cleared_on": f.cleared_on, "note": f.note.replace("\n", " / ")}
               for f in flags], columns, heads(columns, lang))
    return 0
