"""After release: the protection period, the follow-up schedule, risk flags and placements."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

PROTECTION_YEARS = 5
DUE_WITHIN_DAYS = 7


class RiskFlag(StrEnum):
    HIGH_PROFILE = "high_profile"
    SUICIDE_RISK = "suicide_risk"
    FAMILY_AT_RISK = "family_at_risk"
    ADDRESS_EXPOSED = "address_exposed"  # a move is arranged (DOMAIN.md)
    HEALTH = "health"
    OTHER = "other"


class PlacementType(StrEnum):
    RENTAL_FLAT = "rental_flat"
    RELATIVE = "relative"
    HALFWAY_HOUSE = "halfway_house"
    OTHER = "other"


class ContactKind(StrEnum):
    """How a follow-up contact was made (`phone` in databases before revision 0006)."""

    VISIT = "visit"
    CALL = "call"
    OFFICE = "office"  # the person came to the support centre
    OTHER = "other"


class ContactState(StrEnum):
    DONE = "done"
    DUE = "due"  # not done, and today or within DUE_WITHIN_DAYS ahead
    OVERDUE = "overdue"  # not done, and the date has passed
    UPCOMING = "upcoming"  # not done, further ahead than DUE_WITHIN_DAYS


@dataclass(frozen=True)
class ScheduledContact:
    scheduled: date
    state: ContactState
    done_on: date | None  # the first contact that satisfied it


# An exposed address can get a person or their family hurt: a move is arranged at once.
_SUPERVISOR_ALERTS = frozenset({RiskFlag.SUICIDE_RISK, RiskFlag.FAMILY_AT_RISK,
                                RiskFlag.ADDRESS_EXPOSED})


def alerts_supervisors(flag: RiskFlag) -> bool:
    """Flags where a life may be at stake, so supervisors are told at once, not at review."""
    return flag in _SUPERVISOR_ALERTS


def add_months(start: date, months: int) -> date:
    """Calendar months later; a day that does not exist becomes the month's last day."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def protection_end(release_date: date) -> date:
    """Five years after release, the day closure becomes routine (29 Feb gives 28 Feb)."""
    return add_months(release_date, 12 * PROTECTION_YEARS)


def schedule(release_date: date) -> list[date]:
    """1 week, 1 month and 3 months after release, then every 3 months to the period's end.

    Each date is counted from the release date itself (not from the previous contact),
    so short months never make the schedule drift. The last date is the protection end.
    """
    end = protection_end(release_date)
    dates = [release_date + timedelta(weeks=1), add_months(release_date, 1)]
    months = 3
    while (next_date := add_months(release_date, months)) <= end:
        dates.append(next_date)
        months += 3
    return dates


def due_contacts(
    schedule: Sequence[date], contacts_made: Sequence[date], as_of: date
) -> list[ScheduledContact]:
    """The state of every scheduled date as of a day.

    A scheduled date is done by a contact on or after it and before the next scheduled
    date (the last one: any contact on or after it). Contacts after `as_of` are ignored.
    An early contact does not count for the coming date; it counts for the one before.
    """
    ordered = sorted(schedule)
    made = sorted(c for c in contacts_made if c <= as_of)
    result: list[ScheduledContact] = []
    for i, scheduled in enumerate(ordered):
        until = ordered[i + 1] if i + 1 < len(ordered) else date.max
        done_on = next((c for c in made if scheduled <= c < until), None)
        if done_on is not None:
            state = ContactState.DONE
        elif scheduled < as_of:
            state = ContactState.OVERDUE
        elif (scheduled - as_of).days <= DUE_WITHIN_DAYS:
            state = ContactState.DUE
        else:
            state = ContactState.UPCOMING
        result.append(ScheduledContact(scheduled, state, done_on))
    return result
