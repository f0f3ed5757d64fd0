"""One dialog to unlock the database and log in; services are imported only on OK."""

from __future__ import annotations

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
        self._opening: tuple[str, Any] | None = None  # (passphrase, Future of services)
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
        from resettle.domain.errors import ResettleError, UnlockFailed

        from ..widgets.errors import error_text

        self.say("")
        try:
            if self.mode == "server":  # issue 16: the log-in is the connection (own role)
                from resettle.services.installation import log_in

                self._services, actor = log_in(probe.location(self.location),
                                               self.user.text().strip(), self.password.text())
            else:
                if self._services is None:
                    self._services = self._opened()
                actor = self._services.accounts.login(self.user.text().strip(),
                                                      self.password.text())
        except UnlockFailed as exc:
            self.say(error_text(exc))
            self.recover_button.setVisible(self.mode != "server")
            return
        except ResettleError as exc:
            self.password.clear()
            self.password.setFocus()
            self.say(error_text(exc))
            return
        self.session = (self._services, actor)
        self.accept()

    def open_ahead(self) -> None:
        """Open the database in the background while the user types the rest, so Log in
        waits only for the password check: the passphrase's key derivation (Argon2id,
        64 MiB) is the slow part. Called when the passphrase is entered; at start in the
        other modes, which need nothing typed."""
        if self._services is not None or self.mode in (None, "server"):
            return  # server mode: nothing opens before the account's own log-in
        phrase = self.passphrase.text()
        if (self.mode == "passphrase" and not phrase) or (
                self._opening is not None and self._opening[0] == phrase):
            return
        from concurrent.futures import ThreadPoolExecutor

        self._discard_opening()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open")
        self._opening = (phrase, pool.submit(self._open, phrase))
        pool.shutdown(wait=False)  # the thread ends with its one task

    def _opened(self) -> Any:
        """The services opened ahead for this passphrase (waiting for them if need be); an
        error raised there is raised here, as if opened now."""
        phrase = self.passphrase.text()
        if self._opening is None or self._opening[0] != phrase:
            return self._open(phrase)
        future = self._opening[1]
        self._opening = None
        return future.result()

    def _discard_opening(self) -> None:
        """Services opened with a passphrase since changed are closed, never used."""
        if self._opening is not None:
            self._opening[1].add_done_callback(
                lambda f: f.exception() is None and f.result().close())
            self._opening = None

    def _open(self, phrase: str) -> Any:
        from resettle.services.installation import open_services

        return open_services(probe.location(self.location), lambda: phrase)

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
