from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.md"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (ROOT / "samples" / "zhejiang-2018-12.md").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample(sample_text: str):  # type: ignore[no-untyped-def]
    from gazette_parse import parse

    return parse(sample_text, source="samples/zhejiang-2018-12.md")
