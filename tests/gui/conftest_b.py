"""Helpers for the case-detail, intake, stage-dialog and reports GUI tests (fictional people)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from resettle.services.intake import IntakeForm


def intake(services: Any, actor: Any, family: str, given: str, family_latin: str,
           given_latin: str, arrival: date, birth: str = "1994", sex: str = "F",
           **extra: Any) -> str:
    form = IntakeForm(family_name=family, given_name=given, family_name_latin=family_latin,
                      given_name_latin=given_latin, sex=sex, arrival_date=arrival,
                      birth_date=birth, **extra)
    return str(services.intake.intake(actor, form, accept_duplicates=True).case_no)


def held_case(services: Any, actors: dict[str, Any]) -> str:
    """김설화 / Kim Sol-hwa: in custody since December, one extension requested, a lawyer."""
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "김", "설화", "Kim", "Sol-hwa", date(2025, 12, 10),
                birth="1996-04", birth_place="혜산", occupation="restaurant worker",
                route="China, Laos, Thailand", travel_document="valid", group="RESTAURANT-13",
                high_profile=True, referred_by="Embassy in Bangkok")
    services.lifecycle.advance(cw, no, "screening", date(2025, 12, 10))
    services.lifecycle.advance(cw, no, "custody", date(2025, 12, 20), "high profile")
    services.lifecycle.request_extension(cw, no, 30, "investigation not finished")
    services.relatives.add_relative(cw, no, "mother", "리", "옥순", "north", at_risk=True,
                                    birth_date="1968")
    services.legal.assign(cw, no, "lawyer", on_behalf_of="리옥순",
                          poa_date=date(2026, 1, 15), poa_granted_by="리옥순")
    services.legal.add_hearing(cw, no, "Seoul Central District Court", date(2026, 3, 20),
                               "habeas corpus", True)
    services.notes.add(cw, no, "Asked about her mother twice; wants to call home.")
    services.notes.add(sv, no, "Restricted: interview schedule with the NIS.", restricted=True)
    services.release.raise_flag(cw, no, "family_at_risk", date(2026, 1, 5), "mother in Hyesan")
    return no


def group_in_custody(services: Any, actor: Any, code: str = "RESTAURANT-13") -> list[str]:
    """Three members of one group, all in custody."""
    people = [("리", "은별", "Ri", "Un-byol"), ("박", "금숙", "Pak", "Gum-suk"),
              ("최", "향란", "Choe", "Hyang-ran")]
    nos = []
    for family, given, fl, gl in people:
        no = intake(services, actor, family, given, fl, gl, date(2026, 1, 6), group=code)
        services.lifecycle.advance(actor, no, "screening", date(2026, 1, 6))
        services.lifecycle.advance(actor, no, "custody", date(2026, 1, 8))
        nos.append(no)
    return nos


def messages() -> list[QMessageBox]:
    """The message boxes open right now."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]


def close_messages() -> list[str]:
    texts = []
    for box in messages():
        texts.append(box.text())
        box.close()
    return texts


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Latin through key presses; Hangul as an input method commits it (QTest cannot type it)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
