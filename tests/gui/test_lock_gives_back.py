"""The idle lock covers every window and dialog (a Ctrl+P preview too) and gives back, after
the same user unlocks, the half-typed edit and the open dialog as they were."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from resettle.gui.case_detail.stage_dialog import StageChangeDialog
from resettle.gui.main_window import MainWindow
from resettle.gui.startup.lock_page import LockOverlay
from resettle.gui.widgets.pdf_preview import PdfPreviewDialog


def _editable(window) -> QLineEdit:
    return next(e for e in window.findChildren(QLineEdit)
                if e.isVisible() and e.isEnabled() and not e.isReadOnly()
                and not isinstance(e.parentWidget(), LockOverlay))


def _overlay(window) -> LockOverlay | None:
    found = [o for o in window.findChildren(LockOverlay)
             if o.isVisible() and o.covered is window]
    return found[0] if found else None


def test_a_locked_case_window_gives_back_a_half_typed_edit(qtbot, services, actors,
                                                           people) -> None:
    window = MainWindow(services, actors["caseworker"], idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.open_case(people[1])
    case = window.detail_windows[0]
    qtbot.waitExposed(case)
    edit = _editable(case)
    before = edit.text()
    edit.setFocus()
    edit.end(False)
    qtbot.keyClicks(edit, " half-typ")
    typed = edit.text()
    assert typed == before + " half-typ"
    dialog = StageChangeDialog(services, actors["caseworker"], [people[1]], None, case)
    dialog.show()
    qtbot.keyClicks(dialog.reason, "a reason being typed")
    window.idle.set_minutes(0.005)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass  # no input: the lock comes by itself
    for covered in (case, dialog):
        overlay = _overlay(covered)
        assert overlay is not None and overlay.geometry() == covered.rect()
        assert covered.windowTitle() == "Resettle (locked)"
        assert people[1] not in covered.windowTitle()
    qtbot.keyClicks(edit, "XYZ")  # nothing reaches a field under the lock
    assert edit.text() == typed
    overlay = _overlay(case)
    qtbot.keyClicks(overlay.password, "wrong-password-1")
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    assert window.is_locked and overlay.message.text()
    with qtbot.waitSignal(window.unlocked, timeout=5_000):
        qtbot.keyClicks(overlay.password, "a-long-password-1")
        qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    assert _overlay(case) is None and _overlay(dialog) is None
    assert case.isVisible() and dialog.isVisible()
    assert edit.text() == typed and dialog.reason.text() == "a reason being typed"
    assert people[1] in case.windowTitle()
    qtbot.keyClicks(edit, "ed")  # and typing goes on where it stopped
    assert edit.text() == before + " half-typed"
    window.idle.pause()
    dialog.close()
    case.close()


def test_a_ctrl_p_preview_is_hidden_by_the_lock(qtbot, services, actors, people) -> None:
    window = MainWindow(services, actors["caseworker"], idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.go("cases")
    cases = window.page("cases")
    qtbot.waitUntil(lambda: cases.model.rowCount() == len(people), timeout=10_000)
    with qtbot.waitActive(window):
        window.activateWindow()
    cases.table.selectRow(0)
    cases.table.setFocus()
    assert QApplication.activeWindow() is window
    qtbot.keyClick(cases.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    previews = [w for w in QApplication.topLevelWidgets()
                if isinstance(w, PdfPreviewDialog) and w.isVisible()]
    assert len(previews) == 1
    preview = previews[0]
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    overlay = _overlay(preview)
    assert overlay is not None and overlay.isVisible()
    assert "Case summary" not in preview.windowTitle()
    image = preview.grab().toImage()  # the preview shows the lock, not the summary
    assert overlay.geometry() == preview.rect() and not image.isNull()

    def unlock_in_main() -> None:
        qtbot.keyClicks(window.lock_page.password, "a-long-password-1")
        qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)

    QTimer.singleShot(0, unlock_in_main)
    qtbot.waitSignal(window.unlocked, timeout=5_000).wait()
    assert _overlay(preview) is None and preview.isVisible()
    window.idle.pause()
    preview.close()
