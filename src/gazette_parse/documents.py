"""Stage 7: one document from its region — header (title, 文号, 主送机关), body, closing block, the
document it issues (印发/转发, no 附件 label) and its attachments (each under an ``附件`` label).
"""

from __future__ import annotations

import dataclasses
import itertools

import regex

from . import regexes as rx
from .blocks import (
    ADDRESSEE_MAX,
    Block,
    ends_title,
    flag_letter_for_one,
    is_addressee,
    is_issuer_line,
    left_open,
    number_cut,
    signer_cut,
    title_key,
    without_seal,
)
from .body import CALL_ADDRESS, as_items, closing_call, closing_clauses, list_sections, paragraph, parse_body
from .boundaries import (
    DATE_AT_END,
    MAX_HEAD_MARKS,
    MAX_TITLE_BLOCK,
    MAX_TITLE_BLOCKS,
    SPEECH_TITLE,
    Region,
    anchor_number,
    bare_kind,
    contents_above,
    dating_blocks,
    head_marks,
    is_titleish,
    title_and_number,
)
from .closing import (
    MAX_IMPRINT_LINE,
    Closing,
    attachment_number,
    find_byline,
    find_closing,
    imprint_start,
    name_goes_on,
    number_text,
    read_attachment_notes,
    split_signatures,
)
from .dates import has_ocr_letters, parse_date, parse_month
from .diagnostics import Diagnostics
from .docnumber import ParsedNumber, bracketed_order, parse_doc_number, signers_of
from .models import Attachment, AttachmentNote, Attendance, DocNumber, Document, Imprint, Note, Span
from .normalize import DELETE_INVISIBLE, strip_markup

#: Splits 主送机关 on commas and semicolons outside parentheses.
ADDRESSEE_SEPARATORS = "，,；;"


#: The 文种 of a document sent to someone: a forwarded one of these reads a 主送机关 under its title.
ADDRESSED_KINDS = frozenset({"通知", "通报", "意见", "决定", "批复", "函", "报告", "请示"})


def kind_of(title: str | None) -> str | None:
    """文种 named at the end of a title."""
    if not title:
        return None
    m = rx.KIND_SUFFIX.search(title)
    if not m:
        return None
    kind = str(m.group("kind"))
    return {"令": "命令", "复函": "函", "答复": "函"}.get(kind, kind)


def join_title(parts: list[Block]) -> str:
    """Title text from its blocks; layout spaces are already gone, breaks between lines join directly, but
    joint issuers keep the space printed between them (``中共中央办公厅　国务院办公厅印发…``)."""
    title = "".join(b.text for b in parts).strip()
    return spaced_issuers(title, "\n".join(ln.raw.strip() for b in parts for ln in b.lines))


def spaced_issuers(title: str, raw: str) -> str:
    """``title``, cleaned of layout spaces, with the space that ``raw``, the text it was read from (a title's
    lines, a TOC entry's), prints between joint issuers before the head word (关于, 印发 …, or an order's 令)."""
    m = rx.ISSUER_END.search(title)
    if m is not None:
        head = m.start()
    elif rx.ORDER_TITLE.match(title):  # a joint order names its organs before 令 (…国务院　…中央军事委员会令)
        head = len(_order_organs(title))
    else:
        return title
    if head < 4:  # (two names of two characters at least)
        return title
    at = raw.find(title[head]) if m is None else raw.find(m.group())
    if at < 0 or len(raw[:at].split(maxsplit=1)) < 2:
        return title  # no white space among the names before the head word (关于, 印发 …): nothing to keep
    return _space_joint_issuers(title, head, strip_markup(raw))


def _order_organs(title: str) -> str:
    """An order's title without its 令 (or 命令): the organs that issue it."""
    return title.removesuffix("命令") if title.endswith("命令") else title.removesuffix("令")


#: The ``metadata`` key of a 规范性文件's registration number.
REGISTER_KEY = "规范性文件编号"
#: A dash between the parts of a registration number, with the spaces around it.
REGISTER_DASH = rx.lazy_pattern(r"\s*[-—–－]\s*")


def _register(text: str) -> str:
    """A registration number with ASCII hyphens: ``ZJSP01—2018—0002`` → ZJSP01-2018-0002."""
    return str(REGISTER_DASH.sub("-", text))


#: Amendment lines a law's adoption line may have under it.
MAX_AMENDMENTS = 12
#: The blocks at the top of a notice whose 《…》 may name the document it issues.
MAX_ISSUING_BLOCKS = 6
#: A line that says a text goes on from another issue (（上接第11期）) is at most this long.
MAX_RESUMED_LINE = 16
#: What a wrap leaves of a name at most, on the line under a byline's office (某某省人民政府副省长　某某 / 某).
MAX_NAME_REST = 3


def _bracketed_title(block: Block) -> bool:
    """A title in brackets on a line of its own, as a 公告 prints what it is about under its number:
    ``（关于某某事项的公告）``."""
    text = block.text
    if block.table or len(text) > MAX_TITLE_BLOCK or text[:1] not in "（(" or text[-1:] not in "）)" or "。" in text:
        return False
    inner = text[1:-1]
    return inner.startswith("关于") or rx.KIND_SUFFIX.search(inner) is not None


def _issuer_in_title(title: str) -> str | None:
    """The organs a title names before its head word (国务院办公厅|关于…, 国务院　中央军委|关于…), or None; a title
    that opens with a quotation names none (《某某市关于甲的通知》政策解读)."""
    if title[0] in "《“\"" or (m := rx.ISSUER_END.search(title)) is None:
        return None
    return "、".join(title[: m.start()].rstrip("、 ").split()) or None


def _person_signature(block: Block) -> str:
    """A signature by office and name, one space between them: ``总理　李克强`` → 总理 李克强, and letter-spaced
    or padded (``省　长　　王　五``) → 省长 王五; a name alone, letter-spaced (``王　强``) → 王强; other bylines as
    printed, their white space one space."""
    text = "".join(block.text.split())
    if (m := rx.PERSON_SIGNATURE.match(text)) is not None:
        return f"{text[:m.end('office')]} {text[m.end('office'):].lstrip('：:')}"
    if BARE_NAME.match(block.text):
        return text
    raw = strip_markup(block.lines[0].raw).strip().lstrip("#").translate(DELETE_INVISIBLE)  # (zero-width ones too)
    return " ".join(raw.replace("\u3000", " ").replace("：", " ").replace(":", " ").split())


def _issuer_of(signatories: list[str]) -> str | None:
    """The issuer a document's 署名 names: the organs, or the organ of a person signing by office (国务院总理
    李克强 → 国务院; 总理 李克强, with no organ, stays as signed)."""
    names = []
    for sig in signatories:
        m = rx.PERSON_SIGNATURE.match("".join(sig.split()))
        if m is None or not m.group("organ"):
            names.append(sig)
            continue
        organ, office = m.group("organ"), m.group("office")
        if office.endswith(HEAD_OF_GOVERNMENT) and organ[-1] == office[-2]:
            organ += "人民政府"  # 某某省省长 → 某某省人民政府: the head of a place's government signs for it
        elif office.endswith("主席") and organ == "中华人民共和国":
            organ += "主席"  # the President, a state organ of its own, signs an order
        names.append(organ)
    return "、".join(names) or None


#: Offices of the head of a place's government: 省长, 市长, 县长, 区长, 州长.
HEAD_OF_GOVERNMENT = ("省长", "市长", "县长", "区长", "州长")


#: White space longer than this after a letter counts as this much (a bound on what is looked at).
MAX_GAP = 4


def _space_joint_issuers(title: str, head: int, raw: str) -> str:
    """``title`` with one space after each issuer that the ``raw`` text it was cleaned from sets apart by white
    space or a line break, as long as the names before the title's head word (at ``head``) are all issuers."""
    # Where each title character stands in the raw text, and how much white space follows it there.
    gaps: list[tuple[int, int]] = []
    p = 0
    for i, ch in enumerate(title[:head]):
        p = raw.find(ch, p)
        if p < 0:
            return title
        p += 1
        if p < len(raw) and raw[p].isspace() and i + 1 < head:
            gaps.append((i + 1, len(raw[p:p + MAX_GAP]) - len(raw[p:p + MAX_GAP].lstrip())))
    if len(gaps) == head - 1:  # every letter set apart (as pdftotext gives a PDF that places them one by one):
        gaps = [(i, n) for i, n in gaps if n > 1]  # the words stand further apart than the letters
    names = [title[a:b] for a, b in itertools.pairwise([0, *(i for i, _ in gaps), head])]
    if len(names) < 2 or not all(len(n) >= 2 and is_issuer_line(n) for n in names):
        return title
    return " ".join(names) + title[head:]


def split_addressees(text: str) -> list[str]:
    """主送机关 split on commas outside parentheses: ``各市、县(市、区)人民政府,省政府直属各单位``; a reply's deputy
    without the courtesy before the name (``尊敬的张某某代表：``)."""
    text = text.rstrip("：: ").removeprefix("尊敬的")
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


#: A 主送机关 after its label: ``主送：各区人民政府，市政府各部门``.
ADDRESSEE_LABEL = rx.lazy_pattern(r"^主\s*送\s*(?:机\s*关)?\s*[:：]\s*(?P<names>[^。]{2,300})$")


def _addressees_in_imprint(notes: list[Note]) -> tuple[list[str], Span] | None:
    """The 主送机关 a document moved into its 版记 (``主送：各区人民政府。`` above ``抄送：…``), as GB/T 9704 allows."""
    for note in notes:
        m = rx.IMPRINT_HEAD.match(note.text) if note.text[:1] == "主" else None
        if m is not None and "".join(m.group("what").split()) == "主送":
            return split_addressees(note.text[m.end():].rstrip("。.；; ")), note.span
    return None


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


#: Characters an addressee may take before the colon that ends it, when the body goes on after it.
INLINE_ADDRESSEE_MAX = 60


def _inline_addressee(block: Block) -> str | None:
    """The 主送机关 that opens ``block`` (up to its colon) when the body's first sentence follows on the line."""
    cut = max(block.text.find("："), block.text.find(":"))
    if block.table or cut <= 0 or cut > INLINE_ADDRESSEE_MAX or cut == len(block.text) - 1:
        return None
    head = block.text[: cut + 1]
    names = head[:-1]  # it must end in an organ, not in a verb: ``国务院决定：自…`` is a sentence
    if not (rx.ORGAN_SUFFIX.search(names) or names.endswith(("单位", "部门", "机构", "同志"))):
        return None
    return head if is_addressee(Block(text=head, lines=block.lines)) else None


def _number_raw(block: Block) -> str:
    """The lines of a 文号's block as printed, one space between them, or none where the second is the end of the
    signer's name or of the number that the wrap cut (某政〔2021〕15号　签发人：王某 / 某 · …公告2023年第 / 19号)."""
    lines = block.lines
    if len(lines) == 2 and (signer_cut(*lines) or number_cut(*lines)):
        return lines[0].raw.rstrip() + lines[1].raw.strip()
    return " ".join(ln.raw for ln in lines)


def _span(a: Block, b: Block) -> Span:
    return Span(start_line=a.start, end_line=b.end)


def _doc_number(parsed: ParsedNumber, block: Block, signers: list[str], *, last: Block) -> DocNumber:
    """The 文号 of ``block`` as read (its 签发人 may run on to block ``last``); a joint 公告's issuers keep the space
    printed between them (``财政部　税务总局公告2022年第13号`` → 财政部 税务总局公告2022年第13号)."""
    text, agency = spaced_number(parsed.text, parsed.agency_code, block.lines[0].raw)
    return DocNumber(text=text, agency_code=agency, year=parsed.year, serial=parsed.serial,
                     raw=block.text, signers=signers, span=_span(block, last))


#: The 文种 that ends a joint 公告's or 令's agency code: 财政部　税务总局|公告.
JOINT_KIND = rx.lazy_pattern(r"(?:公告|通告|令)$")


def spaced_number(text: str, agency: str, raw: str) -> tuple[str, str]:
    """A 文号 and its agency code with the space that ``raw``, the text the number was read from, prints between
    a joint 公告's issuers (``财政部　税务总局公告2022年第13号`` → 财政部 税务总局公告2022年第13号); the number's
    own print is the last in ``raw`` (a TOC entry's title above it may name the same issuers)."""
    if (kind := JOINT_KIND.search(agency)) is None or kind.start() < 4:
        return text, agency
    raw = strip_markup(raw)
    at = raw.rfind(agency[0])  # (the agency's first letter that its second follows, maybe a space apart)
    while at >= 0 and raw[at + 1:at + 3].lstrip()[:1] != agency[1]:
        at = raw.rfind(agency[0], 0, at)
    if at < 0 or not any(c.isspace() for c in raw[at:].strip()):
        return text, agency
    spaced = _space_joint_issuers(agency, kind.start(), raw[at:])
    return text.replace(agency, spaced, 1), spaced


#: Key-value lines a site prints under a document's 文号 that are read into its metadata, at most.
MAX_SITE_METADATA = 12
#: The key of a date a site prints under the 文号 without a label, in ``metadata`` (the document's own date is
#: at its end).
SITE_DATE_KEY = "日期"


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
            split = title_and_number(title)
            title = split[0] if split else title
        inline = bracketed_order(title) if title and region.anchor is None and title[-1] in "）)" else None
        if inline is not None and inline[1].agency_code == inline[0]:
            title = inline[0]  # 某某常务委员会公告（第45号）: the number of the series the title names, on its line
        else:
            inline = None
        issuer = organ_in_title = None
        kind = kind_of(title)
        # (the organs of a joint order keep a space between them: 国务院 中央军委令)
        order_title = title if title and rx.ORDER_TITLE.match(title.replace(" ", "")) else None
        if region.red_header:
            names: list[str] = []
            for k in region.red_header:
                if rx.COURT_DOCUMENT.match(b[k].text):
                    kind = b[k].text  # 民事判决书: a court's 文书, its kind
                    continue
                text = rx.RED_HEADER.match(b[k].text)
                part = (text.group("issuer") or "") if text else b[k].text
                if bare_kind(part) and (km := rx.KIND_SUFFIX.search(part)):  # 某某市人民政府通告: the organ
                    part = part[: km.start()]
                names.extend(p for p in regex.split(r"\s+", part.strip()) if p)
            issuer = "、".join(names) or None
        elif order_title:
            # 中华人民共和国国务院令 → …国务院; a joint order's organs one by one
            issuer = "、".join(_order_organs(order_title).split())
        elif title and bare_kind(title) and (km := rx.KIND_SUFFIX.search(title)) is not None and km.start() > 0:
            organ_in_title = title[: km.start()]  # 某某市人民政府布告 → 某某市人民政府
        elif title:
            issuer = _issuer_in_title(title)
        doc_number = None
        cursor = region.start
        if region.anchor is not None and region.number is not None:
            ab = b[region.anchor]
            parsed = region.number
            if order_title and " " in order_title and order_title.replace(" ", "").endswith(parsed.agency_code):
                # a joint order's number under its organs, stacked or on one line: 中华人民共和国国务院
                # 中华人民共和国中央军事委员会令第765号
                parsed = dataclasses.replace(parsed, text=parsed.text.replace(parsed.agency_code, order_title, 1),
                                             agency_code=order_title)
            more = [b[k] for k in region.signers]
            doc_number = _doc_number(parsed, ab, signers_of(_number_raw(ab))
                                     + [name for x in more for name in signers_of(x.lines[0].raw) or [x.text]],
                                     last=more[-1] if more else ab)
            if parsed.problems:
                form = "" if parsed.text == "".join(ab.text.split()) else f" (GB/T 9704: {parsed.text})"
                self.diags.add("N001", f"文号 {ab.text}: {'; '.join(parsed.problems)}{form}", ab.start)
            cursor = region.anchor + 1 + len(region.signers)
        if inline is not None:
            _, parsed, raw = inline
            doc_number = DocNumber(text=parsed.text, agency_code=parsed.agency_code, year=parsed.year,
                                   serial=parsed.serial, raw=raw, span=_span(title_blocks[-1], title_blocks[-1]))
        if region.title:
            cursor = max(cursor, max(region.title) + 1)
        header_end = cursor
        dating = None  # blocks of a line dating the title: between it and the 文号, or under it above the 主送机关
        after_title = max(region.title) + 1 if region.title else None
        if after_title is not None and region.anchor is not None and after_title < region.anchor \
                and after_title + dating_blocks(b, after_title) == region.anchor:
            dating = (after_title, region.anchor)
        elif after_title is not None and cursor == after_title and cursor + 1 < region.end \
                and (n := dating_blocks(b, cursor)) and (
                    _addressee_blocks(b, cursor + n, region.end)
                    or (region.anchor is None
                        and rx.DOC_NUMBER_ANY.search("".join(x.text for x in b[cursor:cursor + n])))):
            # （2020年3月5日　京政发〔2020〕1号） / 各区人民政府，…：, or with its 文号 and no 主送机关 under it
            dating = (cursor, cursor + n)
            cursor += n
        elif doc_number is not None and cursor < region.end and _bracketed_title(b[cursor]):
            dating = (cursor, cursor + 1)  # 某某厅公告 / 2019年第5号 / （关于某某事项的公告）: the subtitle
            cursor += 1
        elif doc_number is not None and cursor + 1 < region.end and b[cursor].text[:1] in "（(" \
                and (n := dating_blocks(b, cursor)):
            dating = (cursor, cursor + n)  # 法释〔2020〕15号 / （2020年12月14日…通过，自2021年1月1日起施行）
            cursor += n
        if doc_number is None and dating is not None and (inside := parse_doc_number(
                rx.DATE_ANY.sub(" ", "".join(x.text for x in b[dating[0]:dating[1]])), whole_line=False)):
            doc_number = _doc_number(inside, b[dating[0]], [], last=b[dating[1] - 1])  # the 文号 in the dating line
        site_meta: dict[str, str] = {}  # what a site or a CMS prints with the 文号 under the title: 发布日期：…
        site_date = None  # a date a site prints under the 文号, without a label (a mirror's page: 2011年11月17日)
        if region.anchor is not None:
            if label := rx.NUMBER_LABEL.match(b[region.anchor].text):
                site_meta["发文字号"] = b[region.anchor].text[label.end():]
            while cursor < region.end and not b[cursor].table and len(site_meta) < MAX_SITE_METADATA:
                if mp := rx.PAGE_METADATA_PAIR.match(b[cursor].text):
                    site_meta["".join(mp.group("key").split())] = mp.group("value").strip()
                elif site_date is None and rx.is_date_line(b[cursor].text):
                    site_date = b[cursor]
                else:
                    break
                cursor += 1
        register = None  # a 规范性文件's registration number under its 文号 (浙政办发〔2018〕26号 / ZJSP01-2018-0002)
        if doc_number is not None and cursor < region.end and (marks := head_marks(b[cursor])) \
                and set(marks) == {"register"}:
            register = _register(marks["register"])
            cursor += 1
        addressees: list[str] = []
        addressees_span = None
        n = _addressee_blocks(b, cursor, region.end)
        if not n and cursor < region.end and not b[cursor].table and b[cursor].text[:1] == "主" \
                and (lm := ADDRESSEE_LABEL.match(b[cursor].text)):
            # 主送：各区人民政府，市政府各部门 — the 主送机关 after its label, with or without a colon at the end
            addressees = split_addressees(lm.group("names").rstrip("：:"))
            addressees_span = _span(b[cursor], b[cursor])
            cursor += 1
        elif n:
            addressees = split_addressees("".join(x.text for x in b[cursor:cursor + n]))
            addressees_span = _span(b[cursor], b[cursor + n - 1])
            cursor += n
        elif cursor < region.end and (head := _inline_addressee(b[cursor])):
            # ``广东省人民政府：你省《关于…的请示》收悉。``: the 主送机关 opens the body's first paragraph.
            addressees = split_addressees(head)
            addressees_span = _span(b[cursor], b[cursor])
            b[cursor] = Block(text=b[cursor].text[len(head):].strip(), lines=b[cursor].lines,
                              heading=b[cursor].heading)
        is_order = doc_number is not None and doc_number.agency_code.endswith("令")
        issuing = bool(title and (rx.ISSUING.search(title) or kind_of(title) == "命令")) or is_order
        end = imprint_start(b, cursor, region.end)  # a 版记 printed after the attachments is the document's
        # A 纪要 prints its office and date on one line under its number (某某办公厅　2021年6月10日), above its text
        under_number = region.anchor is not None and cursor == region.anchor + 1 + len(region.signers)
        doc = self._content(region.start, cursor, end, title=title, title_blocks=title_blocks, issuing=issuing,
                            tail=b[end:region.end], dating=dating, under_number=under_number)
        if doc.date is None and region.anchor is not None and (dm := DATE_AT_END.search(b[region.anchor].text)):
            doc.date_span = _span(b[region.anchor], b[region.anchor])  # the date beside the 文号, none at the end
            doc.date = self._date(dm.group(), doc.date_span)
        if issuer is None and organ_in_title is not None and all(
                (m := rx.PERSON_SIGNATURE.match("".join(sig.split()))) is not None and not m.group("organ")
                for sig in doc.signatories):
            issuer = organ_in_title  # an organ's 布告 signed by its mayor, 市长　张某某, or not signed: the organ
        doc.issuer = issuer or _issuer_of(doc.signatories)  # (the organs that sign a joint 公告 name it best)
        doc.kind = kind
        doc.doc_number = doc_number
        if not addressees and (moved := _addressees_in_imprint(doc.notes)) is not None:
            addressees, addressees_span = moved
        doc.addressees = addressees
        doc.addressees_span = addressees_span
        doc.category = region.category
        if region.anchor is not None and (cm := rx.COPY_PREFIX.match(b[region.anchor].text)):
            doc.copy_number = cm.group("copy")  # printed on the 文号's line
        k = region.start
        while k < region.end and k - region.start < MAX_HEAD_MARKS and (marks := head_marks(b[k])):
            doc.copy_number = marks.get("copy", doc.copy_number)
            doc.classification = marks.get("secret", doc.classification)
            doc.urgency = marks.get("urgent", doc.urgency)
            if "register" in marks:
                doc.metadata[REGISTER_KEY] = _register(marks["register"])
            k += 1
        if register is not None:
            doc.metadata[REGISTER_KEY] = register
        doc.metadata.update(site_meta)
        if site_date is not None:
            if doc.date is None and doc.date_month is None:  # (the only date it prints)
                doc.date_span = _span(site_date, site_date)
                doc.date = self._date(site_date.text, doc.date_span)
            else:
                doc.metadata[SITE_DATE_KEY] = site_date.text
        if region.title and region.red_header and max(region.title) + 1 < min(region.red_header):
            _case_notes(b[max(region.title) + 1:min(region.red_header)], doc.metadata)
        if header_end > region.start:
            doc.header_span = _span(b[region.start], b[max(header_end - 1, cursor - 1)])
            unread = self._unread_header(region, header_end, k, dating)
            if unread and contents_above(unread, to_end=True) == len(unread):
                # the document's own contents above its title (目录 / 第一章　发展环境……1 / …), as an issue that
                # prints one plan lists them: the text's first paragraphs, as they are under a title
                doc.preamble[:0] = [paragraph(x) for x in unread]
            else:
                self.leftover.extend(unread)
        return doc

    def _unread_header(self, region: Region, header_end: int, marks_end: int,
                       dating: tuple[int, int] | None) -> list[Block]:
        """Blocks of the header ``[region.start, header_end)`` that no part of it was read from (a 文号 that an OCR
        garbled past reading: ``浙政发 [2018] 4O 号``), which are not to be dropped."""
        read = {*region.title, *region.red_header, *region.signers, *range(region.start, marks_end)}
        if region.anchor is not None:
            read.add(region.anchor)
        if dating is not None:
            read.update(range(*dating))
        if region.title and region.red_header:
            read.update(range(max(region.title) + 1, min(region.red_header)))  # a court's notes (_case_notes)
        if region.category is not None:
            read.add(region.start)
        return [x for k in range(region.start, header_end) if k not in read and not (
            (x := self.blocks[k]).text.endswith("文件") and rx.RED_HEADER.match(x.text))]  # (a red header is read)

    def _content(self, start: int, lo: int, hi: int, *, title: str | None, title_blocks: list[Block],
                 issuing: bool, tail: list[Block] | None = None, dating: tuple[int, int] | None = None,
                 under_number: bool = False) -> Document:
        """Body, closing, enclosures and attachments of blocks ``[lo, hi)``; ``start`` is the first block.
        ``tail`` is a 版记 printed after them; ``dating`` the blocks ``[start, end)`` of a line under the title
        that dates it, above the 文号 or the 主送机关; ``under_number``: whether ``lo`` is right under the 文号, where
        a byline may stand as under a title."""
        b = self.blocks
        title_end = lo
        subtitle = None
        subtitle_at = lo
        speaker: Block | None = None
        byline_sig: tuple[int, int] | None = None
        byline_date: int | None = None
        resumed_mark: Block | None = None
        if title_blocks and title_blocks[-1] is b[lo - 1]:
            if self._speaker(lo, hi, title):
                speaker, lo = b[lo], lo + 1
            subtitle, lo = self._subtitle(lo, hi)
            title_end = lo
            if lo < hi and not b[lo].table and len(b[lo].text) <= MAX_RESUMED_LINE \
                    and rx.RESUMED_MARK.match(b[lo].text):
                resumed_mark, lo = b[lo], lo + 1  # （接上期） under the title: a note, neither subtitle nor text
            if speaker is None and subtitle and self._speaker(lo, hi, title):
                speaker, lo = b[lo], lo + 1
            if speaker is None and (byline := find_byline(b, lo, hi)) is not None:
                byline_sig, byline_date = byline  # 浙江省统计局 / 2021年2月28日 under a 统计公报's title
                lo = byline_date + 1
        elif dating is not None:
            subtitle = "".join(x.text for x in b[dating[0]:dating[1]])
            subtitle_at, title_end = dating
        elif under_number and (found := find_byline(b, lo, hi)) is not None:
            byline_sig, byline_date = found
            lo = byline_date + 1
        closing = find_closing(b, lo, hi)
        if issuing and closing.date is None \
                and (k := self._issued_title_at(lo, closing.body_end, title)) is not None:
            # A notice that issues a document and ends in its text, with no 署名 or date (older gazettes print
            # the date under the title): the issued document starts at its title.
            closing = Closing(body_end=k, after=k, notes_end=k)
        attendance: list[Attendance] = []  # a 纪要's attendance list ends its text (read from its end up)
        attend = closing.body_end
        while attend > lo and not b[attend - 1].table and (am := rx.ATTENDANCE.match(b[attend - 1].text)):
            attend -= 1
            attendance.append(_attendance(am, b[attend]))
        attendance.reverse()
        formula = attend  # the closing formula (特此通知。) before them: no text of the last section
        while formula > lo and not b[formula - 1].table and rx.CLOSING_FORMULA.match(b[formula - 1].text):
            formula -= 1
        if formula > lo and not b[formula - 1].table and closing_call(b[formula - 1].text):
            formula -= 1  # a report's closing call (各位代表！…让我们…而努力奋斗！), with its address on a line above
            if formula > lo and not b[formula - 1].table and CALL_ADDRESS.match(b[formula - 1].text):
                formula -= 1
        formula = closing_clauses(b, lo, formula)  # 本决定自公布之日起施行。 after the last section
        continued = None  # （未完待续） under the text: a note, no paragraph of its last section
        if formula > lo and not b[formula - 1].table and len(b[formula - 1].text) <= MAX_RESUMED_LINE \
                and rx.CONTINUED_END.match(b[formula - 1].text):
            formula -= 1
            continued = b[formula]
        resumed = resumed_mark is not None or any(
            t and t[-1] in "）)" and rx.RESUMED_MARK.search(t) for t in (title, subtitle)) or any(
            not x.table and len(x.text) <= MAX_RESUMED_LINE and rx.RESUMED_MARK.match(x.text)
            for x in b[lo:min(formula, lo + 2)])  # 某某规划（续） · （接上期）: numbered from where the last issue left
        body = parse_body(b[lo:formula], self.diags, resumed=resumed)
        list_sections(body.sections)  # (一、先进集体 / 某某市应急管理局　某某市消防救援支队 / …: the section's items)
        notes = (read_attachment_notes(b[closing.notes_start:closing.notes_end], self.diags)
                 if closing.notes_start is not None else [])
        signatories: list[str] = []
        sig_first = sig_last = speaker
        if speaker is not None:  # a speech's byline: 国务院总理　李克强
            signatories.append(_person_signature(speaker))
        for sig in (byline_sig, closing.sig, closing.under):
            if sig is None:
                continue
            for k in range(*sig):
                if rx.SEAL_LINE.match(b[k].text):
                    continue  # （盖章）: where the seal goes, no name
                if rx.PERSON_SIGNATURE.match(b[k].text):
                    signatories.append(_person_signature(b[k]))
                else:
                    parts = split_signatures(b[k])
                    if k > sig[0] and parts and signatories and name_goes_on(signatories[-1], parts[0]):
                        signatories[-1] += parts.pop(0)  # a name a wrap cut, over two blocks: …调查总 / 队
                    signatories.extend(parts)
            sig_first, sig_last = sig_first or b[sig[0]], b[sig[1] - 1]
        signatories = [without_seal(s) for s in signatories]  # (a seal's mark a wrap cut: …委员会（印 / 章）)
        sig_span = _span(sig_first, sig_last) if sig_first and sig_last else None
        date = month = None
        date_span = None
        # (a byline's date is the document's when it has no closing date)
        date_at = closing.date if closing.date is not None else byline_date
        if date_at is not None:
            db = b[date_at]
            date_span = Span(start_line=db.start, end_line=db.end)
            if (month := parse_month(db.text)) is None:
                date = self._date(db.text, date_span)
        elif subtitle and rx.DATE_ANY.search(subtitle):
            # No 成文日期 at the end, but one under the title: ``（2019年3月2日）`` · ``（…国务院第55次常务会议通过）``.
            date_span = _span(b[subtitle_at], b[title_end - 1])
            date = self._date(subtitle, date_span)
        notes_from = closing.date + 1 if closing.date is not None else closing.after
        if closing.sig and closing.date is None:
            notes_from = closing.sig[1]  # (a 署名 with no date under it, and the 附注 under it)
        if closing.sig and closing.date is not None and closing.sig[0] > closing.date:
            notes_from = closing.sig[1]  # (a 署名 printed under the date)
        if closing.under:
            notes_from = closing.under[1]
        note_blocks = [x for x in (resumed_mark, continued) if x] + b[notes_from:closing.after] + (tail or [])
        enclosures, attachments = self._after_closing(closing.after, hi, title=title, issuing=issuing,
                                                      body_text=" ".join(p.text for p in body.preamble),
                                                      announced=notes)
        return Document(
            title=title, subtitle=subtitle, kind=kind_of(title), issuer=None, doc_number=None, addressees=[],
            preamble=body.preamble, sections=body.sections, tables=body.tables, attachment_notes=notes,
            signatories=signatories, date=date, date_month=month,
            notes=[Note(text=x.text, span=_span(x, x)) for x in note_blocks],
            imprint=read_imprint(note_blocks),
            enclosures=enclosures, attachments=attachments, attendance=attendance,
            closing_formula=[paragraph(x) for x in b[formula:attend]],
            page=b[start].page if start < hi else None,
            title_span=_span(title_blocks[0], b[title_end - 1] if subtitle else title_blocks[-1])
            if title_blocks else None,
            signatories_span=sig_span, date_span=date_span,
            span=_span(b[start], tail[-1] if tail else b[hi - 1]) if start < hi else Span(start_line=1, end_line=1),
        )

    def _date(self, text: str, span: Span) -> str | None:
        """The ISO date in ``text``; D002 when it is impossible, D004 when written in digits and separators."""
        date, problem = parse_date(text)
        if problem:
            self.diags.add("D002", f"impossible date {text}: {problem}", span.start_line)
        elif rx.DATE_ANY.search(text) is None:
            self.diags.add("D004", f"date {text} not written with 年月日", span.start_line)
        elif has_ocr_letters(text):
            self.diags.add("D004", f"date {text} holds letters for digits (an OCR slip)", span.start_line)
        return date

    def _issued_title_at(self, lo: int, end: int, title: str | None) -> int | None:
        """Where in blocks ``(lo, end)`` the document that a notice's title or first sentences issue starts: a
        line that is its title, or the title without the issuer (国家计委关于…的报告 → 关于…的报告)."""
        b = self.blocks
        head = "".join(x.text for x in b[lo:min(end, lo + MAX_ISSUING_BLOCKS)])
        quoted = (q.group("title") for q in rx.QUOTED_TITLE.finditer(head))
        wants = {title_key(t) for t in [*_expected_enclosure_titles(title, head),
                                        *itertools.islice(quoted, MAX_ISSUED)]}
        wants.discard("")
        for k in range(lo + 1, end):
            if b[k].table or not is_titleish(b[k]):
                continue
            key = ""
            for x in b[k:min(k + 2, end)]:
                key += title_key(x.text)
                if key in wants or (key.startswith("关于") and any(w.endswith(key) for w in wants)):
                    return k
        return None

    def _speaker(self, k: int, hi: int, title: str | None) -> bool:
        """Whether block ``k`` (below ``hi``), under a title or its dating line, is a speech's byline:
        ``国务院总理　李克强``, or under a speech's ``title`` (…的讲话) a name alone (``某某某``)."""
        b = self.blocks[k] if k < hi else None
        if b is None or b.table or len(b.lines) > 2 or (len(b.lines) == 2 and len(b.lines[1].text) > MAX_NAME_REST):
            return False  # (over two lines, where a wrap cut the name: 某某省人民政府副省长　某某 / 某)
        return bool(rx.PERSON_SIGNATURE.match(b.text)) or (
            title is not None and SPEECH_TITLE.search(title) is not None and BARE_NAME.match(b.text) is not None
            and not b.text.startswith(SALUTATIONS))

    def _subtitle(self, lo: int, hi: int) -> tuple[str | None, int]:
        """A parenthesised line (or lines) right under a title: ``（二○○四年六月十六日国务院…通过）``; a
        speech's line under its title, after a dash: ``——2021年3月5日在第十三届全国人民代表大会第四次会议上``."""
        b = self.blocks
        if lo < hi and not b[lo].table and rx.ADOPTION_LINE.match(b[lo].text):
            # ``2021年8月20日第十三届全国人民代表大会常务委员会第三十次会议通过``, and the amendments under it
            # (``根据…《关于修改部分法律的决定》第一次修正``), one line each
            k = lo + 1
            while k < hi and k - lo <= MAX_AMENDMENTS and not b[k].table and rx.AMENDMENT_LINE.match(b[k].text):
                k += 1
            return "\n".join(x.text for x in b[lo:k]), k
        if lo < hi and not b[lo].table and rx.SPEECH_LINE.match(b[lo].text):
            return b[lo].text, lo + 1
        if lo >= hi or b[lo].table or not b[lo].text.startswith(("（", "(")) or rx.match_marker(b[lo].text):
            return None, lo  # （一） opens a section, it is no subtitle
        k = lo
        text = ""
        while k < hi and k - lo < 3 and not b[k].table:
            text += b[k].text
            k += 1
            if text.endswith(("）", ")")) and not left_open(text):
                return (None, lo) if rx.RESUMED_MARK.match(text) else (text, k)  # (（接上期）: read as a note)
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
            expected = _expected_enclosure_titles(title, body_text) if issuing else []
            # A notice that issues several documents (印发《甲办法》和《乙细则》): each starts at its title.
            more = _title_positions(b, lo + 1, first, expected[1:])
            cuts = [k for k, _ in more] + [first]
            t_end = _match_title(b, lo, cuts[0], expected[0] if expected else None)
            if t_end == lo and is_titleish(b[lo]) and (
                    issuing or ends_title(b[lo].text) or b[lo].heading or _has_body(b[lo + 1:cuts[0]])):
                t_end = lo + 1
            if t_end > lo:
                enclosures.append(self._enclosure(lo, t_end, cuts[0]))
            elif issuing and _has_body(b[lo:cuts[0]]):
                # The text an order or a 印发 notice issues, printed without a title of its own.
                enclosures.append(self._content(lo, lo, cuts[0], title=None, title_blocks=[], issuing=False))
            else:
                self.leftover.extend(b[lo:cuts[0]])  # page clutter after the closing block
            for (k, t_end), end in zip(more, cuts[1:], strict=True):
                enclosures.append(self._enclosure(k, t_end, end))
        # The attachments after the issued documents are the last one's when its 附件说明 announces them.
        owner = next((e for e in reversed(enclosures) if e.attachment_notes), None)
        owner_notes = owner.attachment_notes if owner else announced
        attachments = []
        for n, k in enumerate(labels):
            note = _note_for(owner_notes, n, b[k].text)
            attachments.append(self._attachment(k, labels[n + 1] if n + 1 < len(labels) else hi,
                                                note.title if note else None))
        if owner is not None and attachments:
            owner.attachments = attachments
            owner.span = Span(start_line=owner.span.start_line, end_line=attachments[-1].span.end_line)
            attachments = []
        return enclosures, attachments

    def _enclosure(self, k: int, t_end: int, end: int) -> Document:
        """The issued or forwarded document with its title in blocks ``[k, t_end)``, up to ``end``. The organ a
        forwarded document comes from may stand under its title (``关于做好某某工作的意见`` / ``某某部``)."""
        b = self.blocks
        number = anchor_number(b, t_end) if t_end < end else None  # its own 文号, printed under its title
        if number is not None:
            t_end += 1
        byline = t_end < end - 1 and not b[t_end].table and "\u4e00" <= b[t_end].text[0] <= "\u9fff" \
            and is_issuer_line(b[t_end].text) and not rx.DATE_ANY.search(b[t_end].text) \
            and not rx.DATE_LINE.match(b[t_end + 1].text)
        lo = t_end + 1 if byline else t_end
        title_end = t_end - 1 if number is not None else t_end
        dating = None
        if byline and (n := dating_blocks(b, lo)) and lo + n < end:
            dating, lo = (lo, lo + n), lo + n  # 关于…的报告 / 国家计划委员会 / （一九八二年十二月三十日）
        title = join_title(b[k:title_end]) or None
        addressed = _addressee_blocks(b, lo, end) \
            if not byline and (number is not None or kind_of(title) in ADDRESSED_KINDS) else 0
        # (a forwarded notice: its 主送机关 under its title or 文号, 各市人民政府，省政府各部门：)
        doc = self._content(k, lo + addressed, end, title=title, title_blocks=b[k:title_end], issuing=False,
                            dating=dating)
        if addressed:
            doc.addressees = split_addressees("".join(x.text for x in b[lo:lo + addressed]))
            doc.addressees_span = _span(b[lo], b[lo + addressed - 1])
            lo += addressed
        if number is not None:
            doc.doc_number = _doc_number(number, b[title_end], [], last=b[title_end])
        if byline:
            doc.issuer = b[t_end].text
        else:  # 国务院关于修改…的决定, or its 署名
            doc.issuer = (_issuer_in_title(doc.title) if doc.title else None) or _issuer_of(doc.signatories)
        if number is not None or byline:
            doc.header_span = _span(b[title_end], b[lo - 1])
        return doc

    def _attachment(self, k: int, end: int, announced: str | None) -> Attachment:
        b = self.blocks
        label = b[k]
        m = rx.ATTACHMENT_LABEL.match(label.text)
        if m is None:  # ``附件1：标题`` — label and title on one line
            tm = _label_and_title(label.text)
            assert tm is not None
            return self._attachment_body(label, tm.group("number"), tm.group("title").strip(), k + 1, end)
        number = m.group("number")
        lo = k + 1
        t_end = _match_title(b, lo, end, announced)
        if t_end == lo and lo < end and not b[lo].table and len(b[lo].text) <= MAX_TITLE_BLOCK:
            t_end = lo + 1
            # Without an announced title, a title split over headings: take the following short headings.
            while t_end < end and t_end - lo < 3 and b[t_end].heading and b[t_end - 1].heading \
                    and not rx.match_marker(b[t_end].text):
                t_end += 1
        return self._attachment_body(label, number, join_title(b[lo:t_end]) or None, t_end, end,
                                     title_lo=lo)

    def _attachment_body(self, label: Block, number: str | None, title: str | None, t_end: int, end: int,
                         *, title_lo: int | None = None) -> Attachment:
        """An attachment whose title ends before block ``t_end``; ``number`` is the label's, as printed."""
        b = self.blocks
        if rx.is_letter_one(number):
            flag_letter_for_one(label, f"attachment label {label.text[:12]}", self.diags)
        lo = t_end if title_lo is None else title_lo
        subtitle, body_lo = self._subtitle(t_end, end)
        content = b[body_lo:end]
        items = as_items(content)
        att = Attachment(number=attachment_number(number), number_text=number_text(number), title=title,
                         subtitle=subtitle,
                         paragraphs=[], sections=[], items=items or [], tables=[],
                         label_span=Span(start_line=label.start, end_line=label.end),
                         title_span=_span(b[lo], b[body_lo - 1]) if body_lo > lo else None,
                         span=_span(label, b[end - 1]), page=label.page)
        if items is None:
            body = parse_body(content, self.diags)
            att.paragraphs, att.sections, att.tables = body.preamble, body.sections, body.tables
            list_sections(att.sections)
        return att


#: A person's name alone on a line: two to four letters (``王　强``, letter-spaced, too).
BARE_NAME = rx.lazy_pattern(r"^\p{Han}(?:\s*\p{Han}){1,3}$")
#: How a speech opens, which is no speaker's name: 同志们 · 各位代表 · 朋友们.
SALUTATIONS = ("同志", "各位", "朋友", "女士", "先生")


def _case_notes(blocks: list[Block], metadata: dict[str, str]) -> None:
    """What a court's gazette prints between a case's title and the 文书 (【裁判摘要】 and its paragraphs), into
    ``metadata`` by its keys, a key's paragraphs one a line (the first block holds a key: see ``_case_title``)."""
    key = ""
    for block in blocks:
        if (m := rx.BRACKETED_KEY.match(block.text)) is not None:
            key = m.group("key")
            metadata[key] = m.group("value")
        elif key:
            metadata[key] = f"{metadata[key]}\n{block.text}" if metadata[key] else block.text


def _titled_label(text: str, announced: set[str]) -> bool:
    """``附件1：标题`` (or ``附件2　标题``, a space alone between them) standing where an attachment begins, with a
    title 附件说明 announced."""
    m = _label_and_title(text)
    return bool(m and title_key(m.group("title")) in announced)


#: An attachment's label and its title with nothing but a space between them: ``附件2　某某清单``, or a bracket
#: (``【附件2】某某清单``); the title may open with a year (``【附件1】2020年度…名单``).
SPACED_LABEL = rx.lazy_pattern(rf"^\s*{rx.LABEL_OPEN}附\s*[件表图]\s*(?P<number>{rx.ATTACHMENT_NUMBER}){rx.LABEL_CLOSE}"
                               rf"\s*(?P<title>(?:\p{{Han}}|\d{{4}}\s*年).*)$")


def _label_and_title(text: str) -> regex.Match[str] | None:
    """The number and title of an attachment's label with its title on its line (``附件1：标题``)."""
    return rx.ATTACHMENT_NOTE.match(text) or SPACED_LABEL.match(text)


def _has_body(blocks: list[Block]) -> bool:
    """Blocks that read as a document body (a numbered section or a sentence), not page clutter."""
    return any(not x.table and ("。" in x.text or rx.match_marker(x.text)) for x in blocks)


def _note_for(notes: list[AttachmentNote], n: int, label: str) -> AttachmentNote | None:
    """The 附件说明 entry for the ``n``-th attachment label (by number when the label has one)."""
    m = rx.ATTACHMENT_LABEL.match(label)
    if m and m.group("number"):
        printed = number_text(m.group("number"))
        number = attachment_number(printed)
        hit = (next((x for x in notes if x.number_text == printed), None)
               or next((x for x in notes if x.number == number), None))
        if hit:
            return hit
    return notes[n] if n < len(notes) else None


def merge_issued(blocks: list[Block], regions: list[Region]) -> list[Region]:
    """Regions with each document that a 印发/转发/批转 notice (or an order) issues merged back into the notice's
    region, when the issued document opened a region (it carries a 文号 of its own under its title, or the TOC lists
    it): its title is one the notice names (in its title, or in 《》 in its text) and no red header stands above it.
    A document printed under an 附件 label is merged back the same way: it is the attachment."""
    out: list[Region] = []
    for r in regions:
        prev = out[-1] if out else None
        label = blocks[r.start - 1] if r.start > 0 else None
        if prev is not None and label is not None and not label.table and rx.ATTACHMENT_LABEL.match(label.text) \
                and not r.red_header and r.category is None:
            prev.end = r.end  # a document printed as an attachment (附件 / 某某部关于…的通知 / 某部发〔2020〕1号)
            continue
        if prev is not None and prev.title and r.title and not r.red_header:
            title = "".join(blocks[k].text for k in prev.title)
            if rx.ISSUING.search(title) or rx.ORDER_TITLE.match(title):  # (an order publishes what it quotes)
                text = " ".join(b.text for b in blocks[max(prev.title) + 1:min(r.start, max(prev.title) + 8)])
                named = {title_key(t) for t in _expected_enclosure_titles(title, text)}
                named |= {title_key(q.group("title")) for q in rx.QUOTED_TITLE.finditer(text)}
                if title_key("".join(blocks[k].text for k in r.title)) in named:
                    prev.end = r.end
                    continue
        out.append(r)
    return out


#: Documents one notice may issue at most (a bound on the search for their titles).
MAX_ISSUED = 10


def _expected_enclosure_titles(title: str | None, body_text: str) -> list[str]:
    """Titles of the documents a 印发/转发 notice issues, in order: from its title (关于印发《甲》《乙》的通知, or
    关于印发甲的通知), else from the 《…》 its first paragraph names. When the title names them without quotes
    (关于印发甲办法和乙细则的通知), the paragraph's 《甲办法》 and 《乙细则》 tell where one ends; a document the
    paragraph only cites (为贯彻《国务院关于…的意见》) is not in the title and is left out."""
    if not title:
        return []
    quoted = [str(q.group("title")) for q in rx.QUOTED_TITLE.finditer(body_text)][:MAX_ISSUED]
    m = rx.ISSUED_TITLE.search(title)
    if m:
        t = str(m.group("title"))
        named = [str(q.group("title")) for q in rx.QUOTED_TITLE.finditer(t)][:MAX_ISSUED]
        if named:
            return named
        parts = [q for q in quoted if title_key(q) in title_key(t)]
        if len(parts) > 1:
            return parts
        # The paragraph may quote it in full where the title shortens it: 关于印发某某方案的通知 /
        # 现将《某某方案（2020—2022年）》印发给你们.
        fuller = [q for q in quoted if title_key(q).startswith(title_key(t)) and len(q) > len(t)]
        return fuller[:1] or [t]
    return quoted[:1]


def _title_positions(blocks: list[Block], lo: int, hi: int, titles: list[str]) -> list[tuple[int, int]]:
    """(first block, block after the title) of each of ``titles`` standing as a title in ``blocks[lo:hi]``, in
    order; a title not found ends the search."""
    out: list[tuple[int, int]] = []
    k = lo
    for want in titles:
        while k < hi and (end := _match_title(blocks, k, hi, want)) == k:
            k += 1
        if k >= hi:
            break
        out.append((k, end))
        k = end
    return out


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


def _attendance(m: regex.Match[str], block: Block) -> Attendance:
    """The attendance line ``block``, which ``rx.ATTENDANCE`` matched as ``m``."""
    names = [n for n in regex.split(r"[、，,；;\s]+", m.group("names").rstrip("。.；;")) if n]
    return Attendance(role="".join(m.group("role").split()), names=names, span=_span(block, block))


def read_imprint(blocks: list[Block]) -> Imprint | None:
    """The 版记 among a document's note blocks, read into its parts; None when there is none."""
    cc: list[str] = []
    keywords: list[str] = []
    printed_by = printed_on = None
    lines: list[Block] = []
    for i, block in enumerate(blocks):
        text = block.text
        head = rx.IMPRINT_HEAD.match(text)
        if head:
            rest = text[head.end():].rstrip("。.；; ")
            what = "".join(head.group("what").split())
            if what == "主题词":  # 主题词：农业　水利　通知 (the raw line keeps the spaces between words)
                raw = " ".join(strip_markup(ln.raw) for ln in block.lines)
                keywords.extend(raw[raw.find(rest[:1]):].rstrip("。.；; ").split() if rest else [])
            elif what != "主送":  # (a 主送机关 moved into the 版记 is the document's, see _addressees_in_imprint)
                cc.extend(split_addressees(rest))
        elif text.endswith("印发") and len(text) <= MAX_IMPRINT_LINE and rx.IMPRINT_LINE.match(text):
            printed_on, _ = parse_date(text)
            m = rx.DATE_ANY.search(text)
            organ = text[: m.start()].strip() if m else ""
            if not organ and i and is_issuer_line(blocks[i - 1].text):
                organ = blocks[i - 1].text
                lines.append(blocks[i - 1])
            printed_by = organ or None
        else:
            continue
        lines.append(block)
    if not lines:
        return None
    return Imprint(cc=cc, keywords=keywords, printed_by=printed_by, printed_on=printed_on,
                   span=Span(start_line=min(x.start for x in lines), end_line=max(x.end for x in lines)))
