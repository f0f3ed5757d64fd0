"""A search field that reports what the user sees, including Hangul still being composed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    """`searchChanged` carries the committed text with any input-method preedit in place, so
    typing 김 searches ㄱ, 기, 김 as the syllable forms, not only after it is committed."""

    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._shown = ""
        self._preedit = ""
        self.textChanged.connect(lambda _text: self._report())

    def visible_text(self) -> str:
        text, at = self.text(), self.cursorPosition()
        return text[:at] + self._preedit + text[at:]

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt's name
        self._preedit = event.preeditString()
        super().inputMethodEvent(event)
        self._report()

    def _report(self) -> None:
        shown = self.visible_text()
        if shown != self._shown:
            self._shown = shown
            self.searchChanged.emit(shown)
