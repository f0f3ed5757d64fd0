"""Accounts: Argon2id hashes, minimum length, lockout, one message for unknown and wrong."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from resettle.domain.errors import AuthenticationFailed, InvalidInput, NotFound, PermissionDenied
from resettle.storage.models import User

PASSWORD = "a-long-password-1"


def test_password_hash_is_argon2id_with_parameters(services, admin) -> None:
    services.accounts.add_user(admin, "mina", "caseworker", PASSWORD)
    with services.db.reader() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "mina"))
    assert stored.startswith("$argon2id$v=19$m=")
    assert PASSWORD not in stored


@pytest.mark.parametrize("password", ["", "short", "elevenchars"])
def test_password_minimum_length(services, admin, password) -> None:
    with pytest.raises(InvalidInput) as e:
        services.accounts.add_user(admin, "mina", "caseworker", password)
    assert e.value.field == "password" and e.value.rule == "password_too_short"
    assert e.value.params["min"] == 12


def test_same_message_for_unknown_user_and_wrong_password(services, admin) -> None:
    with pytest.raises(AuthenticationFailed) as unknown:
        services.accounts.login("nobody", PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong:
        services.accounts.login("admin", "not-the-password")
    assert str(unknown.value) == str(wrong.value)


def test_lockout_after_five_failures_for_fifteen_minutes(services, admin, clock) -> None:
    services.accounts.add_user(admin, "mina", "caseworker", PASSWORD)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("mina", "wrong-password!")
    assert services.accounts.login("mina", PASSWORD).username == "mina"  # 4 failures: not locked
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("mina", "wrong-password!")
    with pytest.raises(AuthenticationFailed, match="locked"):
        services.accounts.login("mina", PASSWORD)
    clock.advance(minutes=14, seconds=59)
    with pytest.raises(AuthenticationFailed, match="locked"):
        services.accounts.login("mina", PASSWORD)
    clock.advance(seconds=2)
    assert services.accounts.login("mina", PASSWORD).username == "mina"


def test_admin_unlocks_and_resets(services, admin) -> None:
    services.accounts.add_user(admin, "mina", "caseworker", PASSWORD)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            services.accounts.login("mina", "wrong-password!")
    assert services.accounts.unlock(admin, "mina").locked_until is None
    assert services.accounts.login("mina", PASSWORD)
    services.accounts.reset_password(admin, "mina", "another-password-2")
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("mina", PASSWORD)
    assert services.accounts.login("mina", "another-password-2")


def test_disabled_account_cannot_log_in(services, admin) -> None:
    services.accounts.add_user(admin, "mina", "caseworker", PASSWORD)
    services.accounts.set_active(admin, "mina", False)
    with pytest.raises(AuthenticationFailed, match="disabled"):
        services.accounts.login("mina", PASSWORD)
    with pytest.raises(InvalidInput, match="cannot_disable_self"):
        services.accounts.set_active(admin, "admin", False)


@pytest.mark.parametrize("name", ["A", "x", "has space", "ünï", "a" * 65])
def test_username_rule(services, admin, name) -> None:
    with pytest.raises(InvalidInput) as e:
        services.accounts.add_user(admin, name, "caseworker", PASSWORD)
    assert e.value.field == "username"


def test_duplicate_and_unknown(services, admin) -> None:
    services.accounts.add_user(admin, "mina", "caseworker", PASSWORD)
    with pytest.raises(InvalidInput, match="already_exists"):
        services.accounts.add_user(admin, "mina", "lawyer", PASSWORD)
    with pytest.raises(NotFound):
        services.accounts.unlock(admin, "ghost")
    with pytest.raises(InvalidInput, match="role"):
        services.accounts.add_user(admin, "jun", "janitor", PASSWORD)


def test_logins_and_failures_are_audited(services, admin) -> None:
    with pytest.raises(AuthenticationFailed):
        services.accounts.login("admin", "wrong-password!")
    actions = [r.action for r in services.audit.entries(admin)]
    assert actions[:2] == ["failed_login", "login"]


def test_only_admins_manage_users(services, actors) -> None:
    for role in ("caseworker", "supervisor", "lawyer"):
        with pytest.raises(PermissionDenied):
            services.accounts.add_user(actors[role], "x" + role, "caseworker", PASSWORD)
    denials = [r for r in services.audit.entries(actors["admin"], limit=500)
               if r.action == "permission_denied"]
    assert len(denials) == 3
