"""The case window through real clicks: a lawyer prints a summary in two clicks and is refused
another person's case; a stale edit shows both versions and loses nothing; rules in words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest_b import close_messages, held_case, intake, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTabWidget, QToolBar

from resettle.services.cases import PersonEdit


def _toolbar_button(window, action):
    return window.findChild(QToolBar).widgetForAction(action)


def test_lawyer_prints_a_summary_in_two_clicks(qtbot, services, actors, tmp_path: Path,
                                               monkeypatch) -> None:
    from resettle.gui.case_detail.window import CaseDetailWindow
    from resettle.gui.widgets.pdf_preview import PdfPreviewDialog

    no = held_case(services, actors)
    window = CaseDetailWindow(services, actors["lawyer"], no)
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QTabWidget) is not None
    titles = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert "Rewards" not in titles and "History" not in titles
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "summary.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(_toolbar_button(window, window.print_action), Qt.MouseButton.LeftButton)
    preview = window.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    qtbot.mouseClick(preview.preview.save_button, Qt.MouseButton.LeftButton)
    saved = (tmp_path / "summary.pdf").read_bytes()
    assert saved.startswith(b"%PDF")
    name = Path(asked[0]).name
    assert name.startswith("case-summary-redacted-") and name.endswith(".pdf")
    assert no not in name and "Kim" not in name and "김" not in name
    preview.close()


def test_lawyer_is_refused_another_persons_case(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.window import CaseDetailWindow
    from resettle.gui.reports.panel import print_case_summary

    held_case(services, actors)
    other = intake(services, actors["caseworker"], "리", "은별", "Ri", "Un-byol",
                   date(2026, 2, 1))
    window = CaseDetailWindow(services, actors["lawyer"], other)
    qtbot.addWidget(window)
    window.show()
    assert window.findChild(QTabWidget) is None  # nothing of the case is shown
    assert window.refusal.text().startswith(f"You do not represent case {other}")
    assert "리은별" not in window.refusal.text()
    assert not window.print_action.isEnabled()
    assert print_case_summary(services, actors["lawyer"], other, window) is None
    texts = close_messages()
    assert len(texts) == 1 and texts[0].startswith(f"You do not represent case {other}")


def test_stale_edit_shows_both_versions_and_loses_nothing(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.conflict import ConflictDialog
    from resettle.gui.case_detail.window import CaseDetailWindow

    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "김", "설화", "Kim", "Sol-hwa", date(2026, 2, 1),
                occupation="cook")
    window = CaseDetailWindow(services, sv, no)
    qtbot.addWidget(window)
    window.show()
    profile = window.profile
    latin = profile.widgets["given_name_latin"]
    latin.selectAll()
    qtbot.keyClicks(latin, "Sol-hwa Jenny")
    d = services.cases.show(cw, no)  # someone else saves first: a new occupation
    services.cases.edit_person(cw, no, d.person_version, PersonEdit(
        "김", "설화", "Kim", "Sol-hwa", "F", "1994", "", "", "nurse"))
    qtbot.mouseClick(profile.save_button, Qt.MouseButton.LeftButton)
    dialog = profile.conflict_dialog
    assert isinstance(dialog, ConflictDialog) and dialog.isVisible()
    rows = {dialog.cell(r, 0): (dialog.cell(r, 1), dialog.cell(r, 2))
            for r in range(dialog.table.rowCount())}
    assert rows["Given name (Latin)"] == ("Sol-hwa Jenny", "Sol-hwa")
    assert rows["Occupation"] == ("cook", "nurse")
    assert latin.text() == "Sol-hwa Jenny"  # my edit is still in the form
    qtbot.mouseClick(dialog.overwrite, Qt.MouseButton.LeftButton)
    saved = services.cases.show(sv, no)
    assert saved.name.given_name_latin == "Sol-hwa Jenny"  # mine
    assert saved.occupation == "nurse"  # and theirs, which I had not touched
    assert window.header.latin.text() == "Kim Sol-hwa Jenny"


def test_a_broken_rule_is_shown_next_to_its_field(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.window import CaseDetailWindow

    cw = actors["caseworker"]
    no = intake(services, cw, "박", "금숙", "Pak", "Gum-suk", date(2026, 2, 1))
    window = CaseDetailWindow(services, cw, no)
    qtbot.addWidget(window)
    window.show()
    family = window.profile.widgets["family_name"]
    family.selectAll()
    qtbot.keyClick(family, Qt.Key.Key_Delete)
    # the glossary's field name in the catalogue's sentence
    assert window.profile.errors["family_name"].text() == "Family name is required."
    assert window.profile.errors["family_name"].isVisible()
    qtbot.mouseClick(window.profile.save_button, Qt.MouseButton.LeftButton)
    assert services.cases.show(cw, no).name.family_name == "박"  # nothing written
    type_text(qtbot, family, "박")
    assert not window.profile.errors["family_name"].isVisible()


def test_timeline_strikes_through_a_corrected_event(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.window import CaseDetailWindow

    cw, sv = actors["caseworker"], actors["supervisor"]
    no = intake(services, cw, "최", "향란", "Choe", "Hyang-ran", date(2026, 1, 5))
    services.lifecycle.advance(cw, no, "screening", date(2026, 1, 5))
    services.lifecycle.correct(sv, no, "entered on the wrong case")
    window = CaseDetailWindow(services, sv, no)
    qtbot.addWidget(window)
    model = window.timeline.model
    assert model.struck == {1}
    assert "entered on the wrong case" in model.rows[1][5]
    assert window.history is not None and window.history.model.rowCount() > 0


def test_a_document_opens_under_a_random_name_and_is_deleted_on_close(qtbot, services,
                                                                      actors, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from resettle.gui.case_detail.window import CaseDetailWindow

    cw = actors["caseworker"]
    no = intake(services, cw, "김", "설화", "Kim", "Sol-hwa", date(2026, 2, 1))
    services.attachments.attach(cw, no, "Kim Sol-hwa passport", b"%PDF-1.4\n%fake\n")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    window = CaseDetailWindow(services, cw, no)
    qtbot.addWidget(window)
    window.show()
    docs = window.documents
    window.tabs.setCurrentWidget(docs)
    docs.table.selectRow(0)
    qtbot.mouseClick(docs.open, Qt.MouseButton.LeftButton)
    path = Path(opened[0])
    assert path.read_bytes().startswith(b"%PDF") and path.suffix == ".pdf"
    assert "Kim" not in path.name and "passport" not in path.name and no not in path.name
    assert path.stat().st_mode & 0o077 == 0  # only the user may read it
    window.close()
    assert not path.exists()
