"""Case notes, restricted notes (supervisors and admins) included."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from resettle.domain.roles import Action, allowed
from resettle.domain.validation import required_text
from resettle.storage.models import Note, User

from .access import find_case
from .context import Actor, Context, transaction

MAX_NOTE = 20_000


@dataclass(frozen=True)
class NoteView:
    id: int
    text: str
    restricted: bool
    recorded_at: datetime
    recorded_by: str  # user name
    version: int


def notes_for(session: Session, case_id: int, include_restricted: bool) -> list[NoteView]:
    """A case's notes, oldest first; restricted ones only when the caller may see them."""
    query = (select(Note, User.username).outerjoin(User, User.id == Note.recorded_by_id)
             .where(Note.case_id == case_id).order_by(Note.recorded_at, Note.id))
    if not include_restricted:
        query = query.where(Note.restricted.is_(False))
    return [NoteView(n.id, n.text, n.restricted, n.recorded_at, author or "", n.version)
            for n, author in session.execute(query)]


class Notes:
    """Free-text notes on a case; the text itself never goes into the audit log."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add(self, actor: Actor, case_no: str, text: str, restricted: bool = False) -> NoteView:
        with transaction(self.ctx, actor, Action.ADD_NOTE) as tx:
            case = find_case(tx, case_no, Action.ADD_NOTE)
            if restricted:
                tx.require(Action.WRITE_RESTRICTED_NOTES)
            note = Note(case_id=case.id, text=required_text(text, "text", MAX_NOTE,
                                                            multiline=True),
                        restricted=bool(restricted), recorded_by_id=actor.id,
                        recorded_at=self.ctx.now())
            tx.session.add(note)
            tx.session.flush()
            tx.audit("create", "note", note.id, case_id=case.id,
                     details={"restricted": note.restricted, "length": len(note.text)})
            return NoteView(note.id, note.text, note.restricted, note.recorded_at,
                            actor.username, note.version)

    def list(self, actor: Actor, case_no: str) -> builtins.list[NoteView]:
        """Every read is audited; restricted notes are left out unless the role may see them."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE, personal=True)
            restricted = allowed(actor.role, Action.VIEW_RESTRICTED_NOTES)
            notes = notes_for(tx.session, case.id, restricted)
            tx.audit("view", "note", case_id=case.id,
                     details={"count": len(notes), "restricted_included": restricted})
            return notes
