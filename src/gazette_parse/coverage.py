"""Which input lines the output accounts for: the leaf spans of every node."""

from __future__ import annotations

from collections.abc import Iterable

from .models import Attachment, Document, GazetteFile, Paragraph, Section, Span, Table

#: Diagnostics that say where a line went (removed furniture, a dropped repeated header, unclassified text).
ACCOUNTING_CODES = frozenset({"F001", "T007", "X002", "X004"})


def _add(out: set[int], span: Span | None) -> None:
    if span is not None:
        out.update(range(span.start_line, span.end_line + 1))


def _sections(out: set[int], sections: Iterable[Section]) -> None:
    for s in sections:
        _add(out, s.heading_span)
        for it in s.items:
            _add(out, it.span)
        _body(out, s.paragraphs, s.tables, s.sections)


def _tables(out: set[int], tables: Iterable[Table]) -> None:
    for t in tables:
        _add(out, t.span)
        _add(out, t.caption_span)


def _body(out: set[int], paragraphs: Iterable[Paragraph], tables: Iterable[Table], sections: Iterable[Section]) -> None:
    for p in paragraphs:
        _add(out, p.span)
    _tables(out, tables)
    _sections(out, sections)


def _attachment(out: set[int], a: Attachment) -> None:
    _add(out, a.label_span)
    _add(out, a.title_span)
    for it in a.items:
        _add(out, it.span)
    _body(out, a.paragraphs, a.tables, a.sections)


def _document(out: set[int], d: Document) -> None:
    for span in (d.title_span, d.header_span, d.addressees_span, d.signatories_span, d.date_span):
        _add(out, span)
    if d.doc_number:
        _add(out, d.doc_number.span)
    _body(out, d.preamble, d.tables, d.sections)
    for n in d.attachment_notes:
        _add(out, n.span)
    for note in d.notes:
        _add(out, note.span)
    for listed in d.attendance:
        _add(out, listed.span)
    for p in d.closing_formula:
        _add(out, p.span)
    for f in d.footnotes:
        _add(out, f.span)
    for e in d.enclosures:
        _document(out, e)
    for a in d.attachments:
        _attachment(out, a)


def covered_lines(result: GazetteFile, *, extra: Iterable[Span] = ()) -> set[int]:
    """Line numbers inside a leaf span of ``result`` (containers such as a whole document do not count)."""
    out: set[int] = set()
    if result.gazette:
        _add(out, result.gazette.masthead_span)
        _add(out, result.gazette.colophon_span)
    _add(out, result.toc_span)
    for e in result.toc:
        _add(out, e.span)
        _add(out, e.title_en_span)  # (an English listing at the back lies outside the TOC's span)
    for d in result.documents:
        _document(out, d)
    for f in result.furniture:
        _add(out, f.span)
    for p in result.unclassified:
        _add(out, p.span)
    for d_ in result.diagnostics:
        if d_.code in ACCOUNTING_CODES:
            _add(out, d_.span)
    for span in extra:
        _add(out, span)
    return out
