"""The case window records every fact the services can, through real clicks and keys: one
person of a group from intake to closing, a supervisor's correction, a name change, a lawyer
assigned then ended, a hearing not attended, a reward through four eyes, a flag raised and
cleared, and refused dates that keep what was typed (all people fictional)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from conftest_b import intake, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _window(qtbot: Any, services: Any, actor: Any, no: str) -> Any:
    from resettle.gui.case_detail.window import CaseDetailWindow

    window = CaseDetailWindow(services, actor, no)
    qtbot.addWidget(window)
    window.show()
    return window


def click(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.text()  # type: ignore[attr-defined]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def retype(qtbot: Any, widget: QWidget, text: str) -> None:
    """Select what the field holds and type over it, key by key."""
    from resettle.gui.widgets.date_field import DateField

    if isinstance(widget, DateField):
        widget = widget.edit
    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    widget.setFocus()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def pick(qtbot: Any, box: QComboBox, data: object) -> None:
    """Choose an item with the arrow keys, as a user without a mouse does."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):
        if box.currentData() == data:
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == data, f"{data!r} not in the list"


def fill(qtbot: Any, dialog: Any, **values: Any) -> None:
    for name, value in values.items():
        widget = dialog.fields[name]
        if isinstance(widget, QComboBox) and not widget.isEditable():
            pick(qtbot, widget, value)
        elif hasattr(widget, "setChecked"):
            if widget.isChecked() != bool(value):
                widget.setFocus()
                qtbot.keyClick(widget, Qt.Key.Key_Space)
        elif hasattr(widget, "setValue"):
            widget.setFocus()
            widget.lineEdit().selectAll()
            qtbot.keyClicks(widget.lineEdit(), str(value))
        else:
            retype(qtbot, widget, str(value))


def save(qtbot: Any, dialog: Any) -> None:
    click(qtbot, dialog.save_button)


def saved(qtbot: Any, dialog: Any, **values: Any) -> None:
    """Fill the dialog, press Save, and require that it closed (the service took it)."""
    fill(qtbot, dialog, **values)
    save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.status.text() + " | " + " | ".join(
        f"{k}: {dialog.rule(k)}" for k in dialog.rules if dialog.rule(k))


def move(qtbot: Any, window: Any, target: str, when: date, reason: str = "") -> None:
    """The stage dialog from the case window's toolbar."""
    window.stage_action.trigger()
    dialog = window.stage_dialog
    pick(qtbot, dialog.target, target)
    retype(qtbot, dialog.date, when.isoformat())
    if reason:
        retype(qtbot, dialog.reason, reason)
    click(qtbot, dialog.move_button)
    assert not dialog.isVisible(), dialog.result.text()


def test_one_person_of_a_group_from_intake_to_closing(qtbot, services, actors) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "김", "은하", "Kim", "Un-ha", date(2025, 9, 1), group="GRP-A")
    intake(services, cw, "박", "소연", "Pak", "So-yon", date(2025, 9, 1), group="GRP-A")
    window = _window(qtbot, services, cw, no)
    move(qtbot, window, "screening", date(2025, 9, 1))
    move(qtbot, window, "custody", date(2025, 9, 10), "high profile")

    # enrolment: a cohort made in the dialog, then picked from the list
    window.tabs.setCurrentWidget(window.programme)
    tab = window.programme
    click(qtbot, tab.enrol)
    enrol = tab.dialog
    assert enrol.cohort.currentData() is None  # no cohort yet: the list says so
    click(qtbot, enrol.new_cohort)
    saved(qtbot, enrol.cohort_dialog, code="HANA-2025-10", start_date="2025-10-01",
          centre="Hanawon")
    assert enrol.cohort.currentData() == "HANA-2025-10"
    assert "HANA-2025-10 · from 2025-10-01 (12 weeks" in enrol.cohort.currentText()
    saved(qtbot, enrol, enrolled_on="2025-09-30")
    assert "Cohort HANA-2025-10 at Hanawon" in window.programme.summary.text()
    assert window.programme.enrol.isEnabled() is False
    move(qtbot, window, "programme", date(2025, 10, 1))

    # attendance: one entry by the form, the rest of the required hours by the service
    click(qtbot, window.programme.attend)
    saved(qtbot, window.programme.dialog, module="settlement_paperwork",
          attended_on="2025-10-02", hours="4")
    rows = {r[0]: r for r in window.programme.model.rows}
    assert rows["Settlement paperwork"][2] == "4"  # the glossary's module.settlement_paperwork
    day = date(2025, 10, 3)
    for module, hours in (("health_and_stability", 60), ("society", 120), ("careers", 100),
                          ("finance_and_banking", 40),
                          ("gender_equality_and_violence_prevention", 20),
                          ("settlement_paperwork", 36)):
        while hours > 0:
            step = min(hours, 10)
            services.programme.record_attendance(cw, no, module, day, step)
            hours -= step
            day += timedelta(days=1)
    window.reload()
    click(qtbot, window.programme.finish)
    saved(qtbot, window.programme.dialog, completed_on="2025-12-24")
    assert "completed on 2025-12-24" in window.programme.summary.text()

    # placement, release through the stage dialog, follow-ups
    window.tabs.setCurrentWidget(window.follow_up)
    release = window.follow_up
    click(qtbot, release.place)
    saved(qtbot, release.dialog, placement_type="rental_flat", region="Seoul Gangseo",
          support_centre="Gangseo Hana Centre", protection_officer="Officer Jang",
          start_date="2025-12-26")
    assert "Rental flat in Seoul Gangseo from 2025-12-26" in release.placement.text()
    move(qtbot, window, "released", date(2025, 12, 26))
    assert window.detail.stage == "released"
    for when, kind, note in (("2026-01-10", "visit", "settling in"),
                             ("2026-02-10", "call", "found work")):
        click(qtbot, window.follow_up.add)
        saved(qtbot, window.follow_up.dialog, contact_date=when, kind=kind, notes=note)
    assert [r[:2] for r in window.follow_up.contacts.rows] == [
        ("2026-01-10", "Visit"), ("2026-02-10", "Telephone call")]

    # closing: before the end of protection only a supervisor, with a reason
    sv_window = _window(qtbot, services, sv, no)
    move(qtbot, sv_window, "closed", date(2026, 3, 1), "moved abroad to study")
    d = services.cases.show(sv, no)
    assert d.stage == "closed"
    assert [e.to_stage for e in d.events] == ["intake", "screening", "custody", "programme",
                                              "released", "closed"]


def test_refused_dates_keep_what_was_typed(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "리", "은별", "Ri", "Un-byol", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 6))
    services.programme.create_cohort(cw, "HANA-2026-02", date(2026, 2, 2))
    window = _window(qtbot, services, cw, no)
    window.tabs.setCurrentWidget(window.programme)
    click(qtbot, window.programme.enrol)
    enrol = window.programme.dialog
    assert enrol.cohort.currentData() == "HANA-2026-02"
    for typed, rule in (("2026-12-01", "in the future"), ("2025-12-31", "before"),
                        ("2026-02-30", "not a real calendar date")):
        fill(qtbot, enrol, enrolled_on=typed)
        save(qtbot, enrol)
        assert enrol.isVisible()
        assert enrol.fields["enrolled_on"].text() == typed  # never changed
        assert "Enrolment date" in enrol.rule("enrolled_on")
        assert rule in enrol.rule("enrolled_on")
    assert services.cases.show(cw, no).sections["programme"] is None


def test_a_supervisor_corrects_a_wrong_stage_change(qtbot, services, actors) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "최", "향란", "Choe", "Hyang-ran", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "custody", date(2026, 1, 8))
    cw_window = _window(qtbot, services, cw, no)
    cw_window.tabs.setCurrentWidget(cw_window.timeline)
    assert not cw_window.timeline.correct.isVisible()
    window = _window(qtbot, services, sv, no)
    window.tabs.setCurrentWidget(window.timeline)
    click(qtbot, window.timeline.correct)
    dialog = window.timeline.dialog
    assert "Screening → Temporary protection dated 2026-01-08" in dialog.intro.text()
    save(qtbot, dialog)  # no reason: refused, named under the field
    assert dialog.isVisible() and dialog.rule("reason")
    saved(qtbot, dialog, reason="entered on the wrong case")
    model = window.timeline.model
    voided = [i for i, r in enumerate(model.rows) if r[1] == "Screening → Temporary protection"]
    assert voided and voided[0] in model.struck  # the original stays, struck through
    assert model.rows[voided[0]][5].startswith("Voided by supervisor at ")
    assert model.rows[voided[0]][5].endswith(": entered on the wrong case")
    assert window.detail.stage == "screening"


def test_a_legal_name_change(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "리", "금숙", "Ri", "Kum-suk", date(2025, 6, 2))
    window = _window(qtbot, services, cw, no)
    click(qtbot, window.profile.rename_button)
    dialog = window.profile.name_dialog
    fill(qtbot, dialog, family_name="이", given_name="수진", family_name_latin="Lee",
         given_name_latin="Su-jin", effective_date="2027-01-05", reason="for her safety")
    save(qtbot, dialog)
    assert dialog.isVisible() and "in the future" in dialog.rule("effective_date")
    assert dialog.fields["effective_date"].text() == "2027-01-05"
    saved(qtbot, dialog, effective_date="2026-01-05")
    assert window.header.hangul.text() == "이수진"
    assert window.header.former.isVisible()
    assert window.header.former.text() == "formerly 리금숙 (Ri Kum-suk) until 2026-01-05"


def test_a_lawyer_assigned_then_ended_and_a_hearing_not_attended(qtbot, services,
                                                                  actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "김", "설화", "Kim", "Sol-hwa", date(2025, 12, 10))
    services.lifecycle.advance(cw, no, "screening", date(2025, 12, 10))
    window = _window(qtbot, services, cw, no)
    window.tabs.setCurrentWidget(window.legal)
    legal = window.legal
    click(qtbot, legal.assign)
    dialog = legal.dialog
    assert dialog.fields["lawyer"].isEditable()  # a caseworker may not list the accounts
    saved(qtbot, dialog, lawyer="lawyer", poa_granted_by="김설화", poa_date="2026-01-15")
    assert window.legal.reps.rows[0][1] == "the person"
    assert window.legal.reps.rows[0][4] == "2026-01-15 granted by 김설화"
    click(qtbot, window.legal.end)
    dialog = window.legal.dialog
    fill(qtbot, dialog, ended_on="2026-01-10")  # before the power of attorney: refused
    save(qtbot, dialog)
    assert dialog.isVisible() and "End date" in dialog.rule("ended_on")
    saved(qtbot, dialog, ended_on="2026-02-20")
    assert window.legal.reps.rows[0][2] == "ended 2026-02-20"
    assert 0 in window.legal.reps.struck

    click(qtbot, window.legal.hearing)
    saved(qtbot, window.legal.dialog, court="Seoul Central District Court",
          hearing_date="2026-02-25", attended="no")
    row = window.legal.hearings.rows[0]
    assert row[:2] == ("2026-02-25", "Seoul Central District Court")
    assert row[3] == "✓" and row[4] == "Did not attend"


def test_a_reward_claimed_approved_and_paid_by_two_people(qtbot, services, actors) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "박", "철", "Pak", "Chol", date(2025, 11, 3), sex="M")
    cw_window = _window(qtbot, services, cw, no)
    cw_window.tabs.setCurrentWidget(cw_window.rewards)
    rewards = cw_window.rewards
    assert not rewards.approve.isVisible()
    click(qtbot, rewards.claim)
    saved(qtbot, rewards.dialog, category="small_arms", amount_won="30,000,000",
          claim_date="2026-01-20")
    rewards.view.selectRow(0)
    click(qtbot, rewards.assess)
    saved(qtbot, rewards.dialog, amount_won="25000000")

    sv_window = _window(qtbot, services, sv, no)
    sv_window.tabs.setCurrentWidget(sv_window.rewards)
    sv_rewards = sv_window.rewards
    sv_rewards.view.selectRow(0)
    click(qtbot, sv_rewards.approve)
    saved(qtbot, sv_rewards.dialog, decided_on="2026-02-02")
    sv_rewards.view.selectRow(0)
    click(qtbot, sv_rewards.pay)  # the approver may not also pay: the refusal is said
    dialog = sv_rewards.dialog
    save(qtbot, dialog)
    assert dialog.isVisible() and dialog.status.isVisible() and dialog.status.text()
    dialog.reject()

    cw_window.reload()
    rewards.view.selectRow(0)
    click(qtbot, rewards.pay)
    saved(qtbot, rewards.dialog, paid_on="2026-02-10")
    row = rewards.model.rows[0]
    assert row[2:5] == ("₩30,000,000", "₩25,000,000", "Paid")
    assert (row[5], row[6], row[7], row[10]) == ("caseworker", "caseworker", "supervisor",
                                                 "caseworker")


def test_a_flag_raised_and_cleared(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "한", "별", "Han", "Byol", date(2025, 11, 3))
    window = _window(qtbot, services, cw, no)
    window.tabs.setCurrentWidget(window.follow_up)
    tab = window.follow_up
    assert not tab.clear_button.isEnabled()
    click(qtbot, tab.raise_button)
    saved(qtbot, tab.dialog, flag="address_exposed", raised_on="2026-02-01",
          reason="neighbour recognised her")
    assert window.follow_up.flags.rows[0][0] == "Address exposed"
    assert "Address exposed" in [window.header.chips.itemAt(i).widget().text()
                                 for i in range(window.header.chips.count() - 1)]
    click(qtbot, window.follow_up.clear_button)
    saved(qtbot, window.follow_up.dialog, cleared_on="2026-02-20", reason="moved house")
    row = window.follow_up.flags.rows[0]
    assert row[1:3] == ("2026-02-01", "2026-02-20") and 0 in window.follow_up.flags.struck
    assert "moved house" in row[3]
    assert services.cases.show(cw, no).flags == ()


def test_a_relative_in_the_north(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "김", "설화", "Kim", "Sol-hwa", date(2025, 12, 10))
    window = _window(qtbot, services, cw, no)
    window.tabs.setCurrentWidget(window.family)
    click(qtbot, window.family.add)
    saved(qtbot, window.family.dialog, relation="mother", family_name="리", given_name="옥순",
          birth_date="1968", in_north=True, at_risk=True)
    assert window.family.model.rows[0][:5] == ("Mother", "리옥순", "1968", "In the North", "✓")


def test_a_refusal_in_korean_is_korean(qtbot, services, actors) -> None:
    from resettle.gui.widgets.i18n import install_translators

    cw = actors["caseworker"]
    no = intake(services, cw, "리", "금숙", "Ri", "Kum-suk", date(2025, 6, 2))
    install_translators("ko")
    try:
        window = _window(qtbot, services, cw, no)
        window.tabs.setCurrentWidget(window.follow_up)
        click(qtbot, window.follow_up.raise_button)
        dialog = window.follow_up.dialog
        assert dialog.save_button.text() == "저장(&S)"
        fill(qtbot, dialog, flag="suicide_risk", raised_on="2025-05-01", reason="걱정")
        save(qtbot, dialog)
        rule = dialog.rule("raised_on")
        assert dialog.isVisible() and rule and dialog.fields["raised_on"].text() == "2025-05-01"
        assert any("가" <= ch <= "힣" for ch in rule), rule
        assert not any(word in rule for word in ("must", "before", "date")), rule
    finally:
        install_translators("en")
