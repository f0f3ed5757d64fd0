"""Reports saved from the GUI are the owner's alone (0600), as the CLI writes them (issue 15)."""

from __future__ import annotations

import stat
from pathlib import Path

from resettle.gui.widgets.pdf_preview import PdfPreview


def test_a_saved_report_is_0600(qtbot, tmp_path: Path, monkeypatch) -> None:
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.pdf = b"%PDF-1.4 report"
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(0o644)  # a file that was there before gets the mode too
    monkeypatch.setattr(preview, "save_path", lambda: str(target))
    assert preview.save() == target
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == b"%PDF-1.4 report"
