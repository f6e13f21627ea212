"""``gazette validate``: archive-wide checks and reports (text, JSON, JUnit XML, GitHub annotations)."""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from dataclasses import asdict, dataclass

from .batch import Outcome
from .diagnostics import RULES
from .source import one_line, printable


@dataclass(frozen=True, slots=True)
class Finding:
    """One diagnostic of one file, as a report shows it."""

    path: str
    line: int
    column: int
    code: str
    severity: str
    message: str
    source: str | None = None
    """The input line, for ``--show-source``."""


def _find(path: str, line: int, code: str, message: str) -> Finding:
    return Finding(path=one_line(path), line=line, column=1, code=code, severity=RULES[code].severity.value,
                   message=message)


def archive_findings(outcomes: list[Outcome]) -> list[Finding]:
    """Checks across files: duplicate 文号, 期号 gaps and repeats, 总期号 and dates that do not advance."""
    findings: list[Finding] = []
    first_seen: dict[str, tuple[str, int]] = {}
    for o in outcomes:
        numbers = o.summary.get("doc_numbers") or []
        for number, line in numbers:  # type: ignore[attr-defined]
            key = "".join(number.split())  # (a joint 公告's 文号 keeps a space between its issuers, or does not)
            if key in first_seen and first_seen[key][0] != o.input.path:
                other, other_line = first_seen[key]
                findings.append(_find(o.input.path, line, "V001",
                                      f"文号 {number} also in {one_line(other)}:{other_line}"))
            else:
                first_seen.setdefault(key, (o.input.path, line))
    by_series: dict[tuple[str, int], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        s = o.summary
        if isinstance(s.get("issue"), int) and isinstance(s.get("year"), int) and not s.get("special"):
            # (a 专刊 or 增刊 is numbered apart from the issues, or shares a number with one)
            by_series[(str(s.get("title")), int(s["year"]))].append(o)  # type: ignore[call-overload]
        pub = s.get("publication_date")
        if isinstance(pub, str) and isinstance(s.get("year"), int) and int(pub[:4]) != s["year"]:
            findings.append(_find(o.input.path, _line(o), "V006",
                                  f"issue of {s['year']} published on {pub}"))
    for (title, year), group in sorted(by_series.items()):
        group.sort(key=lambda o: (int(o.summary["issue"]), o.input.path))  # type: ignore[call-overload]
        for prev, cur in itertools.pairwise(group):
            pi, ci = int(prev.summary["issue"]), int(cur.summary["issue"])  # type: ignore[call-overload]
            combined = prev.summary.get("issue_to")  # 第1-2期合刊: the issues up to 2 are out
            last = combined if isinstance(combined, int) and combined > pi else pi
            where = cur.input.path
            if ci <= last:
                findings.append(_find(where, _line(cur), "V003",
                                      f"{title} {year} 第{ci}期 also in {one_line(prev.input.path)}"))
                continue
            if ci > last + 1:
                missing = ", ".join(str(n) for n in range(last + 1, ci))
                findings.append(_find(where, _line(cur), "V002",
                                      f"{title} {year}: 第{missing}期 missing before 第{ci}期"))
            pc, cc = prev.summary.get("cumulative_issue"), cur.summary.get("cumulative_issue")
            merged = last != pi or cur.summary.get("issue_to") is not None  # (how 合刊 count 总期号 varies)
            if isinstance(pc, int) and isinstance(cc, int) and not merged and cc - pc != ci - pi:
                findings.append(_find(where, _line(cur), "V004",
                                      f"总第{cc}期 after 总第{pc}期 does not advance with 第{pi}→{ci}期"))
            pd, cd = prev.summary.get("publication_date"), cur.summary.get("publication_date")
            if isinstance(pd, str) and isinstance(cd, str) and cd < pd:
                findings.append(_find(where, _line(cur), "V005", f"published {cd}, before 第{pi}期 ({pd})"))
    return findings


def _line(o: Outcome) -> int:
    line = o.summary.get("masthead_line")
    return line if isinstance(line, int) else 1


def _matches(code: str, patterns: list[str]) -> bool:
    return any(code.startswith(p) for p in patterns)


def filter_findings(findings: list[Finding], *, select: list[str], ignore: list[str]) -> list[Finding]:
    """Keep findings selected by code prefix and not ignored; input errors (E001) always stay."""
    return [f for f in findings if f.code == "E001" or
            ((not select or _matches(f.code, select)) and not _matches(f.code, ignore))]


#: Characters shown on each side of the column under a diagnostic.
SOURCE_CONTEXT = 40


def format_finding(path: str, line: int, column: int, code: str, message: str, source: str | None) -> str:
    """``path:line:col: CODE message``, and with ``source`` the line itself with a caret under the column."""
    head = f"{path}:{line}:{column}: {code} {message}\n"
    if source is None:
        return head
    from .blocks import display_width

    text = source.replace("\t", " ").replace("\f", " ").rstrip()
    start = max(0, column - 1 - SOURCE_CONTEXT)
    shown = ("…" if start else "") + text[start:column - 1 + SOURCE_CONTEXT] + \
        ("…" if len(text) > column - 1 + SOURCE_CONTEXT else "")
    caret = " " * display_width(("…" if start else "") + text[start:column - 1]) + "^"
    return f"{head}    | {shown}\n    | {caret}\n"


def render_report(findings: list[Finding], fmt: str, *, files: int, show_source: bool = False,
                  summary: bool = True) -> str:
    """The report in ``fmt``: text, json, junit or github (file names that are not UTF-8 as ``printable``
    writes them); ``summary``: the text report ends in a count of rules and files."""
    return printable(_render(findings, fmt, files=files, show_source=show_source, summary=summary))


def _render(findings: list[Finding], fmt: str, *, files: int, show_source: bool, summary: bool = True) -> str:
    findings = sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code))
    if fmt == "json":
        data = {"files": files, "findings": [{k: v for k, v in asdict(f).items() if k != "source"} for f in findings]}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "github":
        level = {"error": "error", "warning": "warning", "info": "notice"}
        return "".join(f"::{level[f.severity]} file={_gh_property(f.path)},line={f.line},col={f.column},"
                       f"title={f.code}::{_gh_escape(f.message)}\n" for f in findings)
    if fmt == "junit":
        return _junit(findings, files)
    out = [format_finding(f.path, f.line, f.column, f.code, f.message, f.source if show_source else None)
           for f in findings]
    if not summary:
        return "".join(out)
    counts: dict[str, int] = defaultdict(int)
    for f in findings:
        counts[f.code] += 1
    if counts:
        out.append("\ncode  count  rule\n")
        out.extend(f"{code}  {n:>5}  {RULES[code].name}\n" for code, n in sorted(counts.items()))
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = sum(1 for f in findings if f.severity == "warning")
    out.append(f"\n{files} files checked: {errors} errors, {warnings} warnings\n")
    return "".join(out)


def _gh_escape(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(s: str) -> str:
    """A workflow command's property value (a file's path): its message's escapes, and ``:`` and ``,``, which
    part the properties."""
    return _gh_escape(s).replace(":", "%3A").replace(",", "%2C")


def _junit(findings: list[Finding], files: int) -> str:
    from xml.sax.saxutils import escape, quoteattr  # ~18 ms (it imports urllib); only JUnit reports need it

    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_file[f.path].append(f)
    failures = sum(1 for f in findings if f.severity != "info")
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n',
             f'<testsuites name="gazette validate" tests="{max(files, len(by_file))}" failures="{failures}">\n',
             f'  <testsuite name="gazette validate" tests="{max(files, len(by_file))}" failures="{failures}">\n']
    for path, items in sorted(by_file.items()):
        parts.append(f"    <testcase classname=\"gazette\" name={quoteattr(path)}>\n")
        for f in items:
            msg = f"{f.path}:{f.line}:{f.column}: {f.code} {f.message}"
            parts.append(f"      <failure type={quoteattr(f.code)} message={quoteattr(msg)}>{escape(msg)}</failure>\n")
        parts.append("    </testcase>\n")
    passed = files - len(by_file)
    if passed > 0:
        parts.append(f'    <testcase classname="gazette" name="{passed} files without findings"/>\n')
    parts.append("  </testsuite>\n</testsuites>\n")
    return "".join(parts)
