"""Stage 9: the closing block — 附件说明, 发文机关署名, 成文日期 and 附注 — found from the first standalone date."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from . import regexes as rx
from .blocks import SEAL_ENDS, Block, flag_letter_for_one, is_issuer_line, name_rest
from .diagnostics import Diagnostics
from .models import AttachmentNote, Span
from .normalize import DELETE_INVISIBLE, clean_text, strip_markup
from .numerals import cn_to_int


@dataclass(slots=True)
class Closing:
    """Indices of the closing block's parts within a document's blocks."""

    body_end: int
    notes_start: int | None = None  # first 附件说明 block
    notes_end: int = 0  # block after the last 附件说明 block
    sig: tuple[int, int] | None = None
    date: int | None = None
    under: tuple[int, int] | None = None  # signatures under the date besides the 署名 above it (a court's 书记员)
    after: int = 0  # first block after the 附注


def _dates(text: str) -> bool:
    """A 成文日期 line, or a 署名 with the date on its line."""
    last = text[-1:]
    return last in rx.DATE_ENDS and (rx.is_date_line(text) or (last == "日" and bool(signature_before_date(text))))


def _month_under_signature(blocks: list[Block], k: int, lo: int) -> bool:
    """A date of a year and a month (``2021年3月``) right under a 署名, which makes it the 成文日期 (alone, such a
    line may head a 大事记's month)."""
    text = blocks[k].text
    return text[-1:] == "月" and k > lo and rx.MONTH_LINE.match(text) is not None and not blocks[k - 1].table \
        and is_issuer_line(blocks[k - 1].text)


#: Signatures by office and name under a date, besides a 署名 above it, at most (书记员, 法官助理).
MAX_UNDER_DATE = 3


def find_closing(blocks: list[Block], lo: int, hi: int) -> Closing:
    """The closing block within ``blocks[lo:hi]``."""
    date = next((k for k in range(lo, hi) if not blocks[k].table and (_dates(blocks[k].text) or (
        blocks[k].text[-1:] == "月" and _month_under_signature(blocks, k, lo)))), None)
    if date is None:
        label = next((k for k in range(lo, hi) if "附" in blocks[k].text and rx.ATTACHMENT_LABEL.match(blocks[k].text)),
                     hi)
        sig = _undated_signature(blocks, lo, label)
        end = sig[0] if sig is not None else label
        c = Closing(body_end=end, after=label, notes_end=end, sig=sig)
        c.notes_start = _attachment_notes_start(blocks, lo, end)
        if c.notes_start is not None:
            c.body_end = c.notes_start
        return c
    k = date - 1
    while k >= lo and date - k <= 4 and not blocks[k].table and (
            is_issuer_line(blocks[k].text) or rx.PERSON_SIGNATURE.match(blocks[k].text)
            or rx.SEAL_LINE.match(blocks[k].text)):
        k -= 1
    signed = not rx.DATE_LINE.match(blocks[date].text) and not rx.MONTH_LINE.match(blocks[date].text)
    sig_end = date + 1 if signed else date
    sig = (k + 1, sig_end) if k + 1 < sig_end else None
    body_end = k + 1
    notes_start = _attachment_notes_start(blocks, lo, body_end)
    if notes_start is not None:
        body_end = notes_start
    after = date + 1
    above = sig is not None
    if sig is None and after < hi and not blocks[after].table and (
            is_issuer_line(blocks[after].text) or rx.PERSON_SIGNATURE.match(blocks[after].text)) \
            and not is_imprint(blocks, after):
        sig, after = (after, after + 1), after + 1  # the 署名 printed under the date (some web pages)
    under = None
    if above:
        while after < hi and after - date <= MAX_UNDER_DATE and not blocks[after].table \
                and rx.PERSON_SIGNATURE.match(blocks[after].text):
            after += 1  # 审判长…/ 二〇二〇年六月十二日 / 书记员　孙八: a court's clerk signs under the date
        under = (date + 1, after) if after > date + 1 else None
    while after < hi and not blocks[after].table and (
            rx.NOTE_LINE.match(blocks[after].text) or is_imprint(blocks, after)
            or (blocks[after].text[:1] == "联" and rx.CONTACT_LINE.match(blocks[after].text))
            or ("略" in blocks[after].text and rx.OMITTED_LINE.match(blocks[after].text))):
        after += 1
    return Closing(body_end=body_end, notes_start=notes_start, notes_end=k + 1, sig=sig, date=date, under=under,
                   after=after)


def _undated_signature(blocks: list[Block], lo: int, end: int) -> tuple[int, int] | None:
    """A 署名 by office and name that ends a text with no date under it, as older documents dated under their title
    end (``总理　周恩来``), maybe under the organ's name, maybe over a 附注 (``（此件公开发布）``): its blocks
    ``(start, stop)``. A name after a colon (``组长：张三``) and the last of a list of such lines (a list of members)
    are none."""
    while end - 1 > lo and not blocks[end - 1].table and rx.NOTE_LINE.match(blocks[end - 1].text):
        end -= 1
    k = end - 1
    if k <= lo or blocks[k].table or not (m := rx.PERSON_SIGNATURE.match(blocks[k].text)) \
            or any(c in m.group() for c in "：:") or rx.PERSON_SIGNATURE.match(blocks[k - 1].text):
        return None
    if k - 1 > lo and not blocks[k - 1].table and is_issuer_line(blocks[k - 1].text):
        k -= 1  # 中华人民共和国国务院 / 总理　周恩来
    return k, end


def find_byline(blocks: list[Block], lo: int, hi: int) -> tuple[tuple[int, int] | None, int] | None:
    """A byline right under a title, at ``lo``: the issuing organs (or an office and a name) and the date, with
    the body after them, as a 统计公报 prints them (``浙江省统计局　国家统计局浙江调查总队`` / ``2021年2月28日``).
    Returns the 署名 blocks ``(start, end)`` (None when the date stands alone) and the date's block."""
    k = lo
    while k < hi and k - lo < 3 and not blocks[k].table and (
            is_issuer_line(blocks[k].text) or rx.PERSON_SIGNATURE.match(blocks[k].text)
            or (k + 1 < hi and not blocks[k + 1].table and is_issuer_line(blocks[k].text + blocks[k + 1].text))
            or (k > lo and is_issuer_line(blocks[k - 1].text + blocks[k].text))):  # (a name a wrap cut: …调查总 / 队)
        k += 1
    if k >= hi - 1 or blocks[k].table or not (_dates(blocks[k].text) or _month_under_signature(blocks, k, lo)):
        return None
    after = blocks[k + 1]
    if after.table or rx.NOTE_LINE.match(after.text) or is_imprint(blocks, k + 1) \
            or rx.ATTACHMENT_LABEL.match(after.text) or _dates(after.text):
        return None  # a closing with no body under it
    signed = not rx.DATE_LINE.match(blocks[k].text) and not rx.MONTH_LINE.match(blocks[k].text)
    end = k + 1 if signed else k
    return ((lo, end) if lo < end else None), k


#: A 版记's 印发 line is at most this long (the pattern backtracks over a longer one).
MAX_IMPRINT_LINE = 50
#: A 版记 line with the 印发日期 alone, its 印发机关 on the line above (``2021年3月8日印发``).
PRINT_DATE_ALONE = rx.lazy_pattern(r"^[\d〇○零一二三四五六七八九十]{2,4}\s*年[^年]{1,8}日\s*印\s*发$")


def is_imprint(blocks: list[Block], k: int) -> bool:
    """Block ``k`` is a 版记 line: ``抄送：…``, ``主题词：…``, ``某某办公厅　2021年3月8日印发``, ``公开方式：主动公开``,
    ``（共印50份）``, or the 印发机关 printed on its own above a line with the 印发日期."""
    b = blocks[k]
    text = b.text
    if b.table:
        return False
    if ("送" in text or "报" in text or "题词" in text) and rx.IMPRINT_HEAD.match(text):  # (主送 too)
        return True
    if text[:2] in rx.IMPRINT_EXTRA_START and rx.IMPRINT_EXTRA.match(text):
        return True  # 公开方式：主动公开 · （共印50份）
    if text.endswith("印发"):
        return (len(text) <= MAX_IMPRINT_LINE and not any(c in text for c in "。，,；;")
                and bool(rx.IMPRINT_LINE.match(text)))
    return (k + 1 < len(blocks) and not blocks[k + 1].table and bool(PRINT_DATE_ALONE.match(blocks[k + 1].text))
            and is_issuer_line(text))


#: Blocks a 版记 may take at the end of a document.
MAX_IMPRINT_BLOCKS = 6


def imprint_start(blocks: list[Block], lo: int, hi: int) -> int:
    """Index of the first block of the 版记 that ends ``blocks[lo:hi]``, or ``hi`` when it ends in none. (GB/T 9704
    prints the 版记 last, after the attachments.)"""
    k = hi
    while k - 1 > lo and hi - k < MAX_IMPRINT_BLOCKS and is_imprint(blocks, k - 1):
        k -= 1
    return k


def signature_before_date(text: str) -> str | None:
    """The 署名 of a line that holds it and then the 成文日期 (``浙江省人民政府　　2018年3月22日``), or None."""
    m = rx.SIGNED_DATE_LINE.match(text) if len(text) <= 80 else None
    return m.group("issuer") if m is not None and is_issuer_line(m.group("issuer")) else None


def _attachment_notes_start(blocks: list[Block], lo: int, end: int) -> int | None:
    """Index of the 附件说明 that ends the body at ``end``, or None."""
    k = end - 1
    while k > lo and not blocks[k].table and (rx.ATTACHMENT_NOTE_MORE.match(blocks[k].text) or (
            _note_goes_on(blocks[k].text) and _is_note(blocks[k - 1])) or (
            _numbered_note(blocks[k].text) and _ends_note(blocks, k - 1, lo))):
        k -= 1  # (a piece of a title right under the entry it goes on; 附件2：… under 附件1：…, or under its end)
    if k >= lo and not blocks[k].table and rx.ATTACHMENT_NOTE.match(blocks[k].text):
        return k
    if lo <= k < end - 1 and not blocks[k].table and rx.ATTACHMENT_NOTE_LABEL.match(blocks[k].text):
        return k  # 附件： / 1.某某办法 / 2.某某名单
    return None


def _ends_note(blocks: list[Block], k: int, lo: int) -> bool:
    """Whether ``blocks[k]`` is an 附件说明 entry, or the piece of one that a wrap cut onto a line of its own."""
    return _is_note(blocks[k]) or (k > lo and _note_goes_on(blocks[k].text) and _is_note(blocks[k - 1]))


def _numbered_note(text: str) -> bool:
    """An 附件说明 entry with its label and number: ``附件2：某某名单`` (each entry under the first labelled so)."""
    return (m := rx.ATTACHMENT_NOTE.match(text)) is not None and m.group("number") is not None


def _is_note(block: Block) -> bool:
    return not block.table and bool(rx.ATTACHMENT_NOTE_MORE.match(block.text) or rx.ATTACHMENT_NOTE.match(block.text))


#: A line of an 附件说明 entry wrapped onto the next is at most this long.
MAX_NOTE_WRAP = 30


def _note_goes_on(text: str) -> bool:
    """A short piece of an 附件说明 entry's title wrapped onto a line of its own (``…重点任`` / ``分工方案``)."""
    return (len(text) <= MAX_NOTE_WRAP and rx.match_marker(text) is None and not rx.ATTACHMENT_NOTE.match(text)
            and not any(c in text for c in "。；;：:，,"))


def read_attachment_notes(blocks: list[Block], diags: Diagnostics) -> list[AttachmentNote]:
    """附件说明 entries: ``附件:X`` or ``附件：1.X`` followed by ``2.Y`` lines; X013 for an entry an OCR numbered
    with a letter for 1 (``l.某某办法``)."""
    notes: list[AttachmentNote] = []
    label: int | None = None  # the line of a label alone over the entries (附件： / 1.某某办法)
    for b in blocks:
        if not notes and rx.ATTACHMENT_NOTE_LABEL.match(b.text):
            label = b.start
            continue
        span = Span(start_line=label if label is not None and not notes else b.start, end_line=b.end)
        m = rx.ATTACHMENT_NOTE.match(b.text)
        if m and (not notes or m.group("number") is not None):  # (附件1：… / 附件2：…, an entry each)
            raw_number = m.group("number")
            title = m.group("title").strip()
            more = rx.ATTACHMENT_NOTE_MORE.match(title) if raw_number is None else None
            if more:
                raw_number, title = more.group("number"), more.group("title").strip()
                _letter_for_one(raw_number, b, diags)
            notes.append(AttachmentNote(number=attachment_number(raw_number), number_text=number_text(raw_number),
                                        title=title, span=span))
            continue
        m2 = rx.ATTACHMENT_NOTE_MORE.match(b.text)
        if m2:
            _letter_for_one(m2.group("number"), b, diags)
            notes.append(AttachmentNote(number=attachment_number(m2.group("number")),
                                        number_text=number_text(m2.group("number")),
                                        title=m2.group("title").strip(), span=span))
        elif notes and _note_goes_on(b.text):  # the last entry's title goes on
            last = notes[-1]
            notes[-1] = last.model_copy(update={"title": last.title + b.text, "span": Span(
                start_line=last.span.start_line, end_line=b.end)})
    return [_with_file(n) for part in notes for n in _inline_entries(part, blocks)]


def _letter_for_one(number: str, block: Block, diags: Diagnostics) -> None:
    """X013 where an 附件说明 entry's ``number`` is a letter an OCR read for 1 (``l.某某办法``)."""
    if rx.is_letter_one(number):
        flag_letter_for_one(block, f"附件说明 entry {block.text[:12]}", diags)


#: Where the next entry of an 附件说明 starts on the same line, after a wide space: ``1.甲表　2.乙名单``.
INLINE_ENTRY = rx.lazy_pattern(r"(?:\u3000|\s{2,})+(?=\d{1,2}\s*[.．、]\s*\S)")


def _inline_entries(note: AttachmentNote, blocks: list[Block]) -> list[AttachmentNote]:
    """A numbered 附件说明 entry that holds the next ones on its line, set apart by wide spaces
    (``附件：1.甲表　2.乙名单``), as one entry each; the cleaned text lost the spaces, so the raw line tells where
    they part."""
    if note.number is None or note.span.start_line != note.span.end_line:
        return [note]
    line = next((ln for b in blocks for ln in b.lines if ln.no == note.span.start_line), None)
    if line is None or ("\u3000" not in line.raw and "  " not in line.raw):
        return [note]
    parts = INLINE_ENTRY.split(strip_markup(line.raw).strip())
    entries = [m for part in parts[1:] if (m := rx.ATTACHMENT_NOTE_MORE.match(part))]
    if not entries or len(entries) != len(parts) - 1 \
            or [attachment_number(m.group("number")) for m in entries] != list(range(note.number + 1,
                                                                                     note.number + 1 + len(entries))):
        return [note]
    first = rx.ATTACHMENT_NOTE_MORE.match(parts[0].split("：", 1)[-1].split(":", 1)[-1])
    title = clean_text(first.group("title")) if first else note.title
    return [note.model_copy(update={"title": title})] + [
        AttachmentNote(number=attachment_number(m.group("number")), number_text=number_text(m.group("number")),
                       title=clean_text(m.group("title")), span=note.span) for m in entries]


def _with_file(note: AttachmentNote) -> AttachmentNote:
    """The note with the file it names split off its title."""
    m = rx.FILE_EXTENSION.search(note.title)
    if m is None or m.start() == 0:
        return note
    return note.model_copy(update={"title": note.title[: m.start()], "file": note.title})


def attachment_number(text: str | None) -> int | None:
    """An attachment number, Arabic or Chinese (附件二); of ``1-2``, the first part; an OCR's letter for 1, 1."""
    printed = number_text(text)
    if rx.is_letter_one(printed):
        return 1
    return cn_to_int(printed.split("-")[0]) if printed else None


def number_text(text: str | None) -> str | None:
    """An attachment number as printed, without spaces and with one kind of dash: ``1 － 2`` → ``1-2``."""
    return regex.sub(r"\s*[-－—–]\s*", "-", text.strip()) if text else None


def _organs(part: str) -> list[str]:
    """A 署名 of organs one space apart, as a converter that narrows every gap prints them (广东省财政厅 广东省税务局),
    a name each; any other part as one name without its spaces (市长 王某某, 国 务 院)."""
    words = part.split()
    if len(words) > 1 and all(len(w) > 2 and is_issuer_line(w) for w in words):
        return words
    return ["".join(words)]


#: A national organ whose offices in the provinces are its own (垂直管理), and how the name of such an office goes
#: on after it, a place's name first: 国家统计局 / 浙江调查总队 · 国家税务总局 / 浙江省税务局 · 中国人民银行 /
#: 杭州中心支行.
NATIONAL_ORGAN = rx.lazy_pattern(r"^(?:国家\p{Han}{1,6}(?:总局|局)|中国人民银行|中国\p{Han}{1,4}监会)$")
LOCAL_OFFICE = rx.lazy_pattern(r"^\p{Han}{2,10}(?:调查总队|调查队|税务局|中心支行|分行|监管局|监管分局)$")


def name_goes_on(name: str, part: str) -> bool:
    """Whether ``part``, first on a line of issuers, goes on the name that ended the line above, where a wrap cut it:
    a name with no organ's end (国家统计局浙江调查总 / 队), or cut before its last letter or two (…常务委 / 员会), or a
    national organ over its office's name (国家统计局 / 某某调查总队)."""
    return not rx.ORGAN_SUFFIX.search(name) or name_rest(name, part) or (
        NATIONAL_ORGAN.match(name) is not None and LOCAL_OFFICE.match(part) is not None)


def split_signatures(block: Block) -> list[str]:
    """Signatures on one line separated by wide spaces: ``国务院办公厅　中央军委办公厅``; a date after them (both on
    one line) is left out."""
    names: list[str] = []
    for line in block.lines:
        body = strip_markup(line.raw.replace("\f", "")).strip().lstrip("#").strip().translate(DELETE_INVISIBLE)
        body = signature_before_date(body) or body
        if body[-1:] in SEAL_ENDS:  # 某某省人民政府（印章）: where the seal goes, no name (also between joint ones)
            body = rx.SEAL_ANY.sub("\u3000", body).strip()
        parts = [q for p in regex.split(r"[\t\u3000]+|\s{2,}", body) if p.strip() for q in _organs(p)]
        if len(parts) > 1 and any(len(p) == 1 for p in parts):
            # a name letter-spaced, as older documents print it (国　务　院): a run of single letters is one name
            merged: list[str] = []
            for single, group in itertools.groupby(parts, key=lambda p: len(p) == 1):
                run = list(group)
                merged.extend(["".join(run)] if single else run)
            parts = merged
        if names and parts and name_goes_on(names[-1], parts[0]):
            names[-1] += parts.pop(0)  # a name cut at the line end: 国家统计局浙江调查总 / 队
        names.extend(parts)
    if len(names) > 1 and rx.DATE_LINE.match(names[-1]):
        names.pop()  # the date beside the 署名, wrapped onto the next line: 某某办公厅　　2020年6 / 月18日
    return names
