"""The consent and disclosure register: what the person agreed to share with whom and when,
withdrawals, the signed form, and every disclosure recorded against the consent that allowed it."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from resettle.domain import consent as dc
from resettle.domain.errors import NotFound, RuleViolation
from resettle.domain.roles import Action
from resettle.domain.validation import optional_text
from resettle.storage.models import Anonymisation, Attachment, Case, Consent, Disclosure, User

from .access import find_case
from .attachments import Attachments
from .context import Actor, Context, Tx, transaction


@dataclass(frozen=True)
class ConsentView:
    id: int
    case_no: str
    recipient: str
    recipient_name: str
    scope: str
    valid_from: date
    valid_until: date | None
    withdrawn_on: date | None
    form_id: int | None
    in_force: bool  # covers a disclosure today


@dataclass(frozen=True)
class DisclosureView:
    id: int
    case_no: str
    recipient: str
    what: str
    disclosed_on: date
    consent_id: int | None
    recorded_at: datetime
    recorded_by: str


def _domain(c: Consent) -> dc.Consent:
    return dc.Consent(c.id, dc.RecipientKind(c.recipient), c.valid_from, c.valid_until,
                      c.withdrawn_on)


def _view(c: Consent, case_no: str, today: date) -> ConsentView:
    kind = dc.RecipientKind(c.recipient)
    return ConsentView(c.id, case_no, c.recipient, c.recipient_name, c.scope, c.valid_from,
                       c.valid_until, c.withdrawn_on, c.form_id, _domain(c).covers(kind, today))


def consents_for(tx: Tx, case: Case) -> list[ConsentView]:
    rows = tx.session.scalars(select(Consent).where(Consent.case_id == case.id)
                              .order_by(Consent.valid_from, Consent.id))
    return [_view(c, case.case_no, tx.ctx.today()) for c in rows]


def disclosures_for(tx: Tx, case: Case) -> list[DisclosureView]:
    return [DisclosureView(d.id, case.case_no, d.recipient, d.what, d.disclosed_on,
                           d.consent_id, d.recorded_at, who or "")
            for d, who in tx.session.execute(
                select(Disclosure, User.username)
                .outerjoin(User, User.id == Disclosure.recorded_by_id)
                .where(Disclosure.case_id == case.id).order_by(Disclosure.id))]


def disclose(tx: Tx, case: Case, recipient: dc.RecipientKind, what: str) -> int:
    """Refused unless a consent covers the recipient today; else recorded and audited."""
    today = tx.ctx.today()
    rows = tx.session.scalars(select(Consent).where(Consent.case_id == case.id,
                                                    Consent.recipient == recipient.value))
    allowed_by = dc.covering([_domain(c) for c in rows], recipient, today)
    d = Disclosure(case_id=case.id, consent_id=allowed_by.id, recipient=recipient.value,
                   what=what, disclosed_on=today, recorded_by_id=tx.actor.id)
    tx.session.add(d)
    tx.session.flush()
    tx.audit("export", "disclosure", d.id, case.id, {
        "recipient": recipient.value, "what": what, "consent": allowed_by.id})
    return d.id


class Consents:
    def __init__(self, ctx: Context, attachments: Attachments) -> None:
        self.ctx, self.attachments = ctx, attachments

    def add(self, actor: Actor, case_no: str, recipient: str, valid_from: date,
            valid_until: date | None = None, *, recipient_name: str = "",
            scope: str = "") -> ConsentView:
        kind = dc.recipient(recipient)
        dc.check_period(valid_from, valid_until)
        with transaction(self.ctx, actor, Action.MANAGE_CONSENT) as tx:
            case = find_case(tx, case_no, Action.MANAGE_CONSENT, lock=True)
            if tx.session.get(Anonymisation, case.id) is not None:
                raise RuleViolation("case_anonymised", case_no=case.case_no)
            c = Consent(case_id=case.id, recipient=kind.value,
                        recipient_name=optional_text(recipient_name, "recipient_name", 200),
                        scope=optional_text(scope, "scope", 2000, multiline=True),
                        valid_from=valid_from, valid_until=valid_until,
                        recorded_by_id=actor.id)
            tx.session.add(c)
            tx.session.flush()
            tx.audit("create", "consent", c.id, case.id, {
                "recipient": kind.value, "valid_from": valid_from.isoformat(),
                "valid_until": valid_until.isoformat() if valid_until else None,
                "recipient_name": c.recipient_name, "scope": c.scope})
            return _view(c, case.case_no, self.ctx.today())

    def attach_form(self, actor: Actor, consent_id: int, title: str,
                    content: bytes) -> ConsentView:
        """The signed form, stored (encrypted) as an attachment of the case and linked."""
        case_no = self._case_no(actor, consent_id)
        form = self.attachments.attach(actor, case_no, title, content)
        with transaction(self.ctx, actor, Action.MANAGE_CONSENT) as tx:
            c, case = self._find(tx, consent_id)
            c.form_id = form.id
            tx.audit("update", "consent", c.id, case.id, {"form": form.id})
            return _view(c, case.case_no, self.ctx.today())

    def withdraw(self, actor: Actor, consent_id: int, day: date) -> ConsentView:
        with transaction(self.ctx, actor, Action.MANAGE_CONSENT) as tx:
            c, case = self._find(tx, consent_id)
            dc.check_withdrawal(_domain(c), day)
            c.withdrawn_on = day
            tx.audit("update", "consent", c.id, case.id, {"withdrawn_on": day.isoformat()})
            return _view(c, case.case_no, self.ctx.today())

    def list(self, actor: Actor, case_no: str) -> builtins.list[ConsentView]:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE, personal=True)
            out = consents_for(tx, case)
            tx.audit("view", "consent", case_id=case.id, details={"count": len(out)})
            return out

    def disclosures(self, actor: Actor, case_no: str) -> builtins.list[DisclosureView]:
        with transaction(self.ctx, actor, Action.VIEW_CASE) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE, personal=True)
            out = disclosures_for(tx, case)
            tx.audit("view", "disclosure", case_id=case.id, details={"count": len(out)})
            return out

    def _case_no(self, actor: Actor, consent_id: int) -> str:
        with transaction(self.ctx, actor, Action.MANAGE_CONSENT, read_only=True) as tx:
            return self._find(tx, consent_id)[1].case_no

    def _find(self, tx: Tx, consent_id: int) -> tuple[Consent, Case]:
        row = tx.session.execute(select(Consent, Case.case_no).join(
            Case, Case.id == Consent.case_id).where(Consent.id == consent_id)).first()
        if row is None:
            raise NotFound("consent", consent_id)
        case = find_case(tx, row[1], Action.MANAGE_CONSENT)
        return row[0], case


def form_title(tx: Tx, form_id: int | None) -> str:
    if form_id is None:
        return ""
    return tx.session.scalar(select(Attachment.title).where(Attachment.id == form_id)) or ""
