"""DESIGN.md's import rules: domain imports nothing internal, only gui imports PySide6,
gui never reaches storage or SQLAlchemy, reports never reach storage, nothing reaches up."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "resettle"


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the module's package
                base = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                found.add(".".join(base + ((node.module,) if node.module else ())))
            elif node.module:
                found.add(node.module)
    return found


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


FORBIDDEN = {
    "domain": ("resettle.storage", "resettle.services", "resettle.gui", "resettle.cli",
               "resettle.reports", "resettle.app", "sqlalchemy", "PySide6", "reportlab"),
    "storage": ("resettle.services", "resettle.gui", "resettle.cli", "resettle.reports",
                "PySide6", "reportlab"),
    "reports": ("resettle.storage", "resettle.gui", "resettle.cli", "sqlalchemy", "PySide6"),
    "services": ("resettle.gui", "resettle.cli", "PySide6"),
    "cli": ("resettle.gui", "resettle.storage", "sqlalchemy", "PySide6"),
    "gui": ("resettle.storage", "sqlalchemy", "resettle.cli"),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    bad = [f"{p.relative_to(PACKAGE)} imports {name}"
           for p in layer_files(layer) for name in imports(p)
           if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer])]
    assert not bad, "\n".join(bad)


def test_pyside_only_in_gui() -> None:
    outside = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts
               and any(n.split(".")[0] == "PySide6" for n in imports(p))]
    assert not outside


def test_domain_imports_only_stdlib_and_domain() -> None:
    import sys

    for path in layer_files("domain"):
        for name in imports(path):
            top = name.split(".")[0]
            assert name.startswith("resettle.domain") or top in sys.stdlib_module_names \
                or top == "__future__", f"{path.name} imports {name}"


def test_checker_sees_a_violation(tmp_path: Path) -> None:
    """The import reader itself works: it finds a relative import reaching storage."""
    fake = PACKAGE / "gui" / "x.py"
    tree = "from ..storage import database\nimport PySide6.QtCore\n"
    names = set()
    for node in ast.walk(ast.parse(tree)):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = fake.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
            names.add(".".join(base + (node.module,)))
    assert "resettle.storage" in names
