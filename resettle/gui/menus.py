"""The main window's menus and keyboard shortcuts, and what each action does."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, allowed

from .widgets.errors import show_error
from .widgets.kit import tell


def _t(text: str) -> str:
    return QCoreApplication.translate("menus", text)


def _action(window: QMainWindow, text: str, shortcut: Any, slot: Any,
            always: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    action.setData("always" if always else "")
    return action


def build_menus(window: Any) -> dict[str, QAction]:
    bar = window.menuBar()
    bar.clear()
    role = window.actor.role
    acts: dict[str, QAction] = {
        "intake": _action(window, _t("&New intake…"), QKeySequence.StandardKey.New,
                          lambda: open_intake(window)),
        "print": _action(window, _t("&Print case summary…"), QKeySequence.StandardKey.Print,
                         lambda: print_summary(window)),
        "stage": _action(window, _t("Change &stage…"), "Ctrl+T",
                         lambda: change_stage(window)),
        "lock": _action(window, _t("&Lock"), "Ctrl+L", window.lock),
        "quit": _action(window, _t("&Quit"), "Ctrl+Q", window.close, always=True),
        "find": _action(window, _t("&Find cases"), QKeySequence.StandardKey.Find, window.find),
        "refresh": _action(window, _t("&Refresh"), "F5", window.refresh),
    }
    acts["intake"].setVisible(allowed(role, Action.CREATE_CASE))
    acts["stage"].setVisible(allowed(role, Action.ADVANCE_STAGE))
    file_menu = bar.addMenu(_t("&File"))
    for key in ("intake", "print", "stage"):
        file_menu.addAction(acts[key])
    file_menu.addSeparator()
    file_menu.addAction(acts["lock"])
    file_menu.addAction(acts["quit"])
    view = bar.addMenu(_t("&View"))
    view.addAction(acts["find"])
    view.addAction(acts["refresh"])
    view.addSeparator()
    for n, spec in enumerate(window.specs, start=1):
        act = _action(window, spec.title, f"Ctrl+{n}", lambda k=spec.key: window.go(k))
        acts[f"page:{spec.key}"] = act
        view.addAction(act)
    settings = bar.addMenu(_t("Settin&gs"))
    language = settings.addMenu(_t("&Language"))
    group = QActionGroup(window)
    for code, name in (("ko", "한국어"), ("en", "English")):
        act = _action(window, name, None, lambda c=code: switch_language(window, c))
        act.setCheckable(True)
        act.setChecked(window.actor.language == code)
        group.addAction(act)
        language.addAction(act)
        acts[f"lang:{code}"] = act
    help_menu = bar.addMenu(_t("&Help"))
    acts["about"] = _action(window, _t("&About Resettle"), None, lambda: about(window), True)
    help_menu.addAction(acts["about"])
    return acts


def open_intake(window: Any) -> None:
    from .cases.intake_wizard import IntakeWizard
    wizard = IntakeWizard(window.services, window.actor, window)
    wizard.caseCreated.connect(lambda case_no: (window.refresh(), window.open_case(case_no)))
    wizard.exec()


def change_stage(window: Any) -> None:
    case_no = window.selected_case()
    if not case_no:
        tell(window, _t("Select a case first."), warning=False)  # never blocks the caller
        return
    from .case_detail.stage_dialog import StageChangeDialog
    if StageChangeDialog(window.services, window.actor, [case_no], None, window).exec():
        window.refresh()


def print_summary(window: Any) -> None:
    """The selected case's summary, previewed with Save and Print (two clicks from a case)."""
    case_no = window.selected_case()
    if not case_no:
        tell(window, _t("Select a case first."), warning=False)  # never blocks the caller
        return
    from .reports.panel import print_case_summary

    print_case_summary(window.services, window.actor, case_no, window)


def save_pdf(parent: Any, filename: str, pdf: bytes) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(parent, _t("Save report"), filename,
                                                _t("PDF files (*.pdf)"))
    if not path:
        return None
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner only
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pdf)
    return path


def switch_language(window: Any, code: str) -> None:
    from .widgets.i18n import install_translators

    try:
        window.actor = window.services.accounts.set_language(window.actor, code)
    except ResettleError as exc:
        show_error(window, exc)
        return
    install_translators(code)
    current = window.specs[window.nav.currentRow()].key if window.specs else "cases"
    window.rebuild(current)


def about(window: Any) -> None:
    from resettle import __version__

    QMessageBox.about(window, _t("About Resettle"),
                      _t("Resettle %1: case management for the resettlement of people from "
                         "North Korea.").replace("%1", __version__))
