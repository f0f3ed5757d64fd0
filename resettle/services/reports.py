"""Printing: each report's data gathered under the actor's permissions, audited, built as PDF."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from resettle.domain import custody
from resettle.domain.roles import Action
from resettle.domain.stages import Stage, holds
from resettle.reports import data as rd
from resettle.reports.formatting import suggested_filename
from resettle.storage.models import Case, CustodyExtension, Person, User

from . import case_query, case_state, report_data, settings
from .access import find_case, scoped
from .cases import detail
from .context import Actor, Context, Tx, transaction
from .groups import Groups
from .programme import Programme
from .rules import Rules


@dataclass(frozen=True)
class ReportFile:
    """PDF bytes and a file name without personal data."""

    filename: str
    pdf: bytes


def warm_up() -> None:
    """Import the report builders and load the embedded fonts now rather than in the first
    print (about 0.4 s): the GUI calls this in the background once the main window shows."""
    import resettle.reports.case_summary
    import resettle.reports.cohort
    import resettle.reports.custody_review
    import resettle.reports.group
    import resettle.reports.statistics  # noqa: F401 - imported for their import cost
    from resettle.reports.fonts import register_fonts

    register_fonts()


class Reports:
    def __init__(self, ctx: Context, rules: Rules, groups: Groups,
                 programme: Programme) -> None:
        self.ctx, self.rules, self.groups, self.programme = ctx, rules, groups, programme

    def _info(self, tx: Tx, kind: str, key: str, lang: str | None,
              case_id: int | None = None) -> rd.PrintInfo:
        """The print is audited first, so the chain head printed includes the print itself."""
        head = tx.audit("print", "report", f"{kind}:{key}", case_id)
        return rd.PrintInfo(printed_by=tx.actor.display_name or tx.actor.username,
                            printed_at=self.ctx.now(), chain_head=head,
                            organisation=settings.read(tx.session).organisation,
                            lang=lang or tx.actor.language)

    def case_summary(self, actor: Actor, case_no: str, lang: str | None = None,
                     as_of: date | None = None) -> ReportFile:
        from resettle.reports.case_summary import build_case_summary

        with transaction(self.ctx, actor, Action.PRINT_REPORT) as tx:
            case = find_case(tx, case_no, Action.VIEW_CASE)
            d = detail(tx, case, as_of or self.ctx.today())
            data = report_data.case_summary(d, case_state.custody_rules(tx.session))
            kind = "case-summary-redacted" if data.redacted else "case-summary"
            info = self._info(tx, kind, case.case_no, lang, case.id)
        return ReportFile(suggested_filename(kind, info.printed_at),
                          build_case_summary(data, info))

    def custody_review(self, actor: Actor, as_of: date | None = None,
                       lang: str | None = None) -> ReportFile:
        from resettle.reports.custody_review import build_custody_review

        as_of = as_of or self.ctx.today()
        with transaction(self.ctx, actor, Action.REVIEW_CUSTODY) as tx:
            tx.require(Action.PRINT_REPORT)
            data = rd.CustodyReviewData(as_of, tuple(custody_rows(tx, as_of)))
            info = self._info(tx, "custody-review", as_of.isoformat(), lang)
        return ReportFile(suggested_filename("custody-review", info.printed_at),
                          build_custody_review(data, info))

    def cohort(self, actor: Actor, code: str, lang: str | None = None) -> ReportFile:
        from resettle.reports.cohort import build_cohort

        view = self.programme.cohort_view(actor, code)
        with transaction(self.ctx, actor, Action.PRINT_REPORT) as tx:
            data = report_data.cohort(view)
            info = self._info(tx, "cohort", view.cohort.code, lang)
        return ReportFile(suggested_filename("cohort", info.printed_at),
                          build_cohort(data, info))

    def group(self, actor: Actor, code: str, lang: str | None = None) -> ReportFile:
        from resettle.reports.group import build_group

        view = self.groups.view(actor, code)
        with transaction(self.ctx, actor, Action.PRINT_REPORT) as tx:
            data = report_data.group(tx, view, self.ctx.today())
            info = self._info(tx, "group", view.code, lang)
        return ReportFile(suggested_filename("group", info.printed_at), build_group(data, info))

    def statistics(self, actor: Actor, year: int | None = None,
                   lang: str | None = None) -> ReportFile:
        from resettle.reports.statistics import build_statistics

        from .statistics import gather

        with transaction(self.ctx, actor, Action.VIEW_STATISTICS) as tx:
            data = gather(tx, year, self.ctx.today())
            info = self._info(tx, "statistics", str(year or "all"), lang)
        return ReportFile(suggested_filename("statistics", info.printed_at),
                          build_statistics(data, info))


def custody_rows(tx: Tx, as_of: date) -> list[rd.CustodyRow]:
    """Everyone held on `as_of`: arrived by then (intake and screening count), clock not
    stopped before it; each with the stage and the limit of that day."""
    s = tx.session
    rules = case_state.custody_rules(s)
    held = case_query.held_on(as_of)
    stage = (case_query.stage_on(as_of)[0].label("stage") if as_of < tx.ctx.today()
             else Case.stage)
    stmt = scoped(select(Case.id, Case.case_no, stage, Case.custody_start,
                         Case.custody_last_day, Case.flags, Case.high_profile,
                         Person.family_name, Person.given_name, Person.family_name_latin,
                         Person.given_name_latin, User.username)
                  .join(Person, Case.person_id == Person.id)
                  .outerjoin(User, Case.caseworker_id == User.id).where(held), tx.actor)
    rows = s.execute(stmt).all()
    granted: dict[int, list[custody.Grant]] = defaultdict(list)
    ids = [r.id for r in rows]
    for chunk in range(0, len(ids), 900):
        for case_id, days, decided in s.execute(
                select(CustodyExtension.case_id, CustodyExtension.days,
                       CustodyExtension.decision_date)
                .where(CustodyExtension.case_id.in_(ids[chunk:chunk + 900]),
                       CustodyExtension.status == "approved")):
            granted[case_id].append(custody.Grant(days, decided or date.min))
    out = []
    for r in rows:
        end = r.custody_last_day + timedelta(days=1) if r.custody_last_day else None
        clock = custody.custody_clock(r.custody_start, end, as_of, rules, granted[r.id])
        flag_text = r.flags + (",high_profile" if r.high_profile else "")
        out.append(rd.CustodyRow(r.case_no, r.family_name + r.given_name,
                                 f"{r.family_name_latin} {r.given_name_latin}".strip(),
                                 Stage(r.stage) if holds(r.stage) else Stage.CUSTODY,
                                 clock, r.username or "",
                                 tuple(dict.fromkeys(report_data.flags(flag_text)))))
    return out
