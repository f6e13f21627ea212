"""The ``gazette`` command: a thin layer over the library.

Data goes to stdout, diagnostics to stderr as ``path:line:col: CODE message``.
Exit codes: 0 parsed (warnings allowed); 1 errors found (or warnings with ``--strict``);
2 usage or input error (missing file, directory, empty, binary or undecodable input, internal error).
Heavy modules (pydantic, the parser, rich, ruamel) are imported only inside the commands that need them.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
REPORT_BUG = "please report it with the input file at the project's issue tracker (rerun with --debug for details)"

app = typer.Typer(
    name="gazette",
    help="Turn Chinese government gazettes (政府公报) and official documents (公文) into validated JSON or YAML.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(str, Enum):
    """Output formats."""

    json = "json"
    yaml = "yaml"
    jsonl = "jsonl"


class Report(str, Enum):
    """Report formats of ``gazette validate``."""

    text = "text"
    json = "json"
    junit = "junit"
    github = "github"


def _err(message: str) -> None:
    sys.stderr.write(message.rstrip("\n") + "\n")


def _deliver(payload: str, target: Path | None, inputs: set[str], say: Callable[[str], None]) -> bool:
    """Write one output to stdout (``target`` None) or atomically to a file that is no input."""
    if target is None:
        sys.stdout.write(payload)
        sys.stdout.flush()
        return True
    if os.path.realpath(target) in inputs:
        say(f"{_show(str(target))}: error: refusing to overwrite an input file")
        return False
    return _write(target, payload, say)


def _write(target: Path, text: str, say: Callable[[str], None]) -> bool:
    """Write an output atomically; say why in one line when the file system refuses."""
    from .batch import write_atomic

    try:
        write_atomic(target, text)
    except OSError as exc:
        say(f"{_show(str(target))}: error: cannot write: {exc.strerror or exc}")
        return False
    return True


#: ``--max-size``'s default, in MB: parsing takes about 20 times an input's size in memory, and a gazette issue is a
#: few megabytes; a larger file is most often no issue (a log, a dump).
DEFAULT_MAX_MB = 64.0


def _max_bytes(mb: float) -> int | None:
    return int(mb * 1024 * 1024) if mb > 0 else None


def _show(path: str) -> str:
    if path == "-":
        return "<stdin>"
    from .source import one_line

    return one_line(path)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gazette-parse {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Turn Chinese government gazettes and official documents into validated JSON or YAML."""


PathsArg = Annotated[list[str], typer.Argument(help="Files, directories (searched recursively) or - for stdin.",
                                               show_default=False)]
GlobOpt = Annotated[list[str] | None, typer.Option("--glob", help="File name patterns in directories "
                                                   "(repeatable; default *.md and *.txt).")]
JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Parallel processes (default: CPUs).")]
EncodingOpt = Annotated[str | None, typer.Option("--encoding", help="Force an input encoding (e.g. gb18030).")]
MaxSizeOpt = Annotated[float, typer.Option("--max-size", min=0, help="Refuse inputs larger than this many MB "
                                           "(exit 2; 0: no limit).")]
StrictOpt = Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary; only diagnostics.")]
VerboseOpt = Annotated[bool, typer.Option("--verbose", "-v", help="Also print info diagnostics.")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks of internal errors.")]
ShowSourceOpt = Annotated[bool, typer.Option("--show-source", help="Print the input line under each diagnostic.")]


@app.command("parse")
def parse_cmd(
    paths: PathsArg,
    fmt: Annotated[Format | None, typer.Option("--format", "-f", help="json (default for one input), "
                                               "yaml, or jsonl (default for several inputs without -o).")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Output file (one input) or "
                                               "directory (several inputs; mirrors the input tree).")] = None,
    glob: GlobOpt = None,
    jobs: JobsOpt = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_MB,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
    show_source: ShowSourceOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Parse gazette issues or official documents and write JSON or YAML."""
    from .batch import DEFAULT_GLOBS, Input, expand, output_paths, run
    from .validate import format_finding

    inputs, missing = expand(paths, tuple(glob) if glob else DEFAULT_GLOBS)
    for path, problem in missing:
        _err(f"{_show(path)}: error: {problem}")
    if not inputs and not missing:
        _err(f"{' '.join(map(_show, paths))}: error: no input files (patterns: {', '.join(glob or DEFAULT_GLOBS)})")
        raise typer.Exit(EXIT_INPUT)
    single = len(paths) == 1 and len(inputs) == 1 and not os.path.isdir(paths[0]) \
        and not (output is not None and os.path.isdir(output))  # (-o DIR: the output goes in it)
    if output is None and fmt is None:
        fmt = Format.json if single else Format.jsonl
    fmt = fmt or Format.json
    if not single and output is not None and os.path.isfile(output):
        _err(f"{_show(output)}: error: several inputs need -o to name a directory, not a file")
        raise typer.Exit(EXIT_INPUT)
    if not single and output is None and fmt is not Format.jsonl:
        _err("error: several inputs write --format jsonl to stdout, or one file per input with -o DIR")
        raise typer.Exit(EXIT_INPUT)
    targets: dict[Input, Path] = {}
    if output is not None and not single:
        targets, refused = output_paths(output, inputs, fmt.value)
        for path, problem in refused:
            _err(f"{_show(path)}: error: {problem}")
        missing.extend(refused)
        inputs = [i for i in inputs if i in targets]
    input_paths = {os.path.realpath(i.path) for i in inputs if i.path != "-"}
    stats = _Stats()
    progress = _progress(len(inputs), quiet)
    say = progress.say if progress else _err  # above a live progress bar, not through it
    started = time.perf_counter()
    try:
        for outcome in run(inputs, fmt=fmt.value, encoding=encoding, jobs=jobs or os.cpu_count() or 1,
                           sources=show_source, max_bytes=_max_bytes(max_size)):
            stats.add(outcome, strict=strict)
            name = _show(outcome.input.path)
            if outcome.error is not None:
                say(f"{name}: error: {outcome.error}")
                if outcome.internal:
                    say(outcome.internal if debug else f"{name}: {REPORT_BUG}")
            else:
                lines = [format_finding(name, line, col, code, message,
                                        outcome.sources.get(line) if show_source else None)
                         for sev, line, col, code, message in outcome.diagnostics if verbose or sev != "info"]
                if lines:
                    say("".join(lines).rstrip("\n"))
                target = None if output is None else Path(output) if single else targets[outcome.input]
                if not _deliver(outcome.payload or "", target, input_paths, say):
                    stats.input_errors += 1
            if progress:
                progress.advance(stats)
    except KeyboardInterrupt:
        if progress:
            progress.stop()
        _err("interrupted: outputs written so far are complete, none is partial")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        raise typer.Exit(EXIT_OK) from None
    if progress:
        progress.stop()
    if not single and not quiet and sys.stderr.isatty():
        _err(stats.line(time.perf_counter() - started))
    stats.input_errors += len(missing)
    raise typer.Exit(stats.exit_code())


class _Stats:
    def __init__(self) -> None:
        self.files = self.documents = self.warnings = self.errors = self.input_errors = 0
        self.failed = False

    def add(self, outcome: object, *, strict: bool) -> None:
        from .batch import Outcome

        assert isinstance(outcome, Outcome)
        self.files += 1
        if outcome.error is not None:
            self.input_errors += 1
            return
        self.documents += outcome.documents
        for sev, *_ in outcome.diagnostics:
            if sev == "error":
                self.errors += 1
                self.failed = True
            elif sev == "warning":
                self.warnings += 1
                self.failed = self.failed or strict

    def exit_code(self) -> int:
        if self.input_errors:
            return EXIT_INPUT
        return EXIT_FINDINGS if self.failed else EXIT_OK

    def line(self, seconds: float) -> str:
        return (f"{self.files} files, {self.documents} documents, {self.warnings} warnings, {self.errors} errors, "
                f"{self.input_errors} unreadable, {seconds:.2f} s")


class _Progress:
    """A rich progress bar on stderr (only when stderr is a terminal)."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[info]}"), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.task = self.bar.add_task("parse", total=total, info="")
        self.started = time.perf_counter()
        self.bar.start()

    def advance(self, stats: _Stats) -> None:
        rate = stats.files / max(time.perf_counter() - self.started, 1e-6)
        self.bar.update(self.task, advance=1, info=f"{stats.documents} documents, "
                        f"{stats.errors + stats.input_errors} errors, {rate:.1f} files/s")

    def say(self, text: str) -> None:
        """Print a diagnostic above the bar."""
        self.bar.console.print(text, markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        self.bar.stop()


def _progress(total: int, quiet: bool) -> _Progress | None:
    if quiet or total < 2 or not sys.stderr.isatty():
        return None
    return _Progress(total)


@app.command("validate")
def validate_cmd(
    paths: PathsArg,
    report: Annotated[Report, typer.Option("--report", help="text, json, junit (JUnit XML) or github "
                                           "(workflow annotations).")] = Report.text,
    select: Annotated[list[str] | None, typer.Option("--select", help="Only these rule codes or prefixes "
                                                     "(repeatable, comma-separated).")] = None,
    ignore: Annotated[list[str] | None, typer.Option("--ignore", help="Skip these rule codes or prefixes.")] = None,
    glob: GlobOpt = None,
    jobs: JobsOpt = None,
    encoding: EncodingOpt = None,
    max_size: MaxSizeOpt = DEFAULT_MAX_MB,
    strict: StrictOpt = False,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write the report to a file.")] = None,
    show_source: ShowSourceOpt = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Text report: the findings only, no count of "
                                        "rules and files.")] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Parse and check files and the archive they form; write a report, no data."""
    from .batch import DEFAULT_GLOBS, expand, run
    from .validate import Finding, archive_findings, filter_findings, render_report

    inputs, missing = expand(paths, tuple(glob) if glob else DEFAULT_GLOBS)
    if not inputs and not missing:
        _err(f"{' '.join(map(_show, paths))}: error: no input files (patterns: {', '.join(glob or DEFAULT_GLOBS)})")
        raise typer.Exit(EXIT_INPUT)
    findings: list[Finding] = [Finding(path=_show(p), line=1, column=1, code="E001", severity="error", message=m)
                               for p, m in missing]
    outcomes = []
    for outcome in run(inputs, fmt=None, encoding=encoding, jobs=jobs or os.cpu_count() or 1, sources=show_source,
                       max_bytes=_max_bytes(max_size)):
        name = _show(outcome.input.path)
        if outcome.error is not None:
            findings.append(Finding(path=name, line=1, column=1, code="E001", severity="error", message=outcome.error))
            continue
        outcomes.append(outcome)
        findings.extend(Finding(path=name, line=line, column=col, code=code, severity=sev, message=msg,
                                source=outcome.sources.get(line))
                        for sev, line, col, code, msg in outcome.diagnostics if verbose or sev != "info")
    findings.extend(archive_findings(outcomes))
    findings = filter_findings(findings, select=_codes(select), ignore=_codes(ignore))
    text = render_report(findings, report.value, files=len(inputs) + len(missing), show_source=show_source,
                         summary=not quiet)
    if output:
        if not _write(Path(output), text, _err):
            raise typer.Exit(EXIT_INPUT)
    else:
        sys.stdout.write(text)
    if any(f.code == "E001" for f in findings):
        raise typer.Exit(EXIT_INPUT)
    failing = [f for f in findings if f.severity == "error" or (strict and f.severity == "warning")]
    raise typer.Exit(EXIT_FINDINGS if failing else EXIT_OK)


def _codes(values: list[str] | None) -> list[str]:
    return [c.strip().upper() for v in values or [] for c in v.split(",") if c.strip()]


@app.command("schema")
def schema_cmd(
    output: Annotated[str | None, typer.Option("--output", "-o",
                                               help="Directory to write the schema files to.")] = None,
) -> None:
    """Print the JSON Schema of the output, or write it to a directory."""
    from .schema import schema_files

    files = schema_files()
    if output is None:
        sys.stdout.write(files["gazette-file.schema.json"])
        return

    for name, text in files.items():
        if not _write(Path(output) / name, text, _err):
            raise typer.Exit(EXIT_INPUT)


@app.command("rules")
def rules_cmd() -> None:
    """List the diagnostic rule codes."""
    from .diagnostics import RULES

    for rule in RULES.values():
        typer.echo(f"{rule.code}  {rule.severity.value:<7}  {rule.name:<34}  {rule.summary}")


def main() -> None:
    """Entry point of the ``gazette`` console script."""
    if sys.argv[1:] == ["--version"]:  # the fast path: no typer, no click
        sys.stdout.write(f"gazette-parse {__version__}\n")
        return
    # Scanning installed packages for pydantic plugins costs every cold run ~10 ms; the CLI uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    debug = "--debug" in sys.argv
    try:
        app()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        _err(f"gazette: internal error: {type(exc).__name__}: {exc}; {REPORT_BUG}")
        sys.exit(EXIT_INPUT)
