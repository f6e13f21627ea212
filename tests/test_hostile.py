"""Hostile inputs: parse() finishes, accounts for them, and does work proportional to their size.

Tests never assert on time. Linearity is checked by counting the function calls a parse makes (a number
that does not depend on the machine or its load) at two sizes: doubling the input must not much more than
double them, where quadratic work would quadruple them. Work inside one C call (a regex scanning a 1 MB
line) is invisible to that count: the one-line cases are timed by benchmarks/run.py, with all the others at
full size.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType

import pytest

from gazette_parse import parse

#: Each case builds its input at a scale: 1.0 is the full size benchmarks/run.py times.
CASES: dict[str, Callable[[float], str]] = {
    "1 MB line": lambda k: "国务院关于某事的通知\n\n" + "一二三，" * int(90_000 * k) + "\n",
    "100 000 × 一、 on lines": lambda k: "一、\n" * int(100_000 * k),
    "100 000 × 一、 on one line": lambda k: "一、" * int(100_000 * k),
    "100 000 × （ on one line": lambda k: "（" * int(100_000 * k),
    "100 000 × （ on lines": lambda k: "（\n" * int(100_000 * k),
    "deeply nested numbering": lambda k: "".join(
        f"{m}标题\n" for m in ["第一章", "一、", "（一）", "1.", "（1）", "①"] * int(8_000 * k)),
    "100 000 TOC-like lines": lambda k: "目 录\n" + "某某 ..... (3)\n" * int(100_000 * k),
    "100 000 文号 lines": lambda k: "国发〔2018〕1号\n" * int(100_000 * k),
    "10 000 Latin words on one line": lambda k: "国务院关于某事的通知\n\n" + "金融 and " * int(10_000 * k) + "风险\n",
    "a 1 MB line of spaced cells": lambda k: "甲  乙\n" + "甲  " * int(200_000 * k) + "\n",
    "a 100 000-line HTML table": lambda k: "<table>\n" + "<tr>\n<td>1</td>\n<td>甲</td>\n</tr>\n" * int(25_000 * k)
    + "</table>\n",
    "HTML cells spanning 9 999 rows and columns": lambda k: "<table>" + '<tr><td rowspan="9999">甲</td><td colspan="9999">乙</td></tr>' * int(20_000 * k) + "</table>\n",
    "HTML tables that never close": lambda k: "<table>\n正文\n" * int(50_000 * k),
    "scripts and comments that never close": lambda k: "<script>\n正文<!--\n" * int(50_000 * k) + "</script>\n",
    "one comment over 100 000 lines": lambda k: "<!--\n" + "正文<style>\n" * int(100_000 * k) + "-->\n",
    "layout rows that make no table": lambda k: "甲甲  乙  丙\n丁  戊戊戊\n" * int(50_000 * k),
    "a 100 000-row layout table": lambda k: "序号    名称    单位\n" + "1    某某事项    某部\n" * int(100_000 * k),
    "tabs and pipes": lambda k: ("a\tb\t|c|" * 500 + "\n") * int(500 * k),
    "a TOC of 50 000 entries over as many documents, none matching": lambda k: (
        "目录\n" + "".join(f"某某关于第{i}号甲事项的通知 …… {i // 10 + 1}\n" for i in range(int(50_000 * k)))
        + "".join(f"某某关于第{i}号乙事项的通知\n\n某发〔2020〕{i + 1}号\n\n正文。\n\n" for i in range(int(50_000 * k)))),
    "TOC lines with 100 000 spaces or dots inside": lambda k: (
        "目 录\n甲" + " " * int(100_000 * k) + "乙 …… 3\n甲" + "…" * int(100_000 * k) + "乙\n"),
    "100 000 page footers": lambda k: "—3—\n" * int(100_000 * k),
    "100 000 lone page numbers": lambda k: "".join(f"正文\n{n}\n" for n in range(1, int(50_000 * k) + 1)),
    "pandoc dash lines over 100 000 lines": lambda k: "甲 乙\n------ ------\n甲 乙\n\n" * int(25_000 * k),
    "a pandoc table of 100 000 rows left open": lambda k: (
        "------------\n甲 乙\n------ -----\n" + "1 甲\n\n" * int(50_000 * k)),
    "50 000 titles dated under them": lambda k: "某某关于甲的决定\n（2020年1月1日）\n" * int(50_000 * k),
    "a 1 MB line of issued quotations": lambda k: "现将《某某方案》印发" * int(50_000 * k) + "\n",
    "100 000 lines of web page chrome": lambda k: "首页 > 政务公开\n打印本页 关闭窗口\n" * int(50_000 * k),
    "a TOC of 100 000 two-column lines": lambda k: "目录\n" + "甲的通知……1    乙的通知……2\n" * int(100_000 * k),
    "a TOC line of 200 000 column gaps": lambda k: "目录\n" + "甲1    " * int(200_000 * k) + "\n",
    "a TOC of 50 000 entries, each under a category": lambda k: "目录\n" + "".join(
        f"某某关于第{i}项的通知……{1 + i // 100}\n【省政府文件】\n" for i in range(int(50_000 * k))),
    "20 000 orders of one title listed in the TOC": lambda k: (
        "目录\n" + "".join(f"某某市人民政府令……{1 + i // 100}\n" for i in range(int(20_000 * k)))
        + "".join(f"某某市人民政府令\n第{i + 1}号\n\n现予公布。\n\n市长　某某\n2020年1月1日\n\n" for i in range(int(20_000 * k)))),
    "20 000 documents dated under their titles, each ending in a sentence": lambda k: "".join(
        f"某某关于第{i}项工作的决定\n（2020年1月1日）\n\n正文。\n\n" for i in range(int(20_000 * k))),
    "a notice with no closing that issues a plan, over 50 000 title-like lines": lambda k: (
        "某某关于印发甲方案的通知\n（2020年1月1日）\n\n" + "现将《甲方案》印发给你们。" * 1000 + "\n\n"
        + "某某关于乙的通知\n\n" * int(50_000 * k)),
    "20 000 statistical communiqués with bylines": lambda k: "".join(
        f"第{i}次统计公报\n\n某某省统计局\n2020年1月1日\n\n全省生产总值增长3.6%。\n\n" for i in range(int(20_000 * k))),
    "100 000 letter-spaced lines, and one of 1 MB": lambda k: "2 0 1 9 年 2 月 1 日\n" * int(100_000 * k)
    + "甲 " * int(300_000 * k) + "\n",
    "50 000 版记 drawn as tables": lambda k: ("<table><tr><td>抄送：甲，乙。</td></tr><tr><td>某某办公厅</td>"
                                          "<td>2020年1月1日印发</td></tr></table>\n") * int(50_000 * k),
    "20 000 speeches with dash lines and bylines": lambda k: "".join(
        f"关于第{i}项的说明\n——2020年1月1日在某某会议上\n省长　张三\n各位代表：\n正文。\n" for i in range(int(20_000 * k))),
    "a TOC of 20 000 entries and an English listing one longer": lambda k: "目录\n" + "".join(
        f"某某市人民政府关于第{i}项的通知……{i // 25 + 1}\n" for i in range(int(20_000 * k))) + "CONTENTS\n" + "".join(
        f"Notice No. {i} of the Municipal Government ……{i // 25 + 1}\n" for i in range(int(20_000 * k) + 1)),
    "a 大事记 of one day and 100 000 paragraphs": lambda k: "2020年2月省政府大事记\n2月3日　省长主持会议。\n"
        + "会议研究部署工作。\n" * int(100_000 * k),
    "a table of 100 000 cells printed one a line": lambda k: "序号\n名称\n类别\n" + "".join(
        f"{i + 1}\n某某项目\n甲类\n" for i in range(int(33_000 * k))),
    "序号 over 100 000 short lines that make no table": lambda k: "序号\n名称\n" * int(50_000 * k),
    "a 任免名单 of 50 000 appointments": lambda k: "某某省人民政府任免名单\n任命：\n" + "".join(
        f"张{'甲乙丙丁'[i % 4]}为某某省第{i}厅副厅长；免去李{'甲乙丙丁'[i % 4]}的某某省第{i}局局长职务，退休。\n"
        for i in range(int(50_000 * k))),
    "20 000 speeches in traditional characters": lambda k: "".join(
        f"關於第{i}項的說明\n——2020年1月1日在某某會議上\n省長　張三\n各位代表：\n正文。\n" for i in range(int(20_000 * k))),
    "100 000 rows of two columns, a title across the page every 50": lambda k: "".join(
        ("                      某某市人民政府关于第{i}项的通知\n\n" if i % 50 == 0 else "")
        + f"  一、甲事项要抓紧办理，各区要按期完成{i}          （二）乙事项要抓紧办理，各区要明确责任\n"
        for i in range(int(100_000 * k))),
    "50 000 TOC entries with the page in front": lambda k: "目录\n" + "".join(
        f"　{i // 60 + 1}　某某市人民政府关于第{i}项的通知（某政发〔2023〕{i}号）\n" for i in range(int(50_000 * k))),
    "a 1 MB line of paragraphs parted by <br>": lambda k: "<p>" + "各地要抓紧办理。<br/>一、甲事项。<br>" * int(40_000 * k)
    + "</p>\n",
    "100 000 lines of two HTML paragraphs": lambda k: "<p>一、甲事项要抓紧办理。</p><p>（一）乙事项。</p>\n" * int(100_000 * k),
    "50 000 TOC entries with the 文号 under each": lambda k: "目录\n" + "".join(
        f"某某市人民政府关于第{i}项的通知……{i // 60 + 1}\n某政发〔2023〕{i}号\n" for i in range(int(50_000 * k))),
    "one 纪要 with 100 000 attendance lines": lambda k: "某某会议纪要\n〔2021〕第1号\n\n一、关于甲\n会议同意。\n"
    + "出席：甲、乙\n" * int(100_000 * k),
    "50 000 纪要 with attendance lists": lambda k: "".join(
        f"某某会议纪要\n〔2021〕第{i}号\n某某办公厅　　2021年6月10日\n一、关于甲\n会议同意。\n出席：甲、乙\n请假：丙\n"
        for i in range(int(50_000 * k))),
    "50 000 notes under 注释, each referred to": lambda k: "".join(
        f"第{i}项增长3.1%[1]。\n注释：\n[1]按现价计算，\n增长速度按不变价格计算。\n" for i in range(int(50_000 * k))),
    "100 000 注释 lines over notes nothing refers to": lambda k: "注释：\n[1]按现价计算。\n" * int(100_000 * k),
    "a 1 MB line of paragraphs run together by their indents": lambda k: "　　".join(
        ["某某关于甲的通知　某发〔2020〕1号　各区："] + ["一、甲事项要抓紧办理。"] * int(60_000 * k)) + "\n",
    "a 1 MB line of sections joined with nothing between them": lambda k: "某某关于甲的通知某发〔2020〕1号各区：" + (
        "一、甲事项要抓紧办理。二、乙事项要抓紧办理。（一）丙。（二）丁。" * int(20_000 * k)) + "某某局2020年1月1日\n",
    "a 1 MB line of sentences and headings joined by one space": lambda k: "某某关于甲的通知 某发〔2020〕1号 各区： " + (
        "一、甲事项 要抓紧办理。 二、乙事项 要抓紧办理。 " * int(25_000 * k)) + "某某局 2020年1月1日\n",
    "100 000 line breaks written as escapes on one line": lambda k: "某某关于甲的通知\\n" + "一、甲事项。\\n\\n" * int(
        100_000 * k) + "\n",
    "50 000 tags over line ends": lambda k: "<p class=a><span\nlang=EN-US>甲。</span></p>\n" * int(50_000 * k),
    "tables nested 5 000 deep": lambda k: "<table><tr><td>\n" * int(5_000 * k) + "<p>甲。</p>\n"
    + "</td></tr></table>\n" * int(5_000 * k),
    "a layout table of 50 000 rows": lambda k: "<table>\n" + "<tr><td><p>甲事项。</p></td></tr>\n" * int(50_000 * k)
    + "</table>\n",
    "100 000 lines in one HTML paragraph": lambda k: "<p>\n" + "甲乙丙。\n" * int(100_000 * k) + "</p>\n",
    "a box-drawn table of 50 000 rows, a border under each": lambda k: "┌──┬──┐\n│序号│名称│\n" + "├──┼──┤\n│1│甲│\n│ │乙│\n" * int(
        50_000 * k) + "└──┴──┘\n",
    "a grid table of 100 000 lines between two borders": lambda k: "+----+----+\n" + "| 1  | 甲 |\n" * int(100_000 * k)
    + "+----+----+\n",
    "a list of units hard-wrapped over 100 000 lines": lambda k: "甲市应急管理局　甲市消防救援\n支队　甲市某某区人民政府　甲\n"
    * int(50_000 * k),
    "a 1 MB line of units a full-width space apart": lambda k: "甲市应急管理局　" * int(40_000 * k) + "\n",
    "a 1 MB line of letters and full-width spaces that is no list": lambda k: "甲　" * int(170_000 * k) + "。\n",
    "100 000 lines of fields a wide gap apart": lambda k: "联系人：张三　　联系电话：0571-12345678\n" * int(100_000 * k),
    "a metadata key after a 1 MB run of spaces": lambda k: "发文机关：甲" + " " * int(1_000_000 * k) + "成文日期：2021年1月1日\n",
    "100 000 lines of metadata two fields a line": lambda k: "发文机关：甲　　　成文日期：2021年1月1日\n" * int(100_000 * k),
    "a table laid out with full-width spaces, 100 000 rows": lambda k: "序号　　名称　　　　单位\n"
    + "1　　　某某事项　　某部\n" * int(100_000 * k),
    "a TAB table of 100 000 blank rows": lambda k: "序号\t名称\t单位\n" + "1\t\t\n" * int(100_000 * k),
    "minutes run together over 30 000 attendance lines": lambda k: "某某会议纪要第1次"
    + "会议决定。出席：张三请假：李四" * int(30_000 * k) + "\n",
    "a plan of 20 000 boxes, each with its list": lambda k: "某某省某某发展规划\n\n一、主要任务\n（一）加强统筹。各地要加强统筹。\n"
    + "".join(f"{i}.推进第{i}项工作。各地要抓好落实。\n专栏{i % 99 + 1}　重点工程\n1.甲工程。\n2.乙工程。\n3.丙工程。\n"
              for i in range(1, int(20_000 * k) + 1)),
    "100 000 numberings that open past one and never go on": lambda k: "某某省某某实施意见\n\n"
    + ("七、甲\n" + "（三）乙。各地要抓好落实。\n" * 9 + "5.丙。\n") * int(10_000 * k),
    "a column of 100 000 lines pasted one a paragraph, names and forwarding titles among them": lambda k:
    "\n\n".join(["某某省发展和改革委员会转发省发展改革", "委关于某某工作意见的通知", "某发改〔2021〕1号",
                   "各地各部门要高度重视某某工作，切实", "加强组织领导，确保各项工作落到实", "处。某某市东区甲街道社区居民委员会",
                   "某某市东区乙街道社区居民委员会", "某某市东区丙街道社区居民委员会", "财政部　税务总局公告2020年第",
                   "2号"] * int(10_000 * k)),
}
#: Scales the tests run at (4 % and 8 % of the benchmark's size).
SMALL, DOUBLE = 0.04, 0.08
#: Doubling the input may cost at most this factor in calls (2 plus slack for what grows slowly).
MAX_GROWTH = 2.3


def count_calls(fn: Callable[[str], object], text: str) -> int:
    """Python and C function calls (and generator resumptions) made by ``fn(text)``."""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event == "call" or event == "c_call":
            count += 1

    sys.setprofile(profile)
    try:
        fn(text)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input_costs_linear_work(name: str) -> None:
    small, double = CASES[name](SMALL), CASES[name](DOUBLE)
    result = parse(double)
    assert result.source.lines == double.count("\n") + (not double.endswith("\n"))
    growth = count_calls(parse, double) / count_calls(parse, small)
    assert growth <= MAX_GROWTH, f"{name}: doubling the input multiplied the calls by {growth:.2f}"


def test_call_count_sees_quadratic_work() -> None:
    """The measure itself: a loop over the lines inside a loop over the lines is caught."""

    def quadratic(text: str) -> int:
        lines = text.splitlines()
        return sum(1 for a in lines for b in lines if a == b)

    assert count_calls(quadratic, "x\n" * 400) / count_calls(quadratic, "x\n" * 200) > MAX_GROWTH


def test_metadata_lists_each_key_over_its_value_cost_linear_work() -> None:
    """Lists of a site's metadata, each key over its value and each list ended by text: reading them costs work in
    proportion to their number (the values a list has read are its own; once, every list looked over the values of
    all the lists above it)."""
    from gazette_parse.blocks import Block, pair_metadata_keys
    from gazette_parse.normalize import Line, LineKind

    def blocks(n: int) -> list[Block]:
        texts = [t for i in range(n) for t in ("发文字号：", f"某政发〔2021〕{i}号", "标题：", f"某某关于甲{i}的通知", "甲乙丙。")]
        return [Block(text=t, lines=[Line(k + 1, t, t, LineKind.TEXT)]) for k, t in enumerate(texts)]

    small, double = blocks(1_000), blocks(2_000)
    assert len(pair_metadata_keys(small)) == 3_000
    growth = count_calls(lambda _: pair_metadata_keys(double), "") / count_calls(lambda _: pair_metadata_keys(small), "")
    assert growth <= MAX_GROWTH, f"doubling the lists multiplied the calls by {growth:.2f}"
