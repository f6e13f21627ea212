"""Many inputs: expand paths, parse in a process pool, write outputs atomically.

One bad file never stops the others: a worker returns an error record instead of raising, and the
parent reports it and goes on. Output order and content do not depend on the number of jobs.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import signal
import stat
import threading
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_GLOBS = ("*.md", "*.txt")
#: Characters of a source line kept for ``--show-source`` (the report shows a window of it).
SOURCE_WIDTH = 2000


@dataclass(frozen=True, slots=True)
class Input:
    """One input file and where its output goes relative to the output directory."""

    path: str
    relative: str


@dataclass(slots=True)
class Outcome:
    """What parsing one input gave: the serialised output or an input error, plus its diagnostics."""

    input: Input
    payload: str | None = None
    error: str | None = None
    internal: str | None = None
    """Traceback of an unexpected exception (a bug): shown with --debug."""
    diagnostics: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    """(severity, line, column, code, message) of each diagnostic."""
    sources: dict[int, str] = field(default_factory=dict)
    """The input line each diagnostic points at, by line number (for ``--show-source``)."""
    documents: int = 0
    summary: dict[str, object] = field(default_factory=dict)
    """Archive-level facts for ``gazette validate``: issue, year, 文号 list."""


def expand(paths: list[str], globs: tuple[str, ...] = DEFAULT_GLOBS) -> tuple[list[Input], list[tuple[str, str]]]:
    """Inputs from files, directories (recursive, filtered by ``globs``) and ``-``; plus (path, error) for
    paths that do not exist."""
    inputs: list[Input] = []
    missing: list[tuple[str, str]] = []
    for p in paths:
        if p == "-":
            inputs.append(Input("-", "stdin"))
        elif os.path.isdir(p):
            found: list[str] = []
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if any(fnmatch.fnmatch(name, g) for g in globs):
                        found.append(os.path.join(root, name))
            for f in found:
                if _special(f):  # a FIFO would block the run for ever, a device never end
                    missing.append((f, "not a regular file (a pipe, socket or device), skipped"))
                else:
                    inputs.append(Input(f, os.path.relpath(f, p)))
        elif os.path.exists(p):
            inputs.append(Input(p, os.path.basename(p)))
        else:
            missing.append((p, "no such file or directory"))
    return _once(inputs), missing


def _once(inputs: list[Input]) -> list[Input]:
    """Each file once, where paths that overlap (``archive/ archive/2018/1.md``) or links name it again: it would
    be its own duplicate in the archive checks (V001, V003)."""
    seen: set[str] = set()
    out: list[Input] = []
    for inp in inputs:
        key = inp.path if inp.path == "-" else os.path.realpath(inp.path)
        if key not in seen:
            seen.add(key)
            out.append(inp)
    return out


def _special(path: str) -> bool:
    """A path that is there and is no regular file (a broken link is not special: reading it says so)."""
    try:
        return not stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def parse_one(inp: Input, fmt: str | None, encoding: str | None, sources: bool = False,
              max_bytes: int | None = None) -> Outcome:
    """Parse one input in a worker; never raises. ``sources``: keep the lines diagnostics point at; ``max_bytes``:
    refuse a larger input (None: no limit)."""
    from . import patterncache
    from .emit import render
    from .pipeline import parse
    from .source import InputError, read_source

    patterncache.ensure_loaded()
    out = Outcome(inp)
    try:
        src = read_source(inp.path, encoding=encoding, max_bytes=max_bytes)
        result = parse(src.text, source=None if inp.path == "-" else inp.path, encoding=src.encoding,
                       sha256=src.sha256)
    except InputError as exc:
        out.error = str(exc)
        return out
    except Exception as exc:  # a bug in the parser: report, never crash the batch
        out.error = f"internal error: {type(exc).__name__}: {exc}"
        out.internal = traceback.format_exc()
        return out
    finally:
        patterncache.save()  # the patterns this parse compiled, for the next run
    out.payload = render(result, fmt) if fmt else None
    out.documents = len(result.documents)
    out.diagnostics = [(d.severity.value, d.span.start_line, d.column, d.code, d.message) for d in result.diagnostics]
    if sources and result.diagnostics:
        from .normalize import split_lines

        text_lines = split_lines(src.text)
        out.sources = {d.span.start_line: text_lines[d.span.start_line - 1][:SOURCE_WIDTH]
                       for d in result.diagnostics if d.span.start_line <= len(text_lines)}
    g = result.gazette
    out.summary = {
        "title": g.title if g else None, "year": g.year if g else None, "issue": g.issue if g else None,
        "issue_to": g.issue_to if g else None, "special": g.special if g else None,
        "cumulative_issue": g.cumulative_issue if g else None,
        "publication_date": g.publication_date if g else None,
        "dates": [d.date for d in result.documents if d.date],
        "doc_numbers": [(d.doc_number.text, d.doc_number.span.start_line) for d in result.documents if d.doc_number],
        "masthead_line": g.masthead_span.start_line if g and g.masthead_span else 1,
    }
    return out


def _call(args: tuple[Input, str | None, str | None, bool, int | None]) -> Outcome:
    return parse_one(*args)


def run(inputs: list[Input], *, fmt: str | None, encoding: str | None, jobs: int,
        sources: bool = False, max_bytes: int | None = None) -> Iterator[Outcome]:
    """Outcomes in input order, parsed with ``jobs`` processes (1: in this process)."""
    tasks = [(inp, fmt, encoding, sources, max_bytes) for inp in inputs]
    if jobs <= 1 or len(inputs) <= 1:
        yield from map(_call, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor  # imports multiprocessing: only when it is used

    chunk = max(1, min(16, len(tasks) // (jobs * 4)))
    # Workers ignore Ctrl-C: the parent alone stops the run. A worker killed by SIGINT in the middle of a
    # task leaves the pool waiting for it, and the interrupted run would hang instead of stopping.
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_ignore_interrupts)
    try:
        yield from pool.map(_call, tasks, chunksize=chunk)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def output_path(out_dir: str, inp: Input, fmt: str) -> Path:
    """Where an input's output goes: the input's relative path under ``out_dir``, with the format's suffix."""
    rel = Path(inp.relative)
    return Path(out_dir) / rel.with_suffix(".yaml" if fmt == "yaml" else ".json")


def output_paths(out_dir: str, inputs: list[Input], fmt: str) -> tuple[dict[Input, Path], list[tuple[str, str]]]:
    """Where each input's output goes, none over another's: inputs whose names differ only in their suffix
    (``1.md``, ``1.txt``) keep it (``1.md.json``, ``1.txt.json``); an input whose output would still be another's
    (two files of one name from two directories) is refused with the reason, as (path, error)."""
    suffix = ".yaml" if fmt == "yaml" else ".json"
    plain: dict[Path, list[Input]] = {}
    for inp in inputs:
        plain.setdefault(output_path(out_dir, inp, fmt), []).append(inp)
    paths: dict[Input, Path] = {}
    owner: dict[Path, Input] = {}
    refused: list[tuple[str, str]] = []
    for target, sharing in plain.items():
        for inp in sharing:
            path = target if len(sharing) == 1 else Path(out_dir) / Path(inp.relative + suffix)
            if path in owner:
                refused.append((inp.path, f"its output {path} would overwrite that of {owner[path].path}; skipped "
                                          "(parse it on its own)"))
                continue
            owner[path] = inp
            paths[inp] = path
    return paths, refused


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` (text as UTF-8) to ``path`` via a temporary file and a rename: never a half-written file.

    A path that names no regular file (``/dev/stdout``, ``/dev/null``, a named pipe) is written to as it is: a
    rename would put a file in its place. A symbolic link's target is replaced, not the link. The file gets the
    mode of the one it replaces, or the mode a new file gets (the temporary file's 0600 would hide it from others).
    """
    import stat
    import tempfile

    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        st: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        st = None
    real = Path(os.path.realpath(path))
    if st is not None and (not stat.S_ISREG(st.st_mode) or real.parts[1:2] == ("proc",)):
        with open(path, "wb") as fh:  # (a directory raises IsADirectoryError here)
            fh.write(raw)
        return
    real.parent.mkdir(parents=True, exist_ok=True)
    mode = stat.S_IMODE(st.st_mode) if st is not None else NEW_FILE_MODE & ~_umask()
    with _signals_deferred():
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
        try:
            with contextlib.suppress(OSError):  # (a file system without modes: the file as it is)
                os.chmod(tmp, mode)  # (by name: os.fchmod is not on every system)
            with os.fdopen(fd, "wb") as fh:
                fh.write(raw)
            os.replace(tmp, real)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


#: The mode a program's new file gets before the umask takes its bits away.
NEW_FILE_MODE = 0o666


def _umask() -> int:
    mask = os.umask(0o022)  # (reading it means setting it)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block is done, then deliver them.

    Without this, an interrupt that lands between creating the temporary file and entering the ``try`` that
    removes it leaves the file behind. Blocking the signals is not enough: the process pool's threads do not
    block them, so the interpreter still raises KeyboardInterrupt in the main thread. Python-level handlers
    always run in the main thread, so a handler that only records the signal defers it wherever it arrives.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: object) -> None:
        caught.append(signum)

    previous = {s: signal.signal(s, hold) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        if caught:
            signal.raise_signal(caught[0])
