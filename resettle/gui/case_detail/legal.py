"""The legal tab: representatives (assigned, ended on a date) and their powers of attorney,
the protection application and the ministry's decision (investigation end, the 30-day due
date, granted or refused on a ground, reapplication), and the hearings on the detention
(court, date, closed or not, attended, outcome). A wrong power of attorney, application or
hearing is voided by a supervisor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, Role, allowed
from resettle.domain.stages import ExclusionGround
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.legal import Attended
from resettle.services.views import CaseDetail

from ..widgets.date_field import DateField
from ..widgets.kit import STATUS_COLOURS, RecordTable, fmt, make_table, selected_key
from .lazy import LazyTab
from .record_dialog import RecordDialog, button_row, combo, term, text_box
from .voids import VoidControls, struck_rows, voided


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")


class LegalTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.rep_list: list[Any] = []
        self.hearing_list: list[Any] = []
        self.reps = RecordTable([self.tr("Lawyer"), self.tr("On behalf of"), self.tr("Active"),
                                 self.tr("Since"), self.tr("Powers of attorney")])
        self.hearings = RecordTable([self.tr("Date"), self.tr("Court"), self.tr("Kind"),
                                     self.tr("Closed session"), self.tr("Attendance"),
                                     self.tr("Outcome")])
        self.rep_view = make_table(self.reps, self)
        self.powers = RecordTable([self.tr("Dated"), self.tr("Granted by"), self.tr("Lawyer"),
                                   self.tr("Scope")])
        self.poa_view = make_table(self.powers, self)
        self.hearing_view = make_table(self.hearings, self)
        self.protection = RecordTable([self.tr("Applied"), self.tr("Investigation ended"),
                                       self.tr("Decision due"), self.tr("Decision"),
                                       self.tr("Decided on"), self.tr("Decided by")])
        self.protection_list: list[Any] = []
        self.protection_view = make_table(self.protection, self)
        self.apply = QPushButton(self.tr("Protection applicat&ion…"))
        self.investigated = QPushButton(self.tr("Inve&stigation ended…"))
        self.decide = QPushButton(self.tr("Protection decisi&on…"))
        self.hearing_voids = VoidControls(self, self.services, self.actor, "hearing",
                                          self.hearing_view, self.tr("&Void hearing…"),
                                          self.changed.emit)
        # Every letter in these words is taken on this tab (tabs, the buttons here): the
        # two take free letters after the words, as the Korean labels do.
        self.protection_voids = VoidControls(self, self.services, self.actor,
                                             "protection_application", self.protection_view,
                                             self.tr("Void application…"),
                                             self.changed.emit)
        self.poa_voids = VoidControls(self, self.services, self.actor, "power_of_attorney",
                                      self.poa_view, self.tr("Void power of attorney…"),
                                      self.changed.emit)
        self.assign = QPushButton(self.tr("&Assign lawyer…"))
        self.poa = QPushButton(self.tr("Power of attorne&y…"))
        self.end = QPushButton(self.tr("End &representation…"))
        self.hearing = QPushButton(self.tr("Record a &court hearing…"))
        self.outcome = QPushButton(self.tr("Record outco&me…"))
        may_assign = allowed(self.actor.role, Action.ASSIGN_LAWYER)
        may_edit = allowed(self.actor.role, Action.EDIT_CASE)
        for button, ok, slot in ((self.assign, may_assign, self.open_assign),
                                 (self.poa, may_assign, self.open_poa),
                                 (self.end, may_assign, self.open_end),
                                 (self.hearing, may_edit, self.open_hearing),
                                 (self.outcome, may_edit, self.open_outcome),
                                 (self.apply, may_edit, self.open_apply),
                                 (self.investigated, may_edit, self.open_investigated),
                                 (self.decide, allowed(self.actor.role, Action.DECIDE_EXCLUSION),
                                  self.open_decide)):
            button.setVisible(ok)
            button.clicked.connect(slot)
        for view in (self.rep_view, self.hearing_view):
            view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        layout = QVBoxLayout(self)
        top = QGridLayout()
        top.addWidget(_heading(self.tr("Legal representatives")), 0, 0)
        top.addWidget(_heading(self.tr("Powers of attorney")), 0, 1)
        top.addWidget(self.rep_view, 1, 0)
        top.addWidget(self.poa_view, 1, 1)
        top.setColumnStretch(0, 3)
        top.setColumnStretch(1, 2)
        layout.addLayout(top, 1)
        layout.addWidget(self.poa_voids.label)
        layout.addLayout(button_row(self.poa_voids.button, self.assign, self.poa, self.end))
        layout.addWidget(_heading(self.tr("Protection application and decision")))
        layout.addWidget(self.protection_view, 1)
        layout.addWidget(self.protection_voids.label)
        layout.addLayout(button_row(self.protection_voids.button, self.apply,
                                    self.investigated, self.decide))
        layout.addWidget(_heading(self.tr("Hearings")))
        layout.addWidget(self.hearing_view, 1)
        layout.addWidget(self.hearing_voids.label)
        layout.addLayout(button_row(self.hearing_voids.button, self.hearing, self.outcome))

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        reps: list[Any] = list(d.sections.get("representatives") or [])
        self.rep_list = reps
        gone = voided(d, "power_of_attorney")
        self.reps.set_rows([(r.lawyer_name or r.lawyer, r.on_behalf_of or self.tr("the person"),
                             "✓" if r.active else self.tr("ended %1").replace(
                                 "%1", fmt(r.ended_on or (r.ended_at.date()
                                                          if r.ended_at else None))),
                             fmt(r.since), "; ".join(
                                 self.tr("%1 granted by %2").replace("%1", fmt(p.granted_on))
                                 .replace("%2", p.granted_by) for p in r.powers_of_attorney
                                 if p.id not in gone))
                            for r in reps], [r.id for r in reps],
                           struck={i for i, r in enumerate(reps) if not r.active})
        hs: list[Any] = list(d.sections.get("hearings") or [])
        self.hearing_list = hs
        self.hearings.set_rows([(fmt(h.hearing_date), h.court, h.kind,
                                 "✓" if h.closed_session else "",
                                 term("attended", h.attended), h.outcome) for h in hs],
                               [h.id for h in hs],
                               struck=struck_rows([h.id for h in hs], d, "hearing"))
        self.hearing_voids.show(d)
        powers = [(p, r) for r in reps for p in r.powers_of_attorney]
        ids = [p.id for p, _r in powers]
        self.powers.set_rows([(fmt(p.granted_on), p.granted_by, r.lawyer_name or r.lawyer,
                               " ".join(p.scope.split())) for p, r in powers], ids,
                             struck=struck_rows(ids, d, "power_of_attorney"))
        self.poa_voids.show(d)
        self._protection(d)
        self.protection_voids.show(d)
        self._enable()

    def _protection(self, d: CaseDetail) -> None:
        ps: list[Any] = list(d.sections.get("protection") or [])
        self.protection_list = ps
        rows = []
        for p in ps:
            applied = fmt(p.applied_on) + (" (" + self.tr("reapplication") + ")"
                                           if p.reapplication_of else "")
            decision = term("decision", p.decision or "pending")
            if p.ground:
                decision += f" ({term('ground', p.ground)})"
            due = fmt(p.decision_due) + (" " + self.tr("— late") if p.late_decision else "")
            rows.append((applied, fmt(p.investigation_ended_on), due, decision,
                         fmt(p.decided_on), p.decided_by or "—"))
        struck = struck_rows([p.id for p in ps], d, "protection_application")
        self.protection.set_rows(rows, [p.id for p in ps], colours={
            (i, 2): STATUS_COLOURS["overdue"] for i, p in enumerate(ps)
            if p.late_decision and i not in struck}, struck=struck)

    def _live_protection(self) -> list[Any]:
        """The applications not voided, oldest first: what is pending, decided or followed
        by a reapplication (a voided one is only shown, struck through)."""
        gone = voided(self.detail, "protection_application")
        return [p for p in self.protection_list if p.id not in gone]

    def _latest(self) -> Any:
        live = self._live_protection()
        return live[-1] if live else None

    def _rep(self) -> Any:
        key = selected_key(self.rep_view)
        active = [r for r in self.rep_list if r.active]
        return next((r for r in active if r.id == key), active[0] if len(active) == 1 else None)

    def _hearing(self) -> Any:
        key = selected_key(self.hearing_view)
        return next((h for h in self.hearing_list if h.id == key), None)

    def _pending(self) -> Any:
        last = self._latest()
        return last if last is not None and last.decision is None else None

    def _enable(self) -> None:
        last = self._latest()
        self.apply.setEnabled(last is None or last.decision == "refused")
        self.investigated.setEnabled(self._pending() is not None)
        self.decide.setEnabled(self._pending() is not None)
        has_active = any(r.active for r in self.rep_list)
        self.poa.setEnabled(has_active)
        self.end.setEnabled(has_active)
        self.outcome.setEnabled(self._hearing() is not None)

    def _open(self, dialog: RecordDialog) -> None:
        dialog.saved.connect(lambda _r: self.changed.emit())
        self.dialog = dialog
        dialog.open()

    def _lawyers(self, active_only: bool) -> QComboBox:
        """The case's active lawyers, or every lawyer account the actor may list; typed in
        by user name where the list is not theirs to read."""
        if active_only:
            return combo((r.lawyer, f"{r.lawyer_name or r.lawyer} ({r.lawyer})")
                         for r in self.rep_list if r.active)
        try:
            users = [u for u in self.services.accounts.list_users(self.actor)
                     if u.role == Role.LAWYER and u.active]
        except ResettleError:
            users = []
        box = combo(((u.username, f"{u.display_name or u.username} ({u.username})")
                     for u in users), editable=not users)
        if not users:
            box.setPlaceholderText(self.tr("the lawyer's user name"))
            box.setCurrentText("")
        return box

    @staticmethod
    def _user(box: QComboBox) -> str:
        data = box.currentData()
        return str(data) if data and box.currentText() == box.itemText(
            box.currentIndex()) else box.currentText()

    def _behalf(self) -> QComboBox:
        gone = voided(self.detail, "relative")
        rel: list[Any] = [r for r in ((self.detail.sections.get("relatives") or [])
                                      if self.detail else []) if r.id not in gone]
        box = combo([("", self.tr("the person"))] + [
            (f"{r.family_name}{r.given_name}", f"{r.family_name}{r.given_name}") for r in rel],
            editable=True)
        return box

    @staticmethod
    def _behalf_value(box: QComboBox) -> str:
        text = box.currentText().strip()
        return "" if box.currentIndex() == 0 and text == box.itemText(0) else text

    def open_assign(self) -> None:
        d = self.detail
        if d is None:
            return

        def submit(dlg: RecordDialog) -> object:
            poa_text = dlg.fields["poa_date"].text().strip()  # type: ignore[attr-defined]
            behalf = self._behalf_value(dlg.fields["on_behalf_of"])  # type: ignore[arg-type]
            return self.services.legal.assign(
                self.actor, d.case_no, self._user(dlg.fields["lawyer"]),  # type: ignore[arg-type]
                behalf, dlg.value("poa_date") if poa_text else None,
                dlg.value("poa_granted_by"))

        dialog = RecordDialog(self, self.tr("Assign a lawyer"), submit)
        dialog.add("lawyer", self.tr("&Lawyer"), self._lawyers(False))
        dialog.add("on_behalf_of", self.tr("On &behalf of"), self._behalf())
        dialog.add("poa_granted_by", self.tr("Power of attorney &granted by"), QLineEdit())
        dialog.add("poa_date", self.tr("Power of attorney &dated"), DateField(None, "poa_date"))
        self._open(dialog)

    def open_poa(self) -> None:
        d = self.detail
        if d is None:
            return
        dialog = RecordDialog(self, self.tr("Record a power of attorney"), lambda dlg: (
            self.services.legal.add_power_of_attorney(
                self.actor, d.case_no, self._user(dlg.fields["lawyer"]),  # type: ignore[arg-type]
                dlg.value("poa_granted_by"), dlg.value("poa_date"), dlg.value("scope"))))
        box = self._lawyers(True)
        rep = self._rep()
        if rep is not None:
            box.setCurrentIndex(max(0, box.findData(rep.lawyer)))
        dialog.add("lawyer", self.tr("&Lawyer"), box)
        dialog.add("poa_granted_by", self.tr("&Granted by"), QLineEdit(), ("granted_by",))
        dialog.add("poa_date", self.tr("&Dated"), DateField(d.as_of, "poa_date"),
                   ("granted_on",))
        dialog.add("scope", self.tr("Sco&pe"), text_box(48))
        self._open(dialog)

    def open_end(self) -> None:
        d = self.detail
        if d is None:
            return
        dialog = RecordDialog(self, self.tr("End a representation"), lambda dlg: (
            self.services.legal.end(self.actor, d.case_no,
                                    self._user(dlg.fields["lawyer"]),  # type: ignore[arg-type]
                                    dlg.value("ended_on"))),
            self.tr("From that day the lawyer no longer sees the case. The representation "
                    "stays in the record."))
        box = self._lawyers(True)
        rep = self._rep()
        if rep is not None:
            box.setCurrentIndex(max(0, box.findData(rep.lawyer)))
        dialog.add("lawyer", self.tr("&Lawyer"), box)
        dialog.add("ended_on", self.tr("&Ended on"), DateField(d.as_of, "ended_on"))
        self._open(dialog)

    def _attended(self) -> QComboBox:
        return combo((a.value, term("attended", a.value))
                     for a in (Attended.UNKNOWN, Attended.YES, Attended.NO))

    def open_hearing(self) -> None:
        d = self.detail
        if d is None:
            return
        dialog = RecordDialog(self, self.tr("Record a hearing"), lambda dlg: (
            self.services.legal.add_hearing(
                self.actor, d.case_no, dlg.value("court"), dlg.value("hearing_date"),
                dlg.value("kind"), dlg.value("closed_session"), dlg.value("attended"))))
        dialog.add("court", self.tr("Co&urt"), QLineEdit())
        dialog.add("hearing_date", self.tr("&Date"), DateField(d.as_of, "hearing_date"))
        kind = QComboBox()
        kind.setEditable(True)
        kind.addItems([self.tr("habeas corpus"), ""])
        dialog.add("kind", self.tr("&Kind"), kind)
        closed = QCheckBox(self.tr("Closed session (&not public)"))
        closed.setChecked(True)
        dialog.add("closed_session", "", closed)
        dialog.add("attended", self.tr("&Attended"), self._attended())
        self._open(dialog)

    def open_outcome(self) -> None:
        h = self._hearing()
        if h is None:
            return
        dialog = RecordDialog(self, self.tr("Record a hearing's outcome"), lambda dlg: (
            self.services.legal.record_outcome(self.actor, h.id, dlg.value("outcome"),
                                               h.version, dlg.value("attended"))),
            f"{fmt(h.hearing_date)} · {h.court}")
        box = text_box()
        box.setPlainText(h.outcome)
        dialog.add("outcome", self.tr("&Outcome"), box)
        attended = self._attended()
        attended.setCurrentIndex(max(0, attended.findData(h.attended)))
        dialog.add("attended", self.tr("&Attended"), attended)
        self._open(dialog)

    def open_apply(self) -> None:
        """The first application, or (after a refusal) a reapplication with its new
        evidence as the reason."""
        d = self.detail
        if d is None:
            return
        again = self._latest() is not None

        def submit(dlg: RecordDialog) -> object:
            if again:
                return self.services.protection.reapply(self.actor, d.case_no,
                                                        dlg.value("applied_on"),
                                                        dlg.value("reason"))
            return self.services.protection.apply(self.actor, d.case_no, dlg.value("applied_on"))

        dialog = RecordDialog(self, self.tr("Reapply for protection") if again
                              else self.tr("Record the protection application"), submit,
                              self.tr("A refused applicant may apply again with new "
                                      "evidence.") if again else "")
        dialog.add("applied_on", self.tr("&Applied on"), DateField(d.as_of, "applied_on"))
        if again:
            dialog.add("reason", self.tr("&New evidence"), text_box())
        self._open(dialog)

    def open_investigated(self) -> None:
        d, p = self.detail, self._pending()
        if d is None or p is None:
            return
        dialog = RecordDialog(self, self.tr("Record the end of the investigation"), lambda dlg: (
            self.services.protection.investigation_ended(self.actor, d.case_no,
                                                         dlg.value("ended_on"))),
            self.tr("The ministry decides within 30 days of this day."))
        dialog.add("ended_on", self.tr("Investigation &ended on"),
                   DateField(d.as_of, "ended_on"), ("investigation_ended_on",))
        self._open(dialog)

    def open_decide(self) -> None:
        d, p = self.detail, self._pending()
        if d is None or p is None:
            return

        def submit(dlg: RecordDialog) -> object:
            decision = dlg.value("decision")
            ground = dlg.value("ground") if decision == "refused" else None
            return self.services.protection.decide(self.actor, d.case_no, decision,
                                                   dlg.value("decided_on"), ground or None,
                                                   dlg.value("reason"))

        intro = self.tr("Applied %1; decision due %2.").replace("%1", fmt(p.applied_on)).replace(
            "%2", fmt(p.decision_due))
        dialog = RecordDialog(self, self.tr("Record the protection decision"), submit, intro)
        decision = combo((c, term("decision", c)) for c in ("granted", "refused"))
        dialog.add("decision", self.tr("&Decision"), decision)
        dialog.add("decided_on", self.tr("Decided &on"), DateField(d.as_of, "decided_on"))
        ground = combo([("", "—")] + [(g.value, term("ground", g.value))
                                       for g in ExclusionGround])
        dialog.add("ground", self.tr("&Ground for refusal"), ground)
        decision.currentIndexChanged.connect(
            lambda _i: ground.setEnabled(decision.currentData() == "refused"))
        ground.setEnabled(False)
        dialog.add("reason", self.tr("&Reason"), text_box(48))
        self._open(dialog)
