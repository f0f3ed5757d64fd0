"""Loads a test module of tests/services into a tests/server module, unchanged, so that it
runs with `services` routing each actor to their own PostgreSQL role (conftest.RoleServices)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

SERVICES = Path(__file__).parent.parent / "services"


def load(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(f"_as_roles_{name}", SERVICES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # found by role_services, which routes `transaction`
    spec.loader.exec_module(module)
    return module


def adopt(namespace: dict[str, Any], name: str, differs: dict[str, str] | None = None) -> None:
    """The module's tests and fixtures, plus `services` and `new_case` for roles. `differs`:
    tests whose answer is expectedly different under row-level security (strict xfail)."""
    insert_case = load("conftest").insert_case

    @pytest.fixture
    def services(role_services: Any) -> Any:
        return role_services

    @pytest.fixture
    def new_case(services: Any) -> Any:
        return lambda **kw: insert_case(services, **kw)

    namespace.update(services=services, new_case=new_case, pytestmark=pytest.mark.postgres)
    for key, value in vars(load(name)).items():
        if key.startswith("test_") and callable(value) or (
                hasattr(value, "_fixture_function") or hasattr(value, "_pytestfixturefunction")):
            namespace[key] = value
    for key, reason in (differs or {}).items():
        namespace[key] = pytest.mark.xfail(strict=True, reason=reason)(namespace[key])
