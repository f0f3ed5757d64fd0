"""Reading and verifying the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from resettle.domain.roles import Action
from resettle.storage import audit_chain
from resettle.storage.models import AuditEntry

from .context import Actor, Context, transaction

ChainReport = audit_chain.ChainReport


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    case_id: int | None
    details: dict[str, Any]


class Audit:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def entries(self, actor: Actor, *, limit: int = 100, before_id: int | None = None,
                case_id: int | None = None) -> list[AuditRow]:
        """Newest first, keyset-paged by id."""
        with transaction(self.ctx, actor, Action.READ_AUDIT) as tx:
            q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
            if before_id is not None:
                q = q.where(AuditEntry.id < before_id)
            if case_id is not None:
                q = q.where(AuditEntry.case_id == case_id)
            return [AuditRow(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.case_id,
                             e.details) for e in tx.session.scalars(q)]

    def verify(self, actor: Actor) -> ChainReport:
        with transaction(self.ctx, actor, Action.VERIFY_AUDIT) as tx:
            return audit_chain.verify(tx.session, self.ctx.db.audit_key)

    def head(self) -> str:
        """The chain head, printed on reports so a printout can be matched to the record."""
        with self.ctx.db.reader() as s:
            return audit_chain.current_head(s)
