"""A case's state on a day, derived from its stage events (corrections void, never erase)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from resettle.domain.stages import HOLDING, Stage

# Leaving the state's hands: the programme, release (and what follows it), or an exit;
# every stage but those that hold a person (stages.HOLDING).
CLOCK_STOPS = frozenset(Stage) - frozenset(HOLDING)


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
    custody_start: date | None  # the arrival date: day 1 of the custody clock
    custody_end: date | None  # programme, release or exit: the day the clock stops (not counted)
    release_date: date | None


def effective(events: Sequence[Event]) -> list[Event]:
    """The events that stand: not voided by a correction, and not the correction records."""
    return [e for e in events if not e.voided and not e.correction]


def case_state(events: Sequence[Event], arrival_date: date | None = None,
               as_of: date | None = None) -> CaseState:
    """The state on `as_of` (default: after every event). The clock starts on the arrival
    date (default: the first event's date, which intake dates on arrival) and stops on
    the first standing event that takes the person out of custody."""
    standing = effective(events)
    if not standing:
        raise ValueError("a case has at least its intake event")
    start = arrival_date or standing[0].effective_date
    if as_of is not None:
        standing = [e for e in standing if e.effective_date <= as_of] or standing[:1]
    end = release = None
    for e in standing:
        if end is None and e.to_stage in CLOCK_STOPS:
            end = e.effective_date
        if e.to_stage is Stage.RELEASED:
            release = e.effective_date
    last = standing[-1]
    return CaseState(last.to_stage, last.effective_date, start, end, release)
