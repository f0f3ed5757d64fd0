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
from resettle.gui.widgets import labels
from resettle.gui.widgets.crash import details_of
from resettle.gui.widgets.errors import error_text
from resettle.gui.widgets.i18n import install_translators


def test_sentences_for_each_kind(qapp) -> None:
    install_translators("en")
    assert error_text(AuthenticationFailed("x", locked=True)).startswith("This account is locked")
    assert error_text(AuthenticationFailed("x", disabled=True)).startswith("This account is "
                                                                            "disabled")
    assert error_text(PermissionDenied("lawyer", "approve_extension")) == \
        "Your role (Lawyer) may not do this."
    assert error_text(InvalidInput("password", "too_short", min=12)) == \
        "Password must be at least 12 characters."
    assert error_text(InvalidInput("route", "too_long", max=2000)) == \
        "Route must be at most 2000 characters."
    assert error_text(Conflict("case", "R-1", {}, {})).startswith("Someone else changed")
    assert error_text(NotFound("case", "R-9")) == "Not found: case R-9."
    assert error_text(RuleViolation("transition_not_allowed", from_stage="intake",
                                    to_stage="released")) == \
        "A case cannot move from Protection request to Released to residence."


def test_sentences_follow_the_interface_language(qapp) -> None:
    """The mapper is a thin call into the catalogue, in the language installed last."""
    try:
        install_translators("ko")
        assert error_text(InvalidInput("route", "too_long", max=2000)) == \
            "탈출 경로: 2000자 이하로 입력하십시오."
        assert error_text(NotFound("case", "R-9")) == "사례 R-9을(를) 찾을 수 없습니다."
        assert error_text(RuleViolation("transition_not_allowed", from_stage="intake",
                                        to_stage="released")) == \
            "'보호신청' 단계에서 '거주지 전입' 단계로 변경할 수 없습니다."
        assert labels.stage("custody") == "임시보호"
    finally:
        install_translators("en")
    assert labels.stage("custody") == "Temporary protection"


def test_crash_details_name_the_type_and_frames_only() -> None:
    try:
        raise ValueError("김설화 lives at a secret address")
    except ValueError as exc:
        details = details_of(exc)
    assert details.startswith("ValueError") and "김설화" not in details
    assert "test_gui_errors.py" in details
