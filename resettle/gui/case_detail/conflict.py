"""A stale edit: my version and theirs side by side, so the user decides and nothing is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..widgets import labels

DIFFERS = "#fff3cd"


class ConflictDialog(QDialog):
    """Result: KEEP (go on editing), OVERWRITE (save mine over theirs) or RELOAD (take theirs)."""

    KEEP, OVERWRITE, RELOAD = 0, 1, 2

    def __init__(self, mine: dict[str, Any], theirs: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else saved first"))
        self.choice = self.KEEP
        intro = QLabel(self.tr(
            "This record was changed by someone else after you opened it. Nothing was "
            "written. Compare the two versions: your edits are kept in the form until you "
            "choose."))
        intro.setWordWrap(True)
        fields = [k for k in mine if k != "version"]
        self.table = QTableWidget(len(fields), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your version"),
                                              self.tr("Their version (saved)")])
        for row, name in enumerate(fields):
            a, b = _text(mine.get(name)), _text(theirs.get(name))
            cells = (labels.field(name), a, b)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a != b:
                    item.setBackground(QBrush(QColor(DIFFERS)))
                self.table.setItem(row, col, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox()
        self.keep = QPushButton(self.tr("&Keep editing"))
        self.overwrite = QPushButton(self.tr("&Save mine over theirs"))
        self.reload = QPushButton(self.tr("&Discard mine, load theirs"))
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.overwrite, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.reload, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep.clicked.connect(lambda: self._done(self.KEEP))
        self.overwrite.clicked.connect(lambda: self._done(self.OVERWRITE))
        self.reload.clicked.connect(lambda: self._done(self.RELOAD))
        self.keep.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 120 + 32 * len(fields))

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept()

    def cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item else ""


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "✓" if value else "—"
    return "" if value is None else str(value)
