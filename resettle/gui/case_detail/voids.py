"""Corrections on the record tables (issue 12): a supervisor's "Void…" on a selected row,
the voided rows struck through, and below the table who voided what, when and why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets.kit import fmt, selected_key
from .record_dialog import RecordDialog, text_box


def _t(text: str) -> str:
    return QCoreApplication.translate("case_detail", text)


def voided(d: CaseDetail | None, entity: str) -> dict[int, Any]:
    """record id -> its correction, for the records of `entity` voided on the case."""
    if d is None:
        return {}
    return {v.record_id: v for v in d.sections.get("voids") or () if v.entity == entity}


def struck_rows(ids: list[Any], d: CaseDetail | None, entity: str) -> set[int]:
    gone = voided(d, entity)
    return {i for i, key in enumerate(ids) if key in gone}


def void_line(v: Any) -> str:
    """"Voided by sv on 2026-03-02 09:00: reason — what it was"."""
    return _t("Voided by %1 on %2: %3 (was: %4)").replace("%1", v.voided_by or "—").replace(
        "%2", fmt(v.voided_at)).replace("%3", v.reason).replace("%4", v.what)


class VoidControls:
    """A "Void…" button (supervisors only) acting on the selected row of `view`, and a
    label listing the corrections of `entity` on the case."""

    def __init__(self, owner: QWidget, services: Services, actor: Actor, entity: str,
                 view: QTableView, text: str, done: Callable[[], None]) -> None:
        self.owner, self.services, self.actor = owner, services, actor
        self.entity, self.view, self.done = entity, view, done
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.button = QPushButton(text)
        self.button.setObjectName(f"void_{entity}")
        self.button.setVisible(allowed(actor.role, Action.CORRECT_STAGE))
        self.button.clicked.connect(self.open)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setObjectName(f"voids_{entity}")
        self.label.setStyleSheet("color: #A4161A;")
        self.label.setVisible(False)
        view.selectionModel().selectionChanged.connect(lambda *_a: self.enable())

    def show(self, d: CaseDetail) -> None:
        self.detail = d
        lines = [void_line(v) for v in voided(d, self.entity).values()]
        self.label.setText("\n".join(lines))
        self.label.setVisible(bool(lines))
        self.enable()

    def enable(self) -> None:
        key = selected_key(self.view)
        self.button.setEnabled(key is not None and key not in voided(self.detail, self.entity))

    def open(self) -> None:
        key = selected_key(self.view)
        if key is None or self.detail is None:
            return
        row = self.view.selectionModel().selectedRows()[0].row()
        model = self.view.model()
        what = " · ".join(str(model.index(row, c).data() or "")
                          for c in range(model.columnCount()) if model.index(row, c).data())
        record_id = int(key)  # type: ignore[call-overload]
        dialog = RecordDialog(self.owner, _t("Void a record"), lambda dlg: (
            self.services.corrections.void(self.actor, self.entity, record_id,
                                           dlg.value("reason"))),
            _t("The record stays, struck through, with your name, the time and the reason: "
               "%1").replace("%1", what))
        dialog.add("reason", _t("&Reason"), text_box())
        dialog.saved.connect(lambda _r: self.done())
        self.dialog = dialog
        dialog.open()
