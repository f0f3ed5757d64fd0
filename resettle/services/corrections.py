"""Corrections of recorded facts (issue 12): a supervisor voids a wrong record with a reason.

The record stays where it is; a row of record_voids says it is void, who voided it, when and
why, so every face shows the original struck through beside the correction. Stage changes
are corrected by `lifecycle.correct` (the stage itself moves back); this is for the rest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from resettle.domain import stages
from resettle.domain.errors import InvalidInput, NotFound, RuleViolation
from resettle.domain.roles import Action, Role, allowed
from resettle.i18n import glossary
from resettle.storage.models import (
    Attendance,
    Case,
    Enrolment,
    FollowUpContact,
    Hearing,
    LegalRepresentative,
    Note,
    Placement,
    PowerOfAttorney,
    ProtectionApplication,
    RecordVoid,
    Relative,
    User,
)

from .access import find_case, legal_only
from .context import Actor, Context, Tx, transaction

# entity (as the audit log names it) -> (model, the joins from the record to its case)
ENTITIES: dict[str, tuple[Any, tuple[tuple[Any, Any], ...]]] = {
    "follow_up_contact": (FollowUpContact, ((FollowUpContact.case_id, Case.id),)),
    "hearing": (Hearing, ((Hearing.case_id, Case.id),)),
    "placement": (Placement, ((Placement.case_id, Case.id),)),
    "protection_application": (ProtectionApplication,
                               ((ProtectionApplication.case_id, Case.id),)),
    "note": (Note, ((Note.case_id, Case.id),)),
    "relative": (Relative, ((Relative.person_id, Case.person_id),)),
    "power_of_attorney": (PowerOfAttorney, (
        (PowerOfAttorney.representative_id, LegalRepresentative.id),
        (LegalRepresentative.case_id, Case.id))),
    "attendance": (Attendance, ((Attendance.enrolment_id, Enrolment.id),
                                (Enrolment.case_id, Case.id))),
}
# What a lawyer acting for a relative may read of the corrections (the legal part).
LEGAL_ENTITIES = frozenset({"hearing", "power_of_attorney", "protection_application"})


@dataclass(frozen=True)
class VoidView:
    """A voided record: what it was (`what`, its own words and dates), and the correction."""

    entity: str
    record_id: int
    what: str
    reason: str
    voided_by: str  # user name
    voided_at: datetime


def _case_query(entity: str, record_id: int) -> Select[Any]:
    model, path = ENTITIES[entity]
    query: Select[Any] = select(Case.id).select_from(model)
    for column, target in path:
        query = query.join(target.class_, column == target)
    return query.where(model.id == record_id)


def _describe(entity: str, row: Any, lang: str = "en") -> str:
    """A line saying which record it was, in its own dates and words: a stored code (a
    placement type, a module, a relation...) in the glossary's word in `lang`, dates in ISO
    form, text as it was typed."""
    def word(kind: str, value: str | None) -> str:
        key = f"{kind}.{value}"
        return glossary.term(key, lang) if key in glossary.TERMS else value or ""

    parts: list[object]
    if entity == "follow_up_contact":
        parts = [row.contact_date, word("contact", row.kind), row.notes]
    elif entity == "hearing":
        parts = [row.hearing_date, row.court, row.kind]
    elif entity == "placement":
        parts = [row.start_date, word("placement", row.placement_type), row.region]
    elif entity == "protection_application":
        parts = [row.applied_on, word("decision", row.decision)]
    elif entity == "note":
        parts = [row.text if len(row.text) <= 80 else row.text[:79] + "…"]
    elif entity == "relative":
        parts = [word("relation", row.relation), f"{row.family_name}{row.given_name}"]
    elif entity == "power_of_attorney":
        parts = [row.granted_on, row.granted_by]
    else:  # attendance
        parts = [row.attended_on, word("module", row.module), f"{row.hours:g}"]
    return " · ".join(str(p).replace("\n", " ") for p in parts if p not in (None, ""))


def voids_for(session: Session, case_id: int, actor: Actor | None = None,
              legal_part_only: bool = False) -> list[VoidView]:
    """The case's voided records, oldest correction first: for the case window's tables (a
    record whose (entity, id) is here is drawn struck through) and the court summary. A
    restricted note's correction only for those who may read restricted notes."""
    rows = session.execute(
        select(RecordVoid, User.username).outerjoin(User, User.id == RecordVoid.recorded_by_id)
        .where(RecordVoid.case_id == case_id)
        .order_by(RecordVoid.recorded_at, RecordVoid.id)).all()
    restricted_ok = actor is None or allowed(actor.role, Action.VIEW_RESTRICTED_NOTES)
    lang = actor.language if actor is not None else "en"
    out = []
    for v, who in rows:
        if v.entity not in ENTITIES or (legal_part_only and v.entity not in LEGAL_ENTITIES):
            continue
        record = session.get(ENTITIES[v.entity][0], v.record_id)
        if record is None:
            continue
        if v.entity == "note" and record.restricted and not restricted_ok:
            continue
        out.append(VoidView(v.entity, v.record_id, _describe(v.entity, record, lang), v.reason,
                            who or "", v.recorded_at))
    return out


def live(model: Any, entity: str) -> ColumnElement[bool]:
    """A condition leaving out the voided records of `model` (for queries that count)."""
    voided = select(RecordVoid.record_id).where(RecordVoid.entity == entity)
    condition: ColumnElement[bool] = model.id.not_in(voided)
    return condition


def check_not_voided(session: Session, entity: str, record_id: int) -> None:
    """Refuse a change to a voided record (it stays only as history, struck through): the
    change belongs on the record that corrected it."""
    if session.scalar(select(RecordVoid.id).where(RecordVoid.entity == entity,
                                                  RecordVoid.record_id == record_id)):
        raise RuleViolation("record_voided", entity=entity, record_id=record_id)


def voided_ids(entity: str, case_id: int) -> Select[Any]:
    """select(record_id) of a case's voided records of `entity`."""
    return select(RecordVoid.record_id).where(RecordVoid.entity == entity,
                                              RecordVoid.case_id == case_id)


class Corrections:
    """Voiding a recorded fact, and the list of what was voided on a case."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def void(self, actor: Actor, entity: str, record_id: int, reason: str) -> VoidView:
        """Mark a record void (supervisors, with a reason): it stays, shown struck through
        with who voided it, when and why. A record is voided once."""
        with transaction(self.ctx, actor, Action.CORRECT_STAGE) as tx:
            stages.check_correction(actor.role, reason)
            kind = (entity or "").strip().lower().replace("-", "_")
            if kind not in ENTITIES:
                raise InvalidInput("entity", "one_of", value=entity,
                                   choices=tuple(sorted(ENTITIES)))
            case_id = tx.session.scalar(_case_query(kind, record_id))
            case_no = tx.session.scalar(select(Case.case_no).where(Case.id == case_id))
            if case_no is None:
                raise NotFound(kind, record_id)
            case = find_case(tx, case_no, Action.CORRECT_STAGE, lock=True)
            if tx.session.scalar(select(RecordVoid.id).where(
                    RecordVoid.entity == kind, RecordVoid.record_id == record_id)):
                raise RuleViolation("already_voided", entity=kind, record_id=record_id)
            why = reason.strip()
            void = RecordVoid(case_id=case.id, entity=kind, record_id=record_id, reason=why,
                              recorded_by_id=actor.id, recorded_at=self.ctx.now())
            tx.session.add(void)
            tx.session.flush()
            tx.audit("void", kind, record_id, case.id, {"reason": why})
            record = tx.session.get(ENTITIES[kind][0], record_id)
            return VoidView(kind, record_id, _describe(kind, record, actor.language), why,
                            actor.username, void.recorded_at)

    def voids(self, actor: Actor, case_no: str) -> list[VoidView]:
        """What was voided on a case (the legal part only for a relative's lawyer)."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            out = voids_for(tx.session, case.id, actor, _legal_only(tx, case, actor))
            tx.audit("view", "record", case_id=case.id, details={"voided": len(out)})
            return out


def _legal_only(tx: Tx, case: Case, actor: Actor) -> bool:
    return actor.role is Role.LAWYER and legal_only(tx, case)
