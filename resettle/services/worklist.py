"""Today's work for each role: items derived from the record, snoozes, reassignments, marks."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session

from resettle.domain import worklist as wl
from resettle.domain.errors import InvalidInput, NotFound, PermissionDenied
from resettle.domain.roles import Action, Role
from resettle.storage.models import Case, User, WorkMark

from . import settings, work_items
from .access import represented_by
from .context import Actor, Context, Tx, transaction

# Settings (resettle.domain.settings, read with services.settings.read): overdue days before
# an item is escalated to supervisors; how often a backup and an audit verify are expected;
# whether the iCalendar export carries case numbers ("yes") or only the kind of item ("no").
CASEWORKER_KINDS = wl.AUDIENCE[Role.CASEWORKER]


@dataclass(frozen=True)
class WorkItem:
    """One item as a face shows it; `assignee` is a user name, never a person's name."""

    id: str
    case_no: str
    kind: str
    due: date
    status: str
    bucket: str  # overdue, today, week, later
    done_on: date | None
    days_late: int
    escalated: bool
    assignee: str
    ref: str
    snoozed_until: date | None


@dataclass(frozen=True)
class CaseworkerLoad:
    """A caseworker's overdue items, for the supervisor (escalated: past the set days)."""

    username: str
    overdue: int
    escalated: int


@dataclass(frozen=True)
class PrintedWorklist:
    """PDF bytes and a file name without personal data (as services.reports.ReportFile)."""

    filename: str
    pdf: bytes


@dataclass(frozen=True)
class Today:
    as_of: date
    role: str
    items: tuple[WorkItem, ...]  # open items (and snoozed ones, last), most urgent first
    loads: tuple[CaseworkerLoad, ...] = ()  # supervisors: overdue items by caseworker
    counts: tuple[tuple[str, int], ...] = ()  # bucket -> number of open items


def setting(s: Session, key: str) -> Any:
    """One field of the office's typed settings."""
    return getattr(settings.read(s), key)


def _marks(s: Session, case_ids: set[int] | None = None) -> list[wl.Mark]:
    q = select(WorkMark).order_by(WorkMark.id)
    return [wl.Mark(m.item_id, m.action, m.on, m.until, m.assignee_id) for m in s.scalars(q)
            if case_ids is None or m.case_id is None or m.case_id in case_ids]


def _reassigned_to(s: Session, user_id: int | None) -> list[int]:
    return [c for c, in s.execute(select(WorkMark.case_id).where(  # type: ignore[misc]
        WorkMark.action == "reassign", WorkMark.assignee_id == user_id,
        WorkMark.case_id.is_not(None)).distinct())]


def _view(i: wl.Item, as_of: date, names: dict[int, str]) -> WorkItem:
    return WorkItem(i.id, i.case_no, i.kind.value, i.due, i.status.value, wl.bucket(i, as_of),
                    i.done_on, i.days_late, i.escalated,
                    names.get(i.assignee_id, "") if i.assignee_id else "", i.ref,
                    i.snoozed_until)


def _urgency(i: WorkItem) -> tuple[int, date, str]:
    order = {"overdue": 0, "today": 1, "week": 2, "later": 3}
    return (4 if i.status == wl.Status.SNOOZED else order[i.bucket], i.due, i.id)


def derive_for(tx: Tx, actor: Actor, as_of: date, *, until: date | None = None,
               kinds: frozenset[wl.Kind] | None = None, for_user: int | None = None,
               everyone: bool = False) -> list[wl.Item]:
    """The actor's items (all marks applied). A caseworker's: their cases' items plus those
    reassigned to them, minus those reassigned away; a lawyer's: their clients' only."""
    s = tx.session
    until = until or as_of + timedelta(days=wl.WEEK)
    kinds = kinds if kinds is not None else wl.AUDIENCE[actor.role]
    office = settings.read(s)
    escalate = office.worklist_escalate_days
    if actor.role is Role.ADMIN:
        items = work_items.admin_items(s, tx.ctx.now(), as_of,
                                       office.backup_every_days,
                                       office.audit_verify_every_days)
        return wl.apply_marks(items, _marks(s), as_of, escalate)
    where: Any = None
    mine: int | None = None
    if actor.role is Role.LAWYER:
        where = represented_by(actor)
    elif not everyone and (actor.role is Role.CASEWORKER or for_user is not None):
        mine = for_user if for_user is not None else actor.id
        moved = _reassigned_to(s, mine)
        where = or_(Case.caseworker_id == mine, Case.id.in_(moved)) if moved \
            else Case.caseworker_id == mine
    items = wl.apply_marks(work_items.derive(s, as_of, until, kinds, where), _marks(s),
                           as_of, escalate)
    if mine is not None:
        items = [i for i in items if i.assignee_id == mine]
    return items


def overdue_follow_ups(session: Session, as_of: date, year: int | None = None) -> int:
    """Overdue follow-up contacts across every case as the worklist counts them (the
    statistics report prints this figure): protected cases only, snoozes and marks applied."""
    where = Case.arrival_year == year if year else None
    counts = work_items.follow_up_counts(session, as_of, 10**6, _marks(session), where)
    return sum(n for n, _e in counts.values())


class Worklist:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def _as_of(self, as_of: date | None) -> date:
        return as_of or self.ctx.today()

    def _user_id(self, tx: Tx, username: str | None) -> int | None:
        if not username:
            return None
        if tx.actor.role is not Role.SUPERVISOR and username != tx.actor.username:
            raise PermissionDenied(tx.actor.role.value, "view_worklist", user=username)
        uid = tx.session.scalar(select(User.id).where(User.username == username.strip()))
        if uid is None:
            raise InvalidInput("user", "no_such_user", value=username)
        return uid

    def items(self, actor: Actor, as_of: date | None = None, *, user: str | None = None,
              overdue_only: bool = False, days: int = wl.WEEK,
              include_snoozed: bool = False) -> list[WorkItem]:
        """Open items due within `days` (and overdue ones), most urgent first."""
        as_of = self._as_of(as_of)
        with transaction(self.ctx, actor, Action.VIEW_CASE, read_only=True) as tx:
            uid = self._user_id(tx, user)
            kinds = CASEWORKER_KINDS if uid is not None else None
            raw = derive_for(tx, actor, as_of, until=as_of + timedelta(days=days), kinds=kinds,
                             for_user=uid)
            names = work_items.usernames(tx.session)
        keep = [i for i in raw if i.status.open or
                (include_snoozed and i.status is wl.Status.SNOOZED)]
        if overdue_only:
            keep = [i for i in keep if i.status is wl.Status.OVERDUE]
        return sorted((_view(i, as_of, names) for i in keep), key=_urgency)

    def today(self, actor: Actor, as_of: date | None = None) -> Today:
        """The role's Today: its open items, most urgent first (for supervisors: decisions
        waiting, people near or over the custody limit, recent high-risk flags). Indexed
        queries over open cases only; every caseworker's overdue items are `loads`."""
        as_of = self._as_of(as_of)
        with transaction(self.ctx, actor, Action.VIEW_CASE, read_only=True) as tx:
            names = work_items.usernames(tx.session)
            raw = derive_for(tx, actor, as_of)
        views = sorted((_view(i, as_of, names) for i in raw
                        if i.status.open or i.status is wl.Status.SNOOZED), key=_urgency)
        counts = Counter(v.bucket for v in views if v.status != wl.Status.SNOOZED)
        return Today(as_of, actor.role.value, tuple(views), (), tuple(sorted(counts.items())))

    def loads(self, actor: Actor, as_of: date | None = None) -> list[CaseworkerLoad]:
        """Every caseworker's overdue items and how many are escalated (overdue the set number
        of days or more), over every open case (supervisors; Today fills it in after painting).
        Follow-up contacts are counted without building each item (marks applied)."""
        as_of = self._as_of(as_of)
        with transaction(self.ctx, actor, Action.APPROVE_EXTENSION, read_only=True) as tx:
            s = tx.session
            names = work_items.usernames(s)
            escalate = settings.read(s).worklist_escalate_days
            marks = _marks(s)
            other = wl.apply_marks(work_items.derive(
                s, as_of, as_of, CASEWORKER_KINDS - {wl.Kind.FOLLOW_UP}), marks, as_of,
                escalate)
            late: Counter[int | None] = Counter()
            high: Counter[int | None] = Counter()
            for i in other:
                late[i.assignee_id] += i.status is wl.Status.OVERDUE
                high[i.assignee_id] += i.escalated
            for worker, (n, e) in work_items.follow_up_counts(s, as_of, escalate,
                                                              marks).items():
                late[worker] += n
                high[worker] += e
        return sorted((CaseworkerLoad(names.get(k, "") if k else "", n, high[k])
                       for k, n in late.items() if n),
                      key=lambda c: (-c.escalated, -c.overdue, c.username))

    def calendar(self, actor: Actor, start: date, end: date) -> list[WorkItem]:
        """Hearings and deadlines due from `start` to `end` (inclusive), done ones too."""
        if end < start:
            raise InvalidInput("until", "date_before", date=end, other="since", other_date=start)
        today = self.ctx.today()
        as_of = min(max(start, today), end) if start <= today else start
        with transaction(self.ctx, actor, Action.VIEW_CASE, read_only=True) as tx:
            kinds = wl.AUDIENCE[actor.role] & wl.CALENDAR_KINDS if actor.role is not Role.ADMIN \
                else frozenset()
            raw = derive_for(tx, actor, as_of, until=end, kinds=kinds) if kinds else []
            names = work_items.usernames(tx.session)
        return sorted((_view(i, as_of, names) for i in raw
                       if start <= i.due <= end and i.status is not wl.Status.CLOSED),
                      key=lambda v: (v.due, v.kind, v.case_no))

    # --- stored decisions -------------------------------------------------------------------
    def _find(self, tx: Tx, item_id: str) -> tuple[wl.Item, int | None]:
        """The item, if it exists for this actor today (or as of its due date)."""
        case_no, kind, due, _ref = wl.parse_item_id(item_id)
        case_id: int | None = None
        if case_no:
            case_id = tx.session.scalar(select(Case.id).where(Case.case_no == case_no.upper()))
        if case_no and case_id is None:
            raise NotFound("work_item", item_id)
        today = self.ctx.today()
        role = tx.actor.role
        cond: Any = (Case.id == case_id) if case_id is not None else true()
        if role is Role.LAWYER:
            cond = and_(cond, represented_by(tx.actor))
        kinds = wl.AUDIENCE[role] if role in (Role.LAWYER, Role.ADMIN) \
            else frozenset(wl.Kind) - wl.AUDIENCE[Role.ADMIN]
        for as_of in (today, max(due, today)):
            if role is Role.ADMIN:
                found = derive_for(tx, tx.actor, as_of, until=max(due, as_of))
            else:
                found = wl.apply_marks(work_items.derive(tx.session, as_of, max(due, as_of),
                                                         kinds, cond),
                                       _marks(tx.session), as_of, 10**6)
            hit = next((i for i in found if i.id == item_id.strip()), None)
            if hit is not None:
                return hit, case_id
        raise NotFound("work_item", item_id)

    def _mark(self, actor: Actor, item_id: str, action: str, reason: str, *,
              until: date | None = None, assignee: str | None = None) -> WorkItem:
        if not reason.strip():
            raise InvalidInput("reason", "required")
        today = self.ctx.today()
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            if actor.role is Role.LAWYER and action == "reassign":
                raise PermissionDenied(actor.role.value, "reassign_work")
            item, case_id = self._find(tx, item_id)
            assignee_id = None
            if action == "snooze":
                assert until is not None
                wl.check_snooze(until, today, reason)
            if action == "reassign":
                assignee_id = tx.session.scalar(select(User.id).where(
                    User.username == (assignee or "").strip(), User.active.is_(True),
                    User.role.in_((Role.CASEWORKER.value, Role.SUPERVISOR.value))))
                if assignee_id is None:
                    raise InvalidInput("assignee", "not_active_caseworker", value=assignee)
            tx.session.add(WorkMark(item_id=item.id, case_id=case_id, action=action, on=today,
                                    until=until, assignee_id=assignee_id,
                                    reason=reason.strip()))
            tx.audit("update", "work_item", item.id, case_id, {
                "action": action, "reason": reason.strip(),
                **({"until": until.isoformat()} if until else {}),
                **({"assignee": assignee} if assignee else {})})
            names = work_items.usernames(tx.session)
            after = wl.apply_marks([item], _marks(tx.session, {case_id} if case_id else None),
                                   today, 10**6)[0]
        return _view(after, today, names)

    def done(self, actor: Actor, item_id: str, reason: str) -> WorkItem:
        """Mark an item done by an act the record does not hold (the reason says which)."""
        return self._mark(actor, item_id, "done", reason)

    def snooze(self, actor: Actor, item_id: str, until: date, reason: str) -> WorkItem:
        return self._mark(actor, item_id, "snooze", reason, until=until)

    def reassign(self, actor: Actor, item_id: str, username: str, reason: str) -> WorkItem:
        return self._mark(actor, item_id, "reassign", reason, assignee=username)

    # --- exports --------------------------------------------------------------------------
    def ical(self, actor: Actor, as_of: date | None = None, days: int = 90) -> bytes:
        """The actor's open items and hearings/deadlines of the coming `days` as iCalendar:
        only the case number (or nothing, by the setting) and the kind, never a name."""
        from resettle.reports.worklist import build_ical

        as_of = self._as_of(as_of)
        items = self.calendar(actor, as_of, as_of + timedelta(days=days))
        overdue = [i for i in self.items(actor, as_of) if i.status == wl.Status.OVERDUE]
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            numbers = settings.read(tx.session).calendar_case_numbers != "no"
            tx.audit("export", "worklist", "ical", details={"items": len(items) + len(overdue),
                                                            "case_numbers": numbers})
        return build_ical(overdue + items, as_of, with_case_numbers=numbers,
                          lang=actor.language)

    def report(self, actor: Actor, user: str | None = None, *, everyone: bool = False,
               as_of: date | None = None, lang: str | None = None) -> Any:
        """The printed worklist: one caseworker's open items, or the whole office's."""
        from resettle.reports.data import PrintInfo
        from resettle.reports.formatting import suggested_filename
        from resettle.reports.worklist import WorklistData, build_worklist

        as_of = self._as_of(as_of)
        with transaction(self.ctx, actor, Action.PRINT_REPORT) as tx:
            tx.require(Action.VIEW_CASE)  # it prints what the Today screen shows
            if everyone and actor.role is not Role.SUPERVISOR:
                raise PermissionDenied(actor.role.value, "print_office_worklist")
            uid = self._user_id(tx, user)
            raw = derive_for(tx, actor, as_of, kinds=None if uid is None and not everyone
                             else CASEWORKER_KINDS, for_user=uid, everyone=everyone)
            names = work_items.usernames(tx.session)
            views = sorted((_view(i, as_of, names) for i in raw if i.status.open),
                           key=lambda v: (v.assignee, _urgency(v)))
            scope = "office" if everyone else (user or actor.username)
            head = tx.audit("print", "report", f"worklist:{'office' if everyone else 'user'}")
            info = PrintInfo(printed_by=actor.display_name or actor.username,
                             printed_at=self.ctx.now(), chain_head=head,
                             organisation=settings.read(tx.session).organisation,
                             lang=lang or actor.language)
        data = WorklistData(as_of, scope, everyone, tuple(views))
        return PrintedWorklist(suggested_filename("worklist", info.printed_at),
                               build_worklist(data, info))
