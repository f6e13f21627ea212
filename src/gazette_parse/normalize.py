"""Stage 1: split the input into numbered lines and clean each one.

Guarantees afterwards:
- ``lines[i].no == i + 1``: line numbers are those of ``grep -n``; lines end at ``\\n``, ``\\r\\n`` or
  ``\\r`` only (form feeds and Unicode separators stay inside their line).
- ``Line.text`` has no markdown or HTML markup, no zero-width characters, no soft hyphens, no form
  feeds, and no layout spaces next to Han characters; it is stripped. ``Line.raw`` is the line as given.
- Table rows (TAB-separated, markdown pipes) carry their cells; separators and comments are marked.
Cleaning is idempotent: ``clean_text(clean_text(s)) == clean_text(s)``.
"""

from __future__ import annotations

import html
import itertools
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import regex

from . import regexes as rx

LINE_BREAK = rx.lazy_pattern(r"\r\n|\r|\n")
INVISIBLE = rx.lazy_pattern("[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f]")
SOFT_HYPHEN_IN_NUMBER = rx.lazy_pattern("(?<=\\d)\u00ad(?=\\d)")
SPACES = rx.lazy_pattern("[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f\u2028\u2029\x85\f\v]+")
#: A space between two characters of which one is Han (or CJK punctuation) and the other Han,
#: CJK punctuation or a digit: ``2017 年度`` → ``2017年度``, ``总 则`` → ``总则``.
#: Spaces next to Latin letters stay: ``金融风险 and 深化``. Half-width punctuation after Han is Chinese
#: punctuation typed narrow, and OCR sets it apart: ``供水 , 2000 年`` → ``供水,2000年``; ``60 %`` → ``60%``.
CJK = r"\p{Han}\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·"
LAYOUT_SPACE = rx.lazy_pattern(
    rf"(?<=[{CJK}]) +(?=[{CJK}\d(（)）\[\]〔〕,;:!?%])|(?<=[\d(（)）\[\]〔〕%％]) +(?=[{CJK}])"
    rf"|(?<=\d) +(?=[%％])|(?<=[{CJK}] ?[,;:!?]) +(?=[{CJK}\d])"
)


class LineKind(str, Enum):
    """What a line is before any segmentation."""

    BLANK = "blank"
    TEXT = "text"
    TABLE = "table"
    RULE = "rule"  # markdown thematic break ---, a table separator |---|, or markup without text
    COMMENT = "comment"  # <!-- … -->, or an image ![](…) with no text


@dataclass(slots=True)
class Line:
    """One input line and what the cleaner made of it."""

    no: int
    """1-based line number in the input as given."""
    raw: str
    """The line without its end-of-line characters and its zero-width characters (U+200B–U+200D, U+2060, U+FEFF),
    and with its no-break spaces as spaces, but in a line of HTML."""
    text: str
    """Cleaned text (see the module docstring)."""
    kind: LineKind
    indent: int = 0
    """Columns of leading white space in ``raw`` (a TAB counts 4, a U+3000 counts 2)."""
    heading: int = 0
    """Markdown heading level, 0 when the line is no heading."""
    hard_break: bool = False
    """The raw line ends with a markdown hard break (two spaces) or ``<br>``."""
    form_feed: bool = False
    """The raw line contains a form feed: a page ended before (or in) it."""
    cells: Sequence[str] = ()
    """Cells of a table row (the first row when the line holds several), cleaned."""
    rows: Sequence[list[str]] = ()
    """Every table row on the line: one for a TAB or pipe row, all of them for an HTML ``<table>`` line."""
    page: int | None = None
    """Printed page number, when page furniture tells it."""
    continues_row: bool = False
    """A table line that only carries on cells of the row above (a long cell wrapped in its column)."""
    continues_text: bool = False
    """A line inside an HTML paragraph (``<p>``, ``<h2>``, ``<li>``) that an earlier line opened: its text goes on
    that paragraph's, as a browser runs the source's lines together (Word's HTML wraps its source so)."""

    def carry_row_on(self) -> None:
        """Make this a table line that carries on the row above and holds no cells of its own (an HTML row over
        several lines, a row of a table printed one cell a line)."""
        self.kind, self.rows, self.cells, self.text, self.continues_row = LineKind.TABLE, (), (), "", True


def split_lines(text: str) -> list[str]:
    """Split on ``\\n``, ``\\r\\n`` and ``\\r`` only, as editors and ``grep -n`` count lines."""
    if "\r" in text:  # the same breaks as LINE_BREAK, at str.split's speed (the regex split took 0.2 ms)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = text.split("\n")
    if parts and parts[-1] == "":
        parts.pop()
    return parts


#: LaTeX commands MinerU writes for characters of the text: ``$\\textcircled{1}$`` for ①, ``$\\times$`` for ×.
LATEX_SYMBOLS = {"\\times": "×", "\\cdot": "·", "\\div": "÷", "\\pm": "±", "\\leq": "≤", "\\geq": "≥",
                 "\\le": "≤", "\\ge": "≥", "\\leqslant": "≤", "\\geqslant": "≥", "\\neq": "≠", "\\approx": "≈",
                 "\\sim": "～", "\\circ": "°", "\\degree": "°", "\\prime": "′", "\\cdots": "…", "\\ldots": "…",
                 "\\to": "→", "\\rightarrow": "→", "\\leftarrow": "←", "\\infty": "∞", "\\alpha": "α",
                 "\\beta": "β", "\\gamma": "γ", "\\delta": "δ", "\\Delta": "Δ", "\\lambda": "λ", "\\mu": "μ",
                 "\\pi": "π", "\\sigma": "σ", "\\Omega": "Ω", "\\%": "%", "\\#": "#", "\\&": "&", "\\_": "_",
                 "\\{": "{", "\\}": "}", "\\,": "", "\\;": "", "\\!": "", "\\quad": " ",
                 # (a 密级's star, 机密★1年, and a list's bullet; Greek capitals of units and formulas)
                 "\\star": "★", "\\bigstar": "★", "\\bullet": "•", "\\Phi": "Φ", "\\phi": "φ",
                 "\\varphi": "φ", "\\theta": "θ", "\\rho": "ρ", "\\tau": "τ", "\\omega": "ω", "\\Sigma": "Σ"}
CIRCLED = rx.lazy_pattern(r"\\textcircled\{(?P<n>\d{1,2})\}")
LATEX_WORD = rx.lazy_pattern(r"\\[A-Za-z]+|\\[%,;!#&_{}]")
#: Text set in a font: ``\\mathrm{PM}`` · ``\\text{km}`` · ``{\\bf 2018}`` (the old form): the text.
LATEX_FONT = rx.lazy_pattern(
    r"\\(?:mathrm|mathbf|mathit|mathsf|text|textrm|textbf|textit|operatorname|rm)\s*\{(?P<t>[^{}]*)\}"
    r"|\{\\(?:bf|rm|it|sf|tt)(?![A-Za-z])\s*(?P<t>[^{}]*)\}")
#: A sub- or superscript: ``_{2.5}`` · ``_2`` · ``^{2}`` · ``^3``.
LATEX_SCRIPT = rx.lazy_pattern(r"(?P<op>[_^])(?:\{(?P<group>[^{}]*)\}|(?P<one>[0-9A-Za-z+\-]))")
SUPERSCRIPT = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")


def _script(m: regex.Match[str]) -> str:
    """A subscript as plain text (PM₂.₅ is written PM2.5 in Chinese documents); a superscript of digits in
    superscript digits (km²), else as plain text."""
    text = str(m.group("group") if m.group("group") is not None else m.group("one"))
    if m.group("op") == "^" and text and all(c in "0123456789+-" for c in text):
        return text.translate(SUPERSCRIPT)
    return text


def _math(m: regex.Match[str]) -> str:
    math = "".join(str(m.group("math")).split())
    if "\\" in math:
        math = CIRCLED.sub(lambda c: chr(0x245F + int(c.group("n"))) if 1 <= int(c.group("n")) <= 20 else c.group(),
                           math)
        math = LATEX_FONT.sub(r"\g<t>", math)
        math = LATEX_WORD.sub(lambda w: LATEX_SYMBOLS.get(w.group(), w.group()), math)
        math = math.replace("^{°}", "°").replace("^°", "°")
    if "_" in math or "^" in math:
        math = LATEX_SCRIPT.sub(_script, math)
    return math


def strip_markup(s: str) -> str:
    """Remove inline markdown and HTML markup, keeping the text it wraps."""
    if "![" in s:
        s = rx.MD_IMAGE.sub("", s)
    if "](" in s:
        s = rx.MD_LINK.sub(r"\g<text>", s)
    if "{" in s and ("]{" in s or "{#" in s or "{." in s):
        s = rx.MD_ATTRIBUTES.sub(lambda m: m.group("text") or "", s)
    if "$" in s:
        s = rx.MD_MATH.sub(_math, s)
    if "<" in s:
        s = rx.MD_AUTOLINK.sub(r"\g<url>", s)
        s = rx.HTML_TAG.sub("", s)
    if "&" in s and rx.HTML_ENTITY.search(s):
        s = html.unescape(s)
    if "*" in s or "_" in s:
        s = rx.MD_EMPHASIS.sub(r"\2", s)
        # Bold that spans lines (pandoc: ``**某某市人民政府办公室\`` / ``关于…的通知**``) leaves one ``**`` on
        # each line: at the start of a line's text before a letter, or at its end after one.
        if s.startswith("**") and s[2:3].strip():
            s = s[2:]
        if s.endswith("**") and s[-3:-2].strip():
            s = s[:-2]
    if "\\" in s:
        if (end := s.rstrip()).endswith("\\") and not end.endswith("\\\\"):
            s = end[:-1]  # a backslash at the line's end: a hard break (pandoc), no text
        s = regex.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>~])", r"\1", s)
    return s


#: Characters of no width that a line's raw text goes without (see ``Line.raw``).
DELETE_ZERO_WIDTH = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
#: Invisible characters, deleted with ``str.translate`` (C speed; ``INVISIBLE`` says the same as a pattern).
DELETE_INVISIBLE = {**DELETE_ZERO_WIDTH, **dict.fromkeys([0x00AD, *range(0, 9), 0x0B, 0x0C, *range(0x0E, 0x1C), 0x7F])}


#: A list of names on one line, three or more of two to four characters each, set apart by full-width or double
#: spaces: ``张三　李四　王五`` (their spaces stay; a letter-spaced heading, ``总　　则``, has single characters
#: between its spaces, and a table cell wrapped over lines, ``统筹建设 公共数据 基础设施``, single spaces).
NAME_LIST = rx.lazy_pattern(r"^\p{Han}{2,4}(?: \p{Han}{2,4}){2,}$")
MAX_NAME_LIST = 200


def clean_text(s: str) -> str:
    """Cleaned form of a piece of text: invisible characters out, layout spaces collapsed, stripped."""
    if "\u00ad" in s:
        s = SOFT_HYPHEN_IN_NUMBER.sub("-", s)
    if not s.isprintable():
        s = s.translate(DELETE_INVISIBLE)
    if "\u00a0" in s:
        s = s.replace("\u00a0", " ")  # (an HTML line's &nbsp;)
    wide = "\u3000" in s or "  " in s  # (names are set apart with full-width or double spaces)
    if wide and ((len(s) <= MAX_NAME_LIST and (listed := _organ_list(s) or _padded_names(s) or _member(s)))
                 or (listed := _han_list(s))):
        return listed
    if wide and (head := s.lstrip()[:1]) and head in ATTENDANCE_FIRST and (am := rx.ATTENDANCE.match(s.strip())):
        return _attendance_line(am)
    if s[:1] in ASCII_DIGITS and "日" in s[:9] and (day := DAY_LEAD.match(s)):
        # 3月1日　市长…: a 大事记's day keeps a space before its entry
        return f"{''.join(day.group('day').split())} {clean_text(s[day.end():])}"
    if wide and ("：" in s or ":" in s) and len(s) <= MAX_FIELDS_LINE and (fields := _fields(s)):
        return fields
    s = " ".join(s.split())  # every Unicode space (U+3000, NBSP, U+2028 …) to one ASCII space
    if " " in s and not (wide and len(s) <= MAX_NAME_LIST and NAME_LIST.match(s)):
        if s[1:2] == " " and s[3:4] in (" ", "") and len(s) <= MAX_SPACED and letter_spaced(s):
            return s.replace(" ", "")  # 2 0 1 9 年 2 月 1 日 · 某 政 办 发 〔 2 0 1 8 〕 1 号: every character apart
        s = LAYOUT_SPACE.sub("", s)
    return s


#: A wide gap between two labelled fields of one line, before the second's label (``联系人：张三　　电话：…``,
#: a form's ``填表人：　　　　审核人：``).
FIELD_GAP = rx.lazy_pattern(r"(?:\u3000|\s{2,})\s*(?=[\p{Han}（）()]{1,12}[：:])")
#: A label that opens a line of fields: ``联系人：`` · ``（联系人：``.
FIELD_LABEL = rx.lazy_pattern(r"^\s*[\p{Han}（）()]{1,12}[：:]")
#: A line of labelled fields is at most this long.
MAX_FIELDS_LINE = 300


def _fields(s: str) -> str | None:
    """A line of labelled fields set apart by wide gaps (``联系人：张三　　联系电话：0571-12345678``, a form's
    ``填表人：　　　　审核人：``) with one space between the fields, each cleaned; None when the line opens with
    no label or no wide gap parts two fields. (Without it, layout spaces between Han characters go, and the name
    runs into the next label.)"""
    if not FIELD_LABEL.match(s):
        return None
    s = s.strip()
    parts = FIELD_GAP.split(s)
    if len(parts) < 2:
        return None
    return " ".join(cleaned for p in parts if (cleaned := clean_text(p)))


ASCII_DIGITS = frozenset("0123456789")
#: A day that opens an entry of a 大事记, set apart from the entry by a space: ``3月1日　市长主持…``.
DAY_LEAD = rx.lazy_pattern(r"^(?P<day>\d{1,2}\s*月\s*\d{1,2}\s*日)\s+(?=\S)")


#: First characters of a 纪要's attendance line (a cheap test before ``rx.ATTENDANCE``).
ATTENDANCE_FIRST = frozenset("出列请缺记")


def _attendance_line(m: regex.Match[str]) -> str:
    """A 纪要's attendance line (``出席：张三　李四　王　五``) with one space between its names, which wide gaps
    set apart: ``出席：张三 李四 王五``. A name of two letters padded apart (王　五) is one name."""
    names: list[str] = []
    single = False  # the last part was one letter
    for part in WIDE_GAP.split(m.group("names").strip()):
        if not part:
            continue
        part = clean_text(part)
        if single and len(part) == 1 and names:
            names[-1] += part
            single = False
            continue
        names.append(part)
        single = len(part) == 1
    head = clean_text(m.string[: m.start("names")])
    return f"{head}{' '.join(names)}"


#: Where the names of a list of organs part: two spaces or more, or a full-width one.
WIDE_GAP = rx.lazy_pattern(r"\u3000+|\s{2,}")
#: The end of a unit's name that is no issuing organ's (a list of units keeps a space between them too).
UNIT_END = rx.lazy_pattern(r"(?:队|所|站|馆|大学|学院|学校|医院)$")


def _organ_list(s: str) -> str | None:
    """A list of organs set apart by wide gaps (某某市应急管理局　　某某县人民政府　　某某区消防救援大队), with one
    space between them; None for any other text."""
    parts = [p for p in WIDE_GAP.split(s.strip()) if p]
    if len(parts) < 2 or not all(len(p) >= 4 and p.isalnum() and (rx.ORGAN_SUFFIX.search(p) or UNIT_END.search(p))
                                 for p in parts):
        return None
    return " ".join(parts)


#: Where the names of a list part when a two-character name is padded to the width of three: two spaces or more.
NAME_GAP = rx.lazy_pattern(r"\s{2,}")
#: A name in such a list: two to four Han, or two set apart by one space (王　五), with a note in brackets after it
#: (李　四（女）).
PADDED_NAME = rx.lazy_pattern(r"^\p{Han}(?:\s\p{Han}|\p{Han}{1,3})(?:[（(]\p{Han}{1,6}[）)])?$")


def _padded_names(s: str) -> str | None:
    """A list of names, three or more, where names of two characters are padded to three (王　五　　张三丰　　李　四),
    with one space between the names and no padding; None for any other text."""
    if "\u3000\u3000" not in s and "  " not in s:
        return None  # (names padded so are set apart by two spaces or more)
    parts = [p for p in NAME_GAP.split(s.strip()) if p]
    padded = any(len(p.split()) > 1 for p in parts)
    if len(parts) < 3 or not padded or not all(PADDED_NAME.match(p) for p in parts):
        return None  # (a list without a padded name is NAME_LIST's)
    return " ".join("".join(p.split()) for p in parts)


#: A line of Han words (a bracketed note after one allowed) and spaces only.
#: (Possessive throughout: a long line that is no such list fails at once, in linear time.)
HAN_WORD = r"[\p{Han}·]++(?:[（(]\p{Han}{1,6}[）)])?+"
HAN_WORDS = rx.lazy_pattern(rf"^\s*+{HAN_WORD}(?:\s++{HAN_WORD})*+\s*+$")
#: A name of a person, two to four Han, as a list sets it before an organ (``张三　省发改委``).
PERSON_NAME = rx.lazy_pattern(r"^\p{Han}{2,4}$")


def _han_list(s: str) -> str | None:
    """A list of names, organs or units set apart by spaces, one of them full-width or two at least, and with
    nothing but Han between them (``某某市应急管理局　某某化工有限公司　某某镇人民政府``, a list of units an
    award names; ``张　三　某某局局长``; ``张三　省发改委``), with one space between its words; None for any
    other text. Characters standing alone are one word letter-spaced or a name padded (``张　三``), and close
    up. Three words at least make a list; two, a name and a post or an organ after it."""
    if not HAN_WORDS.match(s):
        return None
    words: list[str] = []
    single = False  # the last part was one character alone (its note in brackets after it: 五（女）)
    for part in s.split():
        alone = len(part) == 1 or part[1:2] in ("（", "(")
        if single and alone:
            words[-1] += part
            continue
        words.append(part)
        single = alone and len(part) == 1
    if len(words) <= 2 and (names := _two_names(s)) is not None:
        return names
    if any(len(w) < 2 for w in words[1:-1]) or (len(words) < 3 and any(len(w) < 2 for w in words)):
        return None  # (one at either end of three or more is a word a hard wrap cut: ``…支队　某某区人民政府　某``)
    if len(words) == 2 and not (PERSON_NAME.match(words[0].partition("（")[0])
                                and not rx.ORGAN_SUFFIX.search(words[0])
                                and len(words[1]) >= 3
                                and (rx.ORGAN_SUFFIX.search(words[1]) or POST_END.search(words[1]))) \
            and not all(len(w) >= MIN_LISTED_ORGAN and rx.ORGAN_SUFFIX.search(w) for w in words):
        return None  # (two organs side by side stay apart: 某某镇人民政府　某某县交通运输局)
    return " ".join(words) if len(words) >= 2 else None


def _two_names(s: str) -> str | None:
    """Two names set in columns (``张三　　　李四光``; padded, ``张　三　　李　四``, whose letters would otherwise
    run together), with one space between them; None for any other line. A wide gap parts them (one full-width
    space parts a post from a name, ``市长　龚正``, or pads a name); each is two or three Han once closed up, the
    first no organ's name and no chapter's or article's number."""
    names = ["".join(part.split()) for part in NAMES_GAP.split(s.strip())]
    if len(names) != 2 or not all(2 <= len(n) <= 3 and n.isalpha() for n in names) or names[0].startswith("第") \
            or rx.ORGAN_SUFFIX.search(names[0]):
        return None
    return " ".join(names)


#: A gap that parts names set in columns, not the letters of one: two full-width spaces, three spaces, or one
#: full-width space and two spaces at least.
NAMES_GAP = rx.lazy_pattern(r"\u3000{2,}|[ ]{3,}|\u3000[ ]{2,}|[ ]{2,}\u3000")


#: Two words side by side are two organs' names where each is this long at least and ends as one does.
MIN_LISTED_ORGAN = 4
#: The end of a post (a member's, after the name).
POST_END = rx.lazy_pattern(r"(?:长|主任|书记|委员|主席|秘书|员|经理|总监|负责人)$")


#: A line of a body's members, a name and its post set apart by a wide gap, under a role or not:
#: ``组　长：张　三　　县长`` · ``王五六　　县政府办公室主任``.
MEMBER = rx.lazy_pattern(r"""^(?:(?P<role>\p{Han}(?:\s{0,3}\p{Han}){1,5})\s*[：:]\s*)?
    (?P<name>\p{Han}(?:\s?\p{Han}){1,3})(?:\u3000\u3000|\s{3,}|\u3000\s|\s\u3000)\s*
    (?P<post>\p{Han}[\p{Han}、，,]{0,30}?(?:长|主任|书记|委员|主席|秘书|员|经理|总监|负责人|同志)(?:[（(]\p{Han}{1,4}[）)])?)$""",
                     regex.VERSION1 | regex.VERBOSE)


def _member(s: str) -> str | None:
    """A line of a body's members (``组　长：张　三　　县长``) with the spaces in its role and name dropped and one
    between the name and the post: ``组长：张三 县长``; None for any other text."""
    m = MEMBER.match(s.strip())
    if m is None:
        return None
    role = "".join(m.group("role").split()) + "：" if m.group("role") else ""
    return f"{role}{''.join(m.group('name').split())} {m.group('post')}"


#: A letter-spaced line (every character set apart) is at most this long.
MAX_SPACED = 200


def letter_spaced(s: str) -> bool:
    """A line whose characters, four or more, each stand apart: its spaces are layout, whatever the characters;
    three, not all ASCII (``… 1 4``, ``王 某 某``; ``x = 1`` is a formula); or a number's two digits (``1 2``)."""
    parts = s.split(" ")
    return all(len(p) == 1 for p in parts) and (len(parts) >= 4 or (len(parts) == 3 and not s.isascii())
                                                or (len(parts) == 2 and s.replace(" ", "").isdecimal()))


def _indent(raw: str) -> int:
    width = 0
    for ch in raw:
        if ch == " " or ch == "\u00a0":
            width += 1
        elif ch == "\t":
            width += 4
        elif ch == "\u3000":
            width += 2
        elif ch == "\f":
            continue
        else:
            break
    return width


HTML_ROW = rx.lazy_pattern(r"<tr\b[^>]{0,200}>(?P<row>.*?)(?:</tr\s*>|(?=<tr\b)|$)", regex.IGNORECASE | regex.DOTALL)
HTML_CELL = rx.lazy_pattern(r"<t[dh]\b(?P<attrs>[^>]{0,200})>(?P<cell>.*?)(?:</t[dh]\s*>|(?=<t[dh]\b)|$)",
                            regex.IGNORECASE | regex.DOTALL)
HTML_SPAN = rx.lazy_pattern(r"""(?P<what>row|col)span\s*=\s*["']?\s*(?P<n>\d{1,4})""", regex.IGNORECASE)
#: Columns one cell may span, and a row may have, when spans are expanded (a bound against hostile input).
MAX_SPAN = 50
MAX_COLUMNS = 200


def html_table_rows(html: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, cells) of each row of the HTML table text ``html``, by offset in it. Cells merged by
    ``rowspan`` and ``colspan`` are expanded as spreadsheet readers (pandas' ``read_html``) expand them: the
    text is repeated in every row and column the cell spans, so each row has a cell for each column."""
    out: list[tuple[int, int, list[str]]] = []
    pending: dict[int, tuple[str, int]] = {}  # column → (text, rows it still covers below)
    for row in HTML_ROW.finditer(html):
        cells: list[str] = []
        for c in HTML_CELL.finditer(row.group("row")):
            while len(cells) in pending:
                cells.append(_take(pending, len(cells)))
            text = clean_text(strip_markup(c.group("cell")))
            spans = {m.group("what").lower(): int(m.group("n")) for m in HTML_SPAN.finditer(c.group("attrs"))}
            for _ in range(min(max(spans.get("col", 1), 1), MAX_SPAN)):
                if len(cells) >= MAX_COLUMNS:
                    break
                if spans.get("row", 1) > 1:
                    pending[len(cells)] = (text, min(spans["row"], MAX_SPAN * MAX_SPAN) - 1)
                cells.append(text)
        while len(cells) in pending:  # columns spanned from above, after the row's own cells
            cells.append(_take(pending, len(cells)))
        if cells:
            out.append((row.start(), row.end(), cells))
    return out


def _take(pending: dict[int, tuple[str, int]], col: int) -> str:
    text, left = pending[col]
    if left > 1:
        pending[col] = (text, left - 1)
    else:
        del pending[col]
    return text


def _html_rows(raw: str) -> list[list[str]] | None:
    """Rows of an HTML table written on one line, as MinerU writes tables: ``<table><tr><td>…``."""
    low = raw.lower()
    if "<tr" not in low or ("<td" not in low and "<th" not in low):
        return None
    return [cells for _, _, cells in html_table_rows(raw)] or None


#: An 附件说明's label before its number: ``附件：1.``.
ATTACHMENT_LABEL_CELL = rx.lazy_pattern(r"^附\s*件\s*[:：]?\s*")


def _numbering(cell: str) -> bool:
    """A cell that holds only a section's number (一、 · （一） · 1. · 第一条), or an 附件说明's label with one."""
    cell = ATTACHMENT_LABEL_CELL.sub("", cell) if cell[:1] == "附" else cell
    return (m := rx.match_marker(cell)) is not None and m.end() == len(cell)


def _table_cells(raw: str) -> list[str] | None:
    """Cells of a TAB-separated or markdown pipe table row, or None when the line is no row."""
    body = raw.strip(" \f\r\n\u3000")
    if "\t" in body.strip("\t") or (body.startswith("\t") and body.strip("\t")):
        cells = [clean_text(strip_markup(c)) for c in body.split("\t")]
        filled = [c for c in cells if c]
        if len(filled) == 2 and cells[0] and _numbering(cells[0]):
            return None  # 一、<TAB>总体要求: Word writes a TAB after its numbering; a heading, no row
        if len(filled) >= 2:
            return cells
        return None
    stripped = body.strip()
    if stripped[:1] in BOX_VERTICALS:
        stripped = stripped.translate(TO_PIPES)  # a table drawn with box-drawing characters: │甲│乙│
    if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3:
        return [clean_text(strip_markup(c)) for c in stripped[1:-1].split("|")]
    return None


#: The vertical lines of a table drawn with box-drawing characters, as text exported from older systems draws
#: one (``┌──┬──┐`` / ``│甲│乙│`` / ``├──┼──┤``); its rows are read as a pipe table's.
BOX_VERTICALS = frozenset("│┃║")
TO_PIPES = str.maketrans(dict.fromkeys("│┃║", "|"))
#: Box-drawing characters (U+2500–U+257F).
BOX_DRAWING = frozenset(map(chr, range(0x2500, 0x2580)))


def _grid_border(stripped: str) -> bool:
    """Whether a line's text without its outer white space is a grid table's border: pandoc's (``+------+-----+``,
    ``+=====+``) or one drawn with box-drawing characters (``├──────┼─────┤``)."""
    if stripped[0] == "+":
        return rx.GRID_BORDER.match(stripped) is not None
    return stripped[0] in BOX_DRAWING and len(stripped) >= 3 and BOX_DRAWING.issuperset(stripped.replace(" ", ""))


def _grid_rows(lines: list[Line]) -> None:
    """The lines of a grid table's row between two borders are one row, its cells wrapped over them: every one after
    the first is marked as continuing it (pandoc writes a Word table's long cells so). Where a table draws no
    border between its data rows (only around it and under its header), each line under the header is a row, and
    goes on with the row above only when its first cell is empty (a wrapped cell, no number in the 序号 column)."""
    k = 0
    while k < len(lines):
        if not _border_line(lines[k]):
            k += 1
            continue
        j = k  # the table: borders and rows, from this border to its last
        borders = [k]
        while j + 1 < len(lines) and (lines[j + 1].kind is LineKind.TABLE or _border_line(lines[j + 1])):
            j += 1
            if _border_line(lines[j]):
                borders.append(j)
        for n, (a, b) in enumerate(itertools.pairwise(borders)):
            whole = len(borders) > 3 or (len(borders) == 3 and n == 0)  # (rows between borders; the header)
            for line in lines[a + 2:b]:
                if whole or not (line.cells[:1] and line.cells[0]):
                    line.continues_row = True
        k = j + 1


def _border_line(line: Line) -> bool:
    stripped = line.raw.strip()
    return line.kind is LineKind.RULE and stripped[:1] in GRID_CORNERS and _grid_border(stripped)


#: What a grid table's border starts with.
GRID_CORNERS = frozenset("+┌├└╔╠╚┏┣┗╒╞╘╓╟╙")


#: A line break in HTML, or the end of a block element: the text after it is a new paragraph.
BLOCK_END = rx.lazy_pattern(r"(?:<br\s*/?>|</(?:p|div|h[1-6]|li|section|article|center)\s*>)\s*$", regex.IGNORECASE)


#: Characters a rule drawn in text repeats, three or more alone on a line (not a TOC's leader dots, which may
#: stand alone on a line above the page they lead to).
RULE_CHARS = frozenset("━─═—－＿_～~＝＊*■□◆◇★☆·•")


#: Lines that hold nothing to read: blank lines, and markup alone (a markdown rule, a table's rule, a web page's
#: tags on lines of their own; a comment, an image that a converter kept, ``![](images/3f2a.jpg)``).
SILENT = (LineKind.BLANK, LineKind.RULE, LineKind.COMMENT)


def blank_between(lines: list[Line], above: Line, below: Line) -> bool:
    """Whether blank lines, and nothing else, stand between ``above`` and ``below`` (``lines``: all the input's,
    in order); a comment or an image between them is no line."""
    between = [ln for ln in lines[above.no:below.no - 1] if ln.kind is not LineKind.COMMENT]
    return bool(between) and all(ln.kind is LineKind.BLANK for ln in between)


def next_to(lines: list[Line], above: Line, below: Line) -> bool:
    """Whether ``below`` is the line right under ``above``, or only comments or images stand between them."""
    return all(ln.kind is LineKind.COMMENT for ln in lines[above.no:below.no - 1])


def make_line(no: int, raw: str) -> Line:
    """Classify and clean one raw line."""
    if not raw.isprintable():  # (a TAB, a form feed; a zero-width character, as web pages and WeChat scatter them)
        raw = raw.translate(DELETE_ZERO_WIDTH)  # (a byte order mark opening the text too)
    if "\u00a0" in raw and "<" not in raw:  # (in HTML, spaces run together and no-break ones do not: they stay)
        raw = raw.replace("\u00a0", " ")  # a no-break space is a space (two set fields apart as two spaces do)
    form_feed = "\f" in raw
    stripped = raw.strip()
    if not stripped or (len(stripped) < 8 and not "".join(stripped.split()).strip("\u00ad")):
        return Line(no, raw, "", LineKind.BLANK, form_feed=form_feed)
    if "<!--" in raw and rx.HTML_COMMENT.match(raw):
        return Line(no, raw, clean_text(raw), LineKind.COMMENT, form_feed=form_feed)
    if "![" in raw and not rx.MD_IMAGE.sub("", raw).strip():
        return Line(no, raw, clean_text(raw), LineKind.COMMENT, form_feed=form_feed)
    if stripped == "$$" or stripped.startswith(("```", "~~~")) or (stripped[0] == "=" and not stripped.strip("=")) \
            or (stripped[0] == "{" and rx.MARKER_PAGE_BREAK.match(stripped)):
        # markup without text: a display formula's fence (MinerU), a code fence, a setext heading's ====, the
        # page break marker writes (``{3}------``)
        return Line(no, raw, "", LineKind.RULE, form_feed=form_feed)
    if stripped[0] in RULE_CHARS and len(stripped) >= 3 and not stripped.strip(stripped[0] + " \u3000"):
        # a rule drawn with one character over and over (━━━━, ────, ＿＿＿＿, ＊　＊　＊), as text dumps draw the
        # 版记's lines or part documents
        return Line(no, raw, "", LineKind.RULE, form_feed=form_feed)
    if ("|" in raw and rx.MD_TABLE_SEPARATOR.match(raw)) \
            or ((stripped[0] == "+" or stripped[0] in BOX_DRAWING) and _grid_border(stripped)):
        return Line(no, raw, "", LineKind.RULE, form_feed=form_feed)
    rows = _html_rows(raw) if "<" in raw else None
    if rows is None and ("\t" in raw or "|" in raw or stripped[0] in BOX_VERTICALS):
        cells = _table_cells(raw)
        rows = [cells] if cells is not None else None
    if rows is not None:
        text = " ".join(c for row in rows for c in row if c)
        return Line(no, raw, text, LineKind.TABLE, indent=_indent(raw), cells=rows[0], rows=rows,
                    form_feed=form_feed)
    body = raw.replace("\f", "") if form_feed else raw
    lead = stripped[:1]  # (the first character that is not white space; a form feed is white space)
    if lead in ("-", "*", "_") and rx.MD_RULE.match(body):
        return Line(no, raw, "", LineKind.RULE, form_feed=form_feed)
    heading = 0
    if lead == "#" and (m := rx.MD_HEADING.match(body)):
        heading = len(m.group("hashes"))
        body = body[m.end():]
        if body.rstrip().endswith("#"):
            body = rx.MD_HEADING_CLOSE.sub("", body)  # ## 一、总体要求 ##: the closing hashes
    elif lead == "|" and (inner := body.strip(" \f\u3000"))[-1:] == "|" and inner.count("|") == 2 and len(inner) > 2:
        body = inner[1:-1]  # a table of one cell (| 抄送：… |): a box around text, which is read as text
    elif ((lead in ("-", "*", "+") and (m := rx.MD_LIST.match(body)))
          or (lead == ">" and (m := rx.MD_QUOTE.match(body)))):
        body = body[m.end():]  # a list item's or a block quote's marker
    tail = raw[-8:]
    hard_break = tail.endswith("  ") or ("<" in raw[-12:] and BLOCK_END.search(raw[-40:]) is not None)
    if "\\" in tail and (end := body.rstrip()).endswith("\\") and not end.endswith("\\\\"):
        hard_break, body = True, end[:-1]  # a backslash before the line end: a hard break (pandoc, CommonMark)
    text = clean_text(strip_markup(body))
    if not text:  # markup and nothing else (``<b>``, ``#``): no text, but not blank either
        return Line(no, raw, "", LineKind.RULE, form_feed=form_feed)
    if "\u2474" <= text[0] <= "\u249b" or "\u3220" <= text[0] <= "\u3229":
        text = unicodedata.normalize("NFKC", text[0]) + text[1:]  # ㈠ ⑴ ⒈ (Word's numbering): (一) (1) 1.
    return Line(no, raw, text, LineKind.TEXT, _indent(raw), heading, hard_break, form_feed)


def normalize(text: str) -> list[Line]:
    """Split ``text`` into classified, cleaned lines."""
    lines = [make_line(i, raw) for i, raw in enumerate(split_lines(text), start=1)]
    if "<" in text and HIDDEN_OPEN.search(text):
        _hidden_html(lines)
    if "<table" in text or "<TABLE" in text:
        _multiline_html_tables(lines)
    if "+-" in text or "+=" in text or "┼" in text or "├" in text or "┌" in text:
        _grid_rows(lines)
    if "\t\t" in text:
        _tab_continuation_rows(lines)
    if "<" in text and TEXT_ELEMENT.search(text):
        _html_paragraph_lines(lines)
    return lines


#: A ``<br>`` that ends a line.
BR_END = rx.lazy_pattern(r"<br\s*/?>\s*$", regex.IGNORECASE)
#: The HTML elements a paragraph's text stands in, as they open or close.
TEXT_ELEMENT = rx.lazy_pattern(r"<(?P<close>/)?(?:p|h[1-6]|li)(?![A-Za-z0-9])[^<>]{0,500}>", regex.IGNORECASE)


def _html_paragraph_lines(lines: list[Line]) -> None:
    """Mark the lines inside an HTML paragraph that an earlier line opened (``continues_text``): those of its text
    after the first, and those of markup alone. A paragraph that opens and closes on one line marks nothing, nor
    does a line after one that ends in ``<br>``."""
    inside = False  # an element is open at the end of the line above
    has_text = False  # and holds text already
    for line in lines:
        if line.kind is LineKind.BLANK or ("<" not in line.raw and not inside):
            continue
        events = list(TEXT_ELEMENT.finditer(line.raw)) if "<" in line.raw else []
        if inside and line.kind in (LineKind.TEXT, LineKind.RULE):
            before = line.raw[:events[0].start()] if events else line.raw
            text = clean_text(strip_markup(before)) if line.kind is LineKind.TEXT else ""
            line.continues_text = line.kind is LineKind.RULE or (has_text and bool(text))
            has_text = has_text or bool(text)
        for m in events:
            inside, has_text = m.group("close") is None, False
        if inside and events:
            has_text = bool(clean_text(strip_markup(line.raw[events[-1].end():])))
        if line.hard_break and BR_END.search(line.raw):
            has_text = False  # (a <br> at the end of the line breaks the paragraph's text there; spaces do not)


def _tab_continuation_rows(lines: list[Line]) -> None:
    """Rows of a TAB table that fill only a column on the right (``\\t\\t2.下转患者人次数``: the cells on the left
    spanned rows, and the export wrote them once) are rows too, when they follow a row of more columns. Two TABs
    in front at least: one may be a paragraph's indent. So are rows of two cells or more, no more than the row
    above, that fill their first cell or none (``1\\t\\t\\t\\t``: the blank rows of a form to fill in, numbered
    or not), which would otherwise read as a lone number, a page's, or as a blank line."""
    prev = lines[0] if lines else None  # (the line above, past blank lines: a form's rows may stand apart)
    for above, line in itertools.pairwise(lines):
        if "\t" not in line.raw:
            if line.kind is not LineKind.BLANK:
                prev = line
            continue
        if line.kind is not LineKind.TABLE and prev is not None and prev.kind is LineKind.TABLE and "\t" in prev.raw:
            cells = [clean_text(strip_markup(c)) for c in line.raw.strip(" \f\r\n").split("\t")]
            right = line.kind is LineKind.TEXT and line.raw.startswith("\t\t") and len(cells) <= len(prev.cells) \
                and above is prev  # (a paragraph indented with TABs may follow a table, a blank line between)
            if right or (2 <= len(cells) <= len(prev.cells) and not any(cells[1:])):
                line.kind, line.cells, line.rows = LineKind.TABLE, cells, [cells]
                line.text = " ".join(c for c in cells if c)
        prev = line


#: Where HTML that is never shown opens: a script, a style sheet, the page's head, a comment.
HIDDEN_OPEN = rx.lazy_pattern(r"<(?P<tag>script|style|head)\b[^>]{0,500}>|<!--", regex.IGNORECASE)
HIDDEN_CLOSE = {tag: rx.lazy_pattern(rf"</{tag}\s*>", regex.IGNORECASE) for tag in ("script", "style", "head")}
COMMENT_CLOSE = rx.lazy_pattern(r"-->")


def _hidden_html(lines: list[Line]) -> None:
    """Lines of a saved web page that a browser never shows (``<script>``, ``<style>``, ``<head>``, ``<!-- -->``,
    over as many lines as they run) become comments; a line with text outside them keeps only that text."""
    last_close: dict[regex.Pattern[str], int] = {}  # the last line each kind of region closes on
    for k, line in enumerate(lines):
        if "</" in line.raw or "-->" in line.raw:
            for close in (*HIDDEN_CLOSE.values(), COMMENT_CLOSE):
                if close.search(line.raw):
                    last_close[close] = k
    inside: regex.Pattern[str] | None = None
    for k, line in enumerate(lines):
        raw = line.raw
        if inside is None and "<" not in raw:
            continue
        visible: list[str] = []
        pos = 0
        touched = inside is not None
        while pos <= len(raw):
            if inside is not None:
                m = inside.search(raw, pos)
                if m is None:
                    break
                inside, pos = None, m.end()
                continue
            m = HIDDEN_OPEN.search(raw, pos)
            if m is None:
                visible.append(raw[pos:])
                break
            tag = m.group("tag")
            close = HIDDEN_CLOSE[tag.lower()] if tag else COMMENT_CLOSE
            if last_close.get(close, -1) < k or (last_close[close] == k and not close.search(raw, m.end())):
                visible.append(raw[pos:])  # never closed: ``<script`` in text, not a region to hide
                break
            touched = True
            visible.append(raw[pos:m.start()])
            inside = close
            pos = m.end()
        if not touched:
            continue
        shown = make_line(line.no, "".join(visible))
        if shown.kind in (LineKind.BLANK, LineKind.RULE, LineKind.COMMENT):
            lines[k] = Line(line.no, raw, clean_text(strip_markup(raw)), LineKind.COMMENT, form_feed=line.form_feed)
        else:
            shown.raw = raw
            lines[k] = shown


TABLE_OPEN = rx.lazy_pattern(r"<table\b", regex.IGNORECASE)
TABLE_CLOSE = rx.lazy_pattern(r"</table\s*>", regex.IGNORECASE)
#: Lines an HTML table's ``</table>`` is looked for in.
MAX_HTML_TABLE_LINES = 5000


def _multiline_html_tables(lines: list[Line]) -> None:
    """HTML tables written over several lines (``<table>`` / ``<tr>`` / ``<td>甲</td>`` …): each row goes to the
    line its ``<tr>`` opens on, and the other lines of the row are marked as continuing it, so the row's span
    covers them. The table ends at ``</table>`` or at the first line of text without a tag."""
    closes = [k for k, ln in enumerate(lines) if "</" in ln.raw and TABLE_CLOSE.search(ln.raw)]
    i = 0
    while i < len(lines):
        raw = lines[i].raw
        m = TABLE_OPEN.search(raw) if "<" in raw else None
        if m is None or TABLE_CLOSE.search(raw, m.end()):
            i += 1
            continue
        # Up to its ``</table>`` when one comes within reach (cell text may stand on lines of its own); else up
        # to the first line of text without a tag.
        after = bisect_right(closes, i)
        if after < len(closes) and closes[after] - i < MAX_HTML_TABLE_LINES:
            j = closes[after] + 1
        else:
            j = i + 1
            while j < len(lines) and (lines[j].kind is LineKind.BLANK or "<" in lines[j].raw):
                j += 1
        region = lines[i:j]
        joined = "\n".join(ln.raw for ln in region)
        starts = [0]
        for ln in region[:-1]:
            starts.append(starts[-1] + len(ln.raw) + 1)
        opened: dict[int, list[list[str]]] = {}
        continuing: set[int] = set()
        for row_start, row_end, cells in html_table_rows(joined):
            first = bisect_right(starts, row_start) - 1
            last = bisect_right(starts, max(row_end - 1, row_start)) - 1
            opened.setdefault(first, []).append(cells)
            continuing.update(range(first + 1, last + 1))
        for k, ln in enumerate(region):
            if k in opened:
                rows = opened[k]
                ln.kind, ln.rows, ln.cells = LineKind.TABLE, rows, rows[0]
                ln.text = " ".join(c for row in rows for c in row if c)
            elif k in continuing and ln.kind is not LineKind.BLANK:
                ln.carry_row_on()
        i = j
