"""From the services' views to the reports' plain data (what is left out stays out)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from resettle.domain import custody
from resettle.domain.followup import PlacementType, RiskFlag
from resettle.domain.programme import Module
from resettle.domain.rewards import RewardCategory, RewardStatus
from resettle.domain.stages import ExclusionGround, Stage
from resettle.domain.validation import Sex
from resettle.reports import data as rd
from resettle.storage.models import Case, CustodyExtension, Placement

from . import case_state, legal_summary
from .context import Tx
from .corrections import live
from .groups import GroupView
from .views import CaseDetail, CustodyView, StageEventView


def flags(text: str | tuple[str, ...], high_profile: bool = False) -> tuple[RiskFlag, ...]:
    """The risk flags, with "high profile" also when the case is marked so (the column)."""
    items = text.split(",") if isinstance(text, str) else text
    found = tuple(RiskFlag(f) for f in items if f in RiskFlag.__members__.values())
    if high_profile and RiskFlag.HIGH_PROFILE not in found:
        found = (RiskFlag.HIGH_PROFILE, *found)
    return found


def _entry(e: StageEventView, corrections: dict[int, StageEventView]) -> rd.StageEntry:
    """A chronology entry; a voided one carries its correction's reason, author and time."""
    state = rd.EntryState.VOIDED if e.voided else rd.EntryState.VALID
    fix = corrections.get(e.id) if e.voided else None
    return rd.StageEntry(
        effective_date=e.effective_date, stage=Stage(e.to_stage), recorded_by=e.recorded_by,
        recorded_at=e.recorded_at, state=state,
        correction_reason=fix.reason if fix else "",
        corrected_by=fix.recorded_by if fix else "",
        corrected_at=fix.recorded_at if fix else None,
        remark=e.reason if e.corrects_id is None else "",
        exclusion_ground=ExclusionGround(e.ground) if e.ground else None)


def custody_section(c: CustodyView | None, rules: tuple[custody.CustodyRule, ...]
                    ) -> rd.CustodySection | None:
    if c is None:
        return None
    granted = [x for x in c.extensions if x.status == "approved"]
    clock = custody.custody_clock(c.start, c.end, c.as_of, rules, [x.days for x in granted])
    return rd.CustodySection(clock, tuple(
        rd.Extension(x.days, x.reason, x.decided_by, x.decision_date or c.as_of)
        for x in granted))


def _live(items: Any, voided: set[tuple[str, int]], entity: str) -> list[Any]:
    """The records of `entity` not voided (the voided ones print in the corrections)."""
    return [x for x in items or () if (entity, x.id) not in voided]


def case_summary(d: CaseDetail, rules: tuple[custody.CustodyRule, ...]) -> rd.CaseSummaryData:
    corrections = {e.corrects_id: e for e in d.events if e.corrects_id}
    voids = tuple(d.sections.get("voids") or ())
    gone = {(v.entity, v.record_id) for v in voids}
    identity = rd.Identity(
        case_no=d.case_no, name_hangul=d.name.hangul, name_latin=d.name.latin,
        birth_date=d.birth_date or "", sex=Sex(d.sex),
        origin=", ".join(p for p in (d.origin_province, d.origin_city) if p),
        arrival_date=d.arrival_date, route=d.route, group_code=d.group,
        caseworker=d.caseworker, flags=flags(d.flags, d.high_profile),
        former_names=tuple(rd.FormerName(n.hangul, n.latin, n.valid_until)
                           for n in d.other_names))
    sec = dict(d.sections)
    sec["hearings"] = _live(sec.get("hearings"), gone, "hearing")
    sec["notes"] = _live(sec.get("notes"), gone, "note")
    sec["protection"] = _live(sec.get("protection"), gone, "protection_application")
    return rd.CaseSummaryData(
        identity=identity,
        stages=tuple(_entry(e, corrections) for e in d.events if e.corrects_id is None),
        custody=custody_section(d.custody, rules),
        refused_extensions=legal_summary.refused_extensions(d.custody),
        protection=legal_summary.protection(sec.get("protection", ())),
        hearings=legal_summary.hearings(sec.get("hearings", ())),
        representatives=legal_summary.representatives(sec.get("representatives", ())),
        powers_of_attorney=tuple(
            rd.PowerOfAttorney(p.granted_by, r.lawyer_name or r.lawyer, p.granted_on, p.scope)
            for r in sec.get("representatives", ()) for p in r.powers_of_attorney
            if ("power_of_attorney", p.id) not in gone),
        programme=_programme(sec.get("programme")),
        placement=_placement(sec.get("placement")),
        follow_ups=tuple(rd.FollowUp(c.contact_date, c.kind, str(c.wellbeing or ""), "")
                         for c in _live(sec["follow_ups"].contacts if sec.get("follow_ups")
                                        else (), gone, "follow_up_contact")),
        notes=tuple(rd.Note(n.recorded_at, n.recorded_by, n.text, n.restricted)
                    for n in sec.get("notes", ()) if not (d.redacted and n.restricted)),
        screening=() if d.redacted else tuple(
            rd.ScreeningRecord(x.interviewed_on, "", x.outcome, x.summary)
            for x in sec.get("screening", ())),
        rewards=() if d.redacted else tuple(
            rd.RewardClaim(c.claim_date, RewardCategory(c.category), c.amount_won,
                           RewardStatus(c.status), c.decided_by or "", c.paid_on,
                           c.assessed_amount_won)
            for c in sec.get("rewards", ())),
        redacted=d.redacted, legal_only=d.legal_only,
        voided=tuple(rd.VoidedRecord(v.entity, v.what, v.reason, v.voided_by, v.voided_at)
                     for v in voids))


def _programme(p: Any) -> rd.ProgrammeRecord | None:
    if p is None:
        return None
    return rd.ProgrammeRecord(p.cohort.code, p.cohort.start_date, p.cohort.expected_end,
                              tuple(rd.ModuleHours(Module(m.module), m.attended, m.required)
                                    for m in p.modules), p.completed_on)


def _placement(p: Any) -> rd.Placement | None:
    if p is None:
        return None
    return rd.Placement(PlacementType(p.placement_type), p.region, p.support_centre,
                        p.protection_officer, p.start_date)


def group(tx: Tx, view: GroupView, today: date) -> rd.GroupData:
    """Each member's clock on `today`: ended (no warning) for those no longer held."""
    rules = case_state.custody_rules(tx.session)
    ids = [m.id for m in view.members]
    regions = dict(tx.session.execute(  # the current placement's (the latest not voided)
        select(Placement.case_id, Placement.region)
        .where(Placement.case_id.in_(ids), live(Placement, "placement"))
        .order_by(Placement.start_date, Placement.id)).all())
    clocks = {r.id: r for r in tx.session.execute(  # one query for every member's dates
        select(Case.id, Case.custody_start, Case.custody_last_day).where(Case.id.in_(ids)))}
    granted: dict[int, list[custody.Grant]] = {}
    for case_id, days, decided in tx.session.execute(
            select(CustodyExtension.case_id, CustodyExtension.days,
                   CustodyExtension.decision_date)
            .where(CustodyExtension.case_id.in_(ids), CustodyExtension.status == "approved")):
        granted.setdefault(case_id, []).append(custody.Grant(days, decided or date.min))
    members = []
    for m in view.members:
        c, clock = clocks.get(m.id), None
        if c is not None and c.custody_start is not None and c.custody_start <= today:
            end = c.custody_last_day + timedelta(days=1) if c.custody_last_day else None
            clock = custody.custody_clock(c.custody_start, end, today, rules,
                                          granted.get(m.id, []))
        members.append(rd.GroupMember(m.case_no, m.name.hangul, m.name.latin, Sex(m.sex),
                                      m.birth_date or "", Stage(m.stage), m.stage_date, clock,
                                      regions.get(m.id, "")))
    return rd.GroupData(view.code, view.notes, view.arrival_date or today, tuple(members),
                        view.kind)


def cohort(view: Any) -> rd.CohortData:
    return rd.CohortData(
        view.cohort.code, view.cohort.start_date, view.cohort.expected_end,
        tuple(rd.CohortMember(m.case_no, m.name, m.name_latin,
                              {Module(x.module): x.attended for x in m.modules}, m.completed_on)
              for m in view.members),
        {Module(code): hours for code, hours in view.required})
