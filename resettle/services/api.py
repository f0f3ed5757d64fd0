"""The one object each face (GUI, CLI) holds: every service over one open database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from resettle.storage.database import Database

from .accounts import Accounts
from .audit import Audit
from .context import Context


class Services:
    def __init__(self, db: Database, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.ctx = Context(db, clock or (lambda: datetime.now(UTC)))
        self.accounts = Accounts(self.ctx)
        self.audit = Audit(self.ctx)

    def close(self) -> None:
        self.db.close()
