"""One dialog to unlock the database (passphrase mode only) and log in."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from resettle.domain.errors import ResettleError
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.installation import Location, key_mode, open_services

from .errors import show_error


class LoginDialog(QDialog):
    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self.session: tuple[Services, Actor] | None = None
        self._services: Services | None = None
        self.setWindowTitle(self.tr("Resettle: log in"))
        form = QFormLayout(self)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.mode = key_mode(location)
        if self.mode == "passphrase":
            form.addRow(QLabel(self.tr("Passphrase mode: the database key is protected by "
                                       "your passphrase."), wordWrap=True))
            form.addRow(self.tr("Passphrase"), self.passphrase)
        self.user = QLineEdit()
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.log_in)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def log_in(self) -> None:
        try:
            if self._services is None:
                self._services = open_services(self.location, self.passphrase.text)
            actor = self._services.accounts.login(self.user.text().strip(),
                                                  self.password.text())
        except ResettleError as exc:
            self.password.clear()
            show_error(self, exc)
            return
        self.session = (self._services, actor)
        self.accept()
