"""Stages 6–9: document boundaries, header, closing block, enclosures and attachments.

A document is anchored on its 文号 line. Its title is the run of title-like blocks before the 文号
(or after it, under a red header ``…文件``); it ends where the next document's title begins. Inside,
the header (title, 文号, 主送机关) comes first; the closing block (附件说明, 署名, 成文日期, 附注) is
found from the first standalone date; what follows it is the issued document (印发/转发, no 附件 label)
and the attachments (each under an ``附件`` label).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from . import regexes as rx
from .blocks import DOC_NUMBER_CHARS, Block, ends_title, stands_alone
from .body import as_items, parse_body
from .dates import parse_date
from .diagnostics import Diagnostics
from .docnumber import ParsedNumber, parse_doc_number
from .models import Attachment, AttachmentNote, DocNumber, Document, Note, Span
from .numerals import cn_to_int

#: A title block is at most this long; a longer block is body text.
MAX_TITLE_BLOCK = 80
MAX_TITLE_BLOCKS = 4
ADDRESSEE_MAX = 400
NORMALIZE_TITLE = regex.compile(r"[\s\p{P}\p{S}]+")
#: Splits 主送机关 on commas and semicolons outside parentheses.
ADDRESSEE_SEPARATORS = "，,；;"


def _num(text: str | None) -> int | None:
    """An attachment number, Arabic or Chinese (附件二)."""
    return cn_to_int(text) if text else None


def title_key(text: str) -> str:
    """A title with spaces, punctuation and symbols removed, for comparing titles across forms."""
    return str(NORMALIZE_TITLE.sub("", text))


def is_titleish(block: Block) -> bool:
    """A block that could be (part of) a document title."""
    text = block.text
    if block.table or len(text) > MAX_TITLE_BLOCK or stands_alone(text):
        return False
    if text[-1] in "。；;：:，,、" or (rx.SECTION_MARKER.match(text) and not text.startswith("（")):
        return False
    return not rx.PAGE_NUMBER.match(text)


def is_issuer_line(text: str) -> bool:
    """A line that names only the issuing organ(s): ``浙江省人民政府办公厅``."""
    return (len(text) <= 40 and "关于" not in text and not any(c in text for c in "。，,；;：:")
            and bool(rx.ORGAN_SUFFIX.search(text.split()[-1] if text.split() else text)))


def kind_of(title: str | None) -> str | None:
    """文种 named at the end of a title."""
    if not title:
        return None
    m = rx.KIND_SUFFIX.search(title)
    if not m:
        return None
    kind = str(m.group("kind"))
    return {"令": "命令", "复函": "函"}.get(kind, kind)


@dataclass(slots=True)
class Region:
    """Blocks ``[start, end)`` of one document, with its 文号 block and title blocks."""

    start: int
    end: int
    anchor: int | None
    title: list[int]
    red_header: list[int]


def find_regions(blocks: list[Block], toc_titles: Sequence[str] = ()) -> list[Region]:
    """Document regions in block order.

    Anchors, strongest first: a 文号 line (or an order number ``第705号`` under ``…令``); a block that spells
    a title the TOC lists; a ``关于…`` title right after another document's date.
    """
    regions = _numbered_regions(blocks)
    regions = _title_regions(blocks, regions, toc_titles)
    if not regions and blocks:
        headless = _headless_region(blocks)
        if headless.title:  # without a 文号 or a title there is no document to speak of
            regions.append(headless)
    regions.sort(key=lambda r: r.start)
    for r, nxt in itertools.pairwise(regions):
        r.end = nxt.start
    if regions:
        regions[-1].end = len(blocks)
    return regions


def anchor_number(blocks: list[Block], k: int) -> ParsedNumber | None:
    """The 文号 block ``k`` stands for: ``国发〔2018〕1号``, or ``第705号`` under a ``…令`` line."""
    b = blocks[k]
    if b.table or len(b.lines) != 1 or len(b.text) > MAX_TITLE_BLOCK + 30 or DOC_NUMBER_CHARS.isdisjoint(b.text):
        return None
    parsed = parse_doc_number(b.text)
    if parsed is not None:
        return parsed
    tm = rx.TITLE_WITH_NUMBER.match(b.text) if b.text.endswith(("号）", "号)")) else None
    if tm and _standalone_title(tm.group("title")):
        return parse_doc_number(tm.group("number"))
    m = rx.ORDER_NUMBER.match(b.text)
    if m is None or not (m.group("di") or m.group("year")):
        return None
    agency = m.group("agency")
    if agency is None and k > 0 and not blocks[k - 1].table and rx.NUMBERED_TITLE.match(blocks[k - 1].text):
        agency = blocks[k - 1].text
    if agency is None:
        return None
    serial = int(m.group("serial"))
    year = int(m.group("year")) if m.group("year") else None
    text = f"{agency}〔{year}〕{serial}号" if year else f"{agency}第{serial}号"
    return ParsedNumber(text=text, agency_code=agency, year=year, serial=serial)


def _standalone_title(title: str) -> bool:
    """A document title standing on its own, not an item that cites one (``1.《国务院关于…》``)."""
    return (bool(rx.ISSUER_END.search(title)) and ends_title(title) and not title.startswith(("《", "“"))
            and rx.SECTION_MARKER.match(title) is None)


def _numbered_regions(blocks: list[Block]) -> list[Region]:
    anchors = [i for i in range(len(blocks)) if anchor_number(blocks, i) is not None]
    regions: list[Region] = []
    floor = 0
    for a in anchors:
        if regions and a < regions[-1].start:
            continue
        red: list[int] = []
        title: list[int] = []
        red_at = next((k for k in range(a - 1, max(floor, a - 4) - 1, -1)
                       if rx.RED_HEADER.match(blocks[k].text) and len(blocks[k].text) <= 60), None)
        if rx.TITLE_WITH_NUMBER.match(blocks[a].text) and parse_doc_number(blocks[a].text) is None:
            title = [a]  # title and 文号 on one line
        elif red_at is not None and all(is_issuer_line(rx.RED_HEADER.sub(r"\g<issuer>", blocks[k].text) or "")
                                      for k in range(red_at, a)):
            red = _issuer_run(blocks, a - 1, floor)
            title = _title_after(blocks, a)
        else:
            title = _title_before(blocks, a, floor)
            if (not title or not ends_title(" ".join(blocks[k].text for k in title))) and _title_after(blocks, a):
                after = _title_after(blocks, a)
                if ends_title(" ".join(blocks[k].text for k in after)):
                    title = after
        start = min([a, *title, *red])
        if regions:
            regions[-1].end = start
        regions.append(Region(start=start, end=len(blocks), anchor=a, title=title, red_header=red))
        floor = a + 1 + len([k for k in title if k > a])
    return regions


def _title_regions(blocks: list[Block], regions: list[Region], toc_titles: Sequence[str]) -> list[Region]:
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
    wanted = {key for t in toc_titles if (key := title_key(t)) and key not in known}
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
        if not b.table and len(b.text) <= MAX_TITLE_BLOCK and rx.DATE_LINE.match(b.text):
            dates_since += 1
            continue
        if k == 0 or k in taken or not _after_closing_line(blocks, k - 1):
            continue
        title = _title_after(blocks, k - 1)
        if not title or not rx.ISSUER_END.search("".join(blocks[j].text for j in title)) \
                or any(j in taken for j in title):
            continue
        issuing = current is not None and current.title and rx.ISSUING.search(
            "".join(blocks[j].text for j in current.title))
        if issuing and dates_since <= 1:
            continue  # the issued document itself
        region = Region(start=k, end=len(blocks), anchor=None, title=title, red_header=[])
        new.append(region)
        taken.update(title)
        current, dates_since = region, 0
    return regions + new


#: Words without one of which a line is no 版记 line.
IMPRINT_WORDS = ("送", "印发", "题词", "抄报")


def _after_closing_line(blocks: list[Block], k: int) -> bool:
    """A date or 附注 line: what ends a document."""
    b = blocks[k]
    text = b.text
    if b.table or len(text) > MAX_TITLE_BLOCK:
        return False
    return bool((text[-1] == "日" and rx.DATE_LINE.match(text))
                or (text[-1] in "）)" and rx.NOTE_LINE.match(text))
                or (any(w in text for w in IMPRINT_WORDS) and rx.IMPRINT_LINE.match(text)))


def _issuer_run(blocks: list[Block], k: int, floor: int) -> list[int]:
    run = [k]
    j = k - 1
    while j >= floor and len(run) < 4 and not blocks[j].table and len(blocks[j].text) <= 40 \
            and not any(c in blocks[j].text for c in "。，,：:"):
        run.insert(0, j)
        j -= 1
    return run


def _title_before(blocks: list[Block], a: int, floor: int) -> list[int]:
    """Title blocks before the 文号 at ``a``: back while title-like, stopping after the line where the
    title's head is (``关于``, ``印发``, ``转发``, ``批转``), and an issuer line just above it, as in
    ``# 浙江省人民政府办公厅`` / ``## 关于…``."""
    picked: list[int] = []
    j = a - 1
    while j >= floor and len(picked) < MAX_TITLE_BLOCKS and is_titleish(blocks[j]):
        picked.insert(0, j)
        head = rx.ISSUER_END.search(blocks[j].text)
        if head:
            if head.start() == 0 and j - 1 >= floor and is_issuer_line(blocks[j - 1].text):
                picked.insert(0, j - 1)
            break
        j -= 1
    if picked and not any(rx.ISSUER_END.search(blocks[k].text) for k in picked):
        picked = picked[-1:]  # no head word: only the line next to the 文号 is safe to take
    return picked


def _title_after(blocks: list[Block], a: int) -> list[int]:
    picked: list[int] = []
    j = a + 1
    while j < len(blocks) and len(picked) < MAX_TITLE_BLOCKS and is_titleish(blocks[j]):
        picked.append(j)
        if ends_title(blocks[j].text):
            return picked
        j += 1
    return []


def _headless_region(blocks: list[Block]) -> Region:
    """A single document without a 文号: its title is the first title-like block(s)."""
    title: list[int] = []
    j = 0
    while j < len(blocks) and len(title) < MAX_TITLE_BLOCKS and is_titleish(blocks[j]):
        title.append(j)
        if ends_title(blocks[j].text):
            break
        j += 1
    if title and not ends_title(blocks[title[-1]].text):
        title = title[:1]
    if title and not regex.search(r"\p{Han}", blocks[title[0]].text):
        title = []  # a Latin heading is no 公文 title
    return Region(start=0, end=len(blocks), anchor=None, title=title, red_header=[])



# ---------------------------------------------------------------- building one document


def join_title(parts: list[Block]) -> str:
    """Title text from its blocks; layout spaces are already gone, breaks between lines join directly."""
    return "".join(b.text for b in parts).strip()


def split_addressees(text: str) -> list[str]:
    """主送机关 split on commas outside parentheses: ``各市、县(市、区)人民政府,省政府直属各单位``."""
    text = text.rstrip("：: ")
    out: list[str] = []
    depth = 0
    cur: list[str] = []
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth = max(0, depth - 1)
        if ch in ADDRESSEE_SEPARATORS and depth == 0:
            out.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur).strip())
    return [x for x in out if x]


def is_addressee(block: Block) -> bool:
    """A 主送机关 block: organ names ending in a colon, no sentence."""
    t = block.text
    return (not block.table and t[-1] in "：:" and len(t) <= ADDRESSEE_MAX and "。" not in t
            and "如下" not in t and rx.SECTION_MARKER.match(t) is None and not t.startswith(("附件", "为", "根据")))


def _addressee_blocks(blocks: list[Block], k: int, hi: int) -> int:
    """How many blocks from ``k`` make the 主送机关: one ending in a colon, or up to three lines of organ names
    (``各省、自治区、直辖市人民政府，`` / ``国务院各部委、各直属机构：``) when the text put each on a line."""
    for n in range(1, 4):
        if k + n > hi:
            return 0
        last = blocks[k + n - 1]
        if is_addressee(last):
            lead = blocks[k:k + n - 1]
            if all(not x.table and x.text[-1] in "，,、" and "。" not in x.text and len(x.text) <= ADDRESSEE_MAX
                   for x in lead):
                return n
            return 0
    return 0


def _span(a: Block, b: Block) -> Span:
    return Span(start_line=a.start, end_line=b.end)


def _split_signatures(block: Block) -> list[str]:
    """Signatures on one line separated by wide spaces: ``国务院办公厅　中央军委办公厅``."""
    names: list[str] = []
    for line in block.lines:
        body = line.raw.replace("\f", "").strip().lstrip("#").strip()
        parts = [p for p in regex.split(r"[\t\u3000]+|\s{2,}", body) if p.strip()]
        names.extend("".join(p.split()) for p in parts)
    return names


@dataclass(slots=True)
class Closing:
    """Indices of the closing block's parts within a document's blocks."""

    body_end: int
    notes_start: int | None = None  # first 附件说明 block
    notes_end: int = 0  # block after the last 附件说明 block
    sig: tuple[int, int] | None = None
    date: int | None = None
    after: int = 0  # first block after the 附注


def find_closing(blocks: list[Block], lo: int, hi: int) -> Closing:
    """The closing block within ``blocks[lo:hi]``."""
    date = next((k for k in range(lo, hi) if not blocks[k].table and rx.DATE_LINE.match(blocks[k].text)), None)
    if date is None:
        label = next((k for k in range(lo, hi) if rx.ATTACHMENT_LABEL.match(blocks[k].text)), hi)
        c = Closing(body_end=label, after=label, notes_end=label)
        c.notes_start = _attachment_notes_start(blocks, lo, label)
        if c.notes_start is not None:
            c.body_end = c.notes_start
        return c
    k = date - 1
    while k >= lo and date - k <= 3 and not blocks[k].table and (
            is_issuer_line(blocks[k].text) or rx.PERSON_SIGNATURE.match(blocks[k].text)):
        k -= 1
    sig = (k + 1, date) if k + 1 < date else None
    body_end = k + 1
    notes_start = _attachment_notes_start(blocks, lo, body_end)
    if notes_start is not None:
        body_end = notes_start
    after = date + 1
    while after < hi and not blocks[after].table and (
            rx.NOTE_LINE.match(blocks[after].text) or rx.IMPRINT_LINE.match(blocks[after].text)):
        after += 1
    return Closing(body_end=body_end, notes_start=notes_start, notes_end=k + 1, sig=sig, date=date, after=after)


def _attachment_notes_start(blocks: list[Block], lo: int, end: int) -> int | None:
    """Index of the 附件说明 that ends the body at ``end``, or None."""
    k = end - 1
    while k > lo and rx.ATTACHMENT_NOTE_MORE.match(blocks[k].text) and not blocks[k].table:
        k -= 1
    if k >= lo and not blocks[k].table and rx.ATTACHMENT_NOTE.match(blocks[k].text):
        return k
    return None


def read_attachment_notes(blocks: list[Block]) -> list[AttachmentNote]:
    """附件说明 entries: ``附件:X`` or ``附件：1.X`` followed by ``2.Y`` lines."""
    notes: list[AttachmentNote] = []
    for b in blocks:
        span = Span(start_line=b.start, end_line=b.end)
        m = rx.ATTACHMENT_NOTE.match(b.text) if not notes else None
        if m:
            number = _num(m.group("number"))
            title = m.group("title").strip()
            more = rx.ATTACHMENT_NOTE_MORE.match(title) if number is None else None
            if more:
                number, title = _num(more.group("number")), more.group("title").strip()
            notes.append(AttachmentNote(number=number, title=title, span=span))
            continue
        m2 = rx.ATTACHMENT_NOTE_MORE.match(b.text)
        if m2:
            notes.append(AttachmentNote(number=_num(m2.group("number")), title=m2.group("title").strip(), span=span))
    return notes


class DocumentBuilder:
    """Turns one region's blocks into a ``Document``."""

    def __init__(self, blocks: list[Block], diags: Diagnostics) -> None:
        self.blocks = blocks
        self.diags = diags
        self.leftover: list[Block] = []
        """Blocks that belong to no element; the pipeline reports them as unclassified."""

    def build(self, region: Region) -> Document:
        """Build the document of ``region``."""
        b = self.blocks
        title_blocks = [b[k] for k in region.title]
        title = join_title(title_blocks) or None
        if title and region.anchor is not None and region.title == [region.anchor]:
            tm = rx.TITLE_WITH_NUMBER.match(title)
            title = tm.group("title") if tm else title
        issuer = None
        if region.red_header:
            names: list[str] = []
            for k in region.red_header:
                text = rx.RED_HEADER.match(b[k].text)
                part = (text.group("issuer") or "") if text else b[k].text
                names.extend(p for p in regex.split(r"\s+", part.strip()) if p)
            issuer = "、".join(names) or None
        elif title and rx.ORDER_TITLE.match(title):
            issuer = title[:-1]  # 中华人民共和国国务院令 → 中华人民共和国国务院
        elif title and (m := rx.ISSUER_END.search(title)):
            issuer = title[: m.start()].rstrip("、 ") or None
        doc_number = None
        cursor = region.start
        if region.anchor is not None:
            ab = b[region.anchor]
            parsed = anchor_number(b, region.anchor)
            assert parsed is not None
            doc_number = DocNumber(text=parsed.text, agency_code=parsed.agency_code, year=parsed.year,
                                   serial=parsed.serial, raw=ab.text, span=Span(start_line=ab.start, end_line=ab.end))
            if parsed.problems:
                self.diags.add("N001", f"文号 {ab.text}: {'; '.join(parsed.problems)} (GB/T 9704: {parsed.text})",
                               ab.start)
            cursor = region.anchor + 1
        if region.title:
            cursor = max(cursor, max(region.title) + 1)
        header_end = cursor
        addressees: list[str] = []
        addressees_span = None
        n = _addressee_blocks(b, cursor, region.end)
        if n:
            addressees = split_addressees("".join(x.text for x in b[cursor:cursor + n]))
            addressees_span = _span(b[cursor], b[cursor + n - 1])
            cursor += n
        is_order = doc_number is not None and doc_number.agency_code.endswith("令")
        issuing = bool(title and (rx.ISSUING.search(title) or kind_of(title) == "命令")) or is_order
        doc = self._content(region.start, cursor, region.end, title=title, title_blocks=title_blocks,
                            issuing=issuing)
        doc.issuer = issuer or (doc.signatories[0] if len(doc.signatories) == 1 else "、".join(doc.signatories) or None)
        doc.doc_number = doc_number
        doc.addressees = addressees
        doc.addressees_span = addressees_span
        if header_end > region.start:
            doc.header_span = _span(b[region.start], b[max(header_end - 1, cursor - 1)])
        return doc

    def _content(self, start: int, lo: int, hi: int, *, title: str | None, title_blocks: list[Block],
                 issuing: bool) -> Document:
        """Body, closing, enclosures and attachments of blocks ``[lo, hi)``; ``start`` is the first block."""
        b = self.blocks
        title_end = lo
        subtitle = None
        if title_blocks and title_blocks[-1] is b[lo - 1]:
            subtitle, lo = self._subtitle(lo, hi)
            title_end = lo
        closing = find_closing(b, lo, hi)
        body = parse_body(b[lo:closing.body_end], self.diags)
        notes = (read_attachment_notes(b[closing.notes_start:closing.notes_end])
                 if closing.notes_start is not None else [])
        signatories: list[str] = []
        sig_span = None
        if closing.sig:
            for k in range(*closing.sig):
                if rx.PERSON_SIGNATURE.match(b[k].text):
                    signatories.append(" ".join(b[k].lines[0].raw.replace("\u3000", " ").split()))
                else:
                    signatories.extend(_split_signatures(b[k]))
            sig_span = _span(b[closing.sig[0]], b[closing.sig[1] - 1])
        date = None
        date_span = None
        if closing.date is not None:
            db = b[closing.date]
            date_span = Span(start_line=db.start, end_line=db.end)
            date, problem = parse_date(db.text)
            if problem:
                self.diags.add("D002", f"impossible date {db.text}: {problem}", db.start)
        doc_notes = [Note(text=b[k].text, span=Span(start_line=b[k].start, end_line=b[k].end))
                     for k in range(closing.date + 1, closing.after)] if closing.date is not None else []
        enclosures, attachments = self._after_closing(closing.after, hi, title=title, issuing=issuing,
                                                      body_text=" ".join(p.text for p in body.preamble),
                                                      announced=notes)
        owner_notes = notes
        doc = Document(
            title=title, subtitle=subtitle, kind=kind_of(title), issuer=None, doc_number=None, addressees=[],
            preamble=body.preamble, sections=body.sections, tables=body.tables, attachment_notes=owner_notes,
            signatories=signatories, date=date, notes=doc_notes, enclosures=enclosures, attachments=attachments,
            page=b[start].page if start < hi else None,
            title_span=_span(title_blocks[0], b[title_end - 1] if subtitle else title_blocks[-1])
            if title_blocks else None,
            signatories_span=sig_span, date_span=date_span,
            span=_span(b[start], b[hi - 1]) if start < hi else Span(start_line=1, end_line=1),
        )
        return doc

    def _subtitle(self, lo: int, hi: int) -> tuple[str | None, int]:
        """A parenthesised line (or lines) right under a title: ``（二○○四年六月十六日国务院…通过）``."""
        b = self.blocks
        if lo >= hi or b[lo].table or not b[lo].text.startswith(("（", "(")) or rx.SECTION_MARKER.match(b[lo].text):
            return None, lo  # （一） opens a section, it is no subtitle
        k = lo
        text = ""
        while k < hi and k - lo < 3 and not b[k].table:
            text += b[k].text
            k += 1
            if text.endswith(("）", ")")) and text.count("（") + text.count("(") <= text.count("）") + text.count(")"):
                return text, k
        return None, lo

    def _after_closing(self, lo: int, hi: int, *, title: str | None, issuing: bool, body_text: str,
                       announced: list[AttachmentNote]) -> tuple[list[Document], list[Attachment]]:
        """The issued document (before any 附件 label) and the attachments after the closing block.

        Attachments belong to the issued document when its own 附件说明 announces them.
        """
        b = self.blocks
        announced_keys = {title_key(n.title) for n in announced}
        labels = [k for k in range(lo, hi) if not b[k].table and (
            rx.ATTACHMENT_LABEL.match(b[k].text) or _titled_label(b[k].text, announced_keys))]
        first = labels[0] if labels else hi
        enclosures: list[Document] = []
        if first > lo:
            expected = _expected_enclosure_title(title, body_text) if issuing else None
            t_end = _match_title(b, lo, first, expected)
            if t_end == lo and is_titleish(b[lo]) and (
                    issuing or ends_title(b[lo].text) or b[lo].heading or _has_body(b[lo + 1:first])):
                t_end = lo + 1
            if t_end > lo:
                title_blocks = b[lo:t_end]
                enclosures.append(self._content(lo, t_end, first, title=join_title(title_blocks) or None,
                                                title_blocks=title_blocks, issuing=False))
            elif issuing and _has_body(b[lo:first]):
                # The text an order or a 印发 notice issues, printed without a title of its own.
                enclosures.append(self._content(lo, lo, first, title=None, title_blocks=[], issuing=False))
            else:
                self.leftover.extend(b[lo:first])  # page clutter after the closing block
        owner_notes = enclosures[0].attachment_notes if enclosures and enclosures[0].attachment_notes else announced
        attachments = []
        for n, k in enumerate(labels):
            note = _note_for(owner_notes, n, b[k].text)
            attachments.append(self._attachment(k, labels[n + 1] if n + 1 < len(labels) else hi,
                                                note.title if note else None))
        if enclosures and enclosures[0].attachment_notes and attachments:
            enc = enclosures[0]
            enc.attachments = attachments
            enc.span = Span(start_line=enc.span.start_line, end_line=attachments[-1].span.end_line)
            attachments = []
        return enclosures, attachments

    def _attachment(self, k: int, end: int, announced: str | None) -> Attachment:
        b = self.blocks
        label = b[k]
        m = rx.ATTACHMENT_LABEL.match(label.text)
        if m is None:  # ``附件1：标题`` — label and title on one line
            tm = rx.ATTACHMENT_NOTE.match(label.text)
            assert tm is not None
            number = _num(tm.group("number"))
            return self._attachment_body(label, number, tm.group("title").strip(), k + 1, end)
        number = _num(m.group("number"))
        lo = k + 1
        t_end = _match_title(b, lo, end, announced)
        if t_end == lo and lo < end and not b[lo].table and len(b[lo].text) <= MAX_TITLE_BLOCK:
            t_end = lo + 1
            # Without an announced title, a title split over headings: take the following short headings.
            while t_end < end and t_end - lo < 3 and b[t_end].heading and b[t_end - 1].heading \
                    and not rx.SECTION_MARKER.match(b[t_end].text):
                t_end += 1
        return self._attachment_body(label, number, join_title(b[lo:t_end]) or None, t_end, end,
                                     title_lo=lo)

    def _attachment_body(self, label: Block, number: int | None, title: str | None, t_end: int, end: int,
                         *, title_lo: int | None = None) -> Attachment:
        """An attachment whose title ends before block ``t_end``."""
        b = self.blocks
        lo = t_end if title_lo is None else title_lo
        subtitle, body_lo = self._subtitle(t_end, end)
        content = b[body_lo:end]
        items = as_items(content)
        att = Attachment(number=number, title=title, subtitle=subtitle,
                         paragraphs=[], sections=[], items=items or [], tables=[],
                         label_span=Span(start_line=label.start, end_line=label.end),
                         title_span=_span(b[lo], b[body_lo - 1]) if body_lo > lo else None,
                         span=_span(label, b[end - 1]), page=label.page)
        if items is None:
            body = parse_body(content, self.diags)
            att.paragraphs, att.sections, att.tables = body.preamble, body.sections, body.tables
        return att


def _titled_label(text: str, announced: set[str]) -> bool:
    """``附件1：标题`` standing where an attachment begins, with a title 附件说明 announced."""
    m = rx.ATTACHMENT_NOTE.match(text)
    return bool(m and title_key(m.group("title")) in announced)


def _has_body(blocks: list[Block]) -> bool:
    """Blocks that read as a document body (a numbered section or a sentence), not page clutter."""
    return any(not x.table and ("。" in x.text or rx.SECTION_MARKER.match(x.text)) for x in blocks)


def _note_for(notes: list[AttachmentNote], n: int, label: str) -> AttachmentNote | None:
    """The 附件说明 entry for the ``n``-th attachment label (by number when the label has one)."""
    m = rx.ATTACHMENT_LABEL.match(label)
    if m and m.group("number"):
        number = _num(m.group("number"))
        hit = next((x for x in notes if x.number == number), None)
        if hit:
            return hit
    return notes[n] if n < len(notes) else None


def _expected_enclosure_title(title: str | None, body_text: str) -> str | None:
    if not title:
        return None
    m = rx.ISSUED_TITLE.search(title)
    if m:
        t = str(m.group("title"))
        q = rx.QUOTED_TITLE.search(t)
        return str(q.group("title")) if q else t
    q = rx.QUOTED_TITLE.search(body_text)
    return str(q.group("title")) if q else None


def _match_title(blocks: list[Block], lo: int, hi: int, expected: str | None) -> int:
    """End index of the blocks from ``lo`` whose joined text is ``expected`` (ignoring spaces and
    punctuation); ``lo`` when they do not spell it."""
    if not expected:
        return lo
    want = title_key(expected)
    acc = ""
    k = lo
    while k < hi and k - lo < MAX_TITLE_BLOCKS and not blocks[k].table:
        acc += title_key(blocks[k].text)
        k += 1
        if acc == want:
            return k
        if not want.startswith(acc):
            break
    return lo

