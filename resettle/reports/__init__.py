"""PDF reports: plain data in (see data.py), PDF bytes out; one builder per report."""

from __future__ import annotations

from resettle.reports.formatting import ReportKind, suggested_filename

__all__ = ["ReportKind", "suggested_filename"]
