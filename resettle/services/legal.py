"""Legal representation: lawyers assigned to cases, powers of attorney, and hearings."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

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

from .access import check_version, find_case, legal_only
from .checks import one_of
from .context import Actor, Context, Tx, changes, transaction
from .corrections import check_not_voided, live, voided_ids


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
    ended_at: datetime | None  # when the ending was recorded
    powers_of_attorney: tuple[PowerOfAttorneyView, ...]
    since: date | None = None  # the earliest power of attorney's date (None: none recorded)
    ended_on: date | None = None  # the day the representation ended
    recorded_at: datetime | None = None  # when the representation was first recorded

    @property
    def for_relative(self) -> bool:
        """Acting on a relative's power of attorney, not the person's own."""
        return bool(self.on_behalf_of)


@dataclass(frozen=True)
class HearingView:
    id: int
    court: str
    hearing_date: date
    kind: str
    closed_session: bool
    outcome: str
    version: int
    attended: str = "unknown"  # did the person attend: yes, no, unknown


class Attended(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


def _hearing(h: Hearing) -> HearingView:
    return HearingView(h.id, h.court, h.hearing_date, h.kind, h.closed_session, h.outcome,
                       h.version, h.attended)


def representatives_for(session: Session, case_id: int) -> list[RepresentativeView]:
    """Every representative of a case (active first), each with its powers of attorney."""
    rows = session.execute(
        select(LegalRepresentative, User.username, User.display_name)
        .join(User, User.id == LegalRepresentative.lawyer_id)
        .where(LegalRepresentative.case_id == case_id)
        .order_by(LegalRepresentative.active.desc(), LegalRepresentative.id)).all()
    powers: dict[int, list[PowerOfAttorneyView]] = defaultdict(list)
    voided = set(session.scalars(voided_ids("power_of_attorney", case_id)))
    if rows:
        for p in session.scalars(
                select(PowerOfAttorney)
                .where(PowerOfAttorney.representative_id.in_([r[0].id for r in rows]))
                .order_by(PowerOfAttorney.granted_on, PowerOfAttorney.id)):
            powers[p.representative_id].append(
                PowerOfAttorneyView(p.id, p.granted_by, p.granted_on, p.scope))
    return [RepresentativeView(rep.id, username, display, rep.on_behalf_of, rep.relative_id,
                               rep.active, rep.ended_at, tuple(powers[rep.id]),
                               min((p.granted_on for p in powers[rep.id]
                                    if p.id not in voided), default=None),  # voided: a wrong date
                               rep.ended_on, rep.recorded_at)
            for rep, username, display in rows]


def hearings_for(session: Session, case_id: int) -> list[HearingView]:
    return [_hearing(h) for h in session.scalars(
        select(Hearing).where(Hearing.case_id == case_id)
        .order_by(Hearing.hearing_date, Hearing.id))]


def withheld(reps: list[RepresentativeView], lawyer: str) -> list[RepresentativeView]:
    """The representatives as a lawyer acting for a relative sees them: the names of other
    relatives (whom other lawyers act for, who granted their powers) are withheld."""
    out = []
    for r in reps:
        if r.lawyer != lawyer:
            r = replace(r, on_behalf_of="—" if r.on_behalf_of else "", relative_id=None,
                        powers_of_attorney=tuple(replace(p, granted_by="—")
                                                 for p in r.powers_of_attorney))
        out.append(r)
    return out


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
            behalf = optional_text(on_behalf_of, "on_behalf_of")
            granted_by = optional_text(poa_granted_by, "poa_granted_by")
            if poa_date is not None:
                self._check_poa_date(case, poa_date)
            rep = tx.session.scalar(select(LegalRepresentative).where(
                LegalRepresentative.case_id == case.id,
                LegalRepresentative.lawyer_id == lawyer.id))
            if rep is not None and rep.active and poa_date is None:
                raise InvalidInput("lawyer", "already_represents", lawyer=lawyer.username,
                                   case_no=case.case_no)
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
                rep.active, rep.ended_at, rep.ended_on = True, None, None
                rep.on_behalf_of, rep.relative_id = behalf, relative_id
                tx.audit("update", "legal_representative", rep.id, case_id=case.id,
                         details=changes(before, {"active": True, "on_behalf_of": behalf}))
            if poa_date is not None:
                self._add_poa(tx, case, rep, poa_date, granted_by or behalf or "the person", "")
            tx.session.flush()
            return _one(tx.session, case.id, rep.id)

    def add_power_of_attorney(self, actor: Actor, case_no: str, lawyer_username: str,
                              granted_by: str, granted_on: date,
                              scope: str = "") -> RepresentativeView:
        """A power of attorney for a lawyer who already represents the case: by whom, dated
        (never before the arrival, never in the future)."""
        with transaction(self.ctx, actor, Action.ASSIGN_LAWYER) as tx:
            case = find_case(tx, case_no, Action.ASSIGN_LAWYER, lock=True)
            rep = self._active(tx, case, lawyer_username)
            by = required_text(granted_by, "poa_granted_by")
            self._check_poa_date(case, granted_on)
            self._add_poa(tx, case, rep, granted_on, by,
                          optional_text(scope, "scope", 4000, multiline=True))
            return _one(tx.session, case.id, rep.id)

    def _check_poa_date(self, case: Case, granted_on: date) -> None:
        if not isinstance(granted_on, date):
            raise InvalidInput("poa_date", "not_a_date", value=granted_on)
        if granted_on > self.ctx.today():
            raise InvalidInput("poa_date", "date_in_future", date=granted_on,
                               today=self.ctx.today())
        if granted_on < case.arrival_date:
            raise InvalidInput("poa_date", "date_before", date=granted_on,
                               other="arrival_date", other_date=case.arrival_date)

    def _add_poa(self, tx: Tx, case: Case, rep: LegalRepresentative, granted_on: date,
                 granted_by: str, scope: str) -> None:
        poa = PowerOfAttorney(representative_id=rep.id, granted_on=granted_on,
                              granted_by=granted_by, scope=scope, recorded_by_id=tx.actor.id)
        tx.session.add(poa)
        tx.session.flush()
        tx.audit("create", "power_of_attorney", poa.id, case_id=case.id,
                 details=changes({}, {"representative_id": rep.id,
                                      "granted_on": granted_on.isoformat()}))

    def end(self, actor: Actor, case_no: str, lawyer_username: str,
            ended_on: date | None = None) -> RepresentativeView:
        """The lawyer stops representing the case (and so stops seeing it) on `ended_on`
        (default today): not in the future, not before the arrival or the earliest power of
        attorney. History stays."""
        with transaction(self.ctx, actor, Action.ASSIGN_LAWYER) as tx:
            case = find_case(tx, case_no, Action.ASSIGN_LAWYER, lock=True)
            rep = self._active(tx, case, lawyer_username)
            day = ended_on or self.ctx.today()
            if day > self.ctx.today():
                raise InvalidInput("ended_on", "date_in_future", date=day,
                                   today=self.ctx.today())
            if day < case.arrival_date:
                raise InvalidInput("ended_on", "date_before", date=day, other="arrival_date",
                                   other_date=case.arrival_date)
            since = _one(tx.session, case.id, rep.id).since
            if since is not None and day < since:
                raise InvalidInput("ended_on", "date_before", date=day, other="poa_date",
                                   other_date=since)
            rep.active, rep.ended_at, rep.ended_on = False, self.ctx.now(), day
            tx.audit("update", "legal_representative", rep.id, case_id=case.id,
                     details={**changes({"active": True}, {"active": False}),
                              "ended_on": day.isoformat()})
            tx.session.flush()
            return _one(tx.session, case.id, rep.id)

    def _active(self, tx: Tx, case: Case, lawyer_username: str) -> LegalRepresentative:
        name = lawyer_username.strip() if isinstance(lawyer_username, str) else ""
        rep = tx.session.scalar(
            select(LegalRepresentative).join(User, User.id == LegalRepresentative.lawyer_id)
            .where(LegalRepresentative.case_id == case.id, User.username == name,
                   LegalRepresentative.active.is_(True)))
        if rep is None:
            raise NotFound("legal_representative", name)
        return rep

    def representatives(self, actor: Actor, case_no: str) -> list[RepresentativeView]:
        """Who represents the case; for a lawyer acting for a relative, other relatives'
        names are withheld."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            tx.audit("view", "legal_representative", case_id=case.id)
            reps = representatives_for(tx.session, case.id)
            return withheld(reps, actor.username) if legal_only(tx, case) else reps

    def hearings(self, actor: Actor, case_no: str) -> list[HearingView]:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            tx.audit("view", "hearing", case_id=case.id)
            return hearings_for(tx.session, case.id)

    def add_hearing(self, actor: Actor, case_no: str, court: str, hearing_date: date,
                    kind: str = "", closed_session: bool = True,
                    attended: str = Attended.UNKNOWN) -> HearingView:
        """A hearing may be scheduled ahead, so its date may be in the future (and then
        whether the person attended is not known yet)."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE)
            if not isinstance(hearing_date, date):
                raise InvalidInput("hearing_date", "not_a_date", value=hearing_date)
            if hearing_date < case.arrival_date:
                raise InvalidInput("hearing_date", "date_before", date=hearing_date,
                                   other="arrival_date", other_date=case.arrival_date)
            came = self._attended(attended, hearing_date)
            hearing = Hearing(case_id=case.id, court=required_text(court, "court"),
                              hearing_date=hearing_date, kind=optional_text(kind, "kind"),
                              closed_session=bool(closed_session), attended=came,
                              recorded_by_id=actor.id)
            tx.session.add(hearing)
            tx.session.flush()
            tx.audit("create", "hearing", hearing.id, case_id=case.id, details=changes(
                {}, {"court": hearing.court, "hearing_date": hearing_date.isoformat(),
                     "closed_session": hearing.closed_session, "attended": came}))
            return _hearing(hearing)

    def _attended(self, value: str, hearing_date: date) -> str:
        came = one_of(str(value), Attended, "attended")
        if came is not Attended.UNKNOWN and hearing_date > self.ctx.today():
            raise RuleViolation("hearing_not_yet_held", hearing_date=hearing_date)
        return came.value

    def record_outcome(self, actor: Actor, hearing_id: int, outcome: str,
                       expected_version: int | None = None,
                       attended: str | None = None) -> HearingView:
        """Only once the hearing has taken place, and not on a voided hearing (record it on
        the corrected one); a stale edit is refused, not overwritten. `attended` (yes, no,
        unknown) is recorded with it when given."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            hearing = tx.session.get(Hearing, hearing_id)
            if hearing is None:
                raise NotFound("hearing", hearing_id)
            case_no = tx.session.scalar(select(Case.case_no).where(Case.id == hearing.case_id))
            find_case(tx, str(case_no), Action.EDIT_CASE)
            check_not_voided(tx.session, "hearing", hearing.id)
            text = required_text(outcome, "outcome", multiline=True)
            check_version("hearing", hearing_id, hearing, expected_version,
                          {"outcome": text}, ["outcome"])
            if hearing.hearing_date > self.ctx.today():
                raise RuleViolation("hearing_not_yet_held", hearing_date=hearing.hearing_date)
            before = {"outcome": hearing.outcome, "attended": hearing.attended}
            hearing.outcome = text
            if attended is not None:
                hearing.attended = self._attended(attended, hearing.hearing_date)
            tx.session.flush()
            tx.audit("update", "hearing", hearing.id, case_id=hearing.case_id,
                     details={"outcome": {"changed": before["outcome"] != text},
                              **changes({"attended": before["attended"]},
                                        {"attended": hearing.attended})})
            return _hearing(hearing)


def _lawyer(tx: Tx, username: str) -> User:
    name = username.strip() if isinstance(username, str) else ""
    user = tx.session.scalar(select(User).where(User.username == name)) if name else None
    if user is None:
        raise InvalidInput("lawyer", "no_such_user", value=name)
    if not user.active:
        raise InvalidInput("lawyer", "account_inactive", value=name)
    if user.role != Role.LAWYER.value:
        raise InvalidInput("lawyer", "not_a_lawyer", value=name)
    return user


def _relative_named(tx: Tx, case: Case, name: str) -> int | None:
    """The recorded relative with that name, if any; an unrecorded (or voided) relative is
    kept by name."""
    folded = name.replace(" ", "").lower()
    full = func.lower(Relative.family_name + Relative.given_name)
    return tx.session.scalar(select(Relative.id).where(
        Relative.person_id == case.person_id, full == folded, live(Relative, "relative"))
        .order_by(Relative.id).limit(1))


def _one(session: Session, case_id: int, rep_id: int) -> RepresentativeView:
    return next(r for r in representatives_for(session, case_id) if r.id == rep_id)
