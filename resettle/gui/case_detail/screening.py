"""The screening tab: the classified interview records of a case (read through the audited
service call each time the tab shows them) and a new record; never made for lawyers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from resettle.domain.errors import ResettleError
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.screening import ScreeningOutcome
from resettle.services.views import CaseDetail

from ..widgets.date_field import DateField
from ..widgets.kit import RecordTable, explain, fmt, make_table
from .lazy import LazyTab
from .record_dialog import RecordDialog, button_row, combo, term, text_box


class ScreeningTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.records: list[Any] = []
        warning = QLabel(self.tr("Classified: screening material is never shown to lawyers "
                                 "and is left out of their summaries. Every reading is "
                                 "recorded in the audit log."))
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #A4161A;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.model = RecordTable([self.tr("Interviewed"), self.tr("Outcome"),
                                  self.tr("Summary")])
        self.table = make_table(self.model, self)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show())
        self.reader = QTextBrowser()
        self.add = QPushButton(self.tr("&Record a screening interview…"))
        self.add.clicked.connect(self.open_add)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.reader)
        split.setSizes([500, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(button_row(self.add))

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        try:
            self.records = list(self.services.screening.records(self.actor, d.case_no))
        except ResettleError as exc:
            self.records = []
            self.status.setText(explain(exc))
        else:
            self.status.setText("" if self.records else self.tr("No screening recorded yet."))
        self.status.setVisible(bool(self.status.text()))
        self.model.set_rows([(fmt(r.interviewed_on), term("screening", r.outcome),
                              r.summary.splitlines()[0] if r.summary else "")
                             for r in self.records], [r.id for r in self.records])
        self.reader.clear()

    def _show(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.records):
            self.reader.setPlainText(self.records[rows[0].row()].summary)

    def open_add(self) -> None:
        d = self.detail
        if d is None:
            return
        dialog = RecordDialog(self, self.tr("Record a screening interview"), lambda dlg: (
            self.services.screening.add_screening(
                self.actor, d.case_no, dlg.value("interviewed_on"), dlg.value("outcome"),
                dlg.value("summary"))))
        dialog.add("interviewed_on", self.tr("&Interviewed on"),
                   DateField(d.as_of, "interviewed_on"))
        dialog.add("outcome", self.tr("&Outcome"),
                   combo((o.value, term("screening", o.value)) for o in ScreeningOutcome))
        dialog.add("summary", self.tr("S&ummary"), text_box(120))
        dialog.saved.connect(lambda _r: self.changed.emit())
        self.dialog = dialog
        dialog.open()
