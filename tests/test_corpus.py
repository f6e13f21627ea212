"""Real documents in other formats and eras: the header and closing, read off each file by hand."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from converters import title_lines, to_layout_html, to_word_html
from gazette_parse import parse
from gazette_parse.models import GazetteFile, Section

CORPUS = Path(__file__).parent / "corpus"
GOV = ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]

# file prefix: (title, 文号, addressees, signatories, date)
EXPECTED = {
    "govcn-sc__guobanfa-1996-25": (
        "国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知", "国办发〔1996〕25号",
        ["北京市、天津市、河北省、山西省、内蒙古自治区、辽宁省、吉林省、黑龙江省、上海市、江苏省、浙江省、安徽省、"
         "福建省、江西省、山东省、河南省、湖北省、湖南省、广东省、广西壮族自治区、陕西省、甘肃省人民政府",
         "沈阳、北京、兰州、济南、南京、广州军区"],
        ["国务院办公厅", "中央军委办公厅"], "1996-06-29"),
    "govcn-sc__guobanfa-2018-108": (
        "国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报", "国办发〔2018〕108号", GOV,
        ["国务院办公厅"], "2018-11-19"),
    "govcn-sc__guobanfa-2018-118": (
        "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见",
        "国办发〔2018〕118号", GOV, ["国务院办公厅"], "2018-12-05"),
    "govcn-sc__guobanfa-2018-123": (
        "国务院办公厅关于推进政务新媒体健康有序发展的意见", "国办发〔2018〕123号", GOV, ["国务院办公厅"], "2018-12-07"),
    "govcn-sc__guobanfa-2018-126": (
        "国务院办公厅关于推广第二批支持创新相关改革举措的通知", "国办发〔2018〕126号", GOV, ["国务院办公厅"],
        "2018-12-23"),
    "govcn-sc__guobanfa-2018-128": (
        "国务院办公厅关于印发“无废城市”建设试点工作方案的通知", "国办发〔2018〕128号", GOV, ["国务院办公厅"],
        "2018-12-29"),
    "govcn-sc__guobanfa-2019-04": (
        "国务院办公厅关于加强三级公立医院绩效考核工作的意见", "国办发〔2019〕4号", GOV, ["国务院办公厅"], "2019-01-16"),
    "govcn-sc__guobanfamingdian-2018-15": (
        "国务院办公厅关于2019年部分节假日安排的通知", "国办发明电〔2018〕15号", GOV, ["国务院办公厅"], "2018-12-04"),
    "govcn-sc__guofa-1981-88": (
        "国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知", "国发〔1981〕88号",
        ["各省、市、自治区人民政府", "国务院有关部委、直属机构"], ["国务院"], "1981-05-23"),
    "govcn-sc__guofa-2004-18": (
        "国务院关于印发《国务院工作规则》的通知", "国发〔2004〕18号", GOV, ["国务院"], "2004-06-26"),
    "govcn-sc__guofa-2018-38": (
        "国务院关于支持自由贸易试验区深化改革创新若干措施的通知", "国发〔2018〕38号", GOV, ["国务院"], "2018-11-07"),
    "govcn-sc__guofa-2018-42": (
        "国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见", "国发〔2018〕42号", GOV, ["国务院"],
        "2018-12-21"),
    "govcn-sc__guofa-2019-04": (
        "国务院关于印发国家职业教育改革实施方案的通知", "国发〔2019〕4号", GOV, ["国务院"], "2019-01-24"),
    "govcn-sc__guohan-2006-132": (
        "国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复", "国函〔2006〕132号",
        ["广东省人民政府、香港特别行政区政府"], ["国务院"], "2006-12-30"),
    "govdoc-cn__397-fagaibancaijingui-2019-860__cleaned": (
        "关于加强个人所得税纳税信用建设的通知", "发改办财金规〔2019〕860号",
        ["各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门",
         "国家税务总局各省、自治区、直辖市和计划单列市税务局", "社会信用体系建设部际联席会议成员单位办公厅（室）"],
        ["国家发展改革委办公厅", "税务总局办公厅"], "2019-08-20"),
    "govdoc-cn__397-fagaibancaijingui-2019-860__pdftotext": (
        "关于加强个人所得税纳税信用建设的通知", "发改办财金规〔2019〕860号",
        ["各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门",
         "国家税务总局各省、自治区、直辖市和计划单列市税务局", "社会信用体系建设部际联席会议成员单位办公厅（室）"],
        ["国家发展改革委办公厅", "税务总局办公厅"], "2019-08-20"),
    "lawrefbook__laoshebufa-2008-3": (
        "关于职工全年月平均工作时间和工资折算问题的通知", "劳社部发〔2008〕3号",
        ["各省、自治区、直辖市劳动和社会保障厅（局）"], [], None),
}


def _file(prefix: str) -> Path:
    (path,) = [p for p in CORPUS.glob("*.txt") if p.name.startswith(prefix)]
    return path


def test_every_corpus_file_is_expected() -> None:
    assert len(list(CORPUS.glob("*.txt"))) == len(EXPECTED)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_header_and_closing(prefix: str) -> None:
    title, number, addressees, signatories, date = EXPECTED[prefix]
    path = _file(prefix)
    result = parse(path.read_bytes().decode("utf-8"), source=str(path))
    assert len(result.documents) == 1
    (doc,) = result.documents
    assert doc.title == title
    assert doc.doc_number is not None and doc.doc_number.text == number
    assert doc.addressees == addressees
    assert doc.signatories == signatories
    assert doc.date == date
    assert not [d for d in result.diagnostics if d.severity.value == "error"]


def _doc(prefix: str):  # type: ignore[no-untyped-def]
    path = _file(prefix)
    return parse(path.read_bytes().decode("utf-8"), source=str(path))


def test_chapters_and_continuous_articles() -> None:
    (enc,) = _doc("govcn-sc__guofa-2004-18").documents[0].enclosures
    assert enc.title == "国务院工作规则"
    assert enc.subtitle == "（二○○四年六月十六日国务院第54次常务会议修订通过）"
    assert [s.marker for s in enc.sections][:2] == ["第一章", "第二章"]
    assert enc.sections[0].title == "总则"
    assert enc.sections[1].sections[0].number == 5  # 一、…五十四、 run on across chapters
    assert sum(len(ch.sections) for ch in enc.sections) == 54


def test_pdftotext_matches_cleaned_text() -> None:
    a = _doc("govdoc-cn__397-fagaibancaijingui-2019-860__pdftotext").documents[0]
    b = _doc("govdoc-cn__397-fagaibancaijingui-2019-860__cleaned").documents[0]
    assert [s.title for s in a.sections] == [s.title for s in b.sections]
    assert [len(s.sections) for s in a.sections] == [len(s.sections) for s in b.sections]
    assert a.issuer == "发展改革委办公厅、税务总局办公厅"
    assert a.page == 1
    assert "2014-2020年" in a.preamble[0].text  # a soft hyphen between digits is a hyphen


def test_attachments_and_tables() -> None:
    d = _doc("govcn-sc__guohan-2006-132").documents[0]
    assert [(n.number, n.title) for n in d.attachment_notes] == [
        (1, "深圳湾口岸港方口岸区的查验区界址点坐标"), (2, "深圳湾公路大桥部分桥面界址点坐标")]
    assert [a.title for a in d.attachments] == [n.title for n in d.attachment_notes]
    assert len(d.attachments[0].tables[0].rows) == 23
    praise = _doc("govcn-sc__guobanfa-2018-108").documents[0]
    assert len(praise.attachments[0].items) == 130
    assert praise.attachments[0].items[0].number == 1
    reforms = _doc("govcn-sc__guobanfa-2018-126").documents[0]
    assert reforms.attachments[0].tables[0].header[2] == "主要内容"  # letter-spaced 主 要 内 容


def test_metadata_table_and_page_clutter() -> None:
    result = _doc("govcn-sc__guobanfa-2018-123")
    (doc,) = result.documents
    assert doc.metadata["成文日期"] == "2018年12月07日"
    assert doc.metadata["发文字号"] == "国办发〔2018〕123号"
    assert doc.notes[0].text == "（此件公开发布）"
    assert [(f.kind, f.text) for f in result.furniture] == [("web-chrome", "扫一扫在手机打开当前页")]
    assert not result.unclassified and doc.span.end_line == 81


def test_ascii_brackets_flagged() -> None:
    result = _doc("lawrefbook__laoshebufa-2008-3")
    assert [d.code for d in result.diagnostics if d.code.startswith("N")] == ["N001"]
    assert [s.marker for s in result.documents[0].sections] == ["一、", "二、", "三"]


def test_row_spans_lost_by_the_converter_are_completed() -> None:
    (att,) = _doc("govcn-sc__guobanfa-2019-04").documents[0].attachments
    (table,) = att.tables
    assert len(table.rows) == 55 and all(len(r) == 5 for r in table.rows)
    assert table.rows[1][:3] == ["一、医疗质量", "（一）功能定位", "2.下转患者人次数（门急诊、住院）"]
    assert table.completed_rows == 51
    # 注：1.–12. under the table are notes, not sections
    assert att.sections == [] and att.paragraphs[0].text == "注：" and len(att.paragraphs) == 13
    coords = _doc("govcn-sc__guohan-2006-132").documents[0].attachments[0].tables[0]
    assert coords.completed_rows == 0 and coords.rows[1] == ["2", "14829.000", "103655.000"]  # the 说明 is missing at the end


#: Corpus files not read the same with their lines joined: a web page's metadata table runs into the title,
#: `pdftotext -layout` pads lines with the layout's spaces, and a markdown file's headings and comments are no
#: plain text.
NOT_JOINED = {"govcn-sc__guobanfa-2018-123", "govdoc-cn__397-fagaibancaijingui-2019-860__pdftotext",
              "lawrefbook__laoshebufa-2008-3"}


def _markers(sections: list[Section]) -> list[tuple[str, list[Any]]]:
    return [(s.marker, _markers(s.sections)) for s in sections]


def _reads_as_its_lines(prefix: str, joined: str) -> None:
    """The corpus file ``prefix``, its lines joined so (``joined``), reads with the same header, 署名 and date as
    expected, and the same sections, enclosures and 附件说明 as the file itself (a heading with no stop after it runs
    into its text: titles may differ)."""
    (doc,) = parse(joined).documents
    title, number, addressees, signatories, date = EXPECTED[prefix]
    assert (doc.title, doc.doc_number and doc.doc_number.text, doc.addressees, doc.signatories, doc.date) == (
        title, number, addressees, signatories, date)
    (lined,) = parse(_file(prefix).read_bytes().decode("utf-8-sig")).documents
    assert _markers(doc.sections) == _markers(lined.sections)
    assert [(e.title, _markers(e.sections)) for e in doc.enclosures] == [
        (e.title, _markers(e.sections)) for e in lined.enclosures]
    assert [(a.number, a.title) for a in doc.attachment_notes] == [(a.number, a.title) for a in lined.attachment_notes]


@pytest.mark.parametrize("prefix", sorted(set(EXPECTED) - NOT_JOINED))
@pytest.mark.parametrize("joint", ["", " "])
def test_a_document_joined_with_nothing_between_its_lines_reads_the_same(prefix: str, joint: str) -> None:
    """A scraped document stored as one field, its paragraphs joined with nothing between them, or one space
    (as an HTML page's text is taken with ``get_text()`` or ``get_text(" ")``). Before, it was one unclassified
    paragraph (X005)."""
    text = _file(prefix).read_bytes().decode("utf-8-sig")
    _reads_as_its_lines(prefix, joint.join(line.strip() for line in text.splitlines() if line.strip()) + "\n")


#: Corpus files that open with a red header's issuers, not with their title.
RED_HEADED = {"govdoc-cn__397-fagaibancaijingui-2019-860__cleaned"}


@pytest.mark.parametrize("prefix", sorted(set(EXPECTED) - NOT_JOINED - RED_HEADED))
@pytest.mark.parametrize("joint", ["", " "])
def test_a_document_joined_under_its_title_reads_the_same(prefix: str, joint: str) -> None:
    """The title on lines of its own (a page's heading), the rest of the document joined under it: the line opens
    with the 文号 or the 主送机关."""
    lines = [line.strip() for line in _file(prefix).read_bytes().decode("utf-8-sig").splitlines() if line.strip()]
    k = title_lines(lines, EXPECTED[prefix][0])
    assert k > 0
    _reads_as_its_lines(prefix, "\n".join(lines[:k]) + "\n" + joint.join(lines[k:]) + "\n")


def _reading(result: GazetteFile) -> list[object]:
    """What a parse reads, without where: each document's header, closing, attachments, enclosures and sections."""
    out: list[object] = []

    def sections(ss: list[Section], depth: int) -> None:
        for s in ss:
            out.append((depth, s.marker, s.title, [p.text for p in s.paragraphs], len(s.tables)))
            sections(s.sections, depth + 1)

    for d in result.documents:
        out.append((d.title, d.doc_number and d.doc_number.text, d.addressees, d.signatories, d.date,
                    [a.title for a in d.attachments], [e.title for e in d.enclosures]))
        sections(d.sections, 0)
    return out


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
@pytest.mark.parametrize("escape", ["\\n", "\\r\\n"])
def test_a_document_with_its_line_breaks_written_as_escapes_reads_the_same(prefix: str, escape: str) -> None:
    """Text exported from a JSON or CSV field undecoded: each line break is ``\\n`` (a backslash and an n), and
    the whole document one line. Before, it was one unclassified paragraph."""
    text = _file(prefix).read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    escaped = parse(text.replace("\n", escape) + "\n")
    assert _reading(escaped) == _reading(parse(text))
    assert escaped.source.lines == 1 and not escaped.unclassified


@pytest.mark.parametrize("prefix", sorted(p for p in EXPECTED if not p.startswith("lawrefbook") and "pdftotext" not in p))
@pytest.mark.parametrize("how", ["cell", "sidebar", "rows"])
def test_a_document_on_a_page_laid_out_with_tables_reads_the_same(prefix: str, how: str) -> None:
    """A web page that sets the document in a table, as older government sites do: its paragraphs in one cell
    (under a row of navigation, or beside a cell of links), or a paragraph a row; a table of data inside stays a
    table. Before, the cell was one unclassified paragraph, or each row a table's, and no document was found."""
    text = _file(prefix).read_bytes().decode("utf-8-sig")
    assert _reading(parse(to_layout_html(text, how))) == _reading(parse(text))


@pytest.mark.parametrize("prefix", sorted(p for p in EXPECTED if not p.startswith("lawrefbook") and "pdftotext" not in p))
@pytest.mark.parametrize(("wrapped", "newline"), [(False, "\n"), (True, "\n"), (True, "\r")],
                         ids=["attributes-wrapped", "text-wrapped", "text-wrapped-cr"])
def test_a_document_saved_as_a_web_page_by_word_reads_the_same(prefix: str, wrapped: bool, newline: str) -> None:
    """HTML as Word's "Save as Web Page" writes it: its source wrapped at 76 columns inside tags (``<span`` /
    ``lang=EN-US`` / ``style='…'>``), and inside a paragraph's text. Before, half-tags were read as text
    (``style='font-size:16.0pt'>国务院…``) and no document was found; a paragraph wrapped in the source was read as
    two."""
    text = _file(prefix).read_bytes().decode("utf-8-sig")
    page = to_word_html(text, wrap_text=wrapped).replace("\n", newline)  # (\r: lines ended as old Macs end them)
    assert _reading(parse(page)) == _reading(parse(text))
