"""Regenerate packaging/screenshots/report-<name>-<lang>.png (page one of each report).

Run from anywhere: python tests/reports/make_previews.py   (needs pdftoppm)
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
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

PREVIEWS: list[tuple[str, str, Callable[[str], bytes]]] = [
    ("case-summary", "ko", lambda lang: build_case_summary(samples.case_summary(),
                                                           samples.info(lang))),
    ("case-summary", "en", lambda lang: build_case_summary(samples.case_summary(),
                                                           samples.info(lang))),
    ("case-summary-redacted", "en", lambda lang: build_case_summary(
        samples.case_summary(redacted=True), samples.info(lang))),
    ("custody-review", "ko", lambda lang: build_custody_review(samples.custody_review(),
                                                               samples.info(lang))),
    ("cohort", "en", lambda lang: build_cohort(samples.cohort(), samples.info(lang))),
    ("group", "ko", lambda lang: build_group(samples.group(), samples.info(lang))),
    ("statistics", "en", lambda lang: build_statistics(samples.statistics(),
                                                       samples.info(lang))),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, lang, build in PREVIEWS:
            pdf = Path(tmp) / f"{name}-{lang}.pdf"
            pdf.write_bytes(build(lang))
            target = OUT / f"report-{name}-{lang}"
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(target)], check=True)
            png = target.with_suffix(".png")
            print(f"{png.relative_to(ROOT)}  {png.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
