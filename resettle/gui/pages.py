"""The navigation pages: which exist for which role, and how each is built (lazily)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from resettle.domain.roles import Role
from resettle.services.context import Actor


def _t(text: str) -> str:
    return QCoreApplication.translate("pages", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    icon: str
    build: Callable[[Any, Actor, QWidget], QWidget]


def _cases(services: Any, actor: Actor, window: QWidget) -> QWidget:
    from .cases.list import CaseListView

    view = CaseListView(services, actor, getattr(window, "runner", None))
    view.openCase.connect(window.open_case)  # type: ignore[attr-defined]
    return view


def _today(services: Any, actor: Actor, window: QWidget) -> QWidget:
    from .today.page import TodayPage

    view = TodayPage(services, actor, getattr(window, "runner", None))
    view.openCase.connect(window.open_case)  # type: ignore[attr-defined]
    return view


def _custody(services: Any, actor: Actor, window: QWidget) -> QWidget:
    from .custody.review import CustodyReview

    view = CustodyReview(services, actor, getattr(window, "runner", None))
    view.openCase.connect(window.open_case)  # type: ignore[attr-defined]
    return view


def _programme(services: Any, actor: Actor, window: QWidget) -> QWidget:
    from .cases.programme_page import ProgrammePage

    return ProgrammePage(services, actor)


def _groups(services: Any, actor: Actor, window: QWidget) -> QWidget:
    from .cases.groups_page import GroupsPage

    page = GroupsPage(services, actor)
    page.openCase.connect(window.open_case)  # type: ignore[attr-defined]
    return page


def _reports(services: Any, actor: Actor, window: QWidget) -> QWidget:
    from .reports.panel import ReportsPanel
    return ReportsPanel(services, actor)


def _admin(services: Any, actor: Actor, window: QWidget) -> QWidget:
    from .admin.page import AdminPage

    return AdminPage(services, actor)


def pages_for(actor: Actor) -> list[PageSpec]:
    specs = [PageSpec("today", _t("Today"), "today", _today),
             PageSpec("cases", _t("Cases"), "cases", _cases)]
    if actor.role is not Role.LAWYER:
        specs.append(PageSpec("custody", _t("Custody review"), "custody", _custody))
    specs += [PageSpec("programme", _t("Programme"), "programme", _programme),
              PageSpec("groups", _t("Groups"), "groups", _groups),
              PageSpec("reports", _t("Reports"), "reports", _reports)]
    if actor.role is Role.ADMIN:
        specs.append(PageSpec("admin", _t("Admin"), "admin", _admin))
    return specs


def home_page(actor: Actor) -> str:
    """Every role starts at Today: its worklist (issue 17)."""
    return "today"
