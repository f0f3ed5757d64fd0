"""The house in order (issue 14): no placeholder import fallbacks in the GUI, SQL written as
text only in storage/, and field limits read from domain.validation.LIMITS, never retyped."""

from __future__ import annotations

import ast
from pathlib import Path

from resettle.domain.validation import LIMITS

PACKAGE = Path(__file__).resolve().parents[1] / "resettle"
# The only optional import: QtPdf ships in its own wheel, and the preview works without it.
OPTIONAL = {"PySide6.QtPdf", "PySide6.QtPdfWidgets"}


def _files(under: str = "") -> list[Path]:
    return sorted((PACKAGE / under).rglob("*.py"))


def _tree(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"))


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError")
               for n in names)


def test_no_import_fallback_hides_a_failure_in_the_gui():
    found = []
    for path in _files("gui"):
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Try) or not any(map(_catches_import_error,
                                                            node.handlers)):
                continue
            modules = {("." * n.level) + (n.module or "") for n in node.body
                       if isinstance(n, ast.ImportFrom)}
            modules |= {a.name for n in node.body if isinstance(n, ast.Import) for a in n.names}
            if not modules or not modules <= OPTIONAL:
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {sorted(modules)}")
    assert not found, "an ImportError fallback hides a real failure: " + ", ".join(found)


SQL_WORDS = ("PRAGMA", "SELECT", "VACUUM", "INSERT", "UPDATE", "DELETE", "CREATE")


def _is_raw_sql(node: ast.Call, texts: set[str]) -> bool:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id in texts  # sqlalchemy's text("...")
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr in ("exec_driver_sql", "raw_connection"):
        return True
    if func.attr == "text":
        return isinstance(func.value, ast.Name) and func.value.id in ("sa", "sqlalchemy")
    first = node.args[0] if node.args else None
    return func.attr == "execute" and isinstance(first, ast.Constant) \
        and isinstance(first.value, str) and first.value.split(" ")[0].upper() in SQL_WORDS


def _raw_sql(tree: ast.AST) -> list[int]:
    texts = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
             and (n.module or "").startswith("sqlalchemy") for a in n.names if a.name == "text"}
    return [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Call) and _is_raw_sql(n, texts)]


def test_sql_as_text_lives_in_storage_only():
    found = [f"{path.relative_to(PACKAGE)}:{line}" for path in _files()
             if "storage" not in path.relative_to(PACKAGE).parts[:1]
             for line in _raw_sql(_tree(path))]
    assert not found, "SQL written as text outside storage/: " + ", ".join(found)


def test_the_check_sees_raw_sql():
    tree = ast.parse("from sqlalchemy import text\ns.execute(text('PRAGMA x'))\n"
                     "conn.exec_driver_sql('x')\nraw.execute('VACUUM')\n")
    assert sorted(_raw_sql(tree)) == [2, 3, 4]


def test_field_limits_are_read_not_retyped():
    found = []
    for path in _files():
        for node in ast.walk(_tree(path)):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            if name in ("required_text", "optional_text") and len(node.args) >= 3 \
                    and isinstance(node.args[1], ast.Constant) \
                    and node.args[1].value in LIMITS and isinstance(node.args[2], ast.Constant):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.args[1].value}")
            if name == "setMaxLength" and node.args and isinstance(node.args[0], ast.Constant) \
                    and path.name != "date_field.py":  # YYYY-MM-DD is a format, not a limit
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} setMaxLength")
    assert not found, "a limit written again instead of LIMITS: " + ", ".join(found)
