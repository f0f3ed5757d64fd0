"""Aggregates for the statistics report: counts and durations only, never names."""

from __future__ import annotations

import statistics as stats
from collections import Counter, defaultdict
from datetime import date, timedelta

from sqlalchemy import and_, extract, func, select, true

from resettle.domain import followup
from resettle.domain.custody import held_days
from resettle.domain.dates import PartialDate
from resettle.domain.errors import InvalidInput
from resettle.domain.stages import ExclusionGround, Stage
from resettle.reports import data as rd
from resettle.storage.models import (
    Case,
    CustodyExtension,
    FollowUpContact,
    Person,
    StageEvent,
)

from .context import Tx
from .corrections import live
from .worklist import overdue_follow_ups

AGE_BANDS = ((0, 17, "0-17"), (18, 29, "18-29"), (30, 39, "30-39"), (40, 49, "40-49"),
             (50, 59, "50-59"), (60, 200, "60+"))


UNKNOWN = "unknown"  # birth date not known: a row of its own, never dropped


def _band(age: int) -> str:
    return next(label for low, high, label in AGE_BANDS if low <= age <= high)


def _age_band(birth: str | None, arrival: date) -> str:
    """The band of the age on the arrival date; UNKNOWN without a readable birth date."""
    if not birth:
        return UNKNOWN
    try:
        return _band(PartialDate.parse(birth, "birth_date").age_on(arrival))
    except (ValueError, StopIteration, InvalidInput):
        return UNKNOWN


def gather(tx: Tx, year: int | None, today: date) -> rd.StatisticsData:
    s = tx.session
    in_year = (Case.arrival_year == year) if year else true()
    arrivals = [rd.MonthCount(int(y), int(m), int(n)) for y, m, n in s.execute(
        select(Case.arrival_year, extract("month", Case.arrival_date).label("m"), func.count())
        .where(in_year).group_by(Case.arrival_year, "m").order_by(Case.arrival_year, "m"))]
    by_band: dict[str, Counter[str]] = defaultdict(Counter)
    for sex, birth, arrival in s.execute(select(Person.sex, Person.birth_date, Case.arrival_date)
                                         .join(Case, Case.person_id == Person.id).where(in_year)):
        by_band[_age_band(birth, arrival)][sex] += 1
    labels = [label for _, _, label in AGE_BANDS] + ([UNKNOWN] if by_band[UNKNOWN] else [])
    bands = tuple(rd.AgeBandCount(label, by_band[label]["F"], by_band[label]["M"],
                                  by_band[label]["X"]) for label in labels)
    stage_counts = {Stage(st): int(n) for st, n in s.execute(
        select(Case.stage, func.count()).where(in_year).group_by(Case.stage))}
    exclusions = {ExclusionGround(str(g)): int(n) for g, n in s.execute(
        select(StageEvent.ground, func.count()).join(Case, StageEvent.case_id == Case.id)
        .where(in_year, StageEvent.ground.is_not(None), StageEvent.voided.is_(False))
        .group_by(StageEvent.ground))}
    return rd.StatisticsData(
        as_of=today, year=year, arrivals=tuple(arrivals), by_sex_and_age=bands,
        stage_counts=stage_counts, custody_years=tuple(_custody_years(tx, year, today)),
        exclusions=exclusions, **_follow_ups(tx, year, today))


def _custody_years(tx: Tx, year: int | None, today: date) -> list[rd.CustodyYear]:
    """Days held by arrival year (the year the clock started), as the arrivals are counted."""
    s = tx.session
    where = [Case.custody_start.is_not(None)] + ([Case.arrival_year == year] if year else [])
    held: dict[int, list[int]] = defaultdict(list)
    for arrival_year, start, last in s.execute(
            select(Case.arrival_year, Case.custody_start, Case.custody_last_day).where(*where)):
        if start is None:
            continue
        end = last + timedelta(days=1) if last else None
        held[int(arrival_year)].append(held_days(start, end, max(today, start)))
    granted = dict(s.execute(
        select(Case.arrival_year, func.count()).select_from(CustodyExtension)
        .join(Case, CustodyExtension.case_id == Case.id)
        .where(CustodyExtension.status == "approved", *where).group_by(Case.arrival_year)
    ).all())
    return [rd.CustodyYear(y, len(days), float(stats.median(days)), max(days),
                           int(granted.get(y, 0))) for y, days in sorted(held.items())]


def _follow_ups(tx: Tx, year: int | None, today: date) -> dict[str, int]:
    """Scheduled contacts of released people that are overdue or due, as of today."""
    s = tx.session
    released = s.execute(select(Case.id, Case.stage_date).where(
        and_(Case.stage == Stage.RELEASED.value, (Case.arrival_year == year) if year else true()))
    ).all()
    made: dict[int, list[date]] = defaultdict(list)
    ids = [r.id for r in released]
    for chunk in range(0, len(ids), 900):
        for case_id, when in s.execute(select(FollowUpContact.case_id,
                                              FollowUpContact.contact_date)
                                       .where(FollowUpContact.case_id.in_(ids[chunk:chunk + 900]),
                                              live(FollowUpContact, "follow_up_contact"))):
            made[case_id].append(when)
    due = 0
    for case_id, release in released:
        for item in followup.due_contacts(followup.schedule(release), made[case_id], today):
            due += item.state is followup.ContactState.DUE
    # Overdue as the worklist counts them (protection ended: nothing is overdue any more).
    return {"follow_ups_overdue": overdue_follow_ups(s, today, year), "follow_ups_due": due}
