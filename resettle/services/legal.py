"""Legal representation: lawyers assigned to cases, powers of attorney, and hearings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from resettle.domain.errors import InvalidInput, NotFound, RuleViolation
from resettle.domain.roles import Action, Role
from resettle.domain.validation import optional_text, required_text
from resettle.storage.models import (
    Case,
    Hearing,
    LegalRepresentative,
    PowerOfAttorney,
    Relative,
    User,
)

from .access import check_version, find_case
from .checks import effective_date
from .context import Actor, Context, Tx, changes, transaction


@dataclass(frozen=True)
class PowerOfAttorneyView:
    id: int
    granted_by: str
    granted_on: date
    scope: str


@dataclass(frozen=True)
class RepresentativeView:
    id: int
    lawyer: str  # user name
    lawyer_name: str  # display name
    on_behalf_of: str  # empty: the person themself
    relative_id: int | None
    active: bool
    ended_at: datetime | None
    powers_of_attorney: tuple[PowerOfAttorneyView, ...]
    since: datetime | None = None  # when the representation was recorded


@dataclass(frozen=True)
class HearingView:
    id: int
    court: str
    hearing_date: date
    kind: str
    closed_session: bool
    outcome: str
    version: int


def _hearing(h: Hearing) -> HearingView:
    return HearingView(h.id, h.court, h.hearing_date, h.kind, h.closed_session, h.outcome,
                       h.version)


def representatives_for(session: Session, case_id: int) -> list[RepresentativeView]:
    """Every representative of a case (active first), each with its powers of attorney."""
    rows = session.execute(
        select(LegalRepresentative, User.username, User.display_name)
        .join(User, User.id == LegalRepresentative.lawyer_id)
        .where(LegalRepresentative.case_id == case_id)
        .order_by(LegalRepresentative.active.desc(), LegalRepresentative.id)).all()
    powers: dict[int, list[PowerOfAttorneyView]] = defaultdict(list)
    if rows:
        for p in session.scalars(
                select(PowerOfAttorney)
                .where(PowerOfAttorney.representative_id.in_([r[0].id for r in rows]))
                .order_by(PowerOfAttorney.granted_on, PowerOfAttorney.id)):
            powers[p.representative_id].append(
                PowerOfAttorneyView(p.id, p.granted_by, p.granted_on, p.scope))
    return [RepresentativeView(rep.id, username, display, rep.on_behalf_of, rep.relative_id,
                               rep.active, rep.ended_at, tuple(powers[rep.id]), rep.recorded_at)
            for rep, username, display in rows]


def hearings_for(session: Session, case_id: int) -> list[HearingView]:
    return [_hearing(h) for h in session.scalars(
        select(Hearing).where(Hearing.case_id == case_id)
        .order_by(Hearing.hearing_date, Hearing.id))]


class Legal:
    """Who represents a case and for whom; the hearings on its detention."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def assign(self, actor: Actor, case_no: str, lawyer_username: str, on_behalf_of: str = "",
               poa_date: date | None = None, poa_granted_by: str = "") -> RepresentativeView:
        """Link a lawyer account; re-assigning an active lawyer only adds a power of attorney."""
        with transaction(self.ctx, actor, Action.ASSIGN_LAWYER) as tx:
            case = find_case(tx, case_no, Action.ASSIGN_LAWYER, lock=True)
            lawyer = _lawyer(tx, lawyer_username)
            behalf = optional_text(on_behalf_of, "on_behalf_of", 200)
            granted_by = optional_text(poa_granted_by, "poa_granted_by", 200)
            if poa_date is not None:
                effective_date(poa_date, "poa_date", today=self.ctx.today())
            rep = tx.session.scalar(select(LegalRepresentative).where(
                LegalRepresentative.case_id == case.id,
                LegalRepresentative.lawyer_id == lawyer.id))
            if rep is not None and rep.active and poa_date is None:
                raise InvalidInput("lawyer", f"{lawyer.username} already represents "
                                   f"{case.case_no}", case_no=case.case_no)
            relative_id = _relative_named(tx, case, behalf) if behalf else None
            if rep is None:
                rep = LegalRepresentative(case_id=case.id, lawyer_id=lawyer.id,
                                          on_behalf_of=behalf, relative_id=relative_id,
                                          recorded_by_id=actor.id)
                tx.session.add(rep)
                tx.session.flush()
                tx.audit("create", "legal_representative", rep.id, case_id=case.id,
                         details=changes({}, {"lawyer": lawyer.username,
                                              "on_behalf_of": behalf}))
            elif not rep.active or rep.on_behalf_of != behalf:
                before = {"active": rep.active, "on_behalf_of": rep.on_behalf_of}
                rep.active, rep.ended_at = True, None
                rep.on_behalf_of, rep.relative_id = behalf, relative_id
                tx.audit("update", "legal_representative", rep.id, case_id=case.id,
                         details=changes(before, {"active": True, "on_behalf_of": behalf}))
            if poa_date is not None:
                poa = PowerOfAttorney(representative_id=rep.id, granted_on=poa_date,
                                      granted_by=granted_by or behalf or "the person",
                                      recorded_by_id=actor.id)
                tx.session.add(poa)
                tx.session.flush()
                tx.audit("create", "power_of_attorney", poa.id, case_id=case.id,
                         details=changes({}, {"representative_id": rep.id,
                                              "granted_on": poa_date.isoformat()}))
            tx.session.flush()
            return _one(tx.session, case.id, rep.id)

    def end(self, actor: Actor, case_no: str, lawyer_username: str) -> RepresentativeView:
        """The lawyer stops representing the case (and so stops seeing it); history stays."""
        with transaction(self.ctx, actor, Action.ASSIGN_LAWYER) as tx:
            case = find_case(tx, case_no, Action.ASSIGN_LAWYER, lock=True)
            rep = tx.session.scalar(
                select(LegalRepresentative).join(User, User.id == LegalRepresentative.lawyer_id)
                .where(LegalRepresentative.case_id == case.id,
                       User.username == lawyer_username.strip(),
                       LegalRepresentative.active.is_(True)))
            if rep is None:
                raise NotFound("legal_representative", lawyer_username)
            rep.active, rep.ended_at = False, self.ctx.now()
            tx.audit("update", "legal_representative", rep.id, case_id=case.id,
                     details=changes({"active": True}, {"active": False}))
            tx.session.flush()
            return _one(tx.session, case.id, rep.id)

    def add_hearing(self, actor: Actor, case_no: str, court: str, hearing_date: date,
                    kind: str = "", closed_session: bool = True) -> HearingView:
        """A hearing may be scheduled ahead, so its date may be in the future."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE)
            if not isinstance(hearing_date, date):
                raise InvalidInput("hearing_date", "must be a date", value=hearing_date)
            if hearing_date < case.arrival_date:
                raise InvalidInput("hearing_date", f"{hearing_date} must not be before the "
                                   f"arrival ({case.arrival_date})", date=hearing_date)
            hearing = Hearing(case_id=case.id, court=required_text(court, "court", 200),
                              hearing_date=hearing_date, kind=optional_text(kind, "kind", 64),
                              closed_session=bool(closed_session), recorded_by_id=actor.id)
            tx.session.add(hearing)
            tx.session.flush()
            tx.audit("create", "hearing", hearing.id, case_id=case.id, details=changes(
                {}, {"court": hearing.court, "hearing_date": hearing_date.isoformat(),
                     "closed_session": hearing.closed_session}))
            return _hearing(hearing)

    def record_outcome(self, actor: Actor, hearing_id: int, outcome: str,
                       expected_version: int | None = None) -> HearingView:
        """Only once the hearing has taken place; a stale edit is refused, not overwritten."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            hearing = tx.session.get(Hearing, hearing_id)
            if hearing is None:
                raise NotFound("hearing", hearing_id)
            case_no = tx.session.scalar(select(Case.case_no).where(Case.id == hearing.case_id))
            find_case(tx, str(case_no), Action.EDIT_CASE)
            text = required_text(outcome, "outcome", 4000, multiline=True)
            check_version("hearing", hearing_id, hearing, expected_version,
                          {"outcome": text}, ["outcome"])
            if hearing.hearing_date > self.ctx.today():
                raise RuleViolation(f"the hearing on {hearing.hearing_date} has not taken "
                                    "place yet", hearing_date=hearing.hearing_date)
            before = hearing.outcome
            hearing.outcome = text
            tx.session.flush()
            tx.audit("update", "hearing", hearing.id, case_id=hearing.case_id,
                     details={"outcome": {"changed": before != text}})
            return _hearing(hearing)


def _lawyer(tx: Tx, username: str) -> User:
    name = username.strip() if isinstance(username, str) else ""
    user = tx.session.scalar(select(User).where(User.username == name)) if name else None
    if user is None:
        raise InvalidInput("lawyer", f"there is no user '{name}'", value=name)
    if not user.active:
        raise InvalidInput("lawyer", f"the account '{name}' is disabled", value=name)
    if user.role != Role.LAWYER.value:
        raise InvalidInput("lawyer", f"'{name}' is not a lawyer account", value=name)
    return user


def _relative_named(tx: Tx, case: Case, name: str) -> int | None:
    """The recorded relative with that name, if any; an unrecorded relative is kept by name."""
    folded = name.replace(" ", "").lower()
    full = func.lower(Relative.family_name + Relative.given_name)
    return tx.session.scalar(select(Relative.id).where(
        Relative.person_id == case.person_id, full == folded).order_by(Relative.id).limit(1))


def _one(session: Session, case_id: int, rep_id: int) -> RepresentativeView:
    return next(r for r in representatives_for(session, case_id) if r.id == rep_id)
