"""Hostile inputs finish in time proportional to their size (generous bounds: tests never assert speed,
only that nothing is quadratic or backtracks without end). Timings go to benchmarks/run.py."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from gazette_parse import parse

SAMPLE_SECONDS_PER_MB = 30.0  # more than 10× the sample's own rate on a slow machine

CASES: dict[str, Callable[[], str]] = {
    "1 MB line": lambda: "国务院关于某事的通知\n\n" + "一二三，" * 90_000 + "\n",
    "100 000 × 一、 on lines": lambda: "一、\n" * 100_000,
    "100 000 × 一、 on one line": lambda: "一、" * 100_000,
    "100 000 × （ on one line": lambda: "（" * 100_000,
    "100 000 × （ on lines": lambda: "（\n" * 100_000,
    "deeply nested numbering": lambda: "".join(
        f"{m}标题\n" for m in ["第一章", "一、", "（一）", "1.", "（1）", "①"] * 8_000),
    "100 000 TOC-like lines": lambda: "目 录\n" + "某某 ..... (3)\n" * 100_000,
    "100 000 文号 lines": lambda: "国发〔2018〕1号\n" * 100_000,
    "tabs and pipes": lambda: ("a\tb\t|c|" * 500 + "\n") * 500,
    "100 000 page footers": lambda: "—3—\n" * 100_000,
    "100 000 lone page numbers": lambda: "".join(f"正文\n{n}\n" for n in range(1, 50_001)),
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_is_linear(name: str) -> None:
    text = CASES[name]()
    megabytes = len(text.encode("utf-8")) / 1e6
    start = time.perf_counter()
    result = parse(text)
    elapsed = time.perf_counter() - start
    assert result.source.lines >= 1
    assert elapsed < 2.0 + SAMPLE_SECONDS_PER_MB * megabytes, f"{name}: {elapsed:.1f} s for {megabytes:.2f} MB"
