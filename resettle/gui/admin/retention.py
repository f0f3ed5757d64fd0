"""The retention tab (administrators): ended cases and when each is to be anonymised, a dry
run, the run itself after a confirmation, backups that still hold anonymised cases, and the
case-list export."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from resettle.domain.errors import ResettleError
from resettle.services.context import Actor

from ..case_detail.consent import retention_text
from ..case_detail.record_dialog import button_row
from ..widgets.kit import RecordTable, explain, make_table


class RetentionTab(QWidget):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.export_dialog: Any = None
        self.model = RecordTable([self.tr("Case"), self.tr("Ended on"), self.tr("Retention")])
        self.dry = QPushButton(self.tr("&Check what is due"))
        self.dry.clicked.connect(lambda: self.run(dry_run=True))
        self.go = QPushButton(self.tr("Anonymise &due cases…"))
        self.go.clicked.connect(self.confirm_run)
        self.export = QPushButton(self.tr("E&xport a case list…"))
        self.export.clicked.connect(self.open_export)
        self.result = QLabel(wordWrap=True)
        self.result.setObjectName("retentionResult")
        self.backups = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Cases that ended are kept for the period of the retention rule, then anonymised: "
            "names, birth details, relatives, notes, documents and photos are removed; the "
            "year, sex, age band, stage dates and outcome stay for the statistics. A "
            "supervisor's hold stops it."), wordWrap=True))
        layout.addWidget(make_table(self.model, self), 1)
        layout.addWidget(self.result)
        layout.addWidget(self.backups)
        layout.addLayout(button_row(self.dry, self.go, self.export))
        self.refresh()

    def refresh(self) -> None:
        try:
            rows = self.services.retention.due(self.actor)
            old = self.services.retention.old_backups(self.actor)
        except ResettleError as exc:
            self.result.setText(explain(exc))
            return
        self.model.set_rows([(r.case_no, r.ended_on.isoformat() if r.ended_on else "",
                              retention_text(r)) for r in rows], [r.case_no for r in rows])
        self.backups.setText("\n".join(
            self.tr("Backup %1 taken %2 still holds: %3").replace("%1", b.name).replace(
                "%2", b.taken_at.strftime("%Y-%m-%d %H:%M")).replace("%3", ", ".join(b.cases))
            for b in old))

    def confirm_run(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Anonymise due cases"),
                          self.tr("The personal data of every due case is removed for good. "
                                  "Go on?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Anonymise"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.accepted.connect(lambda: self.run(dry_run=False))
        box.open()
        self.confirm = box

    def run(self, dry_run: bool) -> None:
        try:
            out = self.services.retention.run(self.actor, dry_run=dry_run)
        except ResettleError as exc:
            self.result.setText(explain(exc))
            return
        cases = ", ".join(out.anonymised) or self.tr("none")
        text = (self.tr("Due now (nothing changed): %1") if dry_run
                else self.tr("Anonymised: %1")).replace("%1", cases)
        if out.held:
            text += "\n" + self.tr("On hold, not touched: %1").replace("%1", ", ".join(out.held))
        self.result.setText(text)
        self.refresh()

    def open_export(self) -> None:
        from ..reports.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.services, self.actor, self)
        self.export_dialog.open()
