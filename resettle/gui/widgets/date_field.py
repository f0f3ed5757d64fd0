"""A date typed as YYYY-MM-DD that is never changed: no clamping, no fix-up; a calendar helps."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from resettle.domain.dates import parse_date


class DateField(QWidget):
    """What the user typed stays as typed. `value()` parses it (InvalidInput naming `field`:
    not_a_date / no_such_date); whether the date is allowed is the service's rule, so the
    refusal names the field and the rule and the text stays for the user to correct.

    (QDateEdit was the cause of silently changed dates: with a maximum of today and a minimum
    of the previous stage it clamps a typed date into range on focus-out.)"""

    changed = Signal()

    def __init__(self, value: date | None, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.edit = QLineEdit(value.isoformat() if value else "")
        self.edit.setPlaceholderText("YYYY-MM-DD")
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.button = QToolButton()
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setToolTip(self.tr("Pick from a calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        width = self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 24
        self.edit.setMinimumWidth(width)

    def _sync_calendar(self) -> None:
        try:
            chosen = self.value()
        except Exception:  # noqa: BLE001 - an unreadable text: the calendar opens on today
            return
        self.calendar.setSelectedDate(QDate(chosen.year, chosen.month, chosen.day))

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString("yyyy-MM-dd"))
        menu = self.button.menu()
        if menu is not None:
            menu.close()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's style
        self.edit.setText(text)

    def value(self) -> date:
        """The typed date; InvalidInput(field, not_a_date|no_such_date) when it is not one."""
        return parse_date(self.edit.text(), self.field)
