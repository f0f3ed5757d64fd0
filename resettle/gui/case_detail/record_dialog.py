"""One form dialog for recording a fact on a case: labelled fields, the rule under a field
the service refused, and nothing typed ever cleared or changed by a refusal."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import InvalidInput, ResettleError
from resettle.i18n import glossary

from ..widgets.date_field import DateField
from ..widgets.i18n import current_language
from ..widgets.kit import error_label, explain, show_rule, widget_value


def _t(text: str) -> str:
    return QCoreApplication.translate("case_detail", text)


def term(kind: str, code: str) -> str:
    """The glossary's word for a domain code in the interface language (the code itself if
    the glossary has none)."""
    key = f"{kind}.{code}"
    return glossary.term(key, current_language()) if key in glossary.TERMS else code


def combo(items: Iterable[tuple[object, str]], editable: bool = False) -> QComboBox:
    """A list of (code, words) to pick from; the code is read back with currentData()."""
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    box.setEditable(editable)
    for code, text in items:
        box.addItem(text, code)
    return box


def text_box(height: int = 64) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


Submit = Callable[["RecordDialog"], object]


class RecordDialog(QDialog):
    """Fields in a form; Save calls `submit(dialog)`. A refusal names the field and its rule
    under that field (or above the buttons), the dialog stays open with what was typed;
    a success emits `saved(result)` and closes. Opened with open(): nothing blocks."""

    saved = Signal(object)

    def __init__(self, parent: QWidget, title: str, submit: Submit,
                 intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("recordDialog")
        self.submit = submit
        self.fields: dict[str, QWidget] = {}
        self.rules: dict[str, QLabel] = {}
        self.aliases: dict[str, str] = {}  # a service's field name -> the form's
        self.result_value: object = None
        layout = QVBoxLayout(self)
        if intro:
            self.intro = QLabel(intro)
            self.intro.setWordWrap(True)
            layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(self.form)
        self.status = error_label()
        self.status.setObjectName("dialogRule")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(_t("&Save"))
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(_t("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def add(self, name: str, label: str, widget: QWidget, aliases: Iterable[str] = (),
            beside: QWidget | None = None) -> QWidget:
        """A labelled field (the label's &letter focuses it) with its rule line below, and
        optionally a button beside it."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        rule = error_label()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if beside is None:
            column.addWidget(widget)
        else:
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            line.addWidget(beside)
            column.addLayout(line)
        column.addWidget(rule)
        self.form.addRow(caption, box)
        self.fields[name], self.rules[name] = widget, rule
        widget.setAccessibleName(label.replace("&", ""))
        for alias in aliases:
            self.aliases[alias] = name
        return widget

    def add_row(self, label: str, widget: QWidget) -> None:
        """A row that is not a field of its own (a button beside a list, a note)."""
        self.form.addRow(label, widget)

    def value(self, name: str) -> Any:
        """The field's value in the type its service expects (a DateField's date, or its
        rule as InvalidInput)."""
        widget = self.fields[name]
        return widget.value() if isinstance(widget, DateField) else widget_value(widget)

    def accept(self) -> None:
        for rule in self.rules.values():
            show_rule(rule, "")
        show_rule(self.status, "")
        try:
            result = self.submit(self)
        except InvalidInput as exc:
            self.refuse(exc)
            return
        except ResettleError as exc:
            show_rule(self.status, explain(exc))
            self.save_button.setFocus()
            return
        self.result_value = result
        self.saved.emit(result)
        super().accept()

    def refuse(self, exc: InvalidInput) -> None:
        """The rule under the field it concerns, focus there; the typed text stays."""
        name = self.aliases.get(exc.field, exc.field)
        if name in self.rules:
            show_rule(self.rules[name], explain(exc))
            self.fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            show_rule(self.status, explain(exc))

    def rule(self, name: str) -> str:
        """The rule shown under a field ("" when none): for tests and screen readers."""
        label = self.rules[name]
        return label.text() if not label.isHidden() else ""
