"""Dates are never broken over two lines in a printed table ("1989-02-1 / 1" misreads as
another date), and a Korean record's regions print as typed (in Korean)."""

from __future__ import annotations

import subprocess

import pytest
import samples

from resettle.reports.case_summary import build_case_summary
from resettle.reports.group import build_group


def layout_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_full_birth_dates_stay_on_one_line_in_the_group_report(lang, tmp_path):
    data = samples.korean(samples.group()) if lang == "ko" else samples.group()
    full = [m.birth_date for m in data.members if len(m.birth_date) == 10]
    assert full
    text = layout_text(build_group(data, samples.info(lang)), tmp_path)
    for birth in full:
        assert birth in text, birth


def test_dates_and_times_of_the_chronology_stay_whole(tmp_path):
    data = samples.korean(samples.case_summary())
    text = layout_text(build_case_summary(data, samples.info("ko")), tmp_path)
    for entry in data.stages:
        assert entry.effective_date.isoformat() in text
        assert entry.recorded_at.strftime("%Y-%m-%d %H:%M") in text


def test_a_korean_record_prints_its_regions_in_korean(tmp_path):
    data = samples.korean(samples.group())
    text = layout_text(build_group(data, samples.info("ko")), tmp_path)
    assert "경기도" in text and "인천광역시" in text
    assert "Gyeonggi" not in text and "Incheon" not in text
