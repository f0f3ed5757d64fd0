"""Admin: the audit log, newest first, paged by id, and verification of the hash chain."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.services.audit import ACTIONS
from resettle.services.context import Actor

from ..cases.model import Index
from ..widgets import labels
from ..widgets.date_field import DateField
from ..widgets.errors import error_text

PAGE = 100


class Columns(IntEnum):
    ID = 0
    AT = 1
    ACTOR = 2
    ACTION = 3
    ENTITY = 4
    DETAILS = 5


HEADERS = (QT_TRANSLATE_NOOP("AuditModel", "No."),
           QT_TRANSLATE_NOOP("AuditModel", "Time"),
           QT_TRANSLATE_NOOP("AuditModel", "User"),
           QT_TRANSLATE_NOOP("AuditModel", "Action"),
           QT_TRANSLATE_NOOP("AuditModel", "Record"),
           QT_TRANSLATE_NOOP("AuditModel", "Details"))


class AuditModel(QAbstractTableModel):
    """Rows arrive page by page (keyset: the next page is everything before the last id)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.complete = False

    def reset(self) -> None:
        self.beginResetModel()
        self.rows, self.complete = [], False
        self.endResetModel()

    def append(self, rows: list[Any]) -> None:
        if len(rows) < PAGE:
            self.complete = True
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows += rows
            self.endInsertRows()

    def last_id(self) -> int | None:
        return self.rows[-1].id if self.rows else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row, column = self.rows[index.row()], Columns(index.column())
        if column is Columns.ID:
            return str(row.id)
        if column is Columns.AT:
            return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column is Columns.ACTOR:
            return row.actor
        if column is Columns.ACTION:
            return labels.audit_action(row.action)
        if column is Columns.ENTITY:
            return labels.audit_record(row.entity, row.entity_id)
        return labels.audit_details(row.details)


class AuditTab(QWidget):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self._filters()
        self.more = QPushButton(self.tr("Ol&der entries"))
        self.more.clicked.connect(self.load_more)
        self.verify_button = QPushButton(self.tr("Ve&rify chain"))
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.result, 1)
        row.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.table.verticalScrollBar().valueChanged.connect(self._near_end)

    def _filters(self) -> None:
        """Who, what action, which case, from and to (dates inclusive)."""
        self.who = QComboBox()
        self.action = QComboBox()
        self.action.addItem(self.tr("any action"), "")
        for code in ACTIONS:
            self.action.addItem(labels.audit_action(code), code)
        for combo, chars in ((self.who, 10), (self.action, 14)):  # fits 1366 px wide
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
        self.case_no = QLineEdit()
        self.case_no.setPlaceholderText("R-2026-00001")
        self.case_no.setMinimumWidth(self.fontMetrics().horizontalAdvance("R-2026-00000") + 24)
        self.since = DateField(None, "since")
        self.until = DateField(None, "until")
        self.filter_row = QVBoxLayout()  # two lines: it fits a 1366 px wide screen
        first, second = QHBoxLayout(), QHBoxLayout()
        for row, text, widget in ((first, self.tr("&Who:"), self.who),
                                  (first, self.tr("Acti&on:"), self.action),
                                  (first, self.tr("&Case:"), self.case_no),
                                  (second, self.tr("Fro&m:"), self.since),
                                  (second, self.tr("To:"), self.until)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        first.addStretch(1)
        self.apply_button = QPushButton(self.tr("Show &entries"))
        self.apply_button.setDefault(False)
        self.apply_button.clicked.connect(self.refresh)
        second.addWidget(self.apply_button)
        second.addStretch(1)
        self.filter_row.addLayout(first)
        self.filter_row.addLayout(second)
        self.who.currentIndexChanged.connect(lambda _i: self._changed())
        self.action.currentIndexChanged.connect(lambda _i: self._changed())
        for edit in (self.case_no, self.since.edit, self.until.edit):
            edit.returnPressed.connect(self.refresh)
        self._loading_users = False

    def _changed(self) -> None:
        if not self._loading_users:
            self.refresh()

    def _fill_users(self) -> None:
        chosen = self.who.currentData()
        self._loading_users = True
        self.who.clear()
        self.who.addItem(self.tr("anyone"), "")
        try:
            for user in self.services.accounts.list_users(self.actor):
                self.who.addItem(user.username, user.username)
        except ResettleError:
            pass
        self.who.setCurrentIndex(max(0, self.who.findData(chosen or "")))
        self._loading_users = False

    def query(self) -> dict[str, Any] | None:
        """The filters as service arguments; None (with the refusal shown) if a date is not
        a date. The 'to' day is included."""
        from datetime import datetime, time, timedelta

        try:
            since = self.since.value() if self.since.text().strip() else None
            until = self.until.value() if self.until.text().strip() else None
        except ResettleError as exc:
            self.result.setText(error_text(exc))
            return None
        local = datetime.now().astimezone().tzinfo
        return {"who": self.who.currentData() or "", "action": self.action.currentData() or "",
                "case_no": self.case_no.text(),
                "since": datetime.combine(since, time.min, local) if since else None,
                "until": (datetime.combine(until + timedelta(days=1), time.min, local)
                          if until else None)}

    def refresh(self) -> None:
        if self.who.count() == 0:
            self._fill_users()
        self.model.reset()
        self.result.clear()
        self.load_more()

    def clear(self) -> None:
        self.model.reset()
        self.result.clear()
        self.who.clear()

    def load_more(self) -> None:
        if self.model.complete:
            return
        query = self.query()
        if query is None:
            return
        try:
            rows = self.services.audit.entries(self.actor, limit=PAGE,
                                               before_id=self.model.last_id(), **query)
        except ResettleError as exc:
            self.result.setText(error_text(exc))
            return
        self.model.append(rows)
        self.more.setEnabled(not self.model.complete)

    def _near_end(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value >= bar.maximum() - 2 and not self.model.complete:
            self.load_more()

    def verify(self) -> None:
        try:
            report = self.services.audit.verify(self.actor)
        except ResettleError as exc:
            self.result.setText(error_text(exc))
            return
        if report.ok:
            text = self.tr("The chain is intact: %1 entries, head %2.").replace(
                "%1", str(report.rows)).replace("%2", report.head[:16])
            self.result.setStyleSheet("color: #1e6b1e;")
        else:
            text = self.tr("The chain is broken at entry %1: %2").replace(
                "%1", str(report.first_bad_id)).replace("%2", labels.chain_problem(report.problem))
            self.result.setStyleSheet("color: #a00000; font-weight: bold;")
        self.result.setText(text)
