"""The output contract: Pydantic models, validated and emitted as JSON or YAML.

Models import no parsing code. Field names are part of the public contract (v1): fields may be
added, never renamed. Every field has a description; it reaches the JSON Schema in ``schemas/``.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.13"


class Model(BaseModel):
    """Base of all output models: unknown fields are an error."""

    model_config = ConfigDict(extra="forbid")


class Span(Model):
    """Lines of the input a node comes from: 1-based, inclusive, counted as ``grep -n`` counts them."""

    model_config = ConfigDict(extra="forbid", frozen=True)  # nodes may share one span; none can change it

    start_line: int = Field(ge=1, description="First line, 1-based.")
    end_line: int = Field(ge=1, description="Last line, 1-based, inclusive.")


class Severity(str, Enum):
    """How serious a diagnostic is."""

    error = "error"
    warning = "warning"
    info = "info"


class Diagnostic(Model):
    """Something in the input that looks wrong, or a record of what the parser did with a line."""

    severity: Severity = Field(description="error, warning or info.")
    code: str = Field(description="Stable rule code, documented in the README (e.g. N001).")
    message: str = Field(description="One-line explanation in English.")
    span: Span = Field(description="Where in the input.")
    column: int = Field(default=1, ge=1, description="1-based column of the problem in span.start_line.")


class Source(Model):
    """The input file."""

    path: str | None = Field(description="Path as given, or null for text passed in memory or on stdin.")
    sha256: str = Field(description="SHA-256 of the input bytes (of the UTF-8 text when parsed from a str).")
    encoding: str = Field(description="Encoding the bytes were decoded with (utf-8, utf-8-sig, utf-16, gb18030).")
    lines: int = Field(ge=0, description="Number of lines.")


class Gazette(Model):
    """Masthead and colophon of a gazette issue."""

    title: str | None = Field(description="Gazette title, e.g. 浙江省人民政府公报.")
    title_en: str | None = Field(description="English title from the masthead.")
    year: int | None = Field(description="Year of the issue.")
    issue: int | None = Field(description="期号: issue number within the year.")
    issue_to: int | None = Field(default=None, description="The last issue a combined issue (合刊) covers: "
                                 "2018年第1-2期合刊 has issue 1 and issue_to 2. Since 1.3.")
    special: str | None = Field(default=None, description="What kind of issue it is besides the numbered ones, "
                                "as the issue line prints it: 专刊, 增刊, 特刊 (since 1.7); 总目录, a year's index "
                                "printed as an issue of its own (since 1.8).")
    cumulative_issue: int | None = Field(description="总期号: cumulative issue number (总第…期).")
    publication_date: str | None = Field(description="Publication date, ISO 8601 (出版日期).")
    sponsor: str | None = Field(description="主管主办单位.")
    editor: str | None = Field(default=None, description="Who edits and publishes it: 编辑出版, or a masthead line "
                               "such as 国务院公报编辑部编辑出版 (its name only), or the office named under the "
                               "masthead (江苏省人民代表大会常务委员会办公厅　2021年4月15日).")
    frequency: str | None = Field(default=None, description="How often it appears, as printed under the title: 旬刊, "
                                  "半月刊, 月刊 ….")
    issn: str | None = Field(default=None, description="国际标准刊号, e.g. ISSN 1004-4698 (the number only).")
    address: str | None = Field(description="地址.")
    phone: str | None = Field(description="联系电话.")
    cn_number: str | None = Field(description="国内统一刊号, e.g. CN33-1354/D.")
    url: str | None = Field(description="网址.")
    printer: str | None = Field(description="印刷单位.")
    print_permit: str | None = Field(default=None, description=(
        "准印证号: the permit of a gazette printed as internal material, without a CN number "
        "(京内资准字2019-L0123号). Since 1.5."))
    colophon_fields: dict[str, str] = Field(default_factory=dict, description=(
        "Every labelled line of the masthead and colophon, as printed: its label without spaces → its value "
        "(主编, 定价, 邮政编码, 传真, 发行范围 …, and those read into the fields above too). The first of a label "
        "wins. Since 1.9."))
    masthead_span: Span | None = Field(description="Lines of the masthead.")
    colophon_span: Span | None = Field(description="Lines of the colophon (版权页).")


class TocEntry(Model):
    """One entry of the table of contents (目录)."""

    category: str | None = Field(description="Category heading the entry stands under, without 【】.")
    title: str = Field(description="Document title as the TOC gives it.")
    doc_number: str | None = Field(description="文号 in canonical form, when the entry gives one.")
    page: int | None = Field(description="Page number the TOC gives.")
    date: str | None = Field(default=None, description="Date the TOC gives after the title, ISO 8601: "
                             "某某关于…的通知（2021年2月3日）.")
    document: int | None = Field(description="Index into ``documents`` of the document it lists (of an attachment "
                                 "listed under its document's entry, 附件：某某名单, the document that holds it), "
                                 "or null.")
    span: Span = Field(description="Lines of the entry.")
    issue: int | None = Field(default=None, description="The issue of the year the entry is printed in, where "
                              "the TOC is a year's index (总目录: 某某关于…的通知……（第3期）); its page is then "
                              "that issue's, and it points at no document of this file. Since 1.8.")
    title_en: str | None = Field(default=None, description="The entry's title in the issue's English contents "
                                 "(CONTENTS), printed after the Chinese ones or at the back of the issue, where there "
                                 "is one. Since 1.8.")
    title_en_span: Span | None = Field(default=None, description="Lines of the English title. Since 1.8.")


class DocNumber(Model):
    """发文字号, split into its parts."""

    text: str = Field(description="Canonical form as GB/T 9704 writes it: 浙政办发〔2018〕26号.")
    agency_code: str = Field(description="机关代字, e.g. 浙政办发.")
    year: int | None = Field(description="Year in the 〔〕 brackets.")
    serial: int = Field(description="序号, without zero padding.")
    raw: str = Field(description="The 文号 as written in the source.")
    signers: list[str] = Field(default_factory=list, description="签发人 printed beside the 文号 of a document "
                               "sent up (请示, 报告), as GB/T 9704 places them; empty when there are none. Since 1.1.")
    span: Span = Field(description="Line of the 文号 (with the lines of further 签发人 stacked under it).")


class Paragraph(Model):
    """Body text between headings, markup removed, page-broken pieces joined again."""

    text: str = Field(description="The paragraph's text.")
    span: Span = Field(description="Lines it was joined from.")


class Table(Model):
    """A table: header row and data rows; header rows repeated at page breaks are dropped."""

    header: list[str] = Field(description=(
        "Cells of the header row. A header of two rows, a cell spanning columns over the names under it, gives "
        "one name a column, the upper and the lower joined by '/' (投资（亿元）/总投资). Empty where the first row "
        "is data: rows numbered from 1 in their first cell, the first too."))
    rows: list[list[str]] = Field(description="Data rows, cells as text.")
    row_spans: list[Span] = Field(description="Line of each data row, parallel to ``rows``.")
    completed_rows: int = Field(default=0, description=(
        "Rows that had lost their first cells to a row-spanning cell above (converters keep such a cell only "
        "in its first row) and were completed on the left from the row above."))
    span: Span = Field(description="Lines of the whole table.")
    caption: str | None = Field(default=None, description="The caption printed right above the table (表1 某某情况, "
                                "某某统计表), with a unit line under it (单位：万元) when there is one. Since 1.2.")
    caption_span: Span | None = Field(default=None, description="Lines of the caption.")


class Item(Model):
    """One entry of a list of names or numbered items in an attachment."""

    number: int | None = Field(description="Item number, when numbered.")
    text: str = Field(description="The item's text.")
    span: Span = Field(description="Lines of the item.")


class Section(Model):
    """A numbered section: 一、 （一） 1. （1）, 第X章 第X条, 1.1 — depth from the marker."""

    marker: str = Field(description="The marker as written: 一、, （一）, 1., 第一章 …")
    marker_kind: str = Field(description="Marker family: bian part pian zhang jie tiao cn cnp ar dec arp arh circ.")
    level: int = Field(ge=1, description="Nesting depth in this document's section tree, 1 at the top.")
    number: int | None = Field(description="The marker's number as an int (二十 → 20).")
    title: str | None = Field(description="Heading text, or the first sentence of an inline-marker paragraph.")
    paragraphs: list[Paragraph] = Field(description="Paragraphs directly under this section.")
    tables: list[Table] = Field(default_factory=list, description="Tables directly under this section.")
    items: list[Item] = Field(default_factory=list, description=(
        "Entries of a list of names directly under this section (a 名单's units or people under the heading of "
        "their category); its paragraphs are then empty. Since 1.11, in attachments; since 1.12, in a document's "
        "text too."))
    sections: list[Section] = Field(description="Subsections.")
    heading_span: Span = Field(description="Lines of the marker and title.")
    span: Span = Field(description="Lines of the whole section.")
    page: int | None = Field(default=None, description="Printed page the section starts on, when known.")


class AttachmentNote(Model):
    """附件说明: an attachment announced after the body."""

    number: int | None = Field(description="Attachment number, when numbered (of 1-2, the 1).")
    number_text: str | None = Field(default=None, description="The number as printed: 2, 1-2, 二. Since 1.2.")
    title: str = Field(description="Announced title.")
    file: str | None = Field(default=None, description="The file it names, when the attachment is published as a "
                             "download beside a web page's text (附件：1.某某方案.docx): the title is then "
                             "without the extension. Since 1.3.")
    span: Span = Field(description="Line of the note.")


class Note(Model):
    """附注 or 版记 line: （此件公开发布）, 抄送…"""

    text: str = Field(description="Text of the note.")
    span: Span = Field(description="Line of the note.")


class Footnote(Model):
    """A footnote, from its text after its label (``[^1]: 数据来源：…``, as pandoc writes a Word document's), or a
    note the document prints under ``注释：`` at its end (``[1]地区生产总值…``, referred to in its text as ``[1]`` or
    ``①``)."""

    label: str = Field(description="Its label, as the reference in the text gives it: 1 of ``[^1]`` or ``[1]``, "
                       "① of ``①``.")
    text: str = Field(description="Its text.")
    span: Span = Field(description="Lines of its text (the first note under 注释 takes in the 注释 line).")


class Imprint(Model):
    """版记 (GB/T 9704-2012 7.4), read from its lines: who gets copies, and who printed the document when."""

    cc: list[str] = Field(description="抄送机关 (and 抄报, as older documents name copies sent up, and 分送, as a "
                          "纪要 names where it goes), split on commas.")
    keywords: list[str] = Field(default_factory=list, description="主题词 of documents before 2012.")
    printed_by: str | None = Field(description="印发机关.")
    printed_on: str | None = Field(description="印发日期, ISO 8601.")
    span: Span = Field(description="Lines of the 版记.")


class Attendance(Model):
    """A line of a 纪要's attendance list (GB/T 9704-2012 10.3): ``出席：张三、李四``, ``请假：王五``."""

    role: str = Field(description="出席, 请假, 缺席, 列席 or 记录 (who took the minutes, since 1.8), as printed "
                                  "(spaces dropped).")
    names: list[str] = Field(description="The people or organs it lists, split on 、 ， ； and spaces.")
    span: Span = Field(description="Lines of the list.")


class Appointment(Model):
    """One appointment or removal a 任免 document lists: ``任命张三为某某厅副厅长`` ·
    ``免去李四的某某局局长职务，退休``."""

    action: Literal["任命", "免去"] = Field(description="任命: appointed (任命, 聘任, 任); 免去: removed (免去, 解聘, "
                                           "不再担任).")
    names: list[str] = Field(description="The people, as printed (张三、李四为… gives two).")
    post: str = Field(description="The post, as printed: 某某省某某厅副厅长.")
    note: str | None = Field(default=None, description="What follows the post: 退休 · 另有任用 · （试用期一年）.")
    span: Span = Field(description="Lines of the paragraph it is read from (the paragraph stays in the text).")


class ChronicleEntry(Model):
    """One entry of a 大事记: ``2月3日　省长主持召开省政府常务会议…``."""

    date: str | None = Field(description="The entry's day, ISO 8601, its year and month from the title "
                             "(2020年2月…大事记) or the issue; null when they are not known or the day is none of "
                             "the calendar.")
    day: str = Field(description="The day as printed: 2月3日 · 3日 · 2月3日至5日.")
    text: str = Field(description="What happened; the paragraphs under it with no day of their own, one a line.")
    span: Span = Field(description="Lines of its paragraphs (they stay in the text).")


class Attachment(Model):
    """An attachment (附件) following a document under an 附件 label."""

    number: int | None = Field(description="Number from the 附件 label (of 附件1-2, the 1).")
    number_text: str | None = Field(default=None, description="The label's number as printed: 2, 1-2, 二. Since 1.2.")
    title: str | None = Field(description="Title of the attachment.")
    subtitle: str | None = Field(default=None, description="Parenthesised line under the title, e.g. （共 30 个）.")
    paragraphs: list[Paragraph] = Field(description="Paragraphs before any numbered section.")
    sections: list[Section] = Field(description="Numbered sections.")
    items: list[Item] = Field(description=(
        "Entries of a list of names or numbered items (names side by side on a line, a gap apart, are entries of "
        "their own, each with the line's span)."))
    tables: list[Table] = Field(description="Tables.")
    label_span: Span | None = Field(description="Line of the 附件 label.")
    title_span: Span | None = Field(description="Lines of the title.")
    span: Span = Field(description="Lines of the whole attachment.")
    page: int | None = Field(default=None, description="Printed page it starts on, when known.")


class Document(Model):
    """One official document (公文) with its GB/T 9704-2012 elements."""

    title: str | None = Field(description="Title, one string however many lines it was split over.")
    subtitle: str | None = Field(default=None, description="Parenthesised line under the title (not the mark that "
                                 "the text goes on from the last issue, （接上期）: a note since 1.13).")
    kind: str | None = Field(description=(
        "文种: one of the 15 kinds, or null when the title names none; for a court's 文书 that a court's gazette "
        "prints (民事判决书, 行政裁定书 …), its name, since 1.6; 指示 or 布告, kinds of earlier rules, since 1.7."))
    category: str | None = Field(default=None, description="The part of the issue the document is printed in "
                                 "(省政府文件), from a 【…】 heading above it or from its TOC entry. Since 1.1.")
    issuer: str | None = Field(description="Issuing organ(s), from the red header or the title.")
    copy_number: str | None = Field(default=None, description="份号 printed above the red header (000123). Since 1.2.")
    classification: str | None = Field(default=None, description="密级和保密期限 (机密★1年). Since 1.2.")
    urgency: str | None = Field(default=None, description="紧急程度 (特急, 加急). Since 1.2.")
    doc_number: DocNumber | None = Field(description="发文字号, or null.")
    addressees: list[str] = Field(description="主送机关, split on the commas between them.")
    preamble: list[Paragraph] = Field(default_factory=list, description="Text before the first section.")
    sections: list[Section] = Field(description="Body as a tree of numbered sections.")
    tables: list[Table] = Field(default_factory=list, description="Tables in the body outside any section.")
    attachment_notes: list[AttachmentNote] = Field(description="附件说明.")
    closing_formula: list[Paragraph] = Field(default_factory=list, description=(
        "The formula that closes the text (特此通知。 · 此复。 · 妥否，请批示。), a report's closing call "
        "(各位代表！…让我们…而努力奋斗！), or a clause that closes a text of sections (本通知自印发之日起施行。 · "
        "《某某条例》根据本决定作相应修改，重新公布。; since 1.10), outside its last section. Since 1.4."))
    attendance: list[Attendance] = Field(default_factory=list, description=(
        "A 纪要's lists of who attended, was excused and sat in (出席, 请假, 列席), printed after its text. "
        "Since 1.4."))
    appointments: list[Appointment] = Field(default_factory=list, description=(
        "The appointments and removals a 任免 document lists (任命张三为…；免去李四的…职务), where its title or "
        "category names 任免; read from its paragraphs, which stay in the text. Since 1.8."))
    chronicle: list[ChronicleEntry] = Field(default_factory=list, description=(
        "The entries of a 大事记 (a title naming 大事记), each a day and what happened; read from its paragraphs, "
        "which stay in the text. Since 1.8."))
    signatories: list[str] = Field(description="发文机关署名.")
    date: str | None = Field(description="成文日期, ISO 8601.")
    date_month: str | None = Field(default=None, description=(
        "成文日期 printed with a year and a month and no day (2021年3月), as YYYY-MM; ``date`` is then null. "
        "Since 1.5."))
    notes: list[Note] = Field(description="附注 and 版记, each line as printed; and the marks that the text goes on "
                              "in the next issue (（未完待续）, since 1.12) or from the last (（接上期）, since 1.13).")
    imprint: Imprint | None = Field(default=None, description="The 版记 read into its parts (its lines are also "
                                    "in ``notes``); it may stand after the attachments. Since 1.2.")
    footnotes: list[Footnote] = Field(default_factory=list, description=(
        "Footnotes its text refers to; the reference (``[^1]``) stays in the text as printed. Their lines may lie "
        "outside the document's span (pandoc writes all of a file's footnotes at its end). Since 1.6."))
    enclosures: list[Document] = Field(description="Documents this one issues or forwards (印发/转发/批转).")
    attachments: list[Attachment] = Field(description="Attachments after an 附件 label.")
    metadata: dict[str, str] = Field(default_factory=dict, description=(
        "Key-value metadata printed with it (a web page's 发文机关, a law database's 【发文字号】, a 规范性文件's "
        "规范性文件编号 such as ZJSP01-2018-0002, the 发布时间 and 来源 of a web page's chrome)."))
    page: int | None = Field(description="Printed page the document starts on (from furniture or the TOC).")
    title_span: Span | None = Field(description="Lines of the title.")
    header_span: Span | None = Field(default=None, description="Lines of red header, title, 文号 and 主送机关.")
    addressees_span: Span | None = Field(default=None, description="Lines of the 主送机关.")
    signatories_span: Span | None = Field(default=None, description="Lines of the 署名.")
    date_span: Span | None = Field(default=None, description="Line of the 成文日期.")
    span: Span = Field(description="Lines of the whole document, attachments included.")


class Furniture(Model):
    """A line of page furniture removed from the text: page number, running header, form feed."""

    kind: Literal["page-number", "running-header", "separator", "comment", "table-continued", "web-chrome",
                  "page-note", "highlights"] = Field(
        description="What the line was: a page number, a running header, a rule, a comment or image, a "
                    "续表 caption (the table goes on across it), what a web page prints around a document "
                    "(breadcrumb, publication time and views, font size, print and close buttons, site footer), "
                    "a note on the page itself ((此页无正文): the page holds no text, only the 署名; since 1.4), "
                    "or a line of the list of highlights printed above the 目录, which lists the same documents "
                    "(本期要目 and the titles under it; since 1.5).")
    text: str = Field(description="The line's text.")
    page: int | None = Field(description="Page number it tells, if any.")
    span: Span = Field(description="The line.")


class GazetteFile(Model):
    """Everything parsed from one input file."""

    schema_version: str = Field(default=SCHEMA_VERSION, description="Version of this output contract.")
    source: Source = Field(description="The input file.")
    gazette: Gazette | None = Field(description="Masthead and colophon; null when the input is a single document.")
    toc: list[TocEntry] = Field(description="Table of contents.")
    toc_span: Span | None = Field(default=None, description="Lines of the TOC, heading and categories included.")
    documents: list[Document] = Field(description="Official documents in source order.")
    furniture: list[Furniture] = Field(default_factory=list, description="Page furniture removed from the text.")
    unclassified: list[Paragraph] = Field(
        default_factory=list, description="Text that fits nowhere else (each also an X002 diagnostic)."
    )
    diagnostics: list[Diagnostic] = Field(description="Problems found, in line order.")


Section.model_rebuild()
Document.model_rebuild()
