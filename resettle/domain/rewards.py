"""Reward claims: effective-dated caps by category, who may be paid, and the way to payment.

The rules a claim must keep (issue 13): only a person not refused protection, never dated
after their death, no silent duplicate, and four eyes on the money: the person who
claimed or assessed a claim cannot approve it, and the approver cannot record its payment."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from resettle.domain.roles import Action, Role, allowed


class RewardCategory(StrEnum):
    INTELLIGENCE = "intelligence"
    WARSHIP = "warship"
    FIGHTER_BOMBER = "fighter_bomber"
    TANK = "tank"
    GUIDED_MISSILE = "guided_missile"
    AIRCRAFT = "aircraft"
    SMALL_ARMS = "small_arms"
    GOODS = "goods"
    SPECIAL = "special"


@dataclass(frozen=True)
class RewardCap:
    """The cap for claims dated on or after `effective_from`; None means market value."""

    category: RewardCategory
    effective_from: date
    cap_won: int | None


AMENDED_2017 = date(2017, 5, 8)
_EARLIEST = date(1, 1, 1)
_CAPS_2017: dict[RewardCategory, int | None] = {
    RewardCategory.INTELLIGENCE: 500_000_000,
    RewardCategory.WARSHIP: 500_000_000,
    RewardCategory.FIGHTER_BOMBER: 500_000_000,
    RewardCategory.TANK: 300_000_000,
    RewardCategory.GUIDED_MISSILE: 300_000_000,
    RewardCategory.AIRCRAFT: 300_000_000,
    RewardCategory.SMALL_ARMS: 50_000_000,
    RewardCategory.GOODS: None,
    RewardCategory.SPECIAL: 1_000_000_000,
}

# Before the 2017-05-08 amendment the special award was a quarter (the top figure was
# quadrupled). The other pre-2017 figures are not recorded here: for simplicity the
# amended figures are used for them too. Storage seeds only the 2017 rows and the old
# special cap; cap_for() therefore falls back to a category's earliest row, which gives
# the same answers for both tables.
DEFAULT_CAPS: tuple[RewardCap, ...] = (
    *(RewardCap(c, _EARLIEST, cap) for c, cap in _CAPS_2017.items()
      if c is not RewardCategory.SPECIAL),
    RewardCap(RewardCategory.SPECIAL, _EARLIEST, 250_000_000),
    *(RewardCap(c, AMENDED_2017, cap) for c, cap in _CAPS_2017.items()),
)


def cap_for(category: RewardCategory, claim_date: date, caps: Sequence[RewardCap]) -> RewardCap:
    """The cap in force on the claim date; before a category's first row, that first row."""
    rows = sorted((c for c in caps if c.category is category), key=lambda c: c.effective_from)
    if not rows:
        raise RuleViolation("reward_no_cap", category=category)
    in_force = [c for c in rows if c.effective_from <= claim_date]
    return in_force[-1] if in_force else rows[0]


def check_claim(
    category: RewardCategory,
    amount_won: int,
    claim_date: date,
    caps: Sequence[RewardCap] = DEFAULT_CAPS,
) -> None:
    """A claim is a positive whole number of won, within the cap in force on its date."""
    if amount_won <= 0:
        raise InvalidInput("amount", "positive", value=amount_won)
    cap = cap_for(category, claim_date, caps).cap_won
    if cap is not None and amount_won > cap:
        raise InvalidInput(
            "amount", "reward_over_cap", cap=cap, cap_won=f"{cap:,}", value=amount_won,
            category=category, date=claim_date,
        )


class RewardStatus(StrEnum):
    CLAIMED = "claimed"
    ASSESSED = "assessed"
    APPROVED = "approved"
    PAID = "paid"
    REJECTED = "rejected"


REWARD_TRANSITIONS: dict[RewardStatus, tuple[RewardStatus, ...]] = {
    RewardStatus.CLAIMED: (RewardStatus.ASSESSED, RewardStatus.REJECTED),
    RewardStatus.ASSESSED: (RewardStatus.APPROVED, RewardStatus.REJECTED),
    RewardStatus.APPROVED: (RewardStatus.PAID,),
    RewardStatus.PAID: (),
    RewardStatus.REJECTED: (),
}
# Approving and rejecting are decisions on public money: supervisors only.
_DECISIONS = frozenset({RewardStatus.APPROVED, RewardStatus.REJECTED})


def check_reward_transition(current: RewardStatus, target: RewardStatus, role: Role) -> None:
    if target not in REWARD_TRANSITIONS[current]:
        raise RuleViolation("reward_transition", current=current, target=target)
    action = Action.APPROVE_REWARD if target in _DECISIONS else Action.CLAIM_REWARD
    if not allowed(role, action):
        raise PermissionDenied(role, action)


# Who may be paid, and when.
REFUSED_STAGES = frozenset({"excluded"})  # stage codes of a person refused protection


def check_eligible(stage: str, *, day: date, field: str, death_date: date | None) -> None:
    """A reward is only for a person not refused protection, and never dated after death.

    `stage` is the case's stage code; `day` the date being recorded (the claim date, the
    approval, the payment) and `field` its name; `death_date` the recorded death, if any."""
    if stage in REFUSED_STAGES:
        raise RuleViolation("reward_protection_refused", stage=stage)
    if death_date is not None and day > death_date:
        raise InvalidInput(field, "date_after", date=day, other="death_date",
                           other_date=death_date)


def check_duplicate(duplicates: Sequence[int], confirm_reason: str | None) -> str:
    """A claim like an earlier one (same case, category, date and amount) needs a reason.

    `duplicates` are the ids of the earlier claims; returns the confirming reason, stripped
    ("" when there is no duplicate)."""
    reason = (confirm_reason or "").strip()
    if duplicates and not reason:
        raise RuleViolation("reward_duplicate", claim_id=duplicates[0],
                            claim_ids=", ".join(str(i) for i in duplicates))
    return reason if duplicates else ""


def check_four_eyes(target: RewardStatus, actor_id: int | None, *, claimed_by: int | None,
                    assessed_by: int | None, approved_by: int | None) -> None:
    """Approving and paying are done by two different people, and the approver is neither
    the one who claimed nor the one who assessed (the approval checks their work)."""
    if actor_id is None:  # nobody logged in (set-up): never a reward step
        raise RuleViolation("reward_approver_not_claimant", step="unknown")
    if target is RewardStatus.APPROVED and actor_id in (claimed_by, assessed_by):
        raise RuleViolation("reward_approver_not_claimant",
                            step="claimed" if actor_id == claimed_by else "assessed")
    if target is RewardStatus.PAID and actor_id == approved_by:
        raise RuleViolation("reward_payer_not_approver")
