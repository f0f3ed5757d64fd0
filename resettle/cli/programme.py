"""`cohort add|list` and `programme enrol|attend|complete`: the settlement programme."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from resettle.domain.dates import parse_date
from resettle.domain.errors import InvalidInput

from .output import PHRASES, emit_json, heads, say, table
from .session import call, language

if TYPE_CHECKING:
    from resettle.services.programme import ProgrammeView

PHRASES.update({
    "cohort.added": ("cohort {code}: {start} to {end} ({weeks} weeks)",
                     "{code} 기수: {start}~{end}({weeks}주)"),
    "programme.line": ("{case_no}: cohort {code}, enrolled {enrolled}, {state}",
                       "{case_no}: {code} 기수, {enrolled} 입소, {state}"),
    "programme.completed": ("completed {date}", "{date} 수료"),
    "programme.complete": ("every required hour attended", "필수 시간 모두 이수"),
    "programme.hours": ("{hours} hours attended", "{hours}시간 이수"),
})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cohort = sub.add_parser("cohort", help="programme cohorts")
    cs = cohort.add_subparsers(dest="cohort_command", metavar="ACTION", required=True)
    add = cs.add_parser("add", help="create a cohort")
    add.add_argument("code")
    add.add_argument("--start", required=True, help="first day (YYYY-MM-DD)")
    add.add_argument("--weeks", help="length in weeks (default: the programme_weeks setting)")
    add.add_argument("--centre", default="", help="the education centre")
    add.set_defaults(func=cohort_add)
    lst = cs.add_parser("list", help="cohorts, newest first, with member counts")
    lst.add_argument("--code", default="", help="codes starting with this")
    lst.add_argument("--from", dest="started_from", help="started on or after (YYYY-MM-DD)")
    lst.add_argument("--to", dest="started_to", help="started on or before (YYYY-MM-DD)")
    lst.add_argument("--running-on", help="cohorts whose weeks include this day")
    lst.set_defaults(func=cohort_list)

    programme = sub.add_parser("programme", help="a person's settlement programme")
    ps = programme.add_subparsers(dest="programme_command", metavar="ACTION", required=True)
    enrol = ps.add_parser("enrol", help="enrol a case in a cohort")
    enrol.add_argument("case_no")
    enrol.add_argument("--cohort", required=True)
    enrol.add_argument("--date", required=True, help="enrolment date (YYYY-MM-DD)")
    enrol.set_defaults(func=programme_enrol)
    attend = ps.add_parser("attend", help="record hours attended in a module")
    attend.add_argument("case_no")
    attend.add_argument("--module", required=True)
    attend.add_argument("--date", required=True, help="day attended (YYYY-MM-DD)")
    attend.add_argument("--hours", required=True, help="hours, to a tenth (e.g. 6 or 3.5)")
    attend.set_defaults(func=programme_attend)
    complete = ps.add_parser("complete", help="record completion (every required hour)")
    complete.add_argument("case_no")
    complete.add_argument("--date", required=True, help="completion date (YYYY-MM-DD)")
    complete.set_defaults(func=programme_complete)


def _opt_date(text: str | None, field: str) -> date | None:
    return parse_date(text, field) if text else None


def _number(text: str, field: str, kind: type[int] | type[float]) -> int | float:
    try:
        return kind(text.strip())
    except ValueError:
        raise InvalidInput(field, "not_a_number", value=text) from None


def cohort_add(args: argparse.Namespace) -> int:
    start = parse_date(args.start, "start_date")
    weeks = int(_number(args.weeks, "weeks", int)) if args.weeks else None
    info = call(args, "programme", "create_cohort", args.code, start, weeks, args.centre)
    if args.json:
        emit_json(info)
    else:
        print(say("cohort.added", language(args), code=info.code, start=info.start_date,
                  end=info.expected_end, weeks=info.weeks))
    return 0


def cohort_list(args: argparse.Namespace) -> int:
    rows = call(args, "programme", "cohorts", code=args.code,
                started_from=_opt_date(args.started_from, "start_date"),
                started_to=_opt_date(args.started_to, "start_date"),
                running_on=_opt_date(args.running_on, "date"))
    if args.json:
        emit_json(rows)
    else:
        columns = ["code", "start", "expected_end", "weeks", "members", "completed", "centre"]
        table([{"code": r.code, "start": r.start_date, "expected_end": r.expected_end,
                "weeks": r.weeks, "members": r.members, "completed": r.completed,
                "centre": r.centre} for r in rows], columns, heads(columns, language(args)))
    return 0


def _programme(args: argparse.Namespace, view: ProgrammeView) -> int:
    if args.json:
        emit_json(view)
    else:
        lang = language(args)
        state = say("programme.completed", lang, date=view.completed_on) \
            if view.completed_on else say("programme.complete", lang) if view.complete \
            else say("programme.hours", lang, hours=f"{view.total_hours:g}")
        print(say("programme.line", lang, case_no=args.case_no.strip().upper(),
                  code=view.cohort.code, enrolled=view.enrolled_on, state=state))
    return 0


def programme_enrol(args: argparse.Namespace) -> int:
    day = parse_date(args.date, "enrolled_on")
    return _programme(args, call(args, "programme", "enrol", args.case_no, args.cohort, day))


def programme_attend(args: argparse.Namespace) -> int:
    day = parse_date(args.date, "attended_on")
    hours = float(_number(args.hours, "hours", float))
    return _programme(args, call(args, "programme", "record_attendance", args.case_no,
                                 args.module, day, hours))


def programme_complete(args: argparse.Namespace) -> int:
    day = parse_date(args.date, "completed_on")
    return _programme(args, call(args, "programme", "complete", args.case_no, day))
