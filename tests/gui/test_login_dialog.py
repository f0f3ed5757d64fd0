"""Log-in through the real dialog: wrong password, locked account, disabled, then success."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from resettle.gui.startup.login import LoginDialog
from resettle.gui.startup.probe import Place
from resettle.services.installation import initialise

PASSPHRASE = "gui passphrase 12"


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Place:
    monkeypatch.setenv("RESETTLE_KEY_MODE", "passphrase")
    where = Place(tmp_path / "data")
    services, _recovery = initialise(where, "admin", "admin-password-1",  # type: ignore[arg-type]
                                     passphrase=PASSPHRASE)
    admin = services.accounts.login("admin", "admin-password-1")
    services.accounts.add_user(admin, "cw", "caseworker", "caseworker-pass-1")
    services.accounts.add_user(admin, "gone", "caseworker", "caseworker-pass-1")
    services.accounts.set_active(admin, "gone", False)
    services.close()
    return where


def _try(qtbot, place: Place, user: str, password: str) -> LoginDialog:
    dialog = LoginDialog(place)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def test_wrong_password_says_so_and_keeps_the_dialog(qtbot, place: Place) -> None:
    dialog = _try(qtbot, place, "cw", "not-the-password")
    assert dialog.session is None and dialog.isVisible()
    assert dialog.message.text() == "The user name or password is wrong."
    assert dialog.password.text() == ""


def test_locked_account_after_five_failures(qtbot, place: Place) -> None:
    dialog = _try(qtbot, place, "cw", "wrong-password-0")
    for n in range(1, 5):
        qtbot.keyClicks(dialog.password, f"wrong-password-{n}")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.password, "caseworker-pass-1")  # right password, but locked now
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is None
    assert "locked" in dialog.message.text() and "administrator" in dialog.message.text()


def test_disabled_account(qtbot, place: Place) -> None:
    dialog = _try(qtbot, place, "gone", "caseworker-pass-1")
    assert dialog.message.text() == "This account is disabled. Ask an administrator."


def test_wrong_passphrase_is_named(qtbot, place: Place) -> None:
    dialog = LoginDialog(place)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.keyClicks(dialog.user, "cw")
    qtbot.keyClicks(dialog.password, "caseworker-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.message.text() == "The passphrase is wrong."


def test_success_gives_a_session(qtbot, place: Place) -> None:
    dialog = _try(qtbot, place, "cw", "caseworker-pass-1")
    assert dialog.session is not None
    services, actor = dialog.session
    assert actor.username == "cw"
    # issue 15: neither secret is kept by the dialog after use
    assert dialog.password.text() == dialog.passphrase.text() == ""
    assert dialog._opening is None
    assert not any(v == "caseworker-pass-1" for v in vars(dialog).values())
    services.close()


def test_missing_key_file_offers_recovery(qtbot, place: Place) -> None:
    (place.data_dir / "keystore.json").rename(place.data_dir / "keystore.moved")
    dialog = LoginDialog(place)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.mode is None and dialog.recover_button.isVisible()


def _passphrase_then_tab(qtbot, dialog: LoginDialog, phrase: str):
    """The passphrase typed and left: the database opens in the background meanwhile."""
    if not dialog.isActiveWindow():
        with qtbot.waitActive(dialog):
            dialog.activateWindow()
    dialog.passphrase.setFocus()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, phrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Tab)
    assert dialog._opening is not None and dialog._opening[0] == dialog._digest(phrase)
    assert phrase not in dialog._opening  # the passphrase's text is not kept
    future = dialog._opening[1]
    qtbot.waitUntil(future.done, timeout=20_000)
    return future


def test_the_passphrase_is_derived_while_the_rest_is_typed_and_opens_nothing(
        qtbot, place: Place) -> None:
    """Issue 15: the slow passphrase KDF runs ahead, but the database opens only with the
    password (the secret derived ahead is one of two factors, and is used by the log-in)."""
    dialog = LoginDialog(place)
    qtbot.addWidget(dialog)
    dialog.show()
    secret = _passphrase_then_tab(qtbot, dialog, PASSPHRASE).result()
    assert isinstance(secret, bytes) and dialog.session is None
    qtbot.keyClicks(dialog.user, "cw")
    qtbot.keyClicks(dialog.password, "caseworker-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is not None and dialog.session[1].username == "cw"
    assert dialog.password.text() == "" and dialog.passphrase.text() == ""  # not kept
    dialog.session[0].close()


def test_a_wrong_passphrase_opened_ahead_is_named_at_log_in_and_can_be_fixed(
        qtbot, place: Place) -> None:
    dialog = LoginDialog(place)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _passphrase_then_tab(qtbot, dialog, "not the passphrase").exception() is not None
    assert dialog.message.text() == ""  # nothing said before Log in
    qtbot.keyClicks(dialog.user, "cw")
    qtbot.keyClicks(dialog.password, "caseworker-pass-1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is None and dialog.message.text() == "The passphrase is wrong."
    _passphrase_then_tab(qtbot, dialog, PASSPHRASE)
    assert dialog.password.text() == "caseworker-pass-1"  # kept: only the passphrase was wrong
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.session is not None
    dialog.session[0].close()
