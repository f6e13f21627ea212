"""Segmenters on small fixture texts: each stage alone, then the document builder."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from converters import to_layout
from gazette_parse import parse
from gazette_parse import regexes as rx
from gazette_parse.blocks import display_width, make_blocks
from gazette_parse.body import read_marker
from gazette_parse.dates import parse_date
from gazette_parse.docnumber import parse_doc_number, signers_of
from gazette_parse.documents import split_addressees
from gazette_parse.furniture import find_furniture, page_furniture
from gazette_parse.models import GazetteFile, Span
from gazette_parse.normalize import LineKind, normalize
from gazette_parse.numerals import cn_to_int
from gazette_parse.toc import find_toc

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> str:
    """The text of a fixture file."""
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_every_labelled_line_of_the_colophon_is_kept() -> None:
    # Labels with no field of their own (定价, 邮政编码, 主编) were covered by the colophon's span but not read.
    text = ("某某市人民政府公报\n2023年第5期\n（总第218期）\n\n某某市人民政府关于某事的通知\n\n某府〔2023〕1号\n\n"
            "各区人民政府：\n\n　　现就有关事项通知如下。\n\n某某市人民政府\n\n2023年3月1日\n\n"
            "主管主办：某某市人民政府办公室\n主　　编：张三\n地　　址：某某市某某路1号\n邮政编码：100000\n"
            "电　　话：0000-12345678\n传　　真：0000-87654321\n定　　价：免费赠阅\n国内统一连续出版物号：CN 11-1234/D\n"
            "电　　话：0000-00000000\n")
    gazette = parse(text).gazette
    assert gazette is not None and gazette.colophon_fields == {
        "主管主办": "某某市人民政府办公室", "主编": "张三", "地址": "某某市某某路1号", "邮政编码": "100000",
        "电话": "0000-12345678", "传真": "0000-87654321", "定价": "免费赠阅", "国内统一连续出版物号": "CN 11-1234/D"}
    assert (gazette.phone, gazette.cn_number) == ("0000-12345678", "CN11-1234/D")  # (the first of a label wins)


COVER_ISSUE = ("某某市人民政府公报\n2023年第5期\n\n目　　录\n\n{first}某某市人民政府关于甲事的通知……………………1\n"
               "某某市人民政府公报编辑部启事{cover}\n某某市人民政府关于乙事的通知……………………3\n\n"
               "某某市人民政府关于甲事的通知\n\n某府〔2023〕1号\n\n各区人民政府：\n\n　　现就甲事通知如下。\n\n"
               "某某市人民政府\n\n2023年3月1日\n\n某某市人民政府关于乙事的通知\n\n某府〔2023〕2号\n\n各区人民政府：\n\n"
               "　　现就乙事通知如下。\n\n某某市人民政府\n\n2023年3月2日\n\n某某市人民政府公报编辑部启事\n\n"
               "　　本刊自2024年起改为电子版。\n\n某某市人民政府公报编辑部\n\n2023年5月1日\n")


@pytest.mark.parametrize("cover", ["……………………封三", "　　封 三", "（封底）"])
def test_a_toc_entry_printed_on_a_cover(cover: str) -> None:
    """An entry paged on a cover (封二, 封三, 封底) has no page, and lists its document. Before, the line was
    unclassified, the entries under it were lost, and the 启事 it lists was read as the notice above's enclosure."""
    result = parse(COVER_ISSUE.format(first="本期导读……封二\n", cover=cover))
    assert [(e.title, e.page, e.document) for e in result.toc] == [
        ("本期导读", None, None), ("某某市人民政府关于甲事的通知", 1, 0), ("某某市人民政府公报编辑部启事", None, 2),
        ("某某市人民政府关于乙事的通知", 3, 1)]
    assert [(d.title, d.signatories) for d in result.documents[1:]] == [
        ("某某市人民政府关于乙事的通知", ["某某市人民政府"]), ("某某市人民政府公报编辑部启事", ["某某市人民政府公报编辑部"])]
    assert not result.unclassified and not result.documents[1].enclosures


def test_numerals() -> None:
    assert [cn_to_int(x) for x in ["一", "十", "二十", "五十四", "一九八一", "二〇〇四", "二○○四", "一百零五"]] == [
        1, 10, 20, 54, 1981, 2004, 2004, 105]
    assert cn_to_int("甲") is None


def test_every_pattern_compiles() -> None:
    """Patterns compile on first use, so a broken one would only fail on the input that reaches it."""
    import importlib
    import pkgutil

    import gazette_parse

    for module in pkgutil.iter_modules(gazette_parse.__path__):
        if module.name != "__main__":
            importlib.import_module(f"gazette_parse.{module.name}")
    assert len(rx.LAZY_PATTERNS) > 150
    for pattern in rx.LAZY_PATTERNS:
        assert pattern.compiled().pattern == pattern.pattern


def test_a_lazy_pattern_compiles_on_first_use() -> None:
    pattern = rx.lazy_pattern(r"(?P<n>\d+)\s*号", rx.V)
    assert "_compiled" not in vars(pattern) and pattern.pattern == r"(?P<n>\d+)\s*号"
    assert pattern.sub("N号", "26 号") == "N号"  # the first call compiles, and is answered
    assert "_compiled" in vars(pattern)
    m = pattern.search("浙政办发〔2018〕26 号")
    assert m is not None and m.group("n") == "26"
    assert [x.group() for x in pattern.finditer("1号2号")] == ["1号", "2号"]
    assert pattern.split("甲1号乙") == ["甲", "1", "乙"] and pattern.findall("3号") == ["3"]
    assert pattern.fullmatch("4号") and not pattern.match("号")


@pytest.mark.parametrize("brackets", ["﹝﹞", "［］", "【】", "（）", "〈〉", "〖〗", "｛｝"])
def test_doc_number_years_in_the_brackets_typed_for_the_standards(brackets: str) -> None:
    """The look-alikes of 〔〕 that 文号 are typed with (﹝﹞, 〖〗, ｛｝ …): read, and flagged N001 (〖〗 and ｛｝
    were not read before: the document had no 文号)."""
    number = parse_doc_number(f"某政发{brackets[0]}2021{brackets[1]}3号")
    assert number is not None and number.text == "某政发〔2021〕3号"
    assert number.problems == [f"brackets {brackets} instead of 〔〕"]
    (doc,) = parse(f"某某市人民政府关于某事的通知\n\n某政发{brackets[0]}2021{brackets[1]}3号\n\n各区人民政府：\n\n"
                   "现就有关事项通知如下。\n\n某某市人民政府\n2021年3月5日\n").documents
    assert doc.doc_number is not None and doc.doc_number.text == "某政发〔2021〕3号"


def test_doc_numbers() -> None:
    n = parse_doc_number("浙政办发〔2018〕26 号")
    assert n and (n.text, n.agency_code, n.year, n.serial, n.problems) == ("浙政办发〔2018〕26号", "浙政办发", 2018, 26, [])
    assert parse_doc_number("国办发明电〔2018〕15号").agency_code == "国办发明电"  # type: ignore[union-attr]
    bad = parse_doc_number("劳社部发[2008]第003号")
    assert bad and bad.text == "劳社部发〔2008〕3号"
    assert len(bad.problems) == 3  # brackets, 第, zero padding
    assert parse_doc_number("国发〔2018〕12").problems == ["missing 号"]  # type: ignore[union-attr]
    assert parse_doc_number("国务院办公厅") is None
    assert parse_doc_number("2018年工作要点") is None


def test_dates() -> None:
    assert parse_date("2018 年 3 月 22 日") == ("2018-03-22", None)
    assert parse_date("一九八一年五月二十三日") == ("1981-05-23", None)
    assert parse_date("二〇〇六年十二月三十日") == ("2006-12-30", None)
    assert parse_date("2018年2月30日")[0] is None
    # A Latin O or a digit zero typed for 〇, as in much scraped text
    assert [parse_date(f"二{z}一九年三月五日")[0] for z in "O0o０Ｏ"] == ["2019-03-05"] * 5


def test_addressees_split_on_commas_outside_parentheses() -> None:
    assert split_addressees("各市、县(市、区)人民政府,省政府直属各单位:") == ["各市、县(市、区)人民政府", "省政府直属各单位"]
    assert split_addressees("各省（区、市）人民政府，国务院各部门：") == ["各省（区、市）人民政府", "国务院各部门"]
    assert split_addressees("广东省人民政府、香港特别行政区政府：") == ["广东省人民政府、香港特别行政区政府"]


def test_markers() -> None:
    def kind(text: str) -> tuple[str, int | None] | None:
        m = read_marker(text)
        return (m.kind, m.number) if m else None

    assert kind("一、总体要求") == ("cn", 1)
    assert kind("(十二)完善老年法律援助") == ("cnp", 12)
    assert kind("（3）xx") == ("arp", 3)
    assert kind("2）xx") == kind("2)xx") == ("arh", 2)
    assert kind("2））") is None and kind("1）2）") is None
    assert kind("1. 主体提质行动") == ("ar", 1)
    assert kind("第三章　全面履行政府职能") == ("zhang", 3)
    assert kind("第十二条 本办法") == ("tiao", 12)
    assert kind("1.2.3 范围") == ("dec", 3)
    assert kind("2018年工作") is None
    assert kind("一等次:温州市政府") is None
    assert kind("3.5倍以上") == ("dec", 5)  # read as a marker here; the section builder rejects it (below)


def test_six_levels_of_numbering() -> None:
    text = "某某办法\n\n一、总则\n\n（一）范围\n\n1.对象\n\n（1）个人\n\n1）居民。\n\n①户籍居民。\n\n2）非居民。\n\n二、附则\n"
    (doc,) = parse(text).documents
    levels = []
    stack = list(doc.sections)
    while stack:
        s = stack.pop(0)
        levels.append((s.marker, s.level))
        stack[:0] = s.sections
    assert levels == [("一、", 1), ("（一）", 2), ("1.", 3), ("（1）", 4), ("1）", 5), ("①", 6), ("2）", 5), ("二、", 1)]


def test_out_of_sequence_marker_is_text() -> None:
    from gazette_parse.body import parse_body
    from gazette_parse.diagnostics import Diagnostics

    text = "一、目标\n\n增长速度达到\n\n3.5倍以上的目标。\n"
    body = parse_body(make_blocks(normalize(text), skip=set(), transparent=set()), Diagnostics())
    assert [s.marker for s in body.sections] == ["一、"]
    assert len(body.sections[0].paragraphs) == 2


def test_toc_entries_over_two_lines() -> None:
    text = ("## 目 录\n\n### 【省政府文件】\n\n- 浙江省人民政府关于加强  \n的通知(浙政发〔2018〕1 号) ..... (3)\n"
            "- 浙江省人民政府关于表彰的通报 ……………… 12\n\n# 浙江省人民政府关于加强的通知\n")
    toc = find_toc(normalize(text), skip=set())
    assert [(e.title, e.doc_number, e.page, e.category) for e in toc.entries] == [
        ("浙江省人民政府关于加强的通知", "浙政发〔2018〕1号", 3, "省政府文件"),
        ("浙江省人民政府关于表彰的通报", None, 12, "省政府文件")]


def test_page_furniture_sets_pages() -> None:
    text = "甲文本\n\n—1—\n\f乙文本\n- 2 -\n\f浙江省人民政府公报    2018年第12期\n丙\n第 3 页\n"
    lines = normalize(text)
    furn = find_furniture(lines)
    assert sorted(furn.lines) == [3, 5, 6, 8]
    assert [ln.page for ln in lines if ln.text in ("甲文本", "乙文本", "丙")] == [1, 2, 3]


def test_running_header_is_known_by_the_gazettes_title() -> None:
    text = ("正文一\n\f中华人民共和国国务院公报        2020.5\n正文二\n\f6    中华人民共和国国务院公报\n"
            "关于停止出版《中华人民共和国国务院公报》增刊的通知\n中华人民共和国国务院公报编辑部\n")
    furn = find_furniture(normalize(text), title="中华人民共和国国务院公报")
    assert [(r.span.start_line, r.kind) for r in furn.records] == [(2, "running-header"), (4, "running-header")]
    # Without the title only the header that names an issue (…公报 2020.5) goes by its form
    assert [(r.span.start_line, r.kind) for r in find_furniture(normalize(text)).records] == [(2, "running-header")]


def test_reflow_joins_page_broken_paragraph_only() -> None:
    text = ("为增强林业发展活力,提升发展质量,扎实推进我省的全国深化林业综合改革试验示范区建设,全面完成\n\n\n\n"
            "林业审批制度改革。\n\n二、强化保护\n\n浙江省人民政府办公厅\n\n2018 年 3 月 27 日\n")
    blocks = make_blocks(normalize(text), skip=set(), transparent=set())
    assert [b.text[:6] for b in blocks] == ["为增强林业发", "二、强化保护", "浙江省人民政", "2018年3"]
    assert (blocks[0].start, blocks[0].end) == (1, 5)


def test_hard_wrapped_layout_text_reflows() -> None:
    para = "  为贯彻落实有关规定，现就加强个人所得税纳税信用建设有关事项\n通知如下，请各地结合实际认真贯彻执行，确保各项工作落实到位\n取得实效。\n"
    text = ("  关于加强个人所得税纳税信用建设的通知\n" + para * 6 + "  一、总体要求\n" + para * 2)
    blocks = make_blocks(normalize(text), skip=set(), transparent=set())
    assert [len(b.lines) for b in blocks] == [1, 3, 3, 3, 3, 3, 3, 1, 3, 3]


DOC = """国务院办公厅关于加强
三级公立医院绩效考核工作的意见

国办发〔2019〕4号

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

为进一步深化公立医院改革，现提出如下意见。

一、总体要求

（一）指导思想。以习近平新时代中国特色社会主义思想为指导。

（二）基本原则。

1.坚持公益性导向。提高医疗服务效率。

2.坚持属地化管理。做好国家顶层设计。

二、组织实施

附件：1.三级公立医院绩效考核指标
2.考核说明

国务院办公厅

2019年1月16日

（此件公开发布）

附件1

三级公立医院绩效考核指标

一级指标\t二级指标\t指标性质

医疗质量\t功能定位\t定量

附件2

考核说明

说明文字。
"""


def test_document_elements() -> None:
    (doc,) = parse(DOC).documents
    assert doc.title == "国务院办公厅关于加强三级公立医院绩效考核工作的意见"
    assert doc.kind == "意见" and doc.issuer == "国务院办公厅"
    assert doc.addressees == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    assert [(s.marker, s.title, s.level) for s in doc.sections] == [("一、", "总体要求", 1), ("二、", "组织实施", 1)]
    sub = doc.sections[0].sections
    assert [(s.marker, s.title, s.level) for s in sub] == [("（一）", "指导思想", 2), ("（二）", "基本原则", 2)]
    assert sub[0].paragraphs[0].text == "以习近平新时代中国特色社会主义思想为指导。"
    assert [(s.number, s.title, s.level) for s in sub[1].sections] == [(1, "坚持公益性导向", 3), (2, "坚持属地化管理", 3)]
    assert [(n.number, n.title) for n in doc.attachment_notes] == [(1, "三级公立医院绩效考核指标"), (2, "考核说明")]
    assert doc.signatories == ["国务院办公厅"] and doc.date == "2019-01-16"
    assert [n.text for n in doc.notes] == ["（此件公开发布）"]
    assert [(a.number, a.title) for a in doc.attachments] == [(1, "三级公立医院绩效考核指标"), (2, "考核说明")]
    assert doc.attachments[0].tables[0].rows == [["医疗质量", "功能定位", "定量"]]
    assert doc.attachments[1].paragraphs[0].text == "说明文字。"


def test_red_header_title_after_number() -> None:
    text = "发展改革委办公厅  文件\n税务总局办公厅\n 发改办财金规〔2019〕860号 \n关于加强个人所得税纳税信用建设的通知\n各省人民政府：\n正文。\n"
    (doc,) = parse(text).documents
    assert doc.title == "关于加强个人所得税纳税信用建设的通知"
    assert doc.issuer == "发展改革委办公厅、税务总局办公厅"
    assert doc.addressees == ["各省人民政府"]


def test_diagnostics_for_closing_problems() -> None:
    text = ("国务院关于某事的通知\n\n国发〔2019〕8号\n\n各省人民政府：\n\n正文。\n\n附件：某清单\n\n"
            "国务院\n\n2018年2月30日\n")
    result = parse(text)
    codes = {d.code for d in result.diagnostics}
    assert {"D002", "A001"} <= codes
    text2 = "国务院关于某事的通知\n\n国发〔2019〕8号\n\n各省人民政府：\n\n正文。\n\n国务院\n\n2018年3月1日\n"
    assert "N002" in {d.code for d in parse(text2).diagnostics}


def test_gazette_with_order_toc_only_titles_and_forwarded_document() -> None:
    """A 国务院公报-style issue (synthetic): an order with no 〔〕 文号, a document found only through the TOC
    title, a 转发 notice whose forwarded document follows its date."""
    text = fixture("state-council-style.txt")
    result = parse(text)
    g = result.gazette
    assert g and (g.title, g.year, g.issue, g.cumulative_issue) == ("中华人民共和国国务院公报", 2019, 3, 1654)
    order, reply, forward, appoint = result.documents
    assert order.doc_number and order.doc_number.text == "中华人民共和国国务院令第710号"
    assert (order.kind, order.issuer, order.signatories) == ("命令", "中华人民共和国国务院", ["总理 李克强"])
    (regulation,) = order.enclosures
    assert regulation.title == "某某管理条例"
    assert [(s.marker, s.title) for s in regulation.sections] == [("第一章", "总则"), ("第二章", "附则")]
    assert [s.number for s in regulation.sections[0].sections] == [1, 2]
    assert reply.kind == "批复" and reply.addressees == ["某某部"]
    assert forward.issuer == "国务院办公厅"
    (opinion,) = forward.enclosures
    assert (opinion.title, opinion.issuer, opinion.preamble) == ("关于做好某某工作的意见", "某某部", [])
    assert appoint.title == "国务院任免国家工作人员" and appoint.doc_number is None
    assert [e.document for e in result.toc] == [0, 1, 2, 3]
    assert result.unclassified == []


def test_html_table_and_titled_attachment_labels() -> None:
    text = """国务院关于某事的通知

国发〔2019〕8号

各省人民政府：

现将有关事项通知如下。

<table><tr><th>序号</th><th>名称</th></tr><tr><td>1</td><td>甲<b>乙</b></td></tr><tr><td>2</td><td>丙</td></tr></table>

附件：1.甲名单
2.乙名单

国务院

2019年3月1日

附件1：甲名单

张三

李四

附件2：乙名单

王五
"""
    result = parse(text)
    (doc,) = result.documents
    assert doc.tables[0].header == ["序号", "名称"]
    assert doc.tables[0].rows == [["1", "甲乙"], ["2", "丙"]]
    assert [(a.number, a.title, [i.text for i in a.items]) for a in doc.attachments] == [
        (1, "甲名单", ["张三", "李四"]), (2, "乙名单", ["王五"])]
    assert not [d for d in result.diagnostics if d.code.startswith("A")]
    assert result.unclassified == []


def test_title_with_number_on_one_line_and_parts() -> None:
    text = ("国务院关于某某规划的通知（国发〔2019〕9号）\n\n各省人民政府：\n\n现将规划印发给你们。\n\n"
            "第一部分 总体要求\n\n一、指导思想\n\n坚持稳中求进。\n\n第二部分 主要任务\n\n一、加强领导\n\n"
            "1.《国务院关于另一事项的通知》（国发〔2018〕3号）\n\n国务院\n\n2019年3月1日\n")
    (doc,) = parse(text).documents
    assert doc.title == "国务院关于某某规划的通知"
    assert doc.doc_number and doc.doc_number.text == "国发〔2019〕9号"
    assert [(s.marker_kind, s.number, s.title) for s in doc.sections] == [("part", 1, "总体要求"), ("part", 2, "主要任务")]
    cited = doc.sections[1].sections[0].sections[0]  # a cited title is an item of this body, not a new document
    assert cited.title == "《国务院关于另一事项的通知》（国发〔2018〕3号）"


def test_layout_furniture_variants_and_plain_toc_categories() -> None:
    text = ("目录\n\n省政府文件\n\n浙江省人民政府关于甲事的通知……………………3\n\n"
            "国务院关于某事的通知\n\n国发〔2019〕8号\n\n各省人民政府：\n\n第一段正文，内容很长很长很长很长很长很长很长很长\n\n3\n"
            "\f2019年第3号 中华人民共和国国务院公报\n继续正文。\n\n·4·\n\f国务院\n\n2019年3月1日\n\n附件一\n\n某清单\n\n甲\n")
    result = parse(text)
    assert [(f.kind, f.page) for f in result.furniture] == [("page-number", 3), ("running-header", None), ("page-number", 4)]
    assert [(e.category, e.title, e.page) for e in result.toc] == [("省政府文件", "浙江省人民政府关于甲事的通知", 3)]
    (doc,) = result.documents
    assert doc.preamble[0].text == "第一段正文，内容很长很长很长很长很长很长很长很长继续正文。"  # joined across the page break
    assert doc.signatories == ["国务院"] and doc.date == "2019-03-01"
    assert [(a.number, a.title, [i.text for i in a.items]) for a in doc.attachments] == [(1, "某清单", ["甲"])]


def test_title_without_guanyu_split_over_lines() -> None:
    text = ("国务院办公厅印发\n\n《某某改革方案》的通知\n\n国办发〔2019〕9号\n\n各省人民政府：\n\n"
            "《某某改革方案》已经国务院同意，现印发给你们。\n\n国务院办公厅\n\n2019年3月1日\n\n某某改革方案\n\n一、总体要求\n\n坚持。\n")
    (doc,) = parse(text).documents
    assert (doc.title, doc.issuer) == ("国务院办公厅印发《某某改革方案》的通知", "国务院办公厅")
    assert [e.title for e in doc.enclosures] == ["某某改革方案"]


@pytest.mark.parametrize("lines", [
    ["某某省发展和改革委员会转发省发展改革", "委关于促进就业创业意见的通知"],
    ["某某省发展和改革委员会转发省发展", "改革委关于促进就业创业意见的通知"],
    ["某某省发展和改革委员会转发省发展改革", "委关于", "促进就业创业意见的通知"],
    ["某某省人民政府批转省发展改革", "委关于促进就业创业意见的通知"],
    ["某某省人民政府转发省发展改革委", "关于促进就业创业意见的通知"],
])
@pytest.mark.parametrize("above", ["", "某某省人民政府令\n\n第303号\n\n《某某办法》已经省政府同意，现予公布。\n\n省长　某某某\n\n"
                                   "2021年1月5日\n\n某某办法\n\n第一条　本办法自2021年3月1日起施行。\n\n"])
def test_a_forwarding_title_cut_in_the_name_it_forwards(lines: list[str], above: str) -> None:
    # A title that forwards a department's opinion, cut in the department's name (or after it), each line a
    # paragraph, also under another document's last article: its 关于 is under its 转发 (or 批转), and the line
    # above belongs to it.
    text = (above + "\n\n".join(lines) + "\n\n某发改〔2021〕1号\n\n各市人民政府：\n\n"
            "省发展改革委《关于促进就业创业的意见》已经省政府同意，现转发给你们。\n\n某某省发展和改革委员会\n\n2021年3月1日\n\n"
            "关于促进就业创业的意见\n\n一、总体要求\n\n到2023年取得明显成效。\n\n省发展改革委\n\n2021年2月1日\n")
    documents = parse(text).documents
    assert len(documents) == (2 if above else 1)
    doc = documents[-1]
    assert doc.title == "".join(lines)
    assert doc.issuer == regex.split("转发|批转", lines[0])[0]
    assert [e.title for e in doc.enclosures] == ["关于促进就业创业的意见"]


def test_a_whole_title_that_issues_above_a_title_is_no_forwarding_titles_head() -> None:
    # A whole title that issues (…印发某某方案的通知) over another document's title: what follows 印发 with the
    # piece before 关于 is no organ's name cut by a wrap (某某方案的通知某某局), and the title below stands alone.
    # (The rule above, before it asked so, took the line in.)
    text = "某某省人民政府关于印发某某方案的通知\n\n某某局关于某事的通知\n\n某局发〔2021〕3号\n\n各区：\n\n现通知如下。\n\n某某局\n\n2021年3月1日\n"
    doc = parse(text).documents[-1]
    assert (doc.title, doc.issuer) == ("某某局关于某事的通知", "某某局")


def test_masthead_and_colophon_disagree() -> None:
    text = ("浙江省人民政府公报\n\n2018\n\n第 12 期 (总第1199期)\n\n国务院关于某事的通知\n\n国发〔2018〕8号\n\n各省人民政府：\n\n正文。\n\n"
            "国务院\n\n2018年3月1日\n\n浙江省人民政府公报\n\n2018 年第 13 期(总第 1199 期)\n\n5 月 11 日出版\n\n主管主办单位:浙江省人民政府\n\n"
            "国内统一刊号:CN33-1354/D\n")
    result = parse(text)
    assert result.gazette and result.gazette.issue == 12
    (g001,) = [d for d in result.diagnostics if d.code == "G001"]
    assert g001.message == "issue is 13 here but 12 in the masthead" and g001.span.start_line == 21


@pytest.mark.parametrize(("head", "expected"), [
    ("广东省人民政府公报\n2020年第10期（总第1234期）\n2020年4月10日", ("广东省人民政府公报", 2020, 10, 1234, "2020-04-10", 3)),
    ("上海市人民政府公报\n2019年第12期 （6月20日出版）", ("上海市人民政府公报", 2019, 12, None, "2019-06-20", 2)),
    ("四川政报\n2019年第8期", ("四川政报", 2019, 8, None, None, 2)),
    ("北京市人民政府公报\n2021年 第5期\n总第700期", ("北京市人民政府公报", 2021, 5, 700, None, 3)),
    ("2020年第5期（总第300期）", (None, 2020, 5, 300, None, 1)),  # the title printed as an image
    ("2020年第5期\n2020年3月10日", (None, 2020, 5, None, "2020-03-10", 2)),
    ("北京市人民政府公报\n（2023年第5期　总第800期）\n2023年3月10日", ("北京市人民政府公报", 2023, 5, 800, "2023-03-10", 3)),
    ("BEIJING MUNICIPAL PEOPLE'S GOVERNMENT GAZETTE\n北京市人民政府公报\n2023.5", ("北京市人民政府公报", 2023, 5, None, None, 3)),
    ("北京市人民政府公报\n二〇二三年第五期\n总第八〇〇期", ("北京市人民政府公报", 2023, 5, 800, None, 3)),
    ("北京市人民政府公报\n2023 年 3 月 10 日出版　第 5 期", ("北京市人民政府公报", 2023, 5, None, "2023-03-10", 2)),
    ("北京市人民政府公报\n2023年3月第1期（总第800期）", ("北京市人民政府公报", 2023, 1, 800, None, 2)),
    ("北京市人民政府公报\n2023年第5期\n北京市人民政府办公厅编\nISSN 1234-5678　CN 11-1234/D",
     ("北京市人民政府公报", 2023, 5, None, None, 4)),
    # the cumulative number under the day of publication
    ("广东省人民政府公报\n第5期\n2020年2月20日\n（总第1832期）", ("广东省人民政府公报", 2020, 5, 1832, "2020-02-20", 4)),
])
def test_masthead_forms(head: str, expected: tuple[object, ...]) -> None:
    doc = "\n\n某某市人民政府关于某某的通知\n\n某政发〔2020〕5号\n\n各区人民政府：\n\n　　现通知如下。\n\n某某市人民政府\n\n2020年3月1日\n"
    result = parse(head + doc)
    g = result.gazette
    assert g is not None and g.masthead_span is not None
    assert (g.title, g.year, g.issue, g.cumulative_issue, g.publication_date, g.masthead_span.end_line) == expected
    assert not result.unclassified and len(result.documents) == 1 and result.documents[0].date == "2020-03-01"


def test_toc_written_as_a_table() -> None:
    text = ("# 某某省人民政府公报\n\n2019 年第 3 期\n\n# 目 录\n\n"
            "<table><tr><td>【省政府文件】</td></tr><tr><td>某某省人民政府关于甲事的通知（某政发〔2019〕1号）</td><td>2</td></tr>"
            "<tr><td>某某省人民政府关于乙事的意见（某政发〔2019〕2号）</td><td>4</td></tr></table>\n\n"
            "# 某某省人民政府关于甲事的通知\n\n某政发〔2019〕1号\n\n各市人民政府：\n\n正文。\n\n某某省人民政府\n\n2019年1月5日\n\n"
            "# 某某省人民政府关于乙事的意见\n\n某政发〔2019〕2号\n\n各市人民政府：\n\n一、总体要求\n\n正文。\n\n某某省人民政府\n\n2019年1月6日\n")
    result = parse(text)
    assert result.gazette and (result.gazette.year, result.gazette.issue) == (2019, 3)
    assert [(e.category, e.doc_number, e.page, e.document) for e in result.toc] == [
        ("省政府文件", "某政发〔2019〕1号", 2, 0), ("省政府文件", "某政发〔2019〕2号", 4, 1)]
    assert result.unclassified == [] and not result.diagnostics


def test_addressees_over_two_lines() -> None:
    text = "国务院关于某事的通知\n\n国发〔2019〕8号\n\n各省、自治区、直辖市人民政府，\n\n国务院各部委、各直属机构：\n\n正文。\n\n国务院\n\n2019年3月1日\n"
    (doc,) = parse(text).documents
    assert doc.addressees == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    assert doc.addressees_span and (doc.addressees_span.start_line, doc.addressees_span.end_line) == (5, 7)


def test_order_number_on_one_line_and_untitled_issued_text() -> None:
    text = fixture("order-decision-one-line-number.txt")
    result = parse(text)
    (doc,) = result.documents
    assert doc.doc_number and (doc.doc_number.text, doc.doc_number.serial) == ("浙江省人民政府令第365号", 365)
    assert (doc.kind, doc.signatories, doc.date) == ("决定", ["省长 袁家军"], "2018-03-05")
    (decision,) = doc.enclosures  # the decision the order publishes, printed without a title
    assert decision.title is None and [s.marker for s in decision.sections] == ["一、", "二、"]
    assert result.unclassified == []


def test_announcement_number_under_its_title() -> None:
    text = fixture("announcement-numbered.txt")
    (doc,) = parse(text).documents
    assert doc.doc_number and (doc.doc_number.text, doc.doc_number.year, doc.doc_number.serial) == (
        "中国人民银行公告〔2019〕3号", 2019, 3)
    assert (doc.kind, doc.addressees, doc.signatories, doc.date) == ("公告", [], ["中国人民银行"], "2019-02-14")


def test_lone_page_numbers_without_form_feeds() -> None:
    text = ("国务院关于某事的通知\n\n国发〔2019〕8号\n\n各省人民政府：\n\n第一段正文，内容很长很长很长很长很长很长很长很长\n\n3\n\n继续正文。\n\n"
            "第二段正文，也很长很长很长很长很长很长很长很长很长\n\n4\n\n接着写。\n\n国务院\n\n2019年3月1日\n")
    result = parse(text)
    assert [(f.kind, f.page) for f in result.furniture] == [("page-number", 3), ("page-number", 4)]
    assert [p.text for p in result.documents[0].preamble] == [
        "第一段正文，内容很长很长很长很长很长很长很长很长继续正文。", "第二段正文，也很长很长很长很长很长很长很长很长很长接着写。"]
    one = parse("国务院关于某事的通知\n\n国发〔2019〕8号\n\n正文。\n\n12\n\n国务院\n\n2019年3月1日\n")
    assert one.furniture == []  # a single lone number stays text


def test_toc_lists_an_order_by_its_regulation_and_an_interpretation() -> None:
    text = fixture("provincial-order-and-interpretation.txt")
    result = parse(text)
    assert [(e.title, e.doc_number, e.document) for e in result.toc] == [
        ("浙江省某某管理办法", "省政府令第365号", 0), ("《浙江省某某管理办法》解读", None, 1)]
    order, reading = result.documents
    assert [e.title for e in order.enclosures] == ["浙江省某某管理办法"]
    assert [s.title for s in reading.sections] == ["制定背景", "主要内容"]
    assert result.diagnostics == [] and result.unclassified == []  # a 解读 carries no date and needs none


def test_addressees_ending_in_the_peoples_organisations() -> None:
    """The 主送机关 of a document of the two general offices ends in 各人民团体 (or 各民主党派, 工商联)."""
    (doc,) = parse("中共中央办公厅　国务院办公厅关于某某工作的通知\n\n厅字〔2021〕12号\n\n"
                   "各省、自治区、直辖市党委和人民政府，中央和国家机关各部委，各人民团体：\n\n　　现通知如下。\n\n"
                   "中共中央办公厅\n国务院办公厅\n2021年6月1日\n").documents
    assert doc.addressees == ["各省、自治区、直辖市党委和人民政府", "中央和国家机关各部委", "各人民团体"]
    assert [p.text for p in doc.preamble] == ["现通知如下。"]


def test_a_colon_sentence_is_no_addressee() -> None:
    text = ("浙江省人民政府关于张三等职务任免的通知\n\n浙政干〔2018〕5号\n\n经研究决定：\n\n任命张三为浙江省某某厅副厅长；\n\n"
            "免去李四的浙江省某某厅副厅长职务。\n\n浙江省人民政府\n\n2018年3月1日\n")
    (doc,) = parse(text).documents
    assert doc.addressees == []
    assert doc.preamble[0].text == "经研究决定："


def test_table_goes_on_across_a_continued_caption() -> None:
    text = ("国务院关于某事的通知\n\n国发〔2019〕8号\n\n各省人民政府：\n\n正文。\n\n序号\t名称\n1\t甲\n2\t乙\n\n（续表）\n\n"
            "序号\t名称\n3\t丙\n\n国务院\n\n2019年3月1日\n")
    result = parse(text)
    (table,) = result.documents[0].tables
    assert table.rows == [["1", "甲"], ["2", "乙"], ["3", "丙"]]
    assert [(f.kind, f.text) for f in result.furniture] == [("table-continued", "（续表）")]


MARKERISH = "第一二十百零〇两（()）①⑳１12.．、,， 章条部分编节总则a"
MARKERS = ["第一章", "一、", "（一）", "(1)", "（12）", "1.", "1.1 ", "1.2.3", "①", "⑳", "第3条", "十二、", "１．", "第一部分",
           "第二编", "第一节", "三", "1）", "3)"]


@given(st.tuples(st.sampled_from(MARKERS), st.text(alphabet=MARKERISH, max_size=6)).map("".join)
       | st.text(alphabet=MARKERISH, max_size=12))
def test_marker_prefilter_skips_the_regex_only_where_it_cannot_match(text: str) -> None:
    m, full = rx.match_marker(text), rx.SECTION_MARKER.match(text)
    assert (m and (m.span(), m.lastgroup)) == (full and (full.span(), full.lastgroup))
    assert (read_marker(text) is None) == (full is None)


def test_latin_word_is_placed_on_its_line_and_column_whatever_the_line_ends() -> None:
    for eol in ("\n", "\r\n", "\r"):
        text = eol.join(["国务院关于某事的通知", "", "金融风险 and 深化改革", "加强 xyz 管理和 abc 服务"]) + eol
        found = [(d.span.start_line, d.column, d.message) for d in parse(text).diagnostics if d.code == "X001"]
        assert found == [(3, 6, "Latin word 'and' inside Han text"), (4, 4, "Latin word 'xyz' inside Han text"),
                         (4, 12, "Latin word 'abc' inside Han text")], eol


def test_full_width_digits_in_a_doc_number_are_read_and_flagged() -> None:
    parsed = parse_doc_number("浙政发〔２０１８〕１２号")
    assert parsed and (parsed.text, parsed.year, parsed.serial) == ("浙政发〔2018〕12号", 2018, 12)
    assert parsed.problems == ["full-width digits"]
    doc = parse("浙江省人民政府关于某某事项的通知\n浙政发〔２０１８〕１２号\n\n一、总体要求。\n\n浙江省人民政府\n２０１８年３月２２日\n"
                ).documents[0]
    assert doc.doc_number and doc.doc_number.text == "浙政发〔2018〕12号" and doc.date == "2018-03-22"


def test_toc_runs_over_a_page_break_and_a_wrapped_doc_number() -> None:
    text = ("目　录\n\n"
            "浙江省人民政府办公厅关于印发浙江省某某计划的通知(浙政办发〔2018\n"
            "〕34 号) ..... (26)\n"
            "浙江省人民政府办公厅关于某某分工的通知(\n"
            "浙政办发〔2018〕35 号)\n"
            " ..... (30)\n\n"
            "                    —1—\n"
            "\f浙江省人民政府公报    2018年第12期\n\n"
            "浙江省人民政府办公厅关于加强某某治理的意见(浙政办发〔2018〕42 号) ..... (32)\n\n"
            "浙江省人民政府办公厅关于表彰 201\n"
            "7 年度先进集体的通报\n")
    toc = find_toc(normalize(text), skip=set())
    assert [(e.doc_number, e.page) for e in toc.entries] == [
        ("浙政办发〔2018〕34号", 26), ("浙政办发〔2018〕35号", 30), ("浙政办发〔2018〕42号", 32)]
    assert 9 not in toc.lines and 10 not in toc.lines  # the footer and header stay for the furniture stage
    assert max(toc.lines) == 12  # a title wrapped in its year (``表彰 201``) is no entry for page 201


def test_request_with_signer_beside_its_doc_number() -> None:
    """A 请示 (sent up) prints 签发人 on the line of its 文号 (GB/T 9704 7.2.4)."""
    text = fixture("request-with-signer.txt")
    (doc,) = parse(text).documents
    assert doc.doc_number and (doc.doc_number.text, doc.doc_number.signers) == ("某政〔2019〕21号", ["张三"])
    assert (doc.kind, doc.addressees, doc.signatories, doc.date) == ("请示", ["国务院"], ["某某省人民政府"], "2019-05-10")
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert signers_of("国发〔2018〕1号　　签发人：张三　李四") == ["张三", "李四"]


def test_title_found_below_a_red_header_and_an_unreadable_number_line() -> None:
    text = ("某某省人民政府文件\n\n某政〔2019〕21号（密件）\n\n某某省人民政府关于申请设立\n某某试验区的请示\n\n国务院：\n\n"
            "为推动某某发展，现将有关情况请示如下：\n\n一、基本情况。某某地区具备良好基础。\n\n某某省人民政府\n2019年5月10日\n")
    (doc,) = parse(text).documents
    assert (doc.title, doc.kind, doc.addressees, doc.date) == ("某某省人民政府关于申请设立某某试验区的请示", "请示", ["国务院"],
                                                               "2019-05-10")
    assert doc.header_span and doc.header_span.start_line == 1


def test_joint_report_with_stacked_red_header_and_signers() -> None:
    text = fixture("joint-report-two-signers.txt")
    (doc,) = parse(text).documents
    assert doc.title == "某某部 某某局关于某某工作情况的报告" and doc.issuer == "某某部、某某局"
    assert doc.doc_number and doc.doc_number.signers == ["张三", "李四"]
    assert (doc.doc_number.span.start_line, doc.doc_number.span.end_line) == (5, 6)
    assert doc.header_span and doc.header_span.start_line == 1  # the red header 某某部 / 某某局 / 文件
    assert doc.signatories == ["某某部", "某某局"] and doc.date == "2019-06-01"


def test_notice_with_organ_and_kind_printed_above_its_number() -> None:
    text = fixture("notice-with-header-above-number.txt")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.title, doc.kind, doc.issuer) == ("关于某某区域实施交通管制的通告", "通告", "某某市人民政府")
    assert doc.header_span and doc.header_span.start_line == 1 and not result.unclassified
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、"]


def test_toc_heading_forms() -> None:
    for heading in ("目　　录", "本期目录", "本期要目"):
        toc = find_toc(normalize(f"{heading}\n\n国务院关于某事的通知 ..... (3)\n"), skip=set())
        assert [(e.title, e.page) for e in toc.entries] == [("国务院关于某事的通知", 3)], heading


def test_title_and_number_on_one_line() -> None:
    from gazette_parse.boundaries import title_and_number

    assert title_and_number("国务院关于某事的通知（国发〔2018〕1号）") == ("国务院关于某事的通知", "国发〔2018〕1号")
    assert title_and_number("浙江省人民政府关于某某事项的通知浙政发〔2018〕12号") == (
        "浙江省人民政府关于某某事项的通知", "浙政发〔2018〕12号")
    assert title_and_number("各地要认真落实国发〔2018〕12号") is None  # no title before it
    assert title_and_number("浙江省人民政府关于某某事项的通知") is None


def test_closing_with_a_seal_line_and_a_title_carrying_its_number() -> None:
    text = fixture("title-and-number-on-one-line.md")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.title, doc.kind, doc.issuer) == ("浙江省人民政府关于某某事项的通知", "通知", "浙江省人民政府")
    assert doc.doc_number and doc.doc_number.text == "浙政发〔2018〕12号"
    assert doc.signatories == ["浙江省人民政府"] and doc.date == "2018-03-22"  # （盖章） between them
    assert doc.signatories_span and doc.signatories_span.end_line == 9
    assert not [d for d in result.diagnostics if d.severity.value != "info"]


def test_category_headings_between_documents_open_them() -> None:
    text = fixture("category-headings-between-documents.txt")
    result = parse(text)
    assert [(d.category, d.span.start_line) for d in result.documents] == [("省政府文件", 1), ("省政府办公厅文件", 14)]
    assert not result.unclassified
    sample = parse((Path(__file__).parent.parent / "samples" / "zhejiang-2018-12.md").read_text(encoding="utf-8"))
    assert {d.category for d in sample.documents} == {"省政府办公厅文件"}  # from the TOC


def test_announcements_numbered_by_year() -> None:
    for raw, text in [("国家税务总局公告2019年第3号", "国家税务总局公告2019年第3号"),
                      ("财政部 税务总局公告2019年第39号", "财政部税务总局公告2019年第39号"),
                      ("海关总署公告 2020 年第 1 号", "海关总署公告2020年第1号")]:
        parsed = parse_doc_number(raw)
        assert parsed and parsed.text == text and not parsed.problems, raw
    (doc,) = parse("国家税务总局关于某某事项的公告\n\n国家税务总局公告2019年第3号\n\n现将有关事项公告如下：\n\n"
                   "一、某某。\n\n特此公告。\n\n国家税务总局\n2019年1月9日\n").documents
    assert doc.doc_number and (doc.doc_number.year, doc.doc_number.serial) == (2019, 3)
    assert [p.text for p in doc.preamble] == ["现将有关事项公告如下："]


def test_toc_with_right_aligned_pages_and_no_leaders() -> None:
    text = ("                         目    录\n\n国务院文件\n"
            "国务院关于某某事项的通知                                        3\n"
            "国务院办公厅关于印发某某方案的通知                             12\n")
    toc = find_toc(normalize(text), skip=set())
    assert [(e.category, e.title, e.page) for e in toc.entries] == [
        ("国务院文件", "国务院关于某某事项的通知", 3), ("国务院文件", "国务院办公厅关于印发某某方案的通知", 12)]


def test_signature_and_date_on_one_line() -> None:
    text = "浙江省人民政府关于某某事项的通知\n\n浙政发〔2018〕15号\n\n各市人民政府：\n\n现就有关事项通知如下。\n\n浙江省人民政府　　　　2018年3月22日\n"
    (doc,) = parse(text).documents
    assert (doc.signatories, doc.date) == (["浙江省人民政府"], "2018-03-22")
    assert [p.text for p in doc.preamble] == ["现就有关事项通知如下。"]
    # A sentence that ends in a date is no signature.
    (doc,) = parse(text.replace("浙江省人民政府　　　　2018年3月22日", "本通知自2018年3月22日")).documents
    assert doc.signatories == [] and doc.date is None


def test_addressee_that_opens_the_first_paragraph() -> None:
    text = ("国务院关于同意某某的批复\n\n国函〔2020〕5号\n\n广东省人民政府：你省《关于某某的请示》收悉。现批复如下：\n\n"
            "一、同意某某。\n\n国务院\n2020年1月10日\n")
    (doc,) = parse(text).documents
    assert doc.addressees == ["广东省人民政府"] and doc.addressees_span and doc.addressees_span.start_line == 5
    assert [p.text for p in doc.preamble] == ["你省《关于某某的请示》收悉。现批复如下："]
    (doc,) = parse(text.replace("广东省人民政府：你省", "国务院决定：你省")).documents
    assert doc.addressees == []  # a sentence with a colon is no 主送机关


def test_short_attachment_note_and_label() -> None:
    text = fixture("short-attachment-label.txt")
    result = parse(text)
    (doc,) = result.documents
    assert [n.title for n in doc.attachment_notes] == ["某某名单"]
    assert [(a.title, [i.text for i in a.items]) for a in doc.attachments] == [("某某名单", ["甲单位", "乙单位", "丙单位"])]
    assert not result.unclassified
    assert rx.ATTACHMENT_LABEL.match("附则") is None and rx.ATTACHMENT_NOTE.match("附录：某某") is None


def test_date_under_the_title_when_there_is_none_at_the_end() -> None:
    text = ("国务院关于修改部分行政法规的决定\n（2019年3月2日）\n\n国务院决定：对49部行政法规的部分条款予以修改。\n\n"
            "一、将《某某条例》第十条修改为：……\n\n本决定自公布之日起施行。\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.subtitle, doc.date) == ("（2019年3月2日）", "2019-03-02")
    assert doc.date_span and doc.date_span.start_line == 2
    assert not [d.code for d in result.diagnostics if d.code in ("D001", "S001")]


OLDER_INSTRUCTION = ("国务院关于某某工作的指示\n\n（一九五六年三月二日）\n\n各省、自治区、直辖市人民委员会：\n\n"
                     "　　为了进一步做好某某工作，特作如下指示：\n\n　　一、各级人民委员会应当加强领导。\n\n"
                     "　　二、各地应当制定实施办法，报国务院备案。\n\n{end}")


@pytest.mark.parametrize(("end", "signatories", "last"), [
    ("总理　周恩来\n", ["总理 周恩来"], "各地应当制定实施办法，报国务院备案。"),
    ("中华人民共和国国务院\n总理　周恩来\n", ["中华人民共和国国务院", "总理 周恩来"], "各地应当制定实施办法，报国务院备案。"),
    # a list of members, or a name after a colon, ends the text: no 署名
    ("组长：张三\n", [], "组长：张三"),
    ("主任　张三\n\n副主任　李四\n", [], "副主任李四"),
])
def test_a_signature_by_office_and_name_with_no_date_under_it(end: str, signatories: list[str], last: str) -> None:
    """Older documents are dated under their title and end in a 署名 by office and name, with no date under it."""
    result = parse(OLDER_INSTRUCTION.format(end=end))
    (doc,) = result.documents
    assert (doc.kind, doc.date, doc.signatories) == ("指示", "1956-03-02", signatories)
    assert doc.sections[-1].paragraphs[-1].text == last
    if signatories:
        assert doc.signatories_span and doc.signatories_span.end_line == OLDER_INSTRUCTION.format(end=end).count("\n")
    assert not result.unclassified


def test_a_signature_with_no_date_under_it_over_a_note() -> None:
    (doc,) = parse(OLDER_INSTRUCTION.format(end="总理　周恩来\n\n（此件公开发布）\n")).documents
    assert (doc.signatories, [n.text for n in doc.notes]) == (["总理 周恩来"], ["（此件公开发布）"])
    assert doc.sections[-1].paragraphs[-1].text == "各地应当制定实施办法，报国务院备案。"


@pytest.mark.parametrize(("title", "kind"), [
    ("某某市人民政府布告", "布告"), ("国务院关于某某工作的指示", "指示"), ("认真贯彻落实重要指示", None)])
def test_kinds_of_earlier_rules(title: str, kind: str | None) -> None:
    from gazette_parse.documents import kind_of
    assert kind_of(title) == kind


def test_a_proclamation_numbered_under_its_title_and_signed_by_the_mayor() -> None:
    (doc,) = parse("某某市人民政府布告\n\n第 1 号\n\n　　为了维护社会治安，特布告如下：\n\n　　一、严禁私自买卖枪支。\n\n"
                   "　　二、本布告自发布之日起施行。\n\n市长　张某某\n\n一九八五年三月一日\n").documents
    assert (doc.kind, doc.issuer, doc.doc_number and doc.doc_number.text) == ("布告", "某某市人民政府", "某某市人民政府布告第1号")
    assert (doc.signatories, doc.date, len(doc.sections)) == (["市长 张某某"], "1985-03-01", 2)
    # a joint 公告 is named best by the organs that sign it
    (joint,) = parse("财政部　税务总局公告\n\n2019年第39号\n\n　　现将有关事项公告如下：\n\n　　一、某某。\n\n"
                     "财政部　税务总局\n2019年3月20日\n").documents
    assert (joint.issuer, joint.signatories) == ("财政部、税务总局", ["财政部", "税务总局"])


def test_an_order_titled_with_the_whole_word_names_its_organ() -> None:
    (doc,) = parse("中华人民共和国国务院命令\n\n　　兹公布《某某暂行条例》，自公布之日起施行。\n\n总理　周恩来\n"
                   "一九五七年十月十二日\n\n某某暂行条例\n\n（1957年10月11日国务院全体会议第五十八次会议通过）\n\n"
                   "　　第一条　为了某某，制定本条例。\n").documents
    assert (doc.kind, doc.issuer, doc.signatories) == ("命令", "中华人民共和国国务院", ["总理 周恩来"])
    assert [(e.title, e.date) for e in doc.enclosures] == [("某某暂行条例", "1957-10-11")]


JOINT_ORDER_BODY = ("第765号\n\n　　《某某条例》已经国务院第16次常务会议和中央军事委员会会议修订通过，现予公布，"
                    "自2023年10月1日起施行。\n\n国务院总理　李　强\n中央军委主席　习近平\n\n2023年9月1日\n")


@pytest.mark.parametrize("head", [
    "中华人民共和国国务院\n中华人民共和国中央军事委员会\n令\n\n",  # stacked, 令 on a line of its own
    "中华人民共和国国务院\n中华人民共和国中央军事委员会令\n\n",
    "中华人民共和国国务院　中华人民共和国中央军事委员会令\n\n",  # one line, as gov.cn prints it
    "# 中华人民共和国国务院\n\n# 中华人民共和国中央军事委员会令\n\n",  # MinerU: headings
    "中华人民共和国国务院\n\n中华人民共和国中央军事委员会令\n\n",  # paragraphs: one state's organs
    "<p>中华人民共和国国务院</p>\n<p>中华人民共和国中央军事委员会</p>\n<p>令</p>\n",  # a web page, 令 alone
])
def test_a_joint_orders_organs_each_issue_it(head: str) -> None:
    # Before, the first organ of a stacked head was unclassified text (X002) and the second issued the order alone;
    # on one line the two ran together (中华人民共和国国务院中华人民共和国中央军事委员会).
    result = parse(head + JOINT_ORDER_BODY)
    (doc,) = result.documents
    organs = "中华人民共和国国务院 中华人民共和国中央军事委员会"
    assert (doc.kind, doc.title, doc.issuer) == ("命令", f"{organs}令", "中华人民共和国国务院、中华人民共和国中央军事委员会")
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.serial) == (f"{organs}令第765号", 765)
    assert doc.span.start_line == 1 and not result.unclassified
    assert doc.signatories == ["国务院总理 李强", "中央军委主席 习近平"]


@pytest.mark.parametrize("last", ["张三　某某厅\n李四　某某局\n",  # a contact list's last line: a name, an organ
                                  "<table><tr><td>2</td><td>落实责任</td><td>某某局</td></tr></table>\n"])  # a row
def test_an_organ_ending_the_text_above_an_order_is_not_stacked_over_it(last: str) -> None:
    # what ends the text right above an order's head in an organ's name stays that text's (a sweep found both)
    text = ("某某市人民政府办公室关于某事的通知\n\n某政办发〔2018〕3号\n\n各区人民政府：\n\n　　现将联系人名单印发给你们。\n\n"
            "某某市人民政府办公室\n2018年4月19日\n\n附件\n\n联系人名单\n\n" + last + "某某省人民政府令\n"
            + JOINT_ORDER_BODY.replace("国务院总理　李　强\n中央军委主席　习近平", "省长　某某某"))
    first, order = parse(text).documents
    assert (order.title, order.issuer) == ("某某省人民政府令", "某某省人民政府")
    assert first.span.end_line == 15 + last.count("\n")


@pytest.mark.parametrize("last", ["某某省财政厅\n\n", "某某省人民政府\n\n"])
def test_an_organ_ending_the_text_above_its_governments_order_is_not_stacked_over_it(last: str) -> None:
    # a list's last organ, a blank line above the order of its province's government (they share 某某省, three
    # characters: a joint order's organs share more, 中华人民共和国)
    text = ("某某省人民政府办公厅关于某事的通知\n\n某政办发〔2018〕3号\n\n各市人民政府：\n\n　　现将责任单位印发给你们。\n\n"
            "某某省人民政府办公厅\n2018年4月19日\n\n附件\n\n责任单位\n\n" + last + "某某省人民政府令\n"
            + JOINT_ORDER_BODY.replace("国务院总理　李　强\n中央军委主席　习近平", "省长　某某某"))
    _, order = parse(text).documents
    assert (order.title, order.issuer) == ("某某省人民政府令", "某某省人民政府")


OCR_HEADER = ("浙江省人民政府文件\n\n{number}\n\n浙江省人民政府关于加快推进某某工作的意见\n\n"
              "各市、县 (市、区) 人民政府 , 省政府直属各单位 :\n\n为加快推进某某工作 , 现提出如下意见 。\n\n"
              "一 、 总体要求\n\n浙江省人民政府\n\n2018 年 12 月 5 日\n")


@pytest.mark.parametrize(("number", "serial"), [("浙政发 [2018] 4O 号", 40), ("浙政发 [2018] l2 号", 12)])
def test_a_doc_number_with_letters_an_ocr_read_for_digits_in_its_serial(number: str, serial: int) -> None:
    # (a letter first, l2, was no 文号 before)
    result = parse(OCR_HEADER.format(number=number))
    (doc,) = result.documents
    assert doc.doc_number and (doc.doc_number.text, doc.doc_number.serial) == (f"浙政发〔2018〕{serial}号", serial)
    assert any(d.code == "N001" and "letters for digits in the serial" in d.message for d in result.diagnostics)
    assert not result.unclassified
    assert parse_doc_number("浙政发〔2018〕4O") is None  # (no 号: too weak)


def test_a_header_line_no_part_of_the_header_was_read_from_is_unclassified() -> None:
    """A 文号 garbled past reading, between the red header and the title, is reported (X002), not dropped."""
    result = parse(OCR_HEADER.format(number="浙政发 [2018] 4% 号"))
    (doc,) = result.documents
    assert (doc.title, doc.issuer, doc.doc_number) == ("浙江省人民政府关于加快推进某某工作的意见", "浙江省人民政府", None)
    assert [(u.text, u.span.start_line) for u in result.unclassified] == [("浙政发[2018] 4%号", 3)]
    assert [d.span.start_line for d in result.diagnostics if d.code == "X002"] == [3]


def test_announcements_each_opening_a_page_keep_their_heads() -> None:
    """A gazette of 公告 may print one at the top of page after page, each under its organ's name: a line that
    opens three pages is no running header where a 文种 or a date stands under it."""
    notice = ("某某省人民代表大会常务委员会\n公　　告\n第{n}号\n\n《某某条例》已由某某省人民代表大会常务委员会第{n}次会议"
              "通过，现予公布。\n\n某某省人民代表大会常务委员会\n2021年7月{n}日\n")
    text = "\f".join(f"{notice.format(n=n)}\n— {n} —\n" for n in (1, 2, 3, 4))
    result = parse(text)
    assert [(d.title, d.doc_number and d.doc_number.serial, d.signatories) for d in result.documents] == [
        ("某某省人民代表大会常务委员会公告", n, ["某某省人民代表大会常务委员会"]) for n in (1, 2, 3, 4)]
    assert not result.unclassified
    assert [f.kind for f in result.furniture] == ["page-number"] * 4


def test_letter_spaced_signatures_are_one_name() -> None:
    """Older documents set a short 署名 letter-spaced (国　务　院): one name, and the issuer it names."""
    text = ("国务院批转某某部关于某某问题的报告的通知\n\n国发〔1985〕12号\n\n各省人民政府：\n\n"
            "　　国务院同意某某部《关于某某问题的报告》，现转发给你们，请遵照执行。\n\n国　务　院\n一九八五年一月二十日\n\n"
            "关于某某问题的报告\n\n国务院：\n\n　　现将有关情况报告如下：\n\n　　一、基本情况\n\n"
            "某　某　部　　中央军委某某部\n一九八四年十二月五日\n")
    (doc,) = parse(text).documents
    (report,) = doc.enclosures
    assert (doc.signatories, doc.issuer) == (["国务院"], "国务院")
    assert (report.signatories, report.date) == (["某某部", "中央军委某某部"], "1984-12-05")


@pytest.mark.parametrize("categories", [True, False])
def test_an_issue_toc_listing_more_appointments_than_documents_with_a_kind(categories: bool) -> None:
    """An issue's TOC, though most titles name no 文种: entries under category headings (a document's own contents,
    第一章 总则, have none), or titles such as an issue lists (任免名单, 大事记)."""
    text = fixture("issue-toc-mostly-appointments-and-chronicle.txt")
    names = ["省政府文件", "人事任免", "政务信息"]
    if not categories:
        for name in names:
            text = text.replace(f"【{name}】\n\n", "")
    result = parse(text)
    assert [(e.category, e.document) for e in result.toc] == [
        (name if categories else None, k) for k, name in enumerate(names)]
    assert [d.title for d in result.documents][1:] == ["某某省人民政府任免名单", "2020年2月省政府大事记"]
    assert not result.unclassified


def test_a_toc_right_under_the_masthead_is_the_issues_whatever_it_lists() -> None:
    """A 目录 under the masthead lists the issue, though two of its three entries name no 文种 (a register of rules,
    a news item); further down, such a 目录 would be a long document's own contents."""
    result = parse(fixture("issue-toc-listing-a-register-and-a-news-item.md"))
    assert [(e.page, e.document) for e in result.toc] == [(1, 0), (3, 1), (5, 2)]
    assert [len(d.tables) for d in result.documents] == [0, 1, 0] and not result.unclassified


def test_a_regulation_the_toc_lists_under_its_order_stays_the_orders() -> None:
    """A TOC may list what an order publishes and what a notice issues as entries of their own: each stays the
    enclosure of the document that issues it, and the entry points at that document."""
    result = parse(fixture("toc-listing-what-an-order-and-a-notice-issue.txt"))
    assert [(d.kind, [e.title for e in d.enclosures]) for d in result.documents] == [
        ("命令", ["某某市城市管理办法"]), ("通知", ["某某实施方案"])]
    assert [e.document for e in result.toc] == [0, 0, 1, 1] and not result.unclassified


def test_attachment_labels_with_their_titles_set_apart_by_a_space() -> None:
    text = ("某某省人民政府办公厅关于公布某某名单的通知\n\n某政办发〔2021〕8号\n\n各市人民政府：\n\n　　现将名单予以公布。\n\n"
            "　　附件：1．某某名单\n　　　　　2．某某清单\n\n某某省人民政府办公厅\n2021年3月1日\n\n"
            "附件1：某某名单\n\n　　张三　李四　王五\n\n附件2　某某清单\n\n　　1．某某事项\n\n　　2．某某事项\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(a.number, a.title) for a in doc.attachments] == [(1, "某某名单"), (2, "某某清单")]
    assert not [d.code for d in result.diagnostics if d.code.startswith("A")]


@pytest.mark.parametrize(("first", "second"), [
    ("【附件1】\n\n2020年度某某名单", "【附件2】\n\n2020年度某某清单"),
    ("[附件1]\n\n2020年度某某名单", "［附件2］\n\n2020年度某某清单"),
    ("【附件1】2020年度某某名单", "【附件2】　2020年度某某清单"),
])
def test_attachment_labels_in_brackets(first: str, second: str) -> None:
    """A web page sets an attachment's label in brackets (【附件1】), alone or before its title."""
    text = ("某某省人民政府办公厅关于公布某某名单的通知\n\n某政办发〔2021〕8号\n\n各市人民政府：\n\n　　现将名单予以公布。\n\n"
            "　　附件：1．2020年度某某名单\n　　　　　2．2020年度某某清单\n\n某某省人民政府办公厅\n2021年3月1日\n\n"
            f"{first}\n\n优秀：甲市、乙市\n\n{second}\n\n一、部分地区排查不彻底。\n\n二、部分企业责任不落实。\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(a.number, a.title) for a in doc.attachments] == [(1, "2020年度某某名单"), (2, "2020年度某某清单")]
    assert [s.marker for s in doc.attachments[1].sections] == ["一、", "二、"]
    assert not result.unclassified
    assert not [d.code for d in result.diagnostics if d.code.startswith("A")]


def test_toc_categories_numbered_and_named_as_a_gazette_names_them() -> None:
    result = parse(fixture("toc-numbered-categories.txt"))
    assert [(e.category, e.document) for e in result.toc] == [
        ("市政府文件", 0), ("市政府文件", 1), ("市政府办公室文件", 2), ("政策解读", 3)]
    assert result.toc[3].title == "《关于某某工作的意见》解读"
    # the text numbers its category headings as the TOC does (一、市政府文件): they head the documents under them
    assert [d.category for d in result.documents] == ["市政府文件", "市政府文件", "市政府办公室文件", "政策解读"]
    assert not result.unclassified


def test_two_issues_in_one_file_are_reported() -> None:
    """Two issues put together in one file: the second's issue line is reported (G003) beside X002."""
    issue = ("某某市人民政府公报\n2022年第{n}期（总第20{n}期）\n\n某某市人民政府关于某某工作的通知\n\n某府发〔2022〕{n}号\n\n"
             "各区人民政府：\n\n　　现将有关事项通知如下。\n\n某某市人民政府\n2022年3月{n}日\n")
    result = parse(issue.format(n=4) + "\n" + issue.format(n=5))
    assert [d.span.start_line for d in result.diagnostics if d.code == "G003"] == [16]
    assert [d.code for d in parse(issue.format(n=4)).diagnostics if d.code == "G003"] == []
    # the issue's own line printed again, in numerals, is no other issue's
    again = parse(issue.format(n=4).replace("2022年第4期", "二〇二二年第四期") + "\n二〇二二年第四期\n")
    assert [d.code for d in again.diagnostics if d.code == "G003"] == []


@pytest.mark.parametrize(("line", "read"), [
    ("2021年第1期（增刊）", (1, None, "增刊")), ("2021年第1期增刊", (1, None, "增刊")),
    ("2021年增刊第1期", (1, None, "增刊")), ("2021年第1期（总第800期）（专刊）", (1, 800, "专刊")),
    ("2021年第1期（总第800期）", (1, 800, None))])
def test_special_issue_lines(line: str, read: tuple[int, int | None, str | None]) -> None:
    result = parse(f"某某省人民政府公报\n{line}\n\n某某省人民政府关于某某的通知\n\n各市人民政府：\n\n现通知如下。\n\n"
                   "某某省人民政府\n2021年3月1日\n")
    g = result.gazette
    assert g is not None and (g.issue, g.cumulative_issue, g.special) == read and not result.unclassified


def test_a_special_issue_of_one_plan_its_chapters_listed_above_its_title() -> None:
    """An issue that prints one plan (2021年第8期（专刊）): the 目录 under the masthead lists the plan's chapters,
    which is no issue TOC; the plan's title stands under it, and the contents are the text's first paragraphs, as
    they are where a plan prints them under its title."""
    text = ("某某省人民政府公报\n2021年第8期（专刊）\n\n目　　录\n\n第一章　发展环境……………1\n第二章　总体要求……………3\n\n"
            "某某省国民经济和社会发展第十四个五年规划纲要\n\n第一章　发展环境\n\n　　全省经济社会发展取得显著成就。\n\n"
            "第二章　总体要求\n\n　　以某某为指导。\n")
    result = parse(text)
    assert result.gazette and (result.gazette.year, result.gazette.issue) == (2021, 8)
    assert result.toc == []
    (doc,) = result.documents
    assert (doc.title, [s.marker for s in doc.sections]) == ("某某省国民经济和社会发展第十四个五年规划纲要", ["第一章", "第二章"])
    assert [p.span.start_line for p in doc.preamble] == [4, 6, 7] and not result.unclassified


@pytest.mark.parametrize(("under", "signatories"), [("某某某", ["某某某"]), ("王　强", ["王强"]), ("同志们", [])])
def test_a_speakers_name_alone_under_a_speechs_date(under: str, signatories: list[str]) -> None:
    (doc,) = parse(f"在全省某某工作会议上的讲话\n\n（2021年3月5日）\n\n{under}\n\n同志们：\n\n"
                   "　　下面，我讲两点意见。\n\n　　一、充分肯定成绩\n\n　　二、扎实做好工作\n").documents
    assert (doc.date, doc.signatories, len(doc.sections)) == ("2021-03-05", signatories, 2)


def test_interpretation_after_a_document_and_articles_without_titles() -> None:
    text = fixture("interpretation-after-document.txt")
    notice, reading = parse(text).documents
    (measures,) = notice.enclosures
    assert [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in measures.sections] == [
        ("第一条", None, ["为了规范某某，制定本办法。"]), ("第二条", None, ["本办法自2020年3月1日起施行。"])]
    assert reading.title == "《某某办法》政策解读" and [s.marker for s in reading.sections] == ["一、", "二、"]
    (doc,) = parse("某某条例\n\n第一条【立法目的】为了规范某某，制定本条例。\n").documents
    assert (doc.sections[0].title, doc.sections[0].paragraphs[0].text) == ("立法目的", "为了规范某某，制定本条例。")


@pytest.mark.parametrize(("article", "title", "text"), [
    ("第一条（目的和依据）\n为了规范某某，制定本办法。", "目的和依据", "为了规范某某，制定本办法。"),
    ("第一条（目的和依据）为了规范某某，制定本办法。", "目的和依据", "为了规范某某，制定本办法。"),
    ("第一条（一）某某；（二）某某。", None, "（一）某某；（二）某某。"),  # an item, not a topic
    ("第一条（略）", None, "（略）"),
])
def test_article_topic_in_round_brackets(article: str, title: str | None, text: str) -> None:
    (doc,) = parse(f"某某市某某管理办法\n\n{article}\n\n第二条 本办法自2020年5月1日起施行。\n").documents
    first = doc.sections[0]
    assert (first.marker, first.title, first.paragraphs[0].text) == ("第一条", title, text)


def test_meeting_minutes_number_and_no_addressee_from_a_sentence() -> None:
    text = fixture("meeting-minutes.txt")
    (doc,) = parse(text).documents
    assert doc.kind == "纪要" and doc.doc_number and (doc.doc_number.year, doc.doc_number.serial) == (2020, 5)
    assert doc.addressees == []  # ``2020年3月10日，…研究了以下事项：`` is the first sentence, no 主送机关
    assert doc.preamble[0].text.startswith("2020年3月10日")
    assert "D001" not in {d.code for d in parse(text).diagnostics}  # a 纪要 dates its meeting in its text


def test_meeting_minutes_attendance_and_office_line_under_the_number() -> None:
    (doc,) = parse(fixture("meeting-minutes.txt")).documents
    assert [(a.role, a.names) for a in doc.attendance] == [
        ("出席", ["张三", "李四", "王五"]), ("请假", ["赵六"]), ("列席", ["市政府办公室", "市发展改革委"])]
    assert [p.text for p in doc.sections[-1].paragraphs] == ["会议同意市财政局提出的方案。"]
    result = parse(fixture("meeting-minutes-office-and-date-under-number.txt"))
    (doc,) = result.documents
    # 某某省人民政府办公厅　2021年6月10日 under 〔2021〕第12号 is a byline above the text, not its closing
    assert (doc.issuer, doc.signatories, doc.date) == ("某某省人民政府办公厅", ["某某省人民政府办公厅"], "2021-06-10")
    assert [s.title for s in doc.sections] == ["关于全省安全生产工作", "关于某某条例（草案）"]
    assert [(a.role, a.names) for a in doc.attendance][-1] == ("列席", ["省政府副秘书长某某", "省司法厅厅长某某"])
    assert doc.imprint is not None and doc.imprint.cc == ["省委办公厅", "省人大常委会办公厅", "省政协办公厅"]  # 分送
    assert not result.unclassified


@pytest.mark.parametrize("line", ["出席：张三、李四", "抄送：某某局。", "分送：某某厅"])
def test_a_list_line_is_never_joined_to_a_sentence_broken_above_it(line: str) -> None:
    text = f"某某市人民政府关于某事的通知\n\n各区人民政府：\n\n甲事项要抓紧办理，乙事项要按期完成，丙事项\n\n{line}\n"
    (doc,) = parse(text).documents
    assert all(line not in p.text for p in doc.preamble)


def test_announcement_number_under_an_about_title_and_clauses_numbered_as_in_standards() -> None:
    result = parse(fixture("announcement-issuing-a-standard-numbered-by-clauses.txt"))
    (doc,) = result.documents
    # 某某局关于发布《…》的公告 / 2022年第8号: the number of the 局's 公告, not the first paragraph
    assert doc.doc_number and (doc.doc_number.agency_code, doc.doc_number.year, doc.doc_number.serial) == (
        "某某省市场监督管理局公告", 2022, 8)
    (spec,) = doc.attachments
    assert [(s.marker, s.title) for s in spec.sections] == [
        ("1", "范围"), ("2", "规范性引用文件"), ("3", "设置要求"), ("4", "日常管理")]
    assert [s.marker for s in spec.sections[2].sections] == ["3.1", "3.2"]
    assert [(s.marker, s.title) for s in spec.sections[2].sections[1].sections] == [("3.2.1", None), ("3.2.2", None)]
    assert [s.marker for s in spec.sections[3].sections] == ["4.1", "4.2"]
    assert not result.unclassified


def test_clause_like_lines_without_decimal_subclauses_stay_text() -> None:
    text = "某某市人民政府关于某事的通知\n\n各区人民政府：\n\n一、办理时限\n\n5个工作日\n\n二、其他\n\n甲乙丙。\n"
    (doc,) = parse(text).documents
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert doc.sections[0].paragraphs[0].text == "5个工作日"


def test_running_headers_with_pages_under_the_toc_head_their_pages() -> None:
    # No form feeds: ``· 2 ·　某某市人民政府公报`` right under the TOC, printing its first entry's page, heads page 2.
    result = parse(fixture("layout-running-headers-with-pages-no-form-feeds.txt"))
    assert [d.page for d in result.documents] == [2, 5, 7]
    assert not {"T003"} & {d.code for d in result.diagnostics}
    # The same headers under a TOC whose first entry is on another page foot theirs, as before.
    text = fixture("layout-running-headers-with-pages-no-form-feeds.txt").replace("…（2）", "…（1）", 1)
    assert [d.page for d in parse(text).documents] == [5, 6, 8]


def test_pages_skipped_by_the_page_numbers_are_not_told() -> None:
    # A converter that kept one page number of a whole issue (—— 33 ——, under the last document): the documents
    # above it are on pages before 33 too, not all on page 33. Only a page's worth of text above it is told to be
    # on page 33; the documents' pages are the TOC's, with no T003.
    toc = "目　录\n\n" + "".join(f"某某市人民政府关于某事{i}的通知（某政发〔2021〕{i}号）……（{p}）\n"
                                   for i, p in ((1, 3), (2, 12), (3, 25)))
    docs = "".join(f"\n某某市人民政府关于某事{i}的通知\n\n某政发〔2021〕{i}号\n\n各区人民政府：\n\n"
                   + "为做好某事工作，现就有关事项通知如下，请认真贯彻执行。" * 30
                   + f"\n\n某某市人民政府\n\n2021年3月{i}日\n" for i in (1, 2, 3))
    result = parse(toc + docs + "\n—— 33 ——\n")
    assert [d.page for d in result.documents] == [3, 12, 25]
    assert "T003" not in {d.code for d in result.diagnostics}
    # The pages numbered in a row tell theirs, as a page's worth of text above the first page number does.
    paged = "国务院办公厅关于某事的通知\n\n国办发〔2021〕1号\n\n各省人民政府：\n\n请认真贯彻执行。\n\n— 9 —\n\n" \
            "国务院办公厅\n\n2021年3月1日\n\n— 10 —\n"
    (doc,) = parse(paged).documents
    assert doc.page == 9 and doc.signatories == ["国务院办公厅"]


def test_plain_category_headings_the_toc_names_open_the_documents_under_them() -> None:
    result = parse(fixture("plain-category-headings-between-documents.txt"))
    assert [(d.category, d.span.start_line) for d in result.documents] == [
        ("国务院文件", 15), ("国务院办公厅文件", 38), ("部门文件", 53)]
    assert result.toc_span and result.toc_span.end_line == 13  # 国务院文件 under the TOC heads the first document
    plan = result.documents[0].enclosures[0]
    assert plan.span.end_line == 36  # 国务院办公厅文件 is no paragraph of the plan above it
    assert not result.unclassified


def test_toc_table_with_pages_in_brackets_and_its_category_above_it() -> None:
    result = parse(fixture("marker-issue-toc-table-pages-in-brackets.md"))
    assert [(e.category, e.page, e.document) for e in result.toc] == [("省政府文件", 3, 0), ("省政府文件", 12, 1)]
    assert result.toc_span and (result.toc_span.start_line, result.toc_span.end_line) == (9, 15)
    assert [d.page for d in result.documents] == [3, 12]
    assert not result.unclassified


def test_a_line_that_opens_with_a_closing_mark_goes_on_the_line_above() -> None:
    # A converter's wrap that breaks before 》 (关于《…（草案） / 》的说明), in a list of titles and in the text
    text = ("某某省人民政府公报\n2021年第1期\n\n目录\n\n关于《某某省甲条例（草案）\n》的说明\n\n"
            "关于《某某省甲条例（草案）\n》的说明\n\n——2021年3月5日在某某省人民代表大会常务委员会会议上\n\n"
            "各位委员：\n\n我受省人民政府委托，作关于《某某省甲条例（草案）》的说明。\n")
    result = parse(text)
    assert [e.title for e in result.toc] == ["关于《某某省甲条例（草案）》的说明"]
    assert [(d.title, d.date) for d in result.documents] == [("关于《某某省甲条例（草案）》的说明", "2021-03-05")]
    assert [e.document for e in result.toc] == [0]


def test_toc_with_pages_in_front_of_the_titles_or_list_numbers() -> None:
    text = fixture("toc-pages-in-front-of-titles.txt")
    result = parse(text)
    assert [(e.category, e.page, e.doc_number, e.document) for e in result.toc] == [
        ("市政府文件", 3, "某政发〔2023〕3号", 0), ("市政府文件", 8, "某政发〔2023〕4号", 1),
        ("市政府办公室文件", 12, "某政办发〔2023〕9号", 2)]
    assert len(result.documents) == 3 and not result.unclassified
    # Numbers counting 1, 2, 3 in front of every title are the list's own, not pages
    numbered = text.replace("\u30003\u3000", "\u30001\u3000").replace("\u30008\u3000", "\u30002\u3000").replace(
        " 12\u3000", " 3\u3000")
    assert [(e.page, e.document) for e in parse(numbered).toc] == [(None, 0), (None, 1), (None, 2)]


def test_number_after_its_label_under_the_title_anchors_a_document() -> None:
    # A CMS's markdown: ## title / **发文字号：** 某政办发〔2024〕3号 / **发布日期：** 2024-01-15 / 主送机关
    result = parse(fixture("cms-markdown-number-after-label.md"))
    first, second = result.documents
    assert first.doc_number and first.doc_number.text == "某政办发〔2024〕3号"
    assert first.metadata == {"发文字号": "某政办发〔2024〕3号", "发布日期": "2024-01-15"}
    assert first.addressees == ["各区人民政府", "市政府各部门"] and first.date == "2024-01-12"
    assert [e.title for e in first.enclosures] == ["某某市数据要素市场化配置改革实施方案"]
    assert second.doc_number and second.doc_number.text == "某政发〔2024〕1号" and second.date == "2024-01-20"
    assert not result.unclassified


@pytest.mark.parametrize("formula", ["特此通知。", "妥否，请批示。", "此复。", "特此布告。", "以上报告，请审议。",
                                     "草案和以上说明是否妥当，请审议。", "以上意见如无不妥，请批转各地区、各部门执行。",
                                     "感谢您对自然资源工作的关心和支持，欢迎继续提出宝贵意见和建议。",
                                     "再次感谢你们对我市教育事业的关心和支持！", "此函。", "盼复。", "请予函复。",
                                     "以上请示妥否，请批示。", "以上请示，请审批。", "专此报告。", "请予支持为盼。"])
def test_the_closing_formula_is_no_text_of_the_last_section(formula: str) -> None:
    text = (f"某某市人民政府关于某事的通知\n\n各区人民政府：\n\n现将有关事项通知如下：\n\n一、甲事项。\n\n二、乙事项。\n\n"
            f"{formula}\n\n某某市人民政府\n\n2021年3月5日\n")
    (doc,) = parse(text).documents
    assert [p.text for p in doc.closing_formula] == [formula]
    assert [p.text for p in doc.sections[-1].paragraphs] == ["乙事项。"] or doc.sections[-1].title == "乙事项"
    assert doc.sections[-1].span.end_line == 9 and doc.closing_formula[0].span.start_line == 11
    assert doc.date == "2021-03-05"


def test_a_speech_dated_in_brackets_under_its_title_opens_a_document_without_a_toc() -> None:
    result = parse(fixture("speeches-without-toc-dated-in-brackets.txt"))
    assert [(d.title, d.date, d.signatories) for d in result.documents] == [
        ("政府工作报告", "2021-01-25", ["某某省省长 张三"]),
        ("在全省安全生产工作会议上的讲话", "2021-02-03", ["某某省副省长 李四"])]
    assert [len(d.sections) for d in result.documents] == [2, 2] and not result.unclassified
    # 某某省省长 and 某某省副省长 sign for the province's government
    assert [d.issuer for d in result.documents] == ["某某省人民政府", "某某省人民政府"]


def _issue_of_two(toc: str) -> str:
    """An issue with ``toc`` and the two notices it lists, 京政发〔2023〕5号 and 京政办发〔2023〕6号."""
    docs = "".join(f"{t}\n\n{n}\n\n各区人民政府：\n\n现就有关事项通知如下。\n\n{s}\n\n2023年3月{d}日\n\n" for t, n, s, d in [
        ("北京市人民政府关于甲事项的通知", "京政发〔2023〕5号", "北京市人民政府", 1),
        ("北京市人民政府办公厅关于乙事项的通知", "京政办发〔2023〕6号", "北京市人民政府办公厅", 2)])
    return "北京市人民政府公报\n2023年第5期\n\n" + toc + docs


@pytest.mark.parametrize("number", ["{n}", "（{n}）"])
def test_toc_entries_with_their_number_on_the_line_under_the_page(number: str) -> None:
    toc = (f"目　录\n北京市人民政府关于甲事项的通知 ………… 1\n{number.format(n='京政发〔2023〕5号')}\n"
           f"北京市人民政府办公厅关于乙事项的通知 ………… 3\n{number.format(n='京政办发〔2023〕6号')}\n\n")
    result = parse(_issue_of_two(toc))
    assert [(e.page, e.doc_number, e.document) for e in result.toc] == [
        (1, "京政发〔2023〕5号", 0), (3, "京政办发〔2023〕6号", 1)]
    assert len(result.documents) == 2 and not result.unclassified


def test_a_signature_by_office_and_name_with_a_colon() -> None:
    text = "某某市人民政府令\n\n第5号\n\n《某某办法》已经市政府常务会议通过，现予公布。\n\n市长：张三\n\n2023年3月1日\n"
    (doc,) = parse(text).documents
    assert (doc.signatories, doc.date) == (["市长 张三"], "2023-03-01")


def test_toc_entries_with_a_bullet_and_the_page_after_a_slash() -> None:
    toc = "目　录\n·北京市人民政府关于甲事项的通知 / 1\n·北京市人民政府办公厅关于乙事项的通知 / 3\n\n"
    result = parse(_issue_of_two(toc))
    assert [(e.title, e.page, e.document) for e in result.toc] == [
        ("北京市人民政府关于甲事项的通知", 1, 0), ("北京市人民政府办公厅关于乙事项的通知", 3, 1)]


def test_a_note_that_the_page_holds_no_text_is_furniture() -> None:
    text = ("某某市人民政府关于甲事项的通知\n\n某政发〔2023〕5号\n\n各区人民政府：\n\n一、加强领导。\n\n二、落实责任。\n\n"
            "（此页无正文）\n\n某某市人民政府\n\n2023年3月1日\n")
    result = parse(text)
    (doc,) = result.documents
    assert [p.text for p in doc.sections[-1].paragraphs] == ["落实责任。"] and doc.signatories == ["某某市人民政府"]
    assert [(f.kind, f.span.start_line) for f in result.furniture] == [("page-note", 11)]


@pytest.mark.parametrize("notice", ["征订启事", "订阅启事", "征稿启事", "郑重声明"])
def test_the_gazettes_own_notice_after_a_document_is_no_enclosure(notice: str) -> None:
    """更　正 after a document's end, and the gazette's other notices after it (征订启事: before, the second was
    read as a document the 更正 issued)."""
    text = ("北京市人民政府公报\n2023年第5期\n\n北京市人民政府关于甲事项的通知\n\n京政发〔2023〕5号\n\n各区人民政府：\n\n"
            "现就甲事项通知如下。\n\n北京市人民政府\n\n2023年3月1日\n\n（此件公开发布）\n\n更　正\n\n"
            "本刊2023年第4期第12页中“2022年”应为“2023年”，特此更正。\n\n本刊编辑部\n2023年3月10日\n\n"
            f"{notice}\n\n《北京市人民政府公报》为半月刊，全年定价120元，欢迎订阅。\n")
    result = parse(text)
    assert [(d.title, len(d.enclosures)) for d in result.documents] == [
        ("北京市人民政府关于甲事项的通知", 0), ("更正", 0), (notice, 0)]
    assert not result.unclassified and "D001" not in {d.code for d in result.diagnostics}


def test_documents_without_numbers_or_a_toc_are_found_by_their_heads() -> None:
    # A title opening the text, a title after a date, an organ's 通告 after a date: none with a 文号
    result = parse(fixture("documents-without-numbers-or-toc.txt"))
    assert [(d.title, d.addressees, d.date) for d in result.documents] == [
        ("北京市人民政府关于甲事项的通知", ["各区人民政府"], "2023-03-01"),
        ("北京市人民政府办公厅关于乙事项的意见", ["各区人民政府"], "2023-03-02"),
        ("北京市某某局通告", [], "2023-03-03")]
    assert not result.unclassified


LAW_AND_ITS_PAPERS = """中华人民共和国某某法

{adopted}

目　　录

第一章　总　　则
第二章　附　　则

第一章　总　　则

第一条　为了加强某某管理，制定本法。
第二条　在中华人民共和国境内从事某某活动，适用本法。

第二章　附　　则

第三条　本法自2021年9月1日起施行。

关于《中华人民共和国某某法（草案）》的说明

——2020年10月13日在第十三届全国人民代表大会常务委员会第二十二次会议上

司法部部长　唐一军

全国人民代表大会常务委员会：
　　我受国务院委托，现对《中华人民共和国某某法（草案）》作说明。
　　一、制定本法的必要性
　　某某工作十分重要。
　　二、起草过程
　　司法部广泛征求意见。
　　草案和以上说明是否妥当，请审议。

全国人民代表大会宪法和法律委员会关于《中华人民共和国某某法（草案）》审议结果的报告

全国人民代表大会常务委员会：
　　常委会第二十二次会议对某某法草案进行了初审。现将审议结果报告如下：
　　一、有的常委委员提出，应当加强某某。宪法和法律委员会经研究，建议增加规定。
　　二、草案第二条规定了适用范围。
　　草案修改稿和以上报告是否妥当，请审议。

全国人民代表大会宪法和法律委员会
2021年4月26日
"""


@pytest.mark.parametrize("adopted", [
    "（2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过）",
    "2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过",
    "（2001年4月28日第九届全国人民代表大会常务委员会第二十一次会议通过　根据2021年4月29日第十三届全国人民代表大会常务委员会"
    "第二十八次会议《关于修改〈中华人民共和国某某法〉的决定》修正）"])
def test_a_law_over_its_adoption_line_and_the_papers_after_it(adopted: str) -> None:
    """A 人大常委会's gazette, without a TOC: a law (its title over the line of its adoption, its contents and
    chapters), the 说明 of its draft (a dash line and a byline under the title) and the committee's report on it.
    Before, the law and the 说明 were unclassified lines (the law was read only as a file's one document)."""
    result = parse(LAW_AND_ITS_PAPERS.format(adopted=adopted))
    law, note, report = result.documents
    assert law.title == "中华人民共和国某某法" and law.date == ("2021-04-29" if "2001" not in adopted else "2001-04-28")
    assert [(s.marker, [c.marker for c in s.sections]) for s in law.sections] == [
        ("第一章", ["第一条", "第二条"]), ("第二章", ["第三条"])]
    assert note.title == "关于《中华人民共和国某某法（草案）》的说明" and note.signatories == ["司法部部长 唐一军"]
    assert [s.marker for s in note.sections] == ["一、", "二、"] and note.date == "2020-10-13"
    assert report.kind == "报告" and report.addressees == ["全国人民代表大会常务委员会"] and report.date == "2021-04-26"
    assert not result.unclassified


def test_a_sessions_decision_appointments_and_agenda_without_a_toc() -> None:
    """What a standing committee's session adopts, one after another with no TOC, each over the line of its
    adoption: a 修改决定, its appointments (任免名单), the session's agenda (议程). Before, the last two were sections
    of the 决定 (its 一、 二、 three times over)."""
    text = (
        "全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定\n\n"
        "（2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过）\n\n"
        "　　第十三届全国人民代表大会常务委员会第二十八次会议决定对《中华人民共和国某某法》作如下修改：\n"
        "　　一、将第二条修改为：“本法适用于某某。”\n　　二、删去第三条。\n　　本决定自公布之日起施行。\n\n"
        "全国人民代表大会常务委员会任免名单\n\n（2021年4月29日第十三届全国人民代表大会常务委员会第二十八次会议通过）\n\n"
        "　　一、任命张三为全国人民代表大会某某委员会委员。\n　　二、免去李四的全国人民代表大会常务委员会副秘书长职务。\n\n"
        "第十三届全国人民代表大会常务委员会第二十八次会议议程\n\n"
        "（2021年4月26日第十三届全国人民代表大会常务委员会第七十九次委员长会议通过）\n\n"
        "　　一、审议某某法草案\n　　二、审议国务院关于某某工作情况的报告\n")
    result = parse(text)
    assert [(d.title, d.date, [s.marker for s in d.sections]) for d in result.documents] == [
        ("全国人民代表大会常务委员会关于修改《中华人民共和国某某法》的决定", "2021-04-29", ["一、", "二、"]),
        ("全国人民代表大会常务委员会任免名单", "2021-04-29", ["一、", "二、"]),
        ("第十三届全国人民代表大会常务委员会第二十八次会议议程", "2021-04-26", ["一、", "二、"])]
    assert [p.text for p in result.documents[0].closing_formula] == ["本决定自公布之日起施行。"]
    assert [(a.action, a.names) for a in result.documents[1].appointments] == [("任命", ["张三"]), ("免去", ["李四"])]
    assert not result.unclassified


def test_a_standing_committees_gazette_without_its_toc_reads_as_with_it() -> None:
    """The 人大常委会's gazette with its TOC taken out: the regulation its 公告 announces is a document of its own
    over its adoption line, as the TOC lists it. Before, it was the 公告's text."""
    text = fixture("npc-standing-committee-gazette.txt")
    lines = text.splitlines()
    toc = lines.index("目　　录")
    stripped = "\n".join(lines[:toc] + [x for x in lines[toc + 1:] if "……" not in x]) + "\n"

    def shape(result: GazetteFile) -> list[tuple[object, ...]]:
        return [(d.title, d.date, [s.marker for s in d.sections], len(d.enclosures)) for d in result.documents]
    with_toc, without = parse(text), parse(stripped)
    assert not without.toc and len(without.documents) == 4
    assert shape(without) == shape(with_toc)


def test_toc_table_with_a_header_row_and_a_number_column() -> None:
    text = fixture("toc-table-with-number-column.md")
    result = parse(text)
    assert [(e.title, e.doc_number, e.page, e.document) for e in result.toc] == [
        ("某某省人民政府关于甲事项的通知", "某政发〔2021〕1号", 3, 0), ("某某省人民政府关于乙事项的通知", "某政发〔2021〕2号", 5, 1)]
    assert not result.unclassified


def test_regulation_contents_are_text_and_list_items_have_no_titles() -> None:
    text = fixture("decree-with-regulation-contents.txt")
    result = parse(text)
    assert result.toc == [] and result.toc_span is None  # the regulation's own 目录 is no issue TOC
    (decree,) = result.documents
    assert decree.kind == "命令" and decree.date == "2019-10-22" and decree.signatories == ["总理 李克强"]
    (regulation,) = decree.enclosures
    assert [p.text for p in regulation.preamble][:2] == ["目录", "第一章总则"] and len(regulation.preamble) == 8
    assert [s.marker for s in regulation.sections] == [f"第{n}章" for n in "一二三四五六七"]
    assert all(s.sections for s in regulation.sections)  # no chapter left empty by the contents list
    (article_7,) = regulation.sections[2].sections[1].sections
    assert [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in article_7.sections] == [
        ("（一）", None, ["违反规定设立审批的；"]), ("（二）", None, ["违反规定收费的；"]), ("（三）", None, ["其他情形。"])]


def test_imprint_after_the_attachments_belongs_to_the_document() -> None:
    text = fixture("imprint-after-attachments.txt")
    (doc,) = parse(text).documents
    assert doc.imprint is not None
    assert (doc.imprint.cc, doc.imprint.printed_by, doc.imprint.printed_on) == (
        ["省委各部门", "省人大常委会办公厅", "省政协办公厅"], "某某省人民政府办公厅", "2021-03-08")
    assert (doc.imprint.span.start_line, doc.imprint.span.end_line, doc.span.end_line) == (47, 49, 49)
    assert [n.text[:3] for n in doc.notes] == ["（此件", "抄送：", "某某省"]
    last = doc.attachments[-1]
    assert last.span.end_line == 45 and "抄送" not in str(last.model_dump())


def test_imprint_with_keywords_and_the_printing_organ_above_its_date() -> None:
    text = ("某某县人民政府关于某某的通知\n\n各乡镇人民政府：\n\n　　现通知如下。\n\n某某县人民政府\n\n二〇〇九年五月四日\n\n"
            "主题词：农业　水利　通知\n\n抄送：县委办公室、县人大常委会办公室。\n\n某某县人民政府办公室\n\n2009年5月6日印发\n")
    (doc,) = parse(text).documents
    assert doc.date == "2009-05-04" and doc.imprint is not None
    assert doc.imprint.model_dump(exclude={"span"}) == {
        "cc": ["县委办公室、县人大常委会办公室"], "keywords": ["农业", "水利", "通知"],
        "printed_by": "某某县人民政府办公室", "printed_on": "2009-05-06"}
    assert [n.text for n in doc.notes][-2:] == ["某某县人民政府办公室", "2009年5月6日印发"]
    (plain,) = parse("某某县人民政府关于某某的通知\n\n　　现通知如下。\n\n某某县人民政府\n\n2009年5月4日\n").documents
    assert plain.imprint is None


def test_law_in_markdown_with_an_unbracketed_adoption_line() -> None:
    text = fixture("law-markdown-with-adoption-line.md")
    (law,) = parse(text).documents
    assert (law.title, law.date, law.preamble) == ("中华人民共和国个人信息保护法", "2021-08-20", [])
    assert law.subtitle is not None and law.subtitle.endswith("会议通过")
    assert [(s.marker, [c.marker for c in s.sections]) for s in law.sections] == [
        ("第一章", ["第一条", "第二条", "第三条"]), ("第二章", ["第一节", "第二节"]), ("第三章", ["第六条"])]
    (doc,) = parse("某某办法\n\n2020年1月1日起施行的规定如下：\n\n第一条 为了规范某某，制定本办法。\n").documents
    assert doc.subtitle is None and doc.date is None  # a sentence that opens with a date is no adoption line


def test_saved_web_page() -> None:
    text = fixture("saved-web-page.html")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.title, doc.signatories, doc.date) == ("国务院办公厅关于某某工作的通知", ["国务院办公厅"], "2020-04-01")
    assert [s.title for s in doc.sections] == ["提高认识", "加强领导"]
    # the head, script and style are never shown: comments, not text; site navigation and footer are web chrome
    assert [f.span.start_line for f in result.furniture if f.kind == "comment"] == [2, 3, 4, 5]
    assert [f.span.start_line for f in result.furniture if f.kind == "web-chrome"] == [6, 20]
    assert not result.unclassified and not result.diagnostics
    # an opening tag that never closes hides nothing
    (doc,) = parse("某某关于某某的通知\n\n正文说明<script 标签。\n\n某某局\n\n2020年1月1日\n").documents
    assert doc.preamble[0].text == "正文说明<script 标签。"


def test_sub_numbered_attachments() -> None:
    text = ("某某省人民政府办公厅关于印发甲方案的通知\n\n各市人民政府：\n\n　　现将甲方案印发给你们。\n\n"
            "　　附件：1-1.甲清单\n　　　　　1－2.乙清单\n　　　　　2.丙表\n\n某某省人民政府办公厅\n\n2020年1月5日\n\n"
            "附件1-1\n\n甲清单\n\n一、第一项\n\n附件1 - 2\n\n乙清单\n\n一、第一项\n\n附件2\n\n丙表\n\n序号\t名称\n1\t甲\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(n.number, n.number_text, n.title) for n in doc.attachment_notes] == [
        (1, "1-1", "甲清单"), (1, "1-2", "乙清单"), (2, "2", "丙表")]
    assert [(a.number, a.number_text, a.title, len(a.sections), len(a.tables)) for a in doc.attachments] == [
        (1, "1-1", "甲清单", 1, 0), (1, "1-2", "乙清单", 1, 0), (2, "2", "丙表", 0, 1)]
    assert not result.unclassified and not result.diagnostics


def test_appended_table_labelled_fubiao() -> None:
    text = ("某某市人民政府关于某某的通知\n\n各区人民政府：\n\n　　现通知如下。\n\n　　附表：某某统计表\n\n某某市人民政府\n\n"
            "2020年1月5日\n\n附表\n\n某某统计表\n\n序号\t名称\n1\t甲\n")
    result = parse(text)
    (doc,) = result.documents
    assert [n.title for n in doc.attachment_notes] == ["某某统计表"]
    assert [(a.title, a.tables[0].rows) for a in doc.attachments] == [("某某统计表", [["1", "甲"]])]
    assert not result.unclassified


def test_table_caption_and_unit_line() -> None:
    text = ("某某市人民政府关于某某的通知\n\n各区人民政府：\n\n　　现将有关数据通报如下。\n\n表1　各区完成情况\n\n单位：万元\n\n"
            "| 区 | 计划 | 完成 |\n|---|---|---|\n| 甲区 | 10 | 9 |\n\n　　请各区抓好落实。\n\n"
            "单位：亿元\n\n| 区 | 计划 |\n|---|---|\n| 乙区 | 8 |\n\n某某市人民政府\n\n2020年1月5日\n")
    result = parse(text)
    (doc,) = result.documents
    first, second = doc.tables
    assert (first.caption, first.caption_span) == ("表1各区完成情况 单位：万元", Span(start_line=7, end_line=9))
    assert second.caption is None  # a unit line alone is no caption: it stays text
    assert [p.text for p in doc.preamble] == ["现将有关数据通报如下。", "请各区抓好落实。", "单位：亿元"]
    (sentence_above,) = parse("某某通知\n\n数据如下：\n\n序号\t名称\n1\t甲\n").documents[0].tables
    assert sentence_above.caption is None


def test_imprint_wrapped_in_layout_text() -> None:
    text = fixture("layout-imprint-wrapped.txt")
    result = parse(text)
    (doc,) = result.documents
    assert doc.imprint is not None and doc.imprint.cc[-2:] == ["省法院", "省检察院"]
    assert (doc.imprint.printed_by, doc.imprint.printed_on) == ("某某省人民政府办公厅", "2021-03-08")
    assert not result.unclassified
    (doc,) = parse("某某通知\n\n正文。\n\n某某局\n\n2020年1月1日\n\n主题词：农业　通知\n抄送：甲局，\n　　乙局。\n抄报：丙委\n").documents
    assert doc.imprint is not None and (doc.imprint.keywords, doc.imprint.cc) == (["农业", "通知"], ["甲局", "乙局", "丙委"])


def test_toc_entries_listed_without_their_issuer() -> None:
    text = ("某某省人民政府公报\n2020年第3期\n\n目录\n\n关于甲事项的通知 ……………… 1\n关于乙事项的意见 ……………… 2\n\n"
            "某某省人民政府办公厅关于甲事项的通知\n\n某政办发〔2020〕1号\n\n各市人民政府：\n\n　　现将甲事项通知如下。\n\n"
            "某某省人民政府办公厅\n\n2020年1月5日\n\n某某省人民政府关于乙事项的意见\n\n各市人民政府：\n\n　　现就乙事项提出如下意见。\n\n"
            "某某省人民政府\n\n2020年1月6日\n")
    result = parse(text)
    assert [e.document for e in result.toc] == [0, 1]
    assert {d.code for d in result.diagnostics} == {"T004"}
    # too short to be told from the end of another title: 通知 alone links nothing
    assert parse(text.replace("关于甲事项的通知 ……", "的通知 ……")).toc[0].document is None


ISSUE_OF_THREE = (
    "某某省人民政府公报\n2021年第5期\n\n目　　录\n\n{first}……………………2\n{second}……………………5\n{third}……………………{page}\n\n"
    "某某省人民政府关于加强安全生产工作的通知\n某政发〔2021〕8号\n\n各市人民政府：\n现就某某工作通知如下。\n\n"
    "某某省人民政府\n2021年3月5日\n\n"
    "某某省人民政府办公厅关于印发某某实施方案（2021—2023年）的通知\n某政办发〔2021〕9号\n\n各市人民政府：\n"
    "现将《某某实施方案（2021—2023年）》印发给你们。\n\n某某省人民政府办公厅\n2021年3月6日\n\n"
    "某某实施方案（2021—2023年）\n\n一、总体要求\n加强领导。\n\n"
    "某某省人民政府关于张三等职务任免的通知\n某政任〔2021〕1号\n\n各市人民政府：\n任命张三为某某厅厅长。\n\n"
    "某某省人民政府\n2021年3月7日\n")


@pytest.mark.parametrize(("third", "links", "codes"), [
    # the TOC words the third title otherwise: linked where it stands
    ("某某省人民政府关于某某人员职务任免的通知", [0, 1, 2], ["T004", "T004"]),
    # a title nothing like the document's in its place: no pair
    ("某某市交通运输局关于公布道路客运班线的公告", [0, 1, None], ["T004", "T001", "T002"]),
    # another notice of the same organ (0.68 alike): no pair; a document may be missing and another unlisted
    ("某某省人民政府关于李四等同志表彰的通知", [0, 1, None], ["T004", "T001", "T002"])])
def test_toc_entries_worded_otherwise_are_linked_by_their_place(third: str, links: list[int | None],
                                                               codes: list[str]) -> None:
    """A TOC that drops a title's bracketed part (某某实施方案的通知 for 某某实施方案（2021—2023年）的通知) points at
    the document, and one entry that words a title otherwise (某某人员职务任免 for 张三等职务任免) at the document
    that stands in its place, where as many entries as documents are left between two that are linked, and the
    titles are alike. Before, both entries matched no document (T001) and both documents were unlisted (T002)."""
    text = ISSUE_OF_THREE.format(first="某某省人民政府关于加强安全生产工作的通知",
                                 second="某某省人民政府办公厅关于印发某某实施方案的通知", third=third, page=8)
    result = parse(text)
    assert [e.document for e in result.toc] == links
    assert [d.code for d in result.diagnostics if d.code.startswith("T")] == codes
    if links[2] is not None:  # a page the document does not start on: no pair by place
        from gazette_parse.diagnostics import Diagnostics
        from gazette_parse.pipeline import link_toc

        for e in result.toc:
            e.document = None
        result.documents[2].page = 9
        link_toc(result.toc, result.documents, Diagnostics(), has_pages=True, attachments={})
        assert [e.document for e in result.toc] == [0, 1, None]


@pytest.mark.parametrize(("page", "leader"), [(3, "……………………"), (3, "……（"), (1, "……………………")])
def test_a_toc_page_lower_than_the_one_above_keeps_the_toc_going(page: int, leader: str) -> None:
    """A page misprinted, or misread by an OCR (8 as 3), lower than the entry's above: a whole title after leader
    dots is still an entry, with T008, and the entries under it are read too. Before, the TOC ended there, and the
    rest of its lines were unclassified."""
    close = "）" if leader.endswith("（") else ""
    toc = "".join(f"某某省人民政府关于{n}工作的通知{leader}{p}{close}\n" for n, p in zip("甲乙丙丁", [2, 5, page, 11], strict=True))
    docs = "".join(f"某某省人民政府关于{n}工作的通知\n某政发〔2021〕{k}号\n\n各市人民政府：\n现就{n}工作通知如下。\n\n"
                   f"某某省人民政府\n2021年3月{k}日\n\n" for k, n in enumerate("甲乙丙丁", start=1))
    result = parse(f"某某省人民政府公报\n2021年第5期\n\n目　　录\n\n{toc}\n{docs}")
    assert [(e.page, e.document) for e in result.toc] == [(2, 0), (5, 1), (page, 2), (11, 3)]
    assert [(d.code, d.span.start_line) for d in result.diagnostics] == [("T008", 8)]
    assert not result.unclassified


@pytest.mark.parametrize("pageless", [["丙"], ["乙", "丙"]])
def test_a_toc_entry_that_lost_its_page_stays_an_entry_of_its_own(pageless: list[str]) -> None:
    """A paged TOC whose entry lost its page (a misprint, an OCR that dropped it): its whole title over the next
    entry's head is an entry without a page. Before, the two titles were one entry (its document unlisted, T002)."""
    toc = "".join(f"某某省人民政府关于{n}工作的通知{'' if n in pageless else f'……………………{p}'}\n"
                  for n, p in zip("甲乙丙丁", [2, 5, 8, 11], strict=True))
    docs = "".join(f"某某省人民政府关于{n}工作的通知\n某政发〔2021〕{k}号\n\n各市人民政府：\n现就{n}工作通知如下。\n\n"
                   f"某某省人民政府\n2021年3月{k}日\n\n" for k, n in enumerate("甲乙丙丁", start=1))
    result = parse(f"某某省人民政府公报\n2021年第5期\n\n目　　录\n\n{toc}\n{docs}")
    assert [(e.title[9:10], e.page, e.document) for e in result.toc] == [
        (n, None if n in pageless else p, k) for k, (n, p) in enumerate(zip("甲乙丙丁", [2, 5, 8, 11], strict=True))]
    assert not [d for d in result.diagnostics if d.code.startswith("T")]


#: A TOC page after leader dots that holds a 1 or a 0, which an OCR may read as a letter.
SLIPPABLE_PAGE = regex.compile(r"(?m)([.．。·…⋯_]{2,}\s*)(\d*[01]\d*)(\s*)$")
PAGED_FIXTURES = sorted(p.name for p in FIXTURES.iterdir() if SLIPPABLE_PAGE.search(p.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", ["zhejiang-2018-12.md", *PAGED_FIXTURES])
def test_toc_pages_an_ocr_misread_link_as_they_did(name: str) -> None:
    """The sample and every fixture whose TOC prints a page with a 1 or a 0, those read as letters (……lO for
    ……10): the TOC lists the same titles, pointing at the same documents, and T009 names each such page. Before,
    an entry like 国务院任免国家工作人员 ……lO ended the TOC, or ran into the next."""
    path = FIXTURES / name if name in PAGED_FIXTURES else Path(__file__).parents[1] / "samples" / name
    text = path.read_text(encoding="utf-8")
    slipped = SLIPPABLE_PAGE.sub(lambda m: m[1] + m[2].replace("1", "l").replace("0", "O") + m[3], text)
    plain, misread = parse(text), parse(slipped)
    assert [(e.title, e.document) for e in misread.toc] == [(e.title, e.document) for e in plain.toc]
    assert [d.title for d in misread.documents] == [d.title for d in plain.documents]
    assert len([d for d in misread.diagnostics if d.code == "T009"]) == len(SLIPPABLE_PAGE.findall(
        "\n".join(text.splitlines()[min(e.span.start_line for e in plain.toc) - 1:max(e.span.end_line for e in plain.toc)])))


@pytest.mark.parametrize("day", ["1日", "1曰", "1号"])
def test_a_toc_entrys_date_with_an_ocrs_or_speechs_day(day: str) -> None:
    """A TOC entry dated in brackets with 曰 (an OCR's) or 号 for 日: the date, not the title's end (before, the
    title kept it, and differed from the document's: T004)."""
    text = (f"某某省人民政府公报\n2021年第5期\n\n目　　录\n\n某某省人民政府关于甲工作的通知（2021年3月{day}）……2\n"
            "某某省人民政府关于乙工作的通知（2021年3月2日）……5\n\n"
            + "".join(f"某某省人民政府关于{n}工作的通知\n某政发〔2021〕{k}号\n\n各市人民政府：\n现就{n}工作通知如下。\n\n"
                      f"某某省人民政府\n2021年3月{k}日\n\n" for k, n in enumerate("甲乙", start=1)))
    result = parse(text)
    assert [(e.title, e.date, e.document) for e in result.toc] == [
        ("某某省人民政府关于甲工作的通知", "2021-03-01", 0), ("某某省人民政府关于乙工作的通知", "2021-03-02", 1)]
    assert not result.diagnostics


@pytest.mark.parametrize("foot", ["－8－", "— 8 —", "-8-"])
def test_a_toc_page_printed_as_a_pages_foot_that_a_wrap_put_on_its_own_line(foot: str) -> None:
    """…的通知…… / －8－: an entry's page as the page's foot prints it, that a hard wrap put under the leader dots,
    is the entry's page. Before, the line was taken for a page number (furniture), and the entry ran into the
    next one (a README limitation)."""
    toc = (f"某某省人民政府关于甲工作的通知……………………－2－\n某某省人民政府关于乙工作的通知……………………\n{foot}\n"
           "某某省人民政府关于丙工作的通知……………………－11－\n")
    docs = "".join(f"某某省人民政府关于{n}工作的通知\n某政发〔2021〕{k}号\n\n各市人民政府：\n现就{n}工作通知如下。\n\n"
                   f"某某省人民政府\n2021年3月{k}日\n\n" for k, n in enumerate("甲乙丙", start=1))
    result = parse(f"某某省人民政府公报\n2021年第5期\n\n目　　录\n\n{toc}\n{docs}")
    assert [(e.title[9:10], e.page, e.document) for e in result.toc] == [("甲", 2, 0), ("乙", 8, 1), ("丙", 11, 2)]
    assert not result.diagnostics and not result.furniture


def test_a_toc_page_an_ocr_misread_as_letters() -> None:
    """Pages an OCR read with letters for digits (……O8, ……l0): each a whole title's entry without a page, with
    T009 naming the page as printed. Before, the line ended no entry, and ran into the next entries' titles."""
    pages = ["2", "O8", "l0", "11"]
    toc = "".join(f"某某省人民政府关于{n}工作的通知……………………{p}\n" for n, p in zip("甲乙丙丁", pages, strict=True))
    docs = "".join(f"某某省人民政府关于{n}工作的通知\n某政发〔2021〕{k}号\n\n各市人民政府：\n现就{n}工作通知如下。\n\n"
                   f"某某省人民政府\n2021年3月{k}日\n\n" for k, n in enumerate("甲乙丙丁", start=1))
    result = parse(f"某某省人民政府公报\n2021年第5期\n\n目　　录\n\n{toc}\n{docs}")
    assert [(e.title, e.page, e.document) for e in result.toc] == [
        (f"某某省人民政府关于{n}工作的通知", p, k) for k, (n, p) in enumerate(zip("甲乙丙丁", [2, None, None, 11], strict=True))]
    assert [(d.code, d.span.start_line, d.message[:12]) for d in result.diagnostics] == [
        ("T009", 7, "TOC page O8 "), ("T009", 8, "TOC page l0 ")]


def test_a_number_a_wrapped_title_ends_in_under_a_higher_page_is_no_entry() -> None:
    """A title the wrap cut in a year (…关于表彰 / 2018年度…), no leader dots before the number: no entry with a
    page lower than the entry's above; the TOC ends there, as before."""
    text = ("某某省人民政府公报\n2021年第5期\n\n目　　录\n\n某某省人民政府关于甲工作的通知……………………5\n\n"
            "某某省人民政府关于甲工作的通知\n某政发〔2021〕1号\n\n各市人民政府：\n为表彰先进，现将2018年度优秀单位通报如下 3\n\n"
            "某某省人民政府\n2021年3月1日\n")
    result = parse(text)
    assert [(e.page, e.document) for e in result.toc] == [(5, 0)] and not [d for d in result.diagnostics if d.code == "T008"]


def test_law_database_metadata_and_a_repeated_page_title() -> None:
    text = ("国务院办公厅关于某某工作的通知\n\n【发布部门】国务院办公厅\n【发文字号】国办发〔2020〕12号\n【发布日期】2020.04.01\n"
            "发布机关：国务院办公厅\n\n国务院办公厅关于某某工作的通知\n国办发〔2020〕12号\n各省人民政府：\n"
            "　　现就有关事项通知如下。\n国务院办公厅\n2020年4月1日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.metadata == {"标题": "国务院办公厅关于某某工作的通知", "发布部门": "国务院办公厅", "发文字号": "国办发〔2020〕12号",
                            "发布日期": "2020.04.01", "发布机关": "国务院办公厅"}
    assert doc.span.start_line == 1 and doc.header_span is not None and doc.header_span.start_line == 1
    assert not result.unclassified


def test_wrapped_line_that_starts_with_a_numeral_goes_on() -> None:
    body = ("以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九\n大精神，着力推进行政执法透明、规范、合法、公正，推动形成权责统\n"
            "一、权威高效的行政执法体系和职责明确、依法行政的政府治理体系\n，确保行政机关依法履行法定职责，切实维护人民群众合法权益。\n")
    filler = "".join(f"各地区各部门要认真落实本意见的各项要求，加强组织领导，第{n}项工作抓\n紧推进落实。\n" for n in range(6))
    text = f"某某关于某某的意见\n\n一、总体要求\n\n{body}\n二、主要任务\n\n{filler}"
    blocks = make_blocks(normalize(text), skip=set(), transparent=set())
    assert any(b.text.startswith("以习近平") and "权责统一、权威高效" in b.text for b in blocks)
    assert [b.text for b in blocks if b.text.startswith(("一、", "二、"))] == ["一、总体要求", "二、主要任务"]


def test_notice_issuing_two_documents() -> None:
    text = ("某某省人民政府关于印发某某省甲管理办法和某某省乙实施细则的通知\n\n某政发〔2020〕3号\n\n各市人民政府：\n\n"
            "　　现将《某某省甲管理办法》和《某某省乙实施细则》印发给你们，请认真贯彻执行。\n\n某某省人民政府\n\n2020年2月1日\n\n"
            "某某省甲管理办法\n\n第一条　为了规范甲管理，制定本办法。\n\n第二条　本办法自2020年3月1日起施行。\n\n"
            "某某省乙实施细则\n\n第一条　为了实施乙，制定本细则。\n\n　　附件：乙表\n\n附件\n\n乙表\n\n序号\t名称\n1\t甲\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(e.title, [s.marker for s in e.sections], len(e.attachments)) for e in doc.enclosures] == [
        ("某某省甲管理办法", ["第一条", "第二条"], 0), ("某某省乙实施细则", ["第一条"], 1)]
    assert not result.unclassified and not result.diagnostics
    # quoted in the title: 关于印发《甲》《乙》的通知
    titled = text.replace("关于印发某某省甲管理办法和某某省乙实施细则的通知", "关于印发《某某省甲管理办法》《某某省乙实施细则》的通知")
    assert [e.title for e in parse(titled).documents[0].enclosures] == ["某某省甲管理办法", "某某省乙实施细则"]
    # a document the first paragraph only cites is not one the notice issues
    citing = text.replace("现将《某某省甲管理办法》", "为贯彻《国务院关于某某的意见》，现将《某某省甲管理办法》")
    assert [e.title for e in parse(citing).documents[0].enclosures] == ["某某省甲管理办法", "某某省乙实施细则"]
    one = ("某某省人民政府关于印发某某省丙方案的通知\n\n各市人民政府：\n\n　　为贯彻《国务院关于某某的意见》，现将《某某省丙方案》"
           "印发给你们。\n\n某某省人民政府\n\n2020年2月1日\n\n某某省丙方案\n\n一、目标\n\n国务院关于某某的意见\n\n二、任务\n")
    assert [(e.title, len(e.sections)) for e in parse(one).documents[0].enclosures] == [("某某省丙方案", 2)]


def test_printed_before_dated_and_attachment_numbering() -> None:
    head = "某某市人民政府关于某某的通知\n\n各区人民政府：\n\n　　现通知如下。\n\n某某市人民政府\n\n2020年3月5日\n\n"
    codes = {d.code for d in parse(head + "抄送：甲局。\n\n某某市人民政府办公室　2020年3月1日印发\n").diagnostics}
    assert "D003" in codes
    assert "D003" not in {d.code for d in parse(head + "某某市人民政府办公室　2020年3月6日印发\n").diagnostics}

    def a003(labels: list[str]) -> list[int]:
        text = head + "".join(f"{label}\n\n标题{n}\n\n正文{n}。\n\n" for n, label in enumerate(labels))
        return [d.span.start_line for d in parse(text).diagnostics if d.code == "A003"]

    assert a003(["附件1", "附件2", "附件3"]) == [] and a003(["附件1-1", "附件1-2", "附件2"]) == []
    assert a003(["附件1", "附件3"]) == [17] and a003(["附件1", "附件1"]) == [17] and a003(["附件2"]) == [11]


def test_president_order_numbered_in_chinese_numerals() -> None:
    text = fixture("president-order-with-law.txt")
    result = parse(text)
    (order,) = result.documents
    assert order.doc_number is not None and (order.doc_number.text, order.doc_number.serial) == ("中华人民共和国主席令第31号", 31)
    assert (order.signatories, order.date) == (["中华人民共和国主席 习近平"], "2021-08-20")
    (law,) = order.enclosures
    assert law.date == "2021-08-20" and [s.marker for s in law.sections] == ["第一章", "第二章"]
    assert not result.diagnostics and not result.unclassified
    toc = parse("某某公报\n\n目录\n\n中华人民共和国主席令（第三十一号） …… 3\n\n" + text).toc
    assert [(e.doc_number, e.document) for e in toc] == [("中华人民共和国主席令第31号", 0)]


def test_toc_without_page_numbers() -> None:
    docs = "".join(f"某某省人民政府关于{x}事项的通知\n\n某政发〔2021〕{n}号\n\n各市人民政府：\n\n　　现将{x}事项通知如下。\n\n"
                   f"某某省人民政府\n\n2021年1月{n}日\n\n" for n, x in enumerate("甲乙", start=1))
    toc = ("目录\n\n【省政府文件】\n[某某省人民政府关于甲事项的通知](http://example.gov.cn/a.html)\n"
           "某某省人民政府关于乙事项的\n通知（某政发〔2021〕2号）\n\n")
    result = parse("某某省人民政府公报\n2021年第4期\n\n" + toc + docs)
    assert [(e.title, e.doc_number, e.page, e.category, e.document) for e in result.toc] == [
        ("某某省人民政府关于甲事项的通知", None, None, "省政府文件", 0),
        ("某某省人民政府关于乙事项的通知", "某政发〔2021〕2号", None, "省政府文件", 1)]
    assert result.toc_span is not None and (result.toc_span.start_line, result.toc_span.end_line) == (4, 9)
    assert [d.title for d in result.documents] == ["某某省人民政府关于甲事项的通知", "某某省人民政府关于乙事项的通知"]
    assert not result.unclassified and not result.diagnostics


def test_toc_entry_with_its_category_in_front() -> None:
    lines = [ln for ln in normalize("目录\n\n【省政府文件】某某省人民政府关于甲事项的通知……………3\n"
                                    "【省政府办公厅文件】某某省人民政府办公厅关于乙事项的通知……5\n")]
    toc = find_toc(lines, skip=set())
    assert [(e.category, e.title, e.page) for e in toc.entries] == [
        ("省政府文件", "某某省人民政府关于甲事项的通知", 3), ("省政府办公厅文件", "某某省人民政府办公厅关于乙事项的通知", 5)]


def test_copy_number_classification_and_urgency_above_the_red_header() -> None:
    doc_text = ("某某省人民政府文件\n\n某政发〔2021〕3号\n\n某某省人民政府关于甲事项的通知\n\n各市人民政府：\n\n　　现将甲事项通知如下。\n\n"
                "某某省人民政府\n\n2021年1月5日\n")
    for head in ("000123\n机密★1年\n特急\n\n", "000123　机密★1年　特急\n\n"):
        result = parse(head + doc_text)
        (doc,) = result.documents
        assert (doc.copy_number, doc.classification, doc.urgency, doc.issuer) == ("000123", "机密★1年", "特急", "某某省人民政府")
        assert doc.header_span is not None and doc.header_span.start_line == 1 and not result.unclassified
    (plain,) = parse(doc_text).documents
    assert (plain.copy_number, plain.classification, plain.urgency) == (None, None, None)


def test_a_communique_title_alone_is_no_gazette_masthead() -> None:
    text = ("中国共产党第十九届中央委员会第五次全体会议公报\n\n（2020年10月29日中国共产党第十九届中央委员会第五次全体会议通过）\n\n"
            "　　中国共产党第十九届中央委员会第五次全体会议，于2020年10月26日至29日在北京举行。\n")
    result = parse(text)
    assert result.gazette is None
    (doc,) = result.documents
    assert (doc.kind, doc.date) == ("公报", "2020-10-29") and not result.unclassified
    assert parse("某某省人民政府公报\n2020年第3期\n\n" + text).gazette is not None  # with its issue, a masthead


@pytest.mark.parametrize("line", ["—3—", "- 3 -", "第 3 页", "第3页，共40页", "3/40", "·3·", "共40页 第3页", "Page 3 of 40",
                                  "page 3"])
def test_page_number_forms(line: str) -> None:
    # (共40页 第3页 and Page 3 of 40, as an export from Word prints them, were not read before)
    assert page_furniture(line) == ("page-number", 3)
    assert page_furniture("第3页共") is None and page_furniture("Page 3 of 40 pages and more") is None


@pytest.mark.parametrize("line", ["上海市人民政府公报 2025·1", "2025·1  上海市人民政府公报", "上海市人民政府公报 · 2025年第1期 · 3",
                                  "四川政报 2019年第8期", "12  浙江省人民政府公报  2018年第12期", "浙江省人民政府公报2018年第12期(总第1199期)"])
def test_running_header_forms(line: str) -> None:
    found = page_furniture(line)
    assert found is not None and found[0] == "running-header"
    assert page_furniture("关于印发某某公报 2019年第3号的通知") is None and page_furniture("国家统计局公报 2019.8.5") is None


def test_toc_page_ranges_and_page_words() -> None:
    text = ("目录\n\n某某省人民政府关于甲事项的通知……………………3—5\n某某省人民政府关于印发某某规划（2021—2025）\n"
            "的通知（某政发〔2021〕2号）………6-9\n某某省人民政府关于丙事项的通知 ………… 第10页\n"
            "某某省人民政府关于丁事项的通知 ………… P12\n某某省人民政府关于戊事项的通知（13-14）\n")
    toc = find_toc(normalize(text), skip=set())
    assert [(e.title, e.page) for e in toc.entries] == [
        ("某某省人民政府关于甲事项的通知", 3), ("某某省人民政府关于印发某某规划（2021—2025）的通知", 6),
        ("某某省人民政府关于丙事项的通知", 10), ("某某省人民政府关于丁事项的通知", 12), ("某某省人民政府关于戊事项的通知", 13)]


@pytest.mark.parametrize("end", ["…………－{p}－", "————－{p}－", "…………— {p} —", "  - {p} -"])
def test_toc_pages_printed_as_the_page_prints_them(end: str) -> None:
    """A TOC that prints each page as its foot does (…………－3－, — 3 —): the page. Before, no entry was read."""
    titles = ["某某省人民政府关于甲事项的通知", "某某省人民政府关于乙事项的意见", "某某省人民政府关于同意设立某某区的批复"]
    text = "目录\n\n" + "\n".join(t + end.format(p=3 + 4 * k) for k, t in enumerate(titles)) + "\n"
    toc = find_toc(normalize(text), skip=set())
    assert [(e.title, e.page) for e in toc.entries] == list(zip(titles, [3, 7, 11], strict=True))


@pytest.mark.parametrize("cut", ["……（\n{p}）", "……\n（{p}）", "\n（{p}）"])
def test_toc_pages_in_brackets_cut_onto_the_next_line(cut: str) -> None:
    """A page in brackets that a wrap (or Word's source, over its lines) cut after its opening bracket (……（ / 4）)
    or put on a line of its own (（4）): the entry's page. Before, the entry ran into the next, or the TOC ended."""
    titles = ["某某省人民政府关于甲事项的通知", "某某市人民政府令（第302号）", "某某省人民政府关于同意设立某某区的批复"]
    text = "目录\n\n" + "\n".join(t + cut.format(p=3 + 4 * k) for k, t in enumerate(titles)) + "\n"
    toc = find_toc(normalize(text), skip=set())
    assert [(e.title, e.page) for e in toc.entries] == [
        ("某某省人民政府关于甲事项的通知", 3), ("某某市人民政府令", 7), ("某某省人民政府关于同意设立某某区的批复", 11)]


def _guangdong_issue(toc: str, titles: list[str], heads: dict[int, str] | None = None) -> str:
    """An issue of the 广东省人民政府公报 whose 目录 holds ``toc`` and whose documents are notices titled ``titles``,
    numbered 粤府〔2023〕1号 and on; ``heads``: a category heading printed above the document of each index."""
    docs = [f"{(heads or {}).get(k, '')}\n\n{t}\n粤府〔2023〕{k + 1}号\n\n各地级以上市人民政府：\n现就有关事项通知如下。\n\n"
            f"广东省人民政府\n2023年1月{k + 5}日" for k, t in enumerate(titles)]
    return f"广东省人民政府公报\n2023年第3期\n\n目　　录\n\n{toc}\n" + "\n".join(docs) + "\n"


@pytest.mark.parametrize("entry", ["{n}　{t}……{p}", "{p}　{t}　{n}"])
def test_toc_entries_with_the_doc_number_in_front_or_after_a_leading_page(entry: str) -> None:
    """A TOC that prints each entry's 文号 in front of its title (某府发〔2023〕1号　某某关于…的通知……3), or the page in
    front and the 文号 after (3　某某关于…的通知　某府发〔2023〕1号): the title, its 文号 and its page, each entry
    linked to its document. Before, the 文号 stayed in the title and no entry was linked, or the TOC ended at the
    first entry."""
    titles = ["广东省人民政府关于印发广东省促进某某发展若干措施的通知", "广东省人民政府关于某某工作的意见", "广东省人民政府关于同意设立某某区的批复"]
    toc = "\n".join(entry.format(t=t, n=f"粤府〔2023〕{k + 1}号", p=3 + 4 * k) for k, t in enumerate(titles))
    result = parse(_guangdong_issue(f"【省政府文件】\n{toc}", titles))
    assert [(e.title, e.doc_number, e.page, e.document) for e in result.toc] == [
        (t, f"粤府〔2023〕{k + 1}号", 3 + 4 * k, k) for k, t in enumerate(titles)]
    assert [d.title for d in result.documents] == titles and not result.unclassified


@pytest.mark.parametrize("heading", ["▲{}", "★{}", "〖{}〗", "［{}］", "—{}—", "·{}·", "{}："])
def test_toc_category_headings_set_off_otherwise(heading: str) -> None:
    """Category headings in the brackets or among the marks other gazettes set them in (〖省政府文件〗, ★省政府文件,
    —省政府文件—, 省政府文件：): each entry's category. Before, the heading ran into the title under it."""
    titles = ["广东省人民政府关于印发广东省促进某某发展若干措施的通知", "广东省人民政府关于某某工作的意见", "广东省人民政府办公厅关于同意设立某某区的批复"]
    toc = "\n".join([heading.format("省政府文件"), f"{titles[0]}……3", f"{titles[1]}……7",
                     heading.format("省政府办公厅文件"), f"{titles[2]}……11"])
    result = parse(_guangdong_issue(toc, titles))
    assert [(e.category, e.title, e.page, e.document) for e in result.toc] == [
        ("省政府文件", titles[0], 3, 0), ("省政府文件", titles[1], 7, 1), ("省政府办公厅文件", titles[2], 11, 2)]
    assert not result.unclassified
    # the headings printed above their documents too: each document's category, no document's text
    headed = parse(_guangdong_issue(toc, titles, {0: heading.format("省政府文件"), 2: heading.format("省政府办公厅文件")}))
    assert [(d.title, d.category) for d in headed.documents] == [
        (titles[0], "省政府文件"), (titles[1], "省政府文件"), (titles[2], "省政府办公厅文件")]
    assert not headed.unclassified and all(not d.preamble or "文件" not in d.preamble[0].text for d in headed.documents)


def test_letter_format_with_the_copy_number_beside_the_doc_number() -> None:
    text = fixture("letter-format-copy-number-beside-doc-number.txt")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.title, doc.issuer, doc.copy_number) == ("某某省人民政府办公厅关于同意设立某某的函", "某某省人民政府办公厅", "000123")
    assert doc.doc_number is not None and doc.doc_number.text == "某政办函〔2020〕5号"
    assert doc.header_span is not None and doc.header_span.start_line == 1 and not result.unclassified


def test_toc_table_with_a_category_column_and_a_number_column() -> None:
    rows = ('<tr><td rowspan="2">省政府文件</td><td>某某省人民政府关于甲事项的通知（某政发〔2021〕1号）</td><td>2</td></tr>'
            "<tr><td>某某省人民政府关于乙事项的意见</td><td>5</td></tr><tr><td>政策解读</td><td>《甲》解读</td><td>8</td></tr>")
    toc = find_toc(normalize(f"目录\n\n<table><tr><td>类别</td><td>标题</td><td>页码</td></tr>{rows}</table>\n"), skip=set())
    assert [(e.category, e.title, e.doc_number, e.page) for e in toc.entries] == [
        ("省政府文件", "某某省人民政府关于甲事项的通知", "某政发〔2021〕1号", 2),
        ("省政府文件", "某某省人民政府关于乙事项的意见", None, 5), ("政策解读", "《甲》解读", None, 8)]
    numbered = find_toc(normalize("目录\n\n| 序号 | 标题 | 页码 |\n|---|---|---|\n| 1 | 某某省人民政府关于甲事项的通知 | 2 |\n"),
                        skip=set())
    assert [(e.category, e.title, e.page) for e in numbered.entries] == [(None, "某某省人民政府关于甲事项的通知", 2)]


def test_toc_in_layout_text_with_the_doc_number_in_a_column() -> None:
    text = ("                 目    录\n  某某省人民政府关于甲事项的通知                  某政发〔2021〕1号          3\n"
            "  某某省人民政府办公厅关于乙事项的意见            某政办发〔2021〕2号        5\n")
    toc = find_toc(normalize(text), skip=set())
    assert [(e.title, e.doc_number, e.page) for e in toc.entries] == [
        ("某某省人民政府关于甲事项的通知", "某政发〔2021〕1号", 3), ("某某省人民政府办公厅关于乙事项的意见", "某政办发〔2021〕2号", 5)]


def test_toc_entries_written_as_markdown_links() -> None:
    text = "# 目录\n\n[某某省人民政府关于甲事项的通知 …… 3](#page3)\n[某某省人民政府关于乙事项的意见 …… 5](#page5)\n"
    assert [(e.title, e.page) for e in find_toc(normalize(text), skip=set()).entries] == [
        ("某某省人民政府关于甲事项的通知", 3), ("某某省人民政府关于乙事项的意见", 5)]


def test_toc_entries_numbered_in_the_list() -> None:
    text = "目录\n1.某某省人民政府关于甲事项的通知……3\n2、某某省人民政府关于乙事项的意见……5\n2018年度某某考核结果的通报……9\n"
    toc = find_toc(normalize(text), skip=set())
    assert [e.title for e in toc.entries] == ["某某省人民政府关于甲事项的通知", "某某省人民政府关于乙事项的意见", "2018年度某某考核结果的通报"]
    text = "目录\n一、省政府文件\n1.某某省人民政府关于甲事项的通知……3\n二、省政府办公厅文件\n2、某某省人民政府办公厅关于乙事项的意见……5\n"
    assert [(e.category, e.title) for e in find_toc(normalize(text), skip=set()).entries] == [
        ("省政府文件", "某某省人民政府关于甲事项的通知"), ("省政府办公厅文件", "某某省人民政府办公厅关于乙事项的意见")]


@pytest.mark.parametrize(("title_lines", "title", "issuer"), [
    ("中共浙江省委　浙江省人民政府\n关于加快推进某某工作的意见", "中共浙江省委 浙江省人民政府关于加快推进某某工作的意见", "中共浙江省委、浙江省人民政府"),
    ("中共中央办公厅 国务院办公厅印发《关于某某的意见》的通知", "中共中央办公厅 国务院办公厅印发《关于某某的意见》的通知", "中共中央办公厅、国务院办公厅"),
    ("浙江省人民政府办公厅关于表彰 2017 年度 全省“最多\n跑一次”改革先进集体的通报", "浙江省人民政府办公厅关于表彰2017年度全省“最多跑一次”改革先进集体的通报", "浙江省人民政府办公厅"),
    ("浙江省人民政府办公厅\n关于加强某某的通知", "浙江省人民政府办公厅关于加强某某的通知", "浙江省人民政府办公厅"),
    ("国 务 院 关 于 某 某 的 通 知", "国务院关于某某的通知", "国务院"),
])
def test_joint_issuers_keep_the_space_between_them_in_a_title(title_lines: str, title: str, issuer: str) -> None:
    text = f"{title_lines}\n\n国发〔2019〕1号\n\n各省人民政府：\n\n　　现通知如下。\n\n某某局\n\n2019年1月20日\n"
    (doc,) = parse(text).documents
    assert (doc.title, doc.issuer) == (title, issuer)


def test_a_long_documents_own_contents_with_pages_is_no_issue_toc() -> None:
    text = ("某某市国民经济和社会发展第十四个五年规划纲要\n\n目　录\n\n第一章　发展环境 …………… 1\n第二章　总体要求 …………… 3\n\n"
            "第一章　发展环境\n\n　　“十三五”时期，我市经济持续健康发展。\n\n第二章　总体要求\n\n　　坚持新发展理念。\n")
    result = parse(text)
    assert result.toc == [] and result.toc_span is None
    (doc,) = result.documents
    assert doc.title == "某某市国民经济和社会发展第十四个五年规划纲要" and [s.marker for s in doc.sections] == ["第一章", "第二章"]
    assert [p.text[:3] for p in doc.preamble] == ["目录", "第一章", "第二章"] and not result.unclassified
    plan = ("某某市某某专项规划\n\n目　录\n\n一、发展基础 ………………………………………………………… 1\n二、总体要求 ……………… 3\n\n"
            "一、发展基础\n\n　　我市基础较好。\n\n二、总体要求\n\n　　坚持新发展理念。\n")
    result = parse(plan)
    (doc,) = result.documents
    assert result.toc == [] and [s.marker for s in doc.sections] == ["一、", "二、"] and len(doc.preamble) == 3


def test_forwarded_document_with_a_doc_number_of_its_own() -> None:
    text = ("国务院办公厅转发国家发展改革委关于某某工作意见的通知\n\n国办发〔2019〕12号\n\n各省、自治区、直辖市人民政府：\n\n"
            "　　国家发展改革委《关于某某工作的意见》已经国务院同意，现转发给你们，请认真贯彻执行。\n\n国务院办公厅\n\n2019年3月1日\n\n"
            "关于某某工作的意见\n\n发改某某〔2019〕88号\n\n　　为做好某某工作，现提出如下意见。\n\n　　一、总体要求\n\n　　做好某某工作。\n\n"
            "国家发展改革委\n\n2019年2月20日\n")
    result = parse(text)
    (notice,) = result.documents
    (opinion,) = notice.enclosures
    assert opinion.doc_number is not None and opinion.doc_number.text == "发改某某〔2019〕88号"
    assert (opinion.title, opinion.date, opinion.signatories) == ("关于某某工作的意见", "2019-02-20", ["国家发展改革委"])
    assert not result.unclassified and not result.diagnostics
    # a document the notice does not name stays a document of its own
    other = text.replace("关于某某工作的意见\n\n发改", "关于另一工作的通知\n\n发改")
    assert len(parse(other).documents) == 2


def test_npc_standing_committee_announcement_numbered_in_its_term() -> None:
    text = ("全国人民代表大会常务委员会公告\n\n〔十三届〕第十号\n\n　　《全国人民代表大会常务委员会关于修改〈中华人民共和国某某法〉的决定》"
            "已由第十三届全国人民代表大会常务委员会第十次会议于2019年4月23日通过，现予公布。\n\n全国人民代表大会常务委员会\n\n2019年4月23日\n")
    (doc,) = parse(text).documents
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.serial) == ("全国人民代表大会常务委员会公告〔十三届〕第10号", 10)
    assert doc.preamble[0].text.startswith("《全国人民代表大会")


@pytest.mark.parametrize("head", ["某某省人民代表大会常务委员会\n公　　告\n（第五十二号）\n\n",
                                  "某某省人民代表大会常务委员会公告\n\n(第五十二号)\n\n"])
def test_an_announcement_numbered_in_brackets(head: str) -> None:
    # A province's 人大常委会 numbers its 公告 in brackets: （第五十二号）. Before, that was the subtitle, and no 文号.
    text = head + ("　　《某某市养犬管理条例》已由某某市人民代表大会常务委员会通过，现予公布。\n\n"
                   "某某省人民代表大会常务委员会\n2023年7月28日\n")
    (doc,) = parse(text).documents
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.serial) == (
        "某某省人民代表大会常务委员会公告第52号", 52)
    assert doc.subtitle is None and doc.title == "某某省人民代表大会常务委员会公告"


def test_signature_printed_under_the_date() -> None:
    text = ("国务院办公厅关于某某工作的通知\n\n国办发〔2019〕12号\n\n各省人民政府：\n\n　　现就有关事项通知如下。\n\n2019年3月1日\n\n"
            "国务院办公厅\n\n（此件公开发布）\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.signatories, doc.date, [n.text for n in doc.notes]) == (["国务院办公厅"], "2019-03-01", ["（此件公开发布）"])
    assert not result.unclassified and not result.diagnostics


def test_an_issue_line_without_title_is_a_masthead_only_at_the_top() -> None:
    doc = "某某市人民政府关于某某的通知\n\n某政发〔2020〕5号\n\n各区人民政府：\n\n　　现通知如下。\n\n某某市人民政府\n\n2020年3月1日\n"
    assert parse("2020年第5号\n\n" + doc).gazette is None  # 号 without a title: a 公告's number, maybe
    assert parse("国家税务总局公告\n\n2019年第3号\n\n　　现公告如下。\n\n国家税务总局\n\n2019年3月1日\n").gazette is None


def test_toc_heading_repeated_on_its_next_page() -> None:
    text = ("# 目 录\n\n【省政府文件】\n\n某某省人民政府关于甲事项的通知 …… 3\n\n# 目 录\n\n某某省人民政府关于丙事项的通知 …… 7\n\n"
            "# 目录（续）\n\n某某省人民政府关于丁事项的通知 …… 9\n")
    toc = find_toc(normalize(text), skip=set())
    assert [(e.title, e.category) for e in toc.entries] == [
        ("某某省人民政府关于甲事项的通知", "省政府文件"), ("某某省人民政府关于丙事项的通知", "省政府文件"),
        ("某某省人民政府关于丁事项的通知", "省政府文件")]
    assert {7, 11} <= toc.lines


def test_toc_page_number_wrapped_onto_a_line_of_its_own() -> None:
    text = ("目 录\n\n  湖北省人民政府关于印发湖北省甲专项规划和湖北\n省乙行动方案的通知（鄂政发〔2022〕5号） ……… \n8\n\n"
            "  湖北省人民政府办公厅关于加强丙工作的通知 ……… 15\n")
    toc = find_toc(normalize(text), skip=set())
    assert [(e.title, e.doc_number, e.page) for e in toc.entries] == [
        ("湖北省人民政府关于印发湖北省甲专项规划和湖北省乙行动方案的通知", "鄂政发〔2022〕5号", 8),
        ("湖北省人民政府办公厅关于加强丙工作的通知", None, 15)]


def test_attachment_note_wrapped_onto_a_line_of_its_own() -> None:
    text = ("某某省人民政府办公厅关于某某的通知\n\n各市人民政府：\n\n　　现将有关事项通知如下。\n\n"
            "　　附件：1.某某省推进某某工作三年行动计划（2021—2023年）重点任\n　　　　　　务分工方案\n"
            "　　　　　2.某某省某某工作联系人名单\n\n某某省人民政府办公厅\n\n2021年3月5日\n\n附件1\n\n"
            "某某省推进某某工作三年行动计划（2021—2023年）重点任务分工方案\n\n一、任务\n\n附件2\n\n某某省某某工作联系人名单\n\n张三\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(n.number, n.title, n.span.end_line) for n in doc.attachment_notes] == [
        (1, "某某省推进某某工作三年行动计划（2021—2023年）重点任务分工方案", 8), (2, "某某省某某工作联系人名单", 9)]
    assert not result.diagnostics and not result.unclassified


def test_issuer_of_a_document_signed_by_office() -> None:
    text = ("关于提请审议《中华人民共和国某某法（草案）》的议案\n\n全国人民代表大会常务委员会：\n\n　　现提请审议。\n\n"
            "国务院总理　李克强\n\n2021年5月10日\n")
    (doc,) = parse(text).documents
    assert (doc.kind, doc.signatories, doc.issuer) == ("议案", ["国务院总理 李克强"], "国务院")
    (plain,) = parse(text.replace("国务院总理　李克强", "总理　李克强")).documents
    assert plain.issuer == "总理 李克强"


def test_a_running_header_at_the_top_is_no_crash() -> None:
    """A page's running header (after a form feed) among the first lines opened the masthead search, whose zone
    then skipped that very line as a page break and came out empty."""
    text = "某某关于某某的通知\n\n正文。\n\n—1—\n\f浙江省人民政府公报 2018年第12期\n\n某某局\n\n2018年3月1日\n"
    result = parse(text)
    assert len(result.documents) == 1 and not result.unclassified


def test_masthead_on_the_second_page_after_an_empty_cover() -> None:
    doc = "\n\n某某市人民政府关于某某的通知\n\n某政发〔2020〕5号\n\n各区人民政府：\n\n　　现通知如下。\n\n某某市人民政府\n\n2020年3月1日\n"
    result = parse("—1—\n\f某某市人民政府公报\n2020年第5期" + doc)
    assert result.gazette is not None and (result.gazette.title, result.gazette.issue) == ("某某市人民政府公报", 5)


def test_a_document_printed_as_an_attachment_stays_the_attachment() -> None:
    text = ("某某省人民政府办公厅关于做好某某工作的通知\n\n某政办发〔2020〕3号\n\n各市人民政府：\n\n　　请按照某某部有关通知要求做好某某工作。\n\n"
            "　　附件：某某部关于某某工作的通知\n\n某某省人民政府办公厅\n\n2020年2月1日\n\n附件\n\n某某部关于某某工作的通知\n\n"
            "某部发〔2020〕1号\n\n各省、自治区、直辖市有关部门：\n\n　　现就某某工作通知如下。\n\n某某部\n\n2020年1月10日\n")
    result = parse(text)
    (doc,) = result.documents
    (attachment,) = doc.attachments
    assert attachment.title == "某某部关于某某工作的通知" and attachment.paragraphs[0].text == "某部发〔2020〕1号"
    assert not result.unclassified and not result.diagnostics


@pytest.mark.parametrize("cover", ["<table><tr><td>某某市人民政府公报</td></tr><tr><td>2020年第5期（总第300期）</td></tr></table>",
                                   "| 某某市人民政府公报 | 2020年第5期（总第300期） |\n|---|---|"])
def test_masthead_laid_out_as_a_table(cover: str) -> None:
    doc = "\n\n某某市人民政府关于某某的通知\n\n某政发〔2020〕5号\n\n各区人民政府：\n\n　　现通知如下。\n\n某某市人民政府\n\n2020年3月1日\n"
    result = parse(cover + doc)
    g = result.gazette
    assert g is not None and (g.title, g.issue, g.cumulative_issue) == ("某某市人民政府公报", 5, 300)
    assert not result.unclassified and len(result.documents) == 1


def test_page_number_is_looked_for_only_in_a_lines_tail(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bound that keeps the page-number search linear (over a whole line with a long run of spaces the
    pattern took cubic time); the hostile case would only show it by hanging."""
    from gazette_parse import toc

    starts: list[int] = []
    pattern = toc.ENTRY_END

    class Recording:
        def search(self, text: str, pos: int = 0) -> object:
            starts.append(len(text) - pos)
            return pattern.search(text, pos)

    monkeypatch.setattr(toc, "ENTRY_END", Recording())
    entries = find_toc(normalize("目录\n甲" + " " * 5000 + "乙的通知 …… 3\n"), skip=set()).entries
    assert [e.page for e in entries] == [3] and starts and max(starts) <= toc.ENTRY_TAIL


def test_a_note_after_a_full_sentence_ends_the_paragraph() -> None:
    """One paragraph a line, blank lines between: a paragraph that ends in a bracketed note after its full stop
    (…改革。（某某部牵头）) is over; the text under it is no page-broken rest of it."""
    text = ("（一）深化行政审批制度改革。（国务院办公厅牵头，各有关部门按职责分工负责）\n\n"
            "优化固体废物管理体制机制，强化部门分工协作。\n\n"
            "完善某某制度，加强某某工作，推进某某改革（某某部牵头\n\n负责，某某部参与）。\n")
    blocks = make_blocks(normalize(text), skip=set(), transparent=set())
    assert [b.text[:6] for b in blocks] == ["（一）深化行", "优化固体废物", "完善某某制度"]


def test_a_title_the_toc_lists_is_a_block_of_its_own() -> None:
    text = "（二）推进“双随机、一公开”监管，加强监管\n\n国务院任免国家工作人员\n\n2019年3月28日，国务院任命李四为某某部副部长。\n"
    lines = normalize(text)
    assert len(make_blocks(lines, skip=set(), transparent=set())) == 1  # (without the TOC: a page-broken paragraph)
    titled = make_blocks(lines, skip=set(), transparent=set(), titles=frozenset({"国务院任免国家工作人员"}))
    assert [b.text[:6] for b in titled] == ["（二）推进“", "国务院任免国", "2019年3"]


def test_state_council_gazette_with_appointments() -> None:
    result = parse(fixture("state-council-gazette-with-appointments.txt"))
    g = result.gazette
    assert g is not None and (g.issue, g.cumulative_issue, g.editor, g.publication_date) == (
        10, 1660, "国务院公报编辑部", "2019-04-10")
    assert [d.title for d in result.documents][-1] == "国务院任免国家工作人员"
    assert [e.document for e in result.toc] == [0, 1, 2, 3]
    plan = result.documents[2].enclosures[0]
    assert plan.sections[-1].sections[-1].paragraphs[-1].text == "（市场监管总局牵头）"
    assert not result.unclassified and not result.diagnostics


def test_frequency_line_under_the_masthead_and_a_full_colophon() -> None:
    result = parse(fixture("gazette-frequency-line-and-full-colophon.txt"))
    g = result.gazette
    assert g is not None
    assert (g.frequency, g.year, g.issue, g.cumulative_issue) == ("旬刊", 2020, 10, 1650)
    assert (g.editor, g.issn, g.cn_number, g.publication_date) == (
        "广东省人民政府公报编辑部", "1004-4698", "CN44-1089/D", "2020-04-10")
    assert g.colophon_span is not None and (g.colophon_span.start_line, g.colophon_span.end_line) == (24, 35)
    (doc,) = result.documents
    assert doc.span.end_line == 22  # (the colophon is no part of the last document)
    assert not result.unclassified and not result.diagnostics


def test_titles_a_sentence_issues_are_found_across_line_ends() -> None:
    from gazette_parse.blocks import issued_titles

    text = "现将《某某市促进某某发展行动方案（2020—\n2022年）》印发给你们。转发《某某部关于某某的意见》，\n引用《某某条例》。"
    assert issued_titles(text) == {"某某市促进某某发展行动方案20202022年", "某某部关于某某的意见"}
    assert issued_titles("依据《某某条例》第五条。") == set()


def test_a_signature_by_office_and_name_does_not_join_the_sentence_above() -> None:
    """Hard-wrapped text without indents, the sentence above ending at the wrap width."""
    body = "某某市某某管理办法已经市政府常务会议通过，现予公布，自公布之日起施行，各有关部门要认真贯彻执行。"
    assert len(body) == 48 and body.endswith("。")
    text = "\n".join([body[i:i + 24] for i in range(0, len(body), 24)] * 5 + ["市长　某某某", "2020年3月10日"])
    blocks = make_blocks(normalize(text), skip=set(), transparent=set())
    assert [b.text for b in blocks[-2:]] == ["市长某某某", "2020年3月10日"]


@pytest.mark.parametrize(("text", "agency", "year", "serial"), [
    ("(84)财税字第301号", "财税字", 1984, 301), ("（1989）劳险字1号", "劳险字", 1989, 1), ("〔81〕国发字第88号", "国发字", 1981, 88)])
def test_doc_number_with_its_year_first(text: str, agency: str, year: int, serial: int) -> None:
    parsed = parse_doc_number(text)
    assert parsed is not None and (parsed.text, parsed.agency_code, parsed.year, parsed.serial) == (
        "".join(text.split()), agency, year, serial)
    assert parse_doc_number(f"依据{text}文件") is None  # (a whole line only)


def test_document_numbered_in_the_old_form() -> None:
    result = parse(fixture("old-form-doc-number-year-first.txt"))
    (doc,) = result.documents
    assert doc.doc_number is not None and (doc.doc_number.year, doc.doc_number.serial) == (1984, 301)
    assert (doc.date, doc.signatories) == ("1984-10-10", ["财政部"])
    assert [d.code for d in result.diagnostics] == ["N001"] and "GB/T 9704:" not in result.diagnostics[0].message


def test_titles_dated_by_the_line_under_them() -> None:
    """A 决定 without a 文号 whose title has its adoption line under it, then a 批复 whose title is dated
    （2020年8月30日） above its 文号."""
    result = parse(fixture("titles-dated-under-them.txt"))
    decision, reply = result.documents
    assert (decision.title, decision.kind, decision.date) == ("北京市人民政府关于修改部分政府规章的决定", "决定", "2020-03-05")
    assert decision.subtitle is not None and decision.subtitle.endswith("自公布之日起施行）")
    assert [s.marker for s in decision.sections] == ["一、", "二、"]
    assert (reply.title, reply.subtitle, reply.date) == (
        "国务院关于同意设立中国（北京）自由贸易试验区的批复", "（2020年8月30日）", "2020-08-30")
    assert reply.doc_number is not None and reply.doc_number.text == "国函〔2020〕123号"
    assert reply.addressees == ["北京市人民政府、商务部"]  # (、 parts names within one group of 主送机关)
    assert not result.unclassified


def test_an_issued_document_dated_under_its_title_stays_the_enclosure() -> None:
    text = ("某某省人民政府关于印发某某省人民政府关于加强某某工作的决定的通知\n某政发〔2020〕5号\n\n各市人民政府：\n"
            "现将《某某省人民政府关于加强某某工作的决定》印发给你们，请认真贯彻执行。\n\n某某省人民政府\n2020年3月1日\n\n"
            "某某省人民政府关于加强某某工作的决定\n（2020年2月20日省政府第30次常务会议通过）\n\n一、加强领导。\n二、落实责任。\n")
    result = parse(text)
    (notice,) = result.documents
    (decision,) = notice.enclosures
    assert (decision.title, decision.date, [s.marker for s in decision.sections]) == (
        "某某省人民政府关于加强某某工作的决定", "2020-02-20", ["一、", "二、"])
    assert not result.unclassified


@pytest.mark.parametrize("title", ["# 浙江省人民政府\n\n# 公　报", "浙江省人民政府\n公报"])
def test_gazette_title_printed_on_two_lines(title: str) -> None:
    text = (f"{title}\n\n2019年第5期（总第1220期）\n\n浙江省人民政府关于某某工作的通知\n\n浙政发〔2019〕5号\n\n"
            "各市、县（市、区）人民政府：\n\n现就某某工作通知如下。\n\n浙江省人民政府\n\n2019年2月1日\n")
    result = parse(text)
    g = result.gazette
    assert g is not None and (g.title, g.issue, g.cumulative_issue) == ("浙江省人民政府公报", 5, 1220)
    assert not result.unclassified and len(result.documents) == 1
    # A 公报 document whose title is printed on two lines is no masthead.
    communique = parse("中国共产党第十九届中央委员会第四次全体会议\n公报\n\n全会听取和讨论了某某报告。\n")
    assert communique.gazette is None


def test_toc_entries_with_dates_and_numbers_on_their_own_lines() -> None:
    text = fixture("toc-entries-with-dates-and-numbers-on-their-own-lines.txt")
    result = parse(text)
    assert [(e.category, e.doc_number, e.date, e.page, e.document) for e in result.toc] == [
        ("市政府文件", "某府发〔2021〕1号", None, 2, 0), ("市政府文件", None, "2021-02-03", 10, 1),
        ("市政府办公室文件", "某府办发〔2021〕5号", None, 15, 2)]
    assert result.toc[1].title == "某某市人民政府关于调整某某标准的通知"
    assert not result.diagnostics and not result.unclassified
    # The TOC and the documents disagree: a date, a 文号.
    changed = parse(text.replace("2021年2月3日\n", "2021年2月4日\n").replace("某府办发〔2021〕5号\n", "某府办发〔2021〕6号\n"))
    assert [(d.code, d.span.start_line) for d in changed.diagnostics] == [("T005", 9), ("T006", 11)]


def test_web_page_chrome_is_furniture() -> None:
    """A document scraped from a provincial site with the page around it: breadcrumb, metadata, publication
    time and views, the font-size switch, print and close buttons, the site's footer."""
    result = parse(fixture("scraped-page-with-web-chrome.txt"))
    (doc,) = result.documents
    assert (doc.title, doc.kind, doc.date) == ("浙江省人民政府关于进一步加强某某工作的意见", "意见", "2020-03-05")
    assert doc.metadata["文号"] == "浙政发〔2020〕5号" and [n.text for n in doc.notes] == ["（此件公开发布）"]
    assert [f.span.start_line for f in result.furniture if f.kind == "web-chrome"] == [1, 8, 9, 31, 32, 33]
    assert not result.unclassified and not result.diagnostics
    assert (doc.metadata["发布时间"], doc.metadata["来源"]) == ("2020-03-06 10:23", "省政府办公厅")
    assert "浏览次数" not in doc.metadata and "字号" not in doc.metadata


@pytest.mark.parametrize("cols", [36, 40, 48, 56, 64, 80])
def test_web_page_chrome_a_text_browser_wrapped(cols: int) -> None:
    """The page dumped by a text browser, which hard-wraps it: a line of chrome the wrap cut, its end on the next
    line (…政策文件 > 省 / 政府文件 · …来源：省政府办公厅　浏览 / 次数：1234 · …10:23　来源 / ：省政府办公厅…), is chrome
    whole, and the title under the breadcrumb stays the title. Before, at 40 to 56 columns the title took in the
    end of the views' line, and a line or three were unclassified."""
    text = fixture("scraped-page-with-web-chrome.txt")
    plain, wrapped = parse(text), parse(to_layout(text, cols=cols, indent=""))
    assert [(d.title, d.kind, d.doc_number and d.doc_number.text, d.date) for d in wrapped.documents] == [
        (d.title, d.kind, d.doc_number and d.doc_number.text, d.date) for d in plain.documents]
    # (at 36 columns, the site's registration number goes over a page break the converter puts under it)
    assert len(wrapped.unclassified) == (cols == 36)


PAGE_OF_A_SITE = ("首页 > 政务公开 > 政策文件\n某某省人民政府关于加强{topic}工作的意见\n{chrome}\n某政发〔2021〕{n}号\n"
                  "各市人民政府：\n现提出如下意见。\n一、严格落实责任\n各级人民政府要加强{topic}工作。\n\n"
                  "某某省人民政府\n2021年5月{n}日\n【打印本页】 【关闭窗口】\n")


@pytest.mark.parametrize(("chrome", "fields"), [
    ("发布日期：2021-05-10 09:30 来源：某某省人民政府办公厅 浏览次数：1234 字号：[ 大 中 小 ]",
     {"发布日期": "2021-05-10 09:30", "来源": "某某省人民政府办公厅"}),
    ("来源：省政府办公厅　发布时间：2021年5月10日　点击数：56", {"来源": "省政府办公厅", "发布时间": "2021年5月10日"}),
    ("时间：2021-05-10　作者：张三　来源：本网　【字体：大 中 小】", {"时间": "2021-05-10", "作者": "张三", "来源": "本网"}),
    ("发布时间：2021-05-10 09:30 来源： 浏览次数：1234", {"发布时间": "2021-05-10 09:30"})])
def test_what_a_sites_chrome_says_of_a_document_is_its_metadata(chrome: str, fields: dict[str, str]) -> None:
    """The line of time, source and views a site prints under a document's title is chrome, and its time, source
    and author are the document's metadata (not its views nor the font-size switch; a key printed without its value
    is left out); with two documents, each reads the line inside its own span, and one between them neither."""
    page = PAGE_OF_A_SITE.format(topic="耕地保护", chrome=chrome, n=6)
    (doc,) = parse(page).documents
    assert doc.metadata == fields and doc.doc_number is not None and doc.date == "2021-05-06"
    two = parse(page + PAGE_OF_A_SITE.format(topic="森林防火", chrome=chrome.replace("05-10", "05-12"), n=8))
    assert [d.metadata for d in two.documents] == [fields, {k: v.replace("05-10", "05-12") for k, v in fields.items()}]
    above = parse(page + PAGE_OF_A_SITE.format(topic="森林防火", chrome="", n=8).replace(
        "首页 > 政务公开 > 政策文件", f"首页 > 政务公开 > 政策文件\n{chrome}"))
    assert [d.metadata for d in above.documents] == [fields, {}]
    assert not two.unclassified and not above.unclassified


@pytest.mark.parametrize("gap", ["", "\n"])
def test_related_links_under_a_document_are_chrome(gap: str) -> None:
    """The titles a page links under 相关链接：, after the document, are the page's, not documents of the text
    (up to the next line of chrome or a sentence); above the document's date, 相关文件： heads no links."""
    page = ("首页 > 政务公开 > 政策文件\n某某省人民政府关于进一步加强耕地保护的意见\n某政发〔2021〕9号\n"
            "各市人民政府：\n现提出如下意见。\n一、严格落实耕地保护责任\n各级人民政府要对耕地保有量负责。\n"
            f"某某省人民政府\n2021年5月6日\n扫一扫在手机打开当前页\n相关链接：\n{gap}某某省自然资源厅关于做好耕地保护工作的通知\n"
            "2021年度耕地保护目标责任书\n【打印本页】 【关闭窗口】\n")
    result = parse(page)
    assert [d.title for d in result.documents] == ["某某省人民政府关于进一步加强耕地保护的意见"]
    chrome = [f.text for f in result.furniture if f.kind == "web-chrome"]
    assert chrome[-3:-1] == ["某某省自然资源厅关于做好耕地保护工作的通知", "2021年度耕地保护目标责任书"]
    assert not result.unclassified
    ended = parse(page.replace("2021年度耕地保护目标责任书\n", "各地要做好耕地保护工作。\n"))
    assert "各地要做好耕地保护工作。" in [p.text for p in ended.unclassified]
    above = parse("相关文件：\n某某市人民政府关于某某工作的通知\n某政发〔2020〕5号\n\n各区人民政府：\n现就某某工作通知如下。\n\n"
                  "某某市人民政府\n2020年3月5日\n")
    assert [d.title for d in above.documents] == ["某某市人民政府关于某某工作的通知"]


def test_a_line_of_chrome_a_wrap_cut_keeps_its_end() -> None:
    """A text browser's dump of a page (w3m -dump, lynx -dump) wraps a long line of chrome: its end, with no Han
    in it, is chrome too, not a piece of the title above (which read 某某…的意见1234 before); a title under a
    breadcrumb stays the title."""
    page = ("当前位置：首页 > 政务公开 > 政策文件\n某某省人民政府关于加强耕地保护的意见\n"
            "发布时间：2021-05-10 09:30    来源：某某省人民政府办公厅    浏览次数：\n1234\n某政发〔2021〕9号\n"
            "各市人民政府：\n现提出如下意见。\n一、严格落实耕地保护责任\n各级人民政府要对耕地保有量负责。\n\n"
            "某某省人民政府\n2021年5月6日\n")
    result = parse(page)
    (doc,) = result.documents
    assert (doc.title, doc.kind) == ("某某省人民政府关于加强耕地保护的意见", "意见")
    assert [f.text for f in result.furniture if f.kind == "web-chrome"][-1] == "1234"
    assert not result.unclassified


@pytest.mark.parametrize(("footer", "html"), [
    ("© 北大法宝：(www.pkulaw.cn)专业提供法律信息\n、法学知识和法律软件领域各类解决方案。", False),
    ("© 北大法宝：(www.pkulaw.cn)专业提供法律信息\n、法学知识和法律软件领域各类解决方案。", True),
    ("© 北大法宝：\n(www.pkulaw.cn)专业提供法律信息、法学知识和法律软件领域各类解决方案。", True)])
def test_a_line_of_chrome_a_wrap_cut_in_its_han_text_keeps_its_end(footer: str, html: bool) -> None:
    """A legal database's footer line cut by the wrap inside its Han text (…专业提供法律信息 / 、法学知识和…): the end,
    which opens with a mark no line opens with, is chrome too, and so is the rest of a web page's paragraph whose
    source the wrap cut anywhere (before, it stood under the date as text, and the document lost its 署名 and
    date)."""
    lines = ["国务院办公厅关于加强某某管理的指导意见", "国办发〔2014〕27号", "各省、自治区、直辖市人民政府：", "现提出以下意见。",
             "一、总体工作要求", "统筹地下管线规划建设。", "国务院办公厅", "2014年6月3日", footer]
    text = ("<html><body>\n" + "".join(f"<p>{ln}</p>\n" for ln in lines) + "</body></html>\n" if html
            else "\n".join(lines) + "\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.signatories, doc.date) == (["国务院办公厅"], "2014-06-03")
    assert not result.unclassified


@pytest.mark.parametrize(("addressee", "to"), [
    ("张某某代表：", ["张某某代表"]), ("李某、王某某委员：", ["李某、王某某委员"]), ("王某某等5位代表：", ["王某某等5位代表"]),
    ("尊敬的张某某代表：", ["张某某代表"]), ("各位代表：", [])])
def test_a_reply_to_a_deputys_proposal_addresses_the_deputy(addressee: str, to: list[str]) -> None:
    """A reply to a 人大代表's proposal (or a 政协委员's motion) addresses them by name; a speech's salutation
    (各位代表：) is no addressee."""
    text = ("某某省教育厅关于省十三届人大四次会议第256号建议的答复\n\n某教建〔2021〕18号\n\n"
            f"{addressee}\n\n您提出的《关于加强农村学校体育教师队伍建设的建议》收悉，现答复如下：\n\n"
            "一、关于补充体育教师\n\n2020年，全省新招聘体育教师1200名。\n\n感谢您对教育工作的关心和支持。\n\n"
            "某某省教育厅\n\n2021年6月8日\n")
    (doc,) = parse(text).documents
    assert doc.addressees == to
    assert (doc.signatories, doc.date, [s.marker for s in doc.sections]) == (["某某省教育厅"], "2021-06-08", ["一、"])


@pytest.mark.parametrize("number", [
    "某政〔2021〕15号                    签发人：王某某",  # (as it is printed)
    "某政〔2021〕15号\n签发人：王某某",  # the line's two columns read one after the other, or a wrap that cut it
    "某政〔2021〕15号                    签发人：\n王某某",  # a wrap that cut it after the colon
    '<p class=MsoNormal><span>某政〔2021〕15号\n签发人：王某某</span></p>',  # a web page's source wraps its <p>
    # a wrap that cut the label (before, both lines were unclassified and the document had no 文号)
    "某政〔2021〕15号                                签发\n人：王某某",
    "某政〔2021〕15号                                签\n发人：王某某",
    "某政〔2021〕15号                                签发人\n：王某某",
])
def test_a_requests_signer_under_its_number(number: str) -> None:
    text = (f"某某市人民政府文件\n\n{number}\n\n某某市人民政府关于要求设立某某省级高新技术产业园区的请示\n\n"
            "某某省人民政府：\n\n为加快推进我市高新技术产业发展，现申请设立园区。\n\n妥否，请批示。\n\n"
            "某某市人民政府\n2021年6月1日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.title == "某某市人民政府关于要求设立某某省级高新技术产业园区的请示"
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.signers) == ("某政〔2021〕15号", ["王某某"])
    assert not result.unclassified


@pytest.mark.parametrize(("number", "read"), [("〔2020〕第15次", "某某市人民政府常务会议纪要〔2020〕第15次"),
                                              ("第3次", "某某市人民政府常务会议纪要第3次"),
                                              ("〔2020〕第12期", "某某市人民政府常务会议纪要〔2020〕第12期")])
def test_minutes_numbered_by_the_meeting(number: str, read: str) -> None:
    text = (f"某某市人民政府常务会议纪要\n\n{number}\n\n2020年7月10日，市长王某某主持召开市政府常务会议。\n\n"
            "一、关于某某项目建设有关问题\n\n会议同意某某项目建设方案。\n\n出席：王某某　李某某\n")
    (doc,) = parse(text).documents
    assert doc.doc_number is not None and doc.doc_number.text == read
    assert doc.kind == "纪要" and doc.preamble[0].text.startswith("2020年7月10日")


@pytest.mark.parametrize("text", ["分享到：微信 微博", "上一篇：某某关于甲的通知", "下一篇：某某关于乙的通知", "【打印本页】【关闭窗口】",
                                  "[ 打印 ] [ 关闭 ]", "当前位置：首页 > 政策文件", "网站标识码3300000001",
                                  "首页 | 简 | 繁 | EN | 登录", "版权所有：中国政府网",
                                  "主办单位：国务院办公厅 运行维护单位：中国政府网运行中心 版权所有：中国政府网",
                                  "责任编辑：李四", "信息来源：市政府办公室", "附件下载：某某表.xlsx", "相关解读：",
                                  "主办单位：某某市人民政府办公室 网站标识码：1234000001"])
def test_lines_that_are_web_chrome(text: str) -> None:
    from gazette_parse.furniture import is_web_chrome

    assert is_web_chrome(text)


@pytest.mark.parametrize("text", ["来源：省政府办公厅", "生成日期：2020-03-05", "发布时间：2020年3月6日",
                                  "主办单位：浙江省人民政府", "一、打印文件的管理", "关闭违规企业12家。", "版权所有人应当依法登记。",
                                  "附件：某某名单", "信息安全保障工作要加强。"])
def test_lines_that_are_no_web_chrome(text: str) -> None:
    from gazette_parse.furniture import is_web_chrome

    assert not is_web_chrome(text)


@pytest.mark.parametrize(("date", "iso", "codes"), [
    ("2020-03-05", "2020-03-05", ["D004"]), ("2020.3.5", "2020-03-05", ["D004"]), ("2020/3/5", "2020-03-05", ["D004"]),
    ("2020-13-05", None, ["D002"]), ("二〇二〇年三月五日", "2020-03-05", []), ("2020.3/5", None, ["D001"]),
    # 号 for 日, as a transcript of speech prints it
    ("2020年3月5号", "2020-03-05", ["D004"]), ("二〇二〇年三月五号", "2020-03-05", ["D004"]),
    ("2020年3月32号", None, ["D002"]), ("2020年第5号", None, ["D001"]),
    # 曰 for 日, as an OCR misreads it
    ("2020年3月5曰", "2020-03-05", ["D004"]), ("二〇二〇年三月五曰", "2020-03-05", ["D004"]), ("子曰", None, ["D001"]),
    # letters an OCR read for digits, in the month and the day too
    ("2020年l2月5日", "2020-12-05", ["D004"]), ("2020年3月l5日", "2020-03-15", ["D004"]),
    ("2020年I月1O日", "2020-01-10", ["D004"]), ("2O20年3月5日", "2020-03-05", ["D004"]),
    # but a year in Chinese numerals whose 〇 is typed as the letter O, as many are: no slip
    ("二O二〇年三月五日", "2020-03-05", [])])
def test_closing_date_in_digits_and_separators(date: str, iso: str | None, codes: list[str]) -> None:
    text = f"某某市人民政府关于某某工作的通知\n某政发〔2020〕5号\n\n各区人民政府：\n现就某某工作通知如下。\n\n某某市人民政府\n{date}\n"
    result = parse(text)
    (doc,) = result.documents
    assert doc.date == iso and [d.code for d in result.diagnostics if d.code.startswith("D")] == codes


@pytest.mark.parametrize(("date", "iso", "codes"), [
    ("2020午3月5日", "2020-03-05", ["X017"]), ("二〇二〇午三月五日", "2020-03-05", ["X017"]),
    ("2020午3月5曰", "2020-03-05", ["D004", "X017"]), ("下午3时", None, ["D001", "X017"])])
def test_the_noon_an_ocr_read_for_the_year(date: str, iso: str | None, codes: list[str]) -> None:
    """午 for the 年 after a year (the two differ in a stroke), as an OCR reads it: in a 成文日期, the gazette's issue
    line and the text, read as 年, and X017 names the first; 上午 and 下午 stay. Before, the document had no date
    and the issue no year or number."""
    text = (f"某某市人民政府公报\n2020午第12期\n\n某某市人民政府关于某某工作的通知\n某政发〔2020〕5号\n\n各区人民政府：\n"
            f"定于上午9时召开会议，部署2021午度工作。\n\n某某市人民政府\n{date}\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.date == iso and (result.gazette.year, result.gazette.issue) == (2020, 12)
    assert doc.preamble[0].text == "定于上午9时召开会议，部署2021年度工作。"
    assert sorted(d.code for d in result.diagnostics if d.code[0] in "DX") == codes
    assert [(d.span.start_line, d.column) for d in result.diagnostics if d.code == "X017"] == [(2, 5)]


def test_one_sentence_items_are_provisions_unless_text_follows() -> None:
    text = ("某某市人民政府关于某某的通告\n某政通〔2020〕1号\n\n为了某某，现通告如下：\n"
            "一、加强某某管理。\n某某部门要加强管理，落实责任。\n"
            "二、严格某某标准。\n1.严格准入。\n2.严格退出。\n"
            "三、违反本通告规定的，依法处理。\n四、本通告自发布之日起施行。\n\n某某市人民政府\n2020年1月10日\n")
    (doc,) = parse(text).documents
    got = [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.sections]
    assert got == [("一、", "加强某某管理", ["某某部门要加强管理，落实责任。"]),  # a heading over text
                   ("二、", "严格某某标准", []),  # a heading over items
                   ("三、", None, ["违反本通告规定的，依法处理。"]),
                   ("四、", None, ["本通告自发布之日起施行。"])]  # a provision: its sibling or the end follows


def test_a_title_filling_the_line_does_not_join_its_addressees() -> None:
    """Hard-wrapped at 20 characters: the title fills the line, the 主送机关 under it starts with 各."""
    body = "为贯彻落实有关规定，现就加强某某工作有关事项通知如下，请认真贯彻执行。" * 8
    lines = ["某某部办公厅文件", "某办发〔2019〕8号", "关于加强个人所得税纳税信用建设的通知",
             "各省、自治区、直辖市有关部门，国家税务", "总局各省税务局：", *[body[i:i + 20] for i in range(0, len(body), 20)]]
    (doc,) = parse("\n".join(lines) + "\n").documents
    assert doc.title == "关于加强个人所得税纳税信用建设的通知"
    assert doc.addressees == ["各省、自治区、直辖市有关部门", "国家税务总局各省税务局"]


def test_date_and_doc_number_in_brackets_under_the_title() -> None:
    text = ("北京市人民政府关于某某工作的意见\n（2020年3月5日　京政发〔2020〕1号）\n\n各区人民政府，市政府各委、办、局：\n"
            "为做好某某工作，提出如下意见。\n一、总体要求\n做好某某工作。\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.agency_code) == ("京政发〔2020〕1号", "京政发")
    assert (doc.date, doc.addressees) == ("2020-03-05", ["各区人民政府", "市政府各委、办、局"])
    assert [p.text for p in doc.preamble] == ["为做好某某工作，提出如下意见。"] and not result.unclassified


def test_announcement_numbered_by_year_under_its_title() -> None:
    text = ("国家卫生健康委员会公告\n2019年第1号\n\n根据《中华人民共和国食品安全法》规定，现将有关事项公告如下：\n"
            "一、批准某某为新食品原料。\n二、本公告自发布之日起施行。\n\n特此公告。\n\n国家卫生健康委\n2019年1月10日\n")
    (doc,) = parse(text).documents
    assert doc.doc_number is not None
    assert (doc.doc_number.text, doc.doc_number.year, doc.doc_number.serial) == ("国家卫生健康委员会公告2019年第1号", 2019, 1)
    # 特此公告。 after the last item closes the text: the item is a provision, no heading over it.
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", None), ("二、", None)]


def test_toc_printed_in_two_columns() -> None:
    """pdftotext -layout of a TOC set in two columns: read down the left column, then the right one."""
    result = parse(fixture("toc-in-two-columns-layout.txt"))
    assert [(e.category, e.title[-8:], e.page, e.document) for e in result.toc] == [
        ("市政府文件", "关于甲工作的通知", 2, 0), ("市政府文件", "关于乙工作的意见", 3, 1),
        ("市政府办公室文件", "关于丙工作的通知", 4, 2), ("市政府办公室文件", "关于丁工作的通知", 5, 3)]
    assert [(e.span.start_line, e.span.end_line) for e in result.toc] == [(7, 7), (8, 8), (7, 7), (8, 8)]
    assert not result.diagnostics or {d.code for d in result.diagnostics} == {"F001"}
    assert not result.unclassified
    # A TOC in one column with right-aligned page numbers is no two-column TOC, nor one with a column of list
    # numbers before its titles.
    one = parse("目录\n某某关于甲的通知                    2\n某某关于乙的通知                    3\n")
    assert [(e.title, e.page) for e in one.toc] == [("某某关于甲的通知", 2), ("某某关于乙的通知", 3)]
    numbered = parse("目录\n1    某某关于甲的通知 ……… 2\n2    某某关于乙的通知 ……… 3\n10   某某关于丙的通知 ……… 4\n")
    assert [(e.title, e.page) for e in numbered.toc] == [
        ("某某关于甲的通知", 2), ("某某关于乙的通知", 3), ("某某关于丙的通知", 4)]


def _toc_in_two_columns(left: list[str], right: list[str]) -> str:
    rows = [a + " " * (48 - display_width(a)) + b if b else a for a, b in itertools.zip_longest(left, right, fillvalue="")]
    docs = "".join(f"{t}\n\n某政发〔2021〕{n}号\n\n各市人民政府：\n\n    现就有关事项通知如下。\n\n某某省人民政府\n2021年3月{n}日\n\n"
                   for n, t in enumerate(["某某省人民政府关于甲工作的通知", "某某省人民政府关于乙工作的通知",
                                          "某某省人民政府关于丙工作的通知", "某某省人民政府关于丁工作的通知"], 1))
    return "某某省人民政府公报\n\n2021年第6期\n\n目    录\n\n" + "\n".join(rows) + "\n\n" + docs


@pytest.mark.parametrize(("left", "right", "categories"), [
    (["【省政府文件】", "某某省人民政府关于甲工作的通知…… 2", "某某省人民政府关于乙工", "作的通知………………………… 3", "【其他】",
      "某某省人民政府关于丙工作的通知…… 4"], ["【部门文件】", "某某省人民政府关于丁工作的通知…… 5"],
     ["省政府文件", "省政府文件", "其他", "部门文件"]),
    (["【省政府文件】", "某某省人民政府关于甲工作的通知…… 2"], ["【部门文件】", "某某省人民政府关于乙工", "作的通知………………………… 3",
                                                 "某某省人民政府关于丙工作的通知…… 4", "【其他】", "某某省人民政府关于丁工作的通知…… 5"],
     ["省政府文件", "部门文件", "部门文件", "其他"]),
], ids=["left-longer", "right-longer"])
def test_a_toc_in_two_columns_one_running_on_under_the_others_end(left: list[str], right: list[str],
                                                                  categories: list[str]) -> None:
    """A TOC in two columns whose one column runs on under the other's end (the left one's last category and
    entries, or the right one's): read with the rest of its column, in order. Before, the left column's lines
    there came after the right column's, its pages went back, and the TOC ended there: unclassified lines."""
    want = [(n + 2, c, f"关于{t}工作的通知", n) for n, (c, t) in enumerate(zip(categories, "甲乙丙丁", strict=True))]
    result = parse(_toc_in_two_columns(left, right))
    assert [(e.page, e.category, e.title[-8:], e.document) for e in result.toc] == want
    assert not result.unclassified
    # The first document's title right under the TOC, no blank line between: no line of the column
    close = parse(_toc_in_two_columns(left, right).replace("\n\n某某省人民政府关于甲工作的通知\n", "\n某某省人民政府关于甲工作的通知\n", 1))
    assert [(e.page, e.category, e.title[-8:], e.document) for e in close.toc] == want
    assert close.documents[0].title == "某某省人民政府关于甲工作的通知"


def test_attachment_notes_naming_files_published_beside_the_text() -> None:
    text = ("某某市人民政府办公室关于印发某某方案的通知\n某政办发〔2020〕5号\n\n各区人民政府：\n现将《某某方案》印发给你们。\n\n"
            "附件：1.某某方案.docx\n      2.某某任务分工表.XLS\n\n某某市人民政府办公室\n2020年3月5日\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(n.title, n.file) for n in doc.attachment_notes] == [
        ("某某方案", "某某方案.docx"), ("某某任务分工表", "某某任务分工表.XLS")]
    assert not result.diagnostics  # (no A001: the files are not missing from the text, they stand beside it)


def test_doc_number_and_date_on_one_line_under_the_title() -> None:
    text = "北京市人民政府关于某某工作的意见\n京政发〔2020〕1号　2020年3月5日\n\n各区人民政府：\n为做好某某工作，提出如下意见。\n"
    result = parse(text)
    (doc,) = result.documents
    assert doc.doc_number is not None and doc.doc_number.text == "京政发〔2020〕1号"
    assert (doc.date, doc.addressees) == ("2020-03-05", ["各区人民政府"])
    assert not result.diagnostics and not result.unclassified  # (no S001: the date is the header's, not a closing)


@pytest.mark.parametrize(("masthead", "expected"), [
    ("某某市人民政府公报\n二〇一八年第十二期", (2018, 12, None, None, None)),
    ("某某市人民政府公报\n2018年第1-2期合刊", (2018, 1, 2, None, None)),
    ("某某市人民政府公报\n第12期（总第1199期）\n某某市人民政府办公厅主办", (None, 12, None, 1199, "某某市人民政府办公厅")),
    ("某某市人民政府公报\n第10期　2021年4月10日", (2021, 10, None, None, None)),  # (the year of the date)
    ("某某市人民政府公报\n2021年第5期（总第）", (2021, 5, None, None, None)),  # (a 总第 left blank)
    ("某某市人民政府公报\n第3期\n（总第　期）\n2021年4月1日", (2021, 3, None, None, None)),
    ("某某政报\n2021年第5期\n（2021年3月10日出版）", (2021, 5, None, None, None)),
])
def test_more_issue_lines(masthead: str, expected: tuple[object, ...]) -> None:
    doc = "\n\n某某市人民政府关于某某的通知\n某政发〔2020〕5号\n\n各区人民政府：\n现通知如下。\n\n某某市人民政府\n2020年3月1日\n"
    result = parse(masthead + doc)
    g = result.gazette
    assert g is not None and (g.year, g.issue, g.issue_to, g.cumulative_issue, g.sponsor) == expected
    assert not result.unclassified


@pytest.mark.parametrize("form", ["某某关于甲的通知————{p}", "某某关于甲的通知－－－－{p}", "某某关于甲的通知--{p}",
                                  "某某关于甲的通知（第{p}页）", "某某关于甲的通知……{p}"])
def test_toc_leaders_of_dashes_and_bracketed_pages(form: str) -> None:
    text = "目录\n" + form.format(p=3) + "\n" + form.format(p=5).replace("甲", "乙") + "\n"
    assert [(e.title, e.page) for e in parse(text).toc] == [("某某关于甲的通知", 3), ("某某关于乙的通知", 5)]


@pytest.mark.parametrize(("text", "number", "problem"), [
    ("浙政办发〔2O18〕26号", "浙政办发〔2018〕26号", "letters for digits in the year (OCR)"),
    ("浙政办发〔2Ol8〕26号", "浙政办发〔2018〕26号", "letters for digits in the year (OCR)"),
    ("浙政办发〔2018〕2 6号", "浙政办发〔2018〕26号", "space inside the serial number (OCR)")])
def test_doc_numbers_with_ocr_slips(text: str, number: str, problem: str) -> None:
    parsed = parse_doc_number(text)
    assert parsed is not None and parsed.text == number and parsed.problems == [problem]


@pytest.mark.parametrize("text", ["浙政办发〔2ABC〕26号", "浙政办发〔1018〕26号", "浙政办发〔2101〕26号"])
def test_doc_numbers_with_impossible_years(text: str) -> None:
    assert parse_doc_number(text) is None


@pytest.mark.parametrize(("first", "sub"), [("—、", "(一)"), ("-、", "（一）"), ("一、", "(—)"), ("－、", "（－）"), ("ー、", "（ㄧ）"), ("─、", "(ー)")])
def test_a_dash_an_ocr_read_for_one_in_a_marker(first: str, sub: str) -> None:
    """An OCR reads 一 as a dash (—、总体要求). Before, the first section was a paragraph, and with no 一、 above it
    二、 was no section either: (一) and (二) became the document's top level."""
    text = (f"某某市人民政府关于加快某某工作的意见\n\n某政发〔2021〕3号\n\n各区人民政府：\n\n　　提出如下意见。\n\n"
            f"　　{first}总体要求\n\n　　坚持稳中求进。\n\n　　二、主要任务\n\n　　{sub}加强领导。各区要加强领导。\n\n"
            f"　　(二)强化保障。各区要强化保障。\n\n某某市人民政府\n\n2021年3月5日\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(s.marker, s.number, s.title) for s in doc.sections] == [(first, 1, "总体要求"), ("二、", 2, "主要任务")]
    assert [(s.number, s.title) for s in doc.sections[1].sections] == [(1, "加强领导"), (2, "强化保障")]
    dashed = [(line, column) for line, column, marker in ((9, 3, first), (15, 4, sub)) if "一" not in marker]
    assert [(d.span.start_line, d.column) for d in result.diagnostics if d.code == "X011"] == dashed


@pytest.mark.parametrize("plus", ["+", "＋"])
def test_a_plus_an_ocr_read_for_ten_in_a_number(plus: str) -> None:
    """An OCR reads 十 as a plus sign, the two drawn alike (+、加强组织领导 · （+一） · 第二+条 · 第三+一号): the
    text reads as with 十, and X015 names the first. Before, the tenth part was text of the ninth, and so was all
    under it; the order had no number. A plus in text (阳性（+）, 3+2) stays, and a marker whose number does not
    fit its place (（十） under （一）) opens no section."""
    cn = "一二三四五六七八九"
    parts = "".join(f"{c}、某某工作{c}\n要加强某某工作。\n" for c in cn)
    subs = "".join(f"（{c}）某某事项。要抓好落实。\n" for c in cn)
    clean = (f"某某市人民政府关于加快某某工作的意见\n某政发〔2021〕3号\n\n各区人民政府：\n提出如下意见。\n{parts}"
             f"十、加强组织领导\n{subs}（十）某某事项。要抓好落实。\n（十一）某某事项。检测结果为阳性（{plus}），推行3{plus}2模式。\n"
             "十一、强化督促检查\n（一）某某事项。要抓好落实。\n（十）某某事项另行通知。\n\n某某市人民政府\n2021年3月5日\n")
    slipped = regex.sub(r"(?m)^([（]?)十", lambda m: m[1] + plus, clean)
    result = parse(slipped)
    (doc,) = result.documents
    assert doc.model_dump() == parse(clean).documents[0].model_dump()
    assert [(s.marker, s.number, s.title) for s in doc.sections[9:]] == [
        ("十、", 10, "加强组织领导"), ("十一、", 11, "强化督促检查")]
    assert [s.number for s in doc.sections[9].sections] == list(range(1, 12))
    assert f"阳性（{plus}），推行3{plus}2模式" in doc.sections[9].sections[10].paragraphs[0].text
    assert [s.number for s in doc.sections[10].sections] == [1]
    assert [p.text for p in doc.sections[10].sections[0].paragraphs] == ["要抓好落实。", "（十）某某事项另行通知。"]
    assert [(d.span.start_line, d.column, d.message) for d in result.diagnostics if d.code == "X015"] == [
        (24, 1, f"{plus} for 十 in a number (5 in the text, the first here): read as 十")]
    order = ("某某市人民政府令\n第三十一号\n\n《某某市某某管理办法》已经市人民政府常务会议通过，现予公布，自2021年5月1日起施行。\n\n"
             "市长　张三\n2021年3月5日\n\n某某市某某管理办法\n\n"
             + "".join(f"第{c}条　某某规定{c}。\n" for c in cn) + "第十条　某某规定十。\n第十一条　本办法自2021年5月1日起施行。\n")
    result = parse(regex.sub(r"(?<=第[一二三]?)十", plus, order))
    assert result.documents[0].model_dump() == parse(order).documents[0].model_dump()
    assert result.documents[0].doc_number is not None and result.documents[0].doc_number.serial == 31
    assert [s.number for s in result.documents[0].enclosures[0].sections] == list(range(1, 12))


@pytest.mark.parametrize("letter", ["l", "I"])
def test_a_letter_an_ocr_read_for_one_in_a_number_after_di(letter: str) -> None:
    """An OCR reads 1 as a letter in a number after 第 (第l条 · 第l2号): the order's number and the regulation's
    articles read as with 1, and X013 names the first. Before, the order had no number and the first article was
    the regulation's preamble. A Latin word after 第 (第Iphone) stays."""
    order = ("某某市人民政府令\n第12号\n\n《某某市某某管理办法》已经市人民政府常务会议通过，现予公布。\n\n市长　张三\n2021年3月5日\n\n"
             "某某市某某管理办法\n\n第1条　为了某某，制定本办法。\n第2条　某某规定，不含第Iphone型号。\n第3条　本办法自2021年5月1日起施行。\n")
    result = parse(order.replace("第1", f"第{letter}"))
    assert result.documents[0].model_dump() == parse(order).documents[0].model_dump()
    assert [(d.span.start_line, d.column, d.message) for d in result.diagnostics if d.code == "X013"] == [
        (2, 2, f"{letter} for 1 in a number after 第 (2 in the text, the first here): read as 1")]


@pytest.mark.parametrize(("first", "sub"), [("l.", "（l）"), ("I.", "(I)"), ("l、", "(l)"), ("1.", "（l）"), ("l．", "（1）")])
def test_a_letter_an_ocr_read_for_one_in_a_marker(first: str, sub: str) -> None:
    """An OCR reads 1 as a letter (l.坚持稳中求进). Before, the first item was a paragraph of the section above it,
    and 2. after it a section that skipped 1."""
    text = (f"某某市人民政府关于加快某某工作的意见\n\n某政发〔2021〕3号\n\n各区人民政府：\n\n　　提出如下意见。\n\n"
            f"　　一、总体要求\n\n　　{first}坚持稳中求进。各区要坚持稳中求进。\n\n　　2.坚持改革创新。各区要坚持改革创新。\n\n"
            f"　　二、主要任务\n\n　　{sub}加强领导。各区要加强领导。\n\n　　(2)强化保障。各区要强化保障。\n\n"
            "某某市人民政府\n\n2021年3月5日\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(s.number, s.title) for s in doc.sections[0].sections] == [(1, "坚持稳中求进"), (2, "坚持改革创新")]
    assert [(s.number, s.title) for s in doc.sections[1].sections] == [(1, "加强领导"), (2, "强化保障")]
    lettered = [(line, column) for line, column, marker in ((11, 3, first), (17, 4, sub)) if "1" not in marker]
    assert [(d.span.start_line, d.column) for d in result.diagnostics if d.code == "X013"] == lettered
    assert not {d.code for d in result.diagnostics} - {"X013"}


@pytest.mark.parametrize("notes", [("附件：", "l.某某任务分工表", "2.某某联系人名单"), ("附件：l.某某任务分工表", "　　　2.某某联系人名单")])
def test_an_attachment_note_an_ocr_numbered_with_a_letter(notes: tuple[str, ...]) -> None:
    """附件： / l.某某任务分工表 / 2.某某联系人名单: the first entry, numbered with a letter for 1, is the first.
    Before, the 附件说明 was read as the text's."""
    text = ("某某市人民政府关于某某工作的通知\n某府发〔2021〕3号\n\n各区人民政府：\n现就某某工作通知如下。\n\n" + "\n".join(notes)
            + "\n\n某某市人民政府\n2021年3月5日\n\n附件1\n\n某某任务分工表\n\n序号　任务\n\n附件2\n\n某某联系人名单\n\n张三　某某厅\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(n.number, n.number_text, n.title) for n in doc.attachment_notes] == [
        (1, "l", "某某任务分工表"), (2, "2", "某某联系人名单")]
    assert [a.title for a in doc.attachments] == ["某某任务分工表", "某某联系人名单"]
    line = 7 + len(notes) - 2
    assert [(d.code, d.span.start_line, d.column) for d in result.diagnostics] == [("X013", line, 1 if line == 8 else 4)]


def test_an_attachment_label_an_ocr_numbered_with_a_letter() -> None:
    """附件l over the first attachment (an OCR's letter for 1): its label, numbered 1, with X013. Before, the
    first attachment was text of the document's closing, and A002 said the second was unannounced."""
    text = ("某某市人民政府关于某某工作的通知\n某府发〔2021〕3号\n\n各区人民政府：\n现就某某工作通知如下。\n\n"
            "附件：1.某某任务分工表\n　　　2.某某联系人名单\n\n某某市人民政府\n2021年3月5日\n\n附件l\n\n某某任务分工表\n\n"
            "序号　任务\n\n附件2\n\n某某联系人名单\n\n张三　某某厅\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(a.number, a.number_text, a.title) for a in doc.attachments] == [
        (1, "l", "某某任务分工表"), (2, "2", "某某联系人名单")]
    assert [(d.code, d.span.start_line, d.column) for d in result.diagnostics] == [("X013", 13, 3)]


@pytest.mark.parametrize("line", ["I. Objectives", "l. 5", "I.5倍", "lI.加强领导", "Il、某某"])
def test_a_letter_before_no_han_text_opens_no_section(line: str) -> None:
    """A Latin list (I. Objectives), or a letter before a digit, is no OCR's 1."""
    assert read_marker(line) is None


def test_closing_date_with_ocr_letters_in_the_year() -> None:
    text = "某某市人民政府关于某某工作的通知\n某政发〔2O18〕5号\n\n各区人民政府：\n现就某某工作通知如下。\n\n某某市人民政府\n2O18年3月5日\n"
    result = parse(text)
    (doc,) = result.documents
    assert doc.date == "2018-03-05" and doc.doc_number is not None and doc.doc_number.year == 2018
    assert [d.code for d in result.diagnostics] == ["N001", "D004"]  # (the date's slip said since this version)


def test_page_numbers_printed_beside_the_title_in_running_headers() -> None:
    doc = "某某市人民政府关于{x}工作的通知\n某政发〔2020〕{n}号\n各区人民政府：\n现就{x}工作通知如下。\n某某市人民政府\n2020年3月{n}日\n"
    text = ("某某市人民政府公报\n2020年第5期\n目录\n某某市人民政府关于甲工作的通知……2\n某某市人民政府关于乙工作的通知……3\n"
            "\f·2· 某某市人民政府公报\n" + doc.format(x="甲", n=1) + "\f某某市人民政府公报 ·3·\n" + doc.format(x="乙", n=2))
    result = parse(text)
    assert [(r.kind, r.page) for r in result.furniture] == [("running-header", 2), ("running-header", 3)]
    assert [d.page for d in result.documents] == [2, 3]
    assert {d.code for d in result.diagnostics} <= {"F001"}  # (no T003: the TOC's pages are the documents')


@pytest.mark.parametrize("text", ["目录\n某某市人民政府公报\n", "目录\n某某关于甲的通知\n", "目录\n某某关于甲的通知\n\n某某关于甲的通\n知\n"])
def test_a_toc_of_one_title_without_pages_at_the_end_of_the_text(text: str) -> None:
    """(The look-ahead for the first document's title once ran past the end of the text and raised.)"""
    assert parse(text).source.lines == text.count("\n")


def test_toc_entry_with_its_number_and_its_date_in_brackets() -> None:
    (entry,) = parse("目录\n某某省人民政府关于甲的通知（某政发〔2021〕1号）（2021年2月3日）……3\n").toc
    assert (entry.title, entry.doc_number, entry.date, entry.page) == (
        "某某省人民政府关于甲的通知", "某政发〔2021〕1号", "2021-02-03", 3)


def test_standing_committee_gazette_numbered_by_号_with_a_speech() -> None:
    """A 人大常委会公报: the office and the day under the masthead, a 公告 whose 文种 stands on a line of its own
    under its issuer with its number under it, and an explanation given as a speech (a dash line and a byline)."""
    result = parse(fixture("npc-standing-committee-gazette.txt"))
    g = result.gazette
    assert g is not None and (g.year, g.issue, g.cumulative_issue, g.editor, g.publication_date) == (
        2021, 3, 318, "江苏省人民代表大会常务委员会办公厅", "2021-04-15")
    notice, _regulation, speech, _decision = result.documents
    assert (notice.title, notice.kind, notice.doc_number and notice.doc_number.text) == (
        "江苏省人民代表大会常务委员会公告", "公告", "江苏省人民代表大会常务委员会公告第45号")
    assert notice.title_span is not None and notice.title_span.start_line == 14
    assert result.toc[0].title == "江苏省人民代表大会常务委员会公告"
    assert result.toc[0].doc_number == notice.doc_number.text
    assert speech.subtitle == "——2021年3月29日在江苏省第十三届人民代表大会常务委员会第二十二次会议上"
    assert (speech.date, speech.signatories, speech.issuer) == ("2021-03-29", ["江苏省生态环境厅厅长 王天琦"], "江苏省生态环境厅")
    assert speech.preamble[0].text == "主任、各位副主任、秘书长、各位委员：" and len(speech.sections) == 3
    assert [e.document for e in result.toc] == [0, 1, 2, 3]
    assert not result.unclassified and not result.diagnostics


@pytest.mark.parametrize("head", [
    "政府工作报告\n\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n\n国务院总理　李克强",
    "政府工作报告\n\n国务院总理　李克强\n\n——2021年3月5日在第十三届全国人民代表大会第四次会议上",
    "政府工作报告\n\n（2021年3月5日）\n\n国务院总理　李克强",
])
def test_a_speech_byline_and_dating_line(head: str) -> None:
    (doc,) = parse(head + "\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作。\n\n一、工作回顾\n\n过去一年极不平凡。\n").documents
    assert (doc.title, doc.date, doc.signatories, doc.issuer) == ("政府工作报告", "2021-03-05", ["国务院总理 李克强"], "国务院")
    assert doc.subtitle is not None and "2021年3月5日" in doc.subtitle
    assert doc.signatories_span is not None and doc.preamble[0].text == "各位代表："


@pytest.mark.parametrize(("text", "organ", "office"), [
    ("国务院总理李克强", "国务院", "总理"), ("市长龚正", None, "市长"), ("常务副省长张三", None, "常务副省长"),
    ("江苏省生态环境厅厅长王天琦", "江苏省生态环境厅", "厅长"), ("司法部部长张军", "司法部", "部长"),
])
def test_signatures_by_office_and_name(text: str, organ: str | None, office: str) -> None:
    m = rx.PERSON_SIGNATURE.match(text)
    assert m is not None and (m.group("organ"), m.group("office")) == (organ, office)


def test_statistical_communique_with_its_byline_under_the_title() -> None:
    """Issuers and date printed under the title, not at the end: they had been read as the closing, and the whole
    body after them was left unclassified."""
    (doc,) = parse(fixture("statistical-communique-byline-under-title.md")).documents
    assert (doc.kind, doc.signatories, doc.date) == ("公报", ["浙江省统计局", "国家统计局浙江调查总队"], "2021-02-28")
    assert doc.signatories_span == Span(start_line=3, end_line=3) and doc.date_span == Span(start_line=5, end_line=5)
    assert [s.title for s in doc.sections] == ["综合", "农业", "工业和建筑业"]
    assert doc.sections[0].tables[0].caption == "表1 2020年全省主要经济指标"


@pytest.mark.parametrize(("byline", "signatories"), [
    ("某某省统计局　　2021年2月28日", ["某某省统计局"]),
    ("某某省统计局\n\n2021年2月28日", ["某某省统计局"]),
    ("2021年2月28日", []),
])
def test_bylines_under_a_title(byline: str, signatories: list[str]) -> None:
    text = f"2020年某某省国民经济和社会发展统计公报\n\n{byline}\n\n一、综合\n\n全省生产总值增长3.6%。\n"
    (doc,) = parse(text).documents
    assert (doc.signatories, doc.date, [s.title for s in doc.sections]) == (signatories, "2021-02-28", ["综合"])
    assert not parse(text).unclassified


def test_a_closing_right_under_the_title_is_no_byline() -> None:
    (doc,) = parse("某某市人民政府关于某某的通告\n\n某某市人民政府\n\n2021年2月28日\n\n（此件公开发布）\n").documents
    assert (doc.signatories, doc.date, [n.text for n in doc.notes]) == (["某某市人民政府"], "2021-02-28", ["（此件公开发布）"])


def test_a_signature_cut_at_the_line_end_is_one_name() -> None:
    from gazette_parse.blocks import Block
    from gazette_parse.closing import split_signatures

    lines = normalize("某某省统计局　　国家统计局某某调查总\n队\n")[:2]
    assert split_signatures(Block(text="", lines=lines)) == ["某某省统计局", "国家统计局某某调查总队"]


@pytest.mark.parametrize("imprint", [
    "<table><tr><td>抄送：省委各部门，省法院，省检察院。</td></tr>"
    "<tr><td>某某省人民政府办公厅</td><td>2019年3月4日印发</td></tr></table>",
    "| 抄送：省委各部门，省法院，省检察院。 |\n| --- |\n| 某某省人民政府办公厅　　2019年3月4日印发 |",
    "<table><tr><td>抄送：省委各部门，省法院，省检察院。</td></tr><tr><td>某某省人民政府办公厅</td></tr>"
    "<tr><td>2019年3月4日印发</td></tr></table>",
])
def test_an_imprint_drawn_as_a_table(imprint: str) -> None:
    """MinerU draws a 版记's rules as a table; its rows are the 版记's lines, not an unclassified table."""
    text = ("某某省人民政府办公厅关于加强某某工作的通知\n\n某政办发〔2019〕12号\n\n各市人民政府：\n\n现就有关事项通知如下。\n\n"
            f"某某省人民政府办公厅\n\n2019年3月1日\n\n（此件公开发布）\n\n{imprint}\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.imprint is not None and (doc.imprint.cc, doc.imprint.printed_by, doc.imprint.printed_on) == (
        ["省委各部门", "省法院", "省检察院"], "某某省人民政府办公厅", "2019-03-04")
    assert not result.unclassified and not doc.tables


def test_a_table_of_figures_is_no_imprint() -> None:
    (doc,) = parse("某某统计公报\n\n一、综合\n\n| 主要指标 | 数值 |\n| --- | --- |\n| 生产总值 | 100 |\n").documents
    assert doc.sections[0].tables and doc.imprint is None


@pytest.mark.parametrize(("entry", "title", "number"), [
    ("某某省卫生健康委员会公告（2019年第3号）……5", "某某省卫生健康委员会公告", "某某省卫生健康委员会公告2019年第3号"),
    ("某某省人民代表大会常务委员会公告（第45号）……5", "某某省人民代表大会常务委员会公告", "某某省人民代表大会常务委员会公告第45号"),
    ("某某省人民代表大会常务委员会公告（某某省人民代表大会常务委员会公告第45号）……5", "某某省人民代表大会常务委员会公告",
     "某某省人民代表大会常务委员会公告第45号"),
    ("某某市人民政府令（第301号）……5", "某某市人民政府令", "某某市人民政府令第301号"),
])
def test_toc_entries_of_numbered_announcements_and_orders(entry: str, title: str, number: str) -> None:
    (e,) = find_toc(normalize(f"目录\n\n{entry}\n\n正文。\n"), skip=set()).entries
    assert (e.title, e.doc_number, e.page) == (title, number, 5)


def test_a_list_of_titles_that_lists_one_title_twice_and_speeches() -> None:
    """A TOC without pages may list two orders of one title, and speeches and regulations; a title listed twice
    ends the list only where a document's title would stand, not over a category heading or another title."""
    text = ("某某省人民政府公报\n2019年第18期\n\n目录\n\n【省政府令】\n某某省人民政府令\n某某省人民政府令\n【其他】\n"
            "关于《某某省某某条例（草案）》的说明\n某某省某某条例\n\n某某省人民政府令\n第301号\n\n现公布某某办法。\n\n"
            "省长　某某某\n2019年4月10日\n\n某某省人民政府令\n第302号\n\n现公布某某规定。\n\n省长　某某某\n2019年8月3日\n\n"
            "关于《某某省某某条例（草案）》的说明\n\n——2019年7月24日在某某省人民代表大会常务委员会第21次会议上\n\n"
            "某某省司法厅厅长　某某某\n\n主任、各位副主任、秘书长、各位委员：\n\n现作如下说明。\n\n某某省某某条例\n\n"
            "第一条　为了规范某某工作，制定本条例。\n")
    result = parse(text)
    assert [e.title for e in result.toc] == ["某某省人民政府令", "某某省人民政府令", "关于《某某省某某条例（草案）》的说明",
                                             "某某省某某条例"]
    assert [e.document for e in result.toc] == [0, 1, 2, 3]
    assert [d.doc_number.text if d.doc_number else None for d in result.documents] == [
        "某某省人民政府令第301号", "某某省人民政府令第302号", None, None]
    assert result.documents[2].date == "2019-07-24" and not result.unclassified


def test_a_speech_dash_line_wrapped_over_two_lines() -> None:
    text = ("关于《某某省某某条例（草案）》的说明\n\n——2019年7月24日在某某省第十三届人民代表大会常务委员会第21次会\n议上\n\n"
            "某某省司法厅厅长　某某某\n\n主任、各位副主任、秘书长、各位委员：\n\n现作如下说明。\n")
    (doc,) = parse(text).documents
    assert doc.subtitle == "——2019年7月24日在某某省第十三届人民代表大会常务委员会第21次会议上"
    assert (doc.date, doc.signatories) == ("2019-07-24", ["某某省司法厅厅长 某某某"])


def test_a_bracketed_subtitle_under_an_announcement_number() -> None:
    text = ("某某省财政厅公告\n2019年第5号\n\n（关于某某事项的公告）\n\n根据有关规定，现将某某事项公告如下：\n\n"
            "一、某某事项按规定办理。\n\n二、本公告自发布之日起施行。\n\n特此公告。\n\n某某省财政厅\n2019年3月1日\n")
    (doc,) = parse(text).documents
    assert (doc.title, doc.subtitle, doc.doc_number and doc.doc_number.text) == (
        "某某省财政厅公告", "（关于某某事项的公告）", "某某省财政厅公告2019年第5号")
    assert [p.text for p in doc.preamble] == ["根据有关规定，现将某某事项公告如下："] and doc.date == "2019-03-01"


def test_toc_table_in_two_columns_side_by_side() -> None:
    """MinerU reads a TOC printed in two columns as a table of four: title | page | title | page."""
    table = ("<table><tr><td>省政府文件</td><td></td><td>省政府办公厅文件</td><td></td></tr>"
             "<tr><td>某某省人民政府关于甲的通知</td><td>3</td><td>某某省人民政府办公厅关于丙的通知</td><td>9</td></tr>"
             "<tr><td>某某省人民政府关于乙的意见</td><td>6</td><td></td><td></td></tr></table>")
    entries = find_toc(normalize(f"# 目录\n\n{table}\n\n正文。\n"), skip=set()).entries
    assert [(e.category, e.title, e.page) for e in entries] == [
        ("省政府文件", "某某省人民政府关于甲的通知", 3), ("省政府文件", "某某省人民政府关于乙的意见", 6),
        ("省政府办公厅文件", "某某省人民政府办公厅关于丙的通知", 9)]
    # a table of four columns with a number, a title, a 文号 and a page is read row by row
    table = "<table><tr><td>1</td><td>某某省人民政府关于甲的通知</td><td>某政发〔2019〕1号</td><td>3</td></tr></table>"
    (entry,) = find_toc(normalize(f"# 目录\n\n{table}\n\n正文。\n"), skip=set()).entries
    assert (entry.title, entry.doc_number, entry.page) == ("某某省人民政府关于甲的通知", "某政发〔2019〕1号", 3)


@pytest.mark.parametrize("heading", ["目　　录", "本期目录", "本期要目", "目录（续）", "目　录　CONTENTS", "目录/Contents"])
def test_toc_headings(heading: str) -> None:
    (entry,) = find_toc(normalize(f"{heading}\n\n某某省人民政府关于甲的通知……3\n\n正文。\n"), skip=set()).entries
    assert (entry.title, entry.page) == ("某某省人民政府关于甲的通知", 3)


def test_older_gazette_documents_dated_under_their_titles_without_closings() -> None:
    """国务院公报 of the 1980s: each document dated under its title and ending in its text, with no 署名 or date at
    the end; a 批转 notice forwards a report whose organ and date stand under its title."""
    first, second = parse(fixture("older-gazette-titles-dated-no-closing.txt")).documents
    assert (first.title, first.date, len(first.sections)) == ("国务院关于加强市场物价管理的通知", "1982-12-20", 2)
    assert (second.title, second.date) == ("国务院批转国家计委关于一九八三年国民经济计划的报告的通知", "1983-01-10")
    (report,) = second.enclosures
    assert (report.title, report.issuer, report.subtitle, report.date) == (
        "关于一九八三年国民经济计划的报告", "国家计划委员会", "（一九八二年十二月三十日）", "1982-12-30")
    assert [s.title for s in report.sections] == ["一九八二年计划执行情况", "一九八三年计划的主要指标"]
    assert not second.preamble[1:] and not second.sections


def test_a_law_with_its_amendments_under_the_adoption_line() -> None:
    """A law as LawRefBook writes it: the adoption line and one line per amendment (根据…第一次修正) under the
    title are its subtitle, not its first paragraphs; an attachment the text omits (附：…（略）) is not missing."""
    result = parse(fixture("law-markdown-with-amendments.md"))
    (law,) = result.documents
    assert law.subtitle is not None and law.subtitle.split("\n")[0] == "1990年6月28日第七届全国人民代表大会常务委员会第十四次会议通过"
    assert len(law.subtitle.split("\n")) == 3 and law.subtitle.endswith("第二次修正")
    assert (law.date, law.preamble, [s.marker for s in law.sections][:2]) == ("1990-06-28", [], ["第一条", "第二条"])
    assert not result.diagnostics and not result.unclassified


def test_judicial_interpretation_with_articles_grouped_under_parts() -> None:
    """A judicial interpretation: its dating line under the 文号, and its articles grouped under 一、 … parts,
    which rank above the articles here (elsewhere 一、 ranks below 第X条)."""
    (doc,) = parse(fixture("judicial-interpretation-articles-grouped.md")).documents
    assert (doc.doc_number and doc.doc_number.text, doc.date) == ("法释〔2020〕15号", "2020-12-14")
    assert doc.subtitle is not None and doc.subtitle.startswith("（2020年12月14日")
    assert [(s.title, [a.marker for a in s.sections]) for s in doc.sections] == [
        ("一般规定", ["第一条", "第二条"]), ("溯及适用的具体规定", ["第三条"]), ("附则", ["第四条"])]
    # 一、 inside an article stays under it
    (doc,) = parse("某某规定\n\n第一条 有下列情形之一的，依法处理：\n\n一、甲情形；\n\n二、乙情形。\n\n第二条 本规定自公布之日起施行。\n").documents
    assert [(s.marker, [c.marker for c in s.sections]) for s in doc.sections] == [("第一条", ["一、", "二、"]), ("第二条", [])]


def test_an_order_issues_the_decision_printed_after_it() -> None:
    """A 国务院令 publishing a decision (国务院关于修改…的决定), one paragraph a line as gov.cn prints it: the
    decision is the order's enclosure, with its issuer from its title, not a document of its own."""
    text = ("中华人民共和国国务院令\n第709号\n　　《国务院关于修改〈某某条例〉等部分行政法规的决定》已经2019年4月3日国务院第46次"
            "常务会议通过，现予公布，自公布之日起施行。\n总理　　李克强\n2019年4月23日\n"
            "国务院关于修改《某某条例》等部分行政法规的决定\n　　为了依法推进简政放权，国务院决定：对6部行政法规的部分条款予以修改。\n"
            "　　一、将《某某条例》第十三条修改为：“甲。”\n　　二、删去《乙条例》第十四条。\n　　本决定自公布之日起施行。\n")
    (order,) = parse(text).documents
    (decision,) = order.enclosures
    assert (order.doc_number and order.doc_number.text, order.signatories) == ("中华人民共和国国务院令第709号", ["总理 李克强"])
    assert (decision.title, decision.kind, decision.issuer) == ("国务院关于修改《某某条例》等部分行政法规的决定", "决定", "国务院")


def test_publication_and_print_run_lines_of_an_older_imprint() -> None:
    """公开方式：主动公开 and （共印50份） close a document with its 版记; the first had opened a document of its own that
    swallowed the 版记."""
    text = ("某某市人民政府关于甲的通知\n\n某府发〔2020〕1号\n\n各区人民政府：\n\n现通知如下。\n\n某某市人民政府\n\n2020年3月1日\n\n"
            "公开方式：主动公开\n\n抄送：市委各部门。\n\n某某市人民政府办公室　　2020年3月2日印发\n\n（共印50份）\n")
    result = parse(text)
    (doc,) = result.documents
    assert [n.text for n in doc.notes] == ["公开方式：主动公开", "抄送：市委各部门。", "某某市人民政府办公室2020年3月2日印发",
                                           "（共印50份）"]
    assert not doc.enclosures and doc.imprint is not None and doc.imprint.printed_on == "2020-03-02"


def test_contacts_after_the_date_are_a_note() -> None:
    text = ("某某市人民政府关于甲的通知\n\n某府发〔2020〕1号\n\n各区人民政府：\n\n现通知如下。\n\n某某市人民政府\n\n2020年3月1日\n\n"
            "联系人：张三；联系电话：0571-12345678\n")
    result = parse(text)
    assert [n.text for n in result.documents[0].notes] == ["联系人：张三；联系电话：0571-12345678"]
    assert not result.unclassified


def test_a_list_of_titles_that_lists_its_last_title_twice() -> None:
    """Two 公告 of one organ listed one after the other without numbers, and the first document under a red header:
    the second listing is an entry, not the first document's title (which repeats the first entry)."""
    text = ("某某省人民政府公报　2020年第16期\n\n目　　录\n\n某某市人民政府关于甲的决定\n某某省人民代表大会常务委员会公告\n"
            "某某省人民代表大会常务委员会公告\n\n某某市人民政府文件\n\n某府发〔2020〕1号\n\n某某市人民政府关于甲的决定\n\n"
            "各区人民政府：\n\n现决定如下。\n\n某某市人民政府\n2020年1月1日\n\n某某省人民代表大会常务委员会\n公　　告\n\n第41号\n\n"
            "现予公布。\n\n某某省人民代表大会常务委员会\n2020年2月1日\n\n某某省人民代表大会常务委员会\n公　　告\n\n第42号\n\n"
            "现予公布。\n\n某某省人民代表大会常务委员会\n2020年3月1日\n")
    result = parse(text)
    assert len(result.toc) == 3 and [e.document for e in result.toc] == [0, 1, 2]
    assert [d.doc_number.text if d.doc_number else None for d in result.documents] == [
        "某府发〔2020〕1号", "某某省人民代表大会常务委员会公告第41号", "某某省人民代表大会常务委员会公告第42号"]


def test_attachment_notes_side_by_side_on_one_line() -> None:
    """``附件：1.甲表　2.乙名单``: two entries on one line, set apart by a wide space, are two notes."""
    text = ("某某市人民政府关于甲的通知\n\n某府发〔2020〕1号\n\n各区人民政府：\n\n现通知如下。\n\n附件：1.某某甲表　2.某某乙名单\n\n"
            "某某市人民政府\n\n2020年3月1日\n\n附件1\n\n某某甲表\n\n甲\t乙\n1\t2\n\n附件2\n\n某某乙名单\n\n张三　李四　王五\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(n.number, n.title) for n in doc.attachment_notes] == [(1, "某某甲表"), (2, "某某乙名单")]
    assert [a.title for a in doc.attachments] == ["某某甲表", "某某乙名单"] and not result.diagnostics


def test_a_plans_parts_called_pian_hold_its_chapters() -> None:
    """A 五年规划纲要 in 篇 (第一篇　…) over chapters that count on across them, and sections (节) under those:
    each 篇 is a section holding its chapters. Before, 第一篇 was a paragraph of the preamble and 第二篇 one of
    the chapter above it."""
    text = ("某某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n第一篇　开启全面建设社会主义现代化新征程\n\n"
            "第一章　发展环境\n\n第一节　发展基础\n\n“十三五”时期，我市经济实力显著增强。\n\n第二节　发展环境\n\n"
            "当今世界正经历百年未有之大变局。\n\n第二章　指导思想\n\n坚持稳中求进工作总基调。\n\n"
            "第二篇　坚持创新驱动发展\n\n第三章　提升创新能力\n\n加强基础研究。\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(s.marker, s.title, [(c.marker, [g.marker for g in c.sections]) for c in s.sections])
            for s in doc.sections] == [
        ("第一篇", "开启全面建设社会主义现代化新征程", [("第一章", ["第一节", "第二节"]), ("第二章", [])]),
        ("第二篇", "坚持创新驱动发展", [("第三章", [])])]
    assert not doc.preamble and not result.diagnostics
    assert [p.text for p in doc.sections[0].sections[1].paragraphs] == ["坚持稳中求进工作总基调。"]


#: A notice with two attachments, its 附件说明 left to fill in.
NOTED_NOTICE = ("某某省卫生健康委员会关于印发某某办法的通知\n\n某卫发〔2023〕7号\n\n各设区市卫生健康委：\n\n现将有关文件印发给你们。\n\n"
                "{notes}\n\n某某省卫生健康委员会\n\n2023年3月1日\n\n附件1\n\n某某省医疗机构管理办法\n\n"
                "第一条　为加强医疗机构管理，制定本办法。\n\n附件2\n\n2023年度某某省医疗机构校验名单\n\n"
                "1.某某市第一人民医院\n\n2.某某县人民医院\n")


@pytest.mark.parametrize("apart", ["\n", "\n\n"], ids=["line under line", "a blank line between"])
@pytest.mark.parametrize("label", ["附件{n}：", "附件{n}.", "附表{n}："])
def test_attachment_notes_labelled_each(apart: str, label: str) -> None:
    """``附件1：甲办法`` / ``附件2：乙名单``: each entry with its own label is a note, and the attachments are
    announced. Before, only the last was a note, the first a paragraph of the text, and the last attachment was
    said to be unannounced (A002)."""
    first, second = label.format(n=1), label.format(n=2)
    text = NOTED_NOTICE.format(notes=f"{first}某某省医疗机构管理办法{apart}{second}2023年度某某省医疗机构校验名单")
    result = parse(text)
    (doc,) = result.documents
    assert [(n.number, n.title) for n in doc.attachment_notes] == [
        (1, "某某省医疗机构管理办法"), (2, "2023年度某某省医疗机构校验名单")]
    assert [p.text for p in doc.preamble] == ["现将有关文件印发给你们。"]
    assert [a.number for a in doc.attachments] == [1, 2] and not result.diagnostics
    # the first entry's title cut by a wrap, its end on a line of its own (a blank line apart, as text with a
    # blank line between all lines gives it)
    cut = parse(text.replace("某某省医疗机构管理办法" + apart, f"某某省医疗机构{apart}管理办法{apart}", 1))
    assert [(n.number, n.title) for n in cut.documents[0].attachment_notes] == [
        (1, "某某省医疗机构管理办法"), (2, "2023年度某某省医疗机构校验名单")] and not cut.unclassified


@pytest.mark.parametrize("label", ["附件：", "附件:", "附　件："])
def test_an_attachment_notes_label_alone_over_its_numbered_entries(label: str) -> None:
    """``附件：`` alone on its line, the entries numbered under it: they are the notes, the label's line is the
    first's. Before, the label was a paragraph, the entries a section 1. of the text, and both attachments were
    said to be unannounced (A002)."""
    text = NOTED_NOTICE.format(notes=f"{label}\n1.某某省医疗机构管理办法\n2.2023年度某某省医疗机构校验名单")
    result = parse(text)
    (doc,) = result.documents
    assert [(n.number, n.title, n.span.start_line) for n in doc.attachment_notes] == [
        (1, "某某省医疗机构管理办法", 9), (2, "2023年度某某省医疗机构校验名单", 11)]
    assert [p.text for p in doc.preamble] == ["现将有关文件印发给你们。"] and not doc.sections
    assert [a.number for a in doc.attachments] == [1, 2] and not result.diagnostics and not result.unclassified


@pytest.mark.parametrize(("text", "line"), [
    ("某某市人民政府关于甲的通知\n\n某府发〔2020〕1号\n\n主送：各区人民政府，市政府各部门\n\n现通知如下。\n\n某某市人民政府\n\n2020年3月1日\n", 5),
    ("某某市人民政府关于甲的通告\n\n某府通〔2020〕1号\n\n现通告如下。\n\n某某市人民政府\n\n2020年3月1日\n\n"
     "主送：各区人民政府，市政府各部门。\n\n抄送：市委各部门。\n\n某某市人民政府办公室　　2020年3月2日印发\n", 11),
])
def test_addressees_after_their_label(text: str, line: int) -> None:
    """``主送：`` before the text, or in the 版记 above ``抄送：`` (where GB/T 9704 lets a 公告 or 通告 move it): the
    document's 主送机关, and no 抄送."""
    result = parse(text)
    (doc,) = result.documents
    assert doc.addressees == ["各区人民政府", "市政府各部门"] and doc.addressees_span == Span(start_line=line, end_line=line)
    assert (doc.imprint is None or doc.imprint.cc == ["市委各部门"]) and not result.unclassified


def test_a_signature_and_date_on_one_line_above_the_colophon_stay_the_documents() -> None:
    """某某办公厅　2018年4月14日 reads as a masthead's office line only right under the masthead: above a colophon
    it is the last document's 署名 and 成文日期 (a regression the office line had brought)."""
    text = ("某某省人民政府公报\n2018年第12期\n\n某某省人民政府办公厅关于甲的通知\n\n某政办发〔2018〕1号\n\n各市人民政府：\n\n"
            "现通知如下。\n\n某某省人民政府办公厅　　2018年4月14日\n\n---\n\n主管主办单位：某某省人民政府\n"
            "编辑出版：某某省人民政府办公厅\n国内统一刊号：CN33-1354/D\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.signatories, doc.date) == (["某某省人民政府办公厅"], "2018-04-14")
    assert result.gazette is not None and result.gazette.publication_date is None and not result.diagnostics


def test_an_interpretation_title_quoting_a_title_names_no_issuer() -> None:
    """《某某市关于甲的通知》政策解读: the 关于 inside the quotation is not where an issuer's name ends."""
    result = parse("《某某市关于甲的通知》政策解读\n\n一、出台背景\n\n为做好甲工作，制定本通知。\n")
    (doc,) = result.documents
    assert (doc.title, doc.issuer) == ("《某某市关于甲的通知》政策解读", None)


def test_site_metadata_one_key_a_line_above_the_document() -> None:
    """A government site's metadata above the document, one key a line and no blank lines between (索 引 号：…,
    发文字号：…): each line is its own, read into ``metadata``; none joins the title."""
    text = ("索 引 号：000014349/2019-00012\n主题分类：综合政务\\其他\n发文机关：国务院办公厅\n成文日期：2019年01月24日\n"
            "标　　题：国务院办公厅关于甲的通知\n发文字号：国办发〔2019〕5号\n发布日期：2019年01月29日\n\n国务院办公厅关于甲的通知\n\n"
            "国办发〔2019〕5号\n\n各省、自治区、直辖市人民政府：\n\n现通知如下。\n\n国务院办公厅\n\n2019年1月24日\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.title, doc.issuer) == ("国务院办公厅关于甲的通知", "国务院办公厅")
    assert doc.metadata["发文字号"] == "国办发〔2019〕5号" and doc.metadata["索引号"] == "000014349/2019-00012"
    assert len(doc.metadata) == 7 and not result.unclassified


def test_legal_database_export() -> None:
    """A legal database's export (北大法宝): 【key】value lines above the document, a 文号 in brackets under the
    title, a TAB table whose rows fill only the right column where the cells on the left spanned rows, and the
    list of the files it links and its copyright line at the end, which are the page's chrome."""
    result = parse(fixture("legal-database-export-with-links.txt"))
    (doc,) = result.documents
    assert doc.metadata["发文字号"] == "国办发〔2019〕4号" and doc.metadata["效力级别"] == "国务院规范性文件"
    assert doc.doc_number is not None and doc.doc_number.text == "国办发〔2019〕4号"
    (attachment,) = doc.attachments
    (table,) = attachment.tables
    assert table.rows[-1] == ["", "", "2.下转患者人次数"] and not attachment.paragraphs
    chrome = [f.text for f in result.furniture if f.kind == "web-chrome"]
    assert chrome[0] == "本篇法规中涉及的附件如下：" and chrome[1].endswith(".doc") and chrome[2].startswith("©")
    assert not result.unclassified


@pytest.mark.parametrize(("text", "kind"), [
    ("\t\t正文缩进两格。\n", LineKind.TEXT),  # no table above
    ("甲\t乙\t丙\n\n\t\t正文缩进两格。\n", LineKind.TEXT),  # a blank line between
    ("甲\t乙\n\t\t正文缩进两格。\n", LineKind.TEXT),  # more cells than the row above
    ("甲\t乙\t丙\n\t正文缩进一格。\n", LineKind.TEXT),  # one TAB: a paragraph's indent
    ("甲\t乙\t丙\n\t\t丁\n", LineKind.TABLE),
    ("序号\t名称\t单位\t\n1\t\t\n", LineKind.TABLE),  # a form's blank row, fewer TABs than the header's
    ("序号\t名称\t单位\n\n2\t\t\n", LineKind.TABLE),  # … a blank line between
    ("序号\t名称\t单位\n1\t\t\t\t\n", LineKind.TEXT),  # more cells than the header: no row of it
])
def test_a_line_of_tabs_and_one_cell_is_a_row_only_under_a_tab_row(text: str, kind: LineKind) -> None:
    """Only right under a row of a TAB table, with two TABs in front and no more cells than that row, is a line
    of one cell a row."""
    assert normalize(text)[-1].kind is kind


@pytest.mark.parametrize("date", ["2021年3月", "二〇二一年三月", "2021 年 3 月"])
def test_a_date_of_a_year_and_a_month_under_the_signature(date: str) -> None:
    """A report dated 2021年3月 under its 署名: the 署名 is read, and the date is ``date_month``; before, both were
    text of the last section and D001 said the date was missing."""
    text = f"某某县人民政府关于甲工作的报告\n\n某某县人民代表大会常务委员会：\n\n现报告如下。\n\n一、基本情况\n\n甲工作进展顺利。\n\n某某县人民政府\n{date}\n"
    result = parse(text)
    (doc,) = result.documents
    assert (doc.signatories, doc.date, doc.date_month) == (["某某县人民政府"], None, "2021-03")
    assert [p.text for p in doc.sections[0].paragraphs] == ["甲工作进展顺利。"] and not result.diagnostics


def test_a_byline_dated_by_a_month_under_a_statistical_communique() -> None:
    """A 统计公报's byline of its two issuers (国家统计局某某调查队 among them) and a month."""
    text = ("某某市2020年国民经济和社会发展统计公报\n\n某某市统计局\n国家统计局某某调查队\n2021年3月\n\n"
            "2020年，全市经济稳定恢复。\n\n一、综合\n\n初步核算，全年地区生产总值1000亿元。\n")
    (doc,) = parse(text).documents
    assert doc.signatories == ["某某市统计局", "国家统计局某某调查队"] and doc.date_month == "2021-03"
    assert [p.text for p in doc.preamble] == ["2020年，全市经济稳定恢复。"] and len(doc.sections) == 1


def test_a_month_that_heads_a_chronicle_is_no_date() -> None:
    """A 大事记's month (2021年3月 over the days of that month) is text: no 署名 stands above it."""
    text = ("某某市人民政府关于甲的通知\n\n某政发〔2021〕1号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n"
            "一、大事记\n\n2021年3月\n\n3月1日，召开全市工作会议。\n\n某某市人民政府\n2021年4月1日\n")
    (doc,) = parse(text).documents
    assert (doc.date, doc.date_month) == ("2021-04-01", None)
    assert [p.text for p in doc.sections[0].paragraphs] == ["2021年3月", "3月1日，召开全市工作会议。"]


@pytest.mark.parametrize(("signed", "signatory", "issuer"), [
    ("省　长　　王　五", "省长 王五", "某某省人民政府"), ("省长　王五", "省长 王五", "某某省人民政府"),
    ("某某省省长　　张三丰", "某某省省长 张三丰", "某某省人民政府"), ("省长：王五", "省长 王五", "某某省人民政府")])
def test_a_bill_signed_by_office_and_name(signed: str, signatory: str, issuer: str) -> None:
    """An 议案 signed by the head of government, letter-spaced and padded as printed (省　长　　王　五): the office
    and the name with one space between; before, every character was set apart (省 长 王 五)."""
    text = (f"某某省人民政府关于提请审议《某某条例（草案）》的议案\n\n某政议〔2022〕3号\n\n某某省人民代表大会常务委员会：\n\n"
            f"现提请审议。\n\n{signed}\n\n2022年3月15日\n")
    (doc,) = parse(text).documents
    assert (doc.signatories, doc.issuer, doc.kind) == ([signatory], issuer, "议案")


@pytest.mark.parametrize("heading", ["本期要目", "要　目", "本期导读"])
def test_highlights_above_the_contents(heading: str) -> None:
    """A list of highlights (本期要目) above the 目录: its lines are ``highlights`` furniture and the TOC is the 目录's;
    before, the highlights, the 目录 heading and its first category ran into the first entry's title."""
    text = (f"# 某某市人民政府公报\n\n## 2023年第2期\n\n### {heading}\n\n某某市人民政府关于甲的通知\n\n某某市人民政府办公厅关于乙的意见\n\n"
            "# 目录\n\n## 市政府文件\n\n某某市人民政府关于甲的通知（某政发〔2023〕1号）…………1\n\n## 市政府办公厅文件\n\n"
            "某某市人民政府办公厅关于乙的意见（某政办发〔2023〕4号）…………5\n\n"
            "# 某某市人民政府关于甲的通知\n\n某政发〔2023〕1号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n某某市人民政府\n\n2023年1月10日\n\n"
            "# 某某市人民政府办公厅关于乙的意见\n\n某政办发〔2023〕4号\n\n各区人民政府：\n\n提出如下意见。\n\n某某市人民政府办公厅\n\n2023年1月20日\n")
    result = parse(text)
    assert [(e.category, e.title, e.document) for e in result.toc] == [
        ("市政府文件", "某某市人民政府关于甲的通知", 0), ("市政府办公厅文件", "某某市人民政府办公厅关于乙的意见", 1)]
    assert [f.text for f in result.furniture if f.kind == "highlights"] == [
        "".join(heading.split()), "某某市人民政府关于甲的通知", "某某市人民政府办公厅关于乙的意见"]
    assert result.toc_span is not None and result.toc_span.start_line == 5
    assert not result.unclassified and not result.diagnostics


def test_enclosed_numbers_as_word_numbers_them() -> None:
    """㈠, ⑴ and ⒈ (single characters that Word's numbering and older typesetting use) are the markers (一), (1)
    and 1.; before, they were text of the section above."""
    text = ("某某县人民政府关于甲的通知\n\n某政发〔2020〕1号\n\n各乡镇人民政府：\n\n现通知如下。\n\n一、总体要求\n\n"
            "㈠指导思想。坚持新发展理念。\n\n⑴加强统筹。\n\n⑵加强督查。\n\n㈡主要目标。\n\n⒈完成改造。\n\n⒉完成验收。\n\n"
            "某某县人民政府\n\n2020年3月1日\n")
    (doc,) = parse(text).documents
    (part,) = doc.sections
    assert [(s.marker, s.number) for s in part.sections] == [("(一)", 1), ("(二)", 2)]
    assert [(s.marker, s.number) for s in part.sections[0].sections] == [("(1)", 1), ("(2)", 2)]
    assert [(s.marker, s.number) for s in part.sections[1].sections] == [("1.", 1), ("2.", 2)]


def test_colophon_keys_in_full_and_a_print_permit() -> None:
    """A colophon with the keys in full (国内统一连续出版物号, 国际标准连续出版物号), short ones (主管主办, 本刊网址), a
    准印证号 and lines with no field of their own (发送对象, 定价): every line is the colophon's; before, the lines
    from the first unknown key on were one unclassified paragraph."""
    result = parse(fixture("colophon-full-names-and-print-permit.txt"))
    g = result.gazette
    assert g is not None and (g.sponsor, g.cn_number, g.issn) == ("某某市人民政府", "CN11-1234/D", "1004-1234")
    assert (g.print_permit, g.url, g.publication_date) == ("京内资准字2019-L0123号", "http://www.example.gov.cn/gb",
                                                           "2023-01-15")
    assert g.colophon_span is not None and (g.colophon_span.start_line, g.colophon_span.end_line) == (15, 27)
    assert not result.unclassified and len(result.documents) == 1


@pytest.mark.parametrize("brackets", ["（2021年2月3日　国函〔2021〕12号）", "（国函〔2021〕12号，2021年2月3日）",
                                      "(2021年2月3日 国函〔2021〕12号)"])
def test_a_toc_entry_with_its_date_and_number_in_one_pair_of_brackets(brackets: str) -> None:
    """国务院关于…的批复（2021年2月3日　国函〔2021〕12号）……3: the entry's date and 文号, and its title without them;
    before, the whole bracket was part of the title, which then differed from the document's (T004)."""
    text = (f"中华人民共和国国务院公报\n2021年第6号\n\n目　　录\n\n国务院文件\n国务院关于同意甲的批复{brackets}…………3\n\n"
            "国务院关于同意甲的批复\n国函〔2021〕12号\n\n某某省人民政府：\n你省请示收悉。现批复如下：同意。\n\n国务院\n2021年2月3日\n")
    result = parse(text)
    (entry,) = result.toc
    assert (entry.title, entry.doc_number, entry.date, entry.document) == (
        "国务院关于同意甲的批复", "国函〔2021〕12号", "2021-02-03", 0)
    assert not result.diagnostics


def test_a_tab_after_word_numbering_is_no_table_cell() -> None:
    """Word's "save as text" writes a TAB after its automatic numbering (一、<TAB>总体要求, 附件：1.<TAB>甲表): such
    lines are headings and 附件说明, not rows of two-cell tables (as they were before)."""
    text = ("某某县人民政府关于甲的通知\n\n某政发〔2020〕1号\n\n各乡镇人民政府：\n\n现通知如下。\n\n一、\t总体要求\n\n"
            "（一）\t指导思想。坚持新发展理念。\n\n1.\t加强统筹。\n\n二、\t保障措施\n\n加强领导。\n\n附件：1.\t甲表\n\n"
            "某某县人民政府\n\n2020年3月1日\n\n附件1\n\n甲表\n\n序号\t任务\t单位\n1.\t完成甲任务\t市发展改革委\n")
    (doc,) = parse(text).documents
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "总体要求"), ("二、", "保障措施")]
    assert [s.marker for s in doc.sections[0].sections[0].sections] == ["1."] and not doc.tables
    assert [(n.number, n.title) for n in doc.attachment_notes] == [(1, "甲表")]
    (attachment,) = doc.attachments
    assert attachment.tables[0].rows == [["1.", "完成甲任务", "市发展改革委"]]  # three cells: a row


@pytest.mark.parametrize(("body", "column", "message"), [
    ("现通知如下(cid:3021)(cid:1180)，请(cid:4411)执行。", 6, "3 glyphs the PDF converter could not map: (cid:3021)"),
    ("现通知如下，请认真\ue123\ue124执行。", 10, "2 glyphs the PDF converter could not map: U+E123"),
])
def test_glyphs_a_pdf_converter_could_not_map_are_flagged(body: str, column: int, message: str) -> None:
    """pdfminer and pdfplumber write (cid:1234) for a glyph without a Unicode mapping, and some converters pass on
    the font's own code for it, a character of the Private Use Area: X008 on each such line, at the first, with how
    many; the text keeps them, as it keeps U+FFFD. (Before, nothing was said of a private-use character.)"""
    text = f"某某县人民政府关于甲的通知\n\n某政发〔2020〕1号\n\n各乡镇人民政府：\n\n{body}\n\n某某县人民政府\n\n2020年3月1日\n"
    result = parse(text)
    assert [(d.code, d.span.start_line, d.column, d.message) for d in result.diagnostics] == [
        ("X008", 7, column, message)]
    assert result.documents[0].preamble[0].text == body


NOTICE_WITH_LIST = ("某某省发展和改革委员会关于甲的通报\n\n各有关单位：\n\n现通报如下。\n\n附件：甲联系人名单\n\n"
                    "某某省发展和改革委员会\n2019年3月8日\n\n附件\n\n甲联系人名单\n\n{list}\n")
LISTS = {"table": "序号\t姓名\t单位\n1\t张三\t某某厅\n2\t李四\t某某局\n", "names": "张三　某某厅\n李四　某某局\n"}


COMMUNIQUE = ("2018年某某省国民经济和社会发展统计公报\n\n某某省统计局\n2019年5月19日\n\n2018年，全省经济运行稳中有进。\n",
              "2018年某某省国民经济和社会发展统计公报")
DECISION = ("某某省人民政府关于修改部分规章的决定\n（2019年11月23日某某省人民政府第24次常务会议审议通过）\n\n为了维护法制统一，"
            "决定修改部分规章。\n", "某某省人民政府关于修改部分规章的决定")
SPEECH = ("关于《某某省乙条例（草案）》的说明\n\n——2020年12月19日在某某省人民代表大会常务委员会会议上\n\n某某省司法厅厅长　某某某\n\n"
          "主任、各位副主任：\n现就草案作如下说明。\n", "关于《某某省乙条例（草案）》的说明")


@pytest.mark.parametrize(("listed", "after"), [
    ("names", COMMUNIQUE), ("names", DECISION), ("table", COMMUNIQUE), ("table", DECISION), ("table", SPEECH)])
def test_a_document_after_another_ones_attachment(listed: str, after: tuple[str, str]) -> None:
    """With no TOC and no 文号, a title with a byline, a dating line or a speech's dash line under it opens a
    document after another document's attachment (a list of names, a table), once that document's date is past;
    before, it stayed in the attachment after a list of names, and a title opening with 关于 took the table's
    last row for its issuer. (After a list of names, 李四　某某局 reads as an issuer above 关于…: not tried.) A
    name keeps the space before its organ."""
    result = parse(NOTICE_WITH_LIST.format(list=LISTS[listed]) + after[0])
    assert [d.title for d in result.documents] == ["某某省发展和改革委员会关于甲的通报", after[1]]
    (attachment,) = result.documents[0].attachments
    if listed == "table":
        assert attachment.tables[0].rows[-1] == ["2", "李四", "某某局"]
    else:
        assert [i.text for i in attachment.items] == ["张三 某某厅", "李四 某某局"]


@pytest.mark.parametrize(("line", "entries"), [
    ("某某市应急管理局　某某市消防救援支队　某某化工有限公司", ["某某市应急管理局", "某某市消防救援支队", "某某化工有限公司"]),
    ("张　三　　李四光　　王　五（女）", ["张三", "李四光", "王五（女）"]),
    ("张三　某某市应急管理局　　　李四光　某某县人民政府", ["张三 某某市应急管理局", "李四光 某某县人民政府"]),
    ("张三　某某市应急管理局", ["张三 某某市应急管理局"]),
    ("某某镇人民政府　某某县交通运输局", ["某某镇人民政府", "某某县交通运输局"]),
    ("序号　工作任务　责任单位", ["序号 工作任务 责任单位"]),
    ("某某市　某某县　某某区", ["某某市 某某县 某某区"])])
def test_names_side_by_side_in_a_list_are_entries_of_their_own(line: str, entries: list[str]) -> None:
    """A 名单 prints several units, or several people, on a line a gap apart: each is an item (with the line's
    span), and so is each person with the unit after them; a person and their unit alone, words that are no
    names (a table's header), or places, stay one item."""
    text = ("某某省人民政府关于表彰先进集体和先进个人的通报\n\n某政发〔2021〕3号\n\n各市人民政府：\n\n"
            "为表彰先进，省政府决定对下列先进集体和先进个人予以通报表扬。\n\n附件：先进集体和先进个人名单\n\n某某省人民政府\n"
            f"2021年1月5日\n\n附件\n\n先进集体和先进个人名单\n\n{line}\n赵六　某某县交通运输局\n")
    (doc,) = parse(text).documents
    (attachment,) = doc.attachments
    assert [i.text for i in attachment.items] == [*entries, "赵六 某某县交通运输局"]
    assert {i.span.start_line for i in attachment.items[:-1]} == {18}


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_a_list_of_names_as_wide_as_the_wrap_of_hard_wrapped_text(blank: str) -> None:
    """Text hard-wrapped at 16 letters (one paragraph a line, or a blank line between all lines, as pasted from a
    PDF): a 名单's names, each as wide as the wrap and opening with the same place, are an item each; the rest of a
    name the wrap cut (…社区居民委员会 / 调解工作室) opens otherwise and goes on. Before, the names were one
    paragraph."""
    body = "为表彰先进，经研究，决定对以下单位予以通报表扬，希望受到表扬的单位珍惜荣誉，再接再厉。" * 4
    units = [f"某某市{d}区{s}街道社区居民委员会" for d in "东西南" for s in "甲乙丙丁"]
    lines = ["某某市人民政府关于表扬先进单位", "的通报", "某政发〔2020〕5号", "各区人民政府：",
             *[body[i:i + 16] for i in range(0, len(body), 16)], "附件：先进单位名单", "某某市人民政府", "2020年3月1日",
             "附件", "先进单位名单", *units, "某某市南区东湖街道社区居民委员会", "调解工作室"]
    (doc,) = parse(blank.join(lines) + "\n").documents
    assert doc.preamble[0].text == body
    (attachment,) = doc.attachments
    assert [i.text for i in attachment.items] == [*units, "某某市南区东湖街道社区居民委员会调解工作室"]


def test_a_short_document_pasted_from_a_narrow_column() -> None:
    """A short document at 16 letters a line, a blank line between all lines: eight lines reach the wrap, more than
    half of them prose, which tells it (twelve are needed where fewer hold prose). Before, each line was a
    paragraph, and the clause of when it takes effect, cut, was no closing."""
    def cut(text: str) -> list[str]:
        return [text[i:i + 16] for i in range(0, len(text), 16)]

    body = "为进一步加强安全生产工作，切实保障人民群众生命财产安全，经研究，现就有关事项通知如下。"
    section = "各地各部门要高度重视安全生产工作，切实加强组织领导，确保各项工作落到实处。"
    clause = "本通知自2020年1月1日起施行，有效期5年。"
    lines = [*cut("某某市人民政府关于加强安全生产工作的通知"), "某府发〔2019〕3号", "各区人民政府，市政府各部门：", *cut(body),
             "一、加强组织领导", *cut(section), *cut(clause), "特此通知。", "某某市人民政府", "2019年3月5日"]
    (doc,) = parse("\n\n".join(lines) + "\n").documents
    assert [p.text for p in doc.preamble] == [body]
    assert [p.text for p in doc.sections[0].paragraphs] == [section]
    assert [p.text for p in doc.closing_formula] == [clause, "特此通知。"]


def test_a_list_of_names_under_each_heading_of_an_attachment_is_its_items() -> None:
    """A 名单 by category: the names under each heading are its section's items (a line of several split), not its
    paragraphs; a section of text, or of one name, keeps its paragraphs. A document's own section of names holds
    them as items too (before 1.12, it kept them as paragraphs)."""
    text = ("某某省人民政府关于表彰先进集体和先进个人的通报\n\n某政发〔2021〕3号\n\n各市人民政府：\n\n"
            "为表彰先进，省政府决定对下列先进集体和先进个人予以通报表扬。\n\n一、先进集体\n某某市应急管理局\n某某县交通运输局\n\n"
            "附件：先进集体和先进个人名单\n\n某某省人民政府\n2021年1月5日\n\n附件\n\n先进集体和先进个人名单\n\n"
            "一、先进集体（5个）\n\n某某市应急管理局　某某市消防救援支队　某某化工有限公司\n\n某某镇人民政府　某某县交通运输局\n\n"
            "二、先进个人（3名）\n\n张　三　某某市应急管理局　　李四光　某某县人民政府\n\n王　五（女）　某某化工有限公司\n\n"
            "三、特别贡献奖（1个）\n\n某某市消防救援支队\n\n四、有关要求\n\n各地要认真组织学习\n")
    (doc,) = parse(text).documents
    assert [i.text for i in doc.sections[0].items] == ["某某市应急管理局", "某某县交通运输局"]
    assert not doc.sections[0].paragraphs
    units, people, one, note = doc.attachments[0].sections
    assert [i.text for i in units.items] == ["某某市应急管理局", "某某市消防救援支队", "某某化工有限公司", "某某镇人民政府",
                                             "某某县交通运输局"] and not units.paragraphs
    assert [(i.text, i.span.start_line) for i in people.items] == [
        ("张三 某某市应急管理局", 30), ("李四光 某某县人民政府", 30), ("王五（女） 某某化工有限公司", 32)]
    assert [p.text for p in one.paragraphs] == ["某某市消防救援支队"] and not one.items
    assert [p.text for p in note.paragraphs] == ["各地要认真组织学习"] and not note.items


def test_a_regulation_under_an_attachment_label_stays_the_attachment() -> None:
    """An attachment that is a regulation dated under its title, under its 附件 label, is no document of its own."""
    text = ("某某市人民政府关于甲的通知\n\n各区人民政府：\n\n现通知如下。\n\n附件：某某市乙办法\n\n某某市人民政府\n2019年3月8日\n\n"
            "附件\n\n某某市乙办法\n（2019年3月1日某某市人民政府第5次常务会议审议通过）\n\n第一条　为了规范乙工作，制定本办法。\n")
    (doc,) = parse(text).documents
    assert [a.title for a in doc.attachments] == ["某某市乙办法"]


def test_a_masthead_colophon_and_toc_entry_cut_by_a_narrow_wrap() -> None:
    """At 32 columns a wrap cuts the masthead's title-and-issue line (…公报　2019年第 / 1期), a colophon field
    (…人民政府办公 / 厅) and a TOC entry before its bracketed number, which then looks like a category heading
    (某某省市场监督管理局公告 / （2020年第1号）……2): each is read whole; before, the masthead and the colophon's
    tail were unclassified and the entry was a category."""
    text = ("某某省人民政府公报　2019年第\n1期\n\n目录\n\n【省政府文件】\n某某省市场监督管理局公告\n（2020年第1号）……2\n\n"
            "【省政府文件】\n\n某某省市场监督管理局公告\n2020年第1号\n\n根据有关规定，现将有关事项公告如下：\n一、某某事项按照有关规\n"
            "定办理。\n\n某某省市场监督管理局\n2020年9月4日\n\n主管主办单位：某某省人民政府\n编辑出版：某某省人民政府办公\n厅\n"
            "国内统一刊号：CN33-1354/D\n")
    result = parse(text)
    g = result.gazette
    assert g is not None and (g.title, g.year, g.issue, g.editor) == ("某某省人民政府公报", 2019, 1, "某某省人民政府办公厅")
    assert g.masthead_span is not None and g.masthead_span.end_line == 2
    assert [(e.category, e.title, e.doc_number, e.document) for e in result.toc] == [
        ("省政府文件", "某某省市场监督管理局公告", "某某省市场监督管理局公告2020年第1号", 0)]
    assert not result.unclassified


@pytest.mark.parametrize(("title", "number", "expected"), [
    ("中华人民共和国商务部令", "2021年第1号", "中华人民共和国商务部令2021年第1号"),
    ("交通运输部令", "2021年第12号", "交通运输部令2021年第12号"),
    ("某某省人民政府令", "第300号", "某某省人民政府令第300号")])
def test_an_order_numbered_by_year(title: str, number: str, expected: str) -> None:
    """A ministry's order numbered by year on the line under its title (商务部令 / 2021年第1号) has that number as
    its 文号, as a 公告 has; before, the number was a paragraph."""
    text = (f"{title}\n\n{number}\n\n《某某管理办法》已经部务会议审议通过，现予公布，自2021年9月1日起施行。\n\n部长　王五\n\n"
            "2021年7月10日\n\n某某管理办法\n\n第一条　为了规范某某，制定本办法。\n")
    (doc,) = parse(text).documents
    assert doc.doc_number is not None and doc.doc_number.text == expected and doc.kind == "命令"
    assert [p.text for p in doc.preamble] == ["《某某管理办法》已经部务会议审议通过，现予公布，自2021年9月1日起施行。"]


APPROVAL = ("某某省人民代表大会常务委员会关于批准《某某市城市管理条例》的决定\n\n"
            "（2021年3月31日某某省第十三届人民代表大会常务委员会第二十二次会议通过）\n\n"
            "某某省第十三届人民代表大会常务委员会第二十二次会议对《某某市城市管理条例》进行了审查，决定予以批准，"
            "由某某市人民代表大会常务委员会公布施行。\n\n")


def test_a_decision_approving_a_regulation_prints_it_as_its_enclosure() -> None:
    """A 人大常委会's 关于批准《某某条例》的决定 with the approved regulation printed after it: the regulation, dated
    under its title, is the decision's enclosure; before, its title and articles were the decision's own text."""
    text = APPROVAL + ("某某市城市管理条例\n\n（2020年12月25日某某市人民代表大会常务委员会通过　2021年3月31日某某省人民代表大会"
                       "常务委员会批准）\n\n第一条　为了加强城市管理，制定本条例。\n\n第二条　本条例自2021年6月1日起施行。\n")
    (doc,) = parse(text).documents
    assert doc.kind == "决定" and doc.date == "2021-03-31" and len(doc.preamble) == 1 and not doc.sections
    (regulation,) = doc.enclosures
    assert regulation.title == "某某市城市管理条例" and [s.marker for s in regulation.sections] == ["第一条", "第二条"]


def test_a_decision_approving_a_regulation_printed_elsewhere_keeps_its_text() -> None:
    """The same decision without the regulation after it keeps its text, and a document after it stays apart."""
    text = APPROVAL + ("某某省人民代表大会常务委员会关于乙的决定\n\n（2021年3月31日某某省人民代表大会常务委员会通过）\n\n"
                       "为了乙，决定如下。\n")
    result = parse(text)
    assert [d.title for d in result.documents] == ["某某省人民代表大会常务委员会关于批准《某某市城市管理条例》的决定",
                                                   "某某省人民代表大会常务委员会关于乙的决定"]
    assert not result.documents[0].enclosures and len(result.documents[0].preamble) == 1


def test_a_joint_announcements_number_keeps_the_space_between_its_issuers() -> None:
    """财政部　税务总局公告2022年第13号: the 文号 keeps one space between the two issuers, as the title does."""
    text = ("财政部　税务总局关于进一步实施小微企业所得税优惠政策的公告\n\n财政部　税务总局公告2022年第13号\n\n"
            "为进一步支持小微企业发展，现将有关税收政策公告如下：\n\n一、减按25%计入应纳税所得额。\n\n特此公告。\n\n"
            "财政部　　　　税务总局\n\n2022年3月14日\n")
    (doc,) = parse(text).documents
    assert doc.title == "财政部 税务总局关于进一步实施小微企业所得税优惠政策的公告"
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.agency_code, doc.doc_number.serial) == (
        "财政部 税务总局公告2022年第13号", "财政部 税务总局公告", 13)
    assert doc.signatories == ["财政部", "税务总局"] and doc.issuer == "财政部、税务总局"


def test_a_joint_announcements_number_in_the_toc_matches_with_or_without_the_space() -> None:
    """The TOC gives the joint 公告's number without the space (财政部税务总局公告…): no T006 for it."""
    text = ("某某公报\n2022年第4期\n\n目录\n\n财政部　税务总局关于甲的公告（财政部税务总局公告2022年第13号）……1\n\n"
            "财政部　税务总局关于甲的公告\n\n财政部　税务总局公告2022年第13号\n\n现将有关政策公告如下：\n\n一、甲。\n\n特此公告。\n\n"
            "财政部　　　　税务总局\n\n2022年3月14日\n")
    result = parse(text)
    assert [e.document for e in result.toc] == [0] and not [d for d in result.diagnostics if d.code == "T006"]


@pytest.mark.parametrize("apart", ["　", "  ", "\n"], ids=["ideographic space", "two spaces", "line break"])
def test_a_toc_entry_keeps_the_space_between_joint_issuers_as_its_document_does(apart: str) -> None:
    """A TOC entry of a joint 公告, its issuers set apart: its title and 文号 keep one space between them, as the
    document's do, so a join on the text finds the one in the other. Before, the entry's lost the space
    (财政部税务总局关于…). An entry printed without the space stays without it."""
    text = ("某某公报\n2022年第4期\n\n目录\n\n"
            f"财政部{apart}税务总局关于甲的公告（财政部{apart}税务总局公告2022年第13号）……1\n\n"
            "某某省人民政府关于乙的通知（某政发〔2022〕3号）……3\n\n"
            "财政部　税务总局关于甲的公告\n\n财政部　税务总局公告2022年第13号\n\n现将有关政策公告如下：\n\n一、甲。\n\n"
            "特此公告。\n\n财政部　　　　税务总局\n\n2022年3月14日\n\n"
            "某某省人民政府关于乙的通知\n\n某政发〔2022〕3号\n\n各市人民政府：\n\n现将有关事项通知如下。\n\n"
            "某某省人民政府\n2022年3月15日\n")
    result = parse(text)
    doc = result.documents[0]
    assert doc.doc_number is not None
    assert [(e.title, e.doc_number, e.document) for e in result.toc] == [
        (doc.title, doc.doc_number.text, 0), ("某某省人民政府关于乙的通知", "某政发〔2022〕3号", 1)]
    assert doc.title == "财政部 税务总局关于甲的公告"
    unspaced = parse(text.replace(f"财政部{apart}税务总局关于甲的公告（财政部{apart}税务总局",
                                  "财政部税务总局关于甲的公告（财政部税务总局"))
    assert [(e.title, e.doc_number, e.document) for e in unspaced.toc[:1]] == [(
        "财政部税务总局关于甲的公告", "财政部税务总局公告2022年第13号", 0)]


JOINT_ANNOUNCEMENT = ("财政部　税务总局关于促进就业创业有关政策的公告\n财政部　税务总局公告2020年第3号\n\n"
                      "根据有关规定，现将促进就业创业有关事项公告如下：\n一、某某事项按照有关规定办理。\n\n特此公告。\n\n"
                      "财政部　　　　税务总局\n2020年9月24日\n")


@pytest.mark.parametrize("form", ["as printed", "number at the wrap over a page break", "letters set apart",
                                  "joined"])
def test_a_joint_announcements_number_on_the_line_under_its_title_in_every_form(form: str) -> None:
    """A joint 公告 titled by what it is about, its number (its issuers' 公告 and the year's serial) on the line
    under the title: the number is read, with the space between the issuers, however the text was converted.
    Before: set apart letter by letter, it lost its space; joined to the title on one line, it was read as part of
    the title. (Where a hard wrap is told, a number that fills it ran into the next page's paragraph, and one laid
    out beside another column was split: the generated issues, which print such 公告 since this version, test
    those.)"""
    text = JOINT_ANNOUNCEMENT
    if form == "number at the wrap over a page break":
        text = text.replace("第3号\n\n", "第3号\n\n                  —2—\n\f", 1)
    elif form == "letters set apart":
        text = "\n".join("   ".join(" ".join(word) for word in line.split("　") if word) for line in text.split("\n"))
    elif form == "joined":
        text = "".join(line for line in text.split("\n")) + "\n"
    result = parse(text)
    doc = result.documents[0]
    assert doc.doc_number is not None and doc.doc_number.text == "财政部 税务总局公告2020年第3号", form
    assert doc.title is not None and doc.title.replace(" ", "") == "财政部税务总局关于促进就业创业有关政策的公告"
    assert doc.date == "2020-09-24" and [p.text for p in doc.preamble][:1] == ["根据有关规定，现将促进就业创业有关事项公告如下："]


def test_a_wrapped_sentence_whose_first_line_ends_in_a_cited_doc_number_goes_on() -> None:
    """A sentence hard-wrapped where its first line ends in the 文号 it cites (各部门要认真贯彻落实国发〔2021〕12号 /
    文件精神，…): one paragraph, though a 文号 alone on a line that fills the wrap is a line of its own."""
    filler = "为进一步加强和改进某某工作，推动各项任务落实落地，现就有关事项通知如下，请各地各部门认真组织实施，确保取得实效。"
    text = ("某某市人民政府关于加强某某工作的通知\n\n某政发〔2021〕3号\n\n各区人民政府，市政府各部门：\n\n"
            f"{filler * 3}\n\nCITED\n\n{filler * 2}\n\n某某市人民政府\n\n2021年3月5日\n")
    wrapped = to_layout(text, cols=36, indent="").replace(
        "CITED", "各部门要认真贯彻落实国发〔2021〕12号\n文件精神，切实做好有关工作，按时报送工\n作进展情况。")
    (doc,) = parse(wrapped).documents
    assert "各部门要认真贯彻落实国发〔2021〕12号文件精神，切实做好有关工作，按时报送工作进展情况。" in [
        p.text for p in doc.preamble]


@pytest.mark.parametrize(("number", "tail"), [("财政部　税务总局公告2023年第", "19号"), ("某政发〔2023〕", "19号"),
                                              ("某政发〔2023〕第", "19号"),
                                              ("财政部　税务总局公告2023年第19", "号"), ("某政发〔2023〕19", "号")])
def test_a_doc_number_a_wrap_cut_in_a_short_text_is_read_whole(number: str, tail: str) -> None:
    """A 文号 cut by the wrap of a text too short to tell its wrap width (…公告2023年第 / 19号), also before its last
    letter (…第19 / 号): the two lines are the number. Before, the document had no 文号, and the number was its
    first paragraph."""
    text = (f"某某关于丙的公告\n\n{number}\n{tail}\n\n现将有关事项公告如下：\n\n一、丙。\n\n特此公告。\n\n"
            "某某省人民政府\n\n2023年8月1日\n")
    (doc,) = parse(text).documents
    assert doc.doc_number is not None and doc.doc_number.serial == 19 and doc.doc_number.year == 2023
    assert doc.doc_number.span.end_line == 4 and doc.preamble[0].text == "现将有关事项公告如下："


@pytest.mark.parametrize("omitted", ["（附件略）", "附件从略", "（附件内容略）"])
def test_attachments_the_gazette_leaves_out_are_not_missing(omitted: str) -> None:
    """A 附注 that says the attachments are left out (（附件略）): no A001 for the ones the 附件说明 announces."""
    text = ("某某市人民政府办公室关于乙的通知\n\n某政办发〔2022〕5号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n"
            f"附件：1．乙工作方案\n　　　2．乙任务分工表\n\n某某市人民政府办公室\n2022年2月5日\n\n{omitted}\n")
    result = parse(text)
    (doc,) = result.documents
    assert len(doc.attachment_notes) == 2 and [n.text for n in doc.notes] == [omitted] and not result.diagnostics


def test_an_attachment_the_text_omits_leaves_its_number_to_none() -> None:
    """附件说明 marking the first attachment （略）, the second printed under 附件2: no A001 for the second (before,
    notes and attachments were paired by position, and the first printed one was taken for the omitted one), no
    A003 for its number."""
    text = ("某某省教育厅关于丙的通知\n\n某教函〔2021〕33号\n\n各设区市教育局：\n\n现将有关事项通知如下。\n\n"
            "附件：1．丙申报书（略）\n　　　2．丙推荐汇总表\n　　　3．丙联系表\n\n某某省教育厅\n2021年4月12日\n\n"
            "附件2\n\n丙推荐汇总表\n\n甲。\n\n附件3\n\n丙联系表\n\n乙。\n")
    result = parse(text)
    (doc,) = result.documents
    assert [a.number for a in doc.attachments] == [2, 3] and not result.diagnostics
    result = parse(text.replace("附件3\n\n丙联系表", "附件4\n\n丙联系表"))
    assert [(d.code, d.message) for d in result.diagnostics] == [("A003", "附件4 where 附件3 was expected")]


@pytest.mark.parametrize("apart", ["\n", "\n\n"], ids=["line under line", "a blank line between rows"])
def test_blank_rows_of_a_form_in_a_tab_table_are_rows(apart: str) -> None:
    """Rows of a TAB table that fill only their 序号 (a form's blank rows to fill in) are rows of it, with empty
    cells; before, their numbers counted up and were taken for page numbers, or an empty row was a blank line."""
    rows = ["序号\t成果名称\t完成人\t推荐等级", "1\t\t\u3000\t", "2\t\t\t", "\t\t\t"]
    text = ("某某省教育厅关于丁的通知\n\n各设区市教育局：\n\n请填报附件。\n\n附件：丁汇总表\n\n某某省教育厅\n2021年4月12日\n\n"
            "附件\n\n丁汇总表\n\n" + apart.join(rows) + "\n")
    result = parse(text)
    (attachment,) = result.documents[0].attachments
    (table,) = attachment.tables
    assert table.rows == [["1", "", "", ""], ["2", "", "", ""], ["", "", "", ""]]
    step = len(apart)
    assert result.furniture == [] and [s.start_line for s in table.row_spans] == [16 + step * k for k in (1, 2, 3)]


def test_a_list_headed_like_highlights_that_gives_pages_is_the_toc() -> None:
    """本期要目 with pages is the issue's TOC, even with a regulation's own 目录 under it (a decision without a
    文号 that issues it): the 目录 is the regulation's."""
    text = ("某某市人民代表大会常务委员会公报\n2021年第3号\n\n本期要目\n\n某某市人民代表大会常务委员会关于甲的决定……1\n\n"
            "某某市人民代表大会常务委员会关于甲的决定\n（2021年3月31日某某市人民代表大会常务委员会通过）\n\n为了甲，决定如下。\n\n"
            "某某市甲条例\n\n目　　录\n\n第一章　总　　则\n第二章　附　　则\n\n第一章　总　　则\n\n第一条　为了甲，制定本条例。\n\n"
            "第二章　附　　则\n\n第二条　本条例自公布之日起施行。\n")
    result = parse(text)
    assert [(e.title, e.page, e.document) for e in result.toc] == [("某某市人民代表大会常务委员会关于甲的决定", 1, 0)]
    assert not [f for f in result.furniture if f.kind == "highlights"]


EVENT = ("某某市商务局关于举办某某博览会的通知\n\n某商发〔2023〕5号\n\n各区商务主管部门：\n\n现将有关事项通知如下：\n\n一、基本安排\n\n"
         "主办：某某市人民政府\n地址：某某国际会展中心\n电话：12345678\n\n二、参展要求\n\n请于4月10日前报名。\n\n某某市商务局\n2023年3月1日\n")


def test_an_events_host_address_and_phone_in_a_document_are_no_colophon() -> None:
    """主办, 地址 and 电话 lines in a document's text (an event it announces) stay its text; before, in an issue
    with a masthead they were read as the colophon and left the document."""
    result = parse("某某市人民政府公报\n2023年第3期\n\n" + EVENT)
    g = result.gazette
    assert g is not None and (g.sponsor, g.address, g.phone, g.colophon_span) == (None, None, None, None)
    assert [p.text for p in result.documents[0].sections[0].paragraphs] == [
        "主办：某某市人民政府", "地址：某某国际会展中心", "电话：12345678"]


def test_a_colophon_of_shared_keys_at_the_end_of_the_issue() -> None:
    """The same keys at the end of the issue, after the last document, are its colophon."""
    result = parse("某某市人民政府公报\n2023年第3期\n\n" + EVENT + "\n主办：某某市人民政府办公室\n地址：某某路1号\n电话：87654321\n")
    g = result.gazette
    assert g is not None and (g.sponsor, g.address, g.phone) == ("某某市人民政府办公室", "某某路1号", "87654321")
    assert len(result.documents[0].sections[0].paragraphs) == 3 and not result.unclassified


def test_a_title_under_a_page_break_after_a_sentence_opens_a_block() -> None:
    """Hard-wrapped narrow: a sentence that ends the page near the wrap, then a footer and a running header, then
    a title's first line (某某市人民政府办公室关于印发): the title is a block of its own; before, it ran into the
    sentence above and the document lost its title."""
    wrapped = "为贯彻落实有关决策部署，制定本\n措施。各地要高度重视，认真组织\n实施，确保各项工作落到实处，请\n予审议。以上说明连同草案，请予\n"
    text = ("某某省人民政府关于甲的通知\n某政发〔2018〕2号\n\n各市人民政府：\n" + wrapped * 3 + "审议。以上说明连同草案，请审议。\n\n"
            "                —1—\n\f某某省人民政府公报    2018年第12期\n\n某某市人民政府办公室关于印发\n支持小微企业发展实施方案的通\n知\n"
            "某府办发〔2018〕3号\n\n各有关单位：\n现将方案印发给你们。\n")
    result = parse(text)
    assert [d.title for d in result.documents] == ["某某省人民政府关于甲的通知", "某某市人民政府办公室关于印发支持小微企业发展实施方案的通知"]


@pytest.mark.parametrize(("lines", "title"), [
    (["某某市人民政府办公室转", "发省发展改革委", "关于提升政务服务水平第", "5项意见的通知"],
     "某某市人民政府办公室转发省发展改革委关于提升政务服务水平第5项意见的通知"),
    (["浙江省人民政府办公厅关", "于印发打破信息孤岛实现", "数据共享推进改革工作要", "点的通知"],
     "浙江省人民政府办公厅关于印发打破信息孤岛实现数据共享推进改革工作要点的通知")])
def test_a_title_whose_head_word_a_wrap_cut_in_two(lines: list[str], title: str) -> None:
    """A narrow wrap cuts the word that heads a title in two (…办公室转 / 发…, …办公厅关 / 于…): the line above it is
    the title's too. Before, the title began after the cut (发省发展改革委…, 于印发…), its issuer 发省发展改革委 or
    于, and the line above was unclassified (the sample hard-wrapped at 30 columns read two of its titles so)."""
    text = ("某某省人民政府公报\n2018年第12期\n\n" + "\n".join(lines) + "\n某府办发〔2019〕5号\n\n各有关单位：\n"
            "现将有关事项通知如下，请认真贯彻执行。\n\n某某市人民政府办公室\n2019年8月17日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.title == title and doc.title_span is not None and doc.title_span.start_line == 4
    assert not result.unclassified


def test_a_title_cut_inside_its_quotation_where_too_few_lines_tell_the_wrap() -> None:
    """《某某省做好防汛抗旱工作若干 / 措施》解读 in a short text: the quotation is still open, so the next line goes on."""
    text = "《某某省做好防汛抗旱工作若干\n措施》解读\n\n一、出台背景\n为贯彻落实有关决策部署，制定本措施。\n"
    (doc,) = parse(text).documents
    assert doc.title == "《某某省做好防汛抗旱工作若干措施》解读"


def test_a_toc_without_pages_whose_entry_runs_over_four_lines() -> None:
    """At 32 columns a title and its bracketed 文号 take four lines of a TOC without pages: still one entry;
    before, the list ended there and its lines were read as a document."""
    text = ("某某省人民政府公报\n2020年第13期\n\n目录\n\n【省政府文件】\n某某市人民政府办公室关于印发\n做好防汛抗旱工作第1项实施方\n"
            "案的通知（某府办发〔2020〕1\n号）\n《某某省做好防汛抗旱工作若干\n措施》解读\n\n某某市人民政府办公室关于印发\n做好防汛抗旱工作第1项实施方\n"
            "案的通知\n某府办发〔2020〕1号\n\n各区人民政府，市政府各部门：\n现将有关事项通知如下，请认真贯彻\n执行。\n\n某某市人民政府办公室\n"
            "2020年12月10日\n\n《某某省做好防汛抗旱工作若干\n措施》解读\n\n一、出台背景\n为贯彻落实有关决策部署，制定本\n措施。\n")
    result = parse(text)
    assert [(e.title, e.doc_number, e.document) for e in result.toc] == [
        ("某某市人民政府办公室关于印发做好防汛抗旱工作第1项实施方案的通知", "某府办发〔2020〕1号", 0),
        ("《某某省做好防汛抗旱工作若干措施》解读", None, 1)]
    assert len(result.documents) == 2


def test_a_toc_of_one_entry_without_a_page_whose_title_the_document_repeats_over_three_lines() -> None:
    """A TOC of one pageless entry is a list only when the first document's title repeats it; at 32 columns that
    title takes three lines. Before, the list was not found, and 本期目录 and the entry were the red header's."""
    text = ("某某省人民政府公报\n2018年第10期（总第1010期）\n\n本期目录\n\n某某省人民政府办公厅关于印发\n促进就业创业第1项工作方案的\n"
            "通知\n\n某某省人民政府办公厅文件\n\n某政办发〔2018〕1号\n\n某某省人民政府办公厅关于印发\n促进就业创业第1项工作方案的\n"
            "通知\n\n各区人民政府，市政府各部门：\n现将有关事项通知如下，请认真贯彻\n执行。\n\n某某省人民政府办公厅\n2018年8月2日\n")
    result = parse(text)
    assert [(e.title, e.span.start_line, e.span.end_line, e.document) for e in result.toc] == [
        ("某某省人民政府办公厅关于印发促进就业创业第1项工作方案的通知", 6, 8, 0)]
    (doc,) = result.documents
    assert doc.issuer == "某某省人民政府办公厅" and doc.span.start_line == 10


def test_a_byline_that_fills_a_narrow_line_stays_apart_from_the_salutation() -> None:
    """江苏省生态环境厅厅长　王天琦 filling a 32-column line, a blank line under it: the speech's byline, not the first
    line of the salutation's paragraph (主任、各位副主任…)."""
    text = ("关于《江苏省生态环境监测条例\n（草案）》的说明\n\n——2021年3月29日在江苏省第十\n三届人民代表大会常务委员会第\n二十二次会议上\n\n"
            "江苏省生态环境厅厅长　王天琦\n\n主任、各位副主任、秘书长、各\n位委员：\n我受省人民政府委托，现就草案作\n如下说明。\n"
            "一、制定条例的必要性\n制定本条例十分必要。为了加强生\n态环境监测工作，有必要制定本条\n例，规范监测活动，保障数据质量\n")
    (doc,) = parse(text).documents
    assert doc.signatories == ["江苏省生态环境厅厅长 王天琦"]


REPLY_HEAD = "某某省人民政府关于同意设立某某经济开发区的批复\n\n某某市人民政府：\n"
REPLY_TAIL = "\n    此复。\n\n                                              某某省人民政府\n" \
             "                                              2020年6月8日\n"


@pytest.mark.parametrize(("lines", "text"), [
    # a bracket the break cut: it closes on the next line (full-width and half-width)
    ("    你市《关于某某县撤县设区的请示》（某市政\n〔2020〕15号）收悉。经研究，同意撤销某某县，设立某某区。",
     "你市《关于某某县撤县设区的请示》（某市政〔2020〕15号）收悉。经研究，同意撤销某某县，设立某某区。"),
    ("    你市《关于某某县撤县设区的请示》(某市政\n〔2020〕15号)收悉。经研究，同意撤销某某县，设立某某区。",
     "你市《关于某某县撤县设区的请示》(某市政〔2020〕15号)收悉。经研究，同意撤销某某县，设立某某区。"),
    # a line that ends with an opening mark goes on
    ("    你市报来的《\n关于撤县设区的请示》收悉。经研究，同意撤销某某县，设立某某区。",
     "你市报来的《关于撤县设区的请示》收悉。经研究，同意撤销某某县，设立某某区。"),
    # the 文号 of the document cited, under its title, with the text after it
    ("    你市《关于申请设立某某经济开发区的请示》\n（某市政〔2020〕12号）收悉。经研究，同意设立某某经济开发区。",
     "你市《关于申请设立某某经济开发区的请示》（某市政〔2020〕12号）收悉。经研究，同意设立某某经济开发区。"),
])
def test_a_sentence_broken_at_a_bracket_or_a_cited_number_is_one_paragraph(lines: str, text: str) -> None:
    """A line break in a bracket, after an opening mark, or between a cited title and its 文号 never ends a
    paragraph, whatever wrap the text has (here one a right-aligned signature suggests). Before, each was two."""
    (doc,) = parse(REPLY_HEAD + lines + "\n" + REPLY_TAIL).documents
    assert [p.text for p in doc.preamble] == [text]
    assert doc.closing_formula[0].text == "此复。" and doc.date == "2020-06-08"


def test_an_indented_first_line_and_its_next_line_at_the_margin_are_one_paragraph() -> None:
    """Text of one paragraph a line that marks a paragraph by its indented first line: a line at the margin under
    one that ends no sentence goes on it; the indented lines under them open paragraphs of their own."""
    text = ("某某市人民政府关于某某事项的通知\n\n各区人民政府：\n    根据《中华人民共和国行政许可法》等法律法规规定\n"
            "结合本市实际，现就有关事项通知如下。\n    一、加强领导\n    各区要加强领导。\n\n某某市人民政府\n2020年6月9日\n")
    (doc,) = parse(text).documents
    assert [(p.text, p.span.start_line, p.span.end_line) for p in doc.preamble] == [
        ("根据《中华人民共和国行政许可法》等法律法规规定结合本市实际，现就有关事项通知如下。", 4, 5)]
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [("加强领导", ["各区要加强领导。"])]


PANDOC_WITH_FOOTNOTES = """**某某市人民政府办公室关于印发某某市数字政府建设实施方案的通知**

某府办发〔2021〕8号

各区人民政府，市政府各部门：

现将《某某市数字政府建设实施方案》[^1]印发给你们，请结合实际认真贯彻落实。

某某市人民政府办公室

2021年3月5日

# 某某市数字政府建设实施方案 {#fang-an .unnumbered}

## 一、总体要求

到2023年，基本建成[数字政府]{.underline}框架体系[^2]。

## 二、主要任务

1.  **推进政务数据共享**。建设全市统一的数据共享平台。

    -   完善线上服务；

    -   拓展移动端应用。

[^1]: 方案全文另行印发。

[^2]: 数字政府框架体系包括基础设施、
    数据资源和应用系统。

    其中应用系统由各部门建设。

[^3]: 未被引用的脚注。
"""


def test_pandoc_footnotes_go_to_the_document_that_refers_to_them() -> None:
    """pandoc writes a Word document's footnotes at the file's end (``[^1]: …``, its paragraphs indented under
    it): each goes to the innermost document whose text refers to it, one nothing refers to to the document
    whose lines hold it; the reference stays in the text. pandoc's attributes ([…]{.underline}, a heading's
    {#id}) go, and a nested list item's marker too. Before, the footnotes were paragraphs of the last section."""
    result = parse(PANDOC_WITH_FOOTNOTES)
    (doc,) = result.documents
    (plan,) = doc.enclosures
    assert [(f.label, f.text, f.span.start_line, f.span.end_line) for f in doc.footnotes] == [
        ("1", "方案全文另行印发。", 27, 27)]
    assert [(f.label, f.text, f.span.start_line, f.span.end_line) for f in plan.footnotes] == [
        ("2", "数字政府框架体系包括基础设施、数据资源和应用系统。其中应用系统由各部门建设。", 29, 32),
        ("3", "未被引用的脚注。", 34, 34)]
    assert doc.preamble[0].text == "现将《某某市数字政府建设实施方案》[^1]印发给你们，请结合实际认真贯彻落实。"
    assert plan.title == "某某市数字政府建设实施方案"
    first, second = plan.sections
    assert first.paragraphs[0].text == "到2023年，基本建成数字政府框架体系[^2]。"
    assert [p.text for p in second.sections[0].paragraphs] == ["建设全市统一的数据共享平台。", "完善线上服务；",
                                                              "拓展移动端应用。"]
    assert result.unclassified == []


def test_footnotes_of_a_text_with_no_document_are_unclassified() -> None:
    """A footnote no document can hold stays in the output as unclassified text (X002), never dropped."""
    result = parse("一些文字[^1]。\n\n[^1]: 注释。\n")
    assert result.documents == [] and [p.text for p in result.unclassified][-1] == "[^1]: 注释。"


COMMUNIQUE = """某某省{year}年国民经济和社会发展统计公报

某某省统计局

{year}年3月10日

　　一、综合

　　初步核算，全年全省地区生产总值{ref1}77715亿元，比上年增长3.1%。其中，第一产业增加值2325亿元，增长3.3%{ref2}。

　　注释：

　　{label1}地区生产总值、各产业增加值绝对数按现价计算，
增长速度按不变价格计算。

　　{label2}第一产业增加值包括农林牧渔服务业增加值。
"""


@pytest.mark.parametrize(("refs", "labels", "expected"), [
    (("[1]", "[2]"), ("[1]", "[2]"), ["1", "2"]),
    (("［1］", "［2］"), ("［1］", "［2］"), ["1", "2"]),
    (("①", "②"), ("①", "②"), ["①", "②"]),
])
def test_notes_under_a_communiques_zhushi_are_its_footnotes(refs: tuple[str, str], labels: tuple[str, str],
                                                            expected: list[str]) -> None:
    """A statistical communiqué refers to notes in its text (生产总值[1]) and prints them under ``注释：`` at its end.
    Before, the notes were paragraphs of its last section."""
    text = COMMUNIQUE.format(year=2022, ref1=refs[0], ref2=refs[1], label1=labels[0], label2=labels[1])
    result = parse(text)
    (doc,) = result.documents
    assert [(f.label, f.text, f.span.start_line, f.span.end_line) for f in doc.footnotes] == [
        (expected[0], "地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。", 11, 14),
        (expected[1], "第一产业增加值包括农林牧渔服务业增加值。", 16, 16)]
    (section,) = doc.sections
    assert len(section.paragraphs) == 1 and refs[0] in section.paragraphs[0].text
    assert result.unclassified == []


def test_notes_under_zhushi_across_a_page_break() -> None:
    # Hard-wrapped text with page furniture: a note cut by a page break goes on after it, and the next note is
    # read too (before, the notes stopped at the page number, and the rest were paragraphs). The page number and
    # the running header stay furniture.
    text = ("某某省2022年国民经济和社会发展统计公报\n\n某某省统计局\n2023年3月10日\n\n一、综合\n\n"
            "初步核算，全年全省地区生产总值[1]77715亿元，比上年增长3.1%。\n\n注释：\n\n"
            "[1]地区生产总值、各产业增加值绝对数按现价计算，增长速度\n\n                    —1—\n\f"
            "按不变价格计算。\n\n                    —2—\n\f[2]第一产业增加值包括农林牧渔服务业增加值。\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(f.label, f.text, f.span.start_line, f.span.end_line) for f in doc.footnotes] == [
        ("1", "地区生产总值、各产业增加值绝对数按现价计算，增长速度按不变价格计算。", 10, 15),
        ("2", "第一产业增加值包括农林牧渔服务业增加值。", 18, 18)]
    assert [f.span.start_line for f in result.furniture] == [14, 17] and not result.unclassified


def test_notes_of_two_communiques_each_go_to_their_own() -> None:
    # (each numbers its notes from 1: a note goes to the document it ends, not to the first that refers to a [1])
    refs = {"ref1": "[1]", "ref2": "[2]", "label1": "[1]", "label2": "[2]"}
    toc = "目录\n某某省2021年国民经济和社会发展统计公报……1\n某某省2022年国民经济和社会发展统计公报……3\n\n"
    text = toc + COMMUNIQUE.format(year=2021, **refs) + "\n" + COMMUNIQUE.format(year=2022, **refs)
    first, second = parse(text).documents
    heads = [no for no, line in enumerate(text.splitlines(), start=1) if line.strip() == "注释："]
    assert [f.span.start_line for f in first.footnotes] == [heads[0], heads[0] + 5]
    assert [f.span.start_line for f in second.footnotes] == [heads[1], heads[1] + 5]


def test_two_communiques_in_a_row_whose_text_opens_with_a_numbered_heading() -> None:
    # Without a TOC, the second's title, byline and date came to be text of the first's last section: its text
    # opens with 一、综合, where the byline was looked for only over a sentence.
    refs = {"ref1": "[1]", "ref2": "[2]", "label1": "[1]", "label2": "[2]"}
    first, second = parse(COMMUNIQUE.format(year=2021, **refs) + "\n" + COMMUNIQUE.format(year=2022, **refs)).documents
    assert [(d.title, d.issuer, d.date) for d in (first, second)] == [
        ("某某省2021年国民经济和社会发展统计公报", "某某省统计局", "2021-03-10"),
        ("某某省2022年国民经济和社会发展统计公报", "某某省统计局", "2022-03-10")]
    assert len(first.footnotes) == len(second.footnotes) == 2 and second.span.start_line == 18


def test_a_zhushi_list_nothing_refers_to_stays_text() -> None:
    # a list under 注： that the text above never refers to is no notes: it stays where it was
    (doc,) = parse(COMMUNIQUE.format(year=2022, ref1="", ref2="", label1="[1]", label2="[2]")).documents
    assert doc.footnotes == [] and doc.sections[0].paragraphs[-1].text.startswith("[2]")


def test_spaces_inside_an_html_paragraph_lay_out_no_table() -> None:
    """A page whose paragraphs keep the spaces of the text they were made from (``<p>        某某市人民政府</p>``,
    the 署名 and date set right): the paragraph's tag is no cell of a table laid out with spaces. Before, the
    署名, the date and the 附注 were a table's rows, and the document had neither 署名 nor date."""
    def p(text: str) -> str:
        return f'<p style="text-indent:2em">{text}</p>'

    pad = " " * 32
    lines = [p("某某市人民政府关于调整最低工资标准的通知"), p("某政发〔2022〕6号"), p("各区人民政府，市政府各部门："),
             p("经市政府研究，决定调整我市最低工资标准。现将有关事项通知如下："), p("一、月最低工资标准调整为2100元。"),
             p("二、本通知自2022年3月1日起执行。"), p(pad + "某某市人民政府"), p(pad + "2022 年 2 月 18 日"), p("  （此件公开发布）")]
    (doc,) = parse("\n".join(lines) + "\n").documents
    assert (doc.signatories, doc.date, [n.text for n in doc.notes]) == (["某某市人民政府"], "2022-02-18", ["（此件公开发布）"])
    assert not doc.sections[1].tables


COURT_GAZETTE = (Path(__file__).parent / "fixtures" / "court-gazette-judgments.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("gap", ["\u3000", "\u00a0\u00a0", "  "])
def test_a_court_gazette_prints_judgments_with_their_case_numbers(gap: str) -> None:
    """A court's gazette (最高人民法院公报) prints a case's title, the court, the 文书's name and its 案号 above the
    text, the judges above the date and the clerk under it. Before, the 案号 was no number, the title and the court
    were unclassified, and the clerk was too (or the issuer: 书记 员孙八). As a web page sets it apart with no-break
    spaces (审&nbsp;&nbsp;判&nbsp;&nbsp;长…), the judges' lines, each letter two spaces apart, are no table's rows
    (before, they were, and the judges were no 署名)."""
    result = parse(COURT_GAZETTE.replace("\u3000", gap))
    first, second = result.documents
    assert (first.title, first.kind, first.issuer) == (
        "某某建设工程有限公司诉某某房地产开发有限公司建设工程施工合同纠纷案", "民事判决书", "中华人民共和国最高人民法院")
    assert first.doc_number is not None and (first.doc_number.text, first.doc_number.agency_code,
                                             first.doc_number.year, first.doc_number.serial,
                                             first.doc_number.span.start_line) == (
        "（2019）最高法民终1234号", "最高法民终", 2019, 1234, 13)
    assert first.metadata == {"裁判摘要": "建设工程施工合同无效，但建设工程经竣工验收合格的，承包人可以请求参照合同约定支付工程价款。"}
    assert (first.signatories, first.date) == (["审判长 王五", "审判员 赵六", "书记员 孙八"], "2020-06-12")
    assert first.signatories_span is not None and first.signatories_span.end_line == 23
    assert (second.title, second.kind, second.issuer, second.doc_number and second.doc_number.text) == (
        "某某诉某某县人民政府行政协议纠纷案", "行政裁定书", "某某省高级人民法院", "（2018）某行终56号")
    assert (second.signatories, second.date) == (["审判长 周九", "法官助理 吴十"], "2018-09-03")
    assert result.unclassified == [] and not [d for d in result.diagnostics if d.code == "N001"]


@pytest.mark.parametrize(("text", "parsed"), [
    ("（2019）最高法民终1234号", ("（2019）最高法民终1234号", "最高法民终", 2019, 1234, [])),
    ("(2009)民一终字第23号", ("(2009)民一终字第23号", "民一终字", 2009, 23, [])),
    ("（84）财税字第301号", ("（84）财税字第301号", "财税字", 1984, 301, ["year before the 机关代字 (a form older than GB/T 9704)"])),
    ("〔2019〕第3号", None),  # (an order's number under its title: no number of its own)
])
def test_numbers_with_their_year_first(text: str, parsed: tuple[object, ...] | None) -> None:
    """A court's 案号 (its year of this century first) is a number with no problem; a 文号 of the years before
    GB/T 9704 is one with its form flagged."""
    p = parse_doc_number(text)
    assert (p and (p.text, p.agency_code, p.year, p.serial, p.problems)) == parsed


def test_a_court_gazettes_toc_lists_cases() -> None:
    """A TOC of cases (…纠纷案, no 文种 at their ends) is the issue's, not a document's own contents."""
    head, rest = COURT_GAZETTE.split("某某建设工程有限公司诉", 1)
    toc = ("目　　录\n\n【裁判文书选登】\n\n某某建设工程有限公司诉某某房地产开发有限公司建设工程施工合同纠纷案……………………3\n"
           "某某诉某某县人民政府行政协议纠纷案……………………9\n\n【裁判文书选登】\n\n")
    result = parse(head + toc + "某某建设工程有限公司诉" + rest)
    assert [(e.title, e.page, e.category, e.document) for e in result.toc] == [
        ("某某建设工程有限公司诉某某房地产开发有限公司建设工程施工合同纠纷案", 3, "裁判文书选登", 0),
        ("某某诉某某县人民政府行政协议纠纷案", 9, "裁判文书选登", 1)]
    assert [d.category for d in result.documents] == ["裁判文书选登", "裁判文书选登"] and result.unclassified == []


@pytest.mark.parametrize(("above", "title", "issuer"), [
    # a list's last line, a person's name and an organ: not the explanation's issuer
    ("李四　某某局", "关于《某某省促进就业创业条例（草案）》的说明", None),
    ("<p>李四　某某局</p>", "关于《某某省促进就业创业条例（草案）》的说明", None),
    # joint issuers, each an organ, over the rest of their title
    ("中共中央　国务院", "中共中央 国务院关于某某工作的意见", "中共中央、国务院"),
])
def test_a_line_that_names_a_person_before_an_organ_is_no_issuer_of_the_title_under_it(
        above: str, title: str, issuer: str | None) -> None:
    """An attachment's list of contacts (张三　某某厅 / 李四　某某局) ends right above the next title: its last line
    names a person, and is no line of issuers. Before, the title read 李四某某局关于《…》的说明."""
    head = "中共中央　国务院\n关于某某工作的意见\n" if issuer else "关于《某某省促进就业创业条例（草案）》的说明\n"
    text = ("某某省人民政府办公厅关于某某事项的通知\n\n某政办发〔2020〕3号\n\n各市人民政府：\n现将有关事项通知如下。\n\n"
            "某某省人民政府办公厅\n2020年3月5日\n\n附件\n\n联系人名单\n\n张三　某某厅\n" + above + "\n\n" + head +
            "\n——2020年1月27日在某某省第十三届人民代表大会常务委员会第26次会议上\n\n某某省人民政府副省长　某某某\n\n"
            "主任、各位副主任、秘书长、各位委员：\n我受省人民政府委托，现就草案作如下说明。\n")
    if issuer:
        text = text.replace("张三　某某厅\n" + above + "\n", "张三　某某厅\n")
    docs = parse(text).documents
    assert docs[-1].title == title and (docs[-1].issuer == issuer if issuer else True)


def test_a_toc_set_as_a_table_on_one_page_and_as_lines_on_the_next() -> None:
    """A TOC a converter wrote as a table on its first page and as lines on the next, the running header
    (某某省人民政府公报 2021年第5期) between: one TOC. Before, 目录 and that header were taken for a gazette title
    cut in two (目录 / 某某省人民政府公报2021年第5期), and the whole TOC was lost."""
    text = ("# 某某省人民政府公报\n\n2021年第5期（总第1105期）\n\n# 目录\n\n"
            "<table><tr><td>【省政府文件】</td><td></td></tr><tr><td>某某省人民政府关于加强安全生产工作的通知</td><td>(2)</td>"
            "</tr><tr><td>某某省人民政府关于推进乡村振兴的意见</td><td>(5)</td></tr></table>\n\n"
            "某某省人民政府公报 2021年第5期\n\n【省政府办公厅文件】\n\n"
            "某某省人民政府办公厅关于做好防汛工作的通知……………………（9）\n\n"
            "# 某某省人民政府文件\n\n某政发〔2021〕3号\n\n# 某某省人民政府关于加强安全生产工作的通知\n\n各市人民政府：\n\n"
            "现就加强安全生产工作通知如下。\n\n某某省人民政府\n\n2021年3月1日\n\n"
            "# 某某省人民政府关于推进乡村振兴的意见\n\n某政发〔2021〕4号\n\n各市人民政府：\n\n为推进乡村振兴，提出如下意见。\n\n"
            "某某省人民政府\n\n2021年3月2日\n\n# 某某省人民政府办公厅关于做好防汛工作的通知\n\n某政办发〔2021〕7号\n\n"
            "各市人民政府：\n\n现就做好防汛工作通知如下。\n\n某某省人民政府办公厅\n\n2021年3月5日\n")
    result = parse(text)
    assert result.gazette is not None and result.gazette.masthead_span == Span(start_line=1, end_line=3)
    assert [(e.category, e.page, e.document) for e in result.toc] == [
        ("省政府文件", 2, 0), ("省政府文件", 5, 1), ("省政府办公厅文件", 9, 2)]
    assert result.unclassified == []


def test_a_mirrors_page_keeps_its_chrome_apart() -> None:
    """A document as a mirror (Wikisource) prints it: its name above the title, the 文号, an unlabelled date and
    the issuer's label under it, and its source link, legal notice and categories at the end. Before, the date was
    unclassified, the label opened the text (no 主送机关 was read), and the end was the attachment's text."""
    result = parse((Path(__file__).parent / "fixtures" / "mirror-page-with-its-chrome.txt").read_text(encoding="utf-8"))
    (doc,) = result.documents
    assert doc.title == "关于公布某某市某某区第三次全国文物普查不可移动文物名录的通知"
    assert doc.addressees == ["各镇人民政府、街道办事处", "区府直属各单位"]
    assert doc.metadata == {"标题": doc.title, "发布机关": "某某市某某区人民政府", "日期": "2011年11月17日"}
    assert doc.date == "2011-11-17" and doc.attachments[0].paragraphs == []
    assert [f.span.start_line for f in result.furniture if f.kind == "web-chrome"] == [2, 25, 26, 27]
    assert result.unclassified == []
    # (a sentence about copyright in a document is its text: only the notice that the law does not protect it goes)
    text = "某某局关于作品登记的通知\n\n各区：\n本作品登记证书依据《著作权法》核发，请妥善保管。\n\n某某局\n2021年3月1日\n"
    (notice,) = parse(text).documents
    assert notice.preamble[0].text == "本作品登记证书依据《著作权法》核发，请妥善保管。"


def test_a_date_under_the_number_is_the_documents_where_it_prints_no_other() -> None:
    """A date right under the 文号 is the document's 成文日期 when none stands at its end, and metadata else."""
    text = "某某市人民政府关于某某事项的通知\n某府发〔2020〕5号\n2020年6月9日\n\n各区人民政府：\n现就有关事项通知如下。\n"
    (doc,) = parse(text).documents
    assert (doc.date, doc.date_span and doc.date_span.start_line, doc.metadata) == ("2020-06-09", 3, {})
    (doc,) = parse(text + "\n某某市人民政府\n2020年6月8日\n").documents
    assert (doc.date, doc.date_span and doc.date_span.start_line, doc.metadata) == (
        "2020-06-08", 9, {"日期": "2020年6月9日"})  # (the date at the end, line 9, is the document's)


def test_a_gazette_title_under_the_name_of_its_state() -> None:
    """中华人民共和国 / 国务院公报, as the State Council's gazette prints its cover: one title. Before, the first line
    was unclassified and the title read 国务院公报."""
    text = ("中华人民共和国\n国务院公报\nGAZETTE OF THE STATE COUNCIL OF THE PEOPLE'S REPUBLIC OF CHINA\n\n2019年　第5号\n"
            "（总号：1650）\n\n2019年2月20日出版\n\n国务院关于某某工作的通知\n国发〔2019〕3号\n\n各省、自治区、直辖市人民政府：\n"
            "现就有关事项通知如下。\n\n国务院\n2019年1月25日\n")
    result = parse(text)
    g = result.gazette
    assert g is not None and (g.title, g.year, g.issue, g.cumulative_issue, g.publication_date) == (
        "中华人民共和国国务院公报", 2019, 5, 1650, "2019-02-20")
    assert result.unclassified == [] and g.masthead_span is not None and g.masthead_span.start_line == 1


def test_toc_pages_on_lines_of_their_own_under_whole_titles() -> None:
    """A converter that takes a right-aligned page number for a line of its own puts it under the title, with no
    leader dots: still the entry's page. Before, the TOC was lost, and its lines were unclassified."""
    text = ("某某省人民政府公报\n2021年第5期\n\n目　录\n\n省政府文件\n某某省人民政府关于加强安全生产工作的通知\n2\n"
            "某某省人民政府关于推进乡村振兴的意见\n5\n\n\f某某省人民政府关于加强安全生产工作的通知\n某政发〔2021〕3号\n\n"
            "各市人民政府：\n现就加强安全生产工作通知如下。\n\n某某省人民政府\n2021年3月1日\n\n"
            "某某省人民政府关于推进乡村振兴的意见\n某政发〔2021〕4号\n\n各市人民政府：\n为推进乡村振兴，提出如下意见。\n\n"
            "某某省人民政府\n2021年3月2日\n")
    result = parse(text)
    assert [(e.title, e.page, e.category, e.document) for e in result.toc] == [
        ("某某省人民政府关于加强安全生产工作的通知", 2, "省政府文件", 0), ("某某省人民政府关于推进乡村振兴的意见", 5, "省政府文件", 1)]
    assert result.unclassified == []


def test_a_colophons_numbers_in_full_width_characters_are_read_in_ascii() -> None:
    """国内统一刊号：ＣＮ３３－１３５４／Ｄ is CN33-1354/D, as identifiers are matched. Before, it stayed full-width."""
    text = ("某某省人民政府公报\n２０２１年第５期（总第１１０５期）\n\n某某省人民政府关于某某工作的通知\n某政发〔２０２１〕３号\n\n"
            "各市人民政府：\n现就有关事项通知如下。\n\n某某省人民政府\n２０２１年３月１日\n\n主管主办：某某省人民政府办公厅\n"
            "国内统一刊号：ＣＮ３３－１３５４／Ｄ\n国际标准刊号：ＩＳＳＮ１００２－１２３４\n")
    g = parse(text).gazette
    assert g is not None and (g.cn_number, g.issn, g.year, g.issue) == ("CN33-1354/D", "1002-1234", 2021, 5)


def test_narrow_wraps_of_a_masthead_an_addressee_list_and_a_court_header() -> None:
    """What a narrow wrap cuts in a short text: the title in English (…REPUBLIC OF / CHINA) is read whole, a 主送机关
    over two lines (…人民政府，国务院 / 各部委、各直属机构：) is one, and a court's name that fills the line stays apart
    from its 文书's name under it (…最高人民法院 / 民事判决书)."""
    text = ("中华人民共和国\n国务院公报\nGAZETTE OF THE STATE COUNCIL OF THE PEOPLE'S REPUBLIC OF\nCHINA\n\n2019年　第5号\n\n"
            "国务院关于某某工作的通知\n国发〔2019〕3号\n\n各省、自治区、直辖市人民政府，国务院\n各部委、各直属机构：\n"
            "现就有关事项通知如下。\n\n国务院\n2019年1月25日\n")
    result = parse(text)
    assert result.gazette is not None
    assert result.gazette.title_en == "GAZETTE OF THE STATE COUNCIL OF THE PEOPLE'S REPUBLIC OF CHINA"
    assert result.documents[0].addressees == ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"]
    first = parse(to_layout(COURT_GAZETTE, cols=32, indent="")).documents[0]  # (the court's name fills the line)
    assert (first.title, first.issuer, first.kind) == (
        "某某建设工程有限公司诉某某房地产开发有限公司建设工程施工合同纠纷案", "中华人民共和国最高人民法院", "民事判决书")


@pytest.mark.parametrize("name", ["行政复议决定书", "行 政 复 议 决 定 书", "行政处罚决定书"])
def test_an_organs_decision_in_a_case_names_itself_under_the_organ(name: str) -> None:
    """An organ's decision in a case (行政复议决定书), printed as a court prints a 文书: the organ, then the 文书's name
    over its number. The organ is the issuer, the name the kind. Before, the organ's line was unclassified and the
    document began under it."""
    text = (f"某某市人民政府\n\n{name}\n\n某府复决〔2023〕12号\n\n申请人：张某，住某某市某某区。\n\n"
            "被申请人：某某市某某区人民政府。\n\n申请人不服被申请人作出的决定，向本机关提出行政复议申请。\n\n"
            "本机关决定如下：\n\n维持被申请人作出的决定。\n\n某某市人民政府\n\n2023年5月10日\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.kind, doc.issuer, doc.span.start_line, doc.date) == (name.replace(" ", ""), "某某市人民政府", 1, "2023-05-10")
    assert doc.doc_number is not None and doc.doc_number.text == "某府复决〔2023〕12号" and not result.unclassified


@pytest.mark.parametrize("signed", ["某某省农业农村厅　　　某某省财政厅　　　某某\n省水利厅",
                                    "某某省农业农村厅　　　某某省财政\n厅　　　某某省水利厅",
                                    "某某省农业农村厅　　　某某省\n财政厅　　　某某省水利厅"])
def test_joint_signatures_side_by_side_cut_by_the_wrap_of_a_short_text(signed: str) -> None:
    """Issuers side by side on one line, which the wrap of a text too short to tell its wrap cut inside a name:
    they are the 署名, each whole. Before, the line was text of the last section and the piece under it the 署名
    (省水利厅)."""
    text = ("关于做好2023年春季农业生产工作的通知\n\n某农发〔2023〕3号\n\n各市、县农业农村局、财政局、水利局：\n\n"
            f"现就做好春季农业生产工作通知如下。\n\n一、抓好粮食生产。\n\n二、抓好农田水利建设。\n\n{signed}\n\n"
            "2023年2月20日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.signatories == ["某某省农业农村厅", "某某省财政厅", "某某省水利厅"] and doc.date == "2023-02-20"
    assert [[p.text for p in s.paragraphs] for s in doc.sections] == [["抓好粮食生产。"], ["抓好农田水利建设。"]]
    assert not result.unclassified


def test_pandocs_nested_ordered_lists_nest() -> None:
    """pandoc writes Word's automatic numbering as markdown ordered lists, 1. at every level, a nested list indented
    four spaces: the nested items are subsections. Before, every item was a sibling, and 2. **重点任务** a paragraph
    of the item above it."""
    text = ("**某某市人民政府关于加强某某工作的意见**\n\n某府发〔2021〕5号\n\n各区人民政府，市政府各部门：\n\n为加强某某工作，现提出如下意见。\n\n"
            "1.  **总体要求**\n\n    1.  指导思想。以习近平新时代中国特色社会主义思想为指导。\n\n"
            "    2.  工作目标。到2025年，某某工作取得明显成效。\n\n2.  **重点任务**\n\n    1.  加强统筹。建立工作机制。\n\n"
            "    2.  强化保障。加大投入力度。\n\n某某市人民政府\n\n2021年3月1日\n")
    (doc,) = parse(text).documents
    assert [(s.marker, s.title, s.level, [(c.marker, c.title, c.level) for c in s.sections]) for s in doc.sections] == [
        ("1.", "总体要求", 1, [("1.", "指导思想", 2), ("2.", "工作目标", 2)]),
        ("2.", "重点任务", 1, [("1.", "加强统筹", 2), ("2.", "强化保障", 2)])]


def test_a_nested_html_list_item_opens_a_line_of_its_own() -> None:
    """HTML from a .docx (mammoth writes it on one line) nests a list in a list item: a browser shows the nested
    items on lines of their own, and so they are paragraphs of their own. Before, 总体要求 ran into the first
    nested item (总体要求指导思想。…)."""
    text = ("<p><strong>某某市人民政府关于加强某某工作的意见</strong></p><p>某府发〔2021〕5号</p><p>各区人民政府，市政府各部门：</p>"
            "<p>为加强某某工作，现提出如下意见。</p><ol><li><strong>总体要求</strong><ol><li>指导思想。以新思想为指导。</li>"
            "<li>工作目标。取得明显成效。</li></ol></li><li><strong>重点任务</strong></li></ol><p>某某市人民政府</p>"
            "<p>2021年3月1日</p>\n")
    (doc,) = parse(text).documents
    assert [p.text for p in doc.preamble] == ["为加强某某工作，现提出如下意见。", "总体要求", "指导思想。以新思想为指导。",
                                              "工作目标。取得明显成效。", "重点任务"]
    assert all(p.span.start_line == 1 for p in doc.preamble) and doc.date == "2021-03-01"


@pytest.mark.parametrize(("number", "text", "year", "serial"), [
    ("〔2020〕第12期", "某某市人民政府常务会议纪要〔2020〕第12期", 2020, 12),
    ("2020年第12期", "某某市人民政府常务会议纪要〔2020〕第12期", 2020, 12),
    ("第十二期", "某某市人民政府常务会议纪要第12期", None, 12),
])
def test_minutes_numbered_as_issues_of_a_series(number: str, text: str, year: int | None, serial: int) -> None:
    # A 纪要 numbered by the issue of its series (〔2020〕第12期), not as a 文号: the number, not the first
    # paragraph; and 2020年第12期 under the 纪要's title is no gazette's issue line.
    minutes = fixture("minutes-numbered-as-issues-names-spaced.txt").replace("〔2020〕第12期", number)
    result = parse(minutes)
    (doc,) = result.documents
    assert result.gazette is None and not result.unclassified
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.year, doc.doc_number.serial) == (
        text, year, serial)
    assert [s.marker for s in doc.sections] == ["一、", "二、"] and doc.issuer == "某某市人民政府办公室"


def test_minutes_attendance_names_set_apart_by_spaces() -> None:
    # 出席：张三　李四: the names part at the spaces; a two-letter name padded (王　五) is one; who took the minutes
    # (记录：) is on the list too, and keeps the list from being read as the last section's text.
    (doc,) = parse(fixture("minutes-numbered-as-issues-names-spaced.txt")).documents
    assert [(a.role, a.names) for a in doc.attendance] == [
        ("出席", ["张三", "李四", "王五", "赵六"]), ("请假", ["钱七"]),
        ("列席", ["孙八（市发展改革委）", "周九（市财政局）"]), ("记录", ["吴十"])]
    assert doc.sections[-1].paragraphs[-1].text.startswith("会议原则通过")
    text = "某某会议纪要\n\n〔2020〕5号\n\n会议研究了某事。\n\n出席：王　五　张三丰　李　四\n"
    (doc,) = parse(text).documents
    assert [(a.role, a.names) for a in doc.attendance] == [("出席", ["王五", "张三丰", "李四"])]


def test_a_title_over_an_orders_head_is_not_the_heads() -> None:
    # A web page prints the title of what an order publishes above the order's head (国务院关于…的决定 /
    # 中华人民共和国国务院令 / 第732号): the order's title is its head alone, and its issuer the organ, not a title
    # run into the head. The page's title line is the order's metadata, as a page's title over a document is.
    text = ("国务院关于修改和废止部分行政法规的决定\n\n中华人民共和国国务院令\n\n第732号\n\n"
            "　　现公布《国务院关于修改和废止部分行政法规的决定》，自公布之日起施行。\n\n总理　　李克强\n\n"
            "2020年11月29日\n\n国务院关于修改和废止部分行政法规的决定\n\n"
            "　　国务院决定：\n\n　　一、对29部行政法规的部分条款予以修改。\n\n　　二、对2部行政法规予以废止。\n")
    result = parse(text)
    (order,) = result.documents
    assert (order.title, order.issuer, order.kind) == ("中华人民共和国国务院令", "中华人民共和国国务院", "命令")
    assert order.doc_number is not None and order.doc_number.text == "中华人民共和国国务院令第732号"
    assert [e.title for e in order.enclosures] == ["国务院关于修改和废止部分行政法规的决定"]
    assert not result.unclassified and order.metadata == {"标题": "国务院关于修改和废止部分行政法规的决定"}
    assert order.span.start_line == 1


def test_metadata_over_each_of_several_pages_put_together() -> None:
    # Web pages saved as text and put together: each document under its page's metadata (标题：… / 发文字号：…),
    # the pages parted by a rule. The second page's metadata is the second document's, not unclassified text
    # at the end of the first; lines of the first document's own after its date stay its notes.
    page = ("标题：{t}\n发文字号：{n}\n发布日期：2022-03-0{i}\n来源：http://www.example.gov.cn/art_{i}.html\n\n{t}\n\n"
            "{n}\n\n各区人民政府：\n\n　　现就有关事项通知如下。\n\n　　一、提高认识\n\n　　二、抓好落实\n\n"
            "某某市人民政府\n\n2022年3月{i}日\n")
    titles = ["某某市人民政府关于某事的通知", "某某市人民政府关于另一事的通知"]
    text = (page.format(t=titles[0], n="某政发〔2022〕3号", i=1) + "\n联系人：张三\n\n联系电话：0571-12345678\n"
            + "\n==========\n\n" + page.format(t=titles[1], n="某政发〔2022〕8号", i=2))
    result = parse(text)
    assert not result.unclassified
    first, second = result.documents
    assert [d.metadata.get("标题") for d in result.documents] == titles
    assert second.metadata["发文字号"] == "某政发〔2022〕8号" and second.metadata["发布日期"] == "2022-03-02"
    assert [n.text for n in first.notes] == ["联系人：张三", "联系电话：0571-12345678"]
    assert first.span.end_line < second.span.start_line == 28


def test_an_issues_english_contents_pair_with_its_entries() -> None:
    # 目录 and then CONTENTS: the same entries in English, read into the entries' title_en (a wrapped English
    # title joined with a space). An English category heading is read into nothing and is reported.
    text = fixture("toc-numbered-categories.txt")
    result = parse(text)
    pages = [e.page for e in result.toc]
    english = "\n\nCONTENTS\n\nDOCUMENTS OF THE MUNICIPAL GOVERNMENT\n\n" + "".join(
        f"Notice No. {i} of the Municipal\nGovernment ……………… ({page})\n\n" for i, page in enumerate(pages))
    last = result.toc[-1].span.end_line
    lines = text.split("\n")
    read = parse("\n".join(lines[:last]) + english + "\n".join(lines[last:]))
    assert [e.title_en for e in read.toc] == [f"Notice No. {i} of the Municipal Government" for i in range(len(pages))]
    assert [(e.title, e.page, e.document) for e in read.toc] == [(e.title, e.page, e.document) for e in result.toc]
    assert [u.text for u in read.unclassified] == ["DOCUMENTS OF THE MUNICIPAL GOVERNMENT"]
    assert all(e.title_en is None for e in result.toc)


def test_an_issues_english_contents_at_its_back() -> None:
    """The 国务院公报 prints its English contents on the issue's last pages, after the documents: read into the
    entries' title_en as where it follows the 目录 (T007 says so), and not the last document's text. An English
    category heading stays unclassified; a listing that pairs with no entry is not read."""
    text = fixture("toc-numbered-categories.txt")
    result = parse(text)
    pages = [e.page for e in result.toc]
    english = "\nCONTENTS\n\nDOCUMENTS OF THE MUNICIPAL GOVERNMENT\n\n" + "".join(
        f"Notice No. {i} of the Municipal\nGovernment ……………… ({page})\n\n" for i, page in enumerate(pages))
    read = parse(text + english)
    assert [e.title_en for e in read.toc] == [f"Notice No. {i} of the Municipal Government" for i in range(len(pages))]
    assert [(e.title, e.page, e.document) for e in read.toc] == [(e.title, e.page, e.document) for e in result.toc]
    assert read.toc_span == result.toc_span
    assert [u.text for u in read.unclassified] == ["DOCUMENTS OF THE MUNICIPAL GOVERNMENT"]
    assert [d.model_dump() for d in read.documents] == [d.model_dump() for d in result.documents]
    assert [x.code for x in read.diagnostics if x.code.startswith("T")] == sorted(
        [x.code for x in result.diagnostics if x.code.startswith("T")] + ["T007"])
    unpaired = parse(text + "\nCONTENTS\n\nNotice of Another Government ……………… (99)\n")
    assert all(e.title_en is None for e in unpaired.toc)
    assert "T007" not in {x.code for x in unpaired.diagnostics}
    # a listing of two entries or more that pairs with none: not the last document's text, but unclassified
    listing = "\nCONTENTS\n\nNotice of Another Government ……………… (98)\n\nNotice of a Third Government ………… (99)\n"
    apart = parse(text + listing)
    assert all(e.title_en is None for e in apart.toc)
    assert [d.model_dump() for d in apart.documents] == [d.model_dump() for d in result.documents]
    assert [u.text for u in apart.unclassified] == ["Notice of Another Government ………………(98)",
                                                    "Notice of a Third Government …………(99)"]
    assert [x.message for x in apart.diagnostics if x.code == "T007"] == [
        f"the English contents at the back of the issue were read into 0 of the TOC's {len(pages)} entries"]


def test_a_gazettes_index_of_a_year() -> None:
    # 某某省人民政府公报 / 2021年总目录: the year's index, an issue of its own. Its entries name the issue each
    # document is printed in (（第3期）), point at no document of the file, and raise neither T001 nor X005.
    result = parse(fixture("annual-index-of-a-gazette.txt"))
    assert result.gazette is not None
    assert (result.gazette.year, result.gazette.issue, result.gazette.special) == (2021, None, "总目录")
    assert [(e.category, e.doc_number, e.issue, e.page, e.document) for e in result.toc] == [
        ("省政府文件", "某政发〔2021〕1号", 1, None, None), ("省政府文件", "某政发〔2021〕5号", 3, None, None),
        ("省政府文件", "某政发〔2021〕9号", 5, None, None), ("省政府办公厅文件", "某政办发〔2021〕2号", 2, None, None),
        ("省政府办公厅文件", "某政办发〔2021〕7号", 4, None, None), ("人事任免", None, 1, None, None),
        ("人事任免", None, 6, None, None)]
    assert result.toc[0].title == "某某省人民政府关于印发某某规划的通知"
    assert not result.documents and not result.unclassified and not result.diagnostics
    # the issue and its page: …… 第3期 12
    text = fixture("annual-index-of-a-gazette.txt").replace("（第3期）", "第3期　12")
    assert [(e.issue, e.page) for e in parse(text).toc][1] == (3, 12)


def test_a_title_dated_and_numbered_under_it_with_no_addressee() -> None:
    # （2021年3月5日　某政发〔2021〕4号） under a 决定's title, with no 主送机关 under it: the 文号 is read, as it is
    # where a 主送机关 follows.
    text = ("某某市人民政府关于另一事的决定\n（2021年3月5日　某政发〔2021〕4号）\n\n　　为做好另一事，市政府决定：\n\n"
            "　　一、成立机构\n\n　　二、明确职责\n")
    (doc,) = parse(text).documents
    assert doc.doc_number is not None and doc.doc_number.text == "某政发〔2021〕4号"
    assert (doc.date, doc.subtitle) == ("2021-03-05", "（2021年3月5日某政发〔2021〕4号）")
    assert [s.marker for s in doc.sections] == ["一、", "二、"]


def test_a_chapters_title_on_the_line_under_its_marker() -> None:
    # 第一章 / 总　　则 (and 第二节 / 一般规定): the line under a part's marker standing alone is its title, not
    # the chapter's first paragraph; a sentence, or an article, under it is none.
    text = ("某某市城市绿化管理办法\n\n第一章\n总　　则\n\n第一条\n为了促进城市绿化事业的发展，制定本办法。\n\n"
            "第二章\n规划和建设\n\n第一节\n一般规定\n\n第二条　城市绿化规划应当纳入国土空间规划。\n\n第三章\n\n"
            "第三条　本办法自2020年7月1日起施行。\n")
    (doc,) = parse(text).documents
    assert [(s.marker, s.title, len(s.paragraphs)) for s in doc.sections] == [
        ("第一章", "总则", 0), ("第二章", "规划和建设", 0), ("第三章", None, 0)]
    assert (doc.sections[1].sections[0].marker, doc.sections[1].sections[0].title) == ("第一节", "一般规定")
    assert doc.sections[0].heading_span.end_line == 4
    assert [s.marker for s in doc.sections[2].sections] == ["第三条"]


def test_an_html_toc_table_with_category_rows_merged_across() -> None:
    # MinerU writes a TOC as an HTML table; a category heading is one cell merged across the row (colspan=2),
    # which reads as the cell repeated in each column. Before, such a row ended the TOC, which was then lost.
    toc = ('# 目录\n\n<table><tr><td colspan="2">省政府文件</td></tr><tr><td>省政府关于某事的通知(苏政发〔2022〕12号)'
           '</td><td>3</td></tr><tr><td colspan="2">省政府办公厅文件</td></tr><tr><td>省政府办公厅关于另一事的通知'
           '(苏政办发〔2022〕20号)</td><td>14</td></tr></table>\n\n')
    docs = "".join(f"# 江苏省人民政府{o}关于{t}的通知\n\n{n}\n\n各设区市人民政府：\n\n现就有关事项通知如下。\n\n"
                   f"江苏省人民政府{o}\n\n2022年1月{d}日\n\n"
                   for o, t, n, d in (("", "某事", "苏政发〔2022〕12号", 20), ("办公厅", "另一事", "苏政办发〔2022〕20号", 25)))
    result = parse(toc + docs)
    assert [(e.category, e.doc_number, e.page, e.document) for e in result.toc] == [
        ("省政府文件", "苏政发〔2022〕12号", 3, 0), ("省政府办公厅文件", "苏政办发〔2022〕20号", 14, 1)]
    assert not result.unclassified


def test_appointments_of_a_list_of_appointments() -> None:
    # A 任免名单's entries, in the ways gazettes print them, into structured appointments; the paragraphs stay.
    text = ("某某省人民政府任免名单\n\n（2021年6月1日）\n\n任命张三、李四为某某省发展和改革委员会副主任；\n\n"
            "免去王五的某某省交通运输厅副厅长职务，退休。\n\n2021年5月8日，省人民政府任命李为民为某某省财政厅厅长。\n\n"
            "任命：\n\n阿不都·热合曼为某某省民族宗教事务委员会副主任；\n\n免去：\n\n赵六的某某省水利厅副厅长职务。\n\n"
            "钱七任某某省审计厅副厅长；孙八不再担任某某省审计厅副厅长职务。\n\n周九为某某省统计局局长。\n")
    (doc,) = parse(text).documents
    assert [(a.action, a.names, a.post, a.note) for a in doc.appointments] == [
        ("任命", ["张三", "李四"], "某某省发展和改革委员会副主任", None),
        ("免去", ["王五"], "某某省交通运输厅副厅长", "退休"),
        ("任命", ["李为民"], "某某省财政厅厅长", None),
        ("任命", ["阿不都·热合曼"], "某某省民族宗教事务委员会副主任", None),
        ("免去", ["赵六"], "某某省水利厅副厅长", None),
        ("任命", ["钱七"], "某某省审计厅副厅长", None),
        ("免去", ["孙八"], "某某省审计厅副厅长", None)]  # (周九为… under 免去： is no removal: not read)
    assert doc.appointments[0].span.start_line == 5 and len(doc.preamble) == 9
    # Entries a hard wrap ran into one paragraph are read one by one.
    joined = "某某市人民政府任免名单\n\n任命张三为某某局局长；任命李四为某某局副局长。免去王五的某某局局长职务。\n"
    assert [(a.action, a.names) for a in parse(joined).documents[0].appointments] == [
        ("任命", ["张三"]), ("任命", ["李四"]), ("免去", ["王五"])]
    # A notice that is no 任免 document names nobody so, whatever its text says.
    notice = "某某市人民政府关于某事的通知\n\n各区人民政府：\n\n任命张三为某某局局长的决定已作出，现通知如下。\n"
    assert parse(notice).documents[0].appointments == []


def test_an_appointments_note_in_brackets_after_the_post() -> None:
    # A notice of 任免 puts a trial period after the post in brackets: the note, as the model's description says.
    text = ("某某市人民政府关于张三等同志职务任免的通知\n\n某政人〔2023〕5号\n\n各区人民政府：\n\n　　经市政府研究决定：\n\n"
            "　　任命张三为市财政局副局长（试用期一年）；\n\n　　任命李四为市教育局局长，兼党组书记；\n\n"
            "　　免去王五的市教育局副局长职务。\n\n　　特此通知。\n\n某某市人民政府\n\n2023年5月6日\n")
    (doc,) = parse(text).documents
    assert [(a.action, a.names, a.post, a.note) for a in doc.appointments] == [
        ("任命", ["张三"], "市财政局副局长", "（试用期一年）"), ("任命", ["李四"], "市教育局局长", "兼党组书记"),
        ("免去", ["王五"], "市教育局副局长", None)]


def test_the_entries_of_a_chronicle() -> None:
    # A 大事记's paragraphs, each opening with its day, into dated entries: the month and year from the title; a
    # day alone takes the title's month; a paragraph with no day goes on with the entry above.
    text = ("2020年2月某某省人民政府大事记\n\n　　2月3日　省长主持召开省政府常务会议。\n\n　　会议研究部署疫情防控工作。\n\n"
            "　　10日　省政府召开全省视频会议。\n\n　　2月18日至20日　副省长赴某某市调研。\n\n"
            "　　2月21—22日　省政府召开全省大会。\n\n　　2月24日、25日　副省长赴某某县调研。\n\n　　2月30日　（日期有误）\n")
    (doc,) = parse(text).documents
    assert [(e.date, e.day, e.text) for e in doc.chronicle] == [
        ("2020-02-03", "2月3日", "省长主持召开省政府常务会议。\n会议研究部署疫情防控工作。"),
        ("2020-02-10", "10日", "省政府召开全省视频会议。"),
        ("2020-02-18", "2月18日至20日", "副省长赴某某市调研。"),
        # (a range whose first day goes without 日, and two days: entries of their own, not text of the one above)
        ("2020-02-21", "2月21—22日", "省政府召开全省大会。"), ("2020-02-24", "2月24日、25日", "副省长赴某某县调研。"),
        (None, "2月30日", "（日期有误）")]
    assert (doc.chronicle[0].span.start_line, doc.chronicle[0].span.end_line) == (3, 5)
    assert len(doc.preamble) == 7  # (the paragraphs stay)
    # No year in the title: the issue's.
    issue = "某某市人民政府公报\n\n2021年第3期\n\n市政府大事记\n\n　　3月1日　市长主持召开常务会议。\n"
    result = parse(issue)
    assert [e.date for d in result.documents for e in d.chronicle] == ["2021-03-01"]


def test_a_forwarded_notice_keeps_its_addressees() -> None:
    # 转发 a notice that 印发 a plan: the forwarded notice, with its 文号, reads its 主送机关 (before, the first
    # paragraph of its text), and the plan stays its enclosure.
    text = ("某某市人民政府办公室转发省政府办公厅关于印发某某行动方案的通知\n\n某政办发〔2021〕20号\n\n各区人民政府：\n\n"
            "　　现将《某某省人民政府办公厅关于印发某某行动方案的通知》转发给你们，请认真贯彻落实。\n\n"
            "某某市人民政府办公室\n\n2021年4月1日\n\n某某省人民政府办公厅关于印发某某行动方案的通知\n\n某政办发〔2021〕8号\n\n"
            "各市人民政府，省政府各部门：\n\n　　《某某行动方案》已经省政府同意，现印发给你们。\n\n某某省人民政府办公厅\n\n"
            "2021年3月10日\n\n某某行动方案\n\n　　一、总体要求\n\n　　到2022年，基本建成某某体系。\n")
    (doc,) = parse(text).documents
    (forwarded,) = doc.enclosures
    assert forwarded.addressees == ["各市人民政府", "省政府各部门"]
    assert forwarded.addressees_span is not None and forwarded.addressees_span.start_line == 17
    assert [p.text[:6] for p in forwarded.preamble] == ["《某某行动方"]
    assert [e.title for e in forwarded.enclosures] == ["某某行动方案"]
    # The same without its 文号: a notice is addressed (a plan it issues is not: 方案 reads none).
    (doc,) = parse(text.replace("某政办发〔2021〕8号\n\n", "")).documents
    assert doc.enclosures[0].addressees == ["各市人民政府", "省政府各部门"]
    assert doc.enclosures[0].enclosures[0].addressees == []


def test_lone_numbers_are_text_where_pages_print_decorated_numbers() -> None:
    # pdftotext without -layout prints a table one cell a line: its 序号 1, 2 are lone numbers counting up, as
    # MinerU's bare page numbers are. Where the pages print theirs as —1—, the lone numbers are the table's.
    text = ("某某市人民政府办公室关于公布某某名录的通知\n某政办发〔2021〕33号\n各区人民政府：\n现将某某名录予以公布。\n"
            "附件：某某名录\n某某市人民政府办公室\n2021年6月10日\n—1—\n附件\n某某名录\n序号\n项目名称\n1\n某某剪纸\n"
            "2\n某某龙舞\n—2—\n")
    result = parse(text)
    assert [(f.text, f.page) for f in result.furniture] == [("—1—", 1), ("—2—", 2)]
    (attachment,) = result.documents[0].attachments
    assert [i.text for i in attachment.items] == ["序号", "项目名称", "1", "某某剪纸", "2", "某某龙舞"]
    # Without decorated page numbers, lone numbers counting up are still the pages (MinerU).
    bare = text.replace("—1—", "1").replace("—2—", "2").replace("\n1\n某某剪纸\n2\n", "\n某某剪纸\n")
    assert [(f.text, f.page) for f in parse(bare).furniture] == [("1", 1), ("2", 2)]


def test_a_table_printed_one_cell_a_line() -> None:
    # pdftotext without -layout prints a table one cell a line: 序号 over the column names, then each row's
    # number and its cells. It is read as a table, across a page break that repeats its header; a row whose
    # cell wrapped over two lines ends it there, and its lines stay text.
    head = "序号\n项目名称\n类别\n申报地区\n"
    text = ("某某市人民政府办公室关于公布某某名录的通知\n某政办发〔2021〕33号\n各区人民政府：\n现将某某名录予以公布。\n"
            "附件：某某名录\n某某市人民政府办公室\n2021年6月10日\n—1—\n附件\n某某名录\n" + head
            + "1\n某某剪纸\n传统美术\n某某区\n2\n某某龙舞\n传统舞蹈\n某某县\n—2—\n" + head
            + "3\n某某木雕\n传统技艺\n某某市\n4\n某某灯会\n民俗\n某某镇\n—3—\n")
    result = parse(text)
    (attachment,) = result.documents[0].attachments
    (table,) = attachment.tables
    assert table.header == ["序号", "项目名称", "类别", "申报地区"]
    assert table.rows == [["1", "某某剪纸", "传统美术", "某某区"], ["2", "某某龙舞", "传统舞蹈", "某某县"],
                          ["3", "某某木雕", "传统技艺", "某某市"], ["4", "某某灯会", "民俗", "某某镇"]]
    assert table.row_spans[0].start_line == 15 and table.row_spans[0].end_line == 18
    assert not result.unclassified
    # Without page numbers printed with their dashes, the row numbers counting up are still no page numbers.
    bare = text.replace("—1—\n", "").replace("—2—\n" + head, "").replace("—3—\n", "")
    (attachment,) = parse(bare).documents[0].attachments
    assert [len(t.rows) for t in attachment.tables] == [4] and not parse(bare).furniture
    wrapped = text.replace("3\n某某木雕\n", "3\n某某木雕（某某\n县）\n")
    (attachment,) = parse(wrapped).documents[0].attachments
    assert [t.rows for t in attachment.tables] == [[["1", "某某剪纸", "传统美术", "某某区"],
                                                    ["2", "某某龙舞", "传统舞蹈", "某某县"]]]


def test_an_issued_document_announced_in_the_notices_attachment_note_is_found() -> None:
    """A 印发 notice whose 附件说明 names the document it issues (附：某某工作方案), printed after it as its
    enclosure: that is the attachment announced. Before, A001 said it was missing."""
    text = ("某某市人民政府关于印发某某工作方案的通知\n\n某政发〔2021〕3号\n\n各区人民政府：\n\n"
            "现将《某某工作方案》印发给你们，请认真贯彻执行。\n\n附：某某工作方案\n\n某某市人民政府\n\n2021年3月1日\n\n"
            "某某工作方案\n\n一、工作目标\n\n到2022年，某某工作取得明显成效。\n")
    result = parse(text)
    (doc,) = result.documents
    assert [n.title for n in doc.attachment_notes] == ["某某工作方案"] and [e.title for e in doc.enclosures] == [
        "某某工作方案"]
    assert "A001" not in {d.code for d in result.diagnostics}


def test_a_title_head_whose_organ_name_the_wrap_cut_stays_with_its_title() -> None:
    """A narrow wrap cuts an organ's name in a title's head (某某省人民政府办公厅转发国务院办 / 公厅): the short
    line that ends the name, like an organ's 署名 as it looks, goes on the title. Before, the head's first line
    was left unclassified and the title and issuer were 公厅."""
    text = ("某某省人民政府办公厅转发国务院办\n公厅\n关于加强城市地下管线建设管理指导\n意见的通知\n\n某府办〔2019〕12号\n\n"
            "各市人民政府，省政府各部门、各直\n属机构：\n\n经省人民政府同意，现将《国务院办公\n厅关于加强城市地下管线建设管理的\n"
            "指导意见》转发给你们，请结合实际认\n真贯彻落实。\n\n各地要建立健全工作机制，明确责任分\n工，加强督促检查，确保各项任务落到\n实处。\n\n某某省人民政府办公厅\n2019年5月15日\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.title, doc.issuer) == ("某某省人民政府办公厅转发国务院办公厅关于加强城市地下管线建设管理指导意见的通知",
                                       "某某省人民政府办公厅")
    assert not result.unclassified and doc.signatories == ["某某省人民政府办公厅"]


def test_a_section_number_an_ocr_read_with_a_comma_for_its_dunhao() -> None:
    """OCR reads the 、 after a section's number as an ASCII comma (一,总体要求), as it reads it as a full-width
    one: a section still. Before, 一,…二,… were paragraphs and 二,'s subsections were the document's own."""
    text = ("某某市人民政府关于加强某某工作的意见\n\n某政发〔2021〕5号\n\n各区人民政府，市政府各部门：\n\n为加强某某工作，现提出如下意见。\n\n"
            "一,总体要求\n\n到2025年，某某工作取得明显成效。\n\n二,重点任务\n\n（一）加强统筹。建立工作机制。\n\n"
            "（二）强化保障。加大投入力度。\n\n某某市人民政府\n\n2021年3月1日\n")
    (doc,) = parse(text).documents
    assert [(s.marker, s.number, s.title, [c.marker for c in s.sections]) for s in doc.sections] == [
        ("一,", 1, "总体要求", []), ("二,", 2, "重点任务", ["（一）", "（二）"])]


NPC_GAZETTE = ("中华人民共和国全国人民代表大会常务委员会公报\n\n2020年第3号\n（总第400号）\n\n目    录\n\n"
               "中华人民共和国主席令（第三十一号）……………………………… 1\n中华人民共和国某某保护法…………………………………… 2\n\n"
               "中华人民共和国主席令\n\n第三十一号\n\n《中华人民共和国某某保护法》已由中华人民共和国第十三届全国人民代表大会常务委员会"
               "第二十次会议于2020年6月20日通过，现予公布，自2021年1月1日起施行。\n\n中华人民共和国主席  习近平\n2020年6月20日\n\n"
               "中华人民共和国某某保护法\n\n（2020年6月20日第十三届全国人民代表大会常务委员会第二十次会议通过）\n\n目  录\n\n"
               "第一章  总  则\n第二章  保护规划\n第三章  监督管理\n第四章  法律责任\n第五章  附  则\n\n"
               + "".join(f"{chapter}\n\n{article}\n\n" for chapter, article in [
                   ("第一章  总  则", "第一条  为了加强某某保护，制定本法。"),
                   ("第二章  保护规划", "第二条  国务院有关部门编制全国某某保护规划。"),
                   ("第三章  监督管理", "第三条  县级以上人民政府有关部门依法履行监督管理职责。"),
                   ("第四章  法律责任", "第四条  违反本法规定的，由有关部门责令改正。"),
                   ("第五章  附  则", "第五条  本法自2021年1月1日起施行。")]))


def _npc_shape(text: str) -> tuple[object, ...]:
    result = parse(text)
    assert result.gazette is not None
    (order,) = result.documents
    (law,) = order.enclosures
    return (result.gazette.title, [t.title for t in result.toc], order.title, order.preamble[0].text[:16],
            order.signatories, law.title, [(s.marker, s.title, len(s.tables)) for s in law.sections],
            [p.text for p in law.preamble])


def test_a_wrap_that_cuts_the_gazette_title_and_a_cited_title_keeps_both() -> None:
    """A narrow wrap cuts a long gazette title (中华人民共和国全国人民代表大会常务 / 委员会公报): one title. And a
    quotation of a title the TOC lists, left alone on its line by the wrap (《中华人民共和国某某保护法》 / 已由…),
    goes on in its sentence: a title is printed without 《》. Before, 委员会公报 was the gazette's title and the
    quotation was read as a document's title, the 主席令 losing its preamble, 署名 and date."""
    plain = _npc_shape(NPC_GAZETTE)
    assert plain[0] == "中华人民共和国全国人民代表大会常务委员会公报" and plain[3] == "《中华人民共和国某某保护法》已由"
    assert plain[4] == ["中华人民共和国主席 习近平"]
    for cols in (32, 40):
        assert _npc_shape(to_layout(NPC_GAZETTE, cols=cols, indent="")) == plain, cols


@pytest.mark.parametrize("cut", [14, 15])
def test_a_gazette_title_a_wrap_cut_before_its_last_letters(cut: int) -> None:
    """A narrow wrap cuts a gazette title before 公报 or before its last letter (某某省人民代表大会常务委员会公 /
    报): one title. Before, with 报 alone the masthead had no title and the title's line was left unclassified."""
    title = "某某省人民代表大会常务委员会公报"
    text = (f"{title[:cut]}\n{title[cut:]}\n2021年第3号（总第318号）\n\n某某省人民代表大会常务委员会公告\n\n第42号\n\n"
            "《某某省某某条例》已由某某省第十三届人民代表大会常务委员会第22次会议于2021年3月5日通过，现予公布。\n\n"
            "某某省人民代表大会常务委员会\n2021年3月5日\n")
    result = parse(text)
    assert result.gazette is not None and (result.gazette.title, result.gazette.issue) == (title, 3)
    assert not result.unclassified and [d.title for d in result.documents] == ["某某省人民代表大会常务委员会公告"]


def test_a_laws_own_contents_set_as_markdown_headings_is_no_table() -> None:
    """MinerU sets some lines of a law's own contents as headings (### 第二章  保护规划), each a paragraph: they are the contents,
    text, not a table laid out with spaces (before, 第二章…第三章 were a table under the contents' 第一章, which
    was read as a chapter twice)."""
    text = NPC_GAZETTE.replace("第二章  保护规划\n第三章  监督管理\n第四章  法律责任\n",
                               "\n### 第二章  保护规划\n\n### 第三章  监督管理\n\n### 第四章  法律责任\n\n")
    shape = _npc_shape(text)
    assert shape[6] == [("第一章", "总则", 0), ("第二章", "保护规划", 0), ("第三章", "监督管理", 0), ("第四章", "法律责任", 0),
                        ("第五章", "附则", 0)]
    assert shape[7] == ["目录", "第一章总则", "第二章保护规划", "第三章监督管理", "第四章法律责任", "第五章附则"]


def test_a_reply_to_a_deputys_proposal_is_a_letter() -> None:
    """A reply to a deputy's proposal (…第123号建议的答复) is a 函: the rules give 函 for answering questions. Its
    title run into its 文号 on one line is read too. Before, its kind was null."""
    text = ("某某市人民政府办公室\n关于市十五届人大三次会议第123号建议的答复\n\n某政办函〔2021〕45号\n\n张某某代表：\n"
            "您提出的《关于加快老旧小区改造的建议》收悉。经研究，现答复如下：\n一、关于加快改造进度的建议\n"
            "2021年我市计划改造老旧小区120个。\n\n某某市人民政府办公室\n2021年6月20日\n")
    (doc,) = parse(text).documents
    assert (doc.title, doc.kind, doc.addressees) == (
        "某某市人民政府办公室关于市十五届人大三次会议第123号建议的答复", "函", ["张某某代表"])
    one_line = text.replace("\n关于", "关于").replace("答复\n\n某政办函", "答复　某政办函")
    (doc,) = parse(one_line).documents
    assert (doc.kind, doc.doc_number and doc.doc_number.text) == ("函", "某政办函〔2021〕45号")
    (doc,) = parse(text.replace("现答复如下：", "现将有关情况的答复")).documents  # (a sentence's end is no title)
    assert doc.kind == "函" and doc.preamble[0].text.endswith("的答复")


def _spaced(text: str) -> str:
    """Every character of every line set apart by a space, as pdftotext gives a PDF that positions its characters
    one by one (a space between two words becomes three)."""
    return "\n".join(" ".join(line) for line in text.split("\n"))


REGULATION_IN_A_GAZETTE = (
    "某某省人民政府令\n\n第263号\n\n《某某省机动车排气污染防治办法》已经省人民政府常务会议通过，现予公布，自2019年7月1日起施行。\n\n"
    "省长  马某某\n2019年4月28日\n\n某某省机动车排气污染防治办法\n\n第一章  总  则\n\n"
    "第一条  为了防治机动车排气污染，保护和改善大气环境，制定本办法。\n第二条  本省行政区域内机动车排气污染的防治，适用本办法。\n"
    "第二章  监督管理\n第三条  生态环境主管部门对机动车排气污染防治实施统一监督管理。\n第四条  机动车所有人应当履行下列义务：\n"
    "（一）按照规定进行排放检验；\n（二）及时维修排放检验不合格的机动车。\n第三章  附  则\n第五条  本办法自2019年7月1日起施行。\n"
    "\n— 2 —\n某某省人民政府公报        2019年第15期\n\n某某省人民政府关于某事的通知\n\n某政发〔2019〕45号\n\n各市人民政府：\n\n"
    "现就有关事项通知如下，请认真贯彻执行。\n\n某某省人民政府\n2019年5月6日\n")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_bed_mat_for_di_before_numbers(newline: str) -> None:
    """笫 (one stroke short of 第) before a number, as an OCR or an input method puts it: 笫263号, 笫一章, 笫一条 and
    the gazette's 笫15期 read as with 第, and X014 names the first. Before, the order had no number, the chapters
    and articles were text and (一) (二) the regulation's top level. 床笫 stays as printed."""
    text = REGULATION_IN_A_GAZETTE.replace("第", "笫").replace("机动车所有人", "床笫之间机动车所有人")
    result = parse(text.replace("\n", newline))
    plain = parse(REGULATION_IN_A_GAZETTE)
    order, law = result.documents[0], result.documents[0].enclosures[0]
    assert order.doc_number is not None and order.doc_number.text == "某某省人民政府令第263号"
    assert [(s.marker, [c.marker for c in s.sections]) for s in law.sections] == [
        (s.marker, [c.marker for c in s.sections]) for s in plain.documents[0].enclosures[0].sections]
    assert "床笫之间" in law.sections[1].sections[1].paragraphs[0].text
    assert result.furniture == plain.furniture
    assert [(d.code, d.span.start_line, d.column, d.message) for d in result.diagnostics if d.code == "X014"] == [
        ("X014", 3, 1, "笫 for 第 before a number (10 in the text, the first here): read as 第")]
    assert result.source.sha256 != plain.source.sha256


def test_look_alikes_of_the_enumeration_comma_and_the_colon() -> None:
    """丶 for 、, as an input method offers it and an OCR reads it: 一丶 and 1丶 open sections, 各区人民政府丶市政府各部门 is
    the 主送机关 as with 、, 附件：1丶某某名单 is an 附件说明's entry, and X016 names the first (with 笫, X014 too).
    Before, the parts were the preamble's text and (一) (二) the top level. So with ∶ for ： after a word: before,
    the document had no 主送机关 and no 附件说明."""
    clean = ("某某市人民政府关于加快某某工作的通知\n某政发〔2021〕3号\n\n各区人民政府、市政府各部门：\n现就有关事项通知如下。\n"
             "一、总体要求\n坚持稳中求进。\n二、主要任务\n（一）加强领导。各区要加强领导。\n1、健全机制。要健全机制。\n"
             "2、落实责任。要落实责任。\n（二）强化保障。各区要强化保障。\n三、工作要求\n各地要按时报送。\n\n"
             "附件：1、某某工作任务分工表\n　　　2、某某单位名单（第一批）\n\n某某市人民政府\n2021年3月5日\n")
    plain = parse(clean)
    for slipped, codes in ((clean.replace("、", "丶"), ["X016"]),
                           (clean.replace("、", "丶").replace("第", "笫"), ["X014", "X016"])):
        result = parse(slipped)
        assert result.documents[0].model_dump() == plain.documents[0].model_dump()
        assert sorted(d.code for d in result.diagnostics if d.code.startswith("X01")) == codes
        assert [(d.code, d.span.start_line, d.column, d.message) for d in result.diagnostics if d.code == "X016"] == [
            ("X016", 4, 7, "丶 for 、 (8 in the text, the first here): read as 、")]
    for colon in "∶﹕︰":  # a ratio sign or a small or vertical form's colon after a word: ：, not in a ratio
        result = parse(clean.replace("：", colon).replace("稳中求进", "稳中求进，比例尺1∶10000"))
        assert result.documents[0].model_dump() == parse(clean.replace("稳中求进", "稳中求进，比例尺1∶10000")).documents[
            0].model_dump()
        assert [(d.code, d.span.start_line, d.column, d.message) for d in result.diagnostics if d.code == "X016"] == [
            ("X016", 4, 14, f"{colon} for ： (2 in the text, the first here): read as ：")]
    (doc,) = parse(clean.replace("、", "丶")).documents
    assert doc.addressees == ["各区人民政府、市政府各部门"]
    assert [(s.marker, [c.marker for c in s.sections]) for s in doc.sections] == [
        ("一、", []), ("二、", ["（一）", "（二）"]), ("三、", [])]
    assert [n.title for n in doc.attachment_notes] == ["某某工作任务分工表", "某某单位名单（第一批）"]


@pytest.mark.parametrize(("title", "under"), [("某某省国土空间规划（2021—2035年）（续）", ""),
                                              ("某某省国土空间规划（2021—2035年）（续二）", ""),
                                              ("某某省国土空间规划（2021—2035年）", "（接上期）\n\n"),
                                              ("某某省国土空间规划（2021—2035年）", "（上接第4期）\n\n")])
def test_a_text_resumed_from_the_last_issue_numbers_on_from_there(title: str, under: str) -> None:
    """A long text a gazette prints over several issues, marked as going on from the last (（续）, （接上期）): its
    first chapter and article here are 第五章 and 第十一条. Before, none of them opened a section (a numbering of
    chapters or articles must open at one), and the text was all preamble. The mark under it that it goes on in
    the next issue (（未完待续）) is a note, and so is the mark under its title (before, （接上期） was its subtitle)."""
    text = (f"某某省人民政府公报\n2021年第5期\n\n目　　录\n\n{title}……………………2\n某某省人民政府关于某某工作的通知……………………8\n\n"
            f"{title}\n\n{under}第五章　优化城镇空间格局\n第十一条　构建“一核两带”城镇发展格局。\n"
            "第十二条　推进以人为核心的新型城镇化。\n（一）提升城市品质。\n（二）推进县城建设。\n第六章　保护自然生态\n"
            "第十三条　筑牢生态安全屏障。\n\n（未完待续）\n\n某某省人民政府关于某某工作的通知\n某政发〔2021〕8号\n\n各市人民政府：\n"
            "现就某某工作通知如下。\n\n某某省人民政府\n2021年3月5日\n")
    result = parse(text)
    plan = result.documents[0]
    assert [(s.marker, [(c.marker, [g.marker for g in c.sections]) for c in s.sections]) for s in plan.sections] == [
        ("第五章", [("第十一条", []), ("第十二条", ["（一）", "（二）"])]), ("第六章", [("第十三条", [])])]
    assert not plan.preamble and [d.code for d in result.diagnostics if d.code == "X003"] == []
    assert [e.document for e in result.toc] == [0, 1]
    # （未完待续） under it is a note, not the last article's text
    assert [n.text for n in plan.notes] == [under.strip()] * bool(under) + ["（未完待续）"]
    assert plan.subtitle is None and plan.title == title and plan.title_span.end_line == 9
    assert plan.notes[0].span.start_line == (11 if under else 19)
    assert [p.text for p in plan.sections[1].sections[0].paragraphs] == ["筑牢生态安全屏障。"]


def test_a_pdf_whose_characters_are_all_set_apart() -> None:
    """pdftotext of a PDF that sets every character apart: a regulation's articles (第 一 条   为 了 …) are no
    table laid out with spaces, and a running header (某 某 省 … 公 报   2 0 1 9 年 …) is furniture, as they are
    in the text unspaced. Before, the articles and the next chapter were a table, and the header was text."""
    def shape(text: str) -> tuple[object, ...]:
        result = parse(text)
        law = result.documents[0].enclosures[0]
        return ([(s.marker, s.title, len(s.tables), [c.marker for c in s.sections]) for s in law.sections],
                [(f.kind, f.text) for f in result.furniture], [d.title for d in result.documents], result.unclassified)
    plain = shape(REGULATION_IN_A_GAZETTE)
    assert plain[0] == [("第一章", "总则", 0, ["第一条", "第二条"]), ("第二章", "监督管理", 0, ["第三条", "第四条"]),
                        ("第三章", "附则", 0, ["第五条"])]
    assert plain[1] == [("page-number", "—2—"), ("running-header", "某某省人民政府公报2019年第15期")]
    assert shape(_spaced(REGULATION_IN_A_GAZETTE))[0] == plain[0]
    assert [kind for kind, _ in shape(_spaced(REGULATION_IN_A_GAZETTE))[1]] == ["page-number", "running-header"]


def test_a_doc_number_with_its_signer_cut_under_it_in_text_wrapped_wide() -> None:
    """A 文号 padded out to 签发人： at the wrap width, the name on the line under it (王某某): the name is the
    signer, whether or not the text is long enough to tell its wrap (one line set apart makes it so). Before, with
    the wrap told, the name ran into the 文号's line, which was then read as no 文号."""
    text = (
        "某某市人民政府文件\n\n某政〔2021〕15号                    签发人：\n王某某\n\n某某市人民政府关于要求设立某某省级高新技术产\n"
        "业园区的请示\n\n某某省人民政府：\n\n为加快推进我市高新技术产业发展，根据有关规定\n，现申请设立某某省级高新技术产业园区。\n\n"
        "一、基本情况\n\n园区规划面积12.5平方公里，已集聚高新技术企业\n56家。\n\n二、申请事项\n\n恳请省政府批准设立某某省级高新技术产业园区。\n\n"
        "妥否，请批示。\n\n某某市人民政府\n2021年6月1日\n\n（联系人：李某，电话：0571-12345678）\n")
    for variant in (text, text.replace("某某市人民政府文件", "某 某 市 人 民 政 府 文 件")):
        (doc,) = parse(variant).documents
        assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.signers) == (
            "某政〔2021〕15号", ["王某某"]), variant[:12]


def test_radicals_a_pdfs_fonts_put_for_ideographs_are_read_as_the_ideographs() -> None:
    """Kangxi radicals, radicals of the supplement and compatibility ideographs that PDF text extraction gives
    for ideographs (⼈⺠政府 for 人民政府, ⻓ for 长): the text reads as it does with the ideographs, the strings
    given hold the ideographs, and X012 names the first line. Before, the title was read as no title."""
    plain = ("某某市人民政府关于加强长江大保护工作的通知\n\n某政发〔2021〕3号\n\n各区人民政府，市政府各部门：\n\n"
             "现就加强长江大保护工作通知如下。\n\n某某市人民政府\n2021年3月5日\n")
    extracted = plain.replace("人", "⼈").replace("民", "⺠").replace("长", "⻓").replace("大", "⼤").replace("工", "⼯")
    assert extracted != plain
    result = parse(extracted)
    (doc,) = result.documents
    (want,) = parse(plain).documents
    assert doc.model_dump(exclude={"footnotes"}) == want.model_dump(exclude={"footnotes"})
    assert [(d.code, d.span.start_line) for d in result.diagnostics] == [("X012", 1)]
    assert result.source.sha256 == hashlib.sha256(extracted.encode("utf-8")).hexdigest()  # (the input's, as given)
    assert not parse(plain).diagnostics and "X012" in {d.code for d in parse("某某市⼈民政府\n").diagnostics}



@pytest.mark.parametrize("invisible", ["\ufe00", "\U000e0100", "\u200b"])
def test_invisible_characters_inside_words_leave_no_trace(invisible: str) -> None:
    """A variation selector a converter leaves after a character (政︀府), or a zero-width space, inside a title,
    a 主送机关 and a 署名: the document reads as without them, its strings hold none, and nothing is said. Before,
    a selector kept the title from being read, and a zero-width space stayed in the 署名."""
    plain = ("某某市人民政府关于某事的通知\n\n某政发〔2021〕3号\n\n各区人民政府：\n\n现就有关事项通知如下。\n\n"
             "某某市人民政府\n市长　张三\n2021年3月5日\n")
    marked = plain.replace("政府", f"政{invisible}府").replace("张三", f"张{invisible}三")
    result = parse(marked)
    (doc,) = result.documents
    (want,) = parse(plain).documents
    assert (doc.title, doc.addressees, doc.signatories, doc.date) == (
        want.title, want.addressees, want.signatories, want.date) == (
        "某某市人民政府关于某事的通知", ["各区人民政府"], ["某某市人民政府", "市长 张三"], "2021-03-05")
    assert not result.diagnostics


def test_toc_category_naming_a_series_of_orders() -> None:
    """国务院令 · 省政府令 head a TOC's orders as 国务院文件 heads its notices; an order's own title
    (中华人民共和国国务院令) stays an entry, wrapped before its number or not."""
    text = ("中华人民共和国国务院公报\n2023年第5号\n\n目　　录\n\n国务院令\n"
            "中华人民共和国国务院令（第757号）……………………4\n国务院文件\n"
            "国务院关于某某工作的通知（国发〔2023〕3号）……………………6\n\n"
            "国务院令\n\n中华人民共和国国务院令\n\n第757号\n\n　　《某某办法》已经国务院常务会议通过，现予公布。\n\n"
            "总理　某某\n\n2023年2月1日\n\n国务院文件\n\n国务院关于某某工作的通知\n\n国发〔2023〕3号\n\n"
            "各省、自治区、直辖市人民政府：\n\n　　现就有关事项通知如下。\n\n国务院\n\n2023年2月5日\n")
    result = parse(text)
    assert [(e.category, e.title, e.document) for e in result.toc] == [
        ("国务院令", "中华人民共和国国务院令", 0), ("国务院文件", "国务院关于某某工作的通知", 1)]
    assert [(d.category, d.title) for d in result.documents] == [
        ("国务院令", "中华人民共和国国务院令"), ("国务院文件", "国务院关于某某工作的通知")]
    assert not [d.code for d in result.diagnostics if d.code.startswith("T")]
    wrapped = parse(text.replace("令（第757号）…", "令\n（第757号）…"))
    assert [(e.category, e.title) for e in wrapped.toc[:1]] == [("国务院令", "中华人民共和国国务院令")]


RAW_TOC_ISSUE = (
    "某某省人民政府公报\n2023年第10期（总第1400期）\n\n目 录\n\n{before}省政府文件\n某某省人民政府关于公布第一批历史文化街区名单的通知\n"
    "（某政发〔2023〕11号）\n某某省人民政府关于同意设立某某经济开发区的批复\n（某政函〔2023〕30号）\n{middle}省政府办公厅文件\n"
    "某某省人民政府办公厅关于印发推进县城建设实施方案的通知\n（某政办发〔2023〕20号）\n{after}\n\n"
    "某某省人民政府关于公布第一批历史文化街区名单的通知\n某政发〔2023〕11号\n各市人民政府：\n现将名单予以公布。\n某某省人民政府\n"
    "2023年4月20日\n— 3 —\n\n某某省人民政府关于同意设立某某经济开发区的批复\n某政函〔2023〕30号\n某某市人民政府：\n"
    "你市的请示收悉。经研究，同意设立。\n某某省人民政府\n2023年4月25日\n— 5 —\n\n"
    "某某省人民政府办公厅关于印发推进县城建设实施方案的通知\n某政办发〔2023〕20号\n各市人民政府：\n"
    "《推进县城建设实施方案》已经省政府同意，现印发给你们。\n某某省人民政府办公厅\n2023年5月6日\n— 7 —\n")


@pytest.mark.parametrize(("before", "middle", "after", "pages"), [
    ("", "", "", [None, None, None]),
    ("", "", "3\n5\n7\n", [3, 5, 7]),  # pdftotext without -layout: a TOC table's page column after its titles
    ("3\n5\n7\n", "", "", [3, 5, 7]),  # … or before them
    ("", "3\n5\n", "7\n", [3, 5, 7]),  # … or after each category's titles (before, read as the ends of entries)
    ("", "", "………… 3\n………… 5\n………… 7\n", [3, 5, 7]),
    ("", "", "3\n7\n", [None, None, None]),  # fewer numbers than entries: not read, so left unclassified
    ("", "", "7\n5\n3\n", [None, None, None]),  # (pages that count down are no TOC's)
])
def test_a_toc_without_page_numbers_on_its_entries_under_plain_categories(
        before: str, middle: str, after: str, pages: list[int | None]) -> None:
    """A TOC of titles and bracketed 文号 with no page number beside them, under plain category headings
    (省政府文件): its entries are read and linked (before, 省政府文件 ended the list, which was read as three
    documents with no body, each listed twice with the real ones). The page numbers of a column that the text
    gives apart, one a line, are read in order when they are as many as the entries."""
    result = parse(RAW_TOC_ISSUE.format(before=before, middle=middle, after=after))
    assert [(e.category, e.doc_number, e.page, e.document) for e in result.toc] == [
        ("省政府文件", "某政发〔2023〕11号", pages[0], 0), ("省政府文件", "某政函〔2023〕30号", pages[1], 1),
        ("省政府办公厅文件", "某政办发〔2023〕20号", pages[2], 2)]
    assert [d.date for d in result.documents] == ["2023-04-20", "2023-04-25", "2023-05-06"]
    numbers = (before + middle + after).splitlines()
    assert [u.text for u in result.unclassified] == ([] if pages[0] else numbers)
    assert not [d.code for d in result.diagnostics if d.code.startswith(("T", "N", "D"))]


DOTTED_TOC_ISSUE = RAW_TOC_ISSUE.replace("号）\n", "号）……………………\n", 3)


@pytest.mark.parametrize(("before", "middle", "after"), [
    ("", "", "3\n5\n7\n"), ("3\n5\n7\n", "", ""), ("", "3\n5\n", "7\n")])
@pytest.mark.parametrize("wrap", [False, True], ids=["titles on one line", "titles wrapped"])
@pytest.mark.parametrize("dots_apart", [False, True], ids=["dots on the title's line", "dots on a line of their own"])
def test_toc_titles_that_end_in_leader_dots_with_their_pages_apart(
        before: str, middle: str, after: str, wrap: bool, dots_apart: bool) -> None:
    """A TOC table's titles with their leader dots and no page beside them, the pages in a column that the text
    gives apart (pdftotext without -layout): each title is an entry, with its page read in order. Before, the
    titles under one heading ran into one entry, ended by the first page number, and the other pages were page
    furniture."""
    text = DOTTED_TOC_ISSUE.format(before=before, middle=middle, after=after)
    if dots_apart:  # (a narrow wrap puts the leader dots on a line of their own, under the 文号)
        text = text.replace("号）……………………\n", "号）\n……………………\n", 2)
    if wrap:
        text = text.replace("\n（某政发〔2023〕11号）", "（某政发〔2023〕11号）", 1).replace(
            "关于同意设立某某经济开发区的批复\n（", "关于同意设立某某经济开发区的\n批复（", 1)
    result = parse(text)
    assert [(e.category, e.doc_number, e.page, e.document) for e in result.toc] == [
        ("省政府文件", "某政发〔2023〕11号", 3, 0), ("省政府文件", "某政函〔2023〕30号", 5, 1),
        ("省政府办公厅文件", "某政办发〔2023〕20号", 7, 2)]
    assert not result.unclassified and not [d for d in result.diagnostics if d.code.startswith(("T", "N", "D"))]


@pytest.mark.parametrize("footer", ["· 12 ·", "—2—", "- 3 -"])
def test_a_page_number_between_the_issue_line_and_the_office_that_publishes_it(footer: str) -> None:
    """A page's footer that a converter set between the masthead's issue line and the office and date under it
    is stepped over: the office and the date are the masthead's (before, they were unclassified, or the date no
    publication date)."""
    text = (f"某某省人民代表大会常务委员会公报\n2018年第3号（总第303号）\n{footer}\n某某省人民代表大会常务委员会办公厅\n"
            "2018年10月10日\n\n某某省人民代表大会常务委员会关于某某事项的决定\n\n（2018年9月28日某某省第十三届人民代表大会"
            "常务委员会第五次会议通过）\n\n　　某某省第十三届人民代表大会常务委员会第五次会议决定：同意某某事项。\n")
    result = parse(text)
    assert result.gazette is not None
    assert (result.gazette.publication_date, result.gazette.editor) == ("2018-10-10", "某某省人民代表大会常务委员会办公厅")
    assert not result.unclassified and [d.date for d in result.documents] == ["2018-09-28"]


RELEASE = ("中共中央办公厅 国务院办公厅印发{cut}《关于进一步加强青少年科学教育的意见》\n\n"
           "　　新华社北京3月16日电　近日，中共中央办公厅、国务院办公厅印发了《关于进一步加强青少年科学教育的意见》，"
           "并发出通知，要求各地区各部门结合实际认真贯彻落实。\n"
           "　　《关于进一步加强青少年科学教育的意见》全文如下。\n\n关于进一步加强青少年科学教育的意见\n\n"
           "　　为深入贯彻党的二十大精神，现提出如下意见。\n　　一、总体要求\n　　坚持立德树人。\n"
           "　　二、主要任务\n　　（一）加强科学课程建设。\n")


@pytest.mark.parametrize("cut", ["", "\n"])
@pytest.mark.parametrize("where", ["alone", "after", "listed"])
def test_a_news_release_that_prints_an_issued_document(cut: str, where: str) -> None:
    """A news agency's release as gazettes reprint the documents of the Party's and the State Council's offices:
    its headline (X印发《Y》, on one line or two) is the title of a document whose dateline paragraphs are its
    preamble and which issues Y, printed under them. Before, the headline and the dateline were unclassified."""
    reply = ("国务院关于某某工作的批复\n\n国函〔2023〕3号\n\n某某省人民政府：\n\n　　你省的请示收悉。现批复如下：同意。\n\n"
             "国务院\n\n2023年3月10日\n\n")
    release = RELEASE.format(cut=cut)
    text = {"alone": release, "after": "中华人民共和国国务院公报\n2023年第9号\n\n" + reply + release,
            "listed": ("中华人民共和国国务院公报\n2023年第9号\n\n目　　录\n\n国务院关于某某工作的批复（国函〔2023〕3号）…………3\n"
                       "中共中央办公厅 国务院办公厅印发《关于进一步加强青少年科学教育的意见》…………5\n\n"
                       + reply + release)}[where]
    result = parse(text)
    doc = result.documents[-1]
    assert doc.title == "中共中央办公厅 国务院办公厅印发《关于进一步加强青少年科学教育的意见》"
    assert (doc.kind, doc.issuer) == (None, "中共中央办公厅、国务院办公厅")
    assert [p.text[:10] for p in doc.preamble] == ["新华社北京3月16日", "《关于进一步加强青少"]
    (opinion,) = doc.enclosures
    assert (opinion.title, opinion.kind, [s.marker for s in opinion.sections]) == (
        "关于进一步加强青少年科学教育的意见", "意见", ["一、", "二、"])
    assert len(result.documents) == (1 if where == "alone" else 2) and not result.unclassified
    assert [e.document for e in result.toc] == ([0, 1] if where == "listed" else [])


@pytest.mark.parametrize("gap", ["", "    "])
def test_a_signers_name_cut_at_the_wrap_under_the_number(gap: str) -> None:
    """The wrap cut the 签发人's name on the 文号's line (…签发人：王某 / 某): the name is read whole with the 文号, and
    its end is no part of the title under it (before, the title read 某浙江省…, or the 文号 was lost)."""
    text = (f"浙江省人民政府文件\n\n浙政〔2023〕8号{gap}　　　　　　　　签发人：王某\n某\n\n"
            "浙江省人民政府关于恳请支持某某工作的请示\n\n国务院：\n\n　　现将有关事项请示如下。\n\n妥否，请批示。\n\n"
            "浙江省人民政府\n2023年4月6日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.title == "浙江省人民政府关于恳请支持某某工作的请示"
    assert doc.doc_number is not None and (doc.doc_number.text, doc.doc_number.signers) == ("浙政〔2023〕8号", ["王某某"])
    assert doc.doc_number.span.end_line == 4 and not result.unclassified


def test_a_speech_line_that_a_converter_made_a_heading_goes_on_in_the_next_line() -> None:
    """MinerU sets a speech's dash line as a heading, its wrapped end as a paragraph under it: one line (before,
    the date, the speaker and the 署名 were lost)."""
    text = ("关于《某某法（草案）》的说明\n\n## ——2022年12月27日在第十三届全国人民代表大会\n\n常务委员会第三十八次会议上\n\n"
            "## 外交部部长　王　某\n\n委员长、各位副委员长、秘书长、各位委员：\n\n我受国务院委托，现对草案作说明。\n\n"
            "一、制定本法的必要性\n\n外国国家豁免制度是国际法的重要制度。\n\n草案和以上说明是否妥当，请审议。\n")
    (doc,) = parse(text).documents
    assert (doc.date, doc.signatories) == ("2022-12-27", ["外交部部长 王某"])
    assert [s.marker for s in doc.sections] == ["一、"] and [p.text for p in doc.closing_formula] == [
        "草案和以上说明是否妥当，请审议。"]


def test_a_converters_heading_that_holds_a_sentence_is_no_sections_title() -> None:
    """MinerU sets headings at random: a numbered item set as a heading that holds a sentence is read as the
    plain text reads it (a run-in title before its first full stop, or no title), not as one long title."""
    text = ("某某市人民代表大会常务委员会关于修改《某某条例》的决定\n\n（2023年9月1日某某市第十六届人民代表大会常务委员会"
            "第五次会议通过）\n\n某某市第十六届人民代表大会常务委员会第五次会议决定对《某某条例》作如下修改：\n\n"
            "## 一、将第一条修改为：“为了规范某某管理，制定本条例。”\n\n## 二、总体要求。坚持依法管理。\n\n"
            "## 三、删除第五条\n\n本决定自2024年1月1日起施行。\n")
    (doc,) = parse(text).documents
    assert [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        ("一、", None, ["将第一条修改为：“为了规范某某管理，制定本条例。”"]), ("二、", "总体要求", ["坚持依法管理。"]),
        ("三、", "删除第五条", ["本决定自2024年1月1日起施行。"])]


@pytest.mark.parametrize(("call", "closing"), [
    ("各位代表！蓝图已经绘就。让我们更加紧密地团结起来，为全面建设社会主义现代化新某某而努力奋斗！", 1),
    ("各位代表！\n\n让我们团结一心，为全面建设社会主义现代化新某某而努力奋斗！", 2),
    ("让我们紧密团结在党中央周围，为加快建设农业强国而努力奋斗。", 1),
    # (a paragraph that calls on no one is the last section's text)
    ("各地要结合实际，认真抓好落实。", 0)])
def test_a_reports_closing_call_is_no_text_of_its_last_section(call: str, closing: int) -> None:
    text = ("政府工作报告\n\n——2023年1月15日在某某省第十四届人民代表大会第一次会议上\n\n某某省省长　某某\n\n各位代表：\n\n"
            f"　　现在，我代表省人民政府，向大会报告工作。\n\n一、过去五年工作回顾\n\n　　五年来，全省经济持续增长。\n\n"
            f"二、2023年工作安排\n\n　　今年是全面贯彻党的二十大精神的开局之年。\n\n{call}\n")
    (doc,) = parse(text).documents
    assert [p.text for p in doc.closing_formula] == call.split("\n\n")[:closing]
    assert [p.text for p in doc.sections[-1].paragraphs][-1] == (
        "今年是全面贯彻党的二十大精神的开局之年。" if closing else call)


@pytest.mark.parametrize("masthead", ["", "某某市人民政府公报\n2023年第5期\n\n"])
@pytest.mark.parametrize("above", [False, True])
@pytest.mark.parametrize("third", ["推进政务数据共享", "推进政务数据动态"])
def test_a_plans_own_contents_without_pages(masthead: str, above: bool, third: str) -> None:
    """A plan's own contents with no page numbers, under its title or above it, its title printed again over the
    text: the contents are the text's first paragraphs, and each chapter is one section (before, the chapters
    came twice, or the document was titled 目录). A chapter named like a category (…动态) heads nothing."""
    title = "某某市数字政府建设“十四五”规划"
    chapters = ["第一章　发展基础", "第二章　总体要求", f"第三章　{third}", "第四章　保障措施"]
    contents = "目　　录\n\n" + "\n".join(chapters) + "\n\n"
    body = "".join(f"{c}\n\n　　某某工作取得积极成效。\n\n" for c in chapters)
    text = masthead + (contents + title + "\n\n" if above else title + "\n\n" + contents + title + "\n\n") + body
    result = parse(text)
    (doc,) = result.documents
    assert doc.title == title and [s.marker for s in doc.sections] == ["第一章", "第二章", "第三章", "第四章"]
    assert [p.text for p in doc.preamble][:5] == ["目录", *("".join(c.split()) for c in chapters)]
    assert not result.toc and not result.unclassified


@pytest.mark.parametrize("head", ["某某省人民代表大会常务委员会公告（第45号）", "某某省人民政府令（第三十二号）"])
@pytest.mark.parametrize("listed", [False, True])
def test_a_numbered_series_title_with_its_number_in_brackets(head: str, listed: bool) -> None:
    """A 公告 or 令 whose number is printed in brackets on its title's line, as web pages and some gazettes print
    them: the number is the 文号, not part of the title (before, the title kept it and the document had none)."""
    title, number = head[:-1].split("（")
    serial = 45 if "45" in number else 32
    toc = f"某某省人民政府公报\n2023年第9期\n\n目　　录\n\n{head}……………………3\n\n" if listed else ""
    text = (f"{toc}{head}\n\n　　《某某省某某条例》已于2023年9月28日通过，现予公布，自2024年1月1日起施行。\n\n"
            "某某省人民代表大会常务委员会\n2023年9月28日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.title == title and doc.doc_number is not None
    assert (doc.doc_number.text, doc.doc_number.serial, doc.doc_number.raw) == (f"{title}第{serial}号", serial, number)
    assert [(e.title, e.document) for e in result.toc] == ([(title, 0)] if listed else [])
    assert not [d.code for d in result.diagnostics if d.code.startswith(("T", "N"))] and not result.unclassified


def test_the_state_council_gazettes_head_dates_its_issue_with_middle_dots() -> None:
    """pdftotext of the 国务院公报: spaces around the numbers, 号 for 期, the day of publication as ``2023·2·20``."""
    head = ("            中华人民共和国国务院公报\n                 2023 年第 5 号\n               （总号：1790）\n"
            "                   2023·2·20\n\n")
    doc = "某某市人民政府关于某某的通知\n某政发〔2023〕5号\n\n各区人民政府：\n现通知如下。\n\n某某市人民政府\n2023年2月1日\n"
    result = parse(head + doc)
    g = result.gazette
    assert g is not None and (g.year, g.issue, g.cumulative_issue, g.publication_date) == (2023, 5, 1790, "2023-02-20")
    assert not result.unclassified


@pytest.mark.parametrize("last", ["二、福建省人民政府要加强组织领导。", "二、加强监督。"])
def test_a_right_aligned_signature_under_a_section_that_ends_in_a_sentence(last: str) -> None:
    """pdftotext prints the 署名 far to the right, under a blank line: it is no centred heading's wrapped end,
    which goes on a heading cut in a word, not a sentence that ends."""
    text = ("       国务院关于同意设立某某试验区的批复\n              国函〔2023〕12号\n\n福建省人民政府：\n"
            "    你省关于设立某某试验区的请示收悉。现批复如下：\n    一、同意设立某某试验区。\n"
            f"    {last}\n\n                                         国务院\n"
            "                                   2023 年 2 月 3 日\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.signatories, doc.date) == (["国务院"], "2023-02-03")
    assert doc.sections[-1].marker == "二、" and all("国务院" not in p.text for p in doc.sections[-1].paragraphs)
    assert not result.diagnostics


def test_a_byline_by_office_and_name_at_a_page_end_does_not_join_the_salutation_on_the_next() -> None:
    """Hard-wrapped at 32 columns, the speaker's byline nearly fills its line, and a page break (no blank line)
    stands between it and the salutation: the office and the name a wide space apart are no line of prose."""
    prose = "我受省人民政府委托，现就草案作如下说明。制定本条例十分必要，草案共七章四十条。" * 6
    wrapped = [prose[i:i + 15] for i in range(0, len(prose), 15)]
    text = "\n".join(["某某省人民政府副省长　某某某", "", "—3—", "\f主任、各位副主任、秘书长、各",
                      "位委员：", *wrapped]) + "\n"
    lines = normalize(text)
    furniture = find_furniture(lines, skip=set())
    blocks = make_blocks(lines, skip=set(), transparent=furniture.lines)
    assert [b.text for b in blocks[:2]] == ["某某省人民政府副省长某某某", "主任、各位副主任、秘书长、各位委员："]


def test_issuers_side_by_side_under_a_sentence_that_ends_at_the_wrap() -> None:
    """Hard-wrapped at 28 columns with no blank lines: the sentence above ends right at the wrap, and the line of
    issuers under it, a wide space apart, fills the line too. It is a list of names, no prose going on."""
    prose = "各地各部门要高度重视推进数字政府建设工作，切实加强组织领导，确保各项工作都落到实处。" * 3
    assert len(prose) % 14 == 0
    wrapped = [prose[i:i + 14] for i in range(0, len(prose), 14)]
    text = "\n".join([*wrapped, "某某市人民政府办公室　　某某", "省财政厅", "2020年3月19日"]) + "\n"
    blocks = make_blocks(normalize(text), skip=set(), transparent=set())
    assert [b.text for b in blocks] == [prose, "某某市人民政府办公室 某某省财政厅", "2020年3月19日"]


def test_issuers_side_by_side_under_a_line_of_fields_as_wide_as_the_wrap() -> None:
    """Hard-wrapped at 40 columns: a contact's fields a wide space apart fill the line (联系人：张三　　联系电话：…),
    a page break under them, then issuers side by side as wide: no field's value goes on in them. Before, the
    issuers ran into the phone number, and the document had no 署名."""
    prose = "各地各部门要高度重视某某工作，切实加强组织领导，确保各项工作落到实处。" * 4 + "请认真贯彻执行。"
    wrapped = "\n".join(prose[i:i + 20] for i in range(0, len(prose), 20))
    text = ("某某市人民政府办公室关于某某工作的批复\n某府办发〔2018〕1号\n\n各有关单位：\n"
            f"{wrapped}\n联系人：张三　　联系电话：0571-12345678\n\n                      —1—\n"
            "\f浙江省人民政府公报    2018年第12期\n\n某某市人民政府办公室　　某某省财政厅\n2018年6月14日\n")
    (doc,) = parse(text).documents
    assert doc.signatories == ["某某市人民政府办公室", "某某省财政厅"] and doc.date == "2018-06-14"
    assert [p.text for p in doc.preamble] == [prose, "联系人：张三 联系电话：0571-12345678"]


@pytest.mark.parametrize(("head", "title"), [
    ("某某省国民经济和社会发展第十四个五年规划\n和二〇三五年远景目标纲要",
     "某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
    ("# 某某省国民经济和社会发展第十四个五年规划\n\n# 和二〇三五年远景目标纲要",  # (MinerU: two headings)
     "某某省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"),
    ("某某市“十四五”生态环境保护\n规划", "某某市“十四五”生态环境保护规划"),
    ("某某省数字经济发展\n三年行动计划（2023—2025年）", "某某省数字经济发展三年行动计划（2023—2025年）"),
])
def test_a_plans_title_printed_over_two_lines_in_a_short_text(head: str, title: str) -> None:
    """A plan published by itself: its title names no 文种, and the text is too short to tell a wrap. The title's
    second line opens with a conjunction, or ends the title where the first does not."""
    text = head + "\n\n为加快发展，制定本规划。\n\n第一章　发展基础\n\n全省经济实力显著增强。\n\n第二章　发展环境\n\n我省发展仍处于重要战略机遇期。\n"
    (doc,) = parse(text).documents
    assert doc.title == title
    assert [p.text for p in doc.preamble] == ["为加快发展，制定本规划。"] and len(doc.sections) == 2


@pytest.mark.parametrize("second", ["（2023—2025年）", "某某省人民政府办公厅"])
def test_a_plans_title_keeps_what_does_not_end_it_under_it(second: str) -> None:
    """A title that ends as a plan's over a line that does not go on it (its years, an organ's byline)."""
    text = f"某某省数字经济发展三年行动计划\n{second}\n\n为加快发展，制定本计划。\n\n一、总体要求\n\n坚持创新驱动。\n"
    (doc,) = parse(text).documents
    assert doc.title == "某某省数字经济发展三年行动计划"


GUANGDONG_DOC = ("广东省人民政府公报\n\n2023年 第15期 (总第1783期)\n\n# 广东省人民政府关于某某工作的通知\n\n粤府〔2023〕45号\n\n"
                 "各地级以上市人民政府:\n\n现就某某工作通知如下。\n\n广东省人民政府\n\n2023年5月10日\n\n")


@pytest.mark.parametrize("colophon", [
    "<table><tr><td>主管主办:广东省人民政府</td><td>编辑出版:广东省人民政府办公厅</td></tr>"
    "<tr><td>国内统一连续出版物号:CN44-1062/D</td><td>出版日期:2023年5月30日</td></tr></table>",
    "|主管主办:广东省人民政府|编辑出版:广东省人民政府办公厅|\n|---|---|\n|国内统一连续出版物号:CN44-1062/D|出版日期:2023年5月30日|",
    "主管主办:广东省人民政府\t编辑出版:广东省人民政府办公厅\n国内统一连续出版物号:CN44-1062/D\t出版日期:2023年5月30日",
    "主管主办:广东省人民政府          编辑出版:广东省人民政府办公厅\n国内统一连续出版物号:CN44-1062/D     出版日期:2023年5月30日",
])
def test_a_colophon_laid_out_as_a_table_or_in_columns(colophon: str) -> None:
    """MinerU draws the colophon at the back as an HTML table; other converters as a pipe table, TABs, or columns
    set apart with spaces: each field is read, and no line of it is left unclassified."""
    result = parse(GUANGDONG_DOC + colophon + "\n")
    g = result.gazette
    assert g is not None and (g.sponsor, g.editor, g.cn_number, g.publication_date) == (
        "广东省人民政府", "广东省人民政府办公厅", "CN44-1062/D", "2023-05-30")
    assert g.colophon_span is not None and g.colophon_span.end_line == len((GUANGDONG_DOC + colophon).split("\n"))
    assert not result.unclassified and len(result.documents) == 1


def test_a_table_of_other_fields_is_no_colophon() -> None:
    """A document's table whose cells hold keys and values a colophon also holds (电话, 地址) is the document's."""
    table = "|单位|地址:广州市某某路1号|电话:020-12345678|\n|---|---|---|\n|某某局|地址:广州市某某路2号|电话:020-87654321|\n"
    result = parse(GUANGDONG_DOC.replace("现就某某工作通知如下。\n\n", "现就某某工作通知如下。\n\n" + table + "\n"))
    assert result.gazette is not None and result.gazette.colophon_span is None
    assert len(result.documents[0].tables) == 1


@pytest.mark.parametrize(("line", "signatories"), [
    ("广东省财政厅 广东省税务局", ["广东省财政厅", "广东省税务局"]),
    ("省长 王某某", ["省长 王某某"]),
    ("国 务 院", ["国务院"]),
])
def test_signatures_one_space_apart(line: str, signatories: list[str]) -> None:
    """A converter that narrows every gap to one space: organs side by side are a 署名 each; an office and a name,
    or a letter-spaced name, are one."""
    text = f"广东省财政厅关于某某事项的公告\n\n根据有关规定，现将某某事项公告如下：\n\n一、本公告适用于全省。\n\n特此公告。\n\n{line}\n\n2023年5月20日\n"
    (doc,) = parse(text).documents
    assert doc.signatories == signatories


@pytest.mark.parametrize(("closing", "signatories"), [
    ("某某省人民政府（印章）", ["某某省人民政府"]),
    ("某某省人民政府　[印章]", ["某某省人民政府"]),
    ("某某省人民政府\n【印章】", ["某某省人民政府"]),
    ("某某省人民政府办公厅（印章）　某某省财政厅（印章）", ["某某省人民政府办公厅", "某某省财政厅"]),
    ("某某省人民政府办公厅（代章）", ["某某省人民政府办公厅"]),
])
def test_where_the_seal_goes_beside_the_signature(closing: str, signatories: list[str]) -> None:
    """A scan's or a transcript's mark of the seal after the 署名 on its line, or in square brackets: the 署名 is
    read without it. Before, the line was the last paragraph of the body, and the document had no 署名."""
    text = (f"某某省人民政府关于某某事项的通知\n某政发〔2023〕5号\n\n各市人民政府：\n现将有关事项通知如下。\n一、加强领导。\n\n"
            f"{closing}\n2023年5月6日\n")
    result = parse(text)
    (doc,) = result.documents
    assert (doc.signatories, doc.date) == (signatories, "2023-05-06")
    assert [p.text for p in doc.sections[0].paragraphs] == ["加强领导。"] and not result.unclassified


def test_a_signature_with_the_seals_mark_as_wide_as_the_wrap_under_a_sentence_that_fills_the_line() -> None:
    # Text wrapped at 28 columns: the sentence above ends at the wrap, and the 署名 with the seal's mark after it is as
    # wide; a full line goes on in the next (a wrap may cut a name), but none cuts a name before the seal's mark.
    # Before, the 署名 was the end of the paragraph above and the document had none.
    body = "各地各部门要高度重视加强生态环境保护工作，确保落到实处。" * 5
    lines = [body[i:i + 14] for i in range(0, len(body), 14)]
    text = ("某某市人民政府办公室关于加强生\n态环境保护工作的通报\n某府办发〔2019〕3号\n各区人民政府，市政府各部门：\n"
            + "\n".join(lines) + "\n某某市人民政府办公室［印章］\n2019年8月22日\n")
    assert {len(line) for line in lines} == {14} and len("某某市人民政府办公室［印章］") == 14
    (doc,) = parse(text).documents
    assert (doc.signatories, doc.date) == (["某某市人民政府办公室"], "2019-08-22")
    assert doc.preamble[-1].text.endswith("确保落到实处。")


LISTED_ATTACHMENT_ISSUE = """某某省人民政府公报
2023年第4期

目　　录

【省政府文件】
某某省人民政府关于公布某某名单的通知
（某政发〔2023〕4号）……………………………………………………… 6
　　{listed} …………………………………………………………… 7
某某省人民政府关于某某工作的通知
（某政发〔2023〕5号）……………………………………………………… 9

某某省人民政府关于公布某某名单的通知
某政发〔2023〕4号

各市、县（市、区）人民政府：
经研究，现将某某名单予以公布。

附件：某某名单

某某省人民政府
2023年2月8日

附件

某某名单

张三　某某厅
李四　某某局

某某省人民政府关于某某工作的通知
某政发〔2023〕5号

各市、县（市、区）人民政府：
现就某某工作通知如下。

某某省人民政府
2023年2月9日
"""


@pytest.mark.parametrize("listed", ["附件：某某名单", "附：某某名单", "附件1：某某名单"])
def test_an_attachment_listed_under_its_documents_toc_entry(listed: str) -> None:
    """A TOC that lists an attachment under its document's entry: the entry points at the document that holds it,
    and no document starts at the 附件说明 that prints the same words. Before, the 附件说明 line opened a document."""
    result = parse(LISTED_ATTACHMENT_ISSUE.format(listed=listed))
    assert [d.title for d in result.documents] == ["某某省人民政府关于公布某某名单的通知", "某某省人民政府关于某某工作的通知"]
    assert [(e.title, e.document) for e in result.toc] == [
        ("某某省人民政府关于公布某某名单的通知", 0), (listed, 0), ("某某省人民政府关于某某工作的通知", 1)]
    doc = result.documents[0]
    assert [n.title for n in doc.attachment_notes] == ["某某名单"] and [a.title for a in doc.attachments] == ["某某名单"]
    assert (doc.signatories, doc.date) == (["某某省人民政府"], "2023-02-08")
    assert not [x for x in result.diagnostics if x.code.startswith(("T", "A", "D"))]


@pytest.mark.parametrize("pages", [True, False])
def test_attachments_a_toc_lists_by_their_number_under_its_documents_entry(pages: bool) -> None:
    """附件：1.某某名单 / 2.某某表 under a document's entry, with their pages or without: both point at the
    document, the second keeps its number. Before, the second was an entry that matched no document (T001), or,
    without pages, the lines ran into the next entry's title (T002)."""
    listed = ("　　附件：1.某某名单 ……………………… 7\n　　　　　2.某某表 ……………………… 8" if pages
              else "　　附件：1.某某名单\n　　　　　2.某某表")
    text = (LISTED_ATTACHMENT_ISSUE.replace("　　{listed} …………………………………………………………… 7", listed)
            .replace("附件：某某名单\n\n某某省人民政府", "附件：1.某某名单\n　　　2.某某表\n\n某某省人民政府")
            .replace("附件\n\n某某名单", "附件1\n\n某某名单")
            .replace("李四　某某局\n", "李四　某某局\n\n附件2\n\n某某表\n\n甲乙丙丁\n"))
    result = parse(text)
    assert [(e.title, e.page, e.document) for e in result.toc] == [
        ("某某省人民政府关于公布某某名单的通知", 6, 0), ("附件：1.某某名单", 7 if pages else None, 0),
        ("2.某某表", 8 if pages else None, 0), ("某某省人民政府关于某某工作的通知", 9, 1)]
    assert [a.title for a in result.documents[0].attachments] == ["某某名单", "某某表"]
    assert not [x for x in result.diagnostics if x.code.startswith(("T", "A", "D"))]


def test_attachments_a_toc_lists_under_an_entry_the_first_numbered_with_a_letter() -> None:
    """附件：l.某某名单 / 2.某某表 under a document's entry, an OCR's letter for the first 1: both point at the
    document. Before, the second ran into the next entry's title."""
    text = (LISTED_ATTACHMENT_ISSUE.replace("　　{listed} …………………………………………………………… 7", "　　附件：l.某某名单\n　　　　　2.某某表")
            .replace("附件：某某名单\n\n某某省人民政府", "附件：1.某某名单\n　　　2.某某表\n\n某某省人民政府")
            .replace("附件\n\n某某名单", "附件1\n\n某某名单")
            .replace("李四　某某局\n", "李四　某某局\n\n附件2\n\n某某表\n\n甲乙丙丁\n"))
    result = parse(text)
    assert [(e.title, e.document) for e in result.toc] == [
        ("某某省人民政府关于公布某某名单的通知", 0), ("附件：l.某某名单", 0), ("2.某某表", 0), ("某某省人民政府关于某某工作的通知", 1)]
    assert not [x for x in result.diagnostics if x.code.startswith(("T", "A", "D"))]
    line = result.toc[1].span.start_line
    assert [(d.code, d.span.start_line, d.column) for d in result.diagnostics if d.code == "X013"] == [
        ("X013", line, text.splitlines()[line - 1].index("l") + 1)]


def test_an_attachment_listed_without_a_page_under_a_paged_tocs_last_entry() -> None:
    """A pageless 附件：… under the last entry of a TOC with pages is an entry too. Before, it was read as the first
    document's page metadata (附件: 某某名单)."""
    first, second = LISTED_ATTACHMENT_ISSUE.split("\n\n某某省人民政府关于公布某某名单的通知\n某政发", 1)[1].split(
        "\n\n某某省人民政府关于某某工作的通知\n某政发")
    toc = ("某某省人民政府公报\n2023年第4期\n\n目　　录\n\n【省政府文件】\n某某省人民政府关于某某工作的通知\n"
           "（某政发〔2023〕5号）………………………………… 6\n某某省人民政府关于公布某某名单的通知\n"
           "（某政发〔2023〕4号）………………………………… 8\n　　附件：某某名单\n")
    result = parse(toc + "\n某某省人民政府关于某某工作的通知\n某政发" + second
                   + "\n某某省人民政府关于公布某某名单的通知\n某政发" + first)
    assert [(e.title, e.page, e.document) for e in result.toc] == [
        ("某某省人民政府关于某某工作的通知", 6, 0), ("某某省人民政府关于公布某某名单的通知", 8, 1), ("附件：某某名单", None, 1)]
    assert [a.title for a in result.documents[1].attachments] == ["某某名单"]
    assert all(not d.metadata for d in result.documents)
    assert not [x for x in result.diagnostics if x.code.startswith(("T", "A", "D"))]


def test_a_letter_spaced_toc_in_html_reads_its_pages() -> None:
    """A web page that letter-spaces each paragraph (<p>某 某 … … 1 0</p>): a TOC entry's page is 10, as in plain
    text. Before, the markup was stripped and the spaced page then taken for columns: no page."""
    lines = ["某某省人民政府公报", "2021年第14期", "目录", "某某省人民政府关于做好防汛工作的通知……2",
             "某某省人民政府关于加快养老服务业发展的意见……10",
             "某某省人民政府关于做好防汛工作的通知", "某政发〔2021〕1号", "各市人民政府：", "现就有关事项通知如下。",
             "某某省人民政府", "2021年3月19日",
             "某某省人民政府关于加快养老服务业发展的意见", "某政发〔2021〕2号", "各市人民政府：", "现提出如下意见。",
             "某某省人民政府", "2021年3月20日"]
    html = "<html><body>\n" + "".join(f'<p style="text-indent:2em">{" ".join(ln)}</p>\n' for ln in lines) + "</body></html>\n"
    result = parse(html)
    assert [(e.page, e.document) for e in result.toc] == [(2, 0), (10, 1)]


@pytest.mark.parametrize(("line", "header"), [
    ("国务院文件                                    中华人民共和国国务院公报", True),
    ("中华人民共和国国务院公报　　　　　　　　　国务院令", True),
    ("部门文件                                    中华人民共和国国务院公报", True),
    ("国务院文件中华人民共和国国务院公报", False),  # (no gap: no header laid out at both margins)
    ("关于订阅　　中华人民共和国国务院公报", False),
    ("国务院办公厅关于做好订阅工作的通知　　中华人民共和国国务院公报", False),
])
def test_a_running_header_with_the_name_of_the_part_beside_the_title(line: str, header: bool) -> None:
    """The 国务院公报 heads its odd pages with the part they print (国务院文件) at one margin and its title at the
    other. Before, such a line was a document of its own (…公报, a 公报), cutting the document it stands in."""
    found = page_furniture(line, "中华人民共和国国务院公报")
    assert (found is not None and found[0] == "running-header") is header
    if header:
        text = ("中华人民共和国国务院公报\n2023年第5号\n\n国务院关于某某工作的通知\n国发〔2023〕3号\n\n各省、自治区、直辖市人民政府：\n"
                "    为做好某某工作，现通知如下。\n    一、提高认识。各地区要充分认识做好某某工作的重要意义，切实增强责任感。\n\n"
                "                     — 4 —\n\f" + line + "\n\n    二、狠抓落实。各地区要抓好落实。\n\n"
                "                                          国务院\n                                  2023年1月31日\n")
        result = parse(text)
        (doc,) = result.documents
        assert [s.marker for s in doc.sections] == ["一、", "二、"] and doc.signatories == ["国务院"]
        assert not result.unclassified


@pytest.mark.parametrize("rows", [
    "1\t某某区\t某某街道\t100\n2\t某某县\t某某镇\t200\n3\t某某市\t某某乡\t300",
    "| 1 | 某某区 | 某某街道 | 100 |\n|---|---|---|---|\n| 2 | 某某县 | 某某镇 | 200 |\n| 3 | 某某市 | 某某乡 | 300 |",
    "（1）\t某某区\t某某街道\t100\n（2）\t某某县\t某某镇\t200\n（3）\t某某市\t某某乡\t300",
])
def test_a_table_whose_rows_are_numbered_from_its_first_has_no_header(rows: str) -> None:
    """A table printed without its header (or a converter lost it): its first row, numbered 1 as the rows under it
    count on, is data. Before, it was taken for the header."""
    text = f"某某市人民政府办公室关于公布某某名单的通知\n某府办发〔2023〕3号\n\n各区人民政府：\n现将名单公布如下。\n\n{rows}\n\n某某市人民政府办公室\n2023年1月20日\n"
    (table,) = parse(text).documents[0].tables
    assert table.header == [] and [r[1] for r in table.rows] == ["某某区", "某某县", "某某市"]
    if "\t" in rows:  # (under a header, the rows are the rows)
        (headed,) = parse(text.replace(rows, "序号\t区\t街道\t人数\n" + rows)).documents[0].tables
        assert headed.header == ["序号", "区", "街道", "人数"] and len(headed.rows) == 3


def test_joint_issuers_the_wrap_cut_under_an_attachment_note_at_the_wrap() -> None:
    """Hard-wrapped at 36 columns: the 附件说明 fills its line, a page break, then the issuers side by side, the
    last cut by the wrap. The issuers are a 署名, not the rest of the attachment's title."""
    prose = "各地各部门要高度重视推进数字政府建设工作，切实加强组织领导，确保各项工作都落到实处。" * 3
    wrapped = [prose[i:i + 18] for i in range(0, len(prose), 18)]
    text = "\n".join(["某某省发展和改革委员会关于某某工作的批复", "某发改〔2020〕2号", "", "各有关单位：", *wrapped,
                      "", "附件：深化农村改革第2项任务分工表", "", "                —1—", "\f", "某某省发展和改革委员会　　某某省财政",
                      "厅", "2020年4月6日", "", "附件", "", "深化农村改革第2项任务分工表", "", "序号\t任务", "1\t加强领导"]) + "\n"
    (doc,) = parse(text).documents
    assert [n.title for n in doc.attachment_notes] == ["深化农村改革第2项任务分工表"]
    assert (doc.signatories, doc.date) == (["某某省发展和改革委员会", "某某省财政厅"], "2020-04-06")


@pytest.mark.parametrize("organ", ["闵行区", "某某区人民政府"])
def test_a_place_or_organ_over_the_number_under_the_title(organ: str) -> None:
    """A district's site prints the title, then the organ (or the place that stands for it) over the 文号, then
    the time it was issued: the organ is the issuer, not the end of the title, and the 发文时间 is the page's."""
    text = (f"# 关于印发《某某区促进工业发展的若干政策意见的操作细则》的通知\n\n{organ}\n某经委规发〔2024〕1号\n发文时间：2024-05-08\n\n"
            "各镇人民政府、街道办事处，区政府各委、办、局：\n现将《某某区促进工业发展的若干政策意见的操作细则》印发你们，请认真遵照执行。\n\n"
            "## 一、支持标准\n对首次获评专精特新中小企业的，给予资助。\n")
    (doc,) = parse(text).documents
    assert (doc.title, doc.kind, doc.issuer, doc.doc_number and doc.doc_number.text) == (
        "关于印发《某某区促进工业发展的若干政策意见的操作细则》的通知", "通知", organ, "某经委规发〔2024〕1号")
    assert doc.metadata == {"发文时间": "2024-05-08"}
    assert doc.addressees == ["各镇人民政府、街道办事处", "区政府各委、办、局"]


def test_articles_after_a_lost_page_are_articles() -> None:
    """A converter that lost a page leaves a gap in a law's articles: the articles after it, set apart from their
    text as the law prints each, are articles still (with X003); a paragraph that opens by citing an article
    runs on as text."""
    text = ("某某省某某管理办法\n\n第一章　总　　则\n\n第一条　为了加强管理，制定本办法。\n\n第二条　本办法适用于本省。\n\n"
            "第十四条规定的事项，由省人民政府另行规定。\n\n第十五条　违反本办法的，依法处理。\n\n第十六条　本办法自公布之日起施行。\n")
    result = parse(text)
    (doc,) = result.documents
    (chapter,) = doc.sections
    assert [s.marker for s in chapter.sections] == ["第一条", "第二条", "第十五条", "第十六条"]
    assert chapter.sections[1].paragraphs[-1].text.startswith("第十四条规定的事项")
    assert [(d.code, d.span.start_line) for d in result.diagnostics if d.code == "X003"] == [("X003", 11)]


@pytest.mark.parametrize(("first", "second", "far", "nested"), [("七、", "八、", "十、", ("（一）", "（二）")),
                                                            ("（三）", "（四）", "（六）", ("1.", "2.")),
                                                            ("5.", "6.", "8.", ("（1）", "（2）"))])
def test_an_excerpt_numbered_from_past_one_has_its_sections(first: str, second: str, far: str,
                                                            nested: tuple[str, str]) -> None:
    """An excerpt (节选) that opens at its seventh part: its numbered parts are sections still, where the next
    marker of the kind goes on from the first (X003 says where the numbering opens); a lone marker past one, or
    two not in a row, stay text, and so does a law's article quoted alone (第十九条　…)."""
    text = (f"某某省人民政府关于加强安全生产工作的意见（节选）\n\n某政发〔2019〕12号\n\n{first}加强组织领导\n各地要加强组织领导。\n"
            f"{second}强化督促检查\n{nested[0]}开展督查。各地要开展督查。\n{nested[1]}严格考核。各地要严格考核。\n\n"
            "某某省人民政府\n2019年3月5日\n")
    result = parse(text)
    (doc,) = result.documents
    assert [(s.marker, s.title) for s in doc.sections] == [(first, "加强组织领导"), (second, "强化督促检查")]
    assert [s.marker for s in doc.sections[1].sections] == list(nested) and not doc.preamble
    assert [(d.code, d.span.start_line) for d in result.diagnostics] == [("X003", 5)]
    (apart,) = parse(text.replace(second, far)).documents
    assert apart.preamble[0].text.startswith(first) and first not in [s.marker for s in apart.sections]
    (alone,) = parse(text.replace(f"{second}强化督促检查\n", "")).documents
    assert alone.preamble[0].text.startswith(first)
    (quoted,) = parse(text.replace(first, "第十九条　").replace(second, "第二十条　")).documents
    assert not quoted.sections[:1] or quoted.sections[0].marker_kind != "tiao"


@pytest.mark.parametrize("cut", ["\n\n", "\n\n\n\n"])
def test_a_list_of_notes_under_a_table_goes_on_over_a_note_a_page_break_cut(cut: str) -> None:
    """The notes under a table (注：1.… 2.…) are no sections, also after a note a page break cut in the middle of
    a sentence: before, the list ended there, and the next note, numbered one past the items above the table,
    was read as their next item."""
    text = ("某某市人民政府关于做好某某工作的通知\n\n某府发〔2023〕1号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n"
            "一、工作任务\n\n1.加强领导。各地要加强领导。\n\n2.落实责任。各地要落实责任。\n\n"
            "序号\t任务\t牵头单位\n1\t加强领导\t某某厅\n2\t落实责任\t某某局\n\n注：\n\n1.本表由某某厅负责解释。\n\n"
            f"2.各地应当按照《某某数据管理{cut}办法》报送数据。\n\n3.本表自印发之日起施行。\n\n某某市人民政府\n\n2023年5月6日\n")
    (doc,) = parse(text).documents
    (part,) = doc.sections
    assert [s.marker for s in part.sections] == ["1.", "2."]
    assert part.sections[-1].paragraphs[-1].text == "3.本表自印发之日起施行。"
    (whole,) = parse(text.replace(cut + "办法", "办法")).documents
    assert [s.marker for s in whole.sections[0].sections] == ["1.", "2."]


PLAN_WITH_BOXES = (
    "某某省数字经济发展“十四五”规划\n\n一、发展基础\n"
    "“十三五”以来，全省深入实施数字经济“一号工程”，数字经济规模持续扩大，数字产业化和产业数字化水平显著提升。\n"
    "二、重点任务\n（一）建设数字基础设施\n"
    "1.加快新一代通信网络建设。到2025年，建成5G基站10万个，实现城乡5G网络全覆盖，千兆光网覆盖所有城区。\n"
    "{head1}\n{a}网络覆盖工程。新建5G基站6万个。\n{b}数据中心工程。建设3个大型数据中心。\n{c}工业互联网工程。建设二级节点20个。\n"
    "2.推进算力设施建设。统筹布局算力中心，推动数据中心绿色集约发展，提升算力资源供给能力和使用效率。\n"
    "（二）发展数字产业\n1.做强集成电路产业。加快建设集成电路产业基地，突破一批关键核心技术。\n"
    "{head2}\n{a}集成电路工程。\n{b}软件工程。\n"
    "三、保障措施\n加强组织领导，完善工作机制，强化要素保障，确保各项任务落到实处。\n")


@pytest.mark.parametrize(("head1", "head2"), [("专栏1　数字基础设施重点工程", "专栏2　数字产业重点工程"),
                                              ("专栏一：数字基础设施重点工程", "专栏二：数字产业重点工程"),
                                              ("专栏1", "专栏2")])
@pytest.mark.parametrize("items", [("1.", "2.", "3."), ("（1）", "（2）", "（3）"), ("①", "②", "③")])
def test_the_list_in_a_plans_box_is_no_part_of_its_numbering(head1: str, head2: str, items: tuple[str, ...]) -> None:
    """A plan (规划) prints boxes (专栏1　某某重点工程) beside its text, each with a list numbered from one: the
    list is the text of the section the box stands in, and the text's own numbering goes on after it (2. after
    the box under 1., 三、 after the box at the end of 二、). Before, the box's items were sections, 1. again
    under 1., and the text's 2. after them was text. (Where the box's list and the text's numbering could both go
    on, 三、 after a box's 一、 and 二、, see the test below.)"""
    text = PLAN_WITH_BOXES.format(head1=head1, head2=head2, a=items[0], b=items[1], c=items[2])
    head1, head2 = head1.replace("　", ""), head2.replace("　", "")  # (a space between Han goes)
    (doc,) = parse(text).documents
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、"]
    first, second = doc.sections[1].sections
    assert [(s.marker, s.title) for s in first.sections] == [("1.", "加快新一代通信网络建设"), ("2.", "推进算力设施建设")]
    assert [p.text for p in first.sections[0].paragraphs][1:] == [
        head1, f"{items[0]}网络覆盖工程。新建5G基站6万个。", f"{items[1]}数据中心工程。建设3个大型数据中心。",
        f"{items[2]}工业互联网工程。建设二级节点20个。"]
    assert [s.marker for s in second.sections] == ["1."]
    assert [p.text for p in second.sections[0].paragraphs][1:] == [head2, f"{items[0]}集成电路工程。", f"{items[1]}软件工程。"]


@pytest.mark.parametrize(("box", "after", "texts"), [
    # the box's items sentences, the text's headings alone: 三、 a heading alone is the text's
    (("一、产业升级工程。建设示范园区10个。", "二、创新平台工程。建设重点实验室20个。"), "三、保障措施", True),
    (("一、产业升级工程，建设示范园区10个", "二、创新平台工程，建设重点实验室20个"), "三、保障措施", True),
    # 三、 a sentence as the box's items are: the box's third
    (("一、产业升级工程。建设示范园区10个。", "二、创新平台工程。建设重点实验室20个。"), "三、人才培育工程。培育人才1000名。",
     False),
    # the box's items headings alone as the text's are: nothing tells them apart, the box's list goes on
    (("一、产业升级工程", "二、创新平台工程"), "三、保障措施", False)])
def test_a_heading_after_a_box_numbered_as_the_text_is_reads_as_its_kind_does(
        box: tuple[str, str], after: str, texts: bool) -> None:
    """A box numbered 一、 二、 at the end of the text's 二、, and 三、 under it, which goes on both: it is the text's
    where it reads as the text's headings do (a heading alone) and not as the box's items do (sentences). Before,
    the box's list always went on, and the text's 三、 and all under it were the box's."""
    text = ("某某发展规划\n\n一、发展基础\n过去五年，全省发展取得显著成效。\n二、主要任务\n（一）推进产业升级。加快传统产业改造。\n"
            f"专栏1　重点工程\n{box[0]}\n{box[1]}\n{after}\n加强组织领导，完善工作机制。\n")
    (doc,) = parse(text).documents
    assert [s.marker for s in doc.sections] == (["一、", "二、", "三、"] if texts else ["一、", "二、"])
    (first,) = doc.sections[1].sections
    assert [p.text for p in first.paragraphs][1:4] == ["专栏1重点工程", box[0], box[1]]
    if texts:
        assert (doc.sections[2].title, [p.text for p in doc.sections[2].paragraphs]) == ("保障措施", ["加强组织领导，完善工作机制。"])
    else:
        assert [p.text for p in first.paragraphs][4:] == [after, "加强组织领导，完善工作机制。"]


def test_a_box_without_a_list_under_its_title_leaves_the_numbering_below_it_alone() -> None:
    """A box whose lines are not numbered, at the head of a plan: the sections under it are the text's."""
    text = ("某某市养老服务发展规划\n\n专栏1　主要指标\n养老机构护理型床位占比达到55%以上\n"
            "社区养老服务设施覆盖率达到100%\n每千名老年人拥有养老床位数达到40张\n"
            "一、发展基础\n全市养老服务体系不断完善，服务能力持续提升，老年人获得感明显增强。\n"
            "二、主要任务\n加快构建居家社区机构相协调、医养康养相结合的养老服务体系。\n")
    (doc,) = parse(text).documents
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert doc.preamble[0].text == "专栏1主要指标"


def test_half_width_full_stops_end_sentences_but_decimal_points_do_not() -> None:
    # OCR, or a converter that makes all punctuation half-width, prints 。 as ``.``. A sentence ending in one is
    # ended: a run-in title stops at it (not at a decimal point), a stop a page break put on a line of its own
    # goes on the sentence, and the 署名 under a sentence ending in one is no part of it. Before, the title and
    # its text were one, the ``.`` was a paragraph of its own and the 署名 ran into the body's last paragraph.
    text = ("某某市人民政府关于某某工作的通知\n\n某府发〔2023〕1号\n\n各区人民政府:\n\n"
            "为做好某某工作,现通知如下.\n"
            "(一)扩大市场化交易规模.2023年交易电量达到2000亿千瓦时.\n"
            "(二)主要指标增长6.5%左右.各地要抓好落实\n"
            "\n\n                  —3—\n\f\n.\n"
            "某某市人民政府\n2023年3月1日\n")
    doc = parse(text).documents[0]
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        ("扩大市场化交易规模", ["2023年交易电量达到2000亿千瓦时."]),
        ("主要指标增长6.5%左右", ["各地要抓好落实."]),
    ]
    assert doc.signatories == ["某某市人民政府"] and doc.date == "2023-03-01"


def test_organs_stacked_over_a_red_header_are_no_sentence_ending_in_a_half_width_stop() -> None:
    # A red header that names its issuer (某某市人民政府文件) stacks more organs above it where a document may open
    # (here under a table); a section's heading and its sentence ending in a half-width ``.`` (OCR) above it are
    # the document before it. Before, they were taken for issuers (二、农业、全年粮食产量比上年增长1.2%.、某某市人民
    # 政府) and the document above lost its section.
    text = ("某某省统计局关于2023年统计工作的报告\n\n某统〔2023〕2号\n\n省人民政府:\n\n"
            "2023年,全省经济运行稳中有进.\n一、综合\n初步核算,全省生产总值比上年增长3.6%.\n"
            "表1　主要经济指标\n指标\t绝对数\t增长(%)\n生产总值\t64613\t3.6\n"
            "二、农业\n全年粮食产量比上年增长1.2%.\n\n"
            "某某市人民政府文件\n\n某府发〔2023〕3号\n\n某某市人民政府关于规范行政执法的通报\n\n"
            "各区人民政府:\n为规范行政执法,现通报如下.\n\n某某市人民政府\n2023年5月9日\n")
    report, notice = parse(text).documents
    assert [s.marker for s in report.sections] == ["一、", "二、"]
    assert notice.issuer == "某某市人民政府" and notice.title == "某某市人民政府关于规范行政执法的通报"


def test_closing_clauses_after_the_last_section_close_the_text() -> None:
    # A 修改决定's last item is one sentence, like the others, and the clauses under it (when it takes effect, what
    # is republished) close the decision. Before, they were the last item's paragraphs, and the item, so headed,
    # took its sentence for a title (删去第五条).
    text = ("某某省人民代表大会常务委员会关于修改《某某省某某条例》的决定\n\n"
            "（2023年7月28日某某省第十四届人民代表大会常务委员会第四次会议通过）\n\n"
            "某某省第十四届人民代表大会常务委员会第四次会议决定，对《某某省某某条例》作如下修改：\n\n"
            "一、将第十条修改为：“县级以上人民政府应当加强某某工作。”\n\n二、删去第五条。\n\n"
            "本决定自2024年1月1日起施行。\n\n《某某省某某条例》根据本决定作相应修改，重新公布。\n")
    doc = parse(text).documents[0]
    assert [(s.marker, s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        ("一、", None, ["将第十条修改为：“县级以上人民政府应当加强某某工作。”"]), ("二、", None, ["删去第五条。"])]
    assert [p.text for p in doc.closing_formula] == [
        "本决定自2024年1月1日起施行。", "《某某省某某条例》根据本决定作相应修改，重新公布。"]


@pytest.mark.parametrize(("last", "closes"), [
    ("三、保障措施\n\n各地要加强组织领导。\n\n", True),
    ("三、附则\n\n本办法由某某局负责解释。\n\n", False),  # the 附则's own provision
    ("", False),  # no section: the clause is the text's
])
def test_a_notice_s_clause_of_when_it_takes_effect(last: str, closes: bool) -> None:
    # 本通知自印发之日起施行 under the last section (before 特此通知) closes the notice, but not in its 附则, nor in
    # a text without sections.
    sections = "一、总体要求\n\n到2025年取得明显成效。\n\n二、工作措施\n\n各区要抓好落实。\n\n" if last else ""
    text = ("某某市人民政府关于某某工作的通知\n\n某府发〔2023〕1号\n\n各区人民政府：\n\n现就有关事项通知如下。\n\n"
            f"{sections}{last}本通知自印发之日起施行，有效期5年。\n\n特此通知。\n\n某某市人民政府\n\n2023年3月1日\n")
    doc = parse(text).documents[0]
    clause = "本通知自印发之日起施行，有效期5年。"
    assert [p.text for p in doc.closing_formula] == ([clause, "特此通知。"] if closes else ["特此通知。"])
    assert (clause in [p.text for p in (doc.sections[-1].paragraphs if doc.sections else doc.preamble)]) != closes


#: An issue of one notice, ready for its colophon.
ONE_NOTICE_ISSUE = ("某某省人民政府公报\n2023年第5期\n\n某某省人民政府关于某事的通知\n\n某政发〔2023〕1号\n\n各市人民政府：\n\n"
                    "　　现就有关事项通知如下。\n\n某某省人民政府\n\n2023年3月1日\n\n")


def test_a_colophon_field_cut_before_its_colon() -> None:
    # Word's source (or a wrap) cut a colophon's field before its colon: 国内统一刊号 / ：CN33-1354/D. Before, the
    # lines were unclassified and the CN number was lost.
    result = parse(ONE_NOTICE_ISSUE + "编辑出版：某某省人民政府办公厅\n国内统一刊号\n：CN33-1354/D\n")
    assert result.gazette is not None and result.gazette.cn_number == "CN33-1354/D"
    assert not result.unclassified


def test_a_clause_of_when_it_takes_effect_under_its_article_s_heading_is_the_article_s() -> None:
    # 第三条（施行日期） / 本办法自…起施行。: the article's own text, under its heading, not a clause that closes the
    # text after it.
    text = ("某某市某某管理办法\n\n（2020年3月10日某某市人民政府令第31号公布）\n\n第一条（目的和依据）\n"
            "为了加强本市某某管理，制定本办法。\n第二条（适用范围）\n本办法适用于本市行政区域。\n第三条（施行日期）\n"
            "本办法自2020年5月1日起施行。\n")
    doc = parse(text).documents[0]
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections][-1] == (
        "施行日期", ["本办法自2020年5月1日起施行。"])
    assert doc.closing_formula == []


@pytest.mark.parametrize("fields", [
    "主管主办：某某省人民政府 编辑出版：某某省人民政府办公厅\n国内统一刊号：CN33-1354/D 出版日期：2023年5月30日\n",
    "主管主办：某某省人民政府　　　　编\n辑出版：某某省人民政府办公厅\n国内统一刊号：CN33-1354/D　　　　出版日期：2023年5月30日\n",
])
def test_colophon_fields_one_space_apart_or_a_key_cut_by_the_wrap(fields: str) -> None:
    # A converter that collapses the gap between fields side by side leaves one space (HTML, Word's); a wrap may cut
    # the second field's key (编 / 辑出版：). Before, the first field's value took in the second field, or both
    # lines were unclassified.
    result = parse(ONE_NOTICE_ISSUE + fields)
    assert result.gazette is not None and result.gazette.colophon_fields == {
        "主管主办": "某某省人民政府", "编辑出版": "某某省人民政府办公厅", "国内统一刊号": "CN33-1354/D",
        "出版日期": "2023年5月30日"}
    assert result.gazette.publication_date == "2023-05-30" and not result.unclassified


def test_word_html_whose_source_wraps_inside_tags_and_paragraphs() -> None:
    # Word's HTML wraps its source inside a tag (<span / lang=… style='…'>text) and inside a paragraph's text: the
    # masthead's lines cut so (the title in English, the issue line) are read whole. Before, the masthead was
    # lost (its lines unclassified).
    p = "<p class=MsoNormal style='text-indent:32.0pt'><span\nlang=EN-US style='font-size:16.0pt'>{}<o:p></o:p></span></p>"
    paragraphs = ["GUANGDONG\nPROVINCIAL PEOPLE&#x27;S GOVERNMENT GAZETTE", "广东省人民政府公报", "2023年第15期（总第1783\n期）",
                  "5月30日出版", "广东省人民政府关于某事的通知", "粤府〔2023〕1号", "各地级以上市人民政府：",
                  "现就有关事项通知如下。", "广东省人民政府", "2023年5月10日"]
    text = "<html>\n<body>\n" + "\n".join(p.format(t) for t in paragraphs) + "\n</body>\n</html>\n"
    result = parse(text)
    g = result.gazette
    assert g is not None and (g.title, g.title_en, g.year, g.issue, g.cumulative_issue, g.publication_date) == (
        "广东省人民政府公报", "GUANGDONG PROVINCIAL PEOPLE'S GOVERNMENT GAZETTE", 2023, 15, 1783, "2023-05-30")
    assert [d.doc_number.text for d in result.documents if d.doc_number] == ["粤府〔2023〕1号"]
    assert not result.unclassified


def test_pandoc_markdown_of_a_docx_with_a_hard_break_and_a_table_without_a_blank_line_under_it() -> None:
    """pandoc's markdown of a .docx: a 署名 and its date one paragraph, a backslash for the line break between
    them (before, the 署名 kept the backslash); a simple table whose blank line under it went missing ends at the
    line left of its columns (before, it took in the rest of the text: the next section, the 署名 and the date)."""
    text = ("**某某市人民政府关于某某工作的通知**\n\n某府发〔2023〕1号\n\n各区人民政府：\n\n现将有关事项通知如下。\n\n一、工作任务\n\n"
            "表1　任务分工\n\n  序号   任务       牵头单位\n  ------ ---------- ----------\n  1      加强领导   某某局\n"
            "  2      落实责任   某某厅\n二、工作要求\n各区要抓好落实。\n\n某某市人民政府\\\n2023年5月6日\n")
    (doc,) = parse(text).documents
    assert doc.signatories == ["某某市人民政府"] and doc.date == "2023-05-06"
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert doc.sections[0].tables[0].rows == [["1", "加强领导", "某某局"], ["2", "落实责任", "某某厅"]]


def test_a_dash_line_between_blank_lines_opens_no_table_over_the_text_under_it() -> None:
    """pandoc's table with a blank line between all its lines: its dash line opens no multiline table that runs to
    the next table's dash line, over the documents between (a line of text wider than the columns is no row);
    before, the second document was read into the first one's table."""
    table = "  序号 任务     牵头单位\n\n  ---- -------- --------\n\n  1    加强领导 某某厅\n\n  2    落实责任 某某局\n\n"
    notice = ("**某某市人民政府关于{0}工作的通知**\n\n某府发〔2023〕{1}号\n\n各区人民政府：\n\n现将有关事项通知如下，请认真贯彻执行。\n\n"
              "某某市人民政府\n\n2023年5月{1}日\n\n附件\n\n{0}任务分工表\n\n") + table
    result = parse(notice.format("安全生产", 6) + notice.format("森林防火", 8))
    assert [d.title for d in result.documents] == ["某某市人民政府关于安全生产工作的通知", "某某市人民政府关于森林防火工作的通知"]
    assert [[a.title for a in d.attachments] for d in result.documents] == [["安全生产任务分工表"], ["森林防火任务分工表"]]


@pytest.mark.parametrize("indent", ["", "    "])
def test_a_title_cut_before_its_de_and_kind_goes_on(indent: str) -> None:
    """A title that a wrap cut right after a word that ends titles (…关于某某工作意见 / 的通知), in the TOC (with its
    文号 in brackets after it) and over the document: no title opens with 的, so the line goes on the one above;
    before, the title was 的通知 and the opinion it forwards a document of its own."""
    text = (f"某某省人民政府公报\n2021年第10期\n\n{indent}目录\n\n"
            f"{indent}某某省人民政府办公厅转发省发展改革委关于支持小微企业发展意见\n的通知（某政办发〔2021〕1号）\n"
            f"{indent}某某省人民政府关于加强安全生产工作的决定（某政发〔2021〕2号）\n\n"
            f"{indent}某某省人民政府办公厅转发省发展改革委关于支持小微企业发展意见\n的通知\n{indent}某政办发〔2021〕1号\n\n"
            f"{indent}各市人民政府：\n{indent}省发展改革委《关于支持小微企业发展的意见》已经省政府同意，现转发给你们，请认真贯彻执行。\n\n"
            f"{indent}某某省人民政府办公厅\n{indent}2021年4月13日\n\n{indent}关于支持小微企业发展的意见\n\n"
            f"{indent}一、总体要求\n{indent}各地要加强领导。\n\n{indent}省发展改革委\n{indent}2021年4月10日\n\n"
            f"{indent}某某省人民政府关于加强安全生产工作的决定\n{indent}某政发〔2021〕2号\n\n{indent}各市人民政府：\n"
            f"{indent}现决定如下。\n\n{indent}某某省人民政府\n{indent}2021年4月20日\n")
    result = parse(text)
    forwarding = "某某省人民政府办公厅转发省发展改革委关于支持小微企业发展意见的通知"
    assert result.toc[0].title == forwarding
    assert [d.title for d in result.documents] == [forwarding, "某某省人民政府关于加强安全生产工作的决定"]
    assert [e.title for e in result.documents[0].enclosures] == ["关于支持小微企业发展的意见"]


@pytest.mark.parametrize("image", ["![](images/3f2a9c.jpg)", "![](_page_0_Picture_2.jpeg)", "<!-- image -->"])
def test_an_image_in_the_masthead_and_the_toc_stands_for_no_line(image: str) -> None:
    """A converter keeps the cover's emblem or a photo as an image on a line of its own (MinerU, Marker; Docling
    writes a comment): under the gazette's title it did not cut the masthead off (the issue line was lost), nor
    between two entries did it end the TOC (the entries under it were paragraphs)."""
    text = (f"# 某某省人民政府公报\n\n{image}\n\n2023年第5期（总第215期）\n\n2023年3月10日出版\n\n# 目录\n\n"
            "某某省人民政府关于甲的通知……2\n\n{image}\n\n某某省人民政府关于乙的通知……5\n\n"
            "# 某某省人民政府关于甲的通知\n\n某政发〔2023〕1号\n\n各市人民政府：\n\n现将有关事项通知如下。\n\n某某省人民政府\n\n"
            "2023年2月1日\n\n# 某某省人民政府关于乙的通知\n\n某政发〔2023〕2号\n\n各市人民政府：\n\n现将有关事项通知如下。\n\n"
            "某某省人民政府\n\n2023年2月8日\n").replace("{image}", image)
    result = parse(text)
    g = result.gazette
    assert g is not None and (g.year, g.issue, g.cumulative_issue, g.publication_date) == (2023, 5, 215, "2023-03-10")
    assert [(e.page, e.document) for e in result.toc] == [(2, 0), (5, 1)]
    assert not result.unclassified


@pytest.mark.parametrize("english", ["GUANGDONG PROVINCIAL\nPEOPLE'S GOVERNMENT\nGAZETTE",
                                     "GUANGDONG PROVINCIAL PEOPLE'\nS GOVERNMENT GAZETTE",
                                     "GUANGDONG PROVINCIAL PEOPLE’\nS GOVERNMENT\nGAZETTE"])
def test_a_gazette_title_in_english_cut_over_lines_above_the_title(english: str) -> None:
    # (a cut after the apostrophe, inside the word, is joined without a space)
    text = (f"{english}\n\n广东省人民政府公报\n2023年第15期\n\n"
            "广东省人民政府关于某事的通知\n\n粤府〔2023〕1号\n\n各地级以上市人民政府：\n\n现就有关事项通知如下。\n\n广东省人民政府\n\n"
            "2023年5月10日\n")
    result = parse(text)
    assert result.gazette is not None and result.gazette.title_en is not None
    assert result.gazette.title_en.replace("’", "'") == "GUANGDONG PROVINCIAL PEOPLE'S GOVERNMENT GAZETTE"
    lines = english.count("\n") + 1
    assert result.gazette.masthead_span == Span(start_line=1, end_line=lines + 3) and not result.unclassified


def test_page_furniture_in_html_is_furniture() -> None:
    # A page's number and running header that a converter set as paragraphs of HTML (<p>—1—</p>): furniture, and
    # the page of what stands above and under them. Before, only text lines were looked at, and they were the
    # document's paragraphs.
    paragraphs = ["某某省人民政府公报", "2023年第5期", "某某省人民政府关于某事的通知", "某政发〔2023〕1号", "各市人民政府：",
                  "现就有关事项通知如下。", "—1—", "某某省人民政府公报　2023年第5期", "一、总体要求", "到2025年取得明显成效。",
                  "某某省人民政府", "2023年3月1日", "—2—"]
    text = "<html>\n<body>\n" + "\n".join(f"<p>{t}</p>" for t in paragraphs) + "\n</body>\n</html>\n"
    result = parse(text)
    assert [(f.kind, f.page) for f in result.furniture if f.kind != "separator"] == [
        ("page-number", 1), ("running-header", None), ("page-number", 2)]
    (doc,) = result.documents
    assert doc.page == 1 and [p.text for p in doc.preamble] == ["现就有关事项通知如下。"] and not result.unclassified
