"""The pipeline: stages in the order the data flows, and ``parse()`` that runs them.

normalize → masthead/colophon → TOC → furniture → blocks → boundaries → documents
(header, body, closing, enclosures, attachments) → TOC linking → checks → coverage.
Parsing code does no I/O and prints nothing; it never raises on odd input.
"""

from __future__ import annotations

import gc
import hashlib
from bisect import bisect_left
from collections.abc import Sequence

import regex
from pydantic import BaseModel

from . import regexes as rx
from .appointments import read_appointments
from .blocks import Block, announced_titles, issued_titles, make_blocks, pair_metadata_keys, title_key
from .boundaries import find_regions
from .breaks import (
    blank_split_tags,
    split_escaped_lines,
    split_html_lines,
    split_metadata_pairs,
    split_run_on_lines,
    unwrap_layout_tables,
)
from .checks import check_documents, check_latin, check_replacement, check_unmapped_glyphs
from .chronicle import read_chronicle
from .columns import LineMap, split_columns
from .coverage import ACCOUNTING_CODES, covered_lines
from .diagnostics import RULES, Diagnostics
from .documents import DocumentBuilder, merge_issued
from .footnotes import attach_footnotes, find_footnotes
from .furniture import chrome_fields, find_furniture
from .joins import split_joined_lines
from .layout import find_layout_tables
from .masthead import find_masthead
from .models import (
    Diagnostic,
    DocNumber,
    Document,
    Furniture,
    Gazette,
    GazetteFile,
    Paragraph,
    Source,
    Span,
    TocEntry,
)
from .normalize import Line, LineKind, normalize, split_lines
from .numerals import cn_to_int
from .source import MIXED_ENCODING, MOJIBAKE_ENCODING, printable
from .toc import find_toc, listed_attachments
from .variants import RARE, folded_radicals, restore_all, simplified_copy

METADATA_KEY = rx.lazy_pattern(r"^(?P<key>[\p{Han} ]{2,8})[：:]$")
METADATA_LINE = rx.lazy_pattern(
    r"^(?:【(?P<key>\p{Han}{2,8})】|(?P<key>\p{Han}[\p{Han} ]{1,10})[：:])\s*(?P<value>[^。；;]{1,100})$")
#: 笫 (a bed mat, a word of 床笫 alone) before a number, where an OCR or an input method put it for 第 (the two
#: differ by one stroke): ``笫一章`` · ``笫3号`` · ``2020年笫12期``.
DI_SLIP = rx.lazy_pattern(r"笫(?=\s*[一二三四五六七八九十百千零〇○\d])")
#: A plus sign for 十 (the two drawn alike) in a number an OCR read: after 第 (``第+条`` · ``第二+三号`` · ``第+三届``)
#: or in a section marker at a line's head (``+、`` · ``（+一）``), before what ends such a number. (The plus is
#: matched first and what stands before it looked at after: a look behind tried at every place of a long line is
#: quadratic.)
PLUS_SLIP = rx.lazy_pattern(
    r"""[+＋](?<=(?:第\s{0,2}[一二三四五六七八九]?|^[ \t\u3000#*>]{0,8}[（(]?\s{0,2}[一二三四五六七八九]?)[+＋])
        (?=[一二三四五六七八九]?\s{0,2}(?:[、，,．.）)]|[条章节编篇号期次届款项部]))""",
    regex.MULTILINE | regex.VERBOSE)
#: 午 for the 年 after a year (the two differ in a stroke), as an OCR reads it: ``2019午3月5日`` · ``2018午第12期`` ·
#: ``二〇二〇午三月`` · ``2020午度``.
NIAN_SLIP = rx.lazy_pattern(
    r"""午(?<=(?:^|\D)(?:1[89]|20)\d{2}\s{0,2}午|[〇○零Ｏ一二三四五六七八九]{4}\s{0,2}午)  # (behind 午 only)
        (?=\s{0,2}(?:第|度|[\d一二三四五六七八九十]{1,2}\s{0,2}月))""", regex.VERBOSE)
#: A letter for 1 in a number after 第 (``第l条`` · ``第1l号`` · ``第l2期``), as an OCR reads it.
LETTER_ONE_SLIP = rx.lazy_pattern(
    rf"[{rx.OCR_LETTER_ONE}](?<=第\s{{0,2}}\d{{0,3}}[{rx.OCR_LETTER_ONE}])(?=\d{{0,3}}\s{{0,2}}[条章节号期次届款项])")
#: Look-alikes of punctuation marks, as an input method's symbols offer them and an OCR reads them: 丶 (the radical
#: "dot", no word of official text) for 、 (``一丶总体要求`` · ``各市丶县``); the ratio sign ∶ or a small or vertical
#: form's colon for ： after a word (``各区人民政府∶`` · ``附件﹕``; ∶ between digits is a ratio, 1∶10000).
DUNHAO_SLIP = rx.lazy_pattern(r"丶")
COLON_SLIP = rx.lazy_pattern(r"(?<=[\p{Han}）)》”])[∶﹕︰]")
#: Characters an OCR or an input method put for others they look like, one for one (the lines and columns stay),
#: read as those: (the characters, where one is a slip, what it stands for, the rule, what is said of it after
#: ``… for …``).
LOOK_ALIKES: tuple[tuple[str, regex.Pattern[str], str, str, str], ...] = (
    ("笫", DI_SLIP, "第", "X014", " before a number"),
    ("+＋", PLUS_SLIP, "十", "X015", " in a number"),
    ("午", NIAN_SLIP, "年", "X017", " after a year"),
    (rx.OCR_LETTER_ONE, LETTER_ONE_SLIP, "1", "X013", " in a number after 第"),
    ("丶", DUNHAO_SLIP, "、", "X016", ""),
    ("∶﹕︰", COLON_SLIP, "：", "X016", ""),
)


def parse(text: str, *, source: str | None = None, encoding: str = "utf-8", sha256: str | None = None) -> GazetteFile:
    """Parse one gazette issue or official document given as text.

    ``source`` is the path to report; ``encoding`` and ``sha256`` describe the bytes the text was
    decoded from (the SHA-256 of the UTF-8 text is used when not given).

    The cyclic garbage collector is paused while parsing: the parser allocates many small objects and no
    cycles, and with the collector on, its full passes over a growing heap made a 100× issue 1.75× slower
    per MB than a 1× issue (measured with benchmarks/run.py). It is switched back on before returning.
    """
    text = without_surrogates(text)
    source = printable(source) if source is not None else None
    rare = RARE.search(text) is not None  # (one look for the characters below, in a text that mostly has none)
    if rare and (folded := folded_radicals(text)) is not None:
        # ⼈⺠政府 (radicals a PDF's fonts put for 人民政府): read as the ideographs they stand for, X012
        sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
        text, first = folded
        result = parse(text, source=source, encoding=encoding, sha256=sha256)
        if first is not None:  # (variation selectors alone go as zero-width spaces do, unsaid)
            result.diagnostics.append(Diagnostic(
                severity=RULES["X012"].severity, code="X012", column=1, span=Span(start_line=first, end_line=first),
                message="radicals or compatibility ideographs for ideographs (⼈⺠ for 人民): read as the ideographs"))
            result.diagnostics.sort(key=lambda d: (d.span.start_line, d.code))
        return result
    for chars, slip_at, meant, code, what in LOOK_ALIKES:
        if any(char in text for char in chars) and (slip := slip_at.search(text)) is not None:
            # 笫一章 for 第一章, 一丶 for 一、…: read as meant, and said once, at the first (X013 to X017)
            sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
            lines = split_lines(text[:slip.start() + 1])  # (as the lines are counted: \r\n, \r or \n)
            line, column = len(lines), len(lines[-1])
            text, slips = slip_at.subn(meant, text)
            result = parse(text, source=source, encoding=encoding, sha256=sha256)
            result.diagnostics.append(Diagnostic(
                severity=RULES[code].severity, code=code, column=column, span=Span(start_line=line, end_line=line),
                message=f"{slip[0]} for {meant}{what}"
                + (f" ({slips} in the text, the first here)" if slips > 1 else "") + f": read as {meant}"))
            result.diagnostics.sort(key=lambda d: (d.span.start_line, d.code))
            return result
    paused = gc.isenabled()
    gc.disable()
    try:
        if (copy := simplified_copy(text)) is not None:
            # Traditional characters (國務院關於…): parse the simplified copy, then give the strings read back
            # their characters as printed
            sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
            result = _parse_rewritten(copy, source=source, encoding=encoding, sha256=sha256, rare=rare)
            restore_all(result, text, copy)
            result.diagnostics.append(Diagnostic(
                severity=RULES["X010"].severity, code="X010", column=1, span=Span(start_line=1, end_line=1),
                message="text in traditional characters: read as simplified, given as printed"))
            result.diagnostics.sort(key=lambda d: (d.span.start_line, d.code))
            return result
        return _parse_rewritten(text, source=source, encoding=encoding, sha256=sha256, rare=rare)
    finally:
        if paused:
            gc.enable()


def _parse_rewritten(text: str, *, source: str | None, encoding: str, sha256: str | None,
                     rare: bool = True) -> GazetteFile:
    """``text`` parsed, read first in lines of its own where it is HTML on a line, runs paragraphs together on a
    line, or is set in two columns; ``rare``: whether it may hold a private-use character (``RARE``)."""
    rewritten, line_map = text, None  # (the text as the stages read it, and the map back to the input)
    columns = False
    for rewrite in (split_escaped_lines, blank_split_tags, unwrap_layout_tables, split_html_lines, split_run_on_lines,
                    split_joined_lines, split_metadata_pairs, split_columns):
        if (done := rewrite(rewritten)) is not None:
            rewritten, line_map = done[0], done[1] if line_map is None else line_map.then(done[1])
            columns = rewrite is split_columns
    if line_map is None:
        return _parse(text, source=source, encoding=encoding, sha256=sha256, rare=rare)
    sha256 = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    result = _parse(rewritten, source=source, encoding=encoding, sha256=sha256, rare=rare)
    return _read_back(result, line_map, lines=len(split_lines(text)), columns=columns)


#: A lone surrogate: what Python's ``surrogateescape`` makes of a byte that is not UTF-8.
SURROGATE = rx.lazy_pattern("[\ud800-\udfff]")


def without_surrogates(s: str) -> str:
    """``s`` with each lone surrogate as U+FFFD, the character of a corrupt byte (X006), which every output can
    write (text a caller decoded with ``surrogateescape`` holds them)."""
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:
        return str(SURROGATE.sub("\ufffd", s))
    return s


def _with_highlights(records: list[Furniture], highlights: list[Line]) -> list[Furniture]:
    """The furniture with the lines of a list of highlights above the TOC (本期要目), in the order of the lines."""
    if not highlights:
        return records
    marked = [Furniture(kind="highlights", text=ln.text, page=None, span=Span(start_line=ln.no, end_line=ln.no))
              for ln in highlights]
    return sorted([*records, *marked], key=lambda r: r.span.start_line)


def _read_back(result: GazetteFile, line_map: LineMap, *, lines: int, columns: bool) -> GazetteFile:
    """``result`` of the text a rewriter (``split_html_lines``, ``split_columns`` …) rewrote, with its lines and
    columns those of the input, every span's (a list's too); ``columns``: whether it was set in two columns
    (F002)."""

    def mapped(span: Span) -> Span:
        start, end = line_map.lines(span.start_line, span.end_line)
        return Span(start_line=start, end_line=end)

    def visit(node: BaseModel) -> None:
        for name in type(node).model_fields:
            value = getattr(node, name)
            if isinstance(value, Span):
                setattr(node, name, mapped(value))
            elif isinstance(value, BaseModel):
                visit(value)
            elif isinstance(value, list):
                for k, item in enumerate(value):
                    if isinstance(item, Span):
                        value[k] = mapped(item)  # (a table's row_spans)
                    elif isinstance(item, BaseModel):
                        visit(item)

    for d in result.diagnostics:
        d.column = line_map.column(d.span.start_line, d.column)
    visit(result)
    result.source.lines = lines
    if columns:
        first = min((no for no, offset in line_map.origin if offset), default=1)
        result.diagnostics.append(Diagnostic(
            severity=RULES["F002"].severity, code="F002", column=1, span=Span(start_line=first, end_line=first),
            message="text set in two columns was read one column after the other"))
        result.diagnostics.sort(key=lambda d: (d.span.start_line, d.code))
    return result


def _parse(text: str, *, source: str | None, encoding: str, sha256: str | None, rare: bool = True) -> GazetteFile:
    diags = Diagnostics()
    if encoding == MIXED_ENCODING:
        diags.add("X009", "lines in UTF-8 and lines in GB18030: each line was decoded by itself", 1)
    if encoding == MOJIBAKE_ENCODING:
        diags.add("X007", "GB18030 text mis-decoded as Latin-1 or Windows-1252 (mojibake) was decoded again", 1)
    lines = normalize(text)
    mast = find_masthead(lines)
    toc = find_toc(lines, skip=mast.lines, title=mast.gazette.title if mast.gazette else None,
                   english="ONTENTS" in text or "ontents" in text)
    for line_no, name, first, other in mast.conflicts:
        diags.add("G001", f"{name} is {other} here but {first} in the masthead", line_no)
    notes = find_footnotes(text, lines)
    zones = mast.lines | toc.lines | toc.back | notes.lines
    if toc.back:  # (on its heading's line: its entries' are their title_en_span)
        paired = sum(1 for e in toc.entries if e.title_en_span is not None and e.title_en_span.start_line in toc.back)
        diags.add("T007", f"the English contents at the back of the issue were read into {paired} of the TOC's "
                  f"{len(toc.entries)} entries", min(toc.back))
    for line_no, page, above in toc.backwards:
        diags.add("T008", f"TOC page {page} is lower than the entry's above ({above}): a misprint or an OCR slip?",
                  line_no)
    for line_no, printed in toc.unreadable:
        diags.add("T009", f"TOC page {printed} holds letters for digits (an OCR slip?): read as no page", line_no)
    for entry in toc.entries:  # 附件：l.某某名单 under a document's entry: an OCR's letter for 1
        if entry.title[:1] == "附" and (note := rx.ATTACHMENT_NOTE.match(entry.title)) is not None \
                and (first := rx.ATTACHMENT_NOTE_MORE.match(note.group("title"))) is not None \
                and rx.is_letter_one(first.group("number")):
            at = entry.span.start_line
            letter = rx.LONE_LETTER_ONE.search(lines[at - 1].raw) if at <= len(lines) else None
            diags.add("X013", f"TOC's attachment {entry.title[:14]}: a letter read as 1 (an OCR slip)", at,
                      column=letter.start() + 1 if letter else 1)
    first_page = next((e.page for e in toc.entries if e.page is not None), None)
    furn = find_furniture(lines, skip=zones, title=mast.gazette.title if mast.gazette else None,
                          toc_pages=(max(toc.lines), first_page) if toc.lines and first_page is not None else None)
    for rec in furn.records:
        if rec.kind in ("page-number", "running-header"):
            diags.add("F001", f"page furniture removed: {rec.text}", rec.span.start_line)
    find_layout_tables(lines, skip=zones, transparent=furn.lines, dash_rules="- -" in text)
    categories = frozenset(e.category for e in toc.entries if e.category)
    # (a category heading, 国务院办公厅文件, stands alone as a title does)
    attachments_listed = listed_attachments(toc.entries)  # (附件：… lists an attachment)
    documents_listed = [e for i, e in enumerate(toc.entries) if i not in attachments_listed]
    listed = [*(e.title for e in documents_listed), *categories]
    titles = issued_titles(text) | {key for t in listed if (key := title_key(t))}
    blocks = pair_metadata_keys(make_blocks(lines, skip=zones, transparent=furn.lines, titles=frozenset(titles),
                                            announced=frozenset(announced_titles(lines))))
    regions = merge_issued(blocks, find_regions(blocks, [(e.title, e.doc_number) for e in documents_listed],
                                                categories))
    builder = DocumentBuilder(blocks, diags)
    documents: list[Document] = []
    leading = blocks[: regions[0].start] if regions else blocks
    for region in regions:
        documents.append(builder.build(region))
    metadata, meta_span, leftovers = _read_metadata(leading, _titles(documents[0]) if documents else [])
    if documents and metadata:
        documents[0].metadata = {**metadata, **documents[0].metadata}  # (with what it prints under its 文号)
        documents[0].header_span = _union(documents[0].header_span, meta_span)
        documents[0].span = _union(documents[0].span, meta_span) or documents[0].span
    elif metadata:
        leftovers = leading
    leftovers.extend(_metadata_above(documents, builder.leftover))
    _chrome_metadata(documents, furn.records)
    if not documents and not any(e.issue is not None for e in toc.entries):
        diags.add("X005", "no official document found", 1)  # (a year's index lists the documents of other issues)

    attach_footnotes(notes, lines, documents)  # (one no document holds is unclassified text, as any line is)
    link_toc(toc.entries, documents, diags, has_pages=bool(furn.records), attachments=attachments_listed)
    for doc in documents:
        read_appointments(doc)
        read_chronicle(doc, mast.gazette)
    check_documents(documents, diags, gazette=mast.gazette)
    check_latin(text, lines, diags, skip=zones | furn.lines)
    check_replacement(text, lines, diags)
    check_unmapped_glyphs(text, lines, diags, private_use=rare)

    result = GazetteFile(
        source=Source(path=source, sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(), encoding=encoding,
                      lines=len(lines)),
        gazette=mast.gazette, toc=toc.entries,
        toc_span=Span(start_line=min(toc.lines), end_line=max(toc.lines)) if toc.lines else None,
        documents=documents, furniture=_with_highlights(furn.records, toc.highlights),
        unclassified=[Paragraph(text=b.text, span=Span(start_line=b.start, end_line=b.end)) for b in leftovers],
        diagnostics=[],
    )
    for p in result.unclassified:
        diags.add("X002", f"text fits no element: {p.text[:30]}", p.span.start_line, p.span.end_line)
        if mast.gazette is not None and _another_issue(p.text, mast.gazette):
            diags.add("G003", f"the issue line of another issue, {p.text[:30]}: two issues in one file?",
                      p.span.start_line)
    _account_for_every_line(result, lines, diags)
    result.diagnostics = diags.sorted()
    return result


def _another_issue(text: str, gazette: Gazette) -> bool:
    """Whether ``text`` is the issue line of an issue other than ``gazette`` (its year and number, in digits or
    numerals: 2022年第5期 · 二〇一八年第十二期)."""
    if text[-1:] not in "期号）)" or (m := rx.ISSUE_LINE.match(text)) is None or not m.group("year"):
        return False
    return (cn_to_int(m.group("year")), cn_to_int(m.group("issue"))) != (gazette.year, gazette.issue)


def _union(a: Span | None, b: Span | None) -> Span | None:
    if a is None or b is None:
        return a or b
    return Span(start_line=min(a.start_line, b.start_line), end_line=max(a.end_line, b.end_line))


def _titles(doc: Document) -> list[str]:
    """The titles a page's heading above ``doc`` may repeat: its own, and those of what it issues or publishes
    (国务院关于…的决定 over 中华人民共和国国务院令 / 第732号)."""
    return [t for t in (doc.title, *(e.title for e in doc.enclosures)) if t]


def _metadata_above(documents: list[Document], leftover: list[Block]) -> list[Block]:
    """Of the blocks no document read (``leftover``), those that are a page's metadata right above a document
    other than the first, as files of web pages put together print them (``标题：…`` / ``发文字号：…`` / ``来源：…``
    over each document), go into that document's metadata; the others are returned. Such blocks are the end of
    the text the document above left unread: only two or more metadata lines, or one repeating the document's
    title, are taken."""
    if len(documents) < 2 or not leftover:
        return leftover
    starts = [d.span.start_line for d in documents]
    rest: list[Block] = []
    group: list[Block] = []
    for i, b in enumerate(leftover):
        group.append(b)
        k = bisect_left(starts, b.end + 1)  # the document under it
        if i + 1 < len(leftover) and bisect_left(starts, leftover[i + 1].end + 1) == k:
            continue
        cut = len(group)  # the run of metadata lines at the group's end, right above document k
        while cut and not group[cut - 1].table and (METADATA_KEY.match(group[cut - 1].text)
                                                      or METADATA_LINE.match(group[cut - 1].text)):
            cut -= 1
        above, run = group[:cut], group[cut:]
        group = []
        if 0 < k < len(documents) and run:
            doc = documents[k]
            meta, span, unread = _read_metadata(run, _titles(doc))
            # (the run lies below the start of the document above: its region is cut short above the run)
            if span is not None and not unread and (len(run) > 1 or "标题" in meta) \
                    and span.start_line > documents[k - 1].span.start_line:
                doc.metadata = {**meta, **doc.metadata}
                doc.header_span = _union(doc.header_span, span)
                doc.span = _union(doc.span, span) or doc.span
                prev = documents[k - 1]
                if prev.span.end_line >= span.start_line:  # (the region above ran to the document's title)
                    prev.span = Span(start_line=prev.span.start_line, end_line=span.start_line - 1)
                rest.extend(above)
                continue
        rest.extend(above + run)
    return rest


def _chrome_metadata(documents: list[Document], records: list[Furniture]) -> None:
    """Read what a web page's chrome says of the document it stands with (``发布日期：2018-06-20 来源：…``) into
    that document's metadata, below what the document prints itself: a line inside a document's span is that
    document's; in a file of one document, any such line is. A line between two documents is left alone (a site
    may print it over a title or under a text)."""
    if not documents:
        return
    starts = [d.span.start_line for d in documents]
    for rec in records:
        if rec.kind != "web-chrome" or not (fields := chrome_fields(rec.text)):
            continue
        line = rec.span.start_line
        k = max(bisect_left(starts, line + 1) - 1, 0)  # the last document that starts at or above the line
        if len(documents) > 1 and not starts[k] <= line <= documents[k].span.end_line:
            continue
        for key, value in fields.items():
            documents[k].metadata.setdefault(key, value)


def _read_metadata(blocks: list[Block], titles: list[str]) -> tuple[dict[str, str], Span | None, list[Block]]:
    """Key-value metadata printed before a document: gov.cn pages (``发文机关：\t国务院办公厅``), law databases
    (``【发文字号】国办发〔2020〕12号``), ``发布日期：2020-04-01`` lines; and the page's own heading that repeats one
    of the document's ``titles``."""
    meta: dict[str, str] = {}
    keys_of_titles = {title_key(t) for t in titles}
    used: list[Block] = []
    rest: list[Block] = []
    for b in blocks:
        if b.table:
            pairs = 0
            for cells in (row for ln in b.lines for row in (ln.rows or (ln.cells,))):  # (an HTML table: rows)
                pairs += _cell_pairs(meta, cells)
            (used if pairs else rest).append(b)
            continue
        m = METADATA_KEY.match(b.text) or METADATA_LINE.match(b.text)
        if m:
            _add_pairs(meta, m.group("key"), m.groupdict().get("value") or "")
            used.append(b)
        elif keys_of_titles and title_key(b.text) in keys_of_titles:
            meta.setdefault("标题", b.text)
            used.append(b)
        else:
            rest.append(b)
    span = Span(start_line=used[0].start, end_line=used[-1].end) if used else None
    return meta, span, rest


def _cell_pairs(meta: dict[str, str], cells: Sequence[str]) -> int:
    """Add the key-value pairs a table's row holds to ``meta`` (a key's cell and its value's, or a cell that holds
    both); how many."""
    pairs = 0
    i = 0
    while i < len(cells):
        key = "".join(cells[i].split()).rstrip("：:")
        if key and i + 1 < len(cells) and (cells[i].rstrip().endswith(("：", ":")) or KEY_CELL.match(cells[i])):
            meta[key] = cells[i + 1].strip()  # 发文机关： | 国务院办公厅 (or a known key without the colon)
            pairs += 1
            i += 1
        elif m := METADATA_LINE.match(cells[i].strip()):
            _add_pairs(meta, m.group("key"), m.group("value"))  # 发文机关：国务院办公厅 | 成文日期：…
            pairs += 1
        i += 1
    return pairs


def _add_pairs(meta: dict[str, str], key: str, value: str) -> None:
    """Add ``key``: ``value`` to ``meta``, and the further pairs a value holds where a site's fields stand one
    space apart on a line (``000014349/2023-00035 主题分类：城乡建设``: a known key, ``rx.PAGE_METADATA_KEYS``)."""
    while (m := NEXT_METADATA_KEY.search(value)) is not None:
        meta["".join(key.split())] = value[:m.start()].strip()
        key, value = m.group("key"), value[m.end():]
    meta["".join(key.split())] = value.strip()


#: A table's cell that holds a known key of a site's metadata alone, without a colon (| 发文机关 | 国务院办公厅 |).
KEY_CELL = rx.lazy_pattern(rf"^[ \u3000]*(?:{rx.SPACED_METADATA_KEYS})[ \u3000]*$")
#: A known key of a site's metadata (its letters set apart or not) inside the value of the field before it.
NEXT_METADATA_KEY = rx.lazy_pattern(rf"(?<=\S)\s*(?P<key>{rx.SPACED_METADATA_KEYS})\s*[：:]")


def link_toc(entries: list[TocEntry], documents: list[Document], diags: Diagnostics, *, has_pages: bool,
             attachments: dict[int, str]) -> None:
    """Point each TOC entry at its document, by 文号 first, then by title; ``attachments``: the entries that list
    an attachment under their document's (by index, with the attachment's title)."""
    by_number = {d.doc_number.text: i for i, d in enumerate(documents) if d.doc_number}
    titled: dict[str, list[int]] = {}  # title key → the documents so titled, in order (orders share one)
    for i, d in enumerate(documents):
        # An order is often listed under the title of the regulation it publishes.
        for t in [e.title for e in d.enclosures if e.title] + ([d.title] if d.title else []):
            titled.setdefault(title_key(t), []).append(i)
    linked: set[int] = set()

    cursor: dict[str, int] = {}  # per title, where the documents no entry points at yet begin

    def first_free(key: str) -> int | None:
        """The first document titled ``key`` that no entry points at yet (else the first so titled)."""
        found = titled.get(key)
        if not found:
            return None
        k = cursor.get(key, 0)
        while k < len(found) and found[k] in linked:
            k += 1
        cursor[key] = k
        return found[k] if k < len(found) else found[0]

    by_title = {t: found[0] for t, found in titled.items()}
    # (a title the TOC lists without its bracketed part: 某某实施方案的通知 for 某某实施方案（2021—2023年）的通知)
    by_plain: dict[str, int] = {}
    for i, d in enumerate(documents):
        for t in [e.title for e in d.enclosures if e.title] + ([d.title] if d.title else []):
            by_plain.setdefault(_plain_key(t), i)
    # Inexact matches compare an entry with every title: only for a TOC and documents of a real issue's size,
    # so that a hostile input of many entries and many documents stays linear (exact matches still link).
    inexact = len(entries) * len(by_title) <= MAX_INEXACT_PAIRS
    attached = {title_key(a.title): i for i, d in enumerate(documents) for a in d.attachments if a.title}

    def link(entry: TocEntry, idx: int) -> None:
        """Point ``entry`` at document ``idx``, and say where the two disagree."""
        entry.document = idx
        linked.add(idx)
        doc = documents[idx]
        titles = {title_key(t) for t in [doc.title, *(e.title for e in doc.enclosures)] if t}
        if doc.title and title_key(entry.title) not in titles:
            diags.add("T004", f"TOC title {entry.title[:40]} differs from the document title {doc.title[:40]}",
                      entry.span.start_line)
        if entry.date and doc.date and entry.date != doc.date:
            diags.add("T005", f"TOC dates it {entry.date}, the document {doc.date}", entry.span.start_line)
        if entry.doc_number and doc.doc_number and not _same_number(entry.doc_number, doc.doc_number):
            diags.add("T006", f"TOC numbers it {entry.doc_number}, the document {doc.doc_number.text}",
                      entry.span.start_line)
        if has_pages and doc.page is not None and entry.page is not None and doc.page != entry.page:
            diags.add("T003", f"TOC says page {entry.page}, document starts on page {doc.page}",
                      entry.span.start_line)
        if doc.page is None:
            doc.page = entry.page
        if doc.category is None:
            doc.category = entry.category

    unmatched: list[int] = []  # entries that no 文号 or title points at a document (T001, unless paired below)
    above: int | None = None  # the document the entry above points at
    for n, entry in enumerate(entries):
        if entry.issue is not None:
            continue  # an entry of a year's index: printed in another issue, no document of this file
        if (attachment := attachments.get(n)) is not None:
            # an attachment listed under its document's entry (附件：某某名单): the document that holds it
            entry.document = attached.get(title_key(attachment), above)
            if entry.document is None:
                unmatched.append(n)
            continue
        key = title_key(entry.title)
        idx = by_number.get(entry.doc_number) if entry.doc_number else None
        if idx is None:
            idx = first_free(key)
        if idx is None and key:
            idx = by_plain.get(_plain_key(entry.title))
        if idx is None and key and inexact:
            # A title cut short, or listed without its issuer (关于…的通报 for 某某办公厅关于…的通报); else a near one
            idx = next((i for t, i in by_title.items() if t.startswith(key) or key.startswith(t)
                        or (len(key) >= MIN_SUFFIX_TITLE and t.endswith(key))), None)
            if idx is None:
                idx = _closest_title(key, by_title)
        above = idx
        if idx is None:
            unmatched.append(n)
            continue
        link(entry, idx)
    if unmatched and inexact:
        for n, idx in _paired_in_order(entries, documents, unmatched, linked, attachments, has_pages=has_pages):
            link(entries[n], idx)
            for k in range(n + 1, len(entries)):  # the attachments listed under it are its document's too
                if k not in attachments or entries[k].document is not None:
                    break
                entries[k].document = idx
    for n in unmatched:
        if entries[n].document is None:
            diags.add("T001", f"TOC entry matches no document: {entries[n].title[:40]}", entries[n].span.start_line,
                      entries[n].span.end_line)
    if entries:
        for i, doc in enumerate(documents):
            if i not in linked:
                start = doc.title_span.start_line if doc.title_span else doc.span.start_line
                diags.add("T002", f"document not listed in the TOC: {(doc.title or '')[:40]}", start)


def _plain_key(title: str) -> str:
    """``title_key`` of ``title`` without its bracketed parts (（2021—2023年）, （试行）)."""
    return title_key(BRACKETED.sub("", title))


#: A bracketed part of a title: ``（2021—2023年）`` · ``（试行）`` · ``(草案)``.
BRACKETED = rx.lazy_pattern(r"[（(][^（()）]{1,30}[）)]")


def _paired_in_order(entries: list[TocEntry], documents: list[Document], unmatched: list[int], linked: set[int],
                     attachments: dict[int, str], *, has_pages: bool) -> list[tuple[int, int]]:
    """(entry, document) pairs of the ``unmatched`` entries that stand in the TOC where as many documents no entry
    points at stand in the issue: between the documents the entries around them point at, in order, each pair's
    titles alike (``GAP_SIMILARITY``, one 文种) and their pages, where both are known, the same. (A TOC that words
    a title otherwise: 某某人员职务任免的通知 for 张三等职务任免的通知.)"""
    from difflib import SequenceMatcher

    waiting = set(unmatched)
    pairs: list[tuple[int, int]] = []
    gap: list[int] = []
    below = -1  # the document the last linked entry points at
    listed = [n for n, e in enumerate(entries) if e.issue is None and n not in attachments]
    for n in [*listed, None]:
        if n is not None and n in waiting:
            gap.append(n)
            continue
        upper = entries[n].document if n is not None else len(documents)
        if upper is None:
            continue
        if gap and upper > below:
            free = [i for i in range(below + 1, upper) if i not in linked]
            if len(free) == len(gap) and all(
                    (a := title_key(entries[e].title))[-2:] == (b := title_key(documents[i].title or ""))[-2:]
                    and max(len(a), len(b)) <= MAX_PAIRED_TITLE
                    and (m := SequenceMatcher(None, a, b, autojunk=False)).quick_ratio() >= GAP_SIMILARITY
                    and m.ratio() >= GAP_SIMILARITY
                    and not (has_pages and entries[e].page is not None and documents[i].page is not None
                             and entries[e].page != documents[i].page)
                    for e, i in zip(gap, free, strict=True)):
                pairs.extend(zip(gap, free, strict=True))
        gap = []
        below = max(below, upper)
    return pairs


def _same_number(listed: str, number: DocNumber) -> bool:
    """Whether the TOC's 文号 is the document's; an order's may give its agency short (省政府令第365号 for
    浙江省人民政府令第365号), so orders compare by serial number."""
    if "令" in listed:
        return number.agency_code.endswith("令") and _serial_of(listed) == number.serial
    return "".join(listed.split()) == "".join(number.text.split())  # (财政部 税务总局公告…: spaces aside)


def _serial_of(number: str) -> int | None:
    m = regex.search(r"(\d+)\s*号", number)
    return int(m.group(1)) if m else None


#: Entry × title pairs up to which inexact title matches are tried (a real issue has some 100 × 100).
MAX_INEXACT_PAIRS = 250_000
#: A TOC title this long or longer is matched to the document title it ends.
MIN_SUFFIX_TITLE = 8
#: How alike a TOC title and a document title must be to be taken for the same one (an OCR slip, a quote
#: mark, a dropped character).
TITLE_SIMILARITY = 0.9
#: How alike a TOC title and a document title must be to be paired by their place, where as many entries as
#: documents are left unpaired between two that are (and they end alike, in one 文种): two notices of one organ
#: on different matters are some 0.6 alike (某某省人民政府关于加强安全生产工作的通知 · …关于推进数字政府建设的通知).
GAP_SIMILARITY = 0.7
#: Titles longer than this are not paired by their place (a bound on the comparison, quadratic in their length).
MAX_PAIRED_TITLE = 200


def _closest_title(key: str, by_title: dict[str, int]) -> int | None:
    """The document whose title is nearly ``key`` (difflib ratio ≥ TITLE_SIMILARITY), or None."""
    from difflib import SequenceMatcher

    best, best_ratio = None, TITLE_SIMILARITY
    for title, i in by_title.items():
        m = SequenceMatcher(None, key, title, autojunk=False)
        if m.real_quick_ratio() >= best_ratio and m.quick_ratio() >= best_ratio and m.ratio() >= best_ratio:
            best, best_ratio = i, m.ratio()
    return best


def _account_for_every_line(result: GazetteFile, lines: list[Line], diags: Diagnostics) -> None:
    """Every non-blank line lies in some node's span; one that does not becomes unclassified text."""
    covered = covered_lines(result, extra=[d.span for d in diags.items if d.code in ACCOUNTING_CODES])
    missing = [ln for ln in lines if ln.kind is not LineKind.BLANK and ln.no not in covered]
    for ln in missing:
        text = ln.text or ln.raw.strip()
        result.unclassified.append(Paragraph(text=text, span=Span(start_line=ln.no, end_line=ln.no)))
        diags.add("X002", f"line fits no element: {text[:30]}", ln.no)
    result.unclassified.sort(key=lambda p: p.span.start_line)

