"""Citations of policy documents in free text, reduced to canonical keys.

`extract(text)` finds every numbered document (发文字号), every decree (`国务院令第699号`) and
every title-only regulation (`《信访条例》`) in order, with page/item/article locators, the
title bound to each number and the short names the text gives them (`以下简称《意见》`);
`canonical_key(text)` turns any written variant of a number into its key.

How it works (see docs/citations.md for the grammar): find each bracketed four-digit year (the
anchor every number contains), scan *backwards* for the issuer code, match *forwards* for
the serial, 号 and any chain of locators, then look back once more for the title (or forwards,
for a title written after its number). Decrees are found by their 令 in a second pass, and
《》 titles in a third, which resolves short names declared earlier in the text. Anything
that looks like a number but does not parse is returned as `Unparsed`, never dropped.
Spans always index the original string, and every scan is bounded or moves forwards only, so
the time grows linearly with the text whatever it holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache, partial
from heapq import merge
from itertools import chain
from operator import attrgetter, itemgetter, methodcaller

from yiju import patterns as pat
from yiju.brackets import matching_open
from yiju.gazetteer import decode as _decode
from yiju.gazetteer import decree_issuer, national_organ_start
from yiju.models import Alias, Citation, Extraction, IssuerInfo, Locator, Span, Unparsed
from yiju.normalize import fold_width, to_simplified

__all__ = [
    "basis_documents",
    "canonical_key",
    "cn_to_int",
    "decree_key",
    "extract",
    "extract_cell",
    "numbered_key",
    "rebind",
    "title_key",
]

# An issuer longer than this is almost surely glued to the text before it (`按照市委泉委发`);
# real 代字 are 2-6 characters, the longest seen (`发改办财金`, `泉政办明传`) are 5.
_MAX_ISSUER = 10
# The longest title we bind or read between 《》; real titles stay well under 200 characters.
_MAX_TITLE = 400
# Serials, pages and items are at most this many digits (real ones have 1-4); a longer run is
# reported, never given to int() (which refuses 4,300+ digits and is slow long before that).
_MAX_DIGITS = 9
# An alphanumeric serial longer than this (`DC-009` is 6) is not a serial.
_MAX_SERIAL = 20

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100}

_LEADING_JUNK = "）)〕]】］〗﹞〙」』、，,；;。：:·.\u3000 \t\n"
_TRAILING_JUNK = "、，,；;。：:·.\u3000 \t\n"  # closing brackets stay: `办法（试行）`
_SPACES = " \t\u3000\xa0"
_BREAKS = _SPACES + "\r\n"  # what may stand inside a number split over a line
_TITLE_BEFORE = frozenset(pat.OPEN_BRACKETS + _BREAKS)  # may precede a titled number
# A four-digit year that is a year starts 19 or 20: `联系电话（0595）2250号` is a phone number.
# Every mix of ASCII and full-width digits is listed, so the test needs no folding.
_YEAR_PREFIXES = frozenset(a + b for a in "1１2２" for b in "9９0０" if fold_width(a + b) in {"19", "20"})
_NOT_AFTER_HAO = frozenset(pat.NOT_AFTER_HAO)
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_LOCATOR_FIRST = _DIGIT_CHARS | frozenset("第" + _SPACES)  # what may follow 号 in a locator
# … or 文件 before the locator (`5号文件第14页`), or an annex (`5号附件2第3项`).
_AFTER_NUMBER = _LOCATOR_FIRST | {"文", "附"}
_LOCATOR_START = _DIGIT_CHARS | {"第"}  # what starts a locator once spaces are skipped


# Issuer codes repeat endlessly across a corpus; decoding is pure, so memoise it.
decode_issuer = lru_cache(maxsize=4096)(_decode)


# Building the results is a fair part of the work on text dense with citations: a frozen
# dataclass's generated `__init__` sets each field through `object.__setattr__` (1.6 µs for a
# `Citation`), while storing through the slot descriptors directly costs two thirds of that.
# Same class, same fields, still frozen: only the construction path is shorter.
_new = object.__new__
(_c_key, _c_issuer, _c_year, _c_serial, _c_title, _c_info, _c_locators, _c_span, _c_text) = (
    Citation.__dict__[name].__set__
    for name in ("key", "issuer", "year", "serial", "title", "issuer_info", "locators", "span", "text")
)
_l_pages, _l_item, _l_unit, _l_label, _l_span, _l_kind = (
    Locator.__dict__[name].__set__ for name in ("pages", "item", "unit", "label", "span", "kind")
)
_x_citations, _x_unparsed, _x_aliases = (
    Extraction.__dict__[name].__set__ for name in ("citations", "unparsed", "aliases")
)


def _citation(  # noqa: PLR0917  # the fields in order, as `Citation(...)` takes them
    key: str,
    issuer: str | None,
    year: int | None,
    serial: str | None,
    title: str | None,
    info: IssuerInfo | None,
    locators: tuple[Locator, ...],
    span: Span,
    text: str,
) -> Citation:
    """Return `Citation(key, issuer, …)`, built without the dataclass's `__init__` (see above)."""
    c: Citation = _new(Citation)
    _c_key(c, key)
    _c_issuer(c, issuer)
    _c_year(c, year)
    _c_serial(c, serial)
    _c_title(c, title)
    _c_info(c, info)
    _c_locators(c, locators)
    _c_span(c, span)
    _c_text(c, text)
    return c


def _locator(  # noqa: PLR0917  # the fields in order, as `Locator(...)` takes them
    pages: tuple[int, int] | None, item: str | None, unit: str | None, label: str, span: Span, kind: str
) -> Locator:
    """Return `Locator(pages, item, unit, label, span, kind)`, built as `_citation` builds."""
    loc: Locator = _new(Locator)
    _l_pages(loc, pages)
    _l_item(loc, item)
    _l_unit(loc, unit)
    _l_label(loc, label)
    _l_span(loc, span)
    _l_kind(loc, kind)
    return loc


def cn_to_int(text: str) -> int | None:
    """Return the value of a Chinese numeral (二十七 → 27, 十 → 10, 一百零五 → 105), or None.

    >>> cn_to_int("二十七")
    27
    """
    if not text:
        return None
    if len(text) > 1 and "十" not in text and "百" not in text:
        # Written digit by digit, without 十 or 百 (`第一九九号`, `二〇二一`): a positional number.
        value = 0
        for ch in text:
            digit = _CN_DIGITS.get(ch)
            if digit is None:
                return None
            value = value * 10 + digit
        return value
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def _number(text: str) -> int | None:
    """Return an int from ASCII/full-width digits or a Chinese numeral."""
    # `int` reads full-width digits as it reads ASCII ones, so no folding first.
    if text.isdigit():
        return int(text)
    return cn_to_int(text)


def _is_issuer_char(ch: str) -> bool:
    """Return True for a character that may belong to an issuer code (CJK or a Latin letter)."""
    cp = ord(ch)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x2FFFF
        or ("A" <= ch <= "Z")
        or ("a" <= ch <= "z")
        or (0xFF21 <= cp <= 0xFF3A)
        or (0xFF41 <= cp <= 0xFF5A)
    )


@lru_cache(maxsize=8192)
def _normalise_issuer(raw: str) -> str:
    """Return the issuer as it appears in a key: no spaces, simplified, ASCII letters."""
    return to_simplified(fold_width("".join(raw.split())))


@lru_cache(maxsize=8192)
def _normalise_serial(raw: str) -> str:
    """Return the serial as it appears in a key: 05 → 5, `dc－009` → DC-009."""
    folded = fold_width("".join(raw.split()))
    for dash in pat.SERIAL_DASHES:
        folded = folded.replace(dash, "-")
    if folded.isdigit():
        return str(int(folded))
    return folded.upper()


def numbered_key(issuer: str, year: int, serial: str) -> str:
    """Return the canonical key of a numbered document from normalised parts."""
    return f"{issuer}〔{year}〕{serial}号"


def decree_key(organ: str, year: int | None, serial: str, word: str = "令") -> str:
    """Return the canonical key of a decree: `国务院令第699号`, or `国家发展改革委令〔2016〕3号`;
    with `word="公告"`, of an announcement: `国家税务总局公告〔2018〕28号`.

    The year-numbered key is the bracketed one, so `国家税务总局公告2018年第28号` and
    `国家税务总局公告〔2018〕28号` are one document.

    >>> decree_key("国务院", None, "699")
    '国务院令第699号'
    >>> decree_key("国家税务总局", 2018, "28", "公告")
    '国家税务总局公告〔2018〕28号'
    """
    if year is None:
        return f"{organ}{word}第{serial}号"
    return f"{organ}{word}〔{year}〕{serial}号"


def _scan_issuer(text: str, rev: str, bracket: int, floor: int) -> tuple[int, str]:
    """Return (start, raw issuer) for the code written right before the year's bracket.

    The code is the run of CJK/Latin letters before the bracket (spaces or a line break
    between the code and the bracket are allowed), with leading function words stripped
    (`属泉委发` → 泉委发). When the run is not a code the gazetteer knows, its longest known
    suffix is the code (`第二十一条和国办发` → 国办发); a run split by spaces or a line break
    (`泉 委 发`, `泉委\n发`) is joined when only the joined form is known. A run with no known
    reading is kept as written (unknown codes are real) unless it is longer than any code.
    `rev` is `text[::-1]`: the scans backwards are forward matches on it.
    """
    end = bracket
    if end > floor and text[end - 1] in _BREAKS:
        end = _skip_breaks_back(text, rev, end, floor)
    size = len(text)
    letters = pat.ISSUER_RUN_BACK.match(rev, size - end, size - floor)
    start = size - letters.end() if letters is not None else end
    if start > floor and text[start - 1] == ")":  # a pinyin gloss in or after the code
        glossed = _glossed_issuer(text, rev, end, floor)
        if glossed is not None:
            return glossed
    if letters is None:
        return end, ""
    offset, run, settled, _ = _issuer_reading(text[start:end])
    if settled:
        return start + offset, run
    joined = _joined_run(text, rev, start + offset, end, floor)
    if joined is not None:
        return joined
    if len(run) > _MAX_ISSUER and not _notice_series(run):
        return start + offset, ""  # glued to prose and unknown: the caller reports it unparsed
    return start + offset, run


def _glossed_issuer(text: str, rev: str, end: int, floor: int) -> tuple[int, str] | None:
    """Return (start, issuer) for a code written with pinyin glosses (`國(guó)發(fā)〔2021〕26號`,
    `財預(yù)〔2021〕101號`), or None when no gloss stands in or after the letters before `end`.

    Some sites print traditional text with the reading of each polyphone in brackets after it
    (`patterns.PINYIN_GLOSS_BACK`). The glosses are no part of the code: its letters are the
    runs between them, read as one run (`國發`); the citation's text keeps them, as written.
    """
    size = len(text)
    pieces: list[tuple[int, int]] = []  # the runs of letters, last first
    pos, glossed = end, False
    # At most as many letters as one run may hold (ISSUER_RUN_BACK's 40): a long chain of glossed
    # characters before each of many numbers costs no more than plain letters do.
    while pos > floor and end - pos < _GLOSSED_REACH:
        gloss = pat.PINYIN_GLOSS_BACK.match(rev, size - pos, size - floor)
        if gloss is not None:
            pos, glossed = size - gloss.end(), True
        letters = pat.ISSUER_RUN_BACK.match(rev, size - pos, size - floor)
        if letters is None or (gloss is not None and text[pos - 1] < _HAN_FIRST):
            # A gloss reads the Chinese character before it: after none, it is no gloss.
            return None if gloss is not None and not pieces else _glossed_reading(text, pieces, glossed)
        pieces.append((size - letters.end(), pos))
        pos = size - letters.end()
        if text[pos - 1 : pos] != ")":
            break
    return _glossed_reading(text, pieces, glossed)


# How far back a code written with glosses is read: 40 letters, each with a gloss of up to 8.
_GLOSSED_REACH = 40 * 9
# The first CJK character (the radicals supplement): a gloss follows a character from here on.
_HAN_FIRST = "\u2e80"


def _glossed_reading(text: str, pieces: list[tuple[int, int]], glossed: bool) -> tuple[int, str] | None:
    """Return (start, issuer) for the runs of letters around glosses (`_glossed_issuer`)."""
    if not glossed or not pieces:
        return None
    pieces.reverse()
    letters = "".join(text[a:b] for a, b in pieces)
    offset, run, settled, _ = _issuer_reading(letters)
    if not run or (not settled and len(run) > _MAX_ISSUER):
        return None  # no code: the caller reads the letters as it reads any others
    for a, b in pieces:  # the text's position of the run's first letter, glosses skipped
        if offset < b - a:
            return a + offset, run
        offset -= b - a
    return None


@lru_cache(maxsize=1024)
def _notice_series(run: str) -> bool:
    """Return True for an organ's announcement series written before a bracketed year
    (`国家税务总局福建省税务局公告〔2018〕5号`): longer than any 代字, but a number all the same."""
    return run.endswith(_NOTICE) and _organ_reading(run[: -len(_NOTICE)]) == (0, run[: -len(_NOTICE)])


@lru_cache(maxsize=8192)
def _issuer_reading(letters: str) -> tuple[int, str, bool, bool]:
    """Return (offset, issuer, settled, dated) for the run of letters before a year's bracket.

    Settled: no code, a code the gazetteer knows, national organs' names ending the run (the
    words before them cut off: `gazetteer.national_organ_start`), or a known suffix of the run. Otherwise the
    caller looks further back for a code split by spaces (memoised: the same runs before the
    same numbers repeat across every form). Dated: the issuer is a time word (`_time_word`).
    """
    offset, run = _strip_function_words(letters)
    if not run or _known(run):
        return offset, run, True, bool(run) and _time_word(run)
    organs = national_organ_start(run)
    if organs is not None:
        # `…实施细则全文财政部`: a national organ's name is the issuer, the words before it prose.
        return offset + organs, run[organs:], True, False
    suffix = _known_suffix(run)
    if suffix is not None:
        return offset + len(run) - len(suffix), suffix, True, _time_word(suffix)
    return offset, run, False, _time_word(run)


@lru_cache(maxsize=8192)
def _known(run: str) -> bool:
    return decode_issuer(_normalise_issuer(run)) is not None


@lru_cache(maxsize=8192)
def _known_suffix(run: str) -> str | None:
    """Return the longest known suffix of `run` (2+ characters) after 2+ characters of prose.

    One leading character is more likely an unknown region prefix (`国安委发`, `琼应急`)
    than prose, so it is never cut.
    """
    for cut in range(2, len(run) - 1):
        if _known(run[cut:]):
            return run[cut:]
    return None


def _joined_run(text: str, rev: str, start: int, end: int, floor: int) -> tuple[int, str] | None:
    """Return the issuer when letters split by single spaces or line breaks form a known code."""
    first = start
    # Each step adds at least one letter, so after _MAX_ISSUER steps no known code can be
    # left to find: the cap keeps `泉 泉 泉 …〔2021〕5号` linear instead of quadratic.
    for _ in range(_MAX_ISSUER):
        if not (first - 2 >= floor and text[first - 1] in _BREAKS and _is_issuer_char(text[first - 2])):
            break
        letters = pat.ISSUER_RUN_BACK.match(rev, len(text) - (first - 1), len(text) - floor)
        if letters is None:
            break
        first = len(text) - letters.end()
        raw = text[first:end]
        squeezed = "".join(raw.split())
        offset, run = _strip_function_words(squeezed)
        if run and _known(run):
            # Map the offset in the squeezed run back to the text: skip `offset` letters.
            pos, seen = first, 0
            while seen < offset:
                if not text[pos].isspace():
                    seen += 1
                pos += 1
            while text[pos].isspace():
                pos += 1
            return pos, text[pos:end]
    return None


@lru_cache(maxsize=8192)
def _strip_function_words(run: str) -> tuple[int, str]:
    """Return (characters removed, rest) after cutting the words that precede an issuer.

    Leading function words go (`属泉委发` → 泉委发), and so does everything up to the last word
    that can never be inside a code (`市委印发泉委发` → 泉委发).
    """
    offset = 0
    breaks = [m.end() for m in pat.BREAK_WORDS.finditer(run)]
    if breaks:
        offset = breaks[-1]
        run = run[offset:]
    lead = pat.LEADING_FUNCTION_WORDS.match(run)
    if lead is not None:
        offset += lead.end()
        run = run[lead.end() :]
    return offset, run


@lru_cache(maxsize=8192)
def _item_value(section: str | None, num: str | None) -> str | None:
    """Return an item number as text: section 四 + 1 → "4.1", 二十七 → "27", 4.1 → "4.1"."""
    parts: list[str] = []
    if section:
        value = _number(section)
        if value is None:
            return None
        parts.append(str(value))
    if num:
        if "." in num:
            parts.append(".".join(str(int(fold_width(p))) for p in num.split(".")))
        else:
            value = _number(num)
            if value is None:
                return None
            parts.append(str(value))
    return ".".join(parts) if parts else None


def _skip_spaces(text: str, pos: int) -> int:
    """Return the index after the spaces starting at `pos`."""
    if pos < len(text) and text[pos] in _SPACES:
        run = pat.SPACE_RUN.match(text, pos)
        if run is not None:
            return run.end()
    return pos


def _skip_breaks_back(text: str, rev: str, end: int, floor: int) -> int:
    """Return the start of the spaces and line breaks that end at `end` (not before `floor`);
    `rev` is `text[::-1]`."""
    if end > floor and text[end - 1] in _BREAKS:
        run = pat.BREAK_RUN_BACK.match(rev, len(text) - end, len(text) - floor)
        if run is not None:
            return len(text) - run.end()
    return end


# Kinds of locator by the unit that ends it (models.Locator.kind).
_KINDS = {"项": "item", "点": "item", "条": "article", "款": "clause"}
# `_locator_parts` says a locator's numbers are too long with this kind (and where it ends).
_OVERLONG = "overlong"

_LocatorParts = tuple[tuple[int, int] | None, str | None, str | None, str, int]  # …, kind, end
# One locator as plain values: (pages, item, unit, label, start, end, kind); a locator whose
# numbers are too long has kind `_OVERLONG` and only its span.
_ChainPart = tuple[tuple[int, int] | None, str | None, str | None, str, int, int, str]


def _locator_at(text: str, pos: int) -> _ChainPart | None:
    """Return the locator (page, item, article, chapter …) starting at `pos`, or None.

    A locator whose numbers are longer than `_MAX_DIGITS` is returned with kind `_OVERLONG`,
    for the caller to report.
    """
    first = _skip_spaces(text, pos) if pos < len(text) and text[pos] in _SPACES else pos
    if first >= len(text) or text[first] not in _LOCATOR_START:
        return None  # the common case after a number: no locator, so skip the pattern
    plain = pat.LOCATOR_PLAIN.match(text, first)
    if plain is not None:
        found = _plain_locator(plain)
        if found is not None:
            return found
    return _full_locator_at(text, first)


def _full_locator_at(text: str, first: int) -> _ChainPart | None:
    """Return the locator starting at `first` (no spaces before it) as the full pattern reads it."""
    m = pat.LOCATOR.match(text, first)
    if m is None or m.end() == first:
        return None
    parts = _locator_parts(m)
    if parts is None:
        return None
    pages, item, unit, kind, end = parts
    return pages, item, unit, text[first:end], first, end, kind


# After a plain link (`pat.LOCATOR_PLAIN`), the characters with which the full locator
# pattern could read on: a page by 第 (its item or part), an item by a range
# (`第27项至第30项`), an article by either or by 第 (its 款), a 款 by 第 (its 项); spaces
# before any of them.
_AFTER_PAGE = frozenset("第" + _SPACES)
_AFTER_ITEM = frozenset(pat.DASHES + _SPACES)
_AFTER_ARTICLE = _AFTER_PAGE | _AFTER_ITEM


def _plain_locator(m: re.Match[str]) -> _ChainPart | None:
    """Return the link `pat.LOCATOR_PLAIN` matched, as `_locator_at` returns it, or None
    when the full locator pattern could read it differently (the caller then matches that)."""
    text, first, end = m.string, m.start(), m.end()
    after = text[end] if end < len(text) else ""
    p1, p2, num, num_cn, item_num, item_cn, article, kuan = m.groups()
    if p1 is not None or item_num is not None or item_cn is not None:
        pages: tuple[int, int] | None = None
        if p1 is not None:
            lo = int(p1)
            pages = (lo, int(p2) if p2 else lo)
        else:
            num, num_cn = item_num, item_cn
        if num is None and num_cn is None:
            if after in _AFTER_PAGE:
                return None
            return pages, None, None, text[first:end], first, end, "page"
        value = int(num) if num is not None else cn_to_int(num_cn)
        if value is None or after in _AFTER_ITEM:
            return None
        return pages, str(value), "项", text[first:end], first, end, "item"
    value = cn_to_int(article)
    if value is None:
        return None
    if kuan is None:
        if after in _AFTER_ARTICLE:
            return None
        return None, str(value), "条", text[first:end], first, end, "article"
    if after in _AFTER_PAGE:
        return None  # perhaps a 项 of the 款 (`第二十三条第一款第（一）项`): the full pattern's
    return None, f"{value}.{cn_to_int(kuan)}", "款", text[first:end], first, end, "clause"


def _too_long(*numbers: str | None) -> bool:
    """Return True when a number (digits or a numeral, dotted parts apart) is over `_MAX_DIGITS`."""
    for n in numbers:
        if n is not None and len(n) > _MAX_DIGITS and max(map(len, n.split("."))) > _MAX_DIGITS:
            return True
    return False


_ARTICLE_UNITS = frozenset("条條")
_CHAPTER_UNITS = frozenset(("章", "节", "節"))


def _locator_parts(m: re.Match[str]) -> _LocatorParts | None:
    """Return (pages, item, unit, kind, where it ends) for what `pat.LOCATOR.match` found, or None.

    Not memoised: whole chains are (`_chain_parts`), and a label alone rarely repeats apart
    from its chain.
    """
    p1, p2, part, part_unit, section, num = m.group("p1", "p2", "part", "part_unit", "section", "num")
    num2, num3, kuan, xiang, bare, unit_text = m.group(
        "num2", "num3", "kuan", "xiang", "article_xiang", "unit"
    )
    # No number can be longer than the match: most locators (`第14页第27项`) skip the test.
    if m.end() - m.start() > _MAX_DIGITS and _too_long(
        p1, p2, part, section, num, num2, num3, kuan, xiang, bare
    ):
        return None, None, None, _OVERLONG, m.end()
    pages: tuple[int, int] | None = None
    end = 0
    if p1 is not None:
        lo = int(p1)  # digits, ASCII or full-width: `int` reads both
        pages = (lo, int(p2) if p2 else lo)
        end = m.string.index("页", m.end("p2") if p2 else m.end("p1")) + 1
    item: str | None = None
    unit: str | None = None
    kind = "page"
    if unit_text is not None and (section or num):
        item = _item_value(section, num)
        last = num2 or num3
        if item is not None and last is not None:
            # 第20-22条, 第二十条至第二十二条: a range of articles or items.
            value = _number(last)
            item = f"{item}-{value}" if value is not None else None
        if item is not None and part and not (unit_text in _ARTICLE_UNITS and part_unit in _CHAPTER_UNITS):
            # 第三部分第（二）项 → 3.2: the part, chapter or section leads the item number.
            # Not an article's: a law numbers its 条 through all its chapters, so 第三章第十二条
            # is article 12 (as 3.12 it read 第3条第12款).
            lead = _number(part)
            item = f"{lead}.{item}" if lead is not None else None
        if item is not None:
            unit = to_simplified(unit_text)
            kind = _KINDS.get(unit, "item")
            end = m.end()
            if kuan is not None:
                # 第二十条第二款: the 款 of that 条, one locator (item 20.2); 第二十三条第一款第（一）项:
                # a 项 of that 款, one place too (item 23.1.1).
                item, unit, kind = f"{item}.{_number(kuan)}", "款", "clause"
                if xiang is not None:
                    item, unit = f"{item}.{_number(xiang)}", "项"
            elif bare is not None:
                # 第二十六条第（四）项: a 项 of that 条 with no 款 written, one place (item 26..4,
                # the 款's place left empty, as an unnumbered annex's: `#art26..4`, never the
                # 款 `#art26.4` of 第二十六条第四款).
                item, unit, kind = f"{item}..{_number(bare)}", "项", "article"
    elif part is not None and unit_text is None:
        # A chapter or part cited alone (`《条例》第三章`).
        lead = _number(part)
        if lead is not None:
            item, unit, kind = str(lead), to_simplified(part_unit), "chapter"
            end = m.end("part_unit")
    if pages is None and item is None:
        return None
    return pages, item, unit, kind, end


def _bare_item_at(text: str, pos: int, previous: _ChainPart) -> _ChainPart | None:
    """Return an item written without 第 after 、 (`第27项、28项`), on the previous page."""
    m = pat.BARE_ITEM.match(text, pos)
    if m is None:
        return None
    start = m.start("num")
    if _too_long(m.group("num")):
        return None, None, None, "", start, m.end(), _OVERLONG
    value = _number(m.group("num"))
    if value is None:
        return None
    unit = to_simplified(m.group("unit"))
    return previous[0], str(value), unit, text[start : m.end()], start, m.end(), _KINDS.get(unit, "item")


def _item_list_at(text: str, pos: int, parts: list[_ChainPart]) -> tuple[_ChainPart, ...] | None:
    """Return one locator per item of `第27、28项` at `pos` (on the page just read), or None.

    A page read alone right before the list (`第14页` of `第14页第27、28项`) is the page of
    every item: it is taken off `parts` and its text starts the first item's label. Each
    label is what its span covers: `第14页第27`, then `28`, …, the last with its unit (`30项`).
    """
    first = _skip_spaces(text, pos)
    m = pat.ITEM_LIST.match(text, first) if first < len(text) and text[first] == "第" else None
    if m is None:
        return None
    unit = to_simplified(m.group("unit"))
    kind = _KINDS.get(unit, "item")
    page = parts[-1] if parts and parts[-1][1] is None and parts[-1][5] == pos else None
    pages = page[0] if page is not None else None
    found: list[_ChainPart] = []
    cursor = m.start("nums")
    for piece in m.group("nums").split("、"):
        number = piece.strip(_SPACES)
        start = text.index(number, cursor)
        stop = cursor = start + len(number)
        value = None if _too_long(number) else _number(number)
        if value is None:
            return None
        if not found and page is not None:
            start = page[4]
        elif not found:
            start = first
        found.append((pages, str(value), unit, text[start:stop], start, stop, kind))
    if page is not None:
        parts.pop()
    pages_, item, unit_, _, start, _, kind_ = found[-1]
    found[-1] = (pages_, item, unit_, text[start : m.end()], start, m.end(), kind_)
    return tuple(found)


# A chain of locators longer than this is read in place, not memoised (a key that long is a
# hostile text, not a label that repeats across forms).
_MAX_CHAIN = 200

_ChainParts = tuple[tuple[_ChainPart, ...], int, Span | None]
_CHAIN_TAIL = "、" + _SPACES


def _parse_locators(text: str, pos: int, run_end: int = -1) -> tuple[tuple[Locator, ...], int, Span | None]:
    """Return the chain of locators after 号 (or after a 《title》), where it ends, and the span
    of a locator whose numbers are too long to read (None when there is none).

    Pairs follow each other directly (`第4页第4项第5页第5项`) or after 、 when the next piece
    is again a locator (`第14页第27项、第15页第3项`); 、 followed by anything else belongs to
    the list the citation sits in.

    A locator holds only the characters of `patterns.LOCATOR_RUN`, so the chain is read from
    that run alone, memoised on its text (`第14页第27项、第15页第3项` repeats across every form
    citing those clauses), and its spans are moved to where the run starts. Reading stops
    where the run stops: what follows it can neither continue a link nor start one.
    """
    if pos >= len(text) or text[pos] not in _LOCATOR_FIRST:
        if pos < len(text) and text[pos] == "文":
            # `5号文件第14页第27项`, `5号文第3项`: the locators after 文件 are still this
            # document's (GB/T 9704 numbers are followed by 文 or 文件 in running text).
            skip = pos + (2 if text.startswith("文件", pos) else 1)
            if skip < len(text) and text[skip] in "第附":
                found = _parse_locators(text, skip)
                if found[0]:
                    return found
        elif pos < len(text) and text[pos] == "附":
            return _annex_chain(text, pos)
        return (), pos, None  # the common case: no locator, so skip the pattern
    if run_end < 0:  # not given by the caller's match (`pat.NUMBER`)
        run_end = pat.LOCATOR_RUN.match(text, pos).end()  # type: ignore[union-attr]  # `*`: always matches
    if run_end - pos > _MAX_CHAIN:
        parts, end, overlong = _read_chain(text, pos)
        shift = 0
    else:
        # A 、 or spaces ending the run end no link and start none (nothing after them is
        # in the run): `第14页第27项、` reads as `第14页第27项`, so both share one memo entry.
        parts, end, overlong = _chain_parts(text[pos:run_end].rstrip(_CHAIN_TAIL))
        shift = pos
    if overlong is not None:
        overlong = (shift + overlong[0], shift + overlong[1])
    if not parts:
        return (), shift + end, overlong
    if len(parts) == 1:  # most chains are one locator: no generator to set up
        pages, item, unit, label, a, b, kind = parts[0]
        return (_locator(pages, item, unit, label, (shift + a, shift + b), kind),), shift + end, overlong
    return (
        tuple(
            [
                _locator(pages, item, unit, label, (shift + a, shift + b), kind)
                for pages, item, unit, label, a, b, kind in parts
            ]
        ),
        shift + end,
        overlong,
    )


def _annex_chain(text: str, pos: int) -> tuple[tuple[Locator, ...], int, Span | None]:
    """Return the locators of an annex at `pos` (`附件2第3项`), as `_parse_locators` returns them.

    `附件2` alone is one locator of kind `annex` (item `2`, unit 附件); each locator read inside it
    (`第3项`, `第14页第3项`, `第二十条第二款`, a 、-list) becomes one of kind `annex` whose item
    leads with the annex (`2.3`; `2.20.2` for a 款), unit and pages kept, the first one's span
    starting at 附件, and every label saying which annex (`附件2第5项` for the `第5项` of
    `附件2第3项、第5项`, whose span is its own text). `、附件3第5项` goes on with another annex of the
    same document. An unnumbered 附件 (`附件第12项`, a notice's only annex) is an annex with no
    number: item `.12`; `5号附件` alone is nothing.
    """
    parts: list[Locator] = []
    end = pos
    overlong: Span | None = None
    while (m := pat.ANNEX.match(text, end)) is not None:
        num = m.group("num")
        if num is not None and _too_long(num):
            return tuple(parts), end, (m.start(), m.end())
        value = _number(num) if num is not None else None
        inner, after, overlong = _parse_locators(text, m.end())
        if value is None and not inner:
            break
        annex = text[m.start() : m.end()].rstrip(_SPACES)  # `附件2`, `附件`: what each label leads with
        for i, loc in enumerate(inner or (None,)):
            if loc is None:  # `附件2` alone
                parts.append(
                    _locator(
                        None, str(value), "附件", text[m.start() : m.end()], (m.start(), m.end()), "annex"
                    )
                )
                continue
            # The first locator's span starts at 附件; every label says which annex, the later
            # ones' (`附件1第3项、第5项` → `附件1第5项`) before their own text.
            start, end = (m.start() if i == 0 else loc.span[0]), loc.span[1]
            label = text[start:end] if i == 0 else annex + ("" if loc.label[:1] == "第" else "第") + loc.label
            if loc.item is None:  # pages only: the annex itself (`附件2第14页`), or none (`附件第3页`)
                if value is None:
                    parts.append(_locator(loc.pages, None, loc.unit, label, (start, end), loc.kind))
                else:
                    parts.append(_locator(loc.pages, str(value), "附件", label, (start, end), "annex"))
            else:
                # `附件2第3项` → 2.3; `附件第12项` (a notice's only annex, unnumbered) → .12.
                lead = "" if value is None else str(value)
                parts.append(
                    _locator(loc.pages, f"{lead}.{loc.item}", loc.unit, label, (start, end), "annex")
                )
        end = after if inner else m.end()
        if overlong is not None or not text.startswith("、附件", end):
            break
        end += 1  # `附件2第3项、附件3第5项`: the next annex
    if parts and end > parts[-1].span[1]:
        end = parts[-1].span[1]  # a trailing 、 belongs to the list the citation sits in
    return tuple(parts), end, overlong


@lru_cache(maxsize=8192)
def _chain_parts(chain: str) -> _ChainParts:
    """Return `_read_chain` of a chain read on its own (memoised)."""
    # Most chains are one plain link (`第14页第27项`, `第二十条`): `_read_chain` would match it
    # first, and nothing follows it in the chain for the full pattern to read on.
    plain = pat.LOCATOR_PLAIN.match(chain)
    if plain is not None and plain.end() == len(chain):
        found = _plain_locator(plain)
        if found is not None:
            return (found,), len(chain), None
    return _read_chain(chain, 0)


def _read_chain(text: str, pos: int) -> _ChainParts:
    """Return the locators from `pos` as plain values, where they end, and an overlong span."""
    parts: list[_ChainPart] = []
    end = pos
    size = len(text)
    while end < size:
        loc = _locator_at(text, end)
        if loc is None and parts and end < len(text) and text[end] == "、":
            loc = _locator_at(text, end + 1) or _bare_item_at(text, end + 1, parts[-1])
        elif loc is None and parts and end < len(text) and text[end] in _LINK_WORD_FIRST:
            loc = _conjoined_at(text, end, parts[-1])
        if loc is None:
            listed = _item_list_at(text, end, parts)
            if listed is None:
                return tuple(parts), end, None
            parts.extend(listed)
            end = listed[-1][5]
            continue
        if loc[6] == _OVERLONG:
            return tuple(parts), end, (loc[4], loc[5])
        parts.append(loc)
        end = loc[5]
    return tuple(parts), end, None


# Words joining the last link of a list to the others (`第二十条、第二十一条和第九十四条`,
# `第3页及第5页`): the link after one is the same document's when it counts the same thing
# (`第二十条和第3号文件` is no link: a number is no locator). 以 only as 以及.
_LINK_WORDS = ("以及", "和", "及", "与")
_LINK_WORD_FIRST = frozenset("以和及与")
_ARTICLE_COUNTS = frozenset(("条", "款"))


def _conjoined_at(text: str, pos: int, previous: _ChainPart) -> _ChainPart | None:
    """Return the locator after a conjunction at `pos` that counts what `previous` counts, or None."""
    for word in _LINK_WORDS:
        if text.startswith(word, pos):
            after = pos + len(word)
            if after >= len(text) or text[after] != "第":
                return None
            loc = _locator_at(text, after)
            if loc is None or loc[6] == _OVERLONG:
                return None
            same = loc[2] == previous[2] or (loc[2] in _ARTICLE_COUNTS and previous[2] in _ARTICLE_COUNTS)
            return loc if same else None
    return None


@lru_cache(maxsize=8192)
def _clean_title(segment: str) -> str | None:
    """Return a document title from the text before its bracketed number, or None.

    `《X》的通知` gives X even after prose (`按照《X》`, `、《A》、《B》` gives B). Inside the
    《》, a cover letter (`国务院办公厅关于印发X的通知`) gives X, while a title that is itself
    a notice (`关于Y的通知`) stays whole; an inner 〈〉 that then spans the title is unwrapped.
    Without 《》 the segment is the title, less a leading `…印发` and a trailing `的通知`.
    A title never starts with its addressee (`你省关于…的请示` → `关于…的请示`).
    """
    title = _strip_address(segment.strip().lstrip(_LEADING_JUNK).strip())
    bare = _strip_trail(title)
    if bare.endswith("》"):
        opening = matching_open(bare, len(bare) - 1)
        if opening is not None:
            inner = bare[opening + 1 : -1].strip()
            lead = ("发" in inner or "發" in inner) and pat.TITLE_LEAD.search(inner) is not None
            title = _strip_trail(_strip_lead(inner)) if lead else inner
    else:
        title = _strip_trail(_strip_address(_strip_lead(title)))
    return _unwrap_title(title)


def _unwrap_title(title: str) -> str | None:
    """Return the title less a pair that wraps all of it (`〈X〉`), or None when it is empty."""
    # Web pages type the inner pair as `<>` or `＜＞` (`《…印发<关于…措施>的通知》`).
    if title[:1] in _TITLE_WRAPS:  # the quick test: most titles start with none of them
        for left, right in (("《", "》"), ("〈", "〉"), ("<", ">"), ("＜", "＞")):
            if (
                title.startswith(left)
                and title.endswith(right)
                and _matching_close(title, 0, left, right) == len(title) - 1
            ):
                title = title[1:-1].strip()
    return title or None


# What a title wrapped in a pair that `_clean_title` unwraps starts with.
_TITLE_WRAPS = frozenset("《〈<＜")
# The first character of every `patterns.TITLE_ADDRESS.match` (你们, 你省, 贵单位 …): a quick test.
_ADDRESS_FIRST = frozenset("你贵")


def _title_offset(segment: str) -> int:
    """Return where the bound title starts within its segment (at its 《 when it has one)."""
    stripped = _strip_trail(segment.rstrip())
    if stripped.endswith("》"):
        opening = matching_open(stripped, len(stripped) - 1)
        if opening is not None:
            return opening
    offset = len(segment) - len(segment.lstrip(_LEADING_JUNK))
    if segment[offset : offset + 1] not in _ADDRESS_FIRST:
        return offset  # the quick test: no addressee can start here
    address = pat.TITLE_ADDRESS.match(segment, offset)
    return address.end() if address is not None and address.end() < len(segment) else offset


@lru_cache(maxsize=8192)
def _bound_title(segment: str) -> tuple[str | None, int]:
    """Return `_clean_title(segment)` and `_title_offset(segment)`: one memo lookup per title
    (`_clean_title`'s own memo is passed by: this one holds the result)."""
    head = _strip_address(segment.strip().lstrip(_LEADING_JUNK).strip())
    if head is not segment:  # something was cut off the ends: the two readings apart
        return _clean_title.__wrapped__(segment), _title_offset(segment)
    # Nothing to cut (the common case): both readings start from the same text, so the trail
    # and the 《 that opens a closing 》 are found once. The title then starts at that 《, or
    # at 0 (no junk and no addressee to skip).
    title = head
    offset = 0
    bare = _strip_trail(head)
    if bare.endswith("》"):
        opening = matching_open(bare, len(bare) - 1)
        if opening is not None:
            offset = opening
            inner = bare[opening + 1 : -1].strip()
            lead = ("发" in inner or "發" in inner) and pat.TITLE_LEAD.search(inner) is not None
            title = _strip_trail(_strip_lead(inner)) if lead else inner
    else:
        title = _strip_trail(_strip_address(_strip_lead(title)))
    return _unwrap_title(title), offset


def _strip_address(title: str) -> str:
    """Return the title without a leading addressee (`你们`, `你省`, `贵单位报送的`)."""
    if title[:1] not in _ADDRESS_FIRST:
        return title  # the quick test: no addressee can start here
    address = pat.TITLE_ADDRESS.match(title)
    return title[address.end() :] if address is not None and address.end() < len(title) else title


def _strip_lead(title: str) -> str:
    """Return the title after its cover letter's lead (`…关于印发`), spaces after it dropped.

    When the lead stands inside an angle pair the title's end closes
    (`乌拉特中旗人民政府<关于印发X>的通知`), the close goes with it: the title is `X的通知`.
    """
    if "发" not in title and "發" not in title:
        return title  # the quick test: every word TITLE_LEAD finds ends with 发 or 發
    lead = pat.TITLE_LEAD.search(title)
    if lead is None:
        return title
    rest = title[lead.end() :].lstrip(_SPACES)
    if not rest:
        return title
    head = title[: lead.start()]
    for left, right in _ANGLES:
        if head.count(left) > head.count(right):  # the lead is inside an open angle
            depth = 0
            for i, ch in enumerate(rest):
                if ch == left:
                    depth += 1
                elif ch == right:
                    if depth == 0:
                        return rest[:i] + rest[i + 1 :]
                    depth -= 1
    return rest


# The angle pairs that quote a title inside a title, as typed (`〈〉`) and on web pages (`<>`).
_ANGLES = (("〈", "〉"), ("<", ">"), ("＜", "＞"))


# TITLE_TRAIL's words, each also with the 的 before it.
_TRAILS = tuple((word, "的" + word) for word in pat.TITLE_TRAIL_WORDS)


def _strip_trail(title: str) -> str:
    """Return the title without a trailing `的通知`/`通知` (TITLE_TRAIL), unless that is all of it."""
    # Every caller strips trailing line breaks (where `$` differs from the end), so TITLE_TRAIL
    # matches where the title ends with one of its words, 的 before it included: its leftmost
    # match is the longest such ending, found by `endswith` instead of a search that tries
    # every position of the title.
    if not title.endswith(pat.TITLE_TRAIL_WORDS):
        return title
    trail = 0
    for word, with_de in _TRAILS:
        if title.endswith(with_de):
            trail = max(trail, len(with_de))
        elif title.endswith(word):
            trail = max(trail, len(word))
    start = len(title) - trail
    return title[:start].rstrip() if start > 0 else title


def _matching_close(text: str, open_pos: int, left: str = "《", right: str = "》") -> int | None:
    """Return the index of the bracket that closes the one at `open_pos` (nesting respected).

    The search stops after `_MAX_TITLE` characters: a title is never longer, and an unclosed
    《 in a long text must not make the scan quadratic.
    """
    # Jump from bracket to bracket with `str.find` (C), not character by character.
    stop = min(len(text), open_pos + _MAX_TITLE)
    depth = 0
    opening, closing = open_pos, text.find(right, open_pos, stop)
    while closing != -1:
        if opening != -1 and opening < closing:
            depth += 1
            opening = text.find(left, opening + 1, stop)
        else:
            depth -= 1
            if depth == 0:
                return closing
            closing = text.find(right, closing + 1, stop)
    return None


def _bind_title(text: str, rev: str, issuer_start: int, floor: int) -> tuple[str | None, Span | None]:
    """Return the title bound to a number written `Title（number）`, and the title's span.

    The title is the segment before the opening bracket, back to a separator (，；。 or a
    line break) outside 《》 and parentheses, or to the end of the previous citation.
    Parentheses inside the title stay (`办法（试行）`); a missing closing bracket after the
    number does not matter because only text *before* the number is read.
    """
    k = (
        _skip_breaks_back(text, rev, issuer_start, floor)
        if text[issuer_start - 1] in _BREAKS
        else issuer_start
    )
    if k <= floor or text[k - 1] not in pat.OPEN_BRACKETS:
        return None, None
    bracket = k - 1
    if bracket > floor and text[bracket - 1] in _BREAKS:
        # `《…规定（2013年版）》\n（国卫医发〔2013〕31号）`: a 《title》 on the line above the
        # bracket is still its title (a line break ends any other segment); prose there is not.
        title_end = _skip_breaks_back(text, rev, bracket, floor)
        if title_end > floor and text[title_end - 1] == "》" and _has_break(text, title_end, bracket):
            bracket = title_end
    j = _segment_start(text, rev, bracket, floor)
    segment = text[j:bracket]
    title, offset = _bound_title(segment)
    if title is None:
        return None, None
    return title, (j + offset, bracket)


def _segment_start(text: str, rev: str, bracket: int, floor: int) -> int:
    """Return where the segment a title is read from starts, before the bracket at `bracket`."""
    # The common segments in one match on the reversed text: letters and 《…》 pairs that hold
    # no bracket or 《》 of their own, up to a separator, an unmatched 《 or （, or the floor.
    # Anything else (a 》 or ） the match cannot pair) is walked stop by stop.
    size = len(text)
    back = pat.TITLE_SEGMENT_BACK.match(rev, size - bracket, size - floor)
    stop = back.end()  # type: ignore[union-attr]  # `*+`: always matches
    if stop == size - floor:
        return floor
    if rev[stop] in _SEGMENT_STARTS_AFTER:
        return size - stop
    return _title_walk(text, rev, bracket, floor)


def _has_break(text: str, start: int, end: int) -> bool:
    """Return True when `text[start:end]` holds a line break."""
    return text.find("\n", start, end) != -1 or text.find("\r", start, end) != -1


# Where a title's segment starts after when `TITLE_SEGMENT_BACK` stops at it: a separator, or
# a 《 or （ no bracket after it closes (`_title_walk` breaks there too).
_SEGMENT_STARTS_AFTER = frozenset("，,；;。\n《（(")


def _title_walk(text: str, rev: str, bracket: int, floor: int) -> int:
    """Return where the title before `bracket` starts, walking back from stop to stop.

    A separator (，；。 or a line break) ends the segment outside 《》 and parentheses; a 《 or
    （ that nothing after it closes ends it too; else the floor does.
    """
    j = bracket
    book = paren = 0
    # Jump from one bracket or separator to the previous one (a search in C on the reversed
    # text), not character by character: titles are long and hold few of them.
    size = len(text)
    search = pat.TITLE_STOPS_BACK.search
    while j > floor:
        stop = search(rev, size - j, size - floor)
        if stop is None:
            j = floor
            break
        ch = stop.group()
        j = size - stop.start()  # the segment starts after the stop if the stop ends it
        if ch == "》":
            book += 1
        elif ch == "《":
            if book == 0:
                break
            book -= 1
        elif ch in "）)":
            paren += 1
        elif ch in "（(":
            if paren == 0:
                break
            paren -= 1
        elif book == 0 and paren == 0:
            break
        j -= 1
    return j


_EMPTY = Extraction((), ())
# A text this long is read segment by segment (`citation_segments`) when it holds a cut.
_SEGMENTED_TEXT = 400
_SPAN = attrgetter("span")  # the sort key: one C call, not a lambda per item


class _Reader:
    """The state of one `extract` call: what was found so far, in text order."""

    __slots__ = (
        "aliases",
        "before",
        "citations",
        "covered",
        "may_alias",
        "may_same",
        "names",
        "rev",
        "text",
        "unparsed",
    )

    def __init__(self, text: str, known: Mapping[str, Citation] | None) -> None:
        self.text = text
        self.rev = text[::-1]  # scans backwards from a bracket are matches forwards on this
        # Read as a segment of a longer text (`citation_segments`): the last number its number
        # pass read before the segment (`…号和〔2016〕20号` may take that number's issuer).
        self.before: Citation | None = None
        self.citations: list[Citation] = []
        self.unparsed: list[Unparsed] = []
        # Spans no later pass may read a citation from: numbered citations with their bound
        # titles, and short-name declarations. Kept sorted and disjoint (bisect on starts).
        self.covered: list[Span] = []
        self.aliases: list[Alias] = []
        # Short name → every declaration of it: (where it ends, the document it stands for).
        # A mention takes the last declaration that ends before it (`name_at`): a name declared
        # again later (`以下简称《意见》` for a second document) does not change what the mentions
        # before that declaration stand for, whichever pass reads the declaration.
        self.names: dict[str, list[tuple[int, Citation]]] = {}
        # Whether a short name can be declared at all: most texts hold no 称.
        self.may_alias = "称" in text or "稱" in text
        # Whether a number can be followed by the title it stands for (`…号，即《X》`).
        self.may_same = "即" in text
        if known:
            self.names.update((name, [(0, citation)]) for name, citation in known.items())

    def declare(self, name: str, citation: Citation, end: int) -> None:
        """Record that `name` stands for `citation` from `end` on."""
        declared = self.names.get(name)
        if declared is None:
            self.names[name] = [(end, citation)]
        else:
            declared.append((end, citation))

    def name_at(self, name: str, pos: int) -> Citation | None:
        """Return the document `name` stands for at `pos`: its last declaration ending by `pos`."""
        declared = self.names.get(name)
        if declared is None:
            return None
        found, last = None, -1
        for end, citation in declared:
            if last < end <= pos:
                found, last = citation, end
        return found

    def report(self, span: Span, reason: str) -> None:
        self.unparsed.append(Unparsed(span, self.text[span[0] : span[1]], reason))

    def overlaps(self, start: int, end: int) -> bool:
        """Return True when [start, end) meets a covered span."""
        i = bisect_right(self.covered, (end, -1)) - 1
        return i >= 0 and self.covered[i][1] > start

    def floor_before(self, pos: int) -> int:
        """Return the end of the last covered span that ends at or before `pos` (0 if none)."""
        i = bisect_right(self.covered, (pos, len(self.text) + 1)) - 1
        while i >= 0 and self.covered[i][1] > pos:
            i -= 1
        return self.covered[i][1] if i >= 0 else 0

    def declare_alias(self, citation: Citation, at: int) -> Span | None:
        """Record a short name declared at `at` for `citation`; return its span, or None.

        The caller covers the span (appending in text order keeps `covered` sorted without
        an insertion in the middle, which would make a text of many aliases quadratic).
        """
        window = self.text[at : at + _ALIAS_REACH]
        if "称" not in window and "稱" not in window:
            return None  # the common case: no declaration, so skip the pattern
        m = pat.ALIAS.match(self.text, at)
        if m is None:
            return None
        group = (
            "book" if m.group("book") is not None else "quoted" if m.group("quoted") is not None else "bare"
        )
        name = m.group(group).strip()
        if not name or (citation.title is not None and name == citation.title):
            return None
        start = m.start(group) - (0 if group == "bare" else 1)
        self.aliases.append(Alias(name, citation.key, (start, m.end())))
        self.declare(name, citation, m.end())
        return (start, m.end())


def extract(text: str, known: Mapping[str, Citation] | None = None) -> Extraction:
    """Return every citation in `text`, in order, the citation-like spans that failed, and the
    short names the text gives documents.

    Args:
        text: any cell or sentence.
        known: short names declared before `text` (in an earlier part of the same document),
            each with the citation it stands for; `《name》` in `text` resolves to it.

    Returns:
        An `Extraction`; `text[c.span[0]:c.span[1]] == c.text` for every citation and
        unparsed span. A later `《name》` of a short name (`以下简称《意见》`) is a citation of
        the document the name stands for.

    >>> [c.key for c in extract("（属泉委发[2021]第05号第14-15页第（四）1项）").citations]
    ['泉委发〔2021〕5号']
    >>> [c.key for c in extract("根据国务院令第699号").citations]
    ['国务院令第699号']
    """
    has_book = "《" in text
    has_decree = "令" in text
    has_notice = "公告" in text
    has_hao = "号" in text or "號" in text
    likely = has_book or has_decree or has_hao
    if likely and len(text) >= _SEGMENTED_TEXT and _segments.CUT in text:
        # A long text, read segment by segment (`citation_segments`): the fast path where it
        # can, the passes below where not, exactly what the passes return on the whole.
        return _segments.read(text, known)
    fast_first = not has_notice and likely
    if fast_first:
        # The common shapes of running text in one scan (`citation_fast`): exactly what the
        # passes below return, or None when the text holds anything else. Tried before the
        # search for a number when the text is likely to hold one (a 号, a 《 or a 令).
        fast = _fast.read(text, known)
        if fast is not None:
            return fast
    first = pat.NUMBER.search(text)
    # A number written without brackets (`人社局2020年47号`) is the general reader's alone (the
    # fast path gives up on a year and 号 without a bracket: its `bad` branch).
    bare = pat.BARE_NUMBER.search(text) if "年" in text else None
    # So is a year glued to its serial (`湘人社发201851号`: the fast path gives up on its 号).
    glued = _glued_search(text) if has_hao else None
    if (
        first is None
        and not has_book
        and not has_decree
        and not has_notice
        and bare is None
        and glued is None
    ):
        return _EMPTY  # most cells cite nothing: skip the bookkeeping
    if not fast_first and not has_notice and bare is None:
        fast = _fast.read(text, known)
        if fast is not None:
            return fast
    return _passes(_Reader(text, known), first, has_book, has_decree, has_notice, bare, glued, None)


def _survey(
    text: str,
) -> tuple[re.Match[str] | None, bool, bool, bool, re.Match[str] | None, re.Match[str] | None] | None:
    """Return what the general reader's passes need to know of `text` (its first bracketed
    number, whether it holds 《, 令 or 公告, its first bracketless and glued number), or None
    when it holds nothing to read. `extract` does the same in line, on its hot path."""
    first = pat.NUMBER.search(text)
    has_book, has_decree, has_notice = "《" in text, "令" in text, "公告" in text
    bare = pat.BARE_NUMBER.search(text) if "年" in text else None
    glued = _glued_search(text) if "号" in text or "號" in text else None
    if (
        first is None
        and not has_book
        and not has_decree
        and not has_notice
        and bare is None
        and glued is None
    ):
        return None
    return first, has_book, has_decree, has_notice, bare, glued


def read_general(text: str, known: Mapping[str, Citation] | None = None) -> Extraction:
    """Return `extract(text, known)` as the general reader reads it, without the fast path.

    For tests and benchmarks that hold the fast path (`citation_fast`) to the general reader.
    """
    survey = _survey(text)
    if survey is None:
        return _EMPTY
    return _passes(_Reader(text, known), *survey, None)


def read_marked(
    text: str, known: Mapping[str, Citation], before: Citation | None
) -> tuple[Extraction, tuple[int, ...], dict[str, Citation], Citation | None] | None:
    """Return `read_general(text, known)` for a segment of a longer text, with what the reader
    of the whole text would carry on with; None when `text` holds nothing to read.

    `before` is the last number the number pass read before the segment. Returned besides:
    how many short names were listed after each pass before the 《》 titles' (numbered
    documents, decrees, announcements, bracketless numbers, glued numbers), what each name declared in
    `text` stands for at its end, and the last number the number pass read (or `before`).
    For `citation_segments`, which gathers the segments' short names pass by pass, as the
    general reader lists them for a whole text.
    """
    survey = _survey(text)
    if survey is None:
        return None
    first, has_book, has_decree, has_notice, bare, glued = survey
    reader = _Reader(text, known)
    reader.before = before
    if first is not None:
        _numbered(reader, first)
    last = reader.citations[-1] if reader.citations else before
    marks: list[int] = []
    found = _passes(reader, None, has_book, has_decree, has_notice, bare, glued, marks)
    declared: dict[str, Citation] = {}
    for name, entries in reader.names.items():
        end, citation = max(entries, key=_FIRST)
        if end > 0:  # declared in `text`, not only known before it
            declared[name] = citation
    return found, tuple(marks), declared, last


_FIRST = itemgetter(0)


def _passes(  # noqa: PLR0917  # what `extract` found out about the text, passed on
    reader: _Reader,
    first: re.Match[str] | None,
    has_book: bool,
    has_decree: bool,
    has_notice: bool,
    bare: re.Match[str] | None,
    glued: re.Match[str] | None,
    marks: list[int] | None,
) -> Extraction:
    """Run the general reader's passes; with `marks`, note how many short names each listed."""
    if first is not None:
        _numbered(reader, first)
    if marks is not None:
        marks.append(len(reader.aliases))
    if has_decree:
        _decrees(reader, "令")
    if marks is not None:
        marks.append(len(reader.aliases))
    if has_notice:
        _decrees(reader, "公告")
    if marks is not None:
        marks.append(len(reader.aliases))
    if bare is not None:
        _bare_numbers(reader, bare)
    if marks is not None:
        marks.append(len(reader.aliases))
    if glued is not None:
        _glued_numbers(reader, glued)
    if marks is not None:
        marks.append(len(reader.aliases))
    if has_book:
        _title_only(reader)
    citations = reader.citations
    if has_book or has_decree or has_notice or bare is not None or glued is not None:
        citations.sort(key=_SPAN)
    unparsed = reader.unparsed
    if len(unparsed) > 1:
        unparsed.sort(key=_SPAN)
    # `Extraction(…)` built as `_citation` builds (see there).
    found: Extraction = _new(Extraction)
    _x_citations(found, tuple(citations))
    _x_unparsed(found, tuple(unparsed))
    _x_aliases(found, tuple(reader.aliases))
    return found


def _numbered(reader: _Reader, first: re.Match[str]) -> None:
    """Find every numbered document (`issuer〔year〕serial号`) from its bracketed year, the
    first of which is `first` (a `patterns.NUMBER` match)."""
    text, rev = reader.text, reader.rev
    size = len(text)
    citations, covered = reader.citations, reader.covered
    issuer_back = pat.ISSUER_RUN_BACK.match
    may_same = reader.may_same
    floor = 0
    for m in chain((first,), pat.NUMBER.finditer(text, first.end())):
        bracket = m.start()
        if bracket < floor:
            continue
        if text[bracket - 1] in _DIGIT_CHARS and m.group("serial") is None and m.group("lost") is None:
            # `人社发2024(91)`: a year before the bracket, the serial in it.
            resumed = _year_then_serial(reader, m, floor)
            if resumed is not None:
                floor = resumed
                continue
        # `_scan_issuer`'s common case in line (one call less per number): letters right
        # before the bracket, with a reading settled by the memo.
        letters = issuer_back(rev, size - bracket, size - floor) if text[bracket - 1] not in _BREAKS else None
        if letters is not None:
            issuer_start = size - letters.end()
            offset, issuer_raw, settled, dated = _issuer_reading(text[issuer_start:bracket])
            if settled and text[issuer_start - 1] != ")":  # not after a pinyin gloss (`國(guó)發`)
                issuer_start += offset
            else:
                issuer_start, issuer_raw = _scan_issuer(text, rev, bracket, floor)
                dated = bool(issuer_raw) and _time_word(issuer_raw)
        else:
            issuer_start, issuer_raw = _scan_issuer(text, rev, bracket, floor)
            dated = bool(issuer_raw) and _time_word(issuer_raw)
        year_text, serial_raw = m.group("year", "serial")
        tail = m if serial_raw is not None else None  # the serial and 号, when they follow
        if len(year_text) != 4 or year_text[:2] not in _YEAR_PREFIXES:
            # `泉委发〔21〕5号`, `泉委发〔2201〕5号`: a number with a bad year, reported. A bracketed
            # number in prose (`培训（30）人次`, `电话（0595）2250号`: no issuer) is no citation.
            short = len(year_text) != 4
            # An implausible 4-digit year is reported only after a known issuer: a typo in a
            # real number (`泉委发〔2201〕5号`), not a phone number (`联系电话（0595）2250号`).
            if tail is not None and issuer_raw and (short or _known(issuer_raw)) and not dated:
                reason = f"{len(year_text)}-digit year" if short else "year out of range"
                reader.report((issuer_start, tail.end()), reason)
                floor = tail.end()
            continue
        if dated:
            continue  # `今年（2021）第5号…`: a date in prose, not an issuer
        if tail is None:
            if m.group("lost") is not None:
                floor = _lost_close(reader, m, floor)
            elif issuer_raw:
                floor = _report_unreadable(reader, m, issuer_start, floor)
            continue
        if not issuer_raw:
            issuer_raw = _shared_issuer(reader, floor, m.start())
            issuer_start = m.start()
        if not issuer_raw:
            # `[2014]80号`: a number whose issuer is missing is reported, never dropped.
            reader.report((m.start(), tail.end()), "no issuer before the year")
            floor = tail.end()
            continue
        if len(serial_raw) > _MAX_DIGITS and _serial_too_long(serial_raw):
            reader.report((issuer_start, tail.end()), "文号序号过长（超过9位数字），不是文号")
            floor = tail.end()
            continue
        end = tail.end()
        locators: tuple[Locator, ...] = ()
        overlong: Span | None = None
        if end < size:
            after = text[end]
            if after in _LOCATOR_FIRST:
                run_end = m.end("run")
                parts, chain_end, overlong = (
                    _chain_parts(text[end:run_end].rstrip(_CHAIN_TAIL))
                    if run_end - end <= _MAX_CHAIN
                    else (None, 0, None)
                )
                if overlong is None and parts is not None and len(parts) == 1:
                    # `_parse_locators`' common case in line: a memoised chain of one link.
                    pages, item, unit, label, a, b, kind = parts[0]
                    locators = (_locator(pages, item, unit, label, (end + a, end + b), kind),)
                    end += chain_end
                else:
                    locators, end, overlong = _parse_locators(text, end, run_end)
            elif after in "文附":  # `5号文件第14页`, `5号附件2第3项`
                locators, end, overlong = _parse_locators(text, end)
            elif after in "（(":
                locators, end = _bracketed_locators(text, end)
        # `_number_parts` in line (one call less per number).
        issuer, info, field = _issuer_parts(issuer_raw)
        if serial_raw.isascii() and serial_raw.isdigit():
            serial = str(int(serial_raw))
        else:
            serial = _normalise_serial(serial_raw)
        year = int(year_text)
        key = f"{issuer}〔{year}〕{serial}号"
        before = issuer_start - 1
        if before >= floor and text[before] in _TITLE_BEFORE:  # `…的通知（泉委办〔…`, or spaces
            title, title_span = _bind_title(text, rev, issuer_start, floor)
        else:
            title, title_span = None, None  # `（属泉委发…`, `、泉政办…`: no title binds
        start = issuer_start
        if (
            title_span is not None
            and not locators
            and overlong is None
            and end + 1 < size
            and text[end + 1] in _AFTER_NUMBER
        ):
            # `《…办法》（财预〔2020〕10号）第十二条`: the article after the bracket is the document's
            # (or its annex: `（民发〔2020〕20号）附件第1项`).
            locators, end, overlong, start = _articles_after_bracket(text, before, end, title_span[0])
        cover_end = end
        if title is None and overlong is None and end < size and text[end] not in _NO_TITLE_AFTER:
            title, title_end = _title_after(text, end)
            if title is not None:
                cover_end = title_end
        citation = _citation(key, field, year, serial, title, info, locators, (start, end), text[start:end])
        citations.append(citation)
        covered.append((title_span[0] if title_span else issuer_start, cover_end))
        floor = cover_end
        if overlong is not None:
            reader.report(overlong, "页码或条项编号过长（超过9位数字）")
            floor = overlong[1]
            continue
        if floor >= size:
            continue
        after = text[floor]
        if after in _LIST_FIRST and (after in _SPACES or text[floor + 1 : floor + 2] in _SERIAL_NEXT):
            floor = _serial_list(reader, issuer_raw, year_text, floor)
        if reader.may_alias and floor < size and text[floor] in _ALIAS_FIRST:
            alias = reader.declare_alias(citation, floor)
            if alias is not None:
                covered.append(alias)
                floor = alias[1]
        if may_same and text.find("即", floor, floor + _SAME_REACH) != -1:
            same = _same_as(reader, citation, floor)
            if same is not None:
                covered.append(same)
                floor = same[1]


def _lost_close(reader: _Reader, m: re.Match[str], floor: int) -> int:
    """Read `牟政办发〔201746` at a line's end: a number whose 〕 and 号 the page lost (`m`, a
    `pat.NUMBER` match with its `lost` serial). Only after a code, read as a bracketless
    number's (`_bare_numbers`), and a year of 19xx or 20xx; anything else (`（20211` in prose)
    is left alone, not reported: without its bracket closed nothing says it is a number.
    Return where reading goes on."""
    year_text, serial_raw = m.group("year", "lost")
    if year_text[:2] not in _YEAR_PREFIXES or len(year_text) != 4:
        return floor
    found = _bracketless_issuer(reader, m.start(), floor, named=False)
    if found is None:
        return floor
    spans: list[Span] = []
    issuer_start, issuer_raw = found
    last = _add_bracketless(
        reader, spans, issuer_start, issuer_raw, year_text, serial_raw, m.end("lost"), floor
    )
    reader.covered.extend(spans)  # in text order, after every span read before
    return max(last, floor)


def _year_then_serial(reader: _Reader, m: re.Match[str], floor: int) -> int | None:
    """Read `人社发2024(91)`, `人社发2024（91）号`: a bracketless year glued after its code, then
    the serial in brackets (`m`, a `pat.NUMBER` match whose digits are the serial), with or
    without 号 after the bracket. The code is read as a bracketless number's (`_bare_numbers`);
    anything else (`电话0595(2021)`, digits after prose) is not this construction. Return where
    reading goes on, or None when it is not (the bracket is then read as any other)."""
    text = reader.text
    bracket = m.start()
    year_start = bracket - 4
    if year_start <= floor or not _bare_year(text, year_start, bracket):
        return None
    found = _bracketless_issuer(reader, year_start, floor, named=False)
    if found is None:
        return None
    end = m.end()
    hao = pat.YEAR_SERIAL_HAO.match(text, end)
    if hao is not None:
        end = hao.end()
    elif text[end : end + 1] in pat.YEAR_SERIAL_NOT_AFTER and end < len(text):
        return end  # `中文2024(1)班`: a class, not a number; nothing read, nothing reported
    spans: list[Span] = []
    issuer_start, issuer_raw = found
    last = _add_bracketless(
        reader, spans, issuer_start, issuer_raw, text[year_start:bracket], m.group("year"), end, floor
    )
    reader.covered.extend(spans)  # in text order, after every span read before
    return last


# What may start a list of serials after a number (`47号、48号`, `11号和12号`).
_LIST_FIRST = frozenset("、和及与" + _SPACES)
# What may follow `、和及与` in a list of serials (`pat.SERIAL_LIST.match`): 第, a digit or
# spaces. A quick test before the match: after a number 、 mostly starts the next document
# (`…5号、泉政办…`).
_SERIAL_NEXT = _DIGIT_CHARS | frozenset("第" + _SPACES)
# What may stand between a number and a bracketed year that shares its issuer (`…19号和〔2016〕20号`).
_CONJUNCTIONS = frozenset(("、", "和", "及", "与", "以及"))


def _serial_list(reader: _Reader, issuer_raw: str, year_text: str, pos: int) -> int:
    """Add the documents of serials listed after a number (`闽政〔2016〕47号、48号`): the same
    issuer and year, each serial with its own locators. Return where reading goes on."""
    return _listed(reader, partial(_number_parts, issuer_raw, year_text), pos, reader.covered)


_Parts = tuple[str, str, int | None, str, IssuerInfo | None]


def _listed(reader: _Reader, parts: Callable[[str], _Parts | None], pos: int, cover: list[Span]) -> int:
    """Add a citation per serial listed at `pos` (`、48号`, `、第700号`), keyed by `parts`;
    cover each in `cover` (in text order). Return where reading goes on."""
    text = reader.text
    while (more := pat.SERIAL_LIST.match(text, pos)) is not None:
        found = parts(more.group("serial"))
        if found is None:
            break
        start, end = more.start("serial"), more.end()
        if text[start - 1] == "第":
            start -= 1
        locators: tuple[Locator, ...] = ()
        overlong: Span | None = None
        if end < len(text) and text[end] in _AFTER_NUMBER:
            locators, end, overlong = _parse_locators(text, end)
        key, issuer, year, serial, info = found
        reader.citations.append(
            Citation(key, issuer, year, serial, None, info, locators, (start, end), text[start:end])
        )
        cover.append((start, end))
        pos = end
        if overlong is not None:
            reader.report(overlong, "页码或条项编号过长（超过9位数字）")
            return overlong[1]
    return pos


def _shared_issuer(reader: _Reader, after: int, bracket: int) -> str:
    """Return the issuer of the number right before `…和〔2016〕20号` (only a conjunction between
    them: `国办发〔2016〕19号和〔2016〕20号` is two numbers of 国办发), or ""."""
    if "".join(reader.text[after:bracket].split()) not in _CONJUNCTIONS:
        return ""
    if reader.citations:
        last = reader.citations[-1]
        if last.span[1] > after:
            return ""
    elif reader.before is not None and after > 0:
        # The last number read before this segment (`citation_segments`), with only a
        # reported number of the segment and the conjunction after it (`…〔21〕5号和〔2016〕20号`):
        # at the segment's start, the text before it holds its cut's 。 and shares nothing.
        last = reader.before
    else:
        return ""
    if last.issuer is None or last.year is None or last.serial is None:
        return ""
    if last.key == numbered_key(last.issuer, last.year, last.serial):
        return last.issuer
    if last.key == numbered_key(last.issuer + _NOTICE, last.year, last.serial):
        return last.issuer + _NOTICE  # an announcement's series: `…公告〔2018〕28号和〔2018〕29号`
    return ""  # a decree (`国家发展改革委令〔2016〕3号`) shares no issuer code


# How far after a number its `即《` can start: `文件（ 即` is 5 characters (a quick test before the
# pattern: after most numbers there is no 即 near).
_SAME_REACH = 8


def _same_as(reader: _Reader, citation: Citation, at: int) -> Span | None:
    """Read `，即《X》` at `at`, right after `citation` (the last one read): X is its title.

    The number and X are one document, so X is no citation of its own: the citation takes X
    as its title when it has none, and X is recorded as a name of the document (a later
    `《X》第三条` cites it, as after `以下简称`). Return the span of `《X》` to cover, or None.
    """
    text = reader.text
    m = pat.SAME_AS.match(text, at)
    if m is None or reader.citations[-1] is not citation:
        return None
    close = _matching_close(text, m.end())
    if close is None:
        return None
    title = _clean_title(text[m.end() : close + 1])
    if title is None:
        return None
    end = close + 1
    locators, span = citation.locators, citation.span
    if end < len(text) and text[end] in "）)" and text[at] in "（(":
        end += 1  # `（即《X》）`: the bracket opened before 即 closes here
        if not locators and end < len(text) and text[end] in _AFTER_NUMBER:
            # `…第28号（即《X》）第九条`: the article after the bracket is the document's.
            found, after, overlong = _parse_locators(text, end)
            if found and overlong is None:
                locators, span, end = found, (span[0], after), after
    if citation.title is None or span is not citation.span:
        reader.citations[-1] = _citation(
            citation.key,
            citation.issuer,
            citation.year,
            citation.serial,
            citation.title or title,
            citation.issuer_info,
            locators,
            span,
            text[span[0] : span[1]],
        )
    name = text[m.end() + 1 : close].strip()
    reader.aliases.append(Alias(name, citation.key, (m.end(), close + 1)))
    reader.declare(name, reader.citations[-1], close + 1)
    return m.end(), end


# How far after a citation its short name's 称 can be: `文件）（以下简称` is 9 characters.
_ALIAS_REACH = 14
# What may follow a citation when a short name is declared after it: `，以下简称`, `（简称`.
_ALIAS_FIRST = frozenset("，,（()）以下简文" + _SPACES)


def _articles_after_bracket(
    text: str, opener: int, end: int, title_start: int
) -> tuple[tuple[Locator, ...], int, Span | None, int]:
    """Return locators written after the bracket that holds a titled number, or none.

    `《X》（国务院令第708号）第五条`, `《X》（财预〔2020〕10号）第十二条第（三）款`,
    `《X》（国务院令第412号）附件第236项`: the number sits in a bracket after its title
    (`opener` is that bracket's index, `end` where the number ends) and the article follows
    the bracket. Found, the citation runs from the title's 《 to the
    article, bracket included, as a title pinned by article does. Returns (locators, end,
    overlong span, start); without locators, ((), end, None, the number's start).
    """
    if (
        opener < 0
        or text[opener] not in "（("
        or end + 1 >= len(text)
        or text[end] not in "）)"
        or text[end + 1] not in _AFTER_NUMBER
    ):
        return (), end, None, opener + 1
    locators, after, overlong = _parse_locators(text, end + 1)
    if not locators and overlong is None:
        return (), end, None, opener + 1
    return locators, after, overlong, title_start


def _serial_too_long(serial_raw: str) -> bool:
    """Return True for a serial no document has: over 9 digits, or over 20 characters."""
    if len(serial_raw) > _MAX_SERIAL:
        return True
    digits = fold_width(serial_raw).lstrip("0 ")
    return digits.isdigit() and len(digits) > _MAX_DIGITS


def _title_after(text: str, end: int) -> tuple[str | None, int]:
    """Return the title written right after a number, and where it ends (issue 13).

    `闽政办〔2019〕31号《福建省…的通知》` binds the 《》 (read like a title before a number:
    a cover letter's lead and `的通知` go); `厦府〔2020〕5号厦门市人民政府关于印发…的通知`
    binds the heading line. Anything else after 号 binds nothing.
    """
    ch = text[end]
    if ch == "《":
        close = _matching_close(text, end)
        if close is None:
            return None, end
        return _clean_title(text[end : close + 1]), close + 1
    if _is_issuer_char(ch) and ch not in _NOT_TITLE_FIRST:
        m = pat.TITLE_AFTER_NUMBER.match(text, end)
        if m is not None:
            return _clean_title(m.group()), m.end()
    return None, end


# What starts the words after 号 that are never a title: 文, 文件, 第 (a locator), 发布, 公布.
_NOT_TITLE_FIRST = frozenset("文第发公印")
# What usually follows a number and can start no title (neither 《 nor a letter): a quick
# test before `_title_after`.
_NO_TITLE_AFTER = frozenset("、，,。；;：:）)（(〕]】）」』\"“”'‘’ \t\n\r\u3000") | _DIGIT_CHARS


def _decrees(reader: _Reader, word: str) -> None:
    """Find every number an organ signs in its own series: with `word` 令 every decree
    (`国务院令第699号`, `国家发展改革委令2016年第3号`, `国务院第493号令`), with 公告 every
    announcement (`国家税务总局公告2018年第28号`, `财政部 税务总局公告2019年第39号`)."""
    text, rev = reader.text, reader.rev
    spans: list[Span] = []  # merged into `covered` at the end: both lists are in text order
    last = 0
    for start, number_end, serial_text, year_text, opened, word_end in _decree_matches(text, word):
        organ_end, end = start, number_end
        if reader.overlaps(start, end):
            continue  # inside a numbered citation or a title bound to one
        floor = max(reader.floor_before(organ_end), last)
        organ_start, organ = _decree_organ(text, rev, organ_end, floor)
        if not organ:
            if (
                word == "公告"
                and year_text is not None
                and pat.SELF_GOVERNING_BODY.search(text, max(floor, start - 6), start) is None
            ):
                # `根据公告2018年第28号`: a numbered announcement whose organ is not written.
                reader.report((start, end), "公告编号前没有发布机关")
                last = end
            continue  # 指令第3号, 命令第5号: a word, not an organ
        if pat.RELATIVE_ORGAN.match(organ) is not None:
            # `根据本局公告第3号`: the writer's own organ, which no key can name: reported, not keyed.
            reader.report((organ_start, end), f"{word}的发布机关是指代（本局、我部等），无法确定，未能读取")
            last = end
            continue
        if _too_long(serial_text):
            reader.report((organ_start, end), f"{word}的序号过长（超过9位数字）")
            continue
        parts = _decree_parts(organ, year_text, serial_text, word)
        if parts is None:
            continue
        key, issuer, year, serial, info = parts
        if opened and end < len(text) and text[end] in "）)":
            end += 1  # `国务院令（第588号）`: the bracket opened after 令 closes here
        locators: tuple[Locator, ...] = ()
        overlong: Span | None = None
        if end < len(text) and text[end] in _AFTER_NUMBER:
            locators, end, overlong = _parse_locators(text, end)
        before = organ_start - 1
        title, title_span = None, None
        if before >= floor and text[before] in _TITLE_BEFORE:  # `《…条例》（国务院令第591号）`
            title, title_span = _bind_title(text, rev, organ_start, floor)
        first = organ_start
        if title_span is not None and not locators and overlong is None and not opened:
            # `《生产安全事故应急条例》（国务院令第708号）第五条`: the article is the regulation's.
            locators, end, overlong, first = _articles_after_bracket(text, before, end, title_span[0])
        cover_end = end
        if title is None and overlong is None and end < len(text) and text[end] == "《":
            # `中华人民共和国国务院令第493号《生产安全事故报告和调查处理条例》`: as after 号.
            title, cover_end = _title_after(text, end)
        citation = _citation(key, issuer, year, serial, title, info, locators, (first, end), text[first:end])
        reader.citations.append(citation)
        spans.append((title_span[0] if title_span else organ_start, cover_end))
        last = end = cover_end
        if overlong is None and end < len(text) and text[end] in _LIST_FIRST:
            # `国务院令第699号、第700号`: more decrees of the same organ (and year).
            count = len(reader.citations)
            last = end = _listed(reader, partial(_decree_parts, organ, year_text, word=word), end, spans)
            if word_end >= 0 and len(reader.citations) > count and not reader.citations[-1].locators:
                # `…2020年第13号、24号公告`: the word after the list is its last number's, as
                # `国家税务总局2018年第31号公告` is one number's.
                tail = reader.citations[-1]
                first = tail.span[0]
                reader.citations[-1] = _citation(
                    tail.key, tail.issuer, tail.year, tail.serial, None, tail.issuer_info, (),
                    (first, word_end), text[first:word_end],
                )  # fmt: skip
                spans[-1] = (first, word_end)
                last = end = word_end
        if overlong is not None:
            reader.report(overlong, "页码或条项编号过长（超过9位数字）")
            last = overlong[1]
        elif reader.may_alias and end < len(text) and text[end] in _ALIAS_FIRST:
            alias = reader.declare_alias(citation, end)
            if alias is not None:
                spans.append(alias)
                last = alias[1]
        if overlong is None and reader.may_same and text.find("即", last, last + _SAME_REACH) != -1:
            same = _same_as(reader, citation, last)  # `国务院令第699号，即《X条例》`
            if same is not None:
                spans.append(same)
                last = same[1]
    if spans:
        reader.covered = sorted(reader.covered + spans)  # two sorted runs: a linear merge


def _bare_numbers(reader: _Reader, first: re.Match[str]) -> None:
    """Find every number written without brackets (`人社局2020年47号`, `泉委发2021年第5号`).

    Each is found by its 年 (`pat.BARE_NUMBER.finditer`; `first` is the first match): four
    digits of a year must stand right before it, and right before them the issuer, glued on: a
    code the gazetteer knows, or one ending like a code (`pat.BARE_ISSUER_ENDS`), or, when 文 or
    文件 follows the number, a short run of letters that is no phrase of prose (`财2019年19号文件`:
    `_loose_issuer`). The key is the bracketed one, so the number is the same document as
    `人社局〔2020〕47号`. Without such an issuer (`2021年5号`, `于2021年第5号`, `全市2021年第5号`)
    it is prose, not reported: bracketless dates and counts are everywhere.
    """
    text = reader.text
    size = len(text)
    spans: list[Span] = []  # merged into `covered` at the end, as `_decrees` does
    last = 0
    covered = reader.covered
    for m in chain((first,), pat.BARE_NUMBER.finditer(text, first.end())):
        year_start = m.start() - 4
        code = m.group("code")
        if year_start < last or (year_start == last and code is None):  # an issuer needs a letter
            continue
        i = bisect_right(covered, (m.start(), size + 1)) - 1
        if i >= 0 and covered[i][1] > m.start():
            continue  # the 年 of a decree or announcement read before (`…令2016年第3号`)
        if not _bare_year(text, year_start, m.start()):
            continue
        if code is not None:
            # `2016年财税第36号`: the year written first, then a code the gazetteer knows.
            if _known(code) and not reader.overlaps(year_start, m.end()):
                last = _add_bracketless(
                    reader, spans, year_start, code, text[year_start : m.start()], m.group("first_serial"),
                    m.end(), last,
                )  # fmt: skip
            continue
        found = _bracketless_issuer(reader, year_start, last, named=text.startswith("文", m.end()))
        if found is None:
            continue
        issuer_start, issuer_raw = found
        last = _add_bracketless(
            reader,
            spans,
            issuer_start,
            issuer_raw,
            text[year_start : m.start()],
            m.group("serial"),
            m.end(),
            last,
        )
    if spans:
        reader.covered = sorted(reader.covered + spans)  # two sorted runs: a linear merge


def _glued_search(text: str) -> re.Match[str] | None:
    """Return the first glued number's 号 (`pat.GLUED_NUMBER`, or 號: `GLUED_NUMBER_TRADITIONAL`)."""
    found = pat.GLUED_NUMBER.search(text) if "号" in text else None
    if "號" in text:
        other = pat.GLUED_NUMBER_TRADITIONAL.search(text)
        if other is not None and (found is None or other.start() < found.start()):
            return other
    return found


def _glued_matches(text: str, first: re.Match[str]) -> Iterator[re.Match[str]]:
    """Yield `first` and every glued number's 号 after it, 号 and 號 in text order."""
    yield first
    rest = [pat.GLUED_NUMBER.finditer(text, first.end())]
    if "號" in text:
        rest.append(pat.GLUED_NUMBER_TRADITIONAL.finditer(text, first.end()))
    yield from merge(*rest, key=_START) if len(rest) > 1 else rest[0]


_START = methodcaller("start")


def _glued_numbers(reader: _Reader, first: re.Match[str]) -> None:
    """Find every number whose year is glued to its serial (`湘人社发201851号`, no 年, no bracket).

    Each is found by its 号 (`pat.GLUED_NUMBER.finditer`; `first` is the first match), with five
    to eight digits right before it and a letter before them. After a code (known, or ending
    like one: as `_bare_numbers` reads an issuer, 文件 after it or not), four digits of a year
    (19xx, 20xx) and the serial after them are read (`湘人社发〔2018〕51号`); when the first four
    digits are no year the number is reported (year and serial cannot be told apart). After
    anything else it is no number (`第20180号`, `沪ICP备05000021号`): not read, not reported.
    """
    text = reader.text
    size = len(text)
    spans: list[Span] = []
    last = 0
    covered = reader.covered
    for m in _glued_matches(text, first):
        digits_end = m.start()
        digits_start = digits_end
        while digits_start > 0 and text[digits_start - 1] in _DIGIT_CHARS:
            digits_start -= 1
        if digits_start == digits_end:
            # `發文字號公法制2號`: a number with no year after the page's label for it (文号 or
            # 发文字号; not a bare 字号, a font's size: `字号：宋体3号`).
            labelled = pat.LABELLED_NO_YEAR.match(text, m.end())
            if (
                labelled is not None
                and (text[digits_end - 1] == "文" or text[digits_end - 2 : digits_end] == "文字")
                and labelled.start("code") >= last
                and not reader.overlaps(labelled.start("code"), labelled.end())
            ):
                reader.report((labelled.start("code"), labelled.end()), "文号没有年份，未能读取")
                last = labelled.end()
            continue
        serial_start = digits_start
        if digits_end - digits_start <= 4 and digits_start > 0 and text[digits_start - 1] == "第":
            # `国档发1991第20号`: the year, 第 and the serial (`pat.GLUED_NUMBER`'s second form),
            # read as `国档发1991年第20号` is (`_bare_numbers`, 文件 after it or not).
            digits_start -= 5
            if digits_start <= last or not _bare_year(text, digits_start, digits_start + 4):
                continue
        if digits_start <= last:
            continue
        i = bisect_right(covered, (digits_start, size + 1)) - 1
        if i >= 0 and covered[i][1] > digits_start:
            continue
        found = _bracketless_issuer(
            reader, digits_start, last, named=serial_start != digits_start and text.startswith("文", m.end())
        )
        if found is None:
            continue
        issuer_start, issuer_raw = found
        if serial_start != digits_start:
            year_text, serial = text[digits_start : digits_start + 4], text[serial_start:digits_end]
            last = _add_bracketless(reader, spans, issuer_start, issuer_raw, year_text, serial, m.end(), last)
            continue
        if issuer_raw[-1] not in pat.GLUED_ISSUER_ENDS and not _issuer_reading(issuer_raw)[2]:
            continue  # `住院部201851号`: an unknown organ's name before glued digits is no code
        if text[digits_start : digits_start + 2] not in _YEAR_PREFIXES:
            reader.report((issuer_start, m.end()), "年份与序号连写且前四位不是年份，无法分开，未能读取")
            last = m.end()
            continue
        year_text, serial = text[digits_start : digits_start + 4], text[digits_start + 4 : digits_end]
        last = _add_bracketless(reader, spans, issuer_start, issuer_raw, year_text, serial, m.end(), last)
    if spans:
        reader.covered = sorted(reader.covered + spans)


def _bracketless_issuer(
    reader: _Reader, year_start: int, last: int, *, named: bool
) -> tuple[int, str] | None:
    """Return (start, raw issuer) of the code glued before a bracketless year at `year_start`, or
    None when the letters there are no code (`_bare_numbers`' rule; `named`: 文 or 文件 follows
    the number, so a short run that is no prose is a code too, as it is in brackets right
    after a 《title》)."""
    text, rev = reader.text, reader.rev
    size = len(text)
    letters = pat.ISSUER_RUN_BACK.match(rev, size - year_start, size - last)
    if letters is None:
        return None
    issuer_start = size - letters.end()
    offset, issuer_raw, settled, dated = _issuer_reading(text[issuer_start:year_start])
    if dated or not issuer_raw:
        return None
    issuer_start += offset
    if not settled and not _bare_issuer(issuer_raw):
        # `（财2019年19号）` right after a 《title》 is in a number's place, as `…号文件` is named one.
        titled = (
            not offset
            and issuer_start >= 2
            and text[issuer_start - 1] in "（("
            and text[issuer_start - 2] == "》"
        )
        if not ((named or titled) and _loose_issuer(issuer_raw)):
            return None
    return issuer_start, issuer_raw


def _add_bracketless(  # noqa: PLR0917  # the parts of the number, as found
    reader: _Reader,
    spans: list[Span],
    issuer_start: int,
    issuer_raw: str,
    year_text: str,
    serial_raw: str,
    end: int,
    last: int,
) -> int:
    """Add the bracketless number `issuer_raw` + `year_text` + `serial_raw` that ends at `end`
    (after its 号), with its locators, title, list, short name; cover it in `spans`. Return
    where reading goes on (`last` when the number lies inside one read before)."""
    text, rev = reader.text, reader.rev
    size = len(text)
    if reader.overlaps(issuer_start, end):
        return last  # inside a title or a number read before
    key, issuer, year, serial, info = _number_parts(issuer_raw, year_text, serial_raw)
    locators: tuple[Locator, ...] = ()
    overlong: Span | None = None
    if end < size and text[end] in _AFTER_NUMBER:
        locators, end, overlong = _parse_locators(text, end)
    floor = max(reader.floor_before(issuer_start), last)
    title, title_span = None, None
    if issuer_start - 1 >= floor and text[issuer_start - 1] in _TITLE_BEFORE:  # `《X》（人社局2020年47号）`
        title, title_span = _bind_title(text, rev, issuer_start, floor)
    start = issuer_start
    if title_span is not None and not locators and overlong is None and end + 1 < size:
        # `《X》（人社局2020年47号）第三条`: the article after the bracket is the document's.
        locators, end, overlong, start = _articles_after_bracket(text, issuer_start - 1, end, title_span[0])
    cover_end = end
    if title is None and overlong is None and end < size and text[end] == "《":
        title, cover_end = _title_after(text, end)
    citation = _citation(key, issuer, year, serial, title, info, locators, (start, end), text[start:end])
    count, covers = len(reader.citations), len(spans)
    reader.citations.append(citation)
    spans.append((title_span[0] if title_span else issuer_start, cover_end))
    last = cover_end
    if overlong is None and last < size and text[last] in _LIST_FIRST:
        # `人社局2020年47号、48号`: more serials of the same issuer and year.
        last = _listed(reader, partial(_number_parts, issuer_raw, year_text), last, spans)
        if text.startswith(_INVERTED_WORDS, _skip_spaces(text, last)):
            # `财政部、税务总局2020年第13号、24号公告`: a list of announcements (or decrees)
            # written inverted, whose organs this reader cannot key: reported, not misread.
            del reader.citations[count:], spans[covers:]
            reader.report((issuer_start, last), "倒装的公告或令编号列表，未能读取")
            return last
    if overlong is not None:
        reader.report(overlong, "页码或条项编号过长（超过9位数字）")
        last = overlong[1]
    elif reader.may_alias and last < size and text[last] in _ALIAS_FIRST:
        alias = reader.declare_alias(citation, last)
        if alias is not None:
            spans.append(alias)
            last = alias[1]
    if overlong is None and reader.may_same and text.find("即", last, last + _SAME_REACH) != -1:
        same = _same_as(reader, citation, last)  # `人社局2020年47号，即《X办法》`
        if same is not None:
            spans.append(same)
            last = same[1]
    return last


# What follows a list of inverted announcements or decrees (`…2020年第13号、24号公告`).
_INVERTED_WORDS = ("公告", "令")


def _bare_year(text: str, start: int, end: int) -> bool:
    """Return True when `text[start:end]` is a year (four digits from 19 or 20) no digit precedes."""
    year = text[start:end]
    return (
        year.isdigit() and year[:2] in _YEAR_PREFIXES and (start == 0 or text[start - 1] not in _DIGIT_CHARS)
    )


@lru_cache(maxsize=1024)
def _bare_issuer(run: str) -> bool:
    """Return True for letters the gazetteer does not know that end like a code and are short
    enough to be one (`人社局`, `京社保发`), not prose (`于`, `全市`, `国家税务总局公告`) nor a
    certificate's (`房权证字`)."""
    return (
        len(run) <= _MAX_ISSUER
        and run[-1] in pat.BARE_ISSUER_ENDS
        and (run[-1] not in "字" or pat.CERTIFICATE_ISSUER.search(run) is None)
    )


def _loose_issuer(run: str) -> bool:
    """Return True for letters that end like no code but may be one when the sentence calls the
    number a document (`财`, `税务` before `2019年19号文件`): short, and no phrase of prose."""
    return (
        len(run) <= pat.LOOSE_BARE_ISSUER_MAX
        and run[0] not in pat.LOOSE_BARE_NOT_FIRST
        and run[-1] not in pat.LOOSE_BARE_NOT_LAST
    )


def _decree_parts(
    organ: str, year_text: str | None, serial_text: str, word: str = "令"
) -> tuple[str, str, int | None, str, IssuerInfo] | None:
    """Return (key, issuer, year, serial, issuer info) of a decree's (or with `word` 公告, an
    announcement's) parts, or None.

    Not memoised as a whole (as `_number_parts`): the organ's part is (`_decree_organ_parts`).
    """
    value = _number(serial_text)
    if value is None:
        return None
    year = int(fold_width(year_text)) if year_text is not None else None
    issuer, info = _decree_organ_parts(organ, word)
    return decree_key(issuer, year, str(value), word), issuer, year, str(value), info


@lru_cache(maxsize=4096)
def _decree_organ_parts(organ: str, word: str) -> tuple[str, IssuerInfo]:
    """Return the organ of a decree (or announcement) as in its key, and its `IssuerInfo`
    (memoised)."""
    issuer = _normalise_issuer(organ)
    issuer = issuer.removeprefix(pat.DECREE_STATE) or issuer  # the key drops the state's name
    if issuer == _STATE_COUNCIL_SHORT and word == "令":
        issuer = _STATE_COUNCIL  # 国令第796号 is 国务院令第796号
    return issuer, decree_issuer(issuer, word)


# The State Council's decrees are cited `国令第796号` too (www.gov.cn's 发文字号 field): the
# one-letter organ 国 stands for 国务院 before 令 only (`全国令` is no decree).
_STATE_COUNCIL_SHORT = "国"
_STATE_COUNCIL = "国务院"


_BEFORE_DECREE = frozenset("号號" + _SPACES)
# What turns 公告 into another noun after an inverted number: 公告栏, 公告牌 (a board).
_NOUN_AFTER_NOTICE = frozenset("栏欄牌")
# How far back from 令 an inverted decree number may start (`第 493 号 令` is 9 characters):
# a REVERSE match given the whole text before it costs time in proportion to that text.
_DECREE_REACH = 40


def _decree_matches(text: str, word: str) -> Iterator[tuple[int, int, str, str | None, bool, int]]:
    """Yield (start, end, serial, year, bracket opened after the word, end of an inverted list)
    for each number signed under `word` (令 or 公告).

    `start` is where the organ must end: the 令 of `国务院令第699号`, the 第 of `国务院第493号令`,
    the year of `国家税务总局2018年第31号公告`. In an inverted list
    (`财政部、税务总局2020年第13号、24号公告`) `end` is the first number's (after its 号: the
    serials after it are read as a list) and the last field where the word ends; else it is -1.
    """
    # The pattern read forwards from the word, and the inverted one read backwards from it
    # (`国务院第493号令`, `国家税务总局2018年第31号公告`); named here, not in a module-level
    # table, so that importing this module compiles neither (`yiju.patterns` compiles on use).
    if word == "令":
        forward, backward, listed = pat.DECREE, pat.DECREE_BEFORE_REVERSED, pat.DECREE_LIST_BEFORE_REVERSED
    else:
        forward, backward, listed = pat.NOTICE, pat.NOTICE_BEFORE_REVERSED, pat.NOTICE_LIST_BEFORE_REVERSED
    last = 0
    pos = text.find(word)
    while pos != -1:
        m = forward.match(text, pos)
        if m is not None:
            yield pos, m.end(), m.group("serial"), m.group("year"), m.group("open") is not None, -1
            last = m.end()
            pos = text.find(word, last)
            continue
        # `…第493号令`: only read backwards when 号 (or a space) stands right before the word,
        # and the word is not the start of a noun (`第5号公告栏` is a notice board).
        if (
            pos > last
            and text[pos - 1] in _BEFORE_DECREE
            and text[pos + len(word) : pos + len(word) + 1] not in _NOUN_AFTER_NOTICE
        ):
            reach = max(last, pos - _DECREE_REACH)
            before = listed.match(text, reach, pos)
            if before is not None:
                # `…2020年第13号、24号公告`: the first number, then its list (`_decrees`).
                year = before.groupdict().get("year")
                yield (
                    before.start(),
                    before.start("more"),
                    before.group("serial"),
                    year,
                    False,
                    pos + len(word),
                )
                last = pos + len(word)
            else:
                end = pos  # the inverted patterns end at 号: the spaces before the word are skipped here
                while end > reach and text[end - 1] in _SPACES:
                    end -= 1
                before = backward.match(text, reach, end)
                if before is not None:
                    year = before.groupdict().get("year")
                    yield before.start(), pos + len(word), before.group("serial"), year, False, -1
                    last = pos + len(word)
        pos = text.find(word, pos + 1)


def _decree_organ(text: str, rev: str, end: int, floor: int) -> tuple[int, str]:
    """Return (start, organ) of the organ that signs a decree, written right before `end`.

    The organ is the run of letters before 令 (or before 第 in `国务院第493号令`), less the
    words before an issuer (`根据`), a glued date (`2019年3月2日`) and the state's name; it
    must end like an organ (院, 部, 委 …), or it is a word such as 指令.
    """
    letters = pat.ISSUER_RUN_BACK.match(rev, len(text) - end, len(text) - floor)
    if letters is None:
        return end, ""
    offset, organ = _organ_reading(text[len(text) - letters.end() : end])
    start = len(text) - letters.end() + offset
    if organ[:1] == _TERM and offset == 0:
        # `深圳市第7届人民代表大会常务委员会`: a term in digits stops the letters; the place and the
        # term before 届 are the organ's.
        term = pat.ORGAN_TERM_BACK.match(rev, len(text) - start, len(text) - floor)
        if term is not None:
            start = len(text) - term.end()
            place = pat.ISSUER_RUN_BACK.match(rev, term.end(), len(text) - floor)
            if place is not None:
                cut, name = _strip_function_words(text[len(text) - place.end() : start])
                if name:
                    start = len(text) - place.end() + cut
            organ = text[start:end]
    # Organs that sign together are written one after another with a space or a 、 between
    # (`财政部 税务总局公告2019年第39号`, `国家互联网信息办公室、公安部令第25号`): each must end
    # like an organ, and the key joins them.
    while organ and offset == 0:
        gap = start
        while gap > floor and start - gap < _JOINT_GAP and text[gap - 1] in _JOINT_SEPARATORS:
            gap -= 1
        if gap in {start, floor}:
            break
        letters = pat.ISSUER_RUN_BACK.match(rev, len(text) - gap, len(text) - floor)
        if letters is None:
            break
        offset, other = _organ_reading(text[len(text) - letters.end() : gap])
        if not other or other == _STATE_COUNCIL_SHORT:
            break  # `国令` is the State Council's alone, never one of several organs
        start, organ = len(text) - letters.end() + offset, other + organ
    return start, organ


# What an organ's term (`第十二届`) ends with: `_decree_organ` reads a term in digits on.
_TERM = "届"
# The most spaces written between two organs that sign together (`财政部  税务总局`).
_JOINT_GAP = 3
_JOINT_SEPARATORS = frozenset(_SPACES + "、")


@lru_cache(maxsize=4096)
def _organ_reading(letters: str) -> tuple[int, str]:
    """Return (offset, organ) for the letters before a decree's 令, or (offset, "") (memoised)."""
    cut = 0
    for m in pat.LOCATOR_BEFORE_ORGAN.finditer(letters):
        cut = m.end()
    offset, run = _strip_function_words(letters[cut:])
    offset += cut
    if run == _STATE_COUNCIL_SHORT:
        return offset, run  # `国令第796号`, as www.gov.cn numbers the State Council's decrees
    if not run or (run[-1] not in pat.DECREE_ORGAN_ENDS and pat.DIVISION_ORGAN.search(run) is None):
        return offset, ""
    if run[-1] in "会會" and pat.SELF_GOVERNING_BODY.search(run) is not None:
        return offset, ""  # `小区业主委员会公告第3号`: a body of residents, no organ
    organs = national_organ_start(run)
    if organs:  # `的指导意见住建部`: a national organ glued to the prose before it
        offset, run = offset + organs, run[organs:]
    pieces = [m.end() for m in pat.DATE_PIECE.finditer(run)]
    if pieces:
        offset, run = offset + pieces[-1], run[pieces[-1] :]
    return offset, run


def _report_unreadable(reader: _Reader, m: re.Match[str], issuer_start: int, floor: int) -> int:
    """Report an issuer and year whose serial does not read (`〔2021〕号`, `〔2021〕5、6号`)."""
    text = reader.text
    ns = pat.NO_SERIAL.match(text, m.end())
    if ns is not None:
        span, reason = (issuer_start, ns.end()), "no serial number"
    else:
        if pat.DATE_AFTER_YEAR.match(text, m.end()) is not None:
            return floor  # `定于（2020）12月5号`: a date, not a number
        serial = pat.SERIAL_START.match(text, m.end())
        if serial is None or text[serial.end() : serial.end() + 1] in _NOT_AFTER_HAO:
            return floor  # a year in a name, or `…5号线`: nothing citation-like to report
        if text[m.start()] in _ANGLE_OPENS:
            return floor  # `a<2016>b`: markup or a comparison; `<>` are a year's brackets only in a number
        span, reason = (issuer_start, serial.end()), "unreadable serial"
    reader.report(span, reason)
    return span[1]


# The keyboard's angle brackets, read around a year (`法<1993>29號`) but not reported around one,
# and the low quote a PDF's copy puts for 〔 (`„2009‟`), which elsewhere opens a quotation.
_ANGLE_OPENS = frozenset("<＜„")


# Words that end a time phrase, not an issuer: `今年（2021）`, `2021年度（2021）`.
_TIME_WORDS = ("年", "年度", "今年", "去年", "本年", "当年", "同年", "截至", "截止")


@lru_cache(maxsize=8192)
def _time_word(issuer_raw: str) -> bool:
    return any(issuer_raw.endswith(w) for w in _TIME_WORDS) and not _known(issuer_raw)


def _bracketed_locators(text: str, pos: int) -> tuple[tuple[Locator, ...], int]:
    """Return locators written in brackets right after 号 (`20号（第14-15页）`), or none."""
    locators, end, overlong = _parse_locators(text, pos + 1)
    if locators and overlong is None and end < len(text) and text[end] in "）)":
        return locators, end + 1
    return (), pos


def _number_parts(
    issuer_raw: str, year_text: str, serial_raw: str
) -> tuple[str, str, int, str, IssuerInfo | None]:
    """Return (key, issuer, year, serial, decoded issuer) for a number's raw parts.

    Not memoised as a whole: the same issuer, year and serial rarely meet twice in one text
    or form (85-98% misses on the bench corpora, each paying the memo's upkeep), while the
    issuer's part is looked up once (`_issuer_parts`).
    """
    issuer, info, field = _issuer_parts(issuer_raw)
    # Most serials are plain ASCII digits: no spaces, dashes or widths to fold.
    serial = (
        str(int(serial_raw))
        if serial_raw.isascii() and serial_raw.isdigit()
        else _normalise_serial(serial_raw)
    )
    year = int(year_text)  # ASCII or full-width digits: `int` reads both
    return f"{issuer}〔{year}〕{serial}号", field, year, serial, info  # `numbered_key`, in line


@lru_cache(maxsize=8192)
def _issuer_parts(issuer_raw: str) -> tuple[str, IssuerInfo | None, str]:
    """Return the issuer as in a key, what the gazetteer says of it, and the citation's
    `issuer` field (memoised).

    The field is the key's issuer but for a bracketed announcement: `国家税务总局公告〔2018〕28号`
    is `国家税务总局公告2018年第28号` written with a bracket, one document, so its issuer is the
    organ `国家税务总局` either way (the key keeps 公告, as a decree's keeps 令).
    """
    issuer = _normalise_issuer(issuer_raw)
    info = decode_issuer(issuer)
    if info is None and issuer.endswith(_NOTICE) and len(issuer) > len(_NOTICE):
        organ = issuer[: -len(_NOTICE)]
        return issuer, decree_issuer(organ, _NOTICE), organ
    return issuer, info, issuer


_NOTICE = "公告"


def _book_pairs(text: str) -> dict[int, int]:
    """Return each 《's index → the index of the 》 that closes it (nesting respected).

    One pass over the brackets: matching each 《 by scanning forwards from it would cost up
    to `_MAX_TITLE` steps per 《, which on `《，《，…` is quadratic in practice.
    """
    pairs: dict[int, int] = {}
    stack: list[int] = []
    # Two `str.find` walks merged, not a regex scan: `find` runs at memory speed, while a
    # character-class scan of Chinese text costs about as much as the whole anchor floor.
    find = text.find
    opening, closing = find("《"), find("》")
    while closing != -1:
        if opening != -1 and opening < closing:
            stack.append(opening)
            opening = find("《", opening + 1)
        else:
            if stack:
                pairs[stack.pop()] = closing
            closing = find("》", closing + 1)
    return pairs


def _title_only(reader: _Reader) -> None:
    """Add `《X》` citations that are not part of a numbered document's title.

    A `《name》` after the declaration of a short name is a citation of the named document;
    a short name declared after a title (`《X》（以下简称《规划》）`) is recorded.
    """
    text = reader.text
    # Each 《's 》 is the next 》 when no 《 stands between them (almost every title); only
    # then is the whole text paired once (`_book_pairs`). Scans never overlap: linear.
    pairs: dict[int, int] | None = None
    closes = True  # False once no 》 is left after the current 《
    pos = text.find("《")
    while pos != -1:
        i = bisect_right(reader.covered, (pos, len(text) + 1)) - 1
        if i >= 0 and pos < reader.covered[i][1]:
            pos = text.find("《", reader.covered[i][1])
            continue
        close: int | None = None
        if pairs is not None:
            close = pairs.get(pos)
        elif closes:
            close = text.find("》", pos + 1)
            if close == -1:
                close, closes = None, False
            elif text.find("《", pos + 1, close) != -1:
                pairs = _book_pairs(text)
                close = pairs.get(pos)
        if close is not None and close - pos >= _MAX_TITLE:
            close = None  # as `_matching_close`: no title is that long
        if close is None:
            sep = pat.SEGMENT_END.search(text, pos)
            end = sep.start() if sep is not None else len(text)
            reader.report((pos, end), "unclosed 《")
            pos = text.find("《", end)
            continue
        inner = text[pos + 1 : close].strip()
        if inner:
            # Laws and regulations are pinned by article right after the title
            # (`《中华人民共和国消防法》第三十七条`): the same locator grammar as after 号.
            if close + 1 < len(text) and text[close + 1] in _AFTER_NUMBER:
                locators, end, overlong = _parse_locators(text, close + 1)
            elif close + 1 < len(text) and text[close + 1] in "（(":
                locators, end, overlong = _articles_after_note(text, close + 1)
            elif close + 1 < len(text) and text[close + 1] in _COLONS:
                locators, end, overlong = _articles_after_colon(text, close + 1)
            else:
                locators, end, overlong = (), close + 1, None  # what `_parse_locators` returns there
            if not locators and overlong is None and end < len(text) and text[end] in _LINE_GAP:
                locators, end = _article_next_line(text, end)
            named = reader.name_at(inner, pos)
            if named is not None:
                citation = _aliased(named, (pos, end), text[pos:end], locators)
            else:
                citation = _title_citation(inner, (pos, end), text[pos:end], locators)
            reader.citations.append(citation)
            if overlong is not None:
                reader.report(overlong, "页码或条项编号过长（超过9位数字）")
                end = overlong[1]
            elif reader.may_alias and end < len(text) and text[end] in _ALIAS_FIRST:
                alias = reader.declare_alias(citation, end)
                if alias is not None:
                    after = alias[1]
                    if not locators:
                        after = _articles_after_alias(reader, citation, after)
                    pos = text.find("《", after)  # the declaration's 《name》 is no citation
                    continue
        pos = text.find("《", close + 1)


# What may stand between a law's 》 and an article on the next line (`_article_next_line`).
_LINE_GAP = frozenset(_SPACES + "\r\n")


def _article_next_line(text: str, pos: int) -> tuple[tuple[Locator, ...], int]:
    """Return the locators at the start of the line after `pos` (a 》, then spaces) and where they
    end; `((), pos)` when there are none to read.

    `《中华人民共和国治安管理处罚法》` + line break + `第二十三条第一款第(一)项` cites that 项 (a
    权责清单's 法律依据 copied with its line breaks). Only a 款 or 项 of an article (an item with a
    dot: `23.1.1`, `20.2`) is read: a law printed in full starts its own text with `第一条` or
    `第一章` on the line after its title, and that is no citation of an article.
    """
    gap = pat.NEXT_LINE_ARTICLE.match(text, pos)
    if gap is None:
        return (), pos
    locators, end, overlong = _parse_locators(text, gap.end())
    if overlong is not None or not locators:
        return (), pos
    first = locators[0]
    if first.kind not in _ARTICLE_KINDS or first.item is None or "." not in first.item:
        return (), pos
    return locators, end


_ARTICLE_KINDS = frozenset(("article", "clause"))


def _articles_after_note(text: str, bracket: int) -> tuple[tuple[Locator, ...], int, Span | None]:
    """Return the locators after a law's edition note at `bracket`, as `_parse_locators` does.

    `《中华人民共和国消防法》（2021年4月29日修正）第十六条` cites article 16 of the law: the note
    (`pat.AMENDMENT_NOTE.match`) says which text, and the citation then runs from the 《 to the
    article, the note included. Without a locator after the note nothing is read past the 》.
    """
    note = pat.AMENDMENT_NOTE.match(text, bracket)
    if note is None or note.end() >= len(text) or text[note.end()] not in _AFTER_NUMBER:
        return (), bracket, None
    locators, end, overlong = _parse_locators(text, note.end())
    if not locators and overlong is None:
        return (), bracket, None
    return locators, end, overlong


_COLONS = frozenset(":：")
_COMMAS = frozenset(",，")


def _articles_after_colon(text: str, colon: int) -> tuple[tuple[Locator, ...], int, Span | None]:
    """Return the articles listed after a colon right after a title, as `_parse_locators` does.

    A judgment's 法律依据 block (and the basis lists copied from it) writes each law, a colon and
    its articles, commas between the articles and semicolons between the laws:
    `《最高人民法院关于审理…的解释》:第二十八条第一款,第二十条第一款;《…》:第十条`. Only a
    locator right after the colon is read (`《X》：第三条`, not `《X》：本条例所称…`), and after a
    comma only a piece that is again a locator (`第二十条`, not `第二天`); the citation then runs
    from the 《 to its last article, the colon included. Without one nothing is read past the 》.
    """
    size = len(text)
    pos = _skip_spaces(text, colon + 1)
    if pos >= size or text[pos] != "第":
        return (), colon, None
    first, end, overlong = _parse_locators(text, pos)
    if not first:
        return (), colon, overlong
    found = [first]
    while overlong is None and end + 1 < size and text[end] in _COMMAS and text[end + 1] == "第":
        more, more_end, overlong = _parse_locators(text, end + 1)
        if not more:
            break
        found.append(more)
        end = more_end
    return (first if len(found) == 1 else tuple(chain.from_iterable(found))), end, overlong


def _articles_after_alias(reader: _Reader, citation: Citation, after: int) -> int:
    """Pin the article written after a title's short-name parenthesis to the title.

    `《中华人民共和国安全生产法》（以下简称《安全生产法》）第二十条` cites article 20 of the
    law: the citation (the last one read) then runs from its 《 to the article, the
    parenthesis included. Return where reading goes on.
    """
    text = reader.text
    if after >= len(text) or text[after] not in "）)":
        return after
    locators, end, overlong = _parse_locators(text, after + 1)
    if overlong is not None:
        reader.report(overlong, "页码或条项编号过长（超过9位数字）")
        return overlong[1]
    if not locators:
        return after
    start = citation.span[0]
    reader.citations[-1] = _citation(
        citation.key,
        citation.issuer,
        citation.year,
        citation.serial,
        citation.title,
        citation.issuer_info,
        locators,
        (start, end),
        text[start:end],
    )
    return end


def _aliased(target: Citation, span: Span, written: str, locators: tuple[Locator, ...]) -> Citation:
    """Return a citation of `target` written as its short name (`《条例》第十二条`)."""
    return _citation(
        target.key,
        target.issuer,
        target.year,
        target.serial,
        target.title,
        target.issuer_info,
        locators,
        span,
        written,
    )


def rebind(mention: Citation, target: Citation) -> Citation:
    """Return `mention` (a title-only `《条例》第十二条`) as a citation of `target`, the document
    the short name stands for: `target`'s key and title, `mention`'s span, text and locators.

    For short names declared in another text (another cell of the same form).
    """
    return _aliased(target, mention.span, mention.text, mention.locators)


def _title_citation(title: str, span: Span, written: str, locators: tuple[Locator, ...] = ()) -> Citation:
    """Return a title-only citation keyed `《title》`."""
    return _citation(_title_key(title), None, None, None, title, None, locators, span, written)


@lru_cache(maxsize=8192)
def _title_key(title: str) -> str:
    """Return the key of a title-only document: `《title》`, spaces and pinyin glosses dropped
    (`pat.TITLE_GLOSS`), simplified."""
    if ")" in title:
        title = pat.TITLE_GLOSS.sub("", title)
    return "《" + to_simplified("".join(title.split())) + "》"


title_key = _title_key  # public: the key a short name's `《name》` mention has before it is resolved


# A cell's text, up to this long, is read once per process by `extract_cell`. Longer texts
# (documents, `cite --file` pieces) are read afresh, so the memo's memory stays bounded.
_MEMO_TEXT = 2000


@lru_cache(maxsize=4096)
def extract_cell(text: str) -> Extraction:
    """Return `extract(text)`, memoised for the cells of forms.

    Forms repeat their 文件依据 and 一级指标 cells, and the form reader asks for one cell's
    citations from several places (its targets, its findings, `basis_documents`). Not used
    by `extract` itself: on running text, where no paragraph repeats, the memo costs more
    than it saves.
    """
    return extract(text)


def basis_documents(text: str) -> Extraction:
    """Return the documents a 文件依据 cell names: citations, plus bare names (`三定方案`).

    A segment of the cell (split on ，；。 and line breaks) that holds neither a number nor a
    《》 title still names a basis document; it becomes a title-only citation. Enumerators
    (`（一）`, `1.`) are not part of the name; placeholders (`无`, `见附件`) name nothing.
    """
    found = extract_cell(text) if len(text) <= _MEMO_TEXT else extract(text)
    citations = list(found.citations)
    # Citations, unparsed spans and short names are disjoint: one sorted list answers "does a
    # segment meet any of them" by bisection, so a cell of 16,000 citations stays linear. A
    # short name's segment (`，以下简称《意见》）`) names no document of its own.
    taken = sorted(
        [c.span for c in found.citations] + [u.span for u in found.unparsed] + [a.span for a in found.aliases]
    )
    bound = {c.title for c in found.citations if c.numbered and c.title is not None}
    start = 0
    for sep in (*pat.SEGMENT_END.finditer(text), None):
        i = sep.start() if sep is not None else len(text)
        seg_start, seg_end = start, i
        start = i + 1
        while seg_start < seg_end and text[seg_start] in _LEADING_JUNK:
            seg_start += 1
        while seg_end > seg_start and text[seg_end - 1] in _TRAILING_JUNK:
            seg_end -= 1
        enumerator = pat.ENUMERATOR.match(text, seg_start, seg_end)
        if enumerator is not None:
            seg_start = enumerator.end()  # `（一）三定方案` names 三定方案
        if seg_start >= seg_end or pat.NOT_A_DOCUMENT.match(text[seg_start:seg_end]):
            continue  # `无`, `见附件`, `2021年`: no document, so the target stays unsourced
        j = bisect_right(taken, (seg_end, -1)) - 1
        if j >= 0 and taken[j][1] > seg_start:
            continue
        segment = text[seg_start:seg_end]
        title = _clean_title(segment)
        if title is None or pat.NAME_LETTER.search(title) is None or title in bound:
            continue  # `《X》` on the line above its `（国发〔2016〕19号）` is that number's title
        citations.append(_title_citation(title, (seg_start, seg_end), segment))
    citations.sort(key=_SPAN)
    return Extraction(tuple(citations), found.unparsed, found.aliases)


def canonical_key(text: str) -> str | None:
    """Return the canonical key of the first document `text` names, or None.

    Any written variant maps to one key: `泉委发[2021]第05号`, `泉委发（２０２１）5 号` and
    `泉委发〔2021〕5号` all give `泉委发〔2021〕5号`. A query that is just a number may omit
    号 (`泉委办〔2021〕20`). A title-only `《信访条例》` keys as itself.

    >>> canonical_key("泉委办（2021）第02号")
    '泉委办〔2021〕2号'
    """
    found = extract(text)
    for citation in found.citations:
        if citation.numbered:
            return citation.key
    lenient = pat.QUERY_LENIENT.match(text)
    bracketed = lenient is not None
    if lenient is None:
        lenient = pat.QUERY_LENIENT_BARE.match(text)
    if lenient is not None:
        _, issuer_raw = _strip_function_words(lenient.group("issuer"))
        if (
            issuer_raw
            and not _serial_too_long(lenient.group("serial"))
            and (bracketed or _bare_query_issuer(issuer_raw))
        ):
            return numbered_key(
                _normalise_issuer(issuer_raw),
                int(fold_width(lenient.group("year"))),
                _normalise_serial(lenient.group("serial")),
            )
    if found.citations:
        return found.citations[0].key
    return None


def _bare_query_issuer(run: str) -> bool:
    """Return True when the letters before a bracketless year in a query may be a code: as in
    running text (`_bare_numbers`) with 文件 after the number (`财2019年19号`, not `全市2021年第5号`)."""
    return bool(run) and not _time_word(run) and (_known(run) or _bare_issuer(run) or _loose_issuer(run))


# The fast path reads with this module's helpers, so it is imported once they are defined
# (and, imported first, finds this module complete).
from yiju import citation_fast as _fast  # noqa: E402  # see above
from yiju import citation_segments as _segments  # noqa: E402  # see above
