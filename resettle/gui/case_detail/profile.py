"""The profile tab: the person's and the case's fields, checked field by field, saved by version."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from resettle.domain import validation as v
from resettle.domain.dates import PartialDate
from resettle.domain.errors import Conflict, InvalidInput, ResettleError
from resettle.domain.roles import Action, allowed
from resettle.services.api import Services
from resettle.services.cases import CaseEdit, PersonEdit
from resettle.services.context import Actor
from resettle.services.views import CaseDetail

from ..widgets.kit import (
    BirthDateEdit,
    error_label,
    explain,
    show_rule,
    tell,
    widget_value,
)
from .conflict import ConflictDialog
from .lazy import LazyTab

PROVINCES = ("함경북도", "함경남도", "양강도", "자강도", "평안북도", "평안남도", "황해북도",
             "황해남도", "강원도", "평양", "라선", "남포")
PERSON_FIELDS = list(PersonEdit.__dataclass_fields__)
CASE_FIELDS = ["route", "travel_document", "referred_by", "high_profile", "caseworker"]


def _birth(value: str) -> None:
    if value:
        PartialDate.parse(value, "birth_date")


CHECKS: dict[str, Callable[[Any], object]] = {
    "family_name": lambda x: v.required_text(x, "family_name"),
    "given_name": lambda x: v.required_text(x, "given_name"),
    "family_name_latin": lambda x: v.optional_text(x, "family_name_latin"),
    "given_name_latin": lambda x: v.optional_text(x, "given_name_latin"),
    "birth_date": _birth,
    "origin_province": lambda x: v.optional_text(x, "origin_province"),
    "origin_city": lambda x: v.optional_text(x, "origin_city"),
    "occupation": lambda x: v.optional_text(x, "occupation"),
    "route": lambda x: v.optional_text(x, "route", multiline=True),
    "referred_by": lambda x: v.optional_text(x, "referred_by"),
}


class ProfileTab(LazyTab):
    saved = Signal(object)  # the CaseDetail after a save
    reload_requested = Signal()

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor

    def build(self) -> None:
        self.detail: CaseDetail | None = None
        self.original: dict[str, Any] = {}
        self.person_version = self.case_version = 0
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        e = self.widgets
        for name in ("family_name", "given_name", "family_name_latin", "given_name_latin",
                     "origin_city", "occupation", "referred_by", "caseworker"):
            e[name] = QLineEdit()
        e["sex"] = _combo([("F", self.tr("Female")), ("M", self.tr("Male")),
                           ("X", self.tr("Other / unknown"))])
        e["birth_date"] = BirthDateEdit()
        province = QComboBox()
        province.setEditable(True)
        province.addItems(["", *PROVINCES])
        e["origin_province"] = province
        e["route"] = QPlainTextEdit()
        e["route"].setTabChangesFocus(True)
        e["route"].setFixedHeight(80)
        e["travel_document"] = _combo([("valid", self.tr("Valid")),
                                       ("forged", self.tr("Forged")),
                                       ("none", self.tr("None"))])
        e["high_profile"] = QCheckBox(self.tr("High profile (may need protective custody)"))
        # The frame first, then the fields straight into it: each widget is parented once.
        scroll, inner = QScrollArea(), QWidget()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        columns = QHBoxLayout(inner)
        person, case = QFormLayout(), QFormLayout()
        for title, form in ((self.tr("Person"), person), (self.tr("Case"), case)):
            box = QVBoxLayout()
            columns.addLayout(box, 1)
            box.addWidget(QLabel(f"<b>{title}</b>"))
            box.addLayout(form)
            box.addStretch(1)
        rows = [(person, "family_name", self.tr("Family name (Hangul)")),
                (person, "given_name", self.tr("Given name (Hangul)")),
                (person, "family_name_latin", self.tr("Family name (Latin)")),
                (person, "given_name_latin", self.tr("Given name (Latin)")),
                (person, "sex", self.tr("Sex")), (person, "birth_date", self.tr("Birth date")),
                (person, "origin_province", self.tr("Province of origin")),
                (person, "origin_city", self.tr("City of origin")),
                (person, "occupation", self.tr("Occupation")),
                (case, "route", self.tr("Route")),
                (case, "travel_document", self.tr("Travel document")),
                (case, "referred_by", self.tr("Referred by")),
                (case, "high_profile", ""), (case, "caseworker", self.tr("Caseworker"))]
        for form, name, text in rows:
            self.errors[name] = error_label()
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(e[name])
            cell.addWidget(self.errors[name])
            form.addRow(text, cell)
            e[name].setAccessibleName(text or name)
            self._watch(name)
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.clicked.connect(self.save)
        self.photo_button = QPushButton(self.tr("Change ph&oto…"))
        self.photo_button.clicked.connect(self.choose_photo)
        self.rename_button = QPushButton(self.tr("Na&me change…"))
        self.rename_button.clicked.connect(self.open_rename)
        self.name_dialog: QWidget | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        editable = allowed(self.actor.role, Action.EDIT_CASE)
        for w in self.widgets.values():
            w.setEnabled(editable)
        self.save_button.setVisible(editable)
        self.photo_button.setVisible(editable)
        self.rename_button.setVisible(editable)

    def _watch(self, name: str) -> None:
        w = self.widgets[name]
        if isinstance(w, QLineEdit):
            w.editingFinished.connect(lambda: self.check(name))
            w.textEdited.connect(lambda _t: self.check(name))
        elif isinstance(w, QPlainTextEdit):
            w.textChanged.connect(lambda: self.check(name))
        elif isinstance(w, QComboBox) and w.isEditable():
            w.editTextChanged.connect(lambda _t: self.check(name))
        elif isinstance(w, BirthDateEdit):
            for spin in (w.year, w.month, w.day):
                spin.valueChanged.connect(lambda _v: self.check(name))
            w.precision.currentIndexChanged.connect(lambda _i: self.check(name))

    def check(self, name: str) -> bool:
        """Run the field's rule now; the rule in words appears next to it while broken."""
        check = CHECKS.get(name)
        try:
            if check:
                check(self.value(name))
        except InvalidInput as exc:
            show_rule(self.errors[name], explain(exc))
            return False
        show_rule(self.errors[name], "")
        return True

    def value(self, name: str) -> Any:
        return widget_value(self.widgets[name])

    def set_value(self, name: str, value: Any) -> None:
        w = self.widgets[name]
        if isinstance(w, QLineEdit):
            w.setText(str(value or ""))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(str(value or ""))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, BirthDateEdit):
            w.set_value(value)
        elif isinstance(w, QComboBox) and w.isEditable():
            w.setCurrentText(str(value or ""))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))

    def fill(self, d: CaseDetail) -> None:
        self.detail, self.original = d, loaded(d)
        self.person_version, self.case_version = d.person_version, d.version
        for name, value in loaded(d).items():
            self.set_value(name, value)
        for label in self.errors.values():
            show_rule(label, "")
        self.status.setText("")

    def edits(self) -> tuple[PersonEdit, CaseEdit]:
        person = PersonEdit(**{f: self.value(f) for f in PERSON_FIELDS})
        case = CaseEdit(**{f: self.value(f) for f in CASE_FIELDS})
        return person, case

    def save(self) -> None:
        if self.detail is None or not all([self.check(n) for n in CHECKS]):
            self.status.setText(self.tr("Correct the fields marked in red first."))
            return
        person, case = self.edits()
        d, no = self.detail, self.detail.case_no
        before = loaded(d)
        try:
            if any(getattr(person, f) != before[f] for f in PERSON_FIELDS):
                d = self.services.cases.edit_person(self.actor, no, self.person_version, person)
                self.person_version = d.person_version
            if any(getattr(case, f) != before[f] for f in CASE_FIELDS):
                d = self.services.cases.edit_case(self.actor, no, self.case_version, case)
        except InvalidInput as exc:
            self._field_error(exc)
        except Conflict as exc:
            self._conflict(exc)
        except ResettleError as exc:
            tell(self, explain(exc))
        else:
            self.load(d)
            self.status.setText(self.tr("Saved."))
            self.saved.emit(d)

    def _field_error(self, exc: InvalidInput) -> None:
        label, widget = self.errors.get(exc.field), self.widgets.get(exc.field)
        if label is None or widget is None:
            tell(self, explain(exc))
            return
        show_rule(label, explain(exc))
        widget.setFocus()
        self.status.setText(self.tr("Not saved: correct the field marked in red."))

    def _conflict(self, exc: Conflict) -> None:
        self.status.setText(self.tr("Not saved: someone else saved first."))
        if "version" not in exc.theirs:
            tell(self, explain(exc))
            return
        self.conflict_dialog = ConflictDialog(exc.mine, exc.theirs, self)
        entity = str(exc.params.get("entity", ""))

        def decide() -> None:
            choice = self.conflict_dialog.choice
            if choice == ConflictDialog.OVERWRITE:
                self._merge(exc.theirs)
                if entity == "person":
                    self.person_version = int(exc.theirs["version"])
                else:
                    self.case_version = int(exc.theirs["version"])
                self.save()
            elif choice == ConflictDialog.RELOAD:
                self.reload_requested.emit()

        self.conflict_dialog.finished.connect(lambda _r: decide())
        self.conflict_dialog.open()

    def _merge(self, theirs: dict[str, Any]) -> None:
        """Fields I did not touch take their saved value, so their other changes survive."""
        for name, value in theirs.items():
            if name in self.widgets and self.value(name) == self.original.get(name):
                self.set_value(name, value)
                self.original[name] = "" if value is None else value

    def open_rename(self) -> None:
        """A legal name change is recorded as a change, dated, the old name kept."""
        from .name_dialog import NameChangeDialog

        if self.detail is None:
            return
        dialog = NameChangeDialog(self, self.services, self.actor, self.detail)
        dialog.saved.connect(lambda d: self.saved.emit(d))
        self.name_dialog = dialog
        dialog.open()

    def choose_photo(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                               self.tr("Images (*.jpg *.jpeg *.png)"))
        if not path or self.detail is None:
            return
        try:
            with open(path, "rb") as fh:
                self.services.cases.set_photo(self.actor, self.detail.case_no, fh.read())
        except ResettleError as exc:
            tell(self, explain(exc))
        except OSError as exc:
            tell(self, self.tr("The file could not be read: %1").replace("%1", exc.strerror
                                                                           or ""))
        else:
            self.reload_requested.emit()


def loaded(d: CaseDetail) -> dict[str, Any]:
    """The form's fields as the case was loaded (None shown as empty)."""
    out: dict[str, Any] = {f: getattr(d.name, f) for f in
                           ("family_name", "given_name", "family_name_latin", "given_name_latin")}
    for f in PERSON_FIELDS + CASE_FIELDS:
        if f not in out:
            out[f] = getattr(d, f)
    return {k: "" if v is None else v for k, v in out.items()}


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    box = QComboBox()
    for code, text in items:
        box.addItem(text, code)
    return box
