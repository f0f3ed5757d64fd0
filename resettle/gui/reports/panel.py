"""The Reports page: choose a report and its parameters, build it in the background, preview it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from resettle.domain.errors import PermissionDenied, ResettleError
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.reports import ReportFile

from ..widgets.kit import explain, pydate, qdate, tell
from ..widgets.pdf_preview import PdfPreview, PdfPreviewDialog
from ..widgets.tasks import TaskRunner


def _t(text: str) -> str:
    return QCoreApplication.translate("reports_view", text)


def refusal_text(exc: ResettleError, case_no: str = "") -> str:
    """The sentence for a refused report; a lawyer asking for someone else's case is told why."""
    if isinstance(exc, PermissionDenied) and exc.params.get("role") == "lawyer" and case_no:
        return _t("You do not represent case %1, so you cannot see or print it. Only the "
                  "lawyers assigned to a case can.").replace("%1", case_no.strip().upper())
    return explain(exc)


def print_case_summary(services: Services, actor: Actor, case_no: str,
                       parent: QWidget | None) -> PdfPreviewDialog | None:
    """Build the case summary and open its preview with Save and Print (one click each)."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = services.reports.case_summary(actor, case_no)
    except ResettleError as exc:
        QGuiApplication.restoreOverrideCursor()
        tell(parent, refusal_text(exc, case_no))
        return None
    QGuiApplication.restoreOverrideCursor()
    dialog = PdfPreviewDialog(report.pdf, report.filename,
                              _t("Case summary %1").replace("%1", case_no), parent)
    dialog.show()
    return dialog


KINDS = ("case_summary", "custody_review", "cohort", "group", "statistics")


class ReportsPanel(QWidget):
    finished = Signal()  # a report was built (or refused): tests and the main window wait on it

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.tasks = TaskRunner(self)
        self.kind = QComboBox()
        names = {"case_summary": self.tr("Case summary"),
                 "custody_review": self.tr("Custody review"),
                 "cohort": self.tr("Programme cohort"), "group": self.tr("Group"),
                 "statistics": self.tr("Statistics")}
        for code in KINDS:
            if self._may(code):
                self.kind.addItem(names[code], code)
        self.case_no, self.code = QLineEdit(), QLineEdit()
        self.case_no.setPlaceholderText("R-2024-00017")
        self.as_of = QDateEdit(qdate(services.ctx.today()))
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.year = QSpinBox()
        self.year.setRange(1999, 2100)
        self.year.setMinimum(1999)
        self.year.setSpecialValueText(self.tr("All years"))
        self.year.setValue(1999)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Korean"), "ko")
        self.lang.addItem(self.tr("English"), "en")
        self.lang.setCurrentIndex(max(0, self.lang.findData(actor.language)))
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Report"), self.kind)
        self.params: dict[str, tuple[QLabel, QWidget]] = {}
        for key, label, widget in (("case_no", self.tr("Case no."), self.case_no),
                                   ("as_of", self.tr("As of"), self.as_of),
                                   ("code", self.tr("Code"), self.code),
                                   ("year", self.tr("Year"), self.year)):
            lab = QLabel(label)
            lab.setBuddy(widget)
            self.form.addRow(lab, widget)
            self.params[key] = (lab, widget)
        self.form.addRow(self.tr("&Language"), self.lang)
        self.generate = QPushButton(self.tr("Genera&te"))
        self.generate.setDefault(True)
        self.generate.clicked.connect(self.start)
        for line in (self.case_no, self.code):
            line.returnPressed.connect(self.start)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        side = QWidget()
        box = QVBoxLayout(side)
        box.addLayout(self.form)
        box.addWidget(self.generate)
        box.addWidget(self.busy)
        box.addWidget(self.status)
        box.addStretch(1)
        self.preview = PdfPreview()
        split = QSplitter()
        split.addWidget(side)
        split.addWidget(self.preview)
        split.setStretchFactor(1, 1)
        split.setSizes([320, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.kind.currentIndexChanged.connect(self._show_params)
        self._show_params()

    def _may(self, code: str) -> bool:
        role = self.actor.role
        if code == "statistics":
            return allowed(role, Action.VIEW_STATISTICS)
        if code == "custody_review":
            return allowed(role, Action.REVIEW_CUSTODY)
        if code in ("cohort", "group"):
            return role.value != "lawyer"
        return allowed(role, Action.PRINT_REPORT)

    def _show_params(self) -> None:
        code = self.kind.currentData()
        wanted = {"case_summary": {"case_no"}, "custody_review": {"as_of"},
                  "cohort": {"code"}, "group": {"code"}, "statistics": {"year"}}.get(code, set())
        for key, (label, widget) in self.params.items():
            label.setVisible(key in wanted)
            widget.setVisible(key in wanted)
        self.params["code"][0].setText(self.tr("Cohort code") if code == "cohort"
                                       else self.tr("Group code"))

    def choose(self, kind: str, **values: Any) -> None:
        """Select a report and fill its parameters (the case window's shortcut uses this)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        if "case_no" in values:
            self.case_no.setText(values["case_no"])
        if "code" in values:
            self.code.setText(values["code"])

    def _call(self) -> Callable[[], ReportFile]:
        s, a, lang, code = self.services, self.actor, str(self.lang.currentData()), \
            self.kind.currentData()
        case_no, group = self.case_no.text().strip(), self.code.text().strip()
        as_of: date = pydate(self.as_of.date())
        year = None if self.year.value() == self.year.minimum() else self.year.value()
        calls: dict[str, Callable[[], ReportFile]] = {
            "case_summary": lambda: s.reports.case_summary(a, case_no, lang),
            "custody_review": lambda: s.reports.custody_review(a, as_of, lang),
            "cohort": lambda: s.reports.cohort(a, group, lang),
            "group": lambda: s.reports.group(a, group, lang),
            "statistics": lambda: s.reports.statistics(a, year, lang)}
        return calls[code]

    def start(self) -> None:
        if self.tasks.busy() or self.kind.currentData() is None:
            return
        call = self._call()
        self.generate.setEnabled(False)
        self.busy.show()
        self.status.setText(self.tr("Generating…"))
        self.preview.clear(self.tr("Generating…"))
        self.tasks.run("report", call, self._done, self._failed)

    def _finish(self) -> None:
        self.generate.setEnabled(True)
        self.busy.hide()
        self.finished.emit()

    def _done(self, report: ReportFile) -> None:
        self.preview.set_pdf(report.pdf, report.filename)
        self.status.setText(self.tr("Ready."))
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ResettleError):
            text = refusal_text(exc, self.case_no.text())
        else:
            text = self.tr("The report could not be built: %1").replace(
                "%1", type(exc).__name__)
        self.status.setText(text)
        self.preview.clear(text)
        self._finish()
        if not isinstance(exc, ResettleError):
            raise exc
