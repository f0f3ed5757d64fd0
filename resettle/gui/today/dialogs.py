"""Snooze, reassign or mark done one worklist item: a reason always, typed text kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from resettle.domain.errors import InvalidInput, ResettleError

from ..widgets.date_field import DateField
from ..widgets.errors import error_text
from ..widgets.kit import error_label, show_rule


class MarkDialog(QDialog):
    """`action` is "snooze" (asks for a day), "reassign" (a user name) or "done"."""

    def __init__(self, action: str, item: Any, save: Callable[..., Any], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action, self.item, self.save, self.result_item = action, item, save, None
        titles = {"snooze": self.tr("Snooze item"), "reassign": self.tr("Reassign item"),
                  "done": self.tr("Mark item done")}
        self.setWindowTitle(titles[action])
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Item")), QLabel(item.id))
        self.until = DateField(None, "until")
        self.user = QLineEdit()
        self.reason = QLineEdit()
        self.until_error, self.user_error, self.reason_error = (error_label(), error_label(),
                                                                error_label())
        if action == "snooze":
            self.until.setText(date.fromordinal(today.toordinal() + 7).isoformat())
            label = QLabel(self.tr("Snooze &until"))
            label.setBuddy(self.until)
            form.addRow(label, self.until)
            form.addRow("", self.until_error)
        if action == "reassign":
            label = QLabel(self.tr("&Give to (user name)"))
            label.setBuddy(self.user)
            form.addRow(label, self.user)
            form.addRow("", self.user_error)
        label = QLabel(self.tr("&Reason"))
        label.setBuddy(self.reason)
        form.addRow(label, self.reason)
        form.addRow("", self.reason_error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        for label in (self.until_error, self.user_error, self.reason_error):
            show_rule(label, "")
        try:
            if self.action == "snooze":
                self.result_item = self.save(self.item.id, self.until.value(),
                                             self.reason.text())
            elif self.action == "reassign":
                self.result_item = self.save(self.item.id, self.user.text(), self.reason.text())
            else:
                self.result_item = self.save(self.item.id, self.reason.text())
        except InvalidInput as exc:
            target = {"until": self.until_error, "assignee": self.user_error}.get(
                exc.field, self.reason_error)
            show_rule(target, error_text(exc))
            return
        except ResettleError as exc:
            show_rule(self.reason_error, error_text(exc))
            return
        self.accept()
