"""The timeline tab: every stage event with its effective date, who recorded it and when."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from resettle.services.views import CaseDetail, StageEventView

from ..widgets import labels
from ..widgets.kit import RecordTable, fmt, make_table
from .lazy import LazyTab


class TimelineTab(LazyTab):
    def build(self) -> None:
        self.model = RecordTable([self.tr("Effective date"), self.tr("Stage"),
                                  self.tr("Reason or ground"), self.tr("Recorded by"),
                                  self.tr("Recorded at"), self.tr("Correction")])
        self.view = make_table(self.model, self)
        note = QLabel(self.tr("Voided events are struck through; the correction that voided "
                              "them gives its reason. Nothing is ever deleted."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)

    def fill(self, d: CaseDetail) -> None:
        corrections = {e.corrects_id: e for e in d.events if e.corrects_id is not None}
        rows, struck = [], set()
        for i, e in enumerate(d.events):
            if e.voided:
                struck.add(i)
            rows.append((e.effective_date.isoformat(), self._move(e), self._why(e),
                         e.recorded_by, fmt(e.recorded_at), self._correction(e, corrections)))
        self.model.set_rows(rows, [e.id for e in d.events], struck)

    def _move(self, e: StageEventView) -> str:
        if e.from_stage is None:
            return labels.stage(e.to_stage)
        return f"{labels.stage(e.from_stage)} → {labels.stage(e.to_stage)}"

    def _why(self, e: StageEventView) -> str:
        if e.ground:
            ground = self.tr("Ground: %1").replace("%1", e.ground.replace("_", " "))
            return f"{ground}; {e.reason}" if e.reason else ground
        return e.reason

    def _correction(self, e: StageEventView, corrections: dict[int | None, StageEventView]) -> str:
        if e.corrects_id is not None:
            return self.tr("Corrects an earlier entry")
        fix = corrections.get(e.id)
        if e.voided and fix is not None:
            return self.tr("Voided on %1 by %2: %3").replace("%1", fix.effective_date.isoformat()
                                                            ).replace("%2", fix.recorded_by
                                                                      ).replace("%3", fix.reason)
        return self.tr("Voided") if e.voided else ""
