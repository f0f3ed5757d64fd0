"""Every report, in Korean and English, read back with pypdf: names, title, pages, chain head."""

from __future__ import annotations

import io
import re
import time
from datetime import datetime

import pytest
import samples
from pypdf import PdfReader

from resettle.reports.case_summary import build_case_summary
from resettle.reports.cohort import build_cohort
from resettle.reports.custody_review import build_custody_review
from resettle.reports.data import PrintInfo
from resettle.reports.formatting import fmt_won, suggested_filename
from resettle.reports.group import build_group
from resettle.reports.i18n import tr
from resettle.reports.statistics import build_statistics

LANGS = ["ko", "en"]
PAGE = {"en": re.compile(r"Page 1 of (\d+)"), "ko": re.compile(r"1 / (\d+)쪽")}


def pages(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def check_common(pdf: bytes, lang: str, title_key: str) -> list[str]:
    assert pdf.startswith(b"%PDF")
    texts = pages(pdf)
    first, last = texts[0], texts[-1]
    assert tr(title_key, lang) in first
    assert tr("confidential", lang) in first
    assert "supervisor.lee" in first and "2026-11-28 14:03" in first
    match = PAGE[lang].search(first)
    assert match and int(match.group(1)) == len(texts)
    assert samples.CHAIN_HEAD in last
    assert all(samples.CHAIN_HEAD not in t for t in texts[:-1])
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None
    assert meta.author == samples.ORGANISATION
    assert tr(title_key, lang) in (meta.title or "")
    assert meta.creation_date is not None and meta.creation_date.year == 2026
    for hangul, latin in samples.PEOPLE:
        assert hangul not in (meta.author or "") and latin not in (meta.author or "")
    return texts


@pytest.mark.parametrize("lang", LANGS)
def test_case_summary_full(lang: str) -> None:
    texts = check_common(build_case_summary(samples.case_summary(), samples.info(lang)), lang,
                         "title.case_summary")
    text = "\n".join(texts)
    assert "김설화" in text and "Kim Sol-hwa" in text and "김설희" in text
    assert samples.RESTRICTED_MARKER in text
    assert tr("sec.screening", lang) in text and tr("sec.rewards", lang) in text
    assert fmt_won(50_000_000, lang) in text
    assert tr("redacted_banner", lang)[:20] not in text


@pytest.mark.parametrize("lang", LANGS)
def test_case_summary_redacted(lang: str) -> None:
    texts = check_common(build_case_summary(samples.case_summary(redacted=True),
                                            samples.info(lang)), lang, "title.case_summary")
    text = "\n".join(texts)
    assert "김설화" in text
    assert samples.RESTRICTED_MARKER not in text
    assert tr("redacted_banner", lang)[:20] in texts[0]
    assert tr("sec.screening", lang) not in text and tr("sec.rewards", lang) not in text


def test_redacted_copy_never_prints_restricted_data_even_if_given() -> None:
    """Defence in depth: redacted=True with restricted notes, screening and rewards left in."""
    from dataclasses import replace

    leaky = replace(samples.case_summary(), redacted=True)
    text = "\n".join(pages(build_case_summary(leaky, samples.info("en"))))
    assert samples.RESTRICTED_MARKER not in text
    assert "Identity and origin consistent" not in text  # screening summary
    assert "50,000,000" not in text  # reward amount
    assert "Redacted copy for legal representation" in text


@pytest.mark.parametrize("lang", LANGS)
def test_case_summary_marks_corrections(lang: str) -> None:
    text = "\n".join(pages(build_case_summary(samples.case_summary(), samples.info(lang))))
    assert tr("corrected", lang, reason="Wrong date") in text


@pytest.mark.parametrize("lang", LANGS)
def test_custody_review(lang: str) -> None:
    data = samples.custody_review(40)
    texts = check_common(build_custody_review(data, samples.info(lang)), lang,
                         "title.custody_review")
    text = "\n".join(texts)
    assert "리은별" in text and "Ri Un-byol" in text
    body = text[text.index(tr("review_list", lang)):]
    ordered = sorted(data.rows, key=lambda r: (r.clock.days_left, r.clock.entry_date, r.case_no))
    positions = [body.index(r.case_no) for r in ordered]
    assert positions == sorted(positions)  # sorted by days left


def test_custody_review_1000_rows_renders_in_a_few_seconds() -> None:
    data = samples.custody_review(1000)
    build_custody_review(samples.custody_review(5), samples.info("en"))  # fonts loaded
    start = time.perf_counter()
    pdf = build_custody_review(data, samples.info("en"))
    elapsed = time.perf_counter() - start
    print(f"\ncustody review, 1,000 rows: {elapsed:.2f} s, {len(pdf) // 1024} KB")
    texts = pages(pdf)
    assert elapsed < 5.0
    assert len(texts) > 15
    assert samples.CHAIN_HEAD in texts[-1]
    assert sum(t.count("R-20") for t in texts) >= 1000


@pytest.mark.parametrize("lang", LANGS)
def test_cohort(lang: str) -> None:
    text = "\n".join(check_common(build_cohort(samples.cohort(), samples.info(lang)), lang,
                                  "title.cohort"))
    assert "P-2026-09" in text and "김설화" in text and "Ri Un-byol" in text


@pytest.mark.parametrize("lang", LANGS)
def test_group(lang: str) -> None:
    text = "\n".join(check_common(build_group(samples.group(), samples.info(lang)), lang,
                                  "title.group"))
    assert "G-2016-003" in text
    for hangul, _ in samples.PEOPLE:
        assert hangul in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("year", [None, 2024])
def test_statistics_has_no_names(lang: str, year: int | None) -> None:
    text = "\n".join(check_common(build_statistics(samples.statistics(year), samples.info(lang)),
                                  lang, "title.statistics"))
    assert tr("sec.exclusions", lang) in text
    for hangul, latin in samples.PEOPLE:
        assert hangul not in text and latin not in text
    assert not re.search(r"R-\d{4}-\d{5}", text)


def test_suggested_filename_has_no_personal_data() -> None:
    when = datetime(2026, 11, 28, 14, 3)
    assert suggested_filename("case-summary", when) == "case-summary-20261128-1403.pdf"
    assert suggested_filename("statistics", when) == "statistics-20261128-1403.pdf"
    with pytest.raises(ValueError):
        suggested_filename("김설화", when)


def test_bad_chain_head_is_refused() -> None:
    bad = PrintInfo("u", datetime(2026, 1, 1), "Org", "not-a-hash", "en")
    with pytest.raises(ValueError, match="chain_head"):
        build_group(samples.group(), bad)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="language"):
        tr("title.group", "fr")


def test_every_translation_has_both_languages() -> None:
    from resettle.domain.custody import CustodyStatus
    from resettle.domain.followup import PlacementType, RiskFlag
    from resettle.domain.programme import Module
    from resettle.domain.rewards import RewardCategory, RewardStatus
    from resettle.domain.stages import ExclusionGround, Stage
    from resettle.reports.i18n import code

    for prefix, enum in [("stage", Stage), ("custody", CustodyStatus), ("ground", ExclusionGround),
                         ("module", Module), ("module_short", Module), ("reward", RewardCategory),
                         ("reward_status", RewardStatus), ("placement", PlacementType),
                         ("flag", RiskFlag)]:
        for value in enum:
            for lang in LANGS:
                assert code(prefix, value, lang).strip()
    assert re.search("[가-힣]", tr("stage.custody", "ko"))


def test_modules_are_small_and_documented() -> None:
    from pathlib import Path

    import resettle.reports as pkg

    for path in Path(pkg.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert len(source.splitlines()) < 300, path.name
        assert source.startswith('"""'), path.name
