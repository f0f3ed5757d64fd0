"""The programme tab: the cohort, hours per module, the attendance entries (a wrong one voided
by a supervisor), and enrolment (a cohort picked from the list, or a new one), attendance and
completion recorded by those allowed to."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from resettle.domain.errors import InvalidInput, ResettleError
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets.date_field import DateField
from ..widgets.kit import (
    STATUS_COLOURS,
    RecordTable,
    explain,
    fmt,
    make_table,
    show_rule,
)
from .lazy import LazyTab
from .record_dialog import RecordDialog, _t, button_row, combo, term
from .voids import VoidControls, struck_rows

ENROLLABLE = ("screening", "custody", "programme")


class ProgrammeTab(LazyTab):
    changed = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.dialog: RecordDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RecordTable([self.tr("Module"), self.tr("Required hours"),
                                  self.tr("Attended"), self.tr("Missing")])
        self.model.numeric = {1, 2, 3}
        self.entries = RecordTable([self.tr("Date"), self.tr("Module"), self.tr("Hours")])
        self.entries.numeric = {2}
        self.entry_view = make_table(self.entries, self)
        self.enrol = QPushButton(self.tr("Enrol in a &cohort…"))
        self.attend = QPushButton(self.tr("Record &attendance…"))
        self.finish = QPushButton(self.tr("Record co&mpletion…"))
        self.enrol.clicked.connect(self.open_enrol)
        self.attend.clicked.connect(self.open_attendance)
        self.finish.clicked.connect(self.open_completion)
        editable = allowed(self.actor.role, Action.EDIT_CASE)
        for button in (self.enrol, self.attend, self.finish):
            button.setVisible(editable)
        self.attendance_voids = VoidControls(self, self.services, self.actor, "attendance",
                                             self.entry_view, self.tr("&Void attendance…"),
                                             self.changed.emit)
        grid = QGridLayout(self)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(QLabel("<b>" + self.tr("Hours per module") + "</b>"), 1, 0)
        grid.addWidget(QLabel("<b>" + self.tr("Attendance entries") + "</b>"), 1, 1)
        grid.addWidget(make_table(self.model, self), 2, 0)
        grid.addWidget(self.entry_view, 2, 1)
        grid.addWidget(self.attendance_voids.label, 3, 0, 1, 2)
        grid.addLayout(button_row(self.enrol, self.attend, self.finish), 4, 0)
        grid.addLayout(button_row(self.attendance_voids.button), 4, 1)
        grid.setRowStretch(2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

    def fill(self, d: CaseDetail) -> None:
        self.detail = d
        p = d.sections.get("programme")
        self.enrol.setEnabled(p is None and d.stage in ENROLLABLE)
        self.attend.setEnabled(p is not None and p.completed_on is None)
        self.finish.setEnabled(p is not None and p.completed_on is None)
        if p is None:
            self.summary.setText(self.tr("Not enrolled in a programme cohort yet."))
            self.model.set_rows([])
            self.entries.set_rows([])
            self.attendance_voids.show(d)
            return
        c = p.cohort
        done = (self.tr("completed on %1").replace("%1", fmt(p.completed_on)) if p.completed_on
                else self.tr("every required hour attended") if p.complete
                else self.tr("in progress"))
        self.summary.setText(self.tr(
            "Cohort %1 at %2: %3 weeks from %4 (expected end %5). Enrolled %6; %7 hours "
            "attended; %8.").replace("%1", c.code).replace("%2", c.centre or "—").replace(
            "%3", str(c.weeks)).replace("%4", fmt(c.start_date)).replace(
            "%5", fmt(c.expected_end)).replace("%6", fmt(p.enrolled_on)).replace(
            "%7", f"{p.total_hours:g}").replace("%8", done))
        colours = {(i, 3): STATUS_COLOURS["overdue" if m.missing else "done"]
                   for i, m in enumerate(p.modules)}
        self.model.set_rows([(term("module", m.module), f"{m.required:g}", f"{m.attended:g}",
                              f"{m.missing:g}") for m in p.modules],
                            [m.module for m in p.modules], colours=colours)
        ids = [a.id for a in p.attendance]
        self.entries.set_rows([(fmt(a.attended_on), term("module", a.module), f"{a.hours:g}")
                               for a in p.attendance], ids,
                              struck=struck_rows(ids, d, "attendance"))
        self.attendance_voids.show(d)

    def _open(self, dialog: RecordDialog) -> None:
        dialog.saved.connect(lambda _r: self.changed.emit())
        self.dialog = dialog
        dialog.open()

    def open_enrol(self) -> None:
        if self.detail is not None:
            self._open(EnrolDialog(self, self.services, self.actor, self.detail))

    def open_attendance(self) -> None:
        d = self.detail
        p = d.sections.get("programme") if d else None
        if d is None or p is None:
            return
        no = d.case_no
        dialog = RecordDialog(self, self.tr("Record attendance"), lambda dlg: (
            self.services.programme.record_attendance(
                self.actor, no, dlg.value("module"), dlg.value("attended_on"),
                dlg.fields["hours"].value())))  # type: ignore[attr-defined]
        dialog.add("module", self.tr("&Module"),
                   combo((m.module, term("module", m.module)) for m in p.modules))
        dialog.add("attended_on", self.tr("&Date"), DateField(d.as_of, "attended_on"))
        hours = QDoubleSpinBox()
        hours.setRange(0.1, 24)
        hours.setDecimals(1)
        hours.setSingleStep(0.5)
        hours.setValue(3)
        dialog.add("hours", self.tr("&Hours"), hours)
        self._open(dialog)

    def open_completion(self) -> None:
        d = self.detail
        if d is None:
            return
        no = d.case_no
        dialog = RecordDialog(self, self.tr("Record completion"), lambda dlg: (
            self.services.programme.complete(self.actor, no, dlg.value("completed_on"))),
            self.tr("Completion is recorded only when every required hour was attended."))
        dialog.add("completed_on", self.tr("Completion &date"),
                   DateField(d.as_of, "completed_on"))
        self._open(dialog)


class EnrolDialog(RecordDialog):
    """A cohort picked from the list of existing ones; "New cohort…" adds one to it."""

    def __init__(self, parent: QWidget, services: Services, actor: Actor,
                 detail: CaseDetail) -> None:
        super().__init__(parent, _t("Enrol in a programme cohort"), self._enrol)
        self.services, self.actor, self.detail = services, actor, detail
        self.cohort = QComboBox()
        self.cohort.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.cohort.setMinimumContentsLength(48)  # "HANA-2026-01 · from 2026-01-05 (12 weeks…"
        self.setMinimumWidth(760)
        self.new_cohort = QPushButton(_t("&New cohort…"))
        self.new_cohort.clicked.connect(self.open_new_cohort)
        self.add("cohort", _t("Co&hort"), self.cohort, beside=self.new_cohort)
        self.add("enrolled_on", _t("&Enrolment date"), DateField(detail.as_of, "enrolled_on"))
        self.cohort_dialog: RecordDialog | None = None
        self.load_cohorts()

    def load_cohorts(self, select: str = "") -> None:
        try:
            rows = self.services.programme.cohorts(self.actor)
        except ResettleError as exc:
            show_rule(self.status, explain(exc))
            rows = []
        self.cohort.clear()
        for c in rows:
            self.cohort.addItem(_t("%1 · from %2 (%3 weeks, %4 enrolled)").replace(
                "%1", c.code).replace("%2", c.start_date.isoformat()).replace(
                "%3", str(c.weeks)).replace("%4", str(c.members)), c.code)
        if not rows:
            self.cohort.addItem(_t("No cohort yet: make one with “New cohort…”"), None)
        index = self.cohort.findData(select) if select else 0
        self.cohort.setCurrentIndex(max(0, index))

    def _enrol(self, _dlg: RecordDialog) -> object:
        code = self.cohort.currentData()
        if not code:
            raise InvalidInput("cohort", "required")
        return self.services.programme.enrol(self.actor, self.detail.case_no, str(code),
                                             self.value("enrolled_on"))

    def open_new_cohort(self) -> None:
        dialog = RecordDialog(self, _t("New programme cohort"), lambda dlg: (
            self.services.programme.create_cohort(
                self.actor, dlg.value("code"), dlg.value("start_date"),
                dlg.fields["weeks"].value() or None,  # type: ignore[attr-defined]
                dlg.value("centre"))))
        dialog.add("code", _t("&Code"), QLineEdit())
        dialog.add("start_date", _t("Start &date"), DateField(self.detail.as_of, "start_date"))
        weeks = QSpinBox()
        weeks.setRange(0, 52)
        weeks.setSpecialValueText(_t("the usual length"))
        dialog.add("weeks", _t("&Weeks"), weeks)
        dialog.add("centre", _t("Ce&ntre"), QLineEdit())
        dialog.saved.connect(lambda c: self.load_cohorts(c.code))
        self.cohort_dialog = dialog
        dialog.open()
