"""Keeping a case's derived columns (stage, custody dates) true to its events and extensions."""

from __future__ import annotations

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


def granted_days(session: Session, case_id: int) -> list[int]:
    return list(session.scalars(select(CustodyExtension.days).where(
        CustodyExtension.case_id == case_id, CustodyExtension.status == "approved")))


def refresh(session: Session, case: Case,
            rules: tuple[custody.CustodyRule, ...] | None = None) -> None:
    events = session.scalars(select(StageEvent).where(StageEvent.case_id == case.id)
                             .order_by(StageEvent.id)).all()
    state = case_state([Event(Stage(e.to_stage), e.effective_date, e.voided,
                              e.corrects_id is not None) for e in events])
    case.stage, case.stage_date = state.stage.value, state.stage_date
    case.protection_end = (followup.protection_end(state.release_date)
                           if state.release_date else None)
    set_custody(case, state.custody_start, state.custody_end,
                rules or custody_rules(session), granted_days(session, case.id))


def set_custody(case: Case, start: date | None, end: date | None,
                rules: tuple[custody.CustodyRule, ...], extensions: list[int]) -> None:
    for column, value in custody_columns(start, end, rules, extensions).items():
        setattr(case, column, value)


def custody_columns(start: date | None, end: date | None,
                    rules: tuple[custody.CustodyRule, ...],
                    extensions: list[int]) -> dict[str, Any]:
    """Dates that let a list filter by status with plain comparisons (see models.cases)."""
    if start is None:
        return dict.fromkeys(("custody_start", "custody_last_day", "custody_deadline",
                              "custody_limit", "custody_due_from"))
    limit = custody.rule_for(start, rules).limit_days + sum(extensions)
    deadline = start + timedelta(days=limit - 1)
    return {"custody_start": start, "custody_limit": limit, "custody_deadline": deadline,
            "custody_last_day": end - timedelta(days=1) if end else None,
            "custody_due_from": deadline - timedelta(days=custody.DUE_WITHIN_DAYS)}
