"""One dialog to log in, which unlocks the database (issue 15); services are imported only on OK."""

from __future__ import annotations

import hmac
import os
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..widgets import labels
from . import probe


def _password_field() -> QLineEdit:
    return QLineEdit(echoMode=QLineEdit.EchoMode.Password)


class LoginDialog(QDialog):
    """`session` is (services, actor) after a successful log-in. Errors appear in the dialog
    as one sentence; a missing key offers recovery with the recovery key."""

    def __init__(self, location: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.session: tuple[Any, Any] | None = None
        self._services: Any = None
        # (keyed digest of the passphrase, Future of its secret): the text itself is not kept
        self._opening: tuple[bytes, Any] | None = None
        self._digest_key = os.urandom(32)
        self.mode = probe.key_mode(location)
        self.setWindowTitle(self.tr("Resettle: log in"))
        self.passphrase = _password_field()
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.password = _password_field()
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #a00000;")
        self.recover_button = QPushButton(self.tr("&Recover with the recovery key…"))
        self.recover_button.clicked.connect(self.recover)
        self._layout()
        self.recover_button.setVisible(self.mode is None)
        self.passphrase.editingFinished.connect(self.open_ahead)

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        mode = QLabel(self._mode_text(), wordWrap=True)
        layout.addWidget(mode)
        form = QFormLayout()
        if self.mode == "passphrase":
            form.addRow(self._label(self.tr("Pa&ssphrase:"), self.passphrase), self.passphrase)
        form.addRow(self._label(self.tr("&User name:"), self.user), self.user)
        form.addRow(self._label(self.tr("&Password:"), self.password), self.password)
        layout.addLayout(form)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()  # not (buttons): that overload loads `Qt` (~40 ms)
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.log_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        (self.passphrase if self.mode == "passphrase" else self.user).setFocus()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _mode_text(self) -> str:
        if self.mode == "passphrase":
            return self.tr("The database key is protected by a passphrase: enter it, then "
                           "your user name and password.")
        if self.mode is None:
            return self.tr("The database key file is missing or damaged. If you have the "
                           "recovery key, you can reopen the database with it.")
        return self.tr("Database: %1.").replace("%1", labels.key_mode(self.mode))

    def say(self, text: str) -> None:
        if text:  # selectable, to copy; set here: importing `Qt` costs ~40 ms before the window
            from PySide6.QtCore import Qt

            self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setText(text)

    def log_in(self) -> None:
        """The database opens here, by the log-in (issue 15): this computer's secret and the
        password open the user's key slot. The typed secrets are cleared after use."""
        from resettle.domain.errors import ResettleError, UnlockFailed

        from ..widgets.errors import error_text

        self.say("")
        try:
            if self._services is not None:  # reopened by the recovery key: log in there
                services, actor = self._services, self._services.accounts.login(
                    self.user.text().strip(), self.password.text())
            else:
                services, actor = self._open(self.passphrase.text())
        except UnlockFailed as exc:
            self.say(error_text(exc))
            self.recover_button.setVisible(self.mode != "server")
            return
        except ResettleError as exc:
            self.password.clear()
            self.password.setFocus()
            self.say(error_text(exc))
            return
        self.password.clear()
        self.passphrase.clear()
        self._discard_opening()  # issue 15: nothing of the secrets stays with the dialog
        self.session = (services, actor)
        self.accept()

    def open_ahead(self) -> None:
        """Passphrase mode: derive this computer's secret from the passphrase (Argon2id,
        64 MiB, the slow part) in the background while the user types the rest. It opens
        nothing by itself: the database opens only with the password. Other modes: nothing
        to do ahead."""
        if self.mode != "passphrase":
            return
        phrase = self.passphrase.text()
        if not phrase or (self._opening is not None and self._opening[0] == self._digest(phrase)):
            return
        from concurrent.futures import ThreadPoolExecutor

        from resettle.services.installation import computer_secret

        self._discard_opening()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="derive")
        self._opening = (self._digest(phrase), pool.submit(
            computer_secret, probe.location(self.location), phrase))
        pool.shutdown(wait=False)  # the thread ends with its one task

    def _secret_ahead(self, phrase: str) -> Any:
        """The secret derived ahead for this passphrase, or None (derived in the log-in)."""
        if self._opening is None or self._opening[0] != self._digest(phrase):
            return None
        future, self._opening = self._opening[1], None
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - the log-in derives it again and says what failed
            return None

    def _digest(self, phrase: str) -> bytes:
        return hmac.digest(self._digest_key, phrase.encode(), "sha256")

    def _discard_opening(self) -> None:
        self._opening = None  # a secret derived for a passphrase since changed is dropped

    def _open(self, phrase: str) -> Any:
        from resettle.services.installation import log_in

        return log_in(probe.location(self.location), self.user.text().strip(),
                      self.password.text(), lambda: phrase, secret=self._secret_ahead(phrase))

    def reject(self) -> None:
        self._discard_opening()
        super().reject()

    def recover(self) -> None:
        from .recovery import RecoveryDialog

        dialog = RecoveryDialog(self.location, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.services is not None:
            self._services = dialog.services
            self.mode = probe.key_mode(self.location)
            self.recover_button.hide()
            self.say(self.tr("The database was reopened with the recovery key. Log in now."))
            self.user.setFocus()
