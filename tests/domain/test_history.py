"""Deriving a case's state from its events."""

from datetime import date

import pytest

from resettle.domain.history import Event, case_state
from resettle.domain.stages import Stage

D = date


def test_walk_to_release() -> None:
    s = case_state([Event(Stage.INTAKE, D(2024, 1, 2)), Event(Stage.SCREENING, D(2024, 1, 3)),
                    Event(Stage.CUSTODY, D(2024, 2, 1)), Event(Stage.PROGRAMME, D(2024, 4, 1)),
                    Event(Stage.RELEASED, D(2024, 7, 1))])
    assert (s.stage, s.stage_date) == (Stage.RELEASED, D(2024, 7, 1))
    # day 1 is the arrival (the intake event), not the start of screening
    assert (s.custody_start, s.custody_end, s.release_date) == (
        D(2024, 1, 2), D(2024, 4, 1), D(2024, 7, 1))


def test_exit_stops_the_clock_and_running_clock_has_no_end() -> None:
    running = case_state([Event(Stage.INTAKE, D(2024, 1, 2)),
                          Event(Stage.SCREENING, D(2024, 1, 3))])
    assert running.custody_end is None and running.stage is Stage.SCREENING
    out = case_state([Event(Stage.INTAKE, D(2024, 1, 2)), Event(Stage.SCREENING, D(2024, 1, 3)),
                      Event(Stage.WITHDRAWN, D(2024, 1, 20))])
    assert out.custody_end == D(2024, 1, 20)


def test_correction_voids_and_restores() -> None:
    s = case_state([Event(Stage.INTAKE, D(2024, 1, 2)), Event(Stage.SCREENING, D(2024, 1, 3)),
                    Event(Stage.PROGRAMME, D(2024, 1, 9), voided=True),
                    Event(Stage.SCREENING, D(2024, 1, 10), correction=True)])
    assert (s.stage, s.stage_date, s.custody_end) == (Stage.SCREENING, D(2024, 1, 3), None)


def test_intake_is_inside_the_clock() -> None:
    """A person who withdraws at intake was held from arrival to the withdrawal."""
    s = case_state([Event(Stage.INTAKE, D(2024, 1, 2)), Event(Stage.WITHDRAWN, D(2024, 1, 4))])
    assert (s.custody_start, s.custody_end) == (D(2024, 1, 2), D(2024, 1, 4))


def test_the_arrival_date_given_is_day_one() -> None:
    s = case_state([Event(Stage.INTAKE, D(2024, 1, 5)), Event(Stage.SCREENING, D(2024, 1, 9))],
                   arrival_date=D(2024, 1, 2))
    assert (s.custody_start, s.custody_end) == (D(2024, 1, 2), None)


def test_state_as_of_a_day() -> None:
    events = [Event(Stage.INTAKE, D(2024, 1, 2)), Event(Stage.SCREENING, D(2024, 1, 3)),
              Event(Stage.CUSTODY, D(2024, 2, 1)), Event(Stage.PROGRAMME, D(2024, 4, 1)),
              Event(Stage.RELEASED, D(2024, 7, 1))]
    on = case_state(events, as_of=D(2024, 3, 15))
    assert (on.stage, on.stage_date, on.custody_end, on.release_date) == (
        Stage.CUSTODY, D(2024, 2, 1), None, None)
    assert case_state(events, as_of=D(2024, 4, 1)).custody_end == D(2024, 4, 1)


def test_release_stops_the_clock_when_nothing_else_did() -> None:
    s = case_state([Event(Stage.INTAKE, D(2024, 1, 2)), Event(Stage.RELEASED, D(2024, 3, 1))])
    assert s.custody_end == D(2024, 3, 1)


def test_no_events() -> None:
    with pytest.raises(ValueError):
        case_state([Event(Stage.INTAKE, D(2024, 1, 2), voided=True)])
