"""The Cases screen: search as you type, filters and SQL sorting over a lazy case model."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from resettle.domain.errors import ResettleError
from resettle.services.case_query import CaseQuery
from resettle.services.context import Actor

from ..widgets import labels
from ..widgets.errors import show_error
from ..widgets.tasks import TaskRunner
from .model import PAGE, CaseTableModel, Columns
from .search_box import SearchBox
from .table import CaseTable

DEBOUNCE_MS = 150


def _combo(parent: QWidget, first: str, items: list[tuple[str, str | None]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(first, None)
    for text, value in items:
        combo.addItem(text, value)
    return combo


class CaseListView(QWidget):
    """`openCase(case_no)` when the user opens a row; `firstRows(count, seconds)` when the
    first screen of a search is in the model, `idsShown(count, seconds)` when every id is
    (the seconds from the request)."""

    openCase = Signal(str)
    idsShown = Signal(int, float)
    firstRows = Signal(int, float)

    def __init__(self, services: Any, actor: Actor, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.runner = runner or TaskRunner(self)
        self.model = CaseTableModel(services, actor, parent=self)
        self.sort_key, self.descending = "case_no", False
        self._current: CaseQuery | None = None  # the latest request; older answers are stale
        self._asked_at = 0.0
        self._build()
        self.model.sortRequested.connect(self._sort)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.refresh)
        self.search.searchChanged.connect(lambda _text: self.debounce.start())
        for combo in (self.stage, self.status, self.caseworker, self.flag):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())

    def _build(self) -> None:
        self.search = SearchBox(self)
        self.search.setPlaceholderText(self.tr(
            "Name, initials (ㄱㅈ), Latin or case no."))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.stage = _combo(self, self.tr("All stages"),
                            [(labels.stage(s), s) for s in labels.STAGES])
        self.status = _combo(self, self.tr("Any custody status"),
                             [(labels.custody_status(s), s) for s in labels.STATUSES])
        self.caseworker = _combo(self, self.tr("All caseworkers"),
                                 [(self.tr("My cases"), self.actor.username)])
        self.flag = _combo(self, self.tr("Any flag"), [(labels.flag(f), f) for f in labels.FLAGS])
        self.count = QLabel(self)
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 1)
        for combo, text in ((self.stage, self.tr("S&tage")), (self.status, self.tr("C&ustody")),
                            (self.caseworker, self.tr("Case&worker")),
                            (self.flag, self.tr("F&lag"))):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        self.table = CaseTable(self)
        self.table.setModel(self.model)
        self.table.size_columns()
        self.table.horizontalHeader().setSortIndicator(Columns.CASE_NO,
                                                       Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.openRequested.connect(self.openCase)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.setTabOrder(self.search, self.stage)
        self.setTabOrder(self.stage, self.status)
        self.setTabOrder(self.status, self.caseworker)
        self.setTabOrder(self.caseworker, self.flag)
        self.setTabOrder(self.flag, self.table)

    def add_caseworkers(self, usernames: list[str]) -> None:
        for name in usernames:
            if name != self.actor.username:
                self.caseworker.addItem(name, name)

    def query(self) -> CaseQuery:
        return CaseQuery(search=self.search.visible_text().strip(),
                         stage=self.stage.currentData(), custody_status=self.status.currentData(),
                         caseworker=self.caseworker.currentData(), flag=self.flag.currentData(),
                         sort=self.sort_key, descending=self.descending)

    def refresh(self) -> None:
        """The first screen of rows for the current search and filters, then every id, both
        off the GUI thread. A newer request makes an older one's answers stale: its first
        screen is dropped and its id list never lands."""
        self.debounce.stop()
        self.runner.cancel("case-ids")
        query, actor, cases = self.query(), self.actor, self.services.cases
        self._current, self._asked_at = query, time.perf_counter()
        self.runner.run("case-page", lambda: cases.first_rows(actor, query, PAGE),
                        lambda rows: self._seed(query, rows, audit=False), self._failed)

    def load_first(self) -> None:
        """When the list is opened: the first screen fetched at once, before the window's
        first paint (one 10-20 ms query; fetched in the background it cost a second paint
        and competed with the first), then every id in the background, with the opening
        of the list audited."""
        query = self.query()
        self._current, self._asked_at = query, time.perf_counter()
        try:
            rows = self.services.cases.first_rows(self.actor, query, PAGE)
        except ResettleError as exc:
            self._failed(exc)
            return
        self._seed(query, rows, audit=True)

    def _seed(self, query: CaseQuery, rows: list[Any], audit: bool) -> None:
        self.model.seed(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))
        if len(rows) < PAGE:  # the whole result is on screen
            self._show_count(len(rows))
        else:
            self.count.setText(self.tr("Counting cases…"))
        self.firstRows.emit(len(rows), time.perf_counter() - self._asked_at)
        QTimer.singleShot(0, lambda: self._fetch_ids(query, audit))

    def _fetch_ids(self, query: CaseQuery, audit: bool) -> None:
        """Every id, after the first screen is painted (posted paint events go before
        timers), unless a newer request came meanwhile; its answer lands only if still
        current."""
        if query is not self._current:
            return
        actor, cases = self.actor, self.services.cases
        self.runner.run("case-ids", lambda: cases.find_ids(actor, query, audit=audit),
                        lambda ids: query is self._current and self._show_ids(ids),
                        self._failed)

    def _show_ids(self, ids: list[int]) -> None:
        self.model.extend_ids(ids)
        self._show_count(len(ids))
        if ids and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.idsShown.emit(len(ids), time.perf_counter() - self._asked_at)

    def _show_count(self, n: int) -> None:
        self.count.setText(self.tr("%1 cases").replace("%1", QLocale().toString(n)))

    def _failed(self, exc: object) -> None:
        if isinstance(exc, ResettleError):
            show_error(self, exc)
        else:
            raise exc  # type: ignore[misc]

    def _sort(self, key: str, descending: bool) -> None:
        self.sort_key, self.descending = key, descending
        self.refresh()

    def current_case_no(self) -> str | None:
        return self.table.current_case_no()

    def clear(self) -> None:
        """Hide every personal detail (the screen is locked)."""
        self.search.clear()
        self._current = None
        self.debounce.stop()
        self.runner.cancel("case-page")
        self.runner.cancel("case-ids")
        self.model.clear()
        self.count.clear()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
