"""First run through the real wizard: language, folder, passphrase, admin, recovery key."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from resettle.gui.startup import probe


@pytest.fixture
def passphrase_mode(monkeypatch):
    monkeypatch.setenv("RESETTLE_KEY_MODE", "passphrase")


def _next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.CommitButton)
    if not button.isVisible():
        button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)


def test_setup_wizard_creates_the_database_and_shows_the_key_once(qtbot, tmp_path: Path,
                                                                   passphrase_mode) -> None:
    from resettle.gui.startup.setup_wizard import SetupWizard
    from resettle.gui.widgets.i18n import install_translators

    place = probe.Place(tmp_path / "default")
    wizard = SetupWizard(place)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.language_page.english.setChecked(True)
    _next(qtbot, wizard)
    wizard.folder_page.folder.setText(str(tmp_path / "chosen"))
    _next(qtbot, wizard)
    page = wizard.key_page
    assert "passphrase" in page.explain.text() and page.backend is None
    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClicks(page.repeat, "short")
    _next(qtbot, wizard)
    assert page.message.text() == "The passphrase must be at least 12 characters long."
    page.passphrase.setText("gui passphrase 12")
    page.repeat.setText("gui passphrase 12")
    _next(qtbot, wizard)
    admin = wizard.admin_page
    qtbot.keyClicks(admin.password, "admin-password-1")
    qtbot.keyClicks(admin.repeat, "admin-password-2")
    _next(qtbot, wizard)
    assert admin.message.text() == "The two passwords are not the same."
    admin.repeat.setText("admin-password-1")
    _next(qtbot, wizard)
    recovery = wizard.recovery_page
    assert wizard.currentPage() is recovery and len(recovery.key.text()) == 39
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # the key must be confirmed as stored
    recovery.stored.setChecked(True)
    assert finish.isEnabled()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    qtbot.mouseClick(finish, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    assert probe.is_initialised(probe.Place(tmp_path / "chosen"))
    assert not probe.is_initialised(place)
    assert probe.key_mode(probe.Place(tmp_path / "chosen")) == "passphrase"
    services, actor = wizard.session
    assert actor.username == "admin" and actor.language == "en"
    services.close()
    install_translators("en")


def test_login_window_needs_no_services(tmp_path: Path) -> None:
    """The probe reads the folder without SQLAlchemy: the window can show before it loads."""
    import subprocess
    import sys

    code = ("import sys; from resettle.gui.startup import probe, login; "
            "print(any(m.startswith(('sqlalchemy', 'reportlab')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parents[2], check=True)
    assert out.stdout.strip() == "False"
