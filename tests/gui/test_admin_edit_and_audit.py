"""Admin through clicks and keys: a user's role and display name changed; the audit viewer
filtered by who, action, case and dates, its actions in words (never raw tokens)."""

from __future__ import annotations

import contextlib
from datetime import date

from conftest_b import intake
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from resettle.domain.errors import PermissionDenied
from resettle.gui.admin.page import AdminPage
from resettle.gui.admin.users import EditUserDialog


def _admin(qtbot, services, actors) -> AdminPage:
    page = AdminPage(services, actors["admin"])
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def test_admin_changes_a_role_and_display_name(qtbot, services, actors) -> None:
    page = _admin(qtbot, services, actors)
    users = page.users
    row = [u.username for u in users.model.users].index("caseworker")
    rect = users.table.visualRect(users.model.index(row, 0))
    qtbot.mouseClick(users.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def edit() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, EditUserDialog) and w.isVisible())
        dialog.display.selectAll()
        qtbot.keyClicks(dialog.display, "Han Mi-ok")
        dialog.role.setFocus()
        qtbot.keyClick(dialog.role, Qt.Key.Key_Down)  # caseworker -> supervisor
        qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(100, edit)
    qtbot.mouseClick(users.buttons["edit"], Qt.MouseButton.LeftButton)
    assert users.message.text() == "caseworker was changed."
    assert users.model.index(row, 1).data() == "Han Mi-ok"
    assert users.model.index(row, 2).data() == "Supervisor"
    info = next(u for u in services.accounts.list_users(actors["admin"])
                if u.username == "caseworker")
    assert (info.role.value, info.display_name) == ("supervisor", "Han Mi-ok")


def test_audit_filters_and_words(qtbot, services, actors, clock) -> None:
    cw = actors["caseworker"]
    first = intake(services, cw, "김", "설화", "Kim", "Sol-hwa", date(2026, 1, 6))
    clock.advance(days=2)
    second = intake(services, cw, "리", "은별", "Ri", "Un-byol", date(2026, 1, 6))
    with contextlib.suppress(PermissionDenied):  # a refusal, audited
        services.accounts.list_users(cw)
    page = _admin(qtbot, services, actors)
    audit = page.audit
    page.setCurrentWidget(audit)
    actions = {audit.model.index(r, 3).data() for r in range(audit.model.rowCount())}
    assert "permission_denied" not in actions and "Refused: no permission" in actions
    assert "create" not in actions and "Created" in actions
    audit.who.setCurrentIndex(audit.who.findData("caseworker"))  # who
    assert {audit.model.rows[r].actor for r in range(audit.model.rowCount())} == {"caseworker"}
    audit.action.setCurrentIndex(audit.action.findData("create"))  # what
    cases = {r.entity_id for r in audit.model.rows if r.entity == "case"}
    assert cases == {first, second}
    qtbot.keyClicks(audit.case_no, second)  # which case
    qtbot.keyClick(audit.case_no, Qt.Key.Key_Return)
    assert {r.case_id for r in audit.model.rows} == {
        services.cases.show(actors["supervisor"], second).id}
    audit.case_no.clear()
    today = clock.now.date()  # the second intake's day only
    qtbot.keyClicks(audit.since.edit, today.isoformat())
    qtbot.keyClicks(audit.until.edit, today.isoformat())
    qtbot.keyClick(audit.until.edit, Qt.Key.Key_Return)
    assert {r.entity_id for r in audit.model.rows if r.entity == "case"} == {second}
    audit.since.setText("2026-02-31")  # not a date: refused, naming the field; kept
    qtbot.keyClick(audit.since.edit, Qt.Key.Key_Return)
    assert audit.since.text() == "2026-02-31" and "From" in audit.result.text()
    assert audit.model.rowCount() == 0
