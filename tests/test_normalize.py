"""Stage 1: line splitting and cleaning."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gazette_parse import parse
from gazette_parse.normalize import LINE_BREAK, LineKind, clean_text, make_line, normalize, split_lines, strip_markup

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_line_ends_are_those_of_grep() -> None:
    assert split_lines("a\r\nb\rc\nd") == ["a", "b", "c", "d"]
    assert split_lines("a\fb\u2028c\x85d\n") == ["a\fb\u2028c\x85d"]  # separators stay inside the line
    assert split_lines("a\n\n") == ["a", ""]


@given(st.text(alphabet="a一\r\n\f\x0b\x85\u2028\u2029", max_size=30))
def test_split_lines_breaks_exactly_where_the_line_break_pattern_does(text: str) -> None:
    parts = LINE_BREAK.split(text)
    if parts and parts[-1] == "":
        parts.pop()
    assert split_lines(text) == parts


@pytest.mark.parametrize(("raw", "clean"), [
    ("2017 年度 全省“最多跑一次”改革", "2017年度全省“最多跑一次”改革"),
    ("第一章\u3000总 \u00a0则", "第一章总则"),
    ("金融风险 and 深化", "金融风险 and 深化"),
    ("零\u200b宽\ufeff字符", "零宽字符"),
    ("纲要（2014\u00ad2020 年）", "纲要（2014-2020年）"),
    ("  浙政办发〔2018〕26 号 ", "浙政办发〔2018〕26号"),
    # OCR sets half-width punctuation apart from the Han around it, and a percent sign from its number
    ("推 广 节 水 器 具 , 2000 年 以 前 普 及 率 达 到 60 % 。", "推广节水器具,2000年以前普及率达到60%。"),
    ("现 就 有 关 问 题 通 知 如 下 :", "现就有关问题通知如下:"),
    ("Beijing , China", "Beijing , China"),
])
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean
    assert clean_text(clean_text(raw)) == clean_text(raw)


def test_markup_removed() -> None:
    line = make_line(1, "#### 四、海外浙江商会“联络处”")
    assert (line.text, line.heading) == ("四、海外浙江商会“联络处”", 4)
    assert make_line(1, "**陈新(秘书长)** 处理日常工作").text == "陈新(秘书长)处理日常工作"
    assert make_line(1, "网 址:<http://zfgb.zj.gov.cn>  ").hard_break
    assert make_line(1, "- 浙江省人民政府办公厅关于").text == "浙江省人民政府办公厅关于"
    assert make_line(1, "1. 主体提质行动。").text == "1. 主体提质行动。"  # an ordered-list marker is a section marker


def test_pandoc_hard_breaks_and_bold_over_lines() -> None:
    first, second = make_line(1, "**某某市人民政府办公室\\"), make_line(2, "关于印发某某方案的通知**")
    assert (first.text, first.hard_break, second.text) == ("某某市人民政府办公室", True, "关于印发某某方案的通知")
    assert make_line(1, "路径为C:\\\\").text == "路径为C:\\"  # an escaped backslash is no break
    assert make_line(1, "** 注意 **").text == "** 注意 **"  # (no bold: spaces inside)


def test_kinds() -> None:
    assert make_line(1, "\t工作任务\t责任单位\t时间要求").kind is LineKind.TABLE
    assert make_line(1, "\t工作任务\t责任单位\t时间要求").cells == ["", "工作任务", "责任单位", "时间要求"]
    assert make_line(1, "<b>加快</b>\t完成").cells == ["加快", "完成"]
    assert make_line(1, "| a | b |").cells == ["a", "b"]
    assert make_line(1, "|---|---|").kind is LineKind.RULE
    assert make_line(1, "---").kind is LineKind.RULE
    assert make_line(1, "<!-- INFO END -->").kind is LineKind.COMMENT
    assert make_line(1, " \u3000\u200b ").kind is LineKind.BLANK


def test_form_feed_and_indent() -> None:
    lines = normalize("  一、总体要求\n\f经济发展\n")
    assert lines[0].indent == 2 and lines[0].text == "一、总体要求"
    assert lines[1].form_feed and lines[1].text == "经济发展"


def test_converter_residue() -> None:
    assert make_line(1, "![](images/0a1b.jpg)").kind is LineKind.COMMENT  # a seal or red header as an image
    assert make_line(1, "年均增长 $10 \\%$ 左右，新增 $3.5$ 万家").text == "年均增长10%左右，新增3.5万家"
    assert make_line(1, "正文![](images/x.jpg)继续").text == "正文继续"


def test_html_row_and_column_spans_are_expanded() -> None:
    from gazette_parse.normalize import MAX_SPAN, html_table_rows

    html = ('<table><tr><th rowspan=2>类别</th><th colspan="2">指标</th></tr><tr><th>名称</th><th>单位</th></tr>'
            '<tr><td rowspan="3">一、质量</td><td>甲</td><td>个</td></tr><tr><td>乙</td><td>%</td></tr>'
            '<tr><td>丙</td><td>元</td></tr><tr><td>二、效率</td><td colspan=2>丁</td></tr></table>')
    assert [cells for _, _, cells in html_table_rows(html)] == [
        ["类别", "指标", "指标"], ["类别", "名称", "单位"], ["一、质量", "甲", "个"], ["一、质量", "乙", "%"],
        ["一、质量", "丙", "元"], ["二、效率", "丁", "丁"]]
    # Spans that reach past the table or claim absurd widths stay bounded.
    rows = html_table_rows('<tr><td rowspan="9999">a</td><td colspan="9999">b</td></tr><tr></tr><tr><td>c</td></tr>')
    assert [len(cells) for _, _, cells in rows] == [1 + MAX_SPAN, 1, 2]
    assert rows[2][2] == ["a", "c"]


def test_markdown_links_and_quotes_keep_their_text() -> None:
    assert make_line(1, "详见[附件](http://x.gov.cn/a.pdf)。").text == "详见附件。"
    assert make_line(1, '[链接](http://a "标题")文字').text == "链接文字"
    assert make_line(1, "> 引用的文字").text == "引用的文字"
    assert make_line(1, "[第一条] 不是链接").text == "[第一条]不是链接"


def test_display_formula_fences_are_markup() -> None:
    kinds = [(ln.kind.value, ln.text) for ln in normalize("$$\nx = 1\n$$\n$$ y=1 $$\n") if ln.kind is not LineKind.BLANK]
    assert kinds == [("rule", ""), ("text", "x = 1"), ("rule", ""), ("text", "y=1")]


def test_latex_that_mineru_writes_for_characters_of_the_text() -> None:
    assert strip_markup("$\\textcircled{1}$加强领导") == "①加强领导"
    assert strip_markup("增长$5\\%$以上，$3 \\times 4$，温度$25^{\\circ}$C") == "增长5%以上，3×4，温度25°C"
    assert strip_markup("$\\textcircled{21}$") == "\\textcircled{21}"  # no circled number beyond ⑳
    (doc,) = parse("某某通知\n\n一、任务\n\n$\\textcircled{1}$ 加强领导。\n\n$\\textcircled{2}$ 强化保障。\n").documents
    assert [(s.marker, s.marker_kind) for s in doc.sections[0].sections] == [("①", "circ"), ("②", "circ")]


@pytest.mark.parametrize(("raw", "text"), [
    ("二氧化碳（CO$_2$）排放", "二氧化碳（CO2）排放"), ("$\\mathrm{PM}_{2.5}$浓度", "PM2.5浓度"),
    ("面积100km$^{2}$以上", "面积100km²以上"), ("流量$\\mathrm{m}^{3}/\\mathrm{s}$", "流量m³/s"),
    ("温度$25^{\\circ}\\mathrm{C}$", "温度25°C"), ("达标率$\\geqslant 90\\%$", "达标率≥90%"),
    ("误差$\\pm 5$", "误差±5"), ("$\\textcircled{3}$", "③"), ("见注$^{1}$。", "见注¹。")])
def test_mineru_latex_for_units_and_symbols(raw: str, text: str) -> None:
    assert make_line(1, raw).text == text


@pytest.mark.parametrize(("raw", "text"), [
    ("张三　李四　王五", "张三 李四 王五"), ("张三丰  李四光  王五  赵六", "张三丰 李四光 王五 赵六"),
    ("总　　则", "总则"), ("统筹建设 公共数据 基础设施", "统筹建设公共数据基础设施"),  # a cell wrapped over lines
    ("国务院　中央军委", "国务院中央军委"),
    # a name of two padded to three (王　五) between names set apart by two spaces or more
    ("张三丰　　王　五　　李四光", "张三丰 王五 李四光"), ("王　五　　张三丰　　李　四（女）　　欧阳小明", "王五 张三丰 李四（女） 欧阳小明"),
    ("王　五  张三丰  李　四", "王五 张三丰 李四"),
    ("张　三　　李　四", "张三 李四"),  # two names padded, two full-width spaces between them
    ("张　三　李　四", "张三李四"),  # one between all: too few to tell
    ("第一章　总　　则", "第一章总则"), ("总　　则　　分　　则", "总则分则"),
    # units an award names, a name and a post or an organ after it (a list's line); a title and a name, an office
    # and a name, a chapter and its title close up
    ("甲市应急管理局　甲市消防救援支队　甲市某某化工有限公司", "甲市应急管理局 甲市消防救援支队 甲市某某化工有限公司"),
    ("张　三　甲市应急管理局局长", "张三 甲市应急管理局局长"), ("李四光　甲市某某区副区长", "李四光 甲市某某区副区长"),
    ("张三　省发改委", "张三 省发改委"), ("王　五　某某有限公司", "王五 某某有限公司"),
    ("总理　李克强", "总理李克强"), ("第一章　总则", "第一章总则"), ("某某部　文件", "某某部文件"),
    ("王　五　张三丰　李四", "王五 张三丰 李四"), ("王　五（女）　张三丰　李四", "王五（女） 张三丰 李四"),
    ("支队　甲市某某区人民政府　甲", "支队 甲市某某区人民政府 甲"),  # (a list's line a hard wrap cut at both ends)
    # two names set in columns, a wide gap between; one full-width space parts a post from a name, or pads one
    ("张三　　　李四光", "张三 李四光"), ("王五    赵六", "王五 赵六"), ("张三　李四", "张三李四"),
    ("第一章　　总则", "第一章总则"),
    ("甲市（5个）", "甲市（5个）"), ("一、总体要求　各地要加强领导", "一、总体要求各地要加强领导")])
def test_a_list_of_names_keeps_its_spaces(raw: str, text: str) -> None:
    assert clean_text(raw) == text


@pytest.mark.parametrize(("raw", "text"), [
    ("联系人：张三　　联系电话：0571-12345678", "联系人：张三 联系电话：0571-12345678"),
    ("（联系人：李四　电话：12345678）", "（联系人：李四 电话：12345678）"),
    ("地址：某某市某某路1号　　邮编：310000", "地址：某某市某某路1号 邮编：310000"),
    ("填表人：　　　　审核人：　　　　填表日期：　　年　　月　　日", "填表人： 审核人： 填表日期：年月日"),
    # no label opens the line, or no wide gap parts two fields: the spaces go as before
    ("一、总体要求：　各地要加强领导", "一、总体要求：各地要加强领导"), ("联系人：张三，电话：1234", "联系人：张三，电话：1234"),
    ("某政发〔2019〕5号　　　　签发人：张三", "某政发〔2019〕5号签发人：张三")])
def test_labelled_fields_on_one_line_keep_a_space_between_them(raw: str, text: str) -> None:
    """Before, the spaces between Han characters went as layout, and a name ran into the next label (张三联系电话)."""
    assert clean_text(raw) == text


@pytest.mark.parametrize(("raw", "kind", "text", "heading"), [
    ("## 一、总体要求 ##", "text", "一、总体要求", 2), ("## C# 语言", "text", "C# 语言", 2),
    ("====", "rule", "", 0), ("```", "rule", "", 0), ("~~~text", "rule", "", 0),
    ("{12}------------------------------------------------", "rule", "", 0), ("{注}", "text", "{注}", 0)])
def test_more_markdown_markup(raw: str, kind: str, text: str, heading: int) -> None:
    line = make_line(1, raw)
    assert (line.kind.value, line.text, line.heading) == (kind, text, heading)


def test_a_table_of_one_cell_is_text() -> None:
    """``| 抄送：… |``: a box drawn around text is read as the text; a row of two cells stays a table row."""
    one, two = normalize("| 抄送：省委各部门。 |\n| 甲 | 乙 |\n")
    assert (one.kind, one.text) == (LineKind.TEXT, "抄送：省委各部门。")
    assert two.kind is LineKind.TABLE and list(two.cells) == ["甲", "乙"]


@pytest.mark.parametrize(("raw", "text"), [
    ("2 0 1 9 年 2 月 1 日", "2019年2月1日"), ("某 政 办 发 〔 2 0 1 8 〕 1 号", "某政办发〔2018〕1号"),
    ("C N 3 3 - 1 3 5 4 / D", "CN33-1354/D"), ("1 2 3", "1 2 3"), ("共 3 个 and 4 项", "共3个 and 4项"),
])
def test_letter_spaced_lines(raw: str, text: str) -> None:
    """A line whose every character stands apart loses its spaces; three characters or fewer, or words, do not."""
    assert clean_text(raw) == text


def test_a_byte_order_mark_before_a_heading() -> None:
    """Text passed in with its BOM (or files joined with theirs): the mark is no character, and the markdown
    heading after it is still a heading."""
    first, second = normalize("\ufeff# 某某省人民政府公报\n\ufeff## 目录\n")
    assert (first.heading, first.text, second.heading, second.text) == (1, "某某省人民政府公报", 2, "目录")


def test_html_lines_are_broken_where_a_browser_breaks_them() -> None:
    from gazette_parse.breaks import split_html_lines

    line = ('<head><title>甲</title><script>var a = "<p>乙</p>";</script></head><p>丙<br/>丁</p>'
            '<table><tr><td>戊</td></tr><tr><td>己</td></tr></table><div>庚</div>')
    found = split_html_lines("前\n" + line + "\n后\n")
    assert found is not None
    text, line_map = found
    pieces = text.split("\n")[:-1]
    assert pieces[1:] == ['<head><title>甲</title><script>var a = "<p>乙</p>";</script></head><p>丙<br/>', "丁</p>",
                          "<table><tr><td>戊</td></tr><tr><td>己</td></tr></table>", "<div>庚</div>", "后"]
    assert [line_map.origin[k][0] for k in range(len(pieces))] == [1, 2, 2, 2, 2, 3]
    assert line[line_map.column(3, 1) - 1:].startswith("丁")  # the piece's column in the input line
    assert split_html_lines("<p>甲</p>\n<p>乙</p>\n") is None  # a paragraph a line: nothing to break


RUN_ON = ("国务院办公厅关于做好某某工作的通知　国办发〔2021〕5号　各省、自治区、直辖市人民政府，国务院各部委、各直属机构："
          "　　为做好某某工作，经国务院同意，现就有关事项通知如下：　　一、提高认识。各地区要高度重视 and 落实。"
          "　　二、加强领导。由国务院总理　李　强牵头协调。　　附件：某某工作分工表　　国务院办公厅　　2021年2月3日"
          "　　（此件公开发布）")


@pytest.mark.parametrize("space", ["\u3000", "\xa0"])  # (no-break spaces: a web page's &nbsp; indents)
def test_a_document_run_together_on_one_line_reads_as_its_paragraphs(space: str) -> None:
    """A scraped document stored as one field, its paragraphs joined by their indents. Before, it was one
    unclassified paragraph, and no document was found (X005)."""
    line = ("\u3000\u3000" + RUN_ON).replace("\u3000", space)
    result = parse(line + "\n")
    (doc,) = result.documents
    assert (doc.title, doc.doc_number and doc.doc_number.text, doc.addressees) == (
        "国务院办公厅关于做好某某工作的通知", "国办发〔2021〕5号", ["各省、自治区、直辖市人民政府", "国务院各部委、各直属机构"])
    assert [s.title for s in doc.sections] == ["提高认识", "加强领导"]
    assert doc.sections[1].paragraphs[0].text == "由国务院总理李强牵头协调。"  # (one space apart: no break)
    assert ([n.title for n in doc.attachment_notes], doc.signatories, doc.date, [n.text for n in doc.notes]) == (
        ["某某工作分工表"], ["国务院办公厅"], "2021-02-03", ["（此件公开发布）"])
    assert result.source.lines == 1 and doc.span.start_line == doc.span.end_line == 1 and not result.unclassified
    (latin,) = [d for d in result.diagnostics if d.code == "X001"]
    assert line[latin.column - 1:].startswith("and")  # the column in the input's line


def test_only_a_line_of_paragraphs_run_together_is_broken() -> None:
    from gazette_parse.breaks import split_run_on_lines

    found = split_run_on_lines("前\n" + RUN_ON + "\n后\n")
    assert found is not None
    text, line_map = found
    pieces = text.split("\n")[:-1]
    assert pieces[1:4] == ["国务院办公厅关于做好某某工作的通知", "　国办发〔2021〕5号", "　各省、自治区、直辖市人民政府，国务院各部委、各直属机构："]
    assert pieces[-1] == "后" and [line_map.origin[k][0] for k in (0, 1, len(pieces) - 2, len(pieces) - 1)] == [1, 2, 2, 3]
    # a paragraph a line, indented, and a long line with one indent after a sentence inside: nothing to break
    assert split_run_on_lines("\u3000\u3000甲。\n\u3000\u3000乙。\n") is None
    assert split_run_on_lines("\u3000\u3000" + "甲" * 120 + "。\u3000\u3000乙。\n") is None


def test_a_minified_web_page_reads_as_its_paragraphs() -> None:
    result = parse((FIXTURES / "web-page-minified-one-line.html").read_text(encoding="utf-8"))
    (doc,) = result.documents
    assert (doc.doc_number and doc.doc_number.text, doc.date, doc.signatories) == (
        "某政通〔2024〕2号", "2024-03-01", ["某某市人民政府"])
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert doc.preamble[0].text == "为加强某某管理，根据有关规定，现将有关事项通告如下："
    assert result.source.lines == 1 and doc.span.start_line == doc.span.end_line == 1
    assert "F002" not in {d.code for d in result.diagnostics} and not result.unclassified


@pytest.mark.parametrize(("raw", "text"), [
    ("某某市应急管理局　　某某县人民政府　　某某区消防救援大队", "某某市应急管理局 某某县人民政府 某某区消防救援大队"),
    ("中共某某市委办公室    某某市人民政府办公室", "中共某某市委办公室 某某市人民政府办公室"),
    ("某某省统计局　　国家统计局某某调查总", "某某省统计局国家统计局某某调查总"),  # (a name the wrap cut: no list)
    ("各地要　加强领导", "各地要加强领导"),  # (layout spaces in text)
])
def test_a_list_of_organs_keeps_a_space_between_them(raw: str, text: str) -> None:
    assert clean_text(raw) == text


@pytest.mark.parametrize("raw", ["━━━━━━━━━━━━", "————————", "－－－－－－", "＿＿＿＿＿＿", "＊　＊　＊", "──────",
                                 "◆◆◆◆", "　═══════　"])
def test_rules_drawn_with_one_character_over_and_over(raw: str) -> None:
    """A line of one character repeated (━━━━, ────, ＿＿＿＿), as text dumps draw a 版记's lines or part
    documents, is a rule (separator furniture), not text."""
    assert make_line(1, raw).kind is LineKind.RULE


@pytest.mark.parametrize("raw", ["……………………", "——", "———2021年3月5日", "——在某某会议上的讲话"])
def test_leaders_and_dash_lines_stay_text(raw: str) -> None:
    assert make_line(1, raw).kind is LineKind.TEXT


@pytest.mark.parametrize(("raw", "text"), [
    ("3月1日　市长张三主持召开会议。", "3月1日 市长张三主持召开会议。"), ("12月31日  副市长李四出席", "12月31日 副市长李四出席"),
    ("3 月 1 日　市长", "3月1日 市长"), ("3月1日市长", "3月1日市长"), ("2021年3月1日　某某", "2021年3月1日某某")])
def test_a_chronicles_day_keeps_a_space_before_its_entry(raw: str, text: str) -> None:
    """A 大事记's entries open with their day, set apart by a space (3月1日　市长…): the space stays, as one; before,
    the day ran into the entry. Cleaning stays idempotent."""
    assert clean_text(raw) == text and clean_text(text) == text


@pytest.mark.parametrize(("raw", "clean"), [
    ("　　组　长：张　三　　县长", "组长：张三 县长"),
    ("　　副组长：李四　　　副县长（兼）", "副组长：李四 副县长（兼）"),
    ("　　　　　　王五六　　县政府办公室主任", "王五六 县政府办公室主任"),
    ("成员：赵七    县发展改革局局长", "成员：赵七 县发展改革局局长"),
    # a role padded to the width of a longer one (成　　员 under 召 集 人)
    ("成　　员：王　五　　财政部副部长", "成员：王五 财政部副部长"),
    ("召 集 人：张　三　　发展改革委主任", "召集人：张三 发展改革委主任"),
    # a wide gap in other text still goes, as does a name's padding with nothing after it
    ("　　组　长：张　三", "组长：张三"),
    ("某某市人民政府　　　　关于某事的通知", "某某市人民政府关于某事的通知"),
])
def test_a_members_name_and_post_stay_apart(raw: str, clean: str) -> None:
    # A body's members (组长：张三　　县长): the post is no part of the name.
    assert clean_text(raw) == clean


def test_long_inline_latex_of_a_cn_number() -> None:
    # MinerU sets every character of a formula apart: a CN number in LaTeX is 46 characters between its $ signs
    # (before, only 40 were read as a formula, and the colophon's cn_number kept the LaTeX).
    line = "国内统一连续出版物号： $\\mathrm { C N } 3 3 - 1 0 3 5 / \\mathrm { D }$"
    assert strip_markup(line) == "国内统一连续出版物号： CN33-1035/D"
    result = parse("# 某某省人民政府公报\n\n# 2019年第 $1 2$ 期\n\n" + line + "\n")
    assert result.gazette is not None and result.gazette.cn_number == "CN33-1035/D"


@pytest.mark.parametrize(("latex", "text"), [
    ("机密 $\\star$ 1年", "机密 ★ 1年"), ("$\\bigstar$", "★"), ("$\\bullet$ 加强领导", "• 加强领导"),
    ("${ \\bf 2 0 1 8 }$ 年", "2018 年"), ("$\\Phi 1 0$ 钢筋", "Φ10 钢筋"),
])
def test_more_latex_that_converters_write(latex: str, text: str) -> None:
    # A 密级's star (机密★1年), a bullet, the old font form {\bf …}, Greek capitals: as the characters they are.
    assert strip_markup(latex) == text


#: A city's rules joined with nothing between their paragraphs: a title run into its 文号, a chapter's heading
#: run into its first article, a 附件说明 of two titles run into the 署名, each attachment's label run into its
#: title and its text.
JOINED = ("某某市人民政府关于印发某某市河道管理办法的通知某政发〔2023〕7号各区人民政府，市政府各部门：现将《某某市河道"
          "管理办法》印发给你们，请认真贯彻执行。附件：1.某某市河道名录2.河道管理责任表某某市人民政府2023年3月1日"
          "（此件公开发布）某某市河道管理办法第一章总则第一条为了加强河道管理，制定本办法。第二条本市行政区域内的河道，"
          "适用本办法。第二章管理职责第三条市水务局负责全市河道管理工作：（一）编制规划；（二）组织巡查。第四条各区"
          "人民政府负责本区河道管理工作。附件1某某市河道名录甲河、乙河。附件2河道管理责任表丙河由某区负责。")


#: The same, each paragraph set apart by a space.
SPACED = JOINED.replace("通知某政发", "通知 某政发").replace("2023〕7号各区", "2023〕7号 各区").replace("：现将", "： 现将").replace(
    "。附件", "。 附件").replace("2.河道", " 2.河道").replace("表某某市", "表 某某市").replace("日（此件", "日 （此件").replace(
    "）某某市", "） 某某市").replace("法第一章", "法 第一章").replace("总则第一条", "总则 第一条").replace("。第", "。 第").replace(
    "职责第三", "职责 第三").replace("：（", "： （").replace("；（", "； （").replace("。附件", "。 附件")


@pytest.mark.parametrize("text", [JOINED, SPACED], ids=["nothing", "a space"])
def test_a_document_joined_with_nothing_between_its_paragraphs_reads_as_its_paragraphs(text: str) -> None:
    result = parse(text + "\n")
    (doc,) = result.documents
    assert (doc.title, doc.doc_number and doc.doc_number.text, doc.addressees, doc.signatories, doc.date) == (
        "某某市人民政府关于印发某某市河道管理办法的通知", "某政发〔2023〕7号", ["各区人民政府", "市政府各部门"],
        ["某某市人民政府"], "2023-03-01")
    assert [n.title for n in doc.attachment_notes] == ["某某市河道名录", "河道管理责任表"]
    assert [a.title for a in doc.attachments] == ["某某市河道名录", "河道管理责任表"]
    (rules,) = doc.enclosures
    assert rules.title == "某某市河道管理办法"
    assert [(c.marker, c.title, [a.marker for a in c.sections]) for c in rules.sections] == [
        ("第一章", "总则", ["第一条", "第二条"]), ("第二章", "管理职责", ["第三条", "第四条"])]
    # an inline list after a colon is broken too: the article's items are its subsections
    assert [s.marker for s in rules.sections[1].sections[0].sections] == ["（一）", "（二）"]
    assert result.source.lines == 1 and not result.unclassified
    # diagnostics give the column in the input's line; a Latin word is no end of a heading
    latin = text.replace("加强河道管理", "加强河道 and 管理")
    (x001,) = [d for d in parse(latin + "\n").diagnostics if d.code == "X001"]
    assert latin[x001.column - 1:].startswith("and")


#: The same notice, its title a line of its own (the page's heading) and the rest joined under it, without its
#: 文号 and 附件说明: the line opens with the 主送机关, and the rules it issues run into its 附注 and their first
#: chapter into their title, as a scrape of a city's site stores them.
UNDER_TITLE = ("某某市人民政府关于印发某某市河道管理办法的通知\n各区人民政府，市政府各部门：现将《某某市河道管理办法》印发给你们，"
               "请认真贯彻执行。某某市人民政府2023年3月1日（此件公开发布）某某市河道管理办法第一章　总　　则第一条　为了加强"
               "河道管理，制定本办法。第二条　本市行政区域内的河道，适用本办法。第二章　管理职责第三条　市水务局负责全市河道"
               "管理工作。第四条　各区人民政府负责本区河道管理工作。\n")


@pytest.mark.parametrize("numbered", [False, True])
def test_a_document_joined_under_its_title(numbered: bool) -> None:
    """Before, the text under the title was one paragraph of the notice: its first chapter and article, run into
    the title of the rules, started nothing, so neither did the articles after them."""
    text = UNDER_TITLE.replace("\n各区", "\n某政发〔2023〕7号各区") if numbered else UNDER_TITLE
    result = parse(text)
    (doc,) = result.documents
    assert (doc.doc_number and doc.doc_number.text, doc.addressees, doc.signatories, doc.date, doc.notes[0].text) == (
        "某政发〔2023〕7号" if numbered else None, ["各区人民政府", "市政府各部门"], ["某某市人民政府"], "2023-03-01",
        "（此件公开发布）")
    (rules,) = doc.enclosures
    assert rules.title == "某某市河道管理办法"
    assert [(c.marker, c.title, [a.marker for a in c.sections]) for c in rules.sections] == [
        ("第一章", "总则", ["第一条", "第二条"]), ("第二章", "管理职责", ["第三条", "第四条"])]
    assert not result.unclassified


#: A notice joined with nothing between its paragraphs whose attachments' titles open with a year (附件12021年度…:
#: the label's number runs into the title's digits).
YEAR_TITLES = ("某某省人民政府办公厅关于做好2021年度项目申报工作的通知某政办函〔2021〕18号各市人民政府：现就有关事项通知如下："
               "一、申报范围。各类项目均可申报。二、工作要求。各地要按时报送。附件：1．2021年度项目申报指南2．2021年度项目申报"
               "汇总表某某省人民政府办公厅2021年4月20日附件12021年度项目申报指南一、申报条件。项目应当符合产业政策。附件2"
               "2021年度项目申报汇总表甲项目由甲市申报。")
#: A notice that forwards a department's opinion, its title naming the department and dropping the 的
#: (转发市财政局关于…管理意见的通知); the opinion printed after the date, its department as a byline.
FORWARDED = ("某某市人民政府办公厅转发市财政局关于进一步加强政府采购管理意见的通知某政办发〔2019〕45号各区人民政府：市财政局《关于"
             "进一步加强政府采购管理的意见》已经市政府同意，现转发给你们，请认真贯彻执行。某某市人民政府办公厅2019年6月3日"
             "（此件公开发布）关于进一步加强政府采购管理的意见市财政局为进一步规范政府采购行为，现提出如下意见：一、严格采购预算"
             "管理。各单位应当将政府采购项目全部编入部门预算。二、规范采购程序。各单位要依法采购。")


def test_joined_attachment_titles_that_open_with_a_year() -> None:
    """Before, 附件12021年度… read as 附件12 and a title 021年度…, which the 附件说明 does not give: the foot was
    not found, and the date, the 署名 and the attachments were lost."""
    (doc,) = parse(YEAR_TITLES + "\n").documents
    assert (doc.signatories, doc.date) == (["某某省人民政府办公厅"], "2021-04-20")
    assert [(a.number, a.title) for a in doc.attachments] == [(1, "2021年度项目申报指南"), (2, "2021年度项目申报汇总表")]


def test_a_joined_notice_that_forwards_a_document() -> None:
    """Before, the forwarded opinion's title after the date (…管理的意见, where the notice's title says 管理意见) was
    not told: the foot was not found, and the opinion was sections of the notice."""
    (doc,) = parse(FORWARDED + "\n").documents
    assert (doc.signatories, doc.date, doc.sections) == (["某某市人民政府办公厅"], "2019-06-03", [])
    (opinion,) = doc.enclosures
    assert (opinion.title, opinion.issuer) == ("关于进一步加强政府采购管理的意见", "市财政局")
    assert [s.marker for s in opinion.sections] == ["一、", "二、"]


def test_a_heading_joined_with_a_space_to_a_dated_sentence() -> None:
    """二、申报时间 2021年5月1日至…: a heading with no stop, a space, and a sentence that opens with a date. Before, the
    heading ran into the sentence; a number set apart inside a sentence (一、力争到 2020 年) is still no heading's end."""
    text = ("某某省教育厅关于组织开展教学成果奖评选工作的通知 某教函〔2021〕33号 各设区市教育局： 为做好评选工作，现将有关事项通知如下："
            " 一、评选范围 全省各级各类学校。 二、申报时间 2021年5月1日至5月31日。 三、其他事项 请按时报送。 某某省教育厅 "
            "2021年4月12日\n")
    (doc,) = parse(text).documents
    assert [(s.marker, s.title) for s in doc.sections] == [("一、", "评选范围"), ("二、", "申报时间"), ("三、", "其他事项")]
    (doc,) = parse(text.replace("二、申报时间 2021年5月1日至5月31日。", "二、力争到 2020 年完成。")).documents
    assert (doc.sections[1].title, [p.text for p in doc.sections[1].paragraphs]) == (None, ["力争到2020年完成。"])


def test_a_sites_metadata_two_fields_a_line() -> None:
    """A site's metadata table copied as text, two fields a line a wide gap apart, its keys letter-spaced: each
    field is read (before, the second ran into the first's value, and the last line's took in the title under
    it). The header starts at the first line; a TAB line is left as a table's row."""
    text = ("索　引　号：000014349/2021-00012　　　主题分类：综合政务\n"
            "发文机关：国务院办公厅　　　　　　　　成文日期：2021年03月01日\n"
            "标　　题：国务院办公厅关于做好某某工作的通知\n"
            "发文字号：国办发〔2021〕5号　　　　　　发布日期：2021年03月05日\n\n"
            "国务院办公厅关于做好某某工作的通知\n\n国办发〔2021〕5号\n\n各省人民政府：\n\n现通知如下。\n\n国务院办公厅\n\n2021年3月1日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.title == "国务院办公厅关于做好某某工作的通知" and doc.date == "2021-03-01"
    assert doc.metadata == {"索引号": "000014349/2021-00012", "主题分类": "综合政务", "发文机关": "国务院办公厅",
                            "成文日期": "2021年03月01日", "标题": "国务院办公厅关于做好某某工作的通知",
                            "发文字号": "国办发〔2021〕5号", "发布日期": "2021年03月05日"}
    assert doc.span.start_line == 1 and result.source.lines == text.count("\n") and not result.unclassified
    from gazette_parse.breaks import split_metadata_pairs
    assert split_metadata_pairs("索引号：\t000014349/2021-00012\t主题分类：\t综合政务\n") is None
    assert split_metadata_pairs("联系人：张三　　电话：12345678\n") is None


@pytest.mark.parametrize("gap", ["\t", " "])
def test_a_sites_metadata_fields_a_tab_or_a_space_apart(gap: str) -> None:
    """The same table copied with a TAB between its cells (each cell a key and its value), or with one space, as a
    converter narrows every gap: each field is read. Before, a TAB line was left unread (X002) and a space line's
    first value took in the second field. The page's print and close buttons (【我要打印】【关闭窗口】) are chrome."""
    text = (f"索 引 号：000014349/2021-00012{gap}主题分类：综合政务\n"
            f"发文机关：国务院办公厅{gap}成文日期：2021年03月01日\n"
            "标　　题：国务院办公厅关于做好某某工作的通知\n"
            f"发文字号：国办发〔2021〕5号{gap}发布日期：2021年03月05日\n\n"
            "国务院办公厅关于做好某某工作的通知\n\n国办发〔2021〕5号\n\n各省人民政府：\n\n现通知如下。\n\n国务院办公厅\n\n"
            "2021年3月1日\n【我要打印】【关闭窗口】\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.metadata == {"索引号": "000014349/2021-00012", "主题分类": "综合政务", "发文机关": "国务院办公厅",
                            "成文日期": "2021年03月01日", "标题": "国务院办公厅关于做好某某工作的通知",
                            "发文字号": "国办发〔2021〕5号", "发布日期": "2021年03月05日"}
    assert doc.date == "2021-03-01" and not result.unclassified


SITE_FIELDS = [("索引号", "000014349/2021-00012", "主题分类", "综合政务"), ("发文机关", "国务院办公厅", "成文日期", "2021年03月01日"),
               ("标题", "国务院办公厅关于做好某某工作的通知"), ("发文字号", "国办发〔2021〕5号", "发布日期", "2021年03月05日")]


@pytest.mark.parametrize("table", ["pipe", "html"])
def test_a_sites_metadata_table_with_keys_in_cells_of_their_own(table: str) -> None:
    """A site's metadata as a converter draws its table (a pipe table, or HTML), a key's cell without a colon beside
    its value's: each field is read. Before, the rows were left unread (X002), or only the first of an HTML table."""
    if table == "pipe":
        rows = [f"| {' | '.join(r)} |" for r in SITE_FIELDS]
        head = "\n".join([rows[0], "|---|---|---|---|", *rows[1:]])
    else:
        head = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in SITE_FIELDS) + "</table>"
    text = (head + "\n\n# 国务院办公厅关于做好某某工作的通知\n\n国办发〔2021〕5号\n\n各省人民政府：\n\n现通知如下。\n\n"
            "国务院办公厅\n\n2021年3月1日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.metadata == {r[k]: r[k + 1] for r in SITE_FIELDS for k in range(0, len(r), 2)}
    assert doc.title == "国务院办公厅关于做好某某工作的通知" and not result.unclassified


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("last", "title"), [
    (last, title) for last in ("", "主题词：", "标　　题：")
    for title in ("某某省人民政府办公厅关于加快推进城市更新的实施意见", "某某省人民政府办公厅关于加快推进\n城市更新的实施意见")
    # (an empty 标题 last, over a title in two lines: nothing tells the title's first line from a value)
    if not (last == "标　　题：" and "\n" in title)])
def test_a_sites_metadata_each_key_over_its_value(gap: str, last: str, title: str) -> None:
    """A site's metadata list copied as text, each key alone on its line and its value on the next: each field is
    read. Before, the 文号 and the date among the values opened a document with no title, and the other values
    were unclassified. A key over nothing (the next line another key) stays empty, and so does the list's last
    key over the document's title, whole or its first line (the title repeats the value read for 标题, or has
    the 文号 under it)."""
    fields = [("索　引　号：", "11330000002482870W/2023-00012"), ("主题分类：", "城乡建设、环境保护"),
              ("发布机构：", "某某省人民政府办公厅"), ("成文日期：", "2023-03-15"),
              ("标　　题：", "某某省人民政府办公厅关于加快推进城市更新的实施意见"), ("发文字号：", "某政办发〔2023〕12号"),
              ("有效性：", ""), ("发布日期：", "2023-03-20")]
    if last:
        fields = [f for f in fields if f[0] != last] + [(last, "")]
    head = gap.join(k + gap + v if v else k for k, v in fields)
    text = (head + f"\n\n{title}\n\n某政办发〔2023〕12号\n\n各市人民政府：\n\n"
            "为加快推进城市更新，现提出如下意见。\n\n某某省人民政府办公厅\n\n2023年3月15日\n")
    result = parse(text)
    (doc,) = result.documents
    assert doc.title == "某某省人民政府办公厅关于加快推进城市更新的实施意见" and doc.date == "2023-03-15"
    assert doc.metadata == {"".join(k.split()).rstrip("：").replace("\u3000", ""): v for k, v in fields}
    assert doc.span.start_line == 1 and not result.unclassified
    assert not [d.code for d in result.diagnostics if d.severity.value != "info"]


def test_only_a_line_of_paragraphs_joined_with_nothing_between_them_is_broken() -> None:
    from gazette_parse.joins import split_joined_lines

    found = split_joined_lines("前\n" + JOINED + "\n后\n")
    assert found is not None
    text, line_map = found
    pieces = text.split("\n")[:-1]
    assert pieces[:4] == ["前", "某某市人民政府关于印发某某市河道管理办法的通知", "某政发〔2023〕7号", "各区人民政府，市政府各部门："]
    assert pieces[-1] == "后" and [line_map.origin[k][0] for k in (0, 1, len(pieces) - 2, len(pieces) - 1)] == [1, 2, 2, 3]
    assert line_map.origin[2] == (2, JOINED.index("某政发"))
    filler = "按照有关规定做好相关工作，" * 20
    # numbers counted in clauses (…：一、…；二、…) or not counting up from 一 are no sections
    assert split_joined_lines(filler + "主要包括：一、加强领导；二、完善制度；三、强化监督。\n") is None
    assert split_joined_lines(filler + "。二、加强领导。三、完善制度。\n") is None
    # a line too short to hold a document
    assert split_joined_lines("现通知如下。一、加强领导。二、完善制度。\n") is None


def test_only_a_table_that_lays_out_a_page_is_read_as_its_blocks() -> None:
    from gazette_parse.breaks import unwrap_layout_tables

    word = ('<table border="1"><tr><td><p class="MsoNormal">序号</p></td><td><p>任务</p></td></tr>'
            "<tr><td><p>1</p></td><td><p>加强领导。</p><p>落实责任。</p></td></tr></table>\n")
    listed = "<table><tr><td>张三</td></tr><tr><td>李四</td></tr></table>\n"
    # a table of data exported from Word (a paragraph or two a cell), and a column of names: data
    assert unwrap_layout_tables(word) is None and unwrap_layout_tables(listed) is None
    # a page in a table, with a table of data in its cell: the page's tags go, the data's stay, and every line
    # and column stays where it was
    page = "<table><tr><td>\n<p>甲。</p>\n" + word + "<p>乙。</p>\n</td></tr></table>\n"
    found = unwrap_layout_tables(page)
    assert found is not None
    text, line_map = found
    assert [len(line) for line in text.split("\n")] == [len(line) for line in page.split("\n")]
    assert text.count("<table") == 1 and "<td><p class" in text and text.startswith("<x ---><x ><x >\n")
    assert line_map.origin == [(no, 0) for no in range(1, page.count("\n") + 1)]


def test_named_character_references_are_decoded() -> None:
    """Web pages print quotation marks, dashes and ellipses as named references. Before, only ``&nbsp;``,
    ``&amp;``, ``&lt;``, ``&gt;``, ``&quot;`` and numeric ones were decoded, and a line holding none of them kept
    ``&ldquo;放管服&rdquo;`` as printed."""
    page = ("<p>国务院办公厅关于深化&ldquo;放管服&rdquo;改革的通知</p>\n<p>国办发〔2019〕1号</p>\n<p>各省人民政府：</p>\n"
            "<p>现通知如下&hellip;&hellip;一是&mdash;&mdash;加强&#x9886;&#23548;。</p>\n<p>国务院办公厅</p>\n<p>2019年1月1日</p>\n")
    (doc,) = parse(page).documents
    assert doc.title == "国务院办公厅关于深化“放管服”改革的通知"
    assert doc.preamble[0].text == "现通知如下……一是——加强领导。"


@pytest.mark.parametrize(("text", "keys"), [
    ("附件：1.2020年度设区市考核结果\n      2.2020年度考核问题清单\n", {"2020年度设区市考核结果", "2020年度考核问题清单"}),
    ("附件：1.2020年度设区市安全生产工作\n考核结果\n2.2020年度考核问题\n清单\n\n某某省人民政府\n",
     {"2020年度设区市安全生产工作", "2020年度设区市安全生产工作考核结果", "2020年度考核问题", "2020年度考核问题清单"}),
    ("附件：某某名单\n\n某某省人民政府\n2021年3月1日\n", {"某某名单"}),
    ("附件：1．甲名单\n\n2．乙清单\n\n某某省人民政府\n", {"甲名单", "乙清单"}),
    ("一、工作任务\n1.加强领导\n2.狠抓落实\n", set()),
    ("附件1\n\n某某名单\n\n1.张三\n", set()),
])
def test_the_titles_an_attachment_note_announces(text: str, keys: set[str]) -> None:
    """Read from the lines before blocks are made: an entry a wrap cut is kept both as cut and whole; numbered
    lines that follow no 附件说明 announce nothing, and a blank line ends an entry (the 署名 under it is none)."""
    from gazette_parse.blocks import announced_titles

    assert announced_titles(normalize(text)) == keys


MINUTES = ["某某市人民政府常务会议纪要", "〔2020〕第15次", "2020年7月10日，市长王某某主持召开市政府第15次常务会议。会议研究了以下事项：",
           "一、关于某某项目建设有关问题", "会议听取了市发展改革委关于某某项目建设情况的汇报。", "会议决定：",
           "（一）由市财政局牵头，统筹安排项目建设资金。", "（二）由市自然资源局负责，加快办理项目用地手续。",
           "二、关于《某某市城市管理办法（草案）》", "会议原则通过《某某市城市管理办法（草案）》，由市司法局修改后，以市政府令发布。",
           "出席：王某某　李某某　赵某某", "请假：孙某某", "列席：周某某　吴某某", "抄送：市委办公室，市人大常委会办公室。",
           "某某市人民政府办公室　　2020年7月12日印发"]


@pytest.mark.parametrize("joint", ["", " ", "\u3000"])
def test_joined_meeting_minutes(joint: str) -> None:
    """Minutes have no 文号, 署名 or date to anchor a head or a foot: their title run into their number
    (…纪要〔2020〕第15次) is the head, and their attendance lines and 版记 the foot. Before, nothing was read."""
    whole = parse("\n\n".join(MINUTES) + "\n").documents[0]
    (doc,) = parse(joint.join(MINUTES) + "\n").documents
    assert (doc.title, doc.kind) == ("某某市人民政府常务会议纪要", "纪要")
    assert [(a.role, a.names) for a in doc.attendance] == [(a.role, a.names) for a in whole.attendance] == [
        ("出席", ["王某某", "李某某", "赵某某"]), ("请假", ["孙某某"]), ("列席", ["周某某", "吴某某"])]
    assert doc.imprint is not None and (doc.imprint.cc, doc.imprint.printed_on) == (
        ["市委办公室", "市人大常委会办公室"], "2020-07-12")
    assert [s.marker for s in doc.sections] == ["一、", "二、"]
    assert [s.marker for s in doc.sections[0].sections] == ["（一）", "（二）"]
    if joint:  # (with nothing between them, a heading with no stop runs into its text: see Known limitations)
        assert [s.title for s in doc.sections] == [s.title for s in whole.sections]
