"""The role x action matrix: every action's roles are exactly those decided, and enforced."""

from __future__ import annotations

import pytest

from resettle.domain.errors import PermissionDenied
from resettle.domain.roles import PERMISSIONS, Action, Role, allowed

EXPECTED = {
    Role.ADMIN: {"manage_users", "list_users", "edit_settings", "edit_rules", "read_audit",
                 "verify_audit", "backup", "restore", "rotate_key", "load_demo", "view_case",
                 "review_custody", "view_alerts",
                 "view_screening", "view_restricted_notes", "view_rewards", "print_report",
                 "view_statistics", "run_retention", "export_cases"},
    Role.SUPERVISOR: {"list_users", "read_audit", "verify_audit", "view_case", "create_case",
                      "edit_case", "advance_stage", "decide_exclusion", "correct_stage",
                      "request_extension", "approve_extension", "manage_groups",
                      "assign_lawyer", "view_screening", "add_note", "view_restricted_notes",
                      "write_restricted_notes", "view_rewards", "claim_reward",
                      "approve_reward", "print_report", "view_statistics", "review_custody",
                      "view_alerts", "set_legal_hold", "manage_consent", "subject_access",
                      "export_cases", "export_names"},
    Role.CASEWORKER: {"view_case", "create_case", "edit_case", "advance_stage",
                      "request_extension", "manage_groups", "assign_lawyer", "view_screening",
                      "add_note", "view_rewards", "claim_reward", "print_report",
                      "review_custody", "manage_consent", "subject_access"},
    Role.LAWYER: {"view_case", "add_note", "print_report"},
}


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(Action))
def test_matrix(role: Role, action: Action) -> None:
    assert allowed(role, action) == (action.value in EXPECTED[role])


def test_every_action_is_in_the_matrix() -> None:
    assert set(PERMISSIONS) == set(Action)


SERVICE_CALLS = {
    Action.MANAGE_USERS: lambda s, a: s.accounts.add_user(a, "newbie", "lawyer",
                                                          "a-long-password-1"),
    Action.LIST_USERS: lambda s, a: s.accounts.list_users(a),
    Action.READ_AUDIT: lambda s, a: s.audit.entries(a),
    Action.VERIFY_AUDIT: lambda s, a: s.audit.verify(a),
}


@pytest.mark.parametrize("action", list(SERVICE_CALLS))
@pytest.mark.parametrize("role", list(Role))
def test_services_enforce_and_audit_denials(services, actors, role, action) -> None:
    call = SERVICE_CALLS[action]
    if allowed(role, action):
        call(services, actors[role.value])
        return
    with pytest.raises(PermissionDenied) as denied:
        call(services, actors[role.value])
    assert str(denied.value) == f"a {role.value} may not {action.value.replace('_', ' ')}"
    last = services.audit.entries(actors["admin"], limit=1)[0]
    assert (last.action, last.actor, last.entity_id) == (
        "permission_denied", role.value, action.value)
