"""Run in a subprocess by the harness (offscreen Qt): log-in to the first painted screen of
the case list, search as you type through the list view, the case detail window, the
custody review screen, and resident memory with the list open. Prints the figures as JSON."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import benchdb  # noqa: E402
from figures_data import SEARCHES, keystrokes  # noqa: E402
from floors import capture_statements, raw_connection, replay  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from start_probe import rss_mb  # noqa: E402
from timing import Figure, samples  # noqa: E402

from resettle.gui.cases.model import PAGE  # noqa: E402

TIMEOUT_MS = 60_000


def wait_for(signal: Any) -> list[Any]:
    """Run the event loop until `signal` fires; returns its arguments."""
    loop, got = QEventLoop(), []

    def done(*args: Any) -> None:
        got.append(args)
        loop.quit()
    signal.connect(done)
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    loop.exec()
    signal.disconnect(done)
    if not got:
        raise TimeoutError("no answer within 60 s")
    return list(got[0])


def open_list(data_dir: Path, ahead: bool = True) -> tuple[Any, Any, Any, float]:
    """From Log in pressed to the first screen of the case list painted, through the real
    log-in dialog and main window, in a process that has logged in nowhere before.

    ahead: as the app runs it, the services were preloaded and the database opened (the
    passphrase's key derivation) in the background once the passphrase was entered, while
    the user typed the rest; Log in then checks the password (Argon2id), builds the main
    window, fetches the first page and paints. Otherwise all of it happens at Log in, as
    when the passphrase field is left with Return."""
    from resettle.gui.main import preload
    from resettle.gui.startup.login import LoginDialog
    from resettle.gui.startup.probe import Place

    login = LoginDialog(Place(data_dir))
    login.show()
    QApplication.processEvents()
    login.passphrase.setText(benchdb.PASSPHRASE)
    if ahead:
        login.open_ahead()
        preload()
        assert login._opening is not None
        while not login._opening[1].done():  # the user is still typing
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    else:
        preload()
    login.user.setText(benchdb.ADMIN)
    login.password.setText(benchdb.ADMIN_PASSWORD)
    start = time.perf_counter()
    login.log_in()
    assert login.session is not None, login.message.text()
    services, actor = login.session
    from resettle.gui.main_window import MainWindow

    window = MainWindow(services, actor)
    window.show()
    view = window.page("cases")
    if not view.model.rowCount():  # the first screen is fetched before the first paint
        wait_for(view.firstRows)
    window.grab()
    return services, actor, window, time.perf_counter() - start


def login_floor(data_dir: Path, services: Any, actor: Any) -> float:
    """Key derivation (the passphrase KDF, then the one password KDF of the key slot:
    issue 15) + the first page's SQL replayed raw."""
    from resettle.services.case_query import CaseQuery
    from resettle.storage.database import KEY_FILE
    from resettle.storage.key_slots import PASSWORD_KDF, new_salt, password_key
    from resettle.storage.keys import KeyStore

    statements = capture_statements(
        services, lambda: services.cases.first_rows(actor, CaseQuery(), PAGE))
    start = time.perf_counter()
    KeyStore.load(data_dir / KEY_FILE).store_secret(benchdb.PASSPHRASE)
    password_key(benchdb.ADMIN_PASSWORD, new_salt(), PASSWORD_KDF)
    conn = raw_connection(services)
    replay(conn, statements)()
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def search_figures(view: Any, services: Any, actor: Any, repeat: int) -> list[Figure]:
    """Per keystroke: refresh (debounce skipped) → the first screen of rows in the model →
    table repainted. The whole id list then lands in the background (timed on its own,
    from the same request, and awaited before the next keystroke)."""
    conn = raw_connection(services)
    out, whole, landed = [], [], []
    view.idsShown.connect(lambda _n, seconds: landed.append(seconds))
    for kind in SEARCHES:
        values, floor = [], []
        for text in keystrokes(kind):
            view.search.setText(text)
            QApplication.processEvents()  # the box shows the text during the debounce
            for i in range(repeat + 1):  # the first is a warm-up
                start, before = time.perf_counter(), len(landed)
                view.refresh()
                wait_for(view.firstRows)
                view.table.viewport().grab()
                if i:
                    values.append(time.perf_counter() - start)
                while len(landed) == before:  # the id list lands before the next keystroke
                    QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
                QApplication.processEvents()  # and its repaint is done, as between keys
                if i:
                    whole.append(landed[-1])
            statements = capture_statements(
                services, lambda: services.cases.first_rows(actor, view.query(), PAGE))
            floor += samples(replay(conn, statements), repeat, 0)
        out.append(Figure.of(f"search as you type (query + model + repaint): {kind}", 0.100,
                             values, floor))
    out.append(Figure.of("search as you type: every id in the model (background)", None,
                         whole))
    conn.close()
    view.search.setText("")
    view.refresh()
    wait_for(view.idsShown)
    return out


def detail_figure(services: Any, actor: Any, view: Any, repeat: int) -> Figure:
    try:
        from resettle.gui.case_detail.window import CaseDetailWindow
    except ImportError:
        return Figure.missing("case detail window (GUI)", 0.150, "n/a (no GUI window yet)")
    model = view.model
    numbers = [model.row_at(i * 37).case_no for i in range(repeat + 1)]
    values = []
    for no in numbers:
        start = time.perf_counter()
        window = CaseDetailWindow(services, actor, no)
        window.show()
        QApplication.processEvents()
        window.grab()
        values.append(time.perf_counter() - start)
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return Figure.of("open a case detail window (GUI, painted)", 0.150, values[1:])


def custody_figure(services: Any, actor: Any, repeat: int) -> Figure:
    """The custody review screen built, loaded (its rows fetched off the GUI thread) and
    painted; the floor is the SQL it issues, replayed raw."""
    try:
        from resettle.gui.custody import review as cr
    except ImportError:
        return Figure.missing("custody review screen", 0.200, "n/a (no GUI screen yet)")

    def screen() -> None:
        widget = cr.CustodyReview(services, actor)
        widget.resize(1200, 800)
        widget.show()
        if hasattr(widget, "refresh"):
            widget.refresh()
        if hasattr(widget, "loaded"):
            wait_for(widget.loaded)
        QApplication.processEvents()
        widget.grab()
        widget.close()
        widget.deleteLater()
    conn = raw_connection(services)
    rows = getattr(cr, "held_rows", None)
    floor = samples(replay(conn, capture_statements(services, lambda: rows(services, actor))),
                    repeat) if rows else None
    n = len(rows(services, actor)) if rows else 0
    conn.close()
    return Figure.of("custody review screen", 0.200, samples(screen, repeat), floor,
                     note=f"{n:,} people")


def login_once(data_dir: Path, ahead: bool) -> dict[str, float]:
    """One log-in in this fresh process, and its floor."""
    QApplication.instance() or QApplication(sys.argv[:1])
    services, actor, _window, seconds = open_list(data_dir, ahead)
    return {"seconds": seconds, "floor": login_floor(data_dir, services, actor)}


def run(data_dir: Path, repeat: int) -> list[dict[str, Any]]:
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    figures: list[Figure] = []
    services, actor, window, _seconds = open_list(data_dir)  # timed in fresh processes
    view = window.page("cases")
    wait_for(view.idsShown)  # the full id list lands in the background
    for i in range(0, 3000, 40):  # scroll through the first pages, as a user would
        view.table.scrollTo(view.model.index(i, 0))
        QApplication.processEvents()
    memory = rss_mb()
    figures += search_figures(view, services, actor, repeat)
    figures.append(detail_figure(services, actor, view, repeat))
    figures.append(custody_figure(services, actor, repeat))
    figures.append(Figure("resident memory with the case list open", 300.0, memory, memory,
                          unit="MB", runs=1,
                          note=f"{view.model.rowCount():,} ids, after scrolling 3,000 rows"))
    from dataclasses import asdict
    return [asdict(f) for f in figures]


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    if "--quick" in sys.argv:
        import figures_data
        figures_data.QUICK = True
    try:
        if "--login" in sys.argv:
            result: Any = login_once(folder, ahead="--at-once" not in sys.argv)
        else:
            result = run(folder, int(sys.argv[2]))
    except Exception as exc:  # noqa: BLE001 - the harness reports it as n/a
        import traceback
        traceback.print_exc()
        result = {"error": f"{type(exc).__name__}: {exc}"}
    print("GUI-FIGURES " + json.dumps(result, default=str), flush=True)
    os._exit(0)
