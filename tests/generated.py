"""Gazette issues made at random from the parts real ones are made of, with what each document must read as.

Each issue has a masthead, a TOC (with or without categories, 文号, dates and page numbers), and documents of
several kinds: notices, opinions, decisions and replies, some issuing a plan (with a box, 专栏, its list numbered
from one) or forwarding a department's opinion (转发, the opinion under the notice), some with attachments and tables,
附注, 版记, red headers, titles split over lines, signatures by organ, by office and name, with a seal line or
by joint issuers side by side; orders publishing regulations, 公告 numbered by year or under a 文种 printed on
its own line, decisions dated under their titles, interpretations, speeches with a dash line and a byline, 统计公报
with their issuers and date under the title; category headings repeated in the body; a colophon. The tests read them in every form
the converters make and check the documents, their numbers, dates, enclosures and attachments, and the TOC.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

ORGANS = [("某某省人民政府", "某政发"), ("某某省人民政府办公厅", "某政办发"), ("某某市人民政府", "某府发"),
          ("某某市人民政府办公室", "某府办发"), ("某某省发展和改革委员会", "某发改")]
TOPICS = ["加强安全生产工作", "推进数字政府建设", "做好防汛抗旱工作", "促进就业创业", "优化营商环境", "加快发展养老服务业",
          "深化农村改革", "加强生态环境保护", "推进乡村振兴", "规范行政执法", "支持小微企业发展", "提升政务服务水平"]
KINDS = ["通知", "意见", "决定", "通报", "批复"]
#: The closing formula of each kind: 特此通知。 …
FORMULAS = {"通知": "特此通知。", "意见": "以上意见如无不妥，请批转各地执行。", "决定": "特此决定。", "通报": "特此通报。",
            "批复": "此复。", "函": "此函。"}
#: The kinds that say when they take effect after their last section (本通知自印发之日起施行。).
CLAUSE_KINDS = ("通知", "意见", "决定")
HEADINGS = ["总体要求", "主要任务", "保障措施", "工作目标", "重点工作", "组织实施"]
#: The department whose opinion a notice forwards (转发).
DEPARTMENT = "省发展改革委"
CATEGORIES = ["省政府文件", "省政府办公厅文件", "部门文件"]


@dataclass
class Expected:
    """What one generated document must read as."""

    title: str
    number: str
    """The 文号 as GB/T 9704 writes it, or "" for a document without one."""
    date: str
    """ISO date, or "" for a document without one."""
    enclosure: str | None
    attachments: list[str]
    sections: int
    signatories: list[str] | None = None
    """The 署名 as the document's ``signatories`` read it (None: not checked)."""
    listed: int = 0
    """Entries the TOC lists the document's attachments in, under its own (附件：某某名单)."""
    closing: int | None = None
    """Paragraphs that close the text after its last section: a clause of when it takes effect, a formula (None:
    not checked)."""
    outline: list[tuple[int, int]] | None = None
    """The sections of what the document issues, in order, each as (depth, number) (None: not checked)."""
    own_outline: list[tuple[int, int]] | None = None
    """The document's own sections, in order, each as (depth, number) (None: not checked)."""


#: The text under a section of four levels (with ``deep``): run-in headings, items, sub-items, and numbers in the
#: text that a wrap may put at the head of a line as if they were markers (2、3月份, 1.5倍, 3）).
DEEP = ["（一）加强组织领导。气象部门预测今年汛期降雨偏多，特别是2、3月份降雨量将比常年同期偏多三成以上，各地要提前准备。",
        "1.健全工作机制。建立联席会议制度，每季度召开一次会议，投入资金达到上年的1.5倍，确保各项工作有序推进。",
        "（1）明确牵头单位。由市发展改革委牵头，会同有关部门制定实施细则，于3月底前报市政府。",
        "（2）明确配合单位。各有关单位按照职责分工抓好落实，重大事项及时报告。",
        "2.完善考核办法。将工作情况纳入年度考核，考核结果分为优秀、良好、一般3个等次，并向社会公布。",
        "（二）强化要素保障。加大资金投入，保障用地需求，确保各项政策措施落地见效。"]
#: The outline of ``DEEP`` under its section, each as (depth, number).
DEEP_OUTLINE = [(2, 1), (3, 1), (4, 1), (4, 2), (3, 2), (2, 2)]


def _document(rng: random.Random, n: int, year: int, deep: bool = False) -> tuple[list[str], Expected]:
    """A notice, an opinion, a decision, a report or a reply, one issuing a plan or forwarding an opinion; with
    ``deep``, its sections each hold four levels of numbering (``DEEP``)."""
    organ, code = rng.choice(ORGANS)
    topic = f"{rng.choice(TOPICS)}第{n}项"
    issuing = rng.random() < 0.3
    kind = "通知" if issuing else rng.choice(KINDS)
    if kind == "批复" and random.Random(f"{organ} {n} {year} letter").random() < 0.5:
        kind = "函"  # a letter (…的函, closed by 此函。), drawn apart so that the other draws stay as they were
    plan = f"{topic}实施方案（{year}—{year + 2}年）" if rng.random() < 0.5 else f"{topic}工作方案"
    title = f"{organ}关于{'印发' + plan.split('（')[0] if issuing else topic}的{kind}"
    # (some forward a department's opinion instead, drawn apart so that the draws above and below stay)
    forward = issuing and random.Random(f"{organ} {n} {year} forward").random() < 0.3
    if forward:
        plan = f"关于{topic}的意见"
        title = f"{organ}转发{DEPARTMENT}关于{topic}意见的通知"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    number = f"{code}〔{year}〕{n}号"
    lines: list[str] = []
    red = rng.random() < 0.2  # a red header, the 文号 under it, then the title (GB/T 9704's order)
    if red:
        lines += [f"{organ}文件", "", number, ""]
    if len(title) > 24 and rng.random() < 0.4:  # a title printed over two lines, cut after 关于 or in the middle
        cut = title.index("关于") + 2 if rng.random() < 0.5 else len(title) // 2
        lines += [title[:cut], title[cut:]]
    else:
        lines.append(title)
    lines += [""] if red else [number, ""]
    lines.append(rng.choice(["各市、县（市、区）人民政府，省政府直属各单位：", "各区人民政府，市政府各部门：", "各有关单位："]))
    sections = 0
    if forward:
        lines.append(f"{DEPARTMENT}《{plan}》已经省政府同意，现转发给你们，请认真贯彻执行。")
    elif issuing:
        lines.append(f"现将《{plan}》印发给你们，请认真贯彻执行。")
    else:
        lines.append(f"为{topic}，经研究，现就有关事项{kind}如下。")
        sections = rng.randint(1, 3)
        for marker, heading in zip(["一、", "二、", "三、"][:sections], rng.sample(HEADINGS, sections), strict=True):
            lines.append(f"{marker}{heading}")
            lines.append(f"各地各部门要高度重视{topic}，切实加强组织领导，确保各项工作落到实处。")
            if deep:
                lines += DEEP
    # (forms drawn from a generator of their own, seeded by the title, so that the draws above and in every other
    # document stay as they were: titles that open with a year, a contact's fields a wide gap apart, a table laid
    # out with full-width spaces, a list of units)
    more = random.Random(title)
    dated = more.random() < 0.3
    attachments = [] if issuing or rng.random() < 0.7 else \
        [f"{year}年度{topic}任务分工表" if dated else f"{topic}任务分工表", f"{topic}联系人名单"][: rng.randint(1, 2)]
    closing = random.Random(f"{title} closing")  # (drawn apart, so that the draws above and below stay)
    clause = random.Random(f"{title} clause")  # (the same)
    closed = 0
    if sections and kind in CLAUSE_KINDS and clause.random() < 0.3:  # when it takes effect, after its last section
        lines.append(clause.choice([f"本{kind}自印发之日起施行。", f"本{kind}自{year + 1}年1月1日起施行，有效期5年。"]))
        closed += 1
    if sections and closing.random() < 0.4:
        lines.append(FORMULAS[kind])
        closed += 1
    if sections and more.random() < 0.3:
        lines.append("联系人：张三　　联系电话：0571-12345678")
        closed = 0  # (the contact's line under them: the text goes on)
    if len(attachments) == 1:
        lines += ["", f"附件：{attachments[0]}"]
    elif attachments:
        # (numbered under one label, each with its own, or under the label alone: drawn apart, so that the draws
        # above stay as they were)
        style = random.Random(f"{title} notes").random()
        if style < 0.6:
            lines += ["", f"附件：1．{attachments[0]}", f"　　　2．{attachments[1]}"]
        elif style < 0.8:
            lines += ["", f"附件1：{attachments[0]}", f"附件2：{attachments[1]}"]
        else:
            lines += ["", "附件：", f"1.{attachments[0]}", f"2.{attachments[1]}"]
    signature = rng.random()
    signed = [organ]
    if signature < 0.15:
        lines += ["", "市长　某某某" if organ.endswith("市人民政府") else organ]
        signed = ["市长 某某某"] if organ.endswith("市人民政府") else signed
    elif signature < 0.3:
        # where the seal goes: on a line of its own, or after the 署名 (drawn apart, so that the draws stay)
        seal = random.Random(f"{title} seal").choice(["（盖章）"] * 3 + ["（印章）", "［印章］"])
        lines += ["", organ, seal] if seal == "（盖章）" else ["", f"{organ}{seal}"]
    elif signature < 0.4:
        lines += ["", f"{organ}　　某某省财政厅"]  # joint issuers side by side
        signed = [organ, "某某省财政厅"]
    else:
        lines += ["", organ]
    lines += [f"{year}年{month}月{day}日", ""]
    if rng.random() < 0.3:
        lines += [rng.choice(["（此件公开发布）", "（此件主动公开）"]), ""]
    outline = None
    if forward:  # the opinion forwarded: its title, its text, its department and date
        lines += [plan, "", "一、总体要求", f"到{year + 2}年，{topic}取得明显成效。", "二、主要任务",
                  "（一）加强统筹协调。建立工作机制，形成工作合力。", "", DEPARTMENT, f"{year}年{month}月{day}日", ""]
        outline = [(1, 1), (1, 2), (2, 1)]
    elif issuing:
        lines += [plan, "", "一、工作目标", f"到{year + 2}年，{topic}取得明显成效。", "二、重点任务",
                  "（一）加强统筹协调。建立工作机制，形成工作合力。"]
        outline = [(1, 1), (1, 2), (2, 1)]
        boxed = random.Random(f"{title} box")  # (drawn apart, so that the draws above and below stay)
        if boxed.random() < 0.4:  # a box (专栏) with a list numbered from one, maybe the text's next part under it
            marks = boxed.choice([("1.", "2.", "3."), ("（1）", "（2）", "（3）")])
            works = ["示范工程。建设示范项目10个。", "提升工程。完成改造任务20项。", "保障工程。培训专业人员500名。"]
            n = boxed.randint(2, 3)
            field = topic.split("第")[0]
            lines += [f"专栏1　{field}重点工程", *(f"{m}{field}{w}" for m, w in zip(marks[:n], works[:n], strict=True))]
            if boxed.random() < 0.5:
                lines.append("（二）强化要素保障。加大资金投入，保障用地需求。")
                outline.append((2, 2))
        lines.append("")
    for k, attachment in enumerate(attachments, start=1):
        lines += ["附件" if len(attachments) == 1 else f"附件{k}", "", attachment, ""]
        if attachment.endswith("分工表") and more.random() < 0.3:
            lines += ["序号　　任务　　　　牵头单位", "1　　　加强领导　　某某厅", "2　　　落实责任　　某某局", ""]
        elif attachment.endswith("分工表"):
            lines += ["序号\t任务\t牵头单位", "1\t加强领导\t某某厅", "2\t落实责任\t某某局", ""]
        else:
            lines += ["张三　某某厅", "李四　某某局", ""]
            if more.random() < 0.3:
                lines += ["某某市应急管理局　某某市消防救援支队　某某化工有限公司　某某镇人民政府", ""]
    if rng.random() < 0.2:
        lines += ["抄送：省委各部门，省人大常委会办公厅，省政协办公厅。", f"{organ}　　{year}年{month}月{day}日印发", ""]
    expected = Expected(title=title, number=number, date=f"{year}-{month:02d}-{day:02d}",
                        enclosure=plan if issuing else None, attachments=attachments, sections=sections,
                        signatories=signed, closing=closed, outline=outline,
                        own_outline=[pair for k in range(1, sections + 1) for pair in [(1, k), *DEEP_OUTLINE]]
                        if deep and sections else None)
    return lines, expected


def _order(rng: random.Random, n: int, year: int, chapters: bool = False) -> tuple[list[str], Expected]:
    """A government order (令) publishing a regulation: the order, signed by the head of government, then the
    regulation with its adoption line and articles; with ``chapters``, its articles under chapters, one with a list,
    one citing another."""
    city = rng.choice(["某某省", "某某市"])
    head = "省长" if city.endswith("省") else "市长"
    serial = 300 + n
    regulation = f"{city}{rng.choice(TOPICS)}办法"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    lines = [f"{city}人民政府令", f"第{serial}号", "",
             f"《{regulation}》已经{year}年{month}月{day}日{city}人民政府第{n + 10}次常务会议审议通过，现予公布，"
             f"自{year + 1}年1月1日起施行。", "", f"{head}　某某某", f"{year}年{month}月{day}日", "",
             regulation, f"（{year}年{month}月{day}日{city}人民政府令第{serial}号公布）", ""]
    if chapters:
        lines += ["第一章　总则", "第一条　为了规范某某工作，根据有关法律法规，制定本办法。",
                  "第二条　本办法适用于本行政区域内的某某工作。", "第二章　监督管理",
                  "第三条　县级以上人民政府应当加强对某某工作的监督管理，有关部门依照本办法第二条的规定履行职责。",
                  "第四条　有关部门应当按照下列要求做好相关工作：", "（一）制定年度工作计划；", "（二）组织开展监督检查。",
                  "第三章　附则", f"第五条　本办法自{year + 1}年1月1日起施行。", ""]
        outline = [(1, 1), (2, 1), (2, 2), (1, 2), (2, 3), (2, 4), (3, 1), (3, 2), (1, 3), (2, 5)]
    else:
        lines += ["第一条　为了规范某某工作，根据有关法律法规，制定本办法。", "第二条　本办法适用于本行政区域内的某某工作。",
                  f"第三条　本办法自{year + 1}年1月1日起施行。", ""]
        outline = [(1, 1), (1, 2), (1, 3)]
    expected = Expected(title=f"{city}人民政府令", number=f"{city}人民政府令第{serial}号",
                        date=f"{year}-{month:02d}-{day:02d}", enclosure=regulation, attachments=[], sections=0,
                        signatories=[f"{head} 某某某"], outline=outline)
    return lines, expected


def _announcement(rng: random.Random, n: int, year: int) -> tuple[list[str], Expected]:
    """A 公告 numbered by year on the line under its title, closed by 特此公告。"""
    organ = rng.choice(["某某省市场监督管理局", "某某省自然资源厅", "某某省卫生健康委员会"])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    items = rng.randint(1, 3)
    topic = rng.choice(TOPICS)
    if random.Random(f"{organ} {n} {year} joint").random() < 0.3:
        # two ministries' joint 公告, titled by what it is about, its number on a line of its own (drawn apart, so
        # that the draws above stay as they were)
        title, number = f"财政部　税务总局关于{topic}有关政策的公告", f"财政部　税务总局公告{year}年第{n}号"
        lines, signed = [title, number, ""], "财政部　　　　税务总局"
    else:
        title, number = f"{organ}公告", f"{organ}公告{year}年第{n}号"
        lines, signed = [f"{organ}公告", f"{year}年第{n}号", ""], organ
    lines.append(f"根据有关规定，现将{topic}有关事项公告如下：")
    lines += [f"{m}某某事项按照有关规定办理。" for m in ["一、", "二、", "三、"][:items]]
    lines += ["", "特此公告。", "", signed, f"{year}年{month}月{day}日", ""]
    expected = Expected(title=title.replace("　", " "), number=number.replace("　", " "),
                        date=f"{year}-{month:02d}-{day:02d}", enclosure=None, attachments=[], sections=items,
                        signatories=signed.split(), closing=1)
    return lines, expected


def _dated_decision(rng: random.Random, n: int, year: int) -> tuple[list[str], Expected]:
    """A decision without a 文号, dated by the adoption line under its title (a government's rules revised)."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    title = f"某某省人民政府关于修改《某某省{rng.choice(TOPICS)}办法》等{n + 2}件规章的决定"
    lines = [title, f"（{year}年{month}月{day}日某某省人民政府第{n + 20}次常务会议审议通过）", "",
             "为了维护法制统一，省人民政府决定对下列规章予以修改和废止：", "一、修改《某某省甲办法》。", "二、废止《某某省乙办法》。",
             "本决定自公布之日起施行。", ""]
    expected = Expected(title=title, number="", date=f"{year}-{month:02d}-{day:02d}", enclosure=None, attachments=[],
                        sections=2, closing=1)
    return lines, expected


def _interpretation(rng: random.Random, n: int, year: int) -> tuple[list[str], Expected]:
    """An interpretation of a policy (政策解读): no 文号, no date, numbered parts."""
    title = f"《某某省{rng.choice(TOPICS)}若干措施》解读"
    lines = [title, "", "一、出台背景", "为贯彻落实有关决策部署，制定本措施。", "二、主要内容", "《措施》共分为三个部分。", ""]
    return lines, Expected(title=title, number="", date="", enclosure=None, attachments=[], sections=2)


def _standing_announcement(rng: random.Random, n: int, year: int) -> tuple[list[str], Expected]:
    """A 人大常委会's 公告: its 文种 on a line of its own under the issuer, its number under that."""
    organ = "某某省人民代表大会常务委员会"
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    serial = 40 + n
    lines = [organ, "公　　告", "", f"第{serial}号", "",
             f"《某某省{rng.choice(TOPICS)}条例》已由某某省第十三届人民代表大会常务委员会第{n + 20}次会议于{year}年{month}月"
             f"{day}日通过，现予公布，自{year + 1}年1月1日起施行。", "", organ, f"{year}年{month}月{day}日", ""]
    return lines, Expected(title=f"{organ}公告", number=f"{organ}公告第{serial}号", date=f"{year}-{month:02d}-{day:02d}",
                           enclosure=None, attachments=[], sections=0, signatories=[organ])


def _speech(rng: random.Random, n: int, year: int) -> tuple[list[str], Expected]:
    """An explanation of a draft given as a speech: a dash line under the title, a byline, a salutation."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    title = f"关于《某某省{rng.choice(TOPICS)}条例（草案）》的说明"
    speaker = rng.choice(["某某省司法厅厅长　某某某", "某某省人民政府副省长　某某某"])
    lines = [title, "", f"——{year}年{month}月{day}日在某某省第十三届人民代表大会常务委员会第{n + 20}次会议上", "",
             speaker, "", "主任、各位副主任、秘书长、各位委员：",
             "我受省人民政府委托，现就草案作如下说明。", "一、制定条例的必要性", "制定本条例十分必要。", "二、主要内容",
             "草案共七章四十条。", "以上说明连同草案，请予审议。", ""]
    return lines, Expected(title=title, number="", date=f"{year}-{month:02d}-{day:02d}", enclosure=None,
                           attachments=[], sections=2, signatories=[speaker.replace("　", " ")])


def _communique(rng: random.Random, n: int, year: int) -> tuple[list[str], Expected]:
    """A 统计公报: its issuers and date under the title, a table with its caption."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    title = f"{year - 1}年某某省第{n}次国民经济和社会发展统计公报"
    issuers = rng.choice([["某某省统计局　　国家统计局某某调查总队"], ["某某省统计局"]])
    lines = [title, "", *issuers, f"{year}年{month}月{day}日", "", f"{year - 1}年，全省经济运行稳中有进。",
             "一、综合", "初步核算，全省生产总值比上年增长3.6%。", "表1　主要经济指标", "指标\t绝对数\t增长（%）",
             "生产总值\t64613\t3.6", "二、农业", "全年粮食产量比上年增长1.2%。", ""]
    return lines, Expected(title=title, number="", date=f"{year}-{month:02d}-{day:02d}", enclosure=None,
                           attachments=[], sections=2, signatories=issuers[0].split())


@dataclass
class Issue:
    """A generated issue: its text, its documents as they must read, its (year, issue), and whether its TOC
    lists titles without page numbers."""

    text: str
    expected: list[Expected]
    meta: tuple[int, int]
    pageless: bool


#: Each kind of document an issue holds, by name.
MAKERS: dict[str, Callable[[random.Random, int, int], tuple[list[str], Expected]]] = {
    "document": _document, "order": _order, "announcement": _announcement, "dated_decision": _dated_decision,
    "interpretation": _interpretation, "standing_announcement": _standing_announcement, "speech": _speech,
    "communique": _communique}


def make_issue(seed: int, chapters: bool = False, deep: bool = False) -> Issue:
    """The generated issue of ``seed``; with ``chapters``, its orders publish regulations in chapters, and with
    ``deep`` its documents' sections hold four levels of numbering (options, so that the issues of every seed stay
    as they were)."""
    rng = random.Random(seed)
    year, issue = rng.choice([2018, 2019, 2020, 2021]), rng.randint(1, 24)
    makers = dict(MAKERS)
    if chapters:
        makers["order"] = partial(_order, chapters=True)
    if deep:
        makers["document"] = partial(_document, deep=True)
    docs = [rng.choices(list(makers.values()), weights=[9, 1, 1, 1, 1, 1, 1, 1])[0](rng, i + 1, year)
            for i in range(rng.randint(1, 6))]
    masthead = rng.choice([
        ["某某省人民政府公报", f"{year}年第{issue}期（总第{1000 + issue}期）"],
        [f"某某省人民政府公报　{year}年第{issue}期"],
        ["某某省人民政府公报", "（半月刊）", f"{year}年第{issue}期", f"{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日出版"],
        ["某某省人民政府", "公　报", f"{year}年第{issue}期（总第{1000 + issue}期）"],
        ["某某省人民代表大会常务委员会公报", f"{year}年第{issue}号（总第{300 + issue}号）", "",
         f"某某省人民代表大会常务委员会办公厅　　{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"],
    ])
    head = [*masthead, "", rng.choice(["目　　录", "目录", "本期目录"]), ""]
    categories = rng.random() < 0.5
    with_numbers = rng.random() < 0.3
    pageless = rng.random() < 0.15  # a web issue's list of titles
    page = 2
    dated = not pageless and rng.random() < 0.2  # the TOC gives each entry's date
    listing = random.Random(f"{seed} listed")  # (drawn apart, so that the draws above and below stay)
    pages = random.Random(f"{seed} pages")
    leader = pages.choice(["……{}"] * 8 + ["……（{}）", "…………（{}）"])  # how the TOC prints a page
    for k, (_, e) in enumerate(docs):
        if categories and k % 2 == 0:
            head.append(f"【{CATEGORIES[(k // 2) % len(CATEGORIES)]}】")
        e_date = ""
        if dated and e.date:
            year_s, month_s, day_s = e.date.split("-")
            e_date = f"（{int(year_s)}年{int(month_s)}月{int(day_s)}日）"
        number = f"（{e.number}）" if with_numbers and e.number else ""
        if number and e.number.startswith(e.title) and rng.random() < 0.5:
            number = f"（{e.number[len(e.title):]}）"  # 某某令（第301号）, 某某公告（2019年第3号）
        head.append(f"{e.title}{number}" if pageless else f"{e.title}{number}{e_date}{leader.format(page)}")
        if not pageless and e.attachments and listing.random() < 0.3:
            # its attachments listed under its entry, with their page or without: 附件：1.某某名单 / 2.某某表
            paged = listing.random() < 0.5
            for j, attachment in enumerate(e.attachments, start=1):
                name = attachment if len(e.attachments) == 1 else f"{j}.{attachment}"
                head.append(f"　　{'附件：' if j == 1 else '　　　'}{name}{f'……{page + 1}' if paged else ''}")
            docs[k] = docs[k][0], replace(e, listed=len(e.attachments))
        page += rng.randint(1, 4)
    head.append("")
    body = []
    for k, (lines, _) in enumerate(docs):
        if categories and k % 2 == 0 and rng.random() < 0.5:  # the category printed above its documents too
            body += [f"【{CATEGORIES[(k // 2) % len(CATEGORIES)]}】", ""]
        body += lines
    if rng.random() < 0.3:  # the colophon on the last page
        fields = ["主管主办单位：某某省人民政府", "编辑出版：某某省人民政府办公厅", "国内统一刊号：CN33-1354/D"]
        if random.Random(f"{seed} colophon").random() < 0.5:  # (drawn apart, so that the draws above stay)
            fields = [f"{fields[0]}　　　　{fields[1]}", f"{fields[2]}　　　　出版日期：{year}年{(issue + 1) // 2}月20日"]  # side by side
        body += [*fields, ""]
    return Issue("\n".join(head + body) + "\n", [e for _, e in docs], (year, issue), pageless)
