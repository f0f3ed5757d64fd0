"""Pseudo-locale: with every Qt string wrapped in ⟦…⟧ and every glossary and catalogue word
in Korean, no window shows English that escaped translation (vorta's switch, as a test)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import PEOPLE
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from resettle.gui.widgets.i18n import PSEUDO, install_translators

WRAPPED = re.compile(r"⟦[^⟦⟧]*⟧")
TAGS = re.compile(r"<[^>]+>|&[a-z]+;")
# What may show in Latin letters without translation: data of the fixtures, not words.
DATA = [re.compile(p) for p in (
    r"R-\d{4}-\d{5}", r"\d{4}-\d{2}-\d{2}", r"YYYY(-MM(-DD)?)?",
    r"\b(admin|caseworker|supervisor|lawyer)\b",
    r"Resettle", r"\bEnglish\b",  # the language menu names each language in itself
    r"\bPDF\b", r"\bCSV\b", r"\bKB\b|\bMB\b", r"\bID\b", r"Ctrl\+\w",
    *(re.escape(f"{family} {given}") for _, _, family, given in PEOPLE),
    *(re.escape(latin) for _, _, family, given in PEOPLE for latin in (family, given)),
)]


@pytest.fixture
def pseudo(qapp: QApplication) -> Iterator[None]:
    install_translators(PSEUDO)
    yield
    install_translators("en")


def untranslated(text: str) -> str:
    """What is left of a visible text once translated spans and known data are taken out."""
    rest = TAGS.sub(" ", text or "")
    while WRAPPED.search(rest):
        rest = WRAPPED.sub(" ", rest)
    for pattern in DATA:
        rest = pattern.sub(" ", rest)
    return rest if re.search(r"[A-Za-z]{2,}", rest) else ""


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every word a user reads in `top`: titles, labels, buttons, tabs,
    placeholders, tooltips, column headers, menu and toolbar actions."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        where = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        if w.isWindow():
            yield where, w.windowTitle()
        yield where, w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where, w.placeholderText()
        elif isinstance(w, QTabWidget):
            yield from ((where, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QMenu):
            yield where, w.title()
        elif isinstance(w, QComboBox) and not w.isEditable():
            yield from ((where, w.itemText(i)) for i in range(w.count()))
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            for column in range(model.columnCount(QModelIndex())):
                yield where, str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for action in QWidget.actions(w):
            yield where + " action", action.text()
            yield where + " action", action.toolTip()


def escaped(top: QWidget) -> list[str]:
    return sorted({f"{where}: {text!r}" for where, text in visible_texts(top)
                   if untranslated(text)})


def settle(qtbot: Any) -> None:
    qtbot.wait(30)
    QApplication.processEvents()


ON_FILE = pytest.mark.parametrize("database", ["sqlcipher"], indirect=True)  # words, not SQL


@ON_FILE
@pytest.mark.parametrize("role", ["caseworker", "supervisor", "lawyer", "admin"])
def test_main_window_pages_are_translated(qtbot: Any, pseudo: None, services: Any,
                                          actors: dict[str, Any], people: list[str],
                                          role: str) -> None:
    from resettle.gui.main_window import MainWindow

    window = MainWindow(services, actors[role])
    qtbot.addWidget(window)
    window.show()
    found: list[str] = []
    for row in range(window.nav.count()):
        window.show_page(row)
        settle(qtbot)
        found += escaped(window)
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


@ON_FILE
@pytest.mark.parametrize("role", ["caseworker", "supervisor"])
def test_case_window_tabs_are_translated(qtbot: Any, pseudo: None, services: Any,
                                         actors: dict[str, Any], people: list[str],
                                         role: str) -> None:
    from resettle.gui.case_detail.window import CaseDetailWindow

    window = CaseDetailWindow(services, actors[role], people[1])
    qtbot.addWidget(window)
    window.show()
    found: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(qtbot)
        found += escaped(window)
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_the_check_sees_an_untranslated_string() -> None:
    """The detector itself: English outside ⟦…⟧ is caught; wrapped text and data are not."""
    assert untranslated("Save")
    assert untranslated("⟦Case %1⟧ overdue")
    assert not untranslated("⟦Case⟧ R-2026-00001")
    assert not untranslated("⟦Saved by ⟦%1⟧⟧ 2026-01-05")
    assert not untranslated("보호 일수 12")
