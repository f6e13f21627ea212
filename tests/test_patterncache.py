"""The on-disk cache of compiled patterns: what it gives back, and what it refuses."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from gazette_parse import patterncache, regexes

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "zhejiang-2018-12.md"
# A verbose pattern with named groups and a Unicode property, flags as the package passes them (an enum).
PATTERN = r"""
    (?P<label>附\s*件) \s*+
    (?P<n>\d{1,3})            # 附件 12
    (?=\p{Han})
"""
FLAGS = regex.VERBOSE


@pytest.fixture
def fresh() -> Iterator[None]:
    """The cache module as a new process finds it, and as it was after the test."""
    saved = (dict(patterncache._entries), patterncache._path, patterncache._loaded, patterncache._changed)
    patterncache._entries.clear()
    patterncache._path, patterncache._loaded, patterncache._changed = None, False, False
    yield
    patterncache._entries.clear()
    patterncache._entries.update(saved[0])
    patterncache._path, patterncache._loaded, patterncache._changed = saved[1:]


def compile_lazily(pattern: str = PATTERN, flags: int = FLAGS) -> regex.Pattern[str]:
    """What the package does on a pattern's first use (a pattern of its own, not one of the package's)."""
    return regexes._LazyPattern(pattern, flags).compiled()


def cache_file(directory: Path) -> Path:
    return directory / patterncache.file_name()


def test_a_saved_pattern_comes_back_without_compiling(tmp_path: Path, fresh: None,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert patterncache.load(str(tmp_path)) == 0
    first = compile_lazily()
    assert patterncache.save()
    assert patterncache.load(str(tmp_path)) == 1

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(regex, "compile", no_compiling)
    again = compile_lazily()
    assert again is not first
    assert (again.pattern, again.flags, again.groupindex) == (first.pattern, first.flags, first.groupindex)
    for text in ("附件12021年度", "附 件 3 某某", "附件3 ", "附件"):
        m, n = first.match(text), again.match(text)
        assert (m and (m.span(), m.groupdict())) == (n and (n.span(), n.groupdict()))


def test_nothing_new_writes_nothing(tmp_path: Path, fresh: None) -> None:
    patterncache.load(str(tmp_path))
    assert not patterncache.save()
    assert not cache_file(tmp_path).exists()
    compile_lazily()
    assert patterncache.save()
    written = cache_file(tmp_path).stat().st_mtime_ns
    patterncache.load(str(tmp_path))
    compile_lazily()  # from the cache: nothing to add
    assert not patterncache.save()
    assert cache_file(tmp_path).stat().st_mtime_ns == written
    assert os.listdir(tmp_path) == [patterncache.file_name()]  # no temporary file left behind


def test_a_file_grown_too_large_starts_again(tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    patterncache.load(str(tmp_path))
    for n in range(20):  # patterns an edited working copy no longer has
        compile_lazily(f"retired {n}", 0)
    patterncache.save()
    grown = cache_file(tmp_path).stat().st_size
    monkeypatch.setattr(patterncache, "MAX_BYTES", grown - 1)
    assert patterncache.load(str(tmp_path)) == 0
    compile_lazily()
    assert patterncache.save()
    assert cache_file(tmp_path).stat().st_size < grown
    assert patterncache.load(str(tmp_path)) == 1


class Planted:
    """An object whose unpickling would create a directory: what a planted cache file could do."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (self.path,)


@pytest.mark.parametrize("where", ["file", "entry"])
def test_a_file_that_would_run_code_is_refused(tmp_path: Path, fresh: None, where: str) -> None:
    marker = tmp_path / "ran"
    planted = Planted(str(marker))
    content = planted if where == "file" else {(PATTERN, int(FLAGS)): pickle.dumps(planted)}
    cache_file(tmp_path).write_bytes(pickle.dumps(content))
    count = patterncache.load(str(tmp_path))
    assert count == (0 if where == "file" else 1)
    compiled = compile_lazily()
    assert not marker.exists()
    assert compiled.match("附件1某") is not None
    assert patterncache.save()  # the refused entry is replaced by the pattern compiled
    assert patterncache.load(str(tmp_path)) == 1
    assert patterncache.lookup(PATTERN, FLAGS) is not None


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps([1, 2, 3]), pickle.dumps({1: b"x"}),
                                     pickle.dumps({(PATTERN, int(FLAGS)): b"\x80\x05garbage"}),
                                     pickle.dumps({(PATTERN, int(FLAGS)): pickle.dumps(regex.compile("other"))})],
                         ids=["empty", "text", "list", "bad key", "bad entry", "another pattern"])
def test_a_broken_file_is_an_empty_cache(tmp_path: Path, fresh: None, content: bytes) -> None:
    cache_file(tmp_path).write_bytes(content)
    patterncache.load(str(tmp_path))
    assert patterncache.lookup(PATTERN, FLAGS) is None
    assert compile_lazily().pattern == PATTERN


def test_an_unwritable_cache_is_only_slower(tmp_path: Path, fresh: None) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("not a directory")
    patterncache.load(str(blocked / "cache"))
    assert compile_lazily().pattern == PATTERN
    assert not patterncache.save()
    assert blocked.read_text() == "not a directory"


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(patterncache.ENV_DIR, raising=False)
    monkeypatch.delenv(patterncache.ENV_OFF, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert patterncache.default_dir() == str(tmp_path / "gazette-parse")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert patterncache.default_dir() == str(tmp_path / "home" / ".cache" / "gazette-parse")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    assert patterncache.default_dir() is None
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv(patterncache.ENV_DIR, str(tmp_path / "mine"))
    assert patterncache.default_dir() == str(tmp_path / "mine")
    monkeypatch.setenv(patterncache.ENV_OFF, "0")
    assert patterncache.default_dir() == str(tmp_path / "mine")
    monkeypatch.setenv(patterncache.ENV_OFF, "1")
    assert patterncache.default_dir() is None


def test_off_means_no_file(tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(patterncache.ENV_DIR, str(tmp_path))
    monkeypatch.setenv(patterncache.ENV_OFF, "1")
    patterncache.ensure_loaded()
    compile_lazily()
    assert not patterncache.save()
    assert os.listdir(tmp_path) == []


def gazette(*args: str, cache: Path) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, **{patterncache.ENV_DIR: str(cache)})
    env.pop(patterncache.ENV_OFF, None)
    return subprocess.run([sys.executable, "-m", "gazette_parse", *args], env=env, capture_output=True, check=False)


def test_the_command_line_fills_the_cache_and_reads_the_same(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    outputs, counts, written = [], [], []
    for run in range(3):
        if run == 2:  # a run after the file broke reads the same and mends it
            cache_file(cache).write_bytes(cache_file(cache).read_bytes()[:1000])
        target = tmp_path / f"out{run}.json"
        done = gazette("parse", str(SAMPLE), "-o", str(target), cache=cache)
        assert done.returncode in (0, 1), done.stderr
        outputs.append(target.read_bytes())
        with cache_file(cache).open("rb") as fh:
            entries = pickle.load(fh)
        assert all(type(flags) is int for _, flags in entries)
        counts.append(len(entries))
        written.append(cache_file(cache).stat().st_mtime_ns)
    assert outputs[0] == outputs[1] == outputs[2]
    assert counts[0] == counts[1] == counts[2] > 50
    assert written[0] == written[1] != written[2]  # a run that compiled nothing writes nothing


def test_a_run_that_writes_deletes_the_files_of_other_versions_long_unused(tmp_path: Path, fresh: None) -> None:
    """After an upgrade the old version's file is deleted once it has gone unused for 30 days; a file used lately
    (another version in use beside this one) and a file that is no cache file of ours are kept."""
    old = tmp_path / "patterns-1-gazette-0.0.9-regex-2025.1.1-cpython-311.pickle"
    recent = tmp_path / "patterns-1-gazette-0.0.8-regex-2025.1.1-cpython-312.pickle"
    foreign = tmp_path / "notes.txt"
    for p in (old, recent, foreign):
        p.write_bytes(b"x")
    month_ago = os.path.getmtime(old) - patterncache.STALE_SECONDS - 60
    os.utime(old, (month_ago, month_ago))
    os.utime(foreign, (month_ago, month_ago))
    patterncache.load(str(tmp_path))
    compile_lazily()
    assert patterncache.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([patterncache.file_name(), recent.name, foreign.name])
