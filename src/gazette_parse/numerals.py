"""Chinese numerals: 二十 → 20, 一九八一 → 1981, 〇 and ○ as zero."""

from __future__ import annotations

DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "o": 0,
    "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}

#: Characters a Chinese numeral is written with, for building regexes.
CN_NUMERAL_CHARS = "".join(DIGITS) + "".join(UNITS)


#: Letters an OCR reads for digits: O and o for 0, I and l for 1.
OCR_DIGIT_LETTERS = "OoIl"
OCR_DIGITS = str.maketrans(OCR_DIGIT_LETTERS, "0011")


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese or Arabic numeral, or None when it is not one.

    Positional (一九八一 → 1981) and unit forms (二十三 → 23, 十 → 10, 一百零五 → 105)
    are both read; full-width digits are accepted.
    """
    text = text.strip()
    if not text:
        return None
    if text.isdecimal():
        try:
            return int(text)
        except ValueError:  # exotic Unicode digits int() refuses
            return None
    if any(ch in UNITS for ch in text):
        total, current = 0, 0
        for ch in text:
            if ch in DIGITS:
                current = DIGITS[ch]
            elif ch in UNITS:
                total += (current or 1) * UNITS[ch]
                current = 0
            else:
                return None
        return total + current
    value = 0
    for ch in text:
        if ch not in DIGITS:
            return None
        value = value * 10 + DIGITS[ch]
    return value
