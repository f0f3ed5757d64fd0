"""The timeline tab: every stage event with its effective date, who recorded it and when;
a supervisor voids a wrong stage change with a reason (it stays, struck through)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail, StageEventView

from ..widgets import labels
from ..widgets.kit import RecordTable, fmt, make_table
from .lazy import LazyTab
from .record_dialog import RecordDialog, button_row, term, text_box


class TimelineTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services | None = None, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.model = RecordTable([self.tr("Effective date"), self.tr("Stage"),
                                  self.tr("Reason or ground"), self.tr("Recorded by"),
                                  self.tr("Recorded at"), self.tr("Correction")])
        self.view = make_table(self.model, self)
        note = QLabel(self.tr("Voided events are struck through; the correction that voided "
                              "them gives its reason, who made it and when. Nothing is ever "
                              "deleted."))
        note.setWordWrap(True)
        self.correct = QPushButton(self.tr("&Correct the latest stage change…"))
        self.correct.clicked.connect(self.open_correct)
        self.correct.setVisible(self.actor is not None
                                and allowed(self.actor.role, Action.CORRECT_STAGE))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addLayout(button_row(self.correct))

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        corrections = {e.corrects_id: e for e in d.events if e.corrects_id is not None}
        rows, struck = [], set()
        for i, e in enumerate(d.events):
            if e.voided:
                struck.add(i)
            rows.append((e.effective_date.isoformat(), self._move(e), self._why(e),
                         e.recorded_by, fmt(e.recorded_at), self._correction(e, corrections)))
        self.model.set_rows(rows, [e.id for e in d.events], struck)
        self.correct.setEnabled(self.latest() is not None)

    def latest(self) -> StageEventView | None:
        """The stage change a correction would void: the latest not voided, not itself a
        correction, and not the first entry."""
        assert self.detail is not None
        for e in sorted(self.detail.events, key=lambda e: e.id, reverse=True):
            if not e.voided and e.corrects_id is None:
                return e if e.from_stage is not None else None
        return None

    def _move(self, e: StageEventView) -> str:
        if e.from_stage is None:
            return labels.stage(e.to_stage)
        return f"{labels.stage(e.from_stage)} → {labels.stage(e.to_stage)}"

    def _why(self, e: StageEventView) -> str:
        if e.ground:
            ground = self.tr("Ground: %1").replace("%1", term("ground", e.ground))
            return f"{ground}; {e.reason}" if e.reason else ground
        return e.reason

    def _correction(self, e: StageEventView, corrections: dict[int | None, StageEventView]) -> str:
        if e.corrects_id is not None:
            return self.tr("Corrects an earlier entry")
        fix = corrections.get(e.id)
        if e.voided and fix is not None:
            return self.tr("Voided by %1 at %2: %3").replace("%1", fix.recorded_by).replace(
                "%2", fmt(fix.recorded_at)).replace("%3", fix.reason)
        return self.tr("Voided") if e.voided else ""

    def open_correct(self) -> None:
        d = self.detail
        e = self.latest() if d is not None else None
        if d is None or e is None or self.services is None or self.actor is None:
            return
        services, actor = self.services, self.actor
        intro = self.tr("This voids the change %1 dated %2, recorded by %3. It stays in the "
                        "timeline, struck through, with your reason.").replace(
            "%1", self._move(e)).replace("%2", e.effective_date.isoformat()).replace(
            "%3", e.recorded_by)
        dialog = RecordDialog(self, self.tr("Correct a stage change"), lambda dlg: (
            services.lifecycle.correct(actor, d.case_no, dlg.value("reason"))), intro)
        dialog.add("reason", self.tr("&Reason"), text_box())
        dialog.saved.connect(lambda _r: self.changed.emit())
        self.dialog = dialog
        dialog.open()
