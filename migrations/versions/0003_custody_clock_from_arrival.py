"""custody clock from arrival

The custody clock counts from the arrival date (day 1), whatever stage the case file
shows: intake and screening are inside it, and it stops when the person leaves custody
(programme, release or an exit). Revisions before this one started it when screening
began, so the stored clock dates (custody_start, custody_last_day, custody_limit,
custody_deadline, custody_due_from) are recomputed from each case's arrival date, its
standing stage events and its approved extensions, with the rule in force on the arrival
date. The logic is written out here (not imported) so the revision stays what it was.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 17:00:00
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

DUE_WITHIN_DAYS = 14
EXITS = ("excluded", "withdrawn", "deceased")
STOPS_NOW = frozenset(("programme", "released", "closed", *EXITS))
STOPS_BEFORE = frozenset(("programme", *EXITS))  # what stopped the clock before 0003

cases = sa.table("cases", sa.column("id", sa.Integer), sa.column("arrival_date", sa.Date),
                 sa.column("custody_start", sa.Date), sa.column("custody_last_day", sa.Date),
                 sa.column("custody_limit", sa.SmallInteger),
                 sa.column("custody_deadline", sa.Date), sa.column("custody_due_from", sa.Date))
events = sa.table("stage_events", sa.column("id", sa.Integer), sa.column("case_id", sa.Integer),
                  sa.column("to_stage", sa.String), sa.column("effective_date", sa.Date),
                  sa.column("voided", sa.Boolean), sa.column("corrects_id", sa.Integer))
extensions = sa.table("custody_extensions", sa.column("case_id", sa.Integer),
                      sa.column("days", sa.SmallInteger), sa.column("status", sa.String))
rules = sa.table("custody_rules", sa.column("effective_from", sa.Date),
                 sa.column("limit_days", sa.Integer))

Clock = Callable[[date, list[tuple[str, date]]], tuple[date | None, date | None]]


def _from_arrival(arrival: date, standing: list[tuple[str, date]]
                  ) -> tuple[date | None, date | None]:
    end = next((when for stage, when in standing if stage in STOPS_NOW), None)
    return arrival, end


def _from_screening(arrival: date, standing: list[tuple[str, date]]
                    ) -> tuple[date | None, date | None]:
    start = next((when for stage, when in standing if stage == "screening"), None)
    if start is None:
        return None, None
    end = next((when for stage, when in standing
                if stage in STOPS_BEFORE and when >= start), None)
    return start, end


def _recompute(clock: Clock) -> None:
    bind = op.get_bind()
    table = sorted(bind.execute(sa.select(rules.c.effective_from, rules.c.limit_days)).all())
    standing: dict[int, list[tuple[str, date]]] = defaultdict(list)
    for case_id, stage, when in bind.execute(
            sa.select(events.c.case_id, events.c.to_stage, events.c.effective_date)
            .where(events.c.voided == sa.false(), events.c.corrects_id.is_(None))
            .order_by(events.c.case_id, events.c.id)):
        standing[case_id].append((stage, when))
    granted: dict[int, int] = defaultdict(int)
    for case_id, days in bind.execute(sa.select(extensions.c.case_id, extensions.c.days)
                                      .where(extensions.c.status == "approved")):
        granted[case_id] += days
    rows = []
    for case_id, arrival in bind.execute(sa.select(cases.c.id, cases.c.arrival_date)):
        start, end = clock(arrival, standing[case_id])
        row = {"cid": case_id, "start": start, "last": None, "limit": None, "deadline": None,
               "due": None}
        in_force = [limit for since, limit in table if start is not None and since <= start]
        if start is not None and in_force:
            limit = in_force[-1] + granted[case_id]
            deadline = start + timedelta(days=limit - 1)
            row.update(last=end - timedelta(days=1) if end else None, limit=limit,
                       deadline=deadline, due=deadline - timedelta(days=DUE_WITHIN_DAYS))
        rows.append(row)
    update = (cases.update().where(cases.c.id == sa.bindparam("cid"))
              .values(custody_start=sa.bindparam("start"),
                      custody_last_day=sa.bindparam("last"),
                      custody_limit=sa.bindparam("limit"),
                      custody_deadline=sa.bindparam("deadline"),
                      custody_due_from=sa.bindparam("due")))
    for chunk in range(0, len(rows), 5000):
        if rows[chunk:chunk + 5000]:
            bind.execute(update, rows[chunk:chunk + 5000])


def upgrade() -> None:
    _recompute(_from_arrival)


def downgrade() -> None:
    _recompute(_from_screening)
