"""The Admin screen (administrators only): users, settings, audit log, backup and restore."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from resettle.services.context import Actor

from .admin_audit import AuditTab
from .admin_settings import SettingsTab
from .admin_users import UsersTab


class BackupTab(QWidget):
    """Backup and restore go through `services.backups` when that service exists."""

    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        available = hasattr(services, "backups")
        self.backup = QPushButton(self.tr("&Back up now…"))
        self.restore = QPushButton(self.tr("&Restore from a backup…"))
        box = QGroupBox(self.tr("Backup and restore"))
        inner = QVBoxLayout(box)
        inner.addWidget(QLabel(self.tr("Backups are encrypted with the database key and "
                                       "verified after writing."), wordWrap=True))
        for button in (self.backup, self.restore):
            button.setEnabled(available)
            if not available:
                button.setToolTip(self.tr("Not available yet: this version has no backup "
                                          "service. Use 'resettle backup' on the command line."))
            inner.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)


class AdminPage(QTabWidget):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users = UsersTab(services, actor)
        self.settings = SettingsTab(services, actor)
        self.audit = AuditTab(services, actor)
        self.backups = BackupTab(services, actor)
        self.addTab(self.users, self.tr("&Users"))
        self.addTab(self.settings, self.tr("&Settings"))
        self.addTab(self.audit, self.tr("&Audit log"))
        self.addTab(self.backups, self.tr("&Backup"))

    def refresh(self) -> None:
        for tab in (self.users, self.settings, self.audit):
            tab.refresh()

    def clear(self) -> None:
        for tab in (self.users, self.settings, self.audit):
            tab.clear()
