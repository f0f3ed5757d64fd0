"""The locked screen: no personal data, only the password field for the same user."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class LockPage(QWidget):
    unlockRequested = Signal(str)

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Resettle is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        explain = QLabel(self.tr("The screen was locked and all personal data was hidden. "
                                 "Enter the password for %1 to continue.").replace("%1", username),
                         wordWrap=True)
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._unlock)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #a00000;")
        self.button = QPushButton(self.tr("&Unlock"))
        self.button.clicked.connect(self._unlock)
        form = QFormLayout()
        label = QLabel(self.tr("&Password:"))
        label.setBuddy(self.password)
        form.addRow(label, self.password)
        box = QWidget()
        box.setMaximumWidth(520)
        inner = QVBoxLayout(box)
        for widget in (title, explain):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

    def _unlock(self) -> None:
        self.unlockRequested.emit(self.password.text())
        self.password.clear()

    def reset(self) -> None:
        self.password.clear()
        self.message.clear()
        self.password.setFocus()
