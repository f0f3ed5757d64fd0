"""Everyone in screening or custody, most urgent first: a small model over case rows."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush

from resettle.services.views import CaseRow

from ..cases.model import STATUS_COLOURS, STATUS_TEXT, Index, flag_codes
from ..widgets import labels


class Columns(IntEnum):
    CASE_NO = 0
    NAME = 1
    STAGE = 2
    HELD = 3
    DAYS_LEFT = 4
    STATUS = 5
    CASEWORKER = 6
    FLAGS = 7


class Roles(IntEnum):
    CASE_NO = Qt.ItemDataRole.UserRole + 1
    HELD = Qt.ItemDataRole.UserRole + 2
    LIMIT = Qt.ItemDataRole.UserRole + 3
    STATUS = Qt.ItemDataRole.UserRole + 4


HEADERS = {Columns.CASE_NO: QT_TRANSLATE_NOOP("CustodyModel", "Case no."),
           Columns.NAME: QT_TRANSLATE_NOOP("CustodyModel", "Name"),
           Columns.STAGE: QT_TRANSLATE_NOOP("CustodyModel", "Stage"),
           Columns.HELD: QT_TRANSLATE_NOOP("CustodyModel", "Days held / limit"),
           Columns.DAYS_LEFT: QT_TRANSLATE_NOOP("CustodyModel", "Days left"),
           Columns.STATUS: QT_TRANSLATE_NOOP("CustodyModel", "Status"),
           Columns.CASEWORKER: QT_TRANSLATE_NOOP("CustodyModel", "Caseworker"),
           Columns.FLAGS: QT_TRANSLATE_NOOP("CustodyModel", "Flags")}


def days_left(row: CaseRow) -> int:
    return (row.custody_limit or 0) - (row.custody_days or 0)


class CustodyModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = sorted((r for r in rows if r.custody_days is not None),
                           key=lambda r: (days_left(r), r.case_no))
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CustodyModel", HEADERS[Columns(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], Columns(index.column())
        status = row.custody_status.value if row.custody_status else "ok"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column, status)
        if role == Roles.CASE_NO:
            return row.case_no
        if role == Roles.HELD:
            return row.custody_days
        if role == Roles.LIMIT:
            return row.custody_limit
        if role == Roles.STATUS:
            return status
        if status in STATUS_COLOURS and column in (Columns.DAYS_LEFT, Columns.STATUS):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(STATUS_COLOURS[status])
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(STATUS_TEXT[status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Columns.DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: CaseRow, column: Columns, status: str) -> str:
        if column is Columns.CASE_NO:
            return row.case_no
        if column is Columns.NAME:
            return f"{row.name.hangul} ({row.name.latin})" if row.name.latin else row.name.hangul
        if column is Columns.STAGE:
            return labels.stage(row.stage)
        if column is Columns.HELD:
            return f"{row.custody_days} / {row.custody_limit}"
        if column is Columns.DAYS_LEFT:
            return str(days_left(row))
        if column is Columns.STATUS:
            return labels.custody_status(status)
        if column is Columns.CASEWORKER:
            return row.caseworker
        return ", ".join(labels.flag(f) for f in flag_codes(row))

    def counts(self) -> dict[str, int]:
        out = {"ok": 0, "due": 0, "overdue": 0}
        for r in self.rows:
            out[r.custody_status.value if r.custody_status else "ok"] += 1
        return out
