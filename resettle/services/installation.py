"""Set-up and key management: create, log in (open), recover and re-key an installation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import keyring.backend
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from resettle.domain.errors import AuthenticationFailed, InvalidInput, UnlockFailed
from resettle.domain.roles import Action, Role
from resettle.storage import audit_chain, database, keys, rekey, slots
from resettle.storage.database import KEY_FILE, PassphraseProvider

from . import sessions
from .api import Services
from .context import SYSTEM, Actor, transaction


@dataclass(frozen=True)
class Location:
    """Where the data lives: a data folder (encrypted file) or a PostgreSQL URL."""

    data_dir: Path
    url: str | None = None
    server_password: str | None = None


def credential_store() -> keyring.backend.KeyringBackend | None:
    return keys.credential_store()


def is_initialised(loc: Location) -> bool:
    return loc.url is not None or database.database_file(loc.data_dir).exists()


def initialise(loc: Location, admin: str, password: str, *, passphrase: str | None = None,
               backend: keyring.backend.KeyringBackend | None = None) -> tuple[Services, str]:
    """A new installation and its first administrator; returns the recovery key, shown once.
    With no credential store (backend None) the passphrase stands in for the computer's
    secret. The installation's signing key (system rows) is wrapped by the recovery key only;
    its public half is the chain's first row."""
    from .accounts import check_password, check_username

    check_username(admin)
    check_password(password)
    if loc.url:
        services = Services(database.open_server_database(loc.url, loc.server_password))
        services.accounts.create_first_admin(admin, password)
        return services, ""
    if backend is None and passphrase is None:
        raise InvalidInput("passphrase", "passphrase_required_no_store")
    install = Ed25519PrivateKey.generate()
    db, recovery = database.init_file_database(loc.data_dir, passphrase=passphrase,
                                               backend=backend,
                                               install_key=_raw(install))
    services = Services(db)
    _install_row(services, install)
    services.accounts.create_first_admin(admin, password)
    services.ctx.install_key = None  # set-up is over: system rows need the recovery key
    return services, recovery


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def _public(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw,
                                         serialization.PublicFormat.Raw).hex()


def _install_row(services: Services, install: Ed25519PrivateKey) -> None:
    services.ctx.install_key = install
    with transaction(services.ctx, SYSTEM, system=True) as tx:
        tx.audit("install", "database", details={"install_key": _public(install)})


def log_in(loc: Location, username: str, password: str,
           passphrase: PassphraseProvider | None = None,
           backend: keyring.backend.KeyringBackend | None = None, *,
           upgrade: bool = True, secret: bytes | None = None) -> tuple[Services, Actor]:
    """Open the database by a log-in and start the user's session: the GUI and CLI both
    start here. File mode: this computer's secret (credential store, or the passphrase)
    AND the password open the user's key slot; one password KDF in all."""
    if loc.url:
        from .server_admin import open_account, shares_a_login

        # issue 16: without a shared login in the URL, connect as the account's own role
        services = (open_services(loc, upgrade=upgrade)
                    if shares_a_login(loc.url, loc.server_password)
                    else open_account(loc.url, username, password))
        try:
            return services, services.accounts.login(username, password)
        except BaseException:
            services.close()
            raise
    db, found = database.open_with_password(loc.data_dir, username, password,
                                            passphrase=passphrase, backend=backend,
                                            upgrade=upgrade, secret=secret)
    services = Services(db)
    try:
        if found is None:  # format-1 upgrade: the password is checked in the database
            return services, services.accounts.login(username, password)
        return services, sessions.complete_slot_login(services.ctx, username, found.keys)
    except BaseException:
        services.close()
        raise


def computer_secret(loc: Location, passphrase: str) -> bytes:
    """Passphrase mode: the computer's secret derived from the passphrase (the slow KDF),
    so the GUI can run it while the user types their name and password (`log_in(secret=)`).
    It opens nothing by itself."""
    return keys.KeyStore.load(loc.data_dir / KEY_FILE).store_secret(passphrase)


def open_services(loc: Location, passphrase: PassphraseProvider | None = None,
                  backend: keyring.backend.KeyringBackend | None = None, *,
                  upgrade: bool = True) -> Services:
    """A PostgreSQL server (its own log-in follows). A data folder opens only by a log-in:
    use `log_in`."""
    if loc.url:
        return Services(database.open_server_database(loc.url, loc.server_password,
                                                      upgrade=upgrade))
    raise UnlockFailed("login_needed")


def schema_revision(services: Services) -> tuple[str | None, str]:
    from resettle.storage import migrate

    return migrate.current_revision(services.db.engine), migrate.head_revision()


def key_mode(loc: Location) -> str:
    if loc.url:
        return database.SERVER
    return keys.KeyStore.load(loc.data_dir / KEY_FILE).mode


def carry_sessions(old: Services, new: Services) -> Services:
    """The open sessions go on over a reopened database (re-key, restore)."""
    new.ctx.sessions.update(old.ctx.sessions)
    new.ctx.clock = old.ctx.clock
    return new


def recover(loc: Location, recovery_key: str, *, new_passphrase: str | None = None,
            backend: keyring.backend.KeyringBackend | None = None) -> Services:
    """Reopen with the recovery key: a new computer secret (credential store, or the new
    passphrase where there is none); the stale entry is removed from the credential store.
    Every slot was made under the old secret, so each account logs in again only after an
    administrator resets its password (the recovering administrator first: `reset_slot`).
    The recovery key stays valid."""
    if loc.url:
        raise UnlockFailed("recovery_not_for_server")
    store = keys.KeyStore.load(loc.data_dir / KEY_FILE)
    found = store.recover(recovery_key)
    path = database.database_file(loc.data_dir)
    key, engine = database.open_with_any(path, found)
    store.settle_rotation(found, key)
    store.forget(backend)  # the old secret and any format-1 key: never left behind
    store.data.pop("legacy", None)
    store.data["slots"] = {}
    secret = store.protect(passphrase=new_passphrase, backend=backend)
    migrate_upgrade(engine, loc)
    services = Services(database.Database(engine, key, store.mode, path, store, secret))
    raw = store.install_key(recovery_key)
    install = Ed25519PrivateKey.from_private_bytes(raw) if raw else None
    services.ctx.install_key = install
    with transaction(services.ctx, SYSTEM, system=True) as tx:
        tx.audit("recover", "database", details={"mode": store.mode})
    return services


def migrate_upgrade(engine: Engine, loc: Location) -> None:
    from resettle.storage import migrate

    path = database.database_file(loc.data_dir)
    migrate.upgrade(engine, loc.data_dir / database.BACKUP_DIR, path)


def reset_after_recovery(services: Services, username: str, password: str) -> Actor:
    """After `recover` (the installation key unlocked): an administrator's new password and
    slot, signed by the installation key, then their session."""
    from .accounts import _get, check_password

    if services.ctx.install_key is None:
        raise UnlockFailed("recovery_key_wrong")
    check_password(password)
    with transaction(services.ctx, SYSTEM, system=True) as tx:
        user = _get(tx, username)
        if user.role != Role.ADMIN.value or not user.active:
            raise AuthenticationFailed("authentication_failed")
        proof = sessions.enrol(tx, user, password)
        tx.audit("update", "user", user.id, details={"password": "reset"} | sessions.certified(
            proof.keys, username))
    services.ctx.install_key = None
    return services.accounts.login(username, password)


def rotate_key(services: Services, actor: Actor, loc: Location, *,
               passphrase: str | None = None,
               backend: keyring.backend.KeyringBackend | None = None
               ) -> tuple[Services, str, list[tuple[str, str]]]:
    """Re-encrypt with a new key, sealed to every enabled account's certified public key;
    a new installation key (certified by the re-keying administrator's signature) and a new
    recovery key, returned with what became of each kept copy in the backups folder
    (re-encrypted, or removed when the old key does not open it). Ends a format-1 upgrade:
    accounts without a slot then need a password reset. The open sessions go on."""
    db = services.db
    if db.path is None or db.store is None:
        raise UnlockFailed("rotation_not_for_server")
    with transaction(services.ctx, actor, Action.ROTATE_KEY) as tx:
        public = _certified_seal_keys(tx.session, db)
    store = db.store
    old_key = db.secret
    install = Ed25519PrivateKey.generate()
    signer = services.ctx.signer(actor)
    services.close()

    def finish(session: Session, new_key: bytes) -> None:
        audit_chain.append(session, keys.derive(new_key, "audit chain"), at=services.ctx.now(),
                           actor_id=actor.id, actor=actor.username, action="rekey",
                           entity="database", details={"mode": store.mode,
                                                       "install_key": _public(install)},
                           signer=signer)

    def reseal(new_key: bytes) -> None:
        slots.reseal_all(store, public, new_key)

    new_key, recovery = rekey.rekey_file(db.path, store, old_key, install_key=_raw(install),
                                         reseal=reseal, finish=finish)
    if store.legacy:
        store.end_upgrade(backend)
    copies = rekey.rekey_kept_copies(loc.data_dir / database.BACKUP_DIR, old_key, new_key)
    reopened = carry_sessions(services, Services(database.reopen(db, new_key)))
    if copies:
        with transaction(reopened.ctx, actor) as tx:
            tx.audit("update", "database", details={"kept_copies": dict(copies)})
    return reopened, recovery, copies


def _certified_seal_keys(session: Session, db: database.Database) -> dict[str, str]:
    """slot address -> the sealing key the database certifies for each active account."""
    from resettle.storage.key_slots import slot_address
    from resettle.storage.models import User, UserKey

    assert db.store_secret is not None
    rows = session.execute(select(User.username, UserKey.seal_public).join(
        UserKey, UserKey.user_id == User.id).where(User.active.is_(True)))
    return {slot_address(db.store_secret, name): seal for name, seal in rows}
