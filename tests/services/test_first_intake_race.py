"""The year's first intakes made at once on a server each get their own case number: the
per-year counter row is created by one of them and taken, locked, by the others."""

from __future__ import annotations

import threading
from datetime import date

import pytest

from resettle.services.intake import IntakeForm


@pytest.mark.parametrize("database", [pytest.param("postgresql", marks=pytest.mark.postgres)],
                         indirect=True)
def test_simultaneous_first_intakes_of_a_year_all_succeed(services, actors) -> None:
    writers, results, errors = 6, [], []
    start = threading.Barrier(writers)

    def intake(n: int) -> None:
        form = IntakeForm(family_name="한", given_name=f"소연{n}", sex="F",
                          arrival_date=date(2026, 2, 1))
        start.wait()
        try:
            results.append(services.intake.intake(actors["caseworker"], form,
                                                  accept_duplicates=True).case_no)
        except Exception as exc:  # noqa: BLE001 - the test reports every failure
            errors.append(repr(exc))

    threads = [threading.Thread(target=intake, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert sorted(results) == [f"R-2026-{n:05d}" for n in range(1, writers + 1)]
