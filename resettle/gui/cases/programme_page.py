"""The Programme screen: the cohorts that exist (filterable), a chosen cohort's members and
hours, and a new cohort created here."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
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
from resettle.domain.roles import Action, allowed
from resettle.domain.validation import limit
from resettle.services.context import Actor

from ..widgets.date_field import DateField
from ..widgets.errors import error_text
from .code_lookup import CodeLookup


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgrammePage", text)


class NewCohortDialog(QDialog):
    """Code, start date, weeks and centre; the typed date is never changed."""

    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.created = ""
        self.setWindowTitle(_t("New cohort"))
        self.code = QLineEdit()
        self.code.setMaxLength(limit("code"))
        self.code.setPlaceholderText("HANA-2026-05")
        self.start = DateField(services.ctx.today(), "start_date")
        self.weeks = QSpinBox(minimum=1, maximum=52, value=12)
        self.centre = QLineEdit()
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("failure")
        self.message.setStyleSheet("color: #a00000;")
        form = QFormLayout()
        form.addRow(_t("Cohort &code:"), self.code)
        form.addRow(_t("&Start date:"), self.start)
        form.addRow(_t("&Weeks:"), self.weeks)
        form.addRow(_t("Cen&tre:"), self.centre)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = QPushButton(_t("C&reate"))
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.clicked.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create(self) -> None:
        try:
            info = self.services.programme.create_cohort(
                self.actor, self.code.text(), self.start.value(), self.weeks.value(),
                self.centre.text())
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.created = info.code
        self.accept()


class ProgrammePage(CodeLookup):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        self.headers = (_t("Case no."), _t("Name"), _t("Enrolled"), _t("Hours"),
                        _t("Completed"))
        self.list_headers = (_t("Cohort"), _t("Start"), _t("Expected end"), _t("Weeks"),
                             _t("Centre"), _t("Members"), _t("Completed"))
        super().__init__(_t("Cohort &code:"), parent)
        self.items_model.numeric = {3, 5, 6}
        self.services, self.actor = services, actor
        self.new_button = QPushButton(_t("&New cohort…"))
        self.new_button.clicked.connect(self.new_cohort)
        self.new_button.setVisible(allowed(actor.role, Action.EDIT_CASE))
        self.row.addWidget(self.new_button)

    def items(self, prefix: str) -> tuple[list[list[str]], list[str]]:
        rows = self.services.programme.cohorts(self.actor, code=prefix)
        return ([[c.code, c.start_date.isoformat(), c.expected_end.isoformat(), str(c.weeks),
                  c.centre, str(c.members), str(c.completed)] for c in rows],
                [c.code for c in rows])

    def load(self, code: str) -> tuple[str, list[list[str]], list[str]]:
        view = self.services.programme.cohort_view(self.actor, code)
        c = view.cohort
        required = sum(h for _m, h in view.required)
        summary = _t("Cohort %1 at %2: %3 to %4 (%5 weeks), %6 members").replace(
            "%1", c.code).replace("%2", c.centre or "?").replace(
            "%3", c.start_date.isoformat()).replace("%4", c.expected_end.isoformat()).replace(
            "%5", str(c.weeks)).replace("%6", str(len(view.members)))
        rows = [[m.case_no, f"{m.name} ({m.name_latin})", m.enrolled_on.isoformat(),
                 f"{sum(x.attended for x in m.modules):g} / {required:g}",
                 m.completed_on.isoformat() if m.completed_on else
                 (_t("ready") if m.complete else "")] for m in view.members]
        return summary, rows, [m.case_no for m in view.members]

    def new_cohort(self) -> None:
        dialog = NewCohortDialog(self.services, self.actor, self)
        if dialog.exec() and dialog.created:
            self.filter.clear()
            self.current_code = dialog.created
            self.refresh()
