"""Hearings and deadlines by month (a calendar with marked days) and by week (seven columns)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.i18n import glossary

from ..widgets.errors import error_text
from ..widgets.i18n import current_language
from ..widgets.kit import pydate, qdate

MARKED = "#fde7c8"
LATE = "#f8d0cc"


def kind_word(kind: str) -> str:
    return glossary.term(f"work_kind.{kind}", current_language())


def entry_text(item: Any) -> str:
    return f"{item.case_no} · {kind_word(item.kind)}" if item.case_no else kind_word(item.kind)


class CalendarView(QWidget):
    """`load(start, end)` is asked of the service for the month or week shown."""

    openCase = Signal(str)

    def __init__(self, services: Any, actor: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.by_day: dict[date, list[Any]] = defaultdict(list)
        self.month_button = QPushButton(self.tr("&Month"))
        self.week_button = QPushButton(self.tr("&Week"))
        for b in (self.month_button, self.week_button):
            b.setCheckable(True)
        self.month_button.setChecked(True)
        self.month_button.clicked.connect(lambda: self.show_mode("month"))
        self.week_button.clicked.connect(lambda: self.show_mode("week"))
        self.message = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.month_button)
        top.addWidget(self.week_button)
        top.addWidget(self.message, 1)
        self.month = QCalendarWidget()
        self.month.setGridVisible(True)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.setSelectedDate(qdate(services.ctx.today()))  # the services' today
        self.month.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.month.selectionChanged.connect(self._show_day)
        self.day_list = QListWidget()
        self.day_list.itemActivated.connect(self._open)
        month_page = QWidget()
        ml = QHBoxLayout(month_page)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.addWidget(self.month, 3)
        ml.addWidget(self.day_list, 2)
        self.week = QTableWidget(0, 7)
        self.week.verticalHeader().hide()
        self.week.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.week.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week.cellDoubleClicked.connect(self._open_week)
        self.stack = QStackedWidget()
        self.stack.addWidget(month_page)
        self.stack.addWidget(self.week)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.mode = "month"

    def show_mode(self, mode: str) -> None:
        self.mode = mode
        self.month_button.setChecked(mode == "month")
        self.week_button.setChecked(mode == "week")
        self.stack.setCurrentIndex(0 if mode == "month" else 1)
        self.refresh()

    def range(self) -> tuple[date, date]:
        if self.mode == "week":
            day = pydate(self.month.selectedDate())
            start = day - timedelta(days=day.weekday())
            return start, start + timedelta(days=6)
        first = date(self.month.yearShown(), self.month.monthShown(), 1)
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)

    def refresh(self) -> None:
        start, end = self.range()
        try:
            items = self.services.worklist.calendar(self.actor, start, end)
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("%1 hearings and deadlines").replace("%1", str(len(items))))
        for day in list(self.by_day):
            self.month.setDateTextFormat(qdate(day), QTextCharFormat())
        self.by_day = defaultdict(list)
        for item in items:
            self.by_day[item.due].append(item)
        for day, day_items in self.by_day.items():
            fmt = QTextCharFormat()
            late = any(i.status == "overdue" for i in day_items)
            fmt.setBackground(QBrush(QColor(LATE if late else MARKED)))
            fmt.setFontWeight(QFont.Weight.Bold)
            self.month.setDateTextFormat(qdate(day), fmt)
        self._show_day()
        self._fill_week(start)

    def _show_day(self) -> None:
        self.day_list.clear()
        day = pydate(self.month.selectedDate())
        shown = [(day, i) for i in self.by_day.get(day, [])] or [  # else the whole range's
            (d, i) for d in sorted(self.by_day) for i in self.by_day[d]]
        for when, item in shown:
            entry = QListWidgetItem(f"{when.isoformat()}  {entry_text(item)}")
            entry.setData(Qt.ItemDataRole.UserRole, item.case_no)
            self.day_list.addItem(entry)
        if self.mode == "week":
            self._fill_week(self.range()[0])

    def _fill_week(self, start: date) -> None:
        if self.mode != "week":
            return
        days = [start + timedelta(days=i) for i in range(7)]
        self.week.setHorizontalHeaderLabels([QDate(d.year, d.month, d.day).toString(
            "ddd M/d") for d in days])
        rows = max([len(self.by_day.get(d, [])) for d in days] + [1])
        self.week.setRowCount(rows)
        self.week.clearContents()
        for c, d in enumerate(days):
            for r, item in enumerate(self.by_day.get(d, [])):
                cell = QTableWidgetItem(entry_text(item))
                cell.setData(Qt.ItemDataRole.UserRole, item.case_no)
                if item.status == "overdue":
                    cell.setBackground(QBrush(QColor(LATE)))
                self.week.setItem(r, c, cell)

    def _open(self, entry: QListWidgetItem) -> None:
        case_no = entry.data(Qt.ItemDataRole.UserRole)
        if case_no:
            self.openCase.emit(str(case_no))

    def _open_week(self, row: int, column: int) -> None:
        cell = self.week.item(row, column)
        if cell is not None and cell.data(Qt.ItemDataRole.UserRole):
            self.openCase.emit(str(cell.data(Qt.ItemDataRole.UserRole)))
