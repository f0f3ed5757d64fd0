"""Stages of a case, the allowed transitions between them, and what each transition needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from resettle.domain.errors import InvalidInput, PermissionDenied, RuleViolation
from resettle.domain.roles import Action, Role, allowed


class Stage(StrEnum):
    INTAKE = "intake"
    SCREENING = "screening"
    CUSTODY = "custody"
    PROGRAMME = "programme"
    RELEASED = "released"
    CLOSED = "closed"
    EXCLUDED = "excluded"
    WITHDRAWN = "withdrawn"
    DECEASED = "deceased"


class ExclusionGround(StrEnum):
    """Grounds for refusing protection, recorded with an exclusion."""

    INTERNATIONAL_CRIME = "international_crime"
    SERIOUS_CRIME = "serious_crime"
    DISGUISED_DEFECTION = "disguised_defection"
    LATE_APPLICATION = "late_application"
    VIOLENCE_IN_PROTECTION = "violence_in_protection"
    THIRD_COUNTRY_RESIDENCE = "third_country_residence"
    OTHER = "other"


class RequirementCode(StrEnum):
    GROUND = "ground"
    SUPERVISOR = "supervisor"
    PLACEMENT = "placement"
    PROGRAMME_COMPLETED = "programme_completed"  # or a supervisor's override with a reason
    REASON_OR_PROTECTION_END = "reason_or_protection_end"


@dataclass(frozen=True)
class Requirement:
    """One thing a transition needs, for a dialog to ask for; `rule` is its catalogue code
    (resettle.i18n.messages), e.g. "requirement.placement"."""

    code: RequirementCode
    rule: str


EXITS: frozenset[Stage] = frozenset({Stage.EXCLUDED, Stage.WITHDRAWN, Stage.DECEASED})
# The stages that hold a person (the custody clock runs from arrival): the one place this is
# written. Every other stage stops the clock (resettle.domain.history.CLOCK_STOPS).
HOLDING: tuple[Stage, ...] = (Stage.INTAKE, Stage.SCREENING, Stage.CUSTODY)


def holds(stage: Stage | str) -> bool:
    """Whether a person at `stage` is held (intake and screening count: the clock runs)."""
    return stage in HOLDING
_BEFORE_RELEASE = (Stage.INTAKE, Stage.SCREENING, Stage.CUSTODY, Stage.PROGRAMME)

# Order inside each tuple is the order a dialog should offer the targets in.
TRANSITIONS: dict[Stage, tuple[Stage, ...]] = {
    Stage.INTAKE: (Stage.SCREENING,),
    Stage.SCREENING: (Stage.CUSTODY, Stage.PROGRAMME),  # custody is only for some
    Stage.CUSTODY: (Stage.PROGRAMME,),
    Stage.PROGRAMME: (Stage.RELEASED,),
    Stage.RELEASED: (Stage.CLOSED, Stage.DECEASED),
    Stage.CLOSED: (),
    Stage.EXCLUDED: (),
    Stage.WITHDRAWN: (),
    Stage.DECEASED: (),
}
for _stage in _BEFORE_RELEASE:
    TRANSITIONS[_stage] += (Stage.EXCLUDED, Stage.WITHDRAWN, Stage.DECEASED)


def is_exit(stage: Stage) -> bool:
    """An exit ends a case outside the normal course (closed is the normal end, not an exit)."""
    return stage in EXITS


def is_terminal(stage: Stage) -> bool:
    """No transition leads out of a terminal stage (closed and the exits)."""
    return not TRANSITIONS[stage]


def is_active(stage: Stage) -> bool:
    """Active cases still need work; released cases are active (follow-up) until closed."""
    return not is_terminal(stage)


def allowed_targets(current: Stage) -> tuple[Stage, ...]:
    return TRANSITIONS[current]


def is_allowed(current: Stage, target: Stage) -> bool:
    return target in TRANSITIONS[current]


def _require_allowed(current: Stage, target: Stage) -> None:
    if not is_allowed(current, target):
        raise RuleViolation("transition_not_allowed", from_stage=current, to_stage=target)


def requirements(current: Stage, target: Stage) -> list[Requirement]:
    """What a transition needs besides an effective date; raises if it is not allowed."""
    _require_allowed(current, target)
    if target is Stage.EXCLUDED:
        return [
            Requirement(RequirementCode.GROUND, "requirement.ground"),
            Requirement(RequirementCode.SUPERVISOR, "requirement.supervisor"),
        ]
    if target is Stage.RELEASED:
        return [Requirement(RequirementCode.PLACEMENT, "requirement.placement"),
                Requirement(RequirementCode.PROGRAMME_COMPLETED,
                            "requirement.programme_completed")]
    if target is Stage.CLOSED:
        return [
            Requirement(RequirementCode.REASON_OR_PROTECTION_END,
                        "requirement.reason_or_protection_end")
        ]
    return []


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def check_effective_date(
    effective_date: date, *, today: date, previous_date: date | None, arrival_date: date | None
) -> None:
    """Events are often entered after the fact, but never dated ahead or out of order."""
    field = "effective_date"
    if effective_date > today:
        raise InvalidInput(field, "date_in_future", date=effective_date, today=today)
    if previous_date is not None and effective_date < previous_date:
        raise InvalidInput(field, "date_before", date=effective_date,
                           other="previous_stage_date", other_date=previous_date)
    if arrival_date is not None and effective_date < arrival_date:
        raise InvalidInput(field, "date_before", date=effective_date, other="arrival_date",
                           other_date=arrival_date)


def _check_exclusion(role: Role, ground: ExclusionGround | None, reason: str | None) -> None:
    if not allowed(role, Action.DECIDE_EXCLUSION):
        raise PermissionDenied(role, Action.DECIDE_EXCLUSION)
    if ground is None:
        raise InvalidInput("ground", "ground_required")
    if ground is ExclusionGround.OTHER and _blank(reason):
        raise InvalidInput("reason", "reason_required_other_ground", ground=ground)


def _check_closure(
    effective_date: date, role: Role, reason: str | None, protection_end: date | None
) -> None:
    if protection_end is not None and effective_date >= protection_end:
        return
    if role is not Role.SUPERVISOR:
        raise RuleViolation("close_before_protection_end", protection_end=protection_end,
                            date=effective_date)
    if _blank(reason):
        raise InvalidInput("reason", "reason_required_early_close",
                           protection_end=protection_end)


def check_transition(
    current: Stage,
    target: Stage,
    *,
    effective_date: date,
    today: date,
    previous_date: date | None,
    arrival_date: date | None,
    role: Role,
    ground: ExclusionGround | None,
    reason: str | None,
    has_placement: bool,
    protection_end: date | None,
    programme_completed: bool = False,
) -> None:
    """Raise RuleViolation, InvalidInput or PermissionDenied unless the transition may happen."""
    _require_allowed(current, target)
    check_effective_date(
        effective_date, today=today, previous_date=previous_date, arrival_date=arrival_date
    )
    if ground is not None and target is not Stage.EXCLUDED:
        raise InvalidInput("ground", "ground_only_with_exclusion", to_stage=target)
    if target is Stage.EXCLUDED:
        _check_exclusion(role, ground, reason)
    elif target is Stage.RELEASED and not has_placement:
        raise RuleViolation("release_needs_placement", to_stage=target)
    elif target is Stage.RELEASED and not programme_completed:
        check_release_override(role, reason)
    elif target is Stage.CLOSED:
        _check_closure(effective_date, role, reason, protection_end)


def check_release_override(role: Role, reason: str | None) -> None:
    """Release before the programme is completed: a supervisor's override, with a reason."""
    if role is not Role.SUPERVISOR:
        raise RuleViolation("release_needs_programme")
    if _blank(reason):
        raise InvalidInput("reason", "release_override_reason")


def check_correction(role: Role, reason: str | None) -> None:
    """Corrections rewrite what a court may read, so only supervisors, and always with a reason."""
    if not allowed(role, Action.CORRECT_STAGE):
        raise PermissionDenied(role, Action.CORRECT_STAGE)
    if _blank(reason):
        raise InvalidInput("reason", "reason_required_correction")
