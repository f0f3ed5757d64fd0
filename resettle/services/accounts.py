"""Accounts: log-in with lockout, and the administration of users."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from resettle.domain.errors import AuthenticationFailed, InvalidInput, NotFound, RuleViolation
from resettle.domain.roles import Action, Role
from resettle.domain.validation import optional_text
from resettle.storage.models import User
from resettle.storage.secret_strength import check_strength
from resettle.storage.server import roles as server_roles

from . import read_audit, sessions
from .context import SYSTEM, Actor, Context, Tx, changes, transaction
from .purge import names_in_use, purge

MIN_PASSWORD = 12
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
# Argon2id, OWASP's minimum (19 MiB, 2 passes): a log-in stays well under 100 ms.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_DUMMY_HASH = _hasher.hash("resettle timing equaliser")
WRONG = "authentication_failed"  # the catalogue code: same answer for user and password
LANGUAGES = ("ko", "en")
T = TypeVar("T")


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    failed_logins: int
    db_role: str | None = None  # server mode: the account's own PostgreSQL login role


def _info(u: User) -> UserInfo:
    return UserInfo(u.id, u.username, u.display_name, Role(u.role), u.active, u.locked_until,
                    u.failed_logins)


def hash_password(password: str) -> str:
    """The stored form of a password (Argon2id, the parameters above)."""
    return _hasher.hash(password)


def check_username(name: str) -> str:
    if not USERNAME.fullmatch(name):
        raise InvalidInput("username", "username_format", value=name)
    return name


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise InvalidInput("password", "password_too_short", min=MIN_PASSWORD)
    check_strength("password", password)  # issue 15: 'aaaaaaaaaaaa' is long enough, not strong


def check_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput("role", "one_of", value=role,
                           choices=", ".join(r.value for r in Role)) from None


class Accounts:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def has_users(self) -> bool:
        with self.ctx.db.reader() as s:
            return bool(s.scalar(select(func.count()).select_from(User)))

    def create_first_admin(self, username: str, password: str, display_name: str = "") -> UserInfo:
        """Set-up only: the first account, created by the system, must be an admin."""
        with transaction(self.ctx, SYSTEM, system=True) as tx:
            if tx.session.scalar(select(func.count()).select_from(User)):
                raise RuleViolation("first_admin_exists")
            return self._add(tx, username, Role.ADMIN, password, display_name)

    def login(self, username: str, password: str) -> Actor:
        """Same answer, and similar time, for an unknown user and a wrong password."""
        return self._with_password(username, password, lambda tx, user, proof: sessions.start(
            tx, user, proof, password))  # session, signed row

    def resume(self, actor: Actor, password: str) -> Actor:
        """The idle lock lifted: the session's own user proves the password as at log-in
        (failures counted, a lock kept) and the same session goes on, so every open window
        keeps its actor; no second session is opened."""
        self._with_password(actor.username, password, lambda *_: None)
        with transaction(self.ctx, actor) as tx:  # disabled meanwhile: the session has ended
            tx.audit("screen_unlocked", "user", actor.id)
        return actor

    def pause(self, actor: Actor) -> None:
        """The idle lock: the reads noted so far are audited now, with a row saying the
        screen was locked."""
        with transaction(self.ctx, actor) as tx:
            read_audit.log_of(self.ctx).flush(actor, tx.session)
            tx.audit("screen_locked", "user", actor.id)

    def logout(self, actor: Actor) -> None:
        """The session ends: its pending reads are audited, a signed `logout` row closes it
        and its token stops working. A session already ended (the account disabled) has
        nothing left to close."""
        try:
            with transaction(self.ctx, actor) as tx:
                read_audit.log_of(self.ctx).flush(actor, tx.session)
                tx.audit("logout", "user", actor.id)
        except AuthenticationFailed:
            pass
        finally:
            self.ctx.end_session(actor)

    def _with_password(self, username: str, password: str,
                       then: Callable[[Tx, User, Any], T]) -> T:
        now = self.ctx.now()
        with transaction(self.ctx, SYSTEM, system=True) as tx:
            user = tx.session.scalar(select(User).where(User.username == username))
            ok, proof = sessions.prove(tx, user, password,  # issue 15: keys prove it
                                       lambda h: _verify(h or _DUMMY_HASH, password))
            # issue 15: unknown, wrong, locked and disabled answer alike until the password
            # is right (only then does the answer say locked or disabled), as the key slots do
            locked = user is not None and user.locked_until is not None \
                and user.locked_until > now
            if user is None:
                tx.audit("failed_login", "user", details={"reason": "unknown user"})
                failure = AuthenticationFailed(WRONG)
            elif not ok:
                if not locked:  # a lock stands as set: wrong passwords do not lengthen it
                    user.failed_logins += 1
                    if user.failed_logins >= MAX_FAILURES:
                        user.locked_until, user.failed_logins = now + LOCKOUT, 0
                tx.audit("failed_login", "user", user.id, details={
                    "reason": "wrong password" + (" (locked)" if locked else "")})
                failure = AuthenticationFailed(WRONG)
            elif locked:
                tx.audit("failed_login", "user", user.id, details={"reason": "locked"})
                failure = AuthenticationFailed("account_locked", locked=True,
                                               failures=MAX_FAILURES,
                                               minutes=LOCKOUT.seconds // 60)
            elif not user.active:
                tx.audit("failed_login", "user", user.id, details={"reason": "disabled"})
                failure = AuthenticationFailed("account_disabled", disabled=True)
            else:
                user.failed_logins, user.locked_until = 0, None
                return then(tx, user, proof)
        raise failure

    def add_user(self, actor: Actor, username: str, role: str, password: str,
                 display_name: str = "") -> UserInfo:
        with transaction(self.ctx, actor, Action.MANAGE_USERS) as tx:
            return self._add(tx, username, check_role(role), password, display_name)

    def _add(self, tx: Tx, username: str, role: Role, password: str,
             display_name: str) -> UserInfo:
        check_username(username)
        check_password(password)
        if tx.session.scalar(select(User.id).where(User.username == username)):
            raise InvalidInput("username", "already_exists", value=username)
        user = User(username=username, role=role.value, password_hash=_hasher.hash(password),
                    display_name=optional_text(display_name, "display_name"))
        tx.session.add(user)
        tx.session.flush()
        proof = sessions.enrol(tx, user, password)  # key pairs and slot (issue 15)
        db_role = (server_roles.create(tx.session, username, password, role.value)
                   if self.ctx.db.roles else None)  # server mode: its own login role
        tx.audit("create", "user", user.id, details=changes(
            {}, {"username": username, "role": role.value}) | sessions.certified(
                proof.keys, username))
        return replace(_info(user), db_role=db_role)

    def set_language(self, actor: Actor, language: str) -> Actor:
        """The user's own interface (and report) language: ko or en."""
        if language not in LANGUAGES:
            raise InvalidInput("language", "one_of", value=language, choices=", ".join(LANGUAGES))
        with transaction(self.ctx, actor) as tx:
            user = tx.session.get(User, actor.id)
            if user is None:
                raise NotFound("user", actor.username)
            tx.audit("update", "user", user.id, details=changes({"language": user.language},
                                                                {"language": language}))
            user.language = language
        return replace(actor, language=language)  # the same session

    def list_users(self, actor: Actor) -> list[UserInfo]:
        with transaction(self.ctx, actor, Action.LIST_USERS) as tx:
            return [_info(u) for u in tx.session.scalars(select(User).order_by(User.username))]

    def set_active(self, actor: Actor, username: str, active: bool) -> UserInfo:
        with transaction(self.ctx, actor, Action.MANAGE_USERS) as tx:
            user = _get(tx, username)
            if not active and user.id == actor.id:
                raise InvalidInput("username", "cannot_disable_self")
            tx.audit("update", "user", user.id, details=changes({"active": user.active},
                                                                {"active": active}))
            user.active = active
            account_state(tx, user.id, username, active)
            return _info(user)

    def remove_user(self, actor: Actor, username: str) -> str:
        """Take out an account made by mistake: its row, keys, key slot and server role. An
        account whose name is on any record or audit row stays (the log keeps who wrote each
        row): disable it instead. Returns the name removed."""
        with transaction(self.ctx, actor, Action.MANAGE_USERS) as tx:
            user = _get(tx, username)
            if user.id == actor.id:
                raise InvalidInput("username", "cannot_remove_self")
            if names_in_use(tx, User.__table__, select(User.id).where(User.id == user.id)):
                raise RuleViolation("account_has_history", username=username)
            user_id = user.id
            tx.session.expunge(user)
            purge(tx, User.__table__, User.id == user_id)
            tx.audit("delete", "user", user_id, details={"username": username})
            account_removed(tx, user_id, username)
            return username

    def edit_user(self, actor: Actor, username: str, role: str | None = None,
                  display_name: str | None = None) -> UserInfo:
        """Change an account's role and/or display name (admins). The last active
        administrator cannot take the admin role away from themselves."""
        with transaction(self.ctx, actor, Action.MANAGE_USERS) as tx:
            user = _get(tx, username)
            new_role = check_role(role) if role is not None else Role(user.role)
            new_name = (optional_text(display_name, "display_name")
                        if display_name is not None else user.display_name)
            if user.id == actor.id and user.role == Role.ADMIN and new_role is not Role.ADMIN:
                others = tx.session.scalar(select(func.count()).select_from(User).where(
                    User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id))
                if not others:
                    raise RuleViolation("last_admin", username=username)
            before = {"role": user.role, "display_name": user.display_name}
            after = {"role": new_role.value, "display_name": new_name}
            diff = changes(before, after)
            if diff:
                user.role, user.display_name = new_role.value, new_name
                if self.ctx.db.roles and "role" in diff:
                    server_roles.set_role(tx.session, username, new_role.value)
                tx.audit("update", "user", user.id, details=diff)
            return _info(user)

    def unlock(self, actor: Actor, username: str) -> UserInfo:
        with transaction(self.ctx, actor, Action.MANAGE_USERS) as tx:
            user = _get(tx, username)
            tx.audit("update", "user", user.id, details=changes(
                {"locked_until": str(user.locked_until)}, {"locked_until": None}))
            user.locked_until, user.failed_logins = None, 0
            if self.ctx.db.roles and user.active:  # a server lockout made the role NOLOGIN
                server_roles.set_active(tx.session, username, True)
            sessions.on_unlocked(self.ctx, username)
            return _info(user)

    def reset_password(self, actor: Actor, username: str, password: str) -> UserInfo:
        with transaction(self.ctx, actor, Action.MANAGE_USERS) as tx:
            check_password(password)
            user = _get(tx, username)
            user.password_hash = _hasher.hash(password)
            user.locked_until, user.failed_logins = None, 0
            if self.ctx.db.roles:  # the role's SCRAM verifier; it stays NOLOGIN if disabled
                server_roles.set_password(tx.session, username, password)
                if user.active:
                    server_roles.set_active(tx.session, username, True)
            proof = sessions.enrol(tx, user, password)  # new key pairs: old ones are lost
            tx.audit("update", "user", user.id, details={"password": "reset"} | sessions.certified(
                proof.keys, username))
            return _info(user)

    def change_password(self, actor: Actor, old_password: str, new_password: str) -> None:
        """The user's own password: the same keys, re-wrapped (their slot too)."""
        with transaction(self.ctx, actor) as tx:
            check_password(new_password)
            user = _get(tx, actor.username)
            ok, proof = sessions.prove(tx, user, old_password, lambda h: _verify(h, old_password))
            if not ok:
                raise InvalidInput("password", WRONG)
            user.password_hash = _hasher.hash(new_password)
            if self.ctx.db.roles:
                server_roles.set_own_password(tx.session, user.username, new_password)
            new = sessions.enrol(tx, user, new_password, proof.keys if proof else None)
            tx.audit("update", "user", user.id, details={"password": "changed"} | (
                {} if proof else sessions.certified(new.keys, user.username)))


def account_state(tx: Tx, user_id: int, username: str, active: bool) -> None:
    """What enabling or disabling means beyond the account's row: its server role may log in
    or not (open connections ended), its key slot holds the database key or not, and its
    open sessions end."""
    if tx.ctx.db.roles:
        server_roles.set_active(tx.session, username, active)
    sessions.on_active(tx.ctx, user_id, username, active)
    if not active:
        tx.ctx.end_sessions_of(user_id)


def account_removed(tx: Tx, user_id: int, username: str) -> None:
    """An account deleted: its server role dropped, its key slot and sessions gone."""
    if tx.ctx.db.roles:
        server_roles.drop(tx.session, username)
    sessions.on_removed(tx.ctx, username)
    tx.ctx.end_sessions_of(user_id)


def _get(tx: Tx, username: str) -> User:
    user = tx.session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound("user", username)
    return user


def _verify(hash_: str, password: str) -> bool:
    try:
        return _hasher.verify(hash_, password)
    except (VerificationError, InvalidHashError):
        return False
