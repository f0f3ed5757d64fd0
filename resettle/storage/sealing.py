"""Attachment blobs sealed with AES-GCM under a key derived from the database key, bound to
their row; re-sealed when the key rotates, so PostgreSQL and backups never hold plaintext."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.orm import Session

from resettle.domain.errors import RuleViolation

from .models import Attachment

FORMAT = b"\x01"
NONCE = 12


def _aad(attachment_id: int, case_id: int) -> bytes:
    """Binds the blob to its row, so a blob copied onto another attachment will not open."""
    return f"resettle attachment {attachment_id} case {case_id}".encode()


def seal(key: bytes, plaintext: bytes, attachment_id: int, case_id: int) -> bytes:
    nonce = os.urandom(NONCE)
    return FORMAT + nonce + AESGCM(key).encrypt(nonce, plaintext,
                                                 _aad(attachment_id, case_id))


def unseal(key: bytes, blob: bytes, attachment_id: int, case_id: int) -> bytes:
    if blob[:1] != FORMAT:
        raise RuleViolation("attachment_unknown_format", id=attachment_id)
    nonce, sealed = blob[1:1 + NONCE], blob[1 + NONCE:]
    try:
        return AESGCM(key).decrypt(nonce, sealed, _aad(attachment_id, case_id))
    except InvalidTag:
        raise RuleViolation("attachment_altered", id=attachment_id) from None


def reseal_all(session: Session, old_key: bytes, new_key: bytes) -> int:
    """Key rotation: every blob opened with the old key and sealed again with the new one."""
    count = 0
    for a in session.scalars(select(Attachment).execution_options(yield_per=100)):
        a.content = seal(new_key, unseal(old_key, a.content, a.id, a.case_id), a.id, a.case_id)
        count += 1
    return count
