"""Every service call a user needs has a face: a screen (resettle/gui) or a command
(resettle/cli) calls it. A service without either is not done (issue 12)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "resettle"
# Plumbing that the faces reach through the log-in, not services a user acts with.
NOT_SERVICES = {"context.py"}


def attributes() -> dict[str, str]:
    """Service class -> the attribute the faces reach it by (`services.legal` for Legal)."""
    api = ast.parse((PACKAGE / "services" / "api.py").read_text(encoding="utf-8"))
    return {node.value.func.id: node.targets[0].attr for node in ast.walk(api)
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and isinstance(node.targets[0], ast.Attribute)}


def service_calls() -> list[str]:
    """`attribute.method` for every public method of a service class whose first argument
    after self is the acting user."""
    names = attributes()
    found = []
    for path in sorted((PACKAGE / "services").glob("*.py")):
        if path.name in NOT_SERVICES:
            continue
        for cls in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(cls, ast.ClassDef):
                continue
            for fn in cls.body:
                if (isinstance(fn, ast.FunctionDef) and not fn.name.startswith("_")
                        and len(fn.args.args) > 1 and fn.args.args[1].arg == "actor"):
                    found.append(f"{names.get(cls.name, cls.name)}.{fn.name}")
    return found


def faces_sources() -> list[str]:
    return [p.read_text(encoding="utf-8") for face in ("gui", "cli")
            for p in sorted((PACKAGE / face).rglob("*.py"))]


def called(call: str, sources: list[str]) -> bool:
    """Called through its service (`services.legal.hearings(…)`, passed on as
    `s.legal.hearings`), by the command line's `call(args, "legal", "hearings", …)`, or by
    name in a module that reaches that service (`_call(args, "claims", …)`)."""
    attr, method = call.split(".")
    direct = re.compile(rf"\.{attr}\.{method}\b|[\"']{attr}[\"'],\s*[\"']{method}[\"']")
    service = re.compile(rf"\.{attr}\b|[\"']{attr}[\"']")
    by_name = re.compile(rf"[\"']{method}[\"']")
    return any(direct.search(s) or (service.search(s) and by_name.search(s)) for s in sources)


def test_the_scan_finds_the_services() -> None:
    calls = service_calls()
    assert "lifecycle.advance" in calls and "intake.intake" in calls and len(calls) > 60


def test_every_service_call_has_a_screen_or_a_command() -> None:
    sources = faces_sources()
    orphans = [call for call in service_calls() if not called(call, sources)]
    assert not orphans, "no screen or command calls: " + ", ".join(orphans)
