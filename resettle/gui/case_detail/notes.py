"""The notes tab: the case's notes (restricted ones only for those allowed) and a new note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets.kit import RecordTable, error_label, explain, fmt, make_table, show_rule
from .lazy import LazyTab
from .record_dialog import button_row
from .voids import VoidControls, struck_rows


class NotesTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.case_no = ""
        self.notes: list[Any] = []
        self.model = RecordTable([self.tr("Recorded"), self.tr("By"), self.tr("Restricted"),
                                  self.tr("Note")])
        self.table = make_table(self.model, self)
        self.reader = QTextBrowser()
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show())
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("A new note…"))
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("New note"))
        self.restricted = QCheckBox(self.tr("Restricted (supervisors and administrators only)"))
        self.restricted.setVisible(allowed(self.actor.role, Action.WRITE_RESTRICTED_NOTES))
        self.add = QPushButton(self.tr("&Add note"))
        self.add.clicked.connect(self.add_note)
        self.rule = error_label()
        row = QHBoxLayout()
        row.addWidget(self.restricted)
        row.addStretch(1)
        row.addWidget(self.add)
        writer = QWidget()
        box = QVBoxLayout(writer)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.text)
        box.addWidget(self.rule)
        box.addLayout(row)
        writer.setVisible(allowed(self.actor.role, Action.ADD_NOTE))
        self.voids = VoidControls(self, self.services, self.actor, "note", self.table,
                                  self.tr("&Void note…"), self.changed.emit)
        voids = QWidget()
        column = QVBoxLayout(voids)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.voids.label)
        column.addLayout(button_row(self.voids.button))
        split = QSplitter()
        split.addWidget(voids)
        split.addWidget(self.reader)
        split.setSizes([500, 400])
        layout = QVBoxLayout(self)
        if not allowed(self.actor.role, Action.VIEW_RESTRICTED_NOTES):
            hint = QLabel(self.tr("Restricted notes are not shown for your role."))
            hint.setStyleSheet("color: #6b6b6b;")
            layout.addWidget(hint)
        layout.addWidget(split, 3)
        layout.addWidget(writer, 1)

    def fill(self, d: CaseDetail) -> None:
        self.case_no = d.case_no
        self.notes = list(d.sections.get("notes") or [])
        self.model.set_rows([(fmt(n.recorded_at), n.recorded_by, "✓" if n.restricted else "",
                              n.text.splitlines()[0] if n.text else "") for n in self.notes],
                            [n.id for n in self.notes],
                            struck=struck_rows([n.id for n in self.notes], d, "note"))
        self.reader.clear()
        self.voids.show(d)

    def _show(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.reader.setPlainText(self.notes[rows[0].row()].text)

    def add_note(self) -> None:
        try:
            self.services.notes.add(self.actor, self.case_no, self.text.toPlainText(),
                                    self.restricted.isChecked())
        except ResettleError as exc:
            show_rule(self.rule, explain(exc))
            self.text.setFocus()
            return
        show_rule(self.rule, "")
        self.text.clear()
        self.restricted.setChecked(False)
        self.changed.emit()
