"""The main window: navigation and the status bar (user, role, database, mode)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from resettle.services.api import Services
from resettle.services.context import Actor


class MainWindow(QMainWindow):
    def __init__(self, services: Services, actor: Actor) -> None:
        super().__init__()
        self.services, self.actor = services, actor
        self.setWindowTitle("Resettle")
        self.resize(1100, 700)
        self.setCentralWidget(QLabel(self.tr("Welcome, %1.").replace(
            "%1", actor.display_name or actor.username)))
        menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.status_label = QLabel(f"{actor.username} ({actor.role.value}) · "
                                   f"{services.db.describe()} · {services.db.key_mode}")
        self.statusBar().addPermanentWidget(self.status_label)

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        self.services.close()
        super().closeEvent(event)  # type: ignore[arg-type]
