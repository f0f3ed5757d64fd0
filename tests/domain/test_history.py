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
    assert (s.custody_start, s.custody_end, s.release_date) == (
        D(2024, 1, 3), D(2024, 4, 1), D(2024, 7, 1))


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


def test_exit_before_screening_has_no_clock() -> None:
    s = case_state([Event(Stage.INTAKE, D(2024, 1, 2)), Event(Stage.WITHDRAWN, D(2024, 1, 4))])
    assert s.custody_start is None and s.custody_end is None


def test_no_events() -> None:
    with pytest.raises(ValueError):
        case_state([Event(Stage.INTAKE, D(2024, 1, 2), voided=True)])
