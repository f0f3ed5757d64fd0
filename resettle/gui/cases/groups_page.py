"""The Groups screen: the groups and families that exist (filterable), a chosen one's members,
and moving them together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from resettle.domain.roles import Action, allowed
from resettle.services.context import Actor

from ..widgets import labels
from .code_lookup import CodeLookup


def _t(text: str) -> str:
    return QCoreApplication.translate("GroupsPage", text)


class GroupsPage(CodeLookup):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        self.headers = (_t("Case no."), _t("Name"), _t("Stage"), _t("Custody days"))
        self.list_headers = (_t("Group"), _t("Kind"), _t("Arrived"), _t("Members"),
                             _t("Still active"))
        super().__init__(_t("Group &code:"), parent)
        self.services, self.actor = services, actor
        self.move = QPushButton(_t("&Move the group…"))
        self.move.clicked.connect(self.move_group)
        self.move.setVisible(allowed(actor.role, Action.ADVANCE_STAGE))
        self.row.addWidget(self.move)

    def items(self, prefix: str) -> tuple[list[list[str]], list[str]]:
        rows = self.services.groups.list(self.actor, code=prefix)
        return ([[g.code, _t("Family") if g.kind == "family" else _t("Group"),
                  g.arrival_date.isoformat() if g.arrival_date else "", str(g.members),
                  str(g.active)] for g in rows], [g.code for g in rows])

    def load(self, code: str) -> tuple[str, list[list[str]], list[str]]:
        view = self.services.groups.view(self.actor, code)
        kind = _t("Family") if view.kind == "family" else _t("Group")
        summary = _t("%1 %2: %3 members, arrived %4").replace("%1", kind).replace(
            "%2", view.code).replace("%3", str(len(view.members))).replace(
            "%4", view.arrival_date.isoformat() if view.arrival_date else "?")
        rows = [[m.case_no, f"{m.name.hangul} ({m.name.latin})", labels.stage(m.stage),
                 "" if m.custody_days is None else f"{m.custody_days} / {m.custody_limit}"]
                for m in view.members]
        return summary, rows, [m.case_no for m in view.members]

    def move_group(self) -> None:
        code = self.current_code
        if not code:
            QMessageBox.information(self, _t("Groups"), _t("Choose a group in the list first."))
            return
        from ..case_detail.stage_dialog import StageChangeDialog

        if StageChangeDialog(self.services, self.actor, None, code, self).exec():
            self.refresh()
