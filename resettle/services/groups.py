"""Groups and families who arrived together: each member keeps their own case.

A group moves together, but members who have left (withdrawn, excluded, deceased, closed)
are skipped and the move says which; a person belongs to one group at a time, and
changing it is an explicit, audited move (`move_member`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Integer, func, select

from resettle.domain import validation
from resettle.domain.errors import InvalidInput, NotFound, ResettleError, RuleViolation
from resettle.domain.roles import Action, case_scoped
from resettle.domain.stages import Stage
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


@dataclass(frozen=True)
class SkippedMember:
    case_no: str
    stage: str  # why: the member has left (withdrawn, excluded, deceased, closed)


@dataclass(frozen=True)
class GroupMove:
    """What a group move did: who moved, and who was skipped because they have left."""

    group: str
    target: str
    effective_date: date
    moved: tuple[str, ...]
    skipped: tuple[SkippedMember, ...]


@dataclass(frozen=True)
class GroupRow:
    """One line of the group list (the Groups page, `group list`)."""

    code: str
    kind: str
    arrival_date: date | None
    members: int  # the cases the actor may see
    active: int  # of them, those who have not left


# Members in these stages have left: a group move passes them by.
LEFT = frozenset({Stage.WITHDRAWN, Stage.EXCLUDED, Stage.DECEASED, Stage.CLOSED})
_LEFT_CODES = tuple(sorted(s.value for s in LEFT))


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
            code = validation.required_text(code, "code").upper()
            if kind not in ("group", "family"):
                raise InvalidInput("kind", "one_of", value=kind, choices=("group", "family"))
            if tx.session.scalar(select(Group.id).where(Group.code == code)):
                raise InvalidInput("code", "already_exists", value=code)
            group = Group(code=code, kind=kind, arrival_date=arrival_date, notes=notes,
                          recorded_by_id=actor.id)
            tx.session.add(group)
            tx.session.flush()
            tx.audit("create", "group", code)
            return code

    def add_member(self, actor: Actor, code: str, case_no: str) -> None:
        """A person in no group joins this one; one already in another group is refused
        (changing a person's group is `move_member`, with a reason)."""
        with transaction(self.ctx, actor, Action.MANAGE_GROUPS) as tx:
            group = _group(tx, code)
            case = find_case(tx, case_no, Action.MANAGE_GROUPS, lock=True)
            if case.group_id == group.id:
                return  # already a member: nothing to record
            if case.group_id is not None:
                raise RuleViolation("member_of_other_group", case_no=case.case_no,
                                    group=_code_of(tx, case.group_id), target=group.code)
            case.group_id = group.id
            tx.audit("update", "case", case.case_no, case.id,
                     {"group": {"before": None, "after": group.code}})

    def move_member(self, actor: Actor, case_no: str, to_code: str, reason: str) -> None:
        """Change a person's group, explicitly and with a reason (audited as a move)."""
        with transaction(self.ctx, actor, Action.MANAGE_GROUPS) as tx:
            group = _group(tx, to_code)
            case = find_case(tx, case_no, Action.MANAGE_GROUPS, lock=True)
            why = validation.required_text(reason, "reason", multiline=True)
            if case.group_id == group.id:
                raise RuleViolation("already_in_group", case_no=case.case_no, group=group.code)
            before = _code_of(tx, case.group_id) if case.group_id is not None else None
            case.group_id = group.id
            tx.audit("move_group", "case", case.case_no, case.id,
                     {"group": {"before": before, "after": group.code}, "reason": why})

    def members(self, tx: Tx, group: Group) -> list[Case]:
        stmt = scoped(select(Case).where(Case.group_id == group.id), tx.actor)
        return list(tx.session.scalars(stmt.order_by(Case.case_no).with_for_update()))

    def move(self, actor: Actor, code: str, target: str, effective_date: date,
             reason: str = "", ground: str | None = None) -> GroupMove:
        """Every member who has not left moves, or none does (the first that cannot is
        named); members who have left are skipped, and the result lists them."""
        with transaction(self.ctx, actor, Action.ADVANCE_STAGE) as tx:
            group = _group(tx, code)
            members = self.members(tx, group)
            if not members:
                raise RuleViolation("group_empty", group=group.code)
            stage, exclusion = parse_stage(target), parse_ground(ground)
            staying = [c for c in members if Stage(c.stage) not in LEFT]
            skipped = tuple(SkippedMember(c.case_no, c.stage) for c in members
                            if Stage(c.stage) in LEFT)
            if not staying:
                raise RuleViolation("group_all_left", group=group.code)
            for case in staying:
                try:
                    advance_case(tx, case, stage, effective_date, reason, exclusion)
                except ResettleError as exc:
                    raise RuleViolation("group_not_moved", group=group.code,
                                        case_no=case.case_no, cause=exc.key) from exc
            if skipped:
                tx.audit("update", "group", group.code, details={
                    "moved_to": stage.value, "skipped": [
                        {"case_no": m.case_no, "stage": m.stage} for m in skipped]})
            return GroupMove(group.code, stage.value, effective_date,
                             tuple(c.case_no for c in staying), skipped)

    def advance(self, actor: Actor, code: str, target: str, effective_date: date,
                reason: str = "", ground: str | None = None) -> list[str]:
        """`move`, answering only the case numbers that moved (older callers)."""
        return list(self.move(actor, code, target, effective_date, reason, ground).moved)

    def list(self, actor: Actor, *, code: str = "", kind: str = "",
             arrived_from: date | None = None, arrived_to: date | None = None,
             limit: int = 500) -> list[GroupRow]:
        """Groups by arrival, newest first, for a list to pick from: `code` is a prefix,
        `kind` group or family, the arrival dates bound. A lawyer sees only groups with a
        member they represent, and counts only those members."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            left = func.sum(Case.stage.in_(_LEFT_CODES).cast(Integer))
            counts = (select(Case.group_id, func.count(Case.id).label("n"), left.label("left"))
                      .where(Case.group_id.is_not(None)).group_by(Case.group_id))
            counts = scoped(counts, actor).subquery()
            query = (select(Group, counts.c.n, counts.c.left)
                     .outerjoin(counts, counts.c.group_id == Group.id)
                     .order_by(Group.arrival_date.desc().nulls_last(), Group.code))
            prefix = code.strip().upper()
            if prefix:
                query = query.where(Group.code.startswith(prefix, autoescape=True))
            if kind:
                query = query.where(Group.kind == kind.strip().lower())
            if arrived_from is not None:
                query = query.where(Group.arrival_date >= arrived_from)
            if arrived_to is not None:
                query = query.where(Group.arrival_date <= arrived_to)
            if case_scoped(actor.role):
                query = query.where(counts.c.n > 0)
            rows = tx.session.execute(query.limit(max(1, limit))).all()
            tx.audit("view", "group", details={"count": len(rows)})
            return [GroupRow(g.code, g.kind, g.arrival_date, int(n or 0),
                             int(n or 0) - int(gone or 0)) for g, n, gone in rows]

    def view(self, actor: Actor, code: str, as_of: date | None = None) -> GroupView:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            group = _group(tx, code)
            g = (group.code, group.kind, group.arrival_date, group.notes)
        ids = self.cases.find_ids(actor, CaseQuery(group=g[0], as_of=as_of))
        return GroupView(*g, tuple(self.cases.rows(actor, ids, as_of)))


def _code_of(tx: Tx, group_id: int) -> str:
    return str(tx.session.scalar(select(Group.code).where(Group.id == group_id)))
