"""The one object each face (GUI, CLI) holds: every service over one open database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from resettle.storage.database import Database

from .accounts import Accounts
from .audit import Audit
from .cases import Cases
from .context import Context
from .groups import Groups
from .intake import Intake
from .lifecycle import Lifecycle
from .rules import Rules


class Services:
    def __init__(self, db: Database, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.ctx = Context(db, clock or (lambda: datetime.now(UTC)))
        self.accounts = Accounts(self.ctx)
        self.audit = Audit(self.ctx)
        self.intake = Intake(self.ctx)
        self.cases = Cases(self.ctx)
        self.lifecycle = Lifecycle(self.ctx)
        self.groups = Groups(self.ctx, self.cases)
        self.rules = Rules(self.ctx)

    def close(self) -> None:
        self.db.close()
