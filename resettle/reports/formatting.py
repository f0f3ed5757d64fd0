"""Formatting shared by every report: dates, money, days, hours, markup escaping, file names."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from resettle.reports.i18n import tr


class ReportKind(StrEnum):
    CASE_SUMMARY = "case-summary"
    CASE_SUMMARY_REDACTED = "case-summary-redacted"
    CUSTODY_REVIEW = "custody-review"
    COHORT = "cohort"
    GROUP = "group"
    STATISTICS = "statistics"
    WORKLIST = "worklist"


def suggested_filename(kind: ReportKind | str, when: datetime) -> str:
    """E.g. "case-summary-20261128-1403.pdf": the kind and the print time, nothing else.

    No name, case number, cohort or group code: file names end up in recent-file lists,
    backups and e-mail subjects, where even a case number links a file to a person."""
    return f"{ReportKind(kind).value}-{when:%Y%m%d-%H%M}.pdf"


def fmt_date(value: date | None) -> str:
    return "—" if value is None else f"{value:%Y-%m-%d}"


def fmt_datetime(value: datetime | None) -> str:
    return "—" if value is None else f"{value:%Y-%m-%d %H:%M}"


def fmt_won(amount: int, lang: str) -> str:
    return f"{amount:,}원" if lang == "ko" else f"KRW {amount:,}"


def fmt_days(days: int, lang: str) -> str:
    return tr("days", lang, n=f"{days:,}")


def fmt_hours(hours: float) -> str:
    return f"{hours:,.1f}".removesuffix(".0")


_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def esc(text: str) -> str:
    """Free text made safe for Paragraph markup."""
    return text.translate(_MARKUP)
