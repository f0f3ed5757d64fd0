"""Small shared pieces for the case screens: a read-only table model, messages, date widgets."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from resettle.domain.errors import ResettleError

from .date_field import DateField
from .errors import error_text

Index = QModelIndex | QPersistentModelIndex
# Status colours shared by custody clocks and follow-up schedules (readable on white and dark).
STATUS_COLOURS = {"ok": "#2e7d32", "done": "#2e7d32", "due": "#b26a00", "overdue": "#c62828",
                  "upcoming": "#546e7a"}
MUTED = "#6b6b6b"


def _t(text: str) -> str:
    return QCoreApplication.translate("case_detail", text)


class RecordTable(QAbstractTableModel):
    """Rows of display text; a row can be struck through (voided) or given a text colour."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.struck: set[int] = set()
        self.colours: dict[tuple[int, int], str] = {}
        self.keys: list[object] = []
        self.numeric: set[int] = set()  # columns aligned right

    def set_rows(self, rows: Sequence[Sequence[object]], keys: Sequence[object] = (),
                 struck: set[int] | None = None,
                 colours: dict[tuple[int, int], str] | None = None) -> None:
        self.beginResetModel()
        self.rows = [tuple("" if v is None else str(v) for v in row) for row in rows]
        self.keys = list(keys) or [None] * len(self.rows)
        self.struck, self.colours = struck or set(), colours or {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[r][c]
        if role == Qt.ItemDataRole.FontRole and r in self.struck:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colours.get((r, c)) or (MUTED if r in self.struck else None)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.UserRole:
            return self.keys[r]
        if role == Qt.ItemDataRole.TextAlignmentRole and c in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def make_table(model: RecordTable, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting, keyboard-navigable table over `model`."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


def selected_key(view: QTableView) -> object:
    rows = view.selectionModel().selectedRows()
    return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None


def explain(exc: ResettleError) -> str:
    """The translated sentence for a typed error."""
    return error_text(exc)


def tell(parent: QWidget | None, text: str, warning: bool = True) -> QMessageBox:
    """A window-modal message that does not block the caller (tests can read and close it)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, _t("Resettle"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("resettleMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def error_label() -> QLabel:
    """The rule in words, shown next to a field while its value breaks it."""
    label = QLabel()
    label.setStyleSheet(f"color: {STATUS_COLOURS['overdue']};")
    label.setWordWrap(True)
    label.hide()
    return label


def show_rule(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fmt(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo else value
        return local.strftime("%Y-%m-%d %H:%M")
    return str(value)


class BirthDateEdit(QWidget):
    """A birth date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD."""

    PRECISIONS = ("unknown", "year", "month", "day")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.precision = QComboBox()
        for code, text in zip(self.PRECISIONS, (_t("Unknown"), _t("Year only (YYYY)"),
                                                _t("Year and month (YYYY-MM)"),
                                                _t("Full date (YYYY-MM-DD)")), strict=True):
            self.precision.addItem(text, code)
        self.year, self.month, self.day = QSpinBox(), QSpinBox(), QSpinBox()
        self.year.setRange(1900, 2100)
        self.year.setValue(1990)
        self.month.setRange(1, 12)
        self.day.setRange(1, 31)
        for spin, name in ((self.year, _t("Year")), (self.month, _t("Month")),
                           (self.day, _t("Day"))):
            spin.setAccessibleName(name)
        self.precision.setAccessibleName(_t("Birth date known to"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.precision)
        for spin in (self.year, self.month, self.day):
            row.addWidget(spin)
        row.addStretch(1)
        self.precision.currentIndexChanged.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        level = self.precision.currentIndex()
        for i, spin in enumerate((self.year, self.month, self.day), start=1):
            spin.setVisible(level >= i)

    def value(self) -> str:
        level = self.precision.currentIndex()
        parts = [f"{self.year.value():04d}", f"{self.month.value():02d}",
                 f"{self.day.value():02d}"]
        return "-".join(parts[:level])

    def set_value(self, text: str | None) -> None:
        parts = [int(p) for p in (text or "").split("-") if p.isdigit()]
        for spin, part in zip((self.year, self.month, self.day), parts, strict=False):
            spin.setValue(part)
        self.precision.setCurrentIndex(len(parts[:3]))


class LockNote(QWidget):
    """A padlock and a sentence: this decision belongs to another role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from ..widgets.icons import icon

        super().__init__(parent)
        self.icon, self.label = QLabel(), QLabel()
        self.icon.setPixmap(icon("lock").pixmap(16, 16))
        self.label.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon)
        row.addWidget(self.label, 1)

    def set_text(self, text: str, locked: bool = True) -> None:
        self.label.setText(text)
        self.icon.setVisible(locked and bool(text))
        self.setVisible(bool(text))

    def text(self) -> str:
        return self.label.text()


def widget_value(w: QWidget) -> object:
    """The value a form widget holds, in the type its service field expects."""
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QCheckBox):
        return w.isChecked()
    if isinstance(w, BirthDateEdit):
        return w.value()
    if isinstance(w, QComboBox):
        return w.currentText() if w.isEditable() else w.currentData()
    if isinstance(w, QDateEdit):
        return pydate(w.date())
    if isinstance(w, DateField):
        return w.value()  # InvalidInput naming the field when the text is not a date
    raise TypeError(type(w).__name__)
