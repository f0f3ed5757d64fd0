"""Programme and Groups pages start with the list of what exists, filterable; a pick opens
it; a cohort is created from the Programme page (through clicks and keys)."""

from __future__ import annotations

from datetime import date

from conftest_b import group_in_custody, intake
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from resettle.gui.cases.groups_page import GroupsPage
from resettle.gui.cases.programme_page import NewCohortDialog, ProgrammePage


def _page(qtbot, cls, services, actor):
    page = cls(services, actor)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.refresh()
    return page


def _click(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_groups_are_listed_filtered_and_picked(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    nos = group_in_custody(services, cw, "RESTAURANT-13")
    intake(services, cw, "김", "정란", "Kim", "Jong-ran", date(2026, 2, 1), group="BOAT-02")
    page = _page(qtbot, GroupsPage, services, cw)
    assert sorted(r[0] for r in page.items_model.rows) == ["BOAT-02", "RESTAURANT-13"]
    assert page.model.rowCount() == 0
    qtbot.keyClicks(page.filter, "res")
    assert [r[0] for r in page.items_model.rows] == ["RESTAURANT-13"]
    assert page.items_model.rows[0][3:] == ("3", "3")
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)  # the first match is picked
    assert [r[0] for r in page.model.rows] == nos
    assert "RESTAURANT-13" in page.summary.text()
    opened: list[str] = []
    page.openCase.connect(opened.append)
    rect = page.table.visualRect(page.model.index(1, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [nos[1]]


def test_a_cohort_is_created_and_picked_from_the_list(qtbot, services, actors) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    services.programme.create_cohort(sv, "HANA-2026-01", date(2026, 1, 12), centre="Anseong")
    no = intake(services, cw, "리", "은별", "Ri", "Un-byol", date(2026, 1, 6))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 6))
    page = _page(qtbot, ProgrammePage, services, cw)
    assert [r[0] for r in page.items_model.rows] == ["HANA-2026-01"]
    said: list[str] = []

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, NewCohortDialog) and w.isVisible())
        qtbot.keyClicks(dialog.code, "hana-2026-03")
        dialog.start.edit.selectAll()
        qtbot.keyClicks(dialog.start.edit, "2026-03-09")  # a week ahead: allowed
        qtbot.keyClicks(dialog.centre, "Hwacheon")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            said.append(dialog.message.text())
            dialog.reject()

    QTimer.singleShot(100, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert said == []
    assert [r[0] for r in page.items_model.rows] == ["HANA-2026-03", "HANA-2026-01"]
    assert page.current_code == "HANA-2026-03" and "Hwacheon" in page.summary.text()
    services.programme.enrol(cw, no, "HANA-2026-01", date(2026, 1, 12))
    page.refresh()
    _click(qtbot, page.list, 1)
    assert [r[0] for r in page.model.rows] == [no]
    assert "HANA-2026-01" in page.summary.text()
