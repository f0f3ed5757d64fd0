"""Pseudo-locale: with every Qt string wrapped in ⟦…⟧ and every glossary and catalogue word
in Korean, no window shows English that escaped translation (vorta's switch, as a test)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
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


def _recorded_case(services: Any, actors: dict[str, Any]) -> str:
    """리은하 (fictional): through the programme (one attendance entry voided), placed twice
    (the second voided), a visit and a call (the call voided), two relatives (one voided), a
    reward claim assessed. Every free text is Korean, so whatever Latin is left is a code."""
    from conftest_b import intake

    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "리", "은하", "Ri", "Un-ha", date(2025, 9, 1))
    services.lifecycle.advance(cw, no, "screening", date(2025, 9, 1))
    services.lifecycle.advance(cw, no, "custody", date(2025, 9, 10), "면담")
    services.programme.create_cohort(cw, "HANA-2025-10", date(2025, 10, 1), centre="하나원")
    services.programme.enrol(cw, no, "HANA-2025-10", date(2025, 9, 30))
    services.lifecycle.advance(cw, no, "programme", date(2025, 10, 1))
    services.programme.record_attendance(cw, no, "society", date(2025, 10, 2), 6)
    wrong_hours = services.programme.record_attendance(cw, no, "careers", date(2025, 10, 3), 4)
    services.release.place(cw, no, "halfway_house", "안성", date(2025, 12, 26), "안성 하나센터")
    wrong_place = services.release.place(cw, no, "rental_flat", "부산", date(2025, 12, 27))
    services.lifecycle.advance(sv, no, "released", date(2025, 12, 26), "조기 전입")
    services.release.add_follow_up(cw, no, date(2026, 1, 10), "visit", 4, "잘 적응하고 있음")
    call = services.release.add_follow_up(cw, no, date(2026, 1, 12), "call", 3, "통화")
    services.relatives.add_relative(cw, no, "mother", "리", "옥순", "north", True, "1968")
    brother = services.relatives.add_relative(cw, no, "sibling", "리", "철", "china")
    claim = services.rewards.claim(cw, no, "small_arms", 30_000_000, date(2026, 1, 20))
    services.rewards.assess(cw, claim.id, 25_000_000)
    for entity, record_id in (("attendance", wrong_hours.attendance[-1].id),
                              ("placement", wrong_place.id), ("follow_up_contact", call.id),
                              ("relative", brother.id)):
        services.corrections.void(sv, entity, record_id, "잘못 입력함")
    return no


def table_cells(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every cell a table of `top` shows."""
    for view in top.findChildren(QTableView):
        model = view.model()
        if model is None:
            continue
        for row in range(model.rowCount(QModelIndex())):
            for column in range(model.columnCount(QModelIndex())):
                text = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                yield f"{view.objectName() or type(view.parent()).__name__} cell", str(text or "")


@ON_FILE
def test_a_korean_case_window_names_no_stored_code_in_english(
        qtbot: Any, pseudo: None, services: Any, actors: dict[str, Any]) -> None:
    """The programme, release, rewards and family tabs of a Korean case window, tables and
    the voided records' lines included: modules, placement types, contact kinds, claim
    categories and statuses, relations and whereabouts all in the glossary's Korean."""
    from resettle.gui.case_detail.window import CaseDetailWindow

    no = _recorded_case(services, actors)
    window = CaseDetailWindow(services, actors["supervisor"], no)
    qtbot.addWidget(window)
    window.show()
    found: list[str] = []
    seen: set[str] = set()
    data = re.compile(r"HANA-\d{4}-\d{2}|Ri Un-ha")  # the cohort's code, the Latin name
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        settle(qtbot)
        for where, text in [*visible_texts(window), *table_cells(window)]:
            seen.add(text)
            if untranslated(data.sub(" ", text)):
                found.append(f"{where}: {text!r}")
    assert not sorted(set(found)), "\n".join(sorted(set(found)))
    for korean in ("우리 사회 이해", "진로 지도 및 직업훈련", "공동생활시설", "임대주택", "방문",
                   "전화", "소형 무기", "심사 완료", "어머니", "형제자매", "북한 거주"):
        assert any(korean in text for text in seen), korean  # the walk saw the tables
