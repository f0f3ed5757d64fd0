"""Revision 0003 on a real database made at 0002: the clock dates are recomputed from arrival.

A database of the previous revision holds clocks that started with screening (and none for
people still at intake). After the upgrade every clock starts on the arrival date, with the
rule in force that day, stops when the person left custody, and counts approved extensions.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from resettle.storage import migrate
from resettle.storage.engine import sqlcipher_engine
from resettle.storage.keys import new_key

D = date
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

# case: arrival, [(stage, date, voided, corrects)], approved extension days, the 0002 clock
CASES = {
    # arrived the day before the 2018 amendment, screening days later: the 180-day rule
    "R-2018-00001": (D(2018, 2, 19), [("intake", D(2018, 2, 19)), ("screening", D(2018, 2, 23))],
                     0, D(2018, 2, 23)),
    # arrived on the amendment day: the 90-day rule
    "R-2018-00002": (D(2018, 2, 20), [("intake", D(2018, 2, 20)), ("screening", D(2018, 2, 26))],
                     0, D(2018, 2, 26)),
    # still at intake: the old clock had not started
    "R-2024-00003": (D(2024, 1, 10), [("intake", D(2024, 1, 10))], 0, None),
    # through to release, with a 30-day extension: the clock stopped at the programme
    "R-2024-00004": (D(2024, 1, 10), [("intake", D(2024, 1, 10)), ("screening", D(2024, 1, 15)),
                                      ("programme", D(2024, 3, 1)), ("released", D(2024, 6, 1))],
                     30, D(2024, 1, 15)),
    # a programme start voided by a correction: still held
    "R-2024-00005": (D(2024, 1, 10), [("intake", D(2024, 1, 10)), ("screening", D(2024, 1, 15)),
                                      ("programme-voided", D(2024, 3, 1))], 0, D(2024, 1, 15)),
    # withdrawn at intake: held from arrival to the withdrawal
    "R-2024-00006": (D(2024, 2, 1), [("intake", D(2024, 2, 1)), ("withdrawn", D(2024, 2, 5))],
                     0, None),
}

# case: custody_start, custody_last_day, custody_limit, custody_deadline, custody_due_from
EXPECTED = {
    "R-2018-00001": (D(2018, 2, 19), None, 180, D(2018, 8, 17), D(2018, 8, 3)),
    "R-2018-00002": (D(2018, 2, 20), None, 90, D(2018, 5, 20), D(2018, 5, 6)),
    "R-2024-00003": (D(2024, 1, 10), None, 90, D(2024, 4, 8), D(2024, 3, 25)),
    "R-2024-00004": (D(2024, 1, 10), D(2024, 2, 29), 120, D(2024, 5, 8), D(2024, 4, 24)),
    "R-2024-00005": (D(2024, 1, 10), None, 90, D(2024, 4, 8), D(2024, 3, 25)),
    "R-2024-00006": (D(2024, 2, 1), D(2024, 2, 4), 90, D(2024, 4, 30), D(2024, 4, 16)),
}

COLUMNS = ("custody_start", "custody_last_day", "custody_limit", "custody_deadline",
           "custody_due_from")


def _fill_at_0002(conn: sa.Connection) -> None:
    """Rows as revision 0002's program wrote them (clock from screening)."""
    meta = sa.MetaData()
    meta.reflect(conn, only=("persons", "cases", "stage_events", "custody_extensions"))
    persons, cases = meta.tables["persons"], meta.tables["cases"]
    events, extensions = meta.tables["stage_events"], meta.tables["custody_extensions"]
    event_id = 0
    for n, (case_no, (arrival, history, days, old_start)) in enumerate(CASES.items(), 1):
        conn.execute(persons.insert().values(
            id=n, sex="F", origin_province="", origin_city="", occupation="",
            family_name="김", given_name=f"가상{n}", family_name_latin="Kim",
            given_name_latin=f"Fiction{n}", key_hangul="", key_initials="", key_latin="",
            key_latin_rev="", version=1, recorded_at=NOW))
        last_stage, last_date = history[-1][0].removesuffix("-voided"), history[-1][1]
        conn.execute(cases.insert().values(
            id=n, case_no=case_no, person_id=n, stage=last_stage, stage_date=last_date,
            arrival_date=arrival, arrival_year=arrival.year, route="", travel_document="none",
            referred_by="", high_profile=False, flags="", version=1, recorded_at=NOW,
            custody_start=old_start, custody_limit=90 if old_start else None))
        previous = None
        for stage, when in history:
            event_id += 1
            voided = stage.endswith("-voided")
            conn.execute(events.insert().values(
                id=event_id, case_id=n, from_stage=previous,
                to_stage=stage.removesuffix("-voided"), effective_date=when, reason="",
                voided=voided, recorded_at=NOW))
            if voided:
                event_id += 1
                conn.execute(events.insert().values(
                    id=event_id, case_id=n, from_stage=stage.removesuffix("-voided"),
                    to_stage=previous, effective_date=when, reason="wrong case",
                    voided=False, corrects_id=event_id - 1, recorded_at=NOW))
            else:
                previous = stage
        if days:
            conn.execute(extensions.insert().values(
                case_id=n, days=days, reason="council deliberation", status="approved",
                decision_date=D(2024, 2, 20), decision_reason="", version=1,
                recorded_at=NOW))
            conn.execute(extensions.insert().values(
                case_id=n, days=10, reason="asked, refused", status="refused",
                decision_reason="", version=1, recorded_at=NOW))


def _clocks(conn: sa.Connection) -> dict[str, tuple[object, ...]]:
    rows = conn.execute(sa.text("SELECT case_no, " + ", ".join(COLUMNS) + " FROM cases"))
    return {r[0]: tuple(date.fromisoformat(v) if isinstance(v, str) else v for v in r[1:])
            for r in rows}


@pytest.fixture(params=["sqlcipher", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine_at_0002(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    if request.param == "sqlcipher":
        engine = sqlcipher_engine(tmp_path / "resettle.db", new_key(), create=True)
        yield engine
        engine.dispose()
        return
    server = request.getfixturevalue("pg_server")
    name = f"m_{uuid.uuid4().hex[:16]}"
    engine = sa.create_engine(server.create_database(name))
    yield engine
    engine.dispose()
    server.drop_database(name)


def test_0003_recomputes_the_clock_from_arrival(engine_at_0002: sa.Engine) -> None:
    cfg = migrate.alembic_config()
    with engine_at_0002.begin() as conn:  # a database the previous program made and filled
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        _fill_at_0002(conn)
    with engine_at_0002.begin() as conn:
        assert _clocks(conn)["R-2018-00001"][0] == D(2018, 2, 23)  # the old, wrong day 1
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    with engine_at_0002.connect() as conn:
        assert _clocks(conn) == EXPECTED
    with engine_at_0002.begin() as conn:  # and back: the screening-based clock of 0002
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
        old = _clocks(conn)
    assert old["R-2018-00001"][:3] == (D(2018, 2, 23), None, 90)
    assert old["R-2024-00003"] == (None,) * 5


def test_the_figures_after_0003_are_the_domain_clock() -> None:
    """What the services compute from these dates: the 2018-02-19 arrival is on day 100 of
    180 on 2018-05-29, the 2018-02-20 arrival on day 98 of 90 (overdue) on 2018-05-28."""
    from resettle.domain.custody import CustodyStatus, custody_clock
    from resettle.services.case_query import custody_status_on

    start, last, limit, deadline, _ = EXPECTED["R-2018-00001"]
    assert custody_status_on(start, last, limit, D(2018, 5, 29)) == (100, CustodyStatus.OK)
    start, last, limit, deadline, _ = EXPECTED["R-2018-00002"]
    assert custody_status_on(start, last, limit, D(2018, 5, 28)) == (98, CustodyStatus.OVERDUE)
    assert custody_clock(start, None, start).last_lawful_day == deadline
    start, last, limit, _, _ = EXPECTED["R-2024-00004"]
    assert custody_status_on(start, last, limit, D(2026, 3, 1)) == (51, CustodyStatus.ENDED)


def test_a_copy_of_a_0002_file_upgraded_by_the_program_shows_the_clock_from_arrival(
        tmp_path: Path, clock: object) -> None:
    """The upgrade as the program runs it (a kept copy first, then every revision to head),
    on a copy of a file made and filled at 0002; the figures read through the services."""
    import shutil

    from resettle.services.api import Services
    from resettle.services.cases import CaseQuery
    from resettle.storage.database import Database

    key, made = new_key(), tmp_path / "made-at-0002.db"
    engine = sqlcipher_engine(made, key, create=True)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        _fill_at_0002(conn)
    engine.dispose()
    path = tmp_path / "resettle.db"
    shutil.copyfile(made, path)
    engine = sqlcipher_engine(path, key)
    kept = migrate.upgrade(engine, tmp_path / "backups", path)
    assert kept is not None and kept.name.startswith("before-migration-0002-")
    assert migrate.current_revision(engine) == migrate.head_revision()
    services = Services(Database(engine, key, "keyring", path), clock)  # type: ignore[arg-type]
    try:
        admin = services.accounts.login(services.accounts.create_first_admin(
            "admin", "admin-password-1").username, "admin-password-1")
        services.accounts.add_user(admin, "sv", "supervisor", "a-long-password-1")
        sv = services.accounts.login("sv", "a-long-password-1")

        def figures(case_no: str, as_of: date | None = None) -> tuple[object, ...]:
            c = services.cases.show(sv, case_no, as_of).custody
            assert c is not None
            return (c.start, c.days_held, c.limit, c.status, c.over_limit_days)

        # day 100 from arrival: the 180-day rule the day before the amendment, 90 from it
        assert figures("R-2018-00001", D(2018, 5, 29)) == (D(2018, 2, 19), 100, 180, "ok", 0)
        assert figures("R-2018-00002", D(2018, 5, 29)) == (D(2018, 2, 20), 99, 90, "overdue",
                                                           9)
        # still at intake: held from arrival, day 90 due and day 91 overdue
        assert figures("R-2024-00003", D(2024, 4, 8)) == (D(2024, 1, 10), 90, 90, "due", 0)
        assert figures("R-2024-00003", D(2024, 4, 9))[1:4] == (91, 90, "overdue")
        # stopped at the programme, with its 30-day extension; withdrawn at intake
        assert figures("R-2024-00004") == (D(2024, 1, 10), 51, 120, "ended", 0)
        assert figures("R-2024-00006") == (D(2024, 2, 1), 4, 90, "ended", 0)
        assert figures("R-2024-00005", D(2024, 4, 9))[1:4] == (91, 90, "overdue")
        held = services.cases.list_cases(sv, CaseQuery(custody_status="overdue",
                                                        as_of=D(2018, 5, 29)))
        assert [r.case_no for r in held] == ["R-2018-00002"]
    finally:
        services.db.close()
    check = sqlcipher_engine(made, key)  # the file the old program made is left as it was
    assert migrate.current_revision(check) == "0002"
    check.dispose()
