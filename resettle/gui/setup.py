"""First run: the first administrator, the key's protection, and the recovery key shown once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from resettle.domain.errors import InvalidInput, ResettleError
from resettle.services.installation import Location, credential_store, initialise

from .errors import show_error


class SetupDialog(QDialog):
    def __init__(self, location: Location) -> None:
        super().__init__()
        self.location = location
        self.backend = credential_store()
        self.setWindowTitle(self.tr("Set up Resettle"))
        form = QFormLayout()
        self.admin = QLineEdit("admin")
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Administrator user name"), self.admin)
        form.addRow(self.tr("Password (12 characters or more)"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        if self.backend is None:
            form.addRow(self.tr("Database passphrase"), self.passphrase)
            mode = self.tr("No credential store was found on this computer, so the database "
                           "key will be protected by a passphrase that you type at every start.")
        else:
            mode = self.tr("The database key will be kept in this computer's credential store.")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The data will be kept encrypted in %1.")
                                .replace("%1", str(location.data_dir)), wordWrap=True))
        layout.addWidget(QLabel(mode, wordWrap=True))
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def create(self) -> None:
        try:
            if self.password.text() != self.repeat.text():
                raise InvalidInput("password", "the two passwords differ")
            services, recovery = initialise(
                self.location, self.admin.text().strip(), self.password.text(),
                passphrase=self.passphrase.text() if self.backend is None else None,
                backend=self.backend)
        except ResettleError as exc:
            show_error(self, exc)
            return
        services.close()
        RecoveryKeyDialog(recovery, self).exec()
        self.accept()


class RecoveryKeyDialog(QDialog):
    """Shown once: the user must confirm the key is stored before going on."""

    def __init__(self, recovery: str, parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery key"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This recovery key reopens the database if the "
                                        "credential store or the passphrase is lost. It is "
                                        "shown only now: print it or write it down, and keep "
                                        "it locked away."), wordWrap=True))
        key = QLabel(recovery)
        key.setStyleSheet("font: bold 16pt monospace; padding: 12px;")
        key.setTextInteractionFlags(key.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(key)
        self.stored = QCheckBox(self.tr("I have stored the recovery key"))
        layout.addWidget(self.stored)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.stored.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
