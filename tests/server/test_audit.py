"""The audit chain in server mode: keys on the server survive password changes; an altered
row is still found."""

from __future__ import annotations

import pytest
from sqlalchemy import text

pytestmark = pytest.mark.postgres
PASSWORD = "a-long-password-1"
NEW_PASSWORD = "another-password-2"


def test_audit_verify_passes_after_password_changes(server_db, staff):
    staff("oh.sv", "supervisor")
    staff.services.accounts.reset_password(staff.actor, "oh.sv", NEW_PASSWORD)
    sv = server_db.open_as("oh.sv", NEW_PASSWORD)
    try:
        actor = sv.accounts.login("oh.sv", NEW_PASSWORD)
        sv.accounts.change_password(actor, NEW_PASSWORD, PASSWORD)
    finally:
        sv.close()
    sv = server_db.open_as("oh.sv", PASSWORD)  # the role's password changed with it
    try:
        actor = sv.accounts.login("oh.sv", PASSWORD)
        report = sv.audit.verify(actor)
        assert report.ok, report.problem
        assert report.rows > 5
    finally:
        sv.close()


def test_an_altered_row_is_named_even_by_the_owner(server_db, staff):
    staff("ko.sv", "supervisor")
    with server_db.owner.db.writer() as s, s.begin():  # the owner bypasses every grant
        s.execute(text("UPDATE audit_log SET actor = 'someone else' WHERE id = 2"))
    report = staff.services.audit.verify(staff.actor)
    assert not report.ok
    assert report.first_bad_id == 2


def test_a_client_cannot_read_the_chain_key_or_the_files_key_without_an_account(server_db,
                                                                                 staff):
    import psycopg

    s = server_db.server
    with psycopg.connect(host=s.host, port=s.port, user=f"{server_db.name}__login",
                         password="resettle-login-counter", dbname=server_db.name,
                         sslmode="verify-full", sslrootcert=str(s.ca_file),
                         autocommit=True) as conn:
        for sql in ("SELECT resettle_api.files_key()", "SELECT * FROM resettle_private.keys",
                    "SELECT * FROM public.users",
                    "SELECT * FROM resettle_api.audit_next()"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql)


def test_a_kept_head_is_checked_on_the_server_too(server_db, staff):
    kept = staff.services.audit.kept_head(staff.actor)
    assert staff.services.audit.verify(staff.actor, against=kept).ok
    row, _, _digest = kept.partition(":")
    report = staff.services.audit.verify(staff.actor, against=f"{row}:{'0' * 64}")
    assert not report.ok  # a head that was never this chain's


def test_a_case_s_rows_carry_its_case_on_the_server(server_db, staff):
    """The server appends the row it is given: the case a change was made on goes with it
    (the case window's history and `audit list --case` read it)."""
    from datetime import date

    from resettle.services.intake_form import IntakeForm

    staff("yun.cw", "caseworker")
    cw_services = server_db.open_as("yun.cw", PASSWORD)
    try:
        cw = cw_services.accounts.login("yun.cw", PASSWORD)
        form = IntakeForm(family_name="윤", given_name="가람", family_name_latin="Yun",
                          given_name_latin="Garam", sex="F", arrival_date=date(2026, 2, 2))
        case_no = cw_services.intake.intake(cw, form).case_no
    finally:
        cw_services.close()
    rows = staff.services.audit.entries(staff.actor, case_no=case_no)
    assert [(r.action, r.entity) for r in rows if r.entity == "case"] == [("create", "case")]
    assert len({r.case_id for r in rows}) == 1 and rows[0].case_id is not None
