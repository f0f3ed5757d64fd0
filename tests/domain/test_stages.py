"""Stages: allowed transitions, effective dates, and what exclusion, release and closure need."""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from resettle.domain.roles import Role
from resettle.domain.stages import (
    ExclusionGround,
    RequirementCode,
    Stage,
    allowed_targets,
    check_correction,
    check_transition,
    is_active,
    is_allowed,
    is_exit,
    is_terminal,
    requirements,
)

S = Stage
ALLOWED = {
    (S.INTAKE, S.SCREENING),
    (S.SCREENING, S.CUSTODY),
    (S.SCREENING, S.PROGRAMME),
    (S.CUSTODY, S.PROGRAMME),
    (S.PROGRAMME, S.RELEASED),
    (S.RELEASED, S.CLOSED),
    (S.RELEASED, S.DECEASED),
} | {
    (a, b)
    for a in (S.INTAKE, S.SCREENING, S.CUSTODY, S.PROGRAMME)
    for b in (S.EXCLUDED, S.WITHDRAWN, S.DECEASED)
}
ALL_PAIRS = list(itertools.product(Stage, Stage))
TODAY = date(2024, 6, 1)


def ok_kwargs(target: Stage, **overrides: Any) -> dict[str, Any]:
    """Arguments that satisfy every rule for `target`; tests override one at a time."""
    kwargs: dict[str, Any] = {
        "effective_date": date(2024, 5, 1),
        "today": TODAY,
        "previous_date": date(2024, 4, 1),
        "arrival_date": date(2024, 3, 1),
        "role": Role.SUPERVISOR if target is S.EXCLUDED else Role.CASEWORKER,
        "ground": ExclusionGround.SERIOUS_CRIME if target is S.EXCLUDED else None,
        "reason": None,
        "has_placement": target is S.RELEASED,
        "programme_completed": target is S.RELEASED,
        "protection_end": date(2024, 5, 1) if target is S.CLOSED else None,
    }
    kwargs.update(overrides)
    return kwargs


def test_stage_values_are_the_domain_words() -> None:
    assert [s.value for s in Stage] == [
        "intake", "screening", "custody", "programme", "released", "closed",
        "excluded", "withdrawn", "deceased",
    ]


def test_exclusion_grounds() -> None:
    assert {g.value for g in ExclusionGround} == {
        "international_crime", "serious_crime", "disguised_defection", "late_application",
        "violence_in_protection", "third_country_residence", "other",
    }


@pytest.mark.parametrize(("current", "target"), ALL_PAIRS)
def test_is_allowed_matches_the_table(current: Stage, target: Stage) -> None:
    assert is_allowed(current, target) is ((current, target) in ALLOWED)
    assert (target in allowed_targets(current)) is ((current, target) in ALLOWED)


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_allowed_transitions_pass_with_their_requirements(current: Stage, target: Stage) -> None:
    check_transition(current, target, **ok_kwargs(target))


@pytest.mark.parametrize(
    ("current", "target"), [p for p in ALL_PAIRS if p not in ALLOWED]
)
def test_other_transitions_are_refused_naming_both_stages(current: Stage, target: Stage) -> None:
    with pytest.raises(RuleViolation) as info:
        check_transition(current, target, **ok_kwargs(target))
    assert info.value.key == "transition_not_allowed"
    assert info.value.params == {"from_stage": current, "to_stage": target}


def test_screening_offers_custody_before_programme() -> None:
    assert allowed_targets(S.SCREENING)[:2] == (S.CUSTODY, S.PROGRAMME)


@pytest.mark.parametrize(
    ("stage", "exit_", "terminal", "active"),
    [
        (S.INTAKE, False, False, True),
        (S.SCREENING, False, False, True),
        (S.CUSTODY, False, False, True),
        (S.PROGRAMME, False, False, True),
        (S.RELEASED, False, False, True),
        (S.CLOSED, False, True, False),
        (S.EXCLUDED, True, True, False),
        (S.WITHDRAWN, True, True, False),
        (S.DECEASED, True, True, False),
    ],
)
def test_stage_kinds(stage: Stage, exit_: bool, terminal: bool, active: bool) -> None:
    assert is_exit(stage) is exit_
    assert is_terminal(stage) is terminal
    assert is_active(stage) is active


# --- effective date -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("effective", "ok"),
    [(date(2024, 5, 31), True), (date(2024, 6, 1), True), (date(2024, 6, 2), False)],
)
def test_effective_date_not_in_the_future(effective: date, ok: bool) -> None:
    kwargs = ok_kwargs(S.SCREENING, effective_date=effective)
    if ok:
        check_transition(S.INTAKE, S.SCREENING, **kwargs)
        return
    with pytest.raises(InvalidInput) as info:
        check_transition(S.INTAKE, S.SCREENING, **kwargs)
    assert info.value.field == "effective_date"
    assert info.value.rule == "date_in_future"
    assert info.value.params["date"] == date(2024, 6, 2)
    assert info.value.params["today"] == TODAY


@pytest.mark.parametrize(
    ("effective", "ok"),
    [(date(2024, 3, 31), False), (date(2024, 4, 1), True), (date(2024, 4, 2), True)],
)
def test_effective_date_not_before_previous_stage(effective: date, ok: bool) -> None:
    kwargs = ok_kwargs(S.CUSTODY, effective_date=effective)
    if ok:
        check_transition(S.SCREENING, S.CUSTODY, **kwargs)
        return
    with pytest.raises(InvalidInput) as info:
        check_transition(S.SCREENING, S.CUSTODY, **kwargs)
    assert info.value.field == "effective_date"
    assert info.value.rule == "date_before"
    assert info.value.params["other"] == "previous_stage_date"
    assert info.value.params["other_date"] == date(2024, 4, 1)


@pytest.mark.parametrize(
    ("effective", "ok"),
    [(date(2024, 2, 29), False), (date(2024, 3, 1), True), (date(2024, 3, 2), True)],
)
def test_effective_date_not_before_arrival(effective: date, ok: bool) -> None:
    kwargs = ok_kwargs(S.SCREENING, effective_date=effective, previous_date=None)
    if ok:
        check_transition(S.INTAKE, S.SCREENING, **kwargs)
        return
    with pytest.raises(InvalidInput) as info:
        check_transition(S.INTAKE, S.SCREENING, **kwargs)
    assert info.value.field == "effective_date"
    assert info.value.rule == "date_before"
    assert info.value.params["other"] == "arrival_date"
    assert info.value.params["other_date"] == date(2024, 3, 1)


def test_unknown_previous_and_arrival_dates_only_check_the_future() -> None:
    check_transition(
        S.INTAKE, S.SCREENING,
        **ok_kwargs(S.SCREENING, effective_date=date(1999, 1, 1), previous_date=None,
                    arrival_date=None),
    )


def test_disallowed_transition_is_reported_before_dates() -> None:
    with pytest.raises(RuleViolation):
        check_transition(S.INTAKE, S.RELEASED, **ok_kwargs(S.RELEASED, effective_date=TODAY.max))


# --- exclusion ------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.LAWYER, Role.ADMIN])
def test_exclusion_needs_a_supervisor(role: Role) -> None:
    with pytest.raises(PermissionDenied) as info:
        check_transition(S.SCREENING, S.EXCLUDED, **ok_kwargs(S.EXCLUDED, role=role))
    assert info.value.params["action"] == "decide_exclusion"


def test_exclusion_needs_a_ground() -> None:
    with pytest.raises(InvalidInput) as info:
        check_transition(S.SCREENING, S.EXCLUDED, **ok_kwargs(S.EXCLUDED, ground=None))
    assert info.value.field == "ground"


@pytest.mark.parametrize("ground", list(ExclusionGround))
def test_every_ground_excludes(ground: ExclusionGround) -> None:
    check_transition(
        S.CUSTODY, S.EXCLUDED, **ok_kwargs(S.EXCLUDED, ground=ground, reason="details")
    )


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_ground_other_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(InvalidInput) as info:
        check_transition(
            S.SCREENING, S.EXCLUDED,
            **ok_kwargs(S.EXCLUDED, ground=ExclusionGround.OTHER, reason=reason),
        )
    assert info.value.field == "reason"


@pytest.mark.parametrize("target", [S.WITHDRAWN, S.DECEASED, S.SCREENING])
def test_ground_only_with_exclusion(target: Stage) -> None:
    with pytest.raises(InvalidInput) as info:
        check_transition(
            S.INTAKE, target, **ok_kwargs(target, ground=ExclusionGround.SERIOUS_CRIME)
        )
    assert info.value.field == "ground"


@pytest.mark.parametrize("target", [S.WITHDRAWN, S.DECEASED])
def test_withdrawal_and_death_need_no_supervisor(target: Stage) -> None:
    check_transition(S.PROGRAMME, target, **ok_kwargs(target, role=Role.CASEWORKER))


# --- release and closure --------------------------------------------------------------


def test_release_needs_a_placement() -> None:
    with pytest.raises(RuleViolation) as info:
        check_transition(S.PROGRAMME, S.RELEASED, **ok_kwargs(S.RELEASED, has_placement=False))
    assert info.value.key == "release_needs_placement"


@pytest.mark.parametrize(
    ("effective", "ok"),
    [(date(2024, 4, 30), False), (date(2024, 5, 1), True), (date(2024, 5, 2), True)],
)
def test_closure_at_the_end_of_protection_by_anyone(effective: date, ok: bool) -> None:
    kwargs = ok_kwargs(
        S.CLOSED, effective_date=effective, previous_date=None, role=Role.CASEWORKER
    )
    if ok:
        check_transition(S.RELEASED, S.CLOSED, **kwargs)
        return
    with pytest.raises(RuleViolation) as info:
        check_transition(S.RELEASED, S.CLOSED, **kwargs)
    assert info.value.key == "close_before_protection_end"
    assert info.value.params["protection_end"] == date(2024, 5, 1)


def test_early_closure_by_a_supervisor_with_a_reason() -> None:
    check_transition(
        S.RELEASED, S.CLOSED,
        **ok_kwargs(S.CLOSED, protection_end=date(2027, 1, 1), role=Role.SUPERVISOR,
                    reason="moved abroad, confirmed by the protection officer"),
    )


@pytest.mark.parametrize("reason", [None, "", " \n"])
def test_early_closure_by_a_supervisor_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(InvalidInput) as info:
        check_transition(
            S.RELEASED, S.CLOSED,
            **ok_kwargs(S.CLOSED, protection_end=date(2027, 1, 1), role=Role.SUPERVISOR,
                        reason=reason),
        )
    assert info.value.field == "reason"
    assert info.value.rule == "reason_required_early_close"
    assert info.value.params["protection_end"] == date(2027, 1, 1)


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.LAWYER, Role.ADMIN])
def test_early_closure_with_reason_is_refused_to_others(role: Role) -> None:
    with pytest.raises(RuleViolation):
        check_transition(
            S.RELEASED, S.CLOSED,
            **ok_kwargs(S.CLOSED, protection_end=date(2027, 1, 1), role=role, reason="moved"),
        )


def test_closure_with_unknown_protection_end_needs_a_supervisor() -> None:
    with pytest.raises(RuleViolation) as info:
        check_transition(S.RELEASED, S.CLOSED, **ok_kwargs(S.CLOSED, protection_end=None))
    assert info.value.key == "close_before_protection_end"
    assert info.value.params["protection_end"] is None
    check_transition(
        S.RELEASED, S.CLOSED,
        **ok_kwargs(S.CLOSED, protection_end=None, role=Role.SUPERVISOR, reason="record"),
    )


# --- requirements and corrections -----------------------------------------------------


@pytest.mark.parametrize(
    ("current", "target", "codes"),
    [
        (S.SCREENING, S.EXCLUDED, ["ground", "supervisor"]),
        (S.PROGRAMME, S.RELEASED, ["placement", "programme_completed"]),
        (S.RELEASED, S.CLOSED, ["reason_or_protection_end"]),
        (S.INTAKE, S.SCREENING, []),
        (S.SCREENING, S.CUSTODY, []),
        (S.CUSTODY, S.WITHDRAWN, []),
        (S.RELEASED, S.DECEASED, []),
    ],
)
def test_requirements(current: Stage, target: Stage, codes: list[str]) -> None:
    found = requirements(current, target)
    assert [r.code for r in found] == codes
    assert all(isinstance(r.code, RequirementCode) and r.rule for r in found)


def test_requirements_of_a_disallowed_transition_raise() -> None:
    with pytest.raises(RuleViolation):
        requirements(S.CLOSED, S.RELEASED)


def test_correction_by_a_supervisor_with_a_reason() -> None:
    check_correction(Role.SUPERVISOR, "wrong date typed at intake")


@pytest.mark.parametrize("role", [Role.CASEWORKER, Role.LAWYER, Role.ADMIN])
def test_correction_only_by_a_supervisor(role: Role) -> None:
    with pytest.raises(PermissionDenied) as info:
        check_correction(role, "wrong date")
    assert info.value.params == {"role": role, "action": "correct_stage"}


@pytest.mark.parametrize("reason", [None, "", "  \t"])
def test_correction_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(InvalidInput) as info:
        check_correction(Role.SUPERVISOR, reason)
    assert info.value.field == "reason"
