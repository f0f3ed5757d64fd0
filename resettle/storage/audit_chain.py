"""The append-only audit chain: each row's HMAC covers the previous row's hash and its content,
and its author's Ed25519 signature covers the content (storage.signing)."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from . import signing
from .audit_row import ChainReport as ChainReport
from .audit_row import canonical as canonical
from .models import AuditEntry, AuditHead

GENESIS = "0" * 64


def row_mac(key: bytes, prev_hash: str, content: bytes) -> str:
    return hmac.new(key, prev_hash.encode() + content, hashlib.sha256).hexdigest()


def _entry_content(e: AuditEntry) -> bytes:
    return canonical(e.id, e.at, e.actor_id, e.actor, e.action, e.entity, e.entity_id,
                     e.case_id, e.details)


def append(session: Session, key: bytes, *, at: datetime, actor_id: int | None, actor: str,
           action: str, entity: str, entity_id: str = "", case_id: int | None = None,
           details: dict[str, Any] | None = None,
           signer: Ed25519PrivateKey | None = None) -> AuditEntry:
    """Append one row in the caller's transaction; locking the head serialises writers.
    `signer` is the actor's private key (unlocked by their log-in): it signs the content."""
    if not key:  # server mode: the server computes the chain with a key clients cannot read
        from .server import audit_sql
        return audit_sql.append(session, at=at, actor_id=actor_id, actor=actor, action=action,
                                entity=entity, entity_id=entity_id, case_id=case_id,
                                details=details, signer=signer)
    head = session.execute(  # the first migration writes it; without it the chain is broken
        select(AuditHead).where(AuditHead.id == 1).with_for_update()
    ).scalar_one()
    details = json.loads(json.dumps(details or {}, default=str))  # exactly what is stored
    entry = AuditEntry(id=head.last_id + 1, at=at, actor_id=actor_id, actor=actor,
                       action=action, entity=entity, entity_id=entity_id, case_id=case_id,
                       details=details, prev_hash=head.last_hash)
    content = _entry_content(entry)
    entry.row_hash = row_mac(key, head.last_hash, content)
    entry.signature = signing.sign(signer, content) if signer is not None else None
    session.add(entry)
    head.last_id, head.last_hash = entry.id, entry.row_hash
    return entry


def _kept(prev: str, content: bytes, signature: str | None) -> str:
    """A plain hash chain beside the keyed one: independent of the database key, so a head
    kept on paper still matches after a re-key, and no key holder can rewrite before it."""
    return hashlib.sha256(prev.encode() + content + (signature or "").encode()).hexdigest()


def parse_kept_head(text: str) -> tuple[int, str]:
    row, _, digest = text.strip().partition(":")
    if not row.isdigit() or len(digest) != 64:
        raise ValueError("not a kept head")
    return int(row), digest.lower()


def verify_rows(key: bytes | None, entries: Iterable[AuditEntry], head: AuditHead | None,
                against: tuple[int, str] | None = None) -> ChainReport:
    """Walk the chain in id order; name the first row altered, removed or reordered, every
    row not signed by its actor, and a kept head (`against`) the chain no longer holds."""
    prev_hash, expected_id, rows = GENESIS, 1, 0
    history, forged, first_problem = signing.KeyHistory(), [], ""
    kept, against_ok = GENESIS, against is None
    for e in entries:
        if e.id != expected_id:
            return ChainReport(False, rows, prev_hash, expected_id,
                               f"row {expected_id} is missing (next row found is {e.id})")
        if e.prev_hash != prev_hash:
            return ChainReport(False, rows, prev_hash, e.id,
                               f"row {e.id} does not follow row {e.id - 1} (removed or reordered)")
        content = _entry_content(e)
        if key is not None and not hmac.compare_digest(row_mac(key, prev_hash, content),
                                                       e.row_hash):  # None: server checks
            return ChainReport(False, rows, prev_hash, e.id, f"row {e.id} was altered")
        kept = _kept(kept, content, e.signature)
        if against is not None and e.id == against[0]:
            against_ok = hmac.compare_digest(kept, against[1])
        problem = history.check(e.id, e.actor_id, e.actor, e.action, e.entity, e.entity_id,
                                e.details, content, e.signature)
        if problem:
            forged.append(e.id)
            first_problem = first_problem or problem
        prev_hash, expected_id, rows = e.row_hash, expected_id + 1, rows + 1
    last_id = head.last_id if head else 0
    if last_id != rows or (head is not None and head.last_hash != prev_hash):
        return ChainReport(False, rows, prev_hash, rows + 1,
                           f"the chain ends at row {rows} but its head says row {last_id} "
                           "(rows removed from the end)")
    if not against_ok and against is not None:
        return ChainReport(False, rows, prev_hash, against[0],
                           f"the kept head of row {against[0]} does not match: rows up to it "
                           "were rewritten (or it was never in this chain)", tuple(forged))
    if forged:
        more = f" ({len(forged)} rows in all: {', '.join(map(str, forged[:20]))})" \
            if len(forged) > 1 else ""
        return ChainReport(False, rows, prev_hash, forged[0], first_problem + more,
                           tuple(forged))
    return ChainReport(True, rows, prev_hash, kept_head=f"{rows}:{kept}")


def verify(session: Session, key: bytes, against: tuple[int, str] | None = None) -> ChainReport:
    if not key:  # server mode: the MACs are checked by the server (storage.server.audit_sql)
        from .server import audit_sql
        return audit_sql.verify(session, verify_rows, against)
    entries = session.execute(
        select(AuditEntry).order_by(AuditEntry.id).execution_options(yield_per=2000)
    ).scalars()
    head = session.get(AuditHead, 1)
    return verify_rows(key, entries, head, against)


def rechain(session: Session, old_key: bytes, new_key: bytes) -> None:
    """Re-sign the whole chain with a new key (key rotation), after checking it with the old."""
    report = verify(session, old_key)
    if not report.ok and report.first_bad_id is not None and not report.forged:
        raise ValueError(f"audit chain is broken before rotation: {report.problem}")
    rechain_unchecked(session, new_key)


def rechain_unchecked(session: Session, new_key: bytes) -> None:
    """Recompute every row's MAC under `new_key` (what a holder of the database key can do:
    the signatures and a kept head are what it cannot redo)."""
    prev = GENESIS
    for e in session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
        e.prev_hash = prev
        e.row_hash = prev = row_mac(new_key, prev, _entry_content(e))
    head = session.get(AuditHead, 1)
    if head is not None:
        head.last_hash = prev


def current_head(session: Session) -> str:
    head = session.get(AuditHead, 1)
    return head.last_hash if head else GENESIS
