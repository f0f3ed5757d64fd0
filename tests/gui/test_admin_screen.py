"""Admin through real clicks: unlock a locked user, disable one, add one, verify the chain."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt

from resettle.domain.errors import AuthenticationFailed
from resettle.gui.admin.page import AdminPage


def _admin(qtbot, services, actors) -> AdminPage:
    page = AdminPage(services, actors["admin"])
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.refresh()
    return page


def _select(qtbot, page: AdminPage, username: str) -> None:
    users = page.users
    row = [u.username for u in users.model.users].index(username)
    rect = users.table.visualRect(users.model.index(row, 0))
    qtbot.mouseClick(users.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_admin_unlocks_a_user(qtbot, services, actors) -> None:
    for n in range(5):  # five failures lock the account
        with contextlib.suppress(AuthenticationFailed):
            services.accounts.login("caseworker", f"wrong-password-{n}")
    page = _admin(qtbot, services, actors)
    row = [u.username for u in page.users.model.users].index("caseworker")
    assert page.users.model.index(row, 3).data() == "Locked"
    _select(qtbot, page, "caseworker")
    qtbot.mouseClick(page.users.buttons["unlock"], Qt.MouseButton.LeftButton)
    assert page.users.message.text() == "caseworker was unlocked."
    assert page.users.model.index(row, 3).data() == "Active"
    assert services.accounts.login("caseworker", "a-long-password-1").username == "caseworker"


def test_admin_disables_and_cannot_disable_self(qtbot, services, actors) -> None:
    page = _admin(qtbot, services, actors)
    _select(qtbot, page, "lawyer")
    qtbot.mouseClick(page.users.buttons["disable"], Qt.MouseButton.LeftButton)
    row = [u.username for u in page.users.model.users].index("lawyer")
    assert page.users.model.index(row, 3).data() == "Disabled"
    _select(qtbot, page, "admin")
    qtbot.mouseClick(page.users.buttons["disable"], Qt.MouseButton.LeftButton)
    assert page.users.message.text() == "You cannot disable your own account."


def test_admin_removes_an_unused_account_and_keeps_one_with_history(
        qtbot, services, actors, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    services.accounts.add_user(actors["admin"], "typo.cw", "caseworker", "made-by-mistake-9")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_a:
                        asked.append(text) or QMessageBox.StandardButton.Yes)
    page = _admin(qtbot, services, actors)
    _select(qtbot, page, "typo.cw")
    qtbot.mouseClick(page.users.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "typo.cw" in asked[0]
    assert page.users.message.text() == "typo.cw was removed."
    assert "typo.cw" not in [u.username for u in page.users.model.users]
    _select(qtbot, page, "caseworker")  # has logged in: the audit log names the account
    qtbot.mouseClick(page.users.buttons["remove"], Qt.MouseButton.LeftButton)
    assert page.users.message.text().startswith("caseworker has records or audit entries")
    assert "caseworker" in [u.username for u in page.users.model.users]


def test_verify_chain_and_audit_paging(qtbot, services, actors) -> None:
    page = _admin(qtbot, services, actors)
    page.setCurrentWidget(page.audit)
    assert page.audit.model.rowCount() > 0
    qtbot.mouseClick(page.audit.verify_button, Qt.MouseButton.LeftButton)
    assert page.audit.result.text().startswith("The chain is intact")


def test_settings_and_a_new_custody_rule(qtbot, services, actors) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    page = _admin(qtbot, services, actors)
    tab = page.settings
    assert tab.rules.rowCount() == 2 and tab.idle.value() == 10
    tab.rule_from.setDate(QDate(2026, 1, 1))
    tab.limit.setValue(60)
    qtbot.mouseClick(tab.findChild(type(page.users.buttons["add"]), "") or
                     [b for b in tab.findChildren(type(page.users.buttons["add"]))
                      if "rule" in b.text()][0], Qt.MouseButton.LeftButton)
    assert tab.rules.rowCount() == 3
    assert services.rules.custody_rules(actors["admin"])[-1].effective_from == date(2026, 1, 1)
    tab.idle.setValue(5)
    save = [b for b in tab.findChildren(type(page.users.buttons["add"])) if "Save" in b.text()]
    qtbot.mouseClick(save[0], Qt.MouseButton.LeftButton)
    assert services.rules.setting("idle_lock_minutes") == 5


def test_backup_button_only_for_an_encrypted_file(qtbot, services, actors) -> None:
    page = _admin(qtbot, services, actors)
    assert page.backups.backup.isEnabled() == (services.db.path is not None)


def test_admin_backs_up_from_the_backup_tab(qtbot, services, actors, tmp_path) -> None:
    from resettle.gui.admin.page import BackupTab

    if services.db.path is None:
        pytest.skip("a server database is backed up on the server (pg_dump)")
    tab = BackupTab(services, actors["admin"])
    qtbot.addWidget(tab)
    target = tmp_path / "backup.db"
    tab.back_up(target)
    assert target.exists() and target.read_bytes()[:16] != b"SQLite format 3\x00"
    assert "verified" in tab.result.text()
    assert services.audit.entries(actors["admin"], limit=1)[0].action == "export"
