"""Case tabs that make their widgets when first shown: a case window opens with only its
visible tab built (every other tab's widgets, tables and layout cost milliseconds)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QWidget


class LazyTab(QWidget):
    """`build` makes the widgets (and the state `fill` sets); `fill` shows what `load` was
    given. Until the tab is shown, `load` only keeps its arguments; the tab is built when Qt
    first shows it, or when anything asks for one of its attributes before that (a test
    reading a table, a dialog reading a value), so callers never see the difference."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lazy_built = False
        self._lazy_args: tuple[Any, ...] | None = None

    def build(self) -> None:
        raise NotImplementedError

    def fill(self, *args: Any) -> None:
        raise NotImplementedError

    def load(self, *args: Any) -> None:
        if self._lazy_built:
            self.fill(*args)
        else:
            self._lazy_args = args  # the latest wins: a reload before the tab was ever shown

    def ensure_built(self) -> None:
        if self._lazy_built:
            return
        self._lazy_built = True
        self.build()
        if self._lazy_args is not None:
            args, self._lazy_args = self._lazy_args, None
            self.fill(*args)

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt's name
        """show() (the tab widget showing this page) lands here: built before it is laid
        out and painted, so the first frame is already complete."""
        if visible and not self._lazy_built:
            try:
                self.ensure_built()
            except Exception:  # noqa: BLE001 - must not travel back through Qt: the crash hook
                sys.excepthook(*sys.exc_info())
        super().setVisible(visible)

    def __getattr__(self, name: str) -> Any:
        # Only reached for an attribute that does not exist yet, i.e. one `build` makes.
        if name.startswith("_") or self.__dict__.get("_lazy_built", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.ensure_built()
        return getattr(self, name)
