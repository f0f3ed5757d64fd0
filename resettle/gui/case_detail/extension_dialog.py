"""Deciding a custody extension in place: a pending request, or a new one decided at once."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.services.context import Actor

from ..widgets.errors import error_text


class ExtensionDialog(QDialog):
    """With a pending request (`pending` = ExtensionView) it approves or refuses it; without,
    it extends by the days given (lifecycle.extend). Errors stay in the dialog as a sentence."""

    def __init__(self, services: Any, actor: Actor, case_no: str, today: date,
                 pending: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_no, self.pending = services, actor, case_no, pending
        self.setWindowTitle(self.tr("Custody extension: %1").replace("%1", case_no))
        self.days = QSpinBox(minimum=1, maximum=365, value=pending.days if pending else 30)
        self.reason = QLineEdit(pending.reason if pending else "")
        self.decision_date = QDateEdit(QDate(today.year, today.month, today.day),
                                       calendarPopup=True)
        self.decision_date.setDisplayFormat("yyyy-MM-dd")
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #a00000;")
        layout = QVBoxLayout(self)
        if pending is not None:
            layout.addWidget(QLabel(self.tr("%1 asked for %2 more days.").replace(
                "%1", pending.requested_by or "?").replace("%2", str(pending.days)),
                wordWrap=True))
            self.days.setEnabled(False)
            self.reason.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("&Days:"), self.days)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.tr("Decision &date:"), self.decision_date)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Only a supervisor may decide an extension; the rule "
                                        "in force on the day of entry sets how many days."),
                                wordWrap=True))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve = QPushButton(self.tr("&Approve"))
        buttons.addButton(self.approve, QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve.clicked.connect(lambda: self.decide(True))
        if pending is not None:
            self.refuse = QPushButton(self.tr("Re&fuse"))
            buttons.addButton(self.refuse, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.refuse.clicked.connect(lambda: self.decide(False))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def decide(self, approve: bool) -> None:
        when = self.decision_date.date().toPython()
        assert isinstance(when, date)
        try:
            if self.pending is not None:
                self.services.lifecycle.decide_extension(self.actor, self.pending.id, approve,
                                                         when, self.reason.text())
            else:
                self.services.lifecycle.extend(self.actor, self.case_no, self.days.value(),
                                               self.reason.text(), when)
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
