"""The desktop log-in in server mode: the account's name and password open its own role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.postgres
PASSWORD = "a-long-password-1"


def _try(qtbot, place, user: str, password: str):
    from resettle.gui.startup.login import LoginDialog

    dialog = LoginDialog(place)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, user)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    return dialog


def test_the_login_dialog_connects_as_the_accounts_role(qtbot, server_db, staff, tmp_path):
    from resettle.gui.startup.probe import Place

    staff("nam.cw", "caseworker")
    url = server_db.url.replace(f"resettle:{server_db.server.password}@", "")
    place = Place(tmp_path, url, None)
    wrong = _try(qtbot, place, "nam.cw", "not-the-password-1")
    assert wrong.session is None
    assert wrong.message.text() == "The user name or password is wrong."
    dialog = _try(qtbot, place, "nam.cw", PASSWORD)
    assert dialog.session is not None
    services, actor = dialog.session
    try:
        assert actor.username == "nam.cw"
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT session_user").scalar() == \
                server_db.role("nam.cw")
    finally:
        services.close()
