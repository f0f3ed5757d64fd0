"""Reward claims: effective-dated caps by category, and the claim's way to payment."""

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
        raise RuleViolation(f"no reward cap is recorded for {category}", category=category)
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
        raise InvalidInput("amount", "must be a positive number of won", value=amount_won)
    cap = cap_for(category, claim_date, caps).cap_won
    if cap is not None and amount_won > cap:
        raise InvalidInput(
            "amount",
            f"exceeds the cap of {cap:,} won for {category} in force on {claim_date}",
            cap=cap, value=amount_won, category=category, date=claim_date,
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
        raise RuleViolation(
            f"a reward claim cannot move from {current} to {target}",
            current=current, target=target,
        )
    action = Action.APPROVE_REWARD if target in _DECISIONS else Action.CLAIM_REWARD
    if not allowed(role, action):
        raise PermissionDenied(role, action)
