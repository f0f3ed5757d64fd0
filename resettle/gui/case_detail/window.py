"""The case window: a header over tabs for every part of the case the actor may see."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..reports.panel import print_case_summary, refusal_text
from .consent import ConsentTab
from .custody import CustodyTab
from .documents import DocumentsTab
from .family import FamilyTab
from .followup import FollowUpTab
from .header import CaseHeader
from .history import HistoryTab
from .legal import LegalTab
from .notes import NotesTab
from .profile import ProfileTab
from .programme import ProgrammeTab
from .rewards import RewardsTab
from .screening import ScreeningTab
from .timeline import TimelineTab


class CaseDetailWindow(QMainWindow):
    changed = Signal(str)  # the case number, after anything on the case was saved

    def __init__(self, services: Services, actor: Actor, case_no: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_no = services, actor, case_no.strip().upper()
        self.detail: CaseDetail | None = None
        self.preview: Any = None
        self.setWindowTitle(self.tr("Case %1").replace("%1", self.case_no))
        self._fit_screen()
        self._actions()
        try:
            detail = services.cases.show(actor, self.case_no)
        except ResettleError as exc:
            self._refused(refusal_text(exc, self.case_no))
            return
        self._build()
        self.show_detail(detail)

    def _fit_screen(self) -> None:
        """1200×800 where it fits; on a smaller screen (a 1366×768 laptop) the window fits
        the available area, so Save and every button stay on screen."""
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        width, height = 1200, 800
        if area is not None and area.height() > 0:
            width, height = min(width, area.width()), min(height, area.height() - 40)
        self.setMinimumSize(800, 560)
        self.resize(width, max(560, height))

    def _refused(self, text: str) -> None:
        """Nothing of the case is shown, only why."""
        self.refusal = QLabel(text)
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.refusal)
        for action in (self.print_action, self.stage_action, self.reload_action):
            action.setEnabled(False)

    def _actions(self) -> None:
        bar = self.addToolBar(self.tr("Case"))
        bar.setObjectName("caseToolBar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # No &letters here: the tabs and each tab's buttons own the Alt+letters; the tool
        # buttons are reached by Tab and have shortcuts (Ctrl+P, Ctrl+Shift+S, F5).
        self.print_action = QAction(self.tr("Print case summary…"), self,
                                    shortcut=QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_summary)
        self.stage_action = QAction(self.tr("Change stage…"), self,
                                    shortcut=QKeySequence("Ctrl+Shift+S"))
        self.stage_action.triggered.connect(self.change_stage)
        self.stage_action.setVisible(allowed(self.actor.role, Action.ADVANCE_STAGE))
        self.reload_action = QAction(self.tr("Reload"), self,
                                     shortcut=QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload)
        close = QAction(self.tr("&Close"), self, shortcut=QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for action in (self.print_action, self.stage_action, self.reload_action):
            bar.addAction(action)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text()} ({keys})")
            button = bar.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toolbar = bar
        self.addAction(close)

    def _build(self) -> None:
        """Every tab is a LazyTab: only the first (shown) one makes its widgets now."""
        s, a = self.services, self.actor
        self.header = CaseHeader()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.profile = ProfileTab(s, a)
        self.timeline = TimelineTab(s, a)
        self.custody = CustodyTab(s, a)
        self.programme = ProgrammeTab(s, a)
        self.follow_up = FollowUpTab(s, a)
        self.family = FamilyTab(s, a)
        self.legal = LegalTab(s, a)
        self.rewards = RewardsTab(s, a) if allowed(a.role, Action.VIEW_REWARDS) else None
        self.screening = (ScreeningTab(s, a) if allowed(a.role, Action.VIEW_SCREENING)
                          else None)
        self.notes = NotesTab(s, a)
        self.documents = DocumentsTab(s, a)
        self.consent = ConsentTab(s, a)
        self.history = HistoryTab(s, a) if allowed(a.role, Action.READ_AUDIT) else None
        tabs: list[tuple[QWidget | None, str]] = [
            (self.profile, self.tr("&Profile")), (self.timeline, self.tr("&Timeline")),
            (self.custody, self.tr("C&ustody")), (self.programme, self.tr("Pro&gramme")),
            (self.follow_up, self.tr("R&elease and follow-up")),
            (self.family, self.tr("&Family")), (self.legal, self.tr("&Legal")),
            (self.screening, self.tr("Screening")),
            (self.rewards, self.tr("Re&wards")), (self.notes, self.tr("&Notes")),
            (self.documents, self.tr("&Documents")),
            (self.consent, self.tr("Consent and e&xports")),
            (self.history, self.tr("&History"))]
        for widget, title in tabs:
            if widget is not None:
                self.tabs.addTab(widget, title)
        for widget in (self.profile, self.timeline, self.custody, self.programme,
                       self.follow_up, self.family, self.legal, self.rewards, self.notes,
                       self.documents, self.consent, self.screening):
            if widget is None:
                continue
            signal = widget.saved if widget is self.profile else widget.changed
            signal.connect(lambda *_a: self.reload())
        self.profile.reload_requested.connect(self.reload)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)

    def show_detail(self, d: CaseDetail) -> None:
        self.detail = d
        try:
            photo = self.services.cases.photo(self.actor, d.case_no)
        except ResettleError:
            photo = None
        self.header.show_case(d, photo)
        for tab in (self.profile, self.timeline, self.custody, self.programme, self.follow_up,
                    self.family, self.legal, self.rewards, self.notes, self.documents,
                    self.consent, self.screening):
            if tab is not None:
                tab.load(d)
        if self.history is not None:
            self.history.load(d.id)
        self.stage_action.setEnabled(bool(self._targets(d)))

    def _targets(self, d: CaseDetail) -> tuple[Any, ...]:
        from resettle.domain.stages import Stage, allowed_targets

        return allowed_targets(Stage(d.stage))

    def reload(self) -> None:
        if self.detail is None:
            return
        try:
            detail = self.services.cases.show(self.actor, self.case_no)
        except ResettleError as exc:
            self._refused(refusal_text(exc, self.case_no))
            return
        self.show_detail(detail)
        self.changed.emit(self.case_no)

    def print_summary(self) -> None:
        self.preview = print_case_summary(self.services, self.actor, self.case_no, self)

    def change_stage(self) -> None:
        from .stage_dialog import StageChangeDialog

        dialog = StageChangeDialog(self.services, self.actor, [self.case_no], parent=self)
        dialog.moved.connect(lambda _nos: self.reload())
        dialog.open()
        self.stage_dialog = dialog

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.detail is not None:
            self.documents.cleanup()
        super().closeEvent(event)
