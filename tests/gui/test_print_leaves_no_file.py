"""Printing without QtPdf and without CUPS writes no temporary copy of the report (issue 15):
the user is told to save it; with CUPS the PDF goes to `lp` on standard input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox

from resettle.gui.widgets import pdf_preview
from resettle.gui.widgets.pdf_preview import PdfPreview


def _no_temp_files(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def refuse(*_a, **_k):
        raise AssertionError("a temporary file was written")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)


def test_without_qtpdf_or_lp_nothing_is_written(qtbot, tmp_path: Path, monkeypatch) -> None:
    _no_temp_files(monkeypatch, tmp_path)
    monkeypatch.setattr(pdf_preview.shutil, "which", lambda _name: None)
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.pdf = b"%PDF-1.4 report"
    assert preview._print_without_qtpdf(QPrinter()) is False
    assert os.listdir(tmp_path) == []
    told = [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and "Save the report" in w.text()]
    assert told
    for box in told:
        box.close()


def test_with_lp_the_pdf_goes_on_standard_input(qtbot, tmp_path: Path, monkeypatch) -> None:
    _no_temp_files(monkeypatch, tmp_path)
    monkeypatch.setattr(pdf_preview.shutil, "which", lambda _name: "/usr/bin/lp")
    sent: list[tuple[list[str], bytes]] = []
    monkeypatch.setattr(pdf_preview.subprocess, "run",
                        lambda args, input, **_k: sent.append((args, input)))
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.pdf = b"%PDF-1.4 report"
    assert preview._print_without_qtpdf(QPrinter()) is True
    assert sent and sent[0][0][0] == "/usr/bin/lp" and sent[0][1] == b"%PDF-1.4 report"
    assert os.listdir(tmp_path) == []
