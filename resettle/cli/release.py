"""`release place`, `followup add|list` and `flag raise|clear|list`: after the programme."""

from __future__ import annotations

import argparse

from resettle.domain.dates import parse_date
from resettle.domain.followup import ContactKind, PlacementType, RiskFlag

from .output import emit_json, table
from .session import call

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
        print(f"{args.case_no.strip().upper()}: placed ({placement.placement_type}, "
              f"{placement.region}) from {placement.start_date}")
    return 0


def followup_add(args: argparse.Namespace) -> int:
    day = parse_date(args.date, "contact_date")
    contact = call(args, "release", "add_follow_up", args.case_no, day, args.kind,
                   args.wellbeing, args.note)
    if args.json:
        emit_json(contact)
    else:
        print(f"{args.case_no.strip().upper()}: {contact.kind} on {contact.contact_date} "
              f"recorded")
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
    print(f"released {view.release_date}, protection until {view.protection_end}; "
          f"{view.overdue} overdue as of {view.as_of}")
    table([{"scheduled": s.scheduled, "state": s.state, "done_on": s.done_on}
           for s in view.schedule if s.state != "upcoming"],
          ["scheduled", "state", "done_on"])
    if view.contacts:
        print()
        table([{"id": c.id, "date": c.contact_date, "kind": c.kind, "wellbeing": c.wellbeing,
                "note": c.notes} for c in view.contacts],
              ["id", "date", "kind", "wellbeing", "note"])
    return 0


def _flag(args: argparse.Namespace, method: str, field: str) -> int:
    day = parse_date(args.date, field)
    entry = call(args, "release", method, args.case_no, args.flag, day, args.reason)
    if args.json:
        emit_json(entry)
    else:
        state = f"cleared {entry.cleared_on}" if entry.cleared_on else f"raised {entry.raised_on}"
        print(f"{args.case_no.strip().upper()}: {entry.flag} {state}")
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
        table([{"case_no": a.case_no, "flag": a.flag, "raised_on": a.raised_on,
                "note": a.note.replace("\n", " / ")} for a in alerts],
              ["case_no", "flag", "raised_on", "note"])
    return 0


def flag_list(args: argparse.Namespace) -> int:
    flags = call(args, "release", "flags", args.case_no)
    if args.json:
        emit_json(flags)
    else:
        table([{"flag": f.flag, "raised_on": f.raised_on, "cleared_on": f.cleared_on,
                "note": f.note.replace("\n", " / ")} for f in flags],
              ["flag", "raised_on", "cleared_on", "note"])
    return 0
