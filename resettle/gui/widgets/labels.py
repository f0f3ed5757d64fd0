"""Translated words for the domain's codes: stages, custody status, roles, flags, sexes, keys."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage(code: str) -> str:
    names = {
        "intake": _t("Intake"), "screening": _t("Screening"), "custody": _t("Custody"),
        "programme": _t("Programme"), "released": _t("Released"), "closed": _t("Closed"),
        "excluded": _t("Excluded"), "withdrawn": _t("Withdrawn"), "deceased": _t("Deceased"),
    }
    return names.get(code, code)


STAGES = ("intake", "screening", "custody", "programme", "released", "closed", "excluded",
          "withdrawn", "deceased")
STATUSES = ("ok", "due", "overdue")
FLAGS = ("high_profile", "suicide_risk", "family_at_risk", "health", "other")
ROLES = ("caseworker", "supervisor", "lawyer", "admin")


def custody_status(code: str | None) -> str:
    names = {"ok": _t("Within limit"), "due": _t("Due soon"), "overdue": _t("Overdue")}
    return names.get(code or "", "")


def role(code: str) -> str:
    names = {"caseworker": _t("Caseworker"), "supervisor": _t("Supervisor"),
             "lawyer": _t("Lawyer"), "admin": _t("Administrator")}
    return names.get(code, code)


def flag(code: str) -> str:
    names = {"high_profile": _t("High profile"), "suicide_risk": _t("Suicide risk"),
             "family_at_risk": _t("Family at risk"), "health": _t("Health"),
             "other": _t("Other")}
    return names.get(code, code)


def sex(code: str) -> str:
    return {"F": _t("F"), "M": _t("M"), "X": _t("X")}.get(code, code)


def key_mode(code: str) -> str:
    names = {"keyring": _t("key in the credential store"),
             "passphrase": _t("key protected by a passphrase"),
             "server": _t("database server")}
    return names.get(code, code)


def field(name: str) -> str:
    """The label of a form field named in an InvalidInput error."""
    names = {
        "username": _t("User name"), "password": _t("Password"), "role": _t("Role"),
        "passphrase": _t("Passphrase"), "recovery_key": _t("Recovery key"),
        "reason": _t("Reason"), "days": _t("Days"), "decision_date": _t("Decision date"),
        "effective_from": _t("Effective from"), "limit_days": _t("Limit (days)"),
        "max_extension_days": _t("Longest extension (days)"),
        "max_extensions": _t("Number of extensions"), "language": _t("Language"),
        "setting": _t("Setting"), "programme_weeks": _t("Programme length (weeks)"),
        "idle_lock_minutes": _t("Lock after idle minutes"), "sort": _t("Sort"),
        "custody_status": _t("Custody status"),
    }
    return names.get(name, name.replace("_", " "))
