"""Typed errors shown as one sentence; the services' message already names field and rule."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from resettle.domain.errors import ResettleError


def show_error(parent: QWidget | None, exc: ResettleError) -> None:
    QMessageBox.warning(parent, parent.tr("Resettle") if parent else "Resettle", exc.message)
