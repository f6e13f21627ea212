"""Stage 2: the gazette's masthead (报头) and colophon (版权页).

Guarantees afterwards: ``MastheadResult.lines`` holds every line the masthead and colophon occupy;
``gazette`` is None when the input has neither (a single document).
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass, field

from . import regexes as rx
from .blocks import join_wrapped, left_open
from .dates import parse_date
from .furniture import MAX_FURNITURE, MAX_PAGE_HEADER, page_furniture
from .models import Gazette, Span
from .normalize import SILENT, WIDE_GAP, Line, LineKind, blank_between, make_line, next_to
from .numerals import cn_to_int

#: How many non-blank lines from the top a masthead may take.
MASTHEAD_REACH = 12
#: A masthead without the gazette's title (printed as an image) must open the input within this many lines.
MASTHEAD_TOP = 3


@dataclass(slots=True)
class MastheadResult:
    """What the masthead and colophon say, and where they are."""

    gazette: Gazette | None = None
    lines: set[int] = field(default_factory=set)
    publication_month_day: tuple[int, int, int] | None = None
    conflicts: list[tuple[int, str, object, object]] = field(default_factory=list)
    """(line, field, first value, this line's value) where masthead and colophon disagree."""
    """(line, month, day) of a ``5 月 11 日出版`` line, resolved against the year when known."""


#: Masthead lines that give one field by name, the pattern's group of that name: ``国务院公报编辑部编辑出版`` ·
#: ``某某市人民政府办公厅主办`` · ``（旬刊）``.
NAMED_LINES = {"editor": rx.EDITOR_LINE, "sponsor": rx.SPONSOR_LINE, "frequency": rx.FREQUENCY_LINE}


#: A line that holds the ISSN and the CN number and nothing else is at most this long.
MAX_NUMBERS_LINE = 60


#: ``Gazette.special`` of a year's index printed as an issue of its own.
ANNUAL_INDEX_ISSUE = "总目录"


def _masthead_kind(text: str) -> str | None:
    """Which masthead or colophon element a cleaned line is, or None."""
    if rx.GAZETTE_TITLE.match(text):
        return "title"
    if rx.ISSUE_LINE.match(text):
        return "issue"
    if text[-1:] == "录" and rx.ANNUAL_INDEX.match(text):
        return "index"  # 2021年总目录: the year's index, printed as an issue of its own
    if rx.CUMULATIVE_LINE.match(text):
        return "cumulative"
    if text[:1] in "（(" and rx.BLANK_CUMULATIVE.match(text):
        return "blank"  # （总第　期）: a number left out, nothing to read
    if rx.YEAR_LINE.match(text):
        return "year"
    if text[:1] in "12" and rx.YEAR_DOT_ISSUE.match(text):
        return "dotted"  # 2023.5
    if rx.PUBLICATION_DATE.match(text):
        return "published"
    if rx.COLOPHON_FIELD.match(text):
        return "field"
    if rx.LATIN_TITLE.match(text):
        return "latin"
    if rx.CN_NUMBER.fullmatch(text.strip()):
        return "field"
    if len(text) <= MAX_NUMBERS_LINE and (cn := rx.CN_NUMBER.search(text)) and (issn := rx.ISSN.search(text)) \
            and not (text[:min(cn.start(), issn.start())] + text[max(cn.end(), issn.end()):]).strip():
        return "numbers"  # ISSN 1004-4698　CN 33-1354/D on one line
    return next((name for name, pattern in NAMED_LINES.items() if pattern.match(text)), None)


#: The end of a colophon field that a hard wrap put on a line of its own (``编辑出版：某某省人民政府办公`` / ``厅``) is
#: at most this long.
MAX_FIELD_TAIL = 12
MAX_LATIN_TAIL = 40


#: Lines looked over, blank ones, for a field's end under a running header.
TAIL_REACH = 4


def _zone(lines: list[Line], start: int) -> list[Line]:
    """Masthead-like lines from index ``start`` on, blank lines and rules skipped."""
    zone: list[Line] = []
    paged = False  # a page break stands between the last line of the zone and this one
    taken = -1  # the last line read with one above it

    def follows(line: Line) -> bool:
        """Whether ``line`` comes right after the zone's last line, or only blank lines part them as they part the
        zone's last two (or, under the zone's first line, ``line`` and the line under it): text that puts a blank
        line between all its lines."""
        if next_to(lines, zone[-1], line):
            return True
        if not blank_between(lines, zone[-1], line):
            return False
        if len(zone) >= 2:
            return blank_between(lines, zone[-2], zone[-1])
        below = next((ln for ln in lines[line.no:line.no + TAIL_REACH] if ln.kind not in SILENT), None)
        return below is not None and blank_between(lines, line, below)

    for i in range(start, len(lines)):
        line = lines[i]
        if line.kind in SILENT:
            continue
        if i <= taken:
            zone.append(_read_above(line))
            continue
        last = zone[_last_read(zone)] if zone else line  # (the zone's last line read; zone[-1] may stand for a
        # line read with it, blank)
        if line.kind is LineKind.TEXT and i + 1 < len(lines) and lines[i + 1].continues_text \
                and lines[i + 1].kind is LineKind.TEXT \
                and (_masthead_kind(line.text) is None or line.text.endswith(("：", ":"))) \
                and _masthead_kind((paragraph := _paragraph(lines, i))[0]) is not None:
            # a line of an HTML paragraph over the source's lines (Word's HTML wraps its source) that is no
            # masthead line by itself (or a field without its value), read with the paragraph's other lines
            # (2023年第15期（总第1783 / 期）, 国内统一刊号： / CN33-1354/D)
            joined, count = paragraph
            line, taken = Line(line.no, line.raw, joined, LineKind.TEXT, line.indent, form_feed=line.form_feed), \
                i + count - 1
        if line.kind is LineKind.TEXT and i + 1 < len(lines) and (below := lines[i + 1]).kind is LineKind.TEXT \
                and ((below.text[:1] in "：:" and _masthead_kind(joined := line.text + below.text) == "field")
                     or (_bracket_rest(line, below) and (joined := line.text + below.text))) \
                and _masthead_kind(line.text) is None:
            # a field cut before its colon (国内统一刊号 / ：CN33-1354/D, as Word's source wraps a paragraph); a line
            # cut inside its bracket, that reads as a masthead's only with the rest (2020年第2期（总第1002 / 期）)
            zone.append(Line(line.no, line.raw, joined, LineKind.TEXT, line.indent))
            taken = i + 1
            paged = False
            continue
        if line.kind is LineKind.TEXT and zone and i + 1 < len(lines) \
                and (below := lines[i + 1]).kind is LineKind.TEXT and below.text[:1] in "：:" \
                and next_to(lines, zone[-1], line) and _masthead_kind(last.text) == "field" \
                and _key_cut(last, cut := Line(line.no, line.raw + below.raw, line.text + below.text, LineKind.TEXT)):
            # a field's end, then the next field's key without its colon, which the wrap put on the line under with
            # the value (主管主办单位：某某省人 / 民政府　　编辑出版 / ：某某省人民政府办公厅)
            _read_with_last(zone, cut, last.text + cut.text, raw=last.raw + cut.raw)
            taken = i + 1
            paged = False
            continue
        if _page_break(line) and (_masthead_kind(line.text) is None or (
                zone and _masthead_kind(last.text) == "field")):
            paged = True  # (a running header with the title and issue, inside a colophon, heads a page)
            continue
        if zone and _masthead_kind(last.text) == "field" and _masthead_kind(line.text) == "title" \
                and (tail := next((ln for ln in lines[i + 1:i + 1 + TAIL_REACH]
                                   if ln.kind not in SILENT), None)) is not None \
                and _field_tail(tail):
            paged = True  # (the title alone as a running header inside a field a wrap cut: 编辑出版：某某办公 / 厅)
            continue
        if zone and (paged or follows(line)) and _field_tail(line) and _masthead_kind(last.text) == "field":
            # a field's end the wrap cut off (also of a field that went on in the line above, beside the next one:
            # 主管主办单位：某某省人民政 / 府　　编辑出版：某某省 / 人民政府办公厅)
            _read_with_last(zone, line, last.text + line.text, raw=last.raw + line.raw.strip())
            paged = False
            continue
        if line.kind is LineKind.TEXT and zone \
                and (paged or next_to(lines, zone[-1], line) or blank_between(lines, zone[-1], line)) \
                and _masthead_kind(line.text) is None and _masthead_kind(last.text) == "field" \
                and _key_cut(last, line):
            # the next field's key the wrap cut (主管主办：某某省人民政府　　编 / 辑出版：…), or its colon (blank
            # lines between them too: the join tells it)
            _read_with_last(zone, line, last.text + line.text, raw=last.raw + line.raw)
            paged = False
            continue
        if line.kind is LineKind.TEXT and zone and line.no == zone[-1].no + 1 and (
                not line.text.strip(CLOSING_MARKS) or _bracket_rest(last, line)):
            # a line's closing bracket the wrap cut off, or what the bracket holds with it, under a masthead line
            # that reads as one without them: 2020年第2期（总第1002期 / ） · 2018年第12期(总第1199 / 期)
            _read_with_last(zone, line, last.text + line.text)
            continue
        if line.kind is LineKind.TEXT and zone and line.no == zone[-1].no + 1 and LATIN_WORDS.match(line.text) \
                and _masthead_kind(last.text) == "latin":
            # the title in English, its last word wrapped: …PEOPLE'S REPUBLIC OF / CHINA
            _read_with_last(zone, line, f"{last.text} {line.text}")
            continue
        if line.kind is not LineKind.TEXT or _masthead_kind(line.text) is None:
            break
        zone.append(line)
        paged = False
    return zone


def _paragraph(lines: list[Line], i: int) -> tuple[str, int]:
    """The text of the HTML paragraph from ``lines[i]`` on, its lines run together as a browser shows them, and
    how many lines it holds: those that continue its text, up to a page break or a running header among them
    (the gazette's title alone)."""
    text, j = lines[i].text, i + 1
    while j < min(len(lines), i + MAX_PARAGRAPH_LINES) and lines[j].continues_text and not _page_break(lines[j]) \
            and _masthead_kind(lines[j].text) != "title":
        text = join_wrapped(text, lines[j].text)
        j += 1
    return text, j - i


#: The source lines a line of the masthead or the colophon is read over, at most (Word's HTML cuts one in two).
MAX_PARAGRAPH_LINES = 4


def _read_above(line: Line) -> Line:
    """What stands in a zone for ``line``, read with a line above it: blank, with its number."""
    return Line(line.no, line.raw, "", LineKind.BLANK)


def _read_with_last(zone: list[Line], line: Line, text: str, *, raw: str | None = None) -> None:
    """Read ``line`` with the zone's last line read (``_last_read``), which now holds ``text`` (and ``raw``, or its
    own)."""
    k = _last_read(zone)
    above = zone[k]
    zone[k] = Line(above.no, above.raw if raw is None else raw, text, LineKind.TEXT, above.indent)
    zone.append(_read_above(line))


def _last_read(zone: list[Line]) -> int:
    """Where in ``zone`` its last line read stands: lines read with one above them stand blank after it (a field
    the wrap cut twice: 主管主办单位：某某省人民政 / 府　　编辑出版：某某省 / 人民政府办公厅)."""
    return next((k for k in range(len(zone) - 1, -1, -1) if zone[k].kind is not LineKind.BLANK), len(zone) - 1)


def _english_title_above(lines: list[Line], i: int) -> list[Line]:
    """The gazette's title in English right above ``lines[i]``, as one line (and the lines it was read from after
    it, blank): a wrap or Word's source may cut it (GUANGDONG PROVINCIAL / PEOPLE'S GOVERNMENT / GAZETTE)."""
    above: list[Line] = []
    for line in reversed(lines[:i]):
        if line.kind in SILENT:
            continue  # (Word's markup alone on its lines stands between)
        if line.kind is not LineKind.TEXT or len(above) == MAX_ENGLISH_LINES or not (
                LATIN_WORDS.match(line.text) or rx.LATIN_TITLE.match(line.text)):
            break
        above.insert(0, line)
    joined = "".join(ln.text if not k or above[k - 1].text.endswith(("'", "’")) else f" {ln.text}"
                     for k, ln in enumerate(above))  # (no space where the cut fell after an apostrophe: PEOPLE' / S)
    if not above or not rx.LATIN_TITLE.match(joined):
        return []
    first = above[0]
    return [Line(first.no, first.raw, joined, LineKind.TEXT, first.indent),
            *(_read_above(ln) for ln in above[1:])]


#: Lines a gazette's title in English may be cut over.
MAX_ENGLISH_LINES = 3


def _key_cut(above: Line, line: Line) -> bool:
    """Whether ``line`` goes on a key that a wrap cut at the end of the colophon's field ``above`` (fields side by
    side): joined, they hold one field more than ``above`` does, every part a field."""
    if "：" not in line.text and ":" not in line.text:
        return False
    parts = _field_parts(above.raw + line.raw, above.text + line.text)
    return parts is not None and len(parts) > len(_field_parts(above.raw, above.text) or [above])


def _field_tail(line: Line) -> bool:
    """Whether ``line`` may be the end of a colophon field that a wrap cut off: short (a web address's or a number's
    end may be longer: 网址：http:// / zfgb.zj.gov.cn), no field of its own."""
    return line.kind is LineKind.TEXT and "：" not in line.text and ":" not in line.text \
        and len(line.text) <= (MAX_FIELD_TAIL if rx.HAN.search(line.text) else MAX_LATIN_TAIL) \
        and _masthead_kind(line.text) is None


def _bracket_rest(above: Line, line: Line) -> bool:
    """Whether ``line`` is what a bracket a wrap cut in ``above``, a masthead line, holds with its end:
    ``2018年第12期(总第1199`` / ``期)``."""
    return line.kind is LineKind.TEXT and above.kind is LineKind.TEXT and line.text[-1:] in CLOSING_MARKS \
        and len(line.text) <= MAX_FIELD_TAIL and left_open(above.text) \
        and _masthead_kind(above.text + line.text) is not None


#: Marks that close a bracket, which a wrap may leave alone on a line.
CLOSING_MARKS = "）)】〕」』"
#: The rest of a title in English that a wrap cut: a word or a few, in capitals.
LATIN_WORDS = rx.lazy_pattern(r"^[A-Z][A-Z'’.,&-]*(?: [A-Z][A-Z'’.,&-]*){0,3}$")


def _cells_and_kinds(line: Line) -> tuple[list[str], list[str | None]]:
    """The filled cells of a table row (or rows), and what kind of masthead line each is (None for no kind)."""
    cells = [c.strip() for row in line.rows for c in row if c.strip()]
    return cells, [_masthead_kind(c) for c in cells]


def _masthead_cells(line: Line) -> list[str] | None:
    """The cells of a table row (or rows) that hold the masthead, as converters lay out a cover: every cell a
    masthead line, one of them the title or the issue line."""
    cells, kinds = _cells_and_kinds(line)
    if cells and None not in kinds and ("title" in kinds or "issue" in kinds):
        return cells
    return None


def _fields_of(line: Line) -> list[Line]:
    """A colophon's line that holds fields side by side (``主管主办：某某省人民政府　　编辑出版：某某省人民政府办公厅``,
    or one space apart, as a converter collapses the gap), a line for each field; any other line by itself."""
    if line.kind is not LineKind.TEXT or ("：" not in line.text and ":" not in line.text):
        return [line]
    parts = _field_parts(line.raw, line.text)
    return [line] if parts is None else [make_line(line.no, p) for p in parts]


def _field_parts(raw: str, text: str) -> list[str] | None:
    """The fields a colophon's line holds side by side, a wide space apart in ``raw`` (or one before a key: in
    ``raw``, or in ``text`` where ``raw`` holds markup), where it holds two or more and nothing else."""
    for parts in ([p for p in WIDE_GAP.split(raw.strip()) if p],
                  [p for p in rx.NEXT_COLOPHON_FIELD.split(raw.strip()) if p],
                  [p for p in rx.NEXT_COLOPHON_FIELD.split(text.strip()) if p]):
        if len(parts) >= 2 and all(rx.COLOPHON_FIELD.match(p) for p in parts):
            return parts
    return None


def _colophon_cells(line: Line) -> list[str] | None:
    """The cells of a table row (or rows) that hold the colophon: every cell a field of it (``主管主办：…``,
    ``国内统一连续出版物号：…``), two at least."""
    if "：" not in line.text and ":" not in line.text:
        return None
    cells, kinds = _cells_and_kinds(line)
    return cells if len(cells) >= 2 and all(k == "field" for k in kinds) else None


def _page_break(line: Line) -> bool:
    """A page number or running header between the lines of a colophon that a page break split (left to the
    furniture stage): a page number, the first line of a new page, or a running header that prints its page."""
    if line.form_feed and line.kind is LineKind.TEXT and len(line.text) <= MAX_PAGE_HEADER:
        return True  # the first line of a new page: its running header, whatever it says
    return _page_number(line)  # (a header with its page)


def _page_number(line: Line) -> bool:
    """Whether ``line`` is a page number (``· 12 ·``, ``—3—``), alone or in a running header (``某某公报　　2018年
    第21期　　12``)."""
    if line.kind is not LineKind.TEXT or len(line.text) > MAX_FURNITURE:
        return False
    found = page_furniture(line.raw)
    return found is not None and (found[0] == "page-number" or found[1] is not None)


#: How the name of a state or a place ends, printed over the rest of a gazette's title (中华人民共和国 / 国务院公报).
PLACE_ENDS = ("国", "省", "市", "县", "区", "州", "盟", "旗")
#: The organ's half of a gazette title printed on two lines (浙江省人民政府 / 公　报).
TITLE_HEAD = rx.lazy_pattern(r"^\p{Han}{2,28}$")
#: A gazette title's first line, where a hard wrap cut the title, is at least this long (a page 26 columns wide, less
#: its margin: 某某省人民代表大会常务 / 委员会公报).
MIN_WRAPPED_HEAD = 10


def _split_title(lines: list[Line]) -> tuple[list[Line], tuple[int, int] | None]:
    """A gazette title printed on two lines at the top (``浙江省人民政府`` / ``公　报``), or a title-and-issue line
    that a hard wrap cut (``某某省人民政府公报　2019年第`` / ``1期``), as one line: the lines with the first one
    standing for both, and the numbers of the two (None when there is no such title)."""
    top = [k for k, ln in enumerate(lines[:4 * MASTHEAD_REACH])
           if ln.kind in (LineKind.TEXT, LineKind.TABLE)][:MASTHEAD_TOP + 1]
    for a, b in itertools.pairwise(top):
        first, second = lines[a], lines[b]
        if first.kind is not LineKind.TEXT or second.kind is not LineKind.TEXT or rx.TOC_HEADING.match(first.text):
            continue  # (the two lines stand one right under the other: no table between; 目录 is no title's half)
        if (second.text in ("公报", "政报") and TITLE_HEAD.match(first.text)) or (
                # 中华人民共和国 / 国务院公报: a state's or a place's name over the rest of the title
                first.text.endswith(PLACE_ENDS) and TITLE_HEAD.match(first.text)
                and second.text.endswith(("公报", "政报")) and rx.GAZETTE_TITLE.match(second.text)) or (
                # 中华人民共和国全国人民代表大会常务委 / 员会公报: a long title a hard wrap cut, its end the shorter
                # (as short as its last letter: 某某省人民代表大会常务委员会公 / 报)
                len(first.text) >= MIN_WRAPPED_HEAD and len(second.text) < len(first.text)
                and TITLE_HEAD.match(first.text) and _masthead_kind(first.text) is None
                and (first.text + second.text).endswith(("公报", "政报"))
                and rx.GAZETTE_TITLE.match(first.text + second.text)) or (
                _masthead_kind(first.text) is None and (m := rx.ISSUE_LINE.match(first.text + second.text))
                and m.group("title")):
            joined = list(lines)
            joined[a] = Line(first.no, first.raw, first.text + second.text, LineKind.TEXT, first.indent,
                             first.heading, form_feed=first.form_feed)
            joined[b] = _read_above(second)
            return joined, (first.no, second.no)
    return lines, None


#: The characters a colophon field's key opens with (a cheap test before the pattern, tried on every line).
COLOPHON_FIRST = frozenset("主编地联电国印邮发出定责传投网刊本承内准赠E")
#: Colophon keys a document's text may print too (an event's 主办, 地址 and 电话): a zone of these alone is a
#: colophon only at the end of the text.
SHARED_KEYS = frozenset({"地址", "电话", "联系电话", "网址", "本刊网址", "主办", "主办单位", "邮编", "邮政编码",
                         "传真", "电子邮箱", "电子信箱", "E-mail", "编辑", "责任编辑", "主编", "投稿邮箱", "发送对象",
                         "发送范围"})
#: Lines of text that may follow a colophon at the end of an issue (a page number, a back cover's line).
MAX_AFTER_COLOPHON = 3


def _colophon_at(lines: list[Line], zone: list[Line]) -> bool:
    """Whether field lines ``zone`` are the issue's colophon: a key only a gazette prints (国内统一刊号, 编辑出版,
    准印证号 …), or only keys a document may print too but at the end of the text."""
    keys = {"".join(m.group("key").split()) for ln in zone if (m := rx.COLOPHON_FIELD.match(ln.text))}
    if not keys <= SHARED_KEYS:
        return True
    after = sum(1 for ln in lines[zone[-1].no:] if ln.kind is LineKind.TEXT)
    return after <= MAX_AFTER_COLOPHON


def find_masthead(lines: list[Line]) -> MastheadResult:
    """Read the masthead at the top and the colophon wherever its fields cluster."""
    result = MastheadResult()
    lines, title_tail = _split_title(lines)
    zones: list[list[Line]] = []
    # The masthead: a gazette title among the first lines.
    seen = 0
    text_seen = False  # any line but a page number before this one
    previous = ""  # the text line above this one
    for i, line in enumerate(lines):
        if line.kind in SILENT:
            continue  # (a web page's head and its tags alone on their lines stand above the masthead: not counted)
        above_text, previous = previous, line.text if line.kind is LineKind.TEXT else ""
        seen += 1
        if seen > MASTHEAD_REACH:
            break
        if line.form_feed and text_seen:
            break  # a later page: its first line is a running header, no masthead (which opens the issue)
        text_seen = text_seen or not _page_break(line)
        if line.kind is LineKind.TABLE and seen <= MASTHEAD_TOP and (cells := _masthead_cells(line)):
            zones.append([Line(line.no, c, c, LineKind.TEXT) for c in cells])  # a cover laid out as a table
            break
        if line.kind is LineKind.TEXT and (rx.GAZETTE_TITLE.match(line.text) or (
                (m := rx.ISSUE_LINE.match(line.text)) and (m.group("title") or (
                    # (the title printed as an image: an issue line with its year opens the input)
                    seen <= MASTHEAD_TOP and m.group("year") and (m.group("cumulative") or m.group("cumulative2")
                                                                  or "期" in line.text)
                    # (but 2020年第12期 under 某某常务会议纪要 is the 纪要's number)
                    and not rx.NUMBERED_TITLE.match(above_text))))):
            zone = _zone(lines, i)
            if not zone:
                break
            if english := _english_title_above(lines, i):
                zone[:0] = english  # the title in English above the title (GUANGDONG … GAZETTE / 广东省…公报)
            zones.append(zone)
            # A full date right under the masthead is the day of publication (2020年4月10日); elsewhere a date
            # is a document's, so it is no masthead line in general.
            # So is one under the office that publishes it (江苏省人民代表大会常务委员会办公厅 / 2021年4月15日).
            # (A page number between, or a running header with one or that repeats a line of the masthead, where
            # a converter put a page's furniture, is stepped over.)
            printed = {ln.text for ln in zone}
            after = [ln for ln in itertools.islice((ln for ln in lines[zone[-1].no:]
                                                   if ln.kind not in SILENT
                                                   and not _page_number(ln) and ln.text not in printed), 3)
                     if ln.kind is LineKind.TEXT]
            # (Only here: elsewhere 某某办公厅　2018年4月14日 is a document's 署名 and date, above a colophon too.)
            if after and rx.DATE_LINE.match(after[0].text):
                zone.append(after[0])
                zone.extend(_zone(lines, after[0].no))  # (more under the date: 第5期 / 2020年2月20日 / （总第1832期）)
            elif after and (om := rx.OFFICE_LINE.match(after[0].text)) and om.group("date"):
                zone.append(after[0])  # 江苏省人民代表大会常务委员会办公厅　　2021年4月15日
            elif len(after) >= 2 and rx.OFFICE_LINE.match(after[0].text) and rx.DATE_LINE.match(after[1].text):
                zone.extend(after[:2])
            else:
                for n in (2, 3):  # the office and its date wrapped: …办公厅　　2021年4月 / 15日 · …常务委员 / 会办公厅
                    # 2021年4月 / 15日
                    if len(after) >= n and after[n - 1].text[-1:] == "日" \
                            and all(_masthead_kind(x.text) is None for x in after[:n - 1]) \
                            and (om := rx.OFFICE_LINE.match(joined := "".join(x.text for x in after[:n]))) \
                            and om.group("date"):
                        zone.append(Line(after[0].no, after[0].raw, joined, LineKind.TEXT, after[0].indent))
                        zone.extend(_read_above(x) for x in after[1:n])
                        break
            break
    # The colophon: two or more field lines close together, with the title/issue lines above them.
    field_idx = [i for i, ln in enumerate(lines)
                 if ln.kind is LineKind.TEXT and ln.text[:1] in COLOPHON_FIRST and len(ln.text) <= 120
                 and ("：" in ln.text or ":" in ln.text) and rx.COLOPHON_FIELD.match(ln.text)]
    taken = {ln.no for z in zones for ln in z}
    for i in field_idx:
        if lines[i].no in taken:
            continue
        j = i
        while j > 0:
            if lines[j - 1].kind in SILENT or _page_break(lines[j - 1]) \
                    or (lines[j - 1].kind is LineKind.TEXT and _masthead_kind(lines[j - 1].text)):
                j -= 1
            elif j > 1 and _bracket_rest(lines[j - 2], lines[j - 1]):
                j -= 2  # (a masthead line a wrap cut in its bracket: 2018年第12期(总第1199 / 期))
            else:
                break
        zone = _zone(lines, j)
        if sum(1 for ln in zone if _masthead_kind(ln.text) == "field") >= 2 and _colophon_at(lines, zone):
            zones.append(zone)
            taken |= {ln.no for ln in zone}
    table: list[Line] | None = None  # the colophon drawn as a table, its rows read so far
    for line in lines:  # (a converter drew it as a table, its fields in the cells; a row a line, or all on one)
        if line.kind is not LineKind.TABLE:
            table = table if line.kind is LineKind.RULE else None  # (a pipe table's rule under its first row)
            continue
        if line.no not in taken and (cells := _colophon_cells(line)):
            zone = [Line(line.no, c, c, LineKind.TEXT) for c in cells]
            if table is None and not _colophon_at(lines, zone):
                continue
            if table is not None:
                table.extend(zone)  # (the next row of the same table)
            else:
                zones.append(zone)
                table = zone
            taken.add(line.no)
        else:
            table = None
    if not zones:
        return result
    g: dict[str, object] = {}
    spans: list[Span | None] = []
    for zone in zones:
        spans.append(Span(start_line=zone[0].no, end_line=zone[-1].no) if zone else None)
        for line in zone:
            result.lines.add(line.no)
            for part in _fields_of(line):
                _read_line(part, g, result)
    if title_tail is not None and any(ln.no == title_tail[0] for ln in zones[0]):
        result.lines.add(title_tail[1])  # (the title's second line, read with its first)
        if (first := spans[0]) is not None and first.end_line < title_tail[1]:
            spans[0] = Span(start_line=first.start_line, end_line=title_tail[1])
    if ("title" not in g and "issue" not in g) or (len(g) == 1 and "title" in g):
        # A title alone is no masthead: it may be a document's (中国共产党第十九届…全体会议公报, a 公报).
        result.lines.clear()
        return result
    year = g.get("year")
    pub = g.get("publication_date")
    if year is None and isinstance(pub, str) and "issue" in g:
        year = g["year"] = int(pub[:4])  # 第10期　2021年4月10日: the year the issue came out
    if pub is None and result.publication_month_day and isinstance(year, int):
        _, month, day = result.publication_month_day
        pub = f"{year:04d}-{month:02d}-{day:02d}"
    masthead_span = spans[0] if zones[0] and zones[0][0].no <= 40 else None
    colophon_span = next((s for s in spans if s and s is not masthead_span), None)
    result.gazette = Gazette(
        title=_str(g.get("title")), title_en=_str(g.get("title_en")), year=_int(year),
        issue=_int(g.get("issue")), issue_to=_int(g.get("issue_to")), special=_str(g.get("special")),
        cumulative_issue=_int(g.get("cumulative_issue")),
        publication_date=_str(pub), sponsor=_str(g.get("sponsor")), address=_str(g.get("address")),
        phone=_str(g.get("phone")), editor=_str(g.get("editor")), frequency=_str(g.get("frequency")),
        issn=_str(g.get("issn")), cn_number=_str(g.get("cn_number")),
        url=_str(g.get("url")), printer=_str(g.get("printer")), print_permit=_str(g.get("print_permit")),
        colophon_fields=_fields(g.get("colophon_fields")), masthead_span=masthead_span,
        colophon_span=colophon_span,
    )
    return result


def _fields(value: object) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


FIELD_NAMES = {
    "主管主办单位": "sponsor", "主管主办": "sponsor", "主管单位": "sponsor", "主管": "sponsor", "主办单位": "sponsor",
    "主办": "sponsor", "地址": "address", "联系电话": "phone", "电话": "phone", "国内统一刊号": "cn_number",
    "国内统一连续出版物号": "cn_number", "刊号": "cn_number", "网址": "url", "本刊网址": "url",
    "印刷单位": "printer", "印刷": "printer", "承印": "printer", "编辑出版": "editor", "出版": "editor",
    "国际标准刊号": "issn", "国际标准连续出版物号": "issn", "出版日期": "publication_date",
    "准印证号": "print_permit", "准印证": "print_permit", "内部资料准印证号": "print_permit",
    "内部资料准印证": "print_permit",
}


def _cn_number(text: str) -> str:
    """The CN number in ``text`` written without spaces (``CN 33 - 1354/D`` → CN33-1354/D) and in ASCII (from
    ``ＣＮ３３－１３５４／Ｄ``), else ``text``."""
    text = unicodedata.normalize("NFKC", text) if not text.isascii() else text
    cn = rx.CN_NUMBER.search(text)
    return "CN" + "".join(cn.group("cn").split()).upper() if cn else text


def _issn(text: str) -> str:
    """The ISSN in ``text`` written without spaces and in ASCII, its check digit upper case, else ``text``."""
    text = unicodedata.normalize("NFKC", text) if not text.isascii() else text
    issn = rx.ISSN.search(text)
    return "".join(issn.group("issn").split()).upper() if issn else text


def _read_line(line: Line, g: dict[str, object], result: MastheadResult) -> None:
    text = line.text
    kind = _masthead_kind(text) or ("date" if rx.DATE_LINE.match(text) else None) \
        or ("office" if rx.OFFICE_LINE.match(text) else None)
    if kind == "title":
        g.setdefault("title", rx.GAZETTE_TITLE.match(text).group("title"))
    elif kind == "latin":
        g["title_en"] = f"{g['title_en']} {text}" if "title_en" in g else text
    elif kind == "year":
        _put(g, "year", int(rx.YEAR_LINE.match(text).group("year")), line.no, result)
    elif kind == "dotted":
        m = rx.YEAR_DOT_ISSUE.match(text)
        assert m is not None
        _put(g, "year", int(m.group("year")), line.no, result)
        _put(g, "issue", int(m.group("issue")), line.no, result)
    elif kind == "issue":
        m = rx.ISSUE_LINE.match(text)
        assert m is not None
        if m.group("title"):
            g.setdefault("title", m.group("title"))
        if m.group("year") and (year := cn_to_int(m.group("year"))):
            _put(g, "year", year, line.no, result)
        _put(g, "issue", cn_to_int(m.group("issue")) or 0, line.no, result)
        if m.group("issue_to"):
            g.setdefault("issue_to", cn_to_int(m.group("issue_to")))
        if m.group("special"):
            g.setdefault("special", "".join(m.group("special").split()))
        cumulative = m.group("cumulative") or m.group("cumulative2")
        if cumulative:
            _put(g, "cumulative_issue", cn_to_int(cumulative) or 0, line.no, result)
        if m.group("pub_month"):  # 2019年第12期（6月20日出版）
            _published(g, result, line.no, m.group("pub_year"), m.group("pub_month"), m.group("pub_day"))
        elif m.group("pub_date"):  # 2023年3月10日出版　第5期
            if not m.group("year"):
                _put(g, "year", int(m.group("date_year")), line.no, result)
            _published(g, result, line.no, m.group("date_year"), m.group("date_month"), m.group("date_day"))
    elif kind == "index":
        m = rx.ANNUAL_INDEX.match(text)
        assert m is not None
        if m.group("year") and (year := cn_to_int(m.group("year"))):
            _put(g, "year", year, line.no, result)
        g.setdefault("special", ANNUAL_INDEX_ISSUE)
    elif kind == "cumulative":
        m = rx.CUMULATIVE_LINE.match(text)
        assert m is not None
        _put(g, "cumulative_issue", cn_to_int(m.group("cumulative") or m.group("cumulative2")) or 0, line.no, result)
    elif kind == "published":
        m = rx.PUBLICATION_DATE.match(text)
        assert m is not None
        _published(g, result, line.no, m.group("year"), m.group("month"), m.group("day"))
    elif kind in NAMED_LINES:
        g.setdefault(kind, NAMED_LINES[kind].match(text).group(kind))
    elif kind == "office":
        m = rx.OFFICE_LINE.match(text)
        assert m is not None
        g.setdefault("editor", m.group("office"))
        if m.group("date") and (iso := parse_date(m.group("date"))[0]):
            g.setdefault("publication_date", iso)
    elif kind == "date":
        iso, _ = parse_date(text)
        if iso:
            g.setdefault("publication_date", iso)
    elif kind == "numbers":
        g.setdefault("cn_number", _cn_number(text))
        g.setdefault("issn", _issn(text))
    elif kind == "field":
        m = rx.COLOPHON_FIELD.match(text)
        if m is None:
            g.setdefault("cn_number", text.strip())
            return
        key = "".join(m.group("key").split())
        value = m.group("value").strip()
        if value:
            fields = g.setdefault("colophon_fields", {})
            assert isinstance(fields, dict)
            fields.setdefault(key, value)
        name = FIELD_NAMES.get(key)
        if name == "cn_number":
            value = _cn_number(value)
        elif name == "issn":
            value = _issn(value)
        elif name == "publication_date":
            value = parse_date(value)[0] or ""
        if name and value:
            g.setdefault(name, value)


def _published(g: dict[str, object], result: MastheadResult, line: int, year: str | None, month: str,
               day: str) -> None:
    """A publication date; without its year it is resolved against the issue's year later."""
    if year:
        g["publication_date"] = f"{int(year):04d}-{int(month):02d}-{int(day):02d}"
    result.publication_month_day = (line, int(month), int(day))


def _put(g: dict[str, object], key: str, value: int, line: int, result: MastheadResult) -> None:
    """Keep the first value of an issue field; a different one later (colophon vs masthead) is a conflict."""
    if key not in g:
        g[key] = value
    elif g[key] != value:
        result.conflicts.append((line, key, g[key], value))


def _str(v: object) -> str | None:
    return v if isinstance(v, str) else None


def _int(v: object) -> int | None:
    return v if isinstance(v, int) else None
