"""First run: language, data folder, how the key is protected, the first admin, recovery key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..widgets.i18n import install_translators, system_language
from . import probe

MIN_PASSWORD = 12


def _password() -> QLineEdit:
    return QLineEdit(echoMode=QLineEdit.EchoMode.Password)


def _error_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setStyleSheet("color: #a00000;")
    return label


class LanguagePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.korean = QRadioButton("한국어 (&K)")
        self.english = QRadioButton("English (&E)")
        (self.korean if system_language() == "ko" else self.english).setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.korean)
        layout.addWidget(self.english)
        self.setTitle("언어 / Language")

    def language(self) -> str:
        return "ko" if self.korean.isChecked() else "en"

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        install_translators(self.language())
        return True


class FolderPage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.folder = QLineEdit(str(data_dir))
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        self.explain = QLabel(wordWrap=True)
        self.message = _error_label()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("Data folder"))
        self.explain.setText(self.tr("The encrypted database, its key file, backups and logs "
                                     "are kept in this folder. Keep it on this computer's own "
                                     "disk, not on a shared or removable drive."))
        self.browse.setText(self.tr("&Choose…"))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if probe.is_initialised(probe.Place(Path(self.folder.text()))):
            self.message.setText(self.tr("This folder already holds a Resettle database; "
                                         "choose another folder."))
            return False
        return bool(self.folder.text().strip())


class KeyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        from resettle.services.installation import credential_store

        self.backend = credential_store()
        self.explain = QLabel(wordWrap=True)
        self.passphrase, self.repeat = _password(), _password()
        self.message = _error_label()
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(self.form)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("Protecting the database key"))
        while self.form.rowCount():
            self.form.removeRow(0)
        self.passphrase, self.repeat = _password(), _password()
        if self.backend is None:
            self.explain.setText(self.tr(
                "The database is encrypted with a random key. This computer has no credential "
                "store (a safe place the operating system keeps for secrets), so the key will "
                "be locked with a passphrase. You will type the passphrase every time Resettle "
                "starts. Choose at least 12 characters that nobody can guess."))
            self.form.addRow(self.tr("&Passphrase:"), self.passphrase)
            self.form.addRow(self.tr("Passphrase &again:"), self.repeat)
        else:
            self.explain.setText(self.tr(
                "The database is encrypted with a random key. The key will be kept in this "
                "computer's credential store (a safe place the operating system keeps for "
                "secrets), so you only need your own password to start Resettle."))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self.backend is not None:
            return True
        if len(self.passphrase.text()) < MIN_PASSWORD:
            self.message.setText(self.tr("The passphrase must be at least 12 characters long."))
            return False
        if self.passphrase.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases are not the same."))
            return False
        return True


class AdminPage(QWizardPage):
    """Creating the database happens when this page is left; there is no way back after."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setCommitPage(True)
        self.user = QLineEdit("admin")
        self.password, self.repeat = _password(), _password()
        self.rule = QLabel(wordWrap=True)
        self.message = _error_label()
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.rule)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account manages users, settings and backups."))
        while self.form.rowCount():
            self.form.removeRow(0)
        self.user, self.password, self.repeat = QLineEdit(self.user.text()), _password(), \
            _password()
        self.form.addRow(self.tr("&User name:"), self.user)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("Password a&gain:"), self.repeat)
        self.rule.setText(self.tr("The password must be at least 12 characters long. A "
                                  "sentence of several words is easy to remember."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create database"))

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if len(self.password.text()) < MIN_PASSWORD:
            self.message.setText(self.tr("The password must be at least 12 characters long."))
            return False
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords are not the same."))
            return False
        error = self.owner.create(self.user.text().strip(), self.password.text())
        self.message.setText(error or "")
        return error is None


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.explain = QLabel(wordWrap=True)
        self.key = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        font.setBold(True)
        self.key.setFont(font)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_key)
        self.stored = QCheckBox()
        self.stored.toggled.connect(self.completeChanged)
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.key, self.print_button, self.stored):
            layout.addWidget(widget)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.setTitle(self.tr("The recovery key"))
        self.explain.setText(self.tr(
            "This recovery key reopens the database if the credential store or the "
            "passphrase is lost. It is shown only now: print it or write it down, and keep it "
            "locked away from this computer."))
        self.key.setText(self.owner.recovery)
        self.print_button.setText(self.tr("&Print…"))
        self.stored.setText(self.tr("I have &stored the recovery key"))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.stored.isChecked()

    def print_key(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            doc = QTextDocument()
            doc.setPlainText(self.tr("Resettle recovery key") + "\n\n" + self.owner.recovery)
            doc.print_(printer)


class SetupWizard(QWizard):
    """After Finish, `session` holds the open services and the logged-in administrator."""

    def __init__(self, location: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.recovery = ""
        self.session: tuple[Any, Any] | None = None
        self.setWindowTitle("Resettle")
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.language_page = LanguagePage()
        self.folder_page = FolderPage(Path(location.data_dir))
        self.key_page = KeyPage()
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.language_page, self.folder_page, self.key_page, self.admin_page,
                     self.recovery_page):
            self.addPage(page)
        self.resize(720, 520)

    def create(self, admin: str, password: str) -> str | None:
        """Create the database; returns an error sentence, or None when done."""
        from resettle.domain.errors import ResettleError
        from resettle.services.installation import initialise

        from ..widgets.errors import error_text

        place = probe.Place(Path(self.folder_page.folder.text().strip()), self.location.url,
                            self.location.server_password)
        key = self.key_page
        try:
            services, self.recovery = initialise(
                probe.location(place), admin, password,
                passphrase=key.passphrase.text() if key.backend is None else None,
                backend=key.backend)
            actor = services.accounts.login(admin, password)
            actor = services.accounts.set_language(actor, self.language_page.language())
        except ResettleError as exc:
            return error_text(exc)
        self.location, self.session = place, (services, actor)
        return None
