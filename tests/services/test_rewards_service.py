"""Reward claims: caps from the effective-dated table, the way to payment, who may do what."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from resettle.domain.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from resettle.services.legal import Legal
from resettle.services.rewards import Rewards, claims_for
from resettle.storage.models import AuditEntry, Case, ProtectionApplication, RewardCap

CAPS = {"intelligence": 500_000_000, "warship": 500_000_000, "fighter_bomber": 500_000_000,
        "tank": 300_000_000, "guided_missile": 300_000_000, "aircraft": 300_000_000,
        "small_arms": 50_000_000, "special": 1_000_000_000}
DAY = date(2026, 2, 1)
PASSWORD = "a-long-password-1"


@pytest.fixture
def rewards(services):
    return Rewards(services.ctx)


def test_each_category_cap_at_its_boundary(rewards, actors, new_case):
    case_no, cw = new_case(), actors["caseworker"]
    for category, cap in CAPS.items():
        assert rewards.claim(cw, case_no, category, cap, DAY).amount_won == cap
        with pytest.raises(InvalidInput) as error:
            rewards.claim(cw, case_no, category, cap + 1, DAY)
        assert error.value.field == "amount" and error.value.params["cap"] == cap, category
    assert rewards.claim(cw, case_no, "goods", 7_000_000_000, DAY).amount_won == 7_000_000_000


def test_caps_are_effective_dated_data(services, rewards, actors, new_case):
    cw = actors["caseworker"]
    old = new_case(arrival=date(2016, 3, 1))
    rewards.claim(cw, old, "special", 250_000_000, date(2017, 5, 7))
    with pytest.raises(InvalidInput) as error:
        rewards.claim(cw, old, "special", 250_000_001, date(2017, 5, 7))
    assert error.value.params["cap_won"] == "250,000,000"
    rewards.claim(cw, old, "special", 250_000_001, date(2017, 5, 8))
    with services.db.writer() as s, s.begin():  # a new amendment is a row, not a release
        s.add(RewardCap(category="small_arms", effective_from=date(2026, 1, 1),
                        cap_won=80_000_000))
    rewards.claim(cw, old, "small_arms", 80_000_000, DAY)
    with pytest.raises(InvalidInput) as error:
        rewards.claim(cw, old, "small_arms", 50_000_001, date(2025, 12, 31))
    assert error.value.params["cap_won"] == "50,000,000"


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


def _second_supervisor(services, actors):
    services.accounts.add_user(actors["admin"], "supervisor2", "supervisor", PASSWORD)
    return services.accounts.login("supervisor2", PASSWORD)


def test_no_reward_for_a_person_refused_protection(services, rewards, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    with pytest.raises(RuleViolation) as error:
        rewards.claim(cw, new_case(stage="excluded"), "tank", 1_000_000, DAY)
    assert error.value.key == "reward_protection_refused"
    # refused after the claim was made: it can no longer be assessed, approved or paid
    case_no = new_case(stage="screening")
    claim = rewards.claim(cw, case_no, "tank", 1_000_000, DAY)
    with services.db.writer() as s, s.begin():
        case_id = s.scalar(select(Case.id).where(Case.case_no == case_no))
        s.add(ProtectionApplication(case_id=case_id, applied_on=date(2026, 1, 6),
                                    decision="refused", decided_on=date(2026, 2, 5)))
    with pytest.raises(RuleViolation) as error:
        rewards.assess(cw, claim.id, 1_000_000)
    assert error.value.key == "reward_protection_refused"
    assert rewards.reject(sv, claim.id, "protection refused").status == "rejected"


def test_no_claim_dated_after_death(services, rewards, actors, new_case):
    cw = actors["caseworker"]
    case_no = new_case(stage="screening")
    services.lifecycle.advance(cw, case_no, "deceased", date(2026, 1, 20))
    assert rewards.claim(cw, case_no, "tank", 1_000_000, date(2026, 1, 20)).status == "claimed"
    with pytest.raises(InvalidInput) as error:
        rewards.claim(cw, case_no, "tank", 1_000_000, date(2026, 1, 21))
    assert (error.value.field, error.value.rule, error.value.params["other_date"]) == (
        "claim_date", "date_after", date(2026, 1, 20))


def test_a_duplicate_claim_needs_a_confirming_reason(services, rewards, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = new_case()
    first = rewards.claim(cw, case_no, "small_arms", 3_000_000, DAY)
    with pytest.raises(RuleViolation) as error:
        rewards.claim(cw, case_no, "small_arms", 3_000_000, DAY)
    assert error.value.key == "reward_duplicate" and error.value.params["claim_id"] == first.id
    # not a duplicate: another amount, date or category
    rewards.claim(cw, case_no, "small_arms", 3_000_001, DAY)
    rewards.claim(cw, case_no, "small_arms", 3_000_000, date(2026, 2, 2))
    rewards.claim(cw, case_no, "tank", 3_000_000, DAY)
    second = rewards.claim(cw, case_no, "small_arms", 3_000_000, DAY,
                           confirm_duplicate_reason="a second rifle handed in the same day")
    assert second.duplicate_reason == "a second rifle handed in the same day"
    with services.db.reader() as s:
        details = s.scalar(select(AuditEntry.details).where(
            AuditEntry.entity == "reward_claim", AuditEntry.entity_id == str(second.id)))
    assert details["duplicate_of"]["after"] == [first.id]
    # a rejected claim is no longer one to double
    rewards.reject(sv, first.id, "entered twice")
    rewards.reject(sv, second.id, "entered twice")
    assert rewards.claim(cw, case_no, "small_arms", 3_000_000, DAY).status == "claimed"


def test_four_eyes_on_approval_and_payment(services, rewards, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    sv2 = _second_supervisor(services, actors)
    case_no = new_case()
    # one supervisor alone: claims, assesses, and may then neither approve nor pay
    claim = rewards.claim(sv, case_no, "special", 400_000_000, DAY)
    rewards.assess(sv, claim.id, 400_000_000)
    with pytest.raises(RuleViolation) as error:
        rewards.approve(sv, claim.id, date(2026, 2, 10))
    assert error.value.key == "reward_approver_not_claimant"
    # the assessor cannot approve either, even when someone else claimed
    other = rewards.claim(cw, case_no, "tank", 5_000_000, DAY)
    rewards.assess(sv2, other.id, 5_000_000)
    with pytest.raises(RuleViolation):
        rewards.approve(sv2, other.id, date(2026, 2, 10))
    approved = rewards.approve(sv2, claim.id, date(2026, 2, 10))
    assert (approved.claimed_by, approved.assessed_by, approved.decided_by) == (
        "supervisor", "supervisor", "supervisor2")
    with pytest.raises(RuleViolation) as error:
        rewards.pay(sv2, claim.id, date(2026, 2, 20))
    assert error.value.key == "reward_payer_not_approver"
    paid = rewards.pay(sv, claim.id, date(2026, 2, 20))
    assert (paid.status, paid.paid_by) == ("paid", "supervisor")


def test_lists_show_the_assessed_amount(rewards, actors, new_case):
    cw = actors["caseworker"]
    case_no = new_case()
    claim = rewards.claim(cw, case_no, "tank", 200_000_000, DAY)
    assert rewards.claims(cw, case_no)[0].amount_to_pay == 200_000_000
    rewards.assess(cw, claim.id, 150_000_000)
    listed = rewards.claims(cw, case_no)[0]
    assert (listed.amount_won, listed.assessed_amount_won, listed.amount_to_pay) == (
        200_000_000, 150_000_000, 150_000_000)
