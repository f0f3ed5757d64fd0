"""The case list model: holds only the ordered ids and fetches rows in pages as they are shown."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from resettle.services.context import Actor
from resettle.services.views import CaseRow

from ..widgets import labels

PAGE = 64  # a screen, even a tall one: what a keystroke waits for, and one fetch per scroll
MAX_PAGES = 80  # LRU: at most 5,120 rows kept in memory

Index = QModelIndex | QPersistentModelIndex


class Columns(IntEnum):
    CASE_NO = 0
    NAME = 1
    SEX = 2
    AGE = 3
    STAGE = 4
    DAYS_IN_STAGE = 5
    CUSTODY = 6
    CASEWORKER = 7
    GROUP = 8
    FLAGS = 9


class Roles(IntEnum):
    CASE_ID = Qt.ItemDataRole.UserRole + 1
    CASE_NO = Qt.ItemDataRole.UserRole + 2
    ROW = Qt.ItemDataRole.UserRole + 3
    CUSTODY_STATUS = Qt.ItemDataRole.UserRole + 4
    CUSTODY_DAYS = Qt.ItemDataRole.UserRole + 5
    CUSTODY_LIMIT = Qt.ItemDataRole.UserRole + 6


# Columns the services can sort by (in SQL), and their CaseQuery.sort keys; days in stage is
# the stage date reversed.
SORT_KEYS = {Columns.CASE_NO: ("case_no", False), Columns.NAME: ("name", False),
             Columns.STAGE: ("stage", False), Columns.DAYS_IN_STAGE: ("stage_date", True),
             Columns.CUSTODY: ("custody", False)}

STATUS_COLOURS = {"overdue": QColor(255, 205, 205), "due": QColor(255, 232, 176)}
STATUS_TEXT = {"overdue": QColor(150, 0, 0), "due": QColor(120, 70, 0)}


HEADERS = {Columns.CASE_NO: QT_TRANSLATE_NOOP("CaseTableModel", "Case no."),
           Columns.NAME: QT_TRANSLATE_NOOP("CaseTableModel", "Name"),
           Columns.SEX: QT_TRANSLATE_NOOP("CaseTableModel", "Sex"),
           Columns.AGE: QT_TRANSLATE_NOOP("CaseTableModel", "Age"),
           Columns.STAGE: QT_TRANSLATE_NOOP("CaseTableModel", "Stage"),
           Columns.DAYS_IN_STAGE: QT_TRANSLATE_NOOP("CaseTableModel", "Days in stage"),
           Columns.CUSTODY: QT_TRANSLATE_NOOP("CaseTableModel", "Custody days"),
           Columns.CASEWORKER: QT_TRANSLATE_NOOP("CaseTableModel", "Caseworker"),
           Columns.GROUP: QT_TRANSLATE_NOOP("CaseTableModel", "Group"),
           Columns.FLAGS: QT_TRANSLATE_NOOP("CaseTableModel", "Flags")}


def header_text(column: Columns) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CaseTableModel", HEADERS[column])


def flag_codes(row: CaseRow) -> tuple[str, ...]:
    """The row's risk flags, "high profile" first when the case is marked so (it is a column
    of the case, not one of the raised flags)."""
    if row.high_profile and "high_profile" not in row.flags:
        return ("high_profile", *row.flags)
    return row.flags


def display(row: CaseRow, column: Columns) -> str:
    if column is Columns.CASE_NO:
        return row.case_no
    if column is Columns.NAME:
        latin = row.name.latin
        return f"{row.name.hangul} ({latin})" if latin else row.name.hangul
    if column is Columns.SEX:
        return labels.sex(row.sex)
    if column is Columns.AGE:
        return "" if row.age is None else str(row.age)
    if column is Columns.STAGE:
        return labels.stage(row.stage)
    if column is Columns.DAYS_IN_STAGE:
        return str(row.days_in_stage)
    if column is Columns.CUSTODY:
        if row.custody_days is None:
            return ""
        text = f"{row.custody_days} / {row.custody_limit}"
        status = row.custody_status.value if row.custody_status else "ok"
        return text if status == "ok" else f"{text} · {labels.custody_status(status)}"
    if column is Columns.CASEWORKER:
        return row.caseworker
    if column is Columns.GROUP:
        return row.group
    return ", ".join(labels.flag(f) for f in flag_codes(row))


_DISPLAY, _ALIGN = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND, _FOREGROUND = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)
HANDLED_ROLES = frozenset((_DISPLAY, _ALIGN, _BACKGROUND, _FOREGROUND, *(int(r) for r in Roles)))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RIGHT_COLUMNS = frozenset((int(Columns.AGE), int(Columns.DAYS_IN_STAGE)))

Look = tuple[tuple[str, ...], tuple[QBrush, QBrush] | None]  # texts; custody cell colours
_BRUSHES: dict[str, tuple[QBrush, QBrush]] = {}


def _status_brushes(status: str) -> tuple[QBrush, QBrush] | None:
    """Background and text brushes for a due or overdue custody cell, made once each."""
    if status not in STATUS_COLOURS:
        return None
    if status not in _BRUSHES:
        _BRUSHES[status] = (QBrush(STATUS_COLOURS[status]), QBrush(STATUS_TEXT[status]))
    return _BRUSHES[status]


class CaseTableModel(QAbstractTableModel):
    """Rows are fetched a page at a time through `cases.rows` when a view asks for them."""

    sortRequested = Signal(str, bool)

    def __init__(self, services: Any, actor: Actor, as_of: date | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.as_of = services, actor, as_of
        self._ids: list[int] = []
        self.seeded = False
        self._pages: OrderedDict[int, dict[int, CaseRow]] = OrderedDict()
        self._looks: dict[int, Look] = {}  # text and colours per case id
        self.fetched_pages: list[int] = []  # every page fetched since the last reset
        self.sort_column: Columns = Columns.CASE_NO
        self.sort_order = Qt.SortOrder.AscendingOrder

    # ids and pages
    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self.seeded = False
        self._pages.clear()
        self._looks.clear()
        self.fetched_pages = []
        self.endResetModel()

    def seed(self, rows: list[CaseRow]) -> None:
        """The first screen before the full id list arrives (shown at once after log-in)."""
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._pages = OrderedDict({0: {r.id: r for r in rows}})
        self._looks.clear()
        self.fetched_pages = []
        self.seeded = True
        self.endResetModel()

    def extend_ids(self, ids: list[int]) -> None:
        """The full id list after a seed: rows are appended, the first screen stays in place."""
        have = len(self._ids)
        if not self.seeded or ids[:have] != self._ids or (have < PAGE and len(ids) != have):
            self.set_ids(ids)
            return
        self.seeded = False
        if len(ids) > have:
            self.beginInsertRows(QModelIndex(), have, len(ids) - 1)
            self._ids = list(ids)
            self.endInsertRows()

    def clear(self) -> None:
        """Forget every id and row (the screen is locked)."""
        self.set_ids([])

    def ids(self) -> list[int]:
        return self._ids

    def row_at(self, row: int) -> CaseRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch(page)
        else:
            self._pages.move_to_end(page)
        return rows.get(self._ids[row])

    def _fetch(self, page: int) -> dict[int, CaseRow]:
        ids = self._ids[page * PAGE:(page + 1) * PAGE]
        rows = {r.id: r for r in self.services.cases.rows(self.actor, ids, self.as_of)}
        self._pages[page] = rows
        self.fetched_pages.append(page)
        while len(self._pages) > MAX_PAGES:
            for case_id in self._pages.popitem(last=False)[1]:
                self._looks.pop(case_id, None)
        return rows

    # Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(Columns(section))
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and Columns(section) not in SORT_KEYS):
            from PySide6.QtCore import QCoreApplication

            return QCoreApplication.translate("CaseTableModel", "Not sortable")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A paint asks every visible cell for about seven roles through the Python binding:
        # answer the unused ones at once and the painted ones from a per-row cache of text
        # and colours, so a repaint stays cheap at any list size.
        if role not in HANDLED_ROLES or not index.isValid():
            return None
        if role == _DISPLAY:
            look = self._look(index.row())
            return None if look is None else look[0][index.column()]
        if role == _ALIGN:
            return _RIGHT if index.column() in _RIGHT_COLUMNS else None
        if role in (_BACKGROUND, _FOREGROUND):
            look = self._look(index.row())
            if look is None or look[1] is None or index.column() != Columns.CUSTODY:
                return None
            return look[1][0 if role == _BACKGROUND else 1]
        if role == Roles.CASE_ID:
            return self._ids[index.row()]
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Roles.CASE_NO:
            return row.case_no
        if role == Roles.ROW:
            return row
        if role == Roles.CUSTODY_STATUS:
            return row.custody_status.value if row.custody_status else None
        if role == Roles.CUSTODY_DAYS:
            return row.custody_days
        return row.custody_limit  # Roles.CUSTODY_LIMIT

    def _look(self, row_number: int) -> Look | None:
        row = self.row_at(row_number)
        if row is None:
            return None
        look = self._looks.get(row.id)
        if look is None:
            status = row.custody_status.value if row.custody_status else ""
            look = self._looks[row.id] = (tuple(display(row, c) for c in Columns),
                                          _status_brushes(status))
        return look

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting happens in SQL: ask the list to fetch the ids again in the new order."""
        col = Columns(column)
        if col not in SORT_KEYS:
            return
        self.sort_column, self.sort_order = col, order
        key, reversed_ = SORT_KEYS[col]
        descending = (order == Qt.SortOrder.DescendingOrder) != reversed_
        self.sortRequested.emit(key, descending)
