"""Deciding a custody extension in place: a pending request, or a new one decided at once;
the dialog says what is being approved (case, person, days, reason, the clock before and after)."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.services.context import Actor

from ..widgets import labels
from ..widgets.date_field import DateField
from ..widgets.errors import error_text


def _pending_view(services: Any, actor: Actor, pending: Any) -> Any:
    """The inbox's PendingExtension for `pending` (which may be a case's ExtensionView)."""
    if pending is None or hasattr(pending, "limit_if_approved"):
        return pending
    try:
        return next((p for p in services.lifecycle.pending(actor) if p.id == pending.id),
                    pending)
    except ResettleError:
        return pending


class ExtensionDialog(QDialog):
    """With a pending request (`pending` = the inbox's PendingExtension, or a case's
    ExtensionView) it approves or refuses it; without, it extends by the days given
    (lifecycle.extend). Errors stay in the dialog as a sentence; the typed date is never
    changed."""

    def __init__(self, services: Any, actor: Actor, case_no: str, today: date,
                 pending: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor, self.case_no = services, actor, case_no
        self.pending = _pending_view(services, actor, pending)
        pending = self.pending
        self.setWindowTitle(self.tr("Custody extension: %1").replace("%1", case_no))
        self.days = QSpinBox(minimum=1, maximum=365, value=pending.days if pending else 30)
        self.reason = QLineEdit(pending.reason if pending else "")
        self.decision_reason = QLineEdit()
        self.decision_date = DateField(today, "decision_date")
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("failure")
        self.message.setStyleSheet("color: #a00000;")
        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("whatIsApproved")
        self.clock = self._clock(case_no) if not hasattr(pending, "limit_if_approved") else None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        if pending is not None:
            self.days.setEnabled(False)
            self.reason.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("&Days:"), self.days)
        form.addRow(self.tr("&Reason:"), self.reason)
        if pending is not None:
            form.addRow(self.tr("Reason for the decisi&on:"), self.decision_reason)
        form.addRow(self.tr("Decision da&te:"), self.decision_date)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Only a supervisor may decide an extension; the rule "
                                        "in force on the day of entry sets how many days."),
                                wordWrap=True))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.approve = QPushButton(self.tr("&Approve"))
        buttons.addButton(self.approve, QDialogButtonBox.ButtonRole.AcceptRole)
        self.approve.clicked.connect(lambda: self.decide(True))
        if pending is not None:
            self.refuse = QPushButton(self.tr("Re&fuse"))
            buttons.addButton(self.refuse, QDialogButtonBox.ButtonRole.DestructiveRole)
            self.refuse.clicked.connect(lambda: self.decide(False))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.days.valueChanged.connect(lambda _v: self._describe())
        self._describe()
        self.setMinimumWidth(560)

    def _clock(self, case_no: str) -> Any:
        try:
            return self.services.cases.show(self.actor, case_no).custody
        except ResettleError:
            return None

    def _describe(self) -> None:
        """What approving means, in one table: who, how many days, the clock before/after."""
        p, rows = self.pending, []
        if p is not None and hasattr(p, "limit_if_approved"):
            person = f"{p.name.hangul} ({p.name.latin})" if hasattr(p.name, "hangul") else ""
            rows = [(self.tr("Case"), p.case_no), (self.tr("Person"), person),
                    (self.tr("Days asked"), str(p.days)), (self.tr("Reason"), p.reason),
                    (self.tr("Requested by"), f"{p.requested_by} "
                     f"({p.requested_at.astimezone().date().isoformat()})"),
                    (self.tr("Days held / limit"), f"{p.days_held} / {p.limit}"),
                    (self.tr("Status"), labels.custody_status(p.status)),
                    (self.tr("Last lawful day"), self.tr("%1 → %2 if approved (limit %3)")
                     .replace("%1", p.last_lawful_day.isoformat())
                     .replace("%2", p.last_lawful_day_if_approved.isoformat())
                     .replace("%3", str(p.limit_if_approved)))]
            heading = self.tr("%1 asked for %2 more days.").replace(
                "%1", p.requested_by or "?").replace("%2", str(p.days))
        else:
            days = self.days.value()
            rows = [(self.tr("Case"), self.case_no)]
            c = self.clock
            if c is not None:
                after = c.last_lawful_day + timedelta(days=days)
                rows += [(self.tr("Days held / limit"), f"{c.days_held} / {c.limit}"),
                         (self.tr("Last lawful day"), self.tr(
                             "%1 → %2 if approved (limit %3)").replace(
                             "%1", c.last_lawful_day.isoformat()).replace(
                             "%2", after.isoformat()).replace("%3", str(c.limit + days)))]
            heading = (self.tr("%1 asked for %2 more days.").replace(
                "%1", p.requested_by or "?").replace("%2", str(p.days)) if p is not None
                else self.tr("A new extension of %1 days, decided now.").replace(
                    "%1", str(days)))
        cells = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>"
                        for k, v in rows)
        self.summary.setText(f"<p>{escape(heading)}</p><table>{cells}</table>")

    def decide(self, approve: bool) -> None:
        try:
            when = self.decision_date.value()
            if self.pending is not None:
                self.services.lifecycle.decide_extension(
                    self.actor, self.pending.id, approve, when,
                    self.decision_reason.text())
            else:
                self.services.lifecycle.extend(self.actor, self.case_no, self.days.value(),
                                               self.reason.text(), when)
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()
