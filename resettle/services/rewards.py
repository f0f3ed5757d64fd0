"""Reward claims: recorded within the cap in force, assessed, decided by a supervisor, paid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from resettle.domain import rewards as rules
from resettle.domain.errors import NotFound
from resettle.domain.rewards import RewardCategory, RewardStatus
from resettle.domain.roles import Action
from resettle.domain.validation import required_text
from resettle.storage.models import Case, RewardCap, RewardClaim, User

from .access import find_case
from .checks import effective_date, one_of, whole_won
from .context import Actor, Context, Tx, changes, transaction


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


def claims_for(session: Session, case_id: int) -> list[RewardClaimView]:
    """A case's claims, oldest first, in one query (only for roles with VIEW_REWARDS)."""
    decider = aliased(User)
    rows = session.execute(
        select(RewardClaim, Case.case_no, decider.username)
        .join(Case, Case.id == RewardClaim.case_id)
        .outerjoin(decider, decider.id == RewardClaim.decided_by_id)
        .where(RewardClaim.case_id == case_id)
        .order_by(RewardClaim.claim_date, RewardClaim.id)).all()
    return [_view(c, case_no, decided_by) for c, case_no, decided_by in rows]


def _view(c: RewardClaim, case_no: str, decided_by: str | None) -> RewardClaimView:
    return RewardClaimView(c.id, case_no, c.category, c.amount_won, c.claim_date, c.status,
                           c.assessed_amount_won, decided_by or "", c.decided_on, c.paid_on,
                           c.reason, c.version)


def caps(session: Session, category: RewardCategory) -> list[rules.RewardCap]:
    """The effective-dated caps of a category from the reward_caps table, as domain rules."""
    return [rules.RewardCap(category, r.effective_from, r.cap_won) for r in session.scalars(
        select(RewardCap).where(RewardCap.category == category.value))]


class Rewards:
    """Reward claims for intelligence or equipment; lawyers never see them."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def claim(self, actor: Actor, case_no: str, category: str, amount_won: int,
              claim_date: date) -> RewardClaimView:
        """Over the cap in force on the claim date is refused, the cap named in the message."""
        with transaction(self.ctx, actor, Action.CLAIM_REWARD) as tx:
            case = find_case(tx, case_no, Action.CLAIM_REWARD)
            kind = one_of(category, RewardCategory, "category")
            amount = whole_won(amount_won)
            effective_date(claim_date, "claim_date", today=self.ctx.today(),
                           not_before=case.arrival_date, before_what="the arrival")
            rules.check_claim(kind, amount, claim_date, caps(tx.session, kind))
            claim = RewardClaim(case_id=case.id, category=kind.value, amount_won=amount,
                                claim_date=claim_date, status=RewardStatus.CLAIMED.value,
                                recorded_by_id=actor.id)
            tx.session.add(claim)
            tx.session.flush()
            tx.audit("create", "reward_claim", claim.id, case_id=case.id, details=changes(
                {}, {"category": kind.value, "amount_won": amount,
                     "claim_date": claim_date.isoformat()}))
            return _view(claim, case.case_no, None)

    def assess(self, actor: Actor, claim_id: int, amount_won: int) -> RewardClaimView:
        """The amount on the scale of importance, itself within the cap of the claim date."""
        with transaction(self.ctx, actor, Action.CLAIM_REWARD) as tx:
            claim, case, previous = self._move(tx, claim_id, RewardStatus.ASSESSED)
            amount = whole_won(amount_won)
            rules.check_claim(RewardCategory(claim.category), amount, claim.claim_date,
                              caps(tx.session, RewardCategory(claim.category)))
            claim.assessed_amount_won = amount
            return self._done(tx, claim, case, previous, {"assessed_amount_won": amount})

    def approve(self, actor: Actor, claim_id: int, decided_on: date) -> RewardClaimView:
        with transaction(self.ctx, actor, Action.APPROVE_REWARD) as tx:
            claim, case, previous = self._move(tx, claim_id, RewardStatus.APPROVED)
            effective_date(decided_on, "decided_on", today=self.ctx.today(),
                           not_before=claim.claim_date, before_what="the claim date")
            claim.decided_by_id, claim.decided_on = actor.id, decided_on
            return self._done(tx, claim, case, previous, {"decided_on": decided_on.isoformat()})

    def reject(self, actor: Actor, claim_id: int, reason: str) -> RewardClaimView:
        """A decision like approval (supervisors), dated today, with the reason recorded."""
        with transaction(self.ctx, actor, Action.APPROVE_REWARD) as tx:
            claim, case, previous = self._move(tx, claim_id, RewardStatus.REJECTED)
            claim.reason = required_text(reason, "reason", 2000, multiline=True)
            today = self.ctx.today()
            claim.decided_by_id, claim.decided_on = actor.id, today
            return self._done(tx, claim, case, previous, {"decided_on": today.isoformat()})

    def pay(self, actor: Actor, claim_id: int, paid_on: date) -> RewardClaimView:
        with transaction(self.ctx, actor, Action.CLAIM_REWARD) as tx:
            claim, case, previous = self._move(tx, claim_id, RewardStatus.PAID)
            effective_date(paid_on, "paid_on", today=self.ctx.today(),
                           not_before=claim.decided_on, before_what="the approval")
            claim.paid_on = paid_on
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
        previous, claim.status = claim.status, target.value
        return claim, case, previous

    def _done(self, tx: Tx, claim: RewardClaim, case: Case, previous: str,
              extra: dict[str, object]) -> RewardClaimView:
        tx.session.flush()
        tx.audit("update", "reward_claim", claim.id, case_id=case.id,
                 details=changes({"status": previous}, {"status": claim.status, **extra}))
        decided_by = tx.session.scalar(select(User.username)
                                       .where(User.id == claim.decided_by_id)) \
            if claim.decided_by_id else None
        return _view(claim, case.case_no, decided_by)
