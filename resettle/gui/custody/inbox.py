"""The supervisor's extension inbox: every pending request across cases, what approving it
would mean, decided in place; requests that lapsed when the person left custody, as lapsed."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.services import extension_history
from resettle.services.context import Actor

from ..widgets import labels
from ..widgets.errors import error_text
from ..widgets.kit import MUTED, STATUS_COLOURS, RecordTable, make_table

LAPSED_DAYS = 30  # lapsed requests stay visible this long


class ExtensionInbox(QWidget):
    openCase = Signal(str)
    decided = Signal(int)
    loaded = Signal(int)

    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.model = RecordTable([
            self.tr("Case no."), self.tr("Name"), self.tr("Status"), self.tr("Days asked"),
            self.tr("Reason"), self.tr("Requested by"), self.tr("Requested on"),
            self.tr("Held / limit"), self.tr("Last lawful day"), self.tr("If approved")])
        self.model.numeric = {3, 7}
        self.table = make_table(self.model, self)
        self.table.setAccessibleName(self.tr("Extension requests"))
        self.table.doubleClicked.connect(lambda _i: self.decide())
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Case no., name or requester"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._show())
        caption = QLabel(self.tr("F&ilter:"))
        caption.setBuddy(self.filter)
        self.summary = QLabel()
        self.decide_button = QPushButton(self.tr("&Decide…"))
        self.decide_button.setToolTip(self.tr("Approve or refuse the selected request"))
        self.decide_button.clicked.connect(self.decide)
        self.open_button = QPushButton(self.tr("&Open case"))
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.filter, 1)
        row.addWidget(self.summary)
        row.addWidget(self.decide_button)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.pending: list[Any] = []
        self.lapsed: list[Any] = []

    def refresh(self) -> None:
        try:
            self.pending = self.services.lifecycle.pending(self.actor)
            since = self.services.ctx.today() - timedelta(days=LAPSED_DAYS)
            self.lapsed = extension_history.lapsed_requests(self.services.ctx, self.actor,
                                                            since)
        except ResettleError as exc:
            self.pending, self.lapsed = [], []
            self.summary.setText(error_text(exc))
        self._show()
        self.loaded.emit(len(self.pending))

    def _matches(self, r: Any) -> bool:
        words = self.filter.text().strip().lower()
        if not words:
            return True
        hay = " ".join([r.case_no, r.name.hangul, r.name.latin, r.requested_by]).lower()
        return all(w in hay for w in words.split())

    def _show(self) -> None:
        rows, keys, colours = [], [], {}
        for p in filter(self._matches, self.pending):
            status = labels.custody_status(p.status)
            colour = STATUS_COLOURS.get(str(p.status))
            if colour:
                colours[(len(rows), 2)] = colour
            rows.append((p.case_no, f"{p.name.hangul} ({p.name.latin})",
                         self.tr("Pending") + f" · {status}", p.days, p.reason,
                         p.requested_by, p.requested_at.astimezone().date().isoformat(),
                         f"{p.days_held} / {p.limit}", p.last_lawful_day.isoformat(),
                         f"{p.last_lawful_day_if_approved.isoformat()} "
                         f"({p.limit_if_approved})"))
            keys.append(("pending", p.id))
        for x in filter(self._matches, self.lapsed):
            for c in range(10):
                colours[(len(rows), c)] = MUTED
            rows.append((x.case_no, f"{x.name.hangul} ({x.name.latin})",
                         self.tr("Lapsed on %1: left custody first").replace(
                             "%1", x.lapsed_on.isoformat() if x.lapsed_on else "?"),
                         x.days, x.reason, x.requested_by,
                         x.requested_at.astimezone().date().isoformat(), "", "", ""))
            keys.append(("lapsed", x.id))
        self.model.set_rows(rows, keys, colours=colours)
        self.table.resizeColumnsToContents()
        zero = self.fontMetrics().horizontalAdvance("0")
        for column, chars in ((1, 24), (2, 30), (4, 26)):  # long names and reasons: the tooltip
            if self.table.columnWidth(column) > chars * zero:
                self.table.setColumnWidth(column, chars * zero)
        self.summary.setText(self.tr("%1 pending · %2 lapsed in the last %3 days").replace(
            "%1", str(len(self.pending))).replace("%2", str(len(self.lapsed))).replace(
            "%3", str(LAPSED_DAYS)))
        self.decide_button.setEnabled(bool(self.pending))
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def selected(self) -> tuple[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        kind, ident = self.model.keys[rows[0].row()]  # type: ignore[misc]
        source = self.pending if kind == "pending" else self.lapsed
        return kind, next((r for r in source if r.id == ident), None)

    def decide(self) -> None:
        from ..case_detail.extension_dialog import ExtensionDialog

        chosen = self.selected()
        if chosen is None or chosen[0] != "pending" or chosen[1] is None:
            self.summary.setText(self.tr("Select a pending request first."))
            return
        request = chosen[1]
        dialog = ExtensionDialog(self.services, self.actor, request.case_no,
                                 self.services.ctx.today(), request, self)
        if dialog.exec():
            self.decided.emit(request.id)
            self.refresh()

    def _open(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen[1] is not None:
            self.openCase.emit(chosen[1].case_no)

    def clear(self) -> None:
        self.pending, self.lapsed = [], []
        self.model.set_rows([])
        self.summary.clear()
