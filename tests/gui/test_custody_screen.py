"""The custody review through real clicks: a supervisor approves an extension in place; a
caseworker is refused with a sentence; the report is saved under the suggested name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from resettle.gui.case_detail.extension_dialog import ExtensionDialog
from resettle.gui.custody.model import Columns
from resettle.gui.custody.review import CustodyReview


def _screen(qtbot, services, actor) -> CustodyReview:
    view = CustodyReview(services, actor)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    return view


def _select(qtbot, view: CustodyReview, case_no: str) -> None:
    rows = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    index = view.model.index(rows.index(case_no), Columns.NAME)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _in_dialog(action) -> list[str]:
    """Run `action` on the extension dialog once it is open; returns its message."""
    said: list[str] = []

    def act() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ExtensionDialog) and w.isVisible())
        action(dialog)
        said.append(dialog.message.text())
        if dialog.isVisible():
            dialog.reject()
    QTimer.singleShot(100, act)
    return said


def _fill(qtbot, reason: str):
    def action(dialog: ExtensionDialog) -> None:
        dialog.days.setValue(20)
        qtbot.keyClicks(dialog.reason, reason)
        qtbot.mouseClick(dialog.approve, Qt.MouseButton.LeftButton)
    return action


def test_everyone_held_is_listed_with_bars_and_counts(qtbot, services, actors, people) -> None:
    """Held from the arrival day: the two in screening and custody and the three still at
    intake (DOMAIN.md: intake and screening are inside the clock)."""
    view = _screen(qtbot, services, actors["supervisor"])
    assert sorted(view.model.index(r, 0).data() for r in range(view.model.rowCount())) == \
        sorted(people)
    assert "5 people held" in view.summary.text()
    assert view.model.index(0, Columns.HELD).data().endswith("/ 90")
    assert sum(view.chart.counts) == 5


def test_supervisor_approves_an_extension_in_place(qtbot, services, actors, people) -> None:
    view = _screen(qtbot, services, actors["supervisor"])
    _select(qtbot, view, people[1])
    said = _in_dialog(_fill(qtbot, "the council deliberated"))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.extend_button, Qt.MouseButton.LeftButton)
    assert said == [""]
    custody = services.cases.show(actors["supervisor"], people[1]).custody
    assert custody.limit == 110 and custody.extensions[0].status == "approved"
    row = [r for r in view.model.rows if r.case_no == people[1]][0]
    assert row.custody_limit == 110


def test_caseworker_is_refused_in_a_sentence(qtbot, services, actors, people) -> None:
    view = _screen(qtbot, services, actors["caseworker"])
    _select(qtbot, view, people[1])
    said = _in_dialog(_fill(qtbot, "please"))
    qtbot.mouseClick(view.extend_button, Qt.MouseButton.LeftButton)
    assert said == ["Your role (Caseworker) may not do this."]
    assert services.cases.show(actors["caseworker"], people[1]).custody.extensions == ()


def test_supervisor_decides_a_requested_extension(qtbot, services, actors, people) -> None:
    services.lifecycle.request_extension(actors["caseworker"], people[0], 15, "more questions")
    view = _screen(qtbot, services, actors["supervisor"])
    _select(qtbot, view, people[0])

    def approve(dialog: ExtensionDialog) -> None:
        assert dialog.pending is not None and not dialog.days.isEnabled()
        qtbot.mouseClick(dialog.approve, Qt.MouseButton.LeftButton)
    said = _in_dialog(approve)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.mouseClick(view.extend_button, Qt.MouseButton.LeftButton)
    assert said == [""]
    assert services.cases.show(actors["supervisor"], people[0]).custody.limit == 105


def test_one_click_custody_report(qtbot, services, actors, people, tmp_path: Path,
                                  monkeypatch) -> None:
    view = _screen(qtbot, services, actors["supervisor"])
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "custody.pdf"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "custody.pdf").exists(), timeout=20_000)
    assert asked[0].startswith("custody-review") and asked[0].endswith(".pdf")
    assert (tmp_path / "custody.pdf").read_bytes().startswith(b"%PDF")
