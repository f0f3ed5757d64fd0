"""A page that starts with the list of what exists (groups, cohorts), filterable; picking one
shows its members below, and a member opens as a case."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError

from ..widgets.errors import error_text
from ..widgets.kit import RecordTable, make_table


def _t(text: str) -> str:
    return QCoreApplication.translate("CodeLookup", text)


class CodeLookup(QWidget):
    """Subclasses give `list_headers` and `items(filter)` -> (rows, codes) for the list, and
    `headers` and `load(code)` -> (summary, rows, case numbers) for the chosen one."""

    openCase = Signal(str)
    listed = Signal(int)
    headers: tuple[str, ...] = ()
    list_headers: tuple[str, ...] = ()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(_t("Start of the code"))
        self.filter.textChanged.connect(lambda _t: self.refresh_list())
        self.filter.returnPressed.connect(self._first)
        caption = QLabel(label)
        caption.setBuddy(self.filter)
        self.items_model = RecordTable(list(self.list_headers))
        self.list = make_table(self.items_model, self)
        self.list.setObjectName("pickList")
        self.list.horizontalHeader().setStretchLastSection(False)
        self.list.selectionModel().selectionChanged.connect(self._picked)
        self.list.activated.connect(lambda _i: self.table.setFocus())
        self.summary = QLabel(wordWrap=True)
        self.model = RecordTable(list(self.headers))
        self.table = make_table(self.model, self)
        self.table.setObjectName("members")
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.row = QHBoxLayout()
        self.row.addWidget(caption)
        self.row.addWidget(self.filter, 1)
        below = QWidget()
        lower = QVBoxLayout(below)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.summary)
        lower.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(self.row)
        layout.addWidget(split, 1)
        self.codes: list[str] = []
        self.case_nos: list[str] = []
        self.current_code = ""

    def items(self, prefix: str) -> tuple[list[list[str]], list[str]]:
        raise NotImplementedError

    def load(self, code: str) -> tuple[str, list[list[str]], list[str]]:
        raise NotImplementedError

    def refresh_list(self) -> None:
        try:
            rows, self.codes = self.items(self.filter.text().strip())
        except ResettleError as exc:
            rows, self.codes = [], []
            self.summary.setText(error_text(exc))
        self.items_model.set_rows(rows, self.codes)
        self.list.resizeColumnsToContents()
        if self.current_code in self.codes:
            self.list.selectRow(self.codes.index(self.current_code))
        elif not self.codes:
            self.summary.setText(_t("Nothing matches.") if self.filter.text().strip()
                                 else _t("None recorded yet."))
        self.listed.emit(len(self.codes))

    def _first(self) -> None:
        if self.codes:
            self.list.selectRow(0)
            self.list.setFocus()

    def _picked(self, _new: QItemSelection, _old: QItemSelection) -> None:
        rows = self.list.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.codes):
            self.pick(self.codes[rows[0].row()])

    def pick(self, code: str) -> None:
        """Show `code`'s members (the list selects it when it is listed)."""
        self.current_code = code
        if code in self.codes and not any(i.row() == self.codes.index(code) for i in
                                          self.list.selectionModel().selectedRows()):
            self.list.selectRow(self.codes.index(code))
            return
        self.show_code()

    def show_code(self) -> None:
        code = self.current_code
        if not code:
            return
        try:
            summary, rows, self.case_nos = self.load(code)
        except ResettleError as exc:
            self.summary.setText(error_text(exc))
            rows, self.case_nos = [], []
        else:
            self.summary.setText(summary)
        self.model.set_rows(rows, self.case_nos)
        self.table.resizeColumnsToContents()

    def current_case_no(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.case_nos[row] if 0 <= row < len(self.case_nos) else None

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.case_nos):
            self.openCase.emit(self.case_nos[row])

    def refresh(self) -> None:
        self.refresh_list()
        self.show_code()

    def clear(self) -> None:
        self.items_model.set_rows([])
        self.model.set_rows([])
        self.codes, self.case_nos = [], []
        self.summary.clear()
