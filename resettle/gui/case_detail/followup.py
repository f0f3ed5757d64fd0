"""The release tab: placement, the follow-up schedule (done/due/overdue), contacts, a new one."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets.kit import (
    STATUS_COLOURS,
    RecordTable,
    explain,
    fmt,
    make_table,
    pydate,
    qdate,
    tell,
)
from .lazy import LazyTab
from .sections import word


class FollowUpTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.placement = QLabel()
        self.placement.setWordWrap(True)
        self.summary = QLabel()
        self.schedule = RecordTable([self.tr("Scheduled"), self.tr("State"), self.tr("Done on")])
        self.contacts = RecordTable([self.tr("Date"), self.tr("Kind"), self.tr("Wellbeing (1-5)"),
                                     self.tr("Notes")])
        self.add = QPushButton(self.tr("&Add contact…"))
        self.add.clicked.connect(self.add_contact)
        self.add.setVisible(allowed(self.actor.role, Action.EDIT_CASE))
        tables = QHBoxLayout()
        for title, model in ((self.tr("Schedule"), self.schedule),
                             (self.tr("Contacts made"), self.contacts)):
            box = QVBoxLayout()
            box.addWidget(QLabel(f"<b>{title}</b>"))
            box.addWidget(make_table(model, self), 1)
            tables.addLayout(box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + self.tr("Placement") + "</b>"))
        layout.addWidget(self.placement)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignRight)

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        p = d.sections.get("placement")
        self.placement.setText(self.tr("None yet: a case can be released only to a placement.")
                               if p is None else self.tr(
            "%1 in %2 from %3; support centre %4; protection officer %5 %6").replace(
            "%1", word(p.placement_type)).replace("%2", p.region).replace(
            "%3", fmt(p.start_date)).replace("%4", p.support_centre or "—").replace(
            "%5", p.protection_officer or "—").replace("%6", p.protection_officer_contact))
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
        self.contacts.set_rows([(fmt(c.contact_date), word(c.kind), c.wellbeing or "—", c.notes)
                                for c in f.contacts], [c.id for c in f.contacts])

    def add_contact(self) -> None:
        if self.detail is None:
            return
        dialog = ContactDialog(self, self.detail.as_of)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        wellbeing = dialog.wellbeing.value() or None
        try:
            self.services.release.add_follow_up(
                self.actor, self.detail.case_no, pydate(dialog.date.date()),
                str(dialog.kind.currentData()), wellbeing, dialog.notes.toPlainText())
        except ResettleError as exc:
            tell(self, explain(exc))
        else:
            self.changed.emit()


class ContactDialog(QDialog):
    def __init__(self, parent: QWidget, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a follow-up contact"))
        self.date, self.kind = QDateEdit(qdate(today)), QComboBox()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(qdate(today))
        for code, text in (("visit", self.tr("Visit")), ("phone", self.tr("Phone call")),
                           ("office", self.tr("At the office"))):
            self.kind.addItem(text, code)
        self.wellbeing = QSpinBox()
        self.wellbeing.setRange(0, 5)
        self.wellbeing.setSpecialValueText(self.tr("not assessed"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Wellbeing (1 in crisis – 5 well)"), self.wellbeing)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
