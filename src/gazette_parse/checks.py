"""Stage 10: checks on the parsed documents and the text — diagnostics a user can act on."""

from __future__ import annotations

import re
from collections import defaultdict

from . import regexes as rx
from .blocks import title_key
from .diagnostics import Diagnostics
from .models import Document, Gazette
from .normalize import Line, LineKind, split_lines


def check_documents(documents: list[Document], diags: Diagnostics, *, gazette: Gazette | None) -> None:
    """Per-document checks: date, signatory, 文号 year and duplicates, attachments announced vs present."""
    seen: dict[str, list[Document]] = defaultdict(list)
    for doc in documents:
        start = doc.title_span.start_line if doc.title_span else doc.span.start_line
        if doc.doc_number:
            seen[doc.doc_number.text].append(doc)
        # A 解读 or 任免名单 carries no date, and a 纪要 dates its meeting in its text, not at its end
        official = (doc.doc_number is not None or doc.kind is not None) and doc.kind != "纪要"
        if official and doc.date is None and doc.date_span is None:
            diags.add("D001", f"no 成文日期 found for {(doc.title or 'document')[:40]}", start)
        dated = doc.date_span.start_line if doc.date_span is not None else None
        dated_in_header = dated is not None and (  # under the title, or beside the 文号: no 署名 is due
            (doc.title_span is not None and doc.title_span.start_line <= dated <= doc.title_span.end_line)
            or (doc.doc_number is not None and doc.doc_number.span.start_line == dated))
        if doc.date_span is not None and not doc.signatories and not dated_in_header:
            diags.add("S001", "no 发文机关署名 above the date", doc.date_span.start_line)
        if doc.doc_number and doc.doc_number.year and doc.date and doc.doc_number.year > int(doc.date[:4]):
            diags.add("N002", f"文号 year {doc.doc_number.year} is after the date {doc.date}",
                      doc.doc_number.span.start_line)
        if gazette and gazette.publication_date and doc.date and doc.date > gazette.publication_date:
            diags.add("G002", f"dated {doc.date}, after the issue's publication on {gazette.publication_date}",
                      doc.date_span.start_line if doc.date_span else start)
        if doc.imprint and doc.imprint.printed_on and doc.date and doc.imprint.printed_on < doc.date:
            diags.add("D003", f"印发 on {doc.imprint.printed_on}, before the 成文日期 {doc.date}",
                      doc.imprint.span.end_line)
        for owner in [doc, *doc.enclosures]:
            _check_attachments(owner, diags)
    for number, docs in seen.items():
        for dup in docs[1:]:
            assert dup.doc_number is not None
            diags.add("N003", f"文号 {number} also on line {docs[0].doc_number.span.start_line}",  # type: ignore[union-attr]
                      dup.doc_number.span.start_line)


#: How a 附件说明 marks an attachment the text leaves out.
LEFT_OUT = ("（略）", "(略)")


def _check_attachments(doc: Document, diags: Diagnostics) -> None:
    announced = len(doc.attachment_notes)
    present = len(doc.attachments)
    omitted = any("略" in n.text and rx.ATTACHMENTS_OMITTED.search(n.text) for n in doc.notes)
    # (a 印发 notice's 附件说明 may name the document it issues, printed after it: 附：某某工作方案)
    enclosed = {title_key(e.title) for e in doc.enclosures if e.title}
    # (one the text omits, （略）, is not printed, and the next one takes its place and keeps its number)
    left_out = [n for n in doc.attachment_notes if n.title.endswith(LEFT_OUT)]
    printed = [n for n in doc.attachment_notes if not n.title.endswith(LEFT_OUT)]
    for note in printed[present:]:
        # (a file published beside the text is no attachment missing from it)
        if note.file is None and not omitted and title_key(note.title) not in enclosed:
            diags.add("A001", f"附件 announced but not found: {note.title[:40]}", note.span.start_line)
    for att in doc.attachments[announced:]:
        where = att.label_span.start_line if att.label_span else att.span.start_line
        diags.add("A002", f"附件 not announced in 附件说明: {(att.title or '')[:40]}", where)
    skipped = {n.number for n in left_out if n.number is not None}
    expected = 1
    for att in doc.attachments:
        if att.number is None:
            continue
        while expected in skipped and att.number != expected:
            expected += 1
        again = att.number == expected - 1 and "-" in (att.number_text or "")  # 附件1-2 after 附件1-1
        if att.number != expected and not again:
            where = att.label_span.start_line if att.label_span else att.span.start_line
            diags.add("A003", f"附件{att.number_text} where 附件{expected} was expected", where)
        expected = att.number + 1


def check_latin(text: str, lines: list[Line], diags: Diagnostics, *, skip: set[int]) -> None:
    """Flag Latin words standing inside Han text (``金融风险 and 深化``): often OCR for a Han word.

    One scan of the whole text (a pattern that opens with a look-behind is tried at every position, and
    one call over the text costs 40 % of one call per line); a match never crosses a line end. Line numbers
    are counted forward from one match to the next.
    """
    no, last, line_start = 1, 0, 0
    for m in rx.LATIN_IN_HAN.finditer(text):
        word = m.group("word")
        if word.isupper() or word in rx.LATIN_OK:  # acronyms (AAA级, PPP) are legitimate
            continue
        pos = m.start()
        breaks = text.count("\n", last, pos) + text.count("\r", last, pos) - text.count("\r\n", last, pos)
        if breaks:
            no += breaks
            line_start = max(text.rfind("\n", last, pos), text.rfind("\r", last, pos)) + 1
        last = pos
        if no > len(lines) or no in skip or lines[no - 1].kind is not LineKind.TEXT:
            continue
        diags.add("X001", f"Latin word '{word}' inside Han text", no, column=pos - line_start + 1)


def check_replacement(text: str, lines: list[Line], diags: Diagnostics) -> None:
    """Flag each line that holds U+FFFD: a byte the decoder could not read, or an earlier conversion's loss."""
    if "\ufffd" not in text:
        return
    source = split_lines(text)  # (a column counts in the line as given: its raw text drops zero-width ones)
    for line in lines:
        if "\ufffd" in line.raw:
            n = line.raw.count("\ufffd")
            diags.add("X006", f"{n} character{'s' if n > 1 else ''} could not be decoded (U+FFFD)", line.no,
                      column=source[line.no - 1].find("\ufffd") + 1)


def check_unmapped_glyphs(text: str, lines: list[Line], diags: Diagnostics, *, private_use: bool = True) -> None:
    """Flag each line that holds ``(cid:1234)`` or a private-use character: a glyph pdfminer, pdfplumber and their
    kin could not map to a character, written as its number or as the code the font gave it. ``private_use``:
    whether the text may hold one (False when it is known to hold none)."""
    if "(cid:" in text or (private_use and PRIVATE_USE.search(text)):
        source = split_lines(text)
        for line in lines:
            if found := UNMAPPED_GLYPH.findall(line.raw):
                n = len(found)
                first = found[0] if found[0].startswith("(cid:") else f"U+{ord(found[0]):04X}"
                diags.add("X008", f"{n} glyph{'s' if n > 1 else ''} the PDF converter could not map: {first}",
                          line.no, column=source[line.no - 1].find(found[0]) + 1)


#: What pdfminer writes for a glyph its font does not map to Unicode, and a character of the Private Use Area, as a
#: converter passes on a font's own code for a glyph (a text in Chinese has no other use for one).
UNMAPPED_GLYPH = rx.lazy_pattern(r"\(cid:\d{1,5}\)|[\ue000-\uf8ff]")
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
