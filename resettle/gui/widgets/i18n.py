"""Interface language: our translations and Qt's own, and the Hangul font registered at start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QFont, QFontDatabase

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_installed: list[QTranslator] = []
_language = ["en"]  # the interface language, set only by install_translators
FONT_FAMILY = "NanumGothic"
PSEUDO = "pseudo"  # Korean words from the glossary, every Qt string shown as ⟦English⟧


def _pseudo_translator(app: QCoreApplication) -> QTranslator:
    """Vorta's pseudo-localisation switch: each string that goes through Qt's translation
    comes out wrapped, so a string that escaped translation stands out on the screen (and
    in tests/gui/test_pseudo_locale.py)."""
    from PySide6.QtCore import QTranslator

    class Pseudo(QTranslator):
        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str:
            return f"⟦{source}⟧" if source else source

    return Pseudo(app)


def current_language() -> str:
    """"ko" or "en": the interface language install_translators last put in place."""
    return _language[0]


def system_language() -> str:
    return "ko" if QLocale.system().name().lower().startswith("ko") else "en"


def translations_dir() -> str:
    from resettle.bundle import bundled

    return str(bundled("resources") / "translations")


def install_translators(language: str) -> str:
    """Replace the installed translators; English needs none. Returns the language used."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language[0] = "ko" if language in ("ko", PSEUDO) else "en"
    if language == PSEUDO:
        QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
        pseudo = _pseudo_translator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        return PSEUDO
    if language != "ko":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return "en"
    from PySide6.QtCore import QLibraryInfo, QTranslator  # not loaded at all for English

    QLocale.setDefault(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
    ours = QTranslator(app)
    if ours.load(f"resettle_{language}", translations_dir()):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def register_fonts() -> None:
    """Nanum Gothic ships with the program so Hangul renders on every machine."""
    from resettle.bundle import bundled

    try:
        folder = bundled("resources") / "fonts"
    except FileNotFoundError:
        return
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        if (folder / name).exists():
            QFontDatabase.addApplicationFont(str(folder / name))
    app = QCoreApplication.instance()
    if app is None:
        return
    family = QFont().family()
    font = QFont(family)
    font.setFamilies([family, FONT_FAMILY])
    from PySide6.QtWidgets import QApplication

    QApplication.setFont(font)
