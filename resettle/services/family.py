"""Relatives of the person: who they are, where they live, and whether they are at risk."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from resettle.domain.dates import PartialDate
from resettle.domain.errors import InvalidInput
from resettle.domain.roles import Action
from resettle.domain.validation import limit, optional_text, required_text
from resettle.storage.models import Case, Relative

from .access import find_case
from .checks import one_of
from .context import Actor, Context, transaction


class Relation(StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    SPOUSE = "spouse"
    CHILD = "child"
    SIBLING = "sibling"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    OTHER = "other"


class Whereabouts(StrEnum):
    NORTH = "north"
    SOUTH = "south"
    CHINA = "china"
    THIRD_COUNTRY = "third_country"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class RelativeView:
    id: int
    relation: str
    family_name: str
    given_name: str
    birth_date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    location: str
    at_risk: bool
    notes: str
    version: int


def relatives_for(session: Session, case_id: int) -> list[RelativeView]:
    """The relatives of the case's person, in the order they were recorded (one query)."""
    return [_view(r) for r in session.scalars(
        select(Relative).join(Case, Case.person_id == Relative.person_id)
        .where(Case.id == case_id).order_by(Relative.id))]


def _view(r: Relative) -> RelativeView:
    return RelativeView(r.id, r.relation, r.family_name, r.given_name, r.birth_date, r.location,
                        r.at_risk, r.notes, r.version)


class Relatives:
    """Family, often still in the North: any leak can endanger them, so audit rows hold no names."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add_relative(self, actor: Actor, case_no: str, relation: str, family_name: str,
                     given_name: str, location: str = Whereabouts.UNKNOWN, at_risk: bool = False,
                     birth_date: str | None = None, notes: str = "") -> RelativeView:
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, personal=True)
            born = None
            if birth_date is not None and str(birth_date).strip():
                partial = PartialDate.parse(str(birth_date), "birth_date")
                if partial.approx_date() > self.ctx.today():
                    raise InvalidInput("birth_date", "date_in_future", date=str(partial),
                                       today=self.ctx.today())
                born = str(partial)
            r = Relative(person_id=case.person_id,
                         relation=one_of(relation, Relation, "relation").value,
                         family_name=required_text(family_name, "family_name",
                                                   limit("relative_name")),
                         given_name=optional_text(given_name, "given_name",
                                                  limit("relative_name")),
                         birth_date=born,
                         location=one_of(location, Whereabouts, "location").value,
                         at_risk=bool(at_risk),
                         notes=optional_text(notes, "notes", limit("relative_notes"),
                                             multiline=True),
                         recorded_by_id=actor.id)
            tx.session.add(r)
            tx.session.flush()
            tx.audit("create", "relative", r.id, case_id=case.id, details={
                "relation": r.relation, "location": r.location, "at_risk": r.at_risk})
            return _view(r)

    def relatives(self, actor: Actor, case_no: str) -> list[RelativeView]:
        """Never for a lawyer acting for a relative (they see the legal part only)."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE, personal=True)
            tx.audit("view", "relative", case_id=case.id)
            return relatives_for(tx.session, case.id)
