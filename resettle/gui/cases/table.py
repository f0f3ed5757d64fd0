"""The table view for large case lists: fixed row heights, sized columns, Enter opens."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .model import Columns, Roles

# Column widths from sample text (never resizeColumnsToContents on 100k rows).
SAMPLES = {Columns.CASE_NO: "R-2025-00000", Columns.NAME: "김정은 (Choe Song-jong)",
           Columns.SEX: "M", Columns.AGE: "100", Columns.STAGE: "Programme",
           Columns.DAYS_IN_STAGE: "1000", Columns.CUSTODY: "120 / 120 · Overdue",
           Columns.CASEWORKER: "caseworker-00", Columns.GROUP: "G-2025",
           Columns.FLAGS: "Family at risk"}


class CaseTable(QTableView):
    """Emits `openRequested(case_no)` on double-click or Enter."""

    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        self.doubleClicked.connect(lambda index: self._open(index.row()))
        self.fit_timer = QTimer(self, singleShot=True, interval=50)
        self.fit_timer.timeout.connect(self.fit_visible)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 - Qt's name
        super().setModel(model)
        if model is not None:  # rows arrive lazily: widen to what is on screen
            model.modelReset.connect(self.fit_timer.start)
            model.dataChanged.connect(lambda *_a: self.fit_timer.start())

    def fit_visible(self) -> None:
        """Widen (never narrow) each column to the widest text among the rows on screen, so
        a long value ('demo-caseworker-01') is not cut beside empty columns."""
        model = self.model()
        if model is None or not model.rowCount():
            return
        first = max(0, self.rowAt(0))
        last = self.rowAt(self.viewport().height() - 1)
        last = min(model.rowCount(), first + 60) - 1 if last < 0 else last
        metrics = self.fontMetrics()
        for column in SAMPLES:
            widest = max(metrics.horizontalAdvance(str(model.index(r, column).data() or ""))
                         for r in range(first, last + 1))
            if widest + 16 > self.columnWidth(column):
                self.setColumnWidth(column, widest + 16)

    def size_columns(self) -> None:
        metrics = self.fontMetrics()
        header = self.horizontalHeader().fontMetrics()
        model = self.model()
        for column, sample in SAMPLES.items():
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), header.horizontalAdvance(title) + 12)
            self.setColumnWidth(column, width + 12)

    def current_case_no(self) -> str | None:
        index = self.currentIndex()
        if not index.isValid():
            return None
        value = self.model().index(index.row(), 0).data(Roles.CASE_NO)
        return str(value) if value else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _open(self, row: int) -> None:
        value = self.model().index(row, 0).data(Roles.CASE_NO)
        if value:
            self.openRequested.emit(str(value))
