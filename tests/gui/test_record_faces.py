"""Screens for the last facts without one (issue 12), through real clicks and keys: a group
created and a member added on the Groups page, a screening interview recorded in the case
window (no tab for a lawyer), the supervisor's risk alerts in the custody room, a hearing and
a relative voided by a supervisor (struck through, who/when/why shown; no Void for a
caseworker), and the protection application and decision on the legal tab (people fictional)."""

from __future__ import annotations

from datetime import date

import pytest
from conftest_b import intake
from test_case_flows import _window, click, fill, save, saved

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_a_group_created_and_a_member_added_on_the_groups_page(qtbot, services, actors):
    from resettle.gui.cases.groups_page import GroupsPage

    cw = actors["caseworker"]
    no = intake(services, cw, "문", "가은", "Mun", "Ga-eun", date(2026, 1, 6))
    page = GroupsPage(services, cw)
    qtbot.addWidget(page)
    page.show()
    page.refresh_list()
    click(qtbot, page.new)
    dialog = page.dialog
    saved(qtbot, dialog, code="mun-1", kind="family", arrival_date="2026-01-06")
    assert page.codes == ["MUN-1"] and page.current_code == "MUN-1"
    click(qtbot, page.new)
    fill(qtbot, page.dialog, code="MUN-1")
    save(qtbot, page.dialog)
    assert page.dialog.isVisible() and "already exists" in page.dialog.rule("code")
    page.dialog.reject()
    click(qtbot, page.join)
    saved(qtbot, page.dialog, case_no=no.lower())
    assert page.case_nos == [no]
    assert page.items_model.rows[0][:2] == ("MUN-1", "Family")
    lawyer_page = GroupsPage(services, actors["lawyer"])
    qtbot.addWidget(lawyer_page)
    assert lawyer_page.new.isHidden() and lawyer_page.join.isHidden()


def test_a_screening_interview_recorded_and_never_shown_to_a_lawyer(qtbot, services, actors):
    sv = actors["supervisor"]
    no = intake(services, sv, "문", "나은", "Mun", "Na-eun", date(2026, 1, 6))
    services.legal.assign(sv, no, "lawyer")
    window = _window(qtbot, services, sv, no)
    window.tabs.setCurrentWidget(window.screening)
    tab = window.screening
    click(qtbot, tab.add)
    fill(qtbot, tab.dialog, interviewed_on="2099-01-01", outcome="cleared",
         summary="Identity confirmed.")
    save(qtbot, tab.dialog)
    assert tab.dialog.isVisible() and "2099-01-01" in tab.dialog.rule("interviewed_on")
    saved(qtbot, tab.dialog, interviewed_on="2026-01-20")
    assert tab.model.rows == [("2026-01-20", "Cleared", "Identity confirmed.")]
    lawyer = _window(qtbot, services, actors["lawyer"], no)
    assert lawyer.screening is None
    assert all(lawyer.tabs.tabText(i) != "Screening" for i in range(lawyer.tabs.count()))


def test_the_supervisors_risk_alerts_in_the_custody_room(qtbot, services, actors):
    from resettle.gui.custody.review import CustodyReview

    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "문", "다은", "Mun", "Da-eun", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 6))
    services.release.raise_flag(cw, no, "suicide_risk", date(2026, 2, 1), "no way forward")
    room = CustodyReview(services, sv)
    qtbot.addWidget(room)
    room.show()
    room.refresh()
    room.tabs.setCurrentWidget(room.alerts)
    assert room.alerts.model.rows == [(no, "Suicide risk", "2026-02-01", "no way forward")]
    assert room.tabs.tabText(2) == "Risk alerts (1)"
    opened: list[str] = []
    room.openCase.connect(opened.append)
    room.alerts.table.selectRow(0)
    click(qtbot, room.alerts.open_button)
    assert opened == [no]


def test_a_supervisor_voids_a_hearing_and_a_relative(qtbot, services, actors):
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "문", "라은", "Mun", "Ra-eun", date(2026, 1, 6))
    hearing = services.legal.add_hearing(cw, no, "Seoul Central Court", date(2026, 2, 2))
    services.relatives.add_relative(cw, no, "mother", "박", "순옥", "north")
    caseworker = _window(qtbot, services, cw, no)
    caseworker.tabs.setCurrentWidget(caseworker.legal)
    assert caseworker.legal.hearing_voids.button.isHidden()
    window = _window(qtbot, services, sv, no)
    window.tabs.setCurrentWidget(window.legal)
    legal = window.legal
    assert not legal.hearing_voids.button.isEnabled()  # nothing selected
    legal.hearing_view.selectRow(0)
    click(qtbot, legal.hearing_voids.button)
    dialog = legal.hearing_voids.dialog
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.rule("reason")  # a reason is required
    saved(qtbot, dialog, reason="entered on the wrong case")
    assert legal.hearings.rows[0][1] == "Seoul Central Court"  # the original stays
    assert 0 in legal.hearings.struck
    line = legal.hearing_voids.label.text()
    assert "supervisor" in line and "entered on the wrong case" in line
    assert legal.hearing_voids.label.isVisible()
    legal.hearing_view.selectRow(0)
    assert not legal.hearing_voids.button.isEnabled()  # voided once
    assert [v.record_id for v in services.corrections.voids(sv, no)] == [hearing.id]

    window.tabs.setCurrentWidget(window.family)
    family = window.family
    family.voids.view.selectRow(0)
    click(qtbot, family.voids.button)
    saved(qtbot, family.voids.dialog, reason="not her mother")
    assert 0 in family.model.struck and "not her mother" in family.voids.label.text()


def test_protection_application_investigation_and_refusal_then_reapplication(qtbot, services,
                                                                             actors):
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "문", "마은", "Mun", "Ma-eun", date(2026, 1, 6))
    window = _window(qtbot, services, cw, no)
    window.tabs.setCurrentWidget(window.legal)
    legal = window.legal
    assert legal.decide.isHidden()  # the ministry's decision is a supervisor's to record
    click(qtbot, legal.apply)
    saved(qtbot, legal.dialog, applied_on="2026-01-07")
    click(qtbot, legal.investigated)
    saved(qtbot, legal.dialog, ended_on="2026-02-10")
    assert legal.protection.rows[0][:4] == ("2026-01-07", "2026-02-10", "2026-03-12",
                                            "Pending")
    sup = _window(qtbot, services, sv, no)
    sup.tabs.setCurrentWidget(sup.legal)
    click(qtbot, sup.legal.decide)
    saved(qtbot, sup.legal.dialog, decision="refused", decided_on="2026-02-20",
          ground="disguised_defection", reason="identity not established")
    row = sup.legal.protection.rows[0]
    assert row[3] == "Protection refused (Suspected disguised defection)"
    assert row[4:] == ("2026-02-20", "supervisor")
    assert sup.legal.apply.isEnabled() and not sup.legal.decide.isEnabled()
    click(qtbot, sup.legal.apply)
    assert "reason" in sup.legal.dialog.fields  # a reapplication gives its new evidence
    saved(qtbot, sup.legal.dialog, applied_on="2026-02-25", reason="birth record found")
    assert sup.legal.protection.rows[1][0] == "2026-02-25 (reapplication)"
