"""Case lists, search and the case detail; editing a person or a case with conflict detection."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from resettle.domain import custody, validation
from resettle.domain.dates import PartialDate
from resettle.domain.errors import InvalidInput
from resettle.domain.roles import Action, allowed, case_scoped
from resettle.storage.models import Case, CustodyExtension, Group, Person, StageEvent, User

from . import case_query, case_state, read_audit
from .access import check_version, find_case, scoped
from .context import Actor, Context, Tx, changes, transaction
from .views import (
    CaseDetail,
    CaseRow,
    CustodyView,
    ExtensionView,
    PersonName,
    StageEventView,
)

CaseQuery = case_query.CaseQuery
ROW_COLUMNS = [Case.id, Case.case_no, Person.family_name, Person.given_name,
               Person.family_name_latin, Person.given_name_latin, Person.sex, Person.birth_date,
               Case.stage, Case.stage_date, Case.custody_start, Case.custody_last_day,
               Case.custody_limit, User.username, Group.code, Case.flags, Case.high_profile]


custody_numbers = case_query.custody_status_on  # days held and status on a day


@functools.lru_cache(maxsize=8192)
def _age(birth: str | None, on: date) -> int | None:
    """Cached: a list page asks for hundreds of ages on one day, many of the same birth."""
    if not birth:
        return None
    try:
        return PartialDate.parse(birth, "birth_date").age_on(on)
    except (ValueError, Exception):  # noqa: BLE001 - a stored value we cannot read: no age
        return None


def to_row(r: Any, as_of: date, late: dict[int, tuple[date, date | None, int]] | None = None
           ) -> CaseRow:
    """`r` holds ROW_COLUMNS in order (unpacked: a list page builds hundreds of these);
    `late` gives the limit on as_of of cases whose extension was decided after it."""
    (case_id, case_no, family, given, family_latin, given_latin, sex, birth, stage,
     stage_date, custody_start, custody_last_day, limit, caseworker, group, flags,
     high_profile) = r
    if late and case_id in late:
        limit = late[case_id][2]
    held, status = custody_numbers(custody_start, custody_last_day, limit, as_of)
    return CaseRow(
        case_id, case_no, PersonName(family, given, family_latin, given_latin),
        sex, birth, _age(birth, as_of), stage, stage_date, (as_of - stage_date).days, held,
        limit if held is not None else None, status, caseworker or "", group or "",
        tuple(f for f in flags.split(",") if f), high_profile)


@dataclass(frozen=True)
class PersonEdit:
    family_name: str
    given_name: str
    family_name_latin: str
    given_name_latin: str
    sex: str
    birth_date: str
    origin_province: str
    origin_city: str
    occupation: str


class Cases:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _view(self, tx: Tx, as_of: date | None) -> case_query.AsOf:
        today = self.ctx.today()
        return case_query.as_of_view(tx.session, as_of or today, today)

    def _stmt(self, tx: Tx, q: CaseQuery, columns: list[Any], walk: bool = False,
              view: case_query.AsOf | None = None) -> Any:
        view = view or self._view(tx, q.as_of)
        stmt = case_query.build(q, self.ctx.db.dialect, view, columns, walk=walk)
        return scoped(stmt, tx.actor)

    @property
    def reads(self) -> read_audit.ReadLog:
        """Reads noted and audited in batches (services.read_audit)."""
        return read_audit.log_of(self.ctx)

    def find_ids(self, actor: Actor, q: CaseQuery, *, audit: bool = False) -> list[int]:
        """Every matching id in order: the GUI's lazy list fetches rows as they scroll in.
        Read-only: the search (its text, filters and count) is noted for the batched audit
        row (services.read_audit); `audit` writes that row now (the list being opened)."""
        with transaction(self.ctx, actor, Action.VIEW_CASE, read_only=not audit) as tx:
            # Plain integers straight from the driver's cursor: SQLAlchemy's row processing
            # took two thirds of the time at 100,000 ids, holding the interpreter lock
            # while the GUI thread was painting the first screen.
            found = _core(tx, self._stmt(tx, q, [Case.id])).cursor.fetchall()
            ids = [row[0] for row in found]
            self.reads.search(actor, q, results=len(ids))
            if audit:
                self.reads.flush(actor, tx.session)
        return ids

    def rows(self, actor: Actor, ids: list[int], as_of: date | None = None) -> list[CaseRow]:
        """The rows for these ids, in the order given (ids the actor may not see are skipped).
        Read-only; the ids shown are noted for the batched audit row."""
        as_of = as_of or self.ctx.today()
        with transaction(self.ctx, actor, Action.VIEW_CASE, read_only=True) as tx:
            view = self._view(tx, as_of)
            stmt = self._stmt(tx, CaseQuery(as_of=as_of), _row_columns(view), view=view
                              ).where(Case.id.in_(ids))
            found = {r.id: to_row(r, as_of, view.late) for r in _core(tx, _outer(stmt))}
        shown = [found[i] for i in ids if i in found]
        self.reads.rows(actor, [r.id for r in shown])
        return shown

    def first_rows(self, actor: Actor, q: CaseQuery, limit: int) -> list[CaseRow]:
        """The first `limit` rows in order: what a keystroke waits for (the whole id list
        follows from find_ids). Read-only, so a keystroke never takes the write lock: the
        search text and the rows shown are noted, and written as one audit row once the
        typing settles (services.read_audit)."""
        with transaction(self.ctx, actor, Action.VIEW_CASE, read_only=True) as tx:
            rows = self._first_rows(tx, q, limit)
        self.reads.search(actor, q, results=len(rows) if len(rows) < limit else None,
                          shown=[r.id for r in rows])
        return rows

    def list_cases(self, actor: Actor, q: CaseQuery, limit: int | None = None) -> list[CaseRow]:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            rows = self._first_rows(tx, q, limit)
            tx.audit("view", "case_list", details={
                "results": len(rows), "search": q.search.strip(),
                **read_audit.query_details(q), "ids": [r.id for r in rows][:read_audit.MAX_IDS]})
            return rows

    def _first_rows(self, tx: Tx, q: CaseQuery, limit: int | None) -> list[CaseRow]:
        as_of = q.as_of or self.ctx.today()
        view = self._view(tx, as_of)
        walk = limit is not None and self._worth_walking(tx, q, limit)
        if limit is None or walk:
            stmt = _outer(self._stmt(tx, q, _row_columns(view), walk, view)).limit(limit)
        else:  # collecting: the page's ids first (from cases alone, unless sorted by name),
            # then the columns of those rows. PostgreSQL underestimates a case-number prefix
            # (its range and LIKE count as independent) and joined persons, users and
            # groups to all 3,445 cases of "R-2025" before keeping 64: 30 ms, now 6.
            page = self._stmt(tx, q, [Case.id], view=view).limit(limit)
            every = CaseQuery(as_of=q.as_of, sort=q.sort, descending=q.descending)
            stmt = _outer(self._stmt(tx, every, _row_columns(view), view=view)).where(
                Case.id.in_(page))
        return [to_row(r, as_of, view.late) for r in _core(tx, stmt)]

    def _worth_walking(self, tx: Tx, q: CaseQuery, limit: int) -> bool:
        """Walk the sorted index when it finds `limit` matches sooner than collecting and
        sorting every match would: about limit * cases / matches rows read against matches,
        so walk when matches > isqrt(limit * cases). The count stops just past that (a few
        thousand index entries at 100,000 cases, however common the name)."""
        count = case_query.match_count(q, self.ctx.db.dialect)
        if count is None or case_scoped(tx.actor.role):
            return False
        cases = tx.session.scalar(select(func.max(Case.id))) or 0  # bounds the count, cheaply
        cap = math.isqrt(limit * cases) + 1
        return (tx.session.scalar(count, {"cap": cap}) or 0) >= cap

    def show(self, actor: Actor, case_no: str, as_of: date | None = None) -> CaseDetail:
        """The whole case for this actor; lawyers get it without restricted parts."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            tx.audit("view", "case", case.case_no, case.id)
            return detail(tx, case, as_of or self.ctx.today())

    def edit_case(self, actor: Actor, case_no: str, expected_version: int,
                  edit: CaseEdit) -> CaseDetail:
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            fields = ["route", "travel_document", "referred_by", "high_profile"]
            check_version("case", case.case_no, case, expected_version,
                          {f: getattr(edit, f) for f in fields}, fields)
            tx.audit("update", "case", case.case_no, case.id, _apply_case_edit(tx, case, edit))
            tx.session.flush()
            return detail(tx, case, self.ctx.today())

    def set_photo(self, actor: Actor, case_no: str, image: bytes | None) -> None:
        """JPEG or PNG, checked from the content; None removes the photo."""
        import filetype

        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            if image is not None:
                kind = filetype.guess_mime(image)
                if kind not in ("image/jpeg", "image/png"):
                    raise InvalidInput("photo", "image_format", allowed="JPEG, PNG")
                if len(image) > PHOTO_LIMIT:
                    raise InvalidInput("photo", "file_too_large", max_mb=5)
            case.person.photo = image
            tx.audit("update", "person", case.case_no, case.id,
                     {"photo": "set" if image else "removed"})

    def photo(self, actor: Actor, case_no: str) -> bytes | None:
        """Read-only; the photo being looked at is noted for the batched audit row."""
        with transaction(self.ctx, actor, Action.VIEW_CASE, read_only=True) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            image, case_id, number = case.person.photo, case.id, case.case_no
        if image is not None:
            self.reads.photo(actor, case_id, number)
        return image

    def edit_person(self, actor: Actor, case_no: str, expected_version: int,
                    edit: PersonEdit) -> CaseDetail:
        from resettle.domain import names

        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            person = case.person
            fields = list(PersonEdit.__dataclass_fields__)
            check_version("person", case.case_no, person, expected_version,
                          {f: getattr(edit, f) for f in fields}, fields)
            birth = (PartialDate.parse(edit.birth_date, "birth_date")
                     if edit.birth_date.strip() else None)
            family = validation.required_text(edit.family_name, "family_name")
            given = validation.required_text(edit.given_name, "given_name")
            family_latin = validation.optional_text(edit.family_name_latin,
                                                    "family_name_latin")
            given_latin = validation.optional_text(edit.given_name_latin, "given_name_latin")
            new: dict[str, Any] = {
                "family_name": family, "given_name": given,
                "family_name_latin": family_latin, "given_name_latin": given_latin,
                "sex": validation.sex(edit.sex).value,
                "birth_date": str(birth) if birth else None,
                "origin_province": validation.optional_text(edit.origin_province,
                                                            "origin_province"),
                "origin_city": validation.optional_text(edit.origin_city, "origin_city"),
                "occupation": validation.optional_text(edit.occupation, "occupation"),
            }
            keys = names.name_keys(family, given, family_latin, given_latin)
            before = {k: getattr(person, k) for k in new}
            for k, v in new.items():
                setattr(person, k, v)
            for column, key in keys.columns().items():
                setattr(person, column, key)
            person.birth_precision = birth.precision.value if birth else None
            person.birth_year = birth.year if birth else None
            tx.audit("update", "person", case.case_no, case.id, changes(before, new))
            tx.session.flush()
            return detail(tx, case, self.ctx.today())


@dataclass(frozen=True)
class CaseEdit:
    route: str
    travel_document: str
    referred_by: str
    high_profile: bool
    caseworker: str  # user name; empty: unassigned


def _apply_case_edit(tx: Tx, case: Case, edit: CaseEdit) -> dict[str, Any]:
    new: dict[str, Any] = {
        "route": validation.optional_text(edit.route, "route", multiline=True),
        "travel_document": validation.travel_document(edit.travel_document).value,
        "referred_by": validation.optional_text(edit.referred_by, "referred_by"),
        "high_profile": bool(edit.high_profile),
    }
    caseworker_id = None
    if edit.caseworker:
        user = tx.session.scalar(select(User).where(User.username == edit.caseworker))
        if user is None or user.role not in ("caseworker", "supervisor") or not user.active:
            raise InvalidInput("caseworker", "not_active_caseworker", value=edit.caseworker)
        caseworker_id = user.id
    new["caseworker_id"] = caseworker_id
    before = {k: getattr(case, k) for k in new}
    for k, v in new.items():
        setattr(case, k, v)
    return changes(before, new)


PHOTO_LIMIT = 5 * 1024 * 1024


def _row_columns(view: case_query.AsOf | None = None) -> list[Any]:
    """The list's columns; as of a past day, the stage and its date are those of that day."""
    if view is None or not view.historical:
        return ROW_COLUMNS
    stage, since = case_query.stage_on(view.day)
    return [stage.label("stage") if c is Case.stage else since.label("stage_date")
            if c is Case.stage_date else c for c in ROW_COLUMNS]


def _core(tx: Tx, stmt: Any) -> Any:
    """Column rows through Core: a list needs no ORM row loading (a third of a page's time)."""
    return tx.session.connection().execute(stmt)


def _outer(stmt: Any) -> Any:
    return stmt.outerjoin(User, Case.caseworker_id == User.id).outerjoin(
        Group, Case.group_id == Group.id)


def _name(person: Any, kind: str = "current") -> PersonName:
    return PersonName(person.family_name, person.given_name, person.family_name_latin,
                      person.given_name_latin, kind, getattr(person, "valid_until", None))


def detail(tx: Tx, case: Case, as_of: date) -> CaseDetail:
    """The case as it stood on `as_of`: stage, events dated by then, the clock then."""
    from .sections import limit_for_actor, sections_for

    s, actor = tx.session, tx.actor
    recorder = aliased(User)
    events = tuple(StageEventView(e.id, e.from_stage, e.to_stage, e.effective_date, e.reason,
                                  e.ground, e.voided, e.corrects_id, who or "", e.recorded_at)
                   for e, who in s.execute(
                       select(StageEvent, recorder.username)
                       .outerjoin(recorder, StageEvent.recorded_by_id == recorder.id)
                       .where(StageEvent.case_id == case.id).order_by(StageEvent.id)))
    stage, stage_date = case.stage, case.stage_date
    if as_of < tx.ctx.today():  # as of a past day: later events are not yet history
        state = case_state_on(events, case.arrival_date, as_of)
        stage, stage_date = state.stage.value, state.stage_date
        events = tuple(e for e in events if e.effective_date <= as_of)
    person = case.person
    caseworker = s.get(User, case.caseworker_id) if case.caseworker_id else None
    return limit_for_actor(tx, case, CaseDetail(  # a relative's lawyer: legal part only
        id=case.id, case_no=case.case_no, version=case.version, person_version=person.version,
        name=_name(person), other_names=tuple(_name(n, n.kind) for n in person.names),
        birth_date=person.birth_date, birth_precision=person.birth_precision, sex=person.sex,
        origin_province=person.origin_province, origin_city=person.origin_city,
        occupation=person.occupation, arrival_date=case.arrival_date, route=case.route,
        travel_document=case.travel_document, referred_by=case.referred_by,
        group=case.group.code if case.group else "",
        caseworker=caseworker.username if caseworker else "", high_profile=case.high_profile,
        flags=tuple(f for f in case.flags.split(",") if f), stage=stage,
        stage_date=stage_date, as_of=as_of, events=events,
        custody=custody_view(tx, case, as_of),
        redacted=not allowed(actor.role, Action.VIEW_RESTRICTED_NOTES),
        sections=sections_for(tx, case, as_of)))


def case_state_on(events: tuple[StageEventView, ...], arrival: date, as_of: date) -> Any:
    from resettle.domain.history import Event, case_state
    from resettle.domain.stages import Stage

    return case_state([Event(Stage(e.to_stage), e.effective_date, e.voided,
                             e.corrects_id is not None) for e in events], arrival, as_of)


def _extension_on(x: ExtensionView, as_of: date) -> ExtensionView | None:
    """An extension as it stood on `as_of`: unknown before it was asked for (or decided at
    once), still requested when its decision came later."""
    first = min(x.recorded_at.date(), x.decision_date or date.max)
    if first > as_of:
        return None
    if x.decision_date is not None and x.decision_date > as_of:
        return ExtensionView(x.id, x.days, x.reason, "requested", x.requested_by,
                             x.recorded_at, None, "", "")
    return x


def custody_view(tx: Tx, case: Case, as_of: date) -> CustodyView | None:
    """The clock on `as_of` from the arrival date; None before arrival."""
    if case.custody_start is None or case.custody_start > as_of:
        return None
    s = tx.session
    rules = case_state.custody_rules(s)
    decider, requester = aliased(User), aliased(User)
    stored = [ExtensionView(x.id, x.days, x.reason, x.status, req or "", x.recorded_at,
                            x.decision_date, dec or "", x.decision_reason)
              for x, req, dec in s.execute(
                  select(CustodyExtension, requester.username, decider.username)
                  .outerjoin(requester, CustodyExtension.recorded_by_id == requester.id)
                  .outerjoin(decider, CustodyExtension.decided_by_id == decider.id)
                  .where(CustodyExtension.case_id == case.id).order_by(CustodyExtension.id))]
    extensions = tuple(x for x in (_extension_on(x, as_of) for x in stored) if x is not None)
    end = (None if case.custody_last_day is None
           else date.fromordinal(case.custody_last_day.toordinal() + 1))
    clock = custody.custody_clock(
        case.custody_start, end, as_of, rules,
        [custody.Grant(x.days, x.decision_date or as_of) for x in extensions
         if x.status == "approved"])
    return CustodyView(clock.arrival_date, clock.end_date, as_of, clock.days_held, clock.limit,
                       clock.rule.limit_days, clock.days_left, clock.last_lawful_day,
                       clock.status, clock.rule.effective_from, extensions,
                       clock.over_limit_days)
