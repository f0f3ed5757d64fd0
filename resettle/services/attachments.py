"""Attachments: type checked from content, AES-GCM encrypted, decrypted only on an audited open."""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import os
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import filetype
import platformdirs
from sqlalchemy import select
from sqlalchemy.orm import Session

from resettle.domain.errors import InvalidInput, NotFound, PermissionDenied, RuleViolation
from resettle.domain.roles import Action, allowed
from resettle.domain.validation import required_text
from resettle.storage import sealing
from resettle.storage.models import Attachment, Case, User

from .access import find_case
from .context import Actor, Context, transaction

MAX_BYTES = 20 * 1024 * 1024
ALLOWED_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/tiff")
TEXT = "text/plain"


@dataclass(frozen=True)
class AttachmentView:
    id: int
    title: str
    media_type: str
    size: int
    sha256: str
    restricted: bool
    recorded_at: datetime
    recorded_by: str


def attachments_for(session: Session, case_id: int,
                    include_restricted: bool) -> list[AttachmentView]:
    """Metadata only: the encrypted content is a deferred column and is not loaded here."""
    query = (select(Attachment, User.username)
             .outerjoin(User, User.id == Attachment.recorded_by_id)
             .where(Attachment.case_id == case_id)
             .order_by(Attachment.recorded_at, Attachment.id))
    if not include_restricted:
        query = query.where(Attachment.restricted.is_(False))
    return [_view(a, author) for a, author in session.execute(query)]


def _view(a: Attachment, author: str | None) -> AttachmentView:
    return AttachmentView(a.id, a.title, a.media_type, a.size, a.sha256, a.restricted,
                          a.recorded_at, author or "")


def media_type(content: bytes) -> str:
    """From the bytes themselves, never from a file name: a renamed program is still refused."""
    kind = filetype.guess(content)
    if kind is not None:
        if kind.mime not in ALLOWED_TYPES:
            raise InvalidInput("content", "file_type_not_allowed", detected=kind.mime,
                               allowed=(*ALLOWED_TYPES, TEXT))
        return str(kind.mime)
    if _is_text(content):
        return TEXT
    raise InvalidInput("content", "file_type_unknown", detected="unknown",
                       allowed=(*ALLOWED_TYPES, TEXT))


def _is_text(content: bytes) -> bool:
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not any(ord(c) < 32 and c not in "\t\n\r\f" for c in text)


class Attachments:
    """Documents on a case (scans, photos, letters); the database never holds the plaintext."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def attach(self, actor: Actor, case_no: str, title: str, content: bytes,
               restricted: bool = False) -> AttachmentView:
        with transaction(self.ctx, actor, Action.ADD_NOTE) as tx:
            case = find_case(tx, case_no, Action.ADD_NOTE)
            if restricted:
                tx.require(Action.WRITE_RESTRICTED_NOTES)
            name = required_text(title, "title")
            if not isinstance(content, bytes | bytearray) or not content:
                raise InvalidInput("content", "required")
            if len(content) > MAX_BYTES:
                raise InvalidInput("content", "file_too_large", size=len(content),
                                   max_mb=MAX_BYTES // 1024 // 1024)
            data = bytes(content)
            a = Attachment(case_id=case.id, title=name, media_type=media_type(data),
                           size=len(data), sha256=hashlib.sha256(data).hexdigest(),
                           content=b"", restricted=bool(restricted), recorded_by_id=actor.id,
                           recorded_at=self.ctx.now())
            tx.session.add(a)
            tx.session.flush()  # the id is part of the associated data
            a.content = sealing.seal(self.ctx.db.files_key, data, a.id, case.id)
            tx.session.flush()
            tx.audit("create", "attachment", a.id, case_id=case.id, details={
                "media_type": a.media_type, "size": a.size, "sha256": a.sha256,
                "restricted": a.restricted})
            return _view(a, actor.username)

    def open_attachment(self, actor: Actor, attachment_id: int) -> tuple[str, str, bytes]:
        """(title, media type, bytes); each opening is audited, the checksum re-verified."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            row = tx.session.execute(select(Attachment, Case.case_no)
                                     .join(Case, Case.id == Attachment.case_id)
                                     .where(Attachment.id == attachment_id)).first()
            if row is None:
                raise NotFound("attachment", attachment_id)
            a, case_no = row
            find_case(tx, case_no, Action.VIEW_CASE)
            if a.restricted and not allowed(actor.role, Action.VIEW_RESTRICTED_NOTES):
                raise PermissionDenied(actor.role.value, Action.VIEW_RESTRICTED_NOTES.value,
                                       attachment=attachment_id)
            data = sealing.unseal(self.ctx.db.files_key, a.content, a.id, a.case_id)
            if hashlib.sha256(data).hexdigest() != a.sha256:
                raise RuleViolation("attachment_checksum", id=attachment_id)
            tx.audit("view", "attachment", a.id, case_id=a.case_id,
                     details={"sha256": a.sha256})
            return a.title, a.media_type, data

    def list(self, actor: Actor, case_no: str) -> builtins.list[AttachmentView]:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            restricted = allowed(actor.role, Action.VIEW_RESTRICTED_NOTES)
            out = attachments_for(tx.session, case.id, restricted)
            tx.audit("view", "attachment", case_id=case.id,
                     details={"count": len(out), "restricted_included": restricted})
            return out


def private_folder() -> Path:
    """Where an opened attachment's decrypted copy goes: a folder of this user's only (0700),
    in the per-user runtime folder (memory-backed where the system has one), else the user's
    cache. A folder someone else owns or others can enter is refused, never used."""
    base = os.environ.get("XDG_RUNTIME_DIR") or platformdirs.user_cache_dir("resettle")
    folder = Path(base) / "resettle-open"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = folder.lstat()
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
        raise RuleViolation("private_folder_unsafe", path=folder)
    folder.chmod(0o700)
    return folder


def wipe_private_folder() -> int:
    """Delete every decrypted copy (at start: those a crash left; at exit). Returns how many."""
    folder = private_folder()
    count = 0
    for path in folder.iterdir():
        with contextlib.suppress(OSError):
            path.unlink()
            count += 1
    return count
