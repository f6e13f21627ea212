"""Reading input files: bytes → text, with the encoding detected (UTF-8 ± BOM, UTF-16 ± BOM, GB18030).

This is the only module besides the CLI that touches the file system for input.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import os
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO

from .regexes import HAN, lazy_pattern

#: Bytes read to decide whether a file is binary.
SNIFF = 8192
#: Share of control characters (other than TAB, CR, LF, FF) above which decoded text is taken for binary.
MAX_CONTROL_SHARE = 0.01
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk", "gb2312", "big5")


class InputError(Exception):
    """A file that cannot be parsed at all: missing, a directory, empty, binary, undecodable."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """An input file's text and what it was decoded from."""

    text: str
    encoding: str
    sha256: str


#: Characters that plain text does not hold: C0 controls other than TAB, LF, FF and CR; U+FFF0–U+FFFF but
#: U+FFFD, which stands for a corrupt byte (reported as X006).
CONTROL = lazy_pattern("[\x00-\x08\x0b\x0e-\x1f\ufff0-\ufffc\ufffe\uffff]")


def _control_share(text: str) -> float:
    sample = text[:SNIFF]
    if not sample:
        return 0.0
    return len(CONTROL.findall(sample)) / len(sample)  # (a Python loop over the characters took 0.8 ms a file)


#: Files that are no text, told by their first bytes, and what to do with them.
NOT_TEXT: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file: convert it to text first (pdftotext -layout, MinerU)"),
    (b"PK\x03\x04", "a ZIP archive (.docx, .xlsx, .zip): convert it to text first (pandoc for a .docx)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc, .xls, .wps): convert it to text first"),
    (b"{\\rtf", "an RTF file: convert it to text first (pandoc, or save it as text)"),
    (b"\x1f\x8b", "gzip-compressed: decompress it first (gazette parse <(zcat FILE))"),
    (b"\x89PNG", "an image: run OCR on it first"),
    (b"\xff\xd8\xff", "an image: run OCR on it first"),
    (b"GIF8", "an image: run OCR on it first"),
    (b"II*\x00", "an image: run OCR on it first"),
    (b"MM\x00*", "an image: run OCR on it first"),
)


def decode(data: bytes, *, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of ``data``; raises ``InputError`` when it is not text."""
    if data.endswith(b"\x00") and b"\x00" not in data[:SNIFF]:
        data = data.rstrip(b"\x00")  # NULs padding a file out to a block's size are no text (UTF-16 has NULs early)
    for magic, what in NOT_TEXT:
        if data.startswith(magic):
            raise InputError(f"not text: {what}")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding '{encoding}'") from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            bad = data[exc.start]
            raise InputError(f"cannot decode as {encoding}: byte 0x{bad:02x} at offset {exc.start}") from None
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif b"\x00" in data[:SNIFF]:
        if (utf16 := _utf16_without_bom(data)) is None:
            if data.count(b"\x00") <= max(MAX_REPLACED, len(data) // 1000):
                # A few stray NULs in text (a damaged copy): each becomes U+FFFD, and its line gets X006
                text, name = decode(data.replace(b"\x00", b"\x1a"))
                return text.replace("\x1a", "\ufffd"), name
            raise InputError("binary file (contains NUL bytes)")
        candidates = [utf16]
    else:
        candidates = ["utf-8", "gb18030"]
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if name == "utf-8" and (repaired := _repaired_mojibake(text)) is not None:
            return _checked(repaired), MOJIBAKE_ENCODING
        if name == "gb18030" and (mixed := _by_line(data, strict=True)) is not None:
            return _checked(mixed), MIXED_ENCODING  # (UTF-8 lines read as GB18030 would be garbage)
        if name == "gb18030" and (big5 := _big5(data, text)) is not None:
            return _checked(big5[0]), big5[1]  # (Big5 bytes read as GB18030 would be garbage)
        return _checked(text), name
    if candidates[0] == "utf-8" and (mixed := _by_line(data)) is not None:
        return _checked(mixed), MIXED_ENCODING
    # A few corrupt bytes in an otherwise good file (a damaged archive copy): they become U+FFFD, which the
    # parser reports line by line (X006); a file with many is no text in that encoding.
    best = min(((data.decode(name, errors="replace"), name) for name in candidates),
               key=lambda tn: tn[0].count("\ufffd"))
    text, name = best
    if text.count("\ufffd") <= max(MAX_REPLACED, len(data) // 1000):
        return _checked(text), name
    raise InputError("undecodable text: not UTF-8, UTF-16 or GB18030 (use --encoding)")


#: The Big5 codecs tried on a file that GB18030 reads into rare characters: Windows' Big5, and Hong Kong's.
BIG5_CODECS = ("cp950", "big5hkscs")
#: Han characters looked at to tell Big5 from GB18030.
BIG5_SAMPLE = 3000
#: GB18030 text in which fewer of the Han characters than this share are common ones may be Big5 read wrongly
#: (a text in simplified characters has 0.95 and more; one in traditional characters, encoded in GB18030, about
#: 0.6; Big5 read as GB18030, about 0.5)...
MAX_GB_COMMON = 0.8
#: ... and is when, read as Big5, at least this share of them are Big5's common ones.
MIN_BIG5_COMMON = 0.9


def _big5(data: bytes, text: str) -> tuple[str, str] | None:
    """(text, codec) of ``data`` read as Big5, when ``text`` (``data`` read as GB18030) is mostly made of rare
    characters and the Big5 reading of mostly common ones; else None. A character is common in GB2312's first
    level (lead bytes B0–D7) and in Big5's frequent set (lead bytes A4–C6)."""
    if _common_share(text, "gb2312", 0xB0, 0xD7) >= MAX_GB_COMMON:
        return None
    for codec in BIG5_CODECS:
        try:
            read = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return (read, codec) if _common_share(read, "big5", 0xA4, 0xC6) >= MIN_BIG5_COMMON else None
    return None


def _common_share(text: str, codec: str, lo: int, hi: int) -> float:
    """The share of the first ``BIG5_SAMPLE`` Han characters of ``text`` whose lead byte in ``codec`` is in
    ``lo``–``hi``; 1.0 for a text of no Han."""
    han = list(itertools.islice((c for c in text if "\u4e00" <= c <= "\u9fff"), BIG5_SAMPLE))
    if not han:
        return 1.0
    leads = [b[0] if (b := c.encode(codec, errors="ignore")) else 0 for c in han]  # (0: not in ``codec``)
    return sum(lo <= lead <= hi for lead in leads) / len(han)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for text written in UTF-16 without a byte order mark, None for other data
    that holds NUL bytes. Decoded in one of the two byte orders, such text is made of what a Chinese text is
    made of; in the other, and as other data, it is not. (Which side of the pairs its NULs are on does not tell:
    the high bytes of ASCII characters are NULs, but so are the low bytes of the full-width space, U+3000, that
    indents every paragraph.)"""
    if len(data) % 2:
        return None
    sniff = data[:SNIFF]
    best, name = max((_text_share(sniff.decode(order, errors="replace")), order)  # (a cut surrogate: one U+FFFD)
                     for order in ("utf-16-le", "utf-16-be"))
    return name if best >= MIN_TEXT_SHARE else None


def _text_share(text: str) -> float:
    """The share of ``text`` made of what a Chinese text is made of (``TEXT_CHAR``)."""
    return len(TEXT_CHAR.findall(text)) / len(text) if text else 0.0


#: What a Chinese text is made of: Han, printable ASCII, white space, CJK and full-width punctuation.
TEXT_CHAR = lazy_pattern(r"[\p{Han}\x20-\x7e\s\u2000-\u206f\u3000-\u303f\uff00-\uffef]")
#: The share of such characters that UTF-16 decoded without a BOM must hold to be taken for text.
MIN_TEXT_SHARE = 0.9


#: The encoding reported for UTF-8 text that held GB18030 bytes read as Latin-1 or Windows-1252 (mojibake),
#: repaired.
MOJIBAKE_ENCODING = "utf-8 (GB18030 mojibake repaired)"
#: The encoding reported for a file of UTF-8 lines and GB18030 lines (files of the two encodings put together).
MIXED_ENCODING = "utf-8 and gb18030, line by line"


#: Where a file decodes as GB18030 as a whole, the lines that decode as UTF-8 (and are not ASCII) make it a file
#: of both when they are this many, and this share of the lines that are not ASCII (a short GB18030 line, 一, may
#: be valid UTF-8 by chance).
MIN_UTF8_LINES = 3
MIN_UTF8_SHARE = 0.2


def _by_line(data: bytes, *, strict: bool = False) -> str | None:
    """``data`` decoded line by line, each line as UTF-8 or else as GB18030, where both hold lines that are not
    ASCII and at most a few bytes are neither (None otherwise); ``strict``: where the whole decodes as GB18030,
    UTF-8 lines are many (``MIN_UTF8_LINES``, ``MIN_UTF8_SHARE``)."""
    utf8 = gb = bad = 0
    out: list[str] = []
    for raw in data.split(b"\n"):
        try:
            line = raw.decode("utf-8")
            utf8 += not raw.isascii()
        except UnicodeDecodeError:
            try:
                line = raw.decode("gb18030")
                gb += 1
            except UnicodeDecodeError:
                line = raw.decode("utf-8", errors="replace")
                bad += line.count("\ufffd")
        out.append(line)
    if not utf8 or not gb or bad > max(MAX_REPLACED, len(data) // 1000):
        return None
    if strict and (utf8 < MIN_UTF8_LINES or utf8 < MIN_UTF8_SHARE * (utf8 + gb)):
        return None
    return "\n".join(out)


#: Characters of Latin-1 and Windows-1252 (U+0080–U+00FF and the 1252 letters of 0x80–0x9F) a text must hold,
#: with almost no Han, before it is taken for mojibake.
MIN_MOJIBAKE = 20
LATIN_1252 = lazy_pattern("[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                          "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                          "\u20ac\u2122]")
#: Share of Han among the characters (spaces aside) of mojibake decoded again that makes it Chinese text.
MIN_HAN_SHARE = 0.2


def _repaired_mojibake(text: str) -> str | None:
    """GB18030 text that was decoded as Windows-1252 (or Latin-1) and saved as UTF-8 (``Õã½­Ê¡`` for 浙江省),
    decoded again; None when the text is no such mojibake or does not decode into Chinese."""
    sample = text[:SNIFF]
    latin = len(LATIN_1252.findall(sample))
    if latin < MIN_MOJIBAKE or len(HAN.findall(sample)) * 10 > latin:
        return None
    raw = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            raw.append(code)  # (bytes 0x80–0x9F without a 1252 letter come through as C1 controls)
        else:
            try:
                raw += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    try:
        repaired = raw.decode("gb18030")
    except UnicodeDecodeError:
        return None
    sample = "".join(repaired[:SNIFF].split())
    chinese = len(HAN.findall(sample)) > MIN_HAN_SHARE * len(sample) and any(p in sample for p in "，。、：；")
    return repaired if chinese else None  # (Latin text with accents decodes into Han too, but not into ，。)


#: Corrupt byte sequences a file may hold and still be read (each becomes U+FFFD): this many, or one per 1000
#: bytes in a larger file.
MAX_REPLACED = 16


def _checked(text: str) -> str:
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError("binary file (control characters)")
    return text


def printable(path: str) -> str:
    """``path`` as a report prints it: a byte of a file name that is not UTF-8 (a lone surrogate, as
    ``os.fsdecode`` gives it) written ``\\udcff``, as Python writes it to standard error, so that every output
    can hold it and the byte can be told."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return path


#: White space, then what opens a JSON object or array (where the text's first line starts, for JSON Lines).
JSON_START = lazy_pattern(r"[\ufeff \t\r\n]*(?=[{\[])")


def json_input(text: str) -> str | None:
    """What to say of ``text`` when it is JSON (one value, or JSON Lines: scraped documents kept as records, their
    text a field), naming the field that holds the most text; None when it is no JSON."""
    import json

    try:
        value = json.loads(text)
        what = "a JSON file"
    except ValueError:
        if (start := JSON_START.match(text)) is None:
            return None
        end = text.find("\n", start.end())
        try:  # (its first line: an object or an array, as it opens with { or [)
            value = json.loads(text[start.end():end if end >= 0 else None])
        except ValueError:
            return None
        what = "a JSON Lines file"
    records = value if isinstance(value, list) else [value]
    first = records[0] if records and isinstance(records[0], dict) else {}
    texts = {k: v for k, v in first.items() if isinstance(v, str)}
    if not texts:
        return f"{what}: give the text it holds"
    field = max(texts, key=lambda k: len(texts[k]))
    path = f".{field}" if field.isidentifier() and field.isascii() else f'.["{field}"]'
    if what == "a JSON file" and not isinstance(value, list):
        return f"{what}: give the text its '{field}' field holds (jq -r '{path}' FILE | gazette parse -)"
    return f"{what} of records: give each record's text (its '{field}' field) as a file of its own"


def one_line(path: str) -> str:
    """``path`` as a message names it, on one line: a character that is not printable (a newline or a control
    character in a file's name, a byte that is not UTF-8) written as its escape (``\\n``, ``\\x1b``, ``\\udcff``)."""
    return path if path.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def _too_large(size: int | None, limit: int) -> InputError:
    """The error for an input over ``limit`` bytes: ``size`` of a file, None for standard input (read no further)."""
    over = f"{size / 1024 / 1024:.1f} MB, over" if size is not None else "over"
    return InputError(f"file too large: {over} the limit of {limit / 1024 / 1024:g} MB (raise it with --max-size)")


def _read_bounded(fh: BinaryIO, max_bytes: int | None) -> bytes:
    """All of a stream whose size is not known beforehand, or an error once it passes ``max_bytes``."""
    data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise _too_large(None, max_bytes)
    return data


def read_source(path: str, *, encoding: str | None = None, max_bytes: int | None = None) -> Decoded:
    """Read and decode one input; ``-`` is standard input. ``max_bytes``: refuse a larger input (None: no limit)."""
    if path == "-":
        data = _read_bounded(sys.stdin.buffer, max_bytes)
    else:
        if os.path.isdir(path):
            raise InputError("is a directory, expected a file")
        try:
            regular = stat.S_ISREG(os.stat(path).st_mode)
            if regular and max_bytes is not None and (size := os.path.getsize(path)) > max_bytes:
                raise _too_large(size, max_bytes)
            with open(path, "rb") as fh:
                # a pipe named on the command line (<(zcat issue.txt.gz)) is read as standard input is: its size is
                # known only at its end
                data = fh.read() if regular else _read_bounded(fh, max_bytes)
        except FileNotFoundError:
            raise InputError("no such file") from None
        except PermissionError:
            raise InputError("permission denied") from None
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
    if not data.strip():
        raise InputError("empty file" if not data else "file holds only white space")
    text, name = decode(data, encoding=encoding)
    if not text.strip():
        raise InputError("file holds only white space")
    if JSON_START.match(text) and (what := json_input(text)) is not None:
        raise InputError(f"not text: {what}")
    return Decoded(text=text, encoding=name, sha256=hashlib.sha256(data).hexdigest())
