"""A voided record stays only as history: no outcome is recorded on a voided hearing, and a
representative is never linked to a voided relative (the change goes on the corrected one)."""

from __future__ import annotations

from datetime import date

import pytest

from resettle.domain.errors import RuleViolation
from resettle.i18n.messages import error_text


def test_no_outcome_is_recorded_on_a_voided_hearing(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = new_case()
    wrong = services.legal.add_hearing(cw, case_no, "Suwon District Court", date(2026, 2, 10))
    right = services.legal.add_hearing(cw, case_no, "Seoul Central Court", date(2026, 2, 10))
    services.corrections.void(sv, "hearing", wrong.id, "Entered with the wrong court.")
    with pytest.raises(RuleViolation) as error:
        services.legal.record_outcome(cw, wrong.id, "Release ordered.", wrong.version, "yes")
    assert error.value.key == "record_voided"
    assert error.value.params == {"entity": "hearing", "record_id": wrong.id}
    assert "hearing" in error_text(error.value, "en")
    assert "corrected one" in error_text(error.value, "en")
    assert "심문 기일" in error_text(error.value, "ko")
    assert "정정된 기록" in error_text(error.value, "ko")
    hearings = {h.id: h for h in services.legal.hearings(cw, case_no)}
    assert (hearings[wrong.id].outcome, hearings[wrong.id].attended,
            hearings[wrong.id].version) == ("", "unknown", wrong.version)  # untouched
    done = services.legal.record_outcome(cw, right.id, "Release ordered.", right.version, "yes")
    assert (done.outcome, done.attended) == ("Release ordered.", "yes")


def test_a_representative_is_not_linked_to_a_voided_relative(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    case_no = new_case()
    wrong = services.relatives.add_relative(cw, case_no, "mother", "박", "순희", "north")
    services.corrections.void(sv, "relative", wrong.id, "Recorded on the wrong person.")
    rep = services.legal.assign(sv, case_no, "lawyer", on_behalf_of="박 순희")
    assert rep.on_behalf_of == "박 순희" and rep.relative_id is None  # kept by name only
    services.legal.end(sv, case_no, "lawyer")
    right = services.relatives.add_relative(cw, case_no, "mother", "박", "순희", "china")
    again = services.legal.assign(sv, case_no, "lawyer", on_behalf_of="박순희")
    assert again.relative_id == right.id  # the corrected record, not the voided first one


def test_a_voided_power_of_attorney_no_longer_dates_the_representation(services, actors,
                                                                        new_case, clock):
    sv = actors["supervisor"]
    case_no = new_case(arrival=date(2026, 1, 5))
    rep = services.legal.assign(sv, case_no, "lawyer", poa_date=date(2026, 2, 20),
                                poa_granted_by="the person")  # typed 02-20 for 01-20
    assert rep.since == date(2026, 2, 20)
    (wrong,) = rep.powers_of_attorney
    services.corrections.void(sv, "power_of_attorney", wrong.id, "Typed 02-20 for 01-20.")
    (now,) = services.legal.representatives(sv, case_no)
    assert now.since is None and len(now.powers_of_attorney) == 1  # shown, struck through
    ended = services.legal.end(sv, case_no, "lawyer", date(2026, 2, 1))  # before 02-20
    assert ended.ended_on == date(2026, 2, 1)
