"""Typed errors: a code and parameters, never UI text; each face words them itself."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class ResettleError(Exception):
    """Base of every expected error. `code` is stable; `params` fill the face's sentence."""

    code = "error"

    def __init__(self, message: str = "", **params: Any) -> None:
        super().__init__(message or self.code)
        self.params = params

    @property
    def message(self) -> str:
        return str(self.args[0])

    @property
    def key(self) -> str:
        """The catalogue code that words this error (resettle.i18n.messages)."""
        return self.message


class InvalidInput(ResettleError):
    """A value breaks a rule. `field` names the field; `rule` is the catalogue code of the
    rule (e.g. "too_long", with `max=50`), worded by resettle.i18n.messages."""

    code = "invalid_input"

    def __init__(self, field: str, rule: str, **params: Any) -> None:
        super().__init__(f"{field}: {rule}", field=field, rule=rule, **params)
        self.field = field
        self.rule = rule

    @property
    def key(self) -> str:
        return self.rule


class RuleViolation(ResettleError):
    """An action breaks a domain rule that is not about a single field (e.g. a transition).
    Raised as `RuleViolation("code", **params)`, the code a key of the message catalogue."""

    code = "rule_violation"


class NotFound(ResettleError):
    code = "not_found"

    @property
    def key(self) -> str:
        return self.code

    def __init__(self, entity: str, key: object) -> None:
        super().__init__(f"{entity} {key} was not found", entity=entity, key=key)


class PermissionDenied(ResettleError):
    code = "permission_denied"

    @property
    def key(self) -> str:
        return self.code

    def __init__(self, role: str, action: str, **params: Any) -> None:
        super().__init__(
            f"a {role} may not {action.replace('_', ' ')}", role=role, action=action, **params
        )


class AuthenticationFailed(ResettleError):
    """Wrong user or password, or a locked account; never says which of the first two."""

    code = "authentication_failed"

    @property
    def key(self) -> str:
        if self.params.get("locked"):
            return "account_locked"
        if self.params.get("disabled"):
            return "account_disabled"
        return self.message


class UnlockFailed(ResettleError):
    """The database cannot be opened: wrong key, not a database, plaintext file, no key."""

    code = "unlock_failed"


class StorageFailed(ResettleError):
    """The database could not be written (disk full, read-only, I/O error, busy): nothing
    of the change was saved. `reason` is a stable word for the face to translate."""

    code = "storage_failed"

    @property
    def key(self) -> str:
        return self.code


class Conflict(ResettleError):
    """Someone else saved first. `mine` and `theirs` carry both versions; nothing was written."""

    code = "conflict"

    @property
    def key(self) -> str:
        return self.code

    def __init__(self, entity: str, key: object, mine: dict[str, Any], theirs: dict[str, Any]):
        super().__init__(
            f"{entity} {key} was changed by someone else; reload and apply again",
            entity=entity, key=key,
        )
        self.mine = mine
        self.theirs = theirs


@dataclass(frozen=True, order=True)
class ImportProblem:
    """One problem of an import, by line: the field and the catalogue code with its
    parameters, as an InvalidInput would carry them (worded by resettle.i18n.messages)."""

    line: int
    field: str
    code: str
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict, compare=False,
                                                  hash=False)

    @classmethod
    def of(cls, line: int, exc: InvalidInput) -> ImportProblem:
        params = {k: v for k, v in exc.params.items() if k not in ("field", "rule")}
        return cls(line, exc.field, exc.rule, params)

    def error(self) -> InvalidInput:
        """The problem as the error it stands for, for a face to word."""
        return InvalidInput(self.field, self.code, **self.params)

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.code}"
