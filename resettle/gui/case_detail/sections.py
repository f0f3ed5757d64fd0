"""Read-only tabs over the case's sections: programme, family, legal representation, rewards."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from resettle.services.views import CaseDetail

from ..widgets.kit import STATUS_COLOURS, RecordTable, fmt, make_table
from .lazy import LazyTab


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")


def _yes(value: bool) -> str:
    return "✓" if value else ""


def _won(amount: int | None) -> str:
    return "—" if amount is None else f"₩{amount:,}"


CODES = (  # stored codes, listed so lupdate offers them for translation
    QT_TRANSLATE_NOOP("codes", "mother"), QT_TRANSLATE_NOOP("codes", "father"),
    QT_TRANSLATE_NOOP("codes", "spouse"), QT_TRANSLATE_NOOP("codes", "child"),
    QT_TRANSLATE_NOOP("codes", "sibling"), QT_TRANSLATE_NOOP("codes", "grandparent"),
    QT_TRANSLATE_NOOP("codes", "grandchild"), QT_TRANSLATE_NOOP("codes", "other"),
    QT_TRANSLATE_NOOP("codes", "north"), QT_TRANSLATE_NOOP("codes", "south"),
    QT_TRANSLATE_NOOP("codes", "china"), QT_TRANSLATE_NOOP("codes", "third country"),
    QT_TRANSLATE_NOOP("codes", "claimed"), QT_TRANSLATE_NOOP("codes", "assessed"),
    QT_TRANSLATE_NOOP("codes", "approved"), QT_TRANSLATE_NOOP("codes", "paid"),
    QT_TRANSLATE_NOOP("codes", "rejected"), QT_TRANSLATE_NOOP("codes", "intelligence"),
    QT_TRANSLATE_NOOP("codes", "warship"), QT_TRANSLATE_NOOP("codes", "fighter bomber"),
    QT_TRANSLATE_NOOP("codes", "tank"), QT_TRANSLATE_NOOP("codes", "guided missile"),
    QT_TRANSLATE_NOOP("codes", "aircraft"), QT_TRANSLATE_NOOP("codes", "small arms"),
    QT_TRANSLATE_NOOP("codes", "goods"), QT_TRANSLATE_NOOP("codes", "special"),
    QT_TRANSLATE_NOOP("codes", "rental flat"), QT_TRANSLATE_NOOP("codes", "relative"),
    QT_TRANSLATE_NOOP("codes", "halfway house"), QT_TRANSLATE_NOOP("codes", "visit"),
    QT_TRANSLATE_NOOP("codes", "phone"), QT_TRANSLATE_NOOP("codes", "office"),
    QT_TRANSLATE_NOOP("codes", "health and stability"), QT_TRANSLATE_NOOP("codes", "society"),
    QT_TRANSLATE_NOOP("codes", "careers"), QT_TRANSLATE_NOOP("codes", "finance and banking"),
    QT_TRANSLATE_NOOP("codes", "gender equality and violence prevention"),
    QT_TRANSLATE_NOOP("codes", "settlement paperwork"),
)


def word(code: str) -> str:
    """A stored code (relation, whereabouts, claim status...) in the interface language."""
    return QCoreApplication.translate("codes", code.replace("_", " "))


class ProgrammeTab(LazyTab):
    def build(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = RecordTable([self.tr("Module"), self.tr("Required hours"),
                                  self.tr("Attended"), self.tr("Missing")])
        self.model.numeric = {1, 2, 3}
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(make_table(self.model, self), 1)

    def fill(self, d: CaseDetail) -> None:
        p = d.sections.get("programme")
        if p is None:
            self.summary.setText(self.tr("Not enrolled in a programme cohort yet."))
            self.model.set_rows([])
            return
        c = p.cohort
        done = (self.tr("completed on %1").replace("%1", fmt(p.completed_on)) if p.completed_on
                else self.tr("every required hour attended") if p.complete
                else self.tr("in progress"))
        self.summary.setText(self.tr(
            "Cohort %1 at %2: %3 weeks from %4 (expected end %5). Enrolled %6; %7 hours "
            "attended; %8.").replace("%1", c.code).replace("%2", c.centre or "—").replace(
            "%3", str(c.weeks)).replace("%4", fmt(c.start_date)).replace(
            "%5", fmt(c.expected_end)).replace("%6", fmt(p.enrolled_on)).replace(
            "%7", f"{p.total_hours:g}").replace("%8", done))
        colours = {(i, 3): STATUS_COLOURS["overdue" if m.missing else "done"]
                   for i, m in enumerate(p.modules)}
        self.model.set_rows([(word(m.module), f"{m.required:g}", f"{m.attended:g}",
                              f"{m.missing:g}") for m in p.modules], colours=colours)


class FamilyTab(LazyTab):
    def build(self) -> None:
        self.model = RecordTable([self.tr("Relation"), self.tr("Name"), self.tr("Born"),
                                  self.tr("Where"), self.tr("At risk"), self.tr("Notes")])
        note = QLabel(self.tr("Relatives in the North can be put in danger by any leak. "
                              "Never print or copy this list without need."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(make_table(self.model, self), 1)
        layout.addWidget(note)

    def fill(self, d: CaseDetail) -> None:
        rel: list[Any] = d.sections.get("relatives") or []
        self.model.set_rows([(word(r.relation), f"{r.family_name}{r.given_name}",
                              r.birth_date or "—", word(r.location), _yes(r.at_risk), r.notes)
                             for r in rel], [r.id for r in rel],
                            colours={(i, 4): STATUS_COLOURS["overdue"]
                                     for i, r in enumerate(rel) if r.at_risk})


class LegalTab(LazyTab):
    def build(self) -> None:
        self.reps = RecordTable([self.tr("Lawyer"), self.tr("On behalf of"), self.tr("Active"),
                                 self.tr("Since"), self.tr("Powers of attorney")])
        self.hearings = RecordTable([self.tr("Date"), self.tr("Court"), self.tr("Kind"),
                                     self.tr("Closed session"), self.tr("Outcome")])
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Legal representatives")))
        layout.addWidget(make_table(self.reps, self), 1)
        layout.addWidget(_heading(self.tr("Hearings")))
        layout.addWidget(make_table(self.hearings, self), 1)

    def fill(self, d: CaseDetail) -> None:
        reps: list[Any] = d.sections.get("representatives") or []
        self.reps.set_rows([(r.lawyer_name or r.lawyer, r.on_behalf_of or self.tr("the person"),
                             _yes(r.active) or self.tr("ended %1").replace("%1", fmt(r.ended_at)),
                             fmt(r.since), "; ".join(
                                 self.tr("%1 granted by %2").replace("%1", fmt(p.granted_on))
                                 .replace("%2", p.granted_by) for p in r.powers_of_attorney))
                            for r in reps], [r.id for r in reps],
                           struck={i for i, r in enumerate(reps) if not r.active})
        hs: list[Any] = d.sections.get("hearings") or []
        self.hearings.set_rows([(fmt(h.hearing_date), h.court, h.kind, _yes(h.closed_session),
                                 h.outcome) for h in hs], [h.id for h in hs])


class RewardsTab(LazyTab):
    def build(self) -> None:
        self.model = RecordTable([self.tr("Claimed"), self.tr("Category"), self.tr("Amount"),
                                  self.tr("Assessed"), self.tr("Status"), self.tr("Decided by"),
                                  self.tr("Decided"), self.tr("Paid"), self.tr("Reason")])
        self.model.numeric = {2, 3}
        layout = QVBoxLayout(self)
        layout.addWidget(make_table(self.model, self), 1)

    def fill(self, d: CaseDetail) -> None:
        claims: list[Any] = d.sections.get("rewards") or []
        self.model.set_rows([(fmt(c.claim_date), word(c.category), _won(c.amount_won),
                              _won(c.assessed_amount_won), word(c.status), c.decided_by,
                              fmt(c.decided_on), fmt(c.paid_on), c.reason) for c in claims],
                            [c.id for c in claims])
