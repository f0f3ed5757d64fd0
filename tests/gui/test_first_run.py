"""First run through the real dialogs: set-up, recovery key, log-in, main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from resettle.services.installation import Location, is_initialised


@pytest.fixture
def passphrase_mode(monkeypatch):
    monkeypatch.setenv("RESETTLE_KEY_MODE", "passphrase")


def _press_ok(dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_setup_then_login(qtbot, tmp_path: Path, passphrase_mode) -> None:
    from resettle.gui.login import LoginDialog
    from resettle.gui.main_window import MainWindow
    from resettle.gui.setup import RecoveryKeyDialog, SetupDialog

    loc = Location(tmp_path / "data")
    setup = SetupDialog(loc)
    qtbot.addWidget(setup)
    qtbot.keyClicks(setup.password, "admin-password-1")
    qtbot.keyClicks(setup.repeat, "admin-password-1")
    qtbot.keyClicks(setup.passphrase, "gui passphrase 12")
    seen: list[str] = []

    def confirm_recovery() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, RecoveryKeyDialog) and w.isVisible())
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen.append(str(ok.isEnabled()))
        dialog.stored.setChecked(True)
        seen.append(str(ok.isEnabled()))
        ok.click()

    QTimer.singleShot(200, confirm_recovery)
    _press_ok(setup)
    assert seen == ["False", "True"]  # the key must be confirmed as stored
    assert is_initialised(loc)

    login = LoginDialog(loc)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.passphrase, "gui passphrase 12")
    qtbot.keyClicks(login.user, "admin")
    qtbot.keyClicks(login.password, "admin-password-1")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    assert login.session is not None
    window = MainWindow(*login.session)
    qtbot.addWidget(window)
    assert "admin (admin)" in window.status_label.text()
    assert "passphrase" in window.status_label.text()
    window.close()


def test_wrong_password_keeps_the_dialog_open(qtbot, tmp_path: Path, passphrase_mode,
                                              monkeypatch) -> None:
    from resettle.gui import login as login_module
    from resettle.services.installation import initialise

    loc = Location(tmp_path / "data")
    initialise(loc, "admin", "admin-password-1", passphrase="gui passphrase 12")[0].close()
    messages: list[str] = []
    monkeypatch.setattr(login_module, "show_error",
                        lambda parent, exc: messages.append(exc.message))
    dialog = login_module.LoginDialog(loc)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.passphrase, "gui passphrase 12")
    qtbot.keyClicks(dialog.user, "admin")
    qtbot.keyClicks(dialog.password, "wrong-password-1")
    _press_ok(dialog)
    assert messages == ["the user name or password is wrong"] and dialog.session is None
    assert dialog.password.text() == ""
