"""The database enforces what the services enforce: psql as an account's own role can do
exactly what the application lets it (issue 16's done-when, against the TLS test cluster)."""

from __future__ import annotations

import itertools
from datetime import date

import psycopg
import pytest

from resettle.domain.names import name_keys
from resettle.storage.models import Case, Person, ScreeningRecord, StageEvent

pytestmark = pytest.mark.postgres
PASSWORD = "a-long-password-1"  # tests/server/conftest.py
_seq = itertools.count(1)


def insert_case(services, family: str, given: str) -> str:
    """As the owner (set-up): a person and their case."""
    keys = name_keys(family, given, "Kim", "Test")
    case_no = f"R-2026-{next(_seq):05d}"
    with services.db.writer() as s, s.begin():
        person = Person(family_name=family, given_name=given, family_name_latin="Kim",
                        given_name_latin="Test", **keys.columns(), birth_date="1990",
                        birth_precision="year", birth_year=1990, sex="F")
        case = Case(case_no=case_no, person=person, stage="intake",
                    stage_date=date(2026, 1, 5), arrival_date=date(2026, 1, 5),
                    arrival_year=2026)
        s.add(case)
        s.flush()
        s.add(StageEvent(case_id=case.id, from_stage=None, to_stage="intake",
                         effective_date=date(2026, 1, 5)))
        s.add(ScreeningRecord(case_id=case.id, interviewed_on=date(2026, 1, 6),
                              outcome="cleared", summary="classified"))
    return case_no


@pytest.fixture
def office(server_db, staff):
    """Two cases; a lawyer representing the first; an open and a restricted note on each."""
    for name, role in (("han.cw", "caseworker"), ("jung.sv", "supervisor"),
                       ("yoon.lw", "lawyer")):
        staff(name, role)
    mine = insert_case(server_db.owner, "김", "하나")
    other = insert_case(server_db.owner, "이", "둘")
    cw = server_db.open_as("han.cw", PASSWORD)
    sv = server_db.open_as("jung.sv", PASSWORD)
    cw_actor = cw.accounts.login("han.cw", PASSWORD)
    sv_actor = sv.accounts.login("jung.sv", PASSWORD)
    cw.legal.assign(cw_actor, mine, "yoon.lw")  # through the application, as the caseworker
    for case_no in (mine, other):
        cw.notes.add(cw_actor, case_no, "open note")
        sv.notes.add(sv_actor, case_no, "restricted note", restricted=True)
    cw.close()
    sv.close()
    return {"mine": mine, "other": other}


def denied(conn, sql: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(sql)


def test_a_lawyers_role_sees_only_its_clients_and_nothing_classified(server_db, office):
    with server_db.psql("yoon.lw") as conn:
        assert [r[0] for r in conn.execute("SELECT case_no FROM cases")] == [office["mine"]]
        assert conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM stage_events").fetchone()[0] == 1
        assert [r[0] for r in conn.execute("SELECT text FROM notes")] == ["open note"]
        for table in ("screening_records", "reward_claims", "audit_log"):
            denied(conn, f"SELECT * FROM {table}")
        denied(conn, "UPDATE cases SET stage = 'released'")
        denied(conn, "UPDATE users SET role = 'admin'")


def test_a_caseworkers_role_cannot_change_accounts_rules_settings_or_the_audit_log(
        server_db, office):
    with server_db.psql("han.cw") as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM notes WHERE restricted").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM screening_records").fetchone()[0] == 2
        denied(conn, "UPDATE users SET role = 'supervisor' WHERE username = 'han.cw'")
        denied(conn, "UPDATE custody_rules SET id = id")
        denied(conn, "DELETE FROM settings")
        denied(conn, "UPDATE reward_caps SET cap_won = 1")
        denied(conn, "DELETE FROM audit_log")
        denied(conn, "UPDATE audit_log SET actor = 'someone'")
        denied(conn, "UPDATE audit_head SET last_id = 0")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="must be owner"):
            conn.execute("ALTER TABLE audit_log DISABLE TRIGGER ALL")
        denied(conn, "CREATE TRIGGER t BEFORE INSERT ON audit_log FOR EACH ROW "
                     "EXECUTE FUNCTION suppress_redundant_updates_trigger()")
        denied(conn, "CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS "
                     "'BEGIN RETURN NULL; END'")
        denied(conn, "CREATE TABLE public.mine (id int)")
        denied(conn, "SELECT * FROM resettle_private.keys")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # row-level security
            conn.execute("INSERT INTO notes (case_id, text, restricted, version, recorded_at)"
                         " SELECT id, 'x', true, 1, now() FROM cases LIMIT 1")
        # owning nothing, a client can neither grant itself more nor become someone else
        conn.execute("GRANT UPDATE ON users TO PUBLIC")  # PostgreSQL: a warning, no grant
        assert conn.execute("SELECT has_table_privilege('public', 'users', 'UPDATE')"
                            ).fetchone()[0] is False
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(f'SET ROLE "{server_db.name}__admin"')


def test_clients_append_to_the_audit_log_only_in_their_own_name(server_db, office):
    with server_db.psql("han.cw") as conn, conn.transaction():
        next_id, _ = conn.execute("SELECT * FROM resettle_api.audit_next()").fetchone()
        content = ('{"action":"login","actor":"boss","actor_id":1,"at":'
                   '"2026-03-02T09:00:00.000000+00:00","case_id":null,"details":{},'
                   f'"entity":"user","entity_id":"1","id":{next_id}}}')
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="audit_actor_mismatch"):
            conn.execute("SELECT resettle_api.audit_append(%s, NULL)", (content,))
    with server_db.psql("han.cw") as conn:
        denied(conn, "SELECT resettle_private.audit_system('x', 'y', '', '{}')")
        denied(conn, "SELECT resettle_api.audit_check(ARRAY[1::bigint], ARRAY['x'])")
        denied(conn, "SELECT resettle_api.account_create('x', 'SCRAM-SHA-256$x', 'admin')")


def test_the_application_works_under_its_grants(server_db, office):
    """The lawyer's and the caseworker's own services run as their roles."""
    lw = server_db.open_as("yoon.lw", PASSWORD)
    try:
        actor = lw.accounts.login("yoon.lw", PASSWORD)
        lw.notes.add(actor, office["mine"], "a lawyer's note")
        with lw.db.reader() as s:
            assert s.query(Case).count() == 1
    finally:
        lw.close()
