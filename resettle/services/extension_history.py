"""Extension requests closed without a decision: those that lapsed when the person left
custody, for the supervisor's inbox to show as lapsed (next to lifecycle.Lifecycle.pending)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from resettle.domain.roles import Action
from resettle.storage.models import Case, CustodyExtension, Person, User

from .access import scoped
from .context import Actor, Context, transaction
from .views import PersonName

LAPSED = "lapsed"


@dataclass(frozen=True)
class LapsedExtension:
    id: int
    case_no: str
    name: PersonName
    days: int
    reason: str
    requested_by: str
    requested_at: datetime
    lapsed_on: date | None  # the day the person left custody


def lapsed_requests(ctx: Context, actor: Actor, since: date) -> list[LapsedExtension]:
    """Requests that lapsed on or after `since`, newest first (supervisors; audited)."""
    with transaction(ctx, actor, Action.APPROVE_EXTENSION) as tx:
        stmt = scoped(
            select(CustodyExtension, Case.case_no, Person, User.username)
            .join(Case, CustodyExtension.case_id == Case.id)
            .join(Person, Case.person_id == Person.id)
            .outerjoin(User, CustodyExtension.recorded_by_id == User.id)
            .where(CustodyExtension.status == LAPSED, CustodyExtension.decision_date >= since)
            .order_by(CustodyExtension.decision_date.desc(), CustodyExtension.id.desc()),
            actor)
        out = [LapsedExtension(
            ext.id, case_no, PersonName(p.family_name, p.given_name, p.family_name_latin,
                                        p.given_name_latin),
            ext.days, ext.reason, who or "", ext.recorded_at, ext.decision_date)
            for ext, case_no, p, who in tx.session.execute(stmt)]
        tx.audit("view", "extension_list", details={"status": LAPSED, "results": len(out)})
        return out
