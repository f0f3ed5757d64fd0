"""Reading and verifying the audit chain."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from resettle.domain.errors import InvalidInput, RuleViolation
from resettle.domain.roles import Action
from resettle.storage import audit_chain, case_keys, schema_check
from resettle.storage.models import AuditEntry, Case

from .context import Actor, Context, transaction

ChainReport = audit_chain.ChainReport
# What the audit viewer offers to filter by (AuditEntry.action).
ACTIONS = ("create", "update", "view", "print", "export", "delete", "move_group", "login",
           "failed_login", "permission_denied", "recover", "verify", "anonymise")


def _utc(moment: datetime) -> datetime:
    """The stored times are UTC (a naive moment is taken as UTC)."""
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


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
                case_id: int | None = None, who: str = "", action: str = "",
                case_no: str = "", since: datetime | None = None,
                until: datetime | None = None) -> list[AuditRow]:
        """Newest first, keyset-paged by id; filtered by the acting user's name, the action
        (create, update, view, permission_denied...), a case number and a time range
        [since, until) given as aware datetimes (the audit viewer's filters)."""
        with transaction(self.ctx, actor, Action.READ_AUDIT) as tx:
            q = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
            if before_id is not None:
                q = q.where(AuditEntry.id < before_id)
            if case_id is not None:
                q = q.where(AuditEntry.case_id == case_id)
            if who.strip():
                q = q.where(AuditEntry.actor == who.strip())
            if action.strip():
                q = q.where(AuditEntry.action == action.strip())
            if case_no.strip():
                q = q.where(AuditEntry.case_id.in_(
                    select(Case.id).where(Case.case_no == case_no.strip().upper())))
            if since is not None:
                q = q.where(AuditEntry.at >= _utc(since))
            if until is not None:
                q = q.where(AuditEntry.at < _utc(until))
            keys: dict[int, bytes | None] = {}  # a case's sealed details opened with its key
            return [AuditRow(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.case_id,
                             case_keys.open_details(tx.session, e.case_id, e.details, keys))
                    for e in tx.session.scalars(q)]

    def verify(self, actor: Actor, against: str = "") -> ChainReport:
        """The chain, each row's author signature, a kept head (`against`, from
        `kept_head`) and the schema (objects the migrations did not create)."""
        try:
            kept = audit_chain.parse_kept_head(against) if against else None
        except ValueError:
            raise InvalidInput("against", "kept_head_format") from None
        unexpected = tuple(schema_check.unexpected_objects(self.ctx.db.engine))
        with transaction(self.ctx, actor, Action.VERIFY_AUDIT) as tx:
            report = audit_chain.verify(tx.session, self.ctx.db.audit_key, kept)
            if unexpected:
                report = replace(report, ok=False, unexpected=unexpected, problem=(
                    report.problem or f"the schema holds {unexpected[0]}, which the "
                    "migrations did not create"))
            # when it last ran: the administrator's worklist asks for a check when it is old
            tx.audit("verify", "audit_log", details={"ok": bool(report.ok)})
            return report

    def kept_head(self, actor: Actor) -> str:
        """'<row>:<digest>' of the verified chain, to keep elsewhere (paper, another
        machine); `verify(against=...)` checks it later, across re-keys."""
        report = self.verify(actor)
        if not report.ok:
            raise RuleViolation("audit_chain_broken", row=report.first_bad_id or 0)
        return report.kept_head

    def head(self) -> str:
        """The chain head, printed on reports so a printout can be matched to the record."""
        with self.ctx.db.reader() as s:
            return audit_chain.current_head(s)
