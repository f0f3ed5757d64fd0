"""DESIGN.md's import rules: domain imports nothing internal, only gui imports PySide6,
gui never reaches storage or SQLAlchemy, reports never reach storage, nothing reaches up."""

from __future__ import annotations

import ast
import sys
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


def test_import_linter_contracts_are_kept() -> None:
    """pyproject.toml's [tool.importlinter] contracts: DESIGN.md's layers, checked by
    import-linter over the whole import graph (indirect imports included)."""
    import subprocess

    linter = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(linter), "--no-cache"], cwd=PACKAGE.parent, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_no_import_cycles() -> None:
    """No two modules of ours import each other, directly or round a loop (type-only imports
    aside): each module can be read, tested and loaded on its own."""
    import grimp

    graph = grimp.build_graph("resettle", exclude_type_checking_imports=True)
    modules = sorted(graph.modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's strongly connected components
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    assert not cycles, "\n".join(" <-> ".join(c) for c in cycles)
