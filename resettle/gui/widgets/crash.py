"""Anything unexpected: a dialog with details to copy, logged without personal data."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("crash", text)


class CrashDialog(QDialog):
    """Shows what happened; the details (type and frames, no values) can be copied."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Resettle: unexpected error"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary, wordWrap=True))
        self.details = QPlainTextEdit(details, readOnly=True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(_t("&Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.details.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)


def details_of(exc: BaseException) -> str:
    """Type and frames only: an exception's message may hold personal data."""
    frames = "".join(f'  File "{f.filename}", line {f.lineno}, in {f.name}\n'
                     for f in traceback.extract_tb(exc.__traceback__))
    return f"{type(exc).__name__}\n{frames}"


def excepthook(kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """sys.excepthook for the GUI: log, then show the crash dialog; the app keeps running."""
    from resettle.startup import log_exception

    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    log_exception(exc)
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    CrashDialog(_t("Something unexpected went wrong. What you saved before is safe. The "
                   "details below were written to the log; please send them to your "
                   "administrator."), details_of(exc)).exec()


def show_previous_crash(text: str, parent: QWidget | None = None) -> None:
    """The faulthandler log of the last hard crash, shown once at the next start."""
    if text:
        CrashDialog(_t("Resettle stopped unexpectedly last time. These details were "
                       "recorded:"), text, parent).exec()
