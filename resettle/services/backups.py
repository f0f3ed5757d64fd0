"""Backups and restore of the encrypted database file (admins)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from resettle.domain.errors import InvalidInput
from resettle.domain.roles import Action
from resettle.storage import backup, database

from .api import Services
from .context import Actor, transaction
from .installation import Location, carry_sessions


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    tables: int


def _file_db(services: Services) -> Path:
    if services.db.path is None:
        raise InvalidInput("database", "server_backup_elsewhere")
    return services.db.path


def create(services: Services, actor: Actor, target: Path) -> BackupInfo:
    """Audited before the copy is taken, so the backup holds its own audit row."""
    path = _file_db(services)
    with transaction(services.ctx, actor, Action.BACKUP) as tx:
        tx.audit("export", "backup", target.name)
    digests = backup.create_backup(path, services.db.secret, target)
    return BackupInfo(target, len(digests))


def restore(services: Services, actor: Actor, loc: Location, source: Path,
            passphrase: str | None = None) -> tuple[Services, Path]:
    """Closes `services`, swaps the backup in (keeping the current file), and reopens with
    the same key (a backup is under the key of its day: slots seal that key). Returns the
    reopened services, the actor's session still open, and where the previous file was kept.
    `passphrase` is no longer needed (kept for callers)."""
    path = _file_db(services)
    if not source.is_file():
        raise InvalidInput("backup", "not_a_file", path=source)
    with transaction(services.ctx, actor, Action.RESTORE):
        pass  # the permission is checked (and a denial audited) before anything is touched
    secret = services.db.secret
    services.close()
    kept = backup.restore_backup(path, [secret], source, loc.data_dir / database.BACKUP_DIR)
    reopened = carry_sessions(services, Services(database.reopen(services.db, secret)))
    with transaction(reopened.ctx, actor) as tx:
        tx.audit("update", "database", details={"restored_from": source.name,
                                                "kept": kept.name})
    return reopened, kept
