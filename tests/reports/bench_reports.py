"""Render times of every report: python tests/reports/bench_reports.py"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1]), str(HERE)]

import samples  # noqa: E402

from resettle.reports.case_summary import build_case_summary  # noqa: E402
from resettle.reports.cohort import build_cohort  # noqa: E402
from resettle.reports.custody_review import build_custody_review  # noqa: E402
from resettle.reports.group import build_group  # noqa: E402
from resettle.reports.statistics import build_statistics  # noqa: E402


def timed(label: str, build: Callable[[], bytes]) -> None:
    start = time.perf_counter()
    pdf = build()
    print(f"{label:<44} {time.perf_counter() - start:6.2f} s  {len(pdf) // 1024:5} KB")


def main() -> None:
    info_ko, info_en = samples.info("ko"), samples.info("en")
    case = samples.case_summary()
    timed("case summary, first (loads the fonts)", lambda: build_case_summary(case, info_ko))
    for i in range(3):
        timed(f"case summary, repeated #{i + 1}", lambda: build_case_summary(case, info_ko))
    timed("case summary, redacted, English", lambda: build_case_summary(
        samples.case_summary(redacted=True), info_en))
    for n in (100, 1000):
        data = samples.custody_review(n)
        timed(f"custody review, {n:,} rows", lambda d=data: build_custody_review(d, info_en))
    timed("programme cohort (10 members)", lambda: build_cohort(samples.cohort(), info_en))
    timed("group (13 members)", lambda: build_group(samples.group(), info_ko))
    timed("statistics (8 years)", lambda: build_statistics(samples.statistics(), info_en))


if __name__ == "__main__":
    main()
