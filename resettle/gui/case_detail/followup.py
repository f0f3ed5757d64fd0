"""The release tab: placements (recorded here; the current one in full, earlier and voided
ones listed), the follow-up schedule (done/due/overdue), contacts made, and risk flags
raised and cleared, each dated and with a reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.followup import ContactKind, PlacementType, RiskFlag
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets import labels
from ..widgets.date_field import DateField
from ..widgets.kit import (
    STATUS_COLOURS,
    RecordTable,
    fmt,
    make_table,
    selected_key,
)
from .lazy import LazyTab
from .record_dialog import RecordDialog, button_row, combo, term, text_box
from .voids import VoidControls, struck_rows

PLACEABLE = ("programme", "released")


class FollowUpTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.flag_list: list[Any] = []
        self.placement = QLabel()
        self.placement.setWordWrap(True)
        self.placements = RecordTable([self.tr("From"), self.tr("Type"), self.tr("Region"),
                                       self.tr("Support centre")])
        self.placement_view = make_table(self.placements, self)
        self.placement_view.setMinimumHeight(70)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.schedule = RecordTable([self.tr("Scheduled"), self.tr("State"), self.tr("Done on")])
        self.contacts = RecordTable([self.tr("Date"), self.tr("Kind"), self.tr("Wellbeing (1-5)"),
                                     self.tr("Notes")])
        self.flags = RecordTable([self.tr("Risk flag"), self.tr("Raised"), self.tr("Cleared"),
                                  self.tr("Reasons")])
        self.place = QPushButton(self.tr("Place&ment…"))
        self.add = QPushButton(self.tr("&Add contact…"))
        self.raise_button = QPushButton(self.tr("&Raise flag…"))
        self.clear_button = QPushButton(self.tr("&Clear flag…"))
        self.place.clicked.connect(self.open_placement)
        self.add.clicked.connect(self.add_contact)
        self.raise_button.clicked.connect(self.open_raise)
        self.clear_button.clicked.connect(self.open_clear)
        editable = allowed(self.actor.role, Action.EDIT_CASE)
        for button in (self.place, self.add, self.raise_button, self.clear_button):
            button.setVisible(editable)
        self.flag_view = make_table(self.flags, self)
        self.flag_view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.placement_voids = VoidControls(self, self.services, self.actor, "placement",
                                            self.placement_view,
                                            self.tr("V&oid placement…"), self.changed.emit)
        current = QVBoxLayout()
        current.addWidget(self.placement)
        current.addWidget(self.placement_voids.label)
        current.addStretch(1)
        current.addLayout(button_row(self.placement_voids.button, self.place))
        grid = QGridLayout(self)
        grid.addWidget(QLabel("<b>" + self.tr("Placement") + "</b>"), 0, 0)
        grid.addWidget(self.placement_view, 1, 0)
        grid.addLayout(current, 1, 1)
        grid.addWidget(self.summary, 2, 0, 1, 2)
        grid.addWidget(QLabel("<b>" + self.tr("Schedule") + "</b>"), 3, 0)
        grid.addWidget(QLabel("<b>" + self.tr("Contacts made") + "</b>"), 3, 1)
        tables = [make_table(model, self) for model in (self.schedule, self.contacts)]
        for column, table in enumerate(tables):
            table.setMinimumHeight(80)
            grid.addWidget(table, 4, column)
        self.flag_view.setMinimumHeight(70)
        self.contact_voids = VoidControls(self, self.services, self.actor, "follow_up_contact",
                                          tables[1], self.tr("&Void contact…"),
                                          self.changed.emit)
        grid.addWidget(self.contact_voids.label, 5, 0)
        grid.addLayout(button_row(self.contact_voids.button, self.add), 5, 1)
        grid.addWidget(QLabel("<b>" + self.tr("Risk flags") + "</b>"), 6, 0)
        grid.addWidget(self.flag_view, 7, 0, 1, 2)
        grid.addLayout(button_row(self.raise_button, self.clear_button), 8, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(4, 2)
        grid.setRowStretch(7, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        p = d.sections.get("placement")
        self.placement.setText(self.tr("None yet: a case can be released only to a placement.")
                               if p is None else self.tr(
            "%1 in %2 from %3; support centre %4; protection officer %5 %6").replace(
            "%1", term("placement", p.placement_type)).replace("%2", p.region).replace(
            "%3", fmt(p.start_date)).replace("%4", p.support_centre or "—").replace(
            "%5", p.protection_officer or "—").replace("%6", p.protection_officer_contact))
        self.place.setEnabled(d.stage in PLACEABLE)
        history: list[Any] = list(d.sections.get("placements") or [])
        ids = [h.id for h in history]
        self.placements.set_rows([(fmt(h.start_date), term("placement", h.placement_type),
                                   h.region, h.support_centre or "—") for h in history], ids,
                                 struck=struck_rows(ids, d, "placement"))
        self.placement_voids.show(d)
        self._flags(d)
        self.contact_voids.show(d)
        f: Any = d.sections.get("follow_ups")
        self.add.setEnabled(f is not None)
        if f is None:
            self.summary.setText(self.tr("Follow-up starts with the release."))
            self.schedule.set_rows([])
            self.contacts.set_rows([])
            return
        self.summary.setText(self.tr(
            "Released %1; protection until %2. %3 overdue; next due %4.").replace(
            "%1", fmt(f.release_date)).replace("%2", fmt(f.protection_end)).replace(
            "%3", str(f.overdue)).replace("%4", fmt(f.next_due)))
        states = {"done": self.tr("Done"), "due": self.tr("Due"), "overdue": self.tr("Overdue"),
                  "upcoming": self.tr("Upcoming")}
        self.schedule.set_rows(
            [(fmt(s.scheduled), states.get(s.state, s.state), fmt(s.done_on))
             for s in f.schedule],
            colours={(i, 1): STATUS_COLOURS[s.state] for i, s in enumerate(f.schedule)})
        self.contacts.set_rows([(fmt(c.contact_date), term("contact", c.kind),
                                 c.wellbeing or "—", c.notes) for c in f.contacts],
                               [c.id for c in f.contacts],
                               struck=struck_rows([c.id for c in f.contacts], d,
                                                  "follow_up_contact"))
        self.contact_voids.enable()

    def _flags(self, d: CaseDetail) -> None:
        self.flag_list = list(d.sections.get("flags") or [])
        self.flags.set_rows([(labels.flag(f.flag), fmt(f.raised_on), fmt(f.cleared_on),
                              " · ".join(f.note.splitlines())) for f in self.flag_list],
                            [f.id for f in self.flag_list],
                            struck={i for i, f in enumerate(self.flag_list) if f.cleared_on},
                            colours={(i, 0): STATUS_COLOURS["overdue"]
                                     for i, f in enumerate(self.flag_list)
                                     if f.cleared_on is None})
        self._enable()

    def _enable(self) -> None:
        self.clear_button.setEnabled(any(f.cleared_on is None for f in self.flag_list))

    def _open(self, dialog: RecordDialog) -> RecordDialog:
        dialog.saved.connect(lambda _r: self.changed.emit())
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_placement(self) -> None:
        d = self.detail
        if d is None:
            return
        dialog = RecordDialog(self, self.tr("Placement"), lambda dlg: (
            self.services.release.place(
                self.actor, d.case_no, dlg.value("placement_type"), dlg.value("region"),
                dlg.value("start_date"), dlg.value("support_centre"),
                dlg.value("protection_officer"), dlg.value("protection_officer_contact"))),
            self.tr("Where the person goes on release. A new placement replaces the current "
                    "one from its start date; the earlier one stays in the record."))
        dialog.add("placement_type", self.tr("&Type"),
                   combo((k.value, term("placement", k.value)) for k in PlacementType))
        dialog.add("region", self.tr("&Region"), QLineEdit())
        dialog.add("support_centre", self.tr("Su&pport centre"), QLineEdit())
        dialog.add("protection_officer", self.tr("Protection &officer"), QLineEdit())
        dialog.add("protection_officer_contact", self.tr("Officer's co&ntact"), QLineEdit())
        dialog.add("start_date", self.tr("From &date"), DateField(d.as_of, "start_date"))
        self._open(dialog)

    def add_contact(self) -> None:
        d = self.detail
        if d is None:
            return

        def submit(dlg: RecordDialog) -> object:
            wellbeing = dlg.fields["wellbeing"].value() or None  # type: ignore[attr-defined]
            return self.services.release.add_follow_up(
                self.actor, d.case_no, dlg.value("contact_date"), dlg.value("kind"),
                wellbeing, dlg.value("notes"))

        dialog = RecordDialog(self, self.tr("Add a follow-up contact"), submit)
        dialog.add("contact_date", self.tr("&Date"), DateField(d.as_of, "contact_date"))
        dialog.add("kind", self.tr("&Kind"),
                   combo((k.value, term("contact", k.value)) for k in ContactKind))
        wellbeing = QSpinBox()
        wellbeing.setRange(0, 5)
        wellbeing.setSpecialValueText(self.tr("not assessed"))
        dialog.add("wellbeing", self.tr("&Wellbeing (1 in crisis – 5 well)"), wellbeing)
        dialog.add("notes", self.tr("&Note"), text_box())
        self._open(dialog)

    def open_raise(self) -> None:
        d = self.detail
        if d is None:
            return
        active = {f.flag for f in self.flag_list if f.cleared_on is None}
        dialog = RecordDialog(self, self.tr("Raise a risk flag"), lambda dlg: (
            self.services.release.raise_flag(self.actor, d.case_no, dlg.value("flag"),
                                             dlg.value("raised_on"), dlg.value("reason"))),
            self.tr("Suicide risk, family at risk and an exposed address alert the "
                    "supervisors at once."))
        dialog.add("flag", self.tr("&Flag"), combo(
            (f.value, labels.flag(f.value)) for f in RiskFlag if f.value not in active))
        dialog.add("raised_on", self.tr("&Date"), DateField(d.as_of, "raised_on"))
        dialog.add("reason", self.tr("&Reason"), text_box())
        self._open(dialog)

    def open_clear(self) -> None:
        d = self.detail
        if d is None:
            return
        active = [f for f in self.flag_list if f.cleared_on is None]
        chosen = selected_key(self.flag_view)
        dialog = RecordDialog(self, self.tr("Clear a risk flag"), lambda dlg: (
            self.services.release.clear_flag(self.actor, d.case_no, dlg.value("flag"),
                                             dlg.value("cleared_on"), dlg.value("reason"))))
        box = combo((f.flag, labels.flag(f.flag) + " · " + fmt(f.raised_on)) for f in active)
        for i, f in enumerate(active):
            if f.id == chosen:
                box.setCurrentIndex(i)
        dialog.add("flag", self.tr("&Flag"), box)
        dialog.add("cleared_on", self.tr("&Date"), DateField(d.as_of, "cleared_on"))
        dialog.add("reason", self.tr("&Reason"), text_box())
        self._open(dialog)
