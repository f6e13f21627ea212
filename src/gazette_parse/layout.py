"""Stage 4b: tables laid out with spaces (``pdftotext -layout``): rows of cells split by runs of spaces.

Such a table has no TAB, pipe or HTML to tell it by; what gives it away is that its rows have two or more
cells, separated by two or more spaces, standing in the same columns line after line. A run of such rows
becomes TABLE lines: cells as columns (empty where a row leaves a column blank), and a line that only
carries on cells of the row above (a long cell wrapped in its column) is marked as continuing that row.

Guarantees afterwards: only TEXT lines outside ``skip`` change, and only inside a run of at least two aligned
rows of three or more columns, or three rows of two (so a pair of signatures side by side is no table).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .blocks import display_width, end_mark
from .furniture import NUMBER_COLUMN
from .normalize import Line, LineKind, clean_text, strip_markup
from .regexes import CN, HTML_TAG, lazy_pattern, match_marker

#: A cell: characters with at most single spaces inside; cells are split by two or more.
CELL = lazy_pattern(r"[^ ]+(?: [^ ]+)*")
#: Full-width spaces that part two cells: two or more.
FULL_WIDTH_GAP = lazy_pattern("\u3000{2,}")
#: A cell that holds a person's name (two to four Han, a full-width space between two: 王　五).
NAME_CELL = lazy_pattern(r"^\p{Han}(?:\u3000?\p{Han}){1,3}$")
#: A first cell that is an article's or a chapter's number alone (``第一条  为了…``, ``第二章  开放机制``, as typed
#: text parts them from their text with two spaces): the line is a heading or an article, no table's row, however
#: well it lines up with the articles above and below.
ARTICLE_CELL = lazy_pattern(rf"^第(?:{CN}{{1,6}}|\d{{1,3}})[编章条]$")
#: Cells a row may have; a line with more is no row.
MAX_CELLS = 40
#: Blank lines a table's rows may stand apart by.
MAX_BLANK_GAP = 2
#: Lines in a row that are not full rows (partial rows, wrapped cells) before enough full rows have shown
#: that there is a table: this bounds the look-ahead from a line that opens none, so the stage stays linear.
MAX_OTHERS = 8
#: Lines (not blank) that may stand between a table's header and its first rows.
MAX_BETWEEN = 2
#: Columns short of its column's edge a cell may end and still be one that wrapped onto the next line.
WRAP_SLACK = 6


@dataclass(slots=True)
class _Cell:
    start: int
    """Display column of the first character."""
    end: int
    """Display column after the last character."""
    text: str


def _cells(raw: str) -> list[_Cell]:
    # (two full-width spaces or more are four columns of space or more: a table laid out with them, as text typed
    # or saved from Word lays one out, ``序号　　重点任务　　牵头单位``, splits as one laid out with spaces; one alone
    # parts words, not cells: ``第一章　总则``, ``第一条　为了…``, ``省长　某某某``)
    body = raw.replace("\f", "").rstrip()
    if _in_html(body):
        body = HTML_TAG.sub("", body)  # (the paragraph's tags are no cells: <p>　　　　某某市人民政府</p> is one)
    if "\u3000\u3000" in body:
        body = FULL_WIDTH_GAP.sub(lambda m: "  " * len(m.group()), body)
    if "  " not in body.strip():
        return [_Cell(0, 0, body.strip())] if body.strip() else []
    out: list[_Cell] = []
    col = pos = 0  # display column of character ``pos``, counted on from cell to cell
    for m in CELL.finditer(body):
        if len(out) == MAX_CELLS:
            return []  # no table is this wide: a line of text with spaces in it
        start = col + display_width(body[pos:m.start()])
        col, pos = start + display_width(m.group()), m.end()
        out.append(_Cell(start, col, m.group()))
    return out


def _opens_no_table(raw: str, cells: list[_Cell]) -> bool:
    """Whether a line laid out with full-width spaces only opens no table: of two cells it is a name and a post
    (组　长：张　三　　县长) or a 署名 beside its date. (Rows under a first row of three cells or more may fill
    fewer.)"""
    return "  " not in raw.strip() and len(cells) < 3


def _article(cells: list[_Cell]) -> bool:
    """Whether a line's first cell is an article's or a chapter's number alone (see ``ARTICLE_CELL``)."""
    return len(cells) >= 2 and ARTICLE_CELL.match(_first_text(cells)) is not None


def _first_text(cells: list[_Cell]) -> str:
    """The first cell's text without markup (``<p style="text-indent:2em">一、``: a web page's paragraph) and
    without the single spaces of letter-spacing (``第 一 条``, as a PDF's spaced characters give it), nor a TAB
    that indents it."""
    text = cells[0].text.strip()
    if "<" in text or "*" in text or "#" in text:
        text = clean_text(strip_markup(text))
    return text.replace(" ", "") if " " in text else text


def _numbered_text(cells: list[_Cell]) -> bool:
    """Whether a line opens no table because it is a numbered paragraph or heading, its number parted from its
    text by two spaces or more: an article or a chapter (above), or a line of two cells whose first is a section
    number alone (``一、  切实保障市场供应。…``, ``（二）  …``, ``3.  …``). (Such a row may still carry on a table
    a header opened: ``一、  农业  100``.)"""
    if len(cells) < 2:
        return False
    first = _first_text(cells)
    if ARTICLE_CELL.match(first):
        return True
    m = match_marker(first) if len(cells) == 2 and first[-1:] in SECTION_END else None
    return m is not None and m.end() == len(first)


#: What a section number alone ends with: ``一、`` ``（一）`` ``1.`` ``（1）``.
SECTION_END = frozenset("、）).．")


def _in_html(raw: str) -> bool:
    """Whether a line opens with an HTML tag (``<p>        某某市人民政府</p>``)."""
    return raw.lstrip()[:1] == "<" and HTML_TAG.match(raw.lstrip()) is not None


def _letters_apart(cells: list[_Cell]) -> bool:
    """Whether a line's cells are each one letter: a line letter-spaced with two spaces (a web page's
    ``审&nbsp;&nbsp;判&nbsp;&nbsp;长&nbsp;&nbsp;&nbsp;&nbsp;王&nbsp;&nbsp;五``), not a table's row."""
    return all(len(c.text) == 1 for c in cells)


def _names_only(rows: list[Row]) -> bool:
    """Whether rows laid out with full-width spaces only hold names and nothing else (张三丰　　李四光　　王五六, line
    under line): a list of names set in columns, not a table (whose rows hold more than its header's words)."""
    return all("  " not in line.raw.strip() and all(NAME_CELL.match(c) for c in cells if c) for line, cells, _ in rows)


def _aligned(a: list[_Cell], b: list[_Cell]) -> bool:
    """Rows with as many cells, whose gaps overlap (or touch) column for column."""
    return len(a) == len(b) and all(
        max(a[j].end, b[j].end) <= min(a[j + 1].start, b[j + 1].start) for j in range(len(a) - 1))


class _Columns:
    """Column regions of a table, from the full rows read so far: a column ends halfway between the widest
    reach of its cells and the earliest start of the next column's (headers are often centred, data
    left-aligned)."""

    def __init__(self, row: list[_Cell]) -> None:
        self.reach = [c.end for c in row]
        self.start = [c.start for c in row]
        self.cuts: list[float] = []
        self._cut()

    def add(self, row: list[_Cell]) -> None:
        """Take in another full row."""
        old = (self.reach, self.start)
        self.reach = [max(a, c.end) for a, c in zip(self.reach, row, strict=True)]
        self.start = [min(a, c.start) for a, c in zip(self.start, row, strict=True)]
        if any(self.reach[j] >= self.start[j + 1] for j in range(len(self.cuts))):
            self.reach, self.start = old  # a row that reaches into the next column moves no edge
        self._cut()

    def _cut(self) -> None:
        self.cuts = [(self.reach[j] + self.start[j + 1]) / 2 for j in range(len(self.start) - 1)]

    def wrapped(self, above: list[_Cell], above_cols: list[int], cells: list[_Cell], cols: list[int]) -> bool:
        """Whether ``cells`` carry on the row above, rather than start a row whose first cells are blank (merged
        with the rows above): some cell goes on from one above that ran to the edge of its column (a long cell
        wrapped), and the others stand where the row above has none (text centred on the taller row)."""
        by_col = dict(zip(above_cols, above, strict=True))
        wraps = False
        for j in cols:
            prev = by_col.get(j)
            if prev is None:
                continue
            edge = self.start[j + 1] - 2 if j + 1 < len(self.start) else self.reach[j]
            if prev.end < edge - WRAP_SLACK:
                return False
            wraps = True
        return wraps

    def place(self, cells: list[_Cell]) -> list[int] | None:
        """The column of each cell (by where it starts), or None when a cell runs into the next column's text
        or two cells share a column. A placed cell may widen its column."""
        cols: list[int] = []
        for c in cells:
            j = sum(1 for cut in self.cuts if cut <= c.start)
            if (j + 1 < len(self.start) and c.end > self.start[j + 1]) or (cols and j <= cols[-1]):
                return None
            cols.append(j)
        for c, j in zip(cells, cols, strict=True):
            self.reach[j] = max(self.reach[j], c.end)
        self._cut()
        return cols


#: A pandoc table's column line: a group of dashes over each column (``------ ------------ ----``); a column one
#: character wide has a single dash.
DASH_GROUP = lazy_pattern(r"-+")
#: Lines a pandoc table may run over before its closing dash line (a bound on the look-ahead).
MAX_DASH_TABLE = 400
#: Display columns a row of a pandoc table may run past its dash line (a cell's last wide letter).
DASH_TABLE_SLACK = 2
#: Lines a multiline table's header may take.
MAX_HEADER_LINES = 12


def _dash_columns(line: Line) -> list[int] | None:
    """The display column each column starts at, when ``line`` is a pandoc table's column line (two or more
    groups of dashes, nothing else), or None."""
    if line.kind is not LineKind.RULE or "- " not in line.raw or line.raw.strip(" -"):
        return None
    groups = list(DASH_GROUP.finditer(line.raw))  # (ASCII: characters are display columns)
    if len(groups) < 2 or max(len(g.group()) for g in groups) < 3:
        return None  # (``- - -`` is a thematic break)
    return [g.start() for g in groups]


def _is_dash_line(line: Line) -> bool:
    return line.kind is LineKind.RULE and "--" in line.raw and not line.raw.strip(" -")


def _cut_columns(raw: str, starts: list[int]) -> list[str]:
    """The cells of ``raw`` cut at the display columns ``starts`` (text left of the first start goes to the
    first cell)."""
    parts = [""] * len(starts)
    col = 0
    j = 0
    for ch in raw.replace("\f", ""):
        while j + 1 < len(starts) and col >= starts[j + 1]:
            j += 1
        parts[j] += ch
        col += display_width(ch)
    return [clean_text(strip_markup(p)) for p in parts]


def _dash_tables(lines: list[Line], skip: set[int], transparent: set[int]) -> None:
    """Pandoc's simple and multiline tables (``docx`` to markdown): a line of dash groups gives the columns;
    the header stands above it, the rows below, each cut at the columns. A simple table ends at a blank line;
    one with a closing dash line and blank lines inside is multiline: its rows are parted by blank lines, and
    a row's later lines carry on its cells."""
    for i, line in enumerate(lines):
        if line.no in skip or (starts := _dash_columns(line)) is None:
            continue
        top = i  # the header's first line: the text lines right above, up to a full-width dash line
        while top and i - top < MAX_HEADER_LINES and lines[top - 1].kind is LineKind.TEXT \
                and lines[top - 1].no not in skip:
            top -= 1
        opened = top and _is_dash_line(lines[top - 1]) and _dash_columns(lines[top - 1]) is None
        if not opened:
            top = max(top, i - 1)  # a simple table's header is one line
        width = display_width(line.raw.rstrip()) + DASH_TABLE_SLACK
        end = next((k for k in range(i + 1, min(len(lines), i + MAX_DASH_TABLE))
                    if _is_dash_line(lines[k]) or lines[k].no in skip or lines[k].kind is LineKind.TABLE
                    or (lines[k].kind is LineKind.TEXT and display_width(lines[k].raw.rstrip()) > width)), None)
        # (a line of text wider than the columns is none of a table's rows: no dash line further down closes it)
        # Multiline: opened by a full-width dash line above its header, or without a header; closed by one.
        multiline = (opened or top == i) and end is not None and _is_dash_line(lines[end]) \
            and (opened or any(ln.kind is LineKind.BLANK for ln in lines[i + 1:end]))
        if not multiline:
            # (a simple table ends at a blank line; where a blank line went missing, at a line left of its
            # columns, text again: pandoc sets the table in by two spaces)
            end = next((k for k in range(i + 1, len(lines)) if lines[k].kind is not LineKind.TEXT
                        or lines[k].no in skip or lines[k].indent < starts[0]), len(lines))
        rows: list[Row] = [(ln, _cut_columns(ln.raw, starts), k > 0) for k, ln in enumerate(lines[top:i])]
        previous_text = False
        for ln in lines[i + 1:end]:
            if ln.kind is LineKind.TEXT and ln.no not in transparent:
                rows.append((ln, _cut_columns(ln.raw, starts), multiline and previous_text))
            previous_text = ln.kind is LineKind.TEXT
        if rows:  # (a header alone is a table too: the dash line under it says so)
            _mark(rows)


def find_layout_tables(lines: list[Line], *, skip: set[int], transparent: set[int], dash_rules: bool = True) -> None:
    """Turn runs of space-aligned rows into TABLE lines (in place). Lines in ``skip`` end a table; lines in
    ``transparent`` (page furniture) are stepped over, so a table goes on across a page break. ``dash_rules``:
    whether the text may hold pandoc's dash-group rules (``------ ----``); the caller knows it from the text."""
    if dash_rules and any(line.kind is LineKind.RULE and "- -" in line.raw for line in lines):
        _dash_tables(lines, skip, transparent)
    _cell_per_line_tables(lines, skip, transparent)
    i = 0
    n = len(lines)
    lone: tuple[int, list[_Cell]] | None = None  # the last row of three or more cells that made no table
    while i < n:
        line = lines[i]
        if line.kind is not LineKind.TEXT or line.no in skip or line.no in transparent or line.heading \
                or ("  " not in line.raw.strip() and "\u3000\u3000" not in line.raw.strip()):
            i += 1
            continue
        first = _cells(line.raw)
        rows, after = _run(lines, i, first, skip, transparent) \
            if len(first) >= 2 and not _opens_no_table(line.raw, first) and not _numbered_text(first) \
            and not _letters_apart(first) else ([], i)
        if rows and _names_only(rows):
            rows, after = [], i
        if rows:
            if lone is not None and i - lone[0] <= 4 * MAX_BETWEEN and len(lone[1]) == len(first) \
                    and _aligned(lone[1], first) \
                    and sum(1 for ln in lines[lone[0] + 1:i] if ln.kind is not LineKind.BLANK) <= MAX_BETWEEN:
                # A header that a category line (``一、知识产权保护方面``) parts from the rows under it.
                _mark([(lines[lone[0]], [clean_text(strip_markup(c.text)) for c in lone[1]], False)])
            else:
                _mark(_header_above(lines, i, rows, skip, transparent))
            _mark(rows)
            lone = None
            i = after
        else:
            if len(first) >= 3:
                lone = (i, first)
            i += 1


Row = tuple[Line, list[str], bool]

#: A column name in a header above a table's rows is at most this long.
MAX_HEADER_CELL = 20
#: Sentence marks no column name holds.
NAME_BREAKERS = frozenset("。，；：！？")
#: A name alone on the line over a header, spanning some of its columns, is at most this long; a longer line, or
#: one that ends as a table's title does (…计划表, …名单), is the table's caption.
MAX_SPANNING_NAME = 8
CAPTION_ENDS = frozenset("表单录图")


def _header_above(lines: list[Line], i: int, rows: list[Row], skip: set[int], transparent: set[int]) -> list[Row]:
    """The header lines (one or two) right above a table's first row at ``lines[i]`` whose names stand apart from
    its columns' edges: each name falls under one column, or across several (a name spanning the columns of the
    names under it, 投资（亿元） over 总投资 | 年度计划), and is repeated in each column it covers, as a converter
    expands a spanning cell. A lower line under names that span no columns carries the upper's names on (a name
    wrapped: 投资 / （亿元）). Empty where the lines above are no such header (a caption, a paragraph)."""
    width = len(rows[0][1])
    full = [cells for line, by_col, _ in rows if all(by_col) and len(cells := _cells(line.raw)) == width]
    if not full:
        return []
    start = [min(r[j].start for r in full) for j in range(width)]
    end = [max(r[j].end for r in full) for j in range(width)]
    found: list[tuple[Line, list[str], bool]] = []
    spans_any = False
    k = i - 1
    while k >= 0 and len(found) < 2:
        line = lines[k]
        if line.kind is LineKind.BLANK and k > 0 and lines[k - 1].kind is not LineKind.BLANK and not found:
            k -= 1  # (one blank line between the header and the rows)
            continue
        if line.kind is not LineKind.TEXT or line.no in skip or line.no in transparent or line.heading:
            break
        cells = _cells(line.raw)
        if len(cells) == 1 and k == i - 1 and len(cells[0].text) <= MAX_SPANNING_NAME \
                and cells[0].text[-1] not in CAPTION_ENDS and not any(ch.isdigit() for c in rows[0][1] for ch in c):
            # One name over the first row, a header's lower row itself (its names that span both rows centred
            # on it, as pdftotext lays them out): where it stands, for it to span some columns but not all
            lead = len(line.raw) - len(line.raw.lstrip())
            at = display_width(line.raw[:lead])
            cells = [_Cell(at, at + display_width(cells[0].text), cells[0].text)]
        placed = _placed(cells, start, end) if not any(
            len(c.text) > MAX_HEADER_CELL or NAME_BREAKERS.intersection(c.text) for c in cells) else None
        if placed is not None and len(cells) == 1 and not 1 < sum(1 for c in placed if c) < width:
            placed = None  # (a caption over the header is one line of text across the table, or no name)
        if placed is None:
            break
        found.append((line, [clean_text(strip_markup(c.text)) if c else "" for c in placed], False))
        spans_any |= any(a is not None and a is b for a, b in itertools.pairwise(placed))
        k -= 1
    found.reverse()
    if len(found) == 2 and not spans_any:
        found[1] = (found[1][0], found[1][1], True)  # the upper's names wrapped onto the lower line
    return found


def _placed(cells: list[_Cell], start: list[int], end: list[int]) -> list[_Cell | None] | None:
    """The cell under or across each column whose text runs from display column ``start[j]`` to ``end[j]`` (the
    same cell in each column it covers), or None where a cell covers no column or two cells share one."""
    by_col: list[_Cell | None] = [None] * len(start)
    last = -1
    for c in cells:
        covered = [j for j in range(len(start)) if c.start < end[j] and c.end > start[j]]
        if not covered or covered[0] <= last:
            return None
        for j in covered:
            by_col[j] = c
        last = covered[-1]
    return by_col


def _run(lines: list[Line], i: int, first: list[_Cell], skip: set[int],
         transparent: set[int]) -> tuple[list[Row], int]:
    """The table rows from line ``i`` (with their cells by column and whether each continues the row above),
    and the index after them; no rows when they do not make a table.

    A row is full (a cell in every column, its gaps overlapping those of the last full row), partial (two or
    more cells, each inside one column: blank cells), or a continuation (cells only right of the first
    column: a long cell wrapped). Anything else ends the table, a short line in the first column included.
    A run that makes no table ends its look-ahead within ``MAX_OTHERS`` lines of a full row, so each line is
    read a bounded number of times.
    """
    width = len(first)
    needed = 3 if width == 2 else 2  # full rows that make a table (two signatures side by side make none)
    columns = _Columns(first)
    rows: list[tuple[int, list[_Cell], list[int], bool]] = [(i, first, list(range(width)), False)]
    last_full = first
    full = 1
    k = i + 1
    blanks = others = 0
    while k < len(lines):
        line = lines[k]
        if line.no in transparent or (line.kind is LineKind.RULE and line.no not in skip):
            blanks = 0  # page furniture, or a rule under the header (``------ --------``)
            k += 1
            continue
        if line.kind is LineKind.BLANK:
            blanks += 1
            if blanks > MAX_BLANK_GAP:
                break
            k += 1
            continue
        if line.kind is not LineKind.TEXT or line.no in skip or line.heading:
            break  # (a markdown heading is no row: ``### 第二章  保护规划`` in a law's own contents)
        cells = _cells(line.raw)
        if _article(cells):
            break
        continues = False
        if len(cells) == width and _aligned(last_full, cells):
            cols = list(range(width))
            columns.add(cells)
            last_full, full, others = cells, full + 1, 0
        elif 0 < len(cells) < width and (others < MAX_OTHERS or full >= needed):
            placed = columns.place(cells)
            if placed is None or (0 in placed and len(cells) < 2):
                break
            cols = placed
            continues = 0 not in cols and columns.wrapped(rows[-1][1], rows[-1][2], cells, cols)
            others += 1
        else:
            break
        rows.append((k, cells, cols, continues))
        blanks = 0
        k += 1
    if full < needed:
        return [], i
    out: list[Row] = []
    for k, cells, cols, continues in rows:
        by_col = [""] * width
        for c, j in zip(cells, cols, strict=True):
            by_col[j] = clean_text(strip_markup(c.text))
        out.append((lines[k], by_col, continues))
    return out, rows[-1][0] + 1


def _mark(rows: list[Row]) -> None:
    for line, cells, continues in rows:
        line.kind = LineKind.TABLE
        line.cells = cells
        line.rows = [cells]
        line.text = " ".join(c for c in cells if c)
        line.continues_row = continues


#: Columns such a table has, at least and at most (the number column included).
MIN_COLUMNS, MAX_COLUMNS = 3, 12
#: A column name is at most this long; a cell, at most this long.
MAX_COLUMN_NAME, MAX_CELL = 10, 60


def _cell_per_line_tables(lines: list[Line], skip: set[int], transparent: set[int]) -> None:
    """Turn a table printed one cell a line (as ``pdftotext`` without ``-layout`` prints one) into TABLE lines:
    a header that opens with 序号 over short column names, then rows that each open with their number, counting
    up (from 1, or from where the page before stopped, under the header repeated), and hold as many cells as the
    header. A row holds exactly that many lines, so a cell wrapped over two lines ends the table there (its lines
    stay text). Each row's first line carries its cells; its other lines go on with it."""
    text = [i for i, ln in enumerate(lines) if ln.kind is LineKind.TEXT and ln.no not in skip
            and ln.no not in transparent]
    done = 0  # the text lines before this one are read
    for at in (at for at, i in enumerate(text) if lines[i].text in NUMBER_COLUMN):
        if at < done:
            continue
        width, rows = _rows_under(lines, text, at)
        if not MIN_COLUMNS <= width <= MAX_COLUMNS or len(rows) < 2:
            continue
        for group in [text[at:at + width], *rows]:
            opening = lines[group[0]]
            cells = [lines[j].text for j in group]
            opening.kind, opening.cells, opening.rows, opening.text = LineKind.TABLE, cells, [cells], " ".join(cells)
            for j in group[1:]:
                lines[j].carry_row_on()
        done = at + width * (len(rows) + 1)


def _rows_under(lines: list[Line], text: list[int], at: int) -> tuple[int, list[list[int]]]:
    """(columns, rows) of a table printed one cell a line whose header opens at ``text[at]`` (``text``: the
    indices of the lines of text): the header is 序号 and the column names under it, up to the first row's number;
    each row is the indices of its lines."""
    width = 1
    while at + width < len(text) and width <= MAX_COLUMNS and _column_name(lines[text[at + width]].text):
        width += 1
    rows: list[list[int]] = []
    k = at + width
    number = lines[text[k]].text if k < len(text) else ""
    first = int(number) if number.isdecimal() and len(number) <= 4 else 0  # (1, or a page's first row: 15)
    while first and k + width <= len(text) and lines[text[k]].text == str(first + len(rows)) \
            and all(_cell(lines[text[j]].text) for j in range(k + 1, k + width)) \
            and (k + width == len(text) or not lines[text[k + width]].text.isdecimal()
                 or lines[text[k + width]].text == str(first + len(rows) + 1)):
        rows.append(text[k:k + width])
        k += width
    return width, rows


def _column_name(text: str) -> bool:
    """A table's column name: short, no sentence, no number."""
    return 0 < len(text) <= MAX_COLUMN_NAME and not text.isdecimal() and not any(c in text for c in "。，；：")


def _cell(text: str) -> bool:
    """A cell of a table printed one cell a line: short, no sentence."""
    return 0 < len(text) <= MAX_CELL and end_mark(text) not in "。；："

