"""Stage 9: the entries of a 大事记 (a government's chronicle of a month), read from its paragraphs.

A gazette prints its government's 大事记 as paragraphs that each open with a day: ``2月3日　省长主持召开…`` (or,
in a chronicle of one month, ``3日　…``). Each is read into a ``ChronicleEntry`` with its date, the year and month
taken from the title (``2020年2月省政府大事记``) or, failing that, from the gazette's issue; a paragraph with no day
goes on with the entry above. The paragraphs stay as they are.
"""

from __future__ import annotations

import datetime

import regex

from .models import ChronicleEntry, Document, Gazette, Paragraph, Span
from .numerals import cn_to_int
from .regexes import CENTURY, lazy_pattern

#: The year and month a chronicle's title names: ``2020年2月`` · ``二〇二〇年二月``.
TITLE_MONTH = lazy_pattern(r"(?P<year>" + CENTURY + r"\d{2}|[〇○零一二三四五六七八九]{4})\s*年\s*"
                           r"(?:(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)?")
#: The day that opens an entry: ``2月3日　…`` · ``3日　…`` · ``2月3日至5日　…`` · ``4月18—19日　…`` (the first day of
#: a range without its 日) · ``4月18日、19日　…``.
_DAY_TO = r"\s*(?:至|—|－|-|~|～|、)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日"
ENTRY_DAY = lazy_pattern(
    rf"^(?:(?P<month>\d{{1,2}})\s*月\s*)?(?P<day>\d{{1,2}})\s*(?:日(?:{_DAY_TO})?|{_DAY_TO})"
    r"\s*(?P<text>[^，,。].*)$")


def read_chronicle(doc: Document, gazette: Gazette | None) -> None:
    """Set ``doc.chronicle`` (and its enclosures') when its title names a 大事记."""
    for enclosure in doc.enclosures:
        read_chronicle(enclosure, gazette)
    if "大事记" not in (doc.title or ""):  # (2020年2月省政府大事记 · 某某市人民政府大事记（2022年1月）)
        return
    tm = TITLE_MONTH.search(doc.title or "")
    year = cn_to_int(tm.group("year")) if tm else (gazette.year if gazette else None)
    month = cn_to_int(tm.group("month")) if tm and tm.group("month") else None
    opened: list[tuple[regex.Match[str], list[Paragraph]]] = []  # each day, with its paragraphs
    for paragraph in doc.preamble:
        m = ENTRY_DAY.match(paragraph.text)
        if m is None or (m.group("month") is None and month is None):
            if opened:
                opened[-1][1].append(paragraph)  # (a paragraph with no day goes on with the entry above)
            continue
        opened.append((m, [paragraph]))
    doc.chronicle = [_entry(m, paragraphs, year, month) for m, paragraphs in opened]


def _entry(m: regex.Match[str], paragraphs: list[Paragraph], year: int | None, month: int | None) -> ChronicleEntry:
    """The entry whose first paragraph ``ENTRY_DAY`` matched as ``m``, in a chronicle of ``year`` and ``month``."""
    day_month = int(m.group("month")) if m.group("month") else month
    date = None
    if year and day_month:
        try:
            date = datetime.date(year, day_month, int(m.group("day"))).isoformat()
        except ValueError:
            date = None  # (2月30日: no day of the calendar)
    first, last = paragraphs[0], paragraphs[-1]
    return ChronicleEntry(date=date, day=first.text[: m.start("text")].strip(),
                          text="\n".join([m.group("text").strip(), *(p.text for p in paragraphs[1:])]),
                          span=Span(start_line=first.span.start_line, end_line=last.span.end_line))
