"""Log-in failures are counted on the server, one by one, even when they arrive at once."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from resettle.domain.errors import AuthenticationFailed
from resettle.storage.models import AuditEntry, User

pytestmark = pytest.mark.postgres
PASSWORD = "a-long-password-1"
MAX_FAILURES = 5  # tests/server/conftest.py installs with this


def test_fifty_parallel_wrong_guesses_lock_after_exactly_the_configured_number(server_db,
                                                                                staff):
    staff("seo.cw", "caseworker")

    def guess(i: int) -> str:
        try:
            server_db.open_as("seo.cw", f"wrong-password-{i:03d}").close()
        except AuthenticationFailed as exc:
            return exc.key
        return "accepted"

    with ThreadPoolExecutor(max_workers=25) as pool:
        answers = list(pool.map(guess, range(50)))
    assert "accepted" not in answers
    # wrong passwords answer alike, locked or not: only the right one learns of the lock
    assert answers == ["authentication_failed"] * 50
    with server_db.owner.db.reader() as s:
        reasons = [e.details["reason"] for e in s.scalars(
            select(AuditEntry).where(AuditEntry.action == "failed_login"))]
        user = s.scalar(select(User).where(User.username == "seo.cw"))
        assert user.locked_until is not None
    assert reasons.count("wrong password") == MAX_FAILURES
    assert reasons.count("locked") == 50 - MAX_FAILURES
    # the right password does not get in while the lock holds, by the app or by psql
    with pytest.raises(AuthenticationFailed) as caught:
        server_db.open_as("seo.cw", PASSWORD)
    assert caught.value.key == "account_locked"
    import psycopg

    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        server_db.psql("seo.cw")
    # the failure rows the server wrote keep the chain intact
    report = staff.services.audit.verify(staff.actor)
    assert report.ok, report.problem
    # an administrator's unlock lets the account in again
    staff.services.accounts.unlock(staff.actor, "seo.cw")
    server_db.open_as("seo.cw", PASSWORD).close()


def test_unknown_wrong_and_locked_answer_alike_until_the_password_is_right(server_db,
                                                                            staff) -> None:
    staff("han.cw", "caseworker")
    staff("oh.cw", "caseworker")
    staff.services.accounts.set_active(staff.actor, "oh.cw", False)
    for _ in range(MAX_FAILURES):
        with pytest.raises(AuthenticationFailed):
            server_db.open_as("han.cw", "wrong-password-0")
    answers = []
    for user, password in (("nobody.cw", "wrong-password-1"), ("han.cw", "wrong-password-1"),
                           ("oh.cw", "wrong-password-1")):
        with pytest.raises(AuthenticationFailed) as caught:
            server_db.open_as(user, password)
        answers.append((caught.value.key, dict(caught.value.params)))
    assert answers == [("authentication_failed", {})] * 3
    for user, key in (("han.cw", "account_locked"), ("oh.cw", "account_disabled")):
        with pytest.raises(AuthenticationFailed) as caught:
            server_db.open_as(user, PASSWORD)
        assert caught.value.key == key
