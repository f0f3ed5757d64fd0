"""Reward claims: recorded within the cap in force, assessed, decided by a supervisor, paid.

Only for a person not refused protection, never dated after their death; a claim like an
earlier one needs a confirming reason; the approver is neither the claimant nor the
assessor, and the payment is recorded by someone other than the approver (four eyes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from resettle.domain import rewards as rules
from resettle.domain.errors import NotFound
from resettle.domain.rewards import RewardCategory, RewardStatus
from resettle.domain.roles import Action
from resettle.domain.stages import Stage
from resettle.domain.validation import required_text
from resettle.storage.models import (
    Case,
    ProtectionApplication,
    RewardCap,
    RewardClaim,
    StageEvent,
    User,
)

from .access import find_case
from .checks import effective_date, one_of, whole_won
from .context import Actor, Context, Tx, changes, transaction
from .corrections import live


@dataclass(frozen=True)
class RewardClaimView:
    id: int
    case_no: str
    category: str
    amount_won: int
    claim_date: date
    status: str  # claimed, assessed, approved, paid, rejected
    assessed_amount_won: int | None
    decided_by: str  # user name, empty until decided
    decided_on: date | None
    paid_on: date | None
    reason: str
    version: int
    claimed_by: str = ""  # user names of each step's person, empty until that step
    assessed_by: str = ""
    paid_by: str = ""
    duplicate_reason: str = ""  # why a claim like an earlier one was confirmed

    @property
    def amount_to_pay(self) -> int:
        """What lists show: the assessed amount once assessed, else the amount claimed."""
        return self.assessed_amount_won if self.assessed_amount_won is not None \
            else self.amount_won


def claims_for(session: Session, case_id: int) -> list[RewardClaimView]:
    """A case's claims, oldest first, in one query (only for roles with VIEW_REWARDS)."""
    return _views(session, RewardClaim.case_id == case_id)


def _views(session: Session, where: Any) -> list[RewardClaimView]:
    people = [aliased(User) for _ in _PEOPLE]
    query = select(RewardClaim, Case.case_no, *(u.username for u in people)).join(
        Case, Case.id == RewardClaim.case_id)
    for user, column in zip(people, _PEOPLE, strict=True):
        query = query.outerjoin(user, user.id == getattr(RewardClaim, column))
    rows = session.execute(query.where(where)
                           .order_by(RewardClaim.claim_date, RewardClaim.id)).all()
    return [_view(c, case_no, *names) for c, case_no, *names in rows]


# The person of each step, in the order _view takes their names.
_PEOPLE = ("decided_by_id", "recorded_by_id", "assessed_by_id", "paid_by_id")


def _view(c: RewardClaim, case_no: str, decided_by: str | None, claimed_by: str | None = None,
          assessed_by: str | None = None, paid_by: str | None = None) -> RewardClaimView:
    return RewardClaimView(c.id, case_no, c.category, c.amount_won, c.claim_date, c.status,
                           c.assessed_amount_won, decided_by or "", c.decided_on, c.paid_on,
                           c.reason, c.version, claimed_by or "", assessed_by or "",
                           paid_by or "", c.duplicate_reason)


def caps(session: Session, category: RewardCategory) -> list[rules.RewardCap]:
    """The effective-dated caps of a category from the reward_caps table, as domain rules."""
    return [rules.RewardCap(category, r.effective_from, r.cap_won) for r in session.scalars(
        select(RewardCap).where(RewardCap.category == category.value))]


class Rewards:
    """Reward claims for intelligence or equipment; lawyers never see them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def claim(self, actor: Actor, case_no: str, category: str, amount_won: int,
              claim_date: date, confirm_duplicate_reason: str = "") -> RewardClaimView:
        """Over the cap in force on the claim date is refused, the cap named in the message.
        A claim with the same case, category, date and amount as one not rejected is
        refused unless `confirm_duplicate_reason` says why it is a claim of its own."""
        with transaction(self.ctx, actor, Action.CLAIM_REWARD) as tx:
            case = find_case(tx, case_no, Action.CLAIM_REWARD, lock=True)
            kind = one_of(category, RewardCategory, "category")
            amount = whole_won(amount_won)
            effective_date(claim_date, "claim_date", today=self.ctx.today(),
                           not_before=case.arrival_date, before_what="arrival_date")
            _eligible(tx, case, claim_date, "claim_date")
            rules.check_claim(kind, amount, claim_date, caps(tx.session, kind))
            like = list(tx.session.scalars(select(RewardClaim.id).where(
                RewardClaim.case_id == case.id, RewardClaim.category == kind.value,
                RewardClaim.claim_date == claim_date, RewardClaim.amount_won == amount,
                RewardClaim.status != RewardStatus.REJECTED.value).order_by(RewardClaim.id)))
            confirmed = rules.check_duplicate(like, confirm_duplicate_reason)
            if confirmed:
                confirmed = required_text(confirmed, "confirm_duplicate_reason", 2000,
                                          multiline=True)
            claim = RewardClaim(case_id=case.id, category=kind.value, amount_won=amount,
                                claim_date=claim_date, status=RewardStatus.CLAIMED.value,
                                recorded_by_id=actor.id, duplicate_reason=confirmed)
            tx.session.add(claim)
            tx.session.flush()
            tx.audit("create", "reward_claim", claim.id, case_id=case.id, details=changes(
                {}, {"category": kind.value, "amount_won": amount,
                     "claim_date": claim_date.isoformat(),
                     **({"duplicate_of": like, "duplicate_reason": confirmed}
                        if like else {})}))
            return _view(claim, case.case_no, None, actor.username)

    def assess(self, actor: Actor, claim_id: int, amount_won: int) -> RewardClaimView:
        """The amount on the scale of importance, itself within the cap of the claim date."""
        with transaction(self.ctx, actor, Action.CLAIM_REWARD) as tx:
            claim, case, previous = self._move(tx, claim_id, RewardStatus.ASSESSED)
            amount = whole_won(amount_won)
            rules.check_claim(RewardCategory(claim.category), amount, claim.claim_date,
                              caps(tx.session, RewardCategory(claim.category)))
            claim.assessed_amount_won, claim.assessed_by_id = amount, actor.id
            return self._done(tx, claim, case, previous, {"assessed_amount_won": amount})

    def approve(self, actor: Actor, claim_id: int, decided_on: date) -> RewardClaimView:
        with transaction(self.ctx, actor, Action.APPROVE_REWARD) as tx:
            claim, case, previous = self._move(tx, claim_id, RewardStatus.APPROVED)
            effective_date(decided_on, "decided_on", today=self.ctx.today(),
                           not_before=claim.claim_date, before_what="claim_date")
            claim.decided_by_id, claim.decided_on = actor.id, decided_on
            return self._done(tx, claim, case, previous, {"decided_on": decided_on.isoformat()})

    def reject(self, actor: Actor, claim_id: int, reason: str) -> RewardClaimView:
        """A decision like approval (supervisors), dated today, with the reason recorded."""
        with transaction(self.ctx, actor, Action.APPROVE_REWARD) as tx:
            claim, case, previous = self._move(tx, claim_id, RewardStatus.REJECTED)
            claim.reason = required_text(reason, "reason", multiline=True)
            today = self.ctx.today()
            claim.decided_by_id, claim.decided_on = actor.id, today
            return self._done(tx, claim, case, previous, {"decided_on": today.isoformat()})

    def pay(self, actor: Actor, claim_id: int, paid_on: date) -> RewardClaimView:
        with transaction(self.ctx, actor, Action.CLAIM_REWARD) as tx:
            claim, case, previous = self._move(tx, claim_id, RewardStatus.PAID)
            effective_date(paid_on, "paid_on", today=self.ctx.today(),
                           not_before=claim.decided_on, before_what="decided_on")
            claim.paid_on, claim.paid_by_id = paid_on, actor.id
            return self._done(tx, claim, case, previous, {"paid_on": paid_on.isoformat()})

    def claims(self, actor: Actor, case_no: str) -> list[RewardClaimView]:
        with transaction(self.ctx, actor, Action.VIEW_REWARDS) as tx:
            case = find_case(tx, case_no, Action.VIEW_REWARDS)
            out = claims_for(tx.session, case.id)
            tx.audit("view", "reward_claim", case_id=case.id, details={"count": len(out)})
            return out

    def _move(self, tx: Tx, claim_id: int,
              target: RewardStatus) -> tuple[RewardClaim, Case, str]:
        """Load and lock the claim, check the case is visible and the step allowed."""
        claim = tx.session.scalar(select(RewardClaim).where(RewardClaim.id == claim_id)
                                  .with_for_update())
        if claim is None:
            raise NotFound("reward_claim", claim_id)
        case_no = tx.session.scalar(select(Case.case_no).where(Case.id == claim.case_id))
        case = find_case(tx, str(case_no), Action.VIEW_REWARDS)
        rules.check_reward_transition(RewardStatus(claim.status), target, tx.actor.role)
        if target is not RewardStatus.REJECTED:  # a refusal of protection is a reason to reject
            _eligible(tx, case, claim.claim_date, "claim_date")
        rules.check_four_eyes(target, tx.actor.id, claimed_by=claim.recorded_by_id,
                              assessed_by=claim.assessed_by_id, approved_by=claim.decided_by_id)
        previous, claim.status = claim.status, target.value
        return claim, case, previous

    def _done(self, tx: Tx, claim: RewardClaim, case: Case, previous: str,
              extra: dict[str, object]) -> RewardClaimView:
        tx.session.flush()
        tx.audit("update", "reward_claim", claim.id, case_id=case.id,
                 details=changes({"status": previous}, {"status": claim.status, **extra}))
        return _views(tx.session, RewardClaim.id == claim.id)[0]


def _eligible(tx: Tx, case: Case, day: date, field: str) -> None:
    """Refused protection (an exclusion, or the ministry's latest decision) or dead before
    `day`: no reward (domain.rewards.check_eligible)."""
    stage = case.stage
    decision = tx.session.scalar(
        select(ProtectionApplication.decision).where(
            ProtectionApplication.case_id == case.id,
            live(ProtectionApplication, "protection_application"))  # a voided refusal: none
        .order_by(ProtectionApplication.applied_on.desc(), ProtectionApplication.id.desc())
        .limit(1))
    if decision == "refused":
        stage = Stage.EXCLUDED.value
    died = tx.session.scalar(select(StageEvent.effective_date).where(
        StageEvent.case_id == case.id, StageEvent.to_stage == Stage.DECEASED.value,
        StageEvent.voided.is_(False)).order_by(StageEvent.id.desc()).limit(1))
    rules.check_eligible(stage, day=day, field=field, death_date=died)
