"""The unit of work every service call runs in: permission, one transaction, its audit rows."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from resettle.domain.errors import AuthenticationFailed, Conflict, PermissionDenied
from resettle.domain.roles import Action, Role, allowed
from resettle.storage import audit_chain
from resettle.storage.database import Database
from resettle.storage.engine import storage_failure
from resettle.storage.key_slots import UserKeys
from resettle.storage.models import User


@dataclass(frozen=True)
class Actor:
    """Who is acting: a user as their log-in made them. `session` is the token the log-in
    registered in the Context; an Actor made by hand has none and every service refuses it."""

    id: int | None
    username: str
    role: Role
    display_name: str = ""
    language: str = "ko"
    session: str = field(default="", repr=False, compare=False)


# The system, during set-up and recovery only: services accept it from their own code
# (`transaction(..., system=True)`), never from a caller.
SYSTEM = Actor(None, "system", Role.ADMIN)


@dataclass
class SessionState:
    """What a log-in unlocked for one actor: their private keys (None on a server)."""

    user_id: int
    role: Role
    keys: UserKeys | None


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class Context:
    """What every service needs: the open database and a clock (replaceable in tests)."""

    db: Database
    clock: Callable[[], datetime] = field(default=_utcnow)
    sessions: dict[str, SessionState] = field(default_factory=dict, repr=False)
    install_key: Ed25519PrivateKey | None = field(default=None, repr=False)

    def open_session(self, actor: Actor, keys: UserKeys | None) -> Actor:
        """Register a log-in; only the Actor returned here is accepted by the services."""
        assert actor.id is not None
        token = secrets.token_urlsafe(32)
        self.sessions[token] = SessionState(actor.id, actor.role, keys)
        return replace(actor, session=token)

    def end_session(self, actor: Actor) -> None:
        self.sessions.pop(actor.session, None)

    def end_sessions_of(self, user_id: int) -> None:
        for token in [t for t, s in self.sessions.items() if s.user_id == user_id]:
            del self.sessions[token]

    def keys_of(self, actor: Actor) -> UserKeys | None:
        state = self.sessions.get(actor.session)
        return state.keys if state else None

    def signer(self, actor: Actor) -> Ed25519PrivateKey | None:
        if actor is SYSTEM:
            return self.install_key
        keys = self.keys_of(actor)
        return keys.sign if keys else None

    def check_session(self, session: Session, actor: Actor) -> None:
        """The actor came from a log-in here, and the account is still active in the same
        role (re-read on every call: disabling a user ends their open session)."""
        state = self.sessions.get(actor.session) if actor.session else None
        if state is None or state.user_id != actor.id or state.role is not actor.role:
            raise AuthenticationFailed("session_invalid")
        user = session.get(User, actor.id)
        if user is None or not user.active or user.role != actor.role.value \
                or user.username != actor.username:
            self.end_session(actor)
            raise AuthenticationFailed("session_ended")

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
        """Returns the new chain head (printed on reports). A case's personal details are
        sealed under its own key (storage.case_keys), so erasure can destroy them."""
        if case_id is not None and details:
            from resettle.storage.case_keys import seal_details
            details = seal_details(self.session, case_id, details)
        return audit_chain.append(
            self.session, self.ctx.db.audit_key, at=self.ctx.now(), actor_id=self.actor.id,
            actor=self.actor.username, action=action, entity=entity,
            entity_id=str(entity_id), case_id=case_id, details=details,
            signer=self.ctx.signer(self.actor),
        ).row_hash


@contextmanager
def transaction(ctx: Context, actor: Actor, action: Action | None = None, *,
                read_only: bool = False, system: bool = False) -> Iterator[Tx]:
    """One transaction; a denial is rolled back and then recorded in an audit row of its own.
    `read_only` is for reads that write no audit row (the list behind search as you type):
    they do not take SQLite's write lock, so they never wait behind a writer or each other.
    Every call checks the actor's session first (`system` lets the services' own set-up and
    log-in code act as SYSTEM; nothing a caller passes can)."""
    try:
        with (ctx.db.reader() if read_only else ctx.db.writer()) as session, session.begin():
            session.info.update(now=ctx.now(), actor_id=actor.id)
            if not (system and actor is SYSTEM):
                ctx.check_session(session, actor)
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
