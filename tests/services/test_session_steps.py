"""A session from log-in to log-out (issue 15): the idle lock keeps the same session (no
second one is opened by the password that lifts it), locking and logging out audit the reads
noted so far, and a session that ended stops working."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from resettle.domain.errors import AuthenticationFailed
from resettle.services.case_query import CaseQuery
from resettle.storage.models import AuditEntry, User

PASSWORD = "a-long-password-1"


def _actions(services, actor) -> list[str]:
    with services.db.reader() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.actor_id == actor.id)
                              .order_by(AuditEntry.id)))


def _reads_by(services, actor) -> list[AuditEntry]:
    with services.db.reader() as s:
        return list(s.scalars(select(AuditEntry).where(
            AuditEntry.entity == "reads", AuditEntry.actor_id == actor.id)))


@pytest.fixture
def caseworker(services, actors, new_case):
    services.cases.reads.idle = None  # written only when a step flushes them
    new_case(family="김", given="정숙", family_latin="Kim", given_latin="Jong-suk")
    return actors["caseworker"]


def test_lifting_the_lock_keeps_the_same_session(services, caseworker) -> None:
    before = dict(services.ctx.sessions)
    services.accounts.pause(caseworker)
    assert services.accounts.resume(caseworker, PASSWORD) is caseworker
    assert services.ctx.sessions == before  # no second session, the first one still on
    assert services.cases.first_rows(caseworker, CaseQuery(), 10)
    assert _actions(services, caseworker)[-2:] == ["screen_locked", "screen_unlocked"]


def test_a_wrong_password_on_the_lock_counts_as_at_log_in(services, caseworker) -> None:
    for _ in range(5):
        with pytest.raises(AuthenticationFailed) as wrong:
            services.accounts.resume(caseworker, "wrong-password-1")
        assert wrong.value.key == "authentication_failed"
    with pytest.raises(AuthenticationFailed) as locked:
        services.accounts.resume(caseworker, PASSWORD)
    assert locked.value.key == "account_locked"
    with services.db.reader() as s:
        assert s.scalar(select(User.locked_until).where(User.id == caseworker.id))


def test_locking_writes_the_reads_noted_so_far(services, caseworker) -> None:
    services.cases.first_rows(caseworker, CaseQuery(search="Kim"), 10)
    assert not _reads_by(services, caseworker)
    services.accounts.pause(caseworker)
    (row,) = _reads_by(services, caseworker)
    assert row.details["queries"][0]["search"] == "Kim"
    assert services.cases.reads.pending() == 0


def test_logging_out_writes_the_reads_and_ends_the_session(services, caseworker) -> None:
    services.cases.first_rows(caseworker, CaseQuery(search="Kim"), 10)
    services.accounts.logout(caseworker)
    assert len(_reads_by(services, caseworker)) == 1
    assert _actions(services, caseworker)[-1] == "logout"
    assert caseworker.session not in services.ctx.sessions
    with pytest.raises(AuthenticationFailed) as ended:
        services.cases.first_rows(caseworker, CaseQuery(), 10)
    assert ended.value.key == "session_invalid"


def test_a_disabled_users_log_out_has_nothing_left_to_close(services, actors,
                                                            caseworker) -> None:
    services.accounts.set_active(actors["admin"], caseworker.username, False)
    services.accounts.logout(caseworker)  # no error: the session had already ended
    assert caseworker.session not in services.ctx.sessions
    with pytest.raises(AuthenticationFailed):
        services.accounts.resume(caseworker, PASSWORD)
