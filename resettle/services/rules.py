"""The effective-dated custody rule table and the settings, as data an admin maintains."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from resettle.domain import custody
from resettle.domain import settings as office
from resettle.domain.errors import InvalidInput
from resettle.domain.roles import Action
from resettle.domain.settings import Settings
from resettle.storage.models import Case, CustodyRule, Setting

from . import case_state
from . import settings as stored
from .context import Actor, Context, transaction


@dataclass(frozen=True)
class RuleView:
    effective_from: date
    limit_days: int
    max_extension_days: int
    max_extensions: int
    source: str


class Rules:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def custody_rules(self, actor: Actor) -> list[RuleView]:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            return [RuleView(r.effective_from, r.limit_days, r.max_extension_days,
                             r.max_extensions, r.source) for r in tx.session.scalars(
                                 select(CustodyRule).order_by(CustodyRule.effective_from))]

    def add_custody_rule(self, actor: Actor, rule: RuleView) -> int:
        """A new rule from a date; cases that entered on or after it are re-judged. Returns
        how many cases' limits were recomputed."""
        with transaction(self.ctx, actor, Action.EDIT_RULES) as tx:
            new = custody.CustodyRule(rule.effective_from, rule.limit_days,
                                      rule.max_extension_days, rule.max_extensions)
            rules = custody.add_rule(case_state.custody_rules(tx.session), new)
            tx.session.add(CustodyRule(effective_from=new.effective_from,
                                       limit_days=new.limit_days,
                                       max_extension_days=new.max_extension_days,
                                       max_extensions=new.max_extensions, source=rule.source))
            affected = tx.session.scalars(select(Case).where(
                Case.custody_start >= rule.effective_from)).all()
            for case in affected:
                case_state.refresh(tx.session, case, rules)
            tx.audit("create", "custody_rule", rule.effective_from.isoformat(), details={
                "limit_days": rule.limit_days, "cases_recomputed": len(affected)})
            return len(affected)

    def settings(self) -> Settings:
        """The office's settings, typed (resettle.domain.settings)."""
        with self.ctx.db.reader() as s:
            return stored.read(s)

    def setting(self, key: str) -> Any:
        """One setting's value (a field of `settings()`)."""
        if key not in office.KEYS:
            raise InvalidInput("setting", "one_of", value=key, choices=", ".join(office.KEYS))
        return getattr(self.settings(), key)

    def set_setting(self, actor: Actor, key: str, value: Any) -> None:
        """Refused with a catalogue code (one_of, out_of_range, not_a_number, too_long)."""
        with transaction(self.ctx, actor, Action.EDIT_SETTINGS) as tx:
            office.validate(key, value)
            row = tx.session.get(Setting, key)
            before = row.value if row else getattr(office.DEFAULTS, key)
            if row is None:
                tx.session.add(Setting(key=key, value=value))
            else:
                row.value = value
            tx.audit("update", "setting", key, details={key: {"before": before, "after": value}})
