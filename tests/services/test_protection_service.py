"""Protection applications: the investigation's end, the ministry's decision (due 30 days
later), reapplication after a refusal, and the late-application ground checked against the
recorded application (also when a case is excluded through a stage change)."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation

D = date


def test_application_investigation_decision_and_due_date(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    p = services.protection
    no = new_case(arrival=D(2026, 1, 5))
    with pytest.raises(RuleViolation) as error:
        p.investigation_ended(cw, no, D(2026, 1, 10))
    assert error.value.key == "protection_not_applied"
    with pytest.raises(InvalidInput) as error:
        p.apply(cw, no, D(2026, 1, 4))
    assert (error.value.field, error.value.rule) == ("applied_on", "date_before")
    p.apply(cw, no, D(2026, 1, 5))
    with pytest.raises(RuleViolation) as error:
        p.decide(sv, no, "granted", D(2026, 1, 20))
    assert error.value.key == "decision_before_investigation_end"
    view = p.investigation_ended(cw, no, D(2026, 1, 20))
    assert view.decision_due == D(2026, 2, 19)
    with pytest.raises(PermissionDenied):
        p.decide(cw, no, "granted", D(2026, 2, 1))
    late = p.decide(sv, no, "granted", D(2026, 2, 20))
    assert (late.decision, late.decided_on, late.decided_by) == ("granted", D(2026, 2, 20),
                                                                 "supervisor")
    assert late.late_decision  # recorded as the fact it is, shown as late
    with pytest.raises(RuleViolation) as error:
        p.reapply(cw, no, D(2026, 2, 25), "new evidence")
    assert error.value.key == "reapplication_needs_refusal"
    [listed] = p.applications(sv, no)
    assert listed == late


def test_refusal_then_reapplication(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    p = services.protection
    no = new_case(arrival=D(2026, 1, 5))
    p.apply(cw, no, D(2026, 1, 5))
    p.investigation_ended(cw, no, D(2026, 1, 25))
    with pytest.raises(InvalidInput) as error:
        p.decide(sv, no, "refused", D(2026, 2, 1))
    assert error.value.field == "ground"
    refused = p.decide(sv, no, "refused", D(2026, 2, 1), ground="disguised_defection")
    assert (refused.ground, refused.late_decision) == ("disguised_defection", False)
    with pytest.raises(RuleViolation) as error:
        p.apply(cw, no, D(2026, 2, 10))
    assert error.value.key == "protection_already_applied"
    with pytest.raises(InvalidInput):
        p.reapply(cw, no, D(2026, 1, 31), "new evidence")  # before the refusal
    again = p.reapply(cw, no, D(2026, 2, 10), "new evidence")
    assert again.reapplication_of == refused.id and again.decision is None
    assert [a.id for a in p.applications(sv, no)] == [refused.id, again.id]


def test_late_application_ground_checks_the_application_date(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    p = services.protection
    soon = new_case(arrival=D(2026, 2, 20))  # applied four days after arrival
    p.apply(cw, soon, D(2026, 2, 24))
    p.investigation_ended(cw, soon, D(2026, 2, 26))
    with pytest.raises(RuleViolation) as error:
        p.decide(sv, soon, "refused", D(2026, 3, 1), ground="late_application")
    assert error.value.key == "late_application_in_time"
    assert error.value.params["last_day"] == D(2029, 2, 20)
    # An entry before 2019 applying one year and a day later is late (the old rule).
    old = new_case(arrival=D(2017, 6, 1))
    p.apply(cw, old, D(2018, 6, 2))
    p.investigation_ended(cw, old, D(2018, 7, 1))
    assert p.decide(sv, old, "refused", D(2018, 7, 20),
                    ground="late_application").ground == "late_application"


def test_excluding_a_case_on_the_late_application_ground(services, actors, new_case):
    sv = actors["supervisor"]
    no = new_case(arrival=D(2026, 2, 20))
    services.lifecycle.advance(sv, no, "screening", D(2026, 2, 21))
    with pytest.raises(RuleViolation) as error:  # no application recorded
        services.lifecycle.advance(sv, no, "excluded", D(2026, 2, 24), "x",
                                   ground="late_application")
    assert error.value.key == "late_application_without_application"
    services.protection.apply(actors["caseworker"], no, D(2026, 2, 20))
    with pytest.raises(RuleViolation) as error:
        services.lifecycle.advance(sv, no, "excluded", D(2026, 2, 24), "x",
                                   ground="late_application")
    assert error.value.key == "late_application_in_time"
    services.lifecycle.advance(sv, no, "excluded", D(2026, 2, 24), "x",
                               ground="disguised_defection")
