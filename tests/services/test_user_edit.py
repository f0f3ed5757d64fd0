"""Accounts.edit_user: role and display name, admins only, audited, never the last admin."""

from __future__ import annotations

import pytest

from resettle.domain.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from resettle.domain.roles import Role


def test_admin_changes_role_and_display_name_audited(services, admin, actors) -> None:
    info = services.accounts.edit_user(admin, "caseworker", role="supervisor",
                                       display_name="박 주임")
    assert info.role is Role.SUPERVISOR and info.display_name == "박 주임"
    entry = next(e for e in services.audit.entries(admin) if e.action == "update")
    assert entry.details == {"role": {"before": "caseworker", "after": "supervisor"},
                             "display_name": {"before": "", "after": "박 주임"}}
    again = services.accounts.edit_user(admin, "caseworker", display_name="박 주임")
    assert again.role is Role.SUPERVISOR  # an option left out keeps its value


def test_only_admins_edit_users(services, actors) -> None:
    for role in ("caseworker", "supervisor", "lawyer"):
        with pytest.raises(PermissionDenied):
            services.accounts.edit_user(actors[role], "lawyer", role="admin")


def test_bad_values_are_refused_not_changed(services, admin, actors) -> None:
    with pytest.raises(InvalidInput) as e:
        services.accounts.edit_user(admin, "lawyer", role="janitor")
    assert (e.value.field, e.value.rule) == ("role", "one_of")
    with pytest.raises(InvalidInput) as e:
        services.accounts.edit_user(admin, "lawyer", display_name="가" * 201)
    assert (e.value.field, e.value.rule, e.value.params["max"]) == ("display_name", "too_long",
                                                                    200)
    with pytest.raises(NotFound):
        services.accounts.edit_user(admin, "ghost", role="lawyer")


def test_last_active_admin_cannot_demote_themselves(services, admin, actors) -> None:
    with pytest.raises(RuleViolation) as e:
        services.accounts.edit_user(admin, "admin", role="supervisor")
    assert e.value.key == "last_admin"
    services.accounts.edit_user(admin, "supervisor", role="admin")
    services.accounts.set_active(admin, "supervisor", False)  # a disabled admin does not count
    with pytest.raises(RuleViolation):
        services.accounts.edit_user(admin, "admin", role="supervisor")
    services.accounts.set_active(admin, "supervisor", True)
    assert services.accounts.edit_user(admin, "admin", role="supervisor").role is \
        Role.SUPERVISOR
