"""Per-case keys for the audit log: a case's personal details in audit rows are sealed with
AES-GCM under its own key, and the chain is computed over the sealed form. Erasure deletes
the key, so the rows stay (and the chain verifies) while what they held can no longer be read."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .models import CaseKey

SEALED = "sealed"  # the details key holding the sealed part
ERASED = "erased"  # what a reader sees instead, once the case's key is gone
PREFIX = "v1:"
NONCE = 12
# Codes, dates, counts and hashes: kept readable in the audit row (the viewer filters and
# the statistics of who did what need them). Everything else a case row holds is sealed.
PLAIN_KEYS = frozenset({
    "stage", "status", "arrival_date", "count", "results", "restricted",
    "restricted_included", "media_type", "size", "sha256", "category", "duplicate_of",
    "override", "effective_date", "days", "photo", "decision", "ground", "flag", "kind",
    "relation", "location", "at_risk", "recipient", "fields", "with_names", "consent",
    "what", "until", "state", "from_stage", "to_stage", "group", "due_on", "rule_from",
    "container", "format", "rows", "attended", "valid_from", "valid_until", "withdrawn_on",
})


def _aad(case_id: int) -> bytes:
    return f"resettle audit details case {case_id}".encode()


def key_for(session: Session, case_id: int, *, create: bool = True) -> bytes | None:
    row = session.get(CaseKey, case_id)
    if row is None and create:
        row = CaseKey(case_id=case_id, key=AESGCM.generate_key(bit_length=256))
        session.add(row)
        session.flush()
    return row.key if row is not None else None


def seal_details(session: Session, case_id: int, details: dict[str, Any]) -> dict[str, Any]:
    """The details as stored: codes in the clear, the rest sealed under the case's key."""
    normal = json.loads(json.dumps(details, default=str))
    plain = {k: v for k, v in normal.items() if k in PLAIN_KEYS}
    private = {k: v for k, v in normal.items() if k not in PLAIN_KEYS}
    if not private:
        return plain
    key = key_for(session, case_id)
    assert key is not None
    nonce = os.urandom(NONCE)
    blob = nonce + AESGCM(key).encrypt(nonce, json.dumps(
        private, sort_keys=True, ensure_ascii=False).encode(), _aad(case_id))
    return {**plain, SEALED: PREFIX + base64.b64encode(blob).decode()}


def open_details(session: Session, case_id: int | None, details: dict[str, Any],
                 keys: dict[int, bytes | None] | None = None) -> dict[str, Any]:
    """The details as written; after erasure the sealed part reads {"erased": true}.
    `keys` caches the case keys over many rows."""
    sealed = details.get(SEALED)
    if case_id is None or not isinstance(sealed, str) or not sealed.startswith(PREFIX):
        return dict(details)
    cache = keys if keys is not None else {}
    if case_id not in cache:
        cache[case_id] = key_for(session, case_id, create=False)
    key = cache[case_id]
    rest = {k: v for k, v in details.items() if k != SEALED}
    if key is None:
        return {**rest, ERASED: True}
    blob = base64.b64decode(sealed[len(PREFIX):])
    try:
        private = json.loads(AESGCM(key).decrypt(blob[:NONCE], blob[NONCE:], _aad(case_id)))
    except InvalidTag:
        return {**rest, ERASED: True}
    return {**rest, **private}


def unsealed(details: dict[str, Any]) -> bool:
    """A case row written before sealing (revision 0010) that holds more than codes."""
    return SEALED not in details and any(k not in PLAIN_KEYS for k in details)


def destroy(session: Session, case_id: int) -> bool:
    """Erasure: the case's key is deleted; returns whether there was one."""
    result = session.execute(delete(CaseKey).where(CaseKey.case_id == case_id))
    return bool(getattr(result, "rowcount", 0))


def cases_with_keys(session: Session) -> set[int]:
    return set(session.scalars(select(CaseKey.case_id)))
