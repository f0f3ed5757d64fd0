"""The rewards tab: claims with each step's person, and the steps (claim, assess, approve,
reject, pay) by the role allowed to; the services keep four eyes and say why they refuse."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from resettle.domain.errors import InvalidInput
from resettle.domain.rewards import RewardCategory
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets.date_field import DateField
from ..widgets.kit import RecordTable, error_label, fmt, make_table, selected_key
from .lazy import LazyTab
from .record_dialog import RecordDialog, button_row, combo, term, text_box


def won(amount: int | None) -> str:
    return "—" if amount is None else f"₩{amount:,}"


def amount_field() -> QLineEdit:
    box = QLineEdit()
    box.setPlaceholderText("0")
    return box


def parse_won(text: str, field: str) -> int:
    """Whole won, digits with optional thousands commas; the text itself is left alone."""
    digits = text.strip().replace(",", "")
    if not digits.isdigit():
        raise InvalidInput(field, "not_a_number", value=text)
    return int(digits)


class RewardsTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.claims: list[Any] = []
        self.model = RecordTable([self.tr("Claimed"), self.tr("Category"), self.tr("Amount"),
                                  self.tr("Assessed"), self.tr("Status"),
                                  self.tr("Claimed by"), self.tr("Assessed by"),
                                  self.tr("Decided by"), self.tr("Decided"),
                                  self.tr("Paid"), self.tr("Paid by"), self.tr("Reason")])
        self.model.numeric = {2, 3}
        self.view = make_table(self.model, self)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.claim = QPushButton(self.tr("&Claim…"))
        self.assess = QPushButton(self.tr("&Assess…"))
        self.approve = QPushButton(self.tr("Appro&ve…"))
        self.reject = QPushButton(self.tr("Re&ject…"))
        self.pay = QPushButton(self.tr("Record pa&yment…"))
        self.rule = error_label()
        self.rule.setObjectName("rewardRefusal")
        may_claim = allowed(self.actor.role, Action.CLAIM_REWARD)
        may_decide = allowed(self.actor.role, Action.APPROVE_REWARD)
        for button, ok, slot in ((self.claim, may_claim, self.open_claim),
                                 (self.assess, may_claim, self.open_assess),
                                 (self.approve, may_decide, self.open_approve),
                                 (self.reject, may_decide, self.open_reject),
                                 (self.pay, may_claim, self.open_pay)):
            button.setVisible(ok)
            button.clicked.connect(slot)
        hint = QLabel(self.tr("Four eyes: the one who approves neither claimed nor assessed "
                              "the claim, and the payment is recorded by someone other "
                              "than the approver."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #6b6b6b;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addWidget(self.rule)
        layout.addLayout(button_row(self.claim, self.assess, self.approve, self.reject,
                                    self.pay))

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        self.claims = list(d.sections.get("rewards") or [])
        self.model.set_rows([(fmt(c.claim_date), term("reward", c.category), won(c.amount_won),
                              won(c.assessed_amount_won), term("reward_status", c.status),
                              c.claimed_by, c.assessed_by, c.decided_by, fmt(c.decided_on),
                              fmt(c.paid_on), c.paid_by, c.reason) for c in self.claims],
                            [c.id for c in self.claims],
                            struck={i for i, c in enumerate(self.claims)
                                    if c.status == "rejected"})
        self._enable()

    def selected(self) -> Any:
        key = selected_key(self.view)
        return next((c for c in self.claims if c.id == key), None)

    def _enable(self) -> None:
        c = self.selected()
        status = c.status if c else ""
        self.assess.setEnabled(status == "claimed")
        self.approve.setEnabled(status == "assessed")
        self.reject.setEnabled(status in ("claimed", "assessed"))
        self.pay.setEnabled(status == "approved")

    def _open(self, dialog: RecordDialog) -> None:
        dialog.saved.connect(lambda _r: self.changed.emit())
        self.dialog = dialog
        dialog.open()

    def _heading(self, c: Any) -> str:
        return self.tr("%1 claimed on %2: %3").replace("%1", term("reward", c.category)).replace(
            "%2", fmt(c.claim_date)).replace("%3", won(c.amount_to_pay))

    def open_claim(self) -> None:
        d = self.detail
        if d is None:
            return
        dialog = RecordDialog(self, self.tr("Reward claim"), lambda dlg: (
            self.services.rewards.claim(
                self.actor, d.case_no, dlg.value("category"),
                parse_won(dlg.value("amount_won"), "amount_won"), dlg.value("claim_date"),
                dlg.value("confirm_duplicate_reason"))))
        dialog.add("category", self.tr("Cate&gory"),
                   combo((c.value, term("reward", c.value)) for c in RewardCategory))
        dialog.add("amount_won", self.tr("&Amount (won)"), amount_field(), ("amount",))
        dialog.add("claim_date", self.tr("Claim &date"), DateField(d.as_of, "claim_date"))
        dialog.add("confirm_duplicate_reason",
                   self.tr("&If like an earlier claim, why"), text_box(48))
        self._open(dialog)

    def open_assess(self) -> None:
        c = self.selected()
        if c is None:
            return
        dialog = RecordDialog(self, self.tr("Assess a reward claim"), lambda dlg: (
            self.services.rewards.assess(self.actor, c.id,
                                         parse_won(dlg.value("amount_won"), "amount_won"))),
            self._heading(c))
        box = amount_field()
        box.setText(f"{c.amount_won:,}")
        dialog.add("amount_won", self.tr("&Amount on the scale (won)"), box, ("amount",))
        self._open(dialog)

    def open_approve(self) -> None:
        c, d = self.selected(), self.detail
        if c is None or d is None:
            return
        dialog = RecordDialog(self, self.tr("Approve a reward"), lambda dlg: (
            self.services.rewards.approve(self.actor, c.id, dlg.value("decided_on"))),
            self._heading(c))
        dialog.add("decided_on", self.tr("Decision &date"), DateField(d.as_of, "decided_on"))
        self._open(dialog)

    def open_reject(self) -> None:
        c = self.selected()
        if c is None:
            return
        dialog = RecordDialog(self, self.tr("Reject a reward claim"), lambda dlg: (
            self.services.rewards.reject(self.actor, c.id, dlg.value("reason"))),
            self._heading(c))
        dialog.add("reason", self.tr("&Reason"), text_box())
        self._open(dialog)

    def open_pay(self) -> None:
        c, d = self.selected(), self.detail
        if c is None or d is None:
            return
        dialog = RecordDialog(self, self.tr("Record a payment"), lambda dlg: (
            self.services.rewards.pay(self.actor, c.id, dlg.value("paid_on"))),
            self._heading(c))
        dialog.add("paid_on", self.tr("Payment &date"), DateField(d.as_of, "paid_on"))
        self._open(dialog)
