"""Keeping a case's derived columns (stage, custody dates) true to its events and extensions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from resettle.domain import custody, followup
from resettle.domain.history import Event, case_state
from resettle.domain.stages import Stage
from resettle.storage.models import Case, CustodyExtension, CustodyRule, StageEvent


def custody_rules(session: Session) -> tuple[custody.CustodyRule, ...]:
    """The effective-dated rule table, as the domain's rules."""
    rows = session.scalars(select(CustodyRule).order_by(CustodyRule.effective_from))
    return tuple(custody.CustodyRule(r.effective_from, r.limit_days, r.max_extension_days,
                                     r.max_extensions) for r in rows)


def grants(session: Session, case_id: int) -> list[custody.Grant]:
    """The approved extensions of a case, each counted from its decision date."""
    return [custody.Grant(days, decided or date.min) for days, decided in session.execute(
        select(CustodyExtension.days, CustodyExtension.decision_date).where(
            CustodyExtension.case_id == case_id, CustodyExtension.status == "approved"))]


def granted_days(session: Session, case_id: int) -> list[int]:
    return [g.days for g in grants(session, case_id)]


def events_of(session: Session, case_id: int) -> list[Event]:
    return [Event(Stage(to), when, voided, corrects is not None)
            for to, when, voided, corrects in session.execute(
                select(StageEvent.to_stage, StageEvent.effective_date, StageEvent.voided,
                       StageEvent.corrects_id)
                .where(StageEvent.case_id == case_id).order_by(StageEvent.id))]


def refresh(session: Session, case: Case,
            rules: tuple[custody.CustodyRule, ...] | None = None) -> None:
    state = case_state(events_of(session, case.id), case.arrival_date)
    case.stage, case.stage_date = state.stage.value, state.stage_date
    case.protection_end = (followup.protection_end(state.release_date)
                           if state.release_date else None)
    set_custody(case, state.custody_start, state.custody_end,
                rules or custody_rules(session), granted_days(session, case.id))


def set_custody(case: Case, start: date | None, end: date | None,
                rules: tuple[custody.CustodyRule, ...], extensions: Sequence[int]) -> None:
    for column, value in custody_columns(start, end, rules, extensions).items():
        setattr(case, column, value)


def custody_columns(start: date | None, end: date | None,
                    rules: tuple[custody.CustodyRule, ...],
                    extensions: Sequence[int]) -> dict[str, Any]:
    """Dates that let a list filter by status with plain comparisons (see models.cases):
    `start` is the arrival date, the limit counts every approved extension (an as-of view
    before a decision takes its days off again: case_query.late_grants)."""
    if start is None:
        return dict.fromkeys(("custody_start", "custody_last_day", "custody_deadline",
                              "custody_limit", "custody_due_from"))
    limit = custody.rule_for(start, rules).limit_days + sum(extensions)
    deadline = start + timedelta(days=limit - 1)
    return {"custody_start": start, "custody_limit": limit, "custody_deadline": deadline,
            "custody_last_day": end - timedelta(days=1) if end else None,
            "custody_due_from": deadline - timedelta(days=custody.DUE_WITHIN_DAYS)}
