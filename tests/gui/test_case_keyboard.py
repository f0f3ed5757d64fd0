"""The case window by keyboard alone: one owner per Alt+letter on every tab and in every
dialog, the toolbar reached by Tab, tabs switched by their letter, and every button on
screen in a 1366×768 window (fictional people)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from conftest_b import held_case, intake
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QTabBar, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def _letters(text: str) -> list[str]:
    return [m.upper() for m in MNEMONIC.findall(text.replace("&&", ""))]


def mnemonics(top: QWidget) -> Counter[str]:
    """The Alt+letters that act on `top` as it is shown now: visible buttons, labels with a
    buddy, and the tab bars' titles."""
    seen: Counter[str] = Counter()
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top) or w.window() is not top:
            continue
        if isinstance(w, QAbstractButton) or isinstance(w, QLabel) and w.buddy() is not None:
            seen.update(_letters(w.text()))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                seen.update(_letters(w.tabText(i)))
    return seen


def clashes(top: QWidget) -> dict[str, int]:
    return {k: n for k, n in mnemonics(top).items() if n > 1}


def _window(qtbot: Any, services: Any, actor: Any, no: str) -> Any:
    from resettle.gui.case_detail.window import CaseDetailWindow

    window = CaseDetailWindow(services, actor, no)
    qtbot.addWidget(window)
    window.show()
    return window


def _released_case(services: Any, actors: dict[str, Any]) -> str:
    cw = actors["caseworker"]
    no = held_case(services, actors)
    services.programme.create_cohort(cw, "HANA-2026-01", date(2026, 1, 5))
    services.programme.enrol(cw, no, "HANA-2026-01", date(2026, 1, 5))
    services.rewards.claim(cw, no, "small_arms", 1_000_000, date(2026, 1, 20))
    return no


def test_one_owner_per_alt_letter_on_every_tab_and_dialog(qtbot, services, actors) -> None:
    no = _released_case(services, actors)
    for role in ("supervisor", "caseworker"):
        window = _window(qtbot, services, actors[role], no)
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            assert not clashes(window), (role, window.tabs.tabText(i), clashes(window))
    window = _window(qtbot, services, actors["supervisor"], no)
    openers = [(window.programme, "enrol"), (window.programme, "attend"),
               (window.follow_up, "raise_button"), (window.family, "add"),
               (window.legal, "assign"), (window.legal, "poa"), (window.legal, "end"),
               (window.legal, "hearing"), (window.rewards, "claim"),
               (window.timeline, "correct")]
    for tab, name in openers:
        window.tabs.setCurrentWidget(tab)
        button = getattr(tab, name)
        if not button.isEnabled():
            continue
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = tab.dialog
        assert dialog.isVisible()
        assert not clashes(dialog), (name, clashes(dialog))
        dialog.reject()
    window.tabs.setCurrentWidget(window.profile)
    qtbot.mouseClick(window.profile.rename_button, Qt.MouseButton.LeftButton)
    assert not clashes(window.profile.name_dialog)
    window.profile.name_dialog.reject()


def test_tabs_by_letter_and_toolbar_by_tab(qtbot, services, actors) -> None:
    no = intake(services, actors["caseworker"], "김", "설화", "Kim", "Sol-hwa",
                date(2025, 12, 10))
    window = _window(qtbot, services, actors["caseworker"], no)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.tabs, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.programme
    qtbot.keyClick(window.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert window.tabs.currentWidget() is window.family
    buttons = [window.toolbar.widgetForAction(a) for a in
               (window.print_action, window.stage_action, window.reload_action)]
    for button in buttons:
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab from the first tool button walks to the next: the toolbar is in the focus chain
    buttons[0].setFocus()
    qtbot.waitUntil(buttons[0].hasFocus, timeout=1000)
    qtbot.keyClick(buttons[0], Qt.Key.Key_Tab)
    assert buttons[1].hasFocus()


def test_every_button_on_screen_at_1366_by_768(qtbot, services, actors) -> None:
    no = _released_case(services, actors)
    window = _window(qtbot, services, actors["supervisor"], no)
    window.resize(1366, 768 - 40)  # a laptop screen less the taskbar
    qtbot.wait(50)
    assert window.height() <= 728
    area = QRect(QPoint(0, 0), window.size())
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        qtbot.wait(20)
        for button in window.tabs.currentWidget().findChildren(QPushButton):
            if button.isVisibleTo(window):
                top_left = button.mapTo(window, QPoint(0, 0))
                assert area.contains(QRect(top_left, button.size())), (
                    window.tabs.tabText(i), button.text())
    assert window.minimumSizeHint().height() <= 728
