"""Idle auto-lock hides every personal detail until the same user's password is entered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from resettle.gui.main_window import MainWindow


def test_idle_lock_hides_data_and_the_password_brings_it_back(qtbot, services, actors,
                                                              people) -> None:
    window = MainWindow(services, actors["caseworker"], idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    cases = window.page("cases")
    qtbot.waitUntil(lambda: cases.model.rowCount() == len(people), timeout=10_000)
    assert cases.model.index(0, 1).data()
    window.idle.set_minutes(0.005)  # 0.3 s
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass  # no input: the timer runs out
    assert window.outer.currentWidget() is window.lock_page
    assert not cases.isVisible()  # hidden behind the lock page; nothing typed is cleared
    grabbed = window.grab()
    assert not grabbed.isNull()
    qtbot.keyClicks(window.lock_page.password, "wrong-password-1")
    qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    assert window.is_locked and "wrong" in window.lock_page.message.text()
    with qtbot.waitSignal(window.unlocked, timeout=5_000):
        qtbot.keyClicks(window.lock_page.password, "a-long-password-1")
        qtbot.keyClick(window.lock_page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cases.model.rowCount() == len(people), timeout=10_000)
    window.idle.pause()


def test_ctrl_l_locks_and_input_postpones_the_lock(qtbot, services, actors, people) -> None:
    window = MainWindow(services, actors["caseworker"], idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    window.idle.set_minutes(0.01)  # 0.6 s
    for _ in range(6):  # 1.2 s of typing: never locked
        qtbot.wait(200)
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert not window.is_locked
    window.idle.set_minutes(10)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    window.idle.pause()


def test_status_bar_and_admin_navigation(qtbot, services, actors) -> None:
    admin = MainWindow(services, actors["admin"], idle_minutes=10)
    qtbot.addWidget(admin)
    text = admin.status_text()
    mode = {"keyring": "credential store", "server": "database server"}[services.db.key_mode]
    assert "User: admin" in text and "Administrator" in text and mode in text
    assert [s.key for s in admin.specs][-1] == "admin"
    caseworker = MainWindow(services, actors["caseworker"], idle_minutes=10)
    qtbot.addWidget(caseworker)
    assert "admin" not in [s.key for s in caseworker.specs]
    supervisor = MainWindow(services, actors["supervisor"], idle_minutes=10)
    qtbot.addWidget(supervisor)
    assert supervisor.specs[supervisor.nav.currentRow()].key == "today"  # issue 17
    for window in (admin, caseworker, supervisor):
        window.idle.pause()


def test_the_lock_keeps_one_session_and_closing_ends_it(qtbot, services, actors) -> None:
    cw = actors["caseworker"]
    window = MainWindow(services, cw, idle_minutes=10)
    qtbot.addWidget(window)
    window.show()
    sessions = dict(services.ctx.sessions)
    window.lock()
    window.unlock("a-long-password-1")
    assert not window.is_locked and window.actor is cw
    assert services.ctx.sessions == sessions  # unlocking opened no second session
    window.close()
    assert cw.session not in services.ctx.sessions
