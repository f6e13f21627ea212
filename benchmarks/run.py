"""Benchmarks, run by hand (not part of the tests): ``python benchmarks/run.py [--quick]``.

Every number is a median over several runs and is shown next to a reference measured in the same run,
because these machines are noisy: compare ratios, not yesterday's absolute numbers.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "zhejiang-2018-12.md"
BIN = Path(sys.executable).parent
GAZETTE = str(BIN / "gazette")
sys.path.insert(0, str(ROOT / "tests"))


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def proc_time(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    return median_time(lambda: subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL,
                                              stderr=subprocess.DEVNULL, env=env), runs)


def row(rows: list[tuple[str, str, str]], what: str, value: str, ratio: str = "") -> None:
    rows.append((what, value, ratio))
    print(f"  {what}: {value} {ratio}", file=sys.stderr, flush=True)


def byte_compile() -> None:
    """Write the package's bytecode, as ``pip install .`` does for a regular install.

    An editable install run with ``PYTHONDONTWRITEBYTECODE=1`` (set on these machines) has none, and every
    cold start then compiles the whole package from source: ~20 ms more than a user's install pays.
    """
    import gazette_parse

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(gazette_parse.__file__).parent)], check=True)


def cold_start(rows: list[tuple[str, str, str]], runs: int, tmp: Path) -> None:
    byte_compile()
    ref = proc_time([sys.executable, "-c", "from pydantic import BaseModel"], runs)
    row(rows, "reference: python -c 'from pydantic import BaseModel'", f"{ref * 1000:.0f} ms", "1.00×")
    parse = [GAZETTE, "parse", str(SAMPLE), "-o", str(tmp / "out.json")]
    subprocess.run(parse, check=False, capture_output=True)  # fills the pattern cache (main() set where)
    no_cache = dict(os.environ, GAZETTE_PARSE_NO_CACHE="1")
    for label, cmd, env in [
        ("gazette --version", [GAZETTE, "--version"], None),
        ("gazette --help", [GAZETTE, "--help"], None),
        ("gazette parse sample -o out.json", parse, None),
        ("gazette parse sample -o out.json, no pattern cache (a first run)", parse, no_cache),
    ]:
        t = proc_time(cmd, runs, env)
        row(rows, f"cold {label}", f"{t * 1000:.0f} ms", f"{t / ref:.2f}× ref")


def in_process(rows: list[tuple[str, str, str]], runs: int) -> None:
    from markdown_it import MarkdownIt

    from gazette_parse import parse
    from gazette_parse.emit import to_json, to_yaml

    text = SAMPLE.read_text(encoding="utf-8")
    md = MarkdownIt()
    md.parse(text)
    ref = median_time(lambda: md.parse(text), runs)
    row(rows, "reference: markdown-it-py MarkdownIt().parse(sample)", f"{ref * 1000:.2f} ms", "1.00×")

    def full() -> str:
        return to_json(parse(SAMPLE.read_text(encoding="utf-8"), source=str(SAMPLE)))

    full()
    t = median_time(full, runs)
    row(rows, "read + parse + validate + JSON of the sample", f"{t * 1000:.2f} ms", f"{t / ref:.2f}× markdown-it")
    t_parse = median_time(lambda: parse(text), runs)
    row(rows, "  of which parse()", f"{t_parse * 1000:.2f} ms", f"{t_parse / ref:.2f}× markdown-it")
    result = parse(text)
    t_yaml = median_time(lambda: to_yaml(result), runs)
    row(rows, "YAML serialisation of the sample (C emitter)", f"{t_yaml * 1000:.2f} ms")


def batch(rows: list[tuple[str, str, str]], copies: int, tmp: Path) -> None:
    src = tmp / "archive"
    src.mkdir()
    for i in range(copies):
        shutil.copy(SAMPLE, src / f"issue-{i:04d}.md")
    size = SAMPLE.stat().st_size * copies / 1e6
    rates = {}
    for jobs in (1, 2):
        out = tmp / f"out{jobs}"
        t = median_time(lambda out=out, jobs=jobs: subprocess.run(
            [GAZETTE, "parse", str(src), "-o", str(out), "--jobs", str(jobs), "--quiet"],
            check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), 3)
        rates[jobs] = size / t
        row(rows, f"batch {copies} copies ({size:.1f} MB), --jobs {jobs}", f"{rates[jobs]:.1f} MB/s",
            f"{t:.2f} s" + (f", {rates[2] / rates[1]:.2f}× --jobs 1" if jobs == 2 else ""))


def repeated_issue(times: int) -> str:
    """An issue whose documents (TOC to colophon) are repeated ``times`` times."""
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    start = next(i for i, ln in enumerate(lines) if "浙政办发〔2018〕26 号" in ln) - 2
    end = max(i for i, ln in enumerate(lines) if ln.strip() == "---")
    return "\n".join(lines[:start] + lines[start:end] * times + lines[end:])


def scaling(rows: list[tuple[str, str, str]], runs: int, tmp: Path) -> None:
    from gazette_parse import parse

    base = None
    for times in (1, 10, 100):
        text = repeated_issue(times)
        mb = len(text.encode("utf-8")) / 1e6
        t = median_time(lambda text=text: parse(text), max(1, runs // times))
        per_mb = t / mb
        base = base or per_mb
        row(rows, f"scaling {times}× documents ({mb:.1f} MB)", f"{per_mb:.2f} s/MB",
            f"{per_mb / base:.2f}× the 1× rate")
    path = tmp / "issue-100x.md"
    path.write_text(repeated_issue(100), encoding="utf-8")
    base_rss, rss = (_peak_rss_kb(path, work) for work in (False, True))
    mb = path.stat().st_size / 1e6
    row(rows, f"peak RSS parsing the 100× input ({mb:.1f} MB)", f"{rss / 1024:.0f} MB",
        f"{(rss - base_rss) / 1024 / mb:.1f}× input above the {base_rss / 1024:.0f} MB interpreter baseline; "
        f"limit 20× + 100 MB = {20 * mb + 100:.0f} MB")


def _peak_rss_kb(path: Path, work: bool) -> int:
    """Peak RSS (KiB) of a fresh interpreter that imports the parser and, with ``work``, parses ``path``.

    Read from VmHWM, which starts afresh at exec; ``ru_maxrss`` would inherit this (large) process's peak.
    """
    code = "import sys\nfrom gazette_parse import parse\n"
    if work:
        code += "parse(open(sys.argv[1], encoding='utf-8').read())\n"
    code += ("print(next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM')))\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return int(done.stdout)


def hostile(rows: list[tuple[str, str, str]], big: bool) -> None:
    from gazette_parse import parse
    from test_hostile import CASES

    text = SAMPLE.read_text(encoding="utf-8")
    t_sample = median_time(lambda: parse(text), 5)
    ref = t_sample / (len(text.encode("utf-8")) / 1e6)
    ref_line = t_sample / text.count("\n") * 1e6
    row(rows, "reference: the sample", f"{ref:.2f} s/MB", f"1.00×; {ref_line:.1f} µs/line")
    cases = dict(CASES)
    if big:
        cases["50 MB file (sample repeated)"] = lambda k: text * (50_000_000 // len(text.encode("utf-8")))
    for name, make in cases.items():
        data = make(1.0)
        mb = len(data.encode("utf-8")) / 1e6
        t = median_time(lambda data=data: parse(data), 1)
        n_lines = data.count("\n")
        per_line = f"; {t / n_lines * 1e6:.1f} µs/line = {t / n_lines * 1e6 / ref_line:.2f}× the sample's" \
            if n_lines >= 1000 else ""
        row(rows, f"hostile: {name} ({mb:.2f} MB)", f"{t / mb:.2f} s/MB", f"{t / mb / ref:.2f}× the sample{per_line}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--quick", action="store_true", help="fewer runs, 100 batch copies, no 50 MB case")
    args = ap.parse_args()
    runs = 5 if args.quick else 15
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        os.environ["GAZETTE_PARSE_CACHE_DIR"] = str(tmp / "cache")  # the run's own, filled by its first parse
        os.environ.pop("GAZETTE_PARSE_NO_CACHE", None)
        print("cold start", file=sys.stderr)
        cold_start(rows, runs, tmp)
        print("in process", file=sys.stderr)
        in_process(rows, runs * 4)
        print("batch", file=sys.stderr)
        batch(rows, 100 if args.quick else 500, tmp)
        print("scaling", file=sys.stderr)
        scaling(rows, runs, tmp)
        print("hostile", file=sys.stderr)
        hostile(rows, big=not args.quick)
    cpu = platform.processor() or platform.machine()
    print(f"\n{time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs ({cpu}), Python {platform.python_version()}\n")
    print("| measurement | median | ratio |\n|---|---|---|")
    for what, value, ratio in rows:
        print(f"| {what} | {value} | {ratio} |")


if __name__ == "__main__":
    main()
