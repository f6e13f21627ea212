"""Stage 9: the appointments and removals a 任免 document lists, read from its paragraphs.

A gazette prints its government's appointments as a 任免名单 (or a notice of 任免): ``任命张三为某某厅副厅长；``,
``免去李四的某某局局长职务，退休。``, or under a heading that says which (``任命：`` / ``张三为…；``), or in the newer
wording ``张三任某某局局长`` / ``李四不再担任某某局局长职务``. Each is read into an ``Appointment``; the paragraphs stay
as they are.
"""

from __future__ import annotations

import regex

from .models import Appointment, Document, Paragraph, Section
from .regexes import lazy_pattern

#: A title or category of a document that lists appointments.
APPOINTMENTS_TITLE = lazy_pattern(r"任免|任职|免职")
#: A heading that says what the lines under it are: ``任命：`` · ``决定免去：``.
HEAD = lazy_pattern(r"^(?:决定)?(?P<verb>任命|聘任|免去|解聘)\s*[：:]$")
#: A name, as a list of appointments prints it: two to four Han, or a name of several parts (阿不都·热合曼).
NAME = r"\p{Han}{2,4}?|\p{Han}{1,8}(?:·\p{Han}{1,8}){1,3}"
NAMES = rf"(?P<names>(?:{NAME})(?:[、，,](?:{NAME}))*?)(?:同志)?"
#: 任命张三为某某厅副厅长 · 张三为… (under 任命：) · 张三任某某局局长.
#: (What follows the post: after a comma, or in brackets at the end: ``…副局长（试用期一年）``.)
APPOINT = lazy_pattern(rf"^(?:(?:决定)?(?P<verb>任命|聘任))?{NAMES}(?P<link>为|任)(?P<post>\p{{Han}}[^；;。]{{1,60}}?)"
                       r"(?:[，,](?P<note>[^；;。]{1,30})|(?P<note>[（(][^（）()；;。]{1,20}[）)]))?$")
#: 免去李四的某某局局长职务 · 李四的…职务 (under 免去：) · 李四不再担任某某局局长职务.
REMOVE = lazy_pattern(rf"^(?:(?:决定)?(?P<verb>免去|解聘))?{NAMES}(?P<link>的|不再担任)(?P<post>[^；;。]{{1,60}}?)职务"
                      r"(?:[，,](?P<note>[^；;。]{1,30}))?$")
#: The verbs that remove from a post.
REMOVING = frozenset({"免去", "解聘", "不再担任"})
#: Where the entries of a paragraph part.
PARTS = lazy_pattern(r"[；;。]")


def read_appointments(doc: Document) -> None:
    """Set ``doc.appointments`` (and its enclosures') when its title or category names 任免."""
    for enclosure in doc.enclosures:
        read_appointments(enclosure)
    if not APPOINTMENTS_TITLE.search(doc.title or "") and not APPOINTMENTS_TITLE.search(doc.category or ""):
        return
    verb: str | None = None  # what a heading above says the lines under it are (任命： / 免去：)
    found: list[Appointment] = []
    for paragraph in _paragraphs(doc.preamble, doc.sections):
        text = paragraph.text
        if (head := HEAD.match(text)) is not None:
            verb = head.group("verb")
            continue
        for part in PARTS.split(text):  # (lines the wrap joined into one paragraph: each is read on its own)
            if part.strip() and (item := _read(part.strip(), verb, paragraph)) is not None:
                found.append(item)
    doc.appointments = found


def _read(text: str, verb: str | None, paragraph: Paragraph) -> Appointment | None:
    """One appointment or removal ``text`` states, under a heading's ``verb``; None for other text. A lead before
    the verb is passed over: ``2019年3月28日，国务院任命李四为…``."""
    found = _read_from(text, verb, paragraph)
    if found is None and (lead := VERB.search(text)) is not None and lead.start() > 0:
        found = _read_from(text[lead.start():], None, paragraph)
    return found


#: Where a verb of appointing or removing stands in a text with a lead before it.
VERB = lazy_pattern(r"(?:决定)?(?:任命|聘任|免去|解聘)")


def _read_from(text: str, verb: str | None, paragraph: Paragraph) -> Appointment | None:
    for pattern in (REMOVE, APPOINT):
        m = pattern.match(text)
        if m is None:
            continue
        said = m.group("verb") or (m.group("link") if m.group("link") in ("任", "不再担任") else verb)
        if said is None or (pattern is APPOINT) == (said in REMOVING):
            continue  # (张三为… with no heading saying 任命, or 免去： over 张三为…: not read)
        note = m.group("note")
        return Appointment(action="免去" if said in REMOVING else "任命",
                           names=regex.split(r"[、，,]", m.group("names")), post=m.group("post"),
                           note=note.strip() if note else None, span=paragraph.span)
    return None


def _paragraphs(preamble: list[Paragraph], sections: list[Section]) -> list[Paragraph]:
    """The paragraphs of a text in order: the preamble's, then each section's (its own, then its sections')."""
    found = list(preamble)
    for section in sections:
        found.extend(_paragraphs(section.paragraphs, section.sections))
    return found
