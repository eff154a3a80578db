"""Tell the legacy Chinese encodings apart: GB18030 (mainland Windows) from Big5 (Taiwan, Hong Kong).

UTF-8 and UTF-16 announce themselves (strict decoding, a byte-order mark). The two legacy
double-byte encodings do not: almost every Big5 byte pair is also a valid GBK/GB18030 pair,
so a Big5 file decodes "successfully" as GB18030 into nonsense. charset-normalizer measures
which decoding reads as language (its coherence and chaos scores) and settles it.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

__all__ = ["decode_legacy", "python_codec"]

# What charset-normalizer may choose between: the encodings Chinese offices' files use.
_CANDIDATES = ["gb18030", "big5"]
# Enough bytes to judge; charset-normalizer samples a large input itself.
_SAMPLE = 256 * 1024
# Declared names (HTML `<meta charset>`) mapped to the codec that reads every file so labelled:
# pages labelled gb2312 hold GBK characters, and Big5 pages hold Microsoft's or HKSCS additions.
_CODEC_FOR = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "x-x-big5": "big5hkscs",
    "cp950": "big5hkscs",
}


def python_codec(name: str) -> str | None:
    """Return the Python codec for a declared charset name, or None when unknown.

    >>> python_codec("GB2312"), python_codec("utf8"), python_codec("nonsense")
    ('gb18030', 'utf-8', None)
    """
    lowered = name.strip().lower()
    if lowered in _CODEC_FOR:
        return _CODEC_FOR[lowered]
    try:
        return codecs.lookup(lowered).name
    except LookupError:
        return None


def decode_legacy(data: bytes) -> tuple[str, str] | None:
    """Decode bytes that are not UTF-8 as GB18030 or Big5, whichever reads as Chinese.

    Returns:
        (text, encoding), or None when neither decodes the bytes strictly.
    """
    best = from_bytes(data[:_SAMPLE], cp_isolation=_CANDIDATES).best()
    order = ["gb18030", "big5hkscs"]
    if best is not None and best.encoding.startswith("big5"):
        order.reverse()
    for encoding in order:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None
