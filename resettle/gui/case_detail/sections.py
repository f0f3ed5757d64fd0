"""Stored codes of the case's sections (relations, modules, whereabouts...) in words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CODES = (  # stored codes, listed so lupdate offers them for translation
    QT_TRANSLATE_NOOP("codes", "mother"), QT_TRANSLATE_NOOP("codes", "father"),
    QT_TRANSLATE_NOOP("codes", "spouse"), QT_TRANSLATE_NOOP("codes", "child"),
    QT_TRANSLATE_NOOP("codes", "sibling"), QT_TRANSLATE_NOOP("codes", "grandparent"),
    QT_TRANSLATE_NOOP("codes", "grandchild"), QT_TRANSLATE_NOOP("codes", "other"),
    QT_TRANSLATE_NOOP("codes", "north"), QT_TRANSLATE_NOOP("codes", "south"),
    QT_TRANSLATE_NOOP("codes", "china"), QT_TRANSLATE_NOOP("codes", "third country"),
    QT_TRANSLATE_NOOP("codes", "claimed"), QT_TRANSLATE_NOOP("codes", "assessed"),
    QT_TRANSLATE_NOOP("codes", "approved"), QT_TRANSLATE_NOOP("codes", "paid"),
    QT_TRANSLATE_NOOP("codes", "rejected"), QT_TRANSLATE_NOOP("codes", "intelligence"),
    QT_TRANSLATE_NOOP("codes", "warship"), QT_TRANSLATE_NOOP("codes", "fighter bomber"),
    QT_TRANSLATE_NOOP("codes", "tank"), QT_TRANSLATE_NOOP("codes", "guided missile"),
    QT_TRANSLATE_NOOP("codes", "aircraft"), QT_TRANSLATE_NOOP("codes", "small arms"),
    QT_TRANSLATE_NOOP("codes", "goods"), QT_TRANSLATE_NOOP("codes", "special"),
    QT_TRANSLATE_NOOP("codes", "rental flat"), QT_TRANSLATE_NOOP("codes", "relative"),
    QT_TRANSLATE_NOOP("codes", "halfway house"), QT_TRANSLATE_NOOP("codes", "visit"),
    QT_TRANSLATE_NOOP("codes", "phone"), QT_TRANSLATE_NOOP("codes", "office"),
    QT_TRANSLATE_NOOP("codes", "health and stability"), QT_TRANSLATE_NOOP("codes", "society"),
    QT_TRANSLATE_NOOP("codes", "careers"), QT_TRANSLATE_NOOP("codes", "finance and banking"),
    QT_TRANSLATE_NOOP("codes", "gender equality and violence prevention"),
    QT_TRANSLATE_NOOP("codes", "settlement paperwork"),
)


def word(code: str) -> str:
    """A stored code (relation, whereabouts, claim status...) in the interface language."""
    return QCoreApplication.translate("codes", code.replace("_", " "))
