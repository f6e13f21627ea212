"""Compiled patterns kept on disk between runs of the command line.

``regex`` parses a pattern in Python when it compiles it: 0.1–5 ms a pattern, about 50 ms for the ~110
patterns a parse of the sample uses, a fifth of a cold ``gazette parse``. A compiled pattern pickles as the
arguments of ``regex``'s constructor in C (its pattern, flags and compiled code), and is built from them again in
about 10 µs. The command line loads this cache before it parses (:func:`load`) and writes it back when the run
compiled a pattern the file lacked (:func:`save`); the library does no I/O of its own, so a program that imports
``gazette_parse`` compiles its patterns unless it calls :func:`load` itself.

The file is named for ``regex``'s version and Python's, since the compiled code is theirs. It is read with an
unpickler that builds nothing but ``regex`` patterns: a file holding anything else is ignored like a missing or
broken one, and so is any entry that does not give back the pattern it is filed under. It is written to a
temporary file and renamed (``batch.write_atomic``), so parallel runs never see half a file; the last writer
wins, and what it lacked is compiled and added by a later run.

A run that writes its file deletes the files of other versions that no run has used for 30 days.

``GAZETTE_PARSE_CACHE_DIR`` names the directory (default: ``$XDG_CACHE_HOME/gazette-parse`` or
``~/.cache/gazette-parse``); ``GAZETTE_PARSE_NO_CACHE=1`` turns the cache off.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import regex

from . import __version__

if TYPE_CHECKING:
    from pathlib import Path

ENV_DIR = "GAZETTE_PARSE_CACHE_DIR"
ENV_OFF = "GAZETTE_PARSE_NO_CACHE"
#: Raised when the file's layout changes, so that an old file is not read as a new one.
FORMAT = 1
#: A file larger than this is no cache of ours (the package's ~250 patterns take ~90 KB). Patterns a working
#: copy of the package has changed since stay in the file, filed under their old text where nothing finds them;
#: a file grown past this is read as empty and written again with the patterns of one run.
MAX_BYTES = 16 * 1024 * 1024

Key = tuple[str, int]

_entries: dict[Key, bytes] = {}
_path: str | None = None  # the file loaded, or None when the cache is off
_loaded = False  # load was called in this process
_changed = False  # an entry was added since the file was read


def default_dir() -> str | None:
    """Where the cache lives, or None when ``GAZETTE_PARSE_NO_CACHE`` turns it off."""
    if os.environ.get(ENV_OFF, "") not in ("", "0"):
        return None
    if os.environ.get(ENV_DIR):
        return os.environ[ENV_DIR]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):  # no home to be found (``~`` stays ``~``): no cache, not one in the cwd
        return None
    return os.path.join(base, "gazette-parse")


def file_name() -> str:
    """The cache file's name, e.g. ``patterns-1-gazette-0.1.0-regex-2026.11.19-cpython-311.pickle``: a new
    version of the package starts a new file rather than carrying the patterns it no longer has."""
    return (f"patterns-{FORMAT}-gazette-{__version__}-regex-{regex.__version__}-"
            f"{sys.implementation.cache_tag}.pickle")


def load(directory: str | None = None) -> int:
    """Use the cache in ``directory`` (default: :func:`default_dir`) from now on; the number of patterns it holds.

    Never raises: a missing, unreadable or foreign file is an empty cache."""
    global _path, _changed, _loaded
    directory = directory if directory is not None else default_dir()
    _entries.clear()
    _changed = False
    _loaded = True
    if directory is None:
        _path = None
        return 0
    _path = os.path.join(directory, file_name())
    try:
        with open(_path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            return 0
        entries = _unpickle(data)
    except Exception:  # a broken cache only costs the compiles it would have saved
        return 0
    if isinstance(entries, dict):
        _entries.update((k, v) for k, v in entries.items() if _is_key(k) and isinstance(v, bytes))
    return len(_entries)


def ensure_loaded() -> None:
    """:func:`load` the default cache unless this process has loaded one (a worker forked from a process that
    loaded it has it already)."""
    if not _loaded:
        load()


def lookup(pattern: str, flags: int) -> regex.Pattern[str] | None:
    """The pattern compiled with ``flags`` from the cache, or None (compile it and :func:`remember` it)."""
    key = (pattern, int(flags))  # int: regex's flags are an enum, which the file does not hold
    data = _entries.get(key) if _path is not None else None
    if data is None:
        return None
    try:
        compiled = _unpickle(data)
    except Exception:  # as in load
        compiled = None
    if isinstance(compiled, regex.Pattern) and compiled.pattern == pattern:
        return compiled
    del _entries[key]  # rewritten with the freshly compiled pattern
    return None


def remember(pattern: str, flags: int, compiled: regex.Pattern[str]) -> None:
    """Add a pattern just compiled to the cache in use (if any), for :func:`save` to write."""
    global _changed
    if _path is not None:
        import pickle

        _entries[(pattern, int(flags))] = pickle.dumps(compiled, protocol=pickle.HIGHEST_PROTOCOL)
        _changed = True


def save() -> bool:
    """Write the cache back if this run added to it; whether it wrote. Never raises: a cache that cannot be
    written is only a slower next run."""
    global _changed
    if _path is None or not _changed:
        return False
    import pickle
    from pathlib import Path

    from .batch import write_atomic

    try:
        write_atomic(Path(_path), pickle.dumps(_entries, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        return False
    _changed = False
    _remove_stale(Path(_path))
    return True


#: A cache file of another version (of the package, ``regex`` or Python) unused this long is deleted when a run
#: writes its own: an upgrade leaves no files behind, and two versions in use side by side keep theirs.
STALE_SECONDS = 30 * 24 * 3600


def _remove_stale(path: Path) -> None:
    """Delete the other cache files beside ``path`` that no run has read for ``STALE_SECONDS`` (their access
    time, or their modification time where the file system keeps no access times). Never raises."""
    import time

    now = time.time()
    try:
        others = [p for p in path.parent.glob("patterns-*.pickle") if p.name != path.name]
        for other in others:
            st = other.stat()
            if now - max(st.st_atime, st.st_mtime) > STALE_SECONDS:
                other.unlink()
    except OSError:
        pass


def _is_key(key: object) -> bool:
    return (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str) and isinstance(key[1], int))


def _unpickle(data: bytes) -> Any:
    global _unpickler
    import io

    if _unpickler is None:
        import pickle

        class Patterns(pickle.Unpickler):
            """Builds plain data and ``regex`` patterns, nothing else."""

            def find_class(self, module: str, name: str) -> Any:
                if (module, name) != ("regex._regex", "compile"):
                    raise pickle.UnpicklingError(f"{module}.{name} is no regex pattern")
                return super().find_class(module, name)

        _unpickler = Patterns
    return _unpickler(io.BytesIO(data)).load()


_unpickler: Any = None  # the unpickler class, made when first needed (pickle takes ~4 ms to import)
