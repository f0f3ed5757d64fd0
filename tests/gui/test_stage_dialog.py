"""The stage change dialog: a group moves to the programme (every member listed, then moved), a
failing member is named and nothing moves, and supervisor-only decisions are visibly locked."""

from __future__ import annotations

from datetime import date

from conftest_b import group_in_custody, intake
from PySide6.QtCore import Qt

from resettle.services.cases import CaseQuery


def _members_in(services, actor, stage: str) -> list[str]:
    ids = services.cases.find_ids(actor, CaseQuery(stage=stage))
    return [r.case_no for r in services.cases.rows(actor, ids)]


def test_a_group_moves_to_the_programme(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.stage_dialog import StageChangeDialog

    cw = actors["caseworker"]
    nos = group_in_custody(services, cw)
    dialog = StageChangeDialog(services, cw, group="RESTAURANT-13")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [r[0] for r in dialog.model.rows] == nos  # every member, with their stage
    assert {r[2] for r in dialog.model.rows} == {"Temporary protection"}
    assert "Every member of group RESTAURANT-13 moves, or none does" in dialog.heading.text()
    assert dialog.target.currentData() == "programme"
    assert not dialog.lock.isVisible() and dialog.move_button.isEnabled()
    moved: list[list[str]] = []
    dialog.moved.connect(moved.append)
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert moved == [nos]
    assert sorted(_members_in(services, cw, "programme")) == nos


def test_a_failing_member_is_named_and_nothing_moves(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.stage_dialog import StageChangeDialog

    cw = actors["caseworker"]
    nos = group_in_custody(services, cw)
    dialog = StageChangeDialog(services, cw, group="RESTAURANT-13")
    qtbot.addWidget(dialog)
    dialog.show()
    services.lifecycle.advance(cw, nos[1], "programme", date(2026, 3, 1))  # meanwhile
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    text = dialog.result.text()
    assert text.startswith("Nothing was moved.") and f"{nos[1]} (박금숙) cannot move" in text
    assert "programme" in text
    assert sorted(_members_in(services, cw, "custody")) == [nos[0], nos[2]]


def test_exclusion_is_a_supervisor_decision(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.stage_dialog import StageChangeDialog

    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "김", "설화", "Kim", "Sol-hwa", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 6))
    dialog = StageChangeDialog(services, cw, [no])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.setFocus()
    while dialog.target.currentData() != "excluded":
        qtbot.keyClick(dialog.target, Qt.Key.Key_Down)
    assert dialog.lock.isVisible() and "Supervisor decision" in dialog.lock.text()
    assert not dialog.move_button.isEnabled()
    assert "a ground for refusing protection" in dialog.needs.text()

    dialog = StageChangeDialog(services, sv, [no])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.setCurrentIndex(dialog.target.findData("excluded"))
    assert "✘" in dialog.needs.text()  # the ground is still missing
    dialog.ground.setCurrentIndex(dialog.ground.findData("disguised_defection"))
    assert "✘" not in dialog.needs.text() and dialog.move_button.isEnabled()
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert services.cases.show(sv, no).stage == "excluded"


def test_release_needs_a_placement(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.stage_dialog import StageChangeDialog

    cw = actors["caseworker"]
    no = intake(services, cw, "최", "향란", "Choe", "Hyang-ran", date(2025, 9, 1))
    for stage, when in (("screening", date(2025, 9, 1)), ("programme", date(2025, 10, 1))):
        services.lifecycle.advance(cw, no, stage, when)
    dialog = StageChangeDialog(services, cw, [no])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target.currentData() == "released"
    assert f"missing for {no}" in dialog.needs.text()
    assert not dialog.move_button.isEnabled()
    services.release.place(cw, no, "rental_flat", "Incheon", date(2026, 2, 20))
    dialog = StageChangeDialog(services, cw, [no])
    qtbot.addWidget(dialog)
    dialog.show()  # placed, but the programme is not completed: a supervisor's override
    assert "missing" not in dialog.needs.text() and not dialog.move_button.isEnabled()
    assert "only a supervisor may release before completion" in dialog.needs.text()
    dialog = StageChangeDialog(services, actors["supervisor"], [no])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.move_button.isEnabled()  # the override needs a reason
    qtbot.keyClicks(dialog.reason, "work offer in Incheon")
    assert dialog.move_button.isEnabled()
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert services.cases.show(cw, no).stage == "released"
