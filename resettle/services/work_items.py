"""Deriving worklist items from the record: one query per kind, over open cases only.

Each query reads indexed columns of the cases that can owe something (held now, in the
programme, released and still protected), so the supervisor's Today over 100,000 cases reads
only those rows. `case_filter` narrows every query to some cases (a caseworker's, a lawyer's).
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Collection
from collections.abc import Set as AbstractSet
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session

from resettle.domain import custody
from resettle.domain import worklist as wl
from resettle.domain.followup import RiskFlag, alerts_supervisors
from resettle.domain.stages import Stage
from resettle.storage.models import (
    AuditEntry,
    Case,
    CustodyExtension,
    Enrolment,
    FollowUpContact,
    Hearing,
    Placement,
    ProgrammeCohort,
    ProtectionApplication,
    RewardClaim,
    RiskFlagEntry,
    User,
)

from . import case_state
from .case_query import held_on
from .corrections import live

OPEN_STAGES = (Stage.INTAKE.value, Stage.SCREENING.value, Stage.CUSTODY.value,
               Stage.PROGRAMME.value, Stage.RELEASED.value)
HIGH_RISK = frozenset({RiskFlag.HIGH_PROFILE} | {f for f in RiskFlag if alerts_supervisors(f)})


def _day(moment: datetime | None) -> date | None:
    return moment.date() if moment is not None else None


def derive(s: Session, as_of: date, until: date, kinds: AbstractSet[wl.Kind],
           case_filter: Any = None) -> list[wl.Item]:
    """Every item of `kinds` due by `until` (and, for follow-ups, due after nothing earlier
    than needed), as of `as_of`, on the cases `case_filter` admits (None: every case)."""
    where = case_filter if case_filter is not None else true()
    out: list[wl.Item] = []
    if kinds & {wl.Kind.CUSTODY_LIMIT, wl.Kind.EXTENSION_REQUEST, wl.Kind.EXTENSION_DECISION}:
        out += _custody(s, as_of, until, where)
    if wl.Kind.HEARING in kinds:
        out += _hearings(s, as_of, until, where)
    if kinds & {wl.Kind.PROGRAMME_ENROLMENT, wl.Kind.PROGRAMME_COMPLETION, wl.Kind.PLACEMENT}:
        out += _programme(s, as_of, where)
    if kinds & {wl.Kind.FOLLOW_UP, wl.Kind.HOUSING_LOCK_END,
                wl.Kind.EMPLOYMENT_PROTECTION_END, wl.Kind.PROTECTION_END}:
        out += _released(s, as_of, until, where, kinds)
    if wl.Kind.PROTECTION_DECISION in kinds:
        out += _protection(s, as_of, where)
    if kinds & set(wl.REWARD_STEPS.values()):
        out += _rewards(s, as_of, where)
    if wl.Kind.RISK_FLAG in kinds:
        out += _flags(s, as_of, where)
    # an item inside its own lead time shows even when due after `until` (custody: 14 days)
    return [i for i in out if i.kind in kinds
            and (i.due <= until or (i.status is wl.Status.DUE and until > as_of))]


def _custody(s: Session, as_of: date, until: date, where: Any) -> list[wl.Item]:
    """People held on `as_of` whose last lawful day is within the lead time (or past)."""
    lead = max(wl.rule_for(as_of).lead(k) for k in (wl.Kind.CUSTODY_LIMIT,
                                                    wl.Kind.EXTENSION_REQUEST))
    columns = (Case.id, Case.case_no, Case.caseworker_id, Case.custody_start,
               Case.custody_last_day, Case.custody_deadline)
    near = and_(held_on(as_of), where,
                Case.custody_deadline <= max(until, as_of) + timedelta(days=lead))
    # One query per branch of held_on's OR, each walking ix_cases_custody_held (with the OR
    # SQLite scans every deadline: 140 ms instead of 5 at 100,000 cases).
    rows = [*s.execute(select(*columns).where(Case.custody_last_day.is_(None), near)),
            *s.execute(select(*columns).where(Case.custody_last_day >= as_of, near))]
    if not rows:
        return []
    rules = case_state.custody_rules(s)
    ids = [r.id for r in rows]
    exts: dict[int, list[CustodyExtension]] = defaultdict(list)
    for x in s.scalars(select(CustodyExtension).where(CustodyExtension.case_id.in_(ids))
                       .order_by(CustodyExtension.id)):
        exts[x.case_id].append(x)
    out: list[wl.Item] = []
    for r in rows:
        grants = [custody.Grant(x.days, x.decision_date or date.min) for x in exts[r.id]
                  if x.status == "approved"]
        end = r.custody_last_day + timedelta(days=1) if r.custody_last_day else None
        clock = custody.custody_clock(r.custody_start, end, as_of, rules, grants)
        counted = [g for g in grants if g.decided_on <= as_of]
        asked = [x for x in exts[r.id] if x.recorded_at.date() <= as_of]
        latest = asked[-1] if asked else None
        decided = latest.decision_date if latest and latest.status in ("approved", "refused") \
            else None
        out += wl.custody_items(
            r.id, r.case_no, clock.last_lawful_day, as_of, ended_on=end,
            extension_allowed=len(counted) < clock.rule.max_extensions,
            requested_on=_day(latest.recorded_at) if latest else None,
            pending_id=latest.id if latest else None, decided_on=decided,
            assignee_id=r.caseworker_id)
    return out


def _hearings(s: Session, as_of: date, until: date, where: Any) -> list[wl.Item]:
    """Hearings ahead, and past ones whose attendance and outcome are not yet recorded."""
    rows = s.execute(select(Hearing, Case.case_no, Case.caseworker_id)
                     .join(Case, Hearing.case_id == Case.id)
                     .where(Hearing.hearing_date <= until, Case.stage.in_(OPEN_STAGES), where,
                            live(Hearing, "hearing"),
                            or_(Hearing.hearing_date >= as_of - timedelta(days=1),
                                and_(Hearing.attended == "unknown", Hearing.outcome == ""))))
    out = []
    for h, case_no, worker in rows:
        recorded = h.attended != "unknown" or bool(h.outcome.strip())
        done = max(h.hearing_date, h.recorded_at.date()) if recorded else None
        out.append(wl.hearing_item(h.case_id, case_no, h.id, h.hearing_date, as_of,
                                   recorded_on=done, assignee_id=worker))
    return out


def _programme(s: Session, as_of: date, where: Any) -> list[wl.Item]:
    """Cases in the programme stage: enrolment, completion, placement to arrange."""
    rows = s.execute(select(Case.id, Case.case_no, Case.caseworker_id, Case.stage_date,
                            Enrolment.enrolled_on, Enrolment.completed_on,
                            ProgrammeCohort.start_date, ProgrammeCohort.weeks)
                     .outerjoin(Enrolment, Enrolment.case_id == Case.id)
                     .outerjoin(ProgrammeCohort, ProgrammeCohort.id == Enrolment.cohort_id)
                     .where(Case.stage == Stage.PROGRAMME.value, where)).all()
    placed: dict[int, date] = {}
    if rows:
        for case_id, at in s.execute(select(Placement.case_id, func.min(Placement.recorded_at))
                                     .join(Case, Placement.case_id == Case.id)
                                     .where(Case.stage == Stage.PROGRAMME.value, where,
                                            live(Placement, "placement"))
                                     .group_by(Placement.case_id)):
            placed[case_id] = at.date() if isinstance(at, datetime) else at
    out: list[wl.Item] = []
    for r in rows:
        enrolled = r.enrolled_on if r.enrolled_on and r.enrolled_on <= as_of else None
        out += wl.programme_items(r.id, r.case_no, r.stage_date, as_of, enrolled_on=enrolled,
                                  cohort_start=r.start_date, weeks=r.weeks or 12,
                                  completed_on=r.completed_on, placed_on=placed.get(r.id),
                                  assignee_id=r.caseworker_id)
    return out


def _released(s: Session, as_of: date, until: date, where: Any,
              kinds: Collection[wl.Kind]) -> list[wl.Item]:
    """Released cases: follow-up contacts while protected, milestones, the end of protection
    (open until the case is closed). Closed cases owe nothing and are not read."""
    rows = s.execute(select(Case.id, Case.case_no, Case.caseworker_id, Case.stage_date,
                            Case.protection_end)
                     .where(Case.stage == Stage.RELEASED.value, Case.stage_date <= as_of,
                            where)).all()
    contacts: dict[int, list[date]] = defaultdict(list)
    if wl.Kind.FOLLOW_UP in kinds and rows:
        for case_id, when in s.execute(
                select(FollowUpContact.case_id, FollowUpContact.contact_date)
                .join(Case, FollowUpContact.case_id == Case.id)
                .where(Case.stage == Stage.RELEASED.value, Case.protection_end > as_of,
                       FollowUpContact.contact_date <= as_of, where,
                       live(FollowUpContact, "follow_up_contact"))):
            contacts[case_id].append(when)
    milestones = bool(set(kinds) & {wl.Kind.HOUSING_LOCK_END, wl.Kind.EMPLOYMENT_PROTECTION_END,
                                    wl.Kind.PROTECTION_END})
    out: list[wl.Item] = []
    for case_id, case_no, worker, released, end in rows:
        if wl.Kind.FOLLOW_UP in kinds and (end is None or end > as_of):
            out += wl.follow_up_items(case_id, case_no, released, contacts.get(case_id, ()),
                                      as_of, until=until, assignee_id=worker)
        if milestones:
            out += [i for i in wl.release_items(case_id, case_no, released, as_of,
                                                assignee_id=worker) if i.due <= until]
    return out


def follow_up_counts(s: Session, as_of: date, escalate_days: int, marks: list[wl.Mark],
                     case_filter: Any = None) -> dict[int | None, tuple[int, int]]:
    """(overdue, escalated) follow-up contacts per caseworker over every protected released
    case, as the items would count them, without building the items: the number of scheduled
    dates passed minus those whose window holds a contact. Cases with a stored mark take the
    item path (marks are few)."""
    where = case_filter if case_filter is not None else true()
    rows = s.execute(select(Case.id, Case.case_no, Case.caseworker_id, Case.stage_date)
                     .where(Case.stage == Stage.RELEASED.value, Case.stage_date <= as_of,
                            Case.protection_end > as_of, where)).all()
    contacts: dict[int, list[date]] = defaultdict(list)
    for case_id, when in s.execute(
            select(FollowUpContact.case_id, FollowUpContact.contact_date)
            .join(Case, FollowUpContact.case_id == Case.id)
            .where(Case.stage == Stage.RELEASED.value, Case.protection_end > as_of,
                   FollowUpContact.contact_date <= as_of, where,
                   live(FollowUpContact, "follow_up_contact"))):
        contacts[case_id].append(when)
    marked = {m.item_id.split(":", 1)[0] for m in marks if ":follow_up:" in m.item_id}
    # overdue this long: escalated (a huge setting means never)
    late_before = as_of - timedelta(days=min(escalate_days, 36_500) - 1)
    out: dict[int | None, list[int]] = defaultdict(lambda: [0, 0])
    for case_id, case_no, worker, released in rows:
        made = contacts.get(case_id, ())
        if case_no in marked:
            items = wl.apply_marks(wl.follow_up_items(case_id, case_no, released, made, as_of,
                                                      until=as_of, assignee_id=worker),
                                   marks, as_of, escalate_days)
            for i in items:
                if i.status is wl.Status.OVERDUE:
                    out[i.assignee_id][0] += 1
                    out[i.assignee_id][1] += i.escalated
            continue
        dues, opens = wl.due_dates(released), wl.window_opens(released)
        passed = bisect.bisect_left(dues, as_of)
        escalated = bisect.bisect_left(dues, late_before)
        covered = {bisect.bisect_right(opens, c) - 1 for c in made}
        out[worker][0] += passed - sum(1 for w in covered if 0 <= w < passed)
        out[worker][1] += escalated - sum(1 for w in covered if 0 <= w < escalated)
    return {k: (v[0], v[1]) for k, v in out.items()}


def _protection(s: Session, as_of: date, where: Any) -> list[wl.Item]:
    rows = s.execute(select(ProtectionApplication, Case.case_no, Case.caseworker_id)
                     .join(Case, ProtectionApplication.case_id == Case.id)
                     .where(ProtectionApplication.investigation_ended_on.is_not(None),
                            ProtectionApplication.investigation_ended_on <= as_of,
                            or_(ProtectionApplication.decided_on.is_(None),
                                ProtectionApplication.decided_on > as_of - timedelta(days=1)),
                            live(ProtectionApplication, "protection_application"), where))
    return [wl.protection_decision_item(a.case_id, case_no, a.id, a.investigation_ended_on,
                                        as_of, decided_on=a.decided_on, assignee_id=worker)
            for a, case_no, worker in rows if a.investigation_ended_on is not None]


def _rewards(s: Session, as_of: date, where: Any) -> list[wl.Item]:
    rows = s.execute(select(RewardClaim, Case.case_no).join(Case, RewardClaim.case_id == Case.id)
                     .where(RewardClaim.status.in_(tuple(wl.REWARD_STEPS)),
                            RewardClaim.claim_date <= as_of, where))
    out = []
    for c, case_no in rows:
        item = wl.reward_item(c.case_id, case_no, c.id, c.status,
                              c.decided_on or c.claim_date, as_of)
        if item is not None:
            out.append(item)
    return out


def _flags(s: Session, as_of: date, where: Any) -> list[wl.Item]:
    days = wl.rule_for(as_of).recent_flag_days
    rows = s.execute(select(RiskFlagEntry, Case.case_no, Case.caseworker_id)
                     .join(Case, RiskFlagEntry.case_id == Case.id)
                     .where(RiskFlagEntry.flag.in_([f.value for f in HIGH_RISK]),
                            RiskFlagEntry.raised_on <= as_of,
                            RiskFlagEntry.raised_on > as_of - timedelta(days=days),
                            or_(RiskFlagEntry.cleared_on.is_(None),
                                RiskFlagEntry.cleared_on > as_of), where))
    return [wl.make(f.case_id, case_no, wl.Kind.RISK_FLAG,
                    f.raised_on + timedelta(days=days - 1), as_of, ref=f.flag,
                    assignee_id=worker) for f, case_no, worker in rows]


def admin_items(s: Session, now: datetime, as_of: date, backup_days: int,
                verify_days: int) -> list[wl.Item]:
    """Accounts locked now, a backup older than `backup_days`, an audit verify older than
    `verify_days` (counted from the first audit row when there has been none)."""
    out = [wl.make(None, "", wl.Kind.ACCOUNT_LOCKED, as_of, as_of, ref=name)
           for name, in s.execute(select(User.username).where(User.locked_until > now))]
    first = s.scalar(select(func.min(AuditEntry.at)))
    for kind, action, entity, every in (
            (wl.Kind.BACKUP_OVERDUE, "export", "backup", backup_days),
            (wl.Kind.AUDIT_VERIFY, "verify", "audit_log", verify_days)):
        last = s.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == action,
                                                             AuditEntry.entity == entity))
        since = last or first
        if since is not None:
            out.append(wl.make(None, "", kind, since.date() + timedelta(days=every), as_of))
    return out


def usernames(s: Session) -> dict[int, str]:
    return {int(i): str(n) for i, n in s.execute(select(User.id, User.username))}
