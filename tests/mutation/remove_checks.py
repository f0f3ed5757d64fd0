"""Remove each permission check in the services, one at a time, and run the permission table
test against the copy: every removal must make it fail (issue 15).

Works on a copy of the repository in a temporary folder (the checkout is never edited). A
check is one of:
  - the action passed to `transaction(ctx, actor, Action.X)`   -> None
  - a statement `tx.require(Action.X)` / `self.require(...)`     -> pass
  - the action passed to `find_case(tx, case_no, Action.X)`     -> None  (the copy's
    find_case then skips its own `tx.require`, see access.py)
  - `allowed(role, Action.X)` in a condition                    -> True
  - `raise PermissionDenied(...)`                               -> pass

Usage: python tests/mutation/remove_checks.py [--only FILE] [--json OUT]
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVICES = "resettle/services"
TEST = "tests/services/test_permission_table.py"


@dataclass
class Site:
    path: str
    function: str  # "file.py:Class.method", the function the check is in
    line: int
    col: int
    end_line: int
    end_col: int
    kind: str
    action: str  # the action's value ('' when not named here)
    replacement: str
    text: str


def _action_of(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
            and node.value.id == "Action":
        return node.attr.lower()
    return ""


def sites(path: Path) -> list[Site]:
    source = path.read_text()
    tree = ast.parse(source)
    rel = str(path.relative_to(ROOT))
    found: list[Site] = []

    owners: list[tuple[int, int, str]] = []
    for top in tree.body:
        inner = [(top, top.name)] if isinstance(top, ast.FunctionDef) else \
            [(f, f"{top.name}.{f.name}") for f in top.body if isinstance(f, ast.FunctionDef)] \
            if isinstance(top, ast.ClassDef) else []
        owners += [(f.lineno, f.end_lineno or f.lineno, name) for f, name in inner]

    def owner(line: int) -> str:
        names = [n for a, b, n in owners if a <= line <= b]
        return f"{path.name}:{names[-1]}" if names else ""

    def add(node: ast.AST, kind: str, action: str, replacement: str) -> None:
        found.append(Site(rel, owner(node.lineno), node.lineno, node.col_offset,
                          node.end_lineno or node.lineno, node.end_col_offset or 0, kind,
                          action, replacement,
                          ast.get_source_segment(source, node) or ""))

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else ""
            if name in ("transaction", "find_case"):
                for arg in node.args:
                    if _action_of(arg):
                        add(arg, name, _action_of(arg), "None")
            if name == "allowed" and len(node.args) == 2 and _action_of(node.args[1]):
                add(node, "allowed", _action_of(node.args[1]), "True")
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
                isinstance(node.value.func, ast.Attribute) and \
                node.value.func.attr == "require" and node.value.args:
            add(node, "require", _action_of(node.value.args[0]), "pass")
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and \
                isinstance(node.exc.func, ast.Name) and node.exc.func.id == "PermissionDenied":
            add(node, "raise", "", "pass")
    return sorted(found, key=lambda s: (s.line, s.col))


def apply_all(source: str, group: list[Site]) -> str:
    """Several sites of one file, from the last (offsets before it stay right)."""
    for site in sorted(group, key=lambda s: (s.line, s.col), reverse=True):
        source = apply(source, site)
    return source


def apply(source: str, site: Site) -> str:
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line.encode()))
    data = source.encode()
    start = offsets[site.line - 1] + site.col
    end = offsets[site.end_line - 1] + site.end_col
    return (data[:start] + site.replacement.encode() + data[end:]).decode()


def copy_tree(target: Path) -> None:
    for name in ("resettle", "tests", "migrations", "resources"):
        shutil.copytree(ROOT / name, target / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "mutants"))
    shutil.copy2(ROOT / "pyproject.toml", target / "pyproject.toml")
    # the copy's find_case accepts None (a removed check at a call site) and skips the check
    access = target / "resettle/services/access.py"
    access.write_text(access.read_text().replace(
        "    tx.require(action)\n", "    if action is not None:\n        tx.require(action)\n",
        1))


def run_tests(tree: Path, selection: str | None, nodes: list[str] | None = None,
              extra: list[str] | None = None) -> tuple[bool, float]:
    env = dict(os.environ, PYTHONPATH=f"{tree}{os.pathsep}{tree / 'tests/mutation'}",
               QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1",
               COVERAGE_MAP=str(tree / "coverage_map.json"))
    args = [sys.executable, "-m", "pytest", *(nodes or [TEST]), "-q", "-x",
            "-p", "no:cacheprovider", "-m", "not postgres", "--no-header", "-W", "ignore",
            *(extra or [])]
    if selection:
        args += ["-k", selection]
    started = time.monotonic()
    done = subprocess.run(args, cwd=tree, env=env, capture_output=True, text=True,
                          timeout=1800, check=False)
    return done.returncode == 0, time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="services files, comma-separated (e.g. rules.py)")
    parser.add_argument("--json", type=Path, help="write the results here")
    opts = parser.parse_args()
    files = sorted(f for f in (ROOT / SERVICES).glob("*.py")
                   if f.name != "access.py")  # access.py: mutmut (setup.cfg)
    if opts.only:
        files = [f for f in files if f.name in opts.only.split(",")]
    all_sites = [s for f in files for s in sites(f)]
    results: list[dict[str, object]] = []
    pairs: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="resettle-checks-") as tmp:
        tree = Path(tmp)
        copy_tree(tree)
        ok, _ = run_tests(tree, None, extra=["-p", "coverage_map"])
        if not ok:
            print("the permission table test fails on the unmutated copy", file=sys.stderr)
            return 2
        reached: dict[str, list[str]] = {}  # service function -> the tests that call it
        for node, functions in json.loads((tree / "coverage_map.json").read_text()).items():
            for function in functions:
                reached.setdefault(function, []).append(node)
        for i, site in enumerate(all_sites, 1):
            target = tree / site.path
            original = target.read_text()
            target.write_text(apply(original, site))
            try:
                # the tests that reach the check's function; else the action's calls
                nodes = reached.get(site.function)
                if nodes:
                    survived, seconds = run_tests(tree, None, nodes)
                else:
                    survived, seconds = run_tests(tree, site.action or None)
            finally:
                target.write_text(original)
            status = "SURVIVED" if survived else "killed"
            print(f"[{i}/{len(all_sites)}] {status:8} {site.path}:{site.line} {site.kind} "
                  f"{site.text[:70]!r} ({seconds:.0f} s)", flush=True)
            results.append({**site.__dict__, "survived": survived})
        # a check made twice in one function (the transaction's action and find_case's): one
        # removal alone changes nothing; both removed together must be caught
        groups: dict[tuple[str, str, str], list[Site]] = {}
        for site in all_sites:
            if site.action and site.kind in ("transaction", "find_case", "require"):
                groups.setdefault((site.path, site.function, site.action), []).append(site)
        for (path, function, action), group in groups.items():
            if len(group) < 2:
                continue
            target = tree / path
            original = target.read_text()
            target.write_text(apply_all(original, group))
            try:
                nodes = reached.get(function)
                survived, seconds = (run_tests(tree, None, nodes) if nodes
                                     else run_tests(tree, action))
            finally:
                target.write_text(original)
            lines = ",".join(str(g.line) for g in group)
            print(f"[pair] {'SURVIVED' if survived else 'killed':8} {path}:{lines} {function} "
                  f"{action} ({seconds:.0f} s)", flush=True)
            pairs.append({"path": path, "function": function, "action": action,
                          "lines": lines, "survived": survived})
    killed = sum(not r["survived"] for r in results)
    print(f"\n{killed}/{len(results)} check removals killed")
    redundant = [r for r in results if r["survived"] and any(
        p["path"] == r["path"] and p["function"] == r["function"] and p["action"] == r["action"]
        and not p["survived"] for p in pairs)]
    print(f"{len(redundant)} survivors are one of a pair whose removal together is killed; "
          f"pairs killed: {sum(not p['survived'] for p in pairs)}/{len(pairs)}")
    if opts.json:
        opts.json.write_text(json.dumps({"sites": results, "pairs": pairs}, indent=1,
                                        ensure_ascii=False))
    alone = [r for r in results if r["survived"] and r not in redundant]
    for r in alone:
        print(f"survived alone: {r['path']}:{r['line']} {r['kind']} {r['text'][:60]!r}")
    return 0 if not alone and all(not p["survived"] for p in pairs) else 1


if __name__ == "__main__":
    sys.exit(main())
