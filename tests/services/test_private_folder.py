"""Opened attachments are decrypted only into a private folder, wiped at start and exit."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from resettle.domain.errors import RuleViolation
from resettle.services.attachments import private_folder, wipe_private_folder


def test_private_folder_is_the_users_alone_and_wiped(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    folder = private_folder()
    assert folder.parent == tmp_path and stat.S_IMODE(folder.stat().st_mode) == 0o700
    (folder / "left-by-a-crash.pdf").write_bytes(b"%PDF decrypted")
    (folder / "another.png").write_bytes(b"png")
    assert wipe_private_folder() == 2 and list(folder.iterdir()) == []
    folder.chmod(0o755)
    assert stat.S_IMODE(private_folder().stat().st_mode) == 0o700  # put right, not trusted


def test_a_link_in_its_place_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, tmp_path / "resettle-open")
    with pytest.raises(RuleViolation, match="private_folder_unsafe"):
        private_folder()
