"""The sample issue in the forms other converters produce gives the same structure."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from converters import to_html, to_layout, to_marker, to_pandoc, to_plain
from gazette_parse import parse
from gazette_parse.boundaries import title_key
from gazette_parse.models import Document, GazetteFile, Section
from gazette_parse.source import MIXED_ENCODING, MOJIBAKE_ENCODING, InputError, read_source
from gazette_parse.variants import SIMPLIFIED, TRADITIONAL

ROOT = Path(__file__).resolve().parent.parent


def _doc_shape(d: Document) -> tuple[object, ...]:
    # Punctuation width differs between forms (, vs ，), so titles and addressees compare by title_key.
    return (title_key(d.title or ""), d.kind, d.doc_number and d.doc_number.text, d.date,
            [title_key(a) for a in d.addressees], d.signatories,
            [(s.marker_kind, s.number, title_key(s.title or "")) for s in d.sections],
            [_doc_shape(e) for e in d.enclosures],
            [(title_key(a.title or ""), len(a.items), [len(t.rows) for t in a.tables]) for a in d.attachments])


def shape(r: GazetteFile) -> tuple[object, ...]:
    g = r.gazette
    assert g is not None
    return ((g.year, g.issue, g.cumulative_issue, g.publication_date, g.cn_number),
            [(title_key(e.title), e.doc_number, e.page, e.document) for e in r.toc],
            [_doc_shape(d) for d in r.documents])


@pytest.fixture(scope="module")
def markdown_shape(sample_text: str) -> tuple[object, ...]:
    return shape(parse(sample_text))


def test_plain_fullwidth_crlf(sample_text: str, markdown_shape: tuple[object, ...]) -> None:
    plain = to_plain(sample_text)
    assert "\r\n" in plain and "#" not in plain and "，" in plain
    result = parse(plain)
    assert shape(result) == markdown_shape
    assert result.unclassified == []


def test_pdftotext_layout_with_furniture(sample_text: str, markdown_shape: tuple[object, ...]) -> None:
    layout = to_layout(sample_text)
    assert "\f" in layout and "—3—" in layout
    result = parse(layout)
    assert shape(result) == markdown_shape
    assert result.unclassified == []
    kinds = {f.kind for f in result.furniture}
    assert {"page-number", "running-header"} <= kinds
    # Pages come from the footers now, and each section knows its page.
    assert all(d.page is not None for d in result.documents)
    assert all(s.page is not None for d in result.documents for s in d.sections)
    # The paragraphs come back whole: no paragraph ends in the middle of a sentence.
    doc = result.documents[2]
    first = doc.sections[0].paragraphs[0].text
    assert first.startswith("深入贯彻党的十九大精神") and first.endswith("的目标。")


@pytest.mark.parametrize("cols", [48, 56, 64, 100])
@pytest.mark.parametrize("indent", ["", "  "])
def test_hard_wrapped(sample_text: str, markdown_shape: tuple[object, ...], cols: int, indent: str) -> None:
    """Hard-wrapped at widths down to GB/T 9704's 28 characters a line (56 columns) and below, with first-line
    indents (``pdftotext -layout``) or without (``pdftotext``: paragraphs are told apart only by where lines
    stop short), with blank lines between paragraphs or none."""
    for text in (to_layout(sample_text, cols=cols, indent=indent),
                 "\n".join(ln for ln in to_layout(sample_text, cols=cols, indent=indent).split("\n") if ln.strip())):
        result = parse(text)
        assert shape(result) == markdown_shape
        assert result.unclassified == []


def test_gb18030_bytes(tmp_path: Path, sample_text: str, markdown_shape: tuple[object, ...]) -> None:
    path = tmp_path / "issue.txt"
    path.write_bytes(to_plain(sample_text).encode("gb18030"))
    src = read_source(str(path))
    assert src.encoding == "gb18030"
    assert shape(parse(src.text, encoding=src.encoding)) == markdown_shape


def _as_windows_1252(data: bytes) -> str:
    """Bytes read as Windows-1252 the way browsers read it (the five bytes it leaves undefined as C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize("misread", [lambda b: b.decode("latin-1"), _as_windows_1252], ids=["latin-1", "cp1252"])
def test_gb18030_mojibake_is_repaired(tmp_path: Path, sample_text: str, markdown_shape: tuple[object, ...],
                                      misread: Callable[[bytes], str]) -> None:
    """GB18030 bytes once read as Latin-1 or Windows-1252 and saved as UTF-8 (Õã½­Ê¡ for 浙江省)."""
    path = tmp_path / "issue.md"
    path.write_text(misread(sample_text.encode("gb18030")), encoding="utf-8")
    src = read_source(str(path))
    assert src.text == sample_text and src.encoding == MOJIBAKE_ENCODING
    result = parse(src.text, encoding=src.encoding)
    assert shape(result) == markdown_shape and result.diagnostics[0].code == "X007"


def test_utf8_and_gb18030_lines_in_one_file(tmp_path: Path, sample_text: str) -> None:
    """A file made of a UTF-8 file and a GB18030 file put together: each line is decoded by itself (X009); a file
    with bytes of neither in many lines is still refused. Before, the whole file was undecodable."""
    lines = sample_text.split("\n")
    half = len(lines) // 2
    path = tmp_path / "joined.md"
    path.write_bytes("\n".join(lines[:half]).encode("utf-8") + b"\n" + "\n".join(lines[half:]).encode("gb18030"))
    src = read_source(str(path))
    assert src.text == sample_text and src.encoding == MIXED_ENCODING
    result = parse(src.text, encoding=src.encoding)
    assert next(d.code for d in result.diagnostics if d.code.startswith("X0")) == "X009"
    assert [d.title for d in result.documents] == [d.title for d in parse(sample_text).documents]
    path.write_bytes(sample_text.encode("gb18030"))  # (its short lines that are valid UTF-8 by chance are few)
    assert read_source(str(path)).encoding == "gb18030"
    path.write_bytes(b"\n".join([b"\x80 broken"] * 200 + ["浙江".encode(), "浙江".encode("gb18030")]))
    with pytest.raises(InputError, match="undecodable"):
        read_source(str(path))


@pytest.mark.parametrize("text", ["Le gouvernement a publié un décret à propos de l'économie. " * 30,
                                  "Ärger über Öl und Größe " * 40, "£¬ ¡£ " * 100])
def test_accented_latin_text_is_no_mojibake(tmp_path: Path, text: str) -> None:
    path = tmp_path / "text.txt"
    path.write_text(text, encoding="utf-8")
    assert read_source(str(path)).encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_encodings(tmp_path: Path, sample_text: str, encoding: str, markdown_shape: tuple[object, ...]) -> None:
    path = tmp_path / "issue.md"
    path.write_bytes(sample_text.encode(encoding))
    src = read_source(str(path))
    assert src.encoding == encoding
    assert shape(parse(src.text)) == markdown_shape


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path: Path, sample_text: str, encoding: str,
                           markdown_shape: tuple[object, ...]) -> None:
    """Some exporters write UTF-16 without a byte order mark: its NULs (the high bytes of ASCII characters)
    all fall on one side of each pair of bytes."""
    path = tmp_path / "issue.md"
    path.write_bytes(sample_text.encode(encoding))
    src = read_source(str(path))
    assert src.encoding == encoding
    assert shape(parse(src.text)) == markdown_shape


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_indented_with_full_width_spaces(tmp_path: Path, encoding: str) -> None:
    """A plain-text document whose paragraphs are indented with U+3000, in UTF-16 without a BOM: the space's
    low byte is a NUL too, on the other side of the pairs from the ASCII characters' (once read as binary)."""
    text = (ROOT / "tests" / "fixtures" / "minutes-numbered-as-issues-names-spaced.txt").read_text(encoding="utf-8")
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    src = read_source(str(path))
    assert (src.encoding, src.text) == (encoding, text)


@pytest.mark.parametrize("data", [b"\x00\x01binary\x00" * 50, b"ab\x00\x00" * 100, bytes(range(256)) * 4,
                                  "正文\n".encode("utf-16-le") + b"\x00"])
def test_nul_bytes_on_both_sides_of_pairs_are_binary(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(data)
    with pytest.raises(InputError, match="binary file"):
        read_source(str(path))


def test_a_stray_nul_or_nul_padding_in_text(tmp_path: Path, sample_text: str,
                                            markdown_shape: tuple[object, ...]) -> None:
    """A NUL or two in text (a damaged copy) become U+FFFD and their line gets X006; NULs padding a file out to a
    block's size go. Before, one NUL in the first 8 KB made the whole file "binary"."""
    data = sample_text.encode("utf-8")
    path = tmp_path / "issue.md"
    path.write_bytes(data[:5000] + b"\x00" + data[5000:])
    src = read_source(str(path))
    assert src.text == sample_text[:len(data[:5000].decode("utf-8"))] + "\ufffd" + data[5000:].decode("utf-8")
    result = parse(src.text)
    assert [d.code for d in result.diagnostics if d.code == "X006"] == ["X006"] and shape(result) == markdown_shape
    path.write_bytes(data + b"\x00" * 4096)
    assert read_source(str(path)).text == sample_text


def test_a_column_counts_the_zero_width_characters_before_it() -> None:
    """Zero-width characters are no text the parser reads, but a diagnostic's column counts them, as an editor
    does: the column is the line's as given."""
    text = "国务院关于某事的通知\n\n各省人民政府：\n\n现\u200b将\u200b\ufffd有关事项通知如下。\n\n国务院\n\n2018年3月1日\n"
    result = parse(text)
    (found,) = [d for d in result.diagnostics if d.code == "X006"]
    assert (found.span.start_line, found.column) == (5, 5)
    assert result.documents[0].preamble[0].text == "现将\ufffd有关事项通知如下。"


CORPUS = sorted(p for p in (ROOT / "tests" / "corpus").glob("*.txt") if "pdftotext" not in p.name)
FORMS = {
    "plain-crlf": to_plain,
    "html": to_html,
    "layout-64": to_layout,
    "layout-40": lambda t: to_layout(t, cols=40, page_lines=25),
    "layout-100": lambda t: to_layout(t, cols=100, page_lines=50),
    # pdftotext without -layout: hard-wrapped, no first-line indents (at 36 columns one file still differs: an
    # attachment's title runs into the caption under it)
    "wrapped-40": lambda t: to_layout(t, cols=40, indent=""),
    "wrapped-44": lambda t: to_layout(t, cols=44, indent=""),
    "wrapped-48": lambda t: to_layout(t, cols=48, indent=""),
    "wrapped-56": lambda t: to_layout(t, cols=56, indent=""),
    "wrapped-64": lambda t: to_layout(t, indent=""),
    "wrapped-100": lambda t: to_layout(t, cols=100, page_lines=50, indent=""),
    "marker": to_marker,
    "pandoc": to_pandoc,
}


#: The forms the corpus and the form fixtures are read in: those above, and hard-wrapped at 32 and 30 columns (at
#: 30, four fixtures misread before it was a form: a title and an office cut before their last words, an issue line
#: inside its bracket, a site's field before its organ's end, issuers at a national organ's end).
CORPUS_FORMS = {**FORMS, "wrapped-32": lambda t: to_layout(t, cols=32, indent=""),
                "wrapped-30": lambda t: to_layout(t, cols=30, indent="")}


@pytest.mark.parametrize("form", sorted(CORPUS_FORMS))
@pytest.mark.parametrize("path", CORPUS, ids=[p.name[:40] for p in CORPUS])
def test_corpus_documents_survive_conversion(path: Path, form: str) -> None:
    """Every corpus document re-made as hard-wrapped pdftotext-style text (several widths, down to 32 columns)
    or plain CRLF text gives the same documents, headers, sections, closings and attachments."""
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    expected = [_doc_shape(d) for d in parse(text).documents]
    assert [_doc_shape(d) for d in parse(CORPUS_FORMS[form](text)).documents] == expected


def test_mixed_issue_reads_the_same_in_every_form() -> None:
    """A synthetic 政报 issue with an order and its regulation, a notice issuing two documents, attachments with a
    table, a 版记 after them, and an interpretation: the same shape as markdown, plain text and layout text."""
    text = (ROOT / "tests" / "fixtures" / "zhengbao-issue-mixed.md").read_text(encoding="utf-8")
    result = parse(text)
    g = result.gazette
    assert g is not None and (g.title, g.issue, g.cumulative_issue, g.publication_date) == ("湖北政报", 6, 800, "2022-03-31")
    assert [e.document for e in result.toc] == [0, 1, 2, 3]
    order, issuing, notice, reading = result.documents
    assert order.signatories == ["省长 王某某"] and [e.title for e in order.enclosures] == ["湖北省丁管理办法"]
    assert [e.title for e in issuing.enclosures] == ["湖北省甲专项规划", "湖北省乙行动方案"]
    assert notice.imprint is not None and notice.imprint.printed_on == "2022-03-11"
    assert [a.title for a in notice.attachments] == ["丙工作任务分工表", "丙工作联系人名单"]
    assert reading.category == "政策解读" and not result.unclassified and not result.diagnostics
    for form in (to_plain(text), to_layout(text), to_layout(text, cols=100, page_lines=50, indent="")):
        assert shape(parse(form)) == shape(result)


FORM_FIXTURES = ["state-council-gazette-with-appointments.txt", "shanghai-style-issue-with-order-and-reading.txt",
                 "gazette-frequency-line-and-full-colophon.txt", "titles-dated-under-them.txt",
                 "npc-standing-committee-gazette.txt", "speech-work-report.txt",
                 "statistical-communique-byline-under-title.md", "older-gazette-titles-dated-no-closing.txt",
                 "law-markdown-with-amendments.md", "judicial-interpretation-articles-grouped.md",
                 "court-gazette-judgments.txt", "mirror-page-with-its-chrome.txt",
                 "older-documents-signed-by-office.txt", "issue-toc-mostly-appointments-and-chronicle.txt",
                 "issue-toc-listing-a-register-and-a-news-item.md", "toc-listing-what-an-order-and-a-notice-issue.txt",
                 "toc-numbered-categories.txt", "minutes-numbered-as-issues-names-spaced.txt",
                 "leading-group-members-and-an-appendix.txt", "annual-index-of-a-gazette.txt"]


@pytest.mark.parametrize(("name", "form"), [
    (name, form) for name in FORM_FIXTURES for form in sorted(CORPUS_FORMS)
    # (at 32 columns a numbered heading that fills the page's last line runs into the next page's text)
    if not (form == "wrapped-32" and name == "older-gazette-titles-dated-no-closing.txt")])
def test_fixtures_read_the_same_in_every_form(name: str, form: str) -> None:
    """Two more issues in every converted form: a State Council gazette (人事任免 after a plan whose items end in
    a bracketed note) and a Shanghai-style one (an order signed 市长　龚正, a regulation with article topics in
    round brackets, a plan issued by 《…》 whose title fills a wrapped line, an interpretation) and a Guangdong-style
    one (a notice whose title shortens the plan it issues, which the paragraph quotes in full, with its years);
    and titles dated by the line under them, that line wrapped over two or three lines at narrow widths; a
    人大常委会公报 (its office and day under the masthead, a 公告 whose 文种 stands under its issuer, a speech);
    a work report given as a speech (a dash line and a byline under the title); a 统计公报 with its issuers and
    date under the title; documents of an older gazette, dated under their titles with no closing; a law with its
    amendments under the adoption line; a judicial interpretation with its articles grouped under 一、 parts; and
    older documents (an order with no number, an 指示 dated under its title and signed 总理　周恩来 with no date
    under it, a 布告, a 署名 letter-spaced); and an issue whose TOC lists more appointments and chronicles than
    documents with a 文种, under category headings, one that lists a register of rules and a news item, and one that
    lists what an order and a notice issue under them, and one whose categories are numbered (三、政策解读)."""
    text = (ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8")
    original, converted = parse(text), parse(CORPUS_FORMS[form](text))
    assert [_doc_shape(d) for d in converted.documents] == [_doc_shape(d) for d in original.documents]
    assert (converted.gazette is None) == (original.gazette is None)
    if original.gazette is not None:
        assert shape(converted) == shape(original)
    assert len(converted.unclassified) == len(original.unclassified)


@pytest.mark.parametrize("header", ["省政府办公厅文件", "2018年第12期", "ZHEJIANG GAZETTE", ("浙江省人民政府公报", "省政府办公厅文件")])
def test_running_headers_of_any_wording(sample_text: str, markdown_shape: tuple[object, ...],
                                        header: str | tuple[str, str]) -> None:
    """A line that opens page after page is a running header, whatever it says; two may alternate. With short
    pages the TOC runs over page breaks, and entries wrapped across them come back whole."""
    toc = [(e.title, e.category, e.page) for e in parse(sample_text).toc]
    for page_lines in (40, 12):
        result = parse(to_layout(sample_text, header=header, page_lines=page_lines))
        assert shape(result) == markdown_shape and result.unclassified == []
        assert [(e.title, e.category, e.page) for e in result.toc] == toc
        headers = [f for f in result.furniture if f.kind == "running-header"]
        wording = {header} if isinstance(header, str) else set(header)
        assert sum(1 for f in headers if f.text in wording) >= 10


def test_attachment_labels_opening_pages_stay_labels() -> None:
    """Several documents, each with an 附件 on a page of its own: the labels open many pages but are no running
    header."""
    docs = []
    for n in range(4):
        docs.append(f"某某部关于第{n}项工作的通知\n\n某发〔2020〕{n + 1}号\n\n各省人民政府：\n\n  现将名单印发给你们。\n\n"
                    f"  附件：第{n}项名单\n\n某某部\n\n2020年1月{n + 1}日\n\n                —{2 * n + 1}—\n\f附件\n\n第{n}项名单\n\n"
                    f"张三\n\n李四\n\n                —{2 * n + 2}—\n")
    result = parse("\f".join(docs))
    assert [len(d.attachments) for d in result.documents] == [1, 1, 1, 1]
    assert not [f for f in result.furniture if f.kind == "running-header"] and not result.unclassified


def test_saved_web_page_of_the_sample(sample_text: str, markdown_shape: tuple[object, ...]) -> None:
    """The sample as a saved web page (each line a <p>, head and script around it) reads the same."""
    result = parse(to_html(to_plain(sample_text).replace("\r\n", "\n")))
    assert shape(result) == markdown_shape and result.unclassified == []


@pytest.mark.parametrize("cols", [28, 30, 32, 36])
def test_the_sample_hard_wrapped_narrow_leaves_no_line_unread(sample_text: str, cols: int) -> None:
    """Narrower than the widths above: every line is read, and the colophon's fields as in the markdown, where the
    wrap cut its issue line in its bracket (2018年第12期(总第1199 / 期)), its web address (网址:http:// /
    zfgb.zj.gov.cn) and its printer's name. Before, 1 to 5 lines were unclassified at 28 to 32 columns, and at 28
    and 30 the address was http:// and the printer none. (The documents are not compared: a wrap so narrow leaves
    some of their paragraphs and issued titles no telling apart.)"""
    plain = parse(sample_text).gazette
    result = parse(to_layout(sample_text, cols=cols, indent=""))
    g = result.gazette
    assert plain is not None and g is not None and not result.unclassified
    fields = ("year", "issue", "cumulative_issue", "url", "printer", "sponsor", "editor", "address", "phone")
    assert [getattr(g, f) for f in fields] == [getattr(plain, f) for f in fields]


@pytest.mark.slow
def test_sample_as_layout_text_in_every_width_page_length_and_header(sample_text: str,
                                                                    markdown_shape: tuple[object, ...]) -> None:
    """180 renderings: widths 48–100, with and without first-line indents, pages of 12, 25 or 40 lines (page
    breaks fall inside the TOC, titles and the colophon), three kinds of running header, with and without blank
    lines. Every one reads as the markdown does, with no line unclassified."""
    failed = []
    for cols, indent, page_lines, header, dense in itertools.product(
            [48, 56, 64, 80, 100], ["", "  "], [12, 25, 40],
            ["浙江省人民政府公报    2018年第12期", "省政府办公厅文件", ("浙江政报", "2018年第12期")], [False, True]):
        text = to_layout(sample_text, cols=cols, indent=indent, page_lines=page_lines, header=header)
        if dense:
            text = "\n".join(line for line in text.split("\n") if line.strip())
        result = parse(text)
        if shape(result) != markdown_shape or result.unclassified:
            failed.append((cols, indent, page_lines, header, dense))
    assert failed == []


@pytest.mark.slow
@pytest.mark.parametrize("path", CORPUS, ids=[p.name[:40] for p in CORPUS])
def test_corpus_documents_over_short_pages(path: Path) -> None:
    """Short pages put page breaks (a footer, a form feed and the gazette's running header) inside titles, between a
    署名 and its date, and at the top of the file; with and without indents and blank lines, every corpus
    document reads as it does unbroken."""
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    expected = [_doc_shape(d) for d in parse(text).documents]
    for cols, indent, dense in itertools.product([56, 100], ["", "  "], [False, True]):
        form = to_layout(text, cols=cols, indent=indent, page_lines=12)
        if dense:
            form = "\n".join(line for line in form.split("\n") if line.strip())
        assert [_doc_shape(d) for d in parse(form).documents] == expected, (cols, indent, dense)


def _paragraphs(result: GazetteFile) -> list[str]:
    """Every paragraph's text, in order."""
    out: list[str] = []

    def walk(sections: list[Section]) -> None:
        for s in sections:
            out.extend(p.text for p in s.paragraphs)
            walk(s.sections)

    for d in result.documents:
        out.extend(p.text for p in d.preamble)
        walk(d.sections)
    return out


@pytest.mark.parametrize("name", ["govdoc-cn__397-fagaibancaijingui-2019-860__pdftotext-layout.txt", "sample-wrapped"])
def test_hard_wrapped_text_pasted_one_line_a_paragraph(sample_text: str, name: str) -> None:
    """Hard-wrapped text with a blank line between every two lines (a PDF pasted into a web page one ``<p>`` a line)
    reads as the hard-wrapped text does: its wrap is told from where most lines stop, mid-sentence."""
    text = to_layout(sample_text, cols=56, indent="") if name == "sample-wrapped" else \
        (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8")
    pasted = "\n\n".join(line for line in text.split("\n") if line.strip())
    original, converted = parse(text), parse(pasted)
    assert [_doc_shape(d) for d in converted.documents] == [_doc_shape(d) for d in original.documents]
    assert _paragraphs(converted) == _paragraphs(original)


@pytest.mark.parametrize("cols", [40, 36])
def test_text_pasted_one_line_a_paragraph_from_a_narrow_column(sample_text: str, cols: int) -> None:
    """The same at a gazette column's width, 16 to 18 letters: the wrap is told where most lines that reach it hold
    prose. Every paragraph reads whole; where a sentence ends at the wrap, nothing tells the paragraph under it
    apart, so a pasted paragraph may be two or more of the original's, in order, never a part of one. Before, every
    line was a paragraph of its own."""
    text = to_layout(sample_text, cols=cols, indent="")
    pasted = "\n\n".join(line for line in text.split("\n") if line.strip())
    original, converted = parse(text), parse(pasted)
    assert [d.title for d in converted.documents] == [d.title for d in original.documents]
    want, got = _paragraphs(original), _paragraphs(converted)
    k = 0
    for paragraph in got:  # each a run of the original's paragraphs, joined
        run = ""
        while k < len(want) and len(run) < len(paragraph):
            run += want[k]
            k += 1
        assert run == paragraph
    assert k == len(want) and len(got) >= 0.9 * len(want)


#: Simplified characters as traditional ones: the first traditional character the table reads as each.
TO_TRADITIONAL: dict[int, str] = {}
for _t, _s in zip(TRADITIONAL, SIMPLIFIED, strict=True):
    TO_TRADITIONAL.setdefault(ord(_s), _t)


def _traditional(value: object) -> object:
    """Every string in ``value`` (a JSON value) in traditional characters."""
    if isinstance(value, str):
        return value.translate(TO_TRADITIONAL)
    if isinstance(value, list):
        return [_traditional(v) for v in value]
    if isinstance(value, dict):
        return {k: _traditional(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("name", ["older-documents-signed-by-office.txt", "state-council-gazette-with-appointments.txt",
                                  "minutes-numbered-as-issues-names-spaced.txt", "annual-index-of-a-gazette.txt",
                                  "zhengbao-issue-mixed.md", "two-column-issue-pdftotext-layout.txt",
                                  "cms-markdown-number-after-label.md", "html-table-multiline.md"])
def test_traditional_characters_read_as_the_simplified_text_is(name: str) -> None:
    """A text in traditional characters (國務院關於…的通知　國發〔1956〕12號) reads as its simplified copy does, and
    what is read from it is given in its characters: titles, paragraphs, 文号 as printed. The canonical forms the
    parser writes itself (a 文号's text, the kind) stay simplified. X010 tells the text was traditional."""
    simplified = (ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8")
    traditional = simplified.translate(TO_TRADITIONAL)
    assert traditional != simplified
    plain, old = parse(simplified), parse(traditional)
    assert [d.code for d in old.diagnostics if d.code == "X010"] == ["X010"]
    old.diagnostics = [d for d in old.diagnostics if d.code != "X010"]
    mine, theirs = plain.model_dump(exclude={"source"}), old.model_dump(exclude={"source"})
    assert _traditional(theirs) == _traditional(mine)  # read the same
    for a, b in zip(plain.documents, old.documents, strict=True):
        assert b.title == _traditional(a.title) and b.kind == a.kind
        assert (b.doc_number and (b.doc_number.text, b.doc_number.raw)) == (
            a.doc_number and (a.doc_number.text, _traditional(a.doc_number.raw)))
        assert [p.text for p in b.preamble] == [_traditional(p.text) for p in a.preamble]
        assert b.signatories == _traditional(a.signatories) and b.addressees == _traditional(a.addressees)
    assert [e.title for e in old.toc] == [_traditional(e.title) for e in plain.toc]
    assert [u.text for u in old.unclassified] == [_traditional(u.text) for u in plain.unclassified]
    # every paragraph and table cell, also of text read in two columns (interleaved with the other column's)
    assert _texts(theirs) == _traditional(_texts(mine))


def _texts(value: object) -> list[str]:
    """The paragraphs' texts and the table cells in a JSON value, in order."""
    found: list[str] = []
    if isinstance(value, dict):
        if set(value) >= {"text", "span"} and isinstance(value["text"], str) and "agency_code" not in value:
            found.append(value["text"])
        for key in ("header", "rows"):
            if isinstance(value.get(key), list):
                found.extend(str(c) for row in ([value[key]] if key == "header" else value[key]) for c in row)
        for v in value.values():
            found.extend(_texts(v))
    elif isinstance(value, list):
        for v in value:
            found.extend(_texts(v))
    return found


@pytest.mark.parametrize("name", ["older-documents-signed-by-office.txt", "state-council-gazette-with-appointments.txt"])
def test_big5_is_told_from_gb18030(tmp_path: Path, name: str) -> None:
    """A text in traditional characters in Big5 (as Taiwan, Hong Kong and old archives keep them) decodes as
    GB18030 into rare characters (國務院 as い地チ); it is read as Big5, and parses as the text does. The same
    text in GB18030, and a simplified text in GB18030, stay GB18030."""
    text = (ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8").translate(TO_TRADITIONAL)
    text = text.encode("cp950", errors="replace").decode("cp950")  # (what Big5 cannot hold, as ?)
    big5, gb = tmp_path / "big5.txt", tmp_path / "gb.txt"
    big5.write_bytes(text.encode("cp950"))
    gb.write_bytes(text.encode("gb18030"))
    assert (read_source(str(big5)).encoding, read_source(str(big5)).text) == ("cp950", text)
    assert (read_source(str(gb)).encoding, read_source(str(gb)).text) == ("gb18030", text)
    simplified = tmp_path / "simplified.txt"
    simplified.write_bytes((ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8").encode("gb18030"))
    assert read_source(str(simplified)).encoding == "gb18030"


AWARD = ("某某省人民政府关于表彰2019年度全省安全生产先进集体和先进个人的决定\n\n某政发〔2020〕3号\n\n各市人民政府，省政府直属各单位：\n\n"
         "2019年，全省各地、各部门认真贯彻落实关于安全生产工作的决策部署，涌现出一批先进集体和先进个人。为表彰先进，省政府决定，"
         "授予某某市应急管理局等30个单位“全省安全生产先进集体”称号，授予张三等50名同志“全省安全生产先进个人”称号。\n\n"
         "希望受到表彰的集体和个人珍惜荣誉，再接再厉，为全省安全生产形势持续稳定好转作出新的更大贡献。\n\n"
         "附件：1．全省安全生产先进集体名单\n　　　2．全省安全生产先进个人名单\n\n某某省人民政府\n\n2020年1月20日\n\n"
         "附件1\n\n全省安全生产先进集体名单\n\n（30个）\n\n甲市（5个）\n\n"
         "甲市应急管理局　甲市消防救援支队　甲市某某区人民政府　甲市某某县应急管理局　甲市某某化工有限公司\n\n"
         "乙市（3个）\n\n乙市应急管理局　乙市交通运输局　乙市某某镇人民政府\n\n"
         "附件2\n\n全省安全生产先进个人名单\n\n（50名）\n\n甲市（2名）\n\n张　三　甲市应急管理局局长\n\n李四光　甲市某某区副区长\n")


def _lists(result: GazetteFile) -> list[tuple[list[str], list[str]]]:
    return [([p.text for p in a.paragraphs], [i.text for i in a.items]) for a in result.documents[0].attachments]


def test_lists_of_units_and_names_keep_their_words_apart() -> None:
    """The units an award names, a full-width space apart, are items of their own, and names before their posts
    keep a space between them; before, every space between Han characters went, and the units ran together into
    one word (and later, a line of them was one paragraph)."""
    assert _lists(parse(AWARD)) == [
        ([], ["甲市（5个）", "甲市应急管理局", "甲市消防救援支队", "甲市某某区人民政府", "甲市某某县应急管理局", "甲市某某化工有限公司",
              "乙市（3个）", "乙市应急管理局", "乙市交通运输局", "乙市某某镇人民政府"]),
        ([], ["甲市（2名）", "张三 甲市应急管理局局长", "李四光 甲市某某区副区长"])]


@pytest.mark.parametrize(("cols", "indent"), [(c, i) for c in range(32, 66, 2) for i in ("", "　　") if (c, i) != (36, "")])
def test_a_list_of_units_a_hard_wrap_cut_reads_as_on_one_line(cols: int, indent: str) -> None:
    """A list hard-wrapped (…甲市消防救援 / 支队　甲市某某区人民政府　甲 / 市某某县…) is read from its lines run
    together: a word the wrap cut goes on, and where the wrap fell in a gap (…甲市某某区人民政府 / 甲市某某县…)
    the gap is told by the line stopping short of the wrap or by the unit's name ending there; its last line
    (…乙市某某镇人民政府) is no 署名; a line that fills the wrap keeps apart from the short heading under it over a
    blank line (乙市（3个）). (Not at 36 columns without indents: there units run together where the wrap fell in
    a gap, and the heading under the list is taken in.)"""
    assert _lists(parse(to_layout(AWARD, cols=cols, indent=indent))) == _lists(parse(AWARD))


ANNOUNCEMENT = ("某某省人民政府公告\n\n第12号\n\n根据《中华人民共和国土地管理法》第四十六条规定，经省人民政府批准，现将某某市2020年度第3批次"
                "城市建设用地征收土地事项公告如下：\n\n一、征收土地位置：某某区某某街道。\n\n二、征收土地面积：共计12.3456公顷。\n\n"
                "特此公告。\n\n某某省人民政府\n\n2020年12月1日\n")


@pytest.mark.parametrize("cols", [64, 80])
def test_a_sentence_a_wrap_cut_after_a_word_that_ends_titles_is_no_title(cols: int) -> None:
    """A short 公告 hard-wrapped (too short to tell the wrap): at 64 columns its first sentence breaks after
    ``…事项公告``, over ``如下：``. Before, the sentence ended like a title and was taken for the document's; a
    text with a comma outside a quoted title is no title. (At 40 columns, too few lines tell the wrap, and the
    sentence stays in its lines: see Known limitations.)"""
    (doc,) = parse(to_layout(ANNOUNCEMENT, cols=cols, indent="")).documents
    assert doc.title == "某某省人民政府公告" and doc.preamble[0].text.endswith("公告如下：")


CIRCULAR = ("某某省人民政府办公厅关于2020年度全省安全生产工作考核结果的通报\n\n某政办发〔2021〕15号\n\n"
            "各市、县（市、区）人民政府，省政府直属各单位：\n\n"
            "根据《某某省安全生产工作考核办法》，省安全生产委员会办公室组织对各设区市2020年度安全生产工作进行了考核。"
            "经省政府同意，现将考核结果通报如下：\n\n一、考核结果\n\n"
            "甲市、乙市、丙市考核结果为优秀，丁市、戊市考核结果为良好，其余设区市考核结果为合格。\n\n二、有关要求\n\n"
            "（一）巩固提升。各地要认真总结经验，巩固提升安全生产工作水平。\n\n"
            "（二）狠抓整改。考核中发现的问题，各地要逐项制定整改措施，于2021年6月30日前将整改情况报省安委办。\n\n"
            "附件：1.2020年度设区市安全生产工作考核结果\n      2.2020年度安全生产工作考核发现问题清单\n\n"
            "某某省人民政府办公厅\n2021年4月2日\n\n（此件公开发布）\n\n"
            "{label1}\n\n2020年度设区市安全生产工作考核结果\n\n优秀：甲市、乙市、丙市\n\n良好：丁市、戊市\n\n合格：己市、庚市、辛市\n\n"
            "{label2}\n\n2020年度安全生产工作考核发现问题清单\n\n一、部分地区隐患排查治理不够彻底。\n\n二、部分企业主体责任落实不到位。\n")


def _closing_shape(result: GazetteFile) -> list[object]:
    return [([(n.number, n.title) for n in d.attachment_notes],
             [(a.number, a.title, [p.text for p in a.paragraphs], [s.marker for s in a.sections]) for a in d.attachments])
            for d in result.documents] + [[p.text for p in result.unclassified]]


@pytest.mark.parametrize("labels", [("附件1", "附件2"), ("【附件1】", "【附件2】")])
@pytest.mark.parametrize("indent", ["", "　　"])
@pytest.mark.parametrize("cols", range(32, 66, 2))
def test_a_circular_with_its_attachments_hard_wrapped_reads_as_unwrapped(labels: tuple[str, str], cols: int,
                                                                         indent: str) -> None:
    """An 附件说明 whose first entry fills the line keeps its second (附件：1.2020年度…考核结果 / 2.2020年度…: the
    number reads as a decimal's); an attachment's title that fills the line keeps apart from the lines under it over
    a blank line (2020年度…考核结果 / / 优秀：甲市…), and over a page break (at 42 and 44 columns, without indents):
    the 附件说明 announced it."""
    text = CIRCULAR.format(label1=labels[0], label2=labels[1])
    assert _closing_shape(parse(to_layout(text, cols=cols, indent=indent))) == _closing_shape(parse(text))


REPORT = ("政府工作报告\n\n——2021年1月25日在某某省第十三届人民代表大会第五次会议上\n\n某某省省长　张三\n\n各位代表：\n\n"
          "现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协各位委员提出意见。\n\n"
          "一、2020年和“十三五”工作回顾\n\n2020年是极不平凡的一年。面对严峻复杂的国内外形势，全省上下攻坚克难，经济社会发展取得显著成效。\n\n"
          "二、关于推进数字经济高质量发展\n\n会议听取了省经信厅关于全省数字经济发展情况的汇报，要坚持创新驱动，加快数字产业化。\n\n"
          "三、关于全省安全生产工作和防灾减灾\n\n会议强调，各地、各部门要压实安全生产责任，深入开展隐患排查整治。\n\n"
          "四、2021年重点工作\n\n今年是“十四五”开局之年，做好政府工作，要坚持稳中求进工作总基调。\n")


@pytest.mark.parametrize("cols", [36, 40, 44])
def test_a_heading_that_stops_short_of_the_wrap_keeps_apart_from_the_text_under_it(cols: int) -> None:
    """Hard-wrapped with no blank lines and no first-line indents, a heading (一、…) that stops a letter or more
    short of the wrap is whole: the wrap did not cut it, so the text under it is no part of it (before, at 36
    columns, 一、2020年和“十三五”工作回顾 and 二、关于推进数字经济高质量发展 took in the line under them)."""
    wrapped = "\n".join(line for line in to_layout(REPORT, cols=cols, indent="").split("\n") if line.strip())

    def titles(text: str) -> list[tuple[str, str | None]]:
        (doc,) = parse(text).documents
        return [(s.marker, s.title) for s in doc.sections]

    assert titles(wrapped) == titles(REPORT) == [
        ("一、", "2020年和“十三五”工作回顾"), ("二、", "关于推进数字经济高质量发展"), ("三、", "关于全省安全生产工作和防灾减灾"),
        ("四、", "2021年重点工作")]
