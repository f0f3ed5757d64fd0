"""Stage transitions, corrections and custody extensions: the custody clock kept current."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from resettle.domain import custody, stages
from resettle.domain.errors import InvalidInput, NotFound, RuleViolation
from resettle.domain.roles import Action
from resettle.domain.stages import ExclusionGround, Stage
from resettle.storage.models import Case, CustodyExtension, Person, Placement, StageEvent, User

from . import case_state, protection
from .access import find_case, scoped
from .context import Actor, Context, Tx, transaction
from .corrections import live
from .programme import programme_completed
from .views import PersonName

REQUESTED, APPROVED, REFUSED, LAPSED = "requested", "approved", "refused", "lapsed"


@dataclass(frozen=True)
class PendingExtension:
    """A request waiting in the supervisor's inbox, with what approving it would mean."""

    id: int
    case_no: str
    name: PersonName
    days: int
    reason: str
    requested_by: str
    requested_at: datetime
    arrival_date: date
    days_held: int  # as of today
    limit: int  # the limit in force today
    last_lawful_day: date
    limit_if_approved: int
    last_lawful_day_if_approved: date
    status: custody.CustodyStatus


def parse_stage(value: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        raise InvalidInput("to", "one_of", choices=", ".join(s.value for s in Stage)) from None


def parse_ground(value: str | None) -> ExclusionGround | None:
    if not value:
        return None
    try:
        return ExclusionGround(value)
    except ValueError:
        raise InvalidInput("ground", "one_of",
                           choices=", ".join(g.value for g in ExclusionGround)) from None


def advance_case(tx: Tx, case: Case, target: Stage, effective_date: date, reason: str,
                 ground: ExclusionGround | None) -> StageEvent:
    """One case's transition inside the caller's transaction (a group moves all or none)."""
    has_placement = tx.session.scalar(
        select(Placement.id).where(Placement.case_id == case.id, live(Placement, "placement"))
        .limit(1)) is not None  # a voided placement places no one
    # Release needs the programme completed, or a supervisor's override (issue 13).
    completed = programme_completed(tx.session, case.id, effective_date)
    stages.check_transition(
        Stage(case.stage), target, effective_date=effective_date, today=tx.ctx.today(),
        previous_date=case.stage_date, arrival_date=case.arrival_date, role=tx.actor.role,
        ground=ground, reason=reason, has_placement=has_placement,
        protection_end=case.protection_end, programme_completed=completed)
    protection.check_ground(tx.session, case, ground)  # what the record can check
    event = StageEvent(case_id=case.id, from_stage=case.stage, to_stage=target.value,
                       effective_date=effective_date, reason=reason.strip(),
                       ground=ground.value if ground else None, recorded_by_id=tx.actor.id)
    tx.session.add(event)
    before = {"stage": case.stage, "stage_date": case.stage_date.isoformat()}
    tx.session.flush()
    refresh(tx, case)
    tx.audit("update", "case", case.case_no, case.id, {
        "stage": {"before": before["stage"], "after": target.value},
        "stage_date": {"before": before["stage_date"], "after": effective_date.isoformat()},
        **({"ground": ground.value} if ground else {}),
        **({"override": "programme_not_completed", "reason": reason.strip()}
           if target is Stage.RELEASED and not completed else {})})
    return event


def refresh(tx: Tx, case: Case) -> None:
    """Derived columns from the events, then: once the person has left custody, every
    pending extension request lapses by itself (recorded and audited, never decided)."""
    case_state.refresh(tx.session, case)
    lapse_pending(tx, case)


def lapse_pending(tx: Tx, case: Case) -> None:
    """A request still pending when the person left custody lapses on the day they left."""
    if case.custody_last_day is None:
        return
    end = date.fromordinal(case.custody_last_day.toordinal() + 1)
    for ext in tx.session.scalars(select(CustodyExtension).where(
            CustodyExtension.case_id == case.id, CustodyExtension.status == REQUESTED)):
        ext.status, ext.decision_date, ext.decided_by_id = LAPSED, end, None
        ext.decision_reason = ""  # the status says why (the glossary: lapsed, custody ended)
        tx.audit("update", "extension", ext.id, case.id, {
            "status": {"before": REQUESTED, "after": LAPSED},
            "reason": "custody_ended", "custody_end": end.isoformat()})


def _end(case: Case) -> date | None:
    """The day the clock stopped (not counted), or None while the person is held."""
    if case.custody_last_day is None:
        return None
    return date.fromordinal(case.custody_last_day.toordinal() + 1)


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
                raise RuleViolation("nothing_to_correct", case_no=case.case_no)
            last.voided = True
            tx.session.add(StageEvent(case_id=case.id, from_stage=last.to_stage,
                                      to_stage=last.from_stage, reason=reason.strip(),
                                      effective_date=self.ctx.today(), corrects_id=last.id,
                                      recorded_by_id=actor.id))
            tx.session.flush()
            refresh(tx, case)
            tx.audit("update", "case", case.case_no, case.id, {
                "correction": {"voided_event": last.id, "stage": {
                    "before": last.to_stage, "after": case.stage}, "reason": reason.strip()}})

    def request_extension(self, actor: Actor, case_no: str, days: int, reason: str) -> int:
        """A caseworker asks for an extension: never more than the rule in force allows, for
        a person held today whose limit has not passed."""
        with transaction(self.ctx, actor, Action.REQUEST_EXTENSION) as tx:
            case = self._held_case(tx, case_no, Action.REQUEST_EXTENSION)
            rule, clock = self._clock(tx, case, self.ctx.today())
            custody.check_request(rule, case_state.granted_days(tx.session, case.id), days,
                                  reason)
            if clock.status is custody.CustodyStatus.OVERDUE:
                raise RuleViolation("extension_after_limit", date=self.ctx.today(),
                                    last_day=clock.last_lawful_day)
            ext = CustodyExtension(case_id=case.id, days=days, reason=reason.strip(),
                                   recorded_by_id=actor.id)
            tx.session.add(ext)
            tx.session.flush()
            tx.audit("create", "extension", ext.id, case.id,
                     {"days": days, "status": REQUESTED})
            return ext.id

    def decide_extension(self, actor: Actor, extension_id: int, approve: bool,
                         decision_date: date, reason: str = "") -> None:
        with transaction(self.ctx, actor, Action.APPROVE_EXTENSION) as tx:
            ext = tx.session.get(CustodyExtension, extension_id, with_for_update=True)
            if ext is None:
                raise NotFound("extension", extension_id)
            case = tx.session.get(Case, ext.case_id)
            assert case is not None
            find_case(tx, case.case_no, Action.APPROVE_EXTENSION, lock=True)
            if ext.status != REQUESTED:
                raise RuleViolation("extension_already_decided", id=extension_id,
                                    status=ext.status)
            self._check_date(tx, case, decision_date, approve)
            if approve:
                self._check(tx, case, ext.days, ext.reason, decision_date)
            ext.status = APPROVED if approve else REFUSED
            ext.decision_date, ext.decided_by_id = decision_date, actor.id
            ext.decision_reason = reason.strip()
            tx.session.flush()
            refresh(tx, case)
            tx.audit("update", "extension", ext.id, case.id,
                     {"status": {"before": REQUESTED, "after": ext.status},
                      "decision_date": decision_date.isoformat(),
                      "limit": case.custody_limit})

    def extend(self, actor: Actor, case_no: str, days: int, reason: str,
               decision_date: date) -> int:
        """A supervisor's extension decided at once (request and approval in one)."""
        with transaction(self.ctx, actor, Action.APPROVE_EXTENSION) as tx:
            case = find_case(tx, case_no, Action.APPROVE_EXTENSION, lock=True)
            self._check(tx, case, days, reason, decision_date)
            self._check_date(tx, case, decision_date, True)
            ext = CustodyExtension(case_id=case.id, days=days, reason=reason.strip(),
                                   status=APPROVED, decision_date=decision_date,
                                   decided_by_id=actor.id, recorded_by_id=actor.id)
            tx.session.add(ext)
            tx.session.flush()
            refresh(tx, case)
            tx.audit("create", "extension", ext.id, case.id,
                     {"days": days, "status": APPROVED, "limit": case.custody_limit,
                      "decision_date": decision_date.isoformat()})
            return ext.id

    def pending(self, actor: Actor) -> list[PendingExtension]:
        """The supervisor's inbox: requests not yet decided, oldest first, each with the
        clock as of today and what approving it would make of the limit."""
        with transaction(self.ctx, actor, Action.APPROVE_EXTENSION) as tx:
            today = self.ctx.today()
            for case in tx.session.scalars(select(Case).where(  # left before 0003 or by hand
                    Case.custody_last_day.is_not(None), Case.id.in_(
                        select(CustodyExtension.case_id)
                        .where(CustodyExtension.status == REQUESTED)))):
                lapse_pending(tx, case)
            tx.session.flush()
            rules = case_state.custody_rules(tx.session)
            stmt = scoped(
                select(CustodyExtension, Case, Person, User.username)
                .join(Case, CustodyExtension.case_id == Case.id)
                .join(Person, Case.person_id == Person.id)
                .outerjoin(User, CustodyExtension.recorded_by_id == User.id)
                .where(CustodyExtension.status == REQUESTED)
                .order_by(CustodyExtension.recorded_at, CustodyExtension.id), actor)
            out = []
            for ext, case, person, who in tx.session.execute(stmt):
                clock = custody.custody_clock(case.arrival_date, _end(case),
                                              max(today, case.arrival_date), rules,
                                              case_state.grants(tx.session, case.id))
                name = PersonName(person.family_name, person.given_name,
                                  person.family_name_latin, person.given_name_latin)
                out.append(PendingExtension(
                    ext.id, case.case_no, name, ext.days, ext.reason, who or "",
                    ext.recorded_at, case.arrival_date, clock.days_held, clock.limit,
                    clock.last_lawful_day, clock.limit + ext.days,
                    date.fromordinal(clock.last_lawful_day.toordinal() + ext.days),
                    clock.status))
            tx.audit("view", "extension_list", details={"results": len(out)})
            return out

    def _held_case(self, tx: Tx, case_no: str, action: Action) -> Case:
        case = find_case(tx, case_no, action, lock=True)
        if case.custody_start is None or _end(case) is not None:
            raise RuleViolation("extension_not_held", case_no=case.case_no, end=_end(case),
                                date=self.ctx.today())
        return case

    def _clock(self, tx: Tx, case: Case, on: date
               ) -> tuple[custody.CustodyRule, custody.CustodyClock]:
        rules = case_state.custody_rules(tx.session)
        clock = custody.custody_clock(case.arrival_date, _end(case), on, rules,
                                      case_state.grants(tx.session, case.id))
        return clock.rule, clock

    def _check_date(self, tx: Tx, case: Case, decision_date: date, approve: bool) -> None:
        clock = None
        if decision_date >= case.arrival_date:
            clock = self._clock(tx, case, decision_date)[1]
        custody.check_decision_date(clock, case.arrival_date, _end(case), decision_date,
                                    self.ctx.today(), approve=approve)

    def _check(self, tx: Tx, case: Case, days: int, reason: str, decision_date: date) -> None:
        rule = custody.rule_for(case.arrival_date, case_state.custody_rules(tx.session))
        custody.check_extension(rule, case_state.granted_days(tx.session, case.id), days,
                                tx.actor.role, reason, decision_date, self.ctx.today())
