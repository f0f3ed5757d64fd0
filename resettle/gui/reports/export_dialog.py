"""The case-list export: fields chosen by the user (statistical ones by default), names only
for a role that may and on request, an encrypted workbook with a one-time password when the
list holds personal data, the file written owner-only."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.i18n import glossary
from resettle.services import exports
from resettle.services.context import Actor

from ..widgets.i18n import current_language
from ..widgets.kit import error_label, explain, show_rule


def write_private(path: Path, data: bytes) -> None:
    """Owner-only, whole or not at all (a temporary name, then renamed)."""
    staging = path.with_name(f".{path.name}.part")
    fd = os.open(staging, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(staging, path)
    finally:
        staging.unlink(missing_ok=True)


class ExportDialog(QDialog):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Export a case list"))
        lang = current_language()
        self.boxes: dict[str, QCheckBox] = {}
        groups = ((self.tr("Statistics (no personal data)"), exports.STATISTICAL, True),
                  (self.tr("Personal data (the file is encrypted)"), exports.PERSONAL, False))
        layout = QVBoxLayout(self)
        for title, names, on in groups:
            box = QGroupBox(title)
            grid = QGridLayout(box)
            for i, name in enumerate(names):
                check = QCheckBox(glossary.field(name, lang))
                check.setChecked(on)
                self.boxes[name] = check
                grid.addWidget(check, i // 3, i % 3)
            layout.addWidget(box)
        self.with_names = QCheckBox(self.tr("Add &names and dates of birth"))
        self.with_names.setVisible(exports.may_export_names(actor))
        self.with_names.toggled.connect(self._names_toggled)
        layout.addWidget(self.with_names)
        self.format = QComboBox()
        self.format.addItem("XLSX", "xlsx")
        self.format.addItem("CSV", "csv")
        layout.addWidget(QLabel(glossary.field("format", lang)))
        layout.addWidget(self.format)
        self.status = error_label()
        layout.addWidget(self.status)
        self.password = QLabel()
        self.password.setObjectName("exportPassword")
        self.password.setWordWrap(True)
        self.password.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save as…"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _names_toggled(self, on: bool) -> None:
        if on:
            self.format.setCurrentIndex(0)

    def fields(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def choose_file(self) -> None:
        suffix = str(self.format.currentData())
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the case list"),
                                                f"cases.{suffix}")
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> bool:
        """Asks the service first; a refusal is shown and no file is written."""
        show_rule(self.status, "")
        self.password.clear()
        if path.exists():
            show_rule(self.status, self.tr("A file of that name exists; choose another."))
            return False
        try:
            out = self.services.exports.cases(
                self.actor, fields=self.fields(), with_names=self.with_names.isChecked(),
                fmt=str(self.format.currentData()), lang=current_language())
        except ResettleError as exc:
            show_rule(self.status, explain(exc))
            return False
        write_private(path, out.data)
        text = self.tr("Written: %1 (%2 cases).").replace("%1", str(path)).replace(
            "%2", str(out.rows))
        if out.encrypted:
            text += " " + self.tr("The file is encrypted. Its password, shown only now; give "
                                  "it to the recipient by another way than the file: %1"
                                  ).replace("%1", out.password)
        self.password.setText(text)
        return True
