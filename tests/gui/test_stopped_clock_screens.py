"""Issue 13 on screen: a stopped clock warns nowhere and never counts down ("N days left"),
and a high-profile case shows its flag on the custody review and in the case list.
All people are fictional."""

from __future__ import annotations

from datetime import date

from conftest import add_case

from resettle.gui.cases.model import Columns as ListColumns
from resettle.gui.cases.model import display
from resettle.gui.custody.model import Columns
from resettle.gui.custody.review import CustodyReview
from resettle.services.cases import CaseQuery
from resettle.storage.models import Case, Placement


def _released(services, actors) -> str:
    """Arrived 2025-09-01, programme from 2025-12-15 (105 days held, 15 over the 90-day
    limit), released 2026-01-30 by a supervisor's override."""
    cw, sv = actors["caseworker"], actors["supervisor"]
    no = add_case(services, cw, "한", "가람", "Han", "Ga-ram", arrival=date(2025, 9, 1),
                  stages=(("screening", date(2025, 9, 4)), ("programme", date(2025, 12, 15))))
    case_id = services.cases.show(sv, no).id
    with services.db.writer() as s, s.begin():
        s.add(Placement(case_id=case_id, placement_type="rental_flat", region="Incheon",
                        start_date=date(2026, 1, 30)))
    services.lifecycle.advance(sv, no, "released", date(2026, 1, 30), "programme elsewhere")
    return no


def _high_profile(services, actors) -> str:
    no = add_case(services, actors["caseworker"], "윤", "다솜", "Yun", "Da-som",
                  arrival=date(2026, 1, 5), stages=(("screening", date(2026, 1, 6)),))
    with services.db.writer() as s, s.begin():
        s.get(Case, services.cases.show(actors["supervisor"], no).id).high_profile = True
    return no


def test_the_case_window_of_a_released_person_counts_nothing_down(qtbot, services,
                                                                   actors) -> None:
    from resettle.gui.case_detail.window import CaseDetailWindow

    no = _released(services, actors)
    window = CaseDetailWindow(services, actors["supervisor"], no)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.custody)
    tab = window.custody
    assert tab.captions["left"].text() == "Days over the limit:"
    assert tab.numbers["left"].text() == "15"
    assert tab.numbers["held"].text() == "105"
    assert tab.numbers["rule"].text() == "90 days (arrivals from 2018-02-20)"
    assert "Ended" in tab.numbers["status"].text()
    assert tab.captions["start"].text() == "Arrival (day 1):"
    assert tab.numbers["start"].text().startswith("2025-09-01")
    assert "stopped 2025-12-15" in tab.numbers["start"].text()
    shown = [w.text() for w in (*tab.captions.values(), *tab.numbers.values())]
    assert not any("Days left" in t or "Overdue" in t or "Due" in t for t in shown), shown


def test_a_held_person_still_counts_down(qtbot, services, actors) -> None:
    from resettle.gui.case_detail.window import CaseDetailWindow

    no = _high_profile(services, actors)  # day 57 of 90 on 2026-03-02
    window = CaseDetailWindow(services, actors["supervisor"], no)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.custody)
    assert window.custody.captions["left"].text() == "Days left:"
    assert window.custody.numbers["left"].text() == "33"


def test_the_custody_review_leaves_the_released_out_and_flags_high_profile(qtbot, services,
                                                                           actors) -> None:
    released, flagged = _released(services, actors), _high_profile(services, actors)
    view = CustodyReview(services, actors["supervisor"])
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    rows = {view.model.index(r, Columns.CASE_NO).data(): r for r in range(view.model.rowCount())}
    assert list(rows) == [flagged] and released not in rows
    assert view.model.index(rows[flagged], Columns.FLAGS).data() == "High profile"
    assert view.model.counts() == {"ok": 0, "due": 0, "overdue": 0} | {
        view.model.rows[0].custody_status.value: 1}


def test_the_case_list_shows_no_warning_for_a_stopped_clock(services, actors) -> None:
    released, flagged = _released(services, actors), _high_profile(services, actors)
    rows = {r.case_no: r for r in services.cases.list_cases(actors["supervisor"], CaseQuery())}
    assert display(rows[released], ListColumns.CUSTODY) == "105 / 90 · Ended"
    assert display(rows[flagged], ListColumns.FLAGS) == "High profile"
