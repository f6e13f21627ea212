"""Footnotes written as markdown writes them: a reference in the text (``[^1]``) and the note's text after its
label at the end (``[^1]: 数据来源：…``), as pandoc writes the footnotes of a Word document. And the notes a
document prints under ``注释：`` at its end, referred to in its text as ``[1]`` or ``①`` (a statistical communiqué's:
``地区生产总值[1]77715亿元`` … ``注释：`` / ``[1]地区生产总值…按现价计算``).

The definitions are taken out of the text before blocks are made (they would read as the last section's
paragraphs). A markdown footnote goes to the document whose text refers to it; a note under ``注释：`` to the
document it ends (every document numbers its own from 1).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .furniture import MAX_FURNITURE, page_furniture
from .models import Document, Footnote, Span
from .normalize import Line, LineKind, clean_text, strip_markup
from .regexes import lazy_pattern

#: A footnote's definition: its label in ``[^…]`` and a colon at the line's start, then its text.
DEFINITION = lazy_pattern(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?P<text>.*)$")
#: A reference to a footnote in the text.
REFERENCE = lazy_pattern(r"\[\^(?P<label>[^\]\s]{1,40})\](?!:)")
#: A definition goes on in the lines under it indented this far (a blank line may stand between).
CONTINUATION_INDENT = 4


#: The line that heads the notes at a document's end: ``注释：`` · ``注：``.
NOTES_HEAD = lazy_pattern(r"^(?:注\s*释|注)\s*[：:]?$")
#: A note under it: its label in brackets, or circled, then its text: ``[1]地区生产总值…`` · ``［2］…`` · ``①…``.
ENDNOTE = lazy_pattern(r"^(?:[\[［〔](?P<label>\d{1,3})[\]］〕]|(?P<circled>[①-⑳]))\s*(?P<text>\S.*)$")
#: A reference to such a note in the text: ``[1]`` · ``［1］`` · ``①``.
ENDNOTE_REFERENCE = lazy_pattern(r"[\[［〔](?P<label>\d{1,3})[\]］〕]|(?P<circled>[①-⑳])")
#: What ends a note's text; a note whose text does not end so goes on in the line right under it (a wrap).
NOTE_END = tuple("。；;.！!？?）)")


@dataclass(slots=True)
class Found:
    """The footnotes of a text and the lines they take; ``endnotes``: those under a 注释 line, which go to the
    document they end."""

    notes: list[Footnote]
    lines: set[int]
    endnotes: list[Footnote] = field(default_factory=list)


def find_footnotes(text: str, lines: list[Line]) -> Found:
    """Footnote definitions among ``lines`` (``text`` is the whole input, for a cheap test first)."""
    found = Found([], set())
    if "注" in text:
        _find_endnotes(lines, found)
    if "[^" not in text:
        return found
    k = 0
    while k < len(lines):
        line = lines[k]
        m = DEFINITION.match(line.raw) if line.kind is LineKind.TEXT and "[^" in line.raw[:8] else None
        if m is None:
            k += 1
            continue
        parts = [m.group("text")]
        end = k
        j = k + 1
        while j < len(lines):
            if lines[j].kind is LineKind.BLANK:
                j += 1
                continue
            nxt = lines[j]
            if nxt.kind is not LineKind.TEXT or nxt.indent < CONTINUATION_INDENT or DEFINITION.match(nxt.raw):
                break
            parts.append(nxt.text)
            end = j
            j += 1
        body = "".join(clean_text(strip_markup(p)) for p in parts)
        found.notes.append(Footnote(label=m.group("label"), text=body,
                                    span=Span(start_line=line.no, end_line=lines[end].no)))
        found.lines.update(ln.no for ln in lines[k:end + 1] if ln.kind is not LineKind.BLANK)
        k = end + 1
    return found


def _find_endnotes(lines: list[Line], found: Found) -> None:
    """Notes under a ``注释：`` line, one a label, where the text above the line refers to the first of them."""
    # (head line's index, index past the notes, the notes, the numbers of their lines)
    candidates: list[tuple[int, int, list[Footnote], list[int]]] = []
    past = 0
    for k, head in enumerate(lines):
        if k >= past and head.text[:1] == "注" and head.kind is LineKind.TEXT and NOTES_HEAD.match(head.text):
            notes, end, used = _notes_under(lines, k + 1)
            if notes:
                candidates.append((k, end, notes, used))
                past = end
    if not candidates:
        return
    referred: set[str] = set()  # labels referred to above the 注释 line at hand (read once, line by line)
    read = 0
    for at, end, notes, used in candidates:
        for ln in lines[read:at]:
            if ln.kind is not LineKind.BLANK:
                referred.update(r.group("label") or r.group("circled") for r in ENDNOTE_REFERENCE.finditer(ln.text))
        read = end
        if notes[0].label not in referred:
            continue  # a list nothing above refers to (a table's 注 numbering its own lines) is no notes
        head = lines[at]
        notes[0] = notes[0].model_copy(update={"span": Span(start_line=head.no, end_line=notes[0].span.end_line)})
        found.endnotes.extend(notes)
        found.lines.add(head.no)
        found.lines.update(used)


def _notes_under(lines: list[Line], j: int) -> tuple[list[Footnote], int, list[int]]:
    """The notes from line index ``j`` on, the index past the last, and the numbers of their lines. Blank lines
    and a page's furniture (its number, a running header) may stand between them, and inside one that a page
    break cut (its text ends in no full stop); the furniture is left to ``furniture``."""
    notes: list[Footnote] = []
    used: list[int] = []
    while True:
        j = _past_page_break(lines, j)
        m = ENDNOTE.match(lines[j].text) if j < len(lines) and lines[j].kind is LineKind.TEXT else None
        if m is None:
            return notes, j, used
        parts, end = [m.group("text")], j
        used.append(lines[j].no)
        while not parts[-1].endswith(NOTE_END):
            nxt = end + 1
            if nxt < len(lines) and (lines[nxt].kind is LineKind.BLANK or _furniture(lines[nxt])):
                nxt = _past_page_break(lines, nxt)  # (only where a page's furniture stands between)
                if not any(_furniture(ln) for ln in lines[end + 1:nxt]):
                    break
            if nxt >= len(lines) or lines[nxt].kind is not LineKind.TEXT or ENDNOTE.match(lines[nxt].text):
                break
            end = nxt
            parts.append(lines[end].text)  # a wrap, on the line under it or on the next page
            used.append(lines[end].no)
        notes.append(Footnote(label=m.group("label") or m.group("circled"), text="".join(parts),
                              span=Span(start_line=lines[j].no, end_line=lines[end].no)))
        j = end + 1


def _past_page_break(lines: list[Line], j: int) -> int:
    """The index of the first line from ``j`` on that is neither blank nor a page's furniture."""
    while j < len(lines) and (lines[j].kind is LineKind.BLANK or _furniture(lines[j])):
        j += 1
    return j


def _furniture(line: Line) -> bool:
    return line.kind is LineKind.TEXT and len(line.text) <= MAX_FURNITURE and page_furniture(line.raw) is not None


def attach_footnotes(found: Found, lines: list[Line], documents: list[Document]) -> list[Footnote]:
    """Give each footnote to the innermost document whose lines hold the first reference to it, or, with no
    reference, to the last document that starts above the note (pandoc writes the notes at the file's end); return
    those no document takes (the text above them holds none). A note under 注释 goes to the last document that
    starts above it."""
    left: list[Footnote] = []
    for note in found.endnotes:
        if (holder := _last_above(documents, note.span.start_line)) is None:
            left.append(note)
        else:
            holder.footnotes.append(note)
    if not found.notes:
        return left
    first_reference: dict[str, int] = {}
    for line in lines:
        if "[^" in line.raw and line.no not in found.lines:
            for m in REFERENCE.finditer(line.raw):
                first_reference.setdefault(m.group("label"), line.no)
    for note in found.notes:
        at = first_reference.get(note.label)
        holder = _innermost(documents, at) if at is not None else None
        if holder is None:
            holder = _last_above(documents, note.span.start_line)
        if holder is None:
            left.append(note)
        else:
            holder.footnotes.append(note)
    return left


def _innermost(documents: list[Document], line_no: int) -> Document | None:
    """The innermost document (an issued one inside the one issuing it) whose span holds ``line_no``."""
    doc = _last_starting(documents, line_no, inclusive=True)
    if doc is None or line_no > doc.span.end_line:
        return None
    return _innermost(doc.enclosures, line_no) or doc


def _last_above(documents: list[Document], line_no: int) -> Document | None:
    """The innermost of the last documents that start above ``line_no``."""
    doc = _last_starting(documents, line_no, inclusive=False)
    if doc is None:
        return None
    return _last_above(doc.enclosures, line_no) or doc


def _last_starting(documents: list[Document], line_no: int, *, inclusive: bool) -> Document | None:
    """The last of ``documents`` (in source order) that starts at ``line_no`` or above it (or only above it): a
    binary search, so that many footnotes over many documents stay cheap."""
    find = bisect.bisect_right if inclusive else bisect.bisect_left
    at = find(documents, line_no, key=lambda d: d.span.start_line)
    return documents[at - 1] if at else None
