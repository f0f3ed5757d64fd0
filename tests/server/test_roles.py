"""Each account is its own PostgreSQL login role; disabling it ends its connections."""

from __future__ import annotations

import psycopg
import pytest

PASSWORD = "a-long-password-1"  # tests/server/conftest.py

pytestmark = pytest.mark.postgres


def test_user_add_creates_a_login_role_the_account_connects_as(server_db, staff):
    info = staff("kim.cw", "caseworker")
    assert info.db_role == server_db.role("kim.cw")
    svc = server_db.open_as("kim.cw", PASSWORD)
    try:
        actor = svc.accounts.login("kim.cw", PASSWORD)
        assert actor.username == "kim.cw"
        with svc.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT session_user").scalar() == info.db_role
            assert conn.exec_driver_sql(
                "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar() is True
    finally:
        svc.close()


def test_a_disabled_user_cannot_connect_and_is_thrown_out(server_db, staff):
    staff("lee.cw", "caseworker")
    open_conn = server_db.psql("lee.cw")
    staff.services.accounts.set_active(staff.actor, "lee.cw", False)
    with pytest.raises(psycopg.OperationalError):
        open_conn.execute("SELECT 1")  # its session was ended
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        server_db.psql("lee.cw")
    from resettle.domain.errors import AuthenticationFailed

    with pytest.raises(AuthenticationFailed) as caught:
        server_db.open_as("lee.cw", PASSWORD)
    assert caught.value.key == "account_disabled"
    staff.services.accounts.set_active(staff.actor, "lee.cw", True)
    server_db.psql("lee.cw").close()


def test_a_wrong_password_is_refused_by_the_server(server_db, staff):
    staff("park.cw", "caseworker")
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        server_db.psql("park.cw", "not-the-password-1")


def test_plain_connections_are_refused(server_db, staff):
    staff("choi.cw", "caseworker")
    s = server_db.server
    with pytest.raises(psycopg.OperationalError, match="no encryption|pg_hba"):
        psycopg.connect(host=s.host, port=s.port, user=server_db.role("choi.cw"),
                        password=PASSWORD, dbname=server_db.name, sslmode="disable",
                        connect_timeout=10)


def test_removing_an_accounts_role_drops_it(server_db, staff):
    from resettle.storage.server import roles

    staff("moon.cw", "caseworker")
    with server_db.owner.db.writer() as s, s.begin():
        roles.drop(s, "moon.cw")
    with server_db.server.admin_connect(server_db.name) as conn:
        assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s",
                            (server_db.role("moon.cw"),)).fetchone()[0] == 0
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        server_db.psql("moon.cw")


def test_only_this_databases_account_roles_can_be_managed(server_db, staff):
    """An administrator's functions refuse a role that is not an account of this database."""
    staff("seok.ad", "admin")
    with server_db.psql("seok.ad") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not_an_account_role"):
            conn.execute("SELECT resettle_api.account_login('..', false)")
        with pytest.raises(psycopg.errors.InvalidParameterValue,
                           match="scram_verifier_required"):
            conn.execute("SELECT resettle_api.account_create('x1', 'plain-password', 'admin')")
