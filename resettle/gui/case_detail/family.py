"""The family tab: the person's relatives (where they live, whether at risk) and a new one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.family import Relation, Whereabouts
from resettle.services.views import CaseDetail

from ..widgets.kit import STATUS_COLOURS, RecordTable, make_table
from .lazy import LazyTab
from .record_dialog import RecordDialog, button_row, combo, term, text_box
from .voids import VoidControls, struck_rows


class FamilyTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.model = RecordTable([self.tr("Relation"), self.tr("Name"), self.tr("Born"),
                                  self.tr("Where"), self.tr("At risk"), self.tr("Notes")])
        note = QLabel(self.tr("Relatives in the North can be put in danger by any leak. "
                              "Never print or copy this list without need."))
        note.setWordWrap(True)
        self.add = QPushButton(self.tr("&Add relative…"))
        self.add.clicked.connect(self.open_add)
        self.add.setVisible(allowed(self.actor.role, Action.EDIT_CASE))
        table = make_table(self.model, self)
        self.voids = VoidControls(self, self.services, self.actor, "relative", table,
                                  self.tr("&Void relative…"), self.changed.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(table, 1)
        layout.addWidget(self.voids.label)
        layout.addWidget(note)
        layout.addLayout(button_row(self.voids.button, self.add))

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        rel: list[Any] = d.sections.get("relatives") or []
        self.add.setEnabled("relatives" in d.sections)
        self.model.set_rows([(term("relation", r.relation), f"{r.family_name}{r.given_name}",
                              r.birth_date or "—", term("location", r.location),
                              "✓" if r.at_risk else "", r.notes)
                             for r in rel], [r.id for r in rel],
                            struck=struck_rows([r.id for r in rel], d, "relative"),
                            colours={(i, 4): STATUS_COLOURS["overdue"]
                                     for i, r in enumerate(rel) if r.at_risk})
        self.voids.show(d)

    def open_add(self) -> None:
        d = self.detail
        if d is None:
            return

        def submit(dlg: RecordDialog) -> object:
            north = dlg.fields["in_north"].isChecked()  # type: ignore[attr-defined]
            return self.services.relatives.add_relative(
                self.actor, d.case_no, dlg.value("relation"), dlg.value("family_name"),
                dlg.value("given_name"),
                Whereabouts.NORTH.value if north else Whereabouts.UNKNOWN.value,
                dlg.value("at_risk"), dlg.value("birth_date") or None, dlg.value("notes"))

        dialog = RecordDialog(self, self.tr("Add a relative"), submit)
        dialog.add("relation", self.tr("&Relation"),
                   combo((r.value, term("relation", r.value)) for r in Relation))
        dialog.add("family_name", self.tr("&Family name (Hangul)"), QLineEdit())
        dialog.add("given_name", self.tr("&Given name (Hangul)"), QLineEdit())
        born = QLineEdit()
        born.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        dialog.add("birth_date", self.tr("&Born"), born)
        dialog.add("in_north", "", QCheckBox(self.tr("Lives &in the North")))
        dialog.add("at_risk", "", QCheckBox(self.tr("At ris&k (pressured, questioned or "
                                                    "punished)")))
        dialog.add("notes", self.tr("&Notes"), text_box())
        dialog.saved.connect(lambda _r: self.changed.emit())
        self.dialog = dialog
        dialog.open()
