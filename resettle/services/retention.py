"""Retention: each case's anonymisation date, legal holds, and the run that anonymises the
cases that are due (personal data removed, statistical facts kept, the case's audit key
destroyed, the file vacuumed and its WAL emptied)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select, update

from resettle.domain import retention as rt
from resettle.domain.errors import InvalidInput, RuleViolation
from resettle.domain.roles import Action
from resettle.domain.validation import required_text
from resettle.storage import case_keys, maintenance
from resettle.storage.models import (
    Anonymisation,
    Attachment,
    AuditEntry,
    Case,
    Consent,
    CustodyExtension,
    FollowUpContact,
    Hearing,
    LegalHold,
    LegalRepresentative,
    Note,
    PersonName,
    Placement,
    PowerOfAttorney,
    ProtectionApplication,
    RecordVoid,
    Relative,
    RetentionRule,
    RewardClaim,
    RiskFlagEntry,
    ScreeningRecord,
    StageEvent,
    WorkMark,
)

from .access import find_case
from .context import Actor, Context, Tx, transaction
from .retention_schedule import CaseRetention, case_retention, rules_of
from .statistics import AGE_BANDS, UNKNOWN, _age_band


@dataclass(frozen=True)
class RunResult:
    dry_run: bool
    anonymised: tuple[str, ...]
    held: tuple[str, ...]
    wal_emptied: bool
    # Audit rows of these cases written before revision 0010 (details in the clear): the
    # chain cannot change them, so they still hold what they held; reported, not hidden.
    unsealed_audit_rows: int = 0


@dataclass(frozen=True)
class OldBackup:
    """A backup taken before an anonymisation: it still holds those cases' personal data."""

    name: str
    taken_at: datetime
    cases: tuple[str, ...]


def _kept_birth(birth: str | None, arrival: date) -> str | None:
    """A birth year that keeps only the age band on arrival (the statistics' fact)."""
    band = _age_band(birth, arrival)
    if band == UNKNOWN:
        return None
    low, high = next((lo, hi) for lo, hi, label in AGE_BANDS if label == band)
    middle = (low + min(high, low + 20)) // 2
    for age in sorted(range(low, min(high, low + 40) + 1), key=lambda a: abs(a - middle)):
        year = str(arrival.year - age)
        if _age_band(year, arrival) == band:
            return year
    return None


def anonymise(tx: Tx, case: Case, due_on: date) -> None:
    """Remove the person's data from the case; keep year, sex, age band, stage dates and
    outcome. The case's audit key is destroyed, so its sealed audit details are unreadable."""
    s, cid, person = tx.session, case.id, case.person
    birth = _kept_birth(person.birth_date, case.arrival_date)
    for column in ("family_name", "given_name", "family_name_latin", "given_name_latin",
                   "key_hangul", "key_initials", "key_latin", "key_latin_rev", "key_folded",
                   "key_given", "key_given_initials", "origin_province", "origin_city",
                   "occupation"):
        setattr(person, column, "")
    person.birth_date, person.birth_precision = birth, "year" if birth else None
    person.birth_year = int(birth) if birth else None
    person.photo = None
    case.route, case.referred_by, case.broker_debt_won = "", "", None
    case.group_id, case.high_profile, case.flags = None, False, ""
    rep_ids = select(LegalRepresentative.id).where(LegalRepresentative.case_id == cid)
    s.execute(delete(PowerOfAttorney).where(PowerOfAttorney.representative_id.in_(rep_ids)))
    for model in (LegalRepresentative, Consent, Note, ScreeningRecord, RiskFlagEntry, Hearing,
                  FollowUpContact, Attachment):
        s.execute(delete(model).where(model.case_id == cid))
    s.execute(delete(PersonName).where(PersonName.person_id == person.id))
    s.execute(delete(Relative).where(Relative.person_id == person.id))
    s.execute(update(StageEvent).where(StageEvent.case_id == cid).values(reason=""))
    s.execute(update(CustodyExtension).where(CustodyExtension.case_id == cid)
              .values(reason="", decision_reason=""))
    s.execute(update(ProtectionApplication).where(ProtectionApplication.case_id == cid)
              .values(reason="", decision_reason=""))
    s.execute(update(Placement).where(Placement.case_id == cid).values(
        support_centre="", protection_officer="", protection_officer_contact=""))
    s.execute(update(RewardClaim).where(RewardClaim.case_id == cid)
              .values(reason="", duplicate_reason=""))
    for kept in (LegalHold, RecordVoid, WorkMark):  # free text a person may be named in
        s.execute(update(kept).where(kept.case_id == cid).values(reason=""))
    case_keys.destroy(s, cid)
    s.add(Anonymisation(case_id=cid, case_no=case.case_no, due_on=due_on,
                        done_at=tx.ctx.now(), recorded_by_id=tx.actor.id))
    s.expire_all()
    tx.audit("anonymise", "case", case.case_no, cid, {"due_on": due_on.isoformat()})


class Retention:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def rules(self, actor: Actor) -> builtins.list[rt.RetentionRule]:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            return sorted(rules_of(tx), key=lambda r: r.effective_from)

    def add_rule(self, actor: Actor, rule: rt.RetentionRule, source: str = "") -> None:
        with transaction(self.ctx, actor, Action.EDIT_RULES) as tx:
            if any(r.effective_from == rule.effective_from for r in rules_of(tx)):
                raise InvalidInput("effective_from", "rule_exists_on_date",
                                   date=rule.effective_from)
            tx.session.add(RetentionRule(effective_from=rule.effective_from,
                                         closed_years=rule.closed_years,
                                         exited_years=rule.exited_years, source=source))
            tx.audit("create", "retention_rule", rule.effective_from.isoformat(), details={
                "closed_years": rule.closed_years, "exited_years": rule.exited_years})

    def show(self, actor: Actor, case_no: str) -> CaseRetention:
        with transaction(self.ctx, actor, Action.VIEW_CASE, read_only=True) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            return case_retention(tx, case, self.ctx.today())

    def hold(self, actor: Actor, case_no: str, until: date, reason: str) -> CaseRetention:
        """A supervisor stops the case's anonymisation until a date, saying why."""
        with transaction(self.ctx, actor, Action.SET_LEGAL_HOLD) as tx:
            case = find_case(tx, case_no, Action.SET_LEGAL_HOLD, lock=True)
            if tx.session.get(Anonymisation, case.id) is not None:
                raise RuleViolation("case_anonymised", case_no=case.case_no)
            why = required_text(reason, "hold_reason", 1000, multiline=True)
            rt.check_hold(until, why, self.ctx.today())
            tx.session.add(LegalHold(case_id=case.id, until=until, reason=why,
                                     recorded_by_id=actor.id))
            tx.session.flush()
            tx.audit("create", "legal_hold", case.case_no, case.id,
                     {"until": until.isoformat(), "reason": why})
            return case_retention(tx, case, self.ctx.today())

    def due(self, actor: Actor) -> builtins.list[CaseRetention]:
        """Ended cases in date order of anonymisation, due or held ones included."""
        with transaction(self.ctx, actor, Action.RUN_RETENTION) as tx:
            return self._ended(tx)

    def _ended(self, tx: Tx) -> builtins.list[CaseRetention]:
        ended = [st.value for st in rt.CLOSED | rt.EXITED]
        done = select(Anonymisation.case_id)
        cases = tx.session.scalars(select(Case).where(Case.stage.in_(ended),
                                                      Case.id.not_in(done)))
        out = [case_retention(tx, c, self.ctx.today()) for c in cases]
        return sorted(out, key=lambda r: (r.anonymise_on or date.max, r.case_no))

    def run(self, actor: Actor, *, dry_run: bool = False) -> RunResult:
        """Anonymise every due case in one transaction, then leave no copy in the file."""
        with transaction(self.ctx, actor, Action.RUN_RETENTION) as tx:
            maintenance.secure_delete(tx.session)
            plan = self._ended(tx)
            due = [r for r in plan if r.state is rt.RetentionState.DUE]
            held = tuple(r.case_no for r in plan if r.state is rt.RetentionState.HELD)
            ids = [c for c in tx.session.scalars(select(Case.id).where(
                Case.case_no.in_([r.case_no for r in due])))]
            unsealed = sum(case_keys.unsealed(d) for d in tx.session.scalars(
                select(AuditEntry.details).where(AuditEntry.case_id.in_(ids))))
            if not dry_run:
                for r in due:
                    case = find_case(tx, r.case_no, Action.RUN_RETENTION, lock=True)
                    assert r.anonymise_on is not None
                    anonymise(tx, case, r.anonymise_on)
            tx.audit("anonymise" if not dry_run else "view", "retention_run", details={
                "count": len(due), "results": len(held), "state": "dry_run" if dry_run
                else "done"})
        emptied = False if dry_run or not due else maintenance.scrub(self.ctx.db.engine)
        return RunResult(dry_run, tuple(r.case_no for r in due), held, emptied, unsealed)

    def old_backups(self, actor: Actor) -> builtins.list[OldBackup]:
        """Backups taken (audited) before an anonymisation, with the cases they still hold."""
        with transaction(self.ctx, actor, Action.RUN_RETENTION) as tx:
            done = tx.session.execute(select(Anonymisation.case_no, Anonymisation.done_at)).all()
            out = []
            for name, at in tx.session.execute(
                    select(AuditEntry.entity_id, AuditEntry.at).where(
                        AuditEntry.action == "export", AuditEntry.entity == "backup")
                    .order_by(AuditEntry.id)):
                cases = tuple(sorted(no for no, when in done if when > at))
                if cases:
                    out.append(OldBackup(name, at, cases))
            return out
