"""Intake through the wizard with real key presses and clicks, the possible-duplicate warning,
and a CSV import whose bad rows are listed line by line while nothing is imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest_b import intake, type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from resettle.services.cases import CaseQuery


def _click(qtbot, wizard, which) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _identity(qtbot, wizard, hangul: tuple[str, str], latin: tuple[str, str],
              year: str) -> None:
    f = wizard.fields
    type_text(qtbot, f["family_name"], hangul[0])
    type_text(qtbot, f["given_name"], hangul[1])
    qtbot.keyClicks(f["family_name_latin"], latin[0])
    qtbot.keyClicks(f["given_name_latin"], latin[1])
    birth = f["birth_date"]
    qtbot.keyClick(birth.precision, Qt.Key.Key_Down)  # known to the year only
    birth.year.selectAll()
    qtbot.keyClicks(birth.year, year)


def test_intake_with_the_duplicate_warning(qtbot, services, actors) -> None:
    from resettle.gui.cases.intake_wizard import IntakeWizard

    cw = actors["caseworker"]
    first = intake(services, cw, "리", "은별", "Ri", "Un-byol", date(2025, 11, 3), birth="1994")
    wizard = IntakeWizard(services, cw)
    qtbot.addWidget(wizard)
    wizard.show()
    created: list[str] = []
    wizard.caseCreated.connect(created.append)

    _click(qtbot, wizard, QWizard.WizardButton.NextButton)  # nothing typed yet
    assert wizard.currentPage() is wizard.identity
    assert wizard.errors["family_name"].text() == "Family name is required."

    _identity(qtbot, wizard, ("리", "은별"), ("Ri", "Un-byol"), "1994")
    assert wizard.fields["birth_date"].value() == "1994"
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.arrival
    qtbot.keyClicks(wizard.fields["group"], "family-ri")
    qtbot.keyClicks(wizard.fields["referred_by"], "NIS Incheon")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    type_text(qtbot, wizard.fields["notes"], "Arrived with her younger brother.")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    review = wizard.review
    assert wizard.currentPage() is review and review.title() == "Possible duplicate"
    assert review.model.rows[0][0] == first and "리은별" in review.model.rows[0][1]
    cell = review.table.visualRect(review.model.index(0, 0)).center()
    qtbot.mouseClick(review.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(review.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert review.opened.isVisible() and review.opened.case_no == first  # look first
    review.opened.close()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # a person must say it is someone else first
    box = review.different
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert len(created) == 1 and created[0] != first
    d = services.cases.show(cw, created[0])
    assert (d.name.hangul, d.name.latin, d.birth_date) == ("리은별", "Ri Un-byol", "1994")
    assert d.group == "FAMILY-RI" and d.referred_by == "NIS Incheon"
    assert [n.text for n in d.sections["notes"]] == ["Arrived with her younger brother."]


def test_intake_without_a_match_saves_at_once(qtbot, services, actors) -> None:
    from resettle.gui.cases.intake_wizard import IntakeWizard

    cw = actors["caseworker"]
    wizard = IntakeWizard(services, cw)
    qtbot.addWidget(wizard)
    wizard.show()
    _identity(qtbot, wizard, ("김", "설화"), ("Kim", "Sol-hwa"), "1996")
    for _ in range(3):
        _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.review.title() == "Ready to save"
    assert not wizard.review.different.isVisible()
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.case_no and services.cases.show(cw, wizard.case_no).name.hangul == "김설화"


CSV = """family_name,given_name,family_name_latin,given_name_latin,sex,birth_date,birth_place,\
occupation,arrival_date,route,travel_document,group,high_profile,notes
리,은별,Ri,Un-byol,F,1994,혜산,cook,2026-01-06,"China, Laos",none,,no,
박,금숙,Pak,Gum-suk,Q,1990-13,,,2026-01-06,,none,,no,
최,향란,Choe,Hyang-ran,F,1992,,,2026-02-30,,none,,no,
,영희,,Yong-hui,F,,,,2026-01-07,,stolen,,maybe,
"""


def test_csv_import_with_bad_rows_shows_them_and_imports_nothing(qtbot, services, actors,
                                                                 tmp_path: Path,
                                                                 monkeypatch) -> None:
    from resettle.gui.cases.intake_wizard import CsvImportDialog, IntakeWizard

    cw = actors["caseworker"]
    path = tmp_path / "arrivals.csv"
    path.write_text(CSV, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    wizard = IntakeWizard(services, cw)
    qtbot.addWidget(wizard)
    wizard.show()
    _click(qtbot, wizard, QWizard.WizardButton.CustomButton1)
    dialog = wizard.csv_dialog
    assert isinstance(dialog, CsvImportDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)

    rows = dialog.model.rows
    assert dialog.table.isVisible()
    lines = {r[0] for r in rows}
    assert lines == {"3", "4", "5"}  # line 2 is good, the header is line 1
    assert ("3", "Sex", "Sex must be one of: F, M, X (여, 남, 기타).") in rows
    assert any(r[0] == "4" and r[1] == "Arrival date" for r in rows)
    assert any(r[0] == "5" for r in rows)
    assert dialog.result.text().startswith("Nothing was imported: 3 row(s)")
    assert services.cases.find_ids(cw, CaseQuery()) == []

    good = "\n".join(CSV.splitlines()[:2]) + "\n"
    path.write_text(good, encoding="utf-8")
    imported: list[list[str]] = []
    dialog.casesImported.connect(imported.append)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert len(imported) == 1 and len(imported[0]) == 1
    assert dialog.model.rows[0][:2] == ("2", imported[0][0])
    assert dialog.result.text() == "1 new case(s) were created."


def test_a_future_arrival_date_is_refused_and_kept_as_typed(qtbot, services, actors) -> None:
    """The arrival date is never clamped to today: it is refused with its rule, the text
    stays for the caseworker to correct, and nothing is saved."""
    from resettle.gui.cases.intake_wizard import IntakeWizard

    wizard = IntakeWizard(services, actors["caseworker"])
    qtbot.addWidget(wizard)
    wizard.show()
    _identity(qtbot, wizard, ("김", "설화"), ("Kim", "Sol-hwa"), "1996")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    arrival = wizard.fields["arrival_date"]
    arrival.edit.selectAll()
    qtbot.keyClicks(arrival.edit, "2099-01-05")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.arrival
    assert arrival.text() == "2099-01-05"
    assert wizard.errors["arrival_date"].text()  # the rule, next to the field
    assert services.cases.find_ids(actors["caseworker"], CaseQuery()) == []
