"""Stage 0: text set in two columns side by side, read one column after the other.

``pdftotext -layout`` prints a two-column page row by row: each line holds a line of the left column, a gap of
spaces, and a line of the right column, which starts at the same place on every line (its place comes from its
position on the page). ``split_columns`` finds that place and rewrites each page, band by band, left column
first, then right column. A band ends where a line spans the page (a document's title, a page footer), with
blank lines above and under it. It returns None for any other text, which is read as it is.

Afterwards every line of the rewritten text knows the input line it came from and where in it its text began,
so that every span and diagnostic points at the input (``LineMap``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from .normalize import split_lines
from .regexes import lazy_pattern

#: A run of text: words with single spaces inside (pdftotext sets one around numbers: ``2019 年 1 月``), or
#: full-width ones (``第一条　为了…``, ``公　　告``: the text's own, never a gap between columns).
RUN = lazy_pattern(r"\S+(?:(?: |\u3000+)\S+)*")
#: Spaces at least between the columns.
MIN_GAP = 2
#: A run of text where every character is set apart (pdftotext of a PDF that places its characters one by one):
#: its words stand three spaces apart (``第 一 条   为 了 …``), and a gap between columns is wider than that.
SPACED_RUN = lazy_pattern(r"\S+(?: {1,3}\S+)*")
SPACED_GAP = 4
#: A line whose first four characters are set apart, and the share of the lines that are such in such text.
SPACED_LINE = lazy_pattern(r"^\s*\S \S \S \S")
MIN_SPACED_SHARE = 0.5
#: Rows with text in both columns, split at one place, that a text set in two columns has at least …
MIN_ROWS = 8
#: … and the share of its non-blank lines they make.
MIN_SHARE = 0.3
#: How far a column's line that opens a paragraph may be indented, and how many of the column's lines must start
#: further left for that place to be the column's margin.
INDENT, MARGIN_ROWS = 6, 2
#: Characters a column's line holds at least, in the median row (a table's cells are shorter).
MIN_COLUMN_TEXT = 8
#: Marks of a sentence, and the share of the rows with text in both columns that hold one.
PROSE_MARKS = frozenset("，。；、：,;")
MIN_PROSE_SHARE = 0.3
#: A line that spans the page starts this far right of the left column's margin (it is centred).
CENTRED = 8


@dataclass(frozen=True, slots=True)
class LineMap:
    """Where each line of the rewritten text comes from: (input line number, column offset) by 0-based index."""

    origin: list[tuple[int, int]]

    def lines(self, start: int, end: int) -> tuple[int, int]:
        """The first and last input line of rewritten lines ``start`` to ``end`` (a span may run from the foot
        of the left column to the head of the right one)."""
        rows = [self.origin[k][0] for k in range(start - 1, end)]
        return min(rows), max(rows)

    def column(self, no: int, column: int) -> int:
        """The input column of ``column`` in rewritten line ``no``."""
        return column + self.origin[no - 1][1]

    def then(self, after: LineMap) -> LineMap:
        """The map of text rewritten again, by ``after``, back to this map's input."""
        return LineMap([(self.origin[no - 1][0], offset + self.origin[no - 1][1]) for no, offset in after.origin])


@dataclass(frozen=True, slots=True)
class _Runs:
    """How the text's runs of words are told apart: the pattern of a run, and the gap at least between columns."""

    run: regex.Pattern[str]
    gap: int


def _runs_of(lines: list[str]) -> _Runs:
    """The runs of ``lines``: words a space apart, or, in text whose characters are all set apart, three."""
    text = [ln for ln in lines if ln.strip()]
    if text and sum(1 for ln in text if SPACED_LINE.match(ln)) >= MIN_SPACED_SHARE * len(text):
        return _Runs(SPACED_RUN, SPACED_GAP)
    return _Runs(RUN, MIN_GAP)


def _two_runs(line: str, runs_of: _Runs) -> tuple[int, int, int, int] | None:
    """(left start, left end, right start, right length) of a line of exactly two runs of text set apart by a
    gap."""
    runs = list(runs_of.run.finditer(line))
    if len(runs) != 2 or runs[1].start() - runs[0].end() < runs_of.gap:
        return None
    return runs[0].start(), runs[0].end(), runs[1].start(), runs[1].end() - runs[1].start()


def find_gutter(lines: list[str], runs_of: _Runs) -> tuple[int, int] | None:
    """(where the right column starts, where the left column's text starts) in text set in two columns, or
    None."""
    if sum(1 for ln in lines if "   " in ln) < MIN_ROWS:
        return None  # (most text: no line with a gap)
    found = [(ln, parts) for ln in lines if (parts := _two_runs(ln, runs_of)) is not None]
    rows = [parts for _, parts in found]
    rights = Counter(r[2] for r in rows)
    if not rights:
        return None
    mode = max(rights, key=lambda p: (sum(rights[p + d] for d in (-1, 0, 1)), -p))
    # The column's margin: its lines that open a paragraph are indented (most may, in a text of short ones)
    # (lines of the right column alone, the left one blank, count too)
    starts = Counter(m.start() for ln in lines for m in runs_of.run.finditer(ln, mode - INDENT, mode + 1)
                     if mode - INDENT <= m.start() <= mode and ln[m.start() - runs_of.gap:m.start()].isspace())
    place = min(p for p in range(mode - INDENT, mode + 1) if starts[p] >= MARGIN_ROWS or p == mode)
    fitting = [r for r in rows if place - 1 <= r[2] <= mode + 1]
    texts = [ln for ln, r in found if place - 1 <= r[2] <= mode + 1]
    if len(fitting) < MIN_ROWS or len(fitting) < MIN_SHARE * sum(1 for ln in lines if ln.strip()):
        return None
    lefts = sorted(r[1] - r[0] for r in fitting)
    rights_text = sorted(r[3] for r in fitting)
    if lefts[len(lefts) // 2] < MIN_COLUMN_TEXT or rights_text[len(rights_text) // 2] < MIN_COLUMN_TEXT:
        return None
    # Columns of text hold sentences; a table's cells (某某市财政局 | 张三 0571-…) hardly a mark of one
    if sum(1 for ln in texts if not PROSE_MARKS.isdisjoint(ln)) < MIN_PROSE_SHARE * len(texts):
        return None
    lefts_at = Counter(r[0] for r in fitting)
    margin = min(p for p, n in lefts_at.items() if n >= MARGIN_ROWS or n == max(lefts_at.values()))
    return place, margin


def _split(line: str, boundary: int, runs_of: _Runs) -> tuple[str, str, int] | None:
    """(left part, right part, where the right part starts) of a line; None when its text crosses
    ``boundary``."""
    for m in runs_of.run.finditer(line):
        if m.start() >= boundary:
            return line[: m.start()].rstrip(), line[m.start():], m.start()
        if m.end() > boundary:
            return None
    return line.rstrip(), "", len(line)


def split_columns(text: str) -> tuple[str, LineMap] | None:
    """``text`` read column by column, with the map back to its lines; None when it is not set in two columns."""
    if text.count("   ") < MIN_ROWS:
        return None  # (most text: hardly a gap of spaces)
    given = split_lines(text)
    raw = [ln.replace("\f", "") for ln in given]
    feeds = {i for i, ln in enumerate(given) if "\f" in ln}
    runs_of = _runs_of(raw)
    found = find_gutter(raw, runs_of)
    if found is None:
        return None
    place, margin = found
    boundary = place - INDENT  # (where the right column's text may begin: a line or two set further left than
    # its margin, which its paragraphs' indented first lines hide, still belong to it)
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    left: list[tuple[str, int, int]] = []  # (text, input line, column offset) of the band being read
    right: list[tuple[str, int, int]] = []

    feed = False  # a page has begun whose first line is still to come

    def emit(text_: str, no_: int, offset: int) -> None:
        nonlocal feed
        out.append("\f" + text_ if feed else text_)  # (the page's form feed opens its first line, as before)
        origin.append((no_, offset))
        feed = False

    def flush() -> None:
        for side in (left, right):
            # A column's blank rows above its first line and under its last part nothing: a paragraph may go on
            # from the foot of the left column to the head of the right one.
            first = next((k for k, row in enumerate(side) if row[0]), len(side))
            last = max((k for k, row in enumerate(side) if row[0]), default=-1)
            for row in side[first:last + 1]:
                emit(*row)
            side.clear()

    for i, body in enumerate(raw):
        no = i + 1
        body = body.rstrip()
        if i in feeds:  # a new page: the band is over
            flush()
            feed = True
        if not body.strip():
            if left or right:
                left.append(("", no, 0))
                right.append(("", no, 0))
            else:
                emit("", no, 0)  # between bands (under a title, above a footer)
            continue
        parts = _split(body, boundary, runs_of)
        alone = (i == 0 or not raw[i - 1].strip()) and (i + 1 == len(raw) or not raw[i + 1].strip())
        indent = len(body) - len(body.lstrip(" "))
        centred = not (parts and parts[1]) and indent >= margin + CENTRED
        if parts is None or (centred and (alone or len(body) >= place - CENTRED)):
            flush()  # a line across the page: a title, a page footer
            emit(body, no, 0)
            continue
        head, tail, at = parts
        # (a column without text in this row has a blank line there, which may part its paragraphs)
        # (each column's lines are indented from its margin, as a page's lines from the page's)
        cut = min(margin, indent)
        left.append((head[cut:], no, cut) if head.strip() else ("", no, 0))
        right.append((" " * max(0, at - place) + tail, no, min(at, place)) if tail else ("", no, 0))
    flush()
    return "\n".join(out) + "\n", LineMap(origin)
