"""The main window: navigation, pages, menus with shortcuts, status bar and the idle lock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.domain.settings import DEFAULTS
from resettle.services.context import Actor

from .menus import build_menus
from .pages import PageSpec, home_page, pages_for
from .startup.lock_page import ApplicationLock, LockPage
from .widgets import labels
from .widgets.errors import error_text, show_error
from .widgets.icons import icon
from .widgets.idle import IdleWatcher
from .widgets.tasks import TaskRunner

_log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """`locked`/`unlocked` signals let tests and detail windows follow the lock."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, services: Any, actor: Actor, idle_minutes: float | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.runner = TaskRunner(self)
        self.detail_windows: list[QWidget] = []
        self.is_locked = False
        self.setWindowTitle(self.tr("Resettle"))
        self.setWindowIcon(icon("app"))
        self.resize(1280, 800)
        self._build()
        minutes = idle_minutes if idle_minutes is not None else self._idle_setting()
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)
        self.app_lock = ApplicationLock(actor.display_name or actor.username, self)
        self.app_lock.unlockRequested.connect(self.unlock)

    # building
    def _build(self) -> None:
        self.specs: list[PageSpec] = pages_for(self.actor)
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setAccessibleName(self.tr("Navigation"))
        for n, spec in enumerate(self.specs, start=1):
            item = QListWidgetItem(icon(spec.icon), spec.title)
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(n)))
            self.nav.addItem(item)
        width = max(self.nav.fontMetrics().horizontalAdvance(s.title) for s in self.specs)
        self.nav.setFixedWidth(width + 24 + 48)
        self.stack = QStackedWidget()
        for _spec in self.specs:
            self.stack.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self.show_page)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.lock_page = LockPage(self.actor.display_name or self.actor.username)
        self.lock_page.unlockRequested.connect(self.unlock)
        self.outer = QStackedWidget()
        self.outer.addWidget(workspace)
        self.outer.addWidget(self.lock_page)
        self.setCentralWidget(self.outer)
        self.actions = build_menus(self)
        self._status()
        keys = [s.key for s in self.specs]
        self.nav.setCurrentRow(keys.index(home_page(self.actor)))

    def rebuild(self, key: str | None = None) -> None:
        """Build the window again in the current language (after a language switch)."""
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self.setWindowTitle(self.tr("Resettle"))
        self._build()
        if key:
            self.go(key)

    def _status(self) -> None:
        bar = self.statusBar()
        for old in getattr(self, "_status_labels", []):
            bar.removeWidget(old)
        db = self.services.db
        parts = [self.tr("User: %1").replace("%1", self.actor.display_name or
                                             self.actor.username),
                 self.tr("Role: %1").replace("%1", labels.role(self.actor.role.value)),
                 self.tr("Database: %1").replace("%1", db.describe()),
                 self.tr("Mode: %1").replace("%1", labels.key_mode(db.key_mode))]
        self.status_labels_text = parts
        self._status_labels = [QLabel(p) for p in parts]
        for label in self._status_labels:
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)
        where = self._status_labels[2]  # a long path must not widen the window past 1366 px
        where.setToolTip(parts[2])
        where.setText(where.fontMetrics().elidedText(
            parts[2], Qt.TextElideMode.ElideMiddle, where.fontMetrics().averageCharWidth() * 44))
        self.status_label = self._status_labels[0]
        self.status_label.setToolTip(self.tr("%1 (%2)").replace("%1", self.actor.username)
                                     .replace("%2", self.actor.role.value))

    def status_text(self) -> str:
        return " · ".join(self.status_labels_text)

    def _idle_setting(self) -> float:
        try:
            return float(self.services.rules.settings().idle_lock_minutes)
        except ResettleError:
            return float(DEFAULTS.idle_lock_minutes)

    # pages
    def page(self, key: str) -> QWidget:
        """The page for this key, built the first time it is shown."""
        if key not in self.pages:
            at = [s.key for s in self.specs].index(key)
            spec = self.specs[at]
            widget = spec.build(self.services, self.actor, self)
            old = self.stack.widget(at)
            self.stack.insertWidget(at, widget)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.pages[key] = widget
            if hasattr(widget, "load_first"):
                widget.load_first()
            elif hasattr(widget, "refresh"):
                widget.refresh()
        return self.pages[key]

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            key = self.specs[row].key
            self.page(key)
            self.stack.setCurrentIndex(row)
            if self.nav.currentRow() != row:
                self.nav.setCurrentRow(row)

    def go(self, key: str) -> None:
        keys = [s.key for s in self.specs]
        if key in keys:
            self.show_page(keys.index(key))

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def refresh(self) -> None:
        page = self.current_page()
        if hasattr(page, "refresh"):
            page.refresh()

    def find(self) -> None:
        self.go("cases")
        self.page("cases").focus_search()  # type: ignore[attr-defined]

    def selected_case(self) -> str | None:
        page = self.current_page()
        getter = getattr(page, "current_case_no", None)
        return getter() if getter else None

    # case windows and dialogs (the other half of the GUI)
    def open_case(self, case_no: str) -> None:
        from .case_detail.window import CaseDetailWindow
        try:
            window = CaseDetailWindow(self.services, self.actor, case_no)
        except ResettleError as exc:
            show_error(self, exc)
            return
        self.detail_windows.append(window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(lambda *_: self._forget(window))
        window.show()

    def _forget(self, window: QWidget) -> None:
        if window in self.detail_windows:
            self.detail_windows.remove(window)

    # locking
    def lock(self) -> None:
        """Hide every personal detail in every window and dialog until the same user's
        password is entered again. Nothing is closed or cleared: case windows, dialogs
        (modal ones too), previews and whatever was typed come back as they were."""
        if self.is_locked:
            return
        self.is_locked = True
        self.idle.pause()
        for action in self.actions.values():
            action.setEnabled(action.data() == "always")
        self.outer.setCurrentWidget(self.lock_page)
        self.lock_page.reset()
        self.app_lock.lock()
        self._quietly(self.services.accounts.pause)  # reads so far audited, lock recorded
        self.locked.emit()

    def unlock(self, password: str, source: QWidget | None = None) -> None:
        page = source if isinstance(source, LockPage) else self.lock_page
        try:
            self.services.accounts.resume(self.actor, password)  # the same session goes on
        except ResettleError as exc:
            page.message.setText(error_text(exc))
            return
        self.is_locked = False
        for action in self.actions.values():
            action.setEnabled(True)
        self.outer.setCurrentIndex(0)
        self.app_lock.unlock()
        for page_widget in self.pages.values():
            if hasattr(page_widget, "refresh"):
                page_widget.refresh()  # the lists as they are now (typed filters kept)
        self.idle.resume()
        self.unlocked.emit()

    def _quietly(self, call: Callable[[Actor], None]) -> None:
        """A session step the user did not ask for (locking, closing): a failure is logged,
        never shown over the lock or the closing window."""
        try:
            call(self.actor)
        except ResettleError:
            _log.warning("session step %s failed", call.__name__)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for window in list(self.detail_windows):
            window.close()
        self.idle.stop()
        self.runner.pool.waitForDone(5000)
        self._quietly(self.services.accounts.logout)
        self.services.close()
        super().closeEvent(event)
