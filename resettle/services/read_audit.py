"""Reads of personal data that take no write lock, audited in batches (issue 15).

Search as you type asks for a screen of rows on every keystroke (`Cases.first_rows`), then
every matching id (`find_ids`), then more rows as the list scrolls (`rows`). Writing an
audit row for each would take SQLite's write lock on every keystroke, so each of those reads
is only *noted* here, in memory, and the reads of one session are written as ONE audit row
(`view` `reads`) once the user has stopped for a moment (`IDLE` seconds without a read), on
`flush()`, and at exit. The row says what was read: each search as typed (every text on the
way, and where it settled), its filters and result count, the ids of the rows shown, and
the photos looked at. Search terms are stored only there, in the encrypted database.

The row is signed with the key the reader's log-in unlocked, taken when the read was noted,
so a batch written after the session ended (lock, log-out, account disabled) is still
signed by its author.
"""

from __future__ import annotations

import atexit
import logging
import threading
import weakref
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session

from resettle.storage import audit_chain

from .context import Actor, Context

IDLE = 1.5  # seconds without a read before a batch is written (the list's debounce is 0.15)
MAX_IDS = 1000  # ids of rows shown kept in one row (the count is always kept)
_log = logging.getLogger(__name__)


@dataclass
class _Batch:
    actor: Actor
    signer: Ed25519PrivateKey | None
    first: datetime
    reads: int = 0
    queries: list[dict[str, Any]] = field(default_factory=list)
    ids: dict[int, None] = field(default_factory=dict)  # ordered set
    ids_total: int = 0
    photos: dict[int, str] = field(default_factory=dict)  # case id -> case number

    def details(self) -> dict[str, Any]:
        out: dict[str, Any] = {"reads": self.reads, "first_read_at": self.first.isoformat()}
        if self.queries:
            out["queries"] = self.queries
        if self.ids_total:
            out["ids"] = list(self.ids)[:MAX_IDS]
            out["ids_shown"] = self.ids_total
        if self.photos:
            out["photos"] = sorted(self.photos.values())
        return out


def query_details(query: Any) -> dict[str, Any]:
    """A CaseQuery as the audit row keeps it: the search text and every filter set."""
    out: dict[str, Any] = {}
    for name in ("stage", "caseworker", "group", "custody_status", "flag"):
        value = getattr(query, name, None)
        if value:
            out[name] = value
    if getattr(query, "as_of", None) is not None:
        out["as_of"] = query.as_of.isoformat()
    return out


class ReadLog:
    """Pending reads per session; one audit row per session and settled burst of reading."""

    def __init__(self, ctx: Context, idle: float | None = IDLE) -> None:
        self.ctx = ctx
        self.idle = idle
        self._batches: dict[str, _Batch] = {}
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        self.written = 0  # audit rows written (tests, the benchmark)

    # noting: memory only, never the database
    def _batch(self, reader: Actor) -> _Batch:
        batch = self._batches.get(reader.session)
        if batch is None:
            batch = _Batch(reader, self.ctx.signer(reader), self.ctx.now())
            self._batches[reader.session] = batch
        batch.reads += 1
        return batch

    def search(self, reader: Actor, query: Any, *, results: int | None = None,
               shown: list[int] | None = None) -> None:
        """A list query: its text joins the search being typed when the filters are the
        same (one entry per search, every text typed on the way kept in order)."""
        text = str(getattr(query, "search", "") or "").strip()
        filters = query_details(query)
        with self._lock:
            batch = self._batch(reader)
            last = batch.queries[-1] if batch.queries else None
            if last is None or last["filters"] != filters:
                last = {"search": text, "typed": [], "filters": filters}
                batch.queries.append(last)
            if not last["typed"] or last["typed"][-1] != text:
                last["typed"].append(text)
            last["search"] = text
            if results is not None:
                last["results"] = results
            self._shown(batch, shown or [])
        self._arm()

    def rows(self, reader: Actor, shown: list[int]) -> None:
        with self._lock:
            self._shown(self._batch(reader), shown)
        self._arm()

    def photo(self, reader: Actor, case_id: int, case_no: str) -> None:
        with self._lock:
            self._batch(reader).photos[case_id] = case_no
        self._arm()

    @staticmethod
    def _shown(batch: _Batch, ids: list[int]) -> None:
        for i in ids:
            if i not in batch.ids:
                batch.ids[i] = None
                batch.ids_total += 1

    def pending(self) -> int:
        with self._lock:
            return len(self._batches)

    # writing
    def _arm(self) -> None:
        if self.idle is None:
            return
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.idle, self._on_idle)
            self._timer.daemon = True
            self._timer.start()

    def _on_idle(self) -> None:
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - a background thread: say it, the next flush retries
            _log.exception("reads could not be audited")

    def flush(self, reader: Actor | None = None, session: Session | None = None) -> int:
        """Write the pending reads (of `reader`, or of everyone) now: one row per session,
        in `session`'s transaction when given (a write the caller makes anyway), else in
        one of its own. Returns the number of rows written. A batch that fails to write
        stays pending."""
        with self._lock:
            keys = [k for k, b in self._batches.items()
                    if reader is None or b.actor.session == reader.session]
            batches = [self._batches.pop(k) for k in keys]
            if not self._batches and self._timer is not None:
                self._timer.cancel()
                self._timer = None
        written = 0
        for i, batch in enumerate(batches):
            try:
                if session is not None:
                    self._append(session, batch)
                else:
                    self._write(batch)
            except BaseException:
                with self._lock:  # keep what was not written, for the next flush
                    for rest in batches[i:]:
                        self._batches.setdefault(rest.actor.session, rest)
                raise
            written += 1
        self.written += written
        return written

    def _write(self, batch: _Batch) -> None:
        """One writer transaction; the row is chained like any other (Tx.audit) and signed
        by the key noted with the reads (the session may have ended since)."""
        with self.ctx.db.writer() as session, session.begin():
            session.info.update(now=self.ctx.now(), actor_id=batch.actor.id)
            self._append(session, batch)

    def _append(self, session: Session, batch: _Batch) -> None:
        audit_chain.append(
            session, self.ctx.db.audit_key, at=self.ctx.now(), actor_id=batch.actor.id,
            actor=batch.actor.username, action="view", entity="reads",
            details=batch.details(), signer=batch.signer)

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None


_ATTR = "_read_log"
_open_logs: weakref.WeakSet[ReadLog] = weakref.WeakSet()


def log_of(ctx: Context) -> ReadLog:
    """The context's read log (one per open database, shared by every service)."""
    found = ctx.__dict__.get(_ATTR)
    if found is None:
        found = ReadLog(ctx)
        ctx.__dict__[_ATTR] = found
        _open_logs.add(found)
    assert isinstance(found, ReadLog)
    return found


@atexit.register
def _flush_at_exit() -> None:
    for log in list(_open_logs):
        try:
            log.close()
            log.flush()
        except Exception:  # noqa: BLE001 - the database may be gone already
            _log.exception("reads could not be audited at exit")
