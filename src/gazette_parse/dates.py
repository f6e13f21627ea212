"""成文日期: Arabic or Chinese numerals (〇 or ○) to ISO 8601."""

from __future__ import annotations

import datetime as dt

from . import regexes as rx
from .numerals import OCR_DIGIT_LETTERS, OCR_DIGITS, cn_to_int


def _year(text: str) -> int | None:
    """A date's year in digits or Chinese numerals; 2O19 (letters an OCR read for digits) and 二0一九 (a digit zero
    typed for 〇) too."""
    if text[:1] in "12" and not text.isdecimal():
        text = text.translate(OCR_DIGITS)
    elif not text.isdecimal():
        text = text.replace("0", "〇").replace("０", "〇")
    return cn_to_int(text)


def _month_day(text: str) -> int | None:
    """A date's month or day in digits or Chinese numerals; l2 (letters an OCR read for digits) too."""
    return cn_to_int(text.translate(OCR_DIGITS) if text[:1].isascii() and not text.isdecimal() else text)


def has_ocr_letters(date: str) -> bool:
    """Whether a date in digits holds Latin letters an OCR read for them (``2O19年l2月5日``); not one in Chinese
    numerals, whose 〇 is often typed as the letter O (``二O一八年``)."""
    return any(c in OCR_LETTERS for c in date) and any(c.isascii() and c.isdigit() for c in date)


#: The letters an OCR reads for digits in a date (``OCR_DIGITS``' keys).
OCR_LETTERS = frozenset(OCR_DIGIT_LETTERS)


def parse_month(text: str) -> str | None:
    """``YYYY-MM`` of a date printed with a year and a month only (``2021年3月``), or None."""
    m = rx.MONTH_LINE.match(text)
    if m is None:
        return None
    year, month = _year(m.group("year")), cn_to_int(m.group("month"))
    if year is None or month is None or not 1 <= month <= 12:
        return None
    return f"{year:04d}-{month:02d}"


def parse_date(text: str) -> tuple[str | None, str | None]:
    """(ISO date, problem) of a date; the date is None and the problem says why when it is impossible."""
    m = rx.DATE_ANY.search(text) or rx.NUMERIC_DATE_ANY.search(text) or rx.SPOKEN_DATE_ANY.search(text)
    if m is None:
        return None, "no date"
    year, month, day = _year(m.group("year")), _month_day(m.group("month")), _month_day(m.group("day"))
    if year is None or month is None or day is None:
        return None, "unreadable numerals"
    try:
        return dt.date(year, month, day).isoformat(), None
    except ValueError as exc:
        return None, str(exc)
