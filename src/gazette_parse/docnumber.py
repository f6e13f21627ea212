"""发文字号: parse, canonicalise (GB/T 9704-2012: 浙政办发〔2018〕26号) and find what is malformed."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import regexes as rx
from .numerals import OCR_DIGITS, cn_to_int

#: Full-width digits ０–９ to ASCII.
FULL_WIDTH_DIGITS = {0xFF10 + d: ord("0") + d for d in range(10)}


@dataclass(slots=True)
class ParsedNumber:
    """A 文号 split into its parts, with the ways it departs from GB/T 9704."""

    text: str
    agency_code: str
    year: int | None
    serial: int
    problems: list[str] = field(default_factory=list)


#: Years a 文号 may carry.
MIN_YEAR, MAX_YEAR = 1949, 2100


def parse_doc_number(s: str, *, whole_line: bool = True) -> ParsedNumber | None:
    """Parse a 文号; ``whole_line`` requires ``s`` to be nothing but the 文号."""
    m = (rx.DOC_NUMBER_LINE.match(s) if whole_line else rx.DOC_NUMBER_ANY.search(s))
    if m is None:
        return _year_serial_number(s, whole_line=whole_line)
    agency = m.group("agency")
    year_s = m.group("year") or m.group("bare_year")
    serial_s = m.group("serial")
    if not m.group("hao") and not m.group("open"):
        return None  # neither brackets nor 号: too weak to be a 文号
    problems: list[str] = []
    if m.group("open") and (m.group("open"), m.group("close")) != ("〔", "〕"):
        problems.append(f"brackets {m.group('open')}{m.group('close')} instead of 〔〕")
    if m.group("bare_year"):
        problems.append("year without brackets")
    if m.group("di"):
        problems.append("第 before the serial number")
    if not (year_s or "").isascii() or not serial_s.isascii():
        problems.append("full-width digits")
        year_s, serial_s = year_s and year_s.translate(FULL_WIDTH_DIGITS), serial_s.translate(FULL_WIDTH_DIGITS)
    if year_s and not year_s.isdigit():
        year_s = year_s.translate(OCR_DIGITS)  # 2O18: letters an OCR read for digits
        if not year_s.isdigit():
            return None
        problems.append("letters for digits in the year (OCR)")
    if year_s and not MIN_YEAR <= int(year_s) <= MAX_YEAR:
        return None
    if " " in serial_s:
        serial_s = serial_s.replace(" ", "")
        problems.append("space inside the serial number (OCR)")
    if not serial_s.isdigit():
        if not m.group("hao"):
            return None  # (4O without 号 is too weak to be a 文号 an OCR garbled)
        serial_s = serial_s.translate(OCR_DIGITS)
        problems.append("letters for digits in the serial number (OCR)")
    if len(serial_s) > 1 and serial_s.startswith("0"):
        problems.append("zero-padded serial number")
    if not m.group("hao"):
        problems.append("missing 号")
    year = int(year_s) if year_s else None
    serial = int(serial_s)
    text = f"{agency}〔{year}〕{serial}号" if year is not None else f"{agency}{serial}号"
    return ParsedNumber(text=text, agency_code=agency, year=year, serial=serial, problems=problems)


def bracketed_order(text: str) -> tuple[str, ParsedNumber, str] | None:
    """The number of an order or a numbered 公告 in brackets at the end of ``text``, named by its series in the
    brackets (``…（省政府令第365号）``) or right before them (``某某公告（第45号）``, ``…主席令（第三十一号）``):
    the text before the brackets, the number, and the number as printed; None when there is none."""
    pm = rx.PAREN_NUMBER.search(text)
    order = rx.ORDER_NUMBER.match(pm.group("num")) if pm is not None else None
    if pm is None or order is None or not (order.group("di") or order.group("di2")):
        return None
    head = text[: pm.start()].strip()
    agency = order.group("agency") or (head if rx.NUMBERED_TITLE.match(head) else None)
    return (head, order_number(agency, order), pm.group("num")) if agency else None


def signers_of(raw: str) -> list[str]:
    """The 签发人 names on a 文号 line as written (``国发〔2018〕1号　签发人：张三　李四`` → 张三, 李四)."""
    m = rx.SIGNERS.search(raw)
    return rx.HTML_TAG.sub(" ", m.group("names")).split() if m else []  # (a web page's </p> is no name)


#: The first year a number with its year first is read as a court's 案号 (案号 of the 1990s were written so as well,
#: but so were 文号 then).
CASE_NUMBER_SINCE = 2000


def _year_serial_number(s: str, *, whole_line: bool) -> ParsedNumber | None:
    """A 公告 numbered by year, as ministries number them: ``国家税务总局公告2019年第3号`` (that is their form);
    or a 文号 of the years before GB/T 9704, its year first: ``(84)财税字第301号``."""
    m = rx.YEAR_SERIAL_NUMBER.fullmatch(s.strip()) if whole_line else rx.YEAR_SERIAL_NUMBER.search(s)
    if m is None:
        old = rx.YEAR_FIRST_NUMBER.fullmatch(s.strip()) if whole_line else rx.YEAR_FIRST_NUMBER.search(s)
        if old is None:
            return None
        year = int(old.group("year"))
        year += 1900 if year < 100 else 0
        # (a year of this century first is a court's 案号, which numbers by its own rule, not GB/T 9704's)
        problems = ["year before the 机关代字 (a form older than GB/T 9704)"] if year < CASE_NUMBER_SINCE else []
        return ParsedNumber(text="".join(old.group().split()), agency_code=old.group("agency"), year=year,
                            serial=int(old.group("serial")), problems=problems)
    agency = "".join(m.group("agency").split())
    year, serial = int(m.group("year")), int(m.group("serial"))  # int() reads full-width digits too
    return ParsedNumber(text=f"{agency}{year}年第{serial}号", agency_code=agency, year=year, serial=serial)


def order_number(agency: str, m: regex.Match[str]) -> ParsedNumber:
    """The number an ``ORDER_NUMBER`` match gives a title ``agency`` (an order, a numbered 公告): ``第705号`` →
    某某令第705号, ``〔2019〕第3号`` → 某某公告〔2019〕3号, ``〔十三届〕第十号`` → 某某公告〔十三届〕第10号."""
    serial = order_serial(m)
    year = int(m.group("year").translate(FULL_WIDTH_DIGITS)) if m.group("year") else None
    term = "".join(m.group("term").split()) if m.group("term") else None
    if year:
        text = f"{agency}〔{year}〕{serial}号"
    else:
        text = f"{agency}〔{term}〕第{serial}号" if term else f"{agency}第{serial}号"
    return ParsedNumber(text=text, agency_code=agency, year=year, serial=serial)


def minutes_number(agency: str, m: regex.Match[str]) -> ParsedNumber:
    """The number a ``MINUTES_NUMBER`` match gives a 纪要 titled ``agency``: ``〔2020〕第12期`` →
    某某纪要〔2020〕第12期, ``第十二期`` → 某某纪要第12期, ``〔2020〕第15次`` → 某某纪要〔2020〕第15次."""
    serial = order_serial(m)
    digits = m.group("year") or m.group("year2")
    year = int(digits.translate(FULL_WIDTH_DIGITS)) if digits else None
    unit = m.group("unit")
    text = f"{agency}〔{year}〕第{serial}{unit}" if year else f"{agency}第{serial}{unit}"
    return ParsedNumber(text=text, agency_code=agency, year=year, serial=serial)


def order_serial(m: regex.Match[str]) -> int:
    """The serial number of an ``ORDER_NUMBER`` match: ``第705号`` → 705, ``第三十一号`` → 31."""
    return int(m.group("serial")) if m.group("serial") else cn_to_int(m.group("serial_cn")) or 0
