"""A small page that shows one group or cohort by its code, as a list of members."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError

from ..widgets.errors import error_text


class CodeLookup(QWidget):
    """Subclasses give `headers` and `load(code)` returning (summary, rows, case numbers)."""

    openCase = Signal(str)
    headers: tuple[str, ...] = ()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit()
        self.code.returnPressed.connect(self.show_code)
        caption = QLabel(label)
        caption.setBuddy(self.code)
        self.show_button = QPushButton(QCoreApplication.translate("CodeLookup", "&Show"))
        self.show_button.clicked.connect(self.show_code)
        self.summary = QLabel(wordWrap=True)
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(list(self.headers))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self._open)
        self.row = QHBoxLayout()
        self.row.addWidget(caption)
        self.row.addWidget(self.code, 1)
        self.row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.case_nos: list[str] = []

    def load(self, code: str) -> tuple[str, list[list[str]], list[str]]:
        raise NotImplementedError

    def show_code(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        try:
            summary, rows, self.case_nos = self.load(code)
        except ResettleError as exc:
            self.summary.setText(error_text(exc))
            rows, self.case_nos = [], []
        else:
            self.summary.setText(summary)
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def current_case_no(self) -> str | None:
        row = self.table.currentRow()
        return self.case_nos[row] if 0 <= row < len(self.case_nos) else None

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.case_nos):
            self.openCase.emit(self.case_nos[row])

    def refresh(self) -> None:
        if self.code.text().strip():
            self.show_code()

    def clear(self) -> None:
        self.table.setRowCount(0)
        self.case_nos = []
        self.summary.clear()
