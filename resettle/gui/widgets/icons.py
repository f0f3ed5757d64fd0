"""The SVG icons shipped in resources/icons, loaded once each."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    from resettle.bundle import bundled

    try:
        path = bundled("resources") / "icons" / f"{name}.svg"
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.exists() else QIcon()
