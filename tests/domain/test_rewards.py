"""Reward caps by category and date, and the claim's status transitions."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from resettle.domain.rewards import (
    DEFAULT_CAPS,
    RewardCap,
    RewardCategory,
    RewardStatus,
    cap_for,
    check_claim,
    check_duplicate,
    check_eligible,
    check_four_eyes,
    check_reward_transition,
)
from resettle.domain.roles import Role

C = RewardCategory
AFTER = date(2020, 1, 1)
BEFORE = date(2017, 5, 7)
AMENDED = date(2017, 5, 8)

CAPS_2017 = {
    C.INTELLIGENCE: 500_000_000, C.WARSHIP: 500_000_000, C.FIGHTER_BOMBER: 500_000_000,
    C.TANK: 300_000_000, C.GUIDED_MISSILE: 300_000_000, C.AIRCRAFT: 300_000_000,
    C.SMALL_ARMS: 50_000_000, C.GOODS: None, C.SPECIAL: 1_000_000_000,
}


@pytest.mark.parametrize(("category", "cap"), CAPS_2017.items())
def test_caps_as_amended_2017(category: RewardCategory, cap: int | None) -> None:
    assert cap_for(category, AMENDED, DEFAULT_CAPS).cap_won == cap
    assert cap_for(category, AFTER, DEFAULT_CAPS).effective_from == AMENDED


@pytest.mark.parametrize(
    ("on", "cap"),
    [(BEFORE, 250_000_000), (AMENDED, 1_000_000_000), (date(1990, 1, 1), 250_000_000)],
)
def test_special_award_was_quadrupled(on: date, cap: int) -> None:
    assert cap_for(C.SPECIAL, on, DEFAULT_CAPS).cap_won == cap


@pytest.mark.parametrize(
    ("category", "cap"), [(C.INTELLIGENCE, 500_000_000), (C.TANK, 300_000_000)]
)
def test_other_caps_before_2017_use_the_same_figures(category: RewardCategory, cap: int) -> None:
    assert cap_for(category, BEFORE, DEFAULT_CAPS).cap_won == cap


def test_table_starting_in_2017_falls_back_to_the_earliest_row() -> None:
    storage_seed = [RewardCap(C.INTELLIGENCE, AMENDED, 500_000_000)]
    assert cap_for(C.INTELLIGENCE, BEFORE, storage_seed).cap_won == 500_000_000


def test_category_without_caps_raises() -> None:
    with pytest.raises(RuleViolation) as info:
        cap_for(C.TANK, AFTER, [RewardCap(C.INTELLIGENCE, AMENDED, 1)])
    assert info.value.params["category"] == "tank"


def test_later_row_wins_whatever_the_order() -> None:
    caps = [RewardCap(C.TANK, date(2030, 1, 1), 400_000_000), *DEFAULT_CAPS]
    assert cap_for(C.TANK, date(2029, 12, 31), caps).cap_won == 300_000_000
    assert cap_for(C.TANK, date(2030, 1, 1), caps).cap_won == 400_000_000


@pytest.mark.parametrize(
    ("category", "amount", "on"),
    [
        (C.INTELLIGENCE, 500_000_000, AFTER),
        (C.INTELLIGENCE, 1, AFTER),
        (C.SMALL_ARMS, 50_000_000, AFTER),
        (C.GOODS, 10_000_000_000, AFTER),
        (C.SPECIAL, 1_000_000_000, AMENDED),
        (C.SPECIAL, 250_000_000, BEFORE),
    ],
)
def test_claims_within_the_cap(category: RewardCategory, amount: int, on: date) -> None:
    check_claim(category, amount, on, DEFAULT_CAPS)


def test_claim_above_the_cap_names_cap_category_and_date() -> None:
    with pytest.raises(InvalidInput) as info:
        check_claim(C.INTELLIGENCE, 500_000_001, AFTER, DEFAULT_CAPS)
    assert info.value.field == "amount"
    assert info.value.rule == "reward_over_cap"
    assert info.value.params["cap"] == 500_000_000
    assert info.value.params["category"] == "intelligence"
    assert info.value.params["date"] == AFTER


@pytest.mark.parametrize(
    ("category", "amount", "on", "cap"),
    [
        (C.SMALL_ARMS, 50_000_001, AFTER, 50_000_000),
        (C.TANK, 300_000_001, AFTER, 300_000_000),
        (C.SPECIAL, 250_000_001, BEFORE, 250_000_000),
        (C.SPECIAL, 1_000_000_001, AMENDED, 1_000_000_000),
    ],
)
def test_claims_above_the_cap(category: RewardCategory, amount: int, on: date, cap: int) -> None:
    with pytest.raises(InvalidInput) as info:
        check_claim(category, amount, on)
    assert info.value.params["cap"] == cap
    assert (info.value.params["cap_won"], info.value.params["category"],
            info.value.params["date"]) == (f"{cap:,}", category, on)


@pytest.mark.parametrize("amount", [0, -1])
def test_claim_amount_positive(amount: int) -> None:
    with pytest.raises(InvalidInput) as info:
        check_claim(C.GOODS, amount, AFTER)
    assert info.value.field == "amount"
    assert "positive" in info.value.rule


S = RewardStatus
ALLOWED = {
    (S.CLAIMED, S.ASSESSED), (S.ASSESSED, S.APPROVED), (S.APPROVED, S.PAID),
    (S.CLAIMED, S.REJECTED), (S.ASSESSED, S.REJECTED),
}


@pytest.mark.parametrize(("current", "target"), list(itertools.product(S, S)))
def test_reward_transitions_for_a_supervisor(current: RewardStatus, target: RewardStatus) -> None:
    if (current, target) in ALLOWED:
        check_reward_transition(current, target, Role.SUPERVISOR)
        return
    with pytest.raises(RuleViolation) as info:
        check_reward_transition(current, target, Role.SUPERVISOR)
    assert info.value.params == {"current": current, "target": target}


@pytest.mark.parametrize(
    ("current", "target", "ok"),
    [
        (S.CLAIMED, S.ASSESSED, True),
        (S.APPROVED, S.PAID, True),
        (S.ASSESSED, S.APPROVED, False),
        (S.CLAIMED, S.REJECTED, False),
        (S.ASSESSED, S.REJECTED, False),
    ],
)
def test_caseworker_cannot_decide(current: RewardStatus, target: RewardStatus, ok: bool) -> None:
    if ok:
        check_reward_transition(current, target, Role.CASEWORKER)
        return
    with pytest.raises(PermissionDenied) as info:
        check_reward_transition(current, target, Role.CASEWORKER)
    assert info.value.params["action"] == "approve_reward"


@pytest.mark.parametrize("role", [Role.LAWYER, Role.ADMIN])
@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_lawyers_and_admins_cannot_move_claims(
    role: Role, current: RewardStatus, target: RewardStatus
) -> None:
    with pytest.raises(PermissionDenied):
        check_reward_transition(current, target, role)


def test_no_reward_for_a_person_refused_protection() -> None:
    check_eligible("custody", day=AFTER, field="claim_date", death_date=None)
    with pytest.raises(RuleViolation) as info:
        check_eligible("excluded", day=AFTER, field="claim_date", death_date=None)
    assert info.value.key == "reward_protection_refused"


def test_no_claim_dated_after_death() -> None:
    died = date(2020, 1, 1)
    check_eligible("deceased", day=died, field="claim_date", death_date=died)
    with pytest.raises(InvalidInput) as info:
        check_eligible("deceased", day=died + timedelta(days=1), field="claim_date",
                       death_date=died)
    assert (info.value.field, info.value.rule, info.value.params["other_date"]) == (
        "claim_date", "date_after", died)


def test_a_duplicate_needs_a_confirming_reason() -> None:
    assert check_duplicate([], None) == ""
    assert check_duplicate([], "ignored") == ""
    for reason in (None, "", "   "):
        with pytest.raises(RuleViolation) as info:
            check_duplicate([7, 9], reason)
        assert info.value.key == "reward_duplicate" and info.value.params["claim_id"] == 7
    assert check_duplicate([7], "  a second rifle, same day  ") == "a second rifle, same day"


@pytest.mark.parametrize(("target", "actor", "ok"), [
    (S.APPROVED, 1, False),  # claimed it
    (S.APPROVED, 2, False),  # assessed it
    (S.APPROVED, 3, True),
    (S.PAID, 3, False),  # approved it
    (S.PAID, 1, True),
    (S.ASSESSED, 1, True),
])
def test_four_eyes(target: RewardStatus, actor: int, ok: bool) -> None:
    people = {"claimed_by": 1, "assessed_by": 2, "approved_by": 3}
    if ok:
        check_four_eyes(target, actor, **people)
        return
    with pytest.raises(RuleViolation) as info:
        check_four_eyes(target, actor, **people)
    assert info.value.key in ("reward_approver_not_claimant", "reward_payer_not_approver")
