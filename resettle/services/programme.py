"""The settlement programme: cohorts, enrolment, attendance hours and completion."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from resettle.domain import programme as rules
from resettle.domain.errors import InvalidInput, NotFound, RuleViolation
from resettle.domain.roles import Action
from resettle.domain.stages import Stage
from resettle.domain.validation import optional_text, required_text
from resettle.storage.models import (
    Attendance,
    Case,
    Enrolment,
    Person,
    ProgrammeCohort,
    ProgrammeModule,
)

from . import settings
from .access import find_case, scoped
from .checks import code_in, effective_date
from .context import Actor, Context, Tx, changes, transaction
from .corrections import live

MAX_WEEKS = 52
# Stages from which a person may be enrolled: a cohort is often chosen while they are
# still held, and the stage moves to `programme` on the day they start.
ENROLLABLE = frozenset({Stage.SCREENING, Stage.CUSTODY, Stage.PROGRAMME})


@dataclass(frozen=True)
class ModuleHours:
    module: str
    required: float
    attended: float
    missing: float


@dataclass(frozen=True)
class CohortInfo:
    id: int
    code: str
    start_date: date
    weeks: int
    expected_end: date
    centre: str


@dataclass(frozen=True)
class CohortRow:
    """One line of the cohort list (the Programme page, `cohort list`)."""

    code: str
    start_date: date
    weeks: int
    expected_end: date
    centre: str
    members: int
    completed: int


@dataclass(frozen=True)
class AttendanceView:
    """One attendance entry (a voided one is listed too; it counts toward nothing)."""

    id: int
    attended_on: date
    module: str
    hours: float


@dataclass(frozen=True)
class ProgrammeView:
    """One person's programme: cohort, dates, hours per module and whether complete."""

    cohort: CohortInfo
    enrolled_on: date
    completed_on: date | None
    modules: tuple[ModuleHours, ...]
    total_hours: float
    complete: bool  # every required hour attended (completion may not be recorded yet)
    attendance: tuple[AttendanceView, ...] = ()  # the entries, oldest first


@dataclass(frozen=True)
class CohortMember:
    case_no: str
    name: str  # Hangul
    name_latin: str
    enrolled_on: date
    completed_on: date | None
    modules: tuple[ModuleHours, ...]
    complete: bool


@dataclass(frozen=True)
class CohortView:
    cohort: CohortInfo
    required: tuple[tuple[str, float], ...]  # (module, hours) in programme order
    members: tuple[CohortMember, ...]


def _info(c: ProgrammeCohort) -> CohortInfo:
    return CohortInfo(c.id, c.code, c.start_date, c.weeks,
                      rules.expected_end(c.start_date, c.weeks), c.centre)


def required_hours(session: Session) -> dict[str, float]:
    """The modules and their hours, from the table (data a centre can adjust), in order."""
    return {code: float(hours) for code, hours in session.execute(
        select(ProgrammeModule.code, ProgrammeModule.required_hours)
        .order_by(ProgrammeModule.sort_order, ProgrammeModule.code))}


def _hours_by_enrolment(session: Session, where: Any) -> dict[int, dict[str, float]]:
    """Attended hours per enrolment and module, in one grouped query (voided entries left
    out: they count toward no total, missing hours or completion)."""
    out: dict[int, dict[str, float]] = defaultdict(dict)
    for enrolment_id, module, hours in session.execute(
            select(Attendance.enrolment_id, Attendance.module, func.sum(Attendance.hours))
            .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
            .where(where, live(Attendance, "attendance"))
            .group_by(Attendance.enrolment_id, Attendance.module)):
        out[enrolment_id][module] = round(float(hours), 1)
    return out


def _missing(attended: Mapping[str, float], required: Mapping[str, float]) -> dict[str, float]:
    # Module codes come from the table, so they are plain text; the domain only looks them up.
    return cast(dict[str, float], rules.missing_hours(
        cast(Mapping[rules.Module, float], attended), cast(Mapping[rules.Module, float],
                                                           required)))


def _modules(attended: Mapping[str, float],
             required: Mapping[str, float]) -> tuple[tuple[ModuleHours, ...], bool]:
    missing = _missing(attended, required)
    rows = tuple(ModuleHours(code, hours, attended.get(code, 0.0), missing.get(code, 0.0))
                 for code, hours in required.items())
    return rows, not missing


def programme_completed(session: Session, case_id: int, on: date) -> bool:
    """Whether the case's programme was completed on or before `on` (release requires it)."""
    completed = session.scalar(select(Enrolment.completed_on)
                               .where(Enrolment.case_id == case_id).limit(1))
    return completed is not None and completed <= on


def programme_for(session: Session, case_id: int) -> ProgrammeView | None:
    """The case's enrolment (a case has at most one), or None if never enrolled."""
    row = session.execute(select(Enrolment, ProgrammeCohort)
                          .join(ProgrammeCohort, ProgrammeCohort.id == Enrolment.cohort_id)
                          .where(Enrolment.case_id == case_id)).first()
    if row is None:
        return None
    enrolment, cohort = row
    required = required_hours(session)
    attended = _hours_by_enrolment(session, Enrolment.id == enrolment.id)[enrolment.id]
    modules, complete = _modules(attended, required)
    entries = tuple(AttendanceView(a.id, a.attended_on, a.module, float(a.hours))
                    for a in session.scalars(select(Attendance)
                                             .where(Attendance.enrolment_id == enrolment.id)
                                             .order_by(Attendance.attended_on, Attendance.id)))
    return ProgrammeView(_info(cohort), enrolment.enrolled_on, enrolment.completed_on, modules,
                         round(sum(attended.values()), 1), complete, entries)


class Programme:
    """Cohorts and each person's progress through the settlement programme."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def create_cohort(self, actor: Actor, code: str, start_date: date, weeks: int | None = None,
                      centre: str = "") -> CohortInfo:
        """Weeks default to the `programme_weeks` setting, else the domain's twelve."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            cohort_code = required_text(code, "code").upper()
            if not isinstance(start_date, date):
                raise InvalidInput("start_date", "not_a_date", value=start_date)
            if weeks is None:
                weeks = _default_weeks(tx)
            if isinstance(weeks, bool) or not isinstance(weeks, int) or not (
                    1 <= weeks <= MAX_WEEKS):
                raise InvalidInput("weeks", "out_of_range", min=1, max=MAX_WEEKS, value=weeks)
            if tx.session.scalar(select(ProgrammeCohort.id)
                                 .where(ProgrammeCohort.code == cohort_code)):
                raise InvalidInput("code", "already_exists", value=cohort_code)
            cohort = ProgrammeCohort(code=cohort_code, start_date=start_date, weeks=weeks,
                                     centre=optional_text(centre, "centre"),
                                     recorded_by_id=actor.id)
            tx.session.add(cohort)
            tx.session.flush()
            tx.audit("create", "programme_cohort", cohort.id, details=changes(
                {}, {"code": cohort_code, "start_date": start_date.isoformat(),
                     "weeks": weeks}))
            return _info(cohort)

    def enrol(self, actor: Actor, case_no: str, cohort_code: str,
              enrolled_on: date) -> ProgrammeView:
        """Screening, custody and programme cases; one enrolment per case."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            cohort = _cohort(tx, cohort_code)
            if case.stage not in ENROLLABLE:
                raise RuleViolation("enrol_stage", stage=case.stage,
                                    stages=", ".join(sorted(ENROLLABLE)))
            effective_date(enrolled_on, "enrolled_on", today=self.ctx.today(),
                           not_before=case.arrival_date, before_what="arrival_date")
            existing = tx.session.scalar(
                select(ProgrammeCohort.code).join(Enrolment,
                                                  Enrolment.cohort_id == ProgrammeCohort.id)
                .where(Enrolment.case_id == case.id))
            if existing is not None:
                raise InvalidInput("cohort", "already_enrolled", case_no=case.case_no,
                                   cohort=existing)
            enrolment = Enrolment(case_id=case.id, cohort_id=cohort.id, enrolled_on=enrolled_on,
                                  recorded_by_id=actor.id)
            tx.session.add(enrolment)
            tx.session.flush()
            tx.audit("create", "enrolment", enrolment.id, case_id=case.id, details=changes(
                {}, {"cohort": cohort.code, "enrolled_on": enrolled_on.isoformat()}))
            return _view(tx, case.id)

    def record_attendance(self, actor: Actor, case_no: str, module: str, attended_on: date,
                          hours: float) -> ProgrammeView:
        """Hours in tenths; a day's entries together stay within the domain's maximum."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE)
            enrolment, cohort = _enrolment(tx, case, lock=True)
            code = code_in(module, required_hours(tx.session), "module")
            rules.check_attendance_date(attended_on, start=cohort.start_date,
                                        today=self.ctx.today())
            if enrolment.completed_on is not None:
                raise RuleViolation("programme_already_completed",
                                    completed_on=enrolment.completed_on)
            hours = _tenths(hours)
            that_day = tx.session.scalar(
                select(func.coalesce(func.sum(Attendance.hours), 0))
                .where(Attendance.enrolment_id == enrolment.id,
                       Attendance.attended_on == attended_on,
                       live(Attendance, "attendance")))  # a voided entry fills no day
            rules.check_attendance_hours(hours, float(that_day or 0))
            entry = Attendance(enrolment_id=enrolment.id, module=code, attended_on=attended_on,
                               hours=hours, recorded_by_id=actor.id)
            tx.session.add(entry)
            tx.session.flush()
            tx.audit("create", "attendance", entry.id, case_id=case.id, details=changes(
                {}, {"module": code, "attended_on": attended_on.isoformat(), "hours": hours}))
            return _view(tx, case.id)

    def complete(self, actor: Actor, case_no: str, completed_on: date) -> ProgrammeView:
        """Refused, naming each module's missing hours, until every required hour is attended."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE)
            enrolment, cohort = _enrolment(tx, case, lock=True)
            if enrolment.completed_on is not None:
                raise RuleViolation("programme_already_completed",
                                    completed_on=enrolment.completed_on)
            effective_date(completed_on, "completed_on", today=self.ctx.today(),
                           not_before=max(cohort.start_date, enrolment.enrolled_on),
                           before_what="start_date" if cohort.start_date >= enrolment.enrolled_on
                           else "enrolled_on")
            required = required_hours(tx.session)
            attended = _hours_by_enrolment(tx.session, Enrolment.id == enrolment.id)
            missing = _missing(attended[enrolment.id], required)
            if missing:
                raise RuleViolation("programme_hours_missing", modules=missing)
            enrolment.completed_on = completed_on
            tx.session.flush()
            tx.audit("update", "enrolment", enrolment.id, case_id=case.id, details=changes(
                {"completed_on": None}, {"completed_on": completed_on.isoformat()}))
            return _view(tx, case.id)

    def cohort_view(self, actor: Actor, cohort_code: str) -> CohortView:
        """Members with their hours; a lawyer sees only the members they represent."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            cohort = _cohort(tx, cohort_code)
            required = required_hours(tx.session)
            query = cast("Select[Any]", select(Enrolment, Case.case_no, Person)
                         .join(Case, Case.id == Enrolment.case_id)
                         .join(Person, Person.id == Case.person_id)
                         .where(Enrolment.cohort_id == cohort.id)
                         .order_by(Person.key_hangul, Case.case_no))
            rows = tx.session.execute(scoped(query, actor)).all()
            hours = _hours_by_enrolment(tx.session, Enrolment.cohort_id == cohort.id)
            members = []
            for enrolment, case_no, person in rows:
                modules, complete = _modules(hours.get(enrolment.id, {}), required)
                members.append(CohortMember(
                    case_no, person.family_name + person.given_name,
                    f"{person.family_name_latin} {person.given_name_latin}".strip(),
                    enrolment.enrolled_on, enrolment.completed_on, modules, complete))
            tx.audit("view", "programme_cohort", cohort.id,
                     details={"members": len(members)})
            return CohortView(_info(cohort), tuple(required.items()), tuple(members))

    def cohorts(self, actor: Actor, *, code: str = "", started_from: date | None = None,
                started_to: date | None = None, running_on: date | None = None,
                limit: int = 500) -> list[CohortRow]:
        """Cohorts, newest first, for a list to pick from: `code` is a prefix of the code,
        `started_from`/`started_to` bound the start date, `running_on` keeps the cohorts
        whose weeks include that day. Member counts are of the cases the actor may see."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            query = select(ProgrammeCohort).order_by(ProgrammeCohort.start_date.desc(),
                                                     ProgrammeCohort.code)
            prefix = code.strip().upper()
            if prefix:
                query = query.where(ProgrammeCohort.code.startswith(prefix, autoescape=True))
            if started_from is not None:
                query = query.where(ProgrammeCohort.start_date >= started_from)
            if started_to is not None:
                query = query.where(ProgrammeCohort.start_date <= started_to)
            if running_on is not None:  # the end needs the weeks: filtered below
                query = query.where(ProgrammeCohort.start_date <= running_on)
            rows = [c for c in tx.session.scalars(query)
                    if running_on is None or rules.expected_end(c.start_date, c.weeks)
                    >= running_on][:max(1, limit)]
            counts = _member_counts(tx, [c.id for c in rows])
            tx.audit("view", "programme_cohort", details={"count": len(rows)})
            return [CohortRow(c.code, c.start_date, c.weeks,
                              rules.expected_end(c.start_date, c.weeks), c.centre,
                              *counts.get(c.id, (0, 0))) for c in rows]


def _member_counts(tx: Tx, cohort_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Members and completed members per cohort, in one grouped query (scoped for lawyers)."""
    if not cohort_ids:
        return {}
    query = (select(Enrolment.cohort_id, func.count(Enrolment.id),
                    func.count(Enrolment.completed_on))
             .join(Case, Case.id == Enrolment.case_id)
             .where(Enrolment.cohort_id.in_(cohort_ids)).group_by(Enrolment.cohort_id))
    return {cid: (int(n), int(done))
            for cid, n, done in tx.session.execute(scoped(query, tx.actor))}


def _default_weeks(tx: Tx) -> int:
    return settings.read(tx.session).programme_weeks


def _tenths(hours: float) -> float:
    """Stored to a tenth of an hour: anything finer would be rounded silently, so refuse it."""
    if isinstance(hours, bool) or not isinstance(hours, int | float) or math.isnan(hours):
        raise InvalidInput("hours", "not_a_number", value=hours)
    if math.isinf(hours) or abs(hours * 10 - round(hours * 10)) > 1e-6:
        raise InvalidInput("hours", "tenths_of_an_hour", value=hours)
    return round(float(hours), 1)


def _cohort(tx: Tx, code: str) -> ProgrammeCohort:
    cohort = tx.session.scalar(select(ProgrammeCohort).where(
        ProgrammeCohort.code == str(code).strip().upper()))
    if cohort is None:
        raise NotFound("programme_cohort", code)
    return cohort


def _enrolment(tx: Tx, case: Case, *, lock: bool) -> tuple[Enrolment, ProgrammeCohort]:
    """Locking the enrolment serialises a day's attendance entries on PostgreSQL."""
    query = (select(Enrolment, ProgrammeCohort)
             .join(ProgrammeCohort, ProgrammeCohort.id == Enrolment.cohort_id)
             .where(Enrolment.case_id == case.id))
    if lock:
        query = query.with_for_update(of=Enrolment)
    row = tx.session.execute(query).first()
    if row is None:
        raise RuleViolation("not_enrolled", case_no=case.case_no)
    return row[0], row[1]


def _view(tx: Tx, case_id: int) -> ProgrammeView:
    view = programme_for(tx.session, case_id)
    assert view is not None
    return view
