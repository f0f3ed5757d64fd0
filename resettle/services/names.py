"""Legal name changes: the new name takes effect on a date, the old one is kept as a former name."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from resettle.domain import names, validation
from resettle.domain.errors import InvalidInput
from resettle.domain.roles import Action
from resettle.storage.models import Person, PersonName

from .access import check_version, find_case
from .cases import detail
from .context import Actor, Context, changes, transaction
from .views import CaseDetail

NAME_FIELDS = ("family_name", "given_name", "family_name_latin", "given_name_latin")


@dataclass(frozen=True)
class NameChange:
    """A new legal name. A field left None keeps its current value; at least one must differ."""

    effective_date: date
    reason: str
    family_name: str | None = None
    given_name: str | None = None
    family_name_latin: str | None = None
    given_name_latin: str | None = None


def _new_name(person: Person, change: NameChange) -> dict[str, str]:
    """Every name field after the change, each checked as intake checks it."""
    out: dict[str, str] = {}
    for name in NAME_FIELDS:
        value = getattr(change, name)
        if value is None:
            out[name] = getattr(person, name)
        elif name.endswith("_latin"):
            out[name] = validation.optional_text(value, name)
        else:
            out[name] = validation.required_text(value, name)
    return out


def _check_date(tx: Any, person: Person, arrival: date, on: date, today: date) -> None:
    """Not in the future, not before arrival, not before the previous change."""
    if on > today:
        raise InvalidInput("effective_date", "date_in_future", date=on)
    if on < arrival:
        raise InvalidInput("effective_date", "date_before", date=on, other="arrival_date",
                           other_date=arrival)
    previous = tx.session.scalar(select(func.max(PersonName.valid_until)).where(
        PersonName.person_id == person.id, PersonName.kind == "former"))
    if previous is not None and on < previous:
        raise InvalidInput("effective_date", "date_before", date=on,
                           other="previous_name_change", other_date=previous)


class Names:
    """Legal name changes (caseworkers and supervisors), audited; nothing is overwritten:
    the name before the change becomes a former name, searchable like the current one."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def rename(self, actor: Actor, case_no: str, change: NameChange,
               expected_version: int | None = None) -> CaseDetail:
        """Record a legal name change dated `change.effective_date`; returns the case as it
        is afterwards (its `former_names` end with the name just replaced)."""
        with transaction(self.ctx, actor, Action.EDIT_CASE) as tx:
            case = find_case(tx, case_no, Action.EDIT_CASE, lock=True)
            person = case.person
            before = {name: getattr(person, name) for name in NAME_FIELDS}
            new = _new_name(person, change)
            check_version("person", case.case_no, person, expected_version, new,
                          list(NAME_FIELDS))
            reason = validation.required_text(change.reason, "reason")
            _check_date(tx, person, case.arrival_date, change.effective_date,
                        self.ctx.today())
            if new == before:
                raise InvalidInput("name", "name_unchanged")
            keys = names.name_keys(new["family_name"], new["given_name"],
                                   new["family_name_latin"], new["given_name_latin"])
            old_keys = names.name_keys(*before.values())
            tx.session.add(PersonName(person_id=person.id, kind="former", **before,
                                      **old_keys.columns(),
                                      valid_until=change.effective_date, reason=reason))
            for name, value in {**new, **keys.columns()}.items():
                setattr(person, name, value)
            tx.session.flush()
            tx.session.refresh(person, ["names"])
            tx.audit("update", "person", case.case_no, case.id, {
                "name_change": changes(before, new),
                "effective_date": change.effective_date.isoformat(), "reason": reason})
            return detail(tx, case, self.ctx.today())
