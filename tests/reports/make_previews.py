"""Regenerate packaging/screenshots/report-<name>-<lang>.png (page one of each report).

Run from anywhere: python tests/reports/make_previews.py   (needs pdftoppm)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(ROOT), str(HERE)]

import samples  # noqa: E402

from resettle.reports.case_summary import build_case_summary  # noqa: E402
from resettle.reports.cohort import build_cohort  # noqa: E402
from resettle.reports.custody_review import build_custody_review  # noqa: E402
from resettle.reports.group import build_group  # noqa: E402
from resettle.reports.statistics import build_statistics  # noqa: E402

OUT = ROOT / "packaging" / "screenshots"


def _subject_access(lang: str) -> bytes:
    from resettle.reports.subject_access import (
        AccessLine,
        ConsentLine,
        DisclosureLine,
        RelativeLine,
        SubjectAccessData,
        build_subject_access,
    )

    summary = samples.korean(samples.case_summary()) if lang == "ko" \
        else samples.case_summary()
    ko = lang == "ko"
    at = datetime(2026, 11, 20, 10, 5, tzinfo=samples.KST)
    data = SubjectAccessData(
        summary,
        (RelativeLine("어머니" if ko else "mother", "김순녀" if ko else "Kim Sun-nyo",
                      "1965", "북한 거주" if ko else "In the North"),),
        (ConsentLine("지역적응센터" if ko else "Regional support centre",
                     "경기남부하나센터" if ko else "Gyeonggi South Hana Centre",
                     date(2016, 11, 1), None, None, "동의서 1쪽" if ko else "signed form"),),
        (DisclosureLine(date(2017, 1, 5), "지역적응센터" if ko else "Regional support centre",
                        "사례 요약 보고서(발췌본)" if ko else "Case summary (redacted)"),),
        (("동의서.pdf" if ko else "consent.pdf", at),),
        "2031-11-01 익명처리 예정" if ko else "To be anonymised on 2031-11-01",
        (AccessLine(at, "caseworker.kang", "열람" if ko else "Viewed"),))
    return build_subject_access(data, samples.info(lang))


def _worklist(lang: str) -> bytes:
    from resettle.reports.worklist import WorklistData, build_worklist
    from resettle.services.worklist import WorkItem

    as_of = date(2026, 11, 28)
    items = (
        WorkItem("R-2026-00007:follow_up:2026-11-18", "R-2026-00007", "follow_up",
                 date(2026, 11, 18), "overdue", "overdue", None, 10, True, "caseworker.kang",
                 "", None),
        WorkItem("R-2026-00012:custody_limit:2026-11-28", "R-2026-00012", "custody_limit",
                 as_of, "due", "today", None, 0, False, "caseworker.kang", "", None),
        WorkItem("R-2026-00003:hearing:2026-12-02:4", "R-2026-00003", "hearing",
                 date(2026, 12, 2), "due", "week", None, 0, False, "caseworker.kang", "4",
                 None),
        WorkItem("R-2025-00031:programme_completion:2026-12-20", "R-2025-00031",
                 "programme_completion", date(2026, 12, 20), "upcoming", "later", None, 0,
                 False, "caseworker.kang", "", None),
    )
    return build_worklist(WorklistData(as_of, "caseworker.kang", False, items),
                          samples.info(lang))


def _case_summary(lang: str, redacted: bool = False) -> bytes:
    data = samples.case_summary(redacted=redacted)
    return build_case_summary(samples.korean(data) if lang == "ko" else data,
                              samples.info(lang))


def _group(lang: str) -> bytes:
    data = samples.group()
    return build_group(samples.korean(data) if lang == "ko" else data, samples.info(lang))


BUILDERS: dict[str, Callable[[str], bytes]] = {
    "case-summary": _case_summary,
    "case-summary-redacted": lambda lang: _case_summary(lang, redacted=True),
    "custody-review": lambda lang: build_custody_review(samples.custody_review(),
                                                        samples.info(lang)),
    "cohort": lambda lang: build_cohort(samples.cohort(), samples.info(lang)),
    "group": _group,
    "statistics": lambda lang: build_statistics(samples.statistics(), samples.info(lang)),
    "worklist": _worklist,
    "subject-access": _subject_access,
}
# Every report in Korean (the main audience), and the English ones kept before.
PREVIEWS: list[tuple[str, str]] = [(name, "ko") for name in BUILDERS] + [
    ("case-summary", "en"), ("case-summary-redacted", "en"), ("cohort", "en"),
    ("statistics", "en")]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, lang in PREVIEWS:
            pdf = Path(tmp) / f"{name}-{lang}.pdf"
            pdf.write_bytes(BUILDERS[name](lang))
            target = OUT / f"report-{name}-{lang}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(target)], check=True)
            png = target.with_suffix(".png")
            print(f"{png.relative_to(ROOT)}  {png.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
