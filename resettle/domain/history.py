"""A case's current state, derived from its stage events (corrections void, never erase)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from resettle.domain.stages import EXITS, Stage

CLOCK_STOPS = EXITS | {Stage.PROGRAMME}


@dataclass(frozen=True)
class Event:
    to_stage: Stage
    effective_date: date
    voided: bool = False
    correction: bool = False


@dataclass(frozen=True)
class CaseState:
    stage: Stage
    stage_date: date
    custody_start: date | None  # screening start: day 1 of the custody clock
    custody_end: date | None  # programme start or exit: the day the clock stops (not counted)
    release_date: date | None


def effective(events: Sequence[Event]) -> list[Event]:
    """The events that stand: not voided by a correction, and not the correction records."""
    return [e for e in events if not e.voided and not e.correction]


def case_state(events: Sequence[Event]) -> CaseState:
    standing = effective(events)
    if not standing:
        raise ValueError("a case has at least its intake event")
    start = end = release = None
    for e in standing:
        if e.to_stage is Stage.SCREENING and start is None:
            start = e.effective_date
        elif start is not None and end is None and e.to_stage in CLOCK_STOPS:
            end = e.effective_date
        if e.to_stage is Stage.RELEASED:
            release = e.effective_date
    last = standing[-1]
    return CaseState(last.to_stage, last.effective_date, start, end, release)
