"""Stage 6: document boundaries — where each document starts, its 文号 block and its title blocks.

A document is anchored, strongest first, on its 文号 line (or an order number ``第705号`` under ``…令``), on a
block that spells a title the TOC lists, or on a ``关于…`` title right after another document's date. Its
title is the run of title-like blocks before the 文号 (or after it, under a red header ``…文件``); it ends
where the next document begins.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from . import regexes as rx
from .blocks import (
    DOC_NUMBER_CHARS,
    MAX_ISSUER_LINE,
    SENTENCE_MARKS,
    Block,
    agency_cut,
    display_width,
    end_mark,
    ends_title,
    is_addressee,
    is_issuer_line,
    number_cut,
    number_letter_cut,
    signer_cut,
    stands_alone,
    title_key,
)
from .docnumber import ParsedNumber, minutes_number, order_number, parse_doc_number
from .normalize import strip_markup

#: A title block is at most this long; a longer block is body text.
MAX_TITLE_BLOCK = 80


MAX_TITLE_BLOCKS = 4


def is_titleish(block: Block) -> bool:
    """A block that could be (part of) a document title."""
    text = block.text
    if block.table or len(text) > MAX_TITLE_BLOCK or stands_alone(text):
        return False
    if text[-1] == "、" and rx.ISSUER_END.search(text):
        return True  # a title's first line, broken after a list mark: 浙江省人民政府办公厅关于省政府秘书长、
    if end_mark(text) in "。；;：:，,、" or (rx.match_marker(text) and not text.startswith("（")):
        return False
    if any(w in text for w in IMPRINT_WORDS) and rx.IMPRINT_LINE.match(text):
        return False  # a 版记 line: 某某办公厅　2020年3月2日印发
    return not rx.PAGE_NUMBER.match(text)


@dataclass(slots=True)
class Region:
    """Blocks ``[start, end)`` of one document, with its 文号 block and title blocks."""

    start: int
    end: int
    anchor: int | None
    title: list[int]
    red_header: list[int]
    number: ParsedNumber | None = None
    """The 文号 the anchor block stands for, parsed once."""
    signers: list[int] = field(default_factory=list)
    """Blocks under the anchor that carry on its 签发人 (a joint report's second signer)."""
    category: str | None = None
    """The 【…】 heading the region opens with, if any."""


#: Blocks of 版头 marks (份号, 密级, 紧急程度) a document may open with.
MAX_HEAD_MARKS = 3


def head_marks(block: Block) -> dict[str, str] | None:
    """The 版头 marks a block consists of (``{"copy": "000123", "secret": "机密★1年", "urgent": "特急"}``), or
    None when it holds anything else."""
    if block.table or len(block.text) > 40:
        return None
    raw = " ".join(" ".join(strip_markup(ln.raw).split()) for ln in block.lines)  # (raw keeps the spaces between)
    marks: dict[str, str] = {}
    pos = 0
    while pos < len(raw):
        m = rx.HEAD_MARK.match(raw, pos)
        if m is None or m.end() == pos:
            return None
        kind = m.lastgroup or ""
        marks[kind] = "".join(m.group(kind).split())
        pos = m.end()
    return marks or None


def find_regions(blocks: list[Block], toc: Sequence[tuple[str, str | None]] = (),
                 categories: frozenset[str] = frozenset()) -> list[Region]:
    """Document regions in block order.

    Anchors, strongest first: a 文号 line (or an order number ``第705号`` under ``…令``); a block that spells
    a title the TOC lists; a ``关于…`` title right after another document's date. ``categories``: the parts of
    the issue its TOC names (国务院办公厅文件), whose headings, with or without 【】, open the document under them.
    """
    regions = _numbered_regions(blocks)
    regions = _title_regions(blocks, regions, toc)
    if regions and (first := min(r.start for r in regions)) >= 2 and (_after_closing_line(blocks, first - 1) or (
            not blocks[first - 1].table and end_mark(blocks[first - 1].text) == "。")):
        # A document without a 文号 opening the text, before the first one found: its title at the top, its date
        # right above the next document, or its last sentence (an order that ends in the regulation it publishes)
        lead = _headless_region(blocks[:first])
        if lead.title and ends_title("".join(blocks[k].text for k in lead.title)):
            regions.append(lead)
    if not regions and blocks:
        headless = _headless_region(blocks)
        if headless.title:  # without a 文号 or a title there is no document to speak of
            regions.append(headless)
    regions.sort(key=lambda r: r.start)
    floor = 0
    for r in regions:  # a 【省政府文件】 heading right above a document opens it
        k = r.start - 1
        if k >= floor and not blocks[k].table and (cat := _category(blocks[k].text, categories)):
            r.start, r.category = k, cat
        elif r.title and r.start < min(r.title) and not blocks[r.start].table \
                and (cat := _category(blocks[r.start].text, categories)):
            r.category = cat  # a document that opens the text with what stands above its title, a heading first
        while r.start - 1 >= floor and r.start - k <= MAX_HEAD_MARKS and head_marks(blocks[r.start - 1]):
            r.start -= 1  # 份号, 密级, 紧急程度 above the red header
        floor = max([r.start, *r.title, r.anchor or 0, *r.red_header, *r.signers]) + 1
    for r, nxt in itertools.pairwise(regions):
        r.end = nxt.start
    if regions:
        regions[-1].end = len(blocks)
    return regions


def _category(text: str, categories: frozenset[str]) -> str | None:
    """The part of the issue a heading names: ``【省政府文件】``, or one of the TOC's ``categories`` unbracketed,
    numbered as the TOC numbers them too (``一、市政府文件``), or set off by marks (``★市政府文件``)."""
    if text in categories:
        return text
    if categories and (bare := rx.undecorated(text)) in categories:
        return bare
    if categories and text[:1] in rx.MARKER_FIRST and (marker := rx.match_marker(text)) is not None \
            and text[marker.end():].strip() in categories:
        return text[marker.end():].strip()
    m = rx.TOC_CATEGORY.match(text)
    return m.group("category").strip() if m else None


#: A date that ends a line: ``京政发〔2020〕1号　2020年3月5日``.
DATE_AT_END = rx.lazy_pattern(rf"{rx.DATE_CORE}\s*$", regex.VERBOSE)


#: Key-value lines between a title and the 文号 after its label, at most.
MAX_LABELLED_GAP = 3


def _under_title(blocks: list[Block], k: int) -> bool:
    """Whether block ``k`` stands under a document's title, maybe below other key-value lines (发布日期：…)."""
    for j in range(k - 1, max(-1, k - 2 - MAX_LABELLED_GAP), -1):
        b = blocks[j]
        if b.table:
            return False
        if not rx.PAGE_METADATA.match(b.text):
            return ends_title(b.text)
    return False


def anchor_number(blocks: list[Block], k: int) -> ParsedNumber | None:
    """The 文号 block ``k`` stands for: ``国发〔2018〕1号``, or ``第705号`` under a ``…令`` line."""
    b = blocks[k]
    # (one line, or one paragraph of a web page that its source wraps: <p>某政〔2021〕15号 / 签发人：王某某</p>, or
    # the end of the signer's name that the wrap cut: 某政〔2021〕15号　签发人：王某 / 某)
    if b.table or (len(b.lines) != 1 and not all(ln.continues_text for ln in b.lines[1:])
                   and not (len(b.lines) == 2 and (signer_cut(*b.lines) or number_cut(*b.lines)
                                                   or number_letter_cut(*b.lines) or agency_cut(*b.lines)))) \
            or len(b.text) > MAX_TITLE_BLOCK + 30 \
            or (DOC_NUMBER_CHARS.isdisjoint(b.text) and b.text[-1:] not in "期次"):  # (a 纪要's 第12期, 第15次)
        return None
    text = b.text
    if text[:1].isdigit() and (cm := rx.COPY_PREFIX.match(text)):
        text = text[cm.end():]  # 000123　　　某政办函〔2020〕5号: the 份号 on the 文号's line
    if text[:1] in "发文" and (label := rx.NUMBER_LABEL.match(text)):
        if not _under_title(blocks, k):
            return None  # (a site's metadata above the document: the 文号 under its title anchors it)
        text = text[label.end():]  # 发文字号：某政办发〔2024〕3号, as a site or a CMS prints it under the title
    parsed = parse_doc_number(text)
    if parsed is not None:
        return parsed
    if text[-1:] == "日" and (dm := DATE_AT_END.search(text)) and dm.start() \
            and (parsed := parse_doc_number(text[: dm.start()].strip())) is not None:
        return parsed  # 京政发〔2020〕1号　2020年3月5日: the 文号 and the date on one line
    split = title_and_number(text)
    if split and _standalone_title(split[0]):
        return parse_doc_number(split[1])
    head = _numbered_head(blocks, k)
    if head and "年" in text and (ym := rx.YEAR_SERIAL_LINE.match(text)):
        # 国家卫生健康委员会公告 / 2019年第1号: a 公告 (or a ministry's order: 商务部令 / 2021年第1号) numbered by year
        year, serial = int(ym.group("year")), int(ym.group("serial"))
        return ParsedNumber(text=f"{head}{year}年第{serial}号", agency_code=head, year=year, serial=serial)
    if head and head.endswith("纪要") and text.endswith(("期", "次")) and (mm := rx.MINUTES_NUMBER.match(text)):
        return minutes_number(head, mm)  # 某某市人民政府常务会议纪要 / 〔2020〕第12期 · 〔2020〕第15次
    m = rx.ORDER_NUMBER.match(text)
    if m is None or not (m.group("di") or m.group("di2") or m.group("year")):
        return None
    agency = m.group("agency") or head
    return order_number(agency, m) if agency else None


def _numbered_head(blocks: list[Block], k: int) -> str | None:
    """The title a bare number in block ``k`` (``第705号``, ``2019年第1号``) is the number of: the block above
    when it is a ``…令``, ``…公告``, ``…通告`` or ``…纪要`` title, or the two blocks above when the 文种 stands
    on a line of its own under its issuer (江苏省人民代表大会常务委员会 / 公　　告)."""
    if k == 0 or blocks[k - 1].table:
        return None
    above = blocks[k - 1].text
    if rx.NUMBERED_TITLE.match(above):
        return above
    if above in NUMBERED_KINDS and k > 1 and not blocks[k - 2].table \
            and rx.NUMBERED_TITLE.match(joined := blocks[k - 2].text + above):
        return joined
    if above.endswith(("公告", "通告")):  # 某某局关于发布《…》的公告 / 2022年第8号: the number of 某某局公告
        for title in (above, blocks[k - 2].text + above if k > 1 and not blocks[k - 2].table else ""):
            if (m := rx.NUMBERED_ABOUT_TITLE.match(title)) and is_issuer_line(m.group("issuer")):
                return f"{m.group('issuer')}{m.group('kind')}"
    return None


#: The 文种 a bare number under the title may belong to, when one stands alone under its issuer.
NUMBERED_KINDS = frozenset({"令", "公告", "通告", "布告", "纪要", "命令"})


#: A 文种 word anywhere in a line (KIND_SUFFIX finds it only at the end).
KIND_WORD = rx.lazy_pattern(r"通知|通报|意见|决定|命令|公告|通告|报告|请示|批复|复函|函|纪要|议案|决议|公报|令|答复")


def title_and_number(text: str) -> tuple[str, str] | None:
    """(title, 文号) of a line that carries both: ``国务院关于…的通知（国发〔2018〕1号）``, or with the 文号 after
    the title's 文种 (``浙江省人民政府关于…的通知 浙政发〔2018〕12号``; layout spaces are gone by now)."""
    if text.endswith(("号）", "号)")):
        tm = rx.TITLE_WITH_NUMBER.match(text)
        return (tm.group("title"), tm.group("number")) if tm else None
    if not text.endswith("号") or len(text) > MAX_TITLE_BLOCK + 30:
        return None
    for m in reversed(list(KIND_WORD.finditer(text, 0, len(text) - 5))):
        title, rest = text[: m.end()].rstrip(), text[m.end():].strip()
        if ends_title(title) and parse_doc_number(rest) is not None:
            return title, rest
    return None


#: A speech's title, dated under it (在某某会议上的讲话 / （2021年2月3日）).
SPEECH_TITLE = rx.lazy_pattern(r"(?:讲话|致辞|发言|的说明)$")


#: How the title of what a congress or its standing committee adopts ends where it names no 文种: a law, a
#: regulation, a plan, a list of appointments, a session's agenda (中华人民共和国某某法 · 某某省某某条例（2021年修订）
#: · …任免名单 · …会议议程); and what the line under it says of its adoption (…会议通过 · …公布 · …批准 · 根据…修正).
ADOPTED_TITLE = rx.lazy_pattern(
    r"^[^\s。，；：:]{2,80}(?:法|条例|规定|办法|细则|规则|章程|规划|纲要|计划|方案|名单|议程|日程)(?:[（(][^（）()]{1,20}[）)])?$")
ADOPTED = rx.lazy_pattern(r"通过|公布|批准|修订|修正")


def _standalone_title(title: str) -> bool:
    """A document title standing on its own, not an item that cites one (``1.《国务院关于…》``)."""
    return (bool(rx.ISSUER_END.search(title)) and ends_title(title) and not title.startswith(("《", "“"))
            and rx.match_marker(title) is None)


def _numbered_regions(blocks: list[Block]) -> list[Region]:
    anchors = [(i, n) for i in range(len(blocks)) if (n := anchor_number(blocks, i)) is not None]
    regions: list[Region] = []
    floor = 0
    for a, number in anchors:
        if regions and a < regions[-1].start:
            continue
        red: list[int] = []
        title: list[int] = []
        signers = _more_signers(blocks, a)
        head = a + len(signers)  # the last block of the 文号 and its 签发人
        red_at = next((k for k in range(a - 1, max(floor, a - 4) - 1, -1)
                       if rx.RED_HEADER.match(blocks[k].text) and len(blocks[k].text) <= 60), None)
        if title_and_number(blocks[a].text) and parse_doc_number(blocks[a].text) is None:
            title = [a]  # title and 文号 on one line
        elif red_at is not None and all(_red_header_line(blocks, k, floor) for k in range(red_at, a)):
            named = rx.RED_HEADER.match(blocks[red_at].text)
            red = _issuer_run(blocks, a - 1, floor)
            if named and named.group("issuer") and red[0] < red_at and not _opens_document(blocks, red[0] - 1, floor):
                # A red header that names its issuers (某某省人民政府办公厅文件) stacks more organs above it only
                # where a document may open: names under an attachment's title are the attachment's list.
                red = list(range(red_at, a))
            title = _title_after(blocks, head)
        elif a - 1 > floor and rx.COURT_DOCUMENT.match(blocks[a - 1].text) and is_issuer_line(blocks[a - 2].text):
            # a court's 文书: 中华人民共和国最高人民法院 / 民事判决书 / （2019）最高法民终1234号, the case's title above
            # the court as a court's gazette prints it (某某公司诉某某公司…纠纷案)
            red = [a - 2, a - 1]
            title = _case_title(blocks, a - 3, floor)
        else:
            title = _title_before(blocks, a, floor)
            if len(title) >= 2 and _organ_or_place(blocks[title[-1]].text) \
                    and ends_title("".join(blocks[k].text for k in title[:-1])):
                red, title = [title[-1]], title[:-1]  # …的通知 / 闵行区 / 闵经委规发〔2024〕1号: an organ over it
            before = "".join(blocks[k].text for k in title)
            after = _title_after(blocks, head)
            if after and ends_title("".join(blocks[k].text for k in after)):
                if title and bare_kind(before):
                    # ``某某市人民政府`` / ``通告`` above the 文号 is a header; the title is under it.
                    red = _issuer_run(blocks, a - 1, floor)
                    title = after
                elif not title or not ends_title(before):
                    if title and all(is_issuer_line(blocks[k].text) for k in title):
                        red = title  # 信函格式: the organ's name above the 文号, without 文件
                    title = after
        start = min([a, *title, *red])
        if regions:
            regions[-1].end = start
        regions.append(Region(start=start, end=len(blocks), anchor=a, title=title, red_header=red, number=number,
                              signers=signers))
        floor = max([head, *title]) + 1
    return regions


#: A place that stands for the organ of its government, as a site prints it over a 文号 (``闵行区``).
PLACE = rx.lazy_pattern(r"^\p{Han}{1,10}[省市区县州旗盟]$")


def _organ_or_place(text: str) -> bool:
    """An organ's name, or a place's that stands for it."""
    return is_issuer_line(text) or PLACE.match(text) is not None


def _title_regions(blocks: list[Block], regions: list[Region], toc: Sequence[tuple[str, str | None]]) -> list[Region]:
    """Regions of documents without a 文号, found by their titles."""
    taken: set[int] = set()
    for r in regions:
        taken.update(r.title)
        taken.update(r.red_header)
        if r.anchor is not None:
            taken.add(r.anchor)
    known = {title_key("".join(blocks[k].text for k in r.title)) for r in regions if r.title}
    new: list[Region] = []
    # 1. Titles the TOC lists: one to three consecutive blocks spelling the title (a dict, not a scan per entry).
    # An entry whose number an anchored document already carries is found; an order's entry may give the
    # agency short (省政府令第365号 for 浙江省人民政府令第365号), so orders compare by serial number.
    numbers = [r.number for r in regions if r.number is not None]
    texts = {n.text for n in numbers}
    orders = {n.serial for n in numbers if n.agency_code.endswith("令")}
    wanted = {key for t, number in toc if (key := title_key(t)) and key not in known
              and not (number and (number in texts or ("令" in number and _serial(number) in orders)))}
    if wanted:
        for k in range(len(blocks)):
            acc = ""
            for j in range(k, min(k + 3, len(blocks))):
                if j in taken or blocks[j].table:
                    break
                acc += title_key(blocks[j].text)
                if acc in wanted:
                    wanted.discard(acc)
                    span = list(range(k, j + 1))
                    new.append(Region(start=k, end=len(blocks), anchor=None, title=span, red_header=[]))
                    taken.update(span)
                    break
    # 2. A 关于… title right after a date or 附注 line, unless it is the document a 印发 notice issues.
    starts = sorted([*regions, *new], key=lambda r: r.start)
    dates_since = 0
    current: Region | None = None
    idx = 0
    for k in range(len(blocks)):
        while idx < len(starts) and starts[idx].start <= k:
            current, dates_since, idx = starts[idx], 0, idx + 1
        b = blocks[k]
        if not b.table and b.text[-1:] in rx.DATE_ENDS and rx.is_date_line(b.text):
            dates_since += 1
            continue
        if k == 0 or k in taken or not _after_closing_line(blocks, k - 1):
            continue
        if k >= 2 and blocks[k - 1].text[:1] in "（(" and dated_subtitle(blocks[k - 1]) \
                and ends_title(blocks[k - 2].text):
            continue  # a title's dating line (…的通知 / （1983年1月10日）), not the end of a document
        title = _title_after(blocks, k - 1)
        if not title or any(j in taken for j in title):
            continue
        if not rx.ISSUER_END.search(joined := "".join(blocks[j].text for j in title)) \
                and not (bare_kind(joined) and k + len(title) < len(blocks) and not blocks[k + len(title)].table
                         and not rx.DOC_NUMBER_ANY.search(blocks[k + len(title)].text)):
            continue  # (an organ's 通告 or 公告 with its text under it: 北京市某某局通告 / 为加强管理，…)
        current_title = "".join(blocks[j].text for j in current.title) if current is not None else ""
        issuing = rx.ISSUING.search(current_title) or rx.ORDER_TITLE.match(current_title)  # (an order issues too)
        if issuing and dates_since <= 1:
            continue  # the issued document itself
        region = Region(start=k, end=len(blocks), anchor=None, title=title, red_header=[])
        new.append(region)
        taken.update(title)
        current, dates_since = region, 0
    # 3. An interpretation printed after the document it explains (《某某办法》解读), where no TOC names it; the
    # gazette's own notice after a document's end (更　正 · 勘误 · 启事).
    for k, b in enumerate(blocks):
        if k in taken or b.table or not (INTERPRETATION_TITLE.match(b.text) or (
                k and len(b.text) <= MAX_GAZETTE_NOTICE and GAZETTE_NOTICE.match(b.text)
                and _after_closing_line(blocks, k - 1))):
            continue
        if rx.match_marker(b.text) or not is_titleish(b):
            continue
        new.append(Region(start=k, end=len(blocks), anchor=None, title=[k], red_header=[]))
        taken.add(k)
    # 4. A title with its 主送机关 right under it (某某关于…的通知 / 各区人民政府：), wherever it stands: only a
    # document's head holds both. The document an order or a 印发 notice issues stays theirs.
    opened = sorted([*regions, *new], key=lambda r: r.start)
    begins = [r.start for r in opened]
    for k, b in enumerate(blocks):
        if not k or k in taken or b.text[-1:] not in "：:" or not is_addressee(b):
            continue
        title = _title_before(blocks, k, 0)
        if not title or any(j in taken for j in title) or not _standalone_title(
                joined := "".join(blocks[j].text for j in title)):
            continue
        first = title[0]
        at = bisect.bisect_left(begins, first)
        current = opened[at - 1] if at else None
        if current is not None and _issues(blocks, current, joined):
            continue
        # (the first document opens the text, with what its head prints above the title: a red header, a 文号
        # this parser cannot read)
        start = 0 if current is None and first <= HEADLESS_REACH and all(
            not blocks[j].table and len(blocks[j].text) <= MAX_TITLE_BLOCK and "。" not in blocks[j].text
            and not rx.PAGE_METADATA.match(blocks[j].text) for j in range(first)) else first
        region = Region(start=start, end=len(blocks), anchor=None, title=title, red_header=[])
        new.append(region)
        taken.update(title)
        begins.insert(at, start)
        opened.insert(at, region)
    # 5. Titles known by what stands under them, opening the text or after a document's end (its closing, or its
    # last sentence), or a category heading: a dating line (北京市人民政府关于修改部分政府规章的决定 / （2020年3月5日…
    # 审议通过　…公布））, a speech's dash line (——2021年3月5日在…会议上), a 统计公报's issuers and date over its text.
    # The document an order or a 印发 notice issues, dated under its title, stays theirs.
    opened = sorted([*regions, *new], key=lambda r: r.start)  # the regions so far, by start
    begins = [r.start for r in opened]
    for k, b in enumerate(blocks):
        if not k or k in taken or b.table:
            continue
        first_char = b.text[:1]
        if first_char in DATE_FIRST and _may_date(b.text) and (dating := dating_blocks(blocks, k)):
            title = _title_before(blocks, k, 0)
            joined = "".join(blocks[j].text for j in title)
            if not title or not (_standalone_title(joined) or (
                    (SPEECH_TITLE.search(joined) or (ADOPTED_TITLE.search(joined) and ADOPTED.search(
                        "".join(x.text for x in blocks[k:k + dating]))))
                    and rx.match_marker(joined) is None and len(joined) <= MAX_TITLE_BLOCK)):
                continue  # (a law's title over the line of its adoption: 中华人民共和国某某法 / （…会议通过）)
        elif (first_char in "—―－" and rx.SPEECH_LINE.match(b.text)) \
                or (blocks[k - 1].text[-1:] in TITLE_LAST and _byline_at(blocks, k)):
            title = _title_before(blocks, k, 0)
            if not title or (first_char not in "—―－" and not ends_title("".join(blocks[j].text for j in title))):
                continue
        else:
            continue
        if any(j in taken for j in title):
            continue
        first = title[0]
        at = bisect.bisect_left(begins, first)  # (the region before ``first`` is opened[at - 1])
        current = opened[at - 1] if at else None
        if first and not (_after_closing_line(blocks, first - 1) or rx.TOC_CATEGORY.match(blocks[first - 1].text)
                          or _after_text_of_other(blocks, current, first)
                          or (_closed_before(blocks, current, first)
                              and not rx.ATTACHMENT_LABEL.match(blocks[first - 1].text))):
            continue
        if current is not None and _issues(blocks, current, "".join(blocks[j].text for j in title)):
            continue  # the document an order or a 印发 notice issues, dated under its title
        region = Region(start=first, end=len(blocks), anchor=None, title=title, red_header=[])
        new.append(region)
        taken.update(title)
        begins.insert(at, first)
        opened.insert(at, region)
    return regions + new


def _after_text_of_other(blocks: list[Block], current: Region | None, k: int) -> bool:
    """Whether block ``k`` follows the last sentence (or table) of the document ``current``: documents dated under
    their titles, as older gazettes print them, end in their text, with no 署名 or date at the end."""
    above = blocks[k - 1]
    return current is not None and (above.table or end_mark(above.text) in "。！")  # (or its attachment's table)


#: Blocks between a document's 成文日期 and a title with a byline under it, after its attachments.
MAX_AFTER_CLOSING = 400


def _closed_before(blocks: list[Block], current: Region | None, k: int) -> bool:
    """Whether the document ``current`` has its 成文日期 before block ``k``: what follows are its attachments, and a
    title with a dating line, a speech's dash line or a byline under it opens the next document (unless an 附件
    label heads it)."""
    if current is None:
        return False
    lo = max(current.start, k - MAX_AFTER_CLOSING)
    return any(not blocks[j].table and blocks[j].text[-1:] in rx.DATE_ENDS and rx.is_date_line(blocks[j].text)
               for j in range(k - 1, lo - 1, -1))


#: The last characters of a title that ends in its 文种 (…的通知, …公报), or in a bracket after it.
TITLE_LAST = frozenset("知报见定令告示复函要案议）)")


def _byline_at(blocks: list[Block], k: int) -> bool:
    """Whether a byline opens at block ``k``: one to three issuer lines, a date line, and text after them (a 统计公报's
    ``某某省统计局`` / ``2021年2月28日`` under its title)."""
    if len(blocks[k].text) > MAX_ISSUER_LINE:
        return False  # (a paragraph: the cheap test first)
    j = k
    while j < len(blocks) and j - k < 3 and not blocks[j].table and is_issuer_line(blocks[j].text):
        j += 1
    if j == k or j + 1 >= len(blocks) or blocks[j].table:
        return False
    date = blocks[j].text
    after = blocks[j + 1]
    return date[-1:] in rx.DATE_ENDS and rx.is_date_line(date) and not after.table \
        and not _after_closing_line(blocks, j + 1) and rx.ATTACHMENT_LABEL.match(after.text) is None \
        and (end_mark(after.text) in "。！；：:" or after.text.startswith(FIRST_HEADINGS))
    # (its text: a sentence, or its first numbered heading, where a closing has a 附注 or the next title)


#: How a text's first numbered heading opens (一、综合 under a 统计公报's byline).
FIRST_HEADINGS = ("一、", "一．", "（一）", "(一)", "第一章", "第一条", "第一部分", "1.", "1．", "1、")


#: Blocks at the top of a document whose 《…》 may name the document it issues.
ISSUING_HEAD = 6


def _issues(blocks: list[Block], current: Region, title: str) -> bool:
    """Whether ``title`` is that of the document the region ``current`` issues: an order or a 印发/批转 notice whose
    title or first sentences name it (in full, or without its issuer: 国家计委关于…的报告 / 关于…的报告)."""
    head = "".join(blocks[j].text for j in current.title)
    if not (rx.ISSUING.search(head) or rx.ORDER_TITLE.match(head)):
        return False
    after = max(current.title, default=current.start) + 1
    text = head + "".join(blocks[j].text for j in range(after, min(after + ISSUING_HEAD, len(blocks))))
    key = title_key(title)
    named = [title_key(q.group("title")) for q in itertools.islice(rx.QUOTED_TITLE.finditer(text), 20)]
    if (m := rx.ISSUED_TITLE.search(head)) is not None:
        named.append(title_key(m.group("title")))
    return any(n == key or (n.endswith(key) and key.startswith("关于")) for n in named if n)


#: The title of an interpretation: ``《某某办法》解读`` · ``关于某某的政策解读`` · ``…答记者问``.
INTERPRETATION_TITLE = rx.lazy_pattern(r"^[^。；;]{4,60}(?:解读|答记者问)$")
#: The gazette's own notice, printed after a document, at most so long: ``更　正`` · ``勘误`` · ``更正启事`` ·
#: ``启事`` · ``征订启事`` · ``郑重声明``.
MAX_GAZETTE_NOTICE = 8
GAZETTE_NOTICE = rx.lazy_pattern(
    r"^(?:更\s*正(?:\s*启\s*事|\s*说\s*明)?|勘\s*误(?:\s*表)?|(?:征\s*订|订\s*阅|征\s*稿|更\s*名)?\s*启\s*事"
    r"|(?:重\s*要|郑\s*重)?\s*声\s*明)$")

#: Words without one of which a line is no 版记 line.
IMPRINT_WORDS = ("送", "印发", "题词", "抄报")


def _serial(number: str) -> int | None:
    m = regex.search(r"(\d+)\s*号$", number)
    return int(m.group(1)) if m else None


def _after_closing_line(blocks: list[Block], k: int) -> bool:
    """A date or 附注 line: what ends a document."""
    b = blocks[k]
    text = b.text
    if b.table or len(text) > MAX_TITLE_BLOCK:
        return False
    return bool((text[-1] in rx.DATE_ENDS and rx.is_date_line(text))
                or (text[-1] in "）)" and rx.NOTE_LINE.match(text))
                or (any(w in text for w in IMPRINT_WORDS) and rx.IMPRINT_LINE.match(text))
                or (text[:2] in rx.IMPRINT_EXTRA_START and rx.IMPRINT_EXTRA.match(text)))


def bare_kind(text: str) -> bool:
    """A 文种 with at most an organ's name before it (``通告`` · ``某某市人民政府公告``): the header some 通告 and
    公告 print above their 文号, not a title."""
    m = rx.KIND_SUFFIX.search(text)
    if m is None or m.group("kind") in ("令", "命令"):  # an order's title is ``…令`` (handled as such)
        return False
    head = text[: m.start()]
    return not head or (is_issuer_line(head) and "关于" not in head)


#: Blocks of a court's gazette's notes (【裁判摘要】 and its paragraphs) between a case's title and its court, at most.
MAX_CASE_NOTES = 12


def _case_title(blocks: list[Block], j: int, floor: int) -> list[int]:
    """The title of a case (某某公司诉某某公司…纠纷案) at block ``j``, above its court's name, or above the notes the
    gazette prints under it (【裁判摘要】 and what follows: their first block opens with its key in 【】)."""
    for k in range(j, max(floor, j - MAX_CASE_NOTES) - 1, -1):
        block = blocks[k]
        if not block.table and len(block.text) <= MAX_TITLE_BLOCK and rx.CASE_TITLE.search(block.text) \
                and SENTENCE_MARKS.isdisjoint(block.text):
            return [k] if k == j or rx.BRACKETED_KEY.match(blocks[k + 1].text) else []
    return []


def _red_header_line(blocks: list[Block], k: int, floor: int) -> bool:
    """Block ``k`` is part of a red header: organ names before ``文件``, or a ``文件`` standing alone beside
    the names of a joint header stacked above it."""
    m = rx.RED_HEADER.match(blocks[k].text)
    issuer = m.group("issuer") if m else blocks[k].text
    if issuer:
        return is_issuer_line(issuer)
    return k > floor and is_issuer_line(blocks[k - 1].text)


#: A person's name: two to four Han characters, or a transliterated name with a middle dot.
PERSON_NAME = rx.lazy_pattern(r"^\p{Han}{2,4}(?:[·•]\p{Han}{1,8})?$")


def _more_signers(blocks: list[Block], a: int) -> list[int]:
    """Blocks right under a 文号 line with 签发人 that hold one more name each, in the column of the first name
    (a joint 请示 or 报告 stacks its 签发人); or the 签发人 line itself, under a 文号 line without one (the two
    columns of the line read one after the other, or a wrap that cut it: ``某政〔2021〕15号`` / ``签发人：王某某``)."""
    raw = blocks[a].lines[0].raw
    m = rx.SIGNERS.search(raw)
    out: list[int] = []
    k = a + 1
    if m is None:
        below = blocks[k] if k < len(blocks) and not blocks[k].table and len(blocks[k].lines) == 1 else None
        if below is not None and PERSON_NAME.match(below.text) and rx.SIGNERS_CUT.search(raw):
            return [k]  # (签发人： / 王某某: the name under the line a wrap cut after the colon)
        if below is None or not rx.SIGNERS_LINE.match(below.text) \
                or (m := rx.SIGNERS.search(raw := below.lines[0].raw)) is None:
            return []
        out.append(k)
        k += 1
    column = display_width(raw[: m.start("names")].replace("\f", ""))
    while k < len(blocks) and len(out) < 3 and len(blocks[k].lines) == 1 and not blocks[k].table \
            and PERSON_NAME.match(blocks[k].text) and abs(blocks[k].lines[0].indent - column) <= 4:
        out.append(k)
        k += 1
    return out


def _opens_document(blocks: list[Block], j: int, floor: int) -> bool:
    """Whether a document may open right after block ``j``: at the start, or after a document's closing line."""
    return j < floor or blocks[j].table or _after_closing_line(blocks, j)


def _issuer_run(blocks: list[Block], k: int, floor: int) -> list[int]:
    run = [k]
    j = k - 1
    while j >= floor and len(run) < 4 and not blocks[j].table and len(blocks[j].text) <= 40 \
            and not any(c in blocks[j].text for c in "。，,：:") and blocks[j].text[-1] not in ".．" \
            and head_marks(blocks[j]) is None and rx.match_marker(blocks[j].text) is None \
            and not _after_closing_line(blocks, j):  # (the document above ends in its date or 附注)
        run.insert(0, j)
        j -= 1
    return run


#: What a year written in Chinese numerals starts with (二〇二一年).
DATE_NUMERALS = frozenset("〇○零ＯOo一二三四五六七八九")


#: What a line dating a title may start with (a cheap test before ``_may_date``).
DATE_FIRST = frozenset("（(0123456789") | DATE_NUMERALS


def _may_date(text: str) -> bool:
    """Whether ``text`` starts as a line dating a title does: a bracket, or a year in digits or numerals."""
    first = text[:1]
    return first in "（(" or first.isdigit() or (first in DATE_NUMERALS and text[1:2] in DATE_NUMERALS)


#: A line that dates the title above it is at most this long.
MAX_SUBTITLE = 200


def dated_subtitle(block: Block) -> bool:
    """A line under a title that dates it: ``（2020年8月30日）`` · ``（2020年3月5日…会议通过　…公布）`` · an
    adoption line without brackets (``2021年8月20日…会议通过``)."""
    text = block.text
    if block.table or not text or len(text) > MAX_SUBTITLE:
        return False
    if text[0] in "（(" and text[-1] in "）)":
        return rx.match_marker(text) is None and rx.DATE_ANY.search(text) is not None
    return _may_date(text) and rx.ADOPTION_LINE.match(text) is not None


def dating_blocks(blocks: list[Block], k: int) -> int:
    """How many blocks from ``k`` on make a line dating a title (``dated_subtitle``), its brackets wrapped over up
    to three lines; 0 when they make none."""
    b = blocks[k]
    if b.table:
        return 0
    if dated_subtitle(b):
        return 1
    text = b.text
    if not text.startswith(("（", "(")) or text.endswith(("）", ")")) or rx.match_marker(text):
        return 0
    for n in (2, 3):
        if k + n > len(blocks) or blocks[k + n - 1].table:
            return 0
        text += blocks[k + n - 1].text
        if text.endswith(("）", ")")):
            return n if len(text) <= MAX_SUBTITLE and rx.DATE_ANY.search(text) else 0
    return 0


def _names_a_person(block: Block) -> bool:
    """Whether a line ending in an organ's name sets a person's name apart before it (``李四　某某局``, a list's
    line), which no line of issuers does (``国务院　中央军委``: each part an organ)."""
    if len(block.lines) != 1:
        return False
    parts = [p for p in strip_markup(block.lines[0].raw).split() if p.strip("#")]  # (## 李四… · <p>李四…</p>)
    # (a name of two or three characters: 中共中央, 全国人大, 全国妇联 are four, and organs)
    return len(parts) == 2 and 2 <= len(parts[0]) <= 3 and PERSON_NAME.match(parts[0]) is not None \
        and not is_issuer_line(parts[0])


def _title_before(blocks: list[Block], a: int, floor: int) -> list[int]:
    """Title blocks before the 文号 at ``a``: back while title-like, stopping after the line where the
    title's head is (``关于``, ``印发``, ``转发``, ``批转``), and an issuer line just above it, as in
    ``# 浙江省人民政府办公厅`` / ``## 关于…``."""
    picked: list[int] = []
    j = a - 1
    for n in (1, 2, 3):  # the title's dating line stands between it and the 文号: 国务院关于…的批复 / （2020年8月30日）
        if a - n > floor and blocks[a - n].text[:1] in DATE_FIRST and dating_blocks(blocks, a - n) == n \
                and is_titleish(blocks[a - n - 1]):
            j = a - n - 1
            break
    while j >= floor and len(picked) < MAX_TITLE_BLOCKS and is_titleish(blocks[j]):
        if len(picked) == 1 and rx.ORDER_TITLE.match(blocks[picked[0]].text) and ends_title(blocks[j].text):
            break  # a title over an order's head (…的决定 / 中华人民共和国国务院令 / 第732号): the head is whole
        picked.insert(0, j)
        # (the head word may be cut over two lines: 某某委员会关 / 于…的批复)
        head = rx.ISSUER_END.search(blocks[j].text + (blocks[picked[1]].text[:1] if len(picked) > 1 else ""))
        if head:
            above = blocks[j - 1].text if j - 1 >= floor and not blocks[j - 1].table else ""
            if _head_above(blocks[j - 1], above, blocks[j].text[:head.start()]) and len(picked) < MAX_TITLE_BLOCKS:
                # a forwarding title's 关于 under its 转发: …转发省发展改革 / 委关于…的通知 · …转发省发展改革委 / 关于…
                j -= 1
                continue
            # (nor a line of units under a list's line that names a person, a blank line apart from the title or
            # three units at least: 李四　某某局 / 某某市应急管理局　…　某某镇人民政府 / 关于《…》的说明)
            if head.start() == 0 and ((is_issuer_line(above) and not _names_a_person(blocks[j - 1])
                                       and not (j - 2 >= floor and _names_a_person(blocks[j - 2]) and (
                                           blocks[j].start - blocks[j - 1].end > 1
                                           or len(strip_markup(blocks[j - 1].lines[0].raw).split()) >= 3))) or (
                    above.endswith("关于") and rx.ISSUER_END.search(above[:-2]) is None
                    and len(picked) < MAX_TITLE_BLOCKS and is_titleish(blocks[j - 1]))):
                picked.insert(0, j - 1)  # the issuer above the line (with 关于: 某某省人民政府关于 / 印发…的通知)
            break
        j -= 1
    if picked and not rx.ISSUER_END.search("".join(blocks[k].text for k in picked)):
        picked = picked[-1:]  # no head word: only the line next to the 文号 is safe to take
    if picked and picked[0] - 1 >= floor and len(picked) < MAX_TITLE_BLOCKS and is_titleish(blocks[picked[0] - 1]) \
            and rx.ISSUER_END.fullmatch(blocks[picked[0] - 1].text[-1:] + blocks[picked[0]].text[:1]):
        picked.insert(0, picked[0] - 1)  # the head word a wrap cut in two: 某某市人民政府办公室转 / 发省发展改革委
    if len(picked) == 1 and picked[0] - 1 >= floor and not blocks[picked[0] - 1].table \
            and is_issuer_line(blocks[picked[0] - 1].text) \
            and (blocks[picked[0]].text in NUMBERED_KINDS or _stacked_organ(blocks[picked[0] - 1], blocks[picked[0]])):
        # 江苏省人民代表大会常务委员会 / 公　　告 / 第45号; a joint order's organs stacked over its 令
        # (中华人民共和国国务院 / 中华人民共和国中央军事委员会令 / 第765号)
        picked.insert(0, picked[0] - 1)
        if blocks[picked[1]].text in ORDER_KINDS:  # (中华人民共和国国务院 / 中华人民共和国中央军事委员会 / 令)
            organs = blocks[picked[0]].text + blocks[picked[1]].text
            while len(picked) < MAX_STACKED_ORGANS + 1 and picked[0] - 1 >= floor \
                    and not blocks[picked[0] - 1].table and is_issuer_line(blocks[picked[0] - 1].text) \
                    and _stacked_organ(blocks[picked[0] - 1], Block(text=organs, lines=blocks[picked[0]].lines)):
                picked.insert(0, picked[0] - 1)
    return picked


def _head_above(block: Block, above: str, before: str) -> bool:
    """Whether ``above``, the text of ``block``, opens a title whose line under it ends, with ``before``, the name of
    the organ whose document the title forwards (某某省发展和改革委员会转发省发展改革 / 委关于…意见的通知): a line of
    a title with 转发, 批转 or 印发 in it that ends no title, and after that word the first part of an organ's name,
    or all of it (…转发省发展改革委 / 关于…)."""
    m = FORWARDING.search(above) if above and is_titleish(block) and SENTENCE_MARKS.isdisjoint(above) \
        and not ends_title(above) else None
    name = above[m.end():] + before if m else ""
    return bool(name) and len(name) <= MAX_FORWARDED_ORGAN and rx.ORGAN_SUFFIX.search(name) is not None \
        and rx.ISSUER_END.search(name) is None and not any(c.isdigit() or c in "….的《" for c in name)


#: The words of a title that forwards or issues another document (the document's own 关于 is below them).
FORWARDING = rx.lazy_pattern(r"转发|批转|印发")
#: The name of the organ a title forwards the document of is at most this long (国务院办公厅, 省发展改革委).
MAX_FORWARDED_ORGAN = 20


#: The 文种 of an order, when it stands on a line of its own under the organs that issue it.
ORDER_KINDS = frozenset({"令", "命令"})
#: A joint order stacks this many organs over its 令 at most.
MAX_STACKED_ORGANS = 3


def _stacked_organ(above: Block, order: Block) -> bool:
    """Whether ``above`` is an organ stacked over the ``order``'s title (…令), as a joint order's head prints them:
    alone on its line, and on the line right above it, or both headings, or with blank lines between when both
    name organs of one state or place (中华人民共和国国务院 / 中华人民共和国中央军事委员会令); not an organ at the end
    of the text above (a list's ``李四　某某局``, a name and an organ), nor the order's own organ (a 署名 with no
    date under it: 某某市人民政府 / 某某市人民政府令)."""
    return rx.ORDER_TITLE.match(order.text) is not None and not order.text.startswith(above.text) and (
        above.end + 1 == order.start or bool(above.heading and order.heading)
        or _shared_head(above.text, order.text) >= MIN_SHARED_SCOPE) \
        and len(above.lines) == 1 and len([p for p in strip_markup(above.lines[0].raw).split() if p.strip("#")]) == 1


def _shared_head(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share in front."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


#: The organs of a joint order stacked with blank lines between share this many characters in front at least
#: (中华人民共和国…; 某某省 alone, three, is shared by the province's departments too).
MIN_SHARED_SCOPE = 4


def _title_after(blocks: list[Block], a: int) -> list[int]:
    """Title blocks after block ``a`` (a red header's 文号), up to the one that ends the title (…的通知; its
    文种 may be cut over two lines: …的决 / 定); none when they end no title."""
    picked: list[int] = []
    text = ""
    j = a + 1
    while j < len(blocks) and len(picked) < MAX_TITLE_BLOCKS and is_titleish(blocks[j]):
        picked.append(j)
        text += blocks[j].text
        if ends_title(text):
            return picked
        j += 1
    return []


def _headless_region(blocks: list[Block]) -> Region:
    """A single document without a 文号: its title is the first title-like block(s), under the document's own
    contents where it prints them above its title (目录 / 第一章　发展环境……1 / …)."""
    title: list[int] = []
    top = j = contents_above(blocks)

    def whole(title: list[int]) -> bool:
        # (or the blocks together: a release's headline, 中共中央办公厅 国务院办公厅印发 / 《关于…的意见》)
        return ends_title(blocks[title[-1]].text) or ends_title("".join(blocks[i].text for i in title))

    while j < len(blocks) and len(title) < MAX_TITLE_BLOCKS and is_titleish(blocks[j]):
        title.append(j)
        if whole(title):
            break
        j += 1
    if not title or not whole(title):
        # Not a title at the very top (a red header, a 文号 line this parser cannot read): the first block near
        # the top that ends as a title does (``…关于…的请示``), with the title-like blocks right above it.
        k = next((k for k in range(top, min(len(blocks), top + HEADLESS_REACH))
                  if is_titleish(blocks[k]) and ends_title(blocks[k].text)), None)
        if k is None:
            title = title[:1] + _conjoined(blocks, title[0]) if title else []
        else:
            title = [k]
            while title[0] > top and len(title) < MAX_TITLE_BLOCKS and is_titleish(above := blocks[title[0] - 1]) \
                    and not is_issuer_line(above.text) and not rx.DOC_NUMBER_ANY.search(above.text):
                title.insert(0, title[0] - 1)
    if title and not regex.search(r"\p{Han}", blocks[title[0]].text):
        title = []  # a Latin heading is no 公文 title
    return Region(start=0, end=len(blocks), anchor=None, title=title, red_header=[])


def _conjoined(blocks: list[Block], k: int) -> list[int]:
    """The blocks after title block ``k`` that are the rest of a title that names no 文种, a plan's or a rule's,
    printed over lines: each opens with a conjunction (某某省国民经济和社会发展第十四个五年规划 / 和二〇三五年远景目标
    纲要), or ends the title where the lines above do not (某某省数字经济发展 / 三年行动计划（2023—2025年）)."""
    picked: list[int] = []
    text = blocks[k].text
    for j in range(k + 1, min(len(blocks), k + MAX_TITLE_BLOCKS)):
        piece = blocks[j].text
        if blocks[j].table or not is_titleish(blocks[j]) or len(piece) > MAX_CONJOINED \
                or not SENTENCE_MARKS.isdisjoint(piece + text) \
                or not (piece[0] in TITLE_CONJUNCTIONS or (PLAN_TITLE_END.search(piece)
                                                           and not PLAN_TITLE_END.search(text))):
            break
        picked.append(j)
        text += piece
    return picked


#: What a line of a title cut before a conjunction opens with, and how long such a line is at most.
TITLE_CONJUNCTIONS = frozenset("和及暨")
MAX_CONJOINED = 30
#: How a plan's or a rule's title ends, which names no 文种: ``…规划`` · ``…行动计划（2023—2025年）``.
PLAN_TITLE_END = rx.lazy_pattern(
    r"(?:规划|纲要|计划|方案|办法|规定|细则|要点|条例|规则|指南|清单)(?:[（(][^（）()]{1,20}[）)])?$")


#: Blocks from the top a title is looked for in, when the text does not open with one.
HEADLESS_REACH = 8


def contents_above(blocks: list[Block], *, to_end: bool = False) -> int:
    """Where the text starts after the contents it opens with (目录, then headings with their pages: 第一章　发展环境
    ……1; or without, up to the title over the first of them, or with ``to_end``, ``blocks`` the blocks above the
    title, to their end), as an issue that prints one plan lists the plan's chapters above its title; 0 where it
    opens otherwise."""
    if not blocks or blocks[0].table or not rx.TOC_HEADING.match(blocks[0].text):
        return 0
    j = 1
    while j < len(blocks) and not blocks[j].table and rx.match_marker(blocks[j].text) is not None \
            and blocks[j].text.rstrip()[-1:].isdigit():
        j += 1
    if j > 1:
        return j
    # Headings without pages: the contents end at the title, under which the first heading listed comes again.
    while j < len(blocks) and not blocks[j].table and rx.match_marker(blocks[j].text) is not None:
        j += 1
    if j > 2 and j + 1 < len(blocks) and is_titleish(blocks[j]) and rx.match_marker(blocks[j].text) is None \
            and not blocks[j + 1].table and title_key(blocks[j + 1].text) == title_key(blocks[1].text):
        return j
    return j if to_end and j > 2 and j == len(blocks) else 0



# ---------------------------------------------------------------- building one document
