"""Stage 0: lines of HTML that hold several paragraphs, split where a browser breaks them.

A scraped page may hold a document's paragraphs in one ``<p>`` with ``<br>`` between them, or a whole page on
one line (minified: ``<p>…</p><p>…</p>``). ``split_html_lines`` breaks such a line after each ``<br>`` and each
closing tag of a block (``</p>``, ``</div>``, ``</h2>``, ``</li>``, ``</table>`` …), as a browser shows it, and
leaves what a browser never shows (``<script>``, ``<style>``, ``<head>``, a comment) and a table's rows whole.
It returns None for text without such a line.

Plain text can run paragraphs together too: a scraped document stored as one field, its paragraphs joined by
their indents (``…通知如下：　　一、提高认识。…　　二、加强领导。…　　国务院办公厅　　2021年2月3日``).
``split_run_on_lines`` breaks such a line before each paragraph indent, and before a single full-width space
after the end of a sentence, a 文号 or a title's 文种 (``…的通知　国办发〔2021〕5号　各省…：``).

A site's metadata table copied as text may set two fields on a line, a wide gap between them
(``索　引　号：000014349/2021-00012　　　主题分类：综合政务``): ``split_metadata_pairs`` breaks the line before
each field after the first.

A text exported from a JSON or CSV field without decoding it writes its line breaks out as escapes
(``…的通知\\n国发〔2021〕5号\\n…``): ``split_escaped_lines`` breaks its lines at them. A document joined with nothing
(or one space) between its paragraphs is broken by ``joins.split_joined_lines``, with ``split_pieces``.

Afterwards every line of the rewritten text knows the input line it came from and the column its piece began
at (``LineMap``), so that every span and diagnostic points at the input.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from .columns import LineMap
from .normalize import split_lines
from .regexes import HTML_TAG, SPACED_METADATA_KEYS, lazy_pattern

#: Where a browser breaks a line: after ``<br>`` and after a block's closing tag.
BREAK = lazy_pattern(
    r"<br\s*/?>|</(?:p|div|h[1-6]|li|ul|ol|dd|dt|section|article|center|blockquote|table)\s*>", regex.IGNORECASE)
#: Where a list or a list item opens: a line breaks before it (``<li>总体要求<ol><li>指导思想…``).
LIST_OPEN = lazy_pattern(r"<(?:li|ol|ul)(?![A-Za-z])[^<>]{0,200}>", regex.IGNORECASE)
#: What is never broken inside: what a browser never shows, and a table or a table's row (its cells are read
#: from the one line).
WHOLE = lazy_pattern(r"<(?P<tag>script|style|head|table|tr|!--)(?![A-Za-z])", regex.IGNORECASE)
WHOLE_END = {"script": lazy_pattern(r"</script\s*>", regex.IGNORECASE),
             "style": lazy_pattern(r"</style\s*>", regex.IGNORECASE),
             "head": lazy_pattern(r"</head\s*>", regex.IGNORECASE),
             "table": lazy_pattern(r"</table\s*>", regex.IGNORECASE),
             "tr": lazy_pattern(r"</tr\s*>", regex.IGNORECASE),
             "!--": lazy_pattern(r"-->")}


def _pieces(line: str) -> list[int]:
    """Where the pieces of ``line`` after the first start: after each break with text after it on the line."""
    whole: list[tuple[int, int]] = []  # spans not to break inside
    pos = 0
    while (m := WHOLE.search(line, pos)) is not None:
        end = WHOLE_END[m.group("tag").lower()].search(line, m.end())
        stop = end.end() if end is not None else len(line)
        whole.append((m.start(), stop))
        pos = stop
    starts: list[int] = []
    text_end = len(line.rstrip())  # (a break with only spaces after it breaks nothing)
    k = 0  # (the whole span the next break may fall in)
    # (after a closing tag; before a list or a list item opens, as a browser starts a nested item on a line of its own)
    breaks = sorted([m.end() for m in BREAK.finditer(line)]
                    + ([m.start() for m in LIST_OPEN.finditer(line)] if "<" in line[1:] else []))
    for at in breaks:
        while k < len(whole) and whole[k][1] <= at:
            k += 1
        if k < len(whole) and whole[k][0] < at < whole[k][1]:
            continue  # inside a table, a script, a comment
        if 0 < at < text_end and (not starts or at > starts[-1]):
            starts.append(at)
    # (a piece of closing tags alone, ``</p></td></tr>``, closes what the piece before opened: it goes with it)
    ends = [*starts[1:], len(line)] if starts else []
    return [at for at, end in zip(starts, ends, strict=True) if not CLOSING_TAGS.fullmatch(line, at, end)]


#: Closing tags and spaces only.
CLOSING_TAGS = lazy_pattern(r"(?:\s*</[A-Za-z][A-Za-z0-9]*\s*>)+\s*")


#: A line break written out as its escape, as text stored in a JSON or CSV field and exported undecoded holds it
#: (``国务院关于…的通知\\n国发〔2021〕5号\\n各省…：``); two in a row leave a blank line between, as they would.
ESCAPED_BREAK = lazy_pattern(r"\\r\\n|\\n|\\r")
#: A line holds this many such escapes at least to be broken at them.
MIN_ESCAPED_BREAKS = 3


def split_escaped_lines(text: str) -> tuple[str, LineMap] | None:
    """``text`` with its lines that write their line breaks out as escapes (``\\n``) broken at them, and the map
    back to its lines; None when no line does."""
    if "\\n" not in text and "\\r" not in text:
        return None

    def pieces(line: str) -> list[int]:
        if "\\n" not in line and "\\r" not in line:
            return []
        found = [m.end() for m in ESCAPED_BREAK.finditer(line)]  # (one at the end leaves an empty piece after it)
        return found if len(found) >= MIN_ESCAPED_BREAKS else []

    return split_pieces(text, pieces, trim=_without_escapes)


#: A line that opens with such a key and its colon.
METADATA_OPENING = lazy_pattern(rf"^[ \u3000]*(?:{SPACED_METADATA_KEYS})[ \u3000]*[：:]")
#: A wide gap (a full-width space, two spaces or more) before another such key and its colon. (Only where a run
#: of spaces starts, taken whole: a search over a long run stays linear.)
METADATA_GAP = lazy_pattern(
    rf"(?<![ \u3000])(?:\u3000|[ ]{{2}})[ \u3000]*+(?=(?:{SPACED_METADATA_KEYS})[ \u3000]*[：:])")
#: A line of such fields is at most this long.
MAX_METADATA_LINE = 400


def split_metadata_pairs(text: str) -> tuple[str, LineMap] | None:
    """``text`` with its lines that hold two fields of a site's metadata or more, a wide gap between them
    (``发文机关：国务院办公厅　　　　成文日期：2021年03月01日``), broken before each after the first, and the map back
    to its lines; None when no line does. (A TAB between them makes the line a table's row, read as one.)"""
    if ("：" not in text and ":" not in text) or METADATA_GAP.search(text) is None:
        return None  # (a cheap look first: most texts have no key after a wide gap)

    def pieces(line: str) -> list[int]:
        if line.count("：") + line.count(":") < 2 or len(line) > MAX_METADATA_LINE or "\t" in line \
                or not METADATA_OPENING.match(line):
            return []
        return [m.end() for m in METADATA_GAP.finditer(line, 1)]

    return split_pieces(text, pieces, trim=_without_trailing_spaces)


def _without_trailing_spaces(line: str, a: int, b: int) -> tuple[int, int]:
    """The span of ``line[a:b]`` without the spaces at its end."""
    while b > a and line[b - 1] in " \u3000":
        b -= 1
    return a, b


def _without_escapes(line: str, a: int, b: int) -> tuple[int, int]:
    """The span of ``line[a:b]`` without the escaped line break at its end."""
    if line.endswith("\\r\\n", a, b):
        return a, b - 4
    return a, b - 2 if line.endswith(("\\n", "\\r"), a, b) else b


#: An HTML tag whose attributes run over a line end, as Word's "Save as Web Page" writes them
#: (``<span`` / ``lang=EN-US`` / ``style='font-family:仿宋'>国务院…``; ``<![if`` / ``!supportLists]>``): five lines
#: at most.
SPLIT_TAG = lazy_pattern(
    r"<(?P<name>/?[A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9]*)?|!\[(?:if|endif)\b)[^<>\n]{0,500}\n[^<>]{0,500}>")
MAX_TAG_LINES = 5
#: A part of such a tag shorter than this (``y>`` of ``<bod`` / ``y>``) has no room for a tag in its place.
MIN_FILLED = 3


def _filler(length: int, mark: str = "", name: str = "x") -> str:
    """``mark``, then a tag named ``name`` (``<x --->``: one that means nothing), as long as ``length`` in all, or
    spaces where it has no room: spaces alone would indent the text after them, or part it as a layout's columns."""
    rest = length - len(mark)
    if rest >= len(name) + 3:
        return mark + f"<{name} " + "-" * (rest - len(name) - 3) + ">"
    return mark + (f"<{name}>" if rest == len(name) + 2 else " " * rest)  # (``<x>``: a part of three, ``<di``)


def blank_split_tags(text: str) -> tuple[str, LineMap] | None:
    """``text`` with each HTML tag that runs over a line end written on one of its lines (``<p ---->``), and on
    the others replaced by a tag that means nothing (``<x -->``) or spaces, each as long as what it replaces, so
    that every line and column stays where it was and no line holds half a tag; None when no tag runs over a
    line end."""
    if "<" not in text or ("\n" not in text and "\r" not in text):
        return None
    if "\r" in text:  # (lines ended by \r\n or \r alone, as old Mac files end them: one kind of line end)
        text = "\n".join(split_lines(text)) + "\n"
    found = [m for m in SPLIT_TAG.finditer(text) if m.group().count("\n") < MAX_TAG_LINES]
    if not found:
        return None
    out = list(text)
    for m in found:
        # (the tag itself stands on its last line, where the text it opens goes on, or else where it fits:
        # ``<p`` / ``class=MsoNormal>`` → ``<x>`` / ``<p ----------->``)
        name = m.group("name")
        parts = m.group().split("\n")
        fits = [k for k in (len(parts) - 1, *range(len(parts) - 1)) if len(parts[k]) >= len(name) + 3
                and not name.startswith("!")]  # (Word's <![if …]> means nothing: blanked on every line)
        start = m.start()
        for k, part in enumerate(parts):
            if fits and k == fits[0]:
                out[start:start + len(part)] = _filler(len(part), name=name)
            elif len(part) >= MIN_FILLED:  # (a shorter part stays as printed: blanked, its line would vanish)
                out[start:start + len(part)] = _filler(len(part))
            start += len(part) + 1
    lines = split_lines("".join(out))
    return "\n".join(lines) + "\n", LineMap([(no, 0) for no in range(1, len(lines) + 1)])


#: The tags of a table's structure; those, and the tags of a block of text (what a page's paragraphs stand in).
TABLE_TAG = lazy_pattern(r"<(?P<close>/)?(?P<tag>table|tbody|thead|tfoot|tr|td|th)\b[^<>]{0,500}>", regex.IGNORECASE)
STRUCTURE_OR_BLOCK = lazy_pattern(
    r"<(?P<close>/)?(?P<tag>table|tbody|thead|tfoot|tr|td|th)\b[^<>]{0,500}>|(?P<block><(?:p|div|br|h[1-6]|li)\b)",
    regex.IGNORECASE)
#: A table is a page's layout, not data, when it holds a table, or a cell of it holds this many blocks of text
#: (a page's paragraphs: a table of data exported from Word holds one or two a cell), or when it has one cell a
#: row and its cells hold blocks of text or prose this long (a paragraph a row).
MIN_LAYOUT_BLOCKS = 5
MIN_PROSE_CELL = 30
#: A cell is looked into this far for its prose.
PROSE_REACH = 2_000


@dataclass
class _Table:
    """What the reader of layout tables knows of an HTML table: the tags of its own structure (not of a table
    inside it), the cells of each row, and what its cells hold."""

    tags: list[tuple[int, int, bool, str]] = field(default_factory=list)  # (start, end, closing, tag)
    rows: list[int] = field(default_factory=list)
    blocks: int = 0  # in the open cell
    most_blocks: int = 0
    cell: int | None = None  # where the open cell's text starts
    prose: bool = False
    nested: bool = False
    wide: bool = False  # (a row has two cells or more: no paragraph a row)

    def close_cell(self, text: str, at: int) -> None:
        if self.cell is not None and not self.prose and not self.wide:
            # (the cell's first characters tell: a cell of a table around tables holds all of them)
            inside = HTML_TAG.sub("", text[self.cell:min(at, self.cell + PROSE_REACH)])
            self.prose = len(inside) >= MIN_PROSE_CELL and "。" in inside
        self.cell = None
        self.most_blocks = max(self.most_blocks, self.blocks)
        self.blocks = 0

    def layout(self) -> bool:
        return self.nested or self.most_blocks >= MIN_LAYOUT_BLOCKS or (
            len(self.rows) >= 2 and not self.wide and (self.prose or self.most_blocks > 0))


def unwrap_layout_tables(text: str) -> tuple[str, LineMap] | None:
    """``text`` with the tables that lay out a web page (older sites set a whole page in them: a cell of a
    document's paragraphs, or a paragraph a row) read as a browser shows them, as blocks of text: each cell ends a
    paragraph, and the table's own tags are blanked out (a table of data inside one is kept). Each tag is replaced
    by as many characters, so that every line and column stays where it was. None when no table lays out."""
    if "<" not in text or TABLE_TAG.search(text) is None:
        return None
    stack: list[_Table] = []
    layouts: list[_Table] = []
    for m in STRUCTURE_OR_BLOCK.finditer(text):
        if m.group("block"):
            if stack:
                stack[-1].blocks += 1
            continue
        tag, closing = m.group("tag").lower(), bool(m.group("close"))
        if tag == "table" and not closing:
            stack.append(_Table())
        if not stack:
            continue
        table = stack[-1]
        table.tags.append((m.start(), m.end(), closing, tag))
        if tag in ("td", "th", "tr") or (tag == "table" and closing):
            table.close_cell(text, m.start())
        if tag == "tr" and not closing:
            table.rows.append(0)
        elif tag in ("td", "th") and not closing:
            if not table.rows:
                table.rows.append(0)
            table.rows[-1] += 1
            table.wide = table.wide or table.rows[-1] > 1
            table.cell = m.end()
        elif tag == "table" and closing:
            stack.pop()
            if stack:
                stack[-1].nested = True
            if table.layout():
                layouts.append(table)
    if not layouts:
        return None
    out = list(text)
    for table in layouts:
        for start, end, closing, tag in table.tags:
            # (a cell, a row or the table that closes ends a paragraph; a tag over a line end is blanked already)
            ends = closing and tag in ("td", "th", "tr", "table") and "\n" not in text[start:end]
            out[start:end] = _filler(end - start, "</p>" if ends else "")
    lines = split_lines("".join(out))
    return "\n".join(lines) + "\n", LineMap([(no, 0) for no in range(1, len(lines) + 1)])


def split_html_lines(text: str) -> tuple[str, LineMap] | None:
    """``text`` with its lines of several HTML paragraphs broken where a browser breaks them, and the map back to
    its lines; None when no line holds a break with text after it."""
    if "<" not in text or BREAK.search(text) is None:
        return None
    return split_pieces(text, lambda line: _pieces(line) if "<" in line and BREAK.search(line) is not None else [])


#: A paragraph's indent inside a line: two full-width spaces or more (or no-break spaces, as a web page's ``&nbsp;``
#: indents give) after the end of a sentence or a clause.
PARAGRAPH_INDENT = lazy_pattern(r"(?<=[。；：:！？!?])[\u3000\xa0]{2,}(?=\S)")
#: A line whose paragraphs run together holds this many paragraph indents at least, and is this long.
MIN_RUN_ON_INDENTS = 2
MIN_RUN_ON_LENGTH = 100
#: Where such a line breaks: before a run of two full-width spaces or more, and before one after the end of a
#: sentence or a clause, a 文号 (…5号), or a title's 文种 (…的通知).
RUN_ON_BREAK = lazy_pattern(
    r"[\u3000\xa0]{2,}(?=\S)|(?<=[。；：:！？!?）)]|号|通知|通报|意见|决定|公告|通告|报告|请示|批复|函|纪要|决议|办法|方案|规定)"
    r"[\u3000\xa0](?=\S)")


def split_run_on_lines(text: str) -> tuple[str, LineMap] | None:
    """``text`` with its lines of several paragraphs run together broken before each paragraph, and the map back
    to its lines; None when no line runs paragraphs together."""
    if "\u3000\u3000" not in text and "\xa0\xa0" not in text:
        return None

    def pieces(line: str) -> list[int]:
        if len(line) < MIN_RUN_ON_LENGTH or "<" in line or not ("\u3000\u3000" in line or "\xa0\xa0" in line):
            return []
        indents = itertools.islice(PARAGRAPH_INDENT.finditer(line), MIN_RUN_ON_INDENTS)
        if len(list(indents)) < MIN_RUN_ON_INDENTS:
            return []
        lead = len(line) - len(line.lstrip())  # (the first paragraph's own indent breaks nothing)
        return [m.start() for m in RUN_ON_BREAK.finditer(line, lead) if m.start() > lead]

    return split_pieces(text, pieces)


def split_pieces(text: str, pieces: Callable[[str], list[int]], *,
           trim: Callable[[str, int, int], tuple[int, int]] | None = None) -> tuple[str, LineMap] | None:
    """``text`` with each line broken where ``pieces`` says (the starts of its pieces after the first), and the map
    back to its lines; None when no line breaks. ``trim`` gives the span of ``line[a:b]`` without what parts two
    pieces (spaces: a TAB there would make a piece a table's row); the first piece keeps its start, and the last
    its end."""
    out: list[str] = []
    origin: list[tuple[int, int]] = []
    split = False
    for no, line in enumerate(split_lines(text), start=1):
        starts = pieces(line)
        split = split or bool(starts)
        bounds = [0, *starts, len(line)]
        for k in range(len(bounds) - 1):
            a, b = bounds[k], bounds[k + 1]
            if trim is not None and starts:
                start, end = trim(line, a, b)
                a, b = (start if k > 0 else a), (end if k < len(starts) else b)
            out.append(line[a:b])
            origin.append((no, a))
    if not split:
        return None
    return "\n".join(out) + "\n", LineMap(origin)
