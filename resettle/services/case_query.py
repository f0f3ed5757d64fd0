"""The case list as SQL: search over every name key and case numbers, filters, sorting."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, bindparam, false, func, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from resettle.domain import custody, names
from resettle.domain.errors import InvalidInput
from resettle.storage.models import (
    Case,
    CustodyExtension,
    Group,
    Person,
    PersonName,
    StageEvent,
    User,
)
from resettle.storage.search import hangul_prefix, prefix

CASE_NO = re.compile(r"^(R-?)?\d[\d-]*$", re.IGNORECASE)
SORTS = {"case_no": Case.case_no, "name": Person.key_hangul, "stage": Case.stage,
         "arrival": Case.arrival_date, "stage_date": Case.stage_date,
         "custody": Case.custody_deadline}
STATUSES = ("held", "ok", "due", "overdue", "ended")


@dataclass(frozen=True)
class CaseQuery:
    search: str = ""
    stage: str | None = None
    caseworker: str | None = None
    group: str | None = None
    custody_status: str | None = None  # held, or ok/due/overdue (held on as_of); ended
    flag: str | None = None
    as_of: date | None = None
    sort: str = "case_no"
    descending: bool = False


NameKeys = Callable[[Any], ColumnElement[bool]]


def _name_keys(dialect: str, text: str) -> NameKeys | None:
    """The search text as index ranges on a table's name keys (persons or person_names):
    initials of the whole name or of the given name alone; Hangul (as the user sees it while
    composing) folded by the initial-sound rule (로영호 finds 노영호), of the whole name or
    the given name alone; or folded Latin in either name order. None when the text holds
    nothing to search by."""
    q = "".join(text.split())
    if names.is_initials_query(q):
        return lambda model: or_(prefix(dialect, model.key_initials, q),
                                 prefix(dialect, model.key_given_initials, q))
    if any("\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" for ch in q):
        hangul = "".join(names.normalise_hangul(text, "search").split())
        if hangul[-1:] in ("ㄴ", "ㄹ"):  # composing: its syllable may fold to ㄴ or ㅇ
            return lambda model: hangul_prefix(dialect, model.key_hangul, hangul)
        folded = names.fold_initial_sounds(hangul)
        return lambda model: or_(hangul_prefix(dialect, model.key_folded, folded),
                                 hangul_prefix(dialect, model.key_given, folded))
    folded = names.fold_latin(text)
    if not folded:
        return None
    return lambda model: or_(prefix(dialect, model.key_latin, folded),
                             prefix(dialect, model.key_latin_rev, folded))


def _people(keys: NameKeys) -> Any:
    """Person ids whose own name or any former name or alias matches (a person may appear
    twice): both halves are range scans on a name-key index."""
    return union_all(select(Person.id).where(keys(Person)),
                     select(PersonName.person_id).where(keys(PersonName)))


def name_condition(dialect: str, text: str, *, walk: bool = False) -> ColumnElement[bool]:
    """A name matches on its own row or on any former name or alias of the person.

    Collecting (the default) is `cases.person_id IN (matching people)`: each match costs one
    index lookup, then every match is sorted. Walking (`walk=True`, needs the persons join)
    tests each case as the sorted index hands it over, so the first page of a common name
    costs a few hundred lookups instead of sorting tens of thousands of matches."""
    keys = _name_keys(dialect, text)
    if keys is None:
        return false()
    if not walk:
        return Case.person_id.in_(_people(keys))
    former = select(PersonName.id).where(PersonName.person_id == Case.person_id,
                                         keys(PersonName))
    return or_(keys(Person), former.exists())


@dataclass(frozen=True)
class AsOf:
    """A list as of a day: `historical` when that day is before today (stage and stage date
    then come from the events), and the cases whose limit on that day is smaller than the
    stored one because an extension was decided later: id -> (arrival, last day, limit)."""

    day: date
    historical: bool = False
    late: dict[int, tuple[date, date | None, int]] = field(default_factory=dict)


def as_of_view(session: Session, day: date, today: date) -> AsOf:
    """Extensions count from their decision date: the stored limit includes every approved
    one, so the few decided after `day` are taken off again here (none when day >= today)."""
    if day >= today:
        return AsOf(day)
    later = (select(CustodyExtension.case_id, func.sum(CustodyExtension.days).label("days"))
             .where(CustodyExtension.status == "approved", CustodyExtension.decision_date > day)
             .group_by(CustodyExtension.case_id).subquery())
    late = {i: (start, last, limit - int(days)) for i, start, last, limit, days in session.execute(
        select(Case.id, Case.custody_start, Case.custody_last_day, Case.custody_limit,
               later.c.days).join(later, later.c.case_id == Case.id))
        if start is not None and limit is not None}
    return AsOf(day, True, late)


def custody_status_on(start: date | None, last_day: date | None, limit: int | None,
                      as_of: date) -> tuple[int | None, custody.CustodyStatus | None]:
    """Days held and status on `as_of` from the stored dates (None before arrival)."""
    if start is None or limit is None or start > as_of:
        return None, None
    end = None if last_day is None else date.fromordinal(last_day.toordinal() + 1)
    held = custody.held_days(start, end, as_of)
    return held, custody.status_of(held, limit, end is None or as_of < end)


def held_on(day: date) -> ColumnElement[bool]:
    """Who is held on `day`, the one definition the screen, the printed custody review and
    the worklist share: arrived by then (intake and screening count) and the clock not
    stopped before it (stored by case_state from domain.stages.HOLDING)."""
    return and_(Case.custody_start.is_not(None), Case.custody_start <= day,
                or_(Case.custody_last_day.is_(None), Case.custody_last_day >= day))


def custody_condition(status: str, as_of: date | AsOf) -> ColumnElement[bool]:
    """Status on a day from stored dates: held on it (arrived by then, last day held not
    before it), then overdue past the last lawful day, due within 14 days of it, else ok;
    ended when the last day held was before it."""
    view = as_of if isinstance(as_of, AsOf) else AsOf(as_of)
    day = view.day
    if status not in STATUSES:
        raise InvalidInput("custody_status", "one_of", choices=", ".join(STATUSES))
    started = and_(Case.custody_start.is_not(None), Case.custody_start <= day)
    if status == "held":
        return held_on(day)
    if status == "ended":
        stored = and_(started, Case.custody_last_day.is_not(None), Case.custody_last_day < day)
    else:
        stored = and_(held_on(day), {
            "overdue": Case.custody_deadline < day,
            "due": and_(Case.custody_due_from <= day, Case.custody_deadline >= day),
            "ok": Case.custody_due_from > day}[status])
    if not view.late:
        return stored
    matching = [i for i, (start, last, limit) in view.late.items()
                if custody_status_on(start, last, limit, day)[1] == status]
    return or_(and_(stored, Case.id.not_in(list(view.late))), Case.id.in_(matching))


def stage_on(day: date) -> tuple[Any, Any]:
    """The stage and its date on `day`, from the last standing event dated by then."""
    last = (select(StageEvent.to_stage, StageEvent.effective_date)
            .where(StageEvent.case_id == Case.id, StageEvent.voided.is_(False),
                   StageEvent.corrects_id.is_(None), StageEvent.effective_date <= day)
            .order_by(StageEvent.id.desc()).limit(1))
    return (last.with_only_columns(StageEvent.to_stage).scalar_subquery(),
            last.with_only_columns(StageEvent.effective_date).scalar_subquery())


def _case_no_prefix(text: str) -> str | None:
    if not CASE_NO.match(text):
        return None
    no = text.upper()
    return no if no.startswith("R-") else "R-" + no.removeprefix("R")


def case_no_bounds(no: str) -> tuple[str, str | None]:
    """[low, high) in any collation's order around every case number starting with `no`
    (R, hyphens and digits): low is `no` itself (a prefix sorts before what it begins),
    high raises the last digit below 9 and cuts the rest ("R-2019" -> "R-202", "R-2019-"
    -> "R-202"); None when every digit is 9. Digits order by value in every collation and
    a hyphen either weighs the same in both strings or is ignored (glibc, ICU shifted), so
    the range holds them all (tests/services/test_case_no_range.py checks this in PostgreSQL's
    collations); it may hold more ("R-20190..."), which the LIKE beside it leaves out."""
    body = no.rstrip("-")
    for i in range(len(body) - 1, -1, -1):
        if "0" <= body[i] < "9":
            return no, body[:i] + chr(ord(body[i]) + 1)
    return no, None


def case_no_condition(dialect: str, no: str) -> ColumnElement[bool]:
    """Case numbers starting with `no`. SQLite: a byte range on the case_no index. PostgreSQL:
    LIKE 'no%', which only a text_pattern_ops or C-collation index could serve, so a range
    in the database's own collation goes with it, and the unique case_no index serves that:
    the first screen of "R-2025" at 100,000 cases read 92,000 index entries to find 64, and
    a whole case number (R-2024-01234) read the table (10-90 ms); now each reads its matches."""
    condition = prefix(dialect, Case.case_no, no)
    if dialect == "sqlite":
        return condition
    low, high = case_no_bounds(no)
    return and_(Case.case_no >= low, *([Case.case_no < high] if high else []), condition)


def match_count(q: CaseQuery, dialect: str) -> Select[Any] | None:
    """A cheap count of the cases the search matches (index ranges only), when walking the
    sort order's index could fill the first page sooner than sorting every match: nothing
    but the search narrows the list, and the sort is not the search's own order (names sort
    together by name, case numbers by number: a walk would read all before them). The count
    stops at the parameter `cap` (the decision needs no more: "김" matches 29,000 of 100,000
    cases, and counting them all took 12-24 ms on the server, longer than the page itself)."""
    text = q.search.strip()
    if not text or any((q.stage, q.caseworker, q.group, q.custody_status, q.flag)):
        return None
    no = _case_no_prefix(text)
    if no is not None:
        if q.sort == "case_no":
            return None
        matches: Any = select(Case.id).where(case_no_condition(dialect, no))
    else:
        keys = _name_keys(dialect, text)
        if keys is None or q.sort == "name":
            return None
        matches = _people(keys)
    return select(func.count()).select_from(matches.limit(bindparam("cap")).subquery())


def build(q: CaseQuery, dialect: str, as_of: date | AsOf, columns: list[Any], *,
          walk: bool = False) -> Select[Any]:
    """Every case has exactly one person, so the join is left out when nothing selected,
    sorted or walked comes from it: the id list (find_ids) then reads only the case_no index
    (3-4x faster for the whole list or a case-number prefix at 100,000 cases)."""
    view = as_of if isinstance(as_of, AsOf) else AsOf(as_of)
    text = q.search.strip()
    no = _case_no_prefix(text)
    stmt = select(*columns).select_from(Case)
    if (walk and no is None and text) or q.sort == "name" or any(
            getattr(c, "table", None) is Person.__table__ for c in columns):
        stmt = stmt.join(Person, Case.person_id == Person.id)
    if no is not None and walk:  # written so that no index serves it: the sort's index does
        stmt = stmt.where(func.substr(Case.case_no, 1, len(no)) == no)
    elif no is not None:
        stmt = stmt.where(case_no_condition(dialect, no))
    elif text:
        stmt = stmt.where(name_condition(dialect, text, walk=walk))
    if view.historical:  # as of a past day: cases that existed then, in their stage then
        stmt = stmt.where(Case.arrival_date <= view.day)
    if q.stage:
        stmt = stmt.where((stage_on(view.day)[0] if view.historical else Case.stage) == q.stage)
    if q.caseworker:
        stmt = stmt.where(Case.caseworker_id.in_(
            select(User.id).where(User.username == q.caseworker)))
    if q.group:
        stmt = stmt.where(Case.group_id.in_(select(Group.id).where(Group.code == q.group)))
    if q.custody_status:
        stmt = stmt.where(custody_condition(q.custody_status, view))
    if q.flag:
        stmt = stmt.where(or_(Case.flags == q.flag, Case.flags.like(f"{q.flag},%"),
                              Case.flags.like(f"%,{q.flag}"), Case.flags.like(f"%,{q.flag},%")))
    if q.sort not in SORTS:
        raise InvalidInput("sort", "one_of", choices=", ".join(SORTS))
    key = SORTS[q.sort]
    return stmt.order_by(key.desc() if q.descending else key,
                         Case.id.desc() if q.descending else Case.id)
