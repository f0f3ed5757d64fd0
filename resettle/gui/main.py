"""Starting the desktop application: set-up on first run, unlock and log in, the main window.

The log-in window appears before any service (SQLAlchemy, ReportLab) is imported; the
services load in a background thread, started once the window is painted, while the user
types. Nothing else the log-in window does not need is loaded before it shows: not the crash
dialog (unless there was a crash), not the translator classes in English, not the `Qt`
namespace (see startup/login.py)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QDialog

from .startup import probe

PRELOAD_AFTER_MS = 200  # the window is painted first; nobody logs in within 0.2 s


def preload() -> None:
    """Import the services and the main window and configure the ORM while the log-in
    window waits for the user."""
    import importlib

    for name in ("resettle.services.installation", "resettle.gui.main_window"):
        importlib.import_module(name)
    _warm_up("resettle.services.api")


def preload_reports() -> None:
    """The report builders and their fonts, loaded once the main window is up, so the first
    print costs what every later one does."""
    _warm_up("resettle.services.reports")


def _warm_up(module: str) -> None:
    """The module's warm_up(), then what is loaded frozen out of the garbage collector's
    reach: a full collection over every imported object took 90-150 ms, and it used to
    fall on the first list query."""
    import gc
    import importlib

    importlib.import_module(module).warm_up()
    gc.freeze()


def _start_preload(login: Any) -> None:
    if login.mode != "passphrase":
        login.open_ahead()  # nothing to type first: the database opens at once
    threading.Thread(target=preload, daemon=True).start()


def excepthook(*args: Any) -> None:
    """sys.excepthook: the crash dialog, imported only when something goes wrong."""
    from .widgets.crash import excepthook as show

    show(*args)


def make_app(language: str | None = None) -> QApplication:
    from .widgets.i18n import install_translators, register_fonts, system_language

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
    from .startup.setup_wizard import SetupWizard

    wizard = SetupWizard(location)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    return wizard.session


def run_gui(location: Any) -> int:
    from PySide6.QtCore import QTimer

    from .startup.login import LoginDialog

    app = make_app()
    if not probe.is_initialised(location):
        session = first_run(location)
        if session is None:
            return 0
        return show_main(app, *session)
    login = LoginDialog(location)
    login.show()
    QTimer.singleShot(PRELOAD_AFTER_MS, lambda: _start_preload(login))
    from resettle.startup import previous_crash

    crash = previous_crash(location.data_dir)
    if crash:
        from .widgets.crash import show_previous_crash

        show_previous_crash(crash, login)
    if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
        return 0
    return show_main(app, *login.session)


def show_main(app: QApplication, services: Any, actor: Any) -> int:
    from PySide6.QtCore import QTimer

    from resettle.services.attachments import wipe_private_folder

    from .main_window import MainWindow
    from .widgets.i18n import install_translators

    install_translators(actor.language)
    wipe_private_folder()  # decrypted copies a crash left behind
    window = MainWindow(services, actor)
    window.show()
    QTimer.singleShot(PRELOAD_AFTER_MS,
                      threading.Thread(target=preload_reports, daemon=True).start)
    try:
        return int(app.exec())
    finally:
        wipe_private_folder()


def main(data_dir: Path | None = None) -> int:
    """The fast path to the log-in window (no CLI parsing, no services imported yet)."""
    from resettle.startup import default_data_dir, setup_logging

    data_dir = data_dir or default_data_dir()
    setup_logging(data_dir)
    return run_gui(probe.from_environment(data_dir))
