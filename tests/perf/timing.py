"""Repeated timings, their median and p95, and the figures table (text and JSON)."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any


def samples(fn: Callable[[], Any], repeat: int, warmup: int = 1) -> list[float]:
    """Seconds per call, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered) + 0.5) - 1))]


@dataclass
class Figure:
    """One line of the table; times in seconds (memory figures in MB, unit 'MB')."""

    name: str
    budget: float | None  # compared with p95 (or the single value); None: reported only
    median: float | None = None
    p95: float | None = None
    floor: float | None = None
    unit: str = "s"
    runs: int = 0
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, name: str, budget: float | None, values: list[float],
           floor: list[float] | float | None = None, **kw: Any) -> Figure:
        fl = statistics.median(floor) if isinstance(floor, list) and floor else floor
        return cls(name, budget, statistics.median(values), p95(values),
                   fl if isinstance(fl, float | int) else None, runs=len(values), **kw)

    @classmethod
    def missing(cls, name: str, budget: float | None, why: str) -> Figure:
        return cls(name, budget, note=why)

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor:
            return None
        return self.median / self.floor

    @property
    def passed(self) -> bool | None:
        if self.budget is None or self.p95 is None:
            return None
        return self.p95 <= self.budget


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value >= 10:
        return f"{value:.1f} s"
    if value >= 1:
        return f"{value:.2f} s"
    return f"{value * 1000:.1f} ms"


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f} on {os.cpu_count()} CPUs"


def table(figures: list[Figure]) -> str:
    """A Markdown table: figure, median, p95, floor, ratio, budget, pass/fail."""
    lines = ["| figure | median | p95 | floor | ratio | budget (p95) | result |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for f in figures:
        if f.median is None:
            lines.append(f"| {f.name} | {f.note or 'n/a'} | | | | {fmt(f.budget, f.unit)} | n/a |")
            continue
        ratio = "-" if f.ratio is None else f"{f.ratio:.1f}×"
        result = {True: "pass", False: "**FAIL**", None: "-"}[f.passed]
        name = f"{f.name} ({f.note})" if f.note else f.name
        lines.append(f"| {name} | {fmt(f.median, f.unit)} | {fmt(f.p95, f.unit)} | "
                     f"{fmt(f.floor, f.unit)} | {ratio} | {fmt(f.budget, f.unit)} | {result} |")
    return "\n".join(lines)


def to_json(figures: list[Figure], meta: dict[str, Any]) -> str:
    rows = [asdict(f) | {"ratio": f.ratio, "passed": f.passed} for f in figures]
    return json.dumps({"meta": meta, "figures": rows}, indent=2, ensure_ascii=False,
                      default=str)


def keystroke_table(figures: list[Figure]) -> str:
    """Per keystroke of the search figures: matches, median, p95 and the raw-SQL floor."""
    lines = ["| typed | matches | median | p95 | floor (raw SQL) |", "|---|---:|---:|---:|---:|"]
    for f in figures:
        for text, v in f.extra.get("keystrokes", {}).items():
            lines.append(f"| `{text}` | {v['matches']:,} | {fmt(v['median'], 's')} | "
                         f"{fmt(v['p95'], 's')} | {fmt(v['floor'], 's')} |")
    return "\n".join(lines) if len(lines) > 2 else ""
