"""Set-up and key management: create, open, recover and re-key an installation."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import keyring.backend
from sqlalchemy.orm import Session

from resettle.domain.errors import InvalidInput, UnlockFailed
from resettle.domain.roles import Action
from resettle.storage import audit_chain, database, keys, rekey
from resettle.storage.database import KEY_FILE, PassphraseProvider

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
    With no credential store (backend None) the key is wrapped by the passphrase."""
    from .accounts import check_password, check_username

    check_username(admin)
    check_password(password)
    if loc.url:
        services = Services(database.open_server_database(loc.url, loc.server_password))
        services.accounts.create_first_admin(admin, password)
        return services, ""
    if backend is None and passphrase is None:
        raise InvalidInput("passphrase", "passphrase_required_no_store")
    db, recovery = database.init_file_database(loc.data_dir, passphrase=passphrase,
                                               backend=backend)
    services = Services(db)
    services.accounts.create_first_admin(admin, password)
    return services, recovery


def open_services(loc: Location, passphrase: PassphraseProvider | None = None,
                  backend: keyring.backend.KeyringBackend | None = None, *,
                  upgrade: bool = True) -> Services:
    """Open (and, by default, migrate) the database; the GUI and CLI both start here."""
    if loc.url:
        return Services(database.open_server_database(loc.url, loc.server_password,
                                                      upgrade=upgrade))
    return Services(database.open_file_database(loc.data_dir, passphrase=passphrase,
                                                backend=backend, upgrade=upgrade))


def schema_revision(services: Services) -> tuple[str | None, str]:
    from resettle.storage import migrate

    return migrate.current_revision(services.db.engine), migrate.head_revision()


def key_mode(loc: Location) -> str:
    if loc.url:
        return database.SERVER
    return keys.KeyStore.load(loc.data_dir / KEY_FILE).mode


def recover(loc: Location, recovery_key: str, *, new_passphrase: str | None = None,
            backend: keyring.backend.KeyringBackend | None = None) -> Services:
    """Reopen with the recovery key and put the key back in the credential store (or wrap it
    with a new passphrase where there is none). The recovery key stays valid."""
    if loc.url:
        raise UnlockFailed("recovery_not_for_server")
    store = keys.KeyStore.load(loc.data_dir / KEY_FILE)
    found = store.recover(recovery_key)
    key, engine = database.open_with_any(database.database_file(loc.data_dir), found)
    engine.dispose()
    store.settle_rotation(found, key, backend)
    store.protect(key, passphrase=new_passphrase, backend=backend)
    services = open_services(loc, (lambda: new_passphrase or ""), backend)
    with transaction(services.ctx, SYSTEM) as tx:
        tx.audit("recover", "database", details={"mode": store.mode})
    return services


def rotate_key(services: Services, actor: Actor, loc: Location, *,
               passphrase: str | None = None,
               backend: keyring.backend.KeyringBackend | None = None) -> tuple[Services, str]:
    """Re-encrypt with a new key; returns the reopened services and a new recovery key."""
    db = services.db
    if db.path is None:
        raise UnlockFailed("rotation_not_for_server")
    with transaction(services.ctx, actor, Action.ROTATE_KEY):
        pass  # permission check (and denial audit) before anything is touched
    store = keys.KeyStore.load(loc.data_dir / KEY_FILE)
    old_key = db.secret
    services.close()

    def finish(session: Session, new_key: bytes) -> None:
        audit_chain.append(session, keys.derive(new_key, "audit chain"), at=services.ctx.now(),
                           actor_id=actor.id, actor=actor.username, action="rekey",
                           entity="database", details={"mode": store.mode})

    _, recovery = rekey.rekey_file(db.path, store, old_key, passphrase=passphrase,
                                   backend=backend if store.mode == keys.KEYRING else None,
                                   finish=finish)
    return open_services(loc, (lambda: passphrase or ""), backend), recovery
