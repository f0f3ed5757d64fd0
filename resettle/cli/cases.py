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
from .output import PHRASES, emit_json, heads, ko_word, say, table
from .retention import retention_line
from .session import call, language

PHRASES.update({
    "case.duplicate": ("line {line}: warning: possible duplicate of {cases}",
                       "{line}행: 주의: 다음 사례와 중복일 수 있습니다: {cases}"),
    "case.custody_ended": ("{days} days held (ended)", "{days}일 보호(종료)"),
    "case.custody_held": ("{days}/{limit} {status}", "{days}/{limit}일 {status}"),
    "case.heading": ("{case_no}  {hangul}  {latin}  ({sex}, born {born})",
                     "{case_no}  {hangul}  {latin}  ({sex}, {born} 출생)"),
    "case.formerly": ("formerly {hangul}  {latin}  (until {until})",
                      "이전 성명 {hangul}  {latin}  ({until}까지)"),
    "case.stage": ("stage: {stage} since {date} (as of {as_of})",
                   "단계: {stage}({date}부터, {as_of} 기준)"),
    "case.arrival": ("arrival (day 1 of custody): {date}", "입국일(보호 1일차): {date}"),
    "case.over_limit": (", {days} days over the limit", ", 한도 {days}일 초과"),
    "case.custody_stopped": ("custody: ended {end}, {held} days held of {limit}{over}",
                             "보호기간: {end} 종료, 한도 {limit}일 중 {held}일 보호{over}"),
    "case.custody_running": ("custody: day {held} of {limit} ({status}, {left} days left, "
                             "last lawful day {last})",
                             "보호기간: {limit}일 중 {held}일째({status}, 잔여 {left}일, "
                             "보호 가능 최종일 {last})"),
    "case.extension": ("  extension {id}: +{days} days, {status}{decided}",
                       "  기간 연장 {id}번: +{days}일, {status}{decided}"),
    "case.event": ("  {date}  {before} -> {after}  by {who}{mark}",
                   "  {date}  {before} -> {after}  기록자 {who}{mark}"),
    "case.corrected_mark": (" [corrected]", " [정정됨]"),
    "case.advanced": ("{case_no}: {stage} from {date}",
                      "{case_no}: {date}부터 {stage} 단계입니다."),
})


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
    lang = language(args)
    for line, r in results:
        print(r.case_no)
        if r.possible_duplicates:
            print(say("case.duplicate", lang, line=line,
                      cases=", ".join(r.possible_duplicates)), file=sys.stderr)
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
        lang = language(args)
        columns = ["case", "name", "stage", "custody"]
        table([{"case": r.case_no, "name": f"{r.name.hangul} {r.name.latin}".strip(),
                "stage": ko_word("stage", r.stage, lang), "custody": _custody_cell(r, lang)}
               for r in rows], columns, heads(columns, lang))
    return 0


def _custody_cell(r: Any, lang: str) -> str:
    """Days held against the limit; a stopped clock says so and warns about nothing."""
    if r.custody_days is None:
        return ""
    if r.custody_status == "ended":
        return say("case.custody_ended", lang, days=r.custody_days)
    return say("case.custody_held", lang, days=r.custody_days, limit=r.custody_limit,
               status=ko_word("custody", r.custody_status, lang))


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
    lang = language(args)
    print(say("case.heading", lang, case_no=d.case_no, hangul=d.name.hangul,
              latin=d.name.latin, sex=ko_word("sex", d.sex, lang),
              born=d.birth_date or say("unknown", lang)))
    for n in d.former_names:
        print(say("case.formerly", lang, hangul=n.hangul, latin=n.latin,
                  until=n.valid_until).replace("    ", "  "))
    print(say("case.stage", lang, stage=ko_word("stage", d.stage, lang), date=d.stage_date,
              as_of=d.as_of))
    print(say("case.arrival", lang, date=d.arrival_date))
    if d.sections.get("retention") is not None:  # "to be anonymised on …" (issue 18)
        print(retention_line(d.sections["retention"], lang))
    if c and not c.running:
        over = say("case.over_limit", lang, days=c.over_limit_days) if c.over_limit_days \
            else ""
        print(say("case.custody_stopped", lang, end=c.end, held=c.days_held, limit=c.limit,
                  over=over))
    elif c:
        print(say("case.custody_running", lang, held=c.days_held, limit=c.limit,
                  status=ko_word("custody", c.status, lang), left=c.days_left,
                  last=c.last_lawful_day))
    for x in (c.extensions if c else ()):  # a lapsed request shows as lapsed (issue 12)
        decided = f" {x.decision_date}" if x.decision_date else ""
        print(say("case.extension", lang, id=x.id, days=x.days,
                  status=term(f"extension_status.{x.status}", lang), decided=decided))
    for e in d.events:
        print(say("case.event", lang, date=e.effective_date,
                  before=ko_word("stage", e.from_stage, lang) or "-",
                  after=ko_word("stage", e.to_stage, lang), who=e.recorded_by or "?",
                  mark=say("case.corrected_mark", lang) if e.voided else ""))
    return 0


def case_advance(args: argparse.Namespace) -> int:
    call(args, "lifecycle", "advance", args.case_no, args.to, args.date, args.reason,
          args.ground)
    lang = language(args)
    print(say("case.advanced", lang, case_no=args.case_no.upper(),
              stage=ko_word("stage", args.to, lang), date=args.date))
    return 0


def group_advance(args: argparse.Namespace) -> int:
    return print_move(args, call(args, "groups", "move", args.group, args.to, args.date,
                                 args.reason))

