"""The parts of a case detail beyond its core (family, legal, programme, release, notes...),
each included only where the actor may see it."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from resettle.domain.followup import RiskFlag
from resettle.domain.roles import Action, allowed
from resettle.storage.models import Case

from . import (
    attachments,
    corrections,
    family,
    legal,
    notes,
    programme,
    protection,
    release,
    retention_schedule,
    rewards,
    screening,
)
from .access import legal_only
from .context import Tx
from .views import CaseDetail

# What a lawyer acting for a relative sees besides the identity and the custody record.
LEGAL_SECTIONS = ("representatives", "hearings", "protection", "flags", "voids")


def sections_for(tx: Tx, case: Case, as_of: date) -> dict[str, Any]:
    """Restricted notes and attachments, screening and rewards only for roles that may see
    them; lawyers get none of the three. A lawyer acting for a relative gets the legal
    sections only (never placement, relatives, programme, follow-ups, notes or files)."""
    s, role = tx.session, tx.actor.role
    if legal_only(tx, case):
        return _legal_sections(tx, case, as_of)
    restricted = allowed(role, Action.VIEW_RESTRICTED_NOTES)
    released_on = release.release_date(s, case.id)
    return {
        "relatives": family.relatives_for(s, case.id),
        "representatives": legal.representatives_for(s, case.id),
        "hearings": legal.hearings_for(s, case.id),
        "protection": protection.applications_for(s, case.id, as_of),
        "programme": programme.programme_for(s, case.id),
        "placement": release.placement_for(s, case.id),
        "placements": release.placements_for(s, case.id),  # history, voided ones too
        "follow_ups": (release.follow_ups_for(s, case.id, released_on, as_of)
                       if released_on else None),
        "flags": release.flags_for(s, case.id),
        "notes": notes.notes_for(s, case.id, include_restricted=restricted),
        "attachments": attachments.attachments_for(s, case.id, include_restricted=restricted),
        "screening": (screening.screening_for(s, case.id)
                      if allowed(role, Action.VIEW_SCREENING) else []),
        "rewards": rewards.claims_for(s, case.id) if allowed(role, Action.VIEW_REWARDS) else [],
        "retention": retention_schedule.case_retention(tx, case, tx.ctx.today()),  # issue 18
        "voids": corrections.voids_for(s, case.id, tx.actor),  # voided records (issue 12)
    }


def _legal_sections(tx: Tx, case: Case, as_of: date) -> dict[str, Any]:
    s = tx.session
    return {
        "representatives": legal.withheld(legal.representatives_for(s, case.id),
                                          tx.actor.username),
        "hearings": legal.hearings_for(s, case.id),
        "protection": protection.applications_for(s, case.id, as_of),
        "flags": [f for f in release.flags_for(s, case.id) if f.flag == RiskFlag.HIGH_PROFILE],
        "voids": corrections.voids_for(s, case.id, tx.actor, legal_part_only=True),
    }


def limit_for_actor(tx: Tx, case: Case, detail: CaseDetail) -> CaseDetail:
    """The detail as the actor may see it: for a lawyer acting for a relative, the legal
    part only. Risk flags other than "high profile" say where the person lives or how they
    fare (address exposed, suicide risk, family at risk), so only that one is kept."""
    if not legal_only(tx, case):
        return detail
    kept = tuple(f for f in detail.flags if f == RiskFlag.HIGH_PROFILE)
    return dataclasses.replace(
        detail, flags=kept, legal_only=True, redacted=True,
        sections={k: v for k, v in detail.sections.items() if k in LEGAL_SECTIONS})
