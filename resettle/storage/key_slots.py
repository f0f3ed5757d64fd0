"""Per-account keys: a signing and a sealing key pair per user, wrapped by their password.

One Argon2id run per log-in (`password_key`) feeds two wrappings of the same private keys:
- in the database (`user_keys`), under the password alone, for a log-in to an open database;
- in the key slot beside it (keystore.json), under the password AND the computer's secret
  (credential store entry, or the passphrase where there is none).
The database key is sealed (X25519 + AES-GCM) to each enabled account's public key, so an
administrator holding the database key can give access back (enable, re-key) without the
user's password, and nothing outside the slot's private key opens it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# The password KDF of the log-in: Argon2id, OWASP's minimum (19 MiB, 2 passes), run once.
PASSWORD_KDF = {"time_cost": 2, "memory_kib": 19 * 1024, "parallelism": 1}
_RAW = serialization.Encoding.Raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(text: str) -> bytes:
    return base64.b64decode(text)


def hkdf(material: bytes, info: str, salt: bytes | None = None) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt, info.encode()).derive(material)


def password_key(password: str, salt: bytes, params: dict[str, int]) -> bytes:
    """The one slow step of a log-in."""
    return hash_secret_raw(password.encode(), salt, time_cost=params["time_cost"],
                           memory_cost=params["memory_kib"], parallelism=params["parallelism"],
                           hash_len=32, type=Type.ID)


def database_kek(pw_key: bytes) -> bytes:
    """Wraps the private keys kept in the encrypted database (the password alone)."""
    return hkdf(pw_key, "resettle user keys in database v1")


def slot_kek(pw_key: bytes, store_secret: bytes, database_id: str) -> bytes:
    """Wraps the private keys in the key slot: the password AND the computer's secret."""
    return hkdf(pw_key + store_secret, "resettle key slot v1", database_id.encode())


def wrap(kek: bytes, data: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    return {"nonce": b64(nonce), "wrapped": b64(AESGCM(kek).encrypt(nonce, data, aad))}


def unwrap(kek: bytes, blob: dict[str, str], aad: bytes) -> bytes | None:
    """None when the key is wrong (AES-GCM's tag): this is what proves a password."""
    try:
        return AESGCM(kek).decrypt(unb64(blob["nonce"]), unb64(blob["wrapped"]), aad)
    except (InvalidTag, KeyError, ValueError):
        return None


def slot_address(store_secret: bytes, username: str) -> str:
    """Where a user's slot is: a keyed hash of the name, never the name in clear."""
    return hmac.new(store_secret, b"resettle slot " + username.encode(),
                    hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class UserKeys:
    """A user's private keys: Ed25519 signs their audit rows, X25519 opens what is sealed
    to them (the database key)."""

    sign: Ed25519PrivateKey
    seal: X25519PrivateKey

    @classmethod
    def generate(cls) -> UserKeys:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_raw(cls, raw: bytes) -> UserKeys:
        return cls(Ed25519PrivateKey.from_private_bytes(raw[:32]),
                   X25519PrivateKey.from_private_bytes(raw[32:64]))

    def raw(self) -> bytes:
        fmt, none = serialization.PrivateFormat.Raw, serialization.NoEncryption()
        return (self.sign.private_bytes(_RAW, fmt, none)
                + self.seal.private_bytes(_RAW, fmt, none))

    @property
    def sign_public(self) -> str:
        return self.sign.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw).hex()

    @property
    def seal_public(self) -> str:
        return self.seal.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw).hex()


def new_salt() -> bytes:
    return secrets.token_bytes(16)


def seal_to(public_hex: str, secret: bytes, aad: bytes) -> dict[str, str]:
    """Encrypt `secret` so that only the holder of the X25519 private key opens it."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)))
    epk = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return {"epk": epk.hex(), **wrap(hkdf(shared, "resettle sealed key v1", epk), secret, aad)}


def unseal(private: X25519PrivateKey, blob: dict[str, str], aad: bytes) -> bytes | None:
    try:
        epk = bytes.fromhex(blob["epk"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
    except (KeyError, ValueError):
        return None
    return unwrap(hkdf(shared, "resettle sealed key v1", epk), blob, aad)


def sign_public_key(public_hex: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
