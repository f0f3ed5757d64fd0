"""Typed errors become one translated sentence; unknown ones fall back to the service's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from resettle.domain.errors import ResettleError

from . import labels


def _t(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def _field_sentence(exc: ResettleError) -> str | None:
    field, rule = exc.params.get("field", ""), str(exc.params.get("rule", ""))
    known = {
        ("password", "must be at least"): _t("The password must be at least 12 characters "
                                             "long."),
        ("passphrase", "must be at least"): _t("The passphrase must be at least 12 "
                                               "characters long."),
        ("password", "the two passwords differ"): _t("The two passwords are not the same."),
        ("username", "must be 2-64"): _t("The user name must be 2 to 64 lower-case letters, "
                                         "digits, '.', '_' or '-'."),
        ("username", "an administrator cannot"): _t("You cannot disable your own account."),
        ("reason", "is required"): _t("Please give a reason."),
        ("recovery_key", "must be the 32"): _t("The recovery key is the 32 characters shown "
                                               "at set-up."),
        ("decision_date", ""): _t("The decision date must not be in the future."),
        ("days", "must not be more than"): _t("That is more days than the custody rule "
                                              "allows for one extension."),
        ("days", "must be a positive"): _t("The number of days must be more than zero."),
        ("effective_from", "a custody rule already"): _t("A custody rule already takes "
                                                         "effect on that day."),
    }
    for (name, start), sentence in known.items():
        if field == name and rule.startswith(start):
            return sentence
    if field:
        return _t("%1: %2").replace("%1", labels.field(field)).replace("%2", rule)
    return None


def error_text(exc: ResettleError) -> str:
    """One sentence for the user, in the interface language where the case is known."""
    code, p = exc.code, exc.params
    if code == "authentication_failed":
        if p.get("locked"):
            return _t("This account is locked after too many failed log-ins. Try again in "
                      "15 minutes or ask an administrator to unlock it.")
        if p.get("disabled"):
            return _t("This account is disabled. Ask an administrator.")
        if "no user" in exc.message or "no " in exc.message[:3]:
            return exc.message
        return _t("The user name or password is wrong.")
    if code == "permission_denied":
        return _t("Your role (%1) may not do this: %2.").replace(
            "%1", labels.role(str(p.get("role", "")))).replace(
            "%2", str(p.get("action", "")).replace("_", " "))
    if code == "conflict":
        return _t("Someone else changed this record first. Reload it and apply your change "
                  "again; nothing was lost.")
    if code == "not_found":
        return _t("Not found: %1.").replace("%1", f"{p.get('entity', '')} {p.get('key', '')}")
    if code == "unlock_failed":
        if "passphrase is wrong" in exc.message:
            return _t("The passphrase is wrong.")
        if "not in the credential store" in exc.message:
            return _t("The database key is missing from this computer's credential store. "
                      "You can reopen the database with the recovery key.")
        if "recovery key does not open" in exc.message:
            return _t("That recovery key does not open this database.")
    if code == "invalid_input":
        sentence = _field_sentence(exc)
        if sentence:
            return sentence
    return exc.message[:1].upper() + exc.message[1:] + ("" if exc.message.endswith(".") else ".")


def show_error(parent: QWidget | None, exc: ResettleError) -> None:
    QMessageBox.warning(parent, _t("Resettle"), error_text(exc))
