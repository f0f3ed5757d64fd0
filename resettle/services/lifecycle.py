"""Stage transitions, corrections and custody extensions: the custody clock kept current."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from resettle.domain import custody, stages
from resettle.domain.errors import InvalidInput, NotFound, RuleViolation
from resettle.domain.roles import Action
from resettle.domain.stages import ExclusionGround, Stage
from resettle.storage.models import Case, CustodyExtension, Placement, StageEvent

from . import case_state
from .access import find_case
from .context import Actor, Context, Tx, transaction

OPEN_CLOCK = (Stage.SCREENING.value, Stage.CUSTODY.value)


def parse_stage(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        raise InvalidInput("to", "must be one of " + ", ".join(s.value for s in Stage)) from None


def parse_ground(value: str | None) -> ExclusionGround | None:
    if not value:
        return None
    try:
        return ExclusionGround(value)
    except ValueError:
        raise InvalidInput("ground", "must be one of " +
                           ", ".join(g.value for g in ExclusionGround)) from None


def advance_case(tx: Tx, case: Case, target: Stage, effective_date: date, reason: str,
                 ground: ExclusionGround | None) -> StageEvent:
    """One case's transition inside the caller's transaction (a group moves all or none)."""
    has_placement = tx.session.scalar(
        select(Placement.id).where(Placement.case_id == case.id).limit(1)) is not None
    stages.check_transition(
        Stage(case.stage), target, effective_date=effective_date, today=tx.ctx.today(),
        previous_date=case.stage_date, arrival_date=case.arrival_date, role=tx.actor.role,
        ground=ground, reason=reason, has_placement=has_placement,
        protection_end=case.protection_end)
    event = StageEvent(case_id=case.id, from_stage=case.stage, to_stage=target.value,
                       effective_date=effective_date, reason=reason.strip(),
                       ground=ground.value if ground else None, recorded_by_id=tx.actor.id)
    tx.session.add(event)
    before = {"stage": case.stage, "stage_date": case.stage_date.isoformat()}
    tx.session.flush()
    case_state.refresh(tx.session, case)
    tx.audit("update", "case", case.case_no, case.id, {
        "stage": {"before": before["stage"], "after": target.value},
        "stage_date": {"before": before["stage_date"], "after": effective_date.isoformat()},
        **({"ground": ground.value} if ground else {})})
    return event


class Lifecycle:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def requirements(self, actor: Actor, case_no: str, target: str) -> list[stages.Requirement]:
        """What the transition needs, for the stage-change dialog to show before saving."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            return stages.requirements(Stage(case.stage), parse_stage(target))

    def advance(self, actor: Actor, case_no: str, target: str, effective_date: date,
                reason: str = "", ground: str | None = None) -> int:
        with transaction(self.ctx, actor, Action.ADVANCE_STAGE) as tx:
            case = find_case(tx, case_no, Action.ADVANCE_STAGE, lock=True)
            return advance_case(tx, case, parse_stage(target), effective_date, reason,
                                parse_ground(ground)).id

    def correct(self, actor: Actor, case_no: str, reason: str) -> None:
        """Void the last transition; it stays in the history, marked, with the reason."""
        with transaction(self.ctx, actor, Action.CORRECT_STAGE) as tx:
            stages.check_correction(actor.role, reason)
            case = find_case(tx, case_no, Action.CORRECT_STAGE, lock=True)
            last = tx.session.scalar(
                select(StageEvent).where(StageEvent.case_id == case.id,
                                         StageEvent.voided.is_(False),
                                         StageEvent.corrects_id.is_(None))
                .order_by(StageEvent.id.desc()).limit(1))
            if last is None or last.from_stage is None:
                raise RuleViolation("there is no transition to correct", case_no=case_no)
            last.voided = True
            tx.session.add(StageEvent(case_id=case.id, from_stage=last.to_stage,
                                      to_stage=last.from_stage, reason=reason.strip(),
                                      effective_date=self.ctx.today(), corrects_id=last.id,
                                      recorded_by_id=actor.id))
            tx.session.flush()
            case_state.refresh(tx.session, case)
            tx.audit("update", "case", case.case_no, case.id, {
                "correction": {"voided_event": last.id, "stage": {
                    "before": last.to_stage, "after": case.stage}, "reason": reason.strip()}})

    def request_extension(self, actor: Actor, case_no: str, days: int, reason: str) -> int:
        with transaction(self.ctx, actor, Action.REQUEST_EXTENSION) as tx:
            case = self._clock_case(tx, case_no, Action.REQUEST_EXTENSION)
            if not reason.strip():
                raise InvalidInput("reason", "is required for an extension")
            if days <= 0:
                raise InvalidInput("days", "must be a positive number of days")
            ext = CustodyExtension(case_id=case.id, days=days, reason=reason.strip(),
                                   recorded_by_id=actor.id)
            tx.session.add(ext)
            tx.session.flush()
            tx.audit("create", "extension", ext.id, case.id, {"days": days, "status": "requested"})
            return ext.id

    def decide_extension(self, actor: Actor, extension_id: int, approve: bool,
                         decision_date: date, reason: str = "") -> None:
        with transaction(self.ctx, actor, Action.APPROVE_EXTENSION) as tx:
            ext = tx.session.get(CustodyExtension, extension_id, with_for_update=True)
            if ext is None:
                raise NotFound("extension", extension_id)
            if ext.status != "requested":
                raise RuleViolation(f"extension {extension_id} was already {ext.status}")
            case = tx.session.get(Case, ext.case_id)
            assert case is not None
            self._clock_case(tx, case.case_no, Action.APPROVE_EXTENSION)
            if approve:
                self._check(tx, case, ext.days, ext.reason, decision_date)
            ext.status = "approved" if approve else "refused"
            ext.decision_date, ext.decided_by_id = decision_date, actor.id
            ext.decision_reason = reason.strip()
            tx.session.flush()
            case_state.refresh(tx.session, case)
            tx.audit("update", "extension", ext.id, case.id,
                     {"status": {"before": "requested", "after": ext.status}})

    def extend(self, actor: Actor, case_no: str, days: int, reason: str,
               decision_date: date) -> int:
        """A supervisor's extension decided at once (request and approval in one)."""
        with transaction(self.ctx, actor, Action.APPROVE_EXTENSION) as tx:
            case = self._clock_case(tx, case_no, Action.APPROVE_EXTENSION)
            self._check(tx, case, days, reason, decision_date)
            ext = CustodyExtension(case_id=case.id, days=days, reason=reason.strip(),
                                   status="approved", decision_date=decision_date,
                                   decided_by_id=actor.id, recorded_by_id=actor.id)
            tx.session.add(ext)
            tx.session.flush()
            case_state.refresh(tx.session, case)
            tx.audit("create", "extension", ext.id, case.id,
                     {"days": days, "status": "approved", "limit": case.custody_limit})
            return ext.id

    def _clock_case(self, tx: Tx, case_no: str, action: Action) -> Case:
        case = find_case(tx, case_no, action, lock=True)
        if case.stage not in OPEN_CLOCK:
            raise RuleViolation(f"case {case.case_no} is in {case.stage}: extensions are for "
                                "people in screening or custody")
        return case

    def _check(self, tx: Tx, case: Case, days: int, reason: str, decision_date: date) -> None:
        assert case.custody_start is not None
        rule = custody.rule_for(case.custody_start, case_state.custody_rules(tx.session))
        custody.check_extension(rule, case_state.granted_days(tx.session, case.id), days,
                                tx.actor.role, reason, decision_date, self.ctx.today())
