"""The history tab: the audit entries of this case, for roles that may read the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from resettle.domain.errors import ResettleError
from resettle.services.api import Services
from resettle.services.context import Actor

from ..widgets import labels
from ..widgets.kit import RecordTable, explain, fmt, make_table
from .lazy import LazyTab

PAGE = 200


class HistoryTab(LazyTab):
    """Its entries are read when the tab is first shown, not with the rest of the case."""

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.case_id: int | None = None
        self.model = RecordTable([self.tr("When"), self.tr("Who"), self.tr("Action"),
                                  self.tr("What"), self.tr("Details")])
        self.view = make_table(self.model, self)
        self.status = QLabel()
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(refresh)

    def fill(self, case_id: int) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        if self.case_id is None:
            return
        try:
            entries = self.services.audit.entries(self.actor, limit=PAGE, case_id=self.case_id)
        except ResettleError as exc:
            self.status.setText(explain(exc))
            return
        self.model.set_rows([(fmt(e.at), e.actor, labels.audit_action(e.action),
                              labels.audit_record(e.entity, e.entity_id),
                              labels.audit_details(e.details))
                             for e in entries], [e.id for e in entries])
        self.status.setText(self.tr("The newest %1 entries, newest first.").replace(
            "%1", str(PAGE)) if len(entries) >= PAGE else "")
