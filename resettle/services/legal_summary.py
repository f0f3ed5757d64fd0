"""The legal parts of the court summary's data: representation (since the power of attorney),
hearings with attendance, protection decisions, and refused extension requests."""

from __future__ import annotations

from collections.abc import Iterable

from resettle.domain.stages import ExclusionGround
from resettle.reports import data as rd

from .legal import HearingView, RepresentativeView
from .protection import ProtectionView
from .views import CustodyView

_PRESENT = {"yes": True, "no": False}


def representatives(reps: Iterable[RepresentativeView]) -> tuple[rd.Representative, ...]:
    """"Since" is the power of attorney's date (never the day it was typed in)."""
    return tuple(rd.Representative(r.lawyer_name or r.lawyer, "", r.since,
                                   r.ended_on or (r.ended_at.date() if r.ended_at else None),
                                   r.on_behalf_of)
                 for r in reps)


def hearings(items: Iterable[HearingView]) -> tuple[rd.Hearing, ...]:
    return tuple(rd.Hearing(h.hearing_date, h.court, h.kind, h.closed_session,
                            _PRESENT.get(h.attended), h.outcome) for h in items)


def protection(items: Iterable[ProtectionView]) -> tuple[rd.ProtectionRecord, ...]:
    return tuple(rd.ProtectionRecord(
        p.applied_on, p.reapplication_of is not None, p.investigation_ended_on,
        p.decision_due, p.decision, p.decided_on,
        ExclusionGround(p.ground) if p.ground else None, p.late_decision) for p in items)


def refused_extensions(c: CustodyView | None) -> tuple[rd.RefusedExtension, ...]:
    if c is None:
        return ()
    return tuple(rd.RefusedExtension(x.days, x.reason, x.requested_by, x.decided_by,
                                     x.decision_date, x.decision_reason)
                 for x in c.extensions
                 if x.status == "refused" and x.decision_date and x.decision_date <= c.as_of)
