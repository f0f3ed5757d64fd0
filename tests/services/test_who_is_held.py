"""Who is held: one definition for the screen's custody review, the printed review and the
worklist (intake and screening count; the programme, release and exits do not)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from resettle.domain.history import CLOCK_STOPS
from resettle.domain.stages import HOLDING, Stage, holds
from resettle.services import case_state
from resettle.services.cases import CaseQuery
from resettle.services.context import transaction
from resettle.services.reports import custody_rows
from resettle.storage.models import Case

ARRIVAL = date(2026, 1, 5)


def test_every_stage_either_holds_or_stops_the_clock():
    assert set(HOLDING) | set(CLOCK_STOPS) == set(Stage)
    assert not set(HOLDING) & set(CLOCK_STOPS)
    assert holds("intake") and holds(Stage.SCREENING) and not holds("programme")


def test_the_screen_and_the_printout_list_the_same_people(services, actors, new_case):
    cw, sv = actors["caseworker"], actors["supervisor"]
    at_intake = new_case(arrival=ARRIVAL)
    with services.db.writer() as s, s.begin():  # the clock runs from arrival at intake too
        case_state.refresh(s, s.scalar(select(Case).where(Case.case_no == at_intake)))
    screening = new_case(arrival=ARRIVAL)
    services.lifecycle.advance(cw, screening, "screening", ARRIVAL + timedelta(days=2))
    custody = new_case(arrival=ARRIVAL)
    services.lifecycle.advance(cw, custody, "screening", ARRIVAL + timedelta(days=2))
    services.lifecycle.advance(cw, custody, "custody", ARRIVAL + timedelta(days=4))
    left = new_case(arrival=ARRIVAL)
    services.lifecycle.advance(cw, left, "screening", ARRIVAL + timedelta(days=2))
    services.lifecycle.advance(cw, left, "programme", ARRIVAL + timedelta(days=30))

    ids = services.cases.find_ids(sv, CaseQuery(custody_status="held"))
    on_screen = {r.case_no for r in services.cases.rows(sv, ids)}
    with transaction(services.ctx, sv) as tx:
        printed = {r.case_no for r in custody_rows(tx, services.ctx.today())}
    assert on_screen == printed == {at_intake, screening, custody}
