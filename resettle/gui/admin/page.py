"""The Admin screen (administrators only): users, settings, audit log, backup and restore."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.services.context import Actor

from ..widgets.errors import show_error
from .audit import AuditTab
from .retention import RetentionTab
from .settings import SettingsTab
from .users import UsersTab


class BackupTab(QWidget):
    """A verified, encrypted backup to a file the admin chooses. Restoring replaces the open
    database, so it is done with the application closed: `resettle restore FILE`."""

    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.backup = QPushButton(self.tr("Back up &now…"))
        self.backup.clicked.connect(self.back_up)
        self.result = QLabel(wordWrap=True)
        box = QGroupBox(self.tr("Backup and restore"))
        inner = QVBoxLayout(box)
        inner.addWidget(QLabel(self.tr("Backups are encrypted with the database key and "
                                       "verified after writing."), wordWrap=True))
        inner.addWidget(self.backup)
        inner.addWidget(self.result)
        inner.addWidget(QLabel(self.tr("To restore a backup, close Resettle and run "
                                       "'resettle restore FILE': the current database is "
                                       "kept in the backups folder first."), wordWrap=True))
        self.backup.setEnabled(services.db.path is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)

    def back_up(self, target: Path | None = None) -> None:
        from resettle.services import backups

        if not target:
            name = datetime.now().strftime("resettle-backup-%Y%m%d-%H%M.db")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Back up to"), name)
            if not chosen:
                return
            target = Path(chosen)
        try:
            info = backups.create(self.services, self.actor, target)
        except ResettleError as exc:
            show_error(self, exc)
            return
        self.result.setText(self.tr("Backup written and verified: %1").replace(
            "%1", str(info.path)))


class AdminPage(QTabWidget):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users = UsersTab(services, actor)
        self.settings = SettingsTab(services, actor)
        self.audit = AuditTab(services, actor)
        self.backups = BackupTab(services, actor)
        self.addTab(self.users, self.tr("&Users"))
        self.addTab(self.settings, self.tr("Se&ttings"))
        self.addTab(self.audit, self.tr("&Audit log"))
        self.addTab(self.backups, self.tr("&Backup"))
        self.retention = RetentionTab(services, actor)
        self.addTab(self.retention, self.tr("Anon&ymisation"))

    def refresh(self) -> None:
        for tab in (self.users, self.settings, self.audit):
            tab.refresh()

    def clear(self) -> None:
        for tab in (self.users, self.settings, self.audit):
            tab.clear()
