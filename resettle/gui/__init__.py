"""The desktop face (PySide6 only here); never imports storage, never runs SQL."""

from __future__ import annotations

import sys


def _immortal_none() -> None:
    """PySide6 6.12 returns None from void methods without a new reference. Python 3.12 made
    None immortal so it does not matter there; on 3.11 every such call drops one reference
    and the process aborts ("none_dealloc") after a few thousand calls. Give None a
    reference count no session can use up, as 3.12 does."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    refcount = ctypes.c_ssize_t.from_address(id(None))
    if refcount.value < 1 << 40:
        refcount.value += 1 << 42


_immortal_none()
