"""Stage 5: re-flow content lines into blocks — paragraphs, headings, single special lines, table rows.

Guarantees afterwards: every content line belongs to exactly one block; a block's lines are in input
order; a paragraph that a page break or a hard wrap split is one block again (``全面完成`` +
``林业审批制度…``). Lines that must stand alone (文号, dates, 附件 labels, markdown headings, numbered
markers, table rows) always start a block of their own.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from . import regexes as rx
from .diagnostics import Diagnostics
from .docnumber import parse_doc_number
from .normalize import HAN_WORDS, UNIT_END, Line, LineKind, clean_text
from .numerals import CN_NUMERAL_CHARS

#: Characters that may end a paragraph.
TERMINAL = frozenset("。！？；：!?;:")
#: What a half-width ``.`` that ends no sentence follows: a digit (a decimal cut), or another stop (a leader).
NOT_BEFORE_STOP = frozenset("0123456789.")
LATIN_EDGE = rx.lazy_pattern(r"[A-Za-z0-9]")
#: In one-paragraph-per-line text, a line shorter than this is a title or a name, never a broken paragraph.
MIN_BROKEN_CHARS = 20
#: A line this long that enumerates (、) is prose too: ``协助…处理工业和信息化、综合交通运输、安全生``.
LONG_ENUMERATION = 30


def end_mark(text: str) -> str:
    """The mark ``text`` ends in (empty for no text), a half-width full stop (OCR's, or a converter's) as ``。``:
    one after anything but a digit or another stop (增长1.2%. ends; 增长1. / 2% is a number a wrap cut)."""
    last = text[-1:]
    return "。" if last == "." and text[-2:-1] not in NOT_BEFORE_STOP else last


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence or a clause: with a mark of ``TERMINAL`` (see ``end_mark``)."""
    return end_mark(text) in TERMINAL


@dataclass(slots=True)
class Block:
    """Consecutive input lines that form one unit of text."""

    text: str
    lines: list[Line] = field(default_factory=list)
    heading: int = 0
    table: bool = False

    @property
    def start(self) -> int:
        """First line number."""
        return self.lines[0].no

    @property
    def end(self) -> int:
        """Last line number."""
        return self.lines[-1].no

    @property
    def page(self) -> int | None:
        """Printed page of the first line."""
        return self.lines[0].page

    @property
    def cells(self) -> Sequence[str]:
        """Cells of a table row."""
        return self.lines[0].cells


#: What two forms of one title may differ in: spaces, punctuation, symbols.
NORMALIZE_TITLE = rx.lazy_pattern(r"[\s\p{P}\p{S}]+")


def title_key(text: str) -> str:
    """A title with spaces, punctuation and symbols removed, for comparing titles across forms."""
    return str(NORMALIZE_TITLE.sub("", text))


def display_width(s: str) -> int:
    """Terminal columns of ``s``: 2 for wide (CJK) characters, 1 otherwise.

    Counted from the UTF-8 length: a character of three or four bytes (Han, full-width punctuation) is wide,
    one of one byte is narrow; two-byte characters (Latin accents, ·) count one and a half, which is close
    enough for telling wrap widths apart and ten times faster than asking ``unicodedata`` per character.
    """
    n = len(s)
    if s.isascii():
        return n
    return n + (len(s.encode("utf-8", "surrogatepass")) - n) // 2


#: A line of issuers is at most this long.
MAX_ISSUER_LINE = 40
#: Punctuation no line of issuers holds.
SENTENCE_MARKS = frozenset("。，,；;：:")


def is_issuer_line(text: str) -> bool:
    """A line that names only the issuing organ(s): ``浙江省人民政府办公厅`` (maybe with where the seal goes,
    ``某某省人民政府（印章）``)."""
    text = without_seal(text)
    return (len(text) <= MAX_ISSUER_LINE and "关于" not in text and SENTENCE_MARKS.isdisjoint(text)
            and bool(rx.ORGAN_SUFFIX.search(text.split()[-1] if text.split() else text)))


def without_seal(text: str) -> str:
    """``text`` without the mark of where the seal goes after it (``某某省人民政府（印章）``)."""
    return rx.SEAL_AFTER.sub("", text) if text[-1:] in SEAL_ENDS else text


#: The characters a seal's mark after a name ends in (see ``regexes.SEAL_MARK``).
SEAL_ENDS = frozenset("）)]】］")
#: A 主送机关 block is at most this long.
ADDRESSEE_MAX = 400
#: A parenthesis at the end of a name: ``成员单位办公厅（室）``.
TRAILING_PAREN = rx.lazy_pattern(r"\s*[（(][^（）()]{0,20}[）)]\s*$")


def is_addressee(block: Block) -> bool:
    """A 主送机关 block: organ names ending in a colon, no sentence; or the deputies or members a reply to their
    proposal addresses (``张某某代表：``)."""
    t = block.text
    if t.endswith(("代表：", "委员：", "代表:", "委员:")) and not block.table and rx.PERSON_ADDRESSEE.match(t):
        return True
    return (not block.table and t[-1] in "：:" and len(t) <= ADDRESSEE_MAX and "。" not in t
            and "如下" not in t and rx.match_marker(t) is None and not t.startswith(("附件", "为", "根据"))
            and bool(rx.ADDRESSEE_HINT.search(t)) and rx.DATE_ANY.search(t) is None
            and bool(rx.ADDRESSEE_END.search(TRAILING_PAREN.sub("", t[:-1]))))


def line_width(line: Line) -> int:
    """Display columns a line takes on its page: its raw text, or its cleaned text where markup (an HTML ``<p>``)
    takes room the page never showed."""
    return display_width(line.text if "<" in line.raw else line.raw.strip())


def reaches_wrap(line: Line, wrap: int | None) -> bool:
    """Whether ``line`` runs to the width hard-wrapped text is wrapped at (``wrap``; None for text that is not),
    so that the wrap may have cut what it prints."""
    return wrap is not None and line_width(line) >= wrap * AT_WRAP


#: A line this share of the wrap width wide, or wider, reaches the wrap.
AT_WRAP = 0.9


#: A wrap told without runs of lines is at least this wide (lists of short names, each a paragraph, are not),
#: from at least this many lines that reach it (a short document is read one paragraph a line).
MIN_PASTED_WRAP = 40
MIN_PASTED_LINES = 12
#: A narrower wrap, told by the prose its lines hold: this share of the lines that reach it at least.
MIN_PASTED_COLUMN = 28
PROSE_SHARE = 0.25
#: A short text is told pasted from this many lines that reach its wrap, half of them prose.
MIN_PROSE_LINES = 6
#: What tells a line of prose: a comma or a stop inside it.
PROSE_MARKS = frozenset("，,。；;")


def _holds_prose(text: str) -> bool:
    """Whether a line holds a comma or a stop before its last letter."""
    return any(c in PROSE_MARKS for c in text[:-1])


def detect_wrap(lines: list[Line], *, min_pasted: int = MIN_PASTED_WRAP) -> tuple[int | None, bool]:
    """The width hard-wrapped text is wrapped at (None for one paragraph a line), and whether a blank line stands
    between every two of its lines, so that blank lines tell nothing; such text is told only at a wrap of
    ``min_pasted`` columns or more.

    Hard-wrapped text has most of its lines at about the same width, and runs of non-blank lines; HTML that wraps
    its source inside paragraphs (Word's) has none: its ``<p>``s tell its paragraphs, not widths.
    """
    if any(ln.continues_text for ln in lines):
        return None, False
    widths = sorted(line_width(ln) for ln in lines if ln.kind is LineKind.TEXT)
    widths = [w for w in widths if w >= 20]
    if len(widths) < 8:
        return None, False
    wrap = widths[int(len(widths) * 0.8)]
    if wrap > 200:
        return None, False
    near = sum(1 for w in widths if wrap * 0.85 <= w <= wrap * 1.05)
    runs = sum(1 for a, b in itertools.pairwise(lines)
               if a.kind is LineKind.TEXT and b.kind is LineKind.TEXT)
    if near >= 0.3 * len(widths) and runs >= 0.3 * len(widths):
        return wrap, False
    # A PDF pasted one line a paragraph (a blank line between every two): no runs, but most lines stop at one
    # width, hardly any runs past it, and most of those that reach it stop in the middle of a sentence.
    # A narrower wrap (a gazette's column, 16 letters wide) is told so only where a quarter of those lines at least
    # hold prose (a comma or a stop inside), as lines of names or titles do not; fewer such lines than twelve tell
    # it where half of them hold prose (a short document).
    if wrap >= min(min_pasted, MIN_PASTED_COLUMN) and near >= 0.5 * len(widths) \
            and widths[int(len(widths) * 0.97)] <= wrap * 1.05:
        full = [ln for ln in lines if ln.kind is LineKind.TEXT and line_width(ln) >= wrap * 0.85]
        prose = sum(1 for ln in full if _holds_prose(ln.text))
        if (len(full) >= MIN_PASTED_LINES or (len(full) >= MIN_PROSE_LINES and prose >= 0.5 * len(full))) \
                and sum(1 for ln in full if not ends_sentence(ln.text)) >= 0.6 * len(full) \
                and (wrap >= min_pasted or prose >= PROSE_SHARE * len(full)):
            return wrap, True
    return None, False


#: No standalone line but an 附件说明 is longer than this.
MAX_STANDALONE = 70


#: Characters without one of which a line is no 文号: 号, or the bracket that closes the year.
DOC_NUMBER_CHARS = frozenset("号〕］]）)】﹞〉>}〗｝")


def stands_alone(text: str) -> bool:
    """A line that is a unit by itself and never joins a paragraph.

    Each pattern is tried only when the characters it needs are there: this runs for every line.
    """
    if not text:
        return False
    first, last = text[0], text[-1]
    if first == "附":
        return bool(rx.ATTACHMENT_LABEL.match(text) or rx.ATTACHMENT_NOTE.match(text))
    if text[1:2] == "附" and first in "【[［":  # a web page's label: 【附件1】, alone or before its title
        return bool(rx.ATTACHMENT_LABEL.match(text) or rx.BRACKETED_LABEL_TITLE.match(text))
    if len(text) > MAX_STANDALONE:
        return False
    return bool(
        (last in rx.DATE_ENDS and rx.is_date_line(text))
        or (first in "（(" and last in "）)" and rx.NOTE_LINE.match(text))
        or (last == "件" and rx.RED_HEADER.match(text))
        or (first in "【[［〖" and rx.TOC_CATEGORY.match(text))
        or (("：" in text[2:7] or ":" in text[2:7]) and rx.PAGE_METADATA.match(text))  # 发文字号：国办发〔2019〕5号
        or (not DOC_NUMBER_CHARS.isdisjoint(text) and (rx.DOC_NUMBER_LINE.match(text)
                                                       or rx.YEAR_FIRST_NUMBER.fullmatch(text)))
    )


def is_heading_like(text: str) -> bool:
    """A numbered heading such as ``一、总体要求``: a marker, a short title, no sentence end."""
    m = rx.match_marker(text)
    return m is not None and is_heading_title(text[m.end():])


def is_heading_title(rest: str) -> bool:
    """What follows a marker reads as a heading's title: short, no sentence end or comma before its end (a
    half-width ``.`` ends a sentence too, but not as a decimal point: ``增长6.5%左右``)."""
    return len(rest) <= 40 and not any(ch in TERMINAL or ch == "，" or ch == "," for ch in rest[:-1]) \
        and ("." not in rest or rx.FULL_STOP.search(rest, 0, len(rest) - 1) is None)


def ends_title(text: str) -> bool:
    """Text that ends the way a document title does (``…的通知``), with no sentence in it: no full stop, and no
    comma outside a quoted title (``根据…规定，经…批准，现将…事项公告`` / ``如下：`` is a sentence a wrap cut
    after a word that ends titles, not a title)."""
    return len(text) <= 80 and "。" not in text and bool(rx.KIND_SUFFIX.search(text) or (
        text[-1:] == "》" and rx.RELEASE_HEADLINE.match(text))) \
        and ("，" not in text or "，" not in rx.QUOTED_TITLE.sub("", text))


#: A line indented this far (or more) that holds no sentence is centred, not a paragraph's first line, whose
#: indent is two Han characters (four columns) or less.
CENTRED_INDENT = 6


def _note_after_sentence(text: str) -> bool:
    """Text that ends in a bracketed note after a full sentence (``…审批制度改革。（国务院办公厅牵头）``: the
    sentence is over, the note only names who is in charge), or that is one bracketed note (a title's dating
    line, ``（2020年3月5日…会议通过）``, wrapped over lines)."""
    if text[-1] not in "）)":
        return False
    k = max(text.rfind("（"), text.rfind("("))
    return (k > 0 and text[k - 1] in TERMINAL) or (k == 0 and text.count("（") + text.count("(") == 1)


#: Text longer than this is no title the TOC or an issuing sentence names (a bound on comparing keys).
MAX_TITLE_TEXT = 160
#: A document a sentence issues or forwards by its title: ``现将《某某方案》印发给你们`` · ``转发《…》``.
ISSUED_QUOTE = rx.lazy_pattern(
    r"《(?P<title>[^《》]{4,120})》(?=[^。；《》]{0,12}(?:印发|转发|发布|公布))|(?<=(?:印发|转发))《(?P<title>[^《》]{4,120})》")


def issued_titles(text: str) -> set[str]:
    """Keys of the titles the text issues or forwards in so many words (``现将《…》印发给你们``), looked for across
    line ends: a hard wrap may split the quotation."""
    if "印发" not in text and "转发" not in text and "公布" not in text and "发布" not in text:
        return set()
    flat = text.replace("\r", "").replace("\n", "")
    return {key for m in ISSUED_QUOTE.finditer(flat) if (key := title_key(m.group("title")))}


def announced_titles(lines: list[Line]) -> set[str]:
    """Keys of the attachment titles an 附件说明 announces (``附件：1.甲`` / ``2.乙``, or under ``附件：`` alone, or
    each with its label: ``附件1：甲`` / ``附件2：乙``), read from its lines before
    they are joined into blocks, so that an attachment's title that fills the line stays a block of its own (over a
    page break, ``2020年度…考核结果`` / ``—1—`` / ``优秀：甲市…``). An entry whose title goes on in the line under it
    (a hard wrap cut it) is kept both as cut and with that line."""
    keys: set[str] = set()
    title: str | None = None  # the entry read last, while the line under it may carry it on
    listing = False  # in an 附件说明, whose next entry may follow
    for line in lines:
        if line.kind is LineKind.BLANK:
            title = None
            continue
        text, is_text = line.text, line.kind is LineKind.TEXT
        note = rx.ATTACHMENT_NOTE.match(text) if is_text and text[:1] == "附" else None
        if note is None and is_text and text[:1] == "附" and rx.ATTACHMENT_NOTE_LABEL.match(text):
            title, listing = None, True  # 附件： alone, its entries under it
        elif note is not None:  # 附件：1.甲 (its first entry) · 附件：甲 (its only one)
            listing = True
            entry = rx.ATTACHMENT_NOTE_MORE.match(note.group("title")) if note.group("number") is None else None
            title = (entry or note).group("title").strip()
            keys.add(title_key(title))
        elif listing and is_text and (entry := rx.ATTACHMENT_NOTE_MORE.match(text)):  # 2.乙
            title = entry.group("title").strip()
            keys.add(title_key(title))
        elif title is not None and is_text and len(text) <= MAX_NOTE_TAIL and SENTENCE_MARKS.isdisjoint(text):
            keys.add(title_key(title + text))  # the entry's end, under it
            title = None
        else:
            title, listing = None, False
    keys.discard("")
    return keys


#: The end of an 附件说明's entry a hard wrap cut onto the next line is at most this long.
MAX_NOTE_TAIL = 30
#: Characters of a title's first line that tell it opens a known title.
MIN_TITLE_OPENING = 8
#: Titles whose openings are looked for (a bound on the openings kept).
MAX_OPENED_TITLES = 500
#: What a title may end in besides a letter: a closing bracket or quote (…方案（2020—2022年）).
TITLE_CLOSERS = frozenset("）)》」』”\"’'")


class _Titles:
    """Keys of known titles, and their first two and last characters: most lines are told apart by those
    without computing their key (each costs a regex substitution); a text asked about twice (a line, then the
    block it opens) is looked at once."""

    __slots__ = ("heads", "keys", "openings", "seen", "tails")

    def __init__(self, keys: frozenset[str], whole: frozenset[str] = frozenset()) -> None:
        """``whole``: titles known only as a whole, whose openings are not looked for (an attachment's title, whose
        first words the text may well say in a sentence a wrap cuts there)."""
        self.keys = keys | whole
        self.heads = frozenset(k[:2] for k in self.keys)
        self.tails = frozenset(k[-1] for k in self.keys)
        # Every proper opening of every title (for a TOC of a real issue's size; a hostile one goes without).
        self.openings = frozenset(k[:n] for k in keys for n in range(MIN_TITLE_OPENING, len(k))) \
            if len(keys) <= MAX_OPENED_TITLES else frozenset()
        self.seen: dict[str, bool] = {}

    def opens(self, text: str) -> bool:
        """Whether ``text`` is the first line of one of the titles, printed over more lines (its key starts the
        title's key and is at least ``MIN_TITLE_OPENING`` characters)."""
        if not self.openings or len(text) > MAX_TITLE_TEXT or (text[:2].isalnum() and text[:2] not in self.heads):
            return False  # (a key starts with the text's first two letters; 《 and “ are no letters)
        return title_key(text) in self.openings

    def holds(self, text: str) -> bool:
        """Whether ``text`` spells one of the titles (a sentence, ending in 。 or ：, spells none)."""
        if not self.keys or len(text) > MAX_TITLE_TEXT:
            return False
        head, last = text[:2], text[-1]
        if (head.isalnum() and head not in self.heads) or (last not in self.tails and last not in TITLE_CLOSERS):
            return False  # (a key starts and ends with the text's first and last letters; a title ends in one)
        found = self.seen.get(text)
        if found is None:
            found = self.seen[text] = title_key(text) in self.keys
        return found


def _joins(prev: Line, line: Line, block_text: str, wrap: int | None, titles: _Titles, *, apart: bool = False,
           paged: bool = False, first: Line | None = None) -> bool:
    """Whether ``line`` continues the paragraph whose last line is ``prev``; ``titles`` are the keys of the
    titles the TOC lists or a sentence issues: a line (or lines) holding one of them is a block of its own, and
    a line that opens one starts a block. ``apart``: blank lines, and no page break, stand between them;
    ``paged``: page furniture or a form feed does."""
    if paged and end_mark(prev.text) in "。！" and (opens_title(line.text) or (
            SENTENCE_MARKS.isdisjoint(line.text) and (
                ends_title(line.text) or YEAR_TITLE.match(line.text) or is_issuer_line(line.text)
                or (line.text[0] == "《" and (("》" not in line.text and len(line.text) >= MIN_TITLE_OPENING)
                                             or line.text.endswith(INTERPRETATION_WORDS)))))):
        # a sentence ends the page, and a document's header or title opens the next: an organ's name over its 文种
        # (某某省人民代表大会常务委员会 / 公告) · 某某市人民政府办公室关于印发 · a whole
        # title (…统计公报) · one that opens with its year (2020年某某省第1次国民经济和社会发展 / 统计公报) · one
        # whose quotation the wrap cut (《某某省支持小微企业发展若干 / 措施》解读) · an interpretation's (《…》解读)
        return False
    if _goes_on(prev, line, block_text, wrap, apart, first):
        # (a line that opens with a closing mark goes on a known title too: 《某某措施 / 》解读)
        # (…and a known title's interpretation, cut before its last word: 《某某措施》 / 解读)
        return never_starts(line.text) \
            or (len(line.text) <= MAX_INTERPRETATION_TAIL and line.text.endswith(INTERPRETATION_WORDS)) \
            or not (titles.holds(line.text) or titles.opens(line.text)
                    or (titles.holds(block_text) and not _cited_at_wrap(prev, block_text, wrap, apart)))
    return False


def _cited_at_wrap(prev: Line, block_text: str, wrap: int | None, apart: bool) -> bool:
    """Whether ``block_text`` is one quotation (a known title, cited) that a wrap left alone on its line, the
    sentence citing it going on under it (《中华人民共和国某某法》 / 已由…通过): a title is printed without 《》."""
    return not apart and wrap is not None and block_text[0] == "《" and block_text[-1] == "》" \
        and block_text.count("《") == 1 and reaches_wrap(prev, wrap)


#: The head of a title that opens with its year: ``2020年某某省国民经济和社会发展``, no comma after the year.
YEAR_TITLE = rx.lazy_pattern(r"^" + rx.CENTURY + r"\d\d年(?:度)?\p{Han}[\p{Han}\d]{7}")


def opens_title(text: str) -> bool:
    """Whether ``text`` is the head of a title: an organ's name, then 关于 (or 印发, 转发 …), or 关于《 that opens
    the title of an explanation (关于《…条例（草案）》的说明), and no sentence."""
    if text.startswith("关于《"):
        return SENTENCE_MARKS.isdisjoint(text)
    if text.endswith("关") and len(text) > 2 and is_issuer_line(text[:-1]):
        return True  # the wrap cut 关于 in two: 某某省发展和改革委员会关 / 于…的批复
    head = rx.ISSUER_END.search(text, 0, MAX_ISSUER_LINE + 2)
    return head is not None and head.start() >= 2 and SENTENCE_MARKS.isdisjoint(text) \
        and is_issuer_line(text[: head.start()])


#: The end of a 印发 line that a wrap cut in its date (月19日印发) is at most this long.
MAX_DATE_TAIL = 12
#: A speech's dash line (——2021年3月5日在…会议上) is at most this long.
MAX_SPEECH_LINE = 120
#: A line that closes a text (特此通知。, 本通知自印发之日起施行。) is at most this long.
MAX_CLOSING_LINE = 160
#: Marks that close what they follow, which Chinese typesetting never puts at a line's start (关于《…（草案） /
#: 》的说明 is one line that a converter's wrap broke).
LINE_NEVER_STARTS = frozenset("》）」』〕】”’，。、；：？！")
#: The same marks half-width, as OCR or a converter prints them (a full stop ``.``, not a leader ``..``).
HALF_NEVER_STARTS = frozenset(",;:?!).")
#: The words that end an interpretation's title (《某某办法》解读, …答记者问), and how long the end of such a title
#: is at most where a wrap cut it off (政策解读).
INTERPRETATION_WORDS = ("解读", "答记者问")
MAX_INTERPRETATION_TAIL = 6
#: Marks that open what follows them, which Chinese typesetting never puts at a line's end.
LINE_NEVER_ENDS = frozenset("（《「『〔【“‘")
#: Characters on either side of a line break that cut what a bracket holds (…（某市政 / 〔2020〕15号）), at most.
MAX_BRACKET_CUT = 24
#: Where a line that closes a quotation a title's line opened has its 》 at the latest (…若干 / 措施》解读).
MAX_QUOTE_TAIL = 12
#: A title's end that a wrap cut off onto a line of its own, in text of too few lines to tell the wrap, is at most
#: this long when the line above names no 关于 (…社会发展 / 统计公报).
MAX_KIND_REMAINDER = 8
#: A title's end that a wrap cut off onto a line of its own is at most this long (…的通 / 知).
MAX_TITLE_REMAINDER = 3
#: A paragraph's indented first line that the next line at the margin goes on has at least this many characters.
MIN_INDENTED_OPENING = 12
#: Characters of a date written in digits, where a wrap may cut it.
DATE_CHARS = frozenset("0123456789０１２３４５６７８９年月日")
#: First characters of a 版记 line's head and of a 纪要's attendance line (a cheap test before the patterns).
LIST_HEAD_START = frozenset("抄主分出请缺列记")
#: The last characters of the 文种 a title ends in (a cheap test before ``ends_title``).
KIND_LAST = frozenset("知报见定令告示复函要案议")
#: The name of a court's 文书 (刑事附带民事判决书) is at most this long.
MAX_COURT_DOCUMENT = 12
#: Marker kinds of headings proper, which the rule about room left at the wrap applies to: 一、 (第一章 and 第一节
#: are headings of their own line anyway).
HEADING_KINDS = frozenset({"cn"})
#: A person's name is at most this long.
MAX_NAME = 4
#: A 版记's 印发 line is at most this long (a paragraph may end in …日印发 too).
MAX_IMPRINT = 50


def never_starts(text: str) -> bool:
    """Whether ``text`` opens with a mark that closes what is before it, which no line of Chinese text opens with
    (``LINE_NEVER_STARTS``, or the same half-width: ``,`` ``.`` but not a leader's ``..``); or is the 文种 that ends
    a title, after its 的, which a wrap cut off (…关于某某工作意见 / 的通知: no title opens with 的)."""
    first = text[:1]
    return first in LINE_NEVER_STARTS or (first in HALF_NEVER_STARTS and (first != "." or text[1:2] != ".")) \
        or (first == "的" and len(text.partition("（")[0].partition("(")[0]) <= MAX_KIND_TAIL
            and rx.KIND_SUFFIX.search(text) is not None)  # (its 文号 or date in brackets after it)


#: The end of a title that a wrap cut after its 的 (的通知, 的实施意见) is at most this long.
MAX_KIND_TAIL = 8


def _goes_on(prev: Line, line: Line, block_text: str, wrap: int | None, apart: bool = False,
             first: Line | None = None) -> bool:
    """Whether ``line`` reads as the continuation of the paragraph whose last line is ``prev`` (and first,
    ``first``)."""
    if prev.kind is not LineKind.TEXT or line.kind is not LineKind.TEXT:
        return False
    if line.text == prev.text:
        return False  # (a line printed twice, as a page's heading repeats the title under it, is no continuation)
    if block_text[0] in "—―－" and not rx.SPEECH_LINE.match(block_text) and (
            rx.SPEECH_LINE.match(block_text + line.text)
            or (rx.SPEECH_START.match(block_text) and len(block_text) + len(line.text) <= MAX_SPEECH_LINE
                and SENTENCE_MARKS.isdisjoint(line.text) and not (prev.heading or line.heading))):
        # a speech's dash line, wrapped (over three lines too): ——2021年3月5日在…第四次会 / 议上; where it ends
        # the line, also when a converter made a heading of a part (## ——2022年…全国人民代表大会 / 常务委员会…会议上)
        return True
    if prev.heading or line.heading:
        return False
    if block_text[-1] == "号" and block_text == prev.text and len(block_text) <= MAX_NUMBER_BLOCK \
            and block_text[0] not in "（(" and (number := parse_doc_number(block_text)) is not None \
            and SENTENCE_WORDS.search(number.agency_code) is None:
        # a 文号 is a line of its own, also one that fills the wrap (财政部　税务总局公告2020年第3号); a sentence's
        # first line that ends in one it cites goes on (各地要认真贯彻落实国发〔2021〕1号 / 文件精神…)
        return False
    if line.text[-1] == "号" and len(line.text) <= MAX_NUMBER_BLOCK and ends_title(block_text) \
            and parse_doc_number(line.text) is not None:
        return False  # …的公告 / 财政部　税务总局公告2019年第1号: a title that fills the line, over its 文号
    if block_text[0] in "—―－" and rx.PERSON_SIGNATURE.match(line.text) and rx.SPEECH_LINE.match(block_text):
        return False  # the speaker under a speech's whole dash line, also where spaces set each letter apart
    if (never_starts(line.text) or prev.text[-1] in LINE_NEVER_ENDS) and not prev.hard_break:
        # no line opens with a closing mark or ends with an opening one, but a wrap that knows no such rule breaks
        # before or after one (…的请示》（某市政 / 〔2020〕15号）收悉。)
        return True
    if not prev.hard_break and ((("）" in (head := line.text[:MAX_BRACKET_CUT + 1]) or ")" in head)
                                 and ("（" in (tail := prev.text[-MAX_BRACKET_CUT:]) or "(" in tail)
                                 and _bracket_cut(prev.text, line.text)) or (
            prev.text[-1] == "》" and line.text[0] in "（(" and _cited_number(line.text))):
        # a bracket the line break cut (…的请示》（某市政 / 〔2020〕15号）收悉。): it closes on the next line; the 文号
        # of a document cited, under its title (你市《关于…的请示》 / （某市政〔2020〕12号）收悉。)
        return True
    if prev.indent >= 4 and line.indent >= CENTRED_INDENT and len(line.text) <= MAX_TITLE_REMAINDER \
            and not ends_sentence(prev.text) and SENTENCE_MARKS.isdisjoint(line.text) \
            and (rx.match_marker(block_text) or ends_title(block_text + line.text)):
        # a centred heading or title the wrap cut, its last characters centred under it (…的折 / 算); not a
        # 署名 under a section that ends in a sentence (二、加强组织领导。 / ⟨right-aligned⟩ 国务院)
        return True
    if (line.text.endswith("印发") or (line.text == "发" and block_text[-1] == "印")) and (len(line.text) <= 5 or (
            len(line.text) <= MAX_DATE_TAIL and prev.text[-1] in DATE_CHARS and line.text[0] in DATE_CHARS)) \
            and rx.IMPRINT_LINE.match(block_text + line.text):
        # the end of a 版记's 印发 line the wrap cut: 某某办公厅　2021年4月6 / 日印发 · …年3 / 月19日印发 · …日印 / 发
        return True
    if line.text[0] in "—―－" and rx.SPEECH_START.match(line.text):
        return False  # …的说明 / ——2021年3月5日在…: the dash line under a title that fills the line
    if line.text[-1] == "书" and len(line.text) <= MAX_COURT_DOCUMENT and rx.COURT_DOCUMENT.match(line.text):
        return False  # 中华人民共和国最高人民法院 / 民事判决书: a court's 文书 names itself on a line of its own
    # In hard-wrapped text a line that runs to the wrap width goes on in the next line, even when it starts
    # with a marker (``17.山西省…一体化改`` / ``革，增强…``) or an 附件说明 (``附件：…典型经验做`` / ``法``).
    at_wrap = reaches_wrap(prev, wrap)
    if prev.hard_break and not (at_wrap and prev.raw.endswith("  ")):
        return False  # (two spaces at the end of a line the wrap broke are no markdown hard break; a </p> is)
    if len(line.text) == 1 and "\u4e00" <= line.text <= "\u9fff" and "\u4e00" <= prev.text[-1] <= "\u9fff" \
            and len(prev.text) >= MIN_INDENTED_OPENING and line.text not in CN_NUMERAL_CHARS \
            and not stands_alone(block_text):
        # one letter a wrap cut off a line long enough to be cut (…任务分工 / 表), also apart: no paragraph is one
        # letter long (but a section's number may stand alone as its heading, 三, and a short line is no cut one)
        return True
    if line.text[0].isdigit() and _next_entry(block_text, line.text):
        return False  # the next entry of a numbered list, though the one above fills the line and its number reads
        # as a decimal (附件：1.2020年度…考核结果 / 2.2020年度…清单)
    if block_text[-1] in "：:" and "签" in block_text and rx.SIGNERS_CUT.search(block_text):
        return False  # 某政〔2021〕15号　　签发人： / 王某某, however wide: the names under it are read with the 文号
    if not apart and "签" in block_text and signer_cut(prev, line):
        # the wrap cut the 签发人: 某政〔2021〕15号　　签发人：王某 / 某 (no title is so short) · …签发 / 人：王某某
        return True
    if line.text[-1] == "号" and number_cut(prev, line) and (not apart or (
            len(block_text) <= MAX_NUMBER_BLOCK and parse_doc_number(block_text + line.text) is not None)):
        return True  # the wrap cut the 文号: 财政部　税务总局公告2023年第 / 19号 (also a blank line apart, as text
        # pasted one line a paragraph puts one between all lines, where the 文号 is the whole paragraph)
    if number_letter_cut(prev, line) and len(block_text) <= MAX_NUMBER_BLOCK:
        return True  # the wrap cut a 文号's last letter: 财政部　税务总局公告2019年第1 / 号
    if at_wrap and not apart and block_text == prev.text and line.text[-1] == "号" and agency_cut(prev, line):
        return True  # the wrap cut a 文号 after its 机关代字: 财政部　税务总局公告 / 2020年第2号
    if at_wrap and _stacked_names(prev.text, line.text):
        return False  # a list's names, each on its line and as wide as the wrap (某某市东区甲街道社区居民委员会 /
        # 某某市东区乙街道社区居民委员会): the next opens as the one above does, no rest of a name the wrap cut
    if (not _spaced(prev.raw) or not HAN_WORDS.match(prev.raw)) and _issuer_row(line.raw):
        return False  # issuers side by side under a line, however wide (…落到实处。 / 某某市人民政府办公室　　某某 /
        # 省财政厅 · 附件：某某任务分工表 / 某某省发展和改革委员会　　某某省财政 / 厅): no prose goes on so; nor
        # a line of fields (联系人：张三　　联系电话：0571-12345678); a row of a list of names may (…某某局　某某 / …)
    if stands_alone(line.text) or (stands_alone(block_text) and (not at_wrap or apart)):
        return False  # (one at the wrap goes on in the next line, not over a blank line: 【附件1】…结果 / / 优秀：…)
    if at_wrap and not apart and len(line.text) <= MAX_NAME_CUT and HAN_ONLY.match(line.text) \
            and rx.PERSON_SIGNATURE.match(block_text) and rx.PERSON_SIGNATURE.match(block_text + line.text):
        return True  # a byline whose name the wrap cut (某某省司法厅厅长　某某 / 某): no line of its own is so short
    if (apart or (block_text == prev.text and _spaced(prev.raw))) and len(block_text) <= MAX_ISSUER_LINE \
            and rx.PERSON_SIGNATURE.match(block_text):
        # a byline by office and name that fills the line (某某厅厅长　王某某), a blank line under it, or the office
        # and the name a wide space apart, as no line of prose is (also where a page break, not a blank line,
        # stands between it and the salutation under it)
        return False
    if not at_wrap and line.text[0] in LIST_HEAD_START \
            and (rx.IMPRINT_HEAD.match(line.text) or rx.ATTENDANCE.match(line.text)):
        return False  # a 版记 line (抄送：…, 分送：…) or a 纪要's attendance line (列席：…) opens a block of its own
    if rx.match_marker(line.text) and not (
            at_wrap and not apart and "\u4e00" <= prev.text[-1] <= "\u9fff" and not is_heading_like(block_text)
            and (end_mark(line.text) in "。；;" or reaches_wrap(line, wrap))
            and not rx.is_box_head(block_text)):
        # A marker opens a section, unless a word cut at the wrap goes on in a line of prose that is no heading
        # (nor a box's title, 专栏1　某某重点工程): ``…推动形成权责统`` /
        # ``一、权威高效的行政执法体系和职责明确、依法行``.
        return False
    # (a line at the hanging indent under the end of a sentence opens a paragraph of its own)
    if line.indent >= MIN_HANGING and prev.text[-1] not in rx.FULL_STOPS and not apart \
            and _hangs_under(first or prev, line):
        return True  # a hanging indent: the lines go on under the text after the number (第一条  为了…城市 / 　　道路…)
    if (not at_wrap or apart) and (is_heading_like(block_text) or ends_title(block_text)):
        return False  # (a numbered heading that fills the line ends at a blank line under it)
    if wrap is not None and len(prev.text) == len(block_text) and block_text[0] in CN_NUMERAL_CHARS \
            and (m := rx.match_marker(block_text)) is not None and m.lastgroup in HEADING_KINDS \
            and is_heading_title(block_text[m.end():]) and not never_starts(line.text) \
            and line_width(prev) + display_width(line.text[0]) <= wrap:
        # A heading (一、…) on one line that stops short of the wrap with room for the next line's first letter: the
        # wrap did not cut it (一、关于推进数字经济高质量发展 / 会议听取了…, at 36 columns). (Not a list's item,
        # 17.…医疗机构 / 一体化改革…: a list copied from a page may keep the page's own line ends.)
        return False
    if block_text[-1] in KIND_LAST and is_issuer_line(line.text) and ends_title(block_text):
        return False  # a title that fills the line, over its issuers' byline (…统计公报 / 某某省统计局　国家统计局…)
    if line.text[0] in "（(" and rx.DATE_ANY.search(line.text, 0, 24) and block_text[0] not in "（(" \
            and (ends_title(block_text) or not any(c in block_text for c in "，,。；;：:")):
        return False  # a title that fills the line, over its dating line (（2020年3月5日…）), also a regulation's
    if line.text[0] == "各" and ends_title(block_text):
        return False  # a title that fills the line, over its 主送机关 (各省、…)
    if block_text == prev.text and not apart and name_rest(prev.text, line.text):
        return True  # an organ's name the wrap cut before its last letters (某某省人民代表大会常务委 / 员会), also in
        # text too short to tell its wrap
    if at_wrap and not apart and _wrapped_list([prev]) and HAN_WORDS.match(line.raw):
        return True  # a list of units the wrap cut (…某某交通运输局 / 某某镇人民政府) goes on: its last is no 署名
    if len(line.text) <= 40 and not ends_sentence(line.text) \
            and (rx.ORGAN_SUFFIX.search(name := without_seal(line.text)) or rx.PERSON_SIGNATURE.match(line.text)) \
            and not any(c in line.text for c in "，,。；;") \
            and (not reaches_wrap(line, wrap) or name != line.text) \
            and not _issuers_cut(prev, line) \
            and not (at_wrap and block_text == prev.text and (
                (opens_title(block_text) and not ends_title(block_text)) or rx.PAGE_METADATA.match(block_text))):
        # a signature (国务院, 市长　龚正) under a paragraph; a full line is none (but one with the seal's mark after
        # it: no wrap cuts a name there, 某某市人民政府办公室［印章］), and neither is the end of a line of
        # issuers the wrap cut (某某省统计局　国家统计局某某调查总 / 队, also in a text too short to tell its wrap),
        # nor an organ's name the wrap cut in a title's head (某某省人民政府办公厅转发国务院办 / 公厅) or in a site's
        # field (发布机关：某某市某某区人民 / 政府)
        return False
    last = prev.text[-1]
    ended = ends_sentence(prev.text)
    if last in "）)" and _note_after_sentence(block_text):
        if block_text[0] in "（(":
            return False  # a wholly bracketed line (a title's dating line, a note) is a unit of its own
        last, ended = "。", True
    if ended and len(line.text) <= MAX_CLOSING_LINE \
            and (rx.CLOSING_FORMULA.match(line.text) or rx.CLAUSE_OPENING.match(line.text)):
        # 特此通知。 · 本通知自印发之日起施行。 (or its first line) under a sentence, one that ended at the wrap too
        return False
    if ended and rx.is_box_head(line.text):
        return False  # a box's title (专栏1　某某重点工程) under a sentence, one that ended at the wrap too
    if (prev.text.endswith("印发") and len(prev.text) <= MAX_IMPRINT and rx.IMPRINT_LINE.match(prev.text)) \
            or (line.text.endswith("印发") and len(line.text) <= MAX_IMPRINT and rx.IMPRINT_LINE.match(line.text)
                and not (prev.text[-1] in DATE_CHARS and line.text[0] in DATE_CHARS)):
        # a 版记's 印发 line (某某办公厅　2021年3月8日印发) is a line of its own, and ends the document (one the wrap
        # cut in its date goes on: 某某办公厅　2021年4 / 月6日印发)
        return False
    if block_text[0] in "抄主" and last not in "。.：:" \
            and (block_text[0] == "抄" or wrap is not None or last in "，,、") and rx.IMPRINT_HEAD.match(block_text):
        # a 版记 list wrapped under its head (抄送：甲，乙， / 丙。), up to the next 版记 line (a 主送 list in text of
        # one paragraph a line, only where it breaks after a comma: 主送：各区人民政府 / 现通知如下。 stay apart)
        return not line.text.endswith("印发") and not rx.IMPRINT_HEAD.match(line.text)
    # A paragraph broken at a page end is long and reads as prose (it has a comma or a full stop);
    # a title line is neither, and the line after it starts a new block.
    broken_prose = (not ended and len(block_text) >= MIN_BROKEN_CHARS
                    and (any(c in block_text for c in "，,。；;")
                         or (len(block_text) >= LONG_ENUMERATION and "、" in block_text)))
    if wrap is None:
        if not ended and _issuers_cut(prev, line):
            return True  # issuers side by side, the last cut by the wrap (…某某省财政厅　　某某 / 省水利厅)
        if len(line.text) <= MAX_TITLE_REMAINDER and not ended \
                and ("关于" in block_text or "《" in block_text) and not ends_title(block_text) \
                and (ends_title(joined := block_text + line.text) or joined.endswith("解读")):
            return True  # a title a wrap cut before its last characters (…关于…的通 / 知), where too few lines tell it
        if len(line.text) <= MAX_KIND_REMAINDER and len(block_text) >= MIN_TITLE_OPENING and not ended \
                and SENTENCE_MARKS.isdisjoint(block_text) and SENTENCE_MARKS.isdisjoint(line.text) \
                and not ends_title(block_text) and ends_title(block_text + line.text) \
                and not (is_issuer_line(block_text) and not block_text[0].isdigit()) \
                and not rx.match_marker(block_text):
            return True  # a title without 关于 cut before its 文种 (…国民经济和社会发展 / 统计公报); an organ over its
            # 文种 (某某市人民政府 / 通告) is a header, not a title (an organ's name opens with no year: 2020年…和社会)
        if len(block_text) <= MAX_TITLE_TEXT and "》" in line.text[:MAX_QUOTE_TAIL] \
                and block_text.count("《") > block_text.count("》") and SENTENCE_MARKS.isdisjoint(line.text):
            return True  # a title a wrap cut inside its quotation (《某某省…若干 / 措施》解读): the 》 is still to come
        if not apart and line.indent == 0 and 2 <= prev.indent < CENTRED_INDENT and block_text == prev.text \
                and not ended and len(block_text) >= MIN_INDENTED_OPENING:
            return True  # a paragraph's first line, indented, and its next at the margin (…请示》 / （某市政…）收悉。)
        if block_text[0] == "各" and not ended and line.text[-1] in "：:" and "。" not in line.text \
                and is_addressee(Block(text=block_text + line.text, lines=[prev, line])):
            return True  # a 主送机关 over two lines (…人民政府，国务院 / 各部委、各直属机构：), too short for prose
        return broken_prose and line.indent < 2
    width = line_width(prev)
    if ended:
        if last in "：:" and "。" not in block_text and rx.ADDRESSEE_HINT.search(block_text):
            return False  # a 主送机关 ends at its colon, even one that fills the line
        # A sentence that ended exactly at the wrap: the next line goes on unless it is indented or a blank
        # line parts them (a page break between them is no such part).
        return width >= wrap * 0.93 and line.indent == 0 and not apart
    if broken_prose:
        return True
    if prev.indent >= CENTRED_INDENT and line.indent < 2 and block_text == prev.text:
        return False  # a centred line with no sentence in it (a title), over text that starts at the margin
    if prev.indent >= 4 and prev.indent + width <= wrap - 2:
        return False  # a centred or right-aligned line (a title, a signature) that stops short of the wrap
    if 2 <= line.indent < 8:
        return False  # an indented line opens a paragraph
    # A blank line ends a paragraph that reads as no prose broken at a page's end (above), also where its last line
    # fills the line (a title of as many characters as the wrap, over a line that is no sentence: 2020年度…考核结果 /
    # / 优秀：甲市、乙市、丙市); without one, a line that stops short of the wrap ends its paragraph
    return not apart and width >= wrap * 0.75


#: The number an entry of a numbered list opens with (after 附件： in an 附件说明's first line): ``1.`` ``2．`` ``3、``;
#: digits after it are a year (``2.2020年度…``), not a decimal's (``2.5亿元``, a wrap's cut in a number).
ENTRY_NUMBER = rx.lazy_pattern(r"^(?:附\s*件\s*[：:]\s*)?(?P<n>\d{1,2})\s*[.．、](?=\D|\d{4}\s*年)")


def _next_entry(block_text: str, text: str) -> bool:
    """Whether ``text`` opens with the number after the one ``block_text`` opens with (1. … / 2. …)."""
    here = ENTRY_NUMBER.match(text)
    above = ENTRY_NUMBER.match(block_text) if here else None
    return above is not None and here is not None and int(here.group("n")) == int(above.group("n")) + 1


#: A section's number with the spaces after it that open a line set with a hanging indent (``第一条  ``, ``一、　``):
#: the lines under it start where its text does.
HANGING_NUMBER = rx.lazy_pattern(
    rf"^[ \u3000]*(?:第[{CN_NUMERAL_CHARS}\d]{{1,6}}[条章节款]|[{CN_NUMERAL_CHARS}]{{1,3}}、"
    rf"|[（(][{CN_NUMERAL_CHARS}\d]{{1,3}}[）)]|\d{{1,2}}[.．、])[ \u3000]+")
#: A hanging indent is this many columns at least (a paragraph's first line is indented by four, or two), and the
#: line with the number is indented by this many at most (a page's margin).
MIN_HANGING = 5
MAX_HANGING_MARGIN = 40


def _hangs_under(opening: Line, line: Line) -> bool:
    """Whether ``line`` is indented to the column where the text of ``opening`` (a paragraph's first line) starts
    after its number."""
    if opening.indent > MAX_HANGING_MARGIN:
        return False  # (and the pattern never reads a long run of spaces again for each line of a paragraph)
    m = HANGING_NUMBER.match(opening.raw.replace("\f", ""))
    return m is not None and abs(display_width(m.group()) - line.indent) <= 1


def _bracket_cut(before: str, after: str) -> bool:
    """Whether a line break cut a bracket: ``before`` opens one near its end that ``after`` closes near its start."""
    for o, c in ("（）", "()"):
        opened = before.rfind(o)
        if opened >= 0 and len(before) - opened <= MAX_BRACKET_CUT and c not in before[opened:]:
            closed = after.find(c, 0, MAX_BRACKET_CUT + 1)
            return closed > 0 and o not in after[:closed]
    return False


def _cited_number(text: str) -> bool:
    """Whether ``text`` opens with a bracketed 文号 that more text follows: ``（某市政〔2020〕12号）收悉。``"""
    closed = text.find("）" if text[0] == "（" else ")", 0, MAX_BRACKET_CUT + 1)
    return closed > 0 and closed + 1 < len(text) and text[closed - 1] == "号" \
        and parse_doc_number(text[1:closed]) is not None


def name_rest(name: str, rest: str) -> bool:
    """Whether ``rest``, a letter or two under the Han letters of an organ's name, is the end of that name a wrap cut
    off (某某省人民代表大会常务委 / 员会): no organ's name is so short, but a party committee's (市委); or three under
    letters that end no organ's name (某某省人民代表大会常务 / 委员会)."""
    return ((len(rest) <= 2 and not rest.endswith("委")) or (len(rest) == 3 and not rx.ORGAN_SUFFIX.search(name))) \
        and len(name) >= MIN_CUT_NAME and HAN_ONLY.match(name) is not None and is_issuer_line(name + rest)


#: What a wrap leaves of an organ's name over its last letters is at least this long (国务院办 / 公厅).
MIN_CUT_NAME = 4
#: What a wrap cuts off a person's name under a byline is at most this long (…厅长　某某 / 某).
MAX_NAME_CUT = 2


def _issuers_cut(prev: Line, line: Line) -> bool:
    """Whether ``line`` ends a line of issuers that the wrap cut in the name of its last one: the organs before it
    stand apart on ``prev`` (某某省统计局　国家统计局某某调查总 / 队)."""
    parts = prev.raw.split()
    return _organs_before_last(parts) and is_issuer_line(parts[-1] + line.text) and not is_issuer_line(parts[-1])


def _organs_before_last(words: list[str]) -> bool:
    """Whether ``words`` are two names or more, all but the last an organ's (the last may be cut by a wrap)."""
    return len(words) >= 2 and all(is_issuer_line(w) for w in words[:-1])


def signer_cut(line: Line, below: Line) -> bool:
    """Whether ``below`` is the end of the 签发人 that a wrap cut off ``line``: of the name (某政〔2021〕15号　签发人：
    王某 / 某), a letter or two at the margin, which make a name with the letters above; or of the label (…号　签发 /
    人：王某某). (A second signer is set under the first: 签发人：张三 / 　　　　李四.)"""
    if below.indent >= MIN_HANGING or "签" not in line.text[-6:]:
        return False
    if (cut := rx.SIGNER_NAME_CUT.search(line.text)) is not None:
        return len(below.text) <= 2 and HAN_WORDS.fullmatch(below.text) is not None \
            and len(cut.group("name")) + len(below.text) <= MAX_NAME
    return (label := rx.SIGNER_LABEL_CUT.search(line.text)) is not None \
        and rx.SIGNERS_LINE.match(label.group() + below.text) is not None


def number_cut(line: Line, below: Line) -> bool:
    """Whether ``below`` is the end of a 文号 that a wrap cut off ``line`` after its year (财政部　税务总局公告2023年第
    / 19号 · 某政发〔2023〕 / 19号 · 财政部　税务总局公告2023年 / 第19号 · …公告2023 / 年第19号): the serial and its
    号, alone on the line. (A wrap keeps a number's digits together.)"""
    last = line.text[-1:]
    if below.text[:1] == "年":  # (the year's 年 under its digits: 财政部　税务总局公告2020 / 年第2号)
        return last.isdigit() and line.text[-4:].isdigit() and rx.NUMBER_TAIL.fullmatch(below.text, 1) is not None \
            and below.text[1:2] == "第" and below.indent < MIN_HANGING
    return (last in NUMBER_CUT_ENDS or (last == "年" and below.text[:1] == "第" and line.text[-5:-1].isdigit())) \
        and rx.NUMBER_TAIL.fullmatch(below.text) is not None and below.indent < MIN_HANGING


def left_open(text: str) -> bool:
    """Whether ``text`` opens a round bracket it does not close (``2020年第2期（总第1002`` · ``……（2``)."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def agency_cut(line: Line, below: Line) -> bool:
    """Whether ``below`` is the year and serial of a ministry's 文号 that a wrap cut off ``line`` after its 机关代字
    (财政部　税务总局公告 / 2020年第2号), which make a 文号 together. (A title that ends so, 某某厅公告, is over its
    number as well: only a line that fills the wrap is cut.)"""
    return line.text[-1:] == "告" and YEAR_SERIAL.fullmatch(below.text) is not None \
        and len(line.text) < MAX_NUMBER_BLOCK and parse_doc_number(line.text + below.text) is not None


#: A ministry's 文号 without its 机关代字: ``2020年第2号``.
YEAR_SERIAL = rx.lazy_pattern(r"\d{4}年第\d{1,5}号")


def number_letter_cut(line: Line, below: Line) -> bool:
    """Whether ``below`` is the last letter of a 文号 that a wrap cut off ``line`` (财政部　税务总局公告2019年第1 /
    号): 号 alone, under a line that is a 文号 with it."""
    return below.text == "号" and line.text[-1:].isdigit() and len(line.text) < MAX_NUMBER_BLOCK \
        and parse_doc_number(line.text + "号") is not None


#: A block that is a 文号 alone is at most this long.
MAX_NUMBER_BLOCK = 40
#: Words of a sentence that no 机关代字 holds: a line that ends in a 文号 after them cites it.
SENTENCE_WORDS = rx.lazy_pattern(r"根据|按照|依据|落实|贯彻|执行|要|的|将|已|请")
#: The letters a wrap may cut a 文号 after: its year's closing bracket, or 第.
NUMBER_CUT_ENDS = frozenset("第〕]］)）")


def flag_letter_for_one(block: Block, what: str, diags: Diagnostics) -> None:
    """X013 for ``what`` (a section's marker, an 附件说明 entry, a label) in ``block``, numbered with a letter an OCR
    read for 1: at the first such letter in its lines as given (``l.某某`` · ``附件l``), or at the block's first
    line where its source parts the letter from its label."""
    at, column = block.start, 1
    for ln in block.lines:
        if (m := rx.LONE_LETTER_ONE.search(ln.raw)) is not None:
            at, column = ln.no, m.start() + 1
            break
    diags.add("X013", f"{what}: a letter read as 1 (an OCR slip)", at, column=column)


def join_wrapped(a: str, b: str) -> str:
    """Two pieces of one text that a line end split: joined directly, or with a space between Latin letters or
    digits."""
    if a and b and LATIN_EDGE.match(a[-1]) and LATIN_EDGE.match(b[0]):
        return f"{a} {b}"
    return a + b


def _imprint_rows(line: Line) -> list[str]:
    """The rows of a table line that holds a 版记 (抄送：… / 某某办公厅　2021年3月8日印发), as a converter draws the
    版记's rules as a table; none when any row is something else."""
    first = line.rows[0][0] if line.rows and line.rows[0] else ""
    if first[:1] not in "抄主" and not line.text.endswith("印发"):
        return []  # (a cheap test first: the 版记 opens with 抄送 or 主送, or ends with its 印发 line)
    rows = [" ".join(c for c in r if c) for r in line.rows]
    rows = [r for r in rows if r]
    imprint = [bool(rx.IMPRINT_HEAD.match(r) or (r.endswith("印发") and rx.IMPRINT_LINE.match(r))) for r in rows]
    if not any(imprint) or not all(ok or is_issuer_line(r) for ok, r in zip(imprint, rows, strict=True)):
        return []
    return rows


def make_blocks(lines: list[Line], *, skip: set[int], transparent: set[int],
                titles: frozenset[str] = frozenset(), announced: frozenset[str] = frozenset()) -> list[Block]:
    """Blocks of the lines not in ``skip``; lines in ``transparent`` (page furniture) are stepped over
    without ending a paragraph, so one broken by a page footer is joined again. A line whose text is one of
    ``titles`` (keys of the titles the issue's TOC lists or a sentence issues, see ``title_key``) is a block of
    its own, and a line that opens one starts a block; so is a line or lines holding one of ``announced`` (keys of
    the attachment titles an 附件说明 announces, see ``announced_titles``), whose openings are not looked for.
    """
    known = _Titles(titles, announced)
    wrap, pasted = detect_wrap([ln for ln in lines if ln.no not in skip and ln.no not in transparent])
    blocks: list[Block] = []
    current: Block | None = None  # the paragraph being read
    row: Block | None = None  # the table row being read
    blank = furniture = False  # what stands between the paragraph's last line and this one
    for line in lines:
        if line.no in transparent or line.kind is LineKind.BLANK:
            # (a comment between blank lines, <!-- INFO END -->, is markup between paragraphs, no page break)
            furniture = furniture or (line.no in transparent and line.kind is not LineKind.COMMENT) or line.form_feed
            blank = blank or line.kind is LineKind.BLANK
            continue
        apart, paged, blank, furniture = blank and not furniture and not pasted, furniture, False, False
        if line.no in skip:
            current = row = None
            continue
        if line.kind is LineKind.TABLE:
            if imprint := _imprint_rows(line):  # a 版记 a converter drew as a table: one block per row
                blocks.extend(Block(text=t, lines=[line]) for t in imprint)
                current = row = None
                continue
            if line.continues_row and row is not None:  # the row above goes on (a wrapped cell, an HTML row)
                row.lines.append(line)
                row.text = " ".join(t for t in (row.text, line.text) if t)
            else:
                row = Block(text=line.text, lines=[line], table=True)
                blocks.append(row)
            current = None
            continue
        row = None
        if line.continues_text and line.kind is not LineKind.TEXT:
            continue  # (markup alone inside an HTML paragraph: the paragraph goes on)
        if line.kind is not LineKind.TEXT:
            current = None
            continue
        if current is not None and (line.continues_text or _joins(current.lines[-1], line, current.text, wrap,
                                                                  known, apart=apart, paged=paged,
                                                                  first=current.lines[0])):
            current.lines.append(line)
            current.text = join_wrapped(current.text, line.text)
            continue
        current = Block(text=line.text, lines=[line], heading=line.heading)
        blocks.append(current)
    for block in blocks:
        if len(block.lines) > 1 and not block.table and _wrapped_list(block.lines):
            block.text = clean_text(_unwrap_list(block.lines, wrap))
    return blocks


def _issuer_row(raw: str) -> bool:
    """Whether a line is organs' names side by side a wide space apart (``某某省发展和改革委员会　　某某省财政厅``), the
    last maybe cut by a wrap (``…　　某某省财政``, ``…　　某``: it opens as the first does)."""
    if not _spaced(raw) or not HAN_WORDS.match(raw):
        return False
    words = raw.split()
    return _organs_before_last(words) and (is_issuer_line(words[-1]) or words[0].startswith(words[-1][:2]))


def _stacked_names(above: str, text: str) -> bool:
    """Whether ``text`` is a name of a list under ``above``, another: both an organ's whole name and nothing else,
    and opening with the same place (the rest of a name a wrap cut opens otherwise: 某某市人民政府 / 办公室)."""
    return len(text) >= MIN_STACKED_NAME and text[:2] == above[:2] and HAN_ONLY.match(above) is not None \
        and HAN_ONLY.match(text) is not None and rx.ORGAN_SUFFIX.search(above) is not None \
        and rx.ORGAN_SUFFIX.search(text) is not None and not rx.ISSUER_END.search(above + text)


#: A name of a list is at least this long; only Han letters make it.
MIN_STACKED_NAME = 6
HAN_ONLY = rx.lazy_pattern(r"^\p{Han}+$")


def _spaced(raw: str) -> bool:
    """Whether a line holds a wide space between its words (a full-width space, or two spaces)."""
    body = raw.strip()
    return "\u3000" in body or "  " in body


def _wrapped_list(lines: list[Line]) -> bool:
    """Whether the lines of a paragraph are a list of Han words that a hard wrap cut (``某某市应急管理局　某某消防救援``
    / ``支队　某某区人民政府``): Han and spaces only, a wide gap on one."""
    return any(_spaced(ln.raw) for ln in lines) \
        and all(HAN_WORDS.match(ln.raw) for ln in lines)


def _unwrap_list(lines: list[Line], wrap: int | None) -> str:
    """The lines of a list a hard wrap cut, run together as one line holding them all: a word cut apart goes on
    with no space, and where a line stops two columns or more short of the wrap, the next word would have fitted
    on it, had the gap the wrap dropped at the line's end not stood before it (``…某某消防救援支队`` / ``某某区…``)."""
    out = lines[0].raw.strip()
    for prev, line in itertools.pairwise(lines):
        gap = (wrap is not None and line_width(prev) <= wrap - 2) or _unit_ends(prev.raw, line.raw.strip())
        out += ("\u3000" if gap else "") + line.raw.strip()
    return out


#: What goes on after an organ's name in a list of names and posts: the post (某某局 / 局长, 副局长, 主任).
POST_START = frozenset("长副主书委秘经总负党")


def _unit_ends(before: str, after: str) -> bool:
    """Whether a list's line (``before``) ends with a whole unit's name (an organ's, a unit's: ``…某某区人民政府``,
    ``…支队``) and the next line opens another, as where the wrap fell in the gap between them; not before a
    post."""
    last = words[-1] if (words := before.split()) else ""
    return bool(last and (rx.ORGAN_SUFFIX.search(last) or UNIT_END.search(last))) and after[:1] not in POST_START


#: A value that follows its metadata key on the next line is at most this long (a title, a 文号, a date …).
MAX_METADATA_VALUE = 100


def pair_metadata_keys(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each key of a site's metadata that stands alone (``发文字号：``) joined to the value on the
    line after it (``国办发〔2021〕5号``), as a page's metadata list copied as text prints them: a 文号 or a date
    that is a field's value is no document's head. Only a list printed so is read: a key and its value are followed
    by another key, or follow a field read so. A key over another key, or over a long paragraph, stays; so does an
    empty field at the end of a list (``主题词：`` over a document's title, which repeats the value of ``标题：`` or
    opens it, or has its 文号 under it)."""
    if not any(rx.PAGE_METADATA_KEY_ALONE.match(b.text) for b in blocks if not b.table):
        return blocks

    def key(k: int) -> bool:
        return k < len(blocks) and not blocks[k].table and rx.PAGE_METADATA_KEY_ALONE.match(blocks[k].text) is not None

    def repeats(text: str) -> bool:  # (a value of the list, or its start)
        head = title_key(text)
        return any(v.startswith(head) for v in seen)

    out: list[Block] = []
    k = 0
    paired = False  # whether the block before k is a field of such a list
    seen: set[str] = set()  # the list's values (a key over a line that repeats one, or its start, is empty)
    while k < len(blocks):
        b = blocks[k]
        if key(k) and k + 1 < len(blocks) and not (value := blocks[k + 1]).table and not key(k + 1) \
                and len(value.text) <= MAX_METADATA_VALUE and not rx.PAGE_METADATA.match(value.text) \
                and (key(k + 2) or (k + 2 < len(blocks) and rx.PAGE_METADATA.match(blocks[k + 2].text))
                     or (paired and not (
                         k + 2 < len(blocks) and rx.DOC_NUMBER_LINE.match(blocks[k + 2].text))
                         and not repeats(value.text))):
            out.append(Block(text=b.text.strip() + value.text, lines=b.lines + value.lines, heading=b.heading))
            seen.add(title_key(value.text))
            k += 2
            paired = True
            continue
        out.append(b)
        paired = key(k)  # (an empty field within the list: the list goes on)
        if not paired:
            seen.clear()  # (the list is over: the next list's values are its own)
        k += 1
    return out
