"""The Groups screen: the groups and families that exist (filterable), a chosen one's members,
a new group or family, a person joining one, and moving them together."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton, QWidget

from resettle.domain.roles import Action, allowed
from resettle.services.context import Actor

from ..case_detail.record_dialog import RecordDialog, combo, text_box
from ..widgets import labels
from ..widgets.date_field import DateField
from .code_lookup import CodeLookup


def _t(text: str) -> str:
    return QCoreApplication.translate("GroupsPage", text)


class GroupsPage(CodeLookup):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        self.headers = (_t("Case no."), _t("Name"), _t("Stage"), _t("Custody days"))
        self.list_headers = (_t("Group"), _t("Kind"), _t("Arrived"), _t("Members"),
                             _t("Still active"))
        super().__init__(_t("Group &code:"), parent)
        self.items_model.numeric = {3, 4}
        self.services, self.actor = services, actor
        self.move = QPushButton(_t("&Move the group…"))
        self.move.clicked.connect(self.move_group)
        self.move.setVisible(allowed(actor.role, Action.ADVANCE_STAGE))
        self.new = QPushButton(_t("&New group…"))
        self.new.clicked.connect(self.open_new)
        self.join = QPushButton(_t("&Add member…"))
        self.join.clicked.connect(self.open_add_member)
        for button in (self.new, self.join):
            button.setVisible(allowed(actor.role, Action.MANAGE_GROUPS))
            self.row.addWidget(button)
        self.row.addWidget(self.move)
        self.dialog: RecordDialog | None = None

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

    def open_new(self) -> None:
        """A group or family that arrived together: code, kind, arrival day, notes."""
        def submit(dlg: RecordDialog) -> object:
            arrival: Any = dlg.fields["arrival_date"]
            return self.services.groups.create(
                self.actor, dlg.value("code"), dlg.value("kind"),
                arrival.value() if arrival.text().strip() else None, dlg.value("notes"))

        dialog = RecordDialog(self, _t("New group or family"), submit)
        code = QLineEdit()
        code.setPlaceholderText("RW-2026-03")
        dialog.add("code", _t("&Code"), code)
        dialog.add("kind", _t("&Kind"), combo([("group", _t("Group")), ("family", _t("Family"))]))
        dialog.add("arrival_date", _t("A&rrived on"), DateField(None, "arrival_date"))
        dialog.add("notes", _t("N&otes"), text_box(48))
        dialog.saved.connect(self._created)
        self.dialog = dialog
        dialog.open()

    def _created(self, code: object) -> None:
        self.filter.clear()
        self.current_code = str(code)
        self.refresh()

    def open_add_member(self) -> None:
        """A person in no group joins the chosen one (a change of group is a move, with a
        reason, from the case's own record)."""
        code = self.current_code
        if not code:
            QMessageBox.information(self, _t("Groups"), _t("Choose a group in the list first."))
            return
        dialog = RecordDialog(self, _t("Add a member to %1").replace("%1", code), lambda dlg: (
            self.services.groups.add_member(self.actor, code, dlg.value("case_no"))))
        box = QLineEdit()
        box.setPlaceholderText("R-2026-00001")
        dialog.add("case_no", _t("Case &number"), box)
        dialog.saved.connect(lambda _r: self.refresh())
        self.dialog = dialog
        dialog.open()
