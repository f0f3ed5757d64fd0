"""The legal tab judges the protection application by the live (not voided) ones: a voided
application is drawn struck through and is neither pending nor followed by a reapplication;
a voided relative is not offered as the one a lawyer acts for (people fictional)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest_b import intake
from test_case_flows import _window, click, saved

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _legal(qtbot, services, actor, no):
    window = _window(qtbot, services, actor, no)
    window.tabs.setCurrentWidget(window.legal)
    return window.legal


def test_a_voided_pending_application_leaves_a_first_application_to_record(qtbot, services,
                                                                            actors):
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "문", "가람", "Mun", "Ga-ram", date(2026, 1, 6))
    wrong = services.protection.apply(cw, no, date(2026, 1, 7))
    services.corrections.void(sv, "protection_application", wrong.id, "wrong case")
    legal = _legal(qtbot, services, sv, no)
    assert legal.protection.rows[0][3] == "Pending"  # the original stays...
    assert 0 in legal.protection.struck  # ...struck through
    assert not legal.decide.isEnabled() and not legal.investigated.isEnabled()
    click(qtbot, legal.apply)
    assert "reason" not in legal.dialog.fields  # a first application, not a reapplication
    saved(qtbot, legal.dialog, applied_on="2026-01-08")
    assert [r[0] for r in legal.protection.rows] == ["2026-01-07", "2026-01-08"]
    assert legal.protection.struck == {0}
    assert not legal.apply.isEnabled()
    assert legal.decide.isEnabled() and legal.investigated.isEnabled()
    click(qtbot, legal.investigated)
    saved(qtbot, legal.dialog, ended_on="2026-02-10")
    assert legal.protection.rows[1][1] == "2026-02-10"


def test_a_voided_reapplication_leaves_the_refusal_as_the_latest(qtbot, services, actors):
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "문", "보람", "Mun", "Bo-ram", date(2026, 1, 6))
    services.protection.apply(cw, no, date(2026, 1, 7))
    services.protection.investigation_ended(cw, no, date(2026, 1, 20))
    services.protection.decide(sv, no, "refused", date(2026, 2, 1), "disguised_defection",
                               "identity not established")
    wrong = services.protection.reapply(cw, no, date(2026, 2, 5), "a letter")
    services.corrections.void(sv, "protection_application", wrong.id, "not new evidence")
    legal = _legal(qtbot, services, sv, no)
    assert legal.protection.struck == {1}
    assert not legal.decide.isEnabled() and not legal.investigated.isEnabled()
    click(qtbot, legal.apply)
    assert "reason" in legal.dialog.fields  # after the refusal: a reapplication
    saved(qtbot, legal.dialog, applied_on="2026-02-25", reason="birth record found")
    assert legal.protection.rows[2][0] == "2026-02-25 (reapplication)"
    assert legal.protection.struck == {1}
    assert legal.decide.isEnabled() and not legal.apply.isEnabled()


def test_a_voided_relative_is_not_offered_to_act_for(qtbot, services, actors):
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "문", "슬기", "Mun", "Seul-gi", date(2026, 1, 6))
    wrong = services.relatives.add_relative(cw, no, "mother", "박", "순덕", "north")
    services.relatives.add_relative(cw, no, "sibling", "문", "이슬", "china")
    services.corrections.void(sv, "relative", wrong.id, "not her mother")
    legal = _legal(qtbot, services, sv, no)
    click(qtbot, legal.assign)
    box = legal.dialog.fields["on_behalf_of"]
    assert [box.itemText(i) for i in range(box.count())] == ["the person", "문이슬"]
