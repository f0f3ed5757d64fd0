"""Roles and the role x action permission matrix (enforced in services/, decided here)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    LAWYER = "lawyer"
    ADMIN = "admin"


class Action(StrEnum):
    # accounts and administration
    MANAGE_USERS = "manage_users"
    LIST_USERS = "list_users"
    EDIT_SETTINGS = "edit_settings"
    EDIT_RULES = "edit_rules"
    READ_AUDIT = "read_audit"
    VERIFY_AUDIT = "verify_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    ROTATE_KEY = "rotate_key"
    LOAD_DEMO = "load_demo"
    # cases
    VIEW_CASE = "view_case"
    CREATE_CASE = "create_case"
    EDIT_CASE = "edit_case"
    ADVANCE_STAGE = "advance_stage"
    DECIDE_EXCLUSION = "decide_exclusion"
    CORRECT_STAGE = "correct_stage"
    REQUEST_EXTENSION = "request_extension"
    APPROVE_EXTENSION = "approve_extension"
    MANAGE_GROUPS = "manage_groups"
    ASSIGN_LAWYER = "assign_lawyer"
    VIEW_SCREENING = "view_screening"
    ADD_NOTE = "add_note"
    VIEW_RESTRICTED_NOTES = "view_restricted_notes"
    WRITE_RESTRICTED_NOTES = "write_restricted_notes"
    VIEW_REWARDS = "view_rewards"
    CLAIM_REWARD = "claim_reward"
    APPROVE_REWARD = "approve_reward"
    PRINT_REPORT = "print_report"
    REVIEW_CUSTODY = "review_custody"
    VIEW_ALERTS = "view_alerts"
    VIEW_STATISTICS = "view_statistics"
    # keeping less and sharing less (issue 18)
    RUN_RETENTION = "run_retention"
    SET_LEGAL_HOLD = "set_legal_hold"
    MANAGE_CONSENT = "manage_consent"
    SUBJECT_ACCESS = "subject_access"
    EXPORT_CASES = "export_cases"
    EXPORT_NAMES = "export_names"


_CW, _SV, _LW, _AD = Role.CASEWORKER, Role.SUPERVISOR, Role.LAWYER, Role.ADMIN

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.MANAGE_USERS: frozenset({_AD}),
    Action.LIST_USERS: frozenset({_AD, _SV}),
    Action.EDIT_SETTINGS: frozenset({_AD}),
    Action.EDIT_RULES: frozenset({_AD}),
    Action.READ_AUDIT: frozenset({_AD, _SV}),
    Action.VERIFY_AUDIT: frozenset({_AD, _SV}),
    Action.BACKUP: frozenset({_AD}),
    Action.RESTORE: frozenset({_AD}),
    Action.ROTATE_KEY: frozenset({_AD}),
    Action.LOAD_DEMO: frozenset({_AD}),
    Action.VIEW_CASE: frozenset({_CW, _SV, _LW, _AD}),
    Action.CREATE_CASE: frozenset({_CW, _SV}),
    Action.EDIT_CASE: frozenset({_CW, _SV}),
    Action.ADVANCE_STAGE: frozenset({_CW, _SV}),
    Action.DECIDE_EXCLUSION: frozenset({_SV}),
    Action.CORRECT_STAGE: frozenset({_SV}),
    Action.REQUEST_EXTENSION: frozenset({_CW, _SV}),
    Action.APPROVE_EXTENSION: frozenset({_SV}),
    Action.MANAGE_GROUPS: frozenset({_CW, _SV}),
    Action.ASSIGN_LAWYER: frozenset({_CW, _SV}),
    Action.VIEW_SCREENING: frozenset({_CW, _SV, _AD}),
    Action.ADD_NOTE: frozenset({_CW, _SV, _LW}),
    Action.VIEW_RESTRICTED_NOTES: frozenset({_SV, _AD}),
    Action.WRITE_RESTRICTED_NOTES: frozenset({_SV}),
    Action.VIEW_REWARDS: frozenset({_CW, _SV, _AD}),
    Action.CLAIM_REWARD: frozenset({_CW, _SV}),
    Action.APPROVE_REWARD: frozenset({_SV}),
    Action.PRINT_REPORT: frozenset({_CW, _SV, _LW, _AD}),
    Action.REVIEW_CUSTODY: frozenset({_CW, _SV, _AD}),
    Action.VIEW_ALERTS: frozenset({_SV, _AD}),
    Action.VIEW_STATISTICS: frozenset({_SV, _AD}),
    Action.RUN_RETENTION: frozenset({_AD}),
    Action.SET_LEGAL_HOLD: frozenset({_SV}),
    Action.MANAGE_CONSENT: frozenset({_CW, _SV}),
    Action.SUBJECT_ACCESS: frozenset({_CW, _SV}),
    Action.EXPORT_CASES: frozenset({_SV, _AD}),
    Action.EXPORT_NAMES: frozenset({_SV}),
}


def allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]


def case_scoped(role: Role) -> bool:
    """Lawyers see only the cases they represent; every other role sees all cases."""
    return role is Role.LAWYER
