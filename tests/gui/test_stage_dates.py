"""Stage dialog dates: a date typed is never changed; a future date, or one before arrival or
the current stage, is refused naming the field and the rule, the text stays, nothing is saved;
release works from the dialog once a placement is recorded (and the programme completed)."""

from __future__ import annotations

from datetime import date

from conftest_b import intake
from PySide6.QtCore import Qt

from resettle.gui.case_detail.stage_dialog import StageChangeDialog


def _dialog(qtbot, services, actor, no: str) -> StageChangeDialog:
    dialog = StageChangeDialog(services, actor, [no])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_date(qtbot, dialog: StageChangeDialog, text: str) -> None:
    edit = dialog.date.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # focus leaves: a QDateEdit would fix it up here


def attend_everything(services, actor, no: str, cohort: str, start: date) -> None:
    """Every required hour, eight a day from `start` (fictional attendance)."""
    day = start.toordinal()
    for module, hours in services.programme.cohort_view(actor, cohort).required:
        left = hours
        while left > 0:
            services.programme.record_attendance(actor, no, module, date.fromordinal(day),
                                                 min(8, left))
            left -= min(8, left)
            day += 1


def _stage(services, actor, no: str) -> tuple[str, date]:
    detail = services.cases.show(actor, no)
    return detail.stage, detail.stage_date


def test_a_future_date_is_refused_and_stays_typed(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "김", "설화", "Kim", "Sol-hwa", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 6))
    before = _stage(services, cw, no)
    dialog = _dialog(qtbot, services, cw, no)
    assert dialog.target.currentData() == "custody"
    _type_date(qtbot, dialog, "2026-04-01")  # today is 2026-03-02
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.date.text() == "2026-04-01"
    text = dialog.result.text()
    assert "Nothing was moved." in text
    assert "Effective date (2026-04-01) must not be in the future." in text
    assert _stage(services, cw, no) == before


def test_a_date_before_arrival_is_refused_and_stays_typed(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "리", "은별", "Ri", "Un-byol", date(2026, 1, 6))
    before = _stage(services, cw, no)
    dialog = _dialog(qtbot, services, cw, no)
    assert dialog.target.currentData() == "screening"
    _type_date(qtbot, dialog, "2025-12-24")
    qtbot.keyClick(dialog.move_button, Qt.Key.Key_Space)
    assert dialog.isVisible() and dialog.date.text() == "2025-12-24"
    text = dialog.result.text()
    assert "Effective date (2025-12-24) must not be before" in text, text
    assert "(2026-01-06)" in text
    assert _stage(services, cw, no) == before
    _type_date(qtbot, dialog, "2026-02-30")  # no such day: refused, never rolled over
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.date.text() == "2026-02-30" and "Effective date" in dialog.result.text()
    assert _stage(services, cw, no) == before
    _type_date(qtbot, dialog, "2026-01-07")  # allowed: saved with exactly that date
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _stage(services, cw, no) == ("screening", date(2026, 1, 7))


def test_a_date_before_the_current_stage_is_refused(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "박", "금숙", "Pak", "Gum-suk", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 20))
    dialog = _dialog(qtbot, services, cw, no)
    _type_date(qtbot, dialog, "2026-01-10")
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.date.text() == "2026-01-10"
    assert "must not be before" in dialog.result.text()
    assert "(2026-01-20)" in dialog.result.text()
    assert _stage(services, cw, no) == ("screening", date(2026, 1, 20))


def test_release_from_the_dialog_once_placed(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    no = intake(services, cw, "최", "향란", "Choe", "Hyang-ran", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "programme", date(2026, 1, 10))
    services.programme.create_cohort(actors["supervisor"], "HANA-26-01", date(2026, 1, 12))
    services.programme.enrol(cw, no, "HANA-26-01", date(2026, 1, 12))
    dialog = _dialog(qtbot, services, cw, no)
    assert dialog.target.currentData() == "released"
    assert not dialog.move_button.isEnabled()  # no placement yet
    dialog.close()
    attend_everything(services, cw, no, "HANA-26-01", date(2026, 1, 12))
    services.programme.complete(cw, no, date(2026, 2, 27))
    services.release.place(cw, no, "rental_flat", "Seoul", date(2026, 2, 27))
    dialog = _dialog(qtbot, services, cw, no)
    assert dialog.move_button.isEnabled(), dialog.needs.text()
    _type_date(qtbot, dialog, "2026-02-28")
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.result.text()
    assert _stage(services, cw, no) == ("released", date(2026, 2, 28))
