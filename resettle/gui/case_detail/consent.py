"""The consent tab: when the case is to be anonymised (and a supervisor's hold), what the
person agreed to share with whom, withdrawals, disclosures made, a print for a recipient the
register allows, and the subject-access copy for the person."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from resettle.domain.consent import RecipientKind
from resettle.domain.dates import parse_date
from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, allowed
from resettle.i18n import glossary
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets.date_field import DateField
from ..widgets.i18n import current_language
from ..widgets.kit import RecordTable, make_table, selected_key, tell
from .lazy import LazyTab
from .record_dialog import RecordDialog, button_row, combo, term


def retention_text(r: Any) -> str:
    """"To be anonymised on …", the hold, or the state, in the interface language."""
    lang = current_language()
    if r is None:
        return ""
    if r.hold_until is not None and r.state.value == "held":
        return glossary.term("term.held_until", lang).format(date=r.hold_until.isoformat(),
                                                             reason=r.hold_reason)
    if r.anonymise_on is not None:
        return glossary.term("term.to_be_anonymised_on", lang).format(
            date=r.anonymise_on.isoformat())
    return term("retention_state", r.state.value)


def _recipients() -> list[tuple[str, str]]:
    return [(k.value, term("recipient", k.value)) for k in RecipientKind]


class ConsentTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.preview: Any = None
        role = self.actor.role
        self.retention = QLabel()
        self.retention.setObjectName("retentionLine")
        self.hold = QPushButton(self.tr("Put on h&old…"))
        self.hold.clicked.connect(self.open_hold)
        self.hold.setVisible(allowed(role, Action.SET_LEGAL_HOLD))
        self.model = RecordTable([self.tr("Recipient"), self.tr("Name or office"),
                                  self.tr("From"), self.tr("Until"), self.tr("Withdrawn on"),
                                  self.tr("In force")])
        self.view = make_table(self.model, self)
        self.disclosed = RecordTable([self.tr("Date"), self.tr("Recipient"), self.tr("What"),
                                      self.tr("By")])
        manage = allowed(role, Action.MANAGE_CONSENT)
        self.add = QPushButton(self.tr("&Add consent…"))
        self.add.clicked.connect(self.open_add)
        self.withdraw = QPushButton(self.tr("W&ithdraw…"))
        self.withdraw.clicked.connect(self.open_withdraw)
        for button in (self.add, self.withdraw):
            button.setVisible(manage)
        self.withdraw.setEnabled(False)  # until a consent is picked
        self.view.selectionModel().selectionChanged.connect(
            lambda *_a: self.withdraw.setEnabled(selected_key(self.view) is not None))
        self.share = QPushButton(self.tr("Print for a re&cipient…"))
        self.share.clicked.connect(self.open_share)
        self.share.setVisible(allowed(role, Action.PRINT_REPORT))
        self.subject = QPushButton(self.tr("Copy for the pe&rson…"))
        self.subject.clicked.connect(self.print_subject_access)
        self.subject.setVisible(allowed(role, Action.SUBJECT_ACCESS))
        layout = QVBoxLayout(self)
        top = button_row(self.hold)
        top.insertWidget(0, self.retention, 1)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("What the person agreed to share, with whom")))
        layout.addWidget(self.view, 2)
        layout.addLayout(button_row(self.add, self.withdraw, self.share, self.subject))
        layout.addWidget(QLabel(self.tr("Disclosures made")))
        layout.addWidget(make_table(self.disclosed, self), 1)

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        self.retention.setText(retention_text(d.sections.get("retention")))
        try:
            consents = (self.services.consents.list(self.actor, d.case_no)
                        if "relatives" in d.sections else [])
            disclosed = (self.services.consents.disclosures(self.actor, d.case_no)
                         if consents else [])
        except ResettleError:
            consents, disclosed = [], []
        yes = self.tr("yes")
        self.model.set_rows([(term("recipient", c.recipient), c.recipient_name,
                              c.valid_from.isoformat(),
                              c.valid_until.isoformat() if c.valid_until else "—",
                              c.withdrawn_on.isoformat() if c.withdrawn_on else "",
                              yes if c.in_force else "") for c in consents],
                            [c.id for c in consents])
        self.withdraw.setEnabled(selected_key(self.view) is not None)
        self.disclosed.set_rows([(x.disclosed_on.isoformat(), term("recipient", x.recipient),
                                  term("disclosure_what", x.what), x.recorded_by)
                                 for x in disclosed], [x.id for x in disclosed])

    def _today(self) -> date:
        return self.services.ctx.today()

    def open_add(self) -> None:
        d = self.detail
        if d is None:
            return

        def submit(dlg: RecordDialog) -> object:
            until = dlg.fields["valid_until"].text().strip()  # type: ignore[attr-defined]
            return self.services.consents.add(
                self.actor, d.case_no, dlg.value("recipient"), dlg.value("valid_from"),
                parse_date(until, "valid_until") if until else None,
                recipient_name=dlg.value("recipient_name"))

        dialog = RecordDialog(self, self.tr("Record a consent"), submit, self.tr(
            "Record what the person signed: who may receive their data, from when, and until "
            "when. Attach the signed form in the Documents tab."))
        dialog.add("recipient", self.tr("&Recipient"), combo(_recipients()))
        dialog.add("recipient_name", self.tr("&Name or office"), QLineEdit())
        dialog.add("valid_from", self.tr("&From"), DateField(self._today(), "valid_from"))
        dialog.add("valid_until", self.tr("&Until (empty: no end)"),
                   DateField(None, "valid_until"))
        self._open(dialog)

    def open_withdraw(self) -> None:
        key = selected_key(self.view)
        if key is None:
            return

        def submit(dlg: RecordDialog) -> object:
            return self.services.consents.withdraw(self.actor, int(key), dlg.value("date"))

        dialog = RecordDialog(self, self.tr("Withdraw a consent"), submit)
        dialog.add("date", self.tr("&Withdrawn on"), DateField(self._today(), "withdrawn_on"),
                   aliases=("withdrawn_on",))
        self._open(dialog)

    def open_hold(self) -> None:
        d = self.detail
        if d is None:
            return

        def submit(dlg: RecordDialog) -> object:
            return self.services.retention.hold(self.actor, d.case_no, dlg.value("hold_until"),
                                                dlg.value("hold_reason"))

        dialog = RecordDialog(self, self.tr("Put anonymisation on hold"), submit, self.tr(
            "The case will not be anonymised until the end of the hold. Say why (for example "
            "a court case or an investigation)."))
        dialog.add("hold_until", self.tr("&Until"), DateField(None, "hold_until"))
        dialog.add("hold_reason", self.tr("&Reason"), QLineEdit())
        self._open(dialog)

    def open_share(self) -> None:
        d = self.detail
        if d is None:
            return

        def submit(dlg: RecordDialog) -> object:
            return self.services.exports.case_summary_for(self.actor, d.case_no,
                                                          dlg.value("recipient"))

        dialog = RecordDialog(self, self.tr("Print the case summary for a recipient"), submit,
                              self.tr("Only for a recipient the person agreed to share with; "
                                      "the print is recorded as a disclosure."))
        dialog.add("recipient", self.tr("&Recipient"), combo(_recipients()))
        dialog.saved.connect(self._preview)
        self._open(dialog, reload=True)

    def print_subject_access(self) -> None:
        d = self.detail
        if d is None:
            return
        try:
            out = self.services.exports.subject_access(self.actor, d.case_no)
        except ResettleError as exc:
            from ..widgets.kit import explain

            tell(self, explain(exc))
            return
        self._preview(out)

    def _preview(self, out: Any) -> None:
        from ..widgets.pdf_preview import PdfPreviewDialog

        self.preview = PdfPreviewDialog(out.data, out.filename, self.tr("Print"), self)
        self.preview.show()

    def _open(self, dialog: RecordDialog, reload: bool = True) -> None:
        if reload:
            dialog.saved.connect(lambda _r: self.changed.emit())
        dialog.open()
        self.dialog = dialog
