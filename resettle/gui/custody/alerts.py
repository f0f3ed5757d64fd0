"""The supervisor's risk alerts: every case with an active life-at-stake flag (suicide risk,
family at risk, address exposed), newest first; a row opens its case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from resettle.domain.errors import ResettleError
from resettle.services.context import Actor

from ..widgets import labels
from ..widgets.errors import error_text
from ..widgets.kit import STATUS_COLOURS, RecordTable, fmt, make_table


class RiskAlerts(QWidget):
    openCase = Signal(str)
    loaded = Signal(int)

    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.model = RecordTable([self.tr("Case no."), self.tr("Risk flag"), self.tr("Raised"),
                                  self.tr("Reason")])
        self.table = make_table(self.model, self)
        self.table.setObjectName("riskAlerts")
        self.table.setAccessibleName(self.tr("Risk alerts"))
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.table.activated.connect(lambda _i: self._open())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open &case"))
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.case_nos: list[str] = []

    def refresh(self) -> None:
        try:
            alerts = self.services.release.alerts(self.actor)
        except ResettleError as exc:
            self.summary.setText(error_text(exc))
            alerts = []
        else:
            self.summary.setText(self.tr("No active risk alerts.") if not alerts else self.tr(
                "%1 active risk alerts: suicide risk, family at risk, address exposed."
            ).replace("%1", str(len(alerts))))
        self.case_nos = [a.case_no for a in alerts]
        self.model.set_rows([(a.case_no, labels.flag(a.flag), fmt(a.raised_on),
                              " · ".join(a.note.splitlines())) for a in alerts],
                            self.case_nos,
                            colours={(i, 1): STATUS_COLOURS["overdue"]
                                     for i in range(len(alerts))})
        self.table.resizeColumnsToContents()
        self.loaded.emit(len(alerts))

    def _open(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.case_nos):
            self.openCase.emit(self.case_nos[row])

    def clear(self) -> None:
        self.model.set_rows([])
        self.case_nos = []
