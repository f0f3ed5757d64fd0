"""The parts of a case detail beyond its core (family, legal, programme, release, notes...),
each included only where the actor may see it."""

from __future__ import annotations

from datetime import date
from typing import Any

from resettle.domain.roles import Action, allowed
from resettle.storage.models import Case

from . import attachments, family, legal, notes, programme, release, rewards, screening
from .context import Tx


def sections_for(tx: Tx, case: Case, as_of: date) -> dict[str, Any]:
    """Restricted notes and attachments, screening and rewards only for roles that may see
    them; lawyers get none of the three."""
    s, role = tx.session, tx.actor.role
    restricted = allowed(role, Action.VIEW_RESTRICTED_NOTES)
    released_on = release.release_date(s, case.id)
    return {
        "relatives": family.relatives_for(s, case.id),
        "representatives": legal.representatives_for(s, case.id),
        "hearings": legal.hearings_for(s, case.id),
        "programme": programme.programme_for(s, case.id),
        "placement": release.placement_for(s, case.id),
        "follow_ups": (release.follow_ups_for(s, case.id, released_on, as_of)
                       if released_on else None),
        "flags": release.flags_for(s, case.id),
        "notes": notes.notes_for(s, case.id, include_restricted=restricted),
        "attachments": attachments.attachments_for(s, case.id, include_restricted=restricted),
        "screening": (screening.screening_for(s, case.id)
                      if allowed(role, Action.VIEW_SCREENING) else []),
        "rewards": rewards.claims_for(s, case.id) if allowed(role, Action.VIEW_REWARDS) else [],
    }
