"""The custody tab: the clock against its legal limit, extensions, and their request/decision."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import ResettleError
from resettle.domain.roles import Action, allowed
from resettle.domain.stages import HOLDING
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail, CustodyView

from ..widgets import labels
from ..widgets.date_field import DateField
from ..widgets.kit import (
    MUTED,
    STATUS_COLOURS,
    LockNote,
    RecordTable,
    explain,
    fmt,
    make_table,
    selected_key,
    tell,
)
from .lazy import LazyTab

OPEN_CLOCK = HOLDING  # the stages that hold a person (resettle.domain.stages)


class CustodyTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.numbers: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = [("start", self.tr("Arrival (day 1)")),  # the one term for that date
                 ("rule", self.tr("Rule in force")), ("limit", self.tr("Limit")),
                 ("held", self.tr("Days held")), ("left", self.tr("Days left")),
                 ("last", self.tr("Last lawful day")), ("status", self.tr("Status"))]
        for i, (key, text) in enumerate(names):
            self.numbers[key] = QLabel()
            self.captions[key] = QLabel(text + ":")
            grid.addWidget(self.captions[key], i // 2, (i % 2) * 2)
            grid.addWidget(self.numbers[key], i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar.setAccessibleName(self.tr("Days held against the limit"))
        self.empty = QLabel(self.tr("The custody clock has not started: it counts from the "
                                    "arrival date."))
        self.model = RecordTable([self.tr("Requested"), self.tr("Days"), self.tr("Reason"),
                                  self.tr("Status"), self.tr("Requested by"),
                                  self.tr("Decided by"), self.tr("Decision date"),
                                  self.tr("Decision reason")])
        self.model.numeric = {1}
        self.table = make_table(self.model, self)
        self.request = QPushButton(self.tr("&Request extension…"))
        self.approve = QPushButton(self.tr("&Approve"))
        self.refuse = QPushButton(self.tr("Refu&se"))
        self.lock = LockNote()
        self.request.clicked.connect(self.ask_extension)
        self.approve.clicked.connect(lambda: self.decide(True))
        self.refuse.clicked.connect(lambda: self.decide(False))
        buttons = QHBoxLayout()
        for w in (self.request, self.approve, self.refuse):
            buttons.addWidget(w)
        buttons.addWidget(self.lock, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(grid)
        layout.addWidget(self.bar)
        layout.addWidget(QLabel("<b>" + self.tr("Extensions") + "</b>"))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        c = d.custody
        self.empty.setVisible(c is None)
        self.bar.setVisible(c is not None)
        if c is not None:
            self._show_clock(c)
        else:
            for label in self.numbers.values():
                label.setText("—")
        exts = c.extensions if c else ()
        self.model.set_rows([(fmt(x.recorded_at), x.days, x.reason, self._status(x.status),
                              x.requested_by, x.decided_by, fmt(x.decision_date),
                              x.decision_reason) for x in exts], [x.id for x in exts])
        self._enable()

    def _status(self, code: str) -> str:
        """The glossary's word (requested, approved, refused, lapsed when custody ended)."""
        from .record_dialog import term

        return term("extension_status", code)

    def _show_clock(self, c: CustodyView) -> None:
        n = self.numbers
        n["start"].setText(c.start.isoformat() + ("" if c.running else " · " + self.tr(
            "stopped %1").replace("%1", fmt(c.end))))
        n["rule"].setText(self.tr("%1 days (arrivals from %2)").replace(
            "%1", str(c.base_limit)).replace("%2", c.rule_from.isoformat()))
        extra = c.limit - c.base_limit
        n["limit"].setText(self.tr("%1 days").replace("%1", str(c.limit)) + (
            " " + self.tr("(incl. %1 days extension)").replace("%1", str(extra)) if extra else ""))
        n["held"].setText(str(c.days_held))
        # a stopped clock counts down to nothing: it says by how much the limit was exceeded
        self.captions["left"].setText((self.tr("Days left") if c.running
                                       else self.tr("Days over the limit")) + ":")
        n["left"].setText(str(c.days_left if c.running else c.over_limit_days))
        n["last"].setText(c.last_lawful_day.isoformat())
        colour = STATUS_COLOURS.get(c.status.value, MUTED)  # ended: muted, no warning colour
        n["status"].setText(f"<b style='color:{colour}'>{labels.custody_status(c.status)}</b>")
        self.bar.setRange(0, max(c.limit, c.days_held))
        self.bar.setValue(c.days_held)
        self.bar.setFormat(self.tr("%1 of %2 days").replace("%1", str(c.days_held)).replace(
            "%2", str(c.limit)))
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")

    def _pending(self) -> int | None:
        key = selected_key(self.table)
        if self.detail is None or self.detail.custody is None:
            return None
        ext = next((x for x in self.detail.custody.extensions if x.id == key), None)
        return ext.id if ext and ext.status == "requested" else None

    def _enable(self) -> None:
        d, role = self.detail, self.actor.role
        open_clock = d is not None and d.stage in OPEN_CLOCK and d.custody is not None
        may_request = allowed(role, Action.REQUEST_EXTENSION)
        may_decide = allowed(role, Action.APPROVE_EXTENSION)
        self.request.setVisible(may_request)
        self.request.setEnabled(open_clock)
        for b in (self.approve, self.refuse):
            b.setVisible(may_request or may_decide)
            b.setEnabled(may_decide and self._pending() is not None)
        if may_decide:
            self.lock.set_text(self.tr("Select a pending extension to approve or refuse it."),
                               locked=False)
        elif may_request:
            self.lock.set_text(self.tr("Only a supervisor may approve or refuse an extension."))
        else:
            self.lock.set_text("")

    def ask_extension(self) -> None:
        if self.detail is None:
            return
        dialog = DecisionDialog(self.tr("Request an extension"), self, True, self.detail.as_of)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.services.lifecycle.request_extension(self.actor, self.detail.case_no,
                                                      dialog.days.value(), dialog.reason.text())
        except ResettleError as exc:
            tell(self, explain(exc))
        else:
            self.changed.emit()

    def decide(self, approve: bool) -> None:
        ext = self._pending()
        if ext is None:
            return
        title = self.tr("Approve the extension") if approve else self.tr("Refuse the extension")
        assert self.detail is not None
        dialog = DecisionDialog(title, self, False, self.detail.as_of)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.services.lifecycle.decide_extension(self.actor, ext, approve,
                                                     dialog.date.value(),
                                                     dialog.reason.text())
        except ResettleError as exc:
            tell(self, explain(exc))
        else:
            self.changed.emit()


class DecisionDialog(QDialog):
    """Days and a reason (a request), or a decision date and a reason (a decision)."""

    def __init__(self, title: str, parent: QWidget, days: bool, today: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        # a typed decision date is never clamped: the service refuses a disallowed one
        self.days, self.reason = QSpinBox(), QLineEdit()
        self.date = DateField(today, "decision_date")
        self.days.setRange(1, 180)
        self.days.setValue(30)
        if days:
            form.addRow(self.tr("Days"), self.days)
        else:
            form.addRow(self.tr("Decision date"), self.date)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
