"""Reward claims: caps from the effective-dated table, the way to payment, who may do what."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from resettle.domain.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from resettle.services.legal import Legal
from resettle.services.rewards import Rewards, claims_for
from resettle.storage.models import AuditEntry, Case, RewardCap

CAPS = {"intelligence": 500_000_000, "warship": 500_000_000, "fighter_bomber": 500_000_000,
        "tank": 300_000_000, "guided_missile": 300_000_000, "aircraft": 300_000_000,
        "small_arms": 50_000_000, "special": 1_000_000_000}
DAY = date(2026, 2, 1)


@pytest.fixture
def rewards(services):
    return Rewards(services.ctx)


def test_each_category_cap_at_its_boundary(rewards, actors, new_case):
    case_no, cw = new_case(), actors["caseworker"]
    for category, cap in CAPS.items():
        assert rewards.claim(cw, case_no, category, cap, DAY).amount_won == cap
        with pytest.raises(InvalidInput) as error:
            rewards.claim(cw, case_no, category, cap + 1, DAY)
        assert error.value.field == "amount" and f"{cap:,} won" in str(error.value), category
    assert rewards.claim(cw, case_no, "goods", 7_000_000_000, DAY).amount_won == 7_000_000_000


def test_caps_are_effective_dated_data(services, rewards, actors, new_case):
    cw = actors["caseworker"]
    old = new_case(arrival=date(2016, 3, 1))
    rewards.claim(cw, old, "special", 250_000_000, date(2017, 5, 7))
    with pytest.raises(InvalidInput) as error:
        rewards.claim(cw, old, "special", 250_000_001, date(2017, 5, 7))
    assert "250,000,000 won" in str(error.value)
    rewards.claim(cw, old, "special", 250_000_001, date(2017, 5, 8))
    with services.db.writer() as s, s.begin():  # a new amendment is a row, not a release
        s.add(RewardCap(category="small_arms", effective_from=date(2026, 1, 1),
                        cap_won=80_000_000))
    rewards.claim(cw, old, "small_arms", 80_000_000, DAY)
    with pytest.raises(InvalidInput) as error:
        rewards.claim(cw, old, "small_arms", 50_000_001, date(2025, 12, 31))
    assert "50,000,000 won" in str(error.value)


def test_bad_claims_name_the_field(rewards, actors, new_case):
    case_no, cw = new_case(), actors["caseworker"]
    for category, amount, day, field in [("rifle", 1, DAY, "category"),
                                         ("tank", 0, DAY, "amount"),
                                         ("tank", 1.5, DAY, "amount"),
                                         ("tank", 1, date(2026, 3, 3), "claim_date"),
                                         ("tank", 1, date(2026, 1, 4), "claim_date")]:
        with pytest.raises(InvalidInput) as error:
            rewards.claim(cw, case_no, category, amount, day)
        assert error.value.field == field


def test_claim_assessed_approved_paid_and_audited(services, rewards, actors, new_case):
    case_no, cw, sv = new_case(), actors["caseworker"], actors["supervisor"]
    claim = rewards.claim(cw, case_no, "tank", 200_000_000, DAY)
    with pytest.raises(InvalidInput):
        rewards.assess(cw, claim.id, 300_000_001)
    rewards.assess(cw, claim.id, 150_000_000)
    with pytest.raises(PermissionDenied):
        rewards.approve(cw, claim.id, date(2026, 2, 10))
    with pytest.raises(InvalidInput) as error:
        rewards.approve(sv, claim.id, date(2026, 1, 31))
    assert error.value.field == "decided_on"
    approved = rewards.approve(sv, claim.id, date(2026, 2, 10))
    assert (approved.status, approved.decided_by) == ("approved", "supervisor")
    with pytest.raises(RuleViolation):
        rewards.assess(cw, claim.id, 1)
    paid = rewards.pay(cw, claim.id, date(2026, 2, 20))
    assert (paid.status, paid.paid_on, paid.assessed_amount_won) == (
        "paid", date(2026, 2, 20), 150_000_000)
    assert rewards.claims(actors["admin"], case_no) == [paid]
    with services.db.reader() as s:
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        assert claims_for(s, case_id) == [paid]
        rows = s.execute(select(AuditEntry.action, AuditEntry.details)
                         .where(AuditEntry.entity == "reward_claim")
                         .order_by(AuditEntry.id)).all()
    assert [a for a, _ in rows] == ["create", "update", "update", "update", "view"]
    assert rows[2][1]["status"] == {"before": "assessed", "after": "approved"}
    assert ("permission_denied" in
            [e.action for e in services.audit.entries(actors["admin"], limit=20)])


def test_rejection_is_a_supervisors_decision(rewards, actors, new_case):
    case_no, cw, sv = new_case(), actors["caseworker"], actors["supervisor"]
    claim = rewards.claim(cw, case_no, "intelligence", 10_000_000, DAY)
    with pytest.raises(PermissionDenied):
        rewards.reject(cw, claim.id, "not new")
    with pytest.raises(InvalidInput) as error:
        rewards.reject(sv, claim.id, "  ")
    assert error.value.field == "reason"
    rejected = rewards.reject(sv, claim.id, "already known")
    assert (rejected.status, rejected.reason, rejected.decided_on) == (
        "rejected", "already known", date(2026, 3, 2))
    with pytest.raises(RuleViolation):
        rewards.pay(cw, claim.id, date(2026, 3, 2))
    with pytest.raises(NotFound):
        rewards.approve(sv, 99_999, DAY)


def test_lawyers_never_see_or_touch_rewards(services, rewards, actors, new_case):
    case_no = new_case()
    Legal(services.ctx).assign(actors["caseworker"], case_no, "lawyer")
    claim = rewards.claim(actors["caseworker"], case_no, "small_arms", 1_000_000, DAY)
    lawyer = actors["lawyer"]
    for call in (lambda: rewards.claims(lawyer, case_no),
                 lambda: rewards.claim(lawyer, case_no, "small_arms", 1, DAY),
                 lambda: rewards.assess(lawyer, claim.id, 1),
                 lambda: rewards.approve(lawyer, claim.id, DAY)):
        with pytest.raises(PermissionDenied):
            call()
    with pytest.raises(PermissionDenied):
        rewards.claim(actors["admin"], case_no, "small_arms", 1, DAY)
