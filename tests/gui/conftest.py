"""Fixtures for the main-window half of the GUI tests: fictional people, a quiet crash hook."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from resettle.services.intake import IntakeForm


def add_case(services: Any, actor: Any, family: str, given: str, family_latin: str,
             given_latin: str, arrival: date = date(2026, 1, 5),
             stages: tuple[tuple[str, date], ...] = ()) -> str:
    """A new case through intake, then moved through `stages`; returns the case number."""
    form = IntakeForm(family_name=family, given_name=given, family_name_latin=family_latin,
                      given_name_latin=given_latin, sex="F", arrival_date=arrival,
                      birth_date="1990")
    no = str(services.intake.intake(actor, form, accept_duplicates=True).case_no)
    for stage, when in stages:
        services.lifecycle.advance(actor, no, stage, when, "test")
    return no


PEOPLE = [("김", "설화", "Kim", "Sol-hwa"), ("김", "정란", "Kim", "Jong-ran"),
          ("리", "은별", "Ri", "Un-byol"), ("박", "금숙", "Pak", "Gum-suk"),
          ("최", "향란", "Choe", "Hyang-ran")]


@pytest.fixture
def people(services: Any, actors: dict[str, Any]) -> list[str]:
    """Five cases, all held from arrival: the first in screening, the second in custody,
    the others still at intake."""
    cw = actors["caseworker"]
    held = (("screening", date(2026, 1, 5)),)
    custody = held + (("custody", date(2026, 1, 6)),)
    out = []
    for n, (f, g, fl, gl) in enumerate(PEOPLE):
        stages = custody if n == 1 else held if n == 0 else ()
        out.append(add_case(services, cw, f, g, fl, gl, stages=stages))
    return out


@pytest.fixture(autouse=True)
def no_crash_dialog(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Unexpected errors in a test fail it instead of opening a modal crash dialog."""
    seen: list[BaseException] = []
    from resettle.gui.widgets import crash

    monkeypatch.setattr(crash, "excepthook", lambda kind, exc, tb: seen.append(exc))
    return seen


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Any:
    """Before the test's database is closed and dropped: let the background work it started
    (list pages, id lists, counts; their follow-up timers) finish against that database, so
    none of it fails later inside another test's event loop."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    if QCoreApplication.instance() is not None:
        pool = QThreadPool.globalInstance()
        for _ in range(3):  # a finished task may post a timer that starts the next one
            pool.waitForDone(10_000)
            QCoreApplication.processEvents()
    yield
