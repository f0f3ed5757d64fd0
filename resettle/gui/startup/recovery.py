"""Reopening the database with the recovery key when the credential store lost the key."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from . import probe


class RecoveryDialog(QDialog):
    """`services` is the reopened database after OK."""

    def __init__(self, location: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from resettle.services.installation import credential_store

        self.location, self.services = location, None
        self.backend = credential_store()
        self.setWindowTitle(self.tr("Recover the database"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Type the recovery key that was shown once at set-up (32 letters and digits; "
            "dashes and spaces do not matter)."), wordWrap=True))
        form = QFormLayout()
        self.key = QLineEdit()
        form.addRow(self.tr("Recovery &key:"), self.key)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        if self.backend is None:
            layout.addWidget(QLabel(self.tr(
                "This computer has no credential store, so choose a new passphrase (12 "
                "characters or more) to protect the key from now on."), wordWrap=True))
            form.addRow(self.tr("New &passphrase:"), self.passphrase)
            form.addRow(self.tr("Passphrase &again:"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #a00000;")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.recover)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def recover(self) -> None:
        from resettle.domain.errors import ResettleError
        from resettle.services.installation import recover

        from ..widgets.errors import error_text

        if self.backend is None and self.passphrase.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases are not the same."))
            return
        try:
            self.services = recover(probe.location(self.location), self.key.text(),
                                    new_passphrase=self.passphrase.text() or None,
                                    backend=self.backend)
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
