"""Starting the desktop application: set-up on first run, unlock and log in, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog

from resettle.services.installation import Location, is_initialised


def run_gui(location: Location) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Resettle")
    from .login import LoginDialog
    from .setup import SetupDialog

    if not is_initialised(location):
        setup = SetupDialog(location)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return 0
    login = LoginDialog(location)
    if login.exec() != QDialog.DialogCode.Accepted or login.session is None:
        return 0
    from .main_window import MainWindow

    window = MainWindow(*login.session)
    window.show()
    return int(app.exec())
