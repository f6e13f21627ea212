"""Acceptance on the bundled sample issue, 浙江省人民政府公报 2018年第12期 (values read off the issue by hand)."""

from __future__ import annotations

NUMBERS = [26, 27, 29, 30, 32, 33, 34, 35, 42]
PAGES = [3, 5, 6, 10, 20, 24, 26, 30, 32]
KINDS = ["通报", "通报", "意见", "通知", "意见", "通报", "通知", "通知", "意见"]
DATES = ["2018-03-22", "2018-03-26", "2018-03-27", "2018-03-28", "2018-03-30", "2018-04-03", "2018-04-02",
         "2018-04-03", "2018-04-14"]


def test_gazette(sample) -> None:
    g = sample.gazette
    assert (g.title, g.year, g.issue, g.cumulative_issue) == ("浙江省人民政府公报", 2018, 12, 1199)
    assert g.publication_date == "2018-05-11"
    assert g.cn_number == "CN33-1354/D"
    assert g.title_en == "GAZETTE OF THE PEOPLE'S GOVERNMENT OF ZHEJIANG PROVINCE"
    assert g.sponsor == "浙江省人民政府"
    assert g.url == "http://zfgb.zj.gov.cn"
    assert g.printer == "浙江省委办公厅文印中心"


def test_toc_linked(sample) -> None:
    assert [e.doc_number for e in sample.toc] == [f"浙政办发〔2018〕{n}号" for n in NUMBERS]
    assert [e.page for e in sample.toc] == PAGES
    assert [e.document for e in sample.toc] == list(range(9))
    assert {e.category for e in sample.toc} == {"省政府办公厅文件"}
    assert sample.toc[0].title == "浙江省人民政府办公厅关于表彰2017年度全省“最多跑一次”改革先进集体的通报"


def test_documents(sample) -> None:
    docs = sample.documents
    assert len(docs) == 9
    assert [d.doc_number.text for d in docs] == [f"浙政办发〔2018〕{n}号" for n in NUMBERS]
    assert [(d.doc_number.agency_code, d.doc_number.year) for d in docs] == [("浙政办发", 2018)] * 9
    assert [d.doc_number.serial for d in docs] == NUMBERS
    assert [d.kind for d in docs] == KINDS
    assert [d.date for d in docs] == DATES
    assert [d.page for d in docs] == PAGES
    for d in docs:
        assert d.addressees == ["各市、县(市、区)人民政府", "省政府直属各单位"]
        assert d.signatories == ["浙江省人民政府办公厅"]
    assert docs[0].title == "浙江省人民政府办公厅关于表彰2017年度全省“最多跑一次”改革先进集体的通报"
    assert docs[4].title == "浙江省人民政府办公厅关于加强老年人照顾服务工作的实施意见"  # split over two headings
    assert docs[8].title == "浙江省人民政府办公厅关于加强高层建筑消防安全综合治理的意见"


def test_sections_29(sample) -> None:
    doc = sample.documents[2]
    assert [s.title for s in doc.sections] == [
        "总体要求", "强化集体林权权益保护", "引导集体林适度规模经营", "加大金融支持力度", "实施森林分类管理经营",
        "提升管理服务水平", "加强组织领导"]
    assert all(s.level == 1 for s in doc.sections)
    first = doc.sections[1].sections[0]
    assert (first.marker, first.number, first.level, first.title) == ("(一)", 1, 2, "稳定集体林地承包关系")
    assert first.paragraphs[0].text.startswith("完善集体林地所有权")


def test_page_broken_paragraphs_joined(sample) -> None:
    doc = sample.documents[2]
    para = doc.sections[0].paragraphs[0]
    assert "全面完成林业审批制度“最多跑一次”改革" in para.text
    assert (para.span.start_line, para.span.end_line) == (151, 153)
    p3 = doc.sections[4].sections[2].paragraphs[0]
    assert "完善保护网络体系" in p3.text


def test_sections_32(sample) -> None:
    key = sample.documents[4].sections[1]
    assert key.title == "重点任务"
    assert len(key.sections) == 20
    assert [s.number for s in key.sections] == list(range(1, 21))


def test_enclosures(sample) -> None:
    d30, d34 = sample.documents[3], sample.documents[6]
    (plan,) = d30.enclosures
    assert plan.title == "打破信息孤岛实现数据共享推进“最多跑一次”改革2018年工作要点"
    assert len(plan.sections) == 5
    assert plan.doc_number is None
    (att,) = plan.attachments
    assert att.title == "主要任务责任分工"
    (table,) = att.tables
    assert [c for c in table.header if c] == ["工作任务", "责任单位", "时间要求"]
    assert len(table.rows) == 45
    assert all("工作任务" not in row for row in table.rows)
    assert "<b>" not in str(table.rows)
    (growth,) = d34.enclosures
    assert growth.title == "浙江省“小微企业三年成长计划”(2018—2020年)"
    assert len(growth.sections) == 3
    task = growth.sections[1]
    assert [s.title for s in task.sections] == ["实施五大提质行动", "完善三项机制", "打造三个服务平台"]
    assert len(task.sections[0].sections) == 5  # 1. … 5. under （一）


def test_attachment_items(sample) -> None:
    (att,) = sample.documents[0].attachments
    assert att.title == "2017年度全省“最多跑一次”改革先进集体名单"
    assert len(att.items) == 30
    assert att.items[0].text == "杭州市公安局出入境管理局"
    assert att.items[-1].text == "省工商局企业注册处"
    assert sample.documents[0].attachment_notes[0].title == "2017年度全省“最多跑一次”改革先进集体名单"


def test_latin_word_flagged_not_rewritten(sample) -> None:
    hits = [d for d in sample.diagnostics if d.code == "X001"]
    assert 432 in [d.span.start_line for d in hits]
    text = sample.documents[5].model_dump_json()
    assert "金融风险 and 深化" in text


def test_nothing_unclassified(sample) -> None:
    assert sample.unclassified == []
    assert not [d for d in sample.diagnostics if d.severity.value == "error"]


def test_toc_entry_with_an_ocr_slip_still_links(sample_text: str) -> None:
    from gazette_parse import parse

    damaged = sample_text.replace(
        "- 浙江省人民政府办公厅关于大力推进林业综合改革的实施意见  \n(浙政办发〔2018〕29 号) ..... (6)",
        "- 浙江省人民政府办公厅关于大力推进林业综合改草的实施意见 ..... (6)")
    assert damaged != sample_text
    result = parse(damaged)
    assert [e.document for e in result.toc] == list(range(9))
    assert [d.code for d in result.diagnostics if d.code.startswith("T")] == ["T004"]
