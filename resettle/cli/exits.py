"""Documented exit codes (README and `resettle --help` list the same), and which typed
error maps to which."""

from __future__ import annotations

from resettle.domain import errors

OK, INVALID, USAGE, AUTH, DENIED, NOT_FOUND = 0, 1, 2, 3, 4, 5
UNEXPECTED = 70  # EX_SOFTWARE: a bug; details are in the log
INTERRUPTED = 130  # Ctrl+C (128 + SIGINT): nothing more was written

_CODES: list[tuple[type[errors.ResettleError], int]] = [
    (errors.AuthenticationFailed, AUTH),
    (errors.UnlockFailed, AUTH),
    (errors.PermissionDenied, DENIED),
    (errors.NotFound, NOT_FOUND),
    (errors.ResettleError, INVALID),  # invalid input, broken rule, conflict
]


def exit_code(exc: errors.ResettleError) -> int:
    return next(code for kind, code in _CODES if isinstance(exc, kind))
