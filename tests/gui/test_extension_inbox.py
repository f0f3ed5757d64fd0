"""The supervisor's extension inbox: pending requests across cases, each saying what is being
approved; one decided from the inbox through clicks; one that lapses when custody ends."""

from __future__ import annotations

from conftest_b import group_in_custody
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from resettle.gui.case_detail.extension_dialog import ExtensionDialog
from resettle.gui.case_detail.stage_dialog import StageChangeDialog
from resettle.gui.custody.review import CustodyReview


def _review(qtbot, services, actor) -> CustodyReview:
    view = CustodyReview(services, actor)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    return view


def _inbox_rows(view: CustodyReview) -> list[tuple[str, ...]]:
    return list(view.inbox.model.rows)


def _click_row(qtbot, view: CustodyReview, case_no: str) -> None:
    table, model = view.inbox.table, view.inbox.model
    row = [r[0] for r in model.rows].index(case_no)
    rect = table.visualRect(model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_request_is_decided_from_the_inbox(qtbot, services, actors) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    nos = group_in_custody(services, cw)
    services.lifecycle.request_extension(cw, nos[1], 20, "interviews not finished")
    view = _review(qtbot, services, sv)
    assert "(1)" in view.tabs.tabText(1)
    view.tabs.setCurrentIndex(1)
    rows = _inbox_rows(view)
    assert len(rows) == 1
    no, name, _status, days, reason, who, _on, held, last, after = rows[0]
    assert (no, name, days, reason, who) == (nos[1], "박금숙 (Pak Gum-suk)", "20",
                                            "interviews not finished", "caseworker")
    assert held.endswith(" / 90") and last < after.split()[0]
    seen: list[str] = []

    def decide() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, ExtensionDialog) and w.isVisible())
        seen.append(dialog.summary.text())
        qtbot.keyClicks(dialog.decision_reason, "the investigation needs the days")
        qtbot.mouseClick(dialog.approve, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            seen.append(dialog.message.text())
            dialog.reject()

    _click_row(qtbot, view, nos[1])
    QTimer.singleShot(100, decide)
    with qtbot.waitSignal(view.inbox.decided, timeout=5_000):
        qtbot.mouseClick(view.inbox.decide_button, Qt.MouseButton.LeftButton)
    summary = seen[0]
    for part in (nos[1], "박금숙", "20", "interviews not finished", "caseworker", last,
                 after.split()[0], "if approved"):
        assert part in summary, (part, summary)
    custody = services.cases.show(sv, nos[1]).custody
    assert [(x.status, x.decided_by, x.decision_reason) for x in custody.extensions] == [
        ("approved", "supervisor", "the investigation needs the days")]
    assert custody.limit == 110
    assert _inbox_rows(view) == [] and "(0)" in view.tabs.tabText(1)


def test_a_request_lapses_when_custody_ends(qtbot, services, actors) -> None:
    cw, sv = actors["caseworker"], actors["supervisor"]
    nos = group_in_custody(services, cw)
    services.lifecycle.request_extension(cw, nos[0], 30, "medical examination")
    view = _review(qtbot, services, sv)
    assert [r[0] for r in _inbox_rows(view)] == [nos[0]]
    dialog = StageChangeDialog(services, cw, [nos[0]])  # the caseworker moves her on
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.target.currentData() == "programme"
    dialog.date.setText("2026-02-20")
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.result.text()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    rows = _inbox_rows(view)
    assert [(r[0], r[2]) for r in rows] == [
        (nos[0], "Lapsed on 2026-02-20: left custody first")]
    assert not view.inbox.decide_button.isEnabled()
    ext = services.cases.show(sv, nos[0]).custody.extensions
    assert [x.status for x in ext] == ["lapsed"]
