"""One owner per Alt+letter: walks every page of the main window (each role), every tab of
the case window, and every dialog a button there opens (and the app's other dialogs), and
fails on two visible controls of one window sharing a mnemonic. Also: every toolbar is
reachable by keyboard (its actions have shortcuts or its buttons take focus)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pytest
from conftest_b import held_case
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenuBar,
    QMessageBox,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from resettle.gui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1
        i += 1
    return None


def owners(window: QWidget) -> dict[str, list[str]]:
    """Mnemonic letter -> the visible controls of `window` that own it."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            found[letter].append(f"{what} {text!r}")

    for w in window.findChildren(QWidget):
        if w.window() is not window or not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) and not isinstance(w.parentWidget(), QTabBar):
            add(w.text(), type(w).__name__)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text(), "label")
        elif isinstance(w, QGroupBox):
            add(w.title(), "group box")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i):
                    add(w.tabText(i), "tab")
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                if action.isVisible():
                    add(action.text(), "menu")
    return found


CLASHES: list[str] = []
WALKED: list[str] = []


def check(window: QWidget, where: str) -> None:
    QApplication.processEvents()
    WALKED.append(where)
    for letter, who in owners(window).items():
        if len(who) > 1:
            CLASHES.append(f"{where}: Alt+{letter.upper()} owned by {', '.join(who)}")


def walk(window: QWidget, where: str, depth: int = 0, seen: set[int] | None = None) -> None:
    """Check now, then with every tab of every visible tab widget shown (nested too)."""
    seen = set() if seen is None else seen
    check(window, where)
    if depth > 2:
        return
    for tabs in window.findChildren(QTabWidget):
        if id(tabs) in seen or not tabs.isVisible() or tabs.window() is not window:
            continue
        seen.add(id(tabs))
        start = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            walk(window, f"{where} / {tabs.tabText(i)}", depth + 1, seen)
        tabs.setCurrentIndex(start)


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[QDialog]:
    """Dialogs opened by buttons are checked, then closed (modal ones do not block)."""
    opened: list[QDialog] = []

    def fake_exec(self: QDialog) -> int:
        self.show()
        opened.append(self)
        walk(self, f"dialog {type(self).__name__} {self.windowTitle()!r}")
        self.hide()
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: 0))
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    return opened


SAFE_TO_CLICK = ("…", "...")  # buttons that open a dialog end with an ellipsis


def click_dialog_buttons(window: QWidget, where: str) -> None:
    """Every visible button whose text ends with '…' (it opens a dialog) in every tab."""
    for tabs in [window, *window.findChildren(QTabWidget)]:
        count = tabs.count() if isinstance(tabs, QTabWidget) else 1
        for i in range(count):
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentIndex(i)
            QApplication.processEvents()
            for button in window.findChildren(QAbstractButton):
                if (button.isVisible() and button.isEnabled() and button.window() is window
                        and button.text().rstrip().endswith(SAFE_TO_CLICK)):
                    button.click()
                    for w in QApplication.topLevelWidgets():
                        if w is not window and w.isVisible() and isinstance(w, QDialog):
                            walk(w, f"{where}: dialog {w.windowTitle()!r}")
                            w.close()


def toolbars_reachable(window: QWidget, where: str) -> list[str]:
    bad = []
    for bar in window.findChildren(QToolBar):
        if not bar.isVisible():
            continue
        for action in bar.actions():
            if not action.isVisible() or action.isSeparator():
                continue
            button = bar.widgetForAction(action)
            if action.shortcut().isEmpty() and (button is None or not button.focusPolicy()):
                bad.append(f"{where}: toolbar action {action.text()!r}")
    return bad


def more_dialogs(services: Any, actors: dict[str, Any], no: str) -> None:
    """Dialogs no '…' button of the walk opens (toolbar actions, menus, selections)."""
    from resettle.gui.admin.users import EditUserDialog, PasswordDialog
    from resettle.gui.case_detail.stage_dialog import StageChangeDialog
    from resettle.gui.cases.intake_wizard import IntakeWizard

    user = next(u for u in services.accounts.list_users(actors["admin"])
                if u.username == "caseworker")
    for dialog in (StageChangeDialog(services, actors["supervisor"], [no]),
                   EditUserDialog(services, actors["admin"], user),
                   PasswordDialog("caseworker"),
                   IntakeWizard(services, actors["caseworker"])):
        dialog.show()
        walk(dialog, f"dialog {type(dialog).__name__}")
        if hasattr(dialog, "next"):
            for _page in range(6):
                dialog.next()
                walk(dialog, f"dialog {type(dialog).__name__} page {dialog.currentId()}")
        dialog.close()
        dialog.deleteLater()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_one_owner_per_mnemonic_everywhere(qtbot, services, actors, dialogs, lang) -> None:
    from resettle.gui.widgets.i18n import install_translators

    install_translators(lang)
    try:
        _walk_everything(qtbot, services, actors, dialogs)
    finally:
        install_translators("en")


def _walk_everything(qtbot, services, actors, dialogs) -> None:
    CLASHES.clear()
    WALKED.clear()
    no = held_case(services, actors)
    services.programme.create_cohort(actors["supervisor"], "HANA-2026-01", date(2026, 1, 12))
    unreachable: list[str] = []
    for role in ("admin", "supervisor", "caseworker", "lawyer"):
        window = MainWindow(services, actors[role], idle_minutes=60)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for spec in window.specs:
            window.go(spec.key)
            page = window.page(spec.key)
            if hasattr(page, "refresh"):
                page.refresh()
            qtbot.wait(50)
            walk(window, f"{role} main window / {spec.title}")
            if role in ("admin", "supervisor"):
                click_dialog_buttons(window, f"{role} {spec.title}")
        if role in ("supervisor", "caseworker", "lawyer"):
            window.open_case(no)
            case = window.detail_windows[-1]
            qtbot.waitExposed(case)
            walk(case, f"{role} case window")
            click_dialog_buttons(case, f"{role} case window")
            unreachable += toolbars_reachable(case, f"{role} case window")
            case.close()
        unreachable += toolbars_reachable(window, f"{role} main window")
        window.idle.pause()
    more_dialogs(services, actors, no)
    assert not unreachable, "\n".join(unreachable)
    dialogs_seen = {w.split("dialog ", 1)[1] for w in WALKED if "dialog " in w}
    print("\n".join(sorted(dialogs_seen)))
    assert len(dialogs_seen) >= 8, dialogs_seen  # the walk reached the dialogs
    assert any(w.startswith("caseworker case window / ") for w in WALKED)
    assert not CLASHES, "\n".join(sorted(set(CLASHES)))


def test_the_walker_sees_a_clash(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QPushButton("&Save"))
    layout.addWidget(QPushButton("&Search"))
    layout.addWidget(QPushButton("Rock && &roll"))
    box.show()
    found = owners(box)
    assert len(found["s"]) == 2 and found["r"] == ["QPushButton 'Rock && &roll'"]
