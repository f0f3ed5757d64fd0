"""The documents tab: attach files (kept encrypted in the database) and open them briefly."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets.kit import RecordTable, explain, fmt, make_table, selected_key, tell
from .lazy import LazyTab

EXTENSIONS = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png",
              "image/tiff": ".tif", "text/plain": ".txt"}


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class DocumentsTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.opened: list[Path] = []  # temporary copies, deleted by cleanup()

    def build(self) -> None:
        self.case_no = ""
        self.model = RecordTable([self.tr("Title"), self.tr("Type"), self.tr("Size"),
                                  self.tr("Restricted"), self.tr("Added"), self.tr("By")])
        self.table = make_table(self.model, self)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        explain_label = QLabel(self.tr(
            "Documents are kept encrypted inside the database, never as loose files. Opening "
            "one writes a temporary copy under a random name, readable only by you, which is "
            "deleted when this case window closes. Every opening is recorded."))
        explain_label.setWordWrap(True)
        self.attach = QPushButton(self.tr("&Attach file…"))
        self.open = QPushButton(self.tr("&Open"))
        self.restricted = QCheckBox(self.tr("Restricted"))
        self.restricted.setVisible(allowed(self.actor.role, Action.WRITE_RESTRICTED_NOTES))
        self.attach.setVisible(allowed(self.actor.role, Action.ADD_NOTE))
        self.attach.clicked.connect(self.choose_file)
        self.open.clicked.connect(self.open_selected)
        row = QHBoxLayout()
        row.addWidget(self.attach)
        row.addWidget(self.restricted)
        row.addStretch(1)
        row.addWidget(self.open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(explain_label)
        layout.addLayout(row)

    def fill(self, d: CaseDetail) -> None:
        self.case_no = d.case_no
        docs: list[Any] = d.sections.get("attachments") or []
        self.model.set_rows([(a.title, a.media_type, _size(a.size), "✓" if a.restricted else "",
                              fmt(a.recorded_at), a.recorded_by) for a in docs],
                            [a.id for a in docs])

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Attach a document"), "",
            self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.txt)"))
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Title"), self.tr(
            "A title for the document:"), text=path.stem)
        if not ok:
            return
        try:
            data = path.read_bytes()
            self.services.attachments.attach(self.actor, self.case_no, title, data,
                                             self.restricted.isChecked())
        except ResettleError as exc:
            tell(self, explain(exc))
        except OSError as exc:
            tell(self, self.tr("The file could not be read: %1").replace("%1",
                                                                         exc.strerror or ""))
        else:
            self.changed.emit()

    def open_selected(self) -> Path | None:
        key = selected_key(self.table)
        if key is None:
            return None
        try:
            _title, media, data = self.services.attachments.open_attachment(self.actor, int(key))
        except ResettleError as exc:
            tell(self, explain(exc))
            return None
        from resettle.services.attachments import private_folder

        fd, name = tempfile.mkstemp(suffix=EXTENSIONS.get(media, ".bin"),  # random name, in a
                                    dir=private_folder())  # 0700 folder wiped at start/exit
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        path = Path(name)
        self.opened.append(path)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def cleanup(self) -> None:
        """Delete every temporary copy this window wrote."""
        for path in self.opened:
            with contextlib.suppress(OSError):
                path.unlink()
        self.opened.clear()
