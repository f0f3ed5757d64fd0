"""Typed errors become one translated sentence; the crash dialog's details hold no values."""

from __future__ import annotations

from resettle.domain.errors import (
    AuthenticationFailed,
    Conflict,
    InvalidInput,
    NotFound,
    PermissionDenied,
    RuleViolation,
)
from resettle.gui.widgets.crash import details_of
from resettle.gui.widgets.errors import error_text


def test_sentences_for_each_kind(qapp) -> None:
    assert error_text(AuthenticationFailed("x", locked=True)).startswith("This account is locked")
    assert error_text(AuthenticationFailed("x", disabled=True)).startswith("This account is "
                                                                            "disabled")
    assert error_text(PermissionDenied("lawyer", "approve_extension")) == \
        "Your role (Lawyer) may not do this: approve extension."
    assert error_text(InvalidInput("password", "must be at least 12 characters long")) == \
        "The password must be at least 12 characters long."
    assert error_text(InvalidInput("route", "is too long")) == "route: is too long"
    assert error_text(Conflict("case", "R-1", {}, {})).startswith("Someone else changed")
    assert error_text(NotFound("case", "R-9")) == "Not found: case R-9."
    assert error_text(RuleViolation("a custody rule allows no extension")) == \
        "A custody rule allows no extension."


def test_crash_details_name_the_type_and_frames_only() -> None:
    try:
        raise ValueError("김설화 lives at a secret address")
    except ValueError as exc:
        details = details_of(exc)
    assert details.startswith("ValueError") and "김설화" not in details
    assert "test_gui_errors.py" in details
