"""Stage 0: a document whose paragraphs are joined on one line with nothing between them, or one space.

A scrape that takes an HTML page's text without separators (``get_text()``, or ``get_text(" ")``) stores a document
so: ``…的通知国办发〔2021〕5号各省…：为…，现通知如下。一、总体要求（一）指导思想。…二、…国务院办公厅2021年2月3日``.
``split_joined_lines`` breaks such a line before its numbered sections, where their numbers count up from the end
of a sentence, and at its head (title, 文号, 主送机关) and foot (附件说明, 署名, 成文日期, the document a notice
issues). Every line of the rewritten text knows the input line it came from and the column its piece began at.
"""

from __future__ import annotations

import itertools

import regex

from .breaks import split_pieces
from .columns import LineMap
from .numerals import cn_to_int
from .regexes import (
    ADDRESSEE_END,
    ATTENDANCE_ROLE,
    CENTURY,
    DATE_ANY,
    DOC_NUMBER_ANY,
    FULL_STOPS,
    ISSUED_TITLE,
    ORGAN_SUFFIX,
    PERSON_SIGNATURE,
    QUOTED_TITLE,
    SEAL_MARK,
    lazy_pattern,
)

#: A gap that lays a line out in columns (pdftotext -layout): no scrape joins paragraphs with it.
LAYOUT_GAP = " " * 8
#: A line whose paragraphs are joined with nothing between them is this long at least.
MIN_JOINED_LENGTH = 40
#: A title's 文种 words (letter-spaced too: ``…几 个 问 题 的 通 知``).
KIND_WORDS = ("通知", "通报", "意见", "决定", "命令", "公告", "通告", "报告", "请示", "批复", "复函", "函", "纪要",
              "答复", "议案", "决议", "办法", "方案", "规定", "规划", "细则", "要点", "条例", "规则", "公报", "解读",
              "说明")
TITLE_KIND = lazy_pattern("|".join(r"\s?".join(word) for word in KIND_WORDS))
#: A title's end (searched for up to where the title's run-in part starts).
TITLE_END = lazy_pattern("(?:" + "|".join(KIND_WORDS) + ")$")
#: A title numbered as an order or a 公告 is, run into its number: ``某某省人民政府令第302号`` ·
#: ``某某局公告2020年第3号`` · ``某某常务委员会公　　告第46号``.
NUMBERED_HEAD = lazy_pattern(
    r"(?P<title>[\p{Han}\u3000 ]{2,40}?(?:令|公\s*告|通\s*告))\s*"
    r"(?:第\s*[\d一二三四五六七八九十百零〇]{1,6}\s*号|" + CENTURY + r"\d{2}\s*年\s*第\s*\d{1,5}\s*号"
    r"|[〔\[（(]\s*" + CENTURY + r"\d{2}\s*[〕\]）)]\s*第?\s*\d{1,5}\s*号)")
#: Meeting minutes' number run into their title (``〔2020〕第15次`` · ``第3期`` · ``〔2021〕5号``), and the title with
#: it (``某某市人民政府常务会议纪要〔2020〕第15次``), the date of the meeting or its text after it.
MINUTES_SERIAL = (r"(?:[〔\[（(]\s*" + CENTURY + r"\d{2}\s*[〕\]）)]\s*第?\s*\d{1,4}\s*[次期号]"
                  r"|第\s*[\d一二三四五六七八九十]{1,4}\s*[次期])")
MINUTES_HEAD = lazy_pattern(rf"(?P<title>[\p{{Han}}\u3000 ]{{2,40}}?纪\s*要)\s*{MINUTES_SERIAL}")
#: The lines of minutes' foot run into each other and into the text's last sentence: the attendance lines
#: (``出席：…请假：…列席：…``) and the 版记 (``抄送：…。某某办公室2020年7月12日印发``).
MINUTES_FOOT = lazy_pattern(rf"(?:{ATTENDANCE_ROLE})(?:会议)?(?:人员|同志|单位)?\s?[：:]|(?:抄\s?送|分\s?送)\s?[：:]")
#: The 版记's last line run onto the end of minutes: ``…。某某市人民政府办公室2020年7月12日印发``.
MINUTES_PRINTED = lazy_pattern(r"(?<=[。；;])[\p{Han}\u3000 ]{2,40}?\d{4}\s?年\d{1,2}\s?月\d{1,2}\s?日\s?印\s?发\s*$")
#: A speech's dash line run into its title, the occasion it ends with, and how its salutation opens.
SPEECH_DASH = lazy_pattern(r"[—―－]{1,2}(?=\s?(?:\d{4}|[〇○零一二三四五六七八九]{4})\s?年)")
SPEECH_OCCASION = lazy_pattern(r"(?:会议|大会|典礼|仪式|论坛)上(?:的(?:讲话|报告|说明))?")
SALUTATION = lazy_pattern(r"主任|委员长|主席|各位|同志们|代表们|女士们")
#: The rest of a date's bracket under a title: ``…审议通过）``.
DATED_CLOSE = lazy_pattern(r"[^（）()。]{0,60}?[）)]")
#: A byline between a title and its date: an organ's name or two, and nothing that ends a sentence.
BYLINE = lazy_pattern(r"[\p{Han}\u3000 ]{2,40}")
#: A title of an order or a 公告 (what it publishes is the first title in 《》 in its text).
NUMBERED_TITLE = lazy_pattern(r"(?:令|公\s*告|通\s*告)$")
#: What such a text holds somewhere: a second section right after the end of a sentence (``。二、`` · ``。第二条``);
#: a title's 文种 (or a red header's 文件) run into its 文号 (``…的通知国办发〔2021〕5号``); an order's title run into
#: its number (``…令第302号``); a title over a byline and its date (``…统计公报某某省统计局2020年6月5日``).
#: (Each pattern opens with what is rarest in it, and stands alone: one alternation of them all takes five times
#: as long, and the text is searched whatever it holds.)
JOINED_HINTS = (
    lazy_pattern(r"(?<=[。！？!?）)”][ \u3000\xa0]?)二、"),
    lazy_pattern(r"(?<=[。！？!?）)”][ \u3000\xa0]?第)二[条章]"),
    lazy_pattern(r"(?<=(?:" + "|".join(KIND_WORDS) + r"|文件)\s?\p{Han}{1,12})〔\d{4}〕\d{1,5}号"),
    lazy_pattern(r"(?<=(?:令|公\s*告|通\s*告)\s?)(?:第|\d{4}年第)\d{1,5}号"),
    lazy_pattern(r"(?<=(?:公报|报告)[\p{Han}\u3000 ]{2,40}" + CENTURY + r"\d{2})年\d{1,2}月\d{1,2}日"),
    lazy_pattern(rf"纪\s?要\s?{MINUTES_SERIAL}"),  # (a hint is only looked for: no need to stand behind)
    # (a line that opens with a 文号 run into the 主送机关, its title on a line of its own above; one that opens
    # with an order's or a 公告's number, or the date of its adoption, run into its text)
    # (each pattern opens with what it needs, not the line's start, so that a scan of the text passes over the
    # lines quickly: the start is looked for behind it)
    lazy_pattern(r"(?<=(?:^|\n)[ \u3000]*\p{Han}{2,12})〔\d{4}〕\d{1,5}号[ \u3000]?(?:[^。\n]{4,80}?(?:"
                 + "|".join(KIND_WORDS) + r")[ \u3000]?)?各"),
    lazy_pattern(r"(?<=(?:^|\n)[ \u3000]*(?:" + CENTURY + r"\d{2}年)?)第\d{1,5}号[ \u3000]?[\p{Han}《]"),
    lazy_pattern(r"(?<=(?:^|\n)[ \u3000]*)——" + CENTURY + r"\d{2}年\d{1,2}月\d{1,2}日在"),
    lazy_pattern(r"(?<=(?:^|\n)[ \u3000]*)[（(]" + CENTURY + r"\d{2}年\d{1,2}月\d{1,2}日"
                 r"[^（）()]{2,60}(?:通过|公布)[）)][ \u3000]?\p{Han}"),
)
#: What a line that holds a document's text run together may open with, its title on a line of its own above: an
#: order's or a 公告's number (``第301号``, ``2020年第3号``), the date of its adoption in brackets.
OPENING_NUMBER = lazy_pattern(
    r"[ \u3000]*(?:(?:" + CENTURY + r"\d{2}\s*年\s*)?第\s*\d{1,5}\s*号"
    r"|[（(]" + CENTURY + r"\d{2}年\d{1,2}月\d{1,2}日[^（）()]{2,60}(?:通过|公布)[）)])")
#: A section's number inside a line, of the kinds a document's body counts with.
JOINED_MARKER = lazy_pattern(
    r"(?P<cn>[一二三四五六七八九十]{1,3})、|[（(](?P<cnp>[一二三四五六七八九十]{1,3})[）)]"
    r"|第(?P<zhang>[一二三四五六七八九十]{1,3})章|第(?P<tiao>[一二三四五六七八九十百零]{1,5})条"
    r"|(?P<ar>\d{1,2})[.．](?![\d.．])")
#: The kinds of those numbers. A number counts on from the last of its kind, or starts again at 1: subsections
#: may count on through their sections (（三） under 二、), as articles do through a law's chapters.
JOINED_KINDS = ("cn", "cnp", "ar", "zhang", "tiao")
#: What a sentence or a bracketed note ends with, and what a clause ends with: a section may start after either.
SENTENCE_END = "。！？!?）)”"
CLAUSE_END = "；;：:"
#: A heading run into its first subsection (``一、总体要求（一）指导思想。`` · ``第一章总则第一条…``) is this short
#: at most, and the subsection's number is of the kind under the heading's.
MAX_RUN_IN_HEADING = 30
RUN_IN_UNDER = {"cnp": "cn", "ar": "cnp", "tiao": "zhang", "cn": "zhang"}
#: The spaces a scrape may join paragraphs with, one between each two.
SPACES = " \u3000\xa0\t"
#: TABs in a line.
TABS = lazy_pattern(r"\t+")
#: Paragraphs joined with a space between them (a scrape's ``get_text(" ")``): a space after the end of a
#: sentence or a clause, found this many times in the line at least.
SPACED_BREAK = lazy_pattern(r"(?<=[。！？!?；;：:）)])[ \u3000\xa0\t]+(?=\S)")
MIN_SPACED = 3
#: A heading's text is this long at least, and holds Han characters only (and quotation marks and brackets:
#: ``关于《某某办法（草案）》``).
MIN_HEADING = 2
HAN_HEADING = lazy_pattern(r"[\p{Han}“”《》（）]+")
#: What a heading holds none of (it may hold quotation marks and brackets: ``三、促进产教融合校企“双元”育人``).
HEADING_STOPS = frozenset("。！？!?；;：:，,")
#: A title's 文种 is looked for this far before where a 文号 may start.
KIND_REACH = 8
#: The 文种 that ends a numbered title, letter-spaced or not (``公　　告``).
NUMBERED_KIND = lazy_pattern(r"[ \u3000]*(?:公[ \u3000]*告|通[ \u3000]*告|令)$")
#: Two organs' names a space apart (joint issuers: ``财政部　税务总局``).
JOINT_ISSUERS = lazy_pattern(r"\p{Han}[ \u3000]+\p{Han}")
#: A 机关代字 that opens a line is this long at most (a longer run holds more: 某某省人民政府文件某政发).
MAX_AGENCY_CODE = 8
#: The 文号 and the 主送机关 are looked for this far into the line.
HEAD_REACH = 300
#: How the name of a second issuer under a red header's 文件 ends, and how long it is at least.
SECOND_ISSUER = lazy_pattern(r"办公厅|办公室|委员会|人民政府|政府|厅|局|部|委|院|署|中心")
MIN_SECOND_ISSUER = 4
#: A note in brackets at the end of a name (``…办公厅（室）``).
BRACKETED_END = lazy_pattern(r"[（(][^（）()]{1,8}[）)]$")
#: A 署名 joined to its 成文日期 is this long at most.
MAX_SIGNATURE = 40
#: What may follow a 成文日期 on its line: nothing, a note in brackets (（此件公开发布）), the 附件, the 抄送.
AFTER_DATE = lazy_pattern(r"\s*(?:$|[（(]|附件|抄送)")
#: The end of a line of contacts (a telephone number, an e-mail address) with no stop after it, run into the
#: 署名 after it: ``…联系电话：0571-12345678某某局``.
CONTACT_TAIL = lazy_pattern(
    r"(?:电话|传真|邮箱|手机|联系人)[：:][^。；;]{0,60}?[0-9A-Za-z][-0-9A-Za-z.@_]*+(?=[ \u3000]*+\p{Han})")
#: A seal's mark right before a 成文日期.
SEAL_BEFORE = lazy_pattern(rf"{SEAL_MARK}$")
#: A note in brackets right after a 成文日期: ``（此件公开发布）``.
DATE_NOTE = lazy_pattern(r"\s*[（(][^（）()]{2,30}[）)]")
#: How a 附件说明 opens.
ATTACHMENT_HEADS = ("附件：", "附件:")
#: The 附件说明 joined to the 署名 (``附件：1.某某名单2.某某表国务院办公厅``, or each entry with its label:
#: ``附件1：某某名单附件2：某某表国务院办公厅``): its last attachment's title.
ATTACHMENT_LIST = lazy_pattern(r"^附\s?件\s?[：:]?(?:.*(?:\d[.．、]|附\s?件\s?\d{1,2}\s?[：:]))?(?P<last>.+)$")
#: An attachment's label after the 成文日期, with the title after it (``附件2某某表…``).
ATTACHMENT_AFTER = lazy_pattern(r"附\s?件\s?(?P<n>\d{0,2})\s?[：:.．、]?\s*")
#: The number of a title in a 附件说明 (``附件：1.某某名单2.某某表``), or its label with the number
#: (``附件1：某某名单附件2：某某表``).
LISTED_NUMBER = lazy_pattern(r"(?P<label>附\s?件\s?)?(?P<n>\d{1,2})(?(label)\s?[：:]|[.．、])")
#: What ends a sentence, and how far before a 成文日期 a 附件说明 run into its 署名 may start.
MAX_LIST = 300
#: So many 附件说明 run into a 署名 are looked at in a line, and so many labels after each date at most.
MAX_LISTS = 4
MAX_LABELS = 32
#: An attachment's title is told from the 署名 it runs into when this many characters of it are printed again
#: after its label at the end.
MIN_TITLE_ECHO = 4


def split_joined_lines(text: str) -> tuple[str, LineMap] | None:
    """``text`` with its lines of a document's paragraphs joined with nothing between them broken at the
    document's head, before each numbered section and at the 署名, and the map back to its lines; None when no
    line holds such paragraphs."""
    if not _joined_hint(text):
        return None
    return split_pieces(text, lambda line: _joined_pieces(line) if len(line) >= MIN_JOINED_LENGTH else [],
                        trim=_without_spaces)


def _joined_hint(text: str) -> bool:
    """Whether ``text`` may join a document's paragraphs with nothing between them."""
    return any(hint.search(text) is not None for hint in JOINED_HINTS)


def _joined_pieces(line: str) -> list[int]:
    """Where the paragraphs of ``line`` start after the first, when it joins a document's paragraphs with
    nothing between them (it runs a title into its 文号, or numbered sections into the sentences before them);
    none otherwise."""
    if "<" in line or not _joined_hint(line):
        return []
    lead = len(line) - len(line.lstrip())
    if LAYOUT_GAP in line[lead:].rstrip():
        return []  # (a line laid out in columns: 某某局公告2020年第3号 ⟨gap⟩ 17日印发, the other column's text)
    sections = _section_starts(line, lead)
    head, title, issuers = _head_cuts(line, lead, sections[0] if sections else len(line))
    if not sections and title is None and not head:
        return []
    foot = _foot_cuts(line, max(head, default=lead), title, issuers)
    if title is not None and TITLE_MINUTES.search(title) and not foot:
        foot = _minutes_foot(line, sections[-1] if sections else max(head, default=lead))
    # (a section may start right where the foot ends: ``…（此件公开发布）某某办法第一章总则第一条…``)
    sections = _section_starts(line, lead, breaks={*head, *foot}, proven=title is not None or bool(head))
    cuts = {*sections, *head, *foot}
    if "\t" in line:  # (a title over two lines joined with a TAB: a cell's border, were the line read as a row)
        cuts.update(m.end() for m in TABS.finditer(line, lead, max(head, default=lead)))
    if len(list(itertools.islice(SPACED_BREAK.finditer(line, lead), MIN_SPACED))) == MIN_SPACED:
        # (paragraphs joined with a space between them: it breaks after the end of each, and a heading)
        cuts.update(m.end() for m in SPACED_BREAK.finditer(line, lead))
        cuts.update(end for start in sections if (end := _heading_end(line, start)) is not None)
    return sorted(c for c in cuts if lead < c < len(line.rstrip()))


#: Text that opens with a date, its year run into 年 (``2021年5月…``; ``2020 年``, a number set apart as MinerU sets
#: it inside a sentence, does not).
DATED_TEXT = lazy_pattern(r"\d{4}年\d{1,2}月")


def _heading_end(line: str, start: int) -> int | None:
    """Where the text after the heading of the section at ``start`` begins, past the space that parts them (a
    heading with no stop after it, ``二、主要任务 各地要…``); None when no short heading ends so. The heading is the
    text up to the first space after the number: Han characters only, two at least, with Han text or a date
    after the space (``二、申报时间 2021年5月1日至…``; ``一、到 2020 年`` · ``一、力争到 2020 年`` ·
    ``（一）加强 IT 建设`` · ``第一章　总 则`` end no heading there). An article has no heading."""
    marker = JOINED_MARKER.match(line, start)
    if marker is None or marker.lastgroup == "tiao":
        return None
    begin = _past_spaces(line, marker.end())
    space = next((k for k in range(begin, min(len(line), begin + MAX_RUN_IN_HEADING)) if line[k] in SPACES), None)
    if space is None or space - begin < MIN_HEADING or not HAN_HEADING.fullmatch(line, begin, space):
        return None
    after = _past_spaces(line, space)
    return after if HAN_HEADING.match(line, after, after + 1) or DATED_TEXT.match(line, after) else None


def _section_starts(line: str, lead: int, breaks: set[int] | None = None, *, proven: bool = False) -> list[int]:
    """Where the numbered sections of ``line`` start: each number one more than the last of its kind (or 1)
    after the end of a sentence or a clause, at one of ``breaks``, or after a heading run into it; none unless a
    section numbered 2 or more of the highest kinds (一、 · 第X条 · 第X章) starts after the end of a sentence, or
    the line is ``proven`` to hold a document (its head was told)."""
    breaks = {_past_spaces(line, b) for b in breaks or ()}
    last: dict[str, int] = dict.fromkeys(JOINED_KINDS, 0)
    starts: list[int] = []
    heading: str | None = None  # (the kind of number the current piece starts with)
    first: dict[str, int] = {}  # where a number 1 of each kind stands that started nothing (after no sentence)
    proof = proven
    for m in JOINED_MARKER.finditer(line, lead):
        kind = m.lastgroup
        assert kind is not None
        value = int(m.group(kind)) if kind == "ar" else cn_to_int(m.group(kind))
        # (a 2 where no 1 started a section: the first 1 did, run into a title the line holds no end of, as a
        # document the notice issues follows its 附注: …（此件公开发布）某某办法第一章　总则第一条　为…。第二条…)
        revived = value == 2 and last[kind] == 0 and kind in first
        if value is None or (value not in (1, last[kind] + 1) and not revived):
            continue
        before = _before(line, lead, m.start())
        if before in "：:" and line.endswith(ATTACHMENT_HEADS, lead, m.start()):
            continue  # (the first title of a 附件说明, ``附件：1.某某名单``)
        if (before and before not in SENTENCE_END and before not in CLAUSE_END and m.start() not in breaks
                and not (heading is not None and heading == RUN_IN_UNDER.get(kind)
                         and _heading(line, starts[-1], m.start()))):
            if value == 1:
                first.setdefault(kind, m.start())
            continue
        if revived and before in SENTENCE_END:
            starts.append(first[kind])
        elif revived:
            continue
        proof = proof or (value >= 2 and kind in ("cn", "tiao", "zhang") and before in SENTENCE_END)
        last[kind] = value
        starts.append(m.start())
        heading = kind
    return sorted(starts) if proof else []


def _before(line: str, lead: int, at: int) -> str:
    """The character before ``at`` in ``line``, past the spaces between (none at the line's start)."""
    k = at - 1
    while k >= lead and line[k] in SPACES:
        k -= 1
    return line[k] if k >= lead else ""


def _heading(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` may be a heading a subsection's number runs into."""
    return end - start <= MAX_RUN_IN_HEADING and not any(ch in HEADING_STOPS for ch in line[start:end])


def _head_cuts(line: str, lead: int, body: int) -> tuple[list[int], str | None, list[str]]:
    """Where the head of ``line`` before its first section (at ``body``) breaks: after the title, around its
    文号 (or an order's number, the date of its adoption in brackets, a byline), after the 主送机关; the title,
    when it can be told so; and the issuers a red header names, when it names two."""
    head = line[:min(body, lead + HEAD_REACH)]
    cuts: list[int] = []
    title: str | None = None
    issuers: list[str] = []
    after = lead
    if (opening := OPENING_NUMBER.match(head, lead)) is not None:
        cuts.append(after := opening.end())  # (第301号《某某办法》已经…: the title on a line of its own above)
    elif (numbered := NUMBERED_HEAD.match(head, lead) or MINUTES_HEAD.match(head, lead)) is not None:
        # 某某省人民政府令第302号 · 某某局公告2020年第3号 · 某某市人民政府常务会议纪要〔2020〕第15次
        title = numbered.group("title")
        cuts += [numbered.end("title"), after := numbered.end()]
        if (own := _titled_announcement(title)) is not None:
            # 财政部　税务总局关于…的公告财政部　税务总局公告2020年第1号: a 公告 titled by what it is about, its
            # number (its issuers' 公告 and the year's serial) after it
            title = title[:own]
            cuts[-2] = lead + own  # (the number whole after it: 财政部　税务总局公告2020年第1号)
        elif "关于" not in title and JOINT_ISSUERS.search(NUMBERED_KIND.sub("", title.strip(SPACES))):
            # 财政部　税务总局公告2020年第1号根据…: joint issuers' number, its title on a line of its own above
            title = None
            cuts = [after]
    for number in DOC_NUMBER_ANY.finditer(head, lead) if title is None else ():
        code_start, code_end = number.span("agency")
        if number.start() == lead and code_end - code_start <= MAX_AGENCY_CODE and "文件" not in head[lead:code_end]:
            # (the line opens with the 文号, its title on a line of its own above; not a red header run into it)
            cuts.append(after := number.end())
            break
        # (a letter-spaced 文种 ends before the agency's code may start: ``…的 通 知国发〔1981〕88号``)
        kinds = [k.end() for k in TITLE_KIND.finditer(head, max(lead, code_start - KIND_REACH), code_end)
                 if code_end - k.end() >= 2 and not head[k.end():code_start].strip()]
        if kinds:
            title = head[lead:kinds[-1]]
            cuts += [kinds[-1], after := number.end()]
            break
        if (red := head.find("文件", lead, code_end)) >= 0:  # (a red header's 文件 over its 文号: the title is next)
            cuts += [red + 2, after := number.end()]
            # (a second issuer under the 文件, over the 文号: ``…文件税务总局办公厅发改办财金规〔2019〕860号``)
            organs = [m.end() for m in SECOND_ISSUER.finditer(head, red + 2, code_end)
                      if m.end() - (red + 2) >= MIN_SECOND_ISSUER and code_end - m.end() >= 2]
            cuts += organs[-1:]
            if organs:
                issuers = [line[lead:red].strip(SPACES), line[red + 2:organs[-1]].strip(SPACES)]
            break
    if title is None and (spoken := _speech_head(head, lead)):
        title, after = (head[lead:spoken[0]].rstrip() if spoken[0] > lead else None), spoken[-1]
        cuts += spoken
    if title is None and (dated := _dated_title(head, lead)):
        title, after = head[lead:dated[0]].rstrip(), dated[-1]
        cuts += dated
    colon = next((k for k in range(after, len(head)) if head[k] in "：:。"), None)
    if colon is None or head[colon] == "。" or ADDRESSEE_END.search(BRACKETED_END.sub("", head[after:colon])) is None:
        if title is None and (first := head.find("一、", lead)) > lead and TITLE_END.search(head[lead:first].rstrip()):
            title = head[lead:first].rstrip()  # (a title run into its first section: ``…若干措施》解读一、出台背景``)
            cuts.append(first)
        return cuts, title, issuers
    if title is None:  # (the title runs into the names: it ends at the 文种 the names start after)
        title_end = next((k.end() for k in TITLE_KIND.finditer(head, lead, colon)
                          if head[k.end():k.end() + 2].lstrip(SPACES)[:1] == "各"), None)
        if title_end is not None:
            title = head[_past_spaces(head, after):title_end]  # (after a 文号 the line opens with)
            cuts.append(title_end)
        elif not (cuts or head[lead] == "各"):
            return cuts, title, issuers
        # (else the names open the line, or follow the 文号 it opens with: the title on a line of its own above)
    cuts.append(colon + 1)
    return cuts, title, issuers


def _titled_announcement(title: str) -> int | None:
    """Where a 公告's own title ends in ``title`` (``财政部　税务总局关于…的公告财政部　税务总局公告``, read as one
    title before a number by year): before its issuers' names printed again as the number's agency; None when
    ``title`` is no such run."""
    if "关于" not in title:
        return None
    for kind in TITLE_KIND.finditer(title, 0, len(title) - 2):
        issuers = "".join(title[kind.end():].split())[:-2]  # (without the number's 公告)
        if len(issuers) >= 2 and "".join(title[:kind.end()].split()).startswith(issuers):
            return int(kind.end())
    return None


def _speech_head(head: str, lead: int) -> list[int]:
    """Where a speech's head run together breaks (``关于《…》的说明——2020年10月27日在…会议上某某省副省长　某某某
    主任、各位委员：``): at the title's end, after the occasion, and after the speaker, before the salutation; none
    when the head is no speech's."""
    dash = SPEECH_DASH.search(head, lead)
    if dash is None or not (dash.start() == lead or TITLE_END.search(head[lead:dash.start()].rstrip())):
        return []  # (the dash opens the line where the title stands on a line of its own above)
    occasion = SPEECH_OCCASION.search(head, dash.end())
    if occasion is None:
        return []
    colon = next((k for k in range(occasion.end(), len(head)) if head[k] in "：:。"), None)
    if colon is None or head[colon] == "。":
        return [dash.start(), occasion.end()]
    for salutation in SALUTATION.finditer(head, occasion.end(), colon):
        if PERSON_SIGNATURE.search(head[occasion.end():salutation.start()].strip(SPACES)):
            return [dash.start(), occasion.end(), salutation.start()]
    return [dash.start(), occasion.end()]


def _dated_title(head: str, lead: int) -> list[int]:
    """Where a title run into the date under it breaks (``…的决定（2020年4月19日…审议通过）`` · ``…统计公报某某省统计局
    2020年6月5日``): at the title's end, around a byline's date, after the bracket; none if no date so follows a
    title."""
    m = DATE_ANY.search(head, lead)
    if m is None:
        return []
    if head[m.start() - 1] in "（(" and (close := DATED_CLOSE.match(head, m.end())) is not None:
        if TITLE_END.search(head[lead:m.start() - 1].rstrip()):
            return [m.start() - 1, close.end()]
        return []
    kinds = [k.end() for k in TITLE_KIND.finditer(head, lead, m.start())]
    if kinds and BYLINE.fullmatch(head, kinds[-1], m.start()) and ORGAN_SUFFIX.search(head, kinds[-1], m.start()):
        return [kinds[-1], m.start(), m.end()]
    return []


def _foot_cuts(line: str, body: int, title: str | None, issuers: list[str]) -> list[int]:
    """Where the foot of ``line`` breaks: before the 附件说明, the 署名 and the 成文日期 joined to the end of a
    sentence, between the ``issuers`` a red header named where the 署名 runs them together, and after the date,
    its note in brackets and, in a notice that issues a document, that document's title."""
    lists = 0  # (附件说明 run into a 署名 looked at: each is looked for again after the date)
    for m in DATE_ANY.finditer(line, body):
        # (a seal between the 署名 and the date: ``某某局（盖章）2020年5月26日``)
        signed = _unspaced(line, body, m.start())
        if (seal := SEAL_BEFORE.search(line, max(body, signed - 8), signed)) is not None:
            signed = _unspaced(line, body, seal.start())
        reach = max(body, signed - MAX_SIGNATURE - MAX_RUN_IN_HEADING - 1)
        start = max(line.rfind(ch, reach, signed) for ch in SENTENCE_END) + 1
        # (a 附件说明 may hold brackets: it starts after the end of the last sentence, ``。附件：某某（共30项）``)
        stop = max(line.rfind(ch, max(body, signed - MAX_LIST), signed) for ch in FULL_STOPS) + 1
        if stop and (contact := CONTACT_TAIL.match(line, _past_spaces(line, stop), signed)) is not None \
                and line.startswith("附", _past_spaces(line, contact.end())):
            stop = contact.end()  # (a line of contacts with no stop after it, over the 附件说明)
        listed = ATTACHMENT_LIST.match(line[stop:signed].lstrip(SPACES)) if stop else None
        if (not start or signed - start < 2) and listed is None:
            continue  # (a 附件说明 may reach further back than a 署名: its titles may be long)
        signature = line[start:signed].strip(SPACES) if start else ""
        if start and (contact := CONTACT_TAIL.search(line, start, signed)) is not None:
            # (a line of contacts with no stop after it, over the 署名: ``联系人：张三　电话：0571-12345678某某局``)
            start = contact.end()
            signature = line[start:signed].strip(SPACES)
        cuts = [signed, m.start(), end := m.end()]
        if (note := DATE_NOTE.match(line, end)) is not None:
            cuts.append(end := note.end())
        if listed is not None and (lists := lists + 1) <= MAX_LISTS:
            organ = _after_attachment_title(listed.group("last"), line, end)
            if organ is None:
                continue
            cuts += [stop, signed - organ, *_attachment_cuts(line, stop, signed - organ, end)]
        elif len(signature) > MAX_SIGNATURE or (ORGAN_SUFFIX.search(signature) is None
                                                 and PERSON_SIGNATURE.search(signature) is None):
            continue
        else:
            cuts.append(start)
            # (a joint 署名: 国家发展改革委办公厅税务总局办公厅, under a red header that named both)
            cuts += [at for issuer in issuers[1:] if (at := line.rfind(issuer, start + 1, signed)) > start]
        if issued := _issued_title(title, line, body, end):
            cuts += issued
        elif AFTER_DATE.match(line, end) is None:
            continue
        return cuts
    return []


#: A title of minutes (纪要, also letter-spaced).
TITLE_MINUTES = lazy_pattern(r"纪\s*要$")


def _minutes_foot(line: str, body: int) -> list[int]:
    """Where the foot of minutes run into their text breaks (they have no 署名 or date to anchor it): before each
    attendance line and 版记 line after ``body`` (the last section's start), and before the 版记's 印发 line."""
    cuts = [m.start() for m in MINUTES_FOOT.finditer(line, body)]
    if (printed := MINUTES_PRINTED.search(line, body)) is not None:
        cuts.append(printed.start())
    return cuts


def _past_spaces(line: str, at: int) -> int:
    """``at`` moved on past the spaces after it in ``line``."""
    while at < len(line) and line[at] in SPACES:
        at += 1
    return at


def _unspaced(line: str, body: int, at: int) -> int:
    """``at`` moved back over the spaces before it in ``line`` (not past ``body``)."""
    while at > body and line[at - 1] in SPACES:
        at -= 1
    return at


def _after_attachment_title(listed: str, line: str, end: int) -> int | None:
    """The length of the 署名 that the last title of a 附件说明 (``listed``) runs into, found by the title printed
    again after its label at the end of ``line`` (from ``end``); None when it is not printed again."""
    best = 0
    for label in itertools.islice(ATTACHMENT_AFTER.finditer(line, end), MAX_LABELS):
        for at in _title_starts(label):
            again = line[at:at + len(listed)]
            same = next((k for k, (a, b) in enumerate(zip(listed, again, strict=False)) if a != b), len(again))
            best = max(best, same)
    organ = listed[best:]  # (or an office and a name: 市长　某某某)
    if best < MIN_TITLE_ECHO or (ORGAN_SUFFIX.search(organ) is None
                                 and PERSON_SIGNATURE.search(organ.strip(SPACES)) is None):
        return None
    return len(organ)


def _attachment_cuts(line: str, start: int, stop: int, end: int) -> list[int]:
    """Where a 附件说明 (``line[start:stop]``, ``附件：1.某某名单2.某某表``) breaks before each title after the first,
    and where the attachments after the 成文日期 (from ``end``) break around their labels and titles."""
    cuts: list[int] = []
    titles: list[str] = []
    item = start
    for k, number in enumerate(LISTED_NUMBER.finditer(line, start, stop), start=1):
        if int(number.group("n")) != k:
            break
        if k > 1:
            cuts.append(number.start())
            titles.append(line[item:number.start()].strip(SPACES))
        item = number.end()
    last = line[item:stop] if titles or item > start else line[start:stop].lstrip(SPACES).removeprefix("附件")
    titles.append(last.strip(SPACES + "：:"))
    for label in itertools.islice(ATTACHMENT_AFTER.finditer(line, end), MAX_LABELS):
        found = next(((at, t) for at in _title_starts(label) for t in titles if t and line.startswith(t, at)), None)
        if found is not None:
            cuts += [label.start(), found[0], found[0] + len(found[1])]
    return cuts


def _title_starts(label: regex.Match[str]) -> list[int]:
    """Where the title after an attachment's label (``ATTACHMENT_AFTER``) may start: after the label, or, where
    the label's number runs into a title that opens with digits (``附件12021年度…``: 附件1, then 2021年度…), after
    fewer of its digits."""
    if not label.group("n") or label.end() != label.end("n"):
        return [label.end()]
    return [label.end(), *(label.start("n") + k for k in range(len(label.group("n")) - 1, -1, -1))]


def _issued_title(title: str | None, line: str, body: int, end: int) -> list[int]:
    """Where the title of the document a notice titled ``title`` issues (``关于印发《国务院工作规则》的通知``), or an
    order or a 公告 publishes (the first title in 《》 of its text from ``body``), ends, when it stands at ``end`` in
    ``line`` (letter-spaced or not), and where the issuer a forwarding notice names before it
    (``…转发市财政局关于…意见的通知``) ends after it, as a byline; none otherwise."""
    if title is not None and (m := ISSUED_TITLE.search(title)) is not None:
        issued = m.group("title")
    elif (title is None or NUMBERED_TITLE.search(title)) and (quoted := QUOTED_TITLE.search(line, body, end)):
        issued = quoted.group("title")  # (also where the title stands on a line of its own above: 现将《…》印发)
    else:
        return []
    issued = "".join(issued.split()).strip("《》")
    again = regex.compile(r"\s*" + r"\s*".join(map(regex.escape, issued))).match(line, end)
    if again is not None:
        return [again.end()]
    issuer, about, rest = issued.partition("关于")
    if not about or not issuer:
        return []
    # A notice that forwards a document names its issuer before its title, and may drop the title's 的
    # (转发市财政局关于加强采购管理意见的通知): the title printed (关于加强采购管理的意见), then the issuer as a byline.
    again = regex.compile(r"\s*关\s*于" + "".join(rf"\s*(?:的\s*)?{regex.escape(c)}" for c in rest)).match(line, end)
    if again is None:
        return []
    byline = _past_spaces(line, again.end())
    return [again.end(), *([byline + len(issuer)] if line.startswith(issuer, byline) else [])]


def _without_spaces(line: str, a: int, b: int) -> tuple[int, int]:
    """The span of ``line[a:b]`` without the spaces at its ends."""
    piece = line[a:b]
    return a + len(piece) - len(piece.lstrip(SPACES)), a + len(piece.rstrip(SPACES))
