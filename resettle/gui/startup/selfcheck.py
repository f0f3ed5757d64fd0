"""The self-test's GUI probe: Qt starts offscreen and draws Hangul with the bundled font."""

from __future__ import annotations

import os


def qt_offscreen() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from resettle.bundle import bundled

    app = QGuiApplication.instance() or QGuiApplication([])
    font = bundled("resources") / "fonts" / "NanumGothic.ttf"
    family_id = QFontDatabase.addApplicationFont(str(font))
    if family_id < 0:
        raise RuntimeError(f"Qt could not load {font.name}")
    families = QFontDatabase.applicationFontFamilies(family_id)
    from PySide6.QtPdf import QPdfDocument  # the report preview

    QPdfDocument()
    return (f"Qt {__import__('PySide6').__version__} on {app.platformName()}, "
            f"font {families[0]}, PDF preview available")
