"""Admin: the users, their roles and state; add, disable or enable, unlock, reset password."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import InvalidInput, ResettleError
from resettle.services.context import Actor

from ..cases.model import Index
from ..widgets import labels
from ..widgets.errors import error_text


class Columns(IntEnum):
    USERNAME = 0
    NAME = 1
    ROLE = 2
    STATE = 3


HEADERS = (QT_TRANSLATE_NOOP("UsersModel", "User name"),
           QT_TRANSLATE_NOOP("UsersModel", "Display name"),
           QT_TRANSLATE_NOOP("UsersModel", "Role"),
           QT_TRANSLATE_NOOP("UsersModel", "State"))


class UsersModel(QAbstractTableModel):
    UserRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.users: list[Any] = []
        self.now: Any = None

    def set_users(self, users: list[Any], now: Any) -> None:
        self.beginResetModel()
        self.users, self.now = users, now
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("UsersModel", HEADERS[section])
        return None

    def state(self, user: Any) -> str:
        if not user.active:
            return QCoreApplication.translate("UsersModel", "Disabled")
        if user.locked_until is not None and (self.now is None or _later(user.locked_until,
                                                                         self.now)):
            return QCoreApplication.translate("UsersModel", "Locked")
        return QCoreApplication.translate("UsersModel", "Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        user = self.users[index.row()]
        if role == self.UserRole:
            return user.username
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = Columns(index.column())
        if column is Columns.USERNAME:
            return user.username
        if column is Columns.NAME:
            return user.display_name
        if column is Columns.ROLE:
            return labels.role(user.role.value)
        return self.state(user)


def _later(a: Any, b: Any) -> bool:
    try:
        return bool(a > b)
    except TypeError:  # one of them without a time zone: both are UTC
        return bool(a.replace(tzinfo=None) > b.replace(tzinfo=None))


class AddUserDialog(QDialog):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Add a user"))
        self.username, self.display = QLineEdit(), QLineEdit()
        self.role = QComboBox()
        for code in labels.ROLES:
            self.role.addItem(labels.role(code), code)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #a00000;")
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Display name:"), self.display)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Password (12 characters or more):"), self.password)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def add(self) -> None:
        try:
            self.services.accounts.add_user(self.actor, self.username.text().strip(),
                                            self.role.currentData(), self.password.text(),
                                            self.display.text())
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


class EditUserDialog(QDialog):
    """An account's role and display name (accounts.edit_user; audited)."""

    def __init__(self, services: Any, actor: Actor, user: Any,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.user = services, actor, user
        self.setWindowTitle(self.tr("Edit user %1").replace("%1", user.username))
        self.display = QLineEdit(user.display_name)
        self.role = QComboBox()
        for code in labels.ROLES:
            self.role.addItem(labels.role(code), code)
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("failure")
        self.message.setStyleSheet("color: #a00000;")
        form = QFormLayout(self)
        form.addRow(self.tr("User name:"), QLabel(user.username))
        form.addRow(self.tr("&Display name:"), self.display)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        try:
            self.services.accounts.edit_user(self.actor, self.user.username,
                                             role=self.role.currentData(),
                                             display_name=self.display.text())
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New password for %1").replace("%1", username))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("&New password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.repeat)
        form.addRow(QLabel(self.tr("At least 12 characters. The user should change it soon.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class UsersTab(QWidget):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        zero = self.fontMetrics().horizontalAdvance("0")
        for column, chars in ((0, 22), (1, 26), (2, 16)):
            self.table.setColumnWidth(column, chars * zero)
        self.message = QLabel(wordWrap=True)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("Add &new user…"), self.add),
                                ("edit", self.tr("&Change role or name…"), self.edit),
                                ("disable", self.tr("&Disable"), lambda: self.set_active(False)),
                                ("enable", self.tr("&Enable"), lambda: self.set_active(True)),
                                ("unlock", self.tr("Un&lock"), self.unlock),
                                ("reset", self.tr("&Reset password…"), self.reset_password),
                                ("remove", self.tr("Re&move…"), self.remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        try:
            users = self.services.accounts.list_users(self.actor)
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.model.set_users(users, self.services.ctx.now())

    def clear(self) -> None:
        self.model.set_users([], None)

    def selected(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(UsersModel.UserRole)) if index.isValid() else None

    def _do(self, call: Any, done: str) -> None:
        try:
            call()
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(done)
        self.refresh()

    def add(self) -> None:
        if AddUserDialog(self.services, self.actor, self).exec():
            self.refresh()

    def edit(self) -> None:
        name = self.selected()
        user = next((u for u in self.model.users if u.username == name), None)
        if user is None:
            self.message.setText(self.tr("Select a user first."))
            return
        if EditUserDialog(self.services, self.actor, user, self).exec():
            self.message.setText(self.tr("%1 was changed.").replace("%1", user.username))
            self.refresh()

    def set_active(self, active: bool) -> None:
        name = self.selected()
        if name:
            self._do(lambda: self.services.accounts.set_active(self.actor, name, active),
                     (self.tr("%1 was enabled.") if active else self.tr("%1 was disabled."))
                     .replace("%1", name))

    def unlock(self) -> None:
        name = self.selected()
        if name:
            self._do(lambda: self.services.accounts.unlock(self.actor, name),
                     self.tr("%1 was unlocked.").replace("%1", name))

    def remove(self) -> None:
        """Only an account made by mistake can go (the service refuses one with a history,
        and says to disable it instead); asked once more, No by default."""
        name = self.selected()
        if not name:
            self.message.setText(self.tr("Select a user first."))
            return
        asked = QMessageBox.question(
            self, self.tr("Remove account"),
            self.tr("Remove the account %1? Only an account that has never been used can be "
                    "removed.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if asked == QMessageBox.StandardButton.Yes:
            self._do(lambda: self.services.accounts.remove_user(self.actor, name),
                     self.tr("%1 was removed.").replace("%1", name))

    def reset_password(self) -> None:
        name = self.selected()
        if not name:
            return
        dialog = PasswordDialog(name, self)
        if not dialog.exec():
            return
        if dialog.password.text() != dialog.repeat.text():
            self.message.setText(error_text(InvalidInput("password", "passwords_differ")))
            return
        self._do(lambda: self.services.accounts.reset_password(self.actor, name,
                                                               dialog.password.text()),
                 self.tr("The password of %1 was reset.").replace("%1", name))
