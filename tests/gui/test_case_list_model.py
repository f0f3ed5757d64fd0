"""The case list: only requested pages are fetched, headers sort in SQL, typing searches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent

from resettle.gui.cases.list import CaseListView
from resettle.gui.cases.model import PAGE, CaseTableModel, Columns, Roles


class FakeCases:
    """Counts the rows asked for; ids are 1..n."""

    def __init__(self, real) -> None:
        self.real, self.asked = real, []

    def rows(self, actor, ids, as_of=None):
        self.asked.append(list(ids))
        return self.real.rows(actor, ids, as_of)


class Holder:
    def __init__(self, services) -> None:
        self.cases = FakeCases(services.cases)


def test_only_the_pages_asked_for_are_fetched(services, actors, people) -> None:
    holder = Holder(services)
    model = CaseTableModel(holder, actors["caseworker"])
    ids = services.cases.find_ids(actors["caseworker"], __import__(
        "resettle.services.case_query", fromlist=["CaseQuery"]).CaseQuery())
    many = ids * (3 * PAGE // len(ids) + 1)  # more than two pages of (repeated) ids
    model.set_ids(many)
    assert model.rowCount() == len(many) and holder.cases.asked == []
    assert model.index(0, Columns.CASE_NO).data() == people[0]
    assert model.fetched_pages == [0] and len(holder.cases.asked[0]) == PAGE
    model.index(5, Columns.NAME).data()
    assert model.fetched_pages == [0]  # cached
    model.index(2 * PAGE + 1, Columns.STAGE).data()
    assert model.fetched_pages == [0, 2]  # page 1 was never shown, so never fetched
    assert model.index(0, 0).data(Roles.CASE_ID) == many[0]


def type_text(qtbot, widget, text: str) -> None:
    """Typed as a user would: ASCII by key presses, Hangul committed by the input method."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(ch)
            widget.inputMethodEvent(event)


def _view(qtbot, services, actor) -> CaseListView:
    view = CaseListView(services, actor)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    with qtbot.waitSignal(view.idsShown, timeout=10_000):
        view.load_first()
    return view


def _column(view: CaseListView, column: Columns) -> list[str]:
    return [view.model.index(r, column).data() for r in range(view.model.rowCount())]


def test_clicking_a_header_sorts_in_sql(qtbot, services, actors, people) -> None:
    view = _view(qtbot, services, actors["caseworker"])
    assert _column(view, Columns.CASE_NO) == sorted(people)
    header = view.table.horizontalHeader()

    def middle():  # of the name's section, as laid out now (widths settle after the show)
        x = header.sectionViewportPosition(Columns.NAME) + header.sectionSize(Columns.NAME) // 2
        return header.rect().center().__class__(x, 5)

    with qtbot.waitSignal(view.idsShown, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle())
    names = _column(view, Columns.NAME)
    assert view.sort_key == "name" and names[0].startswith("김") and names[-1].startswith("최")
    with qtbot.waitSignal(view.idsShown, timeout=10_000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle())
    assert view.descending and _column(view, Columns.NAME)[0].startswith("최")


def test_typing_searches_hangul_initials_latin_and_numbers(qtbot, services, actors,
                                                         people) -> None:
    view = _view(qtbot, services, actors["caseworker"])
    for text, expected in (("김", people[:2]), ("ㄱㅈ", [people[1]]), ("Kim Sol", [people[0]]),
                           ("pak", [people[3]])):
        view.search.clear()
        with qtbot.waitSignal(view.idsShown, timeout=10_000,
                              check_params_cb=lambda n, _s, e=expected: n == len(e)):
            type_text(qtbot, view.search, text)
        assert _column(view, Columns.CASE_NO) == expected, text
    view.search.clear()
    with qtbot.waitSignal(view.idsShown, timeout=10_000,
                          check_params_cb=lambda n, _s: n == 1):
        qtbot.keyClicks(view.search, people[2])
    assert _column(view, Columns.CASE_NO) == [people[2]]


def test_hangul_being_composed_is_searched(qtbot, services, actors, people) -> None:
    """An input method shows 김 as preedit before committing it: search what is shown."""
    view = _view(qtbot, services, actors["caseworker"])
    seen: list[str] = []
    view.search.searchChanged.connect(seen.append)
    with qtbot.waitSignal(view.idsShown, timeout=10_000,
                          check_params_cb=lambda n, _s: n == 2):
        view.search.inputMethodEvent(QInputMethodEvent("김", []))
    assert seen == ["김"] and view.search.text() == ""
    assert view.query().search == "김"


def test_filters_and_enter_opens(qtbot, services, actors, people) -> None:
    view = _view(qtbot, services, actors["caseworker"])
    with qtbot.waitSignal(view.idsShown, timeout=10_000):
        view.stage.setCurrentIndex(view.stage.findData("custody"))
    assert _column(view, Columns.CASE_NO) == [people[1]]
    opened: list[str] = []
    view.openCase.connect(opened.append)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [people[1]]


class HeldIds:
    """The real cases service, except that find_ids for one text waits until released."""

    def __init__(self, real, held: str) -> None:
        import threading

        self.real, self.held, self.release = real, held, threading.Event()

    def __getattr__(self, name):
        return getattr(self.real, name)

    def find_ids(self, actor, q, **kw):
        if q.search == self.held:
            self.release.wait(10)
        return self.real.find_ids(actor, q, **kw)


def test_first_screen_lands_before_the_id_list_and_stale_ids_never_land(
        qtbot, services, actors, people) -> None:
    holder = Holder(services)
    holder.cases = HeldIds(services.cases, "김")
    view = _view(qtbot, holder, actors["caseworker"])
    with qtbot.waitSignal(view.firstRows, timeout=10_000):
        view.search.setText("김")
        view.refresh()
    assert _column(view, Columns.CASE_NO) == people[:2]  # on screen; its ids are held
    assert view.count.text() == "2 cases"  # fewer than a page: the count is known
    landed: list[int] = []
    view.idsShown.connect(lambda n, _s: landed.append(n))
    with qtbot.waitSignal(view.idsShown, timeout=10_000):
        view.search.setText("pak")
        view.refresh()
        holder.cases.release.set()
    assert landed == [1] and _column(view, Columns.CASE_NO) == [people[3]]


def test_opening_the_list_is_audited_once_and_keystrokes_are_not(qtbot, services, actors,
                                                                 people) -> None:
    from sqlalchemy import select

    from resettle.storage.models import AuditEntry

    def list_views() -> int:
        with services.db.reader() as s:
            return len(s.scalars(select(AuditEntry.id).where(
                AuditEntry.entity == "reads")).all())

    services.cases.reads.idle = None  # issue 15: keystrokes are batched; flushed by hand here
    before = list_views()
    view = _view(qtbot, services, actors["caseworker"])  # load_first, as at log-in
    assert list_views() == before + 1
    for text in ("김", "ㄱ", "pak"):
        with qtbot.waitSignal(view.idsShown, timeout=10_000):
            view.search.setText(text)
            view.refresh()
    assert list_views() == before + 1  # no write while typing
    assert services.cases.reads.flush() == 1  # the typed searches: one row once settled
    assert list_views() == before + 2
