"""Rule codes and the collector every stage reports to.

Codes are stable: a code never changes meaning once released. The README's table is generated from
``RULES`` (``gazette rules``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .models import Diagnostic, Severity, Span


@dataclass(frozen=True, slots=True)
class Rule:
    """A diagnostic rule: code, default severity, short name, what it means."""

    code: str
    severity: Severity
    name: str
    summary: str


RULES: dict[str, Rule] = {r.code: r for r in [
    # Table of contents
    Rule("T001", Severity.warning, "toc-entry-without-document", "A TOC entry matches no document in the issue."),
    Rule("T002", Severity.warning, "document-missing-from-toc", "A document of the issue is not listed in the TOC."),
    Rule("T003", Severity.warning, "toc-page-mismatch", "The TOC's page differs from the page the document is printed on."),
    Rule("T004", Severity.info, "toc-title-differs", "The TOC's title differs from the document's title."),
    Rule("T005", Severity.warning, "toc-date-mismatch", "The TOC's date differs from the document's 成文日期."),
    Rule("T006", Severity.warning, "toc-number-mismatch", "The TOC's 文号 differs from the document's."),
    Rule("T007", Severity.info, "toc-english-at-back",
         "The issue's English contents, printed apart from the TOC at the back, were read into the TOC's entries they pair with (the lines of the others are unclassified, not the last document's text)."),
    Rule("T008", Severity.warning, "toc-page-backwards", "A TOC entry's page is lower than the page of the entry above it (a misprint, or an OCR's slip: 8 read as 3)."),
    Rule("T009", Severity.warning, "toc-page-unreadable", "A TOC entry's page holds letters for digits (……O8, ……l2), as an OCR misreads them: the entry is read without a page."),
    # 文号
    Rule("N001", Severity.warning, "malformed-doc-number", "文号 departs from GB/T 9704: brackets, 第, zero padding, full-width digits, missing 号, year first, OCR slips (2O18, 2 6号, 4O号)."),
    Rule("N002", Severity.error, "doc-number-year-after-date", "文号 year is later than the 成文日期 year."),
    Rule("N003", Severity.warning, "duplicate-doc-number", "The same 文号 appears on two documents of one file."),
    # Dates and closing
    Rule("D001", Severity.warning, "missing-date", "A document has no 成文日期."),
    Rule("D002", Severity.error, "impossible-date", "A date that does not exist (2018年2月30日)."),
    Rule("D003", Severity.warning, "printed-before-dated", "The 版记's 印发日期 is earlier than the 成文日期."),
    Rule("D004", Severity.warning, "date-format", "A 成文日期 not written with 年月日: in digits and separators (2020-03-05), with 号 for 日 (or 曰, an OCR's misreading), or with letters an OCR read for digits (2O19年l2月)."),
    Rule("S001", Severity.warning, "missing-signatory", "A document with a date has no 发文机关署名."),
    Rule("A001", Severity.warning, "attachment-missing", "附件说明 announces an attachment that is not there (not raised for one marked （略）, nor when a 附注 says the attachments are left out: （附件略）, 附件从略, nor for the document a 印发 notice issues, printed after it)."),
    Rule("A002", Severity.warning, "attachment-unannounced", "An attachment follows that 附件说明 does not announce."),
    Rule("A003", Severity.warning, "attachment-numbering", "Attachment labels are not numbered 1, 2, 3 … in order (附件1-1, 附件1-2 may share a number; a number the 附件说明 marks （略） is passed over)."),
    # Text
    Rule("X001", Severity.warning, "latin-in-han", "A Latin word inside Han text, often an OCR substitution (and → 和)."),
    Rule("X002", Severity.warning, "unclassified-line", "A line that fits no element; kept as an unclassified paragraph."),
    Rule("X003", Severity.warning, "section-numbering-gap", "Numbered sections skip a number."),
    Rule("X004", Severity.info, "repeated-table-header", "A table header repeated at a page break was dropped."),
    Rule("X005", Severity.warning, "no-documents", "No official document was found in the input."),
    Rule("X006", Severity.warning, "replacement-character", "Bytes that could not be decoded (or a U+FFFD already in the text) stand in this line."),
    Rule("X007", Severity.warning, "mojibake-repaired", "The file held GB18030 text mis-decoded as Latin-1 or Windows-1252 (Õã½­ for 浙江); it was decoded again."),
    Rule("X008", Severity.warning, "unmapped-glyph", "A PDF converter wrote (cid:1234), or a private-use character, for a glyph it could not map to a character: the text there is lost."),
    Rule("X009", Severity.warning, "mixed-encoding", "The file holds lines in UTF-8 and lines in GB18030 (files of both put together); each line was decoded by itself."),
    Rule("X010", Severity.info, "traditional-characters", "The text is in traditional characters (國務院關於…): it was read as simplified, and its strings are given as printed."),
    Rule("X011", Severity.warning, "dash-for-one", "A section marker with a dash or a like mark for 一 (—、 · (—) · ー、 · ㄧ、), as an OCR reads it: read as 一."),
    Rule("X012", Severity.warning, "radical-for-ideograph", "Radicals or compatibility ideographs a PDF's fonts put for ideographs (⼈⺠政府 for 人民政府): read as the ideographs."),
    Rule("X013", Severity.warning, "letter-for-one", "A section marker, an 附件说明 entry, an attachment label, an attachment a TOC lists or a number after 第 with a letter for 1 (l. · I. · （l） · 附件l · 第l条), as an OCR reads it: read as 1."),
    Rule("X014", Severity.warning, "look-alike-for-di", "笫 for 第 before a number (笫一章, 笫3号), as an OCR or an input method slips: read as 第."),
    Rule("X015", Severity.warning, "plus-for-ten", "A plus sign for 十 in a number after 第 or in a section marker (第二+条 · +、 · （+一） · 第+三届), as an OCR reads the two drawn alike: read as 十."),
    Rule("X016", Severity.warning, "look-alike-punctuation", "A look-alike for a punctuation mark: 丶 for 、 (一丶总体要求, 各市丶县), or ∶ ﹕ ︰ for ： after a word (各区人民政府∶), as an input method offers them or an OCR reads them: read as the mark."),
    Rule("X017", Severity.warning, "look-alike-for-nian", "A 午 for the 年 after a year (2019午3月5日 · 2018午第12期), as an OCR reads the two alike: read as 年."),
    # Page furniture and gazette
    Rule("F001", Severity.info, "page-furniture", "A page number or running header was removed from the text."),
    Rule("F002", Severity.info, "two-columns", "Text set in two columns side by side (pdftotext -layout) was read one column after the other."),
    Rule("G001", Severity.warning, "issue-mismatch", "Masthead and colophon disagree on the issue."),
    Rule("G002", Severity.warning, "date-outside-issue-year", "A document date lies after the issue's publication date."),
    Rule("G003", Severity.warning, "another-issue", "The issue line of another issue inside this one: two issues in one file?"),
    # Archive-wide (gazette validate)
    Rule("V001", Severity.error, "duplicate-doc-number-across-files", "The same 文号 appears in two files of the archive."),
    Rule("V002", Severity.warning, "issue-gap", "期号 sequence of a year skips a number."),
    Rule("V003", Severity.error, "issue-repeated", "Two files carry the same year and 期号."),
    Rule("V004", Severity.warning, "cumulative-not-advancing", "总期号 does not advance with 期号."),
    Rule("V005", Severity.warning, "publication-date-backwards", "A later issue has an earlier publication date."),
    Rule("V006", Severity.warning, "issue-year-mismatch", "An issue's year disagrees with its publication date."),
    Rule("E001", Severity.error, "input-error", "The file could not be read or decoded (gazette validate)."),
]}


@dataclass(slots=True)
class Diagnostics:
    """Collects diagnostics in the order they are found; sorted by line at the end."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, code: str, message: str, start: int, end: int | None = None, *, column: int = 1) -> None:
        """Report rule ``code`` over lines ``start``..``end``."""
        rule = RULES[code]
        self.items.append(Diagnostic(severity=rule.severity, code=code, message=message,
                                     span=Span(start_line=start, end_line=end or start), column=column))

    def sorted(self) -> list[Diagnostic]:
        """Diagnostics in line order (stable for equal lines)."""
        return sorted(self.items, key=lambda d: (d.span.start_line, d.code))
