"""Typed errors become one sentence in the interface language, from the message catalogue
(resettle.i18n.messages) the CLI and the reports share: no wording of its own here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from resettle.domain.errors import ResettleError
from resettle.i18n import messages

from .i18n import current_language


def error_text(exc: ResettleError) -> str:
    """One sentence for the user, in the interface language."""
    return messages.error_text(exc, current_language())


def show_error(parent: QWidget | None, exc: ResettleError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("errors", "Resettle"),
                        error_text(exc))
