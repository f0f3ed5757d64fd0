"""Finding a case for an actor: the permission, a lawyer's scope, and stale-edit detection."""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, select

from resettle.domain.errors import Conflict, NotFound, PermissionDenied
from resettle.domain.roles import Action, case_scoped
from resettle.storage.models import Case, LegalRepresentative

from .context import Actor, Tx


def represented_by(actor: Actor) -> Any:
    """SQL condition: the case is one this lawyer actively represents."""
    return exists().where(LegalRepresentative.case_id == Case.id,
                          LegalRepresentative.lawyer_id == actor.id,
                          LegalRepresentative.active.is_(True))


def scoped(query: Any, actor: Actor) -> Any:
    """Lawyers see only the cases they represent; every other role sees all."""
    return query.where(represented_by(actor)) if case_scoped(actor.role) else query


def find_case(tx: Tx, case_no: str, action: Action, *, lock: bool = False) -> Case:
    tx.require(action)
    query = select(Case).where(Case.case_no == case_no.strip().upper())
    if lock:
        query = query.with_for_update()
    case = tx.session.scalar(query)
    if case is None:
        raise NotFound("case", case_no)
    if case_scoped(tx.actor.role) and not tx.session.scalar(
            select(represented_by(tx.actor)).where(Case.id == case.id)):
        raise PermissionDenied(tx.actor.role.value, action.value, case_no=case.case_no)
    return case


def check_version(entity: str, key: object, row: Any, expected: int | None,
                  mine: dict[str, Any], fields: list[str]) -> None:
    """A stale edit (someone saved since the editor loaded it) is refused with both versions."""
    if expected is not None and row.version != expected:
        theirs = {f: getattr(row, f) for f in fields} | {"version": row.version}
        raise Conflict(entity, key, mine | {"version": expected}, theirs)
