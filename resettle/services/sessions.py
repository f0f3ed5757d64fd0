"""Log-in sessions and each account's keys: enrolment, password proof, key slots (issue 15).

An account's private keys (Ed25519 signs its audit rows, X25519 opens the database key
sealed to it) are wrapped twice under one Argon2id run of its password: in the database
(`user_keys`) and, in file mode, in its slot beside the database (password AND this
computer's secret). Unwrapping them is the password check: no second KDF at log-in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from resettle.domain.errors import AuthenticationFailed
from resettle.domain.roles import Role
from resettle.storage import slots
from resettle.storage.key_slots import (
    PASSWORD_KDF,
    UserKeys,
    b64,
    database_kek,
    password_key,
    unb64,
    unwrap,
    wrap,
)
from resettle.storage.models import User, UserKey
from resettle.storage.signing import key_details

from .context import Actor, Context, Tx


@dataclass(frozen=True)
class Proof:
    """A proved password: the account's keys and the password key that wrapped them."""

    keys: UserKeys
    pw_key: bytes
    salt: bytes


def _aad(user_id: int) -> bytes:
    return f"resettle user {user_id}".encode()


def _store_keys(tx: Tx, user: User, keys: UserKeys, pw_key: bytes, salt: bytes) -> None:
    blob = wrap(database_kek(pw_key), keys.raw(), _aad(user.id))
    row = tx.session.get(UserKey, user.id)
    if row is None:
        row = UserKey(user_id=user.id)
        tx.session.add(row)
    row.salt, row.kdf, row.wrapped = b64(salt), dict(PASSWORD_KDF), json.dumps(blob)
    row.sign_public, row.seal_public = keys.sign_public, keys.seal_public


def prove(tx: Tx, user: User | None, password: str,
          legacy_check: Callable[[str], bool]) -> tuple[bool, Proof | None]:
    """(password right, its proof). Accounts made before issue 15 have no keys: their
    password hash is checked (`legacy_check`) and the caller enrols them."""
    row = tx.session.get(UserKey, user.id) if user is not None else None
    if row is None:
        return legacy_check(user.password_hash if user is not None else ""), None
    salt = unb64(row.salt)
    pw_key = password_key(password, salt, {k: int(v) for k, v in row.kdf.items()})
    raw = unwrap(database_kek(pw_key), json.loads(row.wrapped), _aad(user.id))  # type: ignore[union-attr]
    if raw is None:
        return False, None
    return True, Proof(UserKeys.from_raw(raw), pw_key, salt)


def enrol(tx: Tx, user: User, password: str, keys: UserKeys | None = None) -> Proof:
    """New key pairs (or `keys`, re-wrapped by a new password) for the account."""
    pw_key, salt = slots.new_password_key(password)
    proof = Proof(keys or UserKeys.generate(), pw_key, salt)
    _store_keys(tx, user, proof.keys, pw_key, salt)
    _write_slot(tx, user, proof)
    return proof


def _write_slot(tx: Tx, user: User, proof: Proof) -> None:
    db = tx.ctx.db
    if db.store is None or db.store_secret is None:
        return  # a server, or a database opened without its key store (tests)
    slots.write_slot(db.store, db.store_secret, user.username, proof.keys, proof.pw_key,
                     proof.salt, db.secret if user.active else None)


def certified(keys: UserKeys, username: str) -> dict[str, object]:
    """The audit details that introduce an account's public keys (storage.signing)."""
    return {"keys": key_details(username, keys.sign_public, keys.seal_public)}


def start(tx: Tx, user: User, proof: Proof | None, password: str) -> Actor:
    """After every check passed: a session for the user, its `login` row signed by them.
    An account without keys (made before issue 15) enrols now; in file mode an account
    without a slot gets one (the first log-in after the upgrade)."""
    enrolled = proof is None
    if proof is None:
        proof = enrol(tx, user, password)
    elif tx.ctx.db.store is not None and tx.ctx.db.store_secret is not None and \
            not slots.has_slot(tx.ctx.db.store, tx.ctx.db.store_secret, user.username):
        _write_slot(tx, user, proof)
    actor = tx.ctx.open_session(Actor(user.id, user.username, Role(user.role),
                                      user.display_name, user.language), proof.keys)
    tx.actor = actor
    if enrolled:
        tx.audit("enrol", "user", user.id, details=certified(proof.keys, user.username))
    record_failed_attempts(tx)
    tx.audit("login", "user", user.id)
    finish_upgrade(tx)
    return actor


def record_failed_attempts(tx: Tx) -> None:
    """Wrong passwords tried on a slot while the database was closed: audited now, one
    `failed_login` row each (the system's, unsigned: nobody's key was unlocked then)."""
    db = tx.ctx.db
    if db.store is None or db.store_secret is None:
        return
    from .context import SYSTEM

    for user_id, name in tx.session.execute(select(User.id, User.username)):
        for moment in slots.take_failed_attempts(db.store, db.store_secret, name):
            entry_actor = tx.actor
            tx.actor = SYSTEM
            try:
                tx.audit("failed_login", "user", user_id,
                         details={"reason": "wrong password", "attempted_at": moment})
            finally:
                tx.actor = entry_actor


def check_slot_keys(tx: Tx, user: User, keys: UserKeys) -> Proof | None:
    """A slot log-in: the keys it released must be the account's certified ones."""
    row = tx.session.get(UserKey, user.id)
    if row is None or row.sign_public != keys.sign_public:
        raise AuthenticationFailed(slots.WRONG)
    return Proof(keys, b"", unb64(row.salt))


def finish_upgrade(tx: Tx) -> None:
    """Format 1 -> 2 ends when every active account has its slot: the single-factor key
    (credential store entry, or passphrase wrapping) is forgotten."""
    db = tx.ctx.db
    if db.store is None or db.store_secret is None or not db.store.legacy:
        return
    names = tx.session.scalars(select(User.username).where(User.active.is_(True)))
    if all(slots.has_slot(db.store, db.store_secret, n) for n in names):
        db.store.end_upgrade(None)
        tx.audit("update", "database", details={"key_slots": "upgrade finished"})


def on_active(ctx: Context, user_id: int, username: str, active: bool) -> None:
    """Disabling takes the database key out of the account's slot; enabling seals it again
    to the account's certified public key (no password needed)."""
    db = ctx.db
    if db.store is None or db.store_secret is None:
        return
    row_key = None
    if active:
        with db.reader() as s:
            row = s.get(UserKey, user_id)
            row_key = row.seal_public if row is not None else None
    slots.set_sealed(db.store, db.store_secret, username, row_key or "",
                     db.secret if active and row_key else None)


def on_removed(ctx: Context, username: str) -> None:
    if ctx.db.store is not None and ctx.db.store_secret is not None:
        slots.drop_slot(ctx.db.store, ctx.db.store_secret, username)


def on_unlocked(ctx: Context, username: str) -> None:
    if ctx.db.store is not None and ctx.db.store_secret is not None:
        slots.clear_failures(ctx.db.store, ctx.db.store_secret, username)


def complete_slot_login(ctx: Context, username: str, keys: UserKeys) -> Actor:
    """A log-in whose slot already proved the password (file mode): the account's state in
    the database decides (active, not locked), then the session starts."""
    from .context import SYSTEM, transaction

    now = ctx.now()
    with transaction(ctx, SYSTEM, system=True) as tx:
        user = tx.session.scalar(select(User).where(User.username == username))
        if user is None:
            raise AuthenticationFailed(slots.WRONG)
        if not user.active:
            raise AuthenticationFailed("account_disabled", disabled=True)
        if user.locked_until is not None and user.locked_until > now:
            raise AuthenticationFailed("account_locked", locked=True,
                                       failures=slots.MAX_FAILURES,
                                       minutes=slots.LOCKOUT.seconds // 60)
        proof = check_slot_keys(tx, user, keys)
        user.failed_logins, user.locked_until = 0, None
        return start(tx, user, proof, "")
