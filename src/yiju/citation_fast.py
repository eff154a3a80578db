"""The citation reader's fast path: the commonest shapes of running text, read in one scan.

A notice cites, sentence after sentence, `《X》（国发〔2019〕7号，以下简称《意见》）`, a decree
(`国务院令第699号`), a law by article (`《中华人民共和国安全生产法》第二十条`), the short name
again (`《意见》第三条`) and a number with its locators (`泉委发〔2021〕5号第14页第27项`). The
general reader (`citations.extract`) finds them in three passes — numbers, decrees, 《》 — with
a dozen checks per number that cost more than the matching (issue 13: a paragraph took 66 µs
against the bracket-year scan's 3.3 µs). Here one stdlib `re` scan (`patterns.FAST_CITATION`)
reads each of those shapes in one match, in text order, and the results are built from the
match's groups with the general reader's own memoised helpers (issuer, title, locator chain).

It is a shortcut, never a second grammar: `read` returns exactly what `extract` returns, or
None, and then the general reader reads the text. It gives up on anything it does not read the
general reader's way — a bracket, 《 or 令 outside its shapes (the pattern's `bad` group), an
issuer or organ that needs the general reader's scans (split by spaces, glued to the citation
before, unknown and long), a title bound in another shape, a locator chain with text after it,
a short name anywhere but its one shape, lists of serials, titles
after a number, organs signing together (a space or 、 before the organ), and the grammar still
growing (`附件`, `即《`; a text with a bracketless number, `人社局2020年47号`, is never given
to it). `tests/test_citation_fast.py`
holds it to the general reader on generated paragraphs, and `bench/dump_citations.py` on
120,000 texts.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from yiju import patterns as pat
from yiju.citations import (
    _AFTER_NUMBER,
    _ALIAS_FIRST,
    _ALIAS_REACH,
    _BREAKS,
    _CHAIN_TAIL,
    _COLONS,
    _LINE_GAP,
    _LIST_FIRST,
    _LOCATOR_FIRST,
    _MAX_DIGITS,
    _MAX_ISSUER,
    _NO_TITLE_AFTER,
    _SERIAL_NEXT,
    _SPACES,
    _TITLE_BEFORE,
    _YEAR_PREFIXES,
    _aliased,
    _bound_title,
    _citation,
    _decree_organ_parts,
    _glued_search,
    _issuer_parts,
    _issuer_reading,
    _known,
    _locator,
    _new,
    _normalise_serial,
    _number,
    _organ_reading,
    _parse_locators,
    _segment_start,
    _serial_too_long,
    _title_after,
    _title_citation,
    _title_key,
    _x_aliases,
    _x_citations,
    _x_unparsed,
    cn_to_int,
)
from yiju.models import Alias, Citation, Extraction, Locator, Unparsed

__all__ = ["read"]

# `_OPEN`: a year's bracket can start only at one of these.
_OPEN = frozenset(pat.YEAR_OPENS)
# A title `_bound_title` would change: a cover letter's lead (印发, 發 …) or a wrapping pair.
_TITLE_WRAPS = frozenset("《〈<＜")
# `patterns.TITLE_AFTER_NUMBER` finds a title after a number only with 关于 starting within 40
# characters of it: where there is none, it is not tried (a 《 after the number is read anyway).
_TITLE_AFTER_REACH = 42
# Small Chinese numerals (articles, items) repeat: their values are memoised, and as text.
_cn = lru_cache(maxsize=1024)(cn_to_int)


@lru_cache(maxsize=1024)
def _cn_text(numeral: str) -> str:
    return str(cn_to_int(numeral))


# `Alias(…)` built as `citations._citation` builds a `Citation` (the frozen `__init__` costs
# three times as much).
_a_name, _a_key, _a_span = (Alias.__dict__[name].__set__ for name in ("name", "key", "span"))

# The groups of `patterns.FAST_CITATION` by number (a test holds them to its names; asking the
# pattern would compile it on import, which `yiju cite`'s start-up does without).
_T, _NT, _NI, _NB, _NY, _NS, _NE, _NA, _ART, _KUAN, _TRUN = range(1, 12)
_Y, _S, _SE, _P1, _P2, _I1, _I2, _RUN, _DY, _DS, _BAD = range(12, 23)


def read(text: str, known: Mapping[str, Citation] | None = None) -> Extraction | None:
    """Return `citations.extract(text, known)` when every citation in `text` has a common shape,
    else None.

    `text` holds something to read (the caller has checked) and no 公告.
    """
    if "附件" in text or "即《" in text:
        return None  # constructions the grammar is still growing (issue 13): the general reader's
    citations: list[Citation] = []
    unparsed: list[Unparsed] = []
    aliases: list[Alias] = []
    names: dict[str, Citation] = {}
    if not scan(text, 0, len(text), "", known or {}, names, citations, unparsed, aliases):
        return None
    found: Extraction = _new(Extraction)
    _x_citations(found, tuple(citations))
    _x_unparsed(found, tuple(unparsed))
    _x_aliases(found, tuple(aliases))
    return found


def scan(  # noqa: PLR0917  # the segment, and the lists the results are appended to
    text: str,
    first: int,
    stop: int,
    rev: str,
    known: Mapping[str, Citation],
    names: dict[str, Citation],
    citations: list[Citation],
    unparsed: list[Unparsed],
    aliases: list[Alias],
) -> bool:
    """Read `text[first:stop]` as `read` does, appending what it finds; return False on giving up.

    Spans index `text`. `rev` is `text[::-1]`, or "" (then made here when first needed).
    Short names come from `known` (declared before `first`) and, declared here, go to `names`.
    On False, the lists may hold part of the segment's results: the caller drops them.
    `citation_segments` reads a long text segment by segment with it: `first` is 0 or a cut
    where no citation of the general reader reaches across, and `stop` is the next such cut
    or the end of the text; a title's segment that reaches back to `first` is given up on (the
    general reader, reading the whole text, may read it further back).
    """
    size = len(text)
    may_alias = text.find("称", first, stop) != -1 or text.find("稱", first, stop) != -1
    back = pat.ISSUER_RUN_BACK.match
    prev = first  # where the last match ended: no backward scan may reach before it
    # What the general reader's number pass knows: where the last number's cover ends (its
    # `floor`), and how many citations stood before the title-only ones read since then.
    floor = first
    fixed = len(citations)
    decree_end = first  # where the last decree ends
    for m in pat.FAST_CITATION.finditer(text, first, stop):
        t, _, ni, _, ny, ns, _, na, art, kuan, trun, y, s, _, p1, p2, i1, i2, run, dy, ds, bad = m.groups()
        if bad is not None:
            return False
        start = m.start()
        if ny is not None:
            # `《T》（泉委发〔2021〕5号…）`, `《T》的通知（…）`: the general reader binds T to the
            # number (the title's segment ends with 《T》, less a trailing 的通知, and T holds no
            # 《》, so whatever prose stands before 《 the title is T's and starts at 《).
            if ("号" in t or "號" in t) and _number_in_title(t):
                return False
            offset, issuer_raw, settled, dated = 0, "", True, False
            if ni is not None:
                if "令" in ni:
                    return False
                offset, issuer_raw, settled, dated = _issuer_reading(ni)
                if dated or (not settled and len(issuer_raw) > _MAX_ISSUER):
                    return False  # read by the general reader's issuer scan
            if ni is None or len(ny) != 4 or ny[:2] not in _YEAR_PREFIXES:
                # No issuer, or a bad year: the general reader reports the number, binds no
                # title and reads 《T》 and the short name's 《A》 as title-only citations.
                tail_end = m.start(_NE)
                if ni is None:
                    if len(ny) == 4 and ny[:2] in _YEAR_PREFIXES:
                        bracket = m.start(_NB)
                        unparsed.append(
                            Unparsed((bracket, tail_end), text[bracket:tail_end], "no issuer before the year")
                        )
                        floor = tail_end
                elif len(ny) != 4 or _known(issuer_raw):
                    issuer_start = m.start(_NI) + offset
                    reason = f"{len(ny)}-digit year" if len(ny) != 4 else "year out of range"
                    unparsed.append(Unparsed((issuer_start, tail_end), text[issuer_start:tail_end], reason))
                    floor = tail_end
                books = [(start, m.end(_T) + 1, t)]
                if na is not None:
                    if "令" in na or not _OPEN.isdisjoint(na):
                        return False  # a decree or a number in the name: the general reader reads it
                    books.append((m.start(_NA) - 1, m.end(_NA) + 1, na))
                for book_start, book_end, written in books:
                    inner = written.strip()
                    if not inner or (may_alias and _alias_near(text, book_end)):
                        return False
                    named = names.get(inner) or known.get(inner)
                    citations.append(
                        _aliased(named, (book_start, book_end), text[book_start:book_end], ())
                        if named is not None
                        else _title_citation(inner, (book_start, book_end), text[book_start:book_end])
                    )
                prev = m.end()
                continue
            if offset:
                return False  # no title binds after a function word
            if len(ns) > _MAX_DIGITS and _serial_too_long(ns):
                return False
            title: str | None = t.strip()
            if "发" in t or "發" in t or title[:1] in _TITLE_WRAPS:  # type: ignore[index]  # str
                title = _bound_title(text[start : m.end(_T) + 1])[0]
            if not title:
                return False
            issuer_start = m.start(_NI)
            end = m.start(_NE)  # after 号
            if na is None:
                # Nothing follows but the bracket: no article after it (nor 文件第3页 or an
                # annex, which the general reader reads after the bracket too), no short name.
                if end + 1 < size and text[end + 1] in _AFTER_NUMBER:
                    return False
                if may_alias and _alias_near(text, end):
                    return False
            issuer, info, field = _issuer_parts(issuer_raw)
            serial = (ns.lstrip("0") or "0") if ns.isascii() and ns.isdigit() else _normalise_serial(ns)
            if ny.isascii():
                year, key = int(ny), f"{issuer}〔{ny}〕{serial}号"
            else:
                year = int(ny)
                key = f"{issuer}〔{year}〕{serial}号"
            citation = _citation(
                key,
                field,
                year,
                serial,
                title,
                info,
                (),
                (issuer_start, end),
                text[issuer_start:end],
            )
            citations.append(citation)
            fixed = len(citations)
            floor = end
            if na is not None:
                name = na.strip()
                if not name or name == title:
                    return False  # no short name: the general reader's
                alias: Alias = _new(Alias)
                _a_name(alias, name)
                _a_key(alias, key)
                _a_span(alias, (m.start(_NA) - 1, m.end(_NA) + 1))
                aliases.append(alias)
                names[name] = citation
                floor = m.end(_NA) + 1
        elif t is not None:
            # `《T》` and what the locator run after it reads: a title-only citation, or the
            # document a short name declared before it stands for.
            if ("号" in t or "號" in t) and _number_in_title(t):
                return False
            inner = t.strip()
            if not inner or len(t) >= 399:
                return False
            if trun and not _OPEN.isdisjoint(trun):
                return False  # a year's bracket in the run: the general reader's number pass reads it
            end = m.end(_T) + 1  # after 》
            locators: tuple[Locator, ...] = ()
            if art is not None and not trun.rstrip(_CHAIN_TAIL):
                # `第二十条` or `第二十条第二款` and nothing after it in the run: the chain is this
                # one link, as `citations._plain_locator` reads it.
                chain_end = m.start(_TRUN)
                label, span = text[end:chain_end], (end, chain_end)
                if kuan is None:
                    loc = _locator(None, _cn_text(art), "条", label, span, "article")
                else:
                    loc = _locator(None, f"{_cn(art)}.{_cn(kuan)}", "款", label, span, "clause")
                locators = (loc,)
                end = chain_end
            elif end < size and text[end] in _AFTER_NUMBER:
                if text[end] == "文":
                    return False
                # The run may go on after the chain (`第十二条和…`): prose to the general reader,
                # and no year's bracket is in it (tested above).
                locators, end, overlong = _parse_locators(text, end, m.end())
                if overlong is not None:
                    return False
            elif trun:
                return False  # `《T》（试行）`…: a bracket after the title, read another way
            elif end < size and text[end] in _COLONS:
                return False  # `《T》：第十条`: articles after a colon, the general reader's
            if (
                not locators
                and end < size
                and text[end] in _LINE_GAP
                and pat.NEXT_LINE_ARTICLE.match(text, end) is not None
            ):
                return False  # perhaps an article on the next line: the general reader's
            named = names.get(inner) or known.get(inner)
            span, written = (start, end), text[start:end]
            if named is not None:  # as `citations._aliased` builds it
                citation = _citation(
                    named.key, named.issuer, named.year, named.serial, named.title, named.issuer_info,
                    locators, span, written,
                )  # fmt: skip
            else:  # as `citations._title_citation` builds it
                title_key = _title_key(inner)
                citation = _citation(title_key, None, None, None, inner, None, locators, span, written)
            citations.append(citation)
            if may_alias and end < size and text[end] in _ALIAS_FIRST and _alias_near(text, end):
                return False
        elif y is not None:
            # `泉委发〔2021〕5号` and its locator chain; the issuer is read backwards from the
            # bracket as the general reader reads it, stopping at the last match.
            if start == 0 or text[start - 1] in _BREAKS:
                return False
            if not rev:
                rev = text[::-1]
            letters = back(rev, size - start, size - prev)
            if letters is None:
                return False
            run_start = size - letters.end()
            if run_start == prev and prev and back(rev, size - prev) is not None:
                return False  # the letters go on into the citation before
            if text[run_start - 1 : run_start] == ")":
                return False  # perhaps a pinyin gloss inside the code (`國(guó)發〔`): read generally
            offset, issuer_raw, settled, dated = _issuer_reading(text[run_start:start])
            if dated or not issuer_raw or "令" in issuer_raw:
                return False
            issuer_start = run_start + offset
            before = text[issuer_start - 1] if issuer_start else ""
            if not settled and (before in _BREAKS or len(issuer_raw) > _MAX_ISSUER):
                return False  # a code split over spaces, or a run too long to be one
            end = m.start(_SE)  # after 号
            run_end = m.end()
            if len(y) != 4 or y[:2] not in _YEAR_PREFIXES:
                # A bad year: the general reader reports the number (after a known issuer, or for
                # a short year) and reads nothing after it.
                if _anchor_in(text, end, run_end):
                    return False
                if len(y) != 4 or _known(issuer_raw):
                    reason = f"{len(y)}-digit year" if len(y) != 4 else "year out of range"
                    unparsed.append(Unparsed((issuer_start, end), text[issuer_start:end], reason))
                    floor = end
                prev = run_end
                continue
            if len(s) > _MAX_DIGITS and _serial_too_long(s):
                return False
            title = None
            if before and before in _TITLE_BEFORE:
                # `…的通知（泉委发〔2021〕5号）`: the title is the segment before the bracket, read
                # as the general reader reads it: from where its last number ends. Title-only
                # citations read since are then inside the title (`2021年市《政府工作报告》目标
                # 任务责任分解表的通知（泉政办〔2021〕3号）`), and the general reader never reads them.
                bracket = issuer_start - 1
                if before not in _OPEN or bracket < prev:
                    return False
                segment = _segment_start(text, rev, bracket, floor)
                if segment == first and first:
                    return False  # the general reader may read this title from further back
                title, offset = _bound_title(text[segment:bracket])
                if title is None:
                    return False
                if segment < prev:
                    title_start = segment + offset
                    if title_start < decree_end:
                        return False
                    while len(citations) > fixed and citations[-1].span[0] >= title_start:
                        citations.pop()
                    if len(citations) > fixed and citations[-1].span[1] > title_start:
                        return False
            run_start = m.start(_RUN)  # after the plain link, if there is one
            locators = ()
            if run_start > end and not run.rstrip(_CHAIN_TAIL):
                # `第14-15页第27项`, `第十一项`: the chain is this one plain link (as above).
                low = int(p1) if p1 is not None else 0
                pages = (low, int(p2) if p2 else low) if p1 is not None else None
                label, span = text[end:run_start], (end, run_start)
                if i1 is None and i2 is None:
                    loc = _locator(pages, None, None, label, span, "page")
                else:
                    item = (i1.lstrip("0") or "0") if i1 is not None else _cn_text(i2)
                    loc = _locator(pages, item, "项", label, span, "item")
                locators = (loc,)
                end = run_start
            elif end < size and text[end] in _LOCATOR_FIRST:
                # The general reader's chain; the run may go on after it with prose to it.
                locators, end, overlong = _parse_locators(text, end, run_end)
                if overlong is not None:
                    return False
            if run_end > end and _anchor_in(text, end, run_end):
                return False  # a year's bracket after the chain: the general reader reads it
            if end < size:
                after = text[end]
                if title is not None:
                    if not locators and after in "）)" and end + 1 < size and text[end + 1] in _AFTER_NUMBER:
                        return False  # an article after the bracket (`（…号）第十二条`, `（…号）文件第3页`)
                elif (
                    after not in _NO_TITLE_AFTER
                    and (after == "《" or text.find("关于", end, end + _TITLE_AFTER_REACH) != -1)
                    and _title_after(text, end)[0] is not None
                ):
                    return False  # a title after the number (`…5号关于…的通知`)
                if after in _LIST_FIRST and (after in _SPACES or text[end + 1 : end + 2] in _SERIAL_NEXT):
                    return False  # a list of serials (`47号、48号`)
                if after in "（(文":
                    return False  # locators in brackets, after 文件
                if may_alias and after in _ALIAS_FIRST and _alias_near(text, end):
                    return False
            issuer, info, field = _issuer_parts(issuer_raw)
            serial = (s.lstrip("0") or "0") if s.isascii() and s.isdigit() else _normalise_serial(s)
            if y.isascii():
                year, key = int(y), f"{issuer}〔{y}〕{serial}号"
            else:
                year = int(y)
                key = f"{issuer}〔{year}〕{serial}号"
            citation = _citation(
                key,
                field,
                year,
                serial,
                title,
                info,
                locators,
                (issuer_start, end),
                text[issuer_start:end],
            )
            citations.append(citation)
            fixed = len(citations)
            floor = end
        else:
            # `国务院令第699号`: the organ is read backwards from 令, as the general reader does.
            if not rev:
                rev = text[::-1]
            letters = back(rev, size - start, size - prev)
            if letters is None:
                return False
            run_start = size - letters.end()
            if run_start == prev and prev and back(rev, size - prev) is not None:
                return False  # the letters go on into the citation before
            if text[run_start - 1 : run_start] == ")":
                return False  # perhaps a pinyin gloss inside the code (`國(guó)發〔`): read generally
            offset, organ = _organ_reading(text[run_start:start])
            if not organ or pat.RELATIVE_ORGAN.match(organ) is not None:
                return False  # no organ, or the writer's own (`本局令`): the general reader's
            organ_start = run_start + offset
            before = text[organ_start - 1] if organ_start else ""
            if before and (before in _TITLE_BEFORE or (not offset and (before in _SPACES or before == "、"))):
                return False  # a title binds, or organs signing together
            if ds.isascii():  # `citations._number` of ASCII digits, in line
                serial = ds.lstrip("0") or "0"
            else:
                value = _number(ds)
                if value is None:
                    return False
                serial = str(value)
            end = m.end()
            if end < size:
                after = text[end]
                if after in _AFTER_NUMBER or after == "《":
                    return False  # locators or a title after the number
                if after in _LIST_FIRST and (after in _SPACES or text[end + 1 : end + 2] in _SERIAL_NEXT):
                    return False
                if may_alias and after in _ALIAS_FIRST and _alias_near(text, end):
                    return False
            issuer, info = _decree_organ_parts(organ, "令")
            if dy is None:  # `citations.decree_key`, in line
                year_value = None
                key = f"{issuer}令第{serial}号"
            else:
                year_value = int(dy)  # ASCII or full-width digits: `int` reads both
                key = f"{issuer}令〔{year_value}〕{serial}号"
            citation = _citation(
                key,
                issuer,
                year_value,
                serial,
                None,
                info,
                (),
                (organ_start, end),
                text[organ_start:end],
            )
            citations.append(citation)
            fixed = len(citations)
            decree_end = end
        prev = m.end()
    return True


def _number_in_title(title: str) -> bool:
    """Return True when a 《title》 the scan reads past holds a number the general reader reads
    there: a year glued to its serial (`《关于湘人社发201851号的说明》`) or a bracketless year
    (`人社局2020年47号`), which the scan's own stops (号, 年) never see inside a title."""
    return _glued_search(title) is not None or ("年" in title and pat.BARE_NUMBER.search(title) is not None)


def _alias_near(text: str, at: int) -> bool:
    """Return True when a short name may be declared at `at` (the general reader then looks)."""
    window = text[at : at + _ALIAS_REACH]
    return "称" in window or "稱" in window


def _anchor_in(text: str, start: int, end: int) -> bool:
    """Return True when a bracketed year (`patterns.ANCHOR`) lies in `text[start:end]`."""
    if end <= start or _OPEN.isdisjoint(text[start:end]):
        return False  # the quick test: no bracket that may open a year
    return pat.ANCHOR.search(text, start, end) is not None
