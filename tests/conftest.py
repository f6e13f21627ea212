from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.md"))
CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_configure(config: pytest.Config) -> None:
    """The command lines the tests run keep their pattern cache in a directory of the run's, never the user's."""
    os.environ["GAZETTE_PARSE_CACHE_DIR"] = tempfile.mkdtemp(prefix="gazette-parse-cache-")
    os.environ.pop("GAZETTE_PARSE_NO_CACHE", None)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.pop("GAZETTE_PARSE_CACHE_DIR", ""), ignore_errors=True)


@pytest.fixture(scope="session")
def sample_text() -> str:
    return (ROOT / "samples" / "zhejiang-2018-12.md").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample(sample_text: str):  # type: ignore[no-untyped-def]
    from gazette_parse import parse

    return parse(sample_text, source="samples/zhejiang-2018-12.md")
