"""The one place that finds the files shipped with the program (migrations, resources)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """`migrations` or `resources`: in the package when installed or frozen, else the checkout."""
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the program's {name} folder is missing from this installation")
