"""After release: placement, the follow-up schedule and contacts, risk flags and alerts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from resettle.domain import followup
from resettle.domain.errors import InvalidInput, RuleViolation
from resettle.domain.followup import ContactKind, PlacementType, RiskFlag
from resettle.domain.roles import Action
from resettle.domain.stages import Stage
from resettle.domain.validation import limit, optional_text, required_text
from resettle.storage.models import Case, FollowUpContact, Placement, RiskFlagEntry, StageEvent

from .access import find_case
from .checks import effective_date, one_of
from .context import Actor, Context, Tx, changes, transaction
from .corrections import live, voided_ids

# A placement is arranged during the programme (release requires one) or changed after
# release, e.g. a move when the address has been exposed.
PLACEABLE = frozenset({Stage.PROGRAMME, Stage.RELEASED})
CONTACT_KINDS = tuple(k.value for k in ContactKind)
ALERT_FLAGS = tuple(f.value for f in RiskFlag if followup.alerts_supervisors(f))


@dataclass(frozen=True)
class PlacementView:
    id: int
    placement_type: str
    region: str
    support_centre: str
    protection_officer: str
    protection_officer_contact: str
    start_date: date
    version: int


@dataclass(frozen=True)
class ContactView:
    id: int
    contact_date: date
    kind: str
    wellbeing: int | None
    notes: str


@dataclass(frozen=True)
class ScheduledContactView:
    scheduled: date
    state: str  # done, due, overdue, upcoming
    done_on: date | None


@dataclass(frozen=True)
class FollowUpView:
    release_date: date
    protection_end: date
    as_of: date
    schedule: tuple[ScheduledContactView, ...]
    contacts: tuple[ContactView, ...]
    overdue: int
    next_due: date | None  # the earliest scheduled date not yet done


@dataclass(frozen=True)
class FlagView:
    id: int
    flag: str
    raised_on: date
    cleared_on: date | None
    note: str

    @property
    def active(self) -> bool:
        return self.cleared_on is None


@dataclass(frozen=True)
class AlertView:
    case_no: str
    flag: str
    raised_on: date
    note: str


def _placement(p: Placement) -> PlacementView:
    return PlacementView(p.id, p.placement_type, p.region, p.support_centre, p.protection_officer,
                         p.protection_officer_contact, p.start_date, p.version)


def placement_for(session: Session, case_id: int) -> PlacementView | None:
    """The current placement: the latest by start date (earlier ones stay as history)."""
    p = session.scalar(select(Placement).where(Placement.case_id == case_id,
                                               live(Placement, "placement"))  # not voided
                       .order_by(Placement.start_date.desc(), Placement.id.desc()).limit(1))
    return _placement(p) if p is not None else None


def placements_for(session: Session, case_id: int) -> list[PlacementView]:
    """Every placement of the case, oldest first, voided ones included (shown struck
    through beside their correction)."""
    return [_placement(p) for p in session.scalars(
        select(Placement).where(Placement.case_id == case_id)
        .order_by(Placement.start_date, Placement.id))]


def release_date(session: Session, case_id: int) -> date | None:
    """The effective date of the (not voided) release, if the case was released."""
    return session.scalar(select(StageEvent.effective_date).where(
        StageEvent.case_id == case_id, StageEvent.to_stage == Stage.RELEASED.value,
        StageEvent.voided.is_(False)).order_by(StageEvent.id.desc()).limit(1))


def follow_ups_for(session: Session, case_id: int, release_date: date,
                   as_of: date) -> FollowUpView:
    """The schedule from the release date, each date's state as of a day, and the contacts."""
    contacts = [ContactView(c.id, c.contact_date, c.kind, c.wellbeing, c.notes)
                for c in session.scalars(select(FollowUpContact)
                                         .where(FollowUpContact.case_id == case_id)
                                         .order_by(FollowUpContact.contact_date,
                                                   FollowUpContact.id))]
    voided = set(session.scalars(voided_ids("follow_up_contact", case_id)))
    states = followup.due_contacts(followup.schedule(release_date),  # voided ones count not
                                   [c.contact_date for c in contacts if c.id not in voided],
                                   as_of)
    schedule = tuple(ScheduledContactView(s.scheduled, s.state.value, s.done_on) for s in states)
    open_dates = [s.scheduled for s in states if s.state is not followup.ContactState.DONE]
    return FollowUpView(release_date, followup.protection_end(release_date), as_of, schedule,
                        tuple(contacts),
                        sum(s.state is followup.ContactState.OVERDUE for s in states),
                        min(open_dates, default=None))


def flags_for(session: Session, case_id: int) -> list[FlagView]:
    """Every flag raised on the case, cleared ones included, oldest first."""
    return [FlagView(f.id, f.flag, f.raised_on, f.cleared_on, f.note)
            for f in session.scalars(select(RiskFlagEntry)
                                     .where(RiskFlagEntry.case_id == case_id)
                                     .order_by(RiskFlagEntry.raised_on, RiskFlagEntry.id))]


class Release:
    """Placement and the five years of follow-up after release."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def place(self, actor: Actor, case_no: str, placement_type: str, region: str,
              start_date: date, support_centre: str = "", protection_officer: str = "",
              protection_officer_contact: str = "") -> PlacementView:
        """A new placement supersedes the last one; its start may not precede the last's."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            if case.stage not in PLACEABLE:
                raise RuleViolation("place_stage", stage=case.stage,
                                    stages=", ".join(sorted(PLACEABLE)))
            kind = one_of(placement_type, PlacementType, "placement_type", "placement")
            current = placement_for(tx.session, case.id)
            anchor, what = ((current.start_date, "placement_start") if current
                            else (case.arrival_date, "arrival_date"))
            effective_date(start_date, "start_date", today=self.ctx.today(),
                           not_before=anchor, before_what=what)
            p = Placement(case_id=case.id, placement_type=kind.value,
                          region=required_text(region, "region"),
                          support_centre=optional_text(support_centre, "support_centre"),
                          protection_officer=optional_text(protection_officer,
                                                           "protection_officer"),
                          protection_officer_contact=optional_text(
                              protection_officer_contact, "protection_officer_contact"),
                          start_date=start_date, recorded_by_id=actor.id)
            tx.session.add(p)
            tx.session.flush()
            tx.audit("create", "placement", p.id, case_id=case.id, details=changes(
                {}, {"placement_type": kind.value, "region": p.region,
                     "start_date": start_date.isoformat()}))
            return _placement(p)

    def add_follow_up(self, actor: Actor, case_no: str, contact_date: date,
                      kind: str = "visit", wellbeing: int | None = None,
                      notes: str = "") -> ContactView:
        """A contact made after release (visit, call, office, other); wellbeing from 1
        (in crisis) to 5 (well)."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE)
            released = _released_on(tx, case)
            effective_date(contact_date, "contact_date", today=self.ctx.today(),
                           not_before=released, before_what="release_date")
            kind = one_of(kind, ContactKind, "kind", "contact").value
            if wellbeing is not None and (isinstance(wellbeing, bool)
                                          or not isinstance(wellbeing, int)
                                          or not 1 <= wellbeing <= 5):
                raise InvalidInput("wellbeing", "out_of_range", min=1, max=5, value=wellbeing)
            c = FollowUpContact(case_id=case.id, contact_date=contact_date, kind=kind,
                                wellbeing=wellbeing,
                                notes=optional_text(notes, "notes", limit("contact_notes"),
                                                    multiline=True),
                                recorded_by_id=actor.id)
            tx.session.add(c)
            tx.session.flush()
            tx.audit("create", "follow_up_contact", c.id, case_id=case.id, details=changes(
                {}, {"contact_date": contact_date.isoformat(), "kind": kind,
                     "wellbeing": wellbeing}))
            return ContactView(c.id, c.contact_date, c.kind, c.wellbeing, c.notes)

    def follow_ups(self, actor: Actor, case_no: str, as_of: date) -> FollowUpView:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE, personal=True)
            view = follow_ups_for(tx.session, case.id, _released_on(tx, case), as_of)
            tx.audit("view", "follow_up_contact", case_id=case.id,
                     details={"as_of": as_of.isoformat()})
            return view

    def raise_flag(self, actor: Actor, case_no: str, flag: str, raised_on: date,
                   reason: str) -> FlagView:
        """Dated and with a reason. Suicide risk, family at risk and an exposed address
        become alerts that supervisors see at once."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            code = one_of(flag, RiskFlag, "flag", "flag")
            effective_date(raised_on, "raised_on", today=self.ctx.today(),
                           not_before=case.arrival_date, before_what="arrival_date")
            why = required_text(reason, "reason", multiline=True)
            if _active(tx, case.id, code) is not None:
                raise InvalidInput("flag", "flag_already_raised", flag=code.value,
                                   case_no=case.case_no)
            entry = RiskFlagEntry(case_id=case.id, flag=code.value, raised_on=raised_on,
                                  note=why, recorded_by_id=actor.id)
            tx.session.add(entry)
            tx.session.flush()
            _mirror(tx, case)
            tx.audit("create", "risk_flag", entry.id, case_id=case.id, details=changes(
                {}, {"flag": code.value, "raised_on": raised_on.isoformat(), "reason": why,
                     "alert": followup.alerts_supervisors(code)}))
            return FlagView(entry.id, entry.flag, entry.raised_on, None, entry.note)

    def clear_flag(self, actor: Actor, case_no: str, flag: str, cleared_on: date,
                   reason: str) -> FlagView:
        """Dated and with a reason. The entry stays as history with its clearing date and
        reason; the case's mirror drops it."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            code = one_of(flag, RiskFlag, "flag", "flag")
            entry = _active(tx, case.id, code)
            if entry is None:
                raise InvalidInput("flag", "flag_not_raised", flag=code.value,
                                   case_no=case.case_no)
            effective_date(cleared_on, "cleared_on", today=self.ctx.today(),
                           not_before=entry.raised_on, before_what="raised_on")
            why = required_text(reason, "reason", multiline=True)
            entry.cleared_on = cleared_on
            entry.note = f"{entry.note}\n{cleared_on}: {why}".strip()
            tx.session.flush()
            _mirror(tx, case)
            tx.audit("update", "risk_flag", entry.id, case_id=case.id, details=changes(
                {"cleared_on": None}, {"cleared_on": cleared_on.isoformat(), "reason": why}))
            return FlagView(entry.id, entry.flag, entry.raised_on, cleared_on, entry.note)

    def flags(self, actor: Actor, case_no: str) -> list[FlagView]:
        """Every flag of the case, cleared ones included, oldest first."""
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            out = flags_for(tx.session, case.id)
            tx.audit("view", "risk_flag", case_id=case.id, details={"count": len(out)})
            return out

    def alerts(self, actor: Actor) -> list[AlertView]:
        """Active life-at-stake flags, newest first: supervisors and admins only."""
        with transaction(self.ctx, actor, Action.VIEW_ALERTS) as tx:
            rows = tx.session.execute(
                select(Case.case_no, RiskFlagEntry.flag, RiskFlagEntry.raised_on,
                       RiskFlagEntry.note)
                .join(Case, Case.id == RiskFlagEntry.case_id)
                .where(RiskFlagEntry.flag.in_(ALERT_FLAGS), RiskFlagEntry.cleared_on.is_(None))
                .order_by(RiskFlagEntry.raised_on.desc(), Case.case_no)).all()
            tx.audit("view", "alerts", details={"count": len(rows)})
            return [AlertView(case_no, flag, raised_on, note)
                    for case_no, flag, raised_on, note in rows]


def _released_on(tx: Tx, case: Case) -> date:
    released = release_date(tx.session, case.id)
    if released is None:
        raise RuleViolation("not_released", case_no=case.case_no)
    return released


def _active(tx: Tx, case_id: int, flag: RiskFlag) -> RiskFlagEntry | None:
    return tx.session.scalar(select(RiskFlagEntry).where(
        RiskFlagEntry.case_id == case_id, RiskFlagEntry.flag == flag.value,
        RiskFlagEntry.cleared_on.is_(None)).limit(1))


def _mirror(tx: Tx, case: Case) -> None:
    """cases.flags: the active flags, sorted and comma-separated, so lists filter fast."""
    active = tx.session.scalars(select(RiskFlagEntry.flag).distinct().where(
        RiskFlagEntry.case_id == case.id, RiskFlagEntry.cleared_on.is_(None)))
    case.flags = ",".join(sorted(active))
