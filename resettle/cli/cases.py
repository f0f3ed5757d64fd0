"""`intake`, `case` and `group`: the case lifecycle from the command line
(`custody` is in custody.py, `case correct` in corrections.py, `demo` in demo.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from resettle.domain.dates import parse_date
from resettle.domain.errors import NotFound
from resettle.domain.stages import ExclusionGround, Stage
from resettle.i18n.glossary import term

from .corrections import add_case_correct
from .groups import add_group_actions, print_move
from .output import emit_json, table
from .retention import retention_line
from .session import call, language


def _date(field: str) -> Any:
    """A date option; a bad one is invalid input (exit 1) naming the field, not a usage error."""
    return lambda text: parse_date(text, field)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    intake = sub.add_parser("intake", help="new cases")
    ins = intake.add_subparsers(dest="intake_command", metavar="ACTION", required=True)
    imp = ins.add_parser("import", help="import a CSV of new arrivals (all rows or none)")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=intake_import)

    case = sub.add_parser("case", help="list, show and advance cases")
    cs = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    lst = cs.add_parser("list", help="cases matching filters")
    lst.add_argument("--stage", choices=[s.value for s in Stage])
    lst.add_argument("--search", default="")
    lst.add_argument("--custody-status", choices=["ok", "due", "overdue", "ended"],
                     help="on the --as-of day: ok/due/overdue (held), ended (left custody)")
    lst.add_argument("--as-of", type=_date("as_of"),
                     help="the state on this day (stage, custody) instead of today's")
    lst.add_argument("--limit", type=int)
    lst.set_defaults(func=case_list)
    show = cs.add_parser("show", help="one case")
    show.add_argument("case_no")
    show.add_argument("--as-of", type=_date("as_of"))
    show.set_defaults(func=case_show)
    adv = cs.add_parser("advance", help="move a case to its next stage")
    adv.add_argument("case_no")
    adv.add_argument("--to", required=True, choices=[s.value for s in Stage])
    adv.add_argument("--date", required=True, type=_date("date"))
    adv.add_argument("--reason", default="")
    adv.add_argument("--ground", choices=[g.value for g in ExclusionGround])
    adv.set_defaults(func=case_advance)
    add_case_correct(cs)

    group = sub.add_parser("group", help="groups that arrived together")
    gs = group.add_subparsers(dest="group_command", metavar="ACTION", required=True)
    gadv = gs.add_parser("advance", help="move every member, or none")
    gadv.add_argument("group")
    gadv.add_argument("--to", required=True, choices=[s.value for s in Stage])
    gadv.add_argument("--date", required=True, type=_date("date"))
    gadv.add_argument("--reason", default="")
    gadv.set_defaults(func=group_advance)
    add_group_actions(gs)


def intake_import(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise NotFound("file", args.file) from exc
    results = call(args, "intake", "import_csv", data)
    if args.json:
        emit_json([{"line": line, "case_no": r.case_no,
                    "possible_duplicates": list(r.possible_duplicates)} for line, r in results])
        return 0
    for line, r in results:
        print(r.case_no)
        if r.possible_duplicates:
            print(f"line {line}: warning: possible duplicate of "
                  f"{', '.join(r.possible_duplicates)}", file=sys.stderr)
    return 0


def row_json(r: Any) -> dict[str, Any]:
    return {"case_no": r.case_no, "stage": r.stage, "stage_date": r.stage_date,
            "names": {"hangul": r.name.hangul, "latin": r.name.latin},
            "sex": r.sex, "age": r.age, "custody_days": r.custody_days,
            "custody_limit": r.custody_limit, "custody_status": r.custody_status,
            "caseworker": r.caseworker, "group": r.group, "flags": list(r.flags)}


def case_list(args: argparse.Namespace) -> int:
    from resettle.services.cases import CaseQuery

    q = CaseQuery(search=args.search, stage=args.stage, custody_status=args.custody_status,
                  as_of=args.as_of)
    rows = call(args, "cases", "list_cases", q, args.limit)
    if args.json:
        emit_json([row_json(r) for r in rows])
    else:
        table([{"case": r.case_no, "name": f"{r.name.hangul} {r.name.latin}".strip(),
                "stage": r.stage, "custody": _custody_cell(r)} for r in rows],
              ["case", "name", "stage", "custody"])
    return 0


def _custody_cell(r: Any) -> str:
    """Days held against the limit; a stopped clock says so and warns about nothing."""
    if r.custody_days is None:
        return ""
    if r.custody_status == "ended":
        return f"{r.custody_days} days held (ended)"
    return f"{r.custody_days}/{r.custody_limit} {r.custody_status}"


def custody_json(c: Any) -> dict[str, Any]:
    """The custody fields of `case show --json` (scripts depend on them)."""
    return {"custody_start": c.start if c else None, "custody_end": c.end if c else None,
            "custody_days": c.days_held if c else None,
            "custody_limit": c.limit if c else None,
            "custody_last_lawful_day": c.last_lawful_day if c else None,
            "custody_status": c.status if c else None,
            "custody_days_left": c.days_left if c and c.running else None,
            "custody_over_limit_days": c.over_limit_days if c else None,
            "extensions": [{"id": x.id, "days": x.days, "status": x.status,
                            "reason": x.reason, "requested_by": x.requested_by,
                            "decision_date": x.decision_date, "decided_by": x.decided_by}
                           for x in (c.extensions if c else ())]}


def case_show(args: argparse.Namespace) -> int:
    d = call(args, "cases", "show", args.case_no, args.as_of)
    c = d.custody
    out = {"case_no": d.case_no, "stage": d.stage, "stage_date": d.stage_date,
           "names": {"hangul": d.name.hangul, "latin": d.name.latin,
                     "other": [{"kind": n.kind, "hangul": n.hangul, "latin": n.latin}
                               for n in d.other_names]},
           "former_names": [{"hangul": n.hangul, "latin": n.latin, "until": n.valid_until}
                            for n in d.former_names],
           "birth_date": d.birth_date, "sex": d.sex, "arrival_date": d.arrival_date,
           "group": d.group, "caseworker": d.caseworker, "flags": list(d.flags),
           "as_of": d.as_of, **custody_json(c),
           "events": [{"date": e.effective_date, "from": e.from_stage, "to": e.to_stage,
                       "by": e.recorded_by, "voided": e.voided, "reason": e.reason}
                      for e in d.events], "retention": d.sections.get("retention")}
    if args.json:
        emit_json(out)
        return 0
    print(f"{d.case_no}  {d.name.hangul}  {d.name.latin}  ({d.sex}, born {d.birth_date or '?'})")
    for n in d.former_names:
        print(f"formerly {n.hangul}  {n.latin}  (until {n.valid_until})".replace("    ", "  "))
    print(f"stage: {d.stage} since {d.stage_date} (as of {d.as_of})")
    print(f"arrival (day 1 of custody): {d.arrival_date}")
    if d.sections.get("retention") is not None:  # "to be anonymised on …" (issue 18)
        print(retention_line(d.sections["retention"], language(args)))
    if c and not c.running:
        over = f", {c.over_limit_days} days over the limit" if c.over_limit_days else ""
        print(f"custody: ended {c.end}, {c.days_held} days held of {c.limit}{over}")
    elif c:
        print(f"custody: day {c.days_held} of {c.limit} ({c.status}, {c.days_left} days left,"
              f" last lawful day {c.last_lawful_day})")
    for x in (c.extensions if c else ()):  # a lapsed request shows as lapsed (issue 12)
        decided = f" {x.decision_date}" if x.decision_date else ""
        print(f"  extension {x.id}: +{x.days} days, "
              f"{term(f'extension_status.{x.status}', language(args))}{decided}")
    for e in d.events:
        mark = " [corrected]" if e.voided else ""
        print(f"  {e.effective_date}  {e.from_stage or '-'} -> {e.to_stage}  "
              f"by {e.recorded_by or '?'}{mark}")
    return 0


def case_advance(args: argparse.Namespace) -> int:
    call(args, "lifecycle", "advance", args.case_no, args.to, args.date, args.reason,
          args.ground)
    print(f"{args.case_no.upper()}: {args.to} from {args.date}")
    return 0


def group_advance(args: argparse.Namespace) -> int:
    return print_move(args, call(args, "groups", "move", args.group, args.to, args.date,
                                 args.reason))

