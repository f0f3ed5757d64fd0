"""Screenshots of the extension inbox and decision, the Programme and Groups lists, a new
cohort, the admin's user edit and audit filters, a refused date and the lock over a case window
(at 1366×768), in Korean and English (packaging/screenshots).

Skipped unless RESETTLE_SCREENSHOTS=1."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from conftest_b import group_in_custody, held_case, intake
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parents[2] / "packaging" / "screenshots"
LAPTOP = (1366, 768)

pytestmark = pytest.mark.skipif(os.environ.get("RESETTLE_SCREENSHOTS") != "1",
                                reason="set RESETTLE_SCREENSHOTS=1 to write the screenshots")


def _shot(widget: QWidget, name: str, lang: str, size: tuple[int, int] | None = LAPTOP) -> None:
    if size:
        widget.resize(*size)
    widget.show()
    for _ in range(6):
        QApplication.processEvents()
        QTest.qWait(80)
    path = OUT / f"{name}-{lang}.png"
    assert widget.grab().save(str(path), "PNG", 9)


def test_new_screens(qtbot, services, actors, request) -> None:
    if "postgresql" in request.node.name:
        pytest.skip("screenshots are taken once, over SQLCipher")
    from resettle.gui.admin.users import EditUserDialog
    from resettle.gui.case_detail.extension_dialog import ExtensionDialog
    from resettle.gui.case_detail.stage_dialog import StageChangeDialog
    from resettle.gui.case_detail.window import CaseDetailWindow
    from resettle.gui.cases.programme_page import NewCohortDialog
    from resettle.gui.main_window import MainWindow
    from resettle.gui.widgets.i18n import install_translators, register_fonts

    register_fonts()
    sv, cw, admin = actors["supervisor"], actors["caseworker"], actors["admin"]
    held = held_case(services, actors)
    nos = group_in_custody(services, cw)
    services.lifecycle.request_extension(cw, nos[1], 20, "interviews not finished")
    services.lifecycle.request_extension(cw, nos[2], 30, "medical examination")
    services.lifecycle.advance(cw, nos[2], "programme", date(2026, 2, 20))  # lapses
    services.programme.create_cohort(sv, "HANA-2026-01", date(2026, 1, 12), centre="Anseong")
    services.programme.create_cohort(sv, "HANA-2026-03", date(2026, 3, 2), centre="Hwacheon")
    services.programme.enrol(cw, nos[2], "HANA-2026-01", date(2026, 2, 20))
    intake(services, cw, "김", "정란", "Kim", "Jong-ran", date(2026, 2, 1), group="BOAT-02")
    services.accounts.edit_user(admin, "caseworker", display_name="한미옥")
    for lang in ("ko", "en"):
        install_translators(lang)
        window = MainWindow(services, sv, idle_minutes=60)
        qtbot.addWidget(window)
        window.resize(*LAPTOP)
        window.show()
        window.go("custody")
        review = window.page("custody")
        review.tabs.setCurrentIndex(1)
        review.refresh()
        qtbot.wait(300)
        _shot(window, "gui-custody-inbox", lang)
        pending = services.lifecycle.pending(sv)[0]
        dialog = ExtensionDialog(services, sv, pending.case_no, services.ctx.today(), pending)
        qtbot.addWidget(dialog)
        _shot(dialog, "gui-extension-decision", lang, None)
        window.go("programme")
        programme = window.page("programme")
        programme.list.selectRow(1)
        _shot(window, "gui-programme-list", lang)
        cohort = NewCohortDialog(services, cw)
        qtbot.addWidget(cohort)
        _shot(cohort, "gui-new-cohort", lang, None)
        window.go("groups")
        groups = window.page("groups")
        groups.list.selectRow(groups.codes.index("RESTAURANT-13"))
        _shot(window, "gui-groups-list", lang)
        window.idle.stop()
        window.hide()

        admin_window = MainWindow(services, admin, idle_minutes=60)
        qtbot.addWidget(admin_window)
        admin_window.resize(*LAPTOP)
        admin_window.show()
        admin_window.go("admin")
        page = admin_window.page("admin")
        page.setCurrentWidget(page.users)
        _shot(admin_window, "gui-admin-users-1366x768", lang)
        page.setCurrentWidget(page.audit)
        page.audit.action.setCurrentIndex(page.audit.action.findData("update"))
        _shot(admin_window, "gui-admin-audit", lang)
        user = next(u for u in services.accounts.list_users(admin) if u.username == "caseworker")
        edit = EditUserDialog(services, admin, user)
        qtbot.addWidget(edit)
        _shot(edit, "gui-admin-edit-user", lang, None)
        admin_window.idle.stop()
        admin_window.hide()

        stage = StageChangeDialog(services, cw, [held])
        qtbot.addWidget(stage)
        stage.date.setText("2026-04-01")
        stage.apply()
        _shot(stage, "gui-stage-date-refused", lang, (900, 560))

        case_window = CaseDetailWindow(services, sv, held)
        qtbot.addWidget(case_window)
        case_window.resize(1366, 728)  # a 1366×768 laptop less its task bar
        case_window.show()
        main = MainWindow(services, sv, idle_minutes=60)
        qtbot.addWidget(main)
        main.detail_windows.append(case_window)
        main.lock()
        _shot(case_window, "gui-locked-case-window", lang, None)
        main.unlock("a-long-password-1")
        main.idle.stop()
        case_window.close()
        main.hide()
    install_translators("en")
