"""Tables as other converters write them: laid out with spaces (``pdftotext -layout``), HTML over many lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from converters import set_apart, tabs_to_pandoc, tabs_to_spaces, to_layout, two_columns
from gazette_parse import parse
from gazette_parse.body import two_row_header
from gazette_parse.columns import split_columns
from gazette_parse.layout import find_layout_tables
from gazette_parse.models import GazetteFile, Section, Table
from gazette_parse.normalize import LineKind, normalize
from generated import make_issue

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "fixtures"


def tables(result: GazetteFile) -> list[Table]:
    """Every table of every document, its enclosures and attachments, at any depth of sections."""
    out: list[Table] = []

    def walk(sections: list[Section]) -> None:
        for s in sections:
            out.extend(s.tables)
            walk(s.sections)

    for doc in result.documents:
        for owner in [doc, *doc.enclosures]:
            out += owner.tables
            walk(owner.sections)
            for att in owner.attachments:
                out += att.tables
                walk(att.sections)
    return out


def kinds(text: str) -> list[str]:
    lines = normalize(text)
    find_layout_tables(lines, skip=set(), transparent=set())
    return [ln.kind.value for ln in lines if ln.kind is not LineKind.BLANK]


def test_pdftotext_table_with_wrapped_cells_blank_cells_and_a_page_break() -> None:
    result = parse((ROOT / "fixtures" / "layout-table-pdftotext.txt").read_text(encoding="utf-8"))
    (doc,) = result.documents
    (att,) = doc.attachments
    (table,) = att.tables
    assert table.header == ["序号", "重点任务", "牵头单位", "完成时限"]
    assert table.rows == [
        ["1", "优化再造投资项目前期审批流程，探索承诺制", "国家发展改革委自然资源部", "2020年底前"],  # wrapped cells
        ["2", "降低市场准入门槛", "市场监管总局", "持续推进"],
        ["3", "清理不合理条件", "", "2021年6月底前"],  # a blank cell
        ["4", "推进政务服务标准化", "国务院办公厅", "持续推进"],  # after a page footer and the repeated header
        ["5", "加强事中事后监管", "各地区、各部门", "长期坚持"],
    ]
    assert [(s.start_line, s.end_line) for s in table.row_spans] == [(20, 21), (22, 22), (23, 23), (27, 27), (28, 28)]
    assert [p.text for p in att.paragraphs] == ["各地区、各部门要按照分工抓好落实，重大事项及时向国务院报告。"]
    assert [d.code for d in result.diagnostics if d.code == "X004"] == ["X004"]
    assert not result.unclassified


@pytest.mark.parametrize("fullwidth", [False, True], ids=["spaces", "full-width spaces"])
@pytest.mark.parametrize("name", ["govcn-sc__guobanfa-2018-126__notice-reforms-with-table.txt",
                                  "govcn-sc__guobanfa-2019-04__opinion-public-hospital-kpi-with-table.txt"])
def test_tab_tables_laid_out_with_spaces_read_the_same(name: str, fullwidth: bool) -> None:
    """The corpus's TAB tables re-made as a PDF converter lays them out, or as text typed or saved from Word lays
    them out with full-width spaces (before, such a table was one paragraph of its cells run together). 2018-126
    has category lines between its header and its rows; 2019-04 has 55 rows, 51 of which leave merged leading
    cells blank."""
    text = (CORPUS / name).read_text(encoding="utf-8")
    expected, got = tables(parse(text)), tables(parse(tabs_to_spaces(text, fullwidth=fullwidth)))
    assert len(got) == len(expected)
    for want, have in zip(expected, got, strict=True):
        assert have.header == want.header
        assert [s.start_line for s in have.row_spans] == [s.start_line for s in want.row_spans]
        for a, b in zip(want.rows, have.rows, strict=True):
            filled = [c for c in b if c]
            # A TAB row that lost its merged cells has them filled in from the row above; here they are blank.
            assert filled == [c for c in a if c][-len(filled):]
            assert len(b) == len(want.header)


def test_lines_laid_out_with_full_width_spaces_that_are_no_table() -> None:
    """A body's members, a name and a post a wide gap apart, line under line, and rows of names, aligned in
    columns by full-width spaces, are text: a table laid out so needs a first row of three cells or more, not
    all names."""
    members = ("　　组　长：张　三　　县长\n\n　　副组长：李　四　　副县长\n\n　　　　　　王五六　　县政府办公室主任\n\n"
               "　　成　员：赵　七　　县发展改革局局长\n")
    assert kinds(members) == ["text"] * 4
    names = "张三丰　　李四光　　王五六\n赵七八　　钱八九　　孙九十\n周十一　　吴十二　　郑十三\n"
    assert kinds(names) == ["text", "text", "text"]
    toc = "第一章　总则\n第二章　监测机构\n第三章　法律责任\n第四章　附则\n"
    assert kinds(toc) == ["text"] * 4


@pytest.mark.parametrize("text", [
    # a 规章's chapters and articles typed with two spaces after the number, line under line
    "第一章  总  则\n第一条  为了规范公共数据开放，制定本办法。\n第二条  本省行政区域内的活动，适用本办法。\n"
    "第二章  开放机制\n第三条  公共数据开放主体应当遵循下列原则：\n",
    # numbered paragraphs, their numbers two spaces from their text
    "一、  切实保障市场供应。各地要加强产销衔接。\n二、  全力抓好疫情防控。严格落实措施。\n"
    "三、  扎实做好安全生产。深入开展隐患排查。\n四、  认真落实值班制度。遇有情况及时报告。\n",
    "（一）  巩固提升。各地要认真总结经验。\n（二）  狠抓整改。各地要逐项整改。\n（三）  加强督查。省里将适时督查。\n",
    "1.  某某市人民政府\n2.  某某县人民政府\n3.  某某区人民政府\n",
])
def test_numbered_paragraphs_parted_from_their_numbers_by_two_spaces_are_no_table(text: str) -> None:
    """Their texts line up at the column after the number, line under line, as a table's second column would:
    a line whose first cell is a section number alone (of two cells), or an article's or a chapter's, is text."""
    assert set(kinds(text)) == {"text"}


@pytest.mark.parametrize("indent", ["\t", "\u00a0\u00a0"], ids=["TAB", "no-break spaces"])
def test_articles_indented_by_a_tab_and_parted_from_their_numbers_by_two_spaces_are_articles(indent: str) -> None:
    """Articles that a text export indents with a TAB or no-break spaces, two spaces after each number: they are
    the chapter's articles. Before, the indented ones were a table of two columns, 第一条 | 为了…."""
    text = ("某某省数据开放办法\n\n第一章  总  则\n\n"
            f"{indent}第一条  为了规范公共数据开放，促进数据利用，根据有关法律、行政法规，结合本省实际，制定本办法。\n"
            f"{indent}第二条  本省行政区域内公共数据开放及其相关管理活动，适用本办法。\n"
            f"{indent}第三条  县级以上人民政府应当加强对公共数据开放工作的领导。\n第二章  开放机制\n"
            "第四条  公共数据开放主体应当遵循下列原则。\n")
    (doc,) = parse(text).documents
    assert [(s.marker, len(s.tables), [c.marker for c in s.sections]) for s in doc.sections] == [
        ("第一章", 0, ["第一条", "第二条", "第三条"]), ("第二章", 0, ["第四条"])]


def test_numbered_rows_under_a_header_stay_a_table() -> None:
    text = ("序号    项目        金额\n"
            "一、    农业        100\n"
            "二、    工业        200\n"
            "三、    服务业      300\n")
    assert kinds(text) == ["table"] * 4
    two = "序号    内容\n1.      某某事项\n2.      另一事项\n3.      第三事项\n"
    assert kinds(two) == ["table"] * 4


def test_two_signatures_side_by_side_are_no_table() -> None:
    text = ("    财政部                          国家税务总局\n"
            "    2019年3月20日                   2019年3月20日\n")
    assert kinds(text) == ["text", "text"]


def test_prose_with_stray_double_spaces_is_no_table() -> None:
    text = ("各地区要抓紧做好  落实工作，加强工作衔接，保证有关工作的连续性和稳定性。\n"
            "对取消的行政许可事项，要一律取消审批，不得  以任何形式变相审批。\n"
            "要加强事中事后监管，  创新监管方式，  切实维护公平竞争的市场秩序。\n")
    assert kinds(text) == ["text", "text", "text"]


def test_a_short_line_in_the_first_column_ends_the_table() -> None:
    text = ("序号    名称        单位\n"
            "1       某某事项    某部\n"
            "2       另一事项    另一部\n"
            "注：\n")
    assert kinds(text) == ["table", "table", "table", "text"]


def test_a_row_with_blank_leading_cells_is_a_row_and_a_wrapped_cell_continues_one() -> None:
    text = ("一级指标      二级指标      三级指标                    说明\n"
            "一、质量      （一）功能    1.门诊人次数                定量\n"
            "                            2.下转患者人次数            定量\n"
            "二、效率      （二）资源    3.每名执业医师日均住院工作\n"
            "                            负担                        定量\n")
    lines = normalize(text)
    find_layout_tables(lines, skip=set(), transparent=set())
    assert [(ln.kind.value, ln.continues_row, list(ln.cells)) for ln in lines] == [
        ("table", False, ["一级指标", "二级指标", "三级指标", "说明"]),
        ("table", False, ["一、质量", "（一）功能", "1.门诊人次数", "定量"]),
        ("table", False, ["", "", "2.下转患者人次数", "定量"]),  # ends short of its column: a new row
        ("table", False, ["二、效率", "（二）资源", "3.每名执业医师日均住院工作", ""]),
        ("table", True, ["", "", "负担", "定量"]),  # the cell above ran to its column's edge: wrapped
    ]


def test_html_table_written_over_many_lines() -> None:
    from test_properties import assert_every_line_accounted

    text = (ROOT / "fixtures" / "html-table-multiline.md").read_text(encoding="utf-8")
    result = parse(text)
    (table,) = result.documents[0].attachments[0].tables
    assert table.header == ["序号", "名称", "所在地"]
    assert table.rows == [["1", "甲单位", "杭州市"], ["2", "乙单位", "宁波市"]]
    assert [(s.start_line, s.end_line) for s in table.row_spans] == [(25, 29), (30, 34)]
    assert not result.documents[0].attachments[0].items and not result.unclassified
    assert_every_line_accounted(text)


def test_mineru_html_table_with_merged_cells() -> None:
    text = ("# 某某省人民政府办公厅关于印发考核指标的通知\n\n某政办发〔2020〕3号\n\n各市人民政府：\n\n现将考核指标印发给你们。\n\n"
            "附件：考核指标\n\n某某省人民政府办公厅\n\n2020年1月6日\n\n附件\n\n# 考核指标\n\n"
            '<table><tr><td>一级指标</td><td>二级指标</td><td>说明</td></tr><tr><td rowspan="2">一、医疗质量</td>'
            "<td>功能定位</td><td>定量</td></tr><tr><td>质量安全</td><td>定性</td></tr></table>\n")
    (table,) = parse(text).documents[0].attachments[0].tables
    assert table.header == ["一级指标", "二级指标", "说明"]
    assert table.rows == [["一、医疗质量", "功能定位", "定量"], ["一、医疗质量", "质量安全", "定性"]]
    assert table.completed_rows == 0


PLAN_TABLE = ('<table>{caption}<tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td colspan="2">投资（亿元）</td>'
              '<td rowspan="2">责任单位</td></tr><tr><td>总投资</td><td>年度计划</td></tr>{rows}</table>')
PLAN_ROWS = ('<tr><td colspan="5">一、交通基础设施</td></tr><tr><td>1</td><td>某某至某某高速公路</td><td>120.5</td>'
             '<td>30.0</td><td>省交通运输厅</td></tr><tr><td>2</td><td>某某港区扩建工程</td><td>45.2</td><td>12.0</td>'
             '<td>某某市政府</td></tr>')
PLAN_DOC = ("# 某某省人民政府办公厅关于印发重点项目计划的通知\n\n某政办发〔2023〕21号\n\n各市人民政府：\n\n"
            "现将计划印发给你们。\n\n附件：某某省2023年重点项目计划表\n\n某某省人民政府办公厅\n\n2023年6月2日\n\n"
            "附件\n\n# {title}\n\n{tables}\n")


@pytest.mark.parametrize("caption", [False, True], ids=["caption above", "caption in the first row"])
def test_a_table_header_of_two_rows_gives_each_column_one_name(caption: bool) -> None:
    """A header of two rows, 投资（亿元） spanning the columns 总投资 and 年度计划 (MinerU's HTML), repeated on the next
    page: each column has one name, the upper joined to the lower, and no header row is data. A table's title in
    a row across it, over the header, is its caption. Before, the second header row was the first data row, and
    its repeat on the next page a data row too."""
    across = '<tr><td colspan="5">某某省2023年重点项目计划表</td></tr>' if caption else ""
    first = PLAN_TABLE.format(caption=across, rows=PLAN_ROWS)
    second = PLAN_TABLE.format(caption=across, rows='<tr><td>3</td><td>某某抽水蓄能电站</td><td>80.0</td><td>15.5</td>'
                                                   '<td>省能源局</td></tr>')
    text = PLAN_DOC.format(title="某某省2023年重点项目计划表", tables=f"{first}\n\n{second}")
    result = parse(text)
    (table,) = result.documents[0].attachments[0].tables
    assert table.header == ["序号", "项目名称", "投资（亿元）/总投资", "投资（亿元）/年度计划", "责任单位"]
    assert [r[:2] for r in table.rows] == [["一、交通基础设施"] * 2, ["1", "某某至某某高速公路"], ["2", "某某港区扩建工程"],
                                           ["3", "某某抽水蓄能电站"]]
    assert table.caption == ("某某省2023年重点项目计划表" if caption else None)
    assert [d.code for d in result.diagnostics] == ["X004"] * (3 if caption else 2)


def test_a_caption_right_above_a_layout_tables_header_is_no_header_row() -> None:
    """A short caption centred over some of the columns, right above a header of one row (no blank line between):
    the caption, not an upper header row whose name would be joined to the names under it."""
    header = "                        重点项目表\n  序号     项目名称            总投资     年度计划       责任单位\n"
    result = parse(LAYOUT_PLAN.format(header=header))
    (table,) = result.documents[0].attachments[0].tables
    assert table.header == ["序号", "项目名称", "总投资", "年度计划", "责任单位"] and table.caption == "重点项目表"


def test_a_markdown_table_header_of_two_rows_with_the_spanned_cells_empty() -> None:
    text = PLAN_DOC.format(title="计划表", tables=(
        "| 序号 | 项目名称 | 投资（亿元） | | 责任单位 |\n|---|---|---|---|---|\n| | | 总投资 | 年度计划 | |\n"
        "| 1 | 甲项目 | 12.5 | 3.0 | 省交通运输厅 |\n| 2 | 乙项目 | 4.5 | 1.0 | 某某市政府 |"))
    (table,) = parse(text).documents[0].attachments[0].tables
    assert table.header == ["序号", "项目名称", "投资（亿元）/总投资", "投资（亿元）/年度计划", "责任单位"]
    assert [r[1] for r in table.rows] == ["甲项目", "乙项目"]


LAYOUT_PLAN = ("某某省人民政府办公厅关于印发重点项目计划的通知\n\n某政办发〔2023〕21号\n\n各市人民政府：\n\n现将计划印发给你们。\n\n"
               "附件：某某省2023年重点项目计划表\n\n某某省人民政府办公厅\n\n2023年6月2日\n\n附件\n\n某某省2023年重点项目计划表\n\n"
               "{header}"
               "  1        某某至某某高速公路     120.5      30.0       省交通运输厅\n"
               "  2        某某港区扩建工程       45.2       12.0       某某市政府\n"
               "  3        某某抽水蓄能电站       80.0       15.5       省能源局\n")


@pytest.mark.parametrize("header", [
    "  序号     项目名称               投资（亿元）          责任单位\n                              总投资     年度计划\n",
    # the names that span both rows centred on the lower, as pdftotext lays them out
    "                                投资（亿元）\n  序号     项目名称            总投资     年度计划       责任单位\n",
    # a caption over the header
    "                    某某省2023年重点项目计划表\n\n"
    "  序号     项目名称               投资（亿元）          责任单位\n                              总投资     年度计划\n",
], ids=["spanning names in the upper row", "spanning names in the lower row", "a caption over it"])
def test_a_layout_table_header_of_two_rows(header: str) -> None:
    """A table laid out with spaces under a header of two rows whose names stand apart from the columns' edges
    (投资（亿元） centred over 总投资 and 年度计划): each column has one name, the upper joined to the lower. Before,
    the header was text (or a caption), and the first data row was taken for the header."""
    result = parse(LAYOUT_PLAN.format(header=header))
    attachment = result.documents[0].attachments[0]
    (table,) = attachment.tables
    assert table.header == ["序号", "项目名称", "投资（亿元）/总投资", "投资（亿元）/年度计划", "责任单位"]
    assert [r[0] for r in table.rows] == ["1", "2", "3"] and table.rows[0][3] == "30.0"
    assert table.caption == ("某某省2023年重点项目计划表" if "计划表\n\n " in header else None)
    assert not attachment.paragraphs and not result.unclassified


@pytest.mark.parametrize(("upper", "lower"), [
    (["一级指标", "二级指标", "说明"], ["一、医疗质量", "功能定位", "定量"]),  # no cell spans columns: data
    (["类别", "指标", "指标"], ["甲类", "名称", "单位"]),  # a name under a cell that spans no columns
    (["类别", "指标", "指标"], ["类别", "1", "2"]),  # numbers are no names
    (["姓名", "职务", ""], ["张三", "局长", "男"]),  # an empty column name over data
])
def test_two_rows_that_are_no_header_of_two_rows(upper: list[str], lower: list[str]) -> None:
    assert two_row_header(upper, lower) is None
    assert two_row_header(["类别", "指标", "指标"], ["类别", "名称", "单位"]) == ["类别", "指标/名称", "指标/单位"]
    assert two_row_header(["类别", "指标", "指标"], ["", "名称", "单位"]) == ["类别", "指标/名称", "指标/单位"]
    assert two_row_header(["类别", "指标", ""], ["", "名称", "单位"]) == ["类别", "指标/名称", "指标/单位"]


def test_pandoc_grid_and_simple_tables() -> None:
    grid = ("+------+--------+\n| 序号 | 名称   |\n+======+========+\n| 1    | 甲单位 |\n+------+--------+\n"
            "| 2    | 乙单位 |\n+------+--------+\n")
    simple = "  序号   名称\n  ------ --------\n  1      甲单位\n  2      乙单位\n  3      丙单位\n"
    assert kinds(grid) == ["rule", "table", "rule", "table", "rule", "table", "rule"]
    assert kinds(simple) == ["table", "rule", "table", "table", "table"]
    (doc,) = parse("某某的通知\n\n附件\n\n名单\n\n" + simple).documents
    (table,) = doc.attachments[0].tables
    assert table.header == ["序号", "名称"] and len(table.rows) == 3


TABLE_DOC = "某某的通知\n\n附件\n\n任务分工表\n\n"


def test_a_pandoc_grid_tables_row_over_several_lines_is_one_row() -> None:
    # pandoc wraps a Word table's long cells over the lines of one row, between two borders. Before, each line
    # was a row of its own (['', '平台', '']).
    grid = ("+------+----------+----------+\n| 序号 | 任务     | 责任单位 |\n+======+==========+==========+\n"
            "| 1    | 建设某某 | 市发展和 |\n|      | 平台     | 改革委员 |\n|      |          | 会       |\n"
            "+------+----------+----------+\n| 2    | 完善制度 | 市财政局 |\n+------+----------+----------+\n")
    (table,) = parse(TABLE_DOC + grid).documents[0].attachments[0].tables
    assert table.header == ["序号", "任务", "责任单位"]
    assert table.rows == [["1", "建设某某平台", "市发展和改革委员会"], ["2", "完善制度", "市财政局"]]
    assert [(s.start_line, s.end_line) for s in table.row_spans] == [(10, 12), (14, 14)]


BOX = """┌────┬──────────┬────────┐
│序号│任务        │责任单位│
├────┼──────────┼────────┤
│1   │建设某某    │市发改委│
│    │平台        │        │
{between}│2   │完善某某制度│市财政局│
{between}│3   │健全机制    │市司法局│
└────┴──────────┴────────┘
"""


@pytest.mark.parametrize("between", ["├────┼──────────┼────────┤\n", ""])
def test_a_table_drawn_with_box_drawing_characters(between: str) -> None:
    """Text exported from older systems draws tables with box-drawing characters. Before, each row and border
    was a paragraph. With no border between the data rows, a line is a row, and goes on with the row above only
    where its first cell is empty."""
    result = parse(TABLE_DOC + BOX.format(between=between))
    (table,) = result.documents[0].attachments[0].tables
    assert table.header == ["序号", "任务", "责任单位"]
    assert table.rows == [["1", "建设某某平台", "市发改委"], ["2", "完善某某制度", "市财政局"], ["3", "健全机制", "市司法局"]]
    assert [s.start_line for s in table.row_spans] == ([10, 13, 15] if between else [10, 12, 13])
    assert not result.unclassified


def test_pretty_printed_html_table_with_cell_text_on_its_own_lines() -> None:
    text = ("某某的通知\n\n附件\n\n名单\n\n<table>\n<tr>\n<td>\n序号\n</td>\n<td>\n名称\n</td>\n</tr>\n<tr>\n<td>\n1\n</td>\n"
            "<td>\n甲单位\n</td>\n</tr>\n</table>\n")
    result = parse(text)
    (table,) = result.documents[0].attachments[0].tables
    assert (table.header, table.rows) == (["序号", "名称"], [["1", "甲单位"]])
    assert [(s.start_line, s.end_line) for s in table.row_spans] == [(16, 23)] and not result.unclassified


def test_a_table_header_repeated_on_every_page_is_no_running_header() -> None:
    """A table that opens page after page with its header row: the rows stay a table under that header (the
    repeats are dropped as X004), not running headers."""
    pages = ["某某部关于某某工作的通知\n\n各省人民政府：\n\n  现将重点任务分工印发给你们。\n\n某某部\n\n2020年1月5日\n\n附件\n\n重点任务分工表\n\n"]
    for p in range(4):
        rows = "".join(f"{3 * p + r + 1:<8}某某任务{3 * p + r + 1:<10}某某部门\n" for r in range(3))
        pages.append(f"序号    重点任务        牵头单位\n{rows}\n                —{p + 2}—\n")
    result = parse(pages[0] + "\f".join(pages[1:]))
    (table,) = tables(result)
    assert table.header == ["序号", "重点任务", "牵头单位"] and len(table.rows) == 12
    assert not [f for f in result.furniture if f.kind == "running-header"] and not result.unclassified


def test_pandoc_simple_and_multiline_tables() -> None:
    """pandoc (docx to markdown) aligns cells under dash groups, with only one space between full columns."""
    text = ("  序号   任务             牵头单位\n"
            "  ------ ---------------- ----------\n"
            "  1      建设政务云平台   市大数据局\n"
            "  2      建设数据共享平台 市大数据局\n"
            "\n下表为重点项目，须按期完成。\n\n"
            "  -------------------------------------------\n"
            "  序号   项目名称     建设内容\n"
            "  ------ ------------ -----------------------\n"
            "  1      政务云平台   建设覆盖全市的政务云，\n"
            "                      统一部署各部门系统。\n"
            "\n"
            "  2      数据共享平台 建设数据共享交换平台。\n"
            "  -------------------------------------------\n")
    lines = normalize(text)
    find_layout_tables(lines, skip=set(), transparent=set())
    got = [(ln.no, ln.kind.value, ln.cells, ln.continues_row) for ln in lines if ln.kind is LineKind.TABLE]
    assert got == [
        (1, "table", ["序号", "任务", "牵头单位"], False),
        (3, "table", ["1", "建设政务云平台", "市大数据局"], False),
        (4, "table", ["2", "建设数据共享平台", "市大数据局"], False),
        (9, "table", ["序号", "项目名称", "建设内容"], False),
        (11, "table", ["1", "政务云平台", "建设覆盖全市的政务云，"], False),
        (12, "table", ["", "", "统一部署各部门系统。"], True),
        (14, "table", ["2", "数据共享平台", "建设数据共享交换平台。"], False),
    ]
    assert lines[5].kind is LineKind.TEXT


def test_pandoc_docx_notice() -> None:
    result = parse((ROOT / "fixtures" / "pandoc-docx-notice.md").read_text(encoding="utf-8"))
    (doc,) = result.documents
    assert doc.title == "某某市人民政府办公室关于印发某某市数字政府建设实施方案的通知"
    (table,) = tables(result)
    assert table.header == ["序号", "任务", "牵头单位"] and table.rows[1] == ["2", "建设数据共享平台", "市大数据局"]
    assert not result.unclassified


@pytest.mark.parametrize("path", [CORPUS / "govcn-sc__guobanfa-2018-126__notice-reforms-with-table.txt",
                                  CORPUS / "govcn-sc__guobanfa-2019-04__opinion-public-hospital-kpi-with-table.txt",
                                  CORPUS / "govcn-sc__guohan-2006-132__reply-shenzhen-bay-port-with-coordinate-tables.txt",
                                  ROOT / "fixtures" / "imprint-after-attachments.txt"], ids=lambda p: p.name[:30])
def test_tab_tables_as_pandoc_writes_them_read_the_same(path: Path) -> None:
    """The TAB tables re-made as pandoc tables (simple, or multiline when a cell wraps in its column): 2018-126
    has a header alone above category lines, 2019-04 rows that lost merged cells, 2006-132 one-character
    columns under a single dash."""
    text = path.read_text(encoding="utf-8")
    original, converted = parse(text), parse(tabs_to_pandoc(text))
    expected, got = tables(original), tables(converted)
    assert len(got) == len(expected)
    for want, have in zip(expected, got, strict=True):
        for a, b in zip([want.header, *want.rows], [have.header, *have.rows], strict=True):
            filled = [c for c in b if c]
            assert filled and filled == [c for c in a if c][-len(filled):]  # (merged cells left blank)
    assert [d.title for d in converted.documents] == [d.title for d in original.documents]
    assert len(converted.unclassified) == len(original.unclassified)


# ---------------------------------------------------------------- two columns side by side

TWO_COLUMNS = (
    "                      某某市人民政府关于甲事项的通知\n"   # a title across the page
    "\n"
    "  各区人民政府，市政府各部门：                            工作。\n"
    "    为做好甲事项，现就有关事项通知如下                      二、乙事项要抓紧办理，各区要\n"
    "  ：                                            明确责任。\n"
    "    一、甲事项要抓紧办理，各区要按期完                        三、丙事项要按期完成，各区要\n"
    "  成，并报告                                        按时报告。\n"
)


def test_two_columns_are_read_one_after_the_other_and_mapped_back() -> None:
    text = TWO_COLUMNS * 3  # (three bands, so that the columns are told by enough rows)
    rewritten, line_map = split_columns(text)  # type: ignore[misc]
    lines = rewritten.split("\n")
    assert [ln.strip() for ln in lines[:9]] == [
        "某某市人民政府关于甲事项的通知", "", "各区人民政府，市政府各部门：", "为做好甲事项，现就有关事项通知如下", "：",
        "一、甲事项要抓紧办理，各区要按期完", "成，并报告", "工作。", "二、乙事项要抓紧办理，各区要"]
    assert [line_map.origin[k - 1][0] for k in (1, 3, 7, 8)] == [1, 3, 7, 3]  # 工作。 heads the right column, on line 3
    column = lines[7].index("工") + 1  # (1-based, in the rewritten line)
    assert text.split("\n")[2][line_map.column(8, column) - 1] == "工"  # the same character in the input
    assert line_map.lines(7, 8) == (3, 7)  # a span from the foot of the left column to the head of the right


@pytest.mark.parametrize("name", [
    "layout-table-pdftotext.txt", "toc-in-two-columns-layout.txt", "layout-imprint-wrapped.txt",
    "layout-table-of-two-columns.txt"])
def test_text_in_one_column_is_left_as_it_is(name: str) -> None:
    assert split_columns((FIXTURES / name).read_text(encoding="utf-8")) is None


def test_corpus_and_sample_are_not_in_two_columns() -> None:
    for path in [*sorted(CORPUS.glob("*.txt")), ROOT.parent / "samples" / "zhejiang-2018-12.md"]:
        assert split_columns(path.read_text(encoding="utf-8")) is None, path.name


def test_generated_issues_in_two_columns_read_in_order() -> None:
    """Every generated issue of more than one page, set in two columns, is read column by column in the order
    its lines were set (one-page issues may have too few rows to tell the columns)."""
    failures = {}
    for seed in range(60):
        text, order = two_columns(make_issue(seed).text)
        found = split_columns(text)
        if found is None:
            if "\f" in text:
                failures[seed] = "not found"
            continue
        read = [ln.replace("\f", "").strip() for ln in found[0].split("\n") if ln.strip()]
        if read != order:
            failures[seed] = next(f"{a!r} for {b!r}" for a, b in zip(read, order, strict=False) if a != b)
    assert not failures, failures


def test_text_whose_characters_are_all_set_apart_is_no_two_columns_unless_it_is() -> None:
    """In text whose characters are all set apart, a word's gap is three spaces (1   总 则, 1 . 0 . 1   为 …): no
    gutter between columns. Before, lines of a numbered standard were read as two columns (F002). A page set in two
    columns so is still read column by column."""
    text = "".join(f"{n}   总 则\n\n{n} . 0 . 1   为 贯 彻 绿 色 发 展 理 念 ， 制 定 本 标 准 。\n\n" for n in range(1, 12))
    assert split_columns(text) is None
    for seed in range(8):
        laid, order = two_columns(make_issue(seed).text)
        found = split_columns(set_apart(laid))
        if found is None:
            assert "\f" not in laid, seed
            continue
        read = ["".join(ln.split()) for ln in found[0].split("\n") if ln.strip()]
        assert read == ["".join(t.split()) for t in order], seed


def test_an_issue_in_two_columns_is_parsed_with_spans_in_the_input() -> None:
    text = (FIXTURES / "two-column-issue-pdftotext-layout.txt").read_text(encoding="utf-8")
    result = parse(text)
    assert [(d.doc_number.text if d.doc_number else None, d.date) for d in result.documents] == [
        ("广东省人民政府令第285号", "2021-05-08"), ("粤府〔2021〕44号", "2021-06-01"),
        ("粤府办〔2021〕12号", "2021-04-30"), ("粤府任〔2021〕20号", None)]
    assert [e.document for e in result.toc] == [0, 0, 1, 2, 3]  # (the TOC lists the order and what it publishes)
    assert result.documents[0].signatories == ["省长 马兴瑞"]
    assert [s.marker for s in result.documents[0].enclosures[0].sections] == ["第一章", "第二章", "第三章"]
    assert not result.unclassified
    input_lines = text.rstrip("\n").split("\n")  # (str.splitlines would break at form feeds too)
    assert result.source.lines == len(input_lines)
    assert "F002" in {d.code for d in result.diagnostics}
    n = len(input_lines)
    assert all(1 <= d.span.start_line <= d.span.end_line <= n for d in result.documents)
    # the right column's lines are found where they are in the input: 省长 马兴瑞 is on the line of 2021 年 4 月…
    sig = result.documents[0].signatories_span
    assert sig is not None and "省长 马兴瑞" in input_lines[sig.start_line - 1]


def test_generated_issues_in_two_columns_parse_as_in_one_column() -> None:
    """An issue set in two columns parses as the same issue hard-wrapped in one column of the column's width
    (issues with tables are left out: the two-column converter sets no tables)."""

    def summary(text: str) -> list[tuple[object, ...]]:
        result = parse(text)
        return [(d.title, d.doc_number and d.doc_number.text, d.date, len(d.sections), len(d.attachments),
                 len(d.enclosures), len(d.signatories)) for d in result.documents] + [("unclassified",
                                                                                       len(result.unclassified))]

    failures = {}
    for seed in range(60):
        md = make_issue(seed).text
        text, _ = two_columns(md, col=20)
        if "\t" in md or split_columns(text) is None:
            continue
        if (two := summary(text)) != (one := summary(to_layout(md, cols=40))):
            failures[seed] = next(f"{a} for {b}" for a, b in zip(two, one, strict=False) if a != b)
    assert not failures, failures


def test_a_table_of_two_columns_is_no_text_in_two_columns() -> None:
    # 某某市财政局 | 张三 0571-…, 24 rows laid out with spaces: its cells hold no sentence, so it stays a table
    result = parse((FIXTURES / "layout-table-of-two-columns.txt").read_text(encoding="utf-8"))
    (doc,) = result.documents
    (attachment,) = doc.attachments
    assert len(attachment.tables) == 1 and len(attachment.tables[0].rows) == 24
    assert "F002" not in {d.code for d in result.diagnostics} and not result.unclassified


def test_a_tight_ordered_list_as_pandoc_writes_it_keeps_its_sections() -> None:
    """pandoc writes a Word document's numbered paragraphs as an ordered list, two spaces after each number, and
    a tight list has no blank lines between its items: before, three items made a table and the sections were
    lost."""
    text = ("某某市人民政府办公室关于做好防汛工作的通知\n==========\n\n某政办明电〔2021〕8号\n\n各区、县（市）人民政府：\n\n"
            "为切实做好今年防汛工作，现就有关事项通知如下：\n\n1.  加强组织领导。各地要落实防汛责任制，确保责任到人。\n"
            "2.  强化隐患排查。对水库、堤防等重点部位开展全面排查。\n3.  做好应急准备。备足防汛物资，加强应急演练。\n\n"
            "某某市人民政府办公室\n\n2021年5月20日\n")
    (doc,) = parse(text).documents
    assert [(s.marker, s.title) for s in doc.sections] == [
        ("1.", "加强组织领导"), ("2.", "强化隐患排查"), ("3.", "做好应急准备")]
    assert not tables(parse(text))


@pytest.mark.parametrize("space", ["  ", "\u3000"])
def test_articles_set_with_a_hanging_indent(space: str) -> None:
    """pdftotext -layout keeps a regulation's hanging indent: an article's lines go on under the text after its
    number. Before, each such line was a paragraph of its own; an article's second paragraph, after a full stop,
    stays apart."""
    gap = " " * 8 if space == "  " else "\u3000" * 4
    text = (f"某某市城市道路管理办法\n\n第一章{space}总则\n\n第一条{space}为了加强城市道路管理，保障城市道路完好，充分发挥城市\n"
            f"{gap}道路功能，根据有关法律、法规，结合本市实际，依照国家有关\n{gap}规定，制定本办法。\n{gap}本办法所称城市道路，是指城市供车辆、行人通行的道路。\n\n"
            f"第二条{space}本办法适用于本市行政区域内城市道路的规划、建设、养护、\n{gap}维修和路政管理。\n")
    doc = parse(text).documents[0]
    first, second = doc.sections[0].sections
    assert [p.text for p in first.paragraphs] == [
        "为了加强城市道路管理，保障城市道路完好，充分发挥城市道路功能，根据有关法律、法规，结合本市实际，依照国家有关规定，制定本办法。",
        "本办法所称城市道路，是指城市供车辆、行人通行的道路。"]
    assert [p.text for p in second.paragraphs] == ["本办法适用于本市行政区域内城市道路的规划、建设、养护、维修和路政管理。"]


def test_a_heading_over_text_at_its_own_indent_stays_apart() -> None:
    """A page's margin indents every line alike: a numbered heading and the paragraph under it are no hanging
    indent (the heading's text starts right after its number)."""
    text = ("        某某市人民政府关于加强城市管理的意见\n\n        各区人民政府：\n\n        现提出如下意见。\n\n"
            "        一、总体要求\n        以改善城市环境为目标，全面加强城市管理。\n\n"
            "        二、  主要任务\n            加强道路养护，完善公共设施。\n\n        某某市人民政府\n        2021年3月1日\n")
    (doc,) = parse(text).documents
    assert [(s.title, [p.text for p in s.paragraphs]) for s in doc.sections] == [
        ("总体要求", ["以改善城市环境为目标，全面加强城市管理。"]), ("主要任务", ["加强道路养护，完善公共设施。"])]
