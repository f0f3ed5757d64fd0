"""A pytest plugin for remove_checks.py: records which service functions each test calls,
so a removed check is tried against the tests that reach it (not the whole table).

    pytest -p coverage_map ...   (with tests/mutation on sys.path; writes $COVERAGE_MAP)
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from types import FrameType
from typing import Any

import pytest

_calls: dict[str, set[str]] = defaultdict(set)
_current: list[str] = []
_MARK = os.sep + os.path.join("resettle", "services") + os.sep


def _profile(frame: FrameType, event: str, _arg: Any) -> None:
    if event != "call" or not _current:
        return
    path = frame.f_code.co_filename
    if _MARK in path:
        name = os.path.basename(path) + ":" + frame.f_code.co_qualname
        _calls[_current[0]].add(name)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    _current[:] = [item.nodeid]
    sys.setprofile(_profile)
    try:
        yield
    finally:
        sys.setprofile(None)
        _current.clear()


def pytest_sessionfinish(session: pytest.Session) -> None:
    out = os.environ.get("COVERAGE_MAP")
    if out:
        with open(out, "w") as fh:
            json.dump({k: sorted(v) for k, v in _calls.items()}, fh)
