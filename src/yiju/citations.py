"""Citations of policy documents in free text, reduced to canonical keys.

`extract(text)` finds every numbered document (发文字号) and every title-only regulation
(`《信访条例》`) in order, with page/item locators and the title bound to each number;
`canonical_key(text)` turns any written variant of a number into its key.

How it works (see docs/citations.md for the grammar): find each bracketed four-digit year (the
anchor every number contains), scan *backwards* for the issuer code, match *forwards* for
the serial, 号 and any chain of locators, then look back once more for the title. Anything
that looks like a number but does not parse is returned as `Unparsed`, never dropped.
Spans always index the original string.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex

from yiju import patterns as pat
from yiju.gazetteer import decode as _decode
from yiju.models import Citation, Extraction, IssuerInfo, Locator, Span, Unparsed
from yiju.normalize import fold_width, to_simplified

__all__ = ["basis_documents", "canonical_key", "cn_to_int", "extract", "numbered_key"]

# An issuer longer than this is almost surely glued to the text before it (`按照市委泉委发`);
# real 代字 are 2-6 characters, the longest seen (`发改办财金`, `泉政办明传`) are 5.
_MAX_ISSUER = 10
# The longest title we bind or read between 《》; real titles stay well under 200 characters.
_MAX_TITLE = 400

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
_YEAR_PREFIXES = frozenset({"19", "20"})  # compared after width folding
_NOT_AFTER_HAO = frozenset(pat.NOT_AFTER_HAO)
_DIGIT_CHARS = frozenset("0123456789０１２３４５６７８９")
_LOCATOR_FIRST = _DIGIT_CHARS | frozenset("第" + _SPACES)  # what may follow 号 in a locator


# Issuer codes repeat endlessly across a corpus; decoding is pure, so memoise it.
decode_issuer = lru_cache(maxsize=4096)(_decode)


def cn_to_int(text: str) -> int | None:
    """Return the value of a Chinese numeral (二十七 → 27, 十 → 10, 一百零五 → 105), or None.

    >>> cn_to_int("二十七")
    27
    """
    if not text:
        return None
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
    folded = fold_width(text)
    if folded.isdigit():
        return int(folded)
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


def _scan_issuer(text: str, bracket: int, floor: int) -> tuple[int, str]:
    """Return (start, raw issuer) for the code written right before the year's bracket.

    The code is the run of CJK/Latin letters before the bracket (spaces or a line break
    between the code and the bracket are allowed), with leading function words stripped
    (`属泉委发` → 泉委发). When the run is not a code the gazetteer knows, its longest known
    suffix is the code (`第二十一条和国办发` → 国办发); a run split by spaces or a line break
    (`泉 委 发`, `泉委\n发`) is joined when only the joined form is known. A run with no known
    reading is kept as written (unknown codes are real) unless it is longer than any code.
    """
    end = bracket
    while end > floor and text[end - 1] in _BREAKS:
        end -= 1
    start, run = _issuer_run(text, end, floor)
    if not run or _known(run):
        return start, run
    suffix = _known_suffix(run)
    if suffix is not None:
        return start + len(run) - len(suffix), suffix
    joined = _joined_run(text, start, end, floor)
    if joined is not None:
        return joined
    if len(run) > _MAX_ISSUER:
        return start, ""  # glued to prose and unknown: the caller reports it unparsed
    return start, run


def _issuer_run(text: str, end: int, floor: int) -> tuple[int, str]:
    """Return (start, run) of letters ending at `end`, function words stripped."""
    letters = pat.ISSUER_RUN_REVERSED.match(text, floor, end)
    start = letters.start() if letters is not None else end
    offset, run = _strip_function_words(text[start:end])
    return start + offset, run


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


def _joined_run(text: str, start: int, end: int, floor: int) -> tuple[int, str] | None:
    """Return the issuer when letters split by single spaces or line breaks form a known code."""
    first = start
    while first - 2 >= floor and text[first - 1] in _BREAKS and _is_issuer_char(text[first - 2]):
        letters = pat.ISSUER_RUN_REVERSED.match(text, floor, first - 1)
        if letters is None:
            break
        first = letters.start()
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
    while pos < len(text) and text[pos] in _SPACES:
        pos += 1
    return pos


def _locator_at(text: str, pos: int) -> Locator | None:
    """Return the locator (page, item or both) starting at `pos`, or None."""
    first = _skip_spaces(text, pos)
    if first >= len(text) or not (text[first] == "第" or text[first] in _DIGIT_CHARS):
        return None  # the common case after a number: no locator, so skip the pattern
    m = pat.LOCATOR.match(text, first)
    if m is None or m.end() == first:
        return None
    parts = _locator_parts(text[first : m.end()])
    if parts is None:
        return None
    pages, item, unit, length = parts
    end = first + length
    return Locator(pages=pages, item=item, unit=unit, label=text[first:end], span=(first, end))


@lru_cache(maxsize=8192)
def _locator_parts(written: str) -> tuple[tuple[int, int] | None, str | None, str | None, int] | None:
    """Return (pages, item, unit, length used) for a locator as written (memoised: labels
    such as `第14页第27项` repeat across every form that cites the clause)."""
    m = pat.LOCATOR.match(written)
    if m is None:
        return None
    p1, p2, part, section, num, unit_text = m.group("p1", "p2", "part", "section", "num", "unit")
    pages: tuple[int, int] | None = None
    end = 0
    if p1 is not None:
        lo = int(fold_width(p1))
        pages = (lo, int(fold_width(p2)) if p2 else lo)
        end = written.index("页", m.end("p2") if p2 else m.end("p1")) + 1
    item: str | None = None
    unit: str | None = None
    if unit_text is not None and (section or num):
        item = _item_value(section, num)
        if item is not None and part:
            # 第三部分第（二）项 → 3.2: the part, chapter or section leads the item number.
            lead = _number(part)
            item = f"{lead}.{item}" if lead is not None else None
        if item is not None:
            unit = to_simplified(unit_text)
            end = m.end()
    if pages is None and item is None:
        return None
    return pages, item, unit, end


def _bare_item_at(text: str, pos: int, previous: Locator) -> Locator | None:
    """Return an item written without 第 after 、 (`第27项、28项`), on the previous page."""
    m = pat.BARE_ITEM.match(text, pos)
    if m is None:
        return None
    value = _number(m.group("num"))
    if value is None:
        return None
    start = m.start("num")
    return Locator(
        pages=previous.pages,
        item=str(value),
        unit=to_simplified(m.group("unit")),
        label=text[start : m.end()],
        span=(start, m.end()),
    )


def _parse_locators(text: str, pos: int) -> tuple[tuple[Locator, ...], int]:
    """Return the chain of locators after 号 and where it ends.

    Pairs follow each other directly (`第4页第4项第5页第5项`) or after 、 when the next piece
    is again a locator (`第14页第27项、第15页第3项`); 、 followed by anything else belongs to
    the list the citation sits in.
    """
    locators: list[Locator] = []
    end = pos
    while True:
        loc = _locator_at(text, end)
        if loc is not None:
            locators.append(loc)
            end = loc.span[1]
            continue
        if locators and end < len(text) and text[end] == "、":
            nxt = _locator_at(text, end + 1) or _bare_item_at(text, end + 1, locators[-1])
            if nxt is not None:
                locators.append(nxt)
                end = nxt.span[1]
                continue
        return tuple(locators), end


@lru_cache(maxsize=8192)
def _clean_title(segment: str) -> str | None:
    """Return a document title from the text before its bracketed number, or None.

    `《X》的通知` gives X even after prose (`按照《X》`, `、《A》、《B》` gives B). Inside the
    《》, a cover letter (`国务院办公厅关于印发X的通知`) gives X, while a title that is itself
    a notice (`关于Y的通知`) stays whole; an inner 〈〉 that then spans the title is unwrapped.
    Without 《》 the segment is the title, less a leading `…印发` and a trailing `的通知`.
    """
    title = segment.strip().lstrip(_LEADING_JUNK).strip()
    bare = _strip_trail(title)
    if bare.endswith("》"):
        opening = _matching_open(bare, len(bare) - 1)
        if opening is not None:
            inner = bare[opening + 1 : -1].strip()
            title = _strip_trail(_strip_lead(inner)) if pat.TITLE_LEAD.search(inner) else inner
    else:
        title = _strip_trail(_strip_lead(title))
    for left, right in (("《", "》"), ("〈", "〉")):
        if (
            title.startswith(left)
            and title.endswith(right)
            and _matching_close(title, 0, left, right) == len(title) - 1
        ):
            title = title[1:-1].strip()
    return title or None


@lru_cache(maxsize=8192)
def _title_offset(segment: str) -> int:
    """Return where the bound title starts within its segment (at its 《 when it has one)."""
    stripped = _strip_trail(segment.rstrip())
    if stripped.endswith("》"):
        opening = _matching_open(stripped, len(stripped) - 1)
        if opening is not None:
            return opening
    return len(segment) - len(segment.lstrip(_LEADING_JUNK))


def _strip_lead(title: str) -> str:
    lead = pat.TITLE_LEAD.search(title)
    return title[lead.end() :] if lead is not None and lead.end() < len(title) else title


def _strip_trail(title: str) -> str:
    trail = pat.TITLE_TRAIL.search(title)
    return title[: trail.start()].rstrip() if trail is not None and trail.start() > 0 else title


def _matching_open(text: str, close_pos: int) -> int | None:
    """Return the index of the 《 that opens the 》 at `close_pos` (nesting respected)."""
    depth = 0
    for i in range(close_pos, -1, -1):
        ch = text[i]
        if ch == "》":
            depth += 1
        elif ch == "《":
            depth -= 1
            if depth == 0:
                return i
    return None


def _matching_close(text: str, open_pos: int, left: str = "《", right: str = "》") -> int | None:
    """Return the index of the bracket that closes the one at `open_pos` (nesting respected).

    The search stops after `_MAX_TITLE` characters: a title is never longer, and an unclosed
    《 in a long text must not make the scan quadratic.
    """
    depth = 0
    for i in range(open_pos, min(len(text), open_pos + _MAX_TITLE)):
        ch = text[i]
        if ch == left:
            depth += 1
        elif ch == right:
            depth -= 1
            if depth == 0:
                return i
    return None


def _bind_title(text: str, issuer_start: int, floor: int) -> tuple[str | None, Span | None]:
    """Return the title bound to a number written `Title（number）`, and the title's span.

    The title is the segment before the opening bracket, back to a separator (，；。 or a
    line break) outside 《》 and parentheses, or to the end of the previous citation.
    Parentheses inside the title stay (`办法（试行）`); a missing closing bracket after the
    number does not matter because only text *before* the number is read.
    """
    k = issuer_start
    while k > floor and text[k - 1] in _BREAKS:
        k -= 1
    if k <= floor or text[k - 1] not in pat.OPEN_BRACKETS:
        return None, None
    bracket = k - 1
    j = bracket
    book = paren = 0
    # Jump from one bracket or separator to the previous one (a reverse search in C), not
    # character by character: titles are long and hold few of them.
    while j > floor:
        stop = pat.TITLE_STOPS_REVERSED.search(text, floor, j)
        if stop is None:
            j = floor
            break
        ch = text[stop.start()]
        j = stop.end()  # the segment starts after the stop if the stop ends it
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
        j = stop.start()
    segment = text[j:bracket]
    title = _clean_title(segment)
    if title is None:
        return None, None
    return title, (j + _title_offset(segment), bracket)


_EMPTY = Extraction((), ())


def extract(text: str) -> Extraction:
    """Return every citation in `text`, in order, and the citation-like spans that failed.

    Args:
        text: any cell or sentence.

    Returns:
        An `Extraction`; `text[c.span[0]:c.span[1]] == c.text` for every citation and
        unparsed span.

    >>> [c.key for c in extract("（属泉委发[2021]第05号第14-15页第（四）1项）").citations]
    ['泉委发〔2021〕5号']
    """
    first = pat.ANCHOR.search(text)
    has_book = "《" in text
    if first is None and not has_book:
        return _EMPTY  # most cells cite nothing: skip the bookkeeping
    citations: list[Citation] = []
    unparsed: list[Unparsed] = []
    covered: list[Span] = []  # numbered citations and the titles bound to them
    floor = 0
    anchors = pat.ANCHOR.finditer(text, first.start()) if first is not None else ()
    for m in anchors:
        if m.start() < floor:
            continue
        issuer_start, issuer_raw = _scan_issuer(text, m.start(), floor)
        tail = pat.CITATION_TAIL.match(text, m.end())
        year_text = m.group("year")
        if len(year_text) != 4 or fold_width(year_text[:2]) not in _YEAR_PREFIXES:
            # `泉委发〔21〕5号`, `泉委发〔2201〕5号`: a number with a bad year, reported. A bracketed
            # number in prose (`培训（30）人次`, `电话（0595）2250号`: no issuer) is no citation.
            short = len(year_text) != 4
            # An implausible 4-digit year is reported only after a known issuer: a typo in a
            # real number (`泉委发〔2201〕5号`), not a phone number (`联系电话（0595）2250号`).
            if (
                tail is not None
                and issuer_raw
                and (short or _known(issuer_raw))
                and not _time_word(issuer_raw)
            ):
                reason = f"{len(year_text)}-digit year" if short else "year out of range"
                span = (issuer_start, tail.end())
                unparsed.append(Unparsed(span, text[span[0] : span[1]], reason))
                floor = tail.end()
            continue
        if issuer_raw and _time_word(issuer_raw):
            continue  # `今年（2021）第5号…`: a date in prose, not an issuer
        if tail is None:
            if issuer_raw:
                floor = _report_unreadable(text, m, issuer_start, unparsed, floor)
            continue
        if not issuer_raw:
            span = (m.start(), tail.end())
            unparsed.append(Unparsed(span, text[span[0] : span[1]], "no issuer before the year"))
            floor = tail.end()
            continue
        end = tail.end()
        locators: tuple[Locator, ...] = ()
        if end < len(text) and text[end] in _LOCATOR_FIRST:
            locators, end = _parse_locators(text, end)
        elif end < len(text) and text[end] in "（(":
            locators, end = _bracketed_locators(text, end)
        key, issuer, year, serial, info = _number_parts(issuer_raw, year_text, tail.group("serial"))
        before = issuer_start - 1
        if before >= floor and text[before] in _TITLE_BEFORE:  # `…的通知（泉委办〔…`, or spaces
            title, title_span = _bind_title(text, issuer_start, floor)
        else:
            title, title_span = None, None  # `（属泉委发…`, `、泉政办…`: no title binds
        citations.append(
            Citation(
                key=key,
                issuer=issuer,
                year=year,
                serial=serial,
                title=title,
                issuer_info=info,
                locators=locators,
                span=(issuer_start, end),
                text=text[issuer_start:end],
            )
        )
        covered.append((title_span[0] if title_span else issuer_start, end))
        floor = end
    if has_book:
        _title_only(text, covered, citations, unparsed)
        citations.sort(key=lambda c: c.span)
    if len(unparsed) > 1:
        unparsed.sort(key=lambda u: u.span)
    return Extraction(tuple(citations), tuple(unparsed))


def _report_unreadable(
    text: str, m: regex.Match[str], issuer_start: int, unparsed: list[Unparsed], floor: int
) -> int:
    """Report an issuer and year whose serial does not read (`〔2021〕号`, `〔2021〕5、6号`)."""
    ns = pat.NO_SERIAL.match(text, m.end())
    if ns is not None:
        span, reason = (issuer_start, ns.end()), "no serial number"
    else:
        serial = pat.SERIAL_START.match(text, m.end())
        if serial is None or text[serial.end() : serial.end() + 1] in _NOT_AFTER_HAO:
            return floor  # a year in a name, or `…5号线`: nothing citation-like to report
        span, reason = (issuer_start, serial.end()), "unreadable serial"
    unparsed.append(Unparsed(span, text[span[0] : span[1]], reason))
    return span[1]


# Words that end a time phrase, not an issuer: `今年（2021）`, `2021年度（2021）`.
_TIME_WORDS = ("年", "年度", "今年", "去年", "本年", "当年", "同年", "截至", "截止")


@lru_cache(maxsize=8192)
def _time_word(issuer_raw: str) -> bool:
    return any(issuer_raw.endswith(w) for w in _TIME_WORDS) and not _known(issuer_raw)


def _bracketed_locators(text: str, pos: int) -> tuple[tuple[Locator, ...], int]:
    """Return locators written in brackets right after 号 (`20号（第14-15页）`), or none."""
    locators, end = _parse_locators(text, pos + 1)
    if locators and end < len(text) and text[end] in "）)":
        return locators, end + 1
    return (), pos


@lru_cache(maxsize=8192)
def _number_parts(
    issuer_raw: str, year_text: str, serial_raw: str
) -> tuple[str, str, int, str, IssuerInfo | None]:
    """Return (key, issuer, year, serial, decoded issuer) for a number's raw parts (memoised)."""
    issuer = _normalise_issuer(issuer_raw)
    year = int(fold_width(year_text))
    serial = _normalise_serial(serial_raw)
    return numbered_key(issuer, year, serial), issuer, year, serial, decode_issuer(issuer)


def _title_only(text: str, covered: list[Span], citations: list[Citation], unparsed: list[Unparsed]) -> None:
    """Add `《X》` citations that are not part of a numbered document's title."""
    starts = [a for a, _ in covered]  # covered spans are in text order and disjoint
    pos = text.find("《")
    while pos != -1:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < covered[i][1]:
            pos = text.find("《", covered[i][1])
            continue
        close = _matching_close(text, pos)
        if close is None:
            end = len(text)
            for sep in pat.SEGMENT_SEPARATORS:
                cut = text.find(sep, pos)
                if cut != -1:
                    end = min(end, cut)
            unparsed.append(Unparsed((pos, end), text[pos:end], "unclosed 《"))
            pos = text.find("《", end)
            continue
        inner = text[pos + 1 : close].strip()
        if inner:
            # Laws and regulations are pinned by article right after the title
            # (`《中华人民共和国消防法》第三十七条`): the same locator grammar as after 号.
            locators, end = _parse_locators(text, close + 1)
            citations.append(_title_citation(inner, (pos, end), text[pos:end], locators))
        pos = text.find("《", close + 1)


def _title_citation(title: str, span: Span, written: str, locators: tuple[Locator, ...] = ()) -> Citation:
    """Return a title-only citation keyed `《title》`."""
    key = "《" + to_simplified("".join(title.split())) + "》"
    return Citation(
        key=key,
        issuer=None,
        year=None,
        serial=None,
        title=title,
        issuer_info=None,
        locators=locators,
        span=span,
        text=written,
    )


def basis_documents(text: str) -> Extraction:
    """Return the documents a 文件依据 cell names: citations, plus bare names (`三定方案`).

    A segment of the cell (split on ，；。 and line breaks) that holds neither a number nor a
    《》 title still names a basis document; it becomes a title-only citation. Enumerators
    (`（一）`, `1.`) are not part of the name; placeholders (`无`, `见附件`) name nothing.
    """
    found = extract(text)
    citations = list(found.citations)
    start = 0
    for i in range(len(text) + 1):
        if i < len(text) and text[i] not in pat.SEGMENT_SEPARATORS:
            continue
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
        if any(c.span[0] < seg_end and seg_start < c.span[1] for c in found.citations):
            continue
        if any(u.span[0] < seg_end and seg_start < u.span[1] for u in found.unparsed):
            continue
        segment = text[seg_start:seg_end]
        title = _clean_title(segment)
        if title is None or not any(_is_issuer_char(ch) for ch in title):
            continue
        citations.append(_title_citation(title, (seg_start, seg_end), segment))
    citations.sort(key=lambda c: c.span)
    return Extraction(tuple(citations), found.unparsed)


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
    if lenient is not None:
        _, issuer_raw = _strip_function_words(lenient.group("issuer"))
        if issuer_raw:
            return numbered_key(
                _normalise_issuer(issuer_raw),
                int(fold_width(lenient.group("year"))),
                _normalise_serial(lenient.group("serial")),
            )
    if found.citations:
        return found.citations[0].key
    return None
