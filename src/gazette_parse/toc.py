"""Stage 3: the table of contents (目录).

Guarantees afterwards: ``TocResult.lines`` holds every line of the TOC (heading, categories,
entries); each entry keeps its span. The TOC ends at the first line that neither is a category nor
completes an entry within ``MAX_ENTRY_LINES`` lines. A 目录 whose entries are a long document's own chapters, or
that lists nothing, is no issue TOC.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import regex

from . import regexes as rx
from .blocks import (
    LINE_NEVER_STARTS,
    MAX_TITLE_TEXT,
    detect_wrap,
    display_width,
    ends_title,
    left_open,
    line_width,
    never_starts,
    opens_title,
    title_key,
)
from .boundaries import INTERPRETATION_TITLE, title_and_number
from .dates import parse_date
from .docnumber import bracketed_order, parse_doc_number
from .documents import spaced_issuers, spaced_number
from .furniture import MAX_PAGE_HEADER, page_furniture
from .models import Span, TocEntry
from .normalize import SILENT, Line, LineKind, blank_between, letter_spaced, make_line, strip_markup
from .numerals import cn_to_int

#: Entry end: a page number after leader dots, wide spaces, or in parentheses. It is looked for only in the
#: last ``ENTRY_TAIL`` characters of a line (see ``_end_match``).
ENTRY_END = rx.lazy_pattern(
    r"""(?:
        (?:[.．。·…⋯_—－\-]{2,}\s*|\s*[/／]\s*|\s+)            # leader dots, a slash, or a gap
        (?:[（(]\s*)?(?:第\s*|[Pp]\.?\s*)?(?P<page>\d{1,3})       # ..... (3)  ……3  ——3  第3页  / 3
            (?:\s*[-—–~～至]\s*(?P<to>\d{1,4}))?\s*页?\s*[）)]?                  # ……3—5 (a page range)
      | [（(]\s*(?P<page2>\d{1,4})(?:\s*[-—–~～至]\s*(?P<to2>\d{1,4}))?\s*[）)]  # (3)  (3-5)
      | [（(]\s*第\s*(?P<page3>\d{1,4})\s*页\s*[）)]                           # （第3页）
      | (?:[.．。·…⋯_—]{2,}\s*|\s+)[－—–\-]\s*(?P<page4>\d{1,3})\s*[－—–\-]         # ……－3－ (as the page prints it)
      | (?:[.．。·…⋯_—－\-]{2,}\s*|\s*)[（(]?(?P<cover>封\s*[面二三四底])[）)]?       # ……封三: on a cover
    )\s*$""",
    regex.VERBOSE,
)
#: A page after leader dots at the end of an entry (``……3`` · ``……（3）``): no number a title's words end in.
LED_PAGE = rx.lazy_pattern(r"[.．。·…⋯_]{2,}\s*[（(]?\s*\d{1,3}\s*[）)]?\s*$")
#: A page as the page's foot prints it, on a line of its own: ``－8－`` · ``— 8 —``.
FOOT_PAGE = rx.lazy_pattern(r"[－—–\-]\s*(?P<page>\d{1,3})\s*[－—–\-]")
#: A page an OCR misread, letters for digits: ``O8`` · ``l2`` · ``1O`` (on a line of its own).
_LETTERED = r"(?=[0-9OolISB]{0,2}[OolISB])[0-9OolISB]{1,3}"
LETTERED_PAGE = rx.lazy_pattern(_LETTERED)
#: Such a page after leader dots, at an entry's end: ``……O8`` (looked for in a line's end only: ``_misread_page``).
UNREADABLE_PAGE = rx.lazy_pattern(rf"[.．。·…⋯_]{{2,}}\s*(?P<page>{_LETTERED})\s*$")
#: A category printed in front of an entry's title: ``【省政府文件】``.
INLINE_CATEGORY = rx.lazy_pattern(r"^[【\[](?P<category>[^】\]]{2,20})[】\]]\s*(?=\S)")
#: Characters from the end of a line an entry's page number is looked for in. Leader dots further left are
#: trimmed from the title anyway, and the bound keeps the search linear: on a line with a long run of spaces
#: the pattern, tried at every position, had taken cubic time (a minute for 3 000 spaces).
ENTRY_TAIL = 40


def _end_match(text: str) -> regex.Match[str] | None:
    """``ENTRY_END`` in the last ``ENTRY_TAIL`` characters of ``text`` (offsets are ``text``'s)."""
    return ENTRY_END.search(text, max(0, len(text) - ENTRY_TAIL))


def _led(line: Line) -> bool:
    """Whether ``line`` ends in leader dots (its entry's page on the next line): not in a sentence's full stop
    (…起施行。)."""
    return LEADER_END.search(line.text, max(0, len(line.text) - ENTRY_TAIL)) is not None


#: Leader dots at the end of a line: ``……`` · ``…`` · ``。。。`` (a full stop or an underscore alone is none).
LEADER_END = rx.lazy_pattern(r"(?:[.．。·…⋯_]{2,}|[…⋯])\s*$")


def _misread_page(text: str) -> regex.Match[str] | None:
    """``UNREADABLE_PAGE`` in the last ``ENTRY_TAIL`` characters of ``text``: a search of the whole line took
    quadratic time on a long run of leader dots."""
    return UNREADABLE_PAGE.search(text, max(0, len(text) - ENTRY_TAIL))


#: Other titles a list of titles without pages holds: regulations, rules, speeches (关于《…（草案）》的说明).
LISTED_TITLE = rx.lazy_pattern(r"(?:的说明|讲话|致辞|条例|办法|规定|细则|规则|章程)(?:[（(][^（）()]{1,20}[）)])?$")
#: A date in brackets after an entry's title: ``（2021年2月3日）``; with 号 or an OCR's 曰 for 日 too.
PAREN_DATE = rx.lazy_pattern(rf"[（(]\s*(?P<date>{rx.DATE_CORE}|{rx.SPOKEN_DATE})\s*[）)]\s*$", regex.VERBOSE)


#: An entry wrapped over more lines than this is no entry: the TOC has ended.
MAX_ENTRY_LINES = 5
#: Pages an entry may lie beyond the one before it.
MAX_PAGE_STEP = 150


#: Lines a list of highlights (本期要目) may take above the 目录.
MAX_HIGHLIGHTS = 60


def _contents_after_highlights(lines: list[Line], start: int) -> int | None:
    """The index of the 目录 heading under a list of highlights headed ``lines[start]`` (本期要目, 本期导读), when
    one follows within ``MAX_HIGHLIGHTS`` lines; None otherwise. Highlights give no pages: a list that does is the
    issue's TOC, and a 目录 under it is a document's own (a regulation's contents)."""
    if "要" not in lines[start].text and "导" not in lines[start].text:
        return None
    for k in range(start + 1, min(start + MAX_HIGHLIGHTS, len(lines))):
        line = lines[k]
        if line.kind is not LineKind.TEXT:
            continue
        if rx.TOC_HEADING.match(line.text) and "要" not in line.text and "导" not in line.text:
            return k
        if rx.DOC_NUMBER_LINE.match(line.text) or _entry_end(line) is not None:
            return None  # a document, or an entry with its page: the highlights were the only list
    return None


@dataclass(slots=True)
class TocResult:
    """Entries of the TOC and the lines it occupies."""

    entries: list[TocEntry] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)
    highlights: list[Line] = field(default_factory=list)
    """The lines of a list of highlights above the TOC (本期要目 and the titles under it)."""
    back: set[int] = field(default_factory=set)
    """The lines of the English listing printed apart from the TOC, at the back of the issue (CONTENTS …)."""
    backwards: list[tuple[int, int, int]] = field(default_factory=list)
    """Entries whose page is lower than the entry's above (a misprint, an OCR's slip): (line, page, page above)."""
    unreadable: list[tuple[int, str]] = field(default_factory=list)
    """Entries whose page an OCR misread, letters for digits (``……O8``): (line, the page as printed)."""


def _page_header(line: Line, inside_entry: bool) -> bool:
    """A short line at the top of a new page (after a form feed) that is neither an entry's end nor a category
    (no category stands inside an entry wrapped over the page break): a running header of any wording
    (``浙江政报``, ``2018年第12期``)."""
    return (line.form_feed and len(line.text) <= MAX_PAGE_HEADER and _entry_end(line) is None
            and (inside_entry or _category(line.text) is None))


#: Pages one document may take in a TOC's page range (``3—5``).
MAX_RANGE = 200
#: Numbers that, as a range in brackets, are years (``（2021—2025）``), not pages.
YEARS = (1949, 2100)


def _category(text: str, *, plain: bool = True) -> str | None:
    """The category a TOC line heads: ``【省政府文件】``, or with ``plain`` also ``省政府文件`` (a line that names
    no document); a list number in front is dropped (``一、省政府文件``)."""
    text = rx.undecorated(_without_list_number(text))
    cat = rx.TOC_CATEGORY.match(text) or (rx.TOC_CATEGORY_PLAIN.match(text) if plain and "关于" not in text else None)
    return cat.group("category").strip() if cat else None


def _without_list_number(text: str) -> str:
    """``text`` without the number or bullet a TOC's list puts in front (``1.`` · ``一、`` · ``（1）`` · ``·``)."""
    if text[:1] in rx.LIST_BULLETS:
        return text.lstrip(rx.LIST_BULLETS).lstrip()
    m = rx.match_marker(text)
    return text[m.end():] if m is not None and m.lastgroup in LIST_NUMBERS else text


#: What ``_entry_end`` gives an entry printed on a cover (封二, 封三 …): it ends an entry, and gives no page.
COVER = 0


def _entry_end(line: Line) -> int | None:
    """The page at the end of an entry's last line (``COVER`` for a cover's), or None for a line that ends no
    entry."""
    raw = line.raw
    if "<" in raw or "*" in raw or "](" in raw:
        raw = strip_markup(raw)  # <p>…的通知……3</p> · **…的通知** ……3 · [某某关于…的通知……3](#page3)
    if (body := raw.lstrip(" \t\u3000#"))[1:2] == " " and letter_spaced(" ".join(body.split())):
        raw = line.text  # 某 某 令 … … 1 2 (### 某 某 令 …, as a heading): letter-spaced, its spaces are no columns
    m = _end_match(raw.rstrip())
    if not m:
        return None
    if m.group("cover"):
        return COVER
    if m.group("page") and m.start("page") == m.start() + 1 and raw[m.start()] == " " \
            and "\u4e00" <= raw[m.start() - 1:m.start()] <= "\u9fff" and not _ends_entry_title(raw[:m.start()]):
        return None  # …已经 2018 年 9 月 5 · …办法》等 3: one space (OCR's) before a number a sentence counts, no page
    page = int(m.group("page") or m.group("page2") or m.group("page3") or m.group("page4"))
    to = m.group("to") or m.group("to2")
    if to is not None and not page <= int(to) <= page + MAX_RANGE:
        return None
    if m.group("page2") and to is not None and YEARS[0] <= page <= YEARS[1]:
        return None  # （2021—2025）: the years of a plan, at the end of a title's first line
    return page


def _ends_entry_title(text: str) -> bool:
    """Whether ``text`` (an entry's last line before its page) ends as a title does: a page one space after a Han
    letter follows a whole title (…的通知 3), not a sentence or a title a wrap cut, where OCR or an extractor set a
    space before every digit (…已经 2018 年 9 月 5, …办法》等 3)."""
    text = text.rstrip()
    return text[-1:] in "）)》】」”" or _whole_title(text[-MAX_TITLE_END:])


#: The end of a line looked at for the end of a title.
MAX_TITLE_END = 60


#: The end of a TOC's page in brackets, under the bracket that opens it (``4）``).
CUT_PAGE = rx.lazy_pattern(r"^(?P<page>\d{1,3})\s*[）)]$")
#: A gap between the two columns of a TOC laid out side by side.
COLUMN_GAP = rx.lazy_pattern(r"\S(?P<gap> {4,}|\u3000{2,})(?=\S)")
#: Lines under the 目录 heading looked at for a second column.
TWO_COLUMN_REACH = 80
#: Display columns the second column's lines may start apart.
COLUMN_SLACK = 2
#: A line of a two-column TOC is at most this long (a bound: each gap in a line is looked at).
MAX_TWO_COLUMN_LINE = 300


def _left_ends_entry(left: str) -> bool:
    """A left column's text that ends an entry (a title, then its page number) or is a category heading; a
    number alone is a list number in a column of its own (``1    某某关于…的通知……2``), no column of entries."""
    left = left.strip()
    if not left:
        return False
    if left[-1] in "】]":
        return True
    title = left.rstrip("0123456789").rstrip(" " + rx.LEADER_CHARS)
    return left[-1].isdigit() and len(title) >= 4


def _two_columns(lines: list[Line], start: int, skip: set[int]) -> list[Line]:
    """The lines under a TOC heading with a TOC printed in two columns side by side (``pdftotext -layout``) read
    column by column: each line of the run is cut where the second column starts, and the left halves come
    before the right halves (each keeping its line's number). ``lines`` themselves when the TOC is no such."""
    starts: dict[int, list[int]] = {}  # display column where the right text starts → indices of such lines
    for i in range(start + 1, min(len(lines), start + 1 + TWO_COLUMN_REACH)):
        line = lines[i]
        if line.kind is LineKind.TEXT and line.no not in skip and line.text[-1:] in "号日" \
                and (rx.DOC_NUMBER_LINE.match(line.text) or rx.DATE_LINE.match(line.text)):
            break  # a document's 文号 or date: the TOC is over, and its columns with it
        if line.kind is not LineKind.TEXT or line.no in skip or len(line.raw) > MAX_TWO_COLUMN_LINE \
                or ("    " not in line.raw and "\u3000\u3000" not in line.raw):
            continue
        for m in COLUMN_GAP.finditer(line.raw):
            if _left_ends_entry(line.raw[: m.start() + 1]):
                col = display_width(line.raw[: m.end()])
                starts.setdefault(col, []).append(i)
    if not starts:
        return lines
    col = max(starts, key=lambda c: sum(len(starts.get(c + d, [])) for d in range(-COLUMN_SLACK, COLUMN_SLACK + 1)))
    rows = sorted({i for d in range(-COLUMN_SLACK, COLUMN_SLACK + 1) for i in starts.get(col + d, [])})
    if len(rows) < 2:
        return lines
    first, last = rows[0], rows[-1]
    # A column that runs on under the other's end (the left one's last entries), up to a blank line: as far as its
    # last entry (or category) in that run, not into text that may follow the TOC without a blank line.
    k = last + 1
    while k < min(len(lines), start + 1 + TWO_COLUMN_REACH) and _one_column(lines[k], col - COLUMN_SLACK, skip):
        if _left_ends_entry(lines[k].raw):
            last = k
        k += 1
    left: list[Line] = []
    right: list[Line] = []
    for line in lines[first:last + 1]:
        if line.kind is not LineKind.TEXT or line.no in skip:
            left.append(line)
            continue
        cut = _column_cut(line.raw, col - COLUMN_SLACK)
        for part, side in ((line.raw[:cut], left), (line.raw[cut:], right)):
            if part.strip():
                side.append(make_line(line.no, part))
    return [*lines[:first], *left, *right, *lines[last + 1:]]


def _one_column(line: Line, col: int, skip: set[int]) -> bool:
    """Whether ``line`` is a line of text of one of the columns only: it ends left of display column ``col``, or
    starts there or right of it."""
    if line.kind is not LineKind.TEXT or line.no in skip:
        return False
    raw = line.raw.rstrip()
    return display_width(raw) < col or display_width(raw[: len(raw) - len(raw.lstrip())]) >= col


def _column_cut(raw: str, col: int) -> int:
    """Index in ``raw`` of the first character at display column ``col`` or after it."""
    width = 0
    for k, ch in enumerate(raw):
        if width >= col:
            return k
        width += display_width(ch)
    return len(raw)


def _attachment_listed(title: str, above: tuple[str, int | None] | None) -> tuple[str, int | None] | None:
    """(title, number) of an attachment a TOC lists under its document's entry, or None for an entry that lists a
    document. The entry reads ``附件：某某名单``, ``附件2：某某表``, ``附：某某方案``, or it numbers the attachments
    (``附件：1.某某名单``) and the further ones stand under it by their number alone (``2.某某表``): ``above`` is
    what the entry above listed (None when it listed a document)."""
    if title[:1] != "附" or (m := rx.ATTACHMENT_NOTE.match(title)) is None:
        if above is None or above[1] is None or (more := rx.ATTACHMENT_NOTE_MORE.match(title)) is None \
                or not more.group("number").isdecimal() or int(more.group("number")) != above[1] + 1:
            return None  # (int() reads a full-width number, ２, too)
        return str(more.group("title")).strip(), above[1] + 1
    listed: str = m.group("title").strip()
    if (numbered := rx.ATTACHMENT_NOTE_MORE.match(listed)) is not None:  # (附件：1.某某名单)
        number = numbered.group("number")
        if rx.is_letter_one(number):
            return str(numbered.group("title")).strip(), 1  # 附件：l.某某名单: an OCR's letter for 1
        return str(numbered.group("title")).strip(), int(number) if number.isdecimal() else None
    return listed, None


def _listed_items(group: list[Line], lists: tuple[str, int | None] | None,
                  wrap: _Wrap) -> list[tuple[list[Line], tuple[str, int | None]]]:
    """The attachments ``group``'s leading lines list (see ``_attachment_listed``), each with the lines it was
    printed on and what it lists. A line that reaches the wrap of hard-wrapped text goes on in the next, unless
    that lists the next attachment or opens a document's title (某某省人民政府办公厅关于…); so does an HTML paragraph
    over the lines of its source. ``lists``: what the entry above them listed."""
    items: list[tuple[list[Line], tuple[str, int | None]]] = []
    k = 0
    while k < len(group) and (lists := _attachment_listed(group[k].text, lists)) is not None:
        end = k + 1
        while end < len(group) and (group[end].continues_text or (
                wrap.cut(group[end - 1]) and not wrap.apart(group[end - 1], group[end])
                and _attachment_listed(group[end].text, lists) is None and not opens_title(group[end].text))):
            end += 1
        items.append((group[k:end], lists))
        k = end
    return items


@dataclass
class _Wrap:
    """The width the text is hard-wrapped at (see ``blocks.detect_wrap``), looked for when first asked for."""

    lines: list[Line]
    title: str | None
    """The gazette's title, whose running headers, as the pages' numbers, are no lines of the text's wrap."""

    @cached_property
    def detected(self) -> tuple[int | None, bool]:
        # (a narrower wrap with a blank line between all lines than a paragraph's join may trust: an entry's
        # attachments are cut only where their line reaches it, to within a letter)
        return detect_wrap([ln for ln in self.lines if ln.kind is not LineKind.TEXT
                            or not page_furniture(ln.raw, self.title)], min_pasted=MIN_PASTED_TOC_WRAP)

    def cut(self, line: Line) -> bool:
        """Whether ``line`` runs to the wrap, but for the room of a wide character that did not fit."""
        width = self.detected[0]
        return width is not None and line_width(line) >= width - WRAP_SLACK

    def apart(self, above: Line, below: Line) -> bool:
        """Whether only blank lines part ``below`` from ``above`` (no page break), in text that does not put one
        between all its lines: a paragraph ends there, whatever the width of ``above``."""
        return not self.detected[1] and blank_between(self.lines, above, below)


#: Display columns a line the wrap cut may fall short of its width by: a wide character that did not fit.
WRAP_SLACK = 2
#: The narrowest wrap told in text with a blank line between all its lines, for a TOC's listed attachments.
MIN_PASTED_TOC_WRAP = 28


def _add_listed(result: TocResult, items: list[tuple[list[Line], tuple[str, int | None]]],
                category: str | None) -> tuple[int, tuple[str, int | None]]:
    """Add the attachments ``items`` list without a page (see ``_listed_items``) to ``result``'s entries; the
    last one's index and what it lists."""
    for lns, _ in items:
        result.entries.append(_entry(lns, category, None, numbered=False))
        result.lines.update(ln.no for ln in lns)
    return len(result.entries) - 1, items[-1][1]


def _title_under(group: list[Line], category: str | None, page: int) -> int | None:
    """Where in ``group``, an attachment's lines that end in ``page``, a whole title starts that takes the page
    (the attachment's last line filled the wrap, and the next entry stands under it), or None."""
    for cut in range(1, len(group)):
        if group[cut].text[:1] not in NO_TITLE_START \
                and _whole_title(_entry(group[cut:], category, page).title):
            return cut
    return None


#: What a title never opens with: a mark that closes what is above it, a word that joins it to what is above.
NO_TITLE_START = LINE_NEVER_STARTS | frozenset("的和及与")


def _lists(listing: tuple[int, tuple[str, int | None]] | None,
           entries: list[TocEntry]) -> tuple[str, int | None] | None:
    """What the last entry lists, where it lists an attachment: ``listing`` is the last such entry's index and
    what it lists."""
    return listing[1] if listing is not None and listing[0] == len(entries) - 1 else None


def _overlong(pending: list[Line], lists: tuple[str, int | None] | None, wrap: _Wrap) -> bool:
    """Whether ``pending``, at least ``MAX_ENTRY_LINES`` lines, are too many for one entry: so many after the
    attachments listed at their head (or these over ``MAX_LISTED_LINES``)."""
    if pending[0].text[:1] != "附" and lists is None:
        return True
    listed = sum(len(lns) for lns, _ in _listed_items(pending, lists, wrap))
    return len(pending) - listed >= MAX_ENTRY_LINES or listed > MAX_LISTED_LINES


#: Lines the attachments listed under one entry may take.
MAX_LISTED_LINES = 20


#: How far back a TOC's pages are looked for over entries without one (attachments listed without a page).
PAGE_LOOKBACK = 20


def _last_page(entries: list[TocEntry]) -> int | None:
    """The page of the last entry (within ``PAGE_LOOKBACK``) that gives one."""
    if not entries or entries[-1].page is not None:
        return entries[-1].page if entries else None
    return next((e.page for e in reversed(entries[-PAGE_LOOKBACK:]) if e.page is not None), None)


def listed_attachments(entries: list[TocEntry]) -> dict[int, str]:
    """The entries (by index) that list an attachment under their document's entry, with the attachment's title
    (see ``_attachment_listed``)."""
    found: dict[int, str] = {}
    above: tuple[str, int | None] | None = None
    for i, entry in enumerate(entries):
        if (above := _attachment_listed(entry.title, above)) is not None:
            found[i] = above[0]
    return found


def find_toc(lines: list[Line], *, skip: set[int], title: str | None = None, english: bool = True) -> TocResult:
    """Find the 目录 heading and read the entries under it; ``title`` is the gazette's, whose running header may
    stand among the entries where the TOC runs over a page break. ``english``: whether the text may hold an English
    listing (CONTENTS) at its back, to be looked for."""
    result = TocResult()
    start = next((i for i, ln in enumerate(lines)
                  if ln.kind is LineKind.TEXT and ((ln.no not in skip and rx.TOC_HEADING.match(ln.text))
                                                   or (ln.text[-1:] == "录" and rx.ANNUAL_INDEX.match(ln.text)))),
                 None)
    if start is None:
        return result
    # (a year's index, 2021年总目录, lists what each issue printed: its heading is the masthead's issue line too)
    annual = rx.ANNUAL_INDEX.match(lines[start].text) is not None
    if (full := _contents_after_highlights(lines, start)) is not None:
        # 本期要目 (or 导读): a few titles picked out above the 目录, which lists them all; its lines are the TOC's
        result.highlights = [ln for ln in lines[start:full] if ln.kind is LineKind.TEXT]
        result.lines.update(ln.no for ln in lines[start:full] if ln.kind is not LineKind.BLANK)
        start = full
    lines = _two_columns(lines, start, skip)
    result.lines.add(lines[start].no)
    category: str | None = None
    pending: list[Line] = []
    listed: set[str] = set()  # keys of the titles read so far
    trailing: list[int] = []  # category headings after the last entry read
    leading = 0  # entries with the page in front of the title
    numbered_under = 0  # entries with their 文号 on the line under them
    prev_no, prev_text = 0, ""  # the last line read (that is no blank, no rule, no furniture), and its text
    dotted = False  # titles ended in leader dots with no page after them
    listing: tuple[int, tuple[str, int | None]] | None = None  # the last attachment entry: its index, what it lists
    pending_under = 0  # the line above the first of the pending lines
    wrap = _Wrap(lines, title)  # (where attachments listed under an entry may be cut by a wrap)
    for k in range(start + 1, len(lines)):
        line = lines[k]
        if line.no in skip or line.kind in SILENT:
            continue
        if line.kind is LineKind.TEXT and (page_furniture(line.raw, title) is not None
                                           or _page_header(line, bool(pending))) \
                and not (pending and _led(pending[-1]) and FOOT_PAGE.fullmatch(line.text)):
            # a TOC that runs over a page break: its footer and header are left to the furniture stage (but an
            # entry's page printed as a page's foot, that a wrap put under its leader dots: …的通知…… / －8－)
            continue
        (before, before_text), (prev_no, prev_text) = (prev_no, prev_text), (line.no, line.text)
        if line.kind is LineKind.TEXT and not pending and rx.TOC_HEADING.match(line.text):
            result.lines.add(line.no)  # the heading again on the TOC's next page: 目录 · 目录（续）
            continue
        if line.kind is LineKind.TABLE and not pending:
            read = _table_entries(line, category)
            if read is None:
                break
            category, entries = read
            if entries:
                trailing.clear()
            result.entries.extend(entries)
            listed.update(title_key(e.title) for e in entries)
            result.lines.add(line.no)
            continue
        if line.kind is LineKind.TEXT and not pending and result.entries and ENGLISH_CONTENTS.match(line.text):
            _english_contents(lines, k, result, title)  # 目录 … / CONTENTS …: the same entries in English
            break
        if line.kind is not LineKind.TEXT or (
                len(pending) >= MAX_ENTRY_LINES and _overlong(pending, _lists(listing, result.entries), wrap)):
            break
        text = line.text
        cat = _category(text)
        if cat is not None and not rx.TOC_CATEGORY.match(text) and (nxt := _next_text(lines, k, title)) is not None \
                and (nxt.text[:1] in "（(" or (nxt.text[:1] in rx.LEADER_CHARS and _entry_end(nxt) is not None)) \
                and all(ln.kind is LineKind.BLANK or (ln.kind is LineKind.TEXT and page_furniture(ln.raw, title))
                        for ln in lines[k + 1:nxt.no - 1]):
            # 某某局公告 / （2020年第1号）……2: an entry wrapped before its number, or before its leader dots
            # (某某省卫生健康委员会公告 / ……15), no category heading (a page's furniture may stand between, and
            # blank lines, in text that puts one between all lines)
            cat = None
        if cat is not None and pending and not annual and result.entries \
                and pending_under == result.entries[-1].span.end_line \
                and (items := _listed_items(pending, _lists(listing, result.entries), wrap)) \
                and items[-1][0][-1] is pending[-1]:
            # attachments listed without a page under the entry above, over a category heading
            listing = _add_listed(result, items, category)
            pending = []
        if cat is not None and not pending:
            if result.entries and (_number_follows(lines, k) or title_key(text) in listed):
                break  # 某某省人民政府办公厅文件 or 某某厅公告 over a 文号, or a title listed: the TOC is over
            category = cat
            result.lines.add(line.no)
            trailing.append(line.no)
            continue
        if not pending and rx.DOC_NUMBER_LINE.match(text) and result.entries \
                and result.entries[-1].doc_number is None and result.entries[-1].span.end_line == before \
                and (numbered_under or ((nxt := _next_text(lines, k)) is not None and _ends_or_leads(nxt))) \
                and (dn := parse_doc_number(text.strip("（()）"))) is not None:
            # The entry's 文号 on the line under it, when the next line is an entry too (or the entries above had
            # theirs so): 某某关于…的通知……1 / 某政发〔2023〕5号
            above = result.entries[-1]
            result.entries[-1] = above.model_copy(update={
                "doc_number": dn.text, "span": Span(start_line=above.span.start_line, end_line=line.no)})
            result.lines.add(line.no)
            numbered_under += 1
            continue
        if (not pending and rx.DOC_NUMBER_LINE.match(text)) or rx.DATE_LINE.match(text):
            break  # a document's 文号 or date: the TOC is over (a 文号 wrapped from an entry's title goes on)
        page = _entry_end(line)
        number = text.lstrip(rx.LEADER_CHARS)
        if page is None and pending and pending[-1].text[-1:] in "（(" and (cut := CUT_PAGE.match(text)) is not None:
            page = int(cut.group("page"))  # ……（ / 4）: a page in brackets that a wrap (or Word's source) cut
        if page is None and pending and number.isdecimal() and len(number) <= 3 \
                and (pending[-1].text.rstrip(" ")[-1:] in rx.LEADER_CHARS or number != text
                     or _whole_title("".join(ln.text for ln in pending))):
            # the page number wrapped onto a line of its own, after the leader dots or with some, or under a whole
            # title (a converter that takes a right-aligned number for a line of its own)
            page = int(number)
        elif page is None and pending and _led(pending[-1]) and (foot := FOOT_PAGE.fullmatch(text)) is not None:
            page = int(foot.group("page"))  # …的通知…… / －8－: the page as its foot prints it, wrapped
        elif page is None and pending and _led(pending[-1]) and LETTERED_PAGE.fullmatch(number) is not None:
            page = COVER  # …的通知…… / O8: the page, misread, wrapped onto a line of its own (an entry without one)
            result.unreadable.append((line.no, number))
        if page is None and not pending and (lead := LEADING_PAGE.match(line.raw)) is not None \
                and _whole_title(rest := text[len(lead.group("page")):]):
            # The page in front of the title (``　3　某某关于…的通知（某政发〔2023〕3号）``)
            page = int(lead.group("page"))
            last = _last_page(result.entries)
            if last is not None and not last <= page <= last + MAX_PAGE_STEP:
                break
            result.entries.append(_entry_text(rest, category, page, Span(start_line=line.no, end_line=line.no),
                                              line.raw))
            listed.add(title_key(result.entries[-1].title))
            result.lines.add(line.no)
            trailing.clear()
            leading += 1
            continue
        if not pending and text in ("）", ")") and result.entries and result.entries[-1].span.end_line == before \
                and (annual or left_open(before_text)):
            # （第1期 / ）: the bracket a wrap cut off the issue an entry of a year's index names, or an entry's page
            # (……（2 / ）, as Word's source wraps it)
            last_entry = result.entries[-1]
            result.entries[-1] = last_entry.model_copy(
                update={"span": Span(start_line=last_entry.span.start_line, end_line=line.no)})
            result.lines.add(line.no)
            continue
        if annual and (nxt := _next_text(lines, k, title)) is not None and nxt.text[:1] == "期" \
                and len(pending) < MAX_ENTRY_LINES - 1:
            pending.append(line)  # （第4 / 期）: the issue an entry names, cut by a wrap
            continue
        joined = "".join(ln.text for ln in pending) + text if annual else text
        if annual and (im := rx.ISSUE_REF.search(joined, max(0, len(joined) - ENTRY_TAIL))):
            # …的通知（某政发〔2021〕1号）……（第1期）: an entry of a year's index, in the issue it names
            group = [*pending, line]
            pending = []
            body = joined[: im.start()]
            entry = _entry_text(body, category, int(im.group("page")) if im.group("page") else None,
                                _span_of(group), _raw_of(group))
            result.entries.append(entry.model_copy(update={"issue": cn_to_int(im.group("issue"))}))
            listed.add(title_key(entry.title))
            result.lines.update(ln.no for ln in group)
            trailing.clear()
            continue
        if page is None and pending and _dotted(pending[-1].text) and text[:1] not in DOTTED_GOES_ON \
                and not number.isdecimal():
            # …的通知（某政发〔2023〕12号）…………… / 某某关于…: titles that end in leader dots with no page after
            # them, their pages in a column that the text gives apart (pdftotext without -layout)
            dotted = True
            break
        if page is None and (junk := _misread_page(text)) is not None and (
                len(junk.group("page")) > 1 or any(  # (a letter alone only after a whole title: this line's, or all)
                    _whole_title(_entry_text(t[:len(t) - len(junk.group())], None, None, _span_of([line])).title)
                    for t in (text, "".join(ln.text for ln in pending) + text))):
            # …的通知……O8: a page misread (an OCR's letters for digits): it ends an entry, which gives no page (as a
            # cover's does)
            page = COVER
            result.unreadable.append((line.no, junk.group("page")))
        if page is None:
            if not pending:
                pending_under = before  # (the line above the entry's first)
            pending.append(line)
            continue
        if annual:  # (an entry of a year's index with a page and no issue: the pages of the issues start over)
            group = [*pending, line]
            pending = []
            result.entries.append(_entry(group, category, page))
            result.lines.update(ln.no for ln in group)
            trailing.clear()
            continue
        last = _last_page(result.entries)
        if last is not None and page != COVER and not last <= page <= last + MAX_PAGE_STEP:
            if not (page < last and LED_PAGE.search(line.text, max(0, len(line.text) - ENTRY_TAIL))
                    and _whole_title(_entry([*pending, line], category, page).title)):
                break  # pages in a TOC go up: ``…关于表彰 201`` is a title wrapped in the year, not an entry
            result.backwards.append((line.no, page, last))  # …的通知……3 under …的通知……5: a whole entry, misprinted
        while pending and (cut := _pageless_head(pending, line)):
            # a whole title without its page (dropped, or lost to an OCR), over the next entry's head: an entry
            result.entries.append(_entry(pending[:cut], category, None))
            listed.add(title_key(result.entries[-1].title))
            result.lines.update(ln.no for ln in pending[:cut])
            pending = pending[cut:]
        group = [*pending, line]
        pending = []
        lists = None
        if items := _listed_items(group, _lists(listing, result.entries), wrap):
            if items[-1][0][-1] is line and (cut := _title_under(items[-1][0], category, page)):
                # the last attachment's line filled the wrap, and the next entry's title stands under it
                items[-1:] = [(items[-1][0][:cut], items[-1][1])]
            peeled = [item for item in items if item[0][-1] is not line]
            if peeled and len(items) == len(peeled) \
                    and not _whole_title(_entry(group[sum(len(lns) for lns, _ in peeled):], category, page).title):
                peeled = []  # 附件：某某名 / 单……7: one attachment's entry, wrapped
            if peeled:  # attachments listed without a page under their document's entry, over the next entry
                listing = _add_listed(result, peeled, category)
            group = group[sum(len(lns) for lns, _ in peeled):]
            lists = items[-1][1] if len(items) > len(peeled) else None
        result.entries.append(_entry(group, category, page, numbered=lists is None))
        listing = (len(result.entries) - 1, lists) if lists is not None else None
        listed.add(title_key(result.entries[-1].title))
        result.lines.update(ln.no for ln in group)
        trailing.clear()
    if pending and not annual and result.entries and pending_under == result.entries[-1].span.end_line \
            and (items := _listed_items(pending, _lists(listing, result.entries), wrap)):
        _add_listed(result, items, category)  # attachments listed without a page under the last entry
    # A category heading after the last entry heads the first document, not the TOC (国务院文件 / 国务院关于…)
    result.lines.difference_update(trailing)
    if leading and leading == len(result.entries) and [e.page for e in result.entries] == list(
            range(1, leading + 1)):
        # Numbers in front of every title, counting 1, 2, 3: the list's own numbers, not pages
        result.entries = [e.model_copy(update={"page": None}) for e in result.entries]
    if dotted and (apart := _pageless_entries(lines, start, skip, title)).entries:
        return apart  # a table's titles with their leader dots, the pages apart
    if not result.entries:
        # Titles without page numbers (a web issue's list of links), or no issue TOC at all (a law's own 目录).
        return _pageless_entries(lines, start, skip, title)
    if _page_column(lines, start, max(result.lines)) \
            and (apart := _pageless_entries(lines, start, skip, title)).entries \
            and all(e.page is not None for e in apart.entries):
        # Two page numbers or more on lines of their own in a row: the titles' pages in a column that the text
        # gives apart, under each category's titles (as pdftotext without -layout gives a TOC table), not the
        # ends of entries whose pages a wrap put on lines of their own.
        return apart
    under_masthead = title is not None and bool(skip) and lines[start].no - max(skip) <= MASTHEAD_REACH
    if not annual and _own_contents(result.entries, under_masthead=under_masthead):
        return TocResult()  # a long document's own contents (第一章 发展环境……1): left to its body
    if english and not any(e.title_en for e in result.entries):
        end = max(result.lines)
        for k in range(len(lines) - 1, max(-1, len(lines) - 1 - MAX_BACK_REACH), -1):  # (the last pages print it)
            if lines[k].no <= end:
                break
            if lines[k].text[:1] in "CcTt" and lines[k].kind is LineKind.TEXT and ENGLISH_CONTENTS.match(lines[k].text):
                _english_contents(lines, k, result, title, into=result.back)
                break
    return result


def _dotted(text: str) -> bool:
    """Whether ``text`` ends in leader dots (two or more): ``…的通知……``."""
    return len(text) > MIN_LEADERS and text[-MIN_LEADERS:].strip(DOT_LEADERS) == ""


#: What a line under a title that ends in leader dots opens with when it goes on in that entry: more leaders,
#: or its 文号 in brackets (…的通知…… / （某政发〔2023〕12号）……3).
DOTTED_GOES_ON = rx.LEADER_CHARS + "（("
#: Characters of a dot leader, and how many of them end a title that they lead to its page.
DOT_LEADERS = ".．·…⋯_"
MIN_LEADERS = 2


def _page_column(lines: list[Line], start: int, end: int) -> bool:
    """Whether two lines in a row between ``lines[start]`` and line ``end`` are page numbers alone (``3`` / ``5``)."""
    before = False
    for ln in lines[start + 1:end]:
        alone = ln.kind is LineKind.TEXT and PAGE_ALONE.match(ln.text) is not None
        if alone and before:
            return True
        before = alone
    return False


#: The English listing at the back of an issue is looked for this many lines from its end at most.
MAX_BACK_REACH = 400
#: English entries under CONTENTS at the back of an issue that make it its listing, though they pair with no entry.
MIN_BACK_LISTING = 2
#: The heading of a TOC's English listing, after the Chinese one: ``CONTENTS`` · ``Contents``.
ENGLISH_CONTENTS = rx.lazy_pattern(r"^\s*(?i:contents|table\s+of\s+contents)\s*$")
#: An English entry's page at its end, after leader dots: ``Notice of … on Something ……（2）``.
ENGLISH_PAGE = rx.lazy_pattern(r"[\s.…·⋯_]*[（(]?\s*\d{1,4}\s*[）)]?\s*$")


def _english(text: str) -> bool:
    """A line of English: it opens with a Latin letter, and has no Han."""
    return text[:1].isascii() and text[:1].isalpha() and not regex.search(r"\p{Han}", text)


def _english_contents(lines: list[Line], k: int, result: TocResult, title: str | None,
                      into: set[int] | None = None) -> None:
    """Read the English listing under ``CONTENTS`` at ``lines[k]`` into the ``title_en`` of the entries read
    (``result.entries``). The two lists pair in order when they are as long and give the same pages, else by
    page where a page has one entry in each. Lines of an English entry that pairs with none stay out of the TOC's
    lines (``result.lines``), and so are reported as unclassified text; at the back (``into``, its lines), they
    are the listing's all the same, where it holds ``MIN_BACK_LISTING`` entries (not the last document's text)."""
    taken = result.lines if into is None else into
    english: list[tuple[str, int, list[Line]]] = []
    pending: list[Line] = []
    headings: list[int] = []
    for line in lines[k + 1:]:
        if line.kind is LineKind.BLANK or (line.kind is LineKind.TEXT and page_furniture(line.raw, title) is not None):
            continue
        if line.kind is not LineKind.TEXT or not _english(line.text) or len(pending) >= MAX_ENTRY_LINES:
            break
        if not pending and line.text.isupper() and _entry_end(line) is None:
            headings.append(line.no)  # a category heading (DOCUMENTS OF THE STATE COUNCIL): not read, so left
            continue  # unclassified
        pending.append(line)
        if (page := _entry_end(line)) is not None:
            text = " ".join(" ".join(ln.text for ln in pending).split())
            english.append((ENGLISH_PAGE.sub("", text).rstrip(rx.LEADER_CHARS), page, pending))
            pending = []
    entries = result.entries
    if len(english) == len(entries) and all(e.page in (None, page)
                                            for e, (_, page, _) in zip(entries, english, strict=True)):
        pairs = list(enumerate(english))
    else:  # (counted once: a list of thousands pairs in linear time)
        chinese = Counter(e.page for e in entries)
        at = {e.page: i for i, e in enumerate(entries)}
        english_pages = Counter(page for _, page, _ in english)
        pairs = [(at[page], item) for item in english
                 if chinese[page := item[1]] == 1 and english_pages[page] == 1]
    if not pairs and (into is None or len(english) < MIN_BACK_LISTING):
        return
    taken.add(lines[k].no)
    if into is not None:
        # (at the back, apart from the TOC: no document's text; the lines no entry's title_en reads are unclassified)
        into.update(headings)
        into.update(ln.no for _, _, group in english for ln in group)
    for i, (text, _, group) in pairs:
        span = Span(start_line=group[0].no, end_line=group[-1].no)
        entries[i] = entries[i].model_copy(update={"title_en": text, "title_en_span": span})
        taken.update(ln.no for ln in group)


def _list_goes_on(lines: list[Line], k: int, nxt: Line, title: str | None) -> bool:
    """Whether ``nxt``, the next line of text after ``lines[k]``, goes on with a list of titles: a category heading
    in brackets (【省政府文件】) or another title, where a document's title has its 文号, its 主送机关 or its text
    under it."""
    text = nxt.text
    if _category(text, plain=False) is not None:
        return True
    if text == lines[k].text or rx.DOC_NUMBER_LINE.match(text) or rx.ORDER_NUMBER.match(text):
        return False
    if _listed(text):
        return True
    if not TITLE_BREAKERS.isdisjoint(text):
        return False
    if text[0] in "—―－" or rx.PERSON_SIGNATURE.match(text):
        return False  # a speech's dash line or its speaker: under its title, which is the first document's
    # a title the wrap cut (…第6项实施方案 / 的通知), over the lines under it, with no sentence and no date in it
    for ln in itertools.islice(_lines_below(lines, lines.index(nxt, k + 1), title), MAX_PAGELESS_LINES - 1):
        if not TITLE_BREAKERS.isdisjoint(ln.text) or rx.is_date_line(ln.text) or rx.PERSON_SIGNATURE.match(ln.text):
            break
        text += ln.text
        if _listed(text):
            return True
    return False


def _lines_below(lines: list[Line], k: int, title: str | None) -> Iterator[Line]:
    """The lines of text under ``lines[k]``, up to ``MAX_PAGELESS_LINES`` and up to a line of another kind, over
    blank lines (a converter's markdown sets each line of a heading apart) and the page furniture of the gazette
    titled ``title``."""
    found = 0
    for ln in lines[k + 1:k + 1 + MAX_PAGELESS_LINES * (MAX_BLANK_RUN + 1)]:  # (a slice: islice walks from 0)
        if ln.kind in SILENT or (ln.kind is LineKind.TEXT and page_furniture(ln.raw, title) is not None):
            continue
        if ln.kind is not LineKind.TEXT or found >= MAX_PAGELESS_LINES:
            return
        found += 1
        yield ln


def _title_below(lines: list[Line], k: int, key: str, title: str | None) -> bool:
    """Whether the title keyed ``key`` stands next under ``lines[k]``, over one line or more (``_lines_below``)."""
    text = ""
    for ln in _lines_below(lines, k, title):
        text += ln.text
        if len(text) > MAX_TITLE_TEXT:
            break
        if title_key(text) == key:
            return True
    return False


def _listed(text: str) -> bool:
    """Whether ``text`` is a title such as a TOC lists: a document's (…的通知), a regulation's or a speech's, an
    interpretation's (《…》解读)."""
    return ends_title(text) or bool(LISTED_TITLE.search(text) or INTERPRETATION_TITLE.match(text))


#: Marks of a sentence, which a title never holds.
TITLE_BREAKERS = frozenset("，,。；;：:")


def _entry_below(lines: list[Line], k: int, entry: TocEntry, first: TocEntry, title: str | None) -> bool:
    """Whether what stands under ``lines[k]``, a title the list named before, shows it to be one more entry, not the
    first document's title: the list going on (``_list_goes_on``); a red header (the first document's, which never
    stands under its own title); the same title again, or the list's ``first`` title (the first document's, under
    the list's last entry); or the entry's own 文号 in brackets, where it has none yet (某某公告 / （某某公告第42号）).
    ``title`` is the gazette's: page furniture under the entry is passed over."""
    nxt = _next_text(lines, k, title)
    if nxt is None:
        return False
    text = nxt.text
    if (text.endswith("文件") and rx.RED_HEADER.match(text)) or title_key(text) == title_key(entry.title) \
            or ((key := title_key(first.title)) != title_key(entry.title) and _title_below(lines, k, key, title)):
        return True
    if entry.doc_number is None and (group := _bracketed_lines(lines, lines.index(nxt, k + 1))) is not None \
            and _entry_text(entry.title + "".join(ln.text for ln in group), entry.category, None,
                            entry.span).doc_number is not None:
        return True
    return _list_goes_on(lines, k, nxt, title)


def _bracketed_lines(lines: list[Line], k: int) -> list[Line] | None:
    """The line at ``k`` and, where its bracket stays open, the next line of text: a 文号 in brackets over one line
    or two (（某府办发〔2018〕3号） · （某某公 / 告第42号））; None where they hold no such bracket."""
    line = lines[k]
    if line.text[:1] not in "（(":
        return None
    group = [line]
    if _open_bracket(line.text) and (nxt := _next_text(lines, k)) is not None:
        group.append(nxt)
    # (its leader dots too, where the page stands apart: （某政发〔2023〕11号）……………)
    return group if rx.PAREN_NUMBER.fullmatch("".join(ln.text for ln in group).rstrip(rx.LEADER_CHARS)) else None


def _number_follows(lines: list[Line], k: int, title: str | None = None) -> bool:
    """Whether the next line with text after ``lines[k]`` is a 文号 (with the gazette's ``title``, over page furniture
    and any blank lines too: ``_next_text``)."""
    nxt = _next_text(lines, k, title)
    return nxt is not None and _is_number(nxt.text)


def _is_number(text: str) -> bool:
    """Whether ``text`` is a 文号 alone: ``某府发〔2021〕3号`` · ``2021年第1号`` · ``第757号``."""
    return bool(rx.DOC_NUMBER_LINE.match(text) or rx.YEAR_SERIAL_LINE.match(text) or rx.ORDER_NUMBER.match(text))


#: Lines under the masthead's last line within which a 目录 heading is the issue's.
MASTHEAD_REACH = 12
#: What else an issue lists besides documents: appointments (某某省人民政府任免名单, 国务院任免国家工作人员), a
#: chronicle (2020年2月省政府大事记), the gazette's own notices.
ISSUE_ITEM = rx.lazy_pattern(r"(?:任免名单|任免国家工作人员|任免事项|大事记|更正|勘误|启事)$")
#: Marker kinds of the parts a document's own contents list (an entry's 一、 is dropped as a list number, so such
#: contents are told by their titles, which are no document titles).
PART_MARKERS = frozenset({"bian", "part", "pian", "zhang", "jie", "tiao"})


def _own_contents(entries: list[TocEntry], *, under_masthead: bool) -> bool:
    """Entries that are mostly a document's chapters or parts (第一章 发展环境, 一、总体要求), not the documents of
    an issue, whose titles end in a 文种 (…的通知) or name one (《…》解读). Entries under category headings
    (【人事任免】 over 某某省人民政府任免名单) are an issue's: a document's contents have none. So are the entries
    of a 目录 right under the masthead (an issue of a single plan aside), whatever they list: 某某备案目录 ·
    省政府召开第30次常务会议."""
    if any(e.category for e in entries):
        return False
    parts = sum(1 for e in entries if (m := rx.match_marker(e.title)) is not None and m.lastgroup in PART_MARKERS)
    if parts * 5 >= len(entries) * 3:
        return True
    documents = sum(1 for e in entries if ends_title(e.title) or "《" in e.title or e.doc_number
                    or rx.CASE_TITLE.search(e.title)  # (a court's gazette lists cases: 某某诉某某…纠纷案)
                    or ISSUE_ITEM.search(e.title))
    return not under_masthead and documents * 5 < len(entries) * 2

#: Entries of a TOC without page numbers: at most this many, each over at most this many lines and the one that
#: ends it (a title wrapped at a narrow width).
MAX_PAGELESS_ENTRIES = 300
MAX_PAGELESS_LINES = 4
#: Lines of text after a one-entry TOC without page numbers looked at for the first document's title.
PAGELESS_LOOKAHEAD = 12


#: A page number alone on its line, maybe after dot leaders: ``3`` · ``……………… 3``.
PAGE_ALONE = rx.lazy_pattern(r"^[.…·．⋯\s]*(?P<page>\d{1,4})$")
#: A page number in front of a TOC entry's title, set apart from it: ``　3　某某关于…的通知``.
LEADING_PAGE = rx.lazy_pattern(r"^[\s\f]*(?P<page>\d{1,3})(?: {2,}|\t|\u3000)")


def _ends_or_leads(line: Line) -> bool:
    """Whether ``line`` is a TOC entry: one that ends in its page, or a whole title with the page in front."""
    if _entry_end(line) is not None:
        return True
    lead = LEADING_PAGE.match(line.raw)
    return lead is not None and _whole_title(line.text[len(lead.group("page")):])


def _pageless_head(pending: list[Line], line: Line) -> int | None:
    """How many of the ``pending`` lines, over ``line`` that ends an entry with its page, are an entry of their own
    without one: a whole title, where the lines after it open another (某某省人民政府关于甲的通知 / 某某省人民政府
    关于乙的通知……11); None where no such cut is (a title wrapped, attachments listed under an entry)."""
    if pending[0].text[:1] == "附":
        return None
    for cut in range(1, len(pending) + 1):
        head = "".join(ln.text for ln in pending[:cut])
        rest = pending[cut].text if cut < len(pending) else line.text
        if _whole_title(head) and (rest.startswith("关于") or opens_title(rest)):
            return cut
    return None


def _whole_title(text: str) -> bool:
    """Whether ``text`` is a whole document title, maybe with its 文号 or date in brackets after it, or its 文号
    after it without (``某某关于…的通知　某政发〔2021〕1号``)."""
    core = text[: text.rfind("（")] if text.endswith("）") and "（" in text else text
    if core.endswith("号") and (split := title_and_number(core)) is not None:
        core = split[0]
    return bool(ends_title(core) or INTERPRETATION_TITLE.match(core) or LISTED_TITLE.search(core))


#: Blank lines looked over for the next line of a list (a converter's markdown puts three between two).
MAX_BLANK_RUN = 6


def _next_text(lines: list[Line], k: int, title: str | None = None) -> Line | None:
    """The next line of text after ``lines[k]``, over blank lines and markup alone (``SILENT``), or None; with the
    gazette's ``title``, over page furniture too (a page break under the list's last entry)."""
    if title is not None:
        return next(_lines_below(lines, k, title), None)
    after = next((ln for ln in lines[k + 1:k + 1 + MAX_BLANK_RUN] if ln.kind not in SILENT), None)
    return after if after is not None and after.kind is LineKind.TEXT else None


def _goes_on_below(lines: list[Line], k: int) -> bool:
    """Whether the next line of text after ``lines[k]`` opens with a mark that closes what is above it (关于《…
    （草案） / 》的说明: a wrap that knows no rule against it broke the line there)."""
    after = _next_text(lines, k)
    return after is not None and never_starts(after.text)


def _open_bracket(text: str) -> bool:
    """Whether ``text`` opens more round brackets, or title marks, than it closes (关于《某某条例 / （草案）》的
    说明)."""
    return left_open(text) or text.count("《") > text.count("》")


def _pageless_entries(lines: list[Line], start: int, skip: set[int], title: str | None) -> TocResult:
    """A TOC that lists titles without page numbers: each line (or two) a document title (``…的通知``, maybe with
    its 文号), up to the first title listed twice, which is the first document's own. Empty when the lines
    under the heading are no such list."""
    result = TocResult()
    seen: set[str] = set()
    category: str | None = None
    pending: list[Line] = []
    repeated = False  # the list ended where the first document's title repeats an entry
    numbers: dict[str, set[str | None]] = {}  # the 文号 of the entries of each title
    after = len(lines)  # where the list ended
    done = 0  # the last line read with the one before it
    pages: list[tuple[Line, int]] = []  # page numbers on lines of their own
    for k in range(start + 1, len(lines)):
        line = lines[k]
        if line.no <= done:
            continue
        if line.no in skip or line.kind in SILENT \
                or (line.kind is LineKind.TEXT and page_furniture(line.raw, title) is not None):
            continue  # (a running header or a page number where the list runs over a page break)
        if line.kind is not LineKind.TEXT or len(result.entries) >= MAX_PAGELESS_ENTRIES \
                or len(pending) >= MAX_PAGELESS_LINES:
            after = k
            break
        text = line.text
        if not pending and (alone := PAGE_ALONE.match(text)):
            pages.append((line, int(alone.group("page"))))
            continue
        if not pending and result.entries and not text.strip(DOT_LEADERS):
            # the last title's leader dots, wrapped onto a line of their own (its page stands apart)
            last = result.entries[-1]
            result.entries[-1] = last.model_copy(
                update={"span": Span(start_line=last.span.start_line, end_line=line.no)})
            result.lines.add(line.no)
            continue
        cat = _category(text, plain=False) or (
            _category(text) if (rx.ORDER_SERIES.match(text) or not _whole_title(text))
            and ((m := rx.match_marker(text)) is None or m.lastgroup in LIST_NUMBERS)
            and not _number_follows(lines, k, title) else None)
        if cat is not None and not pending:
            # (省政府文件 over a title heads the entries under it, but 某某省人民政府文件 over a 文号 is the first
            # document's red header, 某某厅公告 a title listed, and 第三章　推进政务数据动态 a plan's chapter)
            category = cat
            result.lines.add(line.no)
            continue
        if not pending and result.entries and result.entries[-1].doc_number is None \
                and (group := _bracketed_lines(lines, k)) is not None:
            # The last entry's 文号, wrapped onto a line of its own (or two): （某府办发〔2018〕3号）
            number = "".join(ln.text for ln in group)
            last = result.entries[-1]
            if (numbered := _entry_text(
                    last.title + number, last.category, last.page,
                    Span(start_line=last.span.start_line, end_line=group[-1].no),
                    _raw_of(group))).doc_number is not None:
                result.entries[-1] = numbered.model_copy(update={"date": last.date})
                result.lines.update(ln.no for ln in group)
                done = group[-1].no  # (the line after this one is read already)
                continue
        if pending and (rx.RED_HEADER.match(pending[0].text) or "。" in text or (
                rx.DOC_NUMBER_LINE.match(text) and not _open_bracket("".join(ln.text for ln in pending)))):
            # a red header and its 文号, or a sentence: the first document (or a law's own contents), no entry (a
            # 文号 in brackets that the wrap cut goes on: …的通知（某政办 / 发〔2021〕1号）)
            after = lines.index(pending[0], start)
            break
        group = [*pending, line]
        entry = _entry_text("".join(ln.text for ln in group), category, None, _span_of(group), _raw_of(group))
        joined = "".join(ln.text for ln in group)
        listed = ends_title(entry.title) or INTERPRETATION_TITLE.match(entry.title) or LISTED_TITLE.search(entry.title)
        if not listed or _open_bracket(joined) or _goes_on_below(lines, k):
            pending.append(line)  # no title yet, or its bracketed 文号 goes on in the next line (or its title)
            continue
        key = title_key(entry.title)
        if key in seen and (entry.doc_number is None or entry.doc_number in numbers.get(key, ())) \
                and not _entry_below(lines, k, entry, result.entries[0], title) \
                and not (key != title_key(result.entries[0].title) and key == title_key(result.entries[-1].title)):
            # The first document's title: the list is over (two entries of one title differ in 文号, or what
            # stands under the second shows no entry: ``_entry_below``, or the second follows the first and
            # neither is the first entry, which the first document's title repeats).
            repeated = True
            break
        seen.add(key)
        numbers.setdefault(key, set()).add(entry.doc_number)
        pending = []
        result.entries.append(entry)
        result.lines.update(ln.no for ln in group)
    if len(result.entries) == 1 and not repeated:
        # One entry: a list only when the first document's title, a few lines on (under its red header and
        # 文号), repeats it.
        texts = list(itertools.islice((ln.text for ln in itertools.islice(lines, after, None)
                                       if ln.kind is LineKind.TEXT), PAGELESS_LOOKAHEAD))
        repeated = any(title_key("".join(texts[i:i + n])) in seen
                       for i in range(len(texts)) for n in range(1, MAX_PAGELESS_LINES + 1))  # (the title wrapped)
    if not result.entries or (len(result.entries) < 2 and not repeated) or not seen:
        return TocResult()
    result.lines.add(lines[start].no)
    if len(pages) == len(result.entries) and all(a[1] <= b[1] for a, b in itertools.pairwise(pages)):
        # The list's page numbers in a column that the text gives after its titles (or before them), one a line,
        # as ``pdftotext`` without ``-layout`` gives a TOC set as a table: read in order. (Otherwise they are
        # left unread, and so unclassified.)
        result.entries = [e.model_copy(update={"page": page})
                          for e, (_, page) in zip(result.entries, pages, strict=True)]
        result.lines.update(ln.no for ln, _ in pages)
    return result


#: A table cell that holds a page number: ``3``, ``(3)``, ``（3）``, ``第3页``.
PAGE_CELL = rx.lazy_pattern(r"^[（(]?\s*(?:第\s*)?(?P<page>\d{1,4})\s*页?\s*[）)]?$")


def page_cell(cell: str) -> int | None:
    """The page number a TOC table's cell holds, or None."""
    m = PAGE_CELL.match(cell.strip())
    return int(m.group("page")) if m else None


def _table_entries(line: Line, category: str | None) -> tuple[str | None, list[TocEntry]] | None:
    """Entries of a TOC that a converter wrote as a table (``| 标题 | 3 |`` or an HTML ``<table>``): rows whose
    last cell is a page number, and one-cell category rows. None when the table is no TOC."""
    entries: list[TocEntry] = []
    for cells in _side_by_side(line.rows):
        filled = [c for c in cells if c.strip()]
        if len(filled) > 1 and all(c == filled[0] for c in filled):
            filled = filled[:1]  # a cell merged across the row (colspan), repeated in every column it spans
        if len(filled) == 1 and (cat := _category(filled[0])) is not None:
            category = cat
            continue
        if filled and all("".join(c.split()) in TOC_COLUMN_NAMES for c in filled):
            continue  # the table's own header: 标题 | 文号 | 页码
        if len(filled) >= 2 and (page := page_cell(filled[-1])) is not None:
            parts = filled[:-1]
            head = parts[0].strip()
            if len(parts) >= 2 and head.isdecimal():
                parts = parts[1:]  # a 序号 column
            elif len(parts) >= 2 and len(head) <= MAX_CATEGORY and not ends_title(head) \
                    and parse_doc_number(head) is None:
                category, parts = head.strip("【】[]"), parts[1:]  # a category column (merged down its rows)
            # A 文号 in a column of its own goes with the title: 标题 | 某政发〔2021〕1号 | 3
            number = next((c for c in parts if parse_doc_number(c.strip()) is not None), None)
            text = "".join(c if c is not number else f"（{c.strip()}）" for c in parts)
            entries.append(_entry_text(text, category, page, Span(start_line=line.no, end_line=line.no)))
        elif filled:
            return None
    return category, entries


def _side_by_side(rows: Sequence[list[str]]) -> Sequence[list[str]]:
    """The rows of a TOC table set in two columns side by side (标题 | 页 | 标题 | 页, as MinerU reads a TOC
    printed in two columns), the left column's rows first; other tables' rows as they are."""
    if not rows or any(len(r) != 4 for r in rows) or not any(page_cell(r[3]) is not None for r in rows):
        return rows

    def half(cells: list[str]) -> bool:  # empty, a category alone, or a title and its page
        filled = [c for c in cells if c.strip()]
        return (len(filled) <= 1 and page_cell(cells[1]) is None) or (
            bool(cells[0].strip()) and page_cell(cells[1]) is not None)

    if not all(half(r[:2]) and half(r[2:]) for r in rows):
        return rows
    return [r[:2] for r in rows] + [r[2:] for r in rows]


#: Markers that number a TOC's entries (kept out of their titles).
LIST_NUMBERS = frozenset({"ar", "arp", "arh", "cn", "cnp", "circ"})
#: A TOC table's category cell is at most this long (省政府办公厅文件).
MAX_CATEGORY = 12
#: Column names a TOC written as a table may have in its first row.
TOC_COLUMN_NAMES = frozenset({"标题", "题目", "名称", "文件名称", "文件标题", "文号", "发文字号", "页码", "页次", "页",
                              "序号", "类别", "栏目"})


#: A list number in a column of its own before an entry (layout text): ``1    某某关于…的通知……2``.
NUMBER_COLUMN = rx.lazy_pattern(r"^\s*\d{1,3}(?: {2,}|\t|\u3000)")


def _entry(group: list[Line], category: str | None, page: int | None, *, numbered: bool = True) -> TocEntry:
    """The entry of ``group``'s lines, ending in ``page`` (None: an entry without one). ``numbered``: whether a
    number in front is the list's (``1.某某关于…的通知``), not part of the title (``2.某某表``: an attachment
    listed by its number under the first)."""
    text = "".join(ln.text for ln in group)
    if numbered and (nm := NUMBER_COLUMN.match(group[0].raw)) and text.startswith(number := nm.group().strip()):
        text = text[len(number):]
    if page is None:
        body = text
    elif m := _end_match(text) or _misread_page(text):
        body = text[: m.start()]
    else:  # cleaning took the space between the title and its page away (``…的通知3``): cut the page off the end
        cut = max(0, len(text) - ENTRY_TAIL)
        body = text[:cut] + regex.sub(rf"[（(]?\s*0*{page}\s*[）)]?\s*$", "", text[cut:])
    return _entry_text(body, category, page or None, _span_of(group), _raw_of(group), numbered=numbered)


def _raw_of(group: list[Line]) -> str:
    """An entry's lines as printed, one a line (for the spaces between joint issuers)."""
    return "\n".join(ln.raw.strip() for ln in group)


def _span_of(group: list[Line]) -> Span:
    """The lines of an entry: from its first to its last, however the TOC's columns ordered them."""
    numbers = [ln.no for ln in group]
    return Span(start_line=min(numbers), end_line=max(numbers))


def _date_and_number(body: str) -> tuple[str | None, str, str] | None:
    """(date, 文号, title) of an entry that ends in a date and a 文号 in one pair of brackets, in either order
    (``…（2021年2月3日　国函〔2021〕12号）`` · ``…（国函〔2021〕12号，2021年2月3日）``); None for any other."""
    pm = rx.PAREN_NUMBER.search(body)
    if pm is None or (dm := rx.DATE_ANY.search(inner := pm.group("num"))) is None:
        return None
    dn = parse_doc_number((inner[: dm.start()] + inner[dm.end():]).strip(" ,，、;；"))
    return (parse_date(dm.group())[0], dn.text, body[: pm.start()].rstrip()) if dn is not None else None


#: How far into an entry a 文号 printed in front of its title ends at most (its 号).
LEAD_NUMBER_REACH = 30


def _entry_text(body: str, category: str | None, page: int | None, span: Span, raw: str = "", *,
                numbered: bool = True) -> TocEntry:
    """An entry from its text without the page: ``title(文号)`` with leader dots trimmed; a category in front of
    the title (``【省政府文件】某某关于…的通知``) is the entry's category. Joint issuers keep the space that
    ``raw``, the entry's lines as printed, sets between them, as a document's title and 文号 do. ``numbered``: as
    ``_entry``'s."""
    body = body.rstrip(rx.LEADER_CHARS)
    if body[:1] in "【[" and (cm := INLINE_CATEGORY.match(body)):
        category, body = cm.group("category").strip(), body[cm.end():]
    if numbered:
        body = _without_list_number(body)  # an entry numbered in the list: 1.某某关于…的通知
    date = doc_number = None
    if "号" in body[:LEAD_NUMBER_REACH] and (lead := rx.DOC_NUMBER_ANY.match(body)) is not None \
            and (dn := parse_doc_number(lead.group())) is not None and _whole_title(rest := body[lead.end():].lstrip()):
        doc_number, body = dn.text, rest  # the 文号 in front of the title: 某府发〔2023〕1号　某某市人民政府关于…的通知
    if body.endswith(("）", ")")) and (dm := PAREN_DATE.search(body)):
        date, body = parse_date(dm.group("date"))[0], body[: dm.start()].rstrip()  # …的通知（2021年2月3日）
    elif body.endswith(("）", ")")) and "日" in body and (both := _date_and_number(body)) is not None:
        date, doc_number, body = both  # …的批复（2021年2月3日　国函〔2021〕12号）, in either order
    pm = rx.PAREN_NUMBER.search(body) if doc_number is None else None
    if pm:
        dn = parse_doc_number(pm.group("num"))
        if dn is not None:
            doc_number = dn.text
            body = body[: pm.start()]
        elif (bracketed := bracketed_order(body)) is not None:
            # （省政府令第365号）, or an order listed by its own name: 中华人民共和国主席令（第三十一号）
            doc_number = bracketed[1].text
            body = body[: pm.start()]
        elif (ym := rx.YEAR_SERIAL_LINE.match(pm.group("num"))) \
                and rx.NUMBERED_TITLE.match(head := body[: pm.start()].strip()):
            # 某某公告（2019年第3号）: a 公告 numbered by year, as it reads under its title
            doc_number, body = f"{head}{int(ym.group('year'))}年第{int(ym.group('serial'))}号", head
    if doc_number is None and body.endswith("号") and (split := title_and_number(body.rstrip(rx.LEADER_CHARS))):
        # The 文号 in a column of its own after the title (layout text): 某某关于…的通知    某政发〔2021〕1号    3
        parsed = parse_doc_number(split[1])
        if parsed is not None:
            body, doc_number = split[0], parsed.text
    title = body.rstrip(rx.LEADER_CHARS).strip()
    if raw:
        title = spaced_issuers(title, raw)
        if doc_number is not None and (parsed := parse_doc_number(doc_number)) is not None:
            doc_number = spaced_number(doc_number, parsed.agency_code, raw)[0]
    return TocEntry(category=category, title=title, doc_number=doc_number, page=page, date=date, document=None,
                    span=span)
