"""A case's retention schedule (shown with the case): the rule in force when it ended, its
anonymisation date and any legal hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from resettle.domain import retention as rt
from resettle.storage.models import Anonymisation, Case, LegalHold, RetentionRule

from .context import Tx


@dataclass(frozen=True)
class CaseRetention:
    case_no: str
    state: rt.RetentionState
    ended_on: date | None
    anonymise_on: date | None
    hold_until: date | None
    hold_reason: str


def rules_of(tx: Tx) -> list[rt.RetentionRule]:
    return [rt.RetentionRule(r.effective_from, r.closed_years, r.exited_years)
            for r in tx.session.scalars(select(RetentionRule))]


def _hold(tx: Tx, case_id: int) -> rt.LegalHold | None:
    row = tx.session.scalar(select(LegalHold).where(LegalHold.case_id == case_id)
                            .order_by(LegalHold.id.desc()).limit(1))
    return rt.LegalHold(row.until, row.reason) if row is not None else None


def case_retention(tx: Tx, case: Case, today: date) -> CaseRetention:
    """The case's schedule (also shown by `case show` and the case window)."""
    done = tx.session.get(Anonymisation, case.id) is not None
    hold = _hold(tx, case.id)
    s = rt.schedule(case.stage, case.stage_date, rules_of(tx), today, hold=hold,
                    anonymised=done)
    return CaseRetention(case.case_no, s.state, s.ended_on, s.anonymise_on,
                         hold.until if hold else None, hold.reason if hold else "")
