"""The domain layer imports only the standard library and itself, and says what it is for."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import resettle.domain

DOMAIN = Path(resettle.domain.__file__).parent
MODULES = sorted(DOMAIN.glob("*.py"))


def imported(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path.name}: use absolute imports"
            names.append(node.module or "")
    return names


def test_modules_found() -> None:
    assert {p.stem for p in MODULES} >= {
        "stages", "dates", "custody", "programme", "followup", "rewards", "names", "validation",
    }


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_imports_only_stdlib_and_domain(path: Path) -> None:
    for name in imported(path):
        top = name.split(".")[0]
        ok = top in sys.stdlib_module_names or name.startswith("resettle.domain")
        assert ok, f"{path.name} imports {name}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_one_line_docstring_and_small(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = ast.get_docstring(ast.parse(text))
    assert doc, f"{path.name} has no docstring"
    assert doc.splitlines()[0].strip()
    assert len(text.splitlines()) < 300
