"""Footnotes written as markdown writes them: a reference in the text (``[^1]``) and the note's text after its
label at the end (``[^1]: 数据来源：…``), as pandoc writes the footnotes of a Word document.

The definitions are taken out of the text before blocks are made (they would read as the last section's
paragraphs), and each goes to the document whose text refers to it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .models import Document, Footnote, Span
from .normalize import Line, LineKind, clean_text, strip_markup
from .regexes import lazy_pattern

#: A footnote's definition: its label in ``[^…]`` and a colon at the line's start, then its text.
DEFINITION = lazy_pattern(r"^ {0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?P<text>.*)$")
#: A reference to a footnote in the text.
REFERENCE = lazy_pattern(r"\[\^(?P<label>[^\]\s]{1,40})\](?!:)")
#: A definition goes on in the lines under it indented this far (a blank line may stand between).
CONTINUATION_INDENT = 4


@dataclass(slots=True)
class Found:
    """The footnotes of a text and the lines they take."""

    notes: list[Footnote]
    lines: set[int]


def find_footnotes(text: str, lines: list[Line]) -> Found:
    """Footnote definitions among ``lines`` (``text`` is the whole input, for a cheap test first)."""
    found = Found([], set())
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


def attach_footnotes(found: Found, lines: list[Line], documents: list[Document]) -> list[Footnote]:
    """Give each footnote to the innermost document whose lines hold the first reference to it, or, with no
    reference, to the last document that starts above the note (pandoc writes the notes at the file's end); return
    those no document takes (the text above them holds none)."""
    if not found.notes:
        return []
    first_reference: dict[str, int] = {}
    for line in lines:
        if "[^" in line.raw and line.no not in found.lines:
            for m in REFERENCE.finditer(line.raw):
                first_reference.setdefault(m.group("label"), line.no)
    left: list[Footnote] = []
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
