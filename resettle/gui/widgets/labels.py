"""Words for the domain's codes on screen: stages, custody status, roles, flags, sexes and
field names come from the one glossary (resettle.i18n.glossary), in the interface language
install_translators put in place, so the screen and the printout name each fact alike."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from resettle.domain.custody import CustodyStatus
from resettle.domain.followup import RiskFlag
from resettle.domain.roles import Role
from resettle.domain.stages import Stage
from resettle.i18n import glossary
from resettle.i18n.audit_words import chain_problem_in_words, details_in_words

from .i18n import current_language


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _term(kind: str, code: str) -> str:
    """The glossary's word for `kind.code`; a code without one reads as itself."""
    key = f"{kind}.{code}"
    return glossary.term(key, current_language()) if key in glossary.TERMS else code


STAGES = tuple(s.value for s in Stage)
STATUSES = ("ok", "due", "overdue")  # the statuses a list filters by (ended: not held)
FLAGS = tuple(f.value for f in RiskFlag)
ROLES = tuple(r.value for r in Role)


def audit_action(code: str) -> str:
    return _term("audit_action", code)


def audit_record(entity: str, entity_id: object) -> str:
    """The kind of record an audit row is about, in words, with its id."""
    return f"{_term('audit_entity', entity)} {entity_id or ''}".strip()


def audit_details(details: dict[str, object] | None) -> str:
    return details_in_words(details, current_language())


def chain_problem(problem: str) -> str:
    return chain_problem_in_words(problem, current_language())


def stage(code: str) -> str:
    return _term("stage", code)


def custody_status(code: str | None) -> str:
    return _term("custody", code) if code in tuple(CustodyStatus) else ""


def role(code: str) -> str:
    return _term("role", code)


def flag(code: str) -> str:
    return _term("flag", code)


def sex(code: str) -> str:
    return _term("sex", code)


def key_mode(code: str) -> str:
    names = {"keyring": _t("key in the credential store"),
             "passphrase": _t("key protected by a passphrase"),
             "server": _t("database server")}
    return names.get(code, code)


def field(name: str) -> str:
    """The label of a form field named in an InvalidInput error."""
    return glossary.field(name, current_language())
