"""Issue 12: the case list's columns widen to their content: a long value
('demo-caseworker-01') is not cut ('demo-casew…') beside empty columns."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel

from resettle.gui.cases.model import Columns
from resettle.gui.cases.table import SAMPLES, CaseTable


def test_a_long_value_widens_its_column(qtbot) -> None:
    table = CaseTable()
    qtbot.addWidget(table)
    model = QStandardItemModel(3, max(SAMPLES) + 1)
    table.resize(1366, 400)
    table.show()
    table.setModel(model)
    qtbot.waitExposed(table)
    before = table.columnWidth(Columns.CASEWORKER)
    model.beginResetModel()  # rows arrive as the list model's pages do: a reset
    for row in range(3):
        model.setItem(row, Columns.CASEWORKER, QStandardItem("demo-caseworker-01"))
        model.setItem(row, Columns.CASE_NO, QStandardItem(f"R-2026-0000{row}"))
    model.endResetModel()
    wanted = table.fontMetrics().horizontalAdvance("demo-caseworker-01")
    qtbot.waitUntil(lambda: table.columnWidth(Columns.CASEWORKER) >= wanted, timeout=2_000)
    assert table.columnWidth(Columns.CASEWORKER) > before or before >= wanted
    narrow = table.columnWidth(Columns.SEX)
    table.fit_visible()  # never narrows a column
    assert table.columnWidth(Columns.SEX) == narrow
