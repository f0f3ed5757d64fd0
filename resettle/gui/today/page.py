"""Today: the logged-in role's open items (overdue, today, this week), acted on in place."""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Role
from resettle.i18n import glossary

from ..widgets.errors import error_text, show_error
from ..widgets.i18n import current_language
from ..widgets.kit import STATUS_COLOURS, RecordTable, make_table
from ..widgets.tasks import TaskRunner
from .calendar import CalendarView, kind_word
from .dialogs import MarkDialog


def term(key: str) -> str:
    return glossary.term(key, current_language())


class TodayPage(QWidget):
    openCase = Signal(str)
    loaded = Signal(int)
    loadsLoaded = Signal(int)  # supervisors: overdue by caseworker, counted after painting

    def __init__(self, services: Any, actor: Any, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.runner = runner or TaskRunner(self)
        self.today_data: Any = None
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.model = RecordTable([self.tr("Due in"), self.tr("Case no."), self.tr("Item"),
                                  self.tr("Due date"), self.tr("Days late"),
                                  self.tr("Assigned to")], self)
        self.model.numeric = {4}
        self.table: QTableView = make_table(self.model)
        self.table.doubleClicked.connect(self._open)
        self.snooze_button = QPushButton(self.tr("&Snooze…"))
        self.reassign_button = QPushButton(self.tr("&Reassign…"))
        self.done_button = QPushButton(self.tr("Mark &done…"))
        self.print_button = QPushButton(self.tr("&Print worklist…"))
        self.ical_button = QPushButton(self.tr("E&xport calendar…"))
        self.snooze_button.clicked.connect(lambda: self.mark("snooze"))
        self.reassign_button.clicked.connect(lambda: self.mark("reassign"))
        self.done_button.clicked.connect(lambda: self.mark("done"))
        self.print_button.clicked.connect(self.print_worklist)
        self.ical_button.clicked.connect(self.export_calendar)
        buttons = QHBoxLayout()
        for b in (self.snooze_button, self.reassign_button, self.done_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.ical_button)
        admin = actor.role is Role.ADMIN
        lawyer = actor.role is Role.LAWYER
        self.reassign_button.setVisible(not lawyer and not admin)
        self.print_button.setVisible(not admin)
        self.ical_button.setVisible(not admin)
        work = QWidget()
        wl = QVBoxLayout(work)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addLayout(buttons)
        wl.addWidget(self.table, 3)
        self.loads_model = RecordTable([self.tr("Caseworker"), self.tr("Overdue"),
                                        self.tr("Escalated")], self)
        self.loads_model.numeric = {1, 2}
        self.loads_table = make_table(self.loads_model)
        self.loads_label = QLabel(self.tr("Overdue items by caseworker"))
        if actor.role is Role.SUPERVISOR:
            wl.addWidget(self.loads_label)
            wl.addWidget(self.loads_table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.calendar: CalendarView | None = None
        if admin:
            layout.addWidget(work, 1)
        else:
            self.calendar = CalendarView(services, actor)
            self.calendar.openCase.connect(self.openCase)
            self.tabs = QTabWidget()
            self.tabs.addTab(work, self.tr("Worklist"))
            self.tabs.addTab(self.calendar, self.tr("Calendar"))
            self.tabs.currentChanged.connect(self._tab)
            layout.addWidget(self.tabs, 1)

    def _tab(self, index: int) -> None:
        if index == 1 and self.calendar is not None:
            self.calendar.refresh()

    # --- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        services, actor = self.services, self.actor
        self.runner.run("today", lambda: services.worklist.today(actor), self._show,
                        self._failed)

    def _show(self, data: Any) -> None:
        self.today_data = data
        colours: dict[tuple[int, int], str] = {}
        rows = []
        for r, item in enumerate(data.items):
            when = term(f"work_status.{item.status}") if item.status == "snoozed" \
                else term(f"work_bucket.{item.bucket}")
            if item.escalated:
                when += " ▲"
            rows.append([when, item.case_no or "—", self._what(item), item.due.isoformat(),
                         item.days_late or "", item.assignee])
            if item.status == "overdue":
                colours[(r, 0)] = STATUS_COLOURS["overdue"]
        self.model.set_rows(rows, keys=list(data.items), colours=colours)
        counts = dict(data.counts)
        self.summary.setText(
            self.tr("Today, %1: %2 overdue · %3 due today · %4 this week")
            .replace("%1", data.as_of.isoformat()).replace("%2", str(counts.get("overdue", 0)))
            .replace("%3", str(counts.get("today", 0))).replace("%4", str(counts.get("week", 0))))
        self.loaded.emit(len(data.items))
        if self.actor.role is Role.SUPERVISOR:
            services, actor = self.services, self.actor
            self.loads_label.setText(self.tr("Overdue items by caseworker (counting…)"))
            self.runner.run("today-loads", lambda: services.worklist.loads(actor),
                            self._show_loads, self._failed)

    def _show_loads(self, loads: Any) -> None:
        self.loads_model.set_rows([[c.username or "—", c.overdue, c.escalated]
                                   for c in loads])
        self.loads_label.setText(self.tr("Overdue items by caseworker"))
        self.loadsLoaded.emit(len(loads))

    def _what(self, item: Any) -> str:
        word = kind_word(item.kind)
        if item.kind == "risk_flag" and item.ref:
            key = f"flag.{item.ref}"
            word += f": {term(key)}" if key in glossary.TERMS else ""
        if item.kind == "account_locked" and item.ref:
            word += f": {item.ref}"
        return word

    def _failed(self, exc: object) -> None:
        if isinstance(exc, ResettleError):
            self.summary.setText(error_text(exc))
        else:
            raise exc  # type: ignore[misc]

    def clear(self) -> None:
        self.runner.cancel("today")
        self.runner.cancel("today-loads")
        self.model.set_rows([])
        self.loads_model.set_rows([])
        self.summary.clear()

    # --- acting on an item ------------------------------------------------------------------
    def current_item(self) -> Any:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() \
            else None

    def _open(self, index: QModelIndex) -> None:
        item = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        if item is not None and item.case_no:
            self.openCase.emit(item.case_no)

    def mark(self, action: str) -> MarkDialog | None:
        item = self.current_item()
        if item is None:
            self.summary.setText(self.tr("Select an item in the list first."))
            return None
        wl = self.services.worklist
        save = {"snooze": lambda i, d, r: wl.snooze(self.actor, i, d, r),
                "reassign": lambda i, u, r: wl.reassign(self.actor, i, u, r),
                "done": lambda i, r: wl.done(self.actor, i, r)}[action]
        dialog = MarkDialog(action, item, save, self.services.ctx.today(), self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def print_worklist(self) -> None:
        from ..menus import save_pdf

        try:
            report = self.services.worklist.report(self.actor)
        except ResettleError as exc:
            show_error(self, exc)
            return
        save_pdf(self, report.filename, report.pdf)

    def export_calendar(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, self.tr("Export calendar"), "worklist.ics",
                                               self.tr("iCalendar files (*.ics)"))
        if not path:
            return
        try:
            data = self.services.worklist.ical(self.actor)
        except ResettleError as exc:
            show_error(self, exc)
            return
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # owner only
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
