"""The accounts' key slots in keystore.json: open one with a password, write, seal, drop."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from resettle.domain.errors import AuthenticationFailed

from .key_slots import (
    PASSWORD_KDF,
    UserKeys,
    b64,
    new_salt,
    password_key,
    seal_to,
    slot_address,
    slot_kek,
    unb64,
    unseal,
    unwrap,
    wrap,
)
from .keys import KeyStore

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
WRONG = "authentication_failed"
_DUMMY_SALT = b"resettle dummy s"


def _sealed_aad(store: KeyStore, address: str) -> bytes:
    return f"resettle database key {store.database_id} {address}".encode()


def open_slot(store: KeyStore, secret: bytes, address: str, slot: dict[str, Any] | None,
              password: str) -> UserKeys:
    """The account's private keys. An unknown name, a wrong password, a locked and a disabled
    account answer alike until the password is right (and take the same time)."""
    if slot is None:
        password_key(password, _DUMMY_SALT, PASSWORD_KDF)
        raise AuthenticationFailed(WRONG)
    pw_key = password_key(password, unb64(slot["salt"]), {k: int(slot[k]) for k in PASSWORD_KDF})
    raw = unwrap(slot_kek(pw_key, secret, store.database_id), slot, address.encode())
    now = datetime.now(UTC)
    if raw is None:
        # the database is closed: the attempt waits in the slot for the next log-in to audit
        slot["failed_at"] = [*slot.get("failed_at", [])[-49:], now.isoformat()]
        slot["failures"] = int(slot.get("failures", 0)) + 1
        if slot["failures"] >= MAX_FAILURES:
            slot["locked_until"], slot["failures"] = (now + LOCKOUT).isoformat(), 0
        store.save()
        raise AuthenticationFailed(WRONG)
    locked = slot.get("locked_until")
    if locked and datetime.fromisoformat(locked) > now:
        raise AuthenticationFailed("account_locked", locked=True, failures=MAX_FAILURES,
                                   minutes=LOCKOUT.seconds // 60)
    if "sealed" not in slot:
        raise AuthenticationFailed("account_disabled", disabled=True)
    if slot.pop("failures", None) or slot.pop("locked_until", None):
        store.save()
    return UserKeys.from_raw(raw)


def database_keys(store: KeyStore, address: str, keys: UserKeys) -> list[bytes]:
    """The database key sealed to the account (then the previous one mid-rotation)."""
    blobs = [store.slots[address]["sealed"]]
    previous = store.previous_sealed(address)
    if previous is not None:
        blobs.append(previous)
    found = [k for b in blobs if (k := unseal(keys.seal, b, _sealed_aad(store, address)))]
    if not found:
        raise AuthenticationFailed(WRONG)
    return found


def write_slot(store: KeyStore, secret: bytes, username: str, keys: UserKeys, pw_key: bytes,
               salt: bytes, database_key: bytes | None) -> None:
    """The account's slot: its private keys under password + store secret, and the database
    key sealed to it (None: a disabled account, no key)."""
    address = slot_address(secret, username)
    slot: dict[str, Any] = {"salt": b64(salt), **PASSWORD_KDF,
                            **wrap(slot_kek(pw_key, secret, store.database_id), keys.raw(),
                                   address.encode()),
                            "seal_public": keys.seal_public}
    if database_key is not None:
        slot["sealed"] = seal_to(keys.seal_public, database_key, _sealed_aad(store, address))
    store.slots[address] = slot
    store.save()


def new_password_key(password: str) -> tuple[bytes, bytes]:
    salt = new_salt()
    return password_key(password, salt, PASSWORD_KDF), salt


def set_sealed(store: KeyStore, secret: bytes, username: str, seal_public: str,
               database_key: bytes | None) -> bool:
    """Give the account the database key again (sealed to its certified public key), or take
    it away (None). False when the account has no slot."""
    address = slot_address(secret, username)
    slot = store.slots.get(address)
    if slot is None:
        return False
    if database_key is None:
        slot.pop("sealed", None)
    else:
        slot["seal_public"] = seal_public
        slot["sealed"] = seal_to(seal_public, database_key, _sealed_aad(store, address))
    store.save()
    return True


def reseal_all(store: KeyStore, public_keys: dict[str, str], database_key: bytes) -> None:
    """Re-key: the new database key sealed to every enabled slot (address -> public key)."""
    for address, slot in store.slots.items():
        if "sealed" in slot and address in public_keys:
            slot["sealed"] = seal_to(public_keys[address], database_key,
                                     _sealed_aad(store, address))
        elif "sealed" in slot:
            slot.pop("sealed")  # no certified key: no access until an admin enables it
    store.save()


def drop_slot(store: KeyStore, secret: bytes, username: str) -> None:
    store.slots.pop(slot_address(secret, username), None)
    store.save()


def clear_failures(store: KeyStore, secret: bytes, username: str) -> None:
    slot = store.slots.get(slot_address(secret, username))
    if slot is not None:
        slot.pop("failures", None)
        slot.pop("locked_until", None)
        store.save()


def take_failed_attempts(store: KeyStore, secret: bytes, username: str) -> list[str]:
    """Wrong passwords tried on the account's slot since the last look (ISO times)."""
    slot = store.slots.get(slot_address(secret, username))
    if slot is None or not slot.get("failed_at"):
        return []
    found: list[str] = slot.pop("failed_at")
    store.save()
    return found


def has_slot(store: KeyStore, secret: bytes, username: str) -> bool:
    return slot_address(secret, username) in store.slots
