"""The unit of work every service call runs in: permission, one transaction, its audit rows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from resettle.domain.errors import Conflict, PermissionDenied
from resettle.domain.roles import Action, Role, allowed
from resettle.storage import audit_chain
from resettle.storage.database import Database
from resettle.storage.engine import storage_failure


@dataclass(frozen=True)
class Actor:
    """Who is acting: the logged-in user (or the system during set-up)."""

    id: int | None
    username: str
    role: Role
    display_name: str = ""
    language: str = "ko"


SYSTEM = Actor(None, "system", Role.ADMIN)


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    """What every service needs: the open database and a clock (replaceable in tests)."""

    db: Database
    clock: Callable[[], datetime] = field(default=_utcnow)

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().astimezone().date()


@dataclass
class Tx:
    """An open transaction for one actor; `audit` adds a chained row to the same transaction."""

    ctx: Context
    actor: Actor
    session: Session

    def require(self, action: Action) -> None:
        if not allowed(self.actor.role, action):
            raise PermissionDenied(self.actor.role.value, action.value)

    def audit(self, action: str, entity: str, entity_id: object = "",
              case_id: int | None = None, details: dict[str, Any] | None = None) -> str:
        """Returns the new chain head (printed on reports)."""
        return audit_chain.append(
            self.session, self.ctx.db.audit_key, at=self.ctx.now(), actor_id=self.actor.id,
            actor=self.actor.username, action=action, entity=entity,
            entity_id=str(entity_id), case_id=case_id, details=details,
        ).row_hash


@contextmanager
def transaction(ctx: Context, actor: Actor, action: Action | None = None, *,
                read_only: bool = False) -> Iterator[Tx]:
    """One transaction; a denial is rolled back and then recorded in an audit row of its own.
    `read_only` is for reads that write no audit row (the list behind search as you type):
    they do not take SQLite's write lock, so they never wait behind a writer or each other."""
    try:
        with (ctx.db.reader() if read_only else ctx.db.writer()) as session, session.begin():
            session.info.update(now=ctx.now(), actor_id=actor.id)
            tx = Tx(ctx, actor, session)
            if action is not None:
                tx.require(action)
            yield tx
    except PermissionDenied as denied:
        record_denial(ctx, actor, denied)
        raise
    except StaleDataError as exc:
        raise Conflict("record", "?", {}, {}) from exc
    except OperationalError as exc:  # disk full, read-only, I/O error: typed, nothing saved
        failure = storage_failure(exc)
        if failure is None:
            raise
        raise failure from exc


def record_denial(ctx: Context, actor: Actor, denied: PermissionDenied) -> None:
    with ctx.db.writer() as session, session.begin():
        Tx(ctx, actor, session).audit("permission_denied", "action", denied.params["action"],
                                      details={"role": actor.role.value,
                                               **{k: str(v) for k, v in denied.params.items()
                                                  if k not in ("role", "action")}})


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Field-level before/after for the audit row: only the fields that changed."""
    return {k: {"before": before.get(k), "after": v} for k, v in after.items()
            if before.get(k) != v}
