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
    REASON_OR_PROTECTION_END = "reason_or_protection_end"


@dataclass(frozen=True)
class Requirement:
    """One thing a transition needs, for a dialog to ask for; `rule` is plain English."""

    code: RequirementCode
    rule: str


EXITS: frozenset[Stage] = frozenset({Stage.EXCLUDED, Stage.WITHDRAWN, Stage.DECEASED})
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
        raise RuleViolation(
            f"a case cannot move from {current} to {target}", current=current, target=target
        )


def requirements(current: Stage, target: Stage) -> list[Requirement]:
    """What a transition needs besides an effective date; raises if it is not allowed."""
    _require_allowed(current, target)
    if target is Stage.EXCLUDED:
        return [
            Requirement(RequirementCode.GROUND, "a ground for refusing protection"),
            Requirement(RequirementCode.SUPERVISOR, "the decision of a supervisor"),
        ]
    if target is Stage.RELEASED:
        return [Requirement(RequirementCode.PLACEMENT, "a placement to be released to")]
    if target is Stage.CLOSED:
        return [
            Requirement(
                RequirementCode.REASON_OR_PROTECTION_END,
                "the end of the protection period, or a supervisor and a reason",
            )
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
        raise InvalidInput(
            field, f"{effective_date} must not be in the future (today is {today})",
            date=effective_date, today=today,
        )
    if previous_date is not None and effective_date < previous_date:
        raise InvalidInput(
            field,
            f"{effective_date} must not be before the previous stage's date ({previous_date})",
            date=effective_date, previous=previous_date,
        )
    if arrival_date is not None and effective_date < arrival_date:
        raise InvalidInput(
            field, f"{effective_date} must not be before the arrival date ({arrival_date})",
            date=effective_date, arrival=arrival_date,
        )


def _check_exclusion(role: Role, ground: ExclusionGround | None, reason: str | None) -> None:
    if not allowed(role, Action.DECIDE_EXCLUSION):
        raise PermissionDenied(role, Action.DECIDE_EXCLUSION)
    if ground is None:
        raise InvalidInput("ground", "is required to exclude a case")
    if ground is ExclusionGround.OTHER and _blank(reason):
        raise InvalidInput("reason", "is required when the ground is 'other'", ground=ground)


def _check_closure(
    effective_date: date, role: Role, reason: str | None, protection_end: date | None
) -> None:
    if protection_end is not None and effective_date >= protection_end:
        return
    end = str(protection_end) if protection_end is not None else "unknown"
    if role is not Role.SUPERVISOR:
        raise RuleViolation(
            f"a case can be closed only at the end of the protection period ({end}), "
            "or earlier by a supervisor with a reason",
            protection_end=protection_end, date=effective_date,
        )
    if _blank(reason):
        raise InvalidInput(
            "reason",
            f"is required to close a case before the end of the protection period ({end})",
            protection_end=protection_end,
        )


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
) -> None:
    """Raise RuleViolation, InvalidInput or PermissionDenied unless the transition may happen."""
    _require_allowed(current, target)
    check_effective_date(
        effective_date, today=today, previous_date=previous_date, arrival_date=arrival_date
    )
    if ground is not None and target is not Stage.EXCLUDED:
        raise InvalidInput("ground", "is recorded only with an exclusion", target=target)
    if target is Stage.EXCLUDED:
        _check_exclusion(role, ground, reason)
    elif target is Stage.RELEASED and not has_placement:
        raise RuleViolation("a case can be released only to a placement", target=target)
    elif target is Stage.CLOSED:
        _check_closure(effective_date, role, reason, protection_end)


def check_correction(role: Role, reason: str | None) -> None:
    """Corrections rewrite what a court may read, so only supervisors, and always with a reason."""
    if not allowed(role, Action.CORRECT_STAGE):
        raise PermissionDenied(role, Action.CORRECT_STAGE)
    if _blank(reason):
        raise InvalidInput("reason", "is required for a correction")
