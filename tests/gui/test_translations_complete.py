"""Every string the GUI hands to Qt's translation has a Korean entry in ko.json, so
resources/translations/update.py reports nothing untranslated (checked without lupdate)."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "resettle" / "gui"
KO = ROOT / "resources" / "translations" / "ko.json"


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) \
        else None


def gui_strings() -> set[tuple[str, str]]:
    """(module, text) of every self.tr / _t / QT_TRANSLATE_NOOP / translate literal."""
    found: set[tuple[str, str]] = set()
    for path in sorted(GUI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else \
                func.id if isinstance(func, ast.Name) else ""
            if name in ("tr", "_t"):
                text = _literal(node.args[0])
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) > 1:
                text = _literal(node.args[1])
            else:
                continue
            if text:
                found.add((str(path.relative_to(ROOT)), text))
    return found


def test_every_gui_string_has_a_korean_translation():
    korean = json.loads(KO.read_text(encoding="utf-8"))
    missing = sorted((where, text) for where, text in gui_strings() if text not in korean)
    assert not missing, "untranslated (add to ko.json, then run update.py): " + "; ".join(
        f"{where}: {text!r}" for where, text in missing)


def test_no_translation_is_left_empty_or_in_english_alone():
    korean = json.loads(KO.read_text(encoding="utf-8"))
    empty = [k for k, v in korean.items() if not v.strip()]
    assert not empty
    hangul = [k for k, v in korean.items() if any("\uac00" <= c <= "\ud7a3" for c in v)]
    assert len(hangul) > 0.9 * len(korean)


def test_the_walk_finds_the_strings():
    texts = {text for _where, text in gui_strings()}
    assert {"&Close", "Case no."} <= texts or "Case no." in texts
    assert len(texts) > 500
    assert sys.version_info >= (3, 11)
