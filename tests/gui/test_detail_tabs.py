"""The case window's tabs by role: extensions requested and decided, restricted notes, rewards."""

from __future__ import annotations

from conftest_b import held_case, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog


def _window(qtbot, services, actor, no):
    from resettle.gui.case_detail.window import CaseDetailWindow

    window = CaseDetailWindow(services, actor, no)
    qtbot.addWidget(window)
    window.show()
    return window


def test_supervisor_approves_a_pending_extension(qtbot, services, actors, monkeypatch) -> None:
    from resettle.gui.case_detail import custody as case_detail_custody

    no = held_case(services, actors)
    cw_window = _window(qtbot, services, actors["caseworker"], no)
    custody = cw_window.custody
    cw_window.tabs.setCurrentWidget(custody)
    assert custody.request.isVisible() and custody.request.isEnabled()
    assert not custody.approve.isEnabled()
    assert custody.lock.text() == "Only a supervisor may approve or refuse an extension."

    def decide(dialog) -> int:
        dialog.reason.setText("council deliberated on 2026-03-01")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(case_detail_custody.DecisionDialog, "exec", decide)
    window = _window(qtbot, services, actors["supervisor"], no)
    custody = window.custody
    window.tabs.setCurrentWidget(custody)
    assert custody.numbers["limit"].text() == "90 days"
    rect = custody.table.visualRect(custody.model.index(0, 0))
    qtbot.mouseClick(custody.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert custody.approve.isEnabled()
    qtbot.mouseClick(custody.approve, Qt.MouseButton.LeftButton)
    assert window.custody.numbers["limit"].text() == "120 days (incl. 30 days extension)"
    assert window.custody.model.rows[0][3] == "Approved"
    assert window.custody.model.rows[0][5] == "supervisor"


def test_restricted_notes_and_rewards_by_role(qtbot, services, actors) -> None:
    no = held_case(services, actors)
    cw = _window(qtbot, services, actors["caseworker"], no)
    cw.tabs.setCurrentWidget(cw.notes)
    assert len(cw.notes.notes) == 1 and not cw.notes.restricted.isVisible()
    assert cw.rewards is not None and cw.history is None
    sv = _window(qtbot, services, actors["supervisor"], no)
    sv.tabs.setCurrentWidget(sv.notes)
    assert len(sv.notes.notes) == 2 and sv.notes.restricted.isVisible()
    # the fixture's lawyer acts for the mother: the legal part only, so no notes at all
    relatives_lawyer = _window(qtbot, services, actors["lawyer"], no)
    assert relatives_lawyer.rewards is None and relatives_lawyer.notes.notes == []
    # a lawyer of the person sees the notes, never the restricted one
    services.accounts.add_user(actors["admin"], "lawyer2", "lawyer", "a-long-password-1")
    services.legal.assign(actors["caseworker"], no, "lawyer2")
    lawyer = _window(qtbot, services, services.accounts.login("lawyer2", "a-long-password-1"),
                     no)
    assert lawyer.rewards is None and len(lawyer.notes.notes) == 1
    assert not lawyer.profile.save_button.isVisible()
    assert not lawyer.profile.widgets["family_name"].isEnabled()
    lawyer.tabs.setCurrentWidget(lawyer.notes)
    type_text(qtbot, lawyer.notes.text, "Hearing moved to 20 March.")
    qtbot.mouseClick(lawyer.notes.add, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert [n.text for n in lawyer.notes.notes][-1] == "Hearing moved to 20 March."
    assert lawyer.notes.text.toPlainText() == ""
