"""Admin: the effective-dated custody rule table and the settings."""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from resettle.domain import settings as office
from resettle.domain.errors import ResettleError
from resettle.services.context import Actor
from resettle.services.rules import RuleView

from ..cases.model import Index
from ..widgets.errors import error_text


class Columns(IntEnum):
    EFFECTIVE_FROM = 0
    LIMIT = 1
    EXTENSION_DAYS = 2
    EXTENSIONS = 3
    SOURCE = 4


HEADERS = (QT_TRANSLATE_NOOP("RulesModel", "Effective from"),
           QT_TRANSLATE_NOOP("RulesModel", "Limit (days)"),
           QT_TRANSLATE_NOOP("RulesModel", "Longest extension (days)"),
           QT_TRANSLATE_NOOP("RulesModel", "Extensions"),
           QT_TRANSLATE_NOOP("RulesModel", "Source"))


class RulesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rules: list[RuleView] = []

    def set_rules(self, rules: list[RuleView]) -> None:
        self.beginResetModel()
        self.rules = rules
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rules)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(Columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RulesModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rule, column = self.rules[index.row()], Columns(index.column())
        if column is Columns.EFFECTIVE_FROM:
            return ("—" if rule.effective_from == date(1, 1, 1)
                    else rule.effective_from.isoformat())
        return str({Columns.LIMIT: rule.limit_days, Columns.EXTENSION_DAYS:
                    rule.max_extension_days, Columns.EXTENSIONS: rule.max_extensions,
                    Columns.SOURCE: rule.source}[column])


def _today() -> QDate:
    return QDate.currentDate()


def _bounded(key: str) -> QSpinBox:
    """A spin box that offers only what the setting allows (resettle.domain.settings)."""
    low, high = office.bounds(key)
    return QSpinBox(minimum=low, maximum=high)


class SettingsTab(QWidget):

    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.rules = RulesModel(self)
        table = QTableView()
        table.setModel(self.rules)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        zero = self.fontMetrics().horizontalAdvance("0")
        for column, chars in ((0, 14), (1, 12), (2, 24), (3, 12)):
            table.setColumnWidth(column, chars * zero)
        self.rule_from = QDateEdit(_today(), calendarPopup=True)
        self.rule_from.setDisplayFormat("yyyy-MM-dd")
        self.limit = QSpinBox(minimum=1, maximum=3650, value=90)
        self.ext_days = QSpinBox(minimum=0, maximum=3650, value=30)
        self.ext_count = QSpinBox(minimum=0, maximum=10, value=1)
        self.source = QLineEdit()
        add = QPushButton(self.tr("Add &rule"))
        add.clicked.connect(self.add_rule)
        new_rule = QFormLayout()
        new_rule.addRow(self.tr("Effective fro&m:"), self.rule_from)
        new_rule.addRow(self.tr("&Limit (days):"), self.limit)
        new_rule.addRow(self.tr("Longest e&xtension (days):"), self.ext_days)
        new_rule.addRow(self.tr("&Number of extensions:"), self.ext_count)
        new_rule.addRow(self.tr("Sour&ce (law, decree):"), self.source)
        new_rule.addRow(add)
        rules_box = QGroupBox(self.tr("Custody rules (a case is judged by the rule in force on "
                                      "its day of entry)"))
        rules_layout = QHBoxLayout(rules_box)
        rules_layout.addWidget(table, 2)
        rules_layout.addLayout(new_rule, 1)
        self.weeks = _bounded("programme_weeks")
        self.idle = _bounded("idle_lock_minutes")
        self.organisation = QLineEdit(maxLength=office.TEXT_LIMITS["organisation"])
        save = QPushButton(self.tr("&Save settings"))
        save.clicked.connect(self.save)
        settings_box = QGroupBox(self.tr("Settings"))
        form = QFormLayout(settings_box)
        form.addRow(self.tr("&Programme length (weeks):"), self.weeks)
        form.addRow(self.tr("Lock after &idle minutes:"), self.idle)
        form.addRow(self.tr("&Organisation (printed on reports):"), self.organisation)
        form.addRow(save)
        self.message = QLabel(wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(rules_box, 1)
        layout.addWidget(settings_box)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        try:
            self.rules.set_rules(self.services.rules.custody_rules(self.actor))
            current = self.services.rules.settings()
            self.weeks.setValue(current.programme_weeks)
            self.idle.setValue(current.idle_lock_minutes)
            self.organisation.setText(current.organisation)
        except ResettleError as exc:
            self.message.setText(error_text(exc))

    def clear(self) -> None:
        self.rules.set_rules([])

    def add_rule(self) -> None:
        when = self.rule_from.date().toPython()
        assert isinstance(when, date)
        rule = RuleView(when, self.limit.value(), self.ext_days.value(),
                        self.ext_count.value(), self.source.text().strip())
        try:
            count = self.services.rules.add_custody_rule(self.actor, rule)
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("The rule was added; %1 cases were judged again.")
                             .replace("%1", str(count)))
        self.refresh()

    def save(self) -> None:
        values = {"programme_weeks": self.weeks.value(), "idle_lock_minutes": self.idle.value(),
                  "organisation": self.organisation.text().strip()}
        try:
            current = self.services.rules.settings()
            for key, value in values.items():
                if getattr(current, key) != value:
                    self.services.rules.set_setting(self.actor, key, value)
        except ResettleError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("The settings were saved. A new idle time applies at the "
                                     "next log-in."))
