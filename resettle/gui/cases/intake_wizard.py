"""Intake of a new person step by step, with the possible-duplicate warning; and CSV import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from resettle.domain.errors import ImportProblem, InvalidInput, ResettleError
from resettle.services.api import Services
from resettle.services.cases import CaseQuery
from resettle.services.context import Actor
from resettle.services.intake import ImportRejected, IntakeForm, PossibleDuplicate

from ..widgets import labels
from ..widgets.date_field import DateField
from ..widgets.kit import (
    BirthDateEdit,
    RecordTable,
    error_label,
    explain,
    make_table,
    show_rule,
    widget_value,
)


class FormPage(QWizardPage):
    """A page of labelled fields; each field has a place for its rule in words."""

    def __init__(self, wizard: IntakeWizard, title: str, subtitle: str) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.form = QFormLayout(self)
        self.names: list[str] = []

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        self.wiz.fields[name] = widget
        self.wiz.errors[name] = error_label()
        self.names.append(name)
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(widget)
        cell.addWidget(self.wiz.errors[name])
        self.form.addRow(label, cell)
        widget.setAccessibleName(label.replace("&", ""))
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: show_rule(self.wiz.errors[name], ""))
        return widget

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """The service's own validation; a broken rule is shown next to its field."""
        for name in self.names:
            show_rule(self.wiz.errors[name], "")
        try:
            self.wiz.duplicates = self.wiz.services.intake.check(self.wiz.actor, self.wiz.form())
        except InvalidInput as exc:
            self.wiz.show_invalid(exc)
            if exc.field not in self.names:
                self.wiz.status(explain(exc))
            return False
        except ResettleError as exc:
            self.wiz.status(explain(exc))
            return False
        return True


class ReviewPage(QWizardPage):
    """The last step: a possible duplicate must be looked at and declared a different person."""

    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b26a00; font-weight: 600;")
        self.model = RecordTable([self.tr("Case no."), self.tr("Name"), self.tr("Born"),
                                  self.tr("Stage"), self.tr("Group")])
        self.table = make_table(self.model, self)
        self.table.setToolTip(self.tr("Double-click a case to open it."))
        self.table.doubleClicked.connect(self.open_match)
        self.different = QCheckBox(self.tr("I have looked at these cases: this is a &different "
                                           "person"))
        self.different.toggled.connect(lambda _c: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.different)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        f, dups = self.wiz.form(), self.wiz.duplicates
        self.summary.setText(self.tr("%1 %2 (%3), born %4, arrived %5.").replace(
            "%1", f.family_name + f.given_name).replace(
            "%2", f"{f.family_name_latin} {f.given_name_latin}".strip()).replace(
            "%3", labels.sex(f.sex)).replace("%4", f.birth_date or self.tr("unknown")).replace(
            "%5", f.arrival_date.isoformat()))
        self.setTitle(self.tr("Possible duplicate") if dups else self.tr("Ready to save"))
        self.setSubTitle(self.tr("Cases are never merged; check before saving.") if dups
                         else self.tr("Press Finish to open the case."))
        self.warning.setText(self.tr(
            "%1 existing case(s) have the same or a variant name and birth year. Look at them "
            "before you save a new case.").replace("%1", str(len(dups))) if dups else "")
        rows = self.wiz.rows_for(dups)
        self.model.set_rows([(r.case_no, f"{r.name.hangul} {r.name.latin}".strip(),
                              r.birth_date or "—", labels.stage(r.stage), r.group) for r in rows],
                            [r.case_no for r in rows])
        for w in (self.warning, self.table, self.different):
            w.setVisible(bool(dups))
        self.different.setChecked(False)

    def open_match(self, index: Any) -> None:
        """Look at a possible match in its own window before deciding."""
        from ..case_detail.window import CaseDetailWindow

        window = CaseDetailWindow(self.wiz.services, self.wiz.actor,
                                  str(index.siblingAtColumn(0).data()), self)
        window.setWindowFlag(Qt.WindowType.Window, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        self.opened = window

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.wiz.duplicates or self.different.isChecked()

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        return self.wiz.save(accept=self.different.isChecked())


class IntakeWizard(QWizard):
    caseCreated = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.duplicates: tuple[str, ...] = ()
        self.case_no = ""
        self.setWindowTitle(self.tr("New person (intake)"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Import &CSV…"))
        self.customButtonClicked.connect(lambda _b: self.import_csv())
        self.identity, self.arrival, self.notes = self._identity(), self._arrival(), \
            self._notes()
        self.review = ReviewPage(self)
        for page in (self.identity, self.arrival, self.notes, self.review):
            self.addPage(page)
        self.resize(760, 600)

    def _identity(self) -> FormPage:
        p = FormPage(self, self.tr("Identity"), self.tr(
            "Names as the person writes them, in Hangul, and romanised as in their documents."))
        p.add("family_name", self.tr("Family name (Hangul)"), QLineEdit())
        p.add("given_name", self.tr("Given name (Hangul)"), QLineEdit())
        p.add("family_name_latin", self.tr("Family name (Latin)"), QLineEdit())
        p.add("given_name_latin", self.tr("Given name (Latin)"), QLineEdit())
        p.add("birth_date", self.tr("Birth date"), BirthDateEdit())
        sex = QComboBox()
        for code, text in (("F", self.tr("Female")), ("M", self.tr("Male")),
                           ("X", self.tr("Other / unknown"))):
            sex.addItem(text, code)
        p.add("sex", self.tr("Sex"), sex)
        p.add("birth_place", self.tr("Place of origin"), QLineEdit())
        p.add("occupation", self.tr("Occupation"), QLineEdit())
        return p

    def _arrival(self) -> FormPage:
        p = FormPage(self, self.tr("Arrival"), self.tr(
            "How and when the person arrived; a group code links people who came together."))
        today = self.services.ctx.today()
        # typed as it is, never clamped to today: the service refuses a future arrival
        p.add("arrival_date", self.tr("Arrival date"), DateField(today, "arrival_date"))
        route = QPlainTextEdit()
        route.setTabChangesFocus(True)
        route.setPlaceholderText(self.tr("e.g. Hyesan – Shenyang – Kunming – Laos – Bangkok"))
        p.add("route", self.tr("Route"), route)
        doc = QComboBox()
        for code, text in (("none", self.tr("None")), ("valid", self.tr("Valid")),
                           ("forged", self.tr("Forged"))):
            doc.addItem(text, code)
        p.add("travel_document", self.tr("Travel document"), doc)
        p.add("group", self.tr("Group code"), QLineEdit())
        p.add("referred_by", self.tr("Referred by"), QLineEdit())
        p.add("high_profile", "", QCheckBox(self.tr("High profile")))
        return p

    def _notes(self) -> FormPage:
        p = FormPage(self, self.tr("Notes"), self.tr("Anything else the caseworker should know."))
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        p.add("notes", self.tr("Notes"), notes)
        return p

    def value(self, name: str) -> Any:
        return widget_value(self.fields[name])

    def form(self) -> IntakeForm:
        return IntakeForm(**{name: self.value(name) for name in self.fields})

    def show_invalid(self, exc: InvalidInput) -> None:
        label, widget = self.errors.get(exc.field), self.fields.get(exc.field)
        if label is None or widget is None:
            self.status(explain(exc))
            return
        show_rule(label, explain(exc))
        widget.setFocus()

    def status(self, text: str) -> None:
        page = self.currentPage()
        if page is not None:
            page.setSubTitle(text)

    def rows_for(self, case_nos: tuple[str, ...]) -> list[Any]:
        rows = []
        for no in case_nos:
            ids = self.services.cases.find_ids(self.actor, CaseQuery(search=no))
            rows += [r for r in self.services.cases.rows(self.actor, ids) if r.case_no == no]
        return rows

    def save(self, accept: bool) -> bool:
        try:
            result = self.services.intake.intake(self.actor, self.form(),
                                                 accept_duplicates=accept)
        except PossibleDuplicate as exc:  # someone added a match since the check
            self.duplicates = tuple(exc.params.get("case_nos", ()))
            self.review.initializePage()
            return False
        except InvalidInput as exc:
            self.status(explain(exc))
            return False
        except ResettleError as exc:
            self.status(explain(exc))
            return False
        self.case_no = result.case_no
        self.caseCreated.emit(result.case_no)
        return True

    def import_csv(self) -> None:
        dialog = CsvImportDialog(self.services, self.actor, self)
        dialog.open()
        self.csv_dialog = dialog


class CsvImportDialog(QDialog):
    """All rows or none: a rejected file shows every bad row by line, field and problem."""

    casesImported = Signal(list)  # noqa: N815 - Qt signal naming

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from resettle.services.csv_intake import HEADER

        self.services, self.actor = services, actor
        self.setWindowTitle(self.tr("Import people from a CSV file"))
        intro = QLabel(self.tr("A UTF-8 CSV file whose first line is exactly:") +
                       f"<br><code>{','.join(HEADER)}</code><br>" + self.tr(
            "Either every row is imported, or none is."))
        intro.setWordWrap(True)
        self.choose = QPushButton(self.tr("&Choose file…"))
        self.choose.clicked.connect(self.choose_file)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.model = RecordTable([self.tr("Line"), self.tr("Field"), self.tr("Problem")])
        self.table = make_table(self.model, self)
        self.table.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.choose, self.result):
            layout.addWidget(w)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)

    def choose_file(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose a CSV file"), "",
                                               self.tr("CSV files (*.csv)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        try:
            results = self.services.intake.import_csv(self.actor, path.read_bytes())
        except ImportRejected as exc:
            self.show_problems(exc.problems)
            return
        except ResettleError as exc:
            self.result.setText(explain(exc))
            return
        except OSError as exc:
            self.result.setText(self.tr("The file could not be read: %1").replace(
                "%1", exc.strerror or ""))
            return
        nos = [r.case_no for _line, r in results]
        self.model.headers = [self.tr("Line"), self.tr("Case no."),
                              self.tr("Possible duplicate of")]
        self.model.set_rows([(line, r.case_no, ", ".join(r.possible_duplicates))
                             for line, r in results])
        self.table.show()
        self.result.setText(self.tr("%1 new case(s) were created.").replace("%1", str(len(nos))))
        self.casesImported.emit(nos)

    def show_problems(self, problems: list[ImportProblem]) -> None:
        rows = [(str(p.line), labels.field(p.field), explain(p.error())) for p in problems]
        self.model.headers = [self.tr("Line"), self.tr("Field"), self.tr("Problem")]
        self.model.set_rows(rows)
        self.table.show()
        self.result.setText(self.tr("Nothing was imported: %1 row(s) need correcting. Fix them "
                                    "in the file and import it again.").replace(
            "%1", str(len({r[0] for r in rows}))))
