"""A document number written plainly, read without the citation reader: `泉应急[2020]159号`.

The index looks a typed number up by its canonical key. The citation reader
(`citations.canonical_key`) reads every spelling, but compiles its patterns first (about
0.1 s, more than a query on an index costs); most numbers people type differ from the key
only in the year's brackets, full-width digits, `第` or zeros before the serial. For those,
`plain_number_key` writes the key with string operations alone; the index uses it only when
the key it gives is one the index holds (a stored key reads back to itself through the
reader), and the reader reads every other spelling. A property test holds the two equal.
"""

from __future__ import annotations

from yiju.normalize import fold_width

__all__ = ["plain_number_key"]

# The brackets a year is written in, after `fold_width` (（ ［ are ( [ by then); the citation
# reader accepts each of them, and any opening with any closing (`〔2021]`).
_OPENING = frozenset("〔[【(〖〈﹝〘")
_CLOSING = frozenset("〕]】)〗〉﹞〙")
# Longest serial read here (the reader's own limit is larger; a longer one goes to it).
_SERIAL_DIGITS = 5


def _ideographs(text: str) -> bool:
    return bool(text) and all("\u4e00" <= ch <= "\u9fff" for ch in text)


def plain_number_key(text: str) -> str | None:
    """Return `issuer〔year〕serial号` for a number written plainly, else None.

    Plainly: an issuer of Chinese characters only, a four-digit year in any of the reader's
    brackets, an optional `第`, a serial of digits (zeros before it dropped) and `号`, with
    nothing around them; digits and brackets may be full-width. None for anything else
    (spaces, traditional `號`, letters in the serial, words before the issuer): the citation
    reader decides those.

    >>> plain_number_key("泉应急[2020]第0159号")
    '泉应急〔2020〕159号'
    >>> plain_number_key("根据泉应急[2020]159号文件") is None
    True
    """
    folded = fold_width(text)
    if not folded.endswith("号"):
        return None
    start = next((i for i, ch in enumerate(folded) if ch in _OPENING), -1)
    issuer, year, closing = folded[:start], folded[start + 1 : start + 5], folded[start + 5 : start + 6]
    if start < 1 or not _ideographs(issuer) or closing not in _CLOSING or len(closing) != 1:
        return None
    if not (year.isascii() and year.isdigit() and year[0] in "12"):
        return None
    serial = folded[start + 6 : -1].removeprefix("第").lstrip("0")
    if not (serial.isascii() and serial.isdigit()) or len(serial) > _SERIAL_DIGITS:
        return None
    return f"{issuer}〔{year}〕{serial}号"
