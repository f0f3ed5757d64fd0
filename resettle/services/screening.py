"""Screening records: classified interview outcomes, never shown to lawyers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from resettle.domain.roles import Action
from resettle.domain.validation import required_text
from resettle.storage.models import ScreeningRecord

from .access import find_case
from .checks import effective_date, one_of
from .context import Actor, Context, transaction


class ScreeningOutcome(StrEnum):
    CLEARED = "cleared"
    FURTHER_INVESTIGATION = "further_investigation"
    REFUSED = "refused"


@dataclass(frozen=True)
class ScreeningView:
    id: int
    interviewed_on: date
    outcome: str
    summary: str
    version: int


def screening_for(session: Session, case_id: int) -> list[ScreeningView]:
    """Callers must have checked VIEW_SCREENING: redacted summaries leave this out entirely."""
    return [ScreeningView(r.id, r.interviewed_on, r.outcome, r.summary, r.version)
            for r in session.scalars(select(ScreeningRecord)
                                     .where(ScreeningRecord.case_id == case_id)
                                     .order_by(ScreeningRecord.interviewed_on,
                                               ScreeningRecord.id))]


class Screening:
    """Those who may see screening material (VIEW_SCREENING) are those who may record it."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add_screening(self, actor: Actor, case_no: str, interviewed_on: date, outcome: str,
                      summary: str) -> ScreeningView:
        with transaction(self.ctx, actor, Action.VIEW_SCREENING) as tx:
            case = find_case(tx, case_no, Action.VIEW_SCREENING)
            effective_date(interviewed_on, "interviewed_on", today=self.ctx.today(),
                           not_before=case.arrival_date, before_what="the arrival")
            r = ScreeningRecord(case_id=case.id, interviewed_on=interviewed_on,
                                outcome=one_of(outcome, ScreeningOutcome, "outcome").value,
                                summary=required_text(summary, "summary",
                                                      multiline=True),
                                recorded_by_id=actor.id)
            tx.session.add(r)
            tx.session.flush()
            tx.audit("create", "screening_record", r.id, case_id=case.id, details={
                "interviewed_on": interviewed_on.isoformat(), "outcome": r.outcome})
            return ScreeningView(r.id, r.interviewed_on, r.outcome, r.summary, r.version)

    def records(self, actor: Actor, case_no: str) -> list[ScreeningView]:
        with transaction(self.ctx, actor, Action.VIEW_SCREENING) as tx:
            case = find_case(tx, case_no, Action.VIEW_SCREENING)
            out = screening_for(tx.session, case.id)
            tx.audit("view", "screening_record", case_id=case.id, details={"count": len(out)})
            return out
