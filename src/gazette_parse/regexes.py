"""Every pattern the pipeline uses, built from small commented fragments.

Patterns are verbose and read by group name. More specific alternatives come first.
All of them run on *cleaned* line text (see ``normalize``): markup removed, invisible
characters dropped, layout spaces between Han characters removed, but half-width and
full-width punctuation both still possible, so every class below accepts both.
No pattern nests unbounded quantifiers: each one runs in time linear in its input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import regex

from . import patterncache
from .numerals import CN_NUMERAL_CHARS

V = regex.VERBOSE


class _LazyPattern:
    """A pattern compiled the first time it is used.

    ``regex`` parses a pattern in Python, about 0.2 ms each; a parse of the sample uses half of the ~200
    patterns in the package and a single document about a third, so compiling all of them at import spent
    13–24 ms of every cold run on patterns the run never used. The class's methods (``match``, ``search`` …)
    compile the pattern and put the compiled pattern's own methods on the instance, where every later call
    finds them first: 24 ns more a call than a compiled pattern's (17 %), which makes a parse 1.4–3.6 % slower
    than with compiled patterns. A ``__getattr__`` would do it in fewer lines, but it makes every call go through a
    slower lookup: 45 ns more (31 %).
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> regex.Pattern[str]:
        done: regex.Pattern[str] | None = self.__dict__.get("_compiled")
        if done is None:
            done = patterncache.lookup(self.pattern, self._flags)
            if done is None:
                done = regex.compile(self.pattern, self._flags)
                patterncache.remember(self.pattern, self._flags, done)
            self.__dict__["_compiled"] = done
            for method in _METHODS:
                setattr(self, method, getattr(done, method))
        return done


_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


def _compiling(method: str) -> Callable[..., Any]:
    def first_call(self: _LazyPattern, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled(), method)(*args, **kwargs)

    first_call.__name__ = method
    return first_call


for _method in _METHODS:
    setattr(_LazyPattern, _method, _compiling(_method))

#: Every pattern made with :func:`lazy_pattern`, so that the tests can compile them all.
LAZY_PATTERNS: list[_LazyPattern] = []


def lazy_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, done when the pattern is first used rather than now."""
    made = _LazyPattern(pattern, flags)
    LAZY_PATTERNS.append(made)
    return cast("regex.Pattern[str]", made)


CN = f"[{CN_NUMERAL_CHARS}]"
#: A Han character (is there any in a text?).
HAN = lazy_pattern(r"\p{Han}")
LPAREN = "[（(]"
RPAREN = "[）)]"
COLON = "[：:]"
#: Punctuation that ends a sentence or a clause a paragraph may end on.
TERMINAL = "。！？；：!?;:"
#: Punctuation that ends a sentence.
FULL_STOPS = "。！？!?"
#: A full stop: ``。``, or a half-width ``.`` (OCR's, or a converter's) that is neither a decimal point (1.2) nor
#: part of a leader or an ellipsis (``...``).
FULL_STOP = lazy_pattern(r"。|(?<![\d.])\.(?!\.)|(?<=\d)\.(?![\d.])")
#: Brackets a 文号 year may stand in: 〔〕 (GB/T 9704), and the look-alikes sources use instead.
YEAR_OPEN = "〔［\\[（(【﹝〈<{〖｛"
YEAR_CLOSE = "〕］\\]）)】﹞〉>}〗｝"
#: The first two digits of a year from 1900 to 2099, in ASCII or full-width digits (``\d`` takes both).
YEAR_HEAD = "(?:[1１][9９]|[2２][0０])"

# ---------------------------------------------------------------- 文号 (document number)
# 浙政办发〔2018〕26号 · 发改办财金规〔2019〕860 号 · 劳社部发[2008]3号 · 国办发明电〔2018〕15号
DOC_NUMBER_BODY = rf"""
    (?P<agency>\p{{Han}}[\p{{Han}}A-Za-z]{{0,14}}?)      # 机关代字: 浙政办发, 国办发明电
    \s*
    (?:
        (?P<open>[{YEAR_OPEN}])\s*(?P<year>[12１２][\dOoIl]{{3}})\s*(?P<close>[{YEAR_CLOSE}])   # (2O18: OCR)
      | (?P<bare_year>{YEAR_HEAD}\d{{2}})(?=\s*(?:第\s*)?\d{{1,5}}\s*号)   # 国发2018 12号: no brackets
    )
    \s*
    (?P<di>第)?\s*                                   # 第 before the serial is not GB/T 9704
    (?P<serial>[\dIl](?:\ ?[\dOoIl]){{0,4}})         # (2 6: a space OCR read into the number; 4O, l2: a letter)
    \s*
    (?P<hao>号)?
"""
#: A title with its 文号 in parentheses on the same line: ``国务院关于…的通知（国发〔2018〕1号）``.
TITLE_WITH_NUMBER = lazy_pattern(
    rf"""^(?P<title>.{{4,80}}?)\s*{LPAREN}\s*(?P<number>[^（）()]{{4,30}}号)\s*{RPAREN}\s*$"""
)
#: A line that is nothing but a 文号 (optionally in parentheses, as some converters print it).
DOC_NUMBER_LINE = lazy_pattern(
    rf"""^\s*(?:\d{{6}}\s*(?=\p{{Han}}))?{LPAREN}?\s*{DOC_NUMBER_BODY}\s*{RPAREN}?\s*  # (a 份号 may stand before it)
    (?:签\s*发\s*人\s*{COLON}\s*(?P<signers>\S.*?)?)?\s*$    # 签发人：张三 on the line of a 请示's 文号""",
    V,
)
#: A 份号 printed at the start of the 文号's line (信函格式: 份号 at the left, 文号 at the right).
COPY_PREFIX = lazy_pattern(r"^\s*(?P<copy>\d{6})\s*(?=\p{Han})")
#: The 签发人 beside a 文号, read from the raw line (names stand apart by spaces there).
SIGNERS = lazy_pattern(rf"签\s*发\s*人\s*{COLON}\s*(?P<names>.+)$")
#: 签发人 ending its line, its names under it (a wrap cut the line there).
SIGNERS_CUT = lazy_pattern(rf"签\s*发\s*人\s*{COLON}\s*$")
#: A 签发人's name the wrap may have cut, at the end of a 文号's line: ``…签发人：王某``.
SIGNER_NAME_CUT = lazy_pattern(rf"签\s*发\s*人\s*{COLON}\s*(?P<name>\p{{Han}}{{1,3}})$")
#: A 签发人 label the wrap cut, at the end of a 文号's line: ``…号　签发`` (its rest under it: ``人：王某某``).
SIGNER_LABEL_CUT = lazy_pattern(r"签(?:\s*发(?:\s*人)?)?\s*$")
#: The serial of a 文号 that a wrap cut off after its year, alone on its line: ``19号`` · ``第19号``.
NUMBER_TAIL = lazy_pattern(r"第?\d{1,5}号")
#: A line of 签发人 alone: ``签发人：王某某`` · ``签发人：张三 李四``.
SIGNERS_LINE = lazy_pattern(rf"^签\s*发\s*人\s*{COLON}\s*\p{{Han}}{{2,4}}(?:[\s、，,]+\p{{Han}}{{2,4}}){{0,3}}$")
#: How ministries number their 公告 by year: ``国家税务总局公告2019年第3号`` · ``财政部 税务总局公告2019年第39号``.
YEAR_SERIAL_NUMBER = lazy_pattern(
    rf"""(?P<agency>\p{{Han}}[\p{{Han}}\s]{{1,30}}?(?:公告|通告))\s*(?P<year>{YEAR_HEAD}\d{{2}})\s*年\s*
    第\s*(?P<serial>\d{{1,5}})\s*号""",
    V,
)
#: A 文号 with its year first, as numbered before GB/T 9704 (through the 1990s): ``(84)财税字第301号`` ·
#: ``（1989）劳险字1号``; a year of two digits is of the 1900s. A court's 案号 has its year first too, of four
#: digits: ``（2019）最高法民终1234号`` · ``（2009）民一终字第23号``.
YEAR_FIRST_NUMBER = lazy_pattern(
    r"[（(〔\[]\s*(?P<year>(?:19)?[4-9]\d|20[0-9]\d)\s*[）)〕\]]\s*(?P<agency>(?!第)\p{Han}{1,16}?)\s*(?P<di>第)?\s*"
    r"(?P<serial>\d{1,6})\s*号")
#: A 文号 anywhere in a line (TOC entries: ``…的通报(浙政办发〔2018〕26 号)``).
DOC_NUMBER_ANY = lazy_pattern(DOC_NUMBER_BODY, V)

#: An order's number: ``第 705 号`` under ``…令``; ``浙江省人民政府令第365号`` (or ``…公告第45号``) on one line;
#: ``〔2019〕第3号`` under ``…公告``; a 人大常委会 公告 numbered in its term: ``〔十三届〕第十号``, or in brackets
#: on a line of its own: ``（第五十二号）``.
ORDER_NUMBER = lazy_pattern(
    r"""^\s*(?P<agency>\p{Han}{2,30}(?:令|公告|通告))?\s*
    (?:[〔［\[（(]\s*
       (?:(?P<year>""" + YEAR_HEAD + r"""\d{2})|(?P<term>[一二三四五六七八九十]{1,3}\s*届))
       \s*[〕］\]）)])?\s*
    (?(agency)|(?P<paren>[（(]\s*(?=第))?)  # (not after a title: 某某令（第303号） is a TOC's entry)
    (?:(?P<di>第)?\s*(?P<serial>\d{1,5})|(?P<di2>第)\s*(?P<serial_cn>[零〇一二三四五六七八九十百千]{1,8}))\s*号
    \s*(?(paren)[）)])\s*$""",
    V,
)
ORDER_TITLE = lazy_pattern(r"^\p{Han}{2,30}令$")
#: A number in brackets at the end of a title: ``…的通知（浙政办发〔2018〕26号）`` · ``某某公告（第45号）``.
PAREN_NUMBER = lazy_pattern(r"[（(]\s*(?P<num>[^（）()]{3,40}?)\s*[）)]\s*$")
#: The first two digits of a year of this century or the last, ASCII or full-width (２０２０年第１号, as some Word
#: documents and OCR print a year).
CENTURY = "(?:19|20|１９|２０)"
#: A 公告's number by year on a line of its own, under the 公告's title: ``2019年第1号``.
YEAR_SERIAL_LINE = lazy_pattern(
    r"^\s*[（(]?\s*(?P<year>" + CENTURY + r"\d{2})\s*年\s*第\s*(?P<serial>\d{1,5})\s*号\s*[）)]?\s*$")
#: A 纪要's number as an issue of a series, on a line of its own under its title: ``〔2020〕第12期`` ·
#: ``2020年第12期`` · ``第12期`` · or as the meeting's (``〔2020〕第15次``).
MINUTES_NUMBER = lazy_pattern(
    r"""^\s*(?:[〔［\[（(]\s*(?P<year>""" + YEAR_HEAD + r"""\d{2})\s*[〕］\]）)]|(?P<year2>""" + YEAR_HEAD
    + r"""\d{2})\s*年)?\s*
    第\s*(?:(?P<serial>\d{1,5})|(?P<serial_cn>[零〇一二三四五六七八九十百千]{1,8}))\s*(?P<unit>[期次])\s*$""",
    V,
)
#: The heading of a gazette's index of a year, printed as an issue of its own or at the end of the year's last:
#: ``2021年总目录`` · ``二〇二一年度总目录`` · ``总目录``.
ANNUAL_INDEX = lazy_pattern(
    r"^\s*(?:(?P<year>\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*度?\s*)?(?:全\s*年\s*)?总\s*目\s*录\s*$")
#: The issue an entry of a year's index is printed in, at its end, with the page or not: ``……（第3期）`` ·
#: ``…… 第3期 12`` · ``……3期``.
ISSUE_REF = lazy_pattern(
    r"""(?:[.．。·…⋯_—－\-]{2,}\s*|\s*)[（(]?\s*第?\s*(?P<issue>\d{1,2}|[一二三四五六七八九十]{1,3})\s*期\s*[）)]?
        (?:\s*(?:第\s*)?(?P<page>\d{1,4})\s*页?)?\s*$""", V)
#: What marks a text a gazette prints over several issues as going on from the last, at the end of its title or on
#: a line under it: ``（续）`` · ``（续一）`` · ``（续完）`` · ``（接上期）`` · ``（上接第11期）`` · ``（续前）``.
RESUMED_MARK = lazy_pattern(
    r"[（(]\s*(?:续\s*[一二三四五六七八九十\d]{0,3}|续\s*完|接\s*上\s*期|上接[^）)]{0,12}|续前|接前)\s*[）)]\s*$")
#: What ends the part of such a text an issue prints, or its last part: ``（未完待续）`` · ``（待续）`` · ``（续完）``.
CONTINUED_END = lazy_pattern(r"^[（(]\s*(?:未\s*完\s*待\s*续|待\s*续|未\s*完|续\s*完|全\s*文\s*完)\s*[）)]$")
#: A title line that a bare number (``第705号``, ``〔2019〕第3号``, a 纪要's ``〔2020〕5号``) under it belongs to.
NUMBERED_TITLE = lazy_pattern(r"^\p{Han}{2,30}(?:令|公告|通告|布告|纪要)$")
#: A 公告 or 通告 titled by what it is about, which a bare number under it (``2022年第8号``) belongs to as to the
#: issuer's 公告: ``某某省市场监督管理局关于发布《某某规范》的公告``.
NUMBERED_ABOUT_TITLE = lazy_pattern(r"^(?P<issuer>\p{Han}{2,30}?)关于\S{2,100}的(?P<kind>公告|通告)$")

# ---------------------------------------------------------------- dates
_YEAR_MONTH_DAY = r"""
    (?P<year>\d{4}|[12][\dOoIl]{3}|[〇○零ＯOo0０一二三四五六七八九]{4})\s*年\s*  # 二O一九, 二0一九; 2O19 (OCR)
    (?P<month>\d{1,2}|[一二三四五六七八九十]{1,3}|[\dOolI]{1,2})\s*月\s*  # l2月 (OCR)
    (?P<day>\d{1,2}|[一二三四五六七八九十]{1,4}|[\dOolI]{1,2})\s*"""
DATE_CORE = _YEAR_MONTH_DAY + "日\n"
#: A date in digits and separators, as web pages print one: ``2020-03-05`` · ``2020.3.5`` · ``2020/3/5``; and as the
#: 国务院公报 prints its day of publication under its issue line: ``2023·2·20``.
NUMERIC_DATE = (r"(?P<year>" + CENTURY + r"\d{2})\s*(?P<sep>[-./／．·・])\s*(?P<month>\d{1,2})\s*(?P=sep)"
                r"\s*(?P<day>\d{1,2})")
NUMERIC_DATE_ANY = lazy_pattern(NUMERIC_DATE)
#: A standalone 成文日期 line: ``2018 年 3 月 22 日`` · ``一九八一年五月二十三日`` · ``二〇〇四年六月二十六日`` ·
#: ``2020-03-05`` (not as GB/T 9704 writes it, but a date).
#: A date with 号 for 日, as speech has it and a careless transcript prints it: ``2021年3月5号``; or with 曰, as an
#: OCR misreads 日 (the two differ in their width alone): ``2021年3月5曰``.
SPOKEN_DATE = _YEAR_MONTH_DAY + "[号曰]\n"
SPOKEN_DATE_ANY = lazy_pattern(SPOKEN_DATE, V)
DATE_LINE = lazy_pattern(rf"^\s*(?:{DATE_CORE}|{NUMERIC_DATE}|{SPOKEN_DATE})\s*$", V)
DATE_ANY = lazy_pattern(DATE_CORE, V)
#: A 成文日期 line with a year and a month and no day (``2021年3月``, ``二〇二一年三月``), as a report or a 统计公报
#: may be dated: a date only under a 署名 or in a byline.
MONTH_LINE = lazy_pattern(r"""^\s*
    (?P<year>\d{4}|[〇○零ＯOo0０一二三四五六七八九]{4})\s*年\s*
    (?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*$""", V)


#: What a date line ends in (callers test it before calling ``is_date_line``: a call costs more).
DATE_ENDS = frozenset("日号曰0123456789")


def is_date_line(text: str) -> bool:
    """``DATE_LINE.match(text)``, tried only on text that ends as a date does: in 日 (or 号 or 曰 after a 月), or in
    a digit when it starts with one (2020-03-05)."""
    last = text[-1:]
    if last == "日" or (last in "号曰" and "月" in text):
        return len(text) <= 40 and DATE_LINE.match(text) is not None
    return last.isdigit() and text[:1].isdigit() and len(text) <= 16 and DATE_LINE.match(text) is not None


#: An amendment under a law's adoption line: ``根据2009年8月27日…《关于修改部分法律的决定》第一次修正``.
AMENDMENT_LINE = lazy_pattern(r"^根据.{4,160}?(?:修正|修订|修改)$")
#: How a law or regulation says, without brackets, under its title when it was adopted or published.
ADOPTION_LINE = lazy_pattern(rf"^{DATE_CORE}[^。；;]{{0,80}}(?:通过|公布|发布|修正|修订|施行|批准)$", V)
#: A line of the metadata a government site prints above a document, one key a line: ``索引号：000014349/2019-00012``
#: · ``发文字号：国办发〔2019〕5号`` · ``成文日期：2019年01月24日``.
PAGE_METADATA_KEYS = (r"索引号|主题分类|体裁分类|组配分类|服务对象|发文机关|发布机关|发布机构|成文日期|发布日期"
                      r"|发文日期|发文时间|发布时间|生成日期|公开日期|标题|发文字号|文号|有效性|时效|主题词")
PAGE_METADATA = lazy_pattern(rf"^(?:{PAGE_METADATA_KEYS})\s*[：:]")
#: Such a key, its characters set apart or not (``索　引　号``, ``标　　题``).
SPACED_METADATA_KEYS = "|".join("[ \u3000]*".join(key) for key in PAGE_METADATA_KEYS.split("|"))
#: Such a key alone on its line, its value on the next, as a page's metadata list copied as text prints it
#: (``发文字号：`` / ``国办发〔2021〕5号``).
PAGE_METADATA_KEY_ALONE = lazy_pattern(rf"^[ \u3000]*(?:{SPACED_METADATA_KEYS})[ \u3000]*[：:][ \u3000]*$")
#: The same with its value, printed under a document's title by a site or a CMS (``发布日期：2024-01-15``).
PAGE_METADATA_PAIR = lazy_pattern(rf"^(?P<key>{PAGE_METADATA_KEYS})\s*[：:]\s*(?P<value>\S.{{0,99}})$")
#: A 文号 after its label: ``发文字号：某政办发〔2024〕3号``.
NUMBER_LABEL = lazy_pattern(r"^(?:发文字号|文\s*号|文件编号)\s*[：:]\s*")
#: A speech's line under its title: ``——2021年3月5日在第十三届全国人民代表大会第四次会议上``.
SPEECH_LINE = lazy_pattern(r"^[—―－\-]{1,4}\s*\S.{0,120}?(?:会议|大会|会|典礼|仪式|论坛)上(?:的\S{1,8})?$")
#: How a speech's line under its title opens (its first piece, where a wrap cut it): ``——2021年3月5日在``.
SPEECH_START = lazy_pattern(r"^[—―－]{1,4}\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。；]{0,16}?在")
#: A 署名 and the 成文日期 on one line: ``浙江省人民政府　　2018年3月22日`` (the issuer part is checked apart).
SIGNED_DATE_LINE = lazy_pattern(rf"^(?P<issuer>\S.*?)\s*{DATE_CORE}\s*$", V)
#: The colophon's ``5 月 11 日出版`` (the year comes from the issue).
PUBLICATION_DATE = lazy_pattern(
    r"""^\s*[（(]?\s*(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日\s*出版\s*[）)]?\s*$""",
    V,
)

# ---------------------------------------------------------------- masthead and colophon
CUMULATIVE = (r"总\s*(?:第\s*(?P<cumulative>\d{1,6}|[〇○零一二三四五六七八九十百千]{1,8})\s*[期号]"
              r"|号\s*[：:]?\s*(?P<cumulative2>\d{1,6}))")
#: ``第 12 期 (总第1199期)`` · ``2018 年第 12 期(总第 1199 期)`` · ``2018年第12期`` · ``2018 第35号 总号：1650``.
#: A special issue, as an issue line names it, in one of three places: 专刊 · 增刊 · 特刊.
SPECIAL = r"(?P<special>(?:专|增|特)\s*刊)"
ISSUE_LINE = lazy_pattern(
    rf"""^\s*
    (?:(?P<title>\p{{Han}}{{2,30}}(?:公报|政报))\s*)?          # 浙江省人民政府公报 2018年第12期 on one line
    {LPAREN}?\s*                                              # （2023年第5期　总第800期）
    (?:(?P<pub_date>(?P<date_year>\d{{4}})\s*年\s*(?P<date_month>\d{{1,2}})\s*月\s*(?P<date_day>\d{{1,2}})\s*日)
       \s*(?:出\s*版)?\s*)?                                   # 2023年3月10日出版　第5期: the day first
    (?:(?P<year>\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年?\s*     # 2018年 · 二〇一八年
       (?:\d{{1,2}}\s*月\s*)?)?                                # 2023年3月第1期: a monthly's month
    (?:{SPECIAL}\s*)?                                        # 2021年增刊第1期
    第\s*(?P<issue>\d{{1,3}}|[一二三四五六七八九十]{{1,4}})
    (?:\s*[-－—~～、]\s*(?P<issue_to>\d{{1,3}}|[一二三四五六七八九十]{{1,4}}))?     # 第1-2期合刊
    \s*[期号]\s*(?:合\s*刊)?
    \s*(?:{LPAREN}\s*{SPECIAL}\s*{RPAREN}|{SPECIAL})?           # （专刊） · 增刊
    \s*(?:{LPAREN}?\s*{CUMULATIVE}\s*{RPAREN}?|{LPAREN}\s*总\s*第?\s*[期号]?\s*{RPAREN})?   # (（总第　期）: left blank)
    \s*{RPAREN}?
    \s*(?:{LPAREN}\s*{SPECIAL}\s*{RPAREN})?                     # （总第800期）（专刊）
    \s*(?:{LPAREN}?\s*(?:(?P<pub_year>\d{{4}})\s*年\s*)?                 # （6月20日出版） · 2020年4月10日
       (?P<pub_month>\d{{1,2}})\s*月\s*(?P<pub_day>\d{{1,2}})\s*日\s*(?:出\s*版)?\s*{RPAREN}?)?
    \s*$""",
    V,
)
#: The year and the issue with a dot between, under a gazette's title: ``2023.5`` · ``2023·5``.
YEAR_DOT_ISSUE = lazy_pattern(r"^\s*(?P<year>" + CENTURY + r"\d{2})\s*[.．·]\s*(?P<issue>\d{1,2})\s*$")
#: ``(总第1199期)`` or ``总号：1650`` on a line of its own.
CUMULATIVE_LINE = lazy_pattern(rf"^\s*{LPAREN}?\s*{CUMULATIVE}\s*{RPAREN}?\s*$")
#: A 总第…期 left blank, on a line of its own: ``（总第　期）``.
BLANK_CUMULATIVE = lazy_pattern(rf"^\s*{LPAREN}\s*总\s*第?\s*[期号]?\s*{RPAREN}\s*$")
YEAR_LINE = lazy_pattern(r"^\s*(?P<year>" + YEAR_HEAD + r"\d{2})\s*(?:年)?\s*$")
#: The gazette's own title: 浙江省人民政府公报, 国务院公报, 中华人民共和国国务院公报, 四川政报.
GAZETTE_TITLE = lazy_pattern(r"^\s*(?P<title>\p{Han}{2,30}(?:公报|政报))\s*$")  # 政报: 四川政报, 湖北政报
#: How often a gazette appears, printed under its title: ``（旬刊）`` · ``半月刊``.
FREQUENCY_LINE = lazy_pattern(r"^\s*[（(]?\s*(?P<frequency>(?:半月|双月|月|旬|周|季|年|半年)刊)\s*[）)]?\s*$")
#: ``ISSN 1004-4698``.
ISSN = lazy_pattern(r"ISSN\s*(?P<issn>\d{4}\s*-\s*\d{3}[\dXx])")
#: The sponsor under a masthead, without a colon: ``某某市人民政府办公厅主办``.
SPONSOR_LINE = lazy_pattern(r"^\s*(?P<sponsor>\p{Han}{2,30}?)\s*主办\s*$")
#: The editor under a masthead: ``国务院公报编辑部编辑出版`` · ``浙江省人民政府办公厅编印``.
EDITOR_LINE = lazy_pattern(r"^\s*(?:(?P<editor>\p{Han}{2,30}?)\s*(?:编辑出版|编印|编辑|出版)"
                           r"|(?P<editor>\p{Han}{2,30}(?:办公厅|办公室|编辑部|编辑委员会|秘书处))\s*编)\s*$")
#: The office that publishes the gazette, under its masthead, with the day of publication or without it:
#: ``江苏省人民代表大会常务委员会办公厅　　2021年4月15日``.
OFFICE_LINE = lazy_pattern(
    rf"""^\s*(?P<office>\p{{Han}}{{2,30}}(?:办公厅|办公室|编辑部|编辑委员会|秘书处|秘书局))
    \s*(?:(?P<date>{DATE_CORE}))?\s*$""", V)
#: ``国内统一刊号:CN33-1354/D``.
CN_NUMBER = lazy_pattern(r"CN\s*(?P<cn>\d{2}\s*-\s*\d{4}\s*/\s*[A-Z]{1,2})", regex.IGNORECASE)
#: The keys of a colophon's fields, maybe letter-spaced (``地 址``).
_COLOPHON_KEYS = r"""主\s*管\s*主\s*办(?:\s*单\s*位)?|主\s*管(?:\s*单\s*位)?|主\s*办(?:\s*单\s*位)?|编\s*辑\s*出\s*版|
    地\s*址|联\s*系\s*电\s*话|电\s*话|国\s*内\s*统\s*一\s*(?:连\s*续\s*出\s*版\s*物\s*号|刊\s*号)|
    国\s*际\s*标\s*准\s*(?:连\s*续\s*出\s*版\s*物\s*号|刊\s*号)|刊\s*号|(?:本\s*刊\s*)?网\s*址|印\s*刷\s*单\s*位|印\s*刷|
    承\s*印|邮\s*编|邮\s*政\s*编\s*码|发\s*行(?:\s*范\s*围)?|出\s*版\s*日\s*期|出\s*版|定\s*价|主\s*编|编\s*辑|
    责\s*任\s*编\s*辑|传\s*真|电\s*子\s*(?:邮\s*箱|信\s*箱)|E-mail|投\s*稿\s*邮\s*箱|
    (?:内\s*部\s*资\s*料\s*)?准\s*印\s*证(?:\s*号)?|发\s*送\s*(?:对\s*象|范\s*围)|赠\s*阅\s*范\s*围"""
#: ``主管主办单位:浙江省人民政府`` — the key is read with spaces removed (``地 址`` → 地址).
COLOPHON_FIELD = lazy_pattern(rf"^\s*(?P<key>{_COLOPHON_KEYS})\s*{COLON}\s*(?P<value>.*)$", V)
#: Where the next of colophon fields one space apart starts (``…办公厅 电话：…``, a converter's gap collapsed).
NEXT_COLOPHON_FIELD = lazy_pattern(rf"\s+(?=(?:{_COLOPHON_KEYS})\s*{COLON})", V)
LATIN_TITLE = lazy_pattern(r"^[A-Z][A-Z'’ .,&-]{6,}$")

# ---------------------------------------------------------------- table of contents
TOC_HEADING = lazy_pattern(
    r"^\s*(?:本\s*期\s*)?(?:目\s*录|目\s*次|要\s*目|导\s*读)\s*(?:[（(]\s*续\s*[）)])?\s*(?:[/／]?\s*(?i:contents))?\s*$")
#: (目录 · 目次 · 本期目录 · 本期要目 · 本期导读 · 目录（续） · 目录 CONTENTS)
#: ``【省政府办公厅文件】``.
TOC_CATEGORY = lazy_pattern(r"^\s*[【\[［〖]\s*(?P<category>[^】\]］〗]{1,30})\s*[】\]］〗]\s*$")
#: Bullets a TOC's list may put in front of its titles: ``·某某关于…的通知 / 1``.
LIST_BULLETS = "·•●■◆▪◇□▲△★☆▶►◎"
#: What a gazette may set around a category heading, or after it: ``—省政府文件—`` · ``·省政府文件·`` ·
#: ``★省政府文件`` · ``省政府文件：``.
CATEGORY_DECORATION = LIST_BULLETS + "—－-：:"


def undecorated(text: str) -> str:
    """``text`` without the marks a category heading may be set off by (``CATEGORY_DECORATION``)."""
    if text[-1:] in CATEGORY_DECORATION or text[:1] in CATEGORY_DECORATION:
        return text.strip(CATEGORY_DECORATION + " \u3000")
    return text


#: A category heading without brackets: ``省政府文件`` · ``国务院部门文件`` · ``人事任免`` · ``政策解读``, or the
#: short name of a series of orders, ``国务院令`` · ``省政府令`` (a 令's own title names its whole issuer:
#: ``中华人民共和国国务院令`` · ``某某省人民政府令``).
_ORDER_SERIES = r"(?:国务院|[省市区县州盟旗]?政府|[部委])令"
TOC_CATEGORY_PLAIN = lazy_pattern(
    rf"""^\s*(?P<category>\p{{Han}}{{2,12}}(?:文件|任免|其他|公告|通告|命令|信息|解读|规章|大事记|要闻|动态)
        | {_ORDER_SERIES})\s*$""", V)
#: The short name of a series of orders alone: ``国务院令``.
ORDER_SERIES = lazy_pattern(rf"^\s*{_ORDER_SERIES}\s*$")

# ---------------------------------------------------------------- section markers
# Depth comes from the kind of marker, never from markdown '#'. Ranks: lower is higher up.
#: Dashes an OCR reads for 一 in a marker (``—、总体要求`` · ``(—)加强领导``), also the long-vowel mark ``ー``, a
#: box-drawing line and bopomofo's ``ㄧ`` that an OCR or a PDF's font gives: read as 一, and X011 says so.
OCR_ONE = "—－―‐ー─ㄧ-"  # (the ASCII hyphen last: in a character class it would make a range)
#: Letters an OCR reads for the digit 1 in a marker (``l.加强领导`` · ``（l）``): read as 1, and X013 says so; only
#: before Han text, where no Latin list (``I. General``) can stand.
OCR_LETTER_ONE = "lI"
#: Such a letter standing alone, no part of a Latin word (``l.某某`` · ``附件l``, not the ``l`` of ``lang=``).
LONE_LETTER_ONE = lazy_pattern(rf"(?<![A-Za-z])[{OCR_LETTER_ONE}](?![A-Za-z])")


def is_letter_one(text: str | None) -> bool:
    """Whether ``text`` is a number an OCR read as a letter for 1 (``OCR_LETTER_ONE``: ``l``, ``I``)."""
    return text is not None and len(text) == 1 and text in OCR_LETTER_ONE


SECTION_MARKER = lazy_pattern(
    rf"""^
    (?:
        (?P<bian>第\s*(?P<bian_n>{CN}+|\d+)\s*编)(?![\p{{Han}}]{{0,2}}[，。])   # 第一编
      | (?P<part>第\s*(?P<part_n>{CN}+|\d+)\s*部\s*分)                       # 第一部分　总体要求
      | (?P<pian>第\s*(?P<pian_n>{CN}+|\d+)\s*篇)(?![\p{{Han}}]{{0,2}}[，。])   # 第一篇　…, a plan's (纲要)
      | (?P<zhang>第\s*(?P<zhang_n>{CN}+|\d+)\s*章)                           # 第一章　总则
      | (?P<jie>第\s*(?P<jie_n>{CN}+|\d+)\s*节)                               # 第二节
      | (?P<tiao>第\s*(?P<tiao_n>{CN}+|\d+)\s*条)                               # 第五条　…
      | (?P<cn>(?P<cn_n>{CN}{{1,4}})\s*(?:[、，,．.]|$))                       # 一、  十二、  a bare ## 三; OCR's 一,
      | (?P<cn>(?P<cn_n>[{OCR_ONE}])\s*、)                                    # —、: OCR's 一、
      | (?P<cnp>{LPAREN}\s*(?P<cnp_n>{CN}{{1,4}}|[{OCR_ONE}])\s*{RPAREN})      # （一）  (十二)  (—)
      | (?P<dec>(?P<dec_n>\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}}))(?![.．]?\d)(?:\s+|(?=\p{{Han}}))  # 1.1  1.2.1
      | (?P<ar>(?P<ar_n>\d{{1,3}})\s*[.．、](?![\d.．]))                         # 1.  1．  1、
      | (?P<ar>(?P<ar_n>[{OCR_LETTER_ONE}])\s*[.．、](?=\s*\p{{Han}}))            # l.: OCR's 1.
      | (?P<arp>{LPAREN}\s*(?P<arp_n>\d{{1,3}})\s*{RPAREN})                    # （1）  (1)
      | (?P<arp>{LPAREN}\s*(?P<arp_n>[{OCR_LETTER_ONE}])\s*{RPAREN}(?=\s*\p{{Han}}))  # （l）: OCR's （1）
      | (?P<arh>(?P<arh_n>\d{{1,3}})\s*[)）](?![\d)）]))                          # 1）  1)
      | (?P<circ>(?P<circ_n>[①-⑳]))                                            # ①
    )
    \s*""",
    V,
)
#: Characters a section marker can start with, besides decimal digits.
MARKER_FIRST = frozenset("第（(①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳" + CN_NUMERAL_CHARS + OCR_ONE + OCR_LETTER_ONE)


def match_marker(text: str) -> regex.Match[str] | None:
    """``SECTION_MARKER.match(text)``, skipped where the first character rules a marker out: the pattern is the
    one tried most (on every line and block), and a call costs more than the test even when it fails at once."""
    first = text[:1]
    if first in MARKER_FIRST or first.isdecimal():
        return SECTION_MARKER.match(text)
    return None


#: The title of a box that a plan (规划) prints beside its text, numbered or not: ``专栏1　数字基础设施重点工程`` ·
#: ``专栏一：…`` · ``专栏 3`` alone. Its list restarts its numbers, and is no part of the text's numbering.
BOX_HEAD = lazy_pattern(
    r"^专栏\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[：:]?|[：:])\s*(?:[^\s。；][^。；]{0,40})?$")


def is_box_head(text: str) -> bool:
    """Whether ``text`` is a box's title (``BOX_HEAD``; the pattern only where the line opens with 专栏)."""
    return text[:2] == "专栏" and BOX_HEAD.match(text) is not None


#: The head of a list of notes: ``注：`` (alone, or with the first note after it).
NOTE_HEAD = lazy_pattern(r"^\s*注\s*[：:]")
#: Rank of each marker kind: a new marker closes every open section of equal or lower rank.
MARKER_RANK: dict[str, float] = {
    "bian": 0, "part": 0.5, "pian": 0.5, "zhang": 1, "jie": 2, "tiao": 3,
    "cn": 4, "cnp": 5, "ar": 6, "dec": 6.5, "arp": 7, "arh": 7.5, "circ": 8,
}

# ---------------------------------------------------------------- closing block
#: The part of an attachment number after a dash: 附件1-2 (the second attachment under the first).
SUB_NUMBER = r"(?:\s*[-－—–]\s*\d{1,2})?"
#: An attachment number: ``2`` · ``1-2`` · ``二`` · an OCR's letter for 1 (``附件l``).
ATTACHMENT_NUMBER = rf"\d{{1,2}}{SUB_NUMBER}|[一二三四五六七八九十]{{1,3}}|[{OCR_LETTER_ONE}](?![A-Za-z])"
#: 附件说明: ``附件:2017 年度…名单`` · ``附件：1.xxx`` · ``附件1.深圳湾…坐标`` · the short ``附：…名单``.
ATTACHMENT_NOTE = lazy_pattern(
    rf"""^\s*附\s*(?:[件表图]\s*)?(?:{COLON}|(?P<number>{ATTACHMENT_NUMBER})\s*[.．、:：])\s*(?P<title>\S.*)$""",
    V,
)
#: An 附件说明's label alone on its line, its numbered entries under it: ``附件：`` / ``1.某某办法`` / ``2.某某名单``.
ATTACHMENT_NOTE_LABEL = lazy_pattern(rf"^\s*附\s*(?:[件表]\s*)?{COLON}\s*$")
#: A further line of a numbered 附件说明: ``2.深圳湾公路大桥部分桥面界址点坐标``; the first, under a label alone, as
#: an OCR may read it (``l.某某办法``).
ATTACHMENT_NOTE_MORE = lazy_pattern(
    rf"^\s*(?P<number>\d{{1,2}}{SUB_NUMBER}|[{OCR_LETTER_ONE}](?=\s*[.．、]\s*\p{{Han}}))\s*[.．、:：]\s*(?P<title>\S.*)$")
#: Brackets a web page sets an attachment's label in: ``【附件1】`` · ``[附件2]`` · ``［附件］``.
LABEL_OPEN = r"(?:(?P<bracket>[【［\[])\s*)?"
LABEL_CLOSE = r"(?(bracket)\s*[】］\]])"
#: The bare label that opens an attachment: ``附件`` · ``附件1`` · ``附件2：`` · ``附表1`` · the short ``附`` ·
#: in brackets, ``【附件1】``.
ATTACHMENT_LABEL = lazy_pattern(
    rf"^\s*{LABEL_OPEN}附\s*(?:[件表图]\s*)?(?P<number>{ATTACHMENT_NUMBER})?{LABEL_CLOSE}\s*[.．、{COLON[1:-1]}]?\s*$"
)
#: A label in brackets with its title after it: ``【附件1】2020年度某某名单`` (a line of its own, as ``附件1：…`` is).
BRACKETED_LABEL_TITLE = lazy_pattern(rf"^\s*[【［\[]\s*附\s*(?:[件表图]\s*)?(?:{ATTACHMENT_NUMBER})?\s*[】］\]]\s*\S")
#: Where the seal goes, printed between the 署名 and the date: ``（盖章）`` · ``(印章)`` · ``[印章]``; an office's that
#: seals for its government (``某某市人民政府办公室（代章）``).
SEAL_MARK = r"[（(\[【［]\s*(?:盖\s*章|印\s*章|公\s*章|签\s*章|代\s*章|章|印)\s*[）)\]】］]"
SEAL_LINE = lazy_pattern(rf"^\s*{SEAL_MARK}\s*$")
#: The same after the 署名 on its line: ``某某省人民政府（印章）``; and anywhere.
SEAL_AFTER = lazy_pattern(rf"\s*{SEAL_MARK}\s*$")
SEAL_ANY = lazy_pattern(SEAL_MARK)
#: 附注 in parentheses after the date: ``（此件公开发布）`` · ``(本文有删减)``.
NOTE_LINE = lazy_pattern(rf"^\s*{LPAREN}(?P<note>[^（）()]{{2,60}}){RPAREN}\s*$")
#: A 附注 that says the gazette leaves the attachments out: ``（附件略）`` · ``附件从略`` · ``附件内容略``.
ATTACHMENTS_OMITTED = lazy_pattern(r"附件(?:从|内容)?略|略去附件")
#: Such a 附注 on a line of its own, in brackets or not.
OMITTED_LINE = lazy_pattern(r"^\s*[（(]?\s*(?:附件(?:从|内容)?略|略去附件)\s*[。.]?\s*[）)]?\s*$")
#: A 附注 of contacts, without brackets: ``联系人：张三；联系电话：0571-12345678``.
CONTACT_LINE = lazy_pattern(r"^\s*(?:联\s*系\s*人|联系电话|联系方式)\s*[:：].{1,80}$")
#: 版记 lines: ``抄送：…`` · ``浙江省人民政府办公厅　2018年3月22日印发``.
IMPRINT_LINE = lazy_pattern(rf"^\s*(?:(?:抄\s*送|主\s*题\s*词|抄\s*报)\s*{COLON}.*|.*\d+\s*日\s*印\s*发\s*)$")
#: Lines the 版记 of older documents also holds: how the document is published (``公开方式：主动公开``) and how many
#: copies were printed (``（共印50份）``).
IMPRINT_EXTRA = lazy_pattern(
    r"^\s*(?:(?:公开方式|公开属性|公开选项|信息公开选项)\s*[:：]\s*\S{2,12}|[（(]?\s*共印\s*\d{1,6}\s*份\s*[）)]?)\s*$")
#: What an ``IMPRINT_EXTRA`` line starts with (a cheap test first).
IMPRINT_EXTRA_START = frozenset(["公开", "信息", "（共", "(共", "共印"])
#: A mark of the 版头 printed above the issuer: the 份号 (``000123``), the 密级和保密期限 (``机密★1年``), the 紧急程度
#: (``特急``), the registration number of a 规范性文件 (``ZJSP01-2018-0002``); several may stand on one line.
HEAD_MARK = lazy_pattern(
    r"(?:(?P<copy>\d{6})|(?P<secret>(?:绝密|机密|秘密)(?:\s*[★☆*＊]\s*[\w年月个]{1,8})?)|(?P<urgent>特急|加急|特提|平急)"
    r"|(?P<register>[A-Z]{2,10}\d{0,2}\s*[-—–－]\s*\d{4}\s*[-—–－]\s*\d{3,5}))"  # 规范性文件 number: ZJSP01-2018-0002
    r"(?:\s+|$)")
#: Leader dots and the spaces around them between a TOC title (or a contents heading) and its page number.
LEADER_CHARS = " \t\u3000\u00a0.．。·…⋯_—－-"
#: The head of a 版记 list: ``抄送：`` · ``主题词：`` · ``主送：`` (a 主送机关 moved into the 版记).
IMPRINT_HEAD = lazy_pattern(rf"^\s*(?P<what>抄\s*送|抄\s*报|主\s*题\s*词|主\s*送|分\s*送)\s*{COLON}\s*")
#: A line of a 纪要's attendance list, after its text: ``出席：张三、李四`` · ``请假：王五`` · ``列席会议人员：…`` ·
#: ``记录：赵六`` (who took the minutes).
ATTENDANCE_ROLE = r"出\s*席|请\s*假|缺\s*席|列\s*席|记\s*录"
ATTENDANCE = lazy_pattern(
    rf"^(?P<role>{ATTENDANCE_ROLE})(?:会议)?(?:人员|同志|单位)?\s*{COLON}\s*(?P<names>\S.*)$")
#: A signature by office and name: ``总理　李克强`` · ``省长 袁家军`` · ``中华人民共和国主席　习近平``.
PERSON_SIGNATURE = lazy_pattern(
    r"^(?P<organ>\p{Han}{1,19}[国省市县区院部委会府州盟旗厅局署办行司室处])?"  # 中华人民共和国主席, 浙江省省长
    r"(?P<office>(?:国务院)?(?:常务)?[副代]?(?:总理|主席|委员长|省长|市长|县长|区长|部长|主任|局长|厅长|署长|行长|院长"
    r"|书记员|书记|秘书长|司长|检察长|会长|理事长|主任委员|审判长|审判员|代理审判员|人民陪审员|法官助理))"
    r"\s*[：:]?\s*\p{Han}{2,4}$"  # (市长：张三, as some web pages print it)
)
#: Something an addressee line names: an organ, a unit, a place (``经研究决定：`` names none).
ADDRESSEE_HINT = lazy_pattern(
    r"政府|部门|单位|机构|机关|委|厅|局|办|部|院|会|司|军|团|处|所|中心|学校|企业|各|省|市|县|区|同志"
)
#: How the last name before a 主送机关's colon ends (``…直属机构：`` · ``国务院：`` · ``各有关单位：``); a sentence
#: that ends in a colon (``…研究了以下事项：``) ends otherwise.
ADDRESSEE_END = lazy_pattern(
    r"(?:政府|办公厅|办公室|委员会|委|部|局|厅|院|署|会|行|中心|办|军区|总队|公司|集团|小组|单位|部门|机构|机关|同志|"
    r"学校|大学|学院|医院|所|站|队|社|馆|省|市|县|区|州|盟|旗|镇|乡|村|街道|团|企业|组织|党组|党委|兵团|团体|党派|工商联)$"
)
#: A deputy or a member a reply addresses by name (a reply to a 人大代表's proposal or a 政协委员's motion):
#: ``张某某代表：`` · ``尊敬的张某某代表：`` · ``张某、李某某委员：`` · ``王某某等5位代表：``; not a speech's salutation
#: (``各位代表：``).
PERSON_ADDRESSEE = lazy_pattern(
    r"^(?:尊敬的)?(?!各位)\p{Han}{2,4}(?:[、，,]\p{Han}{2,4}){0,9}(?:等\s*\d{1,3}\s*[位名])?(?:代表|委员)[：:]$")
#: Suffixes of organ names, for telling a signature line from a short body line.
ORGAN_SUFFIX = lazy_pattern(
    r"(?:政府|中央|人大|妇联|科协|侨联|残联|办公厅|办公室|国务院|委员会|委|部|局|厅|院|署|会|行|中心|办|军区|总队|调查队|支队|大队|公司|集团|小组|人民政府)$"
)

# ---------------------------------------------------------------- document header
#: Red-header (版头) line: ``发展改革委办公厅  文件``.
RED_HEADER = lazy_pattern(r"^(?P<issuer>.*\S)?\s*文\s*件\s*$")
#: Where the issuing organ's name ends in a title: 国务院办公厅|关于… · 国务院办公厅|转发…
ISSUER_END = lazy_pattern(r"关于|转发|批转|印发")
#: Words an issuing notice uses: 印发/转发/批转 a document that then follows it; a 人大常委会's decision that
#: approves a regulation (关于批准《某某市城市管理条例》的决定), which the gazette prints after it.
ISSUING = lazy_pattern(r"(?:印发|转发|批转|颁布|发布|批准《[^《》]{2,80}》(?:等\S{1,8})?的(?:决定|决议))")
#: What a 印发 notice issues: 关于印发《X》的通知 · 关于印发X的通知 · 关于批准《X》的决定.
ISSUED_TITLE = lazy_pattern(r"""(?:(?:印发|转发|批转|颁布|发布)(?P<title>.+?)的(?:通知|决定|通报|函|意见)
                                 |批准(?P<title>《[^《》]{2,80}》(?:等\S{1,8})?)的(?:决定|决议))$""", V)
QUOTED_TITLE = lazy_pattern(r"《(?P<title>[^《》]{2,80})》")
#: 文种 by title suffix, longest first; 实施意见 and 指导意见 are 意见, 令 is 命令, and a reply (…建议的答复) is a 函,
#: which answers questions by the rules' definition. Two kinds of earlier rules are read too, as archives of older
#: gazettes print them: 指示 (…关于…的指示, to 1993) and 布告 (某某市人民政府布告).
KIND_SUFFIX = lazy_pattern(
    r"""(?P<kind>通知|通报|意见|决定|命令|令|公告|通告|布告|报告|请示|批复|复函|函|纪要|议案|决议|公报|(?<=的)指示|(?<=的)答复)
    (?:[（(][^（）()]{1,20}[）)])?$""",
    V,
)

#: The headline of a news agency's release that prints a document an organ issued, as gazettes reprint
#: documents of the Party's and the State Council's offices: ``中共中央办公厅 国务院办公厅印发《关于…的意见》``.
RELEASE_HEADLINE = lazy_pattern(r"^\p{Han}[\p{Han}\s、]{1,40}?(?:印发|发布|转发)《[^《》]{2,60}》$")

#: The name of a court's 文书 printed above its 案号, letter-spaced as courts print it: ``民 事 判 决 书``; or of
#: an organ's decision in a case, printed so above its number: ``行政复议决定书``, ``行政处罚决定书``.
COURT_DOCUMENT = lazy_pattern(
    r"^(?:民事|刑事|行政|国家赔偿|执行|刑事附带民事|行政复议|行政处罚|行政复议终止|不予受理行政复议申请|驳回行政复议申请)?"
    r"(?:判决书|裁定书|调解书|决定书|赔偿决定书)$")
#: A key in 【】 that opens a line, and what follows it: ``【裁判摘要】…``.
BRACKETED_KEY = lazy_pattern(r"^【(?P<key>[^【】\s]{1,12})】\s*(?P<value>.*)$")
#: A case's title, as a court's gazette heads a 文书 it prints: ``某某公司诉某某公司买卖合同纠纷案``.
CASE_TITLE = lazy_pattern(r"(?:案|案件)$")

# ---------------------------------------------------------------- page furniture
#: Page footers and headers: ``—3—`` · ``- 3 -`` · ``第 3 页`` · ``3`` alone · ``— 12 —``.
PAGE_NUMBER = lazy_pattern(
    r"""^\s*(?:
        [—–\-－~～]{1,2}\s*(?P<a>\d{1,4})\s*[—–\-－~～]{1,2}      # —3—  - 3 -
      | 第\s*(?P<b>\d{1,4})\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?   # 第 3 页 (共 40 页)
      | 共\s*\d{1,4}\s*页\s*[，,/]?\s*第\s*(?P<e>\d{1,4})\s*页          # 共 40 页 第 3 页
      | (?i:page)\s*(?P<f>\d{1,4})(?:\s*(?i:of)\s*\d{1,4})?             # Page 3 of 40 (an export's footer)
      | (?P<c>\d{1,4})\s*/\s*\d{1,4}                              # 3/40
      | [·•]\s*(?P<d>\d{1,4})\s*[·•]                               # ·3·
    )\s*$""",
    V,
)
#: A running header: the gazette's title with its issue, ``浙江省人民政府公报    2018年第12期``.
_HEADER_TITLE = r"\p{Han}{2,30}(?:公报|政报)"
#: How a running header names the issue: ``2018年第12期`` (with ``（总第1199期）``) · ``2025·1`` · ``2019.8``.
_HEADER_ISSUE = r"""(?:(?:\d{4}\s*年\s*)?第\s*\d{1,3}\s*[期号](?:\s*[（(]\s*总\s*第\s*\d+\s*[期号]\s*[）)])?
                    | \d{4}\s*[.．·•/]\s*\d{1,2})"""
RUNNING_HEADER = lazy_pattern(
    rf"""^\s*(?:(?P<p1>\d{{1,4}})\s*[·•]?\s+)?[·•]?\s*(?:
        {_HEADER_TITLE}\s*[·•]?\s*{_HEADER_ISSUE}                  # 公报 2018年第12期 · 上海市人民政府公报 2025·1
      | {_HEADER_ISSUE}\s*[·•]?\s*{_HEADER_TITLE}                  # 2018年第12期 公报
    )(?:\s*[·•]?\s+(?P<p2>\d{{1,4}}))?\s*[·•]?\s*$""",
    V,
)
#: A table's continuation caption at a page break: ``续表`` · ``（续上表）`` · ``续表1``.
CONTINUED_TABLE = lazy_pattern(r"^\s*[（(]?\s*续\s*(?:上\s*)?表\s*\d{0,2}\s*[）)]?\s*$")
#: A page number standing alone, taken for one only at a page break (form feed): ``12``.
#: What may stand beside the gazette's title in a running header (spaces removed): its issue or date
#: (``2020.5``, ``2020·5``, ``2018年第12期``, ``第5号``, ``（总第1199期）``) and a page number; or nothing.
HEADER_REST = lazy_pattern(r"^[\d.．·•/—–\-年月第期号总（）()]{0,24}$")
BARE_PAGE_NUMBER = lazy_pattern(r"^\s*(?P<n>\d{1,4})\s*$")

# ---------------------------------------------------------------- text checks
#: A Latin word standing between Han characters: ``金融风险 and 深化`` (OCR for 和).
LATIN_IN_HAN = lazy_pattern(r"(?<=\p{Han}[ \t]?)(?P<word>[A-Za-z]{2,12})(?=[ \t]?\p{Han})")
#: Words that are legitimately Latin in Chinese official text.
LATIN_OK = frozenset({"PPP", "GDP", "APP", "CPI", "PPI", "PM", "VR", "AR", "AI", "IT", "CN", "ISBN", "ISSN",
                      "WTO", "GB", "QQ", "USB", "ETC", "PC", "SIM", "CT", "HIV", "LED", "ICP", "IP", "GPS",
                      "BIM", "EPC", "ERP", "SaaS", "XBRL"})

# ---------------------------------------------------------------- markup
MD_HEADING = lazy_pattern(r"^\s{0,3}(?P<hashes>#{1,6})(?:\s+|$)")
#: The page break the marker converter writes with ``--paginate_output``: ``{3}------------------------``.
MARKER_PAGE_BREAK = lazy_pattern(r"^\{\d{1,5}\}-{3,}$")
#: The optional closing sequence of an ATX heading: ``## 标题 ##``.
MD_HEADING_CLOSE = lazy_pattern(r"(?:^|\s+)#+\s*$")
#: pandoc's attributes after text (``[数字政府]{.underline}``, ``[…]{custom-style="正文"}``) or a heading
#: (``# 总则 {#zong-ze .unnumbered}``): the text stays, the attributes go.
MD_ATTRIBUTES = lazy_pattern(r"\[(?P<text>[^\[\]]{0,200})\]\{[^{}\n]{1,200}\}|\s*\{[#.][^{}\n]{0,200}\}\s*$")
#: A list item's marker, also of an item nested in another (pandoc indents it by four spaces).
MD_LIST = lazy_pattern(r"^[ \t]*[-*+][ \t]+")
#: A block quote's marker: ``> 引文``.
MD_QUOTE = lazy_pattern(r"^\s{0,3}(?:>\s?)+")
#: An inline link, kept as its text: ``[附件](http://…)`` → 附件.
MD_LINK = lazy_pattern(r"""\[(?P<text>[^\[\]]{0,200})\]\((?P<url>[^()\s]{0,500})(?:\s+"[^"]{0,200}")?\)""")
#: An HTML tag: ``<p class=x>`` · ``</p>`` · ``<br/>`` · ``<!DOCTYPE html>``; Word's namespaced ones (``<o:p>``) and its
#: conditional marks (``<![if !supportLists]>`` · ``<![endif]>``).
HTML_TAG = lazy_pattern(
    r"</?[A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9]*)?(?:\s[^<>]{0,200})?/?>|<![A-Za-z][^<>]{0,200}>"
    r"|<!\[(?:if|endif)\b[^<>]{0,200}\]>")
HTML_COMMENT = lazy_pattern(r"^\s*<!--.*-->\s*$")
#: A markdown image, as MinerU writes seals and red headers: ``![](images/0a1b.jpg)``.
MD_IMAGE = lazy_pattern(r"!\[[^\]]{0,200}\]\([^)]{0,500}\)")
#: Inline LaTeX that converters wrap around numbers: ``$10 \%$`` → ``10%``; MinerU spaces every character, so a
#: CN number is 46 long: ``$\mathrm { C N } 3 3 - 1 0 3 5 / \mathrm { D }$``.
MD_MATH = lazy_pattern(r"(?P<fence>\${1,2})\s*(?P<math>[^$\n]{1,100}?)\s*(?P=fence)")
MD_EMPHASIS = lazy_pattern(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
MD_AUTOLINK = lazy_pattern(r"<(?P<url>(?:https?|ftp)://[^<>\s]+)>")
MD_RULE = lazy_pattern(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
MD_TABLE_SEPARATOR = lazy_pattern(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
#: The border of a grid table (pandoc, Emacs): ``+------+--------+`` · ``+======+``.
GRID_BORDER = lazy_pattern(r"^\s*\+(?:[-=:]{2,}\+)+\s*$")
#: An HTML character reference: named (``&nbsp;`` · ``&ldquo;`` · ``&mdash;`` · ``&hellip;``, as web pages print
#: quotation marks and dashes) or numeric.
HTML_ENTITY = lazy_pattern(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")


#: The extension of a file a line names: ``某某方案.docx`` (a web page links an attachment as a download).
FILE_EXTENSION = lazy_pattern(r"\.(?:docx?|wps|pdf|xlsx?|et|ofd|zip|rar|txt|jpg|png)$", regex.IGNORECASE)

# ---------------------------------------------------------------- the close of a text
#: The formula that closes a document's text: ``特此公告。`` · ``此复。`` · ``特此通知。`` · ``妥否，请批示。``; a
#: report's or an explanation's to a people's congress: ``以上报告，请审议。`` · ``草案和以上说明是否妥当，请审议。``;
#: a request's: ``以上意见如无不妥，请批转各地执行。``; a reply's to a deputy: ``感谢您对…的关心和支持。``; a letter's
#: (函): ``此函。`` · ``盼复。`` · ``请予函复。``.
CLOSING_FORMULA = lazy_pattern(
    r"^(?:(?:特此|专此)(?:公告|通告|布告|通知|通报|批复|函告|函复|函达|报告|请示|决定|公布|说明)|此复|此令|此致|此函|此报"
    r"|盼复|请(?:予|尽快|研究)?(?:函复|复函)|请予支持为盼"
    r"|(?:以上(?:请示|报告))?[妥当]否[，,]\s*请(?:批示|批复|审示|审批|示)"
    r"|以上(?:报告|请示|说明|意见)[，,]\s*请(?:审阅|审示|批示|审议|审批|予?批准|研究)"
    r"|以上\p{Han}{1,4}如无不妥[，,]\s*请[^。；]{1,30}"
    r"|[\p{Han}、《》（）]{0,30}?是否(?:妥当|可行)[，,]\s*请(?:审议|审阅|审示|批示)"
    # a reply's thanks to the deputy or member it answers: 感谢您对…的关心和支持（，欢迎…）
    r"|(?:再次)?(?:衷心)?感谢(?:您|你们?|各位\p{Han}{2})对[^。！!；;]{1,60}(?:关心|支持|关注|理解|帮助)[^。！!；;]{0,60}[！!]?)"
    r"[。.]?$")
_CLAUSE_SUBJECT = r"本\p{Han}{0,6}?(?:决定|通知|公告|通告|意见|办法|规定|细则|方案|措施|批复|命令|令)(?:自|从)"
#: A clause that closes a text after its last section and is no part of that section: when the text takes effect
#: (``本通知自印发之日起施行。`` · ``本决定自公布之日起施行，有效期5年。``), or what a 修改决定 has republished
#: (``《某某条例》根据本决定作相应修改，重新公布。``).
CLOSING_CLAUSE = lazy_pattern(
    rf"^(?:{_CLAUSE_SUBJECT}[^。；;]{{1,40}}?(?:起|之日)(?:施行|执行|实施|生效)[^。]{{0,80}}"
    r"|[^。]{1,120}?根据本决定(?:作|做)[^。]{0,20}修改[^。]{0,40}?公布)[。.]$")
#: How such a clause opens (the first line of one a wrap cut): ``本通知自`` · ``《某某条例》根据本决定作``.
CLAUSE_OPENING = lazy_pattern(rf"^(?:{_CLAUSE_SUBJECT}|[^。]{{1,60}}?根据本决定(?:作|做))")
