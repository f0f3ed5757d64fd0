"""The custody review: everyone held, days against the limit, extensions, chart and report."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, allowed
from resettle.services.case_query import CaseQuery
from resettle.services.context import Actor

from ..widgets.errors import error_text, show_error
from ..widgets.tasks import TaskRunner
from .model import Columns, CustodyModel, Roles, days_left
from .paint import DaysLeftChart, HeldBarDelegate

FIT_ROWS = 100


def held_rows(services: Any, actor: Actor) -> list[Any]:
    """Everyone held today, by the services' one definition (the printed review's too)."""
    ids = services.cases.find_ids(actor, CaseQuery(custody_status="held"))
    return list(services.cases.rows(actor, ids))


class CustodyReview(QWidget):
    openCase = Signal(str)
    loaded = Signal(int)

    def __init__(self, services: Any, actor: Actor, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.runner = runner or TaskRunner(self)
        self.model = CustodyModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # widths from the first rows (sorted by urgency: the ones read first), not from all
        # 1,000 held: every cell of every row took 230 ms, past the screen's 200 ms budget
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.table.setItemDelegateForColumn(Columns.HELD, HeldBarDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open)
        self._size_columns()
        self.summary = QLabel()
        self.chart = DaysLeftChart()
        self.chart.setFixedHeight(self.fontMetrics().height() * 8)
        self.extend_button = QPushButton(self.tr("&Extension…"))
        self.extend_button.setToolTip(self.tr("Approve a requested extension, or extend the "
                                              "custody of the selected person (supervisors)"))
        self.extend_button.clicked.connect(self.extension)
        self.report_button = QPushButton(self.tr("Custody &report (PDF)…"))
        self.report_button.clicked.connect(self.report)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.extend_button)
        buttons.addWidget(self.report_button)
        held = QWidget()
        inner = QVBoxLayout(held)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(buttons)
        inner.addWidget(self.chart)
        inner.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        self.inbox: Any = None
        if not allowed(actor.role, Action.APPROVE_EXTENSION):
            layout.addWidget(held)
            return
        from .inbox import ExtensionInbox

        self.inbox = ExtensionInbox(services, actor)
        self.inbox.openCase.connect(self.openCase)
        self.inbox.decided.connect(lambda _id: self.refresh())
        self.inbox.loaded.connect(self._count_requests)
        self.tabs = QTabWidget()
        self.tabs.addTab(held, self.tr("People held"))
        self.tabs.addTab(self.inbox, self.tr("Extension requests"))
        from .alerts import RiskAlerts  # supervisors: the life-at-stake flags (issue 12)

        self.alerts = RiskAlerts(services, actor)
        self.alerts.openCase.connect(self.openCase)
        self.alerts.loaded.connect(lambda n: self.tabs.setTabText(
            2, self.tr("Risk alerts (%1)").replace("%1", str(n))))
        self.tabs.addTab(self.alerts, self.tr("Risk alerts"))
        layout.addWidget(self.tabs)

    def _count_requests(self, pending: int) -> None:
        self.tabs.setTabText(1, self.tr("Extension requests (%1)").replace("%1", str(pending)))

    def _size_columns(self) -> None:
        zero = self.fontMetrics().horizontalAdvance("0")
        widths = {Columns.CASE_NO: 12, Columns.NAME: 21, Columns.STAGE: 8, Columns.HELD: 24,
                  Columns.DAYS_LEFT: 7, Columns.STATUS: 10, Columns.CASEWORKER: 18}
        for column, chars in widths.items():
            self.table.setColumnWidth(column, chars * zero + 16)

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text (never narrower than its sample), so a long
        user name is not cut beside empty columns; the bar column keeps room for the bar."""
        zero = self.fontMetrics().horizontalAdvance("0")
        before = {c: self.table.columnWidth(c) for c in Columns}
        self.table.resizeColumnsToContents()
        for column in Columns:
            if column is Columns.HELD:
                self.table.setColumnWidth(column, max(before[column], 24 * zero + 16))
            elif self.table.columnWidth(column) < before[column] and column is not Columns(
                    len(Columns) - 1):
                self.table.setColumnWidth(column, max(self.table.columnWidth(column),
                                                      min(before[column], 8 * zero)))

    def refresh(self) -> None:
        if self.inbox is not None:
            self.inbox.refresh()
            self.alerts.refresh()
        services, actor = self.services, self.actor
        self.runner.run("custody", lambda: held_rows(services, actor), self._show,
                        self._failed)

    def _show(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        counts = self.model.counts()
        self.summary.setText(self.tr("%1 people held · %2 overdue · %3 due within 14 days")
                             .replace("%1", str(len(self.model.rows)))
                             .replace("%2", str(counts["overdue"]))
                             .replace("%3", str(counts["due"])))
        self.chart.set_days_left([days_left(r) for r in self.model.rows])
        self._fit_columns()
        self.loaded.emit(len(self.model.rows))

    def _failed(self, exc: object) -> None:
        if isinstance(exc, ResettleError):
            self.summary.setText(error_text(exc))
        else:
            raise exc  # type: ignore[misc]

    def current_case_no(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.siblingAtColumn(0).data(Roles.CASE_NO)) if index.isValid() else None

    def _open(self, index: QModelIndex) -> None:
        self.openCase.emit(str(index.siblingAtColumn(0).data(Roles.CASE_NO)))

    def extension(self) -> None:
        from ..case_detail.extension_dialog import ExtensionDialog

        case_no = self.current_case_no()
        if not case_no:
            QMessageBox.information(self, self.tr("Custody review"),
                                    self.tr("Select a person in the list first."))
            return
        try:
            detail = self.services.cases.show(self.actor, case_no)
        except ResettleError as exc:
            show_error(self, exc)
            return
        custody = detail.custody
        pending = next((x for x in (custody.extensions if custody else ())
                        if x.status == "requested"), None)  # the dialog finds its clock
        dialog = ExtensionDialog(self.services, self.actor, case_no,
                                 self.services.ctx.today(), pending, self)
        if dialog.exec():
            self.refresh()

    def report(self) -> None:
        services, actor = self.services, self.actor
        self.report_button.setEnabled(False)

        def done(report: Any) -> None:
            from ..menus import save_pdf

            self.report_button.setEnabled(True)
            save_pdf(self, report.filename, report.pdf)

        def failed(exc: object) -> None:
            self.report_button.setEnabled(True)
            self._failed(exc)

        self.runner.run("custody-report", lambda: services.reports.custody_review(actor),
                        done, failed)

    def clear(self) -> None:
        if self.inbox is not None:
            self.inbox.clear()
            self.alerts.clear()
        self.runner.cancel("custody")
        self.runner.cancel("custody-report")
        self.model.clear()
        self.chart.set_days_left([])
        self.summary.clear()
