"""The one object each face (GUI, CLI) holds: every service over one open database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy.orm import configure_mappers

from resettle.storage.database import Database

from .accounts import Accounts
from .attachments import Attachments
from .audit import Audit
from .cases import Cases
from .consent import Consents
from .context import Context
from .corrections import Corrections
from .demo import Demo
from .exports import Exports
from .family import Relatives
from .groups import Groups
from .intake import Intake
from .legal import Legal
from .lifecycle import Lifecycle
from .names import Names
from .notes import Notes
from .programme import Programme
from .protection import Protection
from .release import Release
from .reports import Reports
from .retention import Retention
from .rewards import Rewards
from .rules import Rules
from .screening import Screening
from .worklist import Worklist


def warm_up() -> None:
    """Configure the ORM's mappers now rather than in the first query (about 0.1 s): the
    GUI calls this while the log-in window waits for the user."""
    configure_mappers()


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
        self.demo = Demo(self.ctx)
        self.legal = Legal(self.ctx)
        self.names = Names(self.ctx)
        self.programme = Programme(self.ctx)
        self.protection = Protection(self.ctx)
        self.release = Release(self.ctx)
        self.rewards = Rewards(self.ctx)
        self.notes = Notes(self.ctx)
        self.attachments = Attachments(self.ctx)
        self.relatives = Relatives(self.ctx)
        self.screening = Screening(self.ctx)
        self.reports = Reports(self.ctx, self.rules, self.groups, self.programme)
        self.retention = Retention(self.ctx)
        self.consents = Consents(self.ctx, self.attachments)
        self.exports = Exports(self.ctx, self.rules)
        self.worklist = Worklist(self.ctx)
        self.corrections = Corrections(self.ctx)

    def close(self) -> None:
        self.db.close()
