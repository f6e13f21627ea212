"""Stage 8: a body's blocks as a tree of numbered sections, with paragraphs, tables and list items.

Depth comes from the marker kind (一、 > （一） > 1. > （1）; 第X章 > 第X条; 1 > 1.1 > 1.1.1), never from
markdown ``#``. A marker whose number does not follow its siblings (``3.5倍`` at the start of a wrapped
line) is text, not a section.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import regex

from . import regexes as rx
from .blocks import (
    PROSE_MARKS,
    Block,
    end_mark,
    ends_sentence,
    flag_letter_for_one,
    is_heading_title,
    join_wrapped,
)
from .diagnostics import Diagnostics
from .models import Item, Paragraph, Section, Span, Table
from .numerals import cn_to_int

#: Marker kinds a list of notes (``注：1.… 2.…``) is numbered with.
NOTE_KINDS = ("ar", "arp", "arh", "circ")
#: The topic some regulations print in brackets after the article number: ``第一条【立法目的】`` ·
#: ``第一条（目的和依据）`` (Shanghai's rules), a phrase without sentence punctuation.
ARTICLE_TOPIC = rx.lazy_pattern(
    r"^(?:[【\[](?P<topic>[^】\]]{1,30})[】\]]|[（(](?P<topic>[^（）()，,。；;：:]{2,20})[）)])\s*")
#: An inline title is the first sentence when it is at most this long and has no comma.
MAX_INLINE_TITLE = 50
TITLE_TRAILING = "。.;；:：,，、 "


def span_of(blocks: list[Block]) -> Span:
    """Span from the first to the last of ``blocks``."""
    return Span(start_line=blocks[0].start, end_line=blocks[-1].end)


def paragraph(block: Block) -> Paragraph:
    """A block as a paragraph."""
    return Paragraph(text=block.text, span=Span(start_line=block.start, end_line=block.end))


@dataclass(slots=True)
class Marker:
    """A numbered marker at the start of a block."""

    kind: str
    text: str
    number: int | None
    rank: float
    rest: str


def read_marker(text: str) -> Marker | None:
    """The marker ``text`` starts with, or None."""
    m = rx.match_marker(text)
    if m is None:
        return None
    kind = m.lastgroup
    if kind is None or kind not in rx.MARKER_RANK:
        return None
    raw_number = m.group(f"{kind}_n")
    rank = rx.MARKER_RANK[kind]
    if kind == "dec":
        parts = raw_number.replace("．", ".").split(".")
        number: int | None = int(parts[-1])
        rank += 0.1 * (len(parts) - 2)
    elif kind == "circ":
        number = ord(raw_number) - ord("①") + 1
    else:
        number = 1 if raw_number in rx.OCR_ONE or rx.is_letter_one(raw_number) else cn_to_int(raw_number)
    return Marker(kind=kind, text=m.group(kind).strip(), number=number, rank=rank, rest=text[m.end():].strip())


def split_title(block: Block, marker: Marker, *, in_article: bool = False) -> tuple[str | None, str | None]:
    """(title, first paragraph text) of a marker block.

    ``(一)稳定集体林地承包关系。完善集体林地…`` → (稳定集体林地承包关系, 完善集体林地…);
    a heading line gives its whole text as the title; a long first sentence is no title. The items of an
    article (第七条 … （一）违反规定收费的 …) and list items ending in ``；`` are text, never titles.
    """
    rest = marker.rest
    if not rest:
        return None, None
    if in_article or rest[-1] in "；;":
        return None, rest
    if marker.kind == "tiao" and not block.heading:
        # An article (第五条) has no title, only its words, unless one stands in brackets: 第一条【立法目的】…
        m = ARTICLE_TOPIC.match(rest)
        return (m.group("topic"), rest[m.end():].strip() or None) if m else (None, rest)
    if (block.heading and "。" not in rest) or is_heading_title(rest):  # (``rest`` follows the marker: stripped)
        # (a converter's heading that holds a sentence is read as text is: MinerU sets headings at random)
        return rest.rstrip(TITLE_TRAILING) or None, None
    cut = _first_stop(rest[:MAX_INLINE_TITLE + 1])
    if 0 < cut <= MAX_INLINE_TITLE and not any(c in rest[:cut] for c in "，,；;：:"):
        tail = rest[cut + 1:].strip()
        return rest[:cut], tail or None
    return None, rest


def _first_stop(text: str) -> int:
    """Where ``text``'s first full stop is (``regexes.FULL_STOP``: a half-width one too, not a decimal point), or
    -1."""
    if "." not in text:
        return text.find("。")
    stop = rx.FULL_STOP.search(text)
    return stop.start() if stop else -1


@dataclass(slots=True)
class _Open:
    """A section being built."""

    section: Section
    rank: float
    last: dict[str, int] = field(default_factory=dict)
    """Number of the last child section of each marker kind (O(1) sequence checks)."""


@dataclass(slots=True)
class BodyResult:
    """A body parsed: text before the first section, tables outside sections, the section tree."""

    preamble: list[Paragraph] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def _accept(marker: Marker, last_sibling: dict[str, int], last_global: dict[str, int], diags: Diagnostics,
            block: Block, opens_run: Callable[[], bool], resumed: bool = False) -> bool:
    """Whether a marker's number fits its place; a small gap is accepted with a warning, and so is a first number
    other than one where the next marker of its kind goes on from it (``opens_run``: an excerpt, 七、 / 八、). In a
    text ``resumed`` from another issue (（接上期）), the first marker of each kind goes on from there."""
    n = marker.number
    if n is None:
        return False
    if resumed and not last_global.get(marker.kind):
        return True  # 第五章 / 第十一条 …: the text's first part and first article here, the rest in the last issue
    line = block.start
    prev = last_sibling.get(marker.kind, last_global.get(marker.kind, 0))
    if n == 1 and marker.text.lstrip("（(")[:1] in rx.OCR_ONE:
        raw = block.lines[0].raw  # (the column of the dash: the first on the line, after any markup)
        diags.add("X011", f"section {marker.text}: a dash read as 一 (an OCR slip)", line,
                  column=next((i for i, ch in enumerate(raw) if ch in rx.OCR_ONE), 0) + 1)
    elif n == 1 and rx.is_letter_one(marker.text.lstrip("（(")[:1]):
        flag_letter_for_one(block, f"section {marker.text}", diags)
    if n == 1 or n == prev + 1 or n == last_global.get(marker.kind, 0) + 1:
        return True
    if (prev >= 1 and prev < n <= prev + 3) or (
            marker.kind == "tiao" and prev >= 1 and prev < n <= prev + MAX_ARTICLE_GAP
            and SPACED_ARTICLE.match(block.lines[0].raw) is not None):
        # (an article set apart from its text, as a law prints each, after a gap a lost page leaves: 第十一条 … /
        # 第二十三条　对…; a paragraph that opens by citing one runs on: 第二十三条规定的…)
        diags.add("X003", f"section {marker.text} follows {prev} (numbers skipped)", line)
        return True
    if prev == 0 and not last_global.get(marker.kind) and marker.kind in RUN_KINDS and n <= MAX_OPENING_NUMBER \
            and opens_run():
        diags.add("X003", f"section {marker.text} opens its numbering (numbers 1 to {n - 1} skipped)", line)
        return True
    return False


#: The kinds of marker whose numbering may open past one (an excerpt, 节选: 七、 / 八、), where the next marker of
#: the kind goes on from it. Not articles: a 修改决定 quotes an article (第十九条　…) under each of its items.
RUN_KINDS = frozenset({"cn", "cnp", "ar", "arp"})
#: The highest number such a numbering opens at.
MAX_OPENING_NUMBER = 30
#: Blocks looked through for the next marker of a kind, at most.
MAX_RUN_LOOKAHEAD = 200
#: Blocks a box's list opens under its title, at most (a subtitle, a line of text above it).
MAX_BOX_LEAD = 3


def _has_prose(text: str | None) -> bool:
    """Whether ``text`` holds a sentence's mark (``产业升级工程。建设示范园区10个。``), as a heading alone
    (``三、保障措施``) does not."""
    return text is not None and not PROSE_MARKS.isdisjoint(text)


def _leaves_box(marker: Marker, box_prose: bool | None, siblings: list[Section]) -> bool:
    """Whether ``marker``, which goes on both a box's list and the text's numbering (the box lists 一、 二、 under
    the text's 二、, and 三、 follows), is the text's: it reads as the text's last section of its kind does (a
    heading alone, or a heading with its text) and not as the box's last item does."""
    last = next((s for s in reversed(siblings) if s.marker_kind == marker.kind), None)
    if last is None or box_prose is None:
        return False
    texts = last.title is None or bool(last.paragraphs and last.paragraphs[0].span == last.heading_span)
    prose = _has_prose(marker.rest)
    return prose == texts and prose != box_prose


#: Articles a lost page may leave out at most, where the next is set apart from its text.
MAX_ARTICLE_GAP = 30
#: An article's number set apart from its text by a space: ``第二十三条　对境外人员…``.
SPACED_ARTICLE = rx.lazy_pattern(rf"^[\s#*>]*第(?:{rx.CN}|\d){{1,8}}条[ \u3000\t]+\S")


#: The call that closes a report or a speech after its last section, with the address before it or not:
#: ``各位代表！…让我们…而努力奋斗！`` · ``让我们…共同奋斗！``.
_ADDRESSED = "(?:各位代表|各位委员|同志们|朋友们)"
CLOSING_CALL = rx.lazy_pattern(rf"^(?:{_ADDRESSED}[！!，,]|让我们)[^\n]{{0,400}}[！!。]$")
#: That address alone on its line above the call: ``各位代表！``.
CALL_ADDRESS = rx.lazy_pattern(rf"^{_ADDRESSED}[！!]$")


#: The heading of the section that a text's closing provisions belong in: ``七、附则`` · ``第五章　附则``.
CLOSING_PART = rx.lazy_pattern(r"^(?:\S{1,8}?[、.．\s]|第\S{1,4}[章节]|[（(]\S{1,3}[）)])\s*(?:附则|其他|其它)")


def closing_clauses(blocks: list[Block], lo: int, end: int) -> int:
    """Where the closing clauses (``regexes.CLOSING_CLAUSE``) right before ``blocks[end]`` start, or ``end`` for
    none: only in a text of sections (a block above opens with a marker), none of them its 附则 (``七、附则``),
    whose own provisions they are, and not right under a heading (``第三条（施行日期）``), whose text they are."""
    start = end
    while start > lo and not blocks[start - 1].table and rx.CLOSING_CLAUSE.match(blocks[start - 1].text):
        start -= 1
    if start in (end, lo):
        return end
    above = blocks[start - 1].text
    if rx.match_marker(above) and end_mark(above) not in "。；;！!？?":
        return end
    marked = [b.text for b in blocks[lo:start] if not b.table and rx.match_marker(b.text)]
    return start if marked and not any(CLOSING_PART.match(text) for text in marked) else end


def closing_call(text: str) -> bool:
    """Whether ``text`` is a report's or a speech's closing call (``CLOSING_CALL``, that calls with 让我们)."""
    return "让我们" in text and CLOSING_CALL.match(text) is not None


def _heads_text(blocks: list[Block], k: int, rank: float, clauses: dict[int, Marker]) -> bool:
    """Whether a one-sentence item heads what follows it at ``blocks[k]``: a paragraph, a table or items of a
    lower rank; one followed by its next sibling (or a higher section, or nothing) is a provision of its own."""
    if k >= len(blocks) or rx.CLOSING_FORMULA.match(blocks[k].text):
        return False  # (特此公告。 closes the document; it is no text under the item)
    if blocks[k].table:
        return True
    after = read_marker(blocks[k].text) or clauses.get(k)
    return after is None or after.rank > rank


#: A clause heading of a text numbered as standards are (GB/T 1.1): a number and a short title, with the space
#: between gone by now (``1 范围`` → ``1范围``); its subclauses are numbered ``1.1``, ``1.1.1``.
CLAUSE_HEADING = rx.lazy_pattern(r"^(?P<n>\d{1,2})(?P<title>\p{Han}{2,20})$")
MAX_CLAUSE_HEADING = 22


def _clause_headings(blocks: list[Block]) -> dict[int, Marker]:
    """Clause headings (``1范围``, ``2规范性引用文件``, ``3设置要求`` over ``3.1一般规定``) by block index: numbered
    one by one, and at least one of them with decimal subclauses (``3.1``) under it. Without subclauses
    nothing tells such a line from text (``5个工作日``)."""
    numbered = [(k, b.text) for k, b in enumerate(blocks) if not b.table and b.text[:1].isdecimal()]
    found = [(k, int(m.group("n")), m.group("title")) for k, text in numbered
             if len(text) <= MAX_CLAUSE_HEADING and (m := CLAUSE_HEADING.match(text))]
    if not found:
        return {}  # (most bodies: no clause heading, and their 1. items need no look)
    parents: set[int] = set()  # first numbers of the decimal markers: 3 for 3.1 and 3.2.1
    for _, text in numbered:
        if (mk := rx.match_marker(text)) is not None and mk.lastgroup == "dec":
            parents.add(int(regex.split(r"[.．]", mk.group("dec_n"))[0]))
    if not parents.intersection(n for _, n, _ in found):
        return {}
    out: dict[int, Marker] = {}
    last = 0
    for k, n, title in found:
        if n == last + 1 or (n in parents and n > last):
            out[k] = Marker(kind="dec", text=str(n), number=n, rank=rx.MARKER_RANK["dec"] - 0.1, rest=title)
            last = n
    return out


def parse_body(blocks: list[Block], diags: Diagnostics, *, resumed: bool = False) -> BodyResult:
    """Build the section tree of ``blocks``; ``resumed``: the text goes on from another issue (（接上期）), its
    numbering from where that left it."""
    result = BodyResult()
    clauses = _clause_headings(blocks)
    stack: list[_Open] = []

    def here() -> list[Paragraph]:
        """The paragraphs of the innermost open section, or the preamble."""
        return stack[-1].section.paragraphs if stack else result.preamble

    last_global: dict[str, int] = {}
    last_top: dict[str, int] = {}
    prior: Table | None = None
    last_end = 0  # last line of the last block read
    notes: str | None = None  # inside a 注： list: "" right after 注：, then the marker kind of its numbers
    box: dict[str, int] | None = None  # inside a 专栏: the last number of each kind of marker its list holds
    box_prose: dict[str, bool] = {}  # whether the box's last item of each kind held a sentence's mark
    box_head = 0  # the block of the 专栏's title
    cn_rank: float | None = None  # the rank of 一、 where it heads groups of articles, as judicial interpretations do
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.table:
            j = i
            while j < len(blocks) and blocks[j].table:
                j += 1
            table = build_table(blocks[i:j], diags, prior_header=prior.header if prior else None)
            prior = table
            _take_caption(table, blocks, i, here())
            (stack[-1].section.tables if stack else result.tables).append(table)
            last_end = blocks[j - 1].end
            box = None  # (a box a converter drew as a table ends with it)
            i = j
            continue
        if block.text[:2] in ("目录", "目 ") and (j := contents_end(blocks, i)) > i:
            # A law's or regulation's own contents (目录 / 第一章 总则 / 第二章 …): text, not empty chapters
            here().extend(paragraph(b) for b in blocks[i:j])
            last_end = blocks[j - 1].end
            i = j
            continue
        marker = read_marker(block.text) or clauses.get(i)
        if marker is None and rx.is_box_head(block.text):
            box, box_head, box_prose = {}, i, {}  # 专栏1　某某重点工程: a box beside a plan's text, its own list in it
        if block.text[:1] == "注" and rx.NOTE_HEAD.match(block.text):
            notes = ""  # 注： opens a list of notes (under a table): its numbers are no sections
        elif notes is not None and marker is not None and marker.kind in NOTE_KINDS and notes in ("", marker.kind):
            notes, marker = marker.kind, None
        elif notes and marker is None and not ends_sentence(blocks[i - 1].text):
            pass  # the rest of a note a page break cut (8.…按照《大型医用 / 设备配置…》进行统计。): the list goes on
        else:
            notes = None
        if marker is not None and marker.kind == "ar" and (nested := _list_depth(block)):
            marker.rank += NESTED_RANK * nested  # a list nested in a list, as pandoc writes Word's numbering
        if marker is not None and marker.kind == "cn":
            if cn_rank is None and _heads_articles(blocks, i, marker):
                cn_rank = rx.MARKER_RANK["jie"] + 0.5  # 一、一般规定 / 第一条 …: parts that group articles
            if cn_rank is not None:
                marker.rank = cn_rank
        if marker is not None:
            depth = len(stack)
            while depth and stack[depth - 1].rank >= marker.rank:
                depth -= 1
            siblings = stack[depth - 1].section.sections if depth else result.sections
            last_sibling = stack[depth - 1].last if depth else last_top
            if box is not None and not box and i - box_head > MAX_BOX_LEAD:
                box = None  # (no list right under the box's title: what is numbered further down is the text's)
            if box is not None:
                text_goes_on = marker.number is not None and last_sibling.get(marker.kind, 0) + 1 == marker.number > 1
                if marker.number is not None and box.get(marker.kind, 0) + 1 == marker.number and not (
                        text_goes_on and _leaves_box(marker, box_prose.get(marker.kind), siblings)):
                    box[marker.kind] = marker.number  # the box's list goes on: its items are its text
                    box_prose[marker.kind] = _has_prose(marker.rest)
                elif text_goes_on \
                        or marker.rank < min((rx.MARKER_RANK.get(k, marker.rank) for k in box), default=marker.rank):
                    box = None  # the text's own numbering goes on (2. after the box under 1.), or a larger part
                if box is not None:
                    here().append(paragraph(block))
                    last_end = block.end
                    i += 1
                    continue
            if _accept(marker, last_sibling, last_global, diags, block, partial(_run_goes_on, blocks, i, marker),
                       resumed):
                _close(stack[depth:], last_end)
                del stack[depth:]
                in_article = bool(depth) and stack[depth - 1].section.marker_kind == "tiao"
                title, first = split_title(block, marker, in_article=in_article)
                if title is not None and first is None and end_mark(marker.rest) == "。" and not block.heading \
                        and not _heads_text(blocks, i + 1, marker.rank, clauses):
                    title, first = None, marker.rest  # 二、本公告自2020年1月1日起施行。: a provision, no heading
                last = block
                if title is None and first is None and marker.kind in HEADING_KINDS and i + 1 < len(blocks) \
                        and _title_under(blocks[i + 1], block):
                    title, last = blocks[i + 1].text, blocks[i + 1]  # 第一章 / 总　　则: the title under the marker
                    i += 1
                heading_span = Span(start_line=block.start, end_line=last.end)  # (spans are frozen: shared)
                section = Section(
                    marker=marker.text, marker_kind=marker.kind, level=depth + 1, number=marker.number,
                    title=title, paragraphs=[], sections=[], heading_span=heading_span, span=heading_span,
                    page=block.page,
                )
                if first:
                    section.paragraphs.append(Paragraph(text=first, span=section.heading_span))
                siblings.append(section)
                stack.append(_Open(section, marker.rank))
                last_global[marker.kind] = last_sibling[marker.kind] = marker.number or 0
                last_end = last.end
                i += 1
                continue
        here().append(paragraph(block))
        last_end = block.end
        i += 1
    _close(stack, last_end)
    return result


def _run_goes_on(blocks: list[Block], i: int, marker: Marker) -> bool:
    """Whether the next marker of ``marker``'s kind after block ``i``, before one of a larger part, numbers one
    more than it (within ``MAX_RUN_LOOKAHEAD`` blocks)."""
    for block in blocks[i + 1:i + 1 + MAX_RUN_LOOKAHEAD]:
        if block.table or (m := read_marker(block.text)) is None:
            continue
        if m.kind == marker.kind:
            return m.number is not None and marker.number is not None and m.number == marker.number + 1
        if m.rank < marker.rank:
            return False
    return False


#: Markers of parts of a text (编, 部分, 章, 节) whose title may stand on the line under them.
HEADING_KINDS = frozenset({"bian", "part", "pian", "zhang", "jie"})
#: A title on the line under its marker is at most this long.
MAX_TITLE_UNDER = 20


def _title_under(below: Block, marker_block: Block) -> bool:
    """Whether ``below`` is the title of the marker standing alone in ``marker_block`` (第一章 / 总　　则): a short
    heading of its own, no marker, no sentence, on the next line."""
    return (not below.table and len(below.text) <= MAX_TITLE_UNDER and below.start - marker_block.end <= 2
            and is_heading_title(below.text) and end_mark(below.text) not in "。：:"
            and read_marker(below.text) is None)


#: An item of a markdown ordered list nested in another, indented four spaces a level (pandoc writes Word's
#: automatic numbering so, 1. at every level, whatever the numbers Word showed: 一、, （一）, 1.).
LIST_ITEM = rx.lazy_pattern(r"^(?P<indent>(?: {4})+)\d{1,3}\.(?: {2,}|\t)\S")
#: How much a nesting level adds to an item's rank (less than the step to the next kind of marker).
NESTED_RANK = 0.1
#: Nesting levels read, at most.
MAX_LIST_DEPTH = 4


def _list_depth(block: Block) -> int:
    """How deep a markdown list item is nested (0: not nested, or not such an item)."""
    raw = block.lines[0].raw
    if raw[:4] != "    " or (m := LIST_ITEM.match(raw)) is None:
        return 0
    return min(len(m.group("indent")) // 4, MAX_LIST_DEPTH)


def _heads_articles(blocks: list[Block], i: int, marker: Marker) -> bool:
    """Whether the heading ``一、一般规定`` at ``blocks[i]`` opens a group of articles: the next block is 第一条 (or
    the next article), as judicial interpretations and some rules group their articles."""
    if not (blocks[i].heading or is_heading_title(marker.rest)) or end_mark(marker.rest) == "。" \
            or i + 1 >= len(blocks) or blocks[i + 1].table:
        return False
    after = read_marker(blocks[i + 1].text)
    return after is not None and after.kind == "tiao"


#: Marker kinds the contents of a law, a regulation or a long plan list.
CONTENTS_KINDS = ("bian", "part", "pian", "zhang", "jie", "cn")



def contents_end(blocks: list[Block], i: int) -> int:
    """Index after the contents list that opens at ``blocks[i]`` (目录 followed by chapter headings that come
    again below it: 第一章 总则 … 第七章 附则, then 第一章 总则 itself, or the text's title printed again over it),
    or ``i`` when there is none."""
    if not rx.TOC_HEADING.match(blocks[i].text):
        return i
    j = i + 1
    first: Marker | None = None
    while j < len(blocks) and not blocks[j].table:
        m = read_marker(blocks[j].text)
        if m is None and first is not None and j + 1 < len(blocks) and is_heading_title(blocks[j].text) \
                and (again := read_marker(blocks[j + 1].text)) is not None \
                and (again.kind, again.number) == (first.kind, first.number):
            return j + 1  # the title printed again over the text (目录 / … / 某某规划 / 第一章 发展基础)
        # (its heading without the page number and leader dots a contents line may end in: 总则……1)
        rest = m.rest.rstrip("0123456789").rstrip(rx.LEADER_CHARS) if m is not None else ""
        if m is None or m.kind not in CONTENTS_KINDS or not is_heading_title(rest or "-"):
            break
        if first is None:
            first = m
        elif m.kind == first.kind and m.number == first.number:
            return j  # the first listed heading again: the text itself begins
        j += 1
    return i


#: A table's caption: ``表1 各区完成情况`` · ``附表2：…`` · a short line with no sentence punctuation
#: (``查验区界址点坐标``); it stands right above the table.
TABLE_CAPTION = rx.lazy_pattern(
    r"^(?:(?:附|续)?表\s*[\d一二三四五六七八九十]{1,3}(?:[-－.．]\d{1,2})?(?:[\s:：、.．]|(?=\p{Han}))\S.{0,60}"
    r"|[^。；;，,：:！？!?]{2,40})$")
#: The unit of a table's figures, printed under its caption: ``单位：万元`` · ``（单位：亿元）``.
TABLE_UNIT = rx.lazy_pattern(r"^[（(]?\s*(?:金额|计量)?单位\s*[:：]\s*[^。]{1,20}[）)]?$")


def _take_caption(table: Table, blocks: list[Block], i: int, paragraphs: list[Paragraph]) -> None:
    """Move the caption (and a unit line under it) printed right above the table at ``blocks[i]`` from the
    paragraphs read so far to the table (none where the table holds its caption in its first row)."""
    if table.caption is not None:
        return
    k = i
    if k and paragraphs and paragraphs[-1].span.end_line == blocks[k - 1].end and TABLE_UNIT.match(blocks[k - 1].text):
        k -= 1
    taken = i - k
    if k and len(paragraphs) > taken and paragraphs[-1 - taken].span.end_line == blocks[k - 1].end \
            and TABLE_CAPTION.match(blocks[k - 1].text):
        k -= 1
    elif taken:
        k = i  # a unit line alone is no caption: left as text
    if k == i:
        return
    caption = blocks[k:i]
    del paragraphs[len(paragraphs) - len(caption):]
    table.caption = " ".join(b.text for b in caption)
    table.caption_span = span_of(caption)


def _close(items: list[_Open], end: int) -> None:
    """Set the span of sections that end at line ``end`` (an open section takes in every block read while it
    is open, so it ends where the last block read ends)."""
    for item in items:
        if item.section.span.end_line != end:
            item.section.span = Span(start_line=item.section.span.start_line, end_line=end)


def _norm_row(cells: list[str]) -> tuple[str, ...]:
    return tuple("".join(c.split()) for c in cells if c.strip())


def looks_like_header(cells: list[str]) -> bool:
    """A row of column names: short cells, none of them a number (``序号 改革举措 主要内容``)."""
    filled = [c for c in cells if c.strip()]
    return len(filled) >= 2 and all(len(c) <= 30 and not any(ch.isdigit() for ch in c) for c in filled)


def two_row_header(upper: list[str], lower: list[str]) -> list[str] | None:
    """A header of two rows, a cell of the upper spanning columns over the names under it (投资（亿元） over 总投资 |
    年度计划), the others spanning both rows (a converter repeats a spanning cell in each column and row it covers,
    or leaves the covered ones empty): one name a column, the upper and the lower joined by ``/``
    (投资（亿元）/总投资); None where the rows are no such header."""
    if len(upper) != len(lower) or not looks_like_header(upper) or not looks_like_header(lower):
        return None
    if not any(a.strip() and a == b for a, b in itertools.pairwise(upper)):
        upper = list(upper)  # (a markdown table leaves the cells a spanning cell covers empty)
        for c in range(1, len(upper)):
            if not upper[c].strip() and upper[c - 1].strip() and lower[c].strip():
                upper[c] = upper[c - 1]
    spanned = {c for c in range(len(upper) - 1) if upper[c].strip() and upper[c] == upper[c + 1]}
    spanned |= {c + 1 for c in spanned}
    if not any(lower[c].strip() and lower[c] != upper[c] for c in spanned):
        return None
    if any(c not in spanned and lower[c].strip() and upper[c].strip() and lower[c] != upper[c]
           for c in range(len(upper))):
        return None  # (a name under a cell that spans no columns: the lower row is data, or a header of its own)
    # (a name that spans both rows stands in the upper, or, centred on them as pdftotext lays it out, the lower)
    return [f"{u}/{low}" if c in spanned and low.strip() and low != u else (u if u.strip() else low)
            for c, (u, low) in enumerate(zip(upper, lower, strict=True))]


def _row_number(cells: list[str]) -> int | None:
    """The number a row opens with in its first cell (``1``, ``2.``, ``（3）``), or None."""
    first = next((c.strip() for c in cells if c.strip()), "")
    digits = first.strip("（）().．、")
    return int(digits) if digits.isdecimal() and len(digits) <= 4 and len(first) <= len(digits) + 2 else None


def build_table(rows: list[Block], diags: Diagnostics, *, prior_header: list[str] | None = None) -> Table:
    """A table from consecutive row blocks; header rows repeated at page breaks are dropped.

    A group of rows that a heading split off an earlier table (one with the same header) carries that
    header again instead of taking its first data row for one.
    """
    numbered = [row for block in rows for row in _block_rows(block)]
    caption = None
    if len(numbered) > 1 and _caption_row(numbered[0][0]) and looks_like_header(numbered[1][0]):
        caption, numbered = numbered[0], numbered[1:]  # the table's title in a row across it, over the header
    first = numbered[0][0]
    if prior_header is not None and not looks_like_header(first):
        header, body = list(prior_header), numbered
        keys = {_norm_row(header)}
    elif len(numbered) > 1 and (two := two_row_header(first, numbered[1][0])) is not None:
        header, body = two, numbered[2:]  # (each of its rows repeats at a page break)
        keys = {_norm_row(first), _norm_row(numbered[1][0]), _norm_row(header)}
    elif len(numbered) > 1 and _row_number(first) == 1 and _row_number(numbered[1][0]) == 2:
        header, body, keys = [], numbered, set()  # rows numbered from the first: no header (a converter lost it)
    else:
        header, body = list(first), numbered[1:]
        keys = {_norm_row(header)}
    if caption is not None:
        keys.add(_norm_row(caption[0]))  # (repeated at a page break with the header under it)
    data: list[list[str]] = []
    spans: list[Span] = []
    completed = 0
    for row, line, end in body:
        if _norm_row(row) in keys:
            diags.add("X004", "repeated table header dropped", line)
            continue
        cells = list(row)
        if data and len(cells) < len(header) and _lost_leading_cells(cells, data[-1], len(header)):
            missing = len(header) - len(cells)
            cells = data[-1][:missing] + cells
            completed += 1
        data.append(cells)
        spans.append(Span(start_line=line, end_line=end))
    table = Table(header=header, rows=data, row_spans=spans, completed_rows=completed, span=span_of(rows))
    if caption is not None:
        table.caption, table.caption_span = caption[0][0].strip(), Span(start_line=caption[1], end_line=caption[2])
    return table


def _caption_row(cells: list[str]) -> bool:
    """A row of one cell across the table: its text in the first cell, the others repeating it or empty."""
    head = cells[0].strip() if cells else ""
    return len(cells) >= 2 and bool(head) and all(c == cells[0] or not c.strip() for c in cells[1:])


def _block_rows(block: Block) -> list[tuple[list[str], int, int]]:
    """(cells, first line, last line) of each row of a table block: its first line holds one row or several
    (an HTML table on one line); the lines after it carry the last of them on (cells wrapped in their columns,
    an HTML row over several lines)."""
    first = block.lines[0]
    rows = [list(r) for r in first.rows] or [list(first.cells)]
    for line in block.lines[1:]:
        rows[-1] = _carry_on(rows[-1], list(line.cells))
    return [(r, first.no, first.no) for r in rows[:-1]] + [(rows[-1], first.no, block.end)]


def _carry_on(row: list[str], more: list[str]) -> list[str]:
    """``row`` with each cell followed by the text ``more`` has in its column."""
    return [join_wrapped(a, b) if b else a for a, b in itertools.zip_longest(row, more, fillvalue="")]


def _shape(cell: str) -> str:
    """A coarse kind of cell: its numbering marker, a number, or text."""
    m = read_marker(cell)
    if m is not None:
        return m.kind
    return "number" if cell.replace(".", "", 1).isdecimal() else "text"


def _lost_leading_cells(cells: list[str], above: list[str], width: int) -> bool:
    """A short row whose first cells a row span took (the converter kept them only in the row above):
    its first cell looks like the cell of the row above that many columns in, not like that row's first cell.
    ``2.下转患者人次数…`` under ``一、医疗质量 | （一）功能定位 | 1.门诊人次数…`` lost two cells; ``2 | 14829.000``
    under ``1 | 15172.500`` lost a trailing one."""
    missing = width - len(cells)
    if not cells or missing >= len(above) or not cells[0]:
        return False
    first = _shape(cells[0])
    return first != _shape(above[0]) and first == _shape(above[missing])


#: A line of a list of names is at most this long (several names side by side, a gap apart, are split).
MAX_LIST_LINE = 80
#: A person's name in a list: two to four letters, maybe a note after it (``王五（女）``, ``李四（回族）``).
LISTED_NAME = rx.lazy_pattern(r"^\p{Han}{2,4}(?:[（(][^（）()]{1,8}[）)])?$")
#: The commonest surnames (some 250; the first hundred alone name about 85 people in a hundred): a name in a list
#: opens with one, as a table's header words (序号　工作任务　责任单位) do not.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
    "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇"
    "栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
#: An organ's or a unit's name in a list, at most this long.
MAX_LISTED_ORGAN = 30


def _person(word: str) -> bool:
    """Whether a word of a list is a person's name (``LISTED_NAME`` after a common surname)."""
    return word[:1] in SURNAMES and LISTED_NAME.match(word) is not None


def list_entries(text: str) -> list[str]:
    """The entries of a line of a list of names: each of several units, or of several people, a gap apart
    (``某某市应急管理局　某某市消防救援支队``, ``张三　李四　王五``), and each person with the unit after it where names
    and units alternate (``张三　某某局　　李四　某某厅``); else the line as one entry (``张三　某某厅``)."""
    parts = text.split(" ")
    if len(parts) < 2 or not all(parts):
        return [text]
    organs = [3 <= len(p) <= MAX_LISTED_ORGAN and rx.ORGAN_SUFFIX.search(p) is not None for p in parts]
    people = [_person(p) and not organ for p, organ in zip(parts, organs, strict=True)]
    if all(organs) or all(people):
        return parts
    if len(parts) >= 4 and len(parts) % 2 == 0 and all(people[::2]) and all(organs[1::2]):
        return [f"{name} {unit}" for name, unit in zip(parts[::2], parts[1::2], strict=True)]
    return [text]


#: Marks that no line of a list of names holds.
NOT_IN_LIST = frozenset("。；;：:，,")
#: How the name of a unit below an organ ends (省人力社保厅政策法规处, 某某县某某镇文化站).
UNIT_SUFFIX = ("处", "科", "站", "所", "校", "队", "馆", "社", "组", "部", "室")


def _named(entry: str) -> bool:
    """Whether an entry of a list names a unit or a person (with their unit after them, or their post)."""
    parts = entry.split(" ")
    return _person(parts[0]) or rx.ORGAN_SUFFIX.search(parts[-1]) is not None or parts[-1].endswith(UNIT_SUFFIX)


def list_sections(sections: list[Section]) -> None:
    """In an attachment, a section with no subsections or tables whose paragraphs are a list of names (short
    lines with no sentence in them, split as ``list_entries`` does; two entries or more, most of them units or
    people) holds them as its items instead (一、先进集体 / 某某市应急管理局　某某市消防救援支队 / …)."""
    for section in sections:
        if section.sections:
            list_sections(section.sections)
            continue
        if section.tables or not section.paragraphs or any(
                len(p.text) > MAX_LIST_LINE or not NOT_IN_LIST.isdisjoint(p.text) for p in section.paragraphs):
            continue
        items = [Item(number=None, text=entry, span=p.span)
                 for p in section.paragraphs for entry in list_entries(p.text)]
        if len(items) >= 2 and 2 * sum(1 for item in items if _named(item.text)) >= len(items):
            section.items, section.paragraphs = items, []


def as_items(blocks: list[Block]) -> list[Item] | None:
    """The blocks as a list of names or numbered items, or None when they are not one.

    A list is either short unnumbered lines with no sentence end (names; a line of several, a gap apart, is split
    into them: ``list_entries``), or entries that all carry the same marker kind, numbered 1, 2, 3 … with one
    paragraph each.
    """
    if not blocks or any(b.table for b in blocks):
        return None
    markers = [read_marker(b.text) for b in blocks]
    if all(m is None for m in markers):
        if all(len(b.text) <= MAX_LIST_LINE and not any(c in b.text for c in "。；;：:") for b in blocks):
            return [Item(number=None, text=entry, span=Span(start_line=b.start, end_line=b.end))
                    for b in blocks for entry in list_entries(b.text)]
        return None
    if any(m is None for m in markers) or len(blocks) < 3:
        return None
    kinds = {m.kind for m in markers if m}
    numbers = [m.number for m in markers if m]
    if len(kinds) != 1 or numbers != list(range(1, len(numbers) + 1)):
        return None
    return [Item(number=m.number, text=m.rest, span=Span(start_line=b.start, end_line=b.end))
            for m, b in zip(markers, blocks, strict=True) if m]
