"""Groups and families who arrived together: each member keeps their own case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from resettle.domain import validation
from resettle.domain.errors import InvalidInput, NotFound, ResettleError, RuleViolation
from resettle.domain.roles import Action
from resettle.storage.models import Case, Group

from .access import find_case, scoped
from .cases import CaseQuery, Cases
from .context import Actor, Context, Tx, transaction
from .lifecycle import advance_case, parse_ground, parse_stage
from .views import CaseRow


@dataclass(frozen=True)
class GroupView:
    code: str
    kind: str
    arrival_date: date | None
    notes: str
    members: tuple[CaseRow, ...]


def _group(tx: Tx, code: str) -> Group:
    group = tx.session.scalar(select(Group).where(Group.code == code.strip().upper()))
    if group is None:
        raise NotFound("group", code)
    return group


class Groups:
    def __init__(self, ctx: Context, cases: Cases) -> None:
        self.ctx, self.cases = ctx, cases

    def create(self, actor: Actor, code: str, kind: str = "group",
               arrival_date: date | None = None, notes: str = "") -> str:
        with transaction(self.ctx, actor, Action.MANAGE_GROUPS) as tx:
            code = validation.required_text(code, "code", 32).upper()
            if kind not in ("group", "family"):
                raise InvalidInput("kind", "must be group or family")
            if tx.session.scalar(select(Group.id).where(Group.code == code)):
                raise InvalidInput("code", f"group {code} already exists")
            group = Group(code=code, kind=kind, arrival_date=arrival_date, notes=notes,
                          recorded_by_id=actor.id)
            tx.session.add(group)
            tx.session.flush()
            tx.audit("create", "group", code)
            return code

    def add_member(self, actor: Actor, code: str, case_no: str) -> None:
        with transaction(self.ctx, actor, Action.MANAGE_GROUPS) as tx:
            group = _group(tx, code)
            case = find_case(tx, case_no, Action.MANAGE_GROUPS, lock=True)
            before = case.group_id
            case.group_id = group.id
            tx.audit("update", "case", case.case_no, case.id,
                     {"group": {"before": before, "after": group.code}})

    def members(self, tx: Tx, group: Group) -> list[Case]:
        stmt = scoped(select(Case).where(Case.group_id == group.id), tx.actor)
        return list(tx.session.scalars(stmt.order_by(Case.case_no).with_for_update()))

    def advance(self, actor: Actor, code: str, target: str, effective_date: date,
                reason: str = "", ground: str | None = None) -> list[str]:
        """Every member moves, or none does; the first member that cannot is named."""
        with transaction(self.ctx, actor, Action.ADVANCE_STAGE) as tx:
            group = _group(tx, code)
            members = self.members(tx, group)
            if not members:
                raise RuleViolation(f"group {group.code} has no members")
            stage, exclusion = parse_stage(target), parse_ground(ground)
            for case in members:
                try:
                    advance_case(tx, case, stage, effective_date, reason, exclusion)
                except ResettleError as exc:
                    raise RuleViolation(
                        f"group {group.code} was not moved: {case.case_no}: {exc.message}",
                        case_no=case.case_no) from exc
            return [c.case_no for c in members]

    def view(self, actor: Actor, code: str, as_of: date | None = None) -> GroupView:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            group = _group(tx, code)
            g = (group.code, group.kind, group.arrival_date, group.notes)
        ids = self.cases.find_ids(actor, CaseQuery(group=g[0], as_of=as_of))
        return GroupView(*g, tuple(self.cases.rows(actor, ids, as_of)))
