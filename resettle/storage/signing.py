"""Audit rows signed by their author: Ed25519 over the row's content, keys taken from the chain.

A row's signing key is known from the chain itself, never from a table a key holder could
edit: the installation key from the first `install` row (and `rekey`/`recover` rows signed
by the previous one or an administrator); a user's key from the row that created the
account or reset its password (signed by the administrator who did it), or from the
user's own `enrol` row for an account made before signing began (issue 15 upgrade).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .key_slots import sign_public_key

_PREFIX = b"resettle audit row v1\n"
# Rows the system writes while nobody is logged in (no key is unlocked): never signed.
UNSIGNED_SYSTEM_ACTIONS = frozenset({"failed_login"})
_KEY_ROWS = frozenset({"create", "update", "enrol"})


def sign(key: Ed25519PrivateKey, content: bytes) -> str:
    return key.sign(_PREFIX + content).hex()


def valid(public_hex: str, content: bytes, signature: str | None) -> bool:
    if not signature:
        return False
    try:
        sign_public_key(public_hex).verify(bytes.fromhex(signature), _PREFIX + content)
        return True
    except (InvalidSignature, ValueError):
        return False


def key_details(username: str, sign_public: str, seal_public: str) -> dict[str, str]:
    """What an audit row carries when it introduces an account's keys."""
    return {"user": username, "sign_key": sign_public, "seal_key": seal_public}


@dataclass
class KeyHistory:
    """The signing key in force for each actor, as the chain introduced them."""

    users: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (name, key)
    roles: dict[int, str] = field(default_factory=dict)  # as the chain recorded them
    system: str | None = None

    def check(self, row_id: int, actor_id: int | None, actor: str, action: str, entity: str,
              entity_id: str, details: dict[str, Any], content: bytes,
              signature: str | None) -> str:
        """'' when the row is signed by its actor (or may be unsigned), else the problem."""
        keys = details.get("keys") if isinstance(details.get("keys"), dict) else None
        if (action == "enrol" and keys and actor_id is not None
                and entity_id == str(actor_id) and actor_id not in self.users):
            self.users[actor_id] = (actor, str(keys.get("sign_key", "")))
        if action == "install" and actor_id is None and self.system is None:
            self.system = str(details.get("install_key", ""))
        expected: str | None
        if actor_id is None:
            name, expected = actor, self.system
            if expected is not None and action in UNSIGNED_SYSTEM_ACTIONS and not signature:
                return ""
        else:
            known = self.users.get(actor_id)
            name, expected = known if known else (actor, None)
        if expected is None:
            if signature:
                return f"row {row_id} carries a signature by a key the chain never introduced"
            # before signing began for this actor (an upgraded installation, or a database
            # made without an installation key): such a row may introduce the first key of
            # an account that has none, never replace one
            new = keys if entity_id.isdigit() and int(entity_id) not in self.users else None
            self._learn(actor_id, action, entity, entity_id, details, new)
            return ""
        if name != actor:
            return f"row {row_id} names {actor} but its author's key belongs to {name}"
        if not valid(expected, content, signature):
            return f"row {row_id} is not signed by its actor {actor}"
        if (keys and action != "enrol" and actor_id is not None
                and entity_id != str(actor_id) and self.roles.get(actor_id) != "admin"):
            return f"row {row_id} gives another account a key but {actor} is no administrator"
        self._learn(actor_id, action, entity, entity_id, details, keys)
        return ""

    def _learn(self, actor_id: int | None, action: str, entity: str, entity_id: str,
               details: dict[str, Any], keys: dict[str, Any] | None) -> None:
        role = details.get("role")
        if entity == "user" and entity_id.isdigit() and isinstance(role, dict):
            self.roles[int(entity_id)] = str(role.get("after"))
        if keys and entity == "user" and action in _KEY_ROWS and entity_id.isdigit():
            self.users[int(entity_id)] = (str(keys.get("user", "")), str(keys.get("sign_key")))
        if action in ("rekey", "recover") and details.get("install_key"):
            self.system = str(details["install_key"])
