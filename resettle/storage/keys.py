"""The database key: random 256 bits, held by the OS credential store or wrapped by a passphrase.

A recovery key (shown once at init) wraps the same database key, so the database can be
reopened when the credential store is lost. The key file `keystore.json` holds only wrapped
keys and KDF parameters, never the key itself.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass
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
    """keystore.json beside the database: mode, wrapped keys and KDF parameters."""

    path: Path
    data: dict[str, Any]

    @property
    def mode(self) -> str:
        return str(self.data["mode"])

    @property
    def database_id(self) -> str:
        return str(self.data["database_id"])

    @property
    def _aad(self) -> bytes:
        return self.database_id.encode()

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
        kinds = ["recovery"] + (["passphrase"] if self.mode == PASSPHRASE else [])
        for kind in kinds:
            for blob in self._blobs(kind):
                for name in ("salt", "nonce", "wrapped"):
                    base64.b64decode(blob[name], validate=True)
                for param in ARGON2 if kind == "passphrase" else ():
                    int(blob[param])

    @classmethod
    def create(cls, path: Path, key: bytes, *, passphrase: str | None,
               backend: keyring.backend.KeyringBackend | None) -> tuple[KeyStore, str]:
        """Store a new key; returns the store and the recovery key, which is shown once."""
        store = cls(path, {"format": 1, "database_id": str(uuid.uuid4())})
        store.protect(key, passphrase=passphrase, backend=backend)
        return store, store.new_recovery(key)

    def protect(self, key: bytes, *, passphrase: str | None,
                backend: keyring.backend.KeyringBackend | None) -> None:
        """Put the key in the credential store, or wrap it with the passphrase if there is none."""
        if backend is None:
            if passphrase is None:
                raise UnlockFailed("no_store_no_passphrase")
            check_passphrase(passphrase)
            salt = secrets.token_bytes(16)
            self.data["mode"] = PASSPHRASE
            self.data["passphrase"] = {
                "kdf": "argon2id", **ARGON2, "salt": _b64(salt),
                **_wrap(passphrase_kek(passphrase, salt, ARGON2), key, self._aad),
            }
        else:
            self.data["mode"] = KEYRING
            self.data.pop("passphrase", None)
            backend.set_password(SERVICE, self._account, key.hex())
        self._save()

    def new_recovery(self, key: bytes) -> str:
        """Wrap the key with a fresh recovery key; the old recovery key stops working."""
        recovery = new_recovery_key()
        salt = secrets.token_bytes(16)
        self.data["recovery"] = {"salt": _b64(salt),
                                 **_wrap(recovery_kek(recovery, salt), key, self._aad)}
        self._save()
        return recovery

    @property
    def _account(self) -> str:
        return f"database-key:{self.database_id}"

    def _save(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.data, indent=2))
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def unlock(self, passphrase: str | None = None,
               backend: keyring.backend.KeyringBackend | None = None) -> list[bytes]:
        """The key, then the previous key while a rotation is unfinished (a crash mid-rekey)."""
        if self.mode == KEYRING:
            store = backend or credential_store()
            found = [store.get_password(SERVICE, a) for a in self._accounts()] if store else []
            keys = [bytes.fromhex(k) for k in found if k]
            if not keys:
                raise UnlockFailed("key_not_in_store")
            return keys
        if passphrase is None:
            raise UnlockFailed("passphrase_needed")
        keys = [k for blob in self._blobs("passphrase")
                if (k := _unwrap(passphrase_kek(passphrase, _unb64(blob["salt"]),
                                                {p: int(blob[p]) for p in ARGON2}),
                                 blob, self._aad))]
        if not keys:
            raise UnlockFailed("passphrase_wrong")
        return keys

    def recover(self, recovery_key: str) -> list[bytes]:
        keys = [k for blob in self._blobs("recovery")
                if (k := _unwrap(recovery_kek(recovery_key, _unb64(blob["salt"])), blob,
                                 self._aad))]
        if not keys:
            raise UnlockFailed("recovery_key_wrong")
        return keys

    def _blobs(self, kind: str) -> list[dict[str, str]]:
        blobs = [self.data[kind]]
        if kind in self.data.get("previous", {}):
            blobs.append(self.data["previous"][kind])
        return blobs

    def _accounts(self) -> list[str]:
        return [self._account] + ([self._account + ":previous"] if "previous" in self.data else [])

    def begin_rotation(self, old_key: bytes,
                       backend: keyring.backend.KeyringBackend | None) -> None:
        """Keep the old key reachable until the re-encrypted file has replaced the old one."""
        previous = {k: self.data[k] for k in ("passphrase", "recovery") if k in self.data}
        if self.mode == KEYRING and backend is not None:
            backend.set_password(SERVICE, self._account + ":previous", old_key.hex())
        self.data["previous"] = previous
        self._save()

    def settle_rotation(self, keys: list[bytes], opened_with: bytes,
                        backend: keyring.backend.KeyringBackend | None) -> None:
        """After a crash mid-rotation (both keys still kept): keep the key that opened the
        file and forget the other, so that a later rotation starts from a clean store."""
        if "previous" not in self.data or len(keys) != 2:
            return
        if opened_with != keys[0]:  # the file was never swapped: roll the store back
            self.data.update(self.data["previous"])
            if self.mode == KEYRING and backend is not None:
                backend.set_password(SERVICE, self._account, opened_with.hex())
        self.end_rotation(backend)

    def end_rotation(self, backend: keyring.backend.KeyringBackend | None) -> None:
        if self.mode == KEYRING and backend is not None and "previous" in self.data:
            backend.delete_password(SERVICE, self._account + ":previous")
        self.data.pop("previous", None)
        self._save()

    def forget(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        """Remove the key from the credential store (tests and account removal)."""
        store = backend or credential_store()
        if store and self.mode == KEYRING:
            store.delete_password(SERVICE, self._account)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput("passphrase", "too_short", min=MIN_PASSPHRASE)
