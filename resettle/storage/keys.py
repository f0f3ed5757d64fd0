"""The database key: random 256 bits, released only by a log-in (two factors, see KeyStore).

A recovery key (shown once at init) wraps the same database key, so the database can be
reopened when the credential store is lost. The key file `keystore.json` holds only wrapped
and sealed keys and KDF parameters, never a key itself.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from resettle.domain.errors import InvalidInput, UnlockFailed
from resettle.startup import env

from .engine import KEY_BYTES

SERVICE = "Resettle"
KEYRING, PASSPHRASE = "keyring", "passphrase"
# Argon2id for the passphrase: 64 MiB, 3 passes (OWASP's first recommendation is 46 MiB).
ARGON2 = {"time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 4}
MIN_PASSPHRASE = 12
_REAL_BACKENDS = ("SecretService", "kwallet", "macOS", "Windows", "libsecret")
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed by hand


def credential_store() -> keyring.backend.KeyringBackend | None:
    """The OS credential store, or None: fail, null and plaintext backends do not count."""
    if env("RESETTLE_KEY_MODE") == PASSPHRASE:
        return None
    backend = keyring.get_keyring()
    candidates = getattr(backend, "backends", [backend])
    for candidate in candidates:
        module = type(candidate).__module__
        if module.startswith("keyring.backends.") and module.rsplit(".", 1)[1] in _REAL_BACKENDS:
            try:
                if candidate.priority > 0:
                    return candidate  # type: ignore[no-any-return]
            except Exception:  # noqa: BLE001, S112 - a backend that cannot run is no store
                continue
    return None


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """160 random bits as 32 characters in groups of four."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(32))
    return "-".join(raw[i : i + 4] for i in range(0, 32, 4))


def _normalise_recovery(text: str) -> str:
    raw = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(raw) != 32 or any(ch not in _ALPHABET for ch in raw):
        raise InvalidInput("recovery_key", "recovery_key_format")
    return raw


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


def _wrap(kek: bytes, key: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, key, aad))}


def _unwrap(kek: bytes, blob: dict[str, str], aad: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(_unb64(blob["nonce"]), _unb64(blob["wrapped"]), aad)
    except InvalidTag:
        return None


def passphrase_kek(passphrase: str, salt: bytes, params: dict[str, int]) -> bytes:
    return hash_secret_raw(
        passphrase.encode(), salt, time_cost=params["time_cost"],
        memory_cost=params["memory_kib"], parallelism=params["parallelism"],
        hash_len=32, type=Type.ID,
    )


def recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    raw = _normalise_recovery(recovery_key).encode()
    return HKDF(hashes.SHA256(), 32, salt, b"resettle recovery key v1").derive(raw)


def derive(key: bytes, purpose: str) -> bytes:
    """A sub-key for one purpose (audit chain, attachments) from the database key."""
    return HKDF(hashes.SHA256(), 32, None, f"resettle {purpose} v1".encode()).derive(key)


@dataclass
class KeyStore:
    """keystore.json beside the database: wrapped keys, key slots and KDF parameters.

    Format 2 (two factors): the credential store holds only a random *store secret* (in
    passphrase mode the passphrase derives it); each account's slot wraps that account's
    private keys under its password AND the store secret, and the database key is sealed
    to the account's public key. The recovery key wraps the database key on its own (it is
    kept on paper, away from the computer). Format 1 (the credential store or the passphrase
    alone released the database key) is read for the upgrade: see `legacy`.
    """

    path: Path
    data: dict[str, Any]
    # the credential store this key store was opened with (not saved): for end_upgrade
    backend: keyring.backend.KeyringBackend | None = field(default=None, repr=False)

    @property
    def mode(self) -> str:
        return str(self.data["mode"])

    @property
    def database_id(self) -> str:
        return str(self.data["database_id"])

    @property
    def _aad(self) -> bytes:
        return self.database_id.encode()

    @property
    def legacy(self) -> bool:
        """A format-1 key (single factor) still exists: the upgrade is not finished."""
        return int(self.data.get("format", 1)) < 2 or "legacy" in self.data

    @property
    def slots(self) -> dict[str, dict[str, Any]]:
        return self.data.setdefault("slots", {})  # type: ignore[no-any-return]

    @classmethod
    def load(cls, path: Path) -> KeyStore:
        try:
            store = cls(path, json.loads(path.read_text()))
            store._check()
            return store
        except FileNotFoundError:
            raise UnlockFailed("key_file_missing", path=path) from None
        except (ValueError, OSError, KeyError, TypeError, AttributeError) as exc:
            raise UnlockFailed("key_file_damaged", path=path) from exc

    def _check(self) -> None:
        """Every field the key store reads is there and well-formed (else: damaged)."""
        if self.mode not in (KEYRING, PASSPHRASE):
            raise ValueError("unknown mode")
        uuid.UUID(self.database_id)
        blobs = [self.data["recovery"]]
        if self.mode == PASSPHRASE:
            blobs.append(self.data["passphrase"])
        for blob in blobs:
            for name in ("salt", "nonce", "wrapped") if "wrapped" in blob else ("salt",):
                base64.b64decode(blob[name], validate=True)
        if self.mode == PASSPHRASE:
            for param in ARGON2:
                int(self.data["passphrase"][param])
        for slot in self.data.get("slots", {}).values():
            for name in ("salt", "nonce", "wrapped"):
                base64.b64decode(slot[name], validate=True)

    @classmethod
    def create(cls, path: Path, key: bytes, *, passphrase: str | None,
               backend: keyring.backend.KeyringBackend | None,
               install_key: bytes = b"") -> tuple[KeyStore, bytes, str]:
        """A new key store; returns it, the store secret and the recovery key (shown once)."""
        store = cls(path, {"format": 2, "database_id": str(uuid.uuid4()), "slots": {}})
        secret = store.protect(passphrase=passphrase, backend=backend)
        return store, secret, store.new_recovery(key, install_key)

    def protect(self, *, passphrase: str | None,
                backend: keyring.backend.KeyringBackend | None) -> bytes:
        """A new store secret, in the credential store, or derived from the passphrase where
        there is none. Every slot made under the old secret stops opening. Returns it."""
        if backend is None:
            if passphrase is None:
                raise UnlockFailed("no_store_no_passphrase")
            check_passphrase(passphrase)
            salt = secrets.token_bytes(16)
            kek = passphrase_kek(passphrase, salt, ARGON2)
            self.data["mode"] = PASSPHRASE
            self.data["passphrase"] = {"kdf": "argon2id", **ARGON2, "salt": _b64(salt),
                                       "check": _b64(derive(kek, "passphrase check"))}
            secret = derive(kek, "store secret")
        else:
            secret = secrets.token_bytes(32)
            self.data["mode"] = KEYRING
            self.data.pop("passphrase", None)
            backend.set_password(SERVICE, self._secret_account, secret.hex())
        self.data["format"] = 2
        self._save()
        return secret

    def store_secret(self, passphrase: str | None = None,
                     backend: keyring.backend.KeyringBackend | None = None) -> bytes:
        """What this computer holds (or the passphrase stands in for): one of two factors."""
        if self.mode == KEYRING:
            store = backend or credential_store()
            found = store.get_password(SERVICE, self._secret_account) if store else None
            if not found:
                raise UnlockFailed("key_not_in_store")
            return bytes.fromhex(found)
        if passphrase is None:
            raise UnlockFailed("passphrase_needed")
        blob = self.data["passphrase"]
        kek = passphrase_kek(passphrase, _unb64(blob["salt"]), {p: int(blob[p]) for p in ARGON2})
        if "check" not in blob:  # format 1: the passphrase wrapped the database key
            if _unwrap(kek, blob, self._aad) is None:
                raise UnlockFailed("passphrase_wrong")
        elif not hmac.compare_digest(_unb64(blob["check"]), derive(kek, "passphrase check")):
            raise UnlockFailed("passphrase_wrong")
        return derive(kek, "store secret")

    def new_recovery(self, key: bytes, install_key: bytes = b"") -> str:
        """Wrap the key (and the installation's signing key) with a fresh recovery key; the
        old recovery key stops working."""
        recovery = new_recovery_key()
        salt = secrets.token_bytes(16)
        kek = recovery_kek(recovery, salt)
        self.data["recovery"] = {"salt": _b64(salt), **_wrap(kek, key, self._aad)}
        if install_key:
            self.data["recovery"]["install"] = _wrap(kek, install_key, b"install " + self._aad)
        self._save()
        return recovery

    @property
    def _account(self) -> str:
        return f"database-key:{self.database_id}"

    @property
    def _secret_account(self) -> str:
        return f"store-secret:{self.database_id}"

    def _save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=2))
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def save(self) -> None:
        self._save()

    # -- format 1: the single-factor key, kept only until every account has a slot --

    def legacy_keys(self, passphrase: str | None = None,
                    backend: keyring.backend.KeyringBackend | None = None) -> list[bytes]:
        """The database key as format 1 kept it (credential store or passphrase alone)."""
        if self.mode == KEYRING:
            store = backend or credential_store()
            found = [store.get_password(SERVICE, a) for a in self._accounts()] if store else []
            keys = [bytes.fromhex(k) for k in found if k]
            if not keys:
                raise UnlockFailed("key_not_in_store")
            return keys
        if passphrase is None:
            raise UnlockFailed("passphrase_needed")
        blob = self.data.get("legacy", {}).get("passphrase", self.data["passphrase"])
        key = _unwrap(passphrase_kek(passphrase, _unb64(blob["salt"]),
                                     {p: int(blob[p]) for p in ARGON2}), blob, self._aad)
        if key is None:
            raise UnlockFailed("passphrase_wrong")
        return [key]

    def begin_upgrade(self, passphrase: str | None,
                      backend: keyring.backend.KeyringBackend | None) -> bytes:
        """Format 1 -> 2: a store secret is made (the passphrase derives it); the old key
        stays until `end_upgrade`. Returns the store secret."""
        if not self.legacy or "legacy" in self.data:
            return self.store_secret(passphrase, backend)
        legacy: dict[str, Any] = {"mode": self.mode}
        if self.mode == PASSPHRASE:
            blob = dict(self.data["passphrase"])
            legacy["passphrase"] = blob
            kek = passphrase_kek(passphrase or "", _unb64(blob["salt"]),
                                 {p: int(blob[p]) for p in ARGON2})
            self.data["passphrase"] = {k: blob[k] for k in ("kdf", *ARGON2, "salt")
                                       if k in blob} | {
                "check": _b64(derive(kek, "passphrase check"))}
            secret = derive(kek, "store secret")
        else:
            secret = secrets.token_bytes(32)
            (backend or credential_store()).set_password(  # type: ignore[union-attr]
                SERVICE, self._secret_account, secret.hex())
        self.data["legacy"] = legacy
        self.data["format"] = 2
        self.data.setdefault("slots", {})
        self._save()
        return secret

    def end_upgrade(self, backend: keyring.backend.KeyringBackend | None) -> None:
        """Forget the single-factor key (the credential store entry or passphrase wrapping)."""
        if self.mode == KEYRING:
            store = backend or self.backend or credential_store()
            if store is not None:
                for account in self._accounts():
                    with contextlib.suppress(Exception):
                        store.delete_password(SERVICE, account)
        self.data.pop("legacy", None)
        self._save()

    def recover(self, recovery_key: str) -> list[bytes]:
        keys = [k for blob in self._blobs("recovery")
                if (k := _unwrap(recovery_kek(recovery_key, _unb64(blob["salt"])), blob,
                                 self._aad))]
        if not keys:
            raise UnlockFailed("recovery_key_wrong")
        return keys

    def install_key(self, recovery_key: str) -> bytes | None:
        """The installation's signing key, which only the recovery key unwraps."""
        blob = self.data["recovery"]
        if "install" not in blob:
            return None
        return _unwrap(recovery_kek(recovery_key, _unb64(blob["salt"])), blob["install"],
                       b"install " + self._aad)

    def _blobs(self, kind: str) -> list[dict[str, str]]:
        blobs = [self.data[kind]]
        if kind in self.data.get("previous", {}):
            blobs.append(self.data["previous"][kind])
        return blobs

    def _accounts(self) -> list[str]:
        return [self._account] + ([self._account + ":previous"] if "previous" in self.data else [])

    # -- rotation: the previous recovery blob and sealed keys stay until the swap --

    def begin_rotation(self) -> None:
        """Keep the old key reachable until the re-encrypted file has replaced the old one."""
        self.data["previous"] = {
            "recovery": self.data["recovery"],
            "sealed": {a: s["sealed"] for a, s in self.slots.items() if "sealed" in s}}
        self._save()

    def settle_rotation(self, keys: list[bytes], opened_with: bytes) -> None:
        """After a crash mid-rotation (both keys still kept): keep what opened the file."""
        if "previous" not in self.data or len(keys) != 2:
            return
        if opened_with != keys[0]:  # the file was never swapped: roll the store back
            previous = self.data["previous"]
            self.data["recovery"] = previous["recovery"]
            for address, sealed in previous.get("sealed", {}).items():
                if address in self.slots:
                    self.slots[address]["sealed"] = sealed
        self.end_rotation()

    def end_rotation(self) -> None:
        self.data.pop("previous", None)
        self._save()

    def previous_sealed(self, address: str) -> dict[str, str] | None:
        return self.data.get("previous", {}).get("sealed", {}).get(address)  # type: ignore[no-any-return]

    def forget(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        """Remove this installation's entries from the credential store."""
        store = backend or credential_store()
        if store and self.mode == KEYRING:
            for account in (*self._accounts(), self._secret_account):
                with contextlib.suppress(Exception):
                    store.delete_password(SERVICE, account)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput("passphrase", "too_short", min=MIN_PASSPHRASE)
    from .secret_strength import check_strength  # issue 15: strength, not only length

    check_strength("passphrase", passphrase)
