"""Intake: a new person and their case, the possible-duplicate warning, and CSV import."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from resettle.domain import names, validation
from resettle.domain.dates import PartialDate
from resettle.domain.errors import ImportProblem, InvalidInput, ResettleError
from resettle.domain.roles import Action
from resettle.domain.stages import Stage
from resettle.storage.models import Case, Group, Note, Person, PersonName, Setting, StageEvent

from .case_state import refresh
from .context import Actor, Context, Tx, transaction
from .csv_intake import read
from .intake_form import IntakeForm
from .views import IntakeResult


class PossibleDuplicate(ResettleError):
    """Same or variant name and birth year as existing cases; a person must look first."""

    code = "possible_duplicate"


@dataclass(frozen=True)
class CleanIntake:
    form: IntakeForm
    keys: names.NameKeys
    birth: PartialDate | None


def clean(form: IntakeForm, today: date) -> CleanIntake:
    """Validate every field; the first broken rule is raised, naming its field."""
    t = validation
    form = replace(
        form,
        family_name=t.required_text(form.family_name, "family_name"),
        given_name=t.required_text(form.given_name, "given_name"),
        family_name_latin=t.optional_text(form.family_name_latin, "family_name_latin"),
        given_name_latin=t.optional_text(form.given_name_latin, "given_name_latin"),
        sex=t.sex(form.sex).value,
        travel_document=t.travel_document(form.travel_document or "none").value,
        birth_place=t.optional_text(form.birth_place, "birth_place"),
        occupation=t.optional_text(form.occupation, "occupation"),
        route=t.optional_text(form.route, "route", multiline=True),
        group=t.optional_text(form.group, "group").upper(),
        referred_by=t.optional_text(form.referred_by, "referred_by"),
        notes=t.optional_text(form.notes, "notes", multiline=True),
    )
    if form.arrival_date > today:
        raise InvalidInput("arrival_date", "date_in_future", date=form.arrival_date)
    birth = PartialDate.parse(form.birth_date, "birth_date") if form.birth_date.strip() else None
    if birth is not None and birth.approx_date() > form.arrival_date:
        raise InvalidInput("birth_date", "date_after", date=str(birth), other="arrival_date",
                           other_date=form.arrival_date)
    keys = names.name_keys(form.family_name, form.given_name, form.family_name_latin,
                           form.given_name_latin)
    return CleanIntake(form, keys, birth)


def duplicates(session: Session, item: CleanIntake) -> tuple[str, ...]:
    """Cases whose current or former name is the same (up to the initial-sound rule: 리금숙
    and 이금숙) or a romanisation variant, with the same or an unknown birth year. Equality
    on indexed keys (names.same_name says the same in pure code)."""
    conds = [Person.key_folded == item.keys.folded]
    former = [PersonName.key_folded == item.keys.folded]
    if item.keys.latin_folded:
        conds.append(Person.key_latin == item.keys.latin_folded)
        former.append(PersonName.key_latin == item.keys.latin_folded)
    year = item.birth.year if item.birth else None
    q = select(Case.case_no).join(Person, Case.person_id == Person.id).where(
        or_(*conds, Person.id.in_(select(PersonName.person_id).where(or_(*former)))))
    if year is not None:
        q = q.where(or_(Person.birth_year == year, Person.birth_year.is_(None)))
    return tuple(session.scalars(q.order_by(Case.case_no)))


def next_case_no(session: Session, year: int) -> str:
    """R-YYYY-NNNNN from a per-year counter row, locked so concurrent intakes never collide."""
    key = f"case_seq:{year}"
    row = session.scalar(select(Setting).where(Setting.key == key).with_for_update())
    if row is None:  # the year's first case: two intakes may both get here (on a server)
        last = session.scalar(select(func.max(Case.case_no)).where(
            Case.case_no.like(f"R-{year}-%")))
        try:
            with session.begin_nested():
                session.add(Setting(key=key, value=int(last[-5:]) if last else 0))
        except IntegrityError:
            pass  # the other intake made the counter first: take it, locked, below
        row = session.scalar(select(Setting).where(Setting.key == key).with_for_update())
        assert row is not None
    row.value = int(str(row.value)) + 1
    return validation.format_case_no(year, int(str(row.value)))


def group_for(session: Session, code: str, arrival: date) -> Group | None:
    if not code:
        return None
    group = session.scalar(select(Group).where(Group.code == code))
    if group is None:
        group = Group(code=code, arrival_date=arrival)
        session.add(group)
        session.flush()
    return group


def create(tx: Tx, item: CleanIntake) -> str:
    f, s = item.form, tx.session
    person = Person(
        family_name=f.family_name, given_name=f.given_name,
        family_name_latin=f.family_name_latin, given_name_latin=f.given_name_latin,
        **item.keys.columns(),
        birth_date=str(item.birth) if item.birth else None,
        birth_precision=item.birth.precision.value if item.birth else None,
        birth_year=item.birth.year if item.birth else None, sex=f.sex,
        origin_city=f.birth_place, occupation=f.occupation, recorded_by_id=tx.actor.id)
    group = group_for(s, f.group, f.arrival_date)
    case = Case(case_no=next_case_no(s, f.arrival_date.year), person=person,
                stage=Stage.INTAKE.value, stage_date=f.arrival_date,
                arrival_date=f.arrival_date, arrival_year=f.arrival_date.year, route=f.route,
                travel_document=f.travel_document, referred_by=f.referred_by,
                group_id=group.id if group else None, high_profile=f.high_profile,
                caseworker_id=tx.actor.id, recorded_by_id=tx.actor.id)
    s.add(case)
    s.flush()
    s.add(StageEvent(case_id=case.id, to_stage=Stage.INTAKE.value,
                     effective_date=f.arrival_date, recorded_by_id=tx.actor.id))
    refresh(s, case)  # the custody clock runs from the arrival, intake included
    if f.notes:
        s.add(Note(case_id=case.id, text=f.notes, recorded_by_id=tx.actor.id))
    tx.audit("create", "case", case.case_no, case.id,
             {"stage": "intake", "arrival_date": f.arrival_date.isoformat(),
              "group": f.group or None})
    return case.case_no


class Intake:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def check(self, actor: Actor, form: IntakeForm) -> tuple[str, ...]:
        """Validate and list possible duplicates without saving (the wizard's warning step)."""
        with transaction(self.ctx, actor, Action.CREATE_CASE) as tx:
            found = duplicates(tx.session, clean(form, self.ctx.today()))
            tx.audit("view", "duplicate_check",  # issue 15: a read of other people's cases
                     details={"results": len(found), "case_nos": list(found)})
            return found

    def intake(self, actor: Actor, form: IntakeForm, *,
               accept_duplicates: bool = False) -> IntakeResult:
        """Possible duplicates stop the intake unless a person has looked and accepted them;
        cases are never merged silently."""
        with transaction(self.ctx, actor, Action.CREATE_CASE) as tx:
            item = clean(form, self.ctx.today())
            found = duplicates(tx.session, item)
            if found and not accept_duplicates:
                raise PossibleDuplicate("possible_duplicate", case_nos=found,
                                        cases=", ".join(found))
            return IntakeResult(create(tx, item), found)

    def import_csv(self, actor: Actor, data: bytes) -> list[tuple[int, IntakeResult]]:
        """All rows or none, in one transaction; every bad row is reported by its line."""
        with transaction(self.ctx, actor, Action.CREATE_CASE) as tx:
            rows, problems = read(data)
            today, cleaned = self.ctx.today(), []
            for line, form in rows:
                try:
                    cleaned.append((line, clean(form, today)))
                except InvalidInput as exc:
                    problems.append(ImportProblem.of(line, exc))
            if problems:
                raise ImportRejected(sorted(problems))
            results = []
            for line, item in cleaned:
                found = duplicates(tx.session, item)
                results.append((line, IntakeResult(create(tx, item), found)))
            return results


def _line_number(problem: str) -> int:
    return int(problem.split(":", 1)[0].removeprefix("line "))


class ImportRejected(ResettleError):
    """Bad rows: nothing was imported. `problems` are ImportProblem(line, field, code, params)."""

    code = "import_rejected"

    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__("import_rejected", count=len(problems), problems=problems)
        self.problems = problems
