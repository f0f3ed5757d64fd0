"""The effective-dated custody rule table and the settings, as data an admin maintains."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from resettle.domain import custody
from resettle.domain.errors import InvalidInput
from resettle.domain.roles import Action
from resettle.storage.models import Case, CustodyRule, Setting

from . import case_state
from .context import Actor, Context, transaction

DEFAULTS: dict[str, Any] = {"programme_weeks": 12, "idle_lock_minutes": 10, "language": "ko",
                            "organisation": "Resettle"}
DEFAULTS.update({"worklist_escalate_days": 7, "backup_every_days": 7,  # the worklist's
                 "audit_verify_every_days": 30, "calendar_case_numbers": "yes"})


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

    def setting(self, key: str) -> Any:
        with self.ctx.db.reader() as s:
            row = s.get(Setting, key)
            return row.value if row is not None else DEFAULTS.get(key)

    def set_setting(self, actor: Actor, key: str, value: Any) -> None:
        with transaction(self.ctx, actor, Action.EDIT_SETTINGS) as tx:
            if key not in DEFAULTS:
                raise InvalidInput("setting", "one_of", value=key, choices=tuple(DEFAULTS))
            if isinstance(DEFAULTS[key], int) and (not isinstance(value, int) or value <= 0):
                raise InvalidInput(key, "positive_whole_number", value=value)
            row = tx.session.get(Setting, key)
            before = row.value if row else DEFAULTS[key]
            if row is None:
                tx.session.add(Setting(key=key, value=value))
            else:
                row.value = value
            tx.audit("update", "setting", key, details={key: {"before": before, "after": value}})
