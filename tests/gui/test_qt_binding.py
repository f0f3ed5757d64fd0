"""A regression guard: the Qt binding must not leak references to None (PySide6 6.12.0 did,
which aborts Python 3.11 after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 50
