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


def find_case(tx: Tx, case_no: str, action: Action, *, lock: bool = False,
              personal: bool = False) -> Case:
    """The case, if the actor may do `action` on it. For a lawyer, a case they do not
    represent and a case that does not exist get the same answer (permission denied, with
    the same parameters), so probing case numbers tells nothing; the denial is audited.
    `personal`: the call shows more than the legal part (placement, relatives, follow-ups,
    notes...), which a lawyer acting for a relative may not see."""
    tx.require(action)
    key = case_no.strip().upper() if isinstance(case_no, str) else str(case_no)
    query = select(Case).where(Case.case_no == key)
    if lock:
        query = query.with_for_update()
    case = tx.session.scalar(query)
    if case_scoped(tx.actor.role):
        if case is None or not tx.session.scalar(
                select(represented_by(tx.actor)).where(Case.id == case.id)):
            raise PermissionDenied(tx.actor.role.value, action.value, case_no=key)
        if personal and legal_only(tx, case):
            raise PermissionDenied(tx.actor.role.value, action.value, case_no=key,
                                   part="personal")
    if case is None:
        raise NotFound("case", case_no)
    return case


def legal_only(tx: Tx, case: Case) -> bool:
    """True for a lawyer whose representation is on a relative's behalf (a power of attorney
    from a relative, not from the person): they see the legal part of the case only
    (identity, custody record, hearings, representation, protection decisions)."""
    if not case_scoped(tx.actor.role):
        return False
    behalf = tx.session.scalar(select(LegalRepresentative.on_behalf_of).where(
        LegalRepresentative.case_id == case.id, LegalRepresentative.lawyer_id == tx.actor.id,
        LegalRepresentative.active.is_(True)))
    return bool(behalf)


def check_version(entity: str, key: object, row: Any, expected: int | None,
                  mine: dict[str, Any], fields: list[str]) -> None:
    """A stale edit (someone saved since the editor loaded it) is refused with both versions."""
    if expected is not None and row.version != expected:
        theirs = {f: getattr(row, f) for f in fields} | {"version": row.version}
        raise Conflict(entity, key, mine | {"version": expected}, theirs)
