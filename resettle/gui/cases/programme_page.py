"""The Programme screen: one settlement-programme cohort and its members' hours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from resettle.services.context import Actor

from .code_lookup import CodeLookup


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgrammePage", text)


class ProgrammePage(CodeLookup):
    def __init__(self, services: Any, actor: Actor, parent: QWidget | None = None) -> None:
        self.headers = (_t("Case no."), _t("Name"), _t("Enrolled"), _t("Hours"),
                        _t("Completed"))
        super().__init__(_t("Cohort &code:"), parent)
        self.services, self.actor = services, actor

    def load(self, code: str) -> tuple[str, list[list[str]], list[str]]:
        view = self.services.programme.cohort_view(self.actor, code)
        c = view.cohort
        required = sum(h for _m, h in view.required)
        summary = _t("Cohort %1 at %2: %3 to %4 (%5 weeks), %6 members").replace(
            "%1", c.code).replace("%2", c.centre or "?").replace(
            "%3", c.start_date.isoformat()).replace("%4", c.expected_end.isoformat()).replace(
            "%5", str(c.weeks)).replace("%6", str(len(view.members)))
        rows = [[m.case_no, f"{m.name} ({m.name_latin})", m.enrolled_on.isoformat(),
                 f"{sum(x.attended for x in m.modules):g} / {required:g}",
                 m.completed_on.isoformat() if m.completed_on else
                 (_t("ready") if m.complete else "")] for m in view.members]
        return summary, rows, [m.case_no for m in view.members]
