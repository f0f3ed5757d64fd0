"""What an audit row's MAC and signature cover (its canonical content) and what a chain check
reports: shared by the local chain (storage.audit_chain) and the server's (storage.server.
audit_sql), so that neither imports the other."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any


def canonical(entry_id: int, at: datetime, actor_id: int | None, actor: str, action: str,
              entity: str, entity_id: str, case_id: int | None,
              details: dict[str, Any]) -> bytes:
    content = {
        "id": entry_id, "at": at.isoformat(timespec="microseconds"), "actor_id": actor_id,
        "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
        "case_id": case_id, "details": details,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    head: str
    first_bad_id: int | None = None
    problem: str = ""
    forged: tuple[int, ...] = ()  # rows not signed by their actor
    unexpected: tuple[str, ...] = ()  # schema objects the migrations did not create
    kept_head: str = ""  # "<row>:<digest>" to keep elsewhere (survives a re-key)
