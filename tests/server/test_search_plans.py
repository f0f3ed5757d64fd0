"""Server-mode search plans (issue 16, "Server mode under load" in tests/perf/RESULTS.md):
statistics after a bulk load, plans made for each statement's own parameters, the lawyer's
row policies run once per query (not per row), and a case number found through the
case_no index."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, text

from resettle.services.cases import CaseQuery
from resettle.storage.server.analyze import analyze

pytestmark = pytest.mark.postgres
ADMIN_PASSWORD, PASSWORD = "admin-password-1", "a-long-password-1"  # tests/server/conftest.py
CASES = 600


@pytest.fixture
def demo(server_db: Any, staff: Any) -> Any:
    """CASES demo cases loaded by the administrator on the owner's connection (the only one
    that can on a server); returns the load's result (its demo accounts and passwords)."""
    owner = server_db.owner
    return owner.demo.load(owner.accounts.login("boss", ADMIN_PASSWORD), CASES, 1)


def _first_screen(services: Any, actor: Any, search: str) -> list[str]:
    """The EXPLAIN ANALYZE of each statement the first screen of `search` runs."""
    seen: list[tuple[str, Any]] = []
    engine = services.db.engine

    def listener(*args: Any) -> None:
        seen.append((args[2], args[3]))

    event.listen(engine, "before_cursor_execute", listener)
    try:
        services.cases.first_rows(actor, CaseQuery(search=search), 64)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    with engine.connect() as conn:
        return ["\n".join(line for (line,) in conn.exec_driver_sql(
            "EXPLAIN (ANALYZE, COSTS OFF) " + sql, params)) for sql, params in seen
            if "JOIN" in sql]


def test_the_demo_load_leaves_statistics(server_db: Any, demo: Any) -> None:
    with server_db.owner.db.engine.connect() as conn:
        analyzed = dict(conn.execute(text(
            "SELECT relname, last_analyze IS NOT NULL FROM pg_stat_user_tables"
            " WHERE relname IN ('cases', 'persons', 'stage_events')")).all())
        tuples = conn.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'cases'"))
    assert analyzed == {"cases": True, "persons": True, "stage_events": True}
    assert tuples == CASES


def test_an_accounts_own_role_may_not_analyze(server_db: Any, staff: Any) -> None:
    staff("cw", "caseworker")
    cw = server_db.open_as("cw", PASSWORD)
    try:
        with cw.db.engine.connect() as conn:
            skipped = analyze(conn)
        with server_db.owner.db.engine.connect() as conn:
            assert analyze(conn) == []  # the owner may, every table
            tables = conn.scalar(text("SELECT count(*) FROM pg_tables"
                                      " WHERE schemaname = 'public'"))
    finally:
        cw.close()
    assert "cases" in skipped and len(skipped) == tables


def test_every_session_plans_for_its_own_parameters(server_db: Any, staff: Any) -> None:
    staff("cw", "caseworker")
    with server_db.psql("cw") as conn:
        assert conn.execute("SHOW plan_cache_mode").fetchone() == ("force_custom_plan",)


def test_a_lawyers_row_policies_run_once_per_query(server_db: Any, demo: Any) -> None:
    """The policies' helper functions are InitPlans: none is called in a row filter or an
    index condition (evaluated per row, or at every rescan of an inner index scan)."""
    lawyer = next(a for a in demo.accounts if a.role == "lawyer")
    services = server_db.open_as(lawyer.username, lawyer.password)
    try:
        actor = services.accounts.login(lawyer.username, lawyer.password)
        plans = [p for search in ("R-20", "김", "Kim") for p in
                 _first_screen(services, actor, search)]
    finally:
        services.close()
    assert plans and all("InitPlan" in p for p in plans), plans
    per_row = [line for p in plans for line in p.splitlines()
               if ("Filter" in line or "Cond" in line) and "resettle_api." in line]
    assert per_row == [], per_row


def test_a_case_number_is_found_through_the_case_no_index(server_db: Any, staff: Any,
                                                          demo: Any) -> None:
    staff("cw", "caseworker")
    services = server_db.open_as("cw", PASSWORD)
    try:
        actor = services.accounts.login("cw", PASSWORD)
        with services.db.engine.connect() as conn:
            number = conn.scalar(text("SELECT max(case_no) FROM cases"))
        [plan] = _first_screen(services, actor, number)
        assert [r.case_no for r in services.cases.first_rows(
            actor, CaseQuery(search=number), 64)] == [number]
    finally:
        services.close()
    assert "uq_cases_case_no" in plan and "Seq Scan on cases" not in plan, plan


def test_an_accounts_own_role_is_told_to_load_demo_data_as_the_owner(server_db: Any,
                                                                      staff: Any) -> None:
    from resettle.domain.errors import RuleViolation

    with pytest.raises(RuleViolation) as refused:
        staff.services.demo.load(staff.actor, 5, 1)  # the admin on their own role
    assert refused.value.key == "demo_needs_owner"
