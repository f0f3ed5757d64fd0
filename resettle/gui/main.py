"""Starting the desktop application: set-up on first run, unlock and log in, the main window.

The log-in window appears before any service (SQLAlchemy, ReportLab) is imported; the
services load in a background thread while the user types."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog

from . import probe


def _preload() -> None:
    """Import the services while the log-in window waits for the user."""
    import importlib

    for name in ("resettle.services.installation", "resettle.services.api"):
        importlib.import_module(name)


def make_app(language: str | None = None) -> QApplication:
    from .crash import excepthook
    from .i18n import install_translators, register_fonts, system_language

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Resettle")
    app.setOrganizationName("Resettle")
    app.setDesktopFileName("org.resettle.Resettle")  # matches packaging/linux (Wayland icon)
    register_fonts()
    install_translators(language or system_language())
    sys.excepthook = excepthook
    return app


def first_run(location: Any) -> tuple[Any, Any] | None:
    """The set-up wizard; returns the open services and the new administrator, or None."""
    from .setup_wizard import SetupWizard

    wizard = SetupWizard(location)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return wizard.session


def run_gui(location: Any) -> int:
    from .crash import show_previous_crash
    from .login import LoginDialog

    app = make_app()
    if not probe.is_initialised(location):
        session = first_run(location)
        if session is None:
            return 0
        return show_main(app, *session)
    login = LoginDialog(location)
    login.show()
    threading.Thread(target=_preload, daemon=True).start()
    from resettle.app import previous_crash

    show_previous_crash(previous_crash(location.data_dir), login)
    if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
        return 0
    return show_main(app, *login.session)


def show_main(app: QApplication, services: Any, actor: Any) -> int:
    from .i18n import install_translators
    from .main_window import MainWindow

    install_translators(actor.language)
    window = MainWindow(services, actor)
    window.show()
    return int(app.exec())


def main(data_dir: Path | None = None) -> int:
    """The fast path to the log-in window (no CLI parsing, no services imported yet)."""
    from resettle.app import default_data_dir, setup_logging

    data_dir = data_dir or default_data_dir()
    setup_logging(data_dir)
    return run_gui(probe.from_environment(data_dir))
