"""Protection decisions: the application, the investigation's end, the ministry's decision
(due within 30 days of that end) and a reapplication after a refusal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from resettle.domain import protection as rules
from resettle.domain.errors import InvalidInput, RuleViolation
from resettle.domain.roles import Action
from resettle.domain.stages import ExclusionGround
from resettle.domain.validation import limit, optional_text, required_text
from resettle.storage.models import Case, ProtectionApplication, User

from .access import find_case
from .checks import one_of
from .context import Actor, Context, Tx, transaction
from .corrections import live


@dataclass(frozen=True)
class ProtectionView:
    id: int
    applied_on: date
    reapplication_of: int | None  # the refused application this one follows
    reason: str  # a reapplication's new evidence
    investigation_ended_on: date | None
    decision_due: date | None  # investigation end + 30 days
    decision: str | None  # granted, refused; None while pending
    decided_on: date | None
    decided_by: str
    ground: str | None  # a refusal's exclusion ground
    decision_reason: str
    late_decision: bool  # decided (or still pending) after the due date, as of the view
    recorded_by: str
    version: int


def applications_for(session: Session, case_id: int, today: date | None = None
                     ) -> list[ProtectionView]:
    """Every application of a case, oldest first. `today` decides whether a pending decision
    is already late (None: only decided ones are judged)."""
    decider, recorder = aliased(User), aliased(User)
    rows = session.execute(
        select(ProtectionApplication, decider.username, recorder.username)
        .outerjoin(decider, decider.id == ProtectionApplication.decided_by_id)
        .outerjoin(recorder, recorder.id == ProtectionApplication.recorded_by_id)
        .where(ProtectionApplication.case_id == case_id)
        .order_by(ProtectionApplication.applied_on, ProtectionApplication.id)).all()
    return [_view(a, dec or "", rec or "", today) for a, dec, rec in rows]


def _view(a: ProtectionApplication, decided_by: str, recorded_by: str,
          today: date | None) -> ProtectionView:
    due = rules.decision_due(a.investigation_ended_on) if a.investigation_ended_on else None
    on = a.decided_on or today
    late = due is not None and on is not None and on > due
    return ProtectionView(a.id, a.applied_on, a.reapplication_of_id, a.reason,
                          a.investigation_ended_on, due, a.decision, a.decided_on, decided_by,
                          a.ground, a.decision_reason, late, recorded_by, a.version)


def latest_application(session: Session, case_id: int) -> ProtectionApplication | None:
    """The latest application not voided: the one pending or decided, what a reapplication
    follows and what the late-application ground is checked against (a voided one stays in
    `applications_for`, shown struck through, but counts for none of these)."""
    return session.scalar(select(ProtectionApplication)
                          .where(ProtectionApplication.case_id == case_id,
                                 live(ProtectionApplication, "protection_application"))
                          .order_by(ProtectionApplication.applied_on.desc(),
                                    ProtectionApplication.id.desc()).limit(1))


def check_ground(session: Session, case: Case, ground: ExclusionGround | str | None) -> None:
    """Exclusion grounds checked against what is recorded: "late application" needs an
    application more than the rule's years after entry (the rule in force on the entry)."""
    if ground is None or ExclusionGround(ground) is not ExclusionGround.LATE_APPLICATION:
        return
    latest = latest_application(session, case.id)
    rules.check_late_application(case.arrival_date, latest.applied_on if latest else None)


def _refusal_ground(case: Case, a: ProtectionApplication, ground: str | None,
                    reason: str) -> ExclusionGround:
    if not ground:
        raise InvalidInput("ground", "required")
    code = one_of(ground, ExclusionGround, "ground")
    if code is ExclusionGround.OTHER and not reason:
        raise InvalidInput("reason", "required", ground=code.value)
    if code is ExclusionGround.LATE_APPLICATION:
        rules.check_late_application(case.arrival_date, a.applied_on)
    return code


class Protection:
    """Caseworkers record applications and the investigation's end; a supervisor records
    the ministry's decision."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def apply(self, actor: Actor, case_no: str, applied_on: date) -> ProtectionView:
        """The first application of a case (a later one is a reapplication)."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            if latest_application(tx.session, case.id) is not None:
                raise RuleViolation("protection_already_applied", case_no=case.case_no)
            rules.check_application_date(applied_on, entry_date=case.arrival_date,
                                         today=self.ctx.today())
            return self._add(tx, case, applied_on, None, "")

    def reapply(self, actor: Actor, case_no: str, applied_on: date,
                reason: str) -> ProtectionView:
        """After a refusal, with the new evidence as the reason."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            latest = latest_application(tx.session, case.id)
            if latest is None or latest.decision != rules.Decision.REFUSED:
                raise RuleViolation("reapplication_needs_refusal", case_no=case.case_no)
            text = required_text(reason, "reason", limit("decision_reason"), multiline=True)
            rules.check_application_date(applied_on, entry_date=case.arrival_date,
                                         today=self.ctx.today(),
                                         previous_decided_on=latest.decided_on)
            return self._add(tx, case, applied_on, latest.id, text)

    def _add(self, tx: Tx, case: Case, applied_on: date, previous: int | None,
             reason: str) -> ProtectionView:
        a = ProtectionApplication(case_id=case.id, applied_on=applied_on,
                                  reapplication_of_id=previous, reason=reason,
                                  recorded_by_id=tx.actor.id)
        tx.session.add(a)
        tx.session.flush()
        tx.audit("create", "protection_application", a.id, case.id, {
            "applied_on": applied_on.isoformat(), "reapplication_of": previous})
        return self._one(tx, case, a.id)

    def investigation_ended(self, actor: Actor, case_no: str, ended_on: date) -> ProtectionView:
        """The end of the investigation of the pending application starts the 30 days."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            a = self._pending(tx, case)
            rules.check_investigation_end(ended_on, applied_on=a.applied_on,
                                          today=self.ctx.today())
            before = a.investigation_ended_on
            a.investigation_ended_on = ended_on
            tx.session.flush()
            tx.audit("update", "protection_application", a.id, case.id, {
                "investigation_ended_on": {"before": before.isoformat() if before else None,
                                           "after": ended_on.isoformat()}})
            return self._one(tx, case, a.id)

    def decide(self, actor: Actor, case_no: str, decision: str, decided_on: date,
               ground: str | None = None, reason: str = "") -> ProtectionView:
        """The ministry's decision on the pending application; a refusal names its ground,
        checked against what is recorded (late application: the application date)."""
        with transaction(self.ctx, actor, Action.DECIDE_EXCLUSION) as tx:
            case = find_case(tx, case_no, Action.DECIDE_EXCLUSION, lock=True)
            a = self._pending(tx, case)
            outcome = one_of(decision, rules.Decision, "decision")
            rules.check_decision_date(decided_on, investigation_ended_on=a.investigation_ended_on,
                                      today=self.ctx.today())
            text = optional_text(reason, "reason", limit("decision_reason"), multiline=True)
            code = _refusal_ground(case, a, ground, text) if (
                outcome is rules.Decision.REFUSED) else None
            if code is None and ground:
                raise InvalidInput("ground", "ground_only_with_refusal")
            a.decision, a.decided_on, a.decided_by_id = outcome.value, decided_on, actor.id
            a.ground, a.decision_reason = (code.value if code else None), text
            tx.session.flush()
            tx.audit("update", "protection_application", a.id, case.id, {
                "decision": {"before": None, "after": outcome.value},
                "decided_on": decided_on.isoformat(),
                **({"ground": a.ground} if a.ground else {})})
            return self._one(tx, case, a.id)

    def applications(self, actor: Actor, case_no: str) -> list[ProtectionView]:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            tx.audit("view", "protection_application", case_id=case.id)
            return applications_for(tx.session, case.id, self.ctx.today())

    def _pending(self, tx: Tx, case: Case) -> ProtectionApplication:
        a = latest_application(tx.session, case.id)
        if a is None:
            raise RuleViolation("protection_not_applied", case_no=case.case_no)
        if a.decision is not None:
            raise RuleViolation("protection_already_decided", case_no=case.case_no,
                                decision=a.decision, decided_on=a.decided_on)
        return a

    def _one(self, tx: Tx, case: Case, app_id: int) -> ProtectionView:
        return next(v for v in applications_for(tx.session, case.id, self.ctx.today())
                    if v.id == app_id)
