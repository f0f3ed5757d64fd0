"""An upgrade from the previous revision keeps server mode: `server upgrade` migrates and
gives the tables the migration re-made their grants and policies again."""

from __future__ import annotations

import psycopg
import pytest
from alembic import command
from alembic.script import ScriptDirectory

from resettle.services import server_admin
from resettle.storage import migrate

pytestmark = pytest.mark.postgres
PASSWORD = "a-long-password-1"


def test_server_upgrade_from_the_previous_revision_keeps_roles_grants_and_policies(
        server_db, staff):
    staff("gu.lw", "lawyer")
    staff("bae.cw", "caseworker")
    cfg = migrate.alembic_config()
    head = ScriptDirectory.from_config(cfg).get_revision(migrate.head_revision())
    previous = head.down_revision
    assert isinstance(previous, str)
    with server_db.owner.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
    assert migrate.current_revision(server_db.owner.db.engine) == previous
    server_admin.upgrade(server_db.url, None)
    assert migrate.current_revision(server_db.owner.db.engine) == migrate.head_revision()
    with server_db.psql("bae.cw") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_log")
        for (table,) in conn.execute(  # every table, the re-made ones too, is filtered
                "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                " WHERE n.nspname = 'public' AND c.relkind = 'r'").fetchall():
            assert conn.execute("SELECT relrowsecurity FROM pg_class WHERE relname = %s"
                                " AND relnamespace = 'public'::regnamespace",
                                (table,)).fetchone()[0], table
    with server_db.psql("gu.lw") as conn:
        assert conn.execute("SELECT count(*) FROM cases").fetchone()[0] == 0
    svc = server_db.open_as("bae.cw", PASSWORD)  # the application still works as the role
    try:
        svc.accounts.login("bae.cw", PASSWORD)
    finally:
        svc.close()
