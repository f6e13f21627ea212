"""Test helpers: the sample issue re-made in the forms other converters produce.

- ``to_plain``: scraped plain text — no markup, full-width punctuation, CRLF line ends.
- ``to_layout``: ``pdftotext -layout``-style text — hard-wrapped paragraphs with indented first lines,
  centred titles, a running header on each page, ``—N—`` footers and form feeds.
- ``to_mineru``: MinerU-style markdown — headings of any level, half-width punctuation, HTML tables, paragraphs
  broken at page ends.
- ``to_marker``: Marker-style markdown — numbered headings in bold or as headings, other short lines as headings
  with an anchor, pipe tables, images and page separators between paragraphs.
- ``to_pandoc``: pandoc's markdown of a ``.docx`` — paragraphs apart, titles in bold, a 署名 and its date one
  paragraph with a hard break, marks escaped, pandoc's tables.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Any

HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"}
HAN = r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef“”]"
MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|[-*+]\s+)|\*\*|</?b>")


def _fullwidth(line: str) -> str:
    out = []
    for i, ch in enumerate(line):
        if ch in HALF_TO_FULL:
            left = line[i - 1] if i else ""
            right = line[i + 1] if i + 1 < len(line) else ""
            if re.match(HAN, left) or re.match(HAN, right) or (ch in "()" and (re.match(HAN, left + " ")
                                                                            or re.match(HAN, right + " "))):
                out.append(HALF_TO_FULL[ch])
                continue
        out.append(ch)
    return "".join(out)


def _unmark(line: str) -> str:
    if "\t" in line:
        return re.sub(r"</?b>", "", line)
    line = MARKUP.sub("", line).rstrip()
    return re.sub(r"<(https?://[^>]+)>", r"\1", line)


def to_plain(md: str) -> str:
    """Markdown → plain text with full-width punctuation and CRLF."""
    lines = [_fullwidth(_unmark(x)) for x in md.split("\n")]
    lines = [x for x in lines if x.strip() != "---"]
    return "\r\n".join(lines)


def width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


#: What a renderer never breaks: a number or Latin word, with the brackets around it (a TOC's ``(26)``).
UNBREAKABLE = re.compile(r"[(\[（]?[A-Za-z0-9.]+[)\]）]?|.")


def wrap(text: str, cols: int) -> list[str]:
    out, cur = [], ""
    for token in UNBREAKABLE.findall(text):
        if cur and width(cur + token) > cols:
            out.append(cur)
            cur = ""
            if token == "\u3000":
                continue  # (a renderer sets no space at the head of a line it wrapped: the gap hangs, and goes)
        cur += token
    if cur:
        out.append(cur)
    return out


#: A 成文日期 as the generated documents print it, alone on its line.
DATE_ALONE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def to_layout(md: str, *, cols: int = 64, page_lines: int = 40,
              header: str | tuple[str, str] = "浙江省人民政府公报    2018年第12期", indent: str = "  ",
              right: bool = False) -> str:
    """Markdown → pdftotext-layout-like text with page furniture. ``indent``: what opens a paragraph's first
    line (``""`` for converters that keep no indentation, as ``pdftotext`` without ``-layout``). ``right``: each
    date alone on its line, and the short lines right above it (the 署名), stand at the right margin, as
    pdftotext lays out a closing."""
    body: list[str] = []
    for raw in md.split("\n"):
        line = _unmark(raw)
        if not line.strip() or line.strip() == "---":
            body.append("")
            continue
        if "\t" in line:
            body.append(line)
            continue
        text = line.strip()
        if raw.lstrip().startswith("#"):
            for part in wrap(text, cols - 8):
                body.append(" " * max(0, (cols - width(part)) // 2) + part)
            continue
        parts = wrap(text, cols - 4)
        body.append(indent + parts[0])
        body.extend(parts[1:])
    if right:
        _right_align_closings(body, cols)
    pages: list[list[str]] = []
    cur: list[str] = []
    for line in body:
        cur.append(line)
        if len(cur) >= page_lines:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    out: list[str] = []
    for n, page in enumerate(pages, start=1):
        top = header if isinstance(header, str) else header[n % 2]  # two headers alternate on even and odd pages
        lines = ([top, ""] if n > 1 else []) + page + ["", " " * (cols // 2) + f"—{n}—"]
        if n > 1:
            lines[0] = "\f" + lines[0]
        out.extend(lines)
    return "\n".join(out) + "\n"


#: A line right above a date is a 署名 to right-align when it is at most this wide (in columns).
MAX_SIGNATURE_WIDTH = 40


def _right_align_closings(body: list[str], cols: int) -> None:
    """Right-align, in place, each date alone on its line and the short lines right above it that hold no
    sentence (a 署名, a seal's note)."""
    for i, line in enumerate(body):
        if not DATE_ALONE.match(line.strip()):
            continue
        k = i
        while k > 0 and k > i - 3 and body[k - 1].strip() and width(body[k - 1].strip()) <= MAX_SIGNATURE_WIDTH \
                and not re.search(r"[。，；：:,;]", body[k - 1]):
            k -= 1
        for j in range(k, i + 1):
            text = body[j].strip()
            body[j] = " " * max(0, cols - width(text)) + text


def title_lines(lines: list[str], title: str) -> int:
    """How many of ``lines`` (stripped, none blank) from the first print ``title``, white space aside: a title
    printed over lines."""
    key = "".join(title.split())
    k = 0
    while k < len(lines) and key.startswith("".join("".join(lines[:k + 1]).split())):
        k += 1
    return k


def cjk_width(s: str) -> int:
    """Columns in a CJK font, where ambiguous-width characters (“”、…) are full-width too."""
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def tabs_to_spaces(text: str, *, gap: int = 4, fullwidth: bool = False) -> str:
    """TAB-separated table rows → rows aligned in columns with spaces, as ``pdftotext -layout`` prints a table
    (``fullwidth``: with full-width spaces, as text typed or saved from Word lays a table out, an ASCII space
    making up an odd width).

    All rows of the file share one grid of columns, so a table's header stays in line with its rows across
    the category lines between them. A row with fewer cells than the widest lost its leading cells to row
    spans (that is how the sources write them), so it is right-aligned to the last columns.
    """
    lines = text.split("\n")
    rows = {i: [" ".join(c.split()) for c in ln.rstrip("\r").split("\t")] for i, ln in enumerate(lines) if "\t" in ln}
    if not rows:
        return text
    ncols = max(len(r) for r in rows.values())
    rows = {i: [""] * (ncols - len(r)) + r for i, r in rows.items()}
    widths = [max(cjk_width(r[k]) for r in rows.values()) for k in range(ncols)]
    for i, cells in rows.items():
        lines[i] = "".join(c + _pad(widths[k] - cjk_width(c) + gap, fullwidth) for k, c in enumerate(cells)).rstrip()
    return "\n".join(lines)


def _pad(columns: int, fullwidth: bool) -> str:
    return "\u3000" * (columns // 2) + " " * (columns % 2) if fullwidth else " " * columns


def _pandoc_row(row: list[list[str]], widths: list[int]) -> list[str]:
    """The lines of one table row whose cells are wrapped into lines, each cell padded to its column."""
    out = []
    for h in range(max(len(c) for c in row)):
        parts = [c[h] if h < len(c) else "" for c in row]
        out.append("  " + " ".join(p + " " * (widths[k] - cjk_width(p)) for k, p in enumerate(parts)).rstrip())
    return out


def tabs_to_pandoc(text: str, *, max_cell: int = 24) -> str:
    """Each run of TAB-separated rows → a table as pandoc writes one in markdown (``docx`` → ``md``): cells
    under dash groups with one space between full columns; a simple table when every cell fits its column,
    else a multiline table (full-width dash lines around it, cells wrapped in their columns, rows parted by
    blank lines). Rows short of cells lost their leading ones to row spans: they are right-aligned."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if "\t" not in lines[i]:
            out.append(lines[i])
            i += 1
            continue
        j = i  # the run: TAB rows, and the blank lines between them
        while j < len(lines) and ("\t" in lines[j] or (not lines[j].strip() and any(
                "\t" in ln for ln in itertools.takewhile(lambda x: "\t" in x or not x.strip(), lines[j:])))):
            j += 1
        rows = [[" ".join(c.split()) for c in ln.rstrip("\r").split("\t")] for ln in lines[i:j] if "\t" in ln]
        ncols = max(len(r) for r in rows)
        rows = [[""] * (ncols - len(r)) + r for r in rows]
        widths = [max(1, min(max_cell, max(cjk_width(r[k]) for r in rows))) for k in range(ncols)]
        cells = [[wrap(c, widths[k]) or [""] for k, c in enumerate(r)] for r in rows]
        multiline = any(len(c) > 1 for r in cells for c in r)
        widths = [max(widths[k], *(cjk_width(x) for r in cells for x in r[k])) for k in range(ncols)]

        rule = "  " + " ".join("-" * w for w in widths)
        full = "  " + "-" * (sum(widths) + ncols - 1)
        table = [full] if multiline else []
        table += [*_pandoc_row(cells[0], widths), rule]
        for n, row in enumerate(cells[1:]):
            if multiline and n:
                table.append("")
            table += _pandoc_row(row, widths)
        table += [full] if multiline else []
        out += ["", *table, ""]
        i = j
    return "\n".join(out)


FULL_TO_HALF = str.maketrans({v: k for k, v in HALF_TO_FULL.items()})


def to_mineru(text: str, *, seed: int = 0) -> str:
    """Text → markdown as MinerU writes a PDF: short lines without a sentence end (titles, headings, names) as
    headings of any level, punctuation half-width, TAB rows as one-line HTML tables, some 版记 drawn as tables,
    and some long paragraphs broken at a page end, their two parts apart by a blank line."""
    import html
    import random

    rng = random.Random(seed)
    out: list[str] = []
    lines = text.split("\n")
    skip = False
    for k, line in enumerate(lines):
        stripped = line.strip()
        if skip:
            skip = False
            continue
        if stripped.startswith("抄送") and k + 1 < len(lines) and lines[k + 1].endswith("印发") and rng.random() < 0.5:
            # a 版记 drawn as a table: the 抄送 row, then the 印发机关 and the 印发日期 in two cells
            organ, _, printed = lines[k + 1].strip().rpartition("　")
            out += [f"<table><tr><td>{html.escape(stripped)}</td></tr><tr><td>{html.escape(organ.strip())}</td>"
                    f"<td>{html.escape(printed)}</td></tr></table>", ""]
            skip = True
            continue
        if "\t" in line:
            cells = "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t"))
            out += [f"<table><tr>{cells}</tr></table>", ""]
            continue
        stripped = stripped.translate(FULL_TO_HALF)
        if stripped and len(stripped) <= 40 and stripped[-1] not in "。；：,.;:" and rng.random() < 0.5:
            out += ["#" * rng.randint(1, 3) + " " + stripped, ""]
        elif len(stripped) > 40 and rng.random() < 0.2:
            cut = rng.randint(10, len(stripped) - 10)
            out += [stripped[:cut], "", stripped[cut:], ""]
        else:
            out += [stripped, ""]
    return "\n".join(out)


#: A numbered heading, as Marker sets one in bold or as a heading of the fourth level.
NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def to_marker(text: str) -> str:
    """Text → markdown as Marker writes a PDF: every line a paragraph; a numbered heading (一、, （一）) in bold or
    as ``####``; some other short lines with no sentence end as headings of any level, an anchor before their
    text (``## <span id="page-2-5"></span>…``); TAB rows as a pipe table with a rule under its first row; now and
    then, between two paragraphs, the image of a page (``![](_page_2_Picture_1.jpeg)``) or the separator of a new
    page (``{3}------…``)."""
    import random

    rng = random.Random("marker")
    out: list[str] = []
    rows: list[list[str]] = []
    page = anchor = 0
    for line in [*text.split("\n"), ""]:
        stripped = line.strip().lstrip("#").strip()  # (a heading of markdown given: Marker sets its own)
        if "\t" in line:
            rows.append([c.strip() for c in line.split("\t")])
            continue
        if rows:
            out += ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0]),
                    *("| " + " | ".join(r) + " |" for r in rows[1:]), ""]
            rows = []
        if not stripped:
            continue
        if out and rng.random() < 0.03:
            page += 1
            out += [f"{{{page}}}" + "-" * 48, ""]
        if out and rng.random() < 0.02:
            out += [f"![](_page_{page}_Picture_{rng.randint(0, 9)}.jpeg)", ""]
        short = len(stripped) <= 40 and stripped[-1] not in "。；：;:，,"
        if short and NUMBERED_HEADING.match(stripped):
            out += [f"**{stripped}**" if rng.random() < 0.5 else f"#### {stripped}", ""]
        elif short and len(stripped) <= 30 and not stripped[0].isdigit() and rng.random() < 0.3:
            anchor += 1
            out += [f"{'#' * rng.randint(1, 4)} <span id=\"page-{page}-{anchor}\"></span>{stripped}", ""]
        else:
            out += [stripped, ""]
    return "\n".join(out)


#: A 成文日期 alone on its line, as the generated documents print it.
DATE_ONLY = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def to_pandoc(text: str) -> str:
    """Text → markdown as pandoc writes a ``.docx``: every line a paragraph, blank lines between; some titles in
    bold; some 署名 one paragraph with the date under them, a hard break (``某某省人民政府\\`` / ``2019年3月5日``);
    the marks markdown would read escaped (``\\[``, ``\\*``, a number that would open a list, ``1\\.``); TAB
    rows as pandoc's tables (``tabs_to_pandoc``)."""
    import random

    rng = random.Random("pandoc")
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    i = 0
    while i < len(lines):
        body = lines[i].lstrip("#").strip()
        if not body or "\t" in lines[i]:
            out.append(lines[i])
            i += 1
            continue
        body = re.sub(r"^(\d+)([.)])", r"\1\\\2", re.sub(r"([\[\]*])", r"\\\1", body))
        below = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k]), None)
        if below is not None and DATE_ONLY.match(lines[below]) and len(body) <= 30 and rng.random() < 0.6:
            out += [body + "\\", lines[below], ""]  # the 署名 and its date, one paragraph
            i = below + 1
            continue
        if len(body) <= 40 and ("关于" in body or body.endswith(("通知", "意见", "决定"))) and rng.random() < 0.5:
            body = f"**{body}**"
        out += [body, ""]
        i += 1
    return tabs_to_pandoc("\n".join(out))


def to_html(text: str) -> str:
    """Text → a saved web page: a head with a title, a script and a style, each line a ``<p>`` (a markdown
    heading an ``<h2>``), TAB rows as one-row ``<table>``s, comments kept as comments."""
    import html

    out = ['<!DOCTYPE html>', '<html><head><meta charset="utf-8"><title>页面</title>',
           '<script>var x = "<p>";</script>', "<style>p{margin:0}</style>", '</head><body><div class="content">']
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("<!--"):
            out.append(stripped)
        elif "\t" in line:
            out.append("<table><tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr></table>")
        elif stripped.startswith("#"):
            out.append(f"<h2>{html.escape(stripped.lstrip('#').strip())}</h2>")
        else:
            out.append(f'<p style="text-indent:2em">{html.escape(stripped)}</p>')
    out.append("</div></body></html>")
    return "\n".join(out)


def with_page_furniture(text: str, title: str, issue: str, *, markdown: bool, seed: int = 0,
                        parts: bool = False) -> str:
    """Running headers (the gazette's title, with its issue and page or alone; in markdown also as a heading)
    and page footers put in at random page breaks, as converters that keep them leave them: between any two lines
    of hard-wrapped text, between paragraphs of markdown. ``parts``: the title alone is printed beside the name
    of the part of the issue at the other margin (``省政府文件　　　　某某省人民政府公报``), as the 国务院公报 heads its
    odd pages."""
    import random

    rng = random.Random(seed)
    choices = [title, "- 12 -", "· 12 ·", f"{title}　　{issue}　　12", "— 12 —"]
    if markdown:
        choices += [f"# {title}", f"## {title} {issue}"]
    out: list[str] = []
    for k, line in enumerate(text.split("\n")):
        out.append(line)
        if k > 15 and rng.random() < 0.05 and (not markdown or not line.strip()):
            header = rng.choice(choices)
            if parts and header == title:
                header = f"{random.Random(f'{seed} {k}').choice(['省政府文件', '省政府办公厅文件', '部门文件'])}　　　　{title}"
            out += ["", header, ""] if markdown else [header]
    return "\n".join(out)


def to_two_columns(md: str, **kwargs: Any) -> str:
    """Markdown → ``pdftotext -layout`` text of pages set in two columns (see ``two_columns``)."""
    return two_columns(md, **kwargs)[0]


def two_columns(md: str, *, col: int = 20, rows: int = 36,
                header: str = "浙江省人民政府公报    2018年第12期") -> tuple[str, list[str]]:
    """Markdown → ``pdftotext -layout`` text of pages set in two columns of ``col`` characters, and its lines in
    reading order. Each line holds a left column's line, spaces, and the right column's line, which starts where
    its place on the page puts it (pdftotext writes a Han character in one column but places text by its
    position, two columns a character). Headings span the page, centred, and end a band of columns; a band's
    lines are shared out between its two columns, the left one filled first; a page holds ``rows`` rows."""
    margin, gutter = 2, 4
    place = margin + 2 * col + gutter  # where the right column starts
    page_width = place + 2 * col
    out: list[str] = []
    order: list[str] = []
    page: list[str] = []
    page_no = 1

    def new_page() -> None:
        nonlocal page, page_no
        footer = f"— {page_no} —"
        out.extend([*(["\f" + header, ""] if out else []), *page, "", " " * (page_width // 2 - 3) + footer])
        order.append(footer)
        page, page_no = [], page_no + 1
        order.append(header)

    def band(lines: list[str]) -> None:
        while lines:
            room = rows - len(page)
            if room < 3:
                new_page()
                continue
            half = min(room, (len(lines) + 1) // 2)
            left, right, lines = lines[:half], lines[half:2 * half], lines[2 * half:]
            order.extend(t.strip() for t in [*left, *right] if t.strip())
            for k, text in enumerate(left):
                other = right[k] if k < len(right) else ""
                row = " " * margin + text
                page.append(f"{row}{' ' * max(2, place - len(row))}{other}" if other else row)
            if lines:
                new_page()

    pending: list[str] = []
    for raw in md.split("\n"):
        line = _unmark(raw).strip()
        if not line or line == "---" or "\t" in line:
            if pending and pending[-1]:
                pending.append("")
            continue
        if raw.lstrip().startswith("#"):
            band(pending)
            pending = []
            if rows - len(page) < 4:
                new_page()
            parts = wrap(line, 2 * col)
            page.extend(["", *(" " * max(0, page_width // 2 - len(part)) + part for part in parts), ""])
            order.extend(parts)
            continue
        parts = wrap(line, 2 * col - 4)
        pending.extend(["  " + parts[0], *parts[1:]])
    band(pending)
    new_page()
    order.pop()  # (no header after the last page)
    return "\n".join(out) + "\n", order


def set_apart(text: str) -> str:
    """Text as pdftotext gives a PDF that places its characters one by one: every character of a run of text set
    apart by a space, its words by three, and each run twice as far right as it was (a character's place is
    twice as wide)."""
    out = []
    for line in text.split("\n"):
        feed, body = ("\f", line[1:]) if line.startswith("\f") else ("", line)
        spaced = ""
        for m in re.finditer(r"\S+(?: \S+)*", body):
            spaced = spaced.ljust(2 * m.start()) + "   ".join(" ".join(word) for word in m.group().split(" "))
        out.append(feed + spaced)
    return "\n".join(out)


def to_layout_html(text: str, how: str) -> str:
    """Text → a web page laid out with tables, as older government sites set one: ``cell``: the paragraphs in one
    cell under a row of navigation; ``sidebar``: a cell of the paragraphs beside a cell of links; ``rows``: a
    paragraph a row. TAB rows become a table of data inside the layout."""
    import html

    blocks: list[str] = []
    rows: list[str] = []
    for line in [*text.split("\n"), ""]:
        if "\t" in line.strip("\t"):
            rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr>")
            continue
        if rows:
            blocks.append('<table border="1">' + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            blocks.append(f"<p>{html.escape(line.strip().lstrip('#').strip())}</p>")
    if how == "cell":
        body = ('<table width="100%"><tr><td class="nav">首页 &gt; 政务公开</td></tr>\n<tr><td class="content">\n'
                + "\n".join(blocks) + "\n</td></tr></table>")
    elif how == "sidebar":
        body = ('<table><tr><td width="700">' + "".join(blocks)
                + '</td><td width="200"><p>打印本页</p><p>关闭窗口</p></td></tr></table>')
    else:
        body = "<table>\n" + "\n".join(f"<tr><td>{b}</td></tr>" for b in blocks) + "\n</table>"
    return f"<html><head><title>页面</title></head><body>\n{body}\n</body></html>\n"


def _wrap_source(source: str, width: int) -> list[str]:
    """HTML source wrapped at ``width`` columns at a space or between two Chinese characters, never inside a run of
    ASCII (a tag's name, an attribute, a number)."""
    import re

    tokens = re.findall(r"[!-~]+|\s+|.", source)
    lines: list[str] = []
    line = ""
    for token in tokens:
        if line and len(line) + len(token) > width and not token.isspace():
            lines.append(line.rstrip())
            line = ""
        if not (token.isspace() and not line):
            line += token
    if line:
        lines.append(line)
    return lines


def to_word_html(text: str, *, wrap_text: bool = False) -> str:
    """Text → HTML as Word's "Save as Web Page" writes it: each line a ``<p class=MsoNormal>`` with a styled
    ``<span>`` (and Word's ``<o:p></o:p>``; a paragraph numbered 一、 as its list numbering, between
    ``<![if !supportLists]>`` and ``<![endif]>``), TAB rows a table with a paragraph in each cell, and the source
    wrapped at 76 columns where a space
    allows (inside a tag's attributes: ``<span`` / ``lang=EN-US`` / ``style='…'>``); ``wrap_text``: the text
    itself wrapped too, as some exporters break a long line of Chinese anywhere."""
    import html
    import re
    import textwrap

    para = "<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>{}</span></p>"
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office">', '<head>',
           '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
           '<style>', '<!--', ' p.MsoNormal', '\t{margin:0cm;', '\tfont-family:宋体;}', '-->', '</style>', '</head>',
           "<body lang=ZH-CN style='text-justify-trim:punctuation'>", "<div class=WordSection1>"]
    for line in text.split("\n"):
        stripped = line.strip().lstrip("#").strip()
        if not stripped:
            continue
        if "\t" in line.strip("\t"):
            cells = "".join(f"<td valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal>"
                            f"<span>{html.escape(c)}</span></p></td>" for c in line.split("\t"))
            source = f"<table class=MsoNormalTable border=1 cellspacing=0><tr>{cells}</tr></table>"
        elif (marker := re.match(r"[一二三四五六七八九十]{1,3}、", stripped)) is not None:
            # (a numbered paragraph, as Word writes its list numbering: a conditional mark around the number)
            source = (f"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span>"
                      f"{marker.group()}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span>"
                      f"<![endif]><span>{html.escape(stripped[marker.end():])}<o:p></o:p></span></p>")
        else:
            source = para.format(html.escape(stripped) + "<o:p></o:p>")
        out.extend(_wrap_source(source, 76) if wrap_text else
                   textwrap.wrap(source, 76, break_long_words=False, break_on_hyphens=False))
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"
