"""Stage 4: find page furniture (page numbers, running headers, separators) and number the pages.

Guarantees afterwards: every furniture line is listed once in ``FurnitureResult.lines`` and will be
skipped by later stages; every content line has ``Line.page`` set when the input prints page numbers.
Furniture is removed from the text, never lost: each line becomes a ``Furniture`` record.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from dataclasses import dataclass, field

import regex

from . import regexes as rx
from .blocks import (
    detect_wrap,
    display_width,
    end_mark,
    ends_title,
    is_issuer_line,
    line_width,
    opens_title,
    reaches_wrap,
)
from .models import Furniture, Span
from .normalize import WIDE_GAP as HEADER_GAP  # (the gap between a header's ends, as between listed names)
from .normalize import Line, LineKind, letter_spaced, strip_markup


@dataclass(slots=True)
class FurnitureResult:
    """Furniture records and the set of line numbers they occupy."""

    records: list[Furniture] = field(default_factory=list)
    lines: set[int] = field(default_factory=set)

    def mark(self, no: int, kind: str, text: str, page: int | None = None) -> None:
        """Record line ``no`` as furniture of ``kind``."""
        self.records.append(Furniture(kind=kind, text=text, page=page, span=Span(start_line=no, end_line=no)))
        self.lines.add(no)


#: Page numbers and running headers are short lines.
MAX_FURNITURE = 80
#: The gap between the words of a letter-spaced line (two spaces or more, where its characters stand one apart).
WIDE_GAP = rx.lazy_pattern(r" {2,}")
#: What a web page prints around a document (a scraped page's text keeps it): the breadcrumb, the line of
#: publication time, source and views, the font-size switch, print and close buttons, the site's footer.
WEB_CHROME = rx.lazy_pattern(
    r"""^(?:
        (?:当前位置\s*[:：]\s*)?首\s*页\s*(?:>|＞|»|›|/|-|＼|→|\||｜|丨).*              # 首页 > 政务公开 > …
      | (?:发布|更新)?(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}
        .{0,60}?(?:来源|浏览|点击|阅读|作者|字号)\s*[:：].*
      | 来源\s*[:：].{1,40}?(?:浏览|点击|阅读|发布时间|字号)\s*(?:次数|量)?\s*[:：].*
      | (?:浏览|点击|阅读|访问)\s*(?:次数|量)\s*[:：]\s*\d+.*
      | (?:[【\[]\s*)?字\s*[号体]\s*[:：]?\s*[\[【(（]?\s*大\s*中\s*小.*
      | (?:[【\[]?\s*(?:我要)?(?:打印本页|打印此页|打印正文|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏|分享到|分享|纠错)
         \s*[】\]]?\s*){1,8}
      | 扫一扫在手机(?:上)?打开.*
      | (?:分享到|上一篇|下一篇|相关链接|相关阅读|相关稿件|相关解读|相关文件)\s*[:：].{0,60}
      | 主办(?:单位)?\s*[:：].{2,40}?                                           # the site's footer
        (?:承办|运行维护|技术支持|版权所有|网站标识码)(?:单位)?\s*[:：].*
      | 版权所有\s*(?:[:：©]|\d{4}).{0,60}                                   # (not 版权所有人应当…)
      | 网站标识码.*
      | (?:责任编辑|信息来源|稿件来源|附件下载|相关附件)\s*[:：].{0,60}                   # the page's own credits
      | 本篇(?:法规|文件|文章)中涉及的(?:附件|附图|图片)如下\s*[:：]?            # a legal database's links
      | (?:©|(?i:copyright)\b).{0,80}                                          # its copyright line
      | 维基文库\s*[，,]\s*自由的图书馆                                          # a mirror's (Wikisource) page:
      | 取自\s*[“"「]?\s*https?://\S.*                                          # its source link,
      | 本作品.{0,300}?著作权法.{0,80}?(?:不适用|不受).*                         # the notice that the law does
      | 此页面最后(?:编辑|修订)于.*                                              # not protect an official document,
      | 本页面的文字.{0,60}?(?:许可|协议).*                                     # its edit date and licence
    )$""", regex.VERBOSE)
#: Chrome lines that may run longer than ``MAX_WEB_CHROME``: a mirror's source link and legal notice.
LONG_CHROME_START = ("取自", "本作品")
MAX_LONG_CHROME = 600
#: A line of web page chrome is at most this long.
MAX_WEB_CHROME = 100
#: What a line of web page chrome starts with (its first two characters).
WEB_CHROME_START = frozenset([
    "当前", "首页", "首 ", "发布", "更新", "时间", "日期", "来源", "浏览", "点击", "阅读", "访问", "字号", "字体",
    "打印", "关闭", "返回", "收藏", "分享", "纠错", "扫一", "主办", "网站", "上一", "下一", "相关", "版权",
    "责任", "信息", "稿件", "附件", "我要", "本篇", "维基", "取自", "本作", "此页", "本页",
    "【字", "【打", "【关", "【我", "【 ", "[字", "[打", "[关", "[我", "[ "])
#: A field of a line of web page chrome that says something of the document under it: when the site published
#: or updated it, where it comes from, who wrote it (``发布日期：2018-06-20 10:12来源：省政府办公厅浏览次数：1234``).
#: Counts of views and the font-size switch say nothing of the document and are read only to end the field before.
CHROME_FIELD = rx.lazy_pattern(
    r"(?P<key>(?:发布|更新|发文|成文)?(?:日期|时间)|(?:信息|文章|稿件)?来源|作者|发布(?:机构|单位)"
    r"|(?:浏览|点击|阅读|访问)(?:次数|量|数)?|字\s*[号体])\s*[:：]\s*")
#: What a site prints between the chrome's fields, besides white space.
CHROME_SEPARATORS = " \u3000【[|｜丨/"
#: The chrome's keys whose values go into a document's metadata.
NOT_METADATA = ("浏览", "点击", "阅读", "访问", "字")


def chrome_fields(text: str) -> dict[str, str]:
    """The fields of a line of web page chrome (``CHROME_FIELD``) that go into a document's metadata, by the key
    it prints, each value up to the next key; values left empty are left out."""
    found = list(CHROME_FIELD.finditer(text))
    fields: dict[str, str] = {}
    ends = [m.start() for m in found[1:]] + [len(text)] if found else []
    for m, end in zip(found, ends, strict=True):
        key = "".join(m.group("key").split())
        value = text[m.end():end].strip().rstrip(CHROME_SEPARATORS).strip()  # (来源：本网 【字体：…)
        if value and not key.startswith(NOT_METADATA):
            fields.setdefault(key, value)
    return fields


#: A site's registration numbers: ``浙ICP备05001234号　浙公网安备 33010002000123号``.
WEB_FOOTER = rx.lazy_pattern(r"^.{0,30}(?:ICP\s*备|公网安备).{0,80}$")


#: The end of a line of chrome that a hard wrap cut off onto the next line is at most this long.
MAX_CHROME_TAIL = 30
#: Links a page lists under its head of related links (相关链接：, after the document's date) at most: they end
#: sooner at a line of chrome (the next page's breadcrumb, a print button) or a sentence.
MAX_RELATED_LINKS = 20
#: Marks of a sentence: a line holding one is no link's title.
SENTENCE_STOPS = frozenset("。；;！？")


def _cut_at_wrap(above: Line, line: Line, lines: list[Line], wrap: list[int | None]) -> bool:
    """Whether a hard wrap may have cut ``above`` before ``line``: ``above`` fills the width ``lines`` are wrapped
    at (told once, and kept in ``wrap``), or ``line``'s first word would not have fitted after it (a number the wrap
    does not break: 浙ICP备05001234号　浙公网安备 / 33010002000123号)."""
    if not wrap:
        wrap.append(detect_wrap(lines)[0])
    width = wrap[0]
    if width is None:  # (too few lines to tell the wrap: a long line over a few letters)
        return line_width(above) >= MIN_CUT_CHROME and len(line.text) <= MAX_SHORT_TAIL
    first = FIRST_WORD.match(line.text)
    return reaches_wrap(above, width) or line_width(above) + 1 + display_width(first[0] if first else "") > width


#: Where the wrap of a text cannot be told, a line of chrome this wide at least may be cut before a tail this long
#: at most (…来源：省政府办公厅　浏览 / 次数：1234).
MIN_CUT_CHROME = 40
MAX_SHORT_TAIL = 10
#: A red header is longer than this: a place's or an organ's name before 文件 (省政府文件, not 政府文件).
MIN_RED_HEADER = 4
#: The lines a wrap may have cut one line of chrome into, after the first (a mirror's source link, its URL long).
MAX_CHROME_TAILS = 3
#: How a breadcrumb opens.
BREADCRUMB_START = ("首页", "首　页", "首 页", "当前位置")
#: The marks between a breadcrumb's parts (首页 > 政务公开 > …).
BREADCRUMB_MARKS = frozenset(">＞»›/\\＼→|｜丨-")
#: What a wrap does not break: a run of Latin letters and digits, or one letter.
FIRST_WORD = rx.lazy_pattern(r"[A-Za-z0-9.:/_-]+|.")


def _names_a_document(text: str) -> bool:
    """Whether a line under a web page's chrome names a document, or opens its head: its title, its issuer's red
    header (a place's or an organ's name before 文件), its 文号."""
    return ends_title(text) or opens_title(text) or (len(text) > MIN_RED_HEADER and rx.RED_HEADER.match(text)) \
        or rx.DOC_NUMBER_LINE.match(text) is not None


def may_be_web_chrome(text: str) -> bool:
    """Whether ``text`` starts or holds what a line of web page chrome does (a cheap test before the patterns)."""
    return text[:2] in WEB_CHROME_START or text[:1] in "©Cc" or "备" in text


#: Marks no line opens with but where a wrap cut it: a line that opens with one goes on the line above.
CUT_TAIL_START = frozenset("、，,。；;：:）)》”’")


def is_web_chrome(text: str) -> bool:
    """A line of what a web page prints around a document (``WEB_CHROME``, ``WEB_FOOTER``)."""
    if len(text) > MAX_WEB_CHROME and (len(text) > MAX_LONG_CHROME or not text.startswith(LONG_CHROME_START)):
        return False
    if "ICP" in text or "公网安备" in text:
        return WEB_FOOTER.match(text) is not None
    return may_be_web_chrome(text) and WEB_CHROME.match(text) is not None
#: A running header of any wording, told by standing first on a new page, is at most this long.
MAX_PAGE_HEADER = 20


def page_furniture(raw: str, title: str | None = None) -> tuple[str, int | None] | None:
    """The kind and printed page of a furniture line; ``title`` is the gazette's, from its masthead."""
    body = raw.replace("\f", "").strip()
    if body[:1] in "#*":  # (a converter's markup around it: # 浙江省人民政府公报 · **— 3 —**)
        body = body.lstrip("#").strip().strip("*").strip()
    if body[1:2] == " " and len(body) <= 2 * MAX_FURNITURE and letter_spaced(" ".join(body.split())):
        # every character set apart, as a PDF's spaced characters give it (浙 江 省 … 公 报    2 0 1 8 年 …): the
        # single spaces go, a wider gap stays one
        body = " ".join(part.replace(" ", "") for part in WIDE_GAP.split(body))
    if len(body) > MAX_FURNITURE:
        return None
    m = rx.PAGE_NUMBER.match(body) if len(body) <= 20 else None
    if m:
        return "page-number", page_of(m)
    m = rx.RUNNING_HEADER.match(body) if "公报" in body or "政报" in body else None
    if m:
        page = m.group("p1") or m.group("p2")
        return "running-header", int(page) if page else None
    if title and title in body:
        # The gazette's own title with its issue or date beside it: ``中华人民共和国国务院公报  2020.5``; or with the
        # name of the part the page prints, a wide gap apart: ``国务院文件　　　中华人民共和国国务院公报``.
        rest = "".join(body.split()).replace(title, "", 1)
        if rx.HEADER_REST.match(rest) or (HEADER_PART.match(rest) and len(parts := HEADER_GAP.split(body)) == 2
                                          and title in parts):
            return "running-header", _header_page(*body.split(title, 1))
    return None


def page_of(m: regex.Match[str]) -> int:
    """The page a match of ``regexes.PAGE_NUMBER`` tells."""
    return int(m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e") or m.group("f"))


#: A digit (of a page, an issue, a year).
DIGIT = rx.lazy_pattern(r"\d")
#: The name of a gazette's part a running header prints beside the gazette's title (``国务院文件``, ``部门文件``,
#: ``国务院令``, ``人事任免``, ``政策解读``).
HEADER_PART = rx.lazy_pattern(r"^\p{Han}{0,10}(?:文件|令|任免|规章|解读|公告|动态|要闻|信息|纪要|选编|法规)$")


def _header_page(before: str, after: str) -> int | None:
    """The page number a running header prints at either end, beside the title: ``浙江省人民政府公报 ·12·`` ·
    ``— 12 —  浙江省人民政府公报`` · ``…公报 2018年第12期  12``; a number of four digits is a year, no page."""
    words_after, words_before = after.split(), before.split()
    for part in (after.strip(), words_after[-1] if words_after else "", before.strip(),
                 words_before[0] if words_before else ""):
        if part.isdecimal() and len(part) <= 3:
            return int(part)
        if part and (m := rx.PAGE_NUMBER.match(part)) is not None:
            return page_of(m)
    return None


def _bare_number_at_page_break(lines: list[Line], i: int) -> bool:
    """A line that is only a number, right before a form feed or right after one (pdftotext footers)."""
    if not lines[i].text.isdecimal() or not rx.BARE_PAGE_NUMBER.match(lines[i].text):
        return False
    if lines[i].form_feed:
        return True
    nxt = next((ln for ln in lines[i + 1:i + 4] if ln.kind is not LineKind.BLANK or ln.form_feed), None)
    return nxt is not None and nxt.form_feed


def _page_number_sequence(lines: list[Line], skip: set[int]) -> set[int]:
    """Indices of lines that are only a number and together count pages up: ``3`` … ``4`` … ``6``.

    Converters that drop form feeds (MinerU, copy-paste) leave page numbers as lone numbers between
    paragraphs, often inside a sentence broken by the page end. Two or more lone numbers that increase, by
    at most three each, are taken for page numbers; a single lone number stays text.
    """
    found = [(i, int(ln.text)) for i, ln in enumerate(lines)
             if ln.kind is LineKind.TEXT and ln.no not in skip and ln.text.isdecimal() and len(ln.text) <= 4]
    if len(found) < 2:
        return set()
    steps = [b - a for (_, a), (_, b) in itertools.pairwise(found)]
    if all(1 <= s <= 3 for s in steps):
        return {i for i, _ in found}
    return set()


#: A page number printed with its decoration (—1—, - 2 -, 第3页) is at most this long.
MAX_DECORATED = 12


def _numbers_a_table(lines: list[Line], numbered: set[int]) -> bool:
    """Whether the first of the lone numbers ``numbered`` stands under 序号 and a few column names: the first row
    of a table printed one cell a line (``NUMBER_COLUMN``; ``layout`` reads such a table), whose numbers are no
    pages."""
    first = min(numbered)
    above = [ln for ln in lines[max(0, first - MAX_TABLE_HEAD):first] if ln.kind is LineKind.TEXT]
    return any(ln.text in NUMBER_COLUMN for ln in above)


#: A table printed one cell a line numbers its rows in a column of this name.
NUMBER_COLUMN = frozenset({"序号", "编号", "序"})
#: The lines above a table's first row number that its header may take.
MAX_TABLE_HEAD = 13


def _decorated_page_numbers(lines: list[Line], skip: set[int], title: str | None) -> bool:
    """Whether two or more lines print a page number with its decoration (—1—, · 2 ·), not as a lone number."""
    found = (ln for ln in lines if ln.kind is LineKind.TEXT and len(ln.text) <= MAX_DECORATED
             and not ln.text.isdecimal() and ln.no not in skip
             and (kind := page_furniture(ln.raw, title)) is not None and kind[0] == "page-number")
    return next(found, None) is not None and next(found, None) is not None
#: A note on the page itself, above a 署名 that a page break left alone: ``（此页无正文）``.
PAGE_NOTE = rx.lazy_pattern(r"^[（(]\s*此\s*页\s*无\s*正\s*文\s*[）)]$")
MAX_PAGE_NOTE = 12


def find_furniture(lines: list[Line], *, skip: set[int] | None = None, title: str | None = None,
                   toc_pages: tuple[int, int] | None = None) -> FurnitureResult:
    """Mark furniture lines and set ``Line.page`` from the page numbers they print.

    ``skip``: line numbers already claimed by another stage (the masthead's own issue line
    must not be taken for a running header). ``title``: the gazette's title, which running headers repeat.
    ``toc_pages``: the TOC's last line and the page it gives its first entry, when it gives pages.
    """
    skip = skip or set()
    result = FurnitureResult()
    # Lone numbers counting up are page numbers where nothing else prints them (MinerU drops their dashes); where
    # pages print theirs as —1— (pdftotext), lone numbers are text: a table's 序号, one cell a line.
    numbered = _page_number_sequence(lines, skip)
    if numbered and (_decorated_page_numbers(lines, skip, title) or _numbers_a_table(lines, numbered)):
        numbered = set()
    footers: list[tuple[int, int]] = []  # (line number, page) of numbers printed at the foot of a page
    headers: list[tuple[int, int]] = []  # … and at the head
    paged: list[tuple[int, int]] = []  # running headers that print a page, not known to open one
    links = False  # under a legal database's list of the files it links
    related = 0  # link lines still allowed under a page's head of related links (相关链接：)
    chrome: Line | None = None  # the line of chrome right above, whose end a wrap may have cut off
    wrap: list[int | None] = []  # the width the text is hard-wrapped at, once asked (``_cut_at_wrap``)
    tails = 0  # lines read as the ends of the line of chrome above
    dated = False  # under a document's date: a list of related links comes after the document
    mirrored = False  # under a mirror's source link (取自“https://zh.wikisource.org/…”)
    for i, line in enumerate(lines):
        if line.no in skip:
            continue
        if line.kind is LineKind.RULE:
            result.mark(line.no, "separator", line.raw.strip())
            continue
        if line.kind is LineKind.COMMENT:
            result.mark(line.no, "comment", line.text)
            continue
        if line.kind is not LineKind.TEXT:
            continue
        own = may_be_web_chrome(line.text) and is_web_chrome(line.text)  # (a line of chrome by itself)
        if chrome is not None and not own and i and lines[i - 1].no == chrome.no and (
                (len(line.text) <= MAX_CHROME_TAIL and not rx.HAN.search(line.text))
                or (len(line.text) <= MAX_WEB_CHROME and (line.text[0] in CUT_TAIL_START or line.continues_text))
                or (len(line.text) <= MAX_CHROME_TAIL and _cut_at_wrap(chrome, line, lines, wrap)
                    and (chrome.text[-1] in BREADCRUMB_MARKS or not _names_a_document(line.text)))) \
                and is_web_chrome(chrome.text + line.text):
            # the end of the line above, which a hard wrap cut off (浏览次数： / 567, as a text browser's dump of the
            # page wraps it): no Han in it (a title under a breadcrumb, a link's under 相关链接：, is no such end),
            # or opening with a mark no line opens with (…专业提供法律信息 / 、法学知识和…解决方案。), or in the same
            # paragraph of a web page whose source wraps it (<p>© 北大法宝： / (www.pkulaw.cn)专业提供…</p>); or under
            # a line that fills the width hard-wrapped text is wrapped at, what names no document (…政策文件 > 省政府 /
            # 文件 · 来源：省 / 政府办公厅　浏览次数：1234), or anything after a breadcrumb's mark (…政策文件 > /
            # 省政府文件)
            result.mark(line.no, "web-chrome", line.text)
            tails += 1  # (cut again? a line of chrome over four lines at most, no longer than one may be, but a
            # breadcrumb over two: its pattern takes in whatever follows it)
            joined = chrome.text + line.text
            goes_on = tails < MAX_CHROME_TAILS and len(joined) <= MAX_WEB_CHROME \
                and not joined.startswith(BREADCRUMB_START)
            chrome = Line(line.no, line.raw, joined, LineKind.TEXT, line.indent) if goes_on else None
            continue
        chrome = None
        if own or (may_be_web_chrome(line.text) and i + 1 < len(lines) and (below := lines[i + 1]).kind is LineKind.TEXT
                   and below.no not in skip and len(below.text) <= MAX_CHROME_TAIL
                   and below.text[0] in CUT_TAIL_START and is_web_chrome(line.text + below.text)):
            # (a line of chrome by itself, or with the end a wrap cut off it: 发布时间：…　来源 / ：省政府办公厅…)
            result.mark(line.no, "web-chrome", line.text)
            chrome, tails = line, 0
            links = line.text.startswith("本篇")
            mirrored = line.text.startswith("取自")
            related = MAX_RELATED_LINKS if dated and line.text.startswith("相关") and line.text[-1] in "：:" else 0
            continue
        if related and len(line.text) <= MAX_WEB_CHROME and SENTENCE_STOPS.isdisjoint(line.text):
            result.mark(line.no, "web-chrome", line.text)  # a related link's title, under 相关链接：
            related -= 1
            continue
        related = 0
        dated = dated or (line.text[-1] in rx.DATE_ENDS and rx.is_date_line(line.text))
        if mirrored and line.text.startswith(("分类：", "分类:", "隐藏分类：", "隐藏分类:")):
            result.mark(line.no, "web-chrome", line.text)  # the mirror's categories, under its source link
            continue
        mirrored = False
        if links and len(line.text) <= MAX_WEB_CHROME and rx.FILE_EXTENSION.search(line.text):
            result.mark(line.no, "web-chrome", line.text)  # a file the legal database's list links
            continue
        links = False
        if len(line.text) <= MAX_PAGE_NOTE and "页" in line.text and PAGE_NOTE.match(line.text):
            result.mark(line.no, "page-note", line.text)
            continue
        if len(line.text) <= 8 and "续" in line.text and rx.CONTINUED_TABLE.match(line.text):
            result.mark(line.no, "table-continued", line.text)
            continue
        if "<" not in line.raw:
            found = page_furniture(line.raw, title)
        elif len(line.text) <= MAX_FURNITURE and (DIGIT.search(line.text) or "报" in line.text):
            # an HTML line (or a tag over a line end, blanked), read without its tags but with its spaces (…公报
            # 2021年第6期 12): one that prints a page, an issue or the gazette's title
            found = page_furniture(strip_markup(line.raw), title)
        else:
            found = None
        if found is None and (i in numbered or _bare_number_at_page_break(lines, i)):
            found = "page-number", int(line.text)
        if found is None:
            continue
        kind, page = found
        result.mark(line.no, kind, line.text, page)
        if page is None:
            continue
        # A number is a footer when content precedes it on its page, a header when it opens one.
        prev = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].kind is not LineKind.BLANK), None)
        opens_page = line.form_feed or prev is None or (prev.form_feed and prev.no in result.lines)
        (headers if opens_page and kind == "running-header" else footers).append((line.no, page))
        if kind == "running-header" and not opens_page:
            paged.append((line.no, page))
    if paged and not headers and toc_pages is not None and _heads_first_page(lines, paged[0], toc_pages, result):
        # Without form feeds nothing tells where a page opens; a running header that prints the page
        # (· 2 ·　某某市人民政府公报) right under the TOC, with the page of its first entry, heads its page, and so
        # does every other (a gazette prints them in one place).
        footers = [f for f in footers if f not in paged]
        headers = paged
    _repeated_headers(lines, result, skip)
    _assign_pages(lines, footers, headers)
    return result


def _heads_first_page(lines: list[Line], first: tuple[int, int], toc_pages: tuple[int, int],
                      result: FurnitureResult) -> bool:
    """Whether the running header ``first`` (line number, page) stands right under the TOC, with nothing but
    blank lines and furniture between, and prints the page the TOC gives its first entry."""
    toc_end, first_page = toc_pages
    no, page = first
    return page == first_page and no > toc_end and all(
        ln.kind is LineKind.BLANK or ln.no in result.lines for ln in lines[toc_end:no - 1])


#: A gap between the cells of a row laid out with spaces.
CELL_GAP = rx.lazy_pattern(r"\S(?: {2,}|\t)(?=\S)")
#: A line that opens this many pages (and at least a third of them) with the same text is a running header.
MIN_HEADER_REPEATS = 3


def _element(text: str) -> bool:
    """A line that may open many pages and still be text: an 附件 label (each attachment on a page of its
    own), a numbered heading."""
    return bool(rx.ATTACHMENT_LABEL.match(text) or rx.match_marker(text))


#: Lines looked over for the line of text under a page's first line.
MAX_BLANK_UNDER = 3


def _heads_or_signs(lines: list[Line], j: int) -> bool:
    """Whether ``lines[j]``, a page's first line, is an organ's name over its 文种 or its number (某某省人民代表大会
    常务委员会 / 公　　告: a document's head, which a gazette of 公告 may print at the top of page after page), or a
    署名 over its date."""
    if not is_issuer_line(lines[j].text):
        return False
    below = next((ln for ln in lines[j + 1:j + 2 + MAX_BLANK_UNDER] if ln.kind is not LineKind.BLANK), None)
    if below is None or below.kind is not LineKind.TEXT:
        return False
    text = below.text
    return "".join(text.split()) in HEAD_KINDS or rx.ORDER_NUMBER.match(text) is not None or rx.is_date_line(text)


#: A 文种 that stands on a line of its own under its issuer's name.
HEAD_KINDS = frozenset({"公告", "通告", "布告", "令", "命令", "决定", "通知", "纪要"})


def _repeated_headers(lines: list[Line], result: FurnitureResult, skip: set[int]) -> None:
    """Running headers of any wording (``省政府办公厅文件``, ``2018年第12期``): the same short line opening page
    after page, right after a form feed or a page number. Two wordings may alternate (odd and even pages)."""
    # Page breaks: lines with a form feed, and page numbers (line numbers are indices + 1).
    breaks = sorted({i for i, ln in enumerate(lines) if ln.form_feed}
                    | {r.span.start_line - 1 for r in result.records if r.kind == "page-number"})
    starts: list[int] = []
    for i in breaks:
        j = i if lines[i].form_feed and lines[i].no not in result.lines else i + 1
        while j < len(lines) and j - i <= 3 and (lines[j].kind is LineKind.BLANK or lines[j].no in result.lines):
            j += 1
        if j < len(lines) and lines[j].kind is LineKind.TEXT and lines[j].no not in skip \
                and len(lines[j].text) <= MAX_FURNITURE and (not starts or starts[-1] != j) \
                and len(CELL_GAP.findall(lines[j].raw.strip())) < 2 and not _element(lines[j].text) \
                and end_mark(lines[j].text) not in "。！？" and not _heads_or_signs(lines, j):
            # (a row of cells is a table's header repeated on every page, no running header; nor is a sentence's
            # end that a wrap put at the head of pages, …确 / —12— / 保各项工作落到实处。)
            starts.append(j)
    counts: dict[str, int] = {}
    for j in starts:
        counts[lines[j].text] = counts.get(lines[j].text, 0) + 1
    headers = {t for t, n in counts.items() if n >= MIN_HEADER_REPEATS and n * 3 >= len(starts)}
    for j in starts:
        if lines[j].text in headers:
            result.mark(lines[j].no, "running-header", lines[j].text)
    if headers:
        result.records.sort(key=lambda r: r.span.start_line)


def _assign_pages(lines: list[Line], footers: list[tuple[int, int]], headers: list[tuple[int, int]]) -> None:
    """Set ``Line.page`` from the page numbers printed at the foot of pages or, without them, at their heads.

    Stretch k of lines stands between the numbers k - 1 and k (stretch 0 before the first, the last after the
    last). Between two numbers of pages in a row (or of one page) its lines are all on one page: the page of
    the foot under them, or of the head above them. Where pages between are not numbered (a gazette that drops
    some page numbers, a converter that keeps only a few), and before the first number and after the last, only
    a page's worth of text next to the number is on its page (after the last foot, the next page; before the
    first head, the page before); of the lines beyond it, no page is told. A page's worth is as much as the most
    text between two numbers in a row, and at least ``PAGE_CHARS``."""
    marks = footers or headers
    if not marks:
        return
    nos = [no for no, _ in marks]
    printed = [page for _, page in marks]
    at = set(nos)
    stretches: list[list[Line]] = [[] for _ in range(len(nos) + 1)]
    for line in lines:
        k = bisect_left(nos, line.no)
        if line.no in at:  # (a foot is on the page it closes, a head on the page it opens)
            line.page = printed[k]
        else:
            stretches[k].append(line)
    last = len(nos)
    whole = [0 < k < last and 0 <= printed[k] - printed[k - 1] <= 1 for k in range(last + 1)]
    full = max([PAGE_CHARS, *(_chars(stretches[k]) for k in range(last + 1) if whole[k])])
    for k, stretch in enumerate(stretches):
        if footers:  # (after the last foot, the next page)
            page, up = (printed[k], True) if k < last else (printed[-1] + 1, False)
        else:  # (before the first head, the page before)
            page, up = (max(printed[0] - 1, 1), True) if k == 0 else (printed[k - 1], False)
        for line in stretch:
            line.page = page if whole[k] else None
        if not whole[k]:
            seen = 0
            for line in reversed(stretch) if up else stretch:
                seen += len(line.text) if line.kind is not LineKind.BLANK else 0
                if seen > full:
                    break
                line.page = page


def _chars(stretch: list[Line]) -> int:
    """Characters of text in lines ``stretch``."""
    return sum(len(line.text) for line in stretch if line.kind is not LineKind.BLANK)


#: A printed page holds at least this much text (GB/T 9704 sets 22 lines of 28 characters on a page).
PAGE_CHARS = 700
