"""The Reports page: a report built in the background with a busy bar, previewed, saved under
the service's name; a lawyer asking for someone else's case summary gets a sentence, no PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest_b import group_in_custody, held_case, intake
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog


def test_custody_review_in_the_background_then_saved(qtbot, services, actors, tmp_path: Path,
                                                     monkeypatch) -> None:
    from resettle.gui.reports.panel import ReportsPanel

    sv = actors["supervisor"]
    group_in_custody(services, actors["caseworker"])
    panel = ReportsPanel(services, sv)
    qtbot.addWidget(panel)
    panel.show()
    panel.kind.setCurrentIndex(panel.kind.findData("custody_review"))
    assert panel.as_of.isVisible() and not panel.case_no.isVisible()
    with qtbot.waitSignal(panel.finished, timeout=30000):
        qtbot.mouseClick(panel.generate, Qt.MouseButton.LeftButton)
        assert panel.busy.isVisible() and not panel.generate.isEnabled()
    assert not panel.busy.isVisible() and panel.generate.isEnabled()
    assert panel.preview.pdf.startswith(b"%PDF")
    assert panel.preview.filename.startswith("custody-review-20260302")
    asked: list[str] = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "review"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(panel.preview.save_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).name == panel.preview.filename
    assert (tmp_path / "review.pdf").read_bytes() == panel.preview.pdf


def test_statistics_are_not_offered_to_caseworkers(qtbot, services, actors) -> None:
    from resettle.gui.reports.panel import ReportsPanel

    kinds = {}
    for role in ("caseworker", "supervisor", "lawyer"):
        panel = ReportsPanel(services, actors[role])
        qtbot.addWidget(panel)
        kinds[role] = [panel.kind.itemData(i) for i in range(panel.kind.count())]
    assert "statistics" not in kinds["caseworker"] and "statistics" in kinds["supervisor"]
    assert kinds["lawyer"] == ["case_summary"]


def test_lawyer_gets_a_sentence_for_another_case(qtbot, services, actors) -> None:
    from resettle.gui.reports.panel import ReportsPanel

    own = held_case(services, actors)
    other = intake(services, actors["caseworker"], "리", "은별", "Ri", "Un-byol",
                   date(2026, 2, 1))
    panel = ReportsPanel(services, actors["lawyer"])
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.case_no, other)
    with qtbot.waitSignal(panel.finished, timeout=30000):
        qtbot.keyClick(panel.case_no, Qt.Key.Key_Return)
        qtbot.mouseClick(panel.generate, Qt.MouseButton.LeftButton)
    assert panel.status.text().startswith(f"You do not represent case {other}")
    assert panel.preview.pdf == b"" and not panel.preview.save_button.isEnabled()

    panel.case_no.clear()
    qtbot.keyClicks(panel.case_no, own)
    with qtbot.waitSignal(panel.finished, timeout=30000):
        qtbot.mouseClick(panel.generate, Qt.MouseButton.LeftButton)
    assert panel.preview.filename.startswith("case-summary-redacted-")
