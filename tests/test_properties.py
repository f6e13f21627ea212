"""Properties: parse() never raises, and every non-blank input line is accounted for in the output.

The coverage walk here is independent of the library's own ``coverage`` module: it collects spans from the
JSON output by key, so a node that claims lines without showing them in a span fails the test.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from converters import tabs_to_spaces
from gazette_parse import parse
from gazette_parse.emit import to_data
from gazette_parse.normalize import split_lines

ROOT = Path(__file__).resolve().parent.parent
FILES = (sorted((ROOT / "samples").glob("*.md")) + sorted((ROOT / "tests" / "corpus").glob("*.txt"))
         + sorted((ROOT / "tests" / "fixtures").glob("*.*")))
TEXTS = [p.read_bytes().decode("utf-8") for p in FILES]
#: The corpus's TAB tables laid out with spaces, as pdftotext -layout prints tables.
TEXTS += [tabs_to_spaces(t) for t in TEXTS if "\t" in t]
#: Container spans: they hold other nodes and do not count as accounting for a line by themselves.
CONTAINERS = {"documents", "enclosures", "attachments", "sections"}
#: Diagnostics that record where a line went.
ACCOUNTING = {"F001", "X002", "X004"}


def accounted_lines(data: Any, key: str = "") -> set[int]:
    out: set[int] = set()
    if isinstance(data, dict):
        if key == "diagnostics" and data.get("code") not in ACCOUNTING:
            return out
        for k, v in data.items():
            if k.endswith("span") and isinstance(v, dict) and "start_line" in v:
                if not (k == "span" and key in CONTAINERS):
                    out.update(range(v["start_line"], v["end_line"] + 1))
            elif k == "row_spans":
                continue
            else:
                out |= accounted_lines(v, k)
    elif isinstance(data, list):
        for item in data:
            out |= accounted_lines(item, key)
    return out


def spans(data: Any) -> list[tuple[int, int]]:
    """Every span in the output, as (start, end)."""
    if isinstance(data, dict):
        if "start_line" in data and "end_line" in data:
            return [(data["start_line"], data["end_line"])]
        return [span for v in data.values() for span in spans(v)]
    if isinstance(data, list):
        return [span for item in data for span in spans(item)]
    return []


def assert_every_line_accounted(text: str) -> None:
    data = to_data(parse(text))
    lines = split_lines(text)
    assert data["source"]["lines"] == len(lines)
    wrong = [(a, b) for a, b in spans(data) if not 1 <= a <= b <= max(len(lines), 1)]
    assert not wrong, f"spans out of order or out of the text: {wrong[:5]}"
    covered = accounted_lines(data)
    blank = {i for i, ln in enumerate(lines, 1) if not "".join(ln.split()).strip("\u200b\ufeff\u00ad")}
    missing = [i for i in range(1, len(lines) + 1) if i not in covered and i not in blank]
    assert not missing, f"lines not in any span: {missing[:10]} e.g. {lines[missing[0] - 1][:40]!r}"


@pytest.mark.parametrize("text", TEXTS, ids=[p.name[:40] for p in FILES] + [f"spaced-{i}" for i in range(len(TEXTS) - len(FILES))])
def test_every_line_accounted_for(text: str) -> None:
    assert_every_line_accounted(text)


def mutate(text: str, rng: random.Random) -> str:
    """Delete, duplicate, swap, split or join lines; drop or insert characters; change line ends."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 8)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        op = rng.randrange(9)
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, lines[i])
        elif op == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == 3 and lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i:i + 1] = [lines[i][:k], lines[i][k:]]
        elif op == 4 and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
        elif op == 5 and lines[i]:
            k = rng.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + lines[i][k + 1:]
        elif op == 6:
            lines.insert(i, rng.choice(["", "\f", "—3—", "附件", "一、", "（", "2018年2月30日", "国发〔2018〕",
                                        "浙政办发〔2018〕7号", "\t", "# ", "目 录", "|a|b|", "\u3000\u00ad\u200b"]))
        elif op == 7:
            lines[i] = lines[i].replace("，", ",").replace("。", ".")
        else:
            lines[i] = lines[i] + rng.choice(["\r", " ", "\t表", "<b>", "**"])
    return rng.choice(["\n", "\r\n", "\r"]).join(lines)


@settings(max_examples=520, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), which=st.integers(min_value=0, max_value=len(TEXTS) - 1))
def test_mutated_inputs_never_raise_and_lose_nothing(seed: int, which: int) -> None:
    text = mutate(TEXTS[which], random.Random(seed))
    assert_every_line_accounted(text)


ALPHABET = st.one_of(
    st.sampled_from(list("一二三十、（）()〔〕[]号年月日第章条附件：:，。；\n\r\t\f \u3000#*-|<>—0123456789浙政办发关于通知")),
    st.characters(codec="utf-8"),
)


def test_metadata_lines_above_the_document_they_follow_leave_its_span_in_order() -> None:
    """A fuzzed page (seed 21, case 407): a web page's metadata lines above an order's title, and a 文号 under
    it that starts a second document. The metadata was taken for the second document's, and the first one's
    span cut to end above it: line 1 to line 0, a crash where the input had been rewritten."""
    assert_every_line_accounted("文\u3000\u3000号：浙政发〔2020〕5号\n主题分类：综合政务\n中华人民共和国中央军事委员会令\n"
                                "为进一步加强某某工作，现提出如下意见。\n\n浙政发〔2020〕5号\n")
    assert_every_line_accounted((ROOT / "tests" / "regressions" / "fuzzed-escaped-page.txt").read_text(encoding="utf-8"))


def test_a_toc_in_two_columns_ends_at_the_first_documents_number() -> None:
    """A mutated issue (seed 54369, text 72; CI found it): a TOC in two columns, a line of 主送 swapped into it,
    then a page footer, a document's title and 文号, and a line of two category headings side by side. The TOC's
    columns ran on to that line, the document's title and 文号 were read into the left column, and an entry joined
    them to the head of the right one: a span from line 10 to line 5. The columns now end at a 文号 or a date, and
    an entry's span runs from its first line to its last, however the columns ordered them."""
    text = (ROOT / "tests" / "regressions" / "fuzzed-toc-in-two-columns-over-a-document.txt").read_bytes().decode()
    assert "\r\n" in text
    assert_every_line_accounted(text)
    assert [(e.title[-8:], e.span.start_line) for e in parse(text).toc if e.title.endswith(("丙工作的通知", "丁工作的通知"))] == [
        ("关于丙工作的通知", 5), ("关于丁工作的通知", 7)]


def test_a_tables_row_spans_in_rewritten_text_point_at_the_input() -> None:
    """A web page on one line with a table in it: the rows' spans were left as lines of the rewritten text (5, 6
    on a page of one line); every other span was read back. A fuzz run that checks spans found it."""
    page = ("<p>某某局关于甲事项的通知</p><p>某发〔2020〕1号</p><p>各区：</p><p>现通知如下。</p>"
            "<table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>甲</td></tr></table><p>某某局</p><p>2020年1月1日</p>")
    assert_every_line_accounted(page)
    (doc,) = parse(page).documents
    assert doc.tables[0].row_spans and {(s.start_line, s.end_line) for s in doc.tables[0].row_spans} == {(1, 1)}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=400))
def test_arbitrary_text_never_raises(text: str) -> None:
    assert_every_line_accounted(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["一、标题", "（一）小节。正文，", "1.条目。", "（1）细目", "第一章 总则", "第一条 内容。",
                                 "1.1 范围", "附件", "附件：清单", "国务院", "2018年3月1日", "（此件公开发布）",
                                 "序号\t名称", "1\t甲", "国发〔2018〕1号", "各省人民政府：", "目录", "",
                                 "序号    名称    单位", "1       甲      某部", "        续行    另一部", "2    乙    丙",
                                 "<table>", "<tr>", "<td>甲</td>", "<td>1", "</tr>", "</table>"]),
                max_size=80))
def test_structured_noise(parts: list[str]) -> None:
    assert_every_line_accounted("\n".join(parts))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["某某市人民政府公报", "\f某某市人民政府公报", "\f浙江省人民政府公报 2018年第12期", "2018年第12期",
                                 "\f2018年第12期", "—1—", "\f省政府办公厅文件", "主管主办单位：某某", "国内统一刊号：CN33-1354/D",
                                 "5月11日出版", "2018年5月11日", "目录", "目录（续）", "某某关于甲的通知 …… 3", "8",
                                 "【省政府文件】", "某某关于甲的通知", "某政发〔2018〕1号", "抄送：甲，", "乙。",
                                 "某某办公厅　2018年3月2日印发", "000123", "机密★1年", "附件1-1", "附表", "表1 情况",
                                 "<script>", "</script>", "<!--", "-->", "<p>正文。</p>", "正文。", ""]),
                max_size=60))
def test_page_furniture_masthead_and_closing_noise(parts: list[str]) -> None:
    """Mastheads, running headers after form feeds, colophons, TOCs and 版记 mixed at random (a running header
    among the first lines once crashed the masthead search)."""
    assert_every_line_accounted("\n".join(parts))


@pytest.mark.parametrize("text", ["¹", "¹\n²\n³\n", "１２\n１３\n", "٣\n٤\n", "²⁰¹⁸年³月¹日\n"])
def test_digits_int_refuses(text: str) -> None:
    """Characters str.isdigit() accepts and int() refuses (found by the fuzzer: a lone ¹ crashed the page
    number finder)."""
    assert_every_line_accounted(text)


SESSION_PARTS = ["浙江省人民政府", "公　报", "（旬刊）", "国务院公报编辑部编辑出版", "2020年第10期（总第1650期）", "目录",
                 "【人事任免】", "国务院任免国家工作人员", "某某关于甲的通知（2021年2月3日）……3", "（某府发〔2021〕1号）……（2）",
                 "某某关于甲的决定", "（2020年3月5日　京政发〔2020〕1号）", "（2020年8月30日）", "(84)财税字第301号",
                 "国函〔2020〕1号", "各区人民政府：", "现将《某某方案（2020—2022年）》印发给你们。", "某某方案（2020",
                 "—2022年）", "一、加强领导。（某部牵头）", "二、本通告自发布之日起施行。", "第一条（目的和依据）", "市长　某某",
                 "2020-03-05", "2020.3.5", "**某某市人民政府办公室\\", "关于印发某某方案的通知**", "  ------ ----------",
                 "  ----------------------", "  序号   任务", "  1      建设平台", "首页 > 政务公开", "发布时间：2020-03-06 来源：某某",
                 "打印本页 关闭窗口", "浙ICP备05001234号", "PM$_{2.5}$浓度$\\geqslant 90\\%$", "km$^{2}$", "出版日期：2020年4月10日",
                 "国际标准刊号：ISSN1004-4698", "Õã½­Ê¡", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SESSION_PARTS), max_size=60))
def test_newer_constructs_mixed_at_random(parts: list[str]) -> None:
    """Split gazette titles, frequency and editor lines, dated subtitles, old-form 文号, numeric dates, pandoc
    bold, breaks and tables, web page chrome, TOC dates, MinerU LaTeX: mixed at random."""
    assert_every_line_accounted("\n".join(parts))


#: This session's constructs: 人大常委会 mastheads and 公告, speeches, 统计公报, 版记 as tables, TOC tables of four
#: columns, older gazettes' dated titles, amendments, judicial interpretations, page furniture, letter-spacing.
LATER_PARTS = ["某某省人民代表大会常务委员会公报", "2021年第3号（总第318号）", "某某省人民代表大会常务委员会办公厅　　2021年4月",
               "15日", "某某省人民代表大会常务委员会", "公　　告", "第45号", "（关于某某事项的公告）", "2019年第5号",
               "关于《某某条例（草案）》的说明", "——2021年3月29日在某某会议上", "——2021年3月29日在某某会", "议上",
               "某某厅厅长　王某某", "主任、各位副主任：", "2020年某某省统计公报", "某某省统计局　　国家统计局某某调查总队",
               "2021年2月28日", "<table><tr><td>抄送：甲，乙。</td></tr><tr><td>某某办公厅</td><td>2020年1月1日印发</td></tr></table>",
               "| 抄送：甲。 |", "<table><tr><td>省政府文件</td><td></td><td>乙</td><td>3</td></tr></table>", "目录 CONTENTS",
               "国务院关于甲的通知", "（一九八二年十二月二十日）", "现转发给你们。", "根据2009年8月27日某某决定第一次修正",
               "法释〔2020〕15号", "一、一般规定", "第一条 甲。", "# 某某省人民政府公报", "某某省人民政府公报　　2021年第3期　　12",
               "2 0 1 9 年 2 月 1 日", "\ufeff# 某某", "（总第　期）", "第10期　2021年4月10日", "附：某某说明（略）",
               "中华人民共和国国务院令", "第709号", "总理　李克强", "特此公告。", "<!-- INFO END -->", "某某条例  ", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LATER_PARTS), max_size=60))
def test_later_constructs_mixed_at_random(parts: list[str]) -> None:
    """The constructs the later rules read, mixed at random: no crash, and every line accounted for."""
    assert_every_line_accounted("\n".join(parts))


#: What this version reads: 纪要 bylines and attendance, clauses, 公告 numbers, category headings, pages in front
#: of titles, wraps before closing marks, and rows of two columns side by side.
COLUMN_PARTS = ["某某会议纪要", "〔2021〕第12号", "某某办公厅　　2021年6月10日", "出席：甲、乙", "请假：丙", "列席：丁",
                "分送：某某厅。", "1范围", "1 范围", "3.1一般规定", "3.1.1 甲应当乙。", "2022年第8号",
                "某某局关于发布《某某规范》的公告", "国务院办公厅文件", "部门文件", "目　录", "　3　某某关于甲的通知",
                " 12　某某关于乙的决定（某政发〔2023〕4号）", "| 某某关于丙的通知 | (3) |", "》的说明", "关于《某某条例（草案）",
                "· 2 ·　某某市人民政府公报", "某某省统计局　　国家统计局某某调查总", "队", "某某办公厅　　2021年4", "月6日印发",
                "                      某某市人民政府关于甲事项的通知", "\f", "                                        — 3 —", ""]
COLUMN_ROWS = ["  各区人民政府，市政府各部门：                            工作。",
               "    为做好甲事项，现就有关事项通知如下                      二、乙事项要抓紧办理，各区要",
               "  ：                                            明确责任。",
               "  某某市人民政府办公室　　2021年4                          月6日印发",
               "                                                三、丙事项要按期完成。"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(COLUMN_PARTS), *[st.sampled_from(COLUMN_ROWS)] * 3), max_size=80))
def test_this_versions_constructs_mixed_at_random(parts: list[str]) -> None:
    """The constructs this version reads, two-column rows among them, mixed at random: no crash, and every line
    accounted for (in the input's numbering, when the text is read column by column)."""
    assert_every_line_accounted("\n".join(parts))


SESSION_PARTS = ["本期要目", "本期导读", "目录", "某某市人民政府关于甲的通知", "某某市人民政府关于甲的通知…………1",
                 "【法宝引证码】CLI.2.1", "【发文字号】某政发〔2021〕1号", "本篇法规中涉及的附件如下：", "附件：甲表.doc",
                 "© 北大法宝", "一级指标\t二级指标\t三级指标", "\t\t2.下转患者人次数", "\t正文缩进。", "一、\t总体要求",
                 "附件：1.\t甲表", "㈠指导思想。", "⑴加强统筹。", "⒈完成改造。", "━━━━━━━━", "＿＿＿＿＿＿", "＊　＊　＊",
                 "某某县人民政府", "2021年3月", "二〇二一年三月", "省　长　　王　五", "王　五　　张三丰　　李　四",
                 "国家统计局某某调查队", "某某省人民政府公报　2019年第", "1期", "编辑出版：某某省人民政府办公", "厅",
                 "国内统一连续出版物号：CN11-1234/D", "准印证号：京内资准字2019-L0123号", "发送对象：各级国家机关",
                 "国务院关于同意甲的批复（2021年2月3日　国函〔2021〕12号）…………3", "现通知如下(cid:3021)。",
                 "某某省市场监督管理局公告", "（2020年第1号）……2", ""]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SESSION_PARTS), max_size=80))
def test_the_latest_sessions_constructs_mixed_at_random(parts: list[str]) -> None:
    """The constructs the latest session added (highlights, legal-database links, TAB continuation rows, Word's
    TABs and enclosed numbers, drawn rules, month dates, padded names, wrapped mastheads and colophon fields, a
    date and 文号 in one bracket, unmapped glyphs) mixed at random: no crash, every line accounted for."""
    assert_every_line_accounted("\n".join(parts))


def test_a_tag_split_after_three_characters_leaves_its_line_accounted_for() -> None:
    """A fuzzed page (seed 113743, case 60): ``<di`` / ``v class="article">``, a tag split after its third
    character. The part was blanked to spaces, too short for a tag that means nothing (``<x >``), and its line
    vanished from every span; it is blanked to ``<x>`` now, markup on a line of its own."""
    path = ROOT / "tests" / "regressions" / "fuzzed-tag-split-after-three-characters.txt"
    assert_every_line_accounted(path.read_bytes().decode("utf-8"))
