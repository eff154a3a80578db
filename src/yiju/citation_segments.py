"""A long text read segment by segment: the fast path where it can, the general reader where not.

`citation_fast` answers for a whole text or gives up, and a long text (a notice, a plan, a
100 MB file's piece) almost always holds something it gives up on: read as one string it went
to the general reader entirely, at half the speed of the same text read paragraph by
paragraph. Here the text is cut into segments at sentence ends that close a line (`。\\n`),
each segment is read by the fast path, and only the segments it gives up on by the general
reader. The result is exactly the general reader's on the whole text.

Why a cut after `。\\n` is safe — no construction of the general reader reaches across it:

- Forwards, every construction that goes on after a citation (its locators, a list of
  serials, a short name, `即《X》`, a title after the number, a decree's `令\\n第N号`, an
  unparsed number's serial) stops at 。; so does the search for where an unclosed 《 ends.
- Backwards, an issuer's, organ's or bare number's letters stop at 。 (and a line break is
  skipped only to letters before it, `泉委\\n发`); a title's segment stops at a line break or
  。 outside 《》 and parentheses. It may pass one inside them: walking back from a bracket, a
  `）` or `》` with no opener before it in the segment (`1）关于…的通知（泉委发〔2021〕5号）`)
  counts as open, and the walk then runs on past the cut into the text before. So a segment
  read by the general reader must have no closer without its opener (`_brackets`); when it
  has one, the segment before is read again together with it. The fast path gives up on a
  title whose segment reaches its first character (`citation_fast.scan`).
- 《》 are paired over the whole text: the cut must leave none open. Every 《 the fast path
  reads is closed before the next 《, so a segment it answers for leaves none open; a segment
  the general reader reads is checked (`_brackets`) and, while one is open, runs on to the
  next cut.
- Short names declared before the cut hold after it (`known`, as `cite --file` carries them
  from piece to piece): a mention takes the last declaration before it, whichever pass reads
  that declaration (`citations._Reader.name_at`), so nothing after the cut changes it.
- The general reader lists short names pass by pass (numbered documents, decrees,
  announcements, bracketless numbers, numbers with the year glued to the serial, 《》 titles),
  each pass in text order: the segments' short names are gathered the same way.

`tests/test_citation_segments.py` holds this to the general reader on generated documents
that mix the common shapes with what the fast path gives up on, and shows that mutants of the
cutting rule are caught; `bench/dump_citations.py` on 120,000 texts.
"""

from __future__ import annotations

import gc
from collections.abc import Mapping

from yiju import citation_fast
from yiju import patterns as pat
from yiju.citations import (
    _citation,
    _locator,
    _new,
    _x_aliases,
    _x_citations,
    _x_unparsed,
    numbered_key,
    read_marked,
)
from yiju.models import Alias, Citation, Extraction, Locator, Unparsed

__all__ = ["CUT", "MIN_SEGMENT", "read"]

# Where a text may be cut: after a sentence end that closes a line.
CUT = "。\n"
# A segment runs to the first cut at least this many characters after its start: fewer calls
# than one per line, and a segment the fast path gives up on costs the general reader little.
MIN_SEGMENT = 120
_OPENERS = frozenset("（(")

_NUMBERED = 0  # the general reader's first pass, numbered documents (`read_marked`)


# What `read` notes of each segment: where it starts, the lengths of the lists and the short
# names in force before it; whether the fast path read it; and for one the general reader
# read, the last number its number pass read (for the fast path's, `_last_number` looks).
_Mark = tuple[int, int, int, tuple[int, ...], dict[str, Citation], bool, Citation | None]


def read(text: str, known: Mapping[str, Citation] | None = None) -> Extraction:
    """Return `citations.extract(text, known)`, read segment by segment.

    The cyclic garbage collector is paused for the call (and restored as it was, on any exit).
    Every object built here is an acyclic value (frozen citations of strings, numbers and
    tuples; lists and dicts that refer to nothing that refers back), so no collection during
    the call can free anything: each one only walks the growing result again. On 3 MB of
    running text as one string the pause makes the read 1.18x faster (bench/README.md,
    session 15). The
    pause is process-wide, as `gc.disable` is: other threads' cyclic garbage waits until the
    call returns (a 1 MB piece of `cite --file` takes about 0.1 s), and the results are walked
    once by the first collection after it, as any object the caller keeps is.
    """
    if not gc.isenabled():
        return _read(text, known)
    gc.disable()
    try:
        return _read(text, known)
    finally:
        gc.enable()


def _read(text: str, known: Mapping[str, Citation] | None) -> Extraction:
    size = len(text)
    rev = text[::-1]
    names: dict[str, Citation] = dict(known) if known else {}
    citations: list[Citation] = []
    unparsed: list[Unparsed] = []
    passes: list[list[Alias]] = [[], [], [], [], [], []]  # short names by the pass that reads them
    # Each segment read so far (`_Mark`): a segment may have to be read again together with
    # the one before it.
    marks: list[_Mark] = []
    start = 0
    while start < size:
        stop = _next_cut(text, start + MIN_SEGMENT)
        found: dict[str, Citation] = {}
        lengths = (len(citations), len(unparsed), tuple(map(len, passes)))
        if _fast_may_read(text, start, stop) and citation_fast.scan(
            text, start, stop, rev, names, found, citations, unparsed, passes[_NUMBERED]
        ):
            marks.append((start, *lengths, names, True, None))
            if found:
                names = _carried(names, found)
            start = stop
            continue
        _undo(lengths, citations, unparsed, passes)
        while True:
            stray, still_open = _brackets(text, start, stop)
            if stray and marks:
                # A closer the walk back from a bracket may take past the cut: the segment is
                # read together with the one before it.
                start, n_citations, n_unparsed, n_aliases, names, _, _ = marks.pop()
                lengths = (n_citations, n_unparsed, n_aliases)
                _undo(lengths, citations, unparsed, passes)
            elif still_open and stop < size:
                stop = _next_cut(text, stop)  # a 《 still open: the segment runs on
            else:
                break
        last = _last_number(marks, citations)
        names_after, last = _general(text, start, stop, names, last, citations, unparsed, passes)
        marks.append((start, *lengths, names, False, last))
        names = names_after
        start = stop
    found_all: Extraction = _new(Extraction)
    _x_citations(found_all, tuple(citations))
    _x_unparsed(found_all, tuple(unparsed))
    _x_aliases(found_all, tuple(alias for aliases in passes for alias in aliases))
    return found_all


def _last_number(marks: list[_Mark], citations: list[Citation]) -> Citation | None:
    """Return the last citation the general reader's number pass would have read so far."""
    end = len(citations)
    for mark in reversed(marks):
        begin, fast, last = mark[1], mark[5], mark[6]
        if fast:
            # The fast path's numbers (not its decrees, titles and short names' mentions).
            for i in range(end - 1, begin - 1, -1):
                c = citations[i]
                if (
                    c.issuer is not None
                    and c.year is not None
                    and c.serial is not None
                    and c.text[:1] != "《"
                    and c.key == numbered_key(c.issuer, c.year, c.serial)
                ):
                    return c
        elif last is not None:
            return last
        end = begin
    return None


def _next_cut(text: str, pos: int) -> int:
    """Return the index after the first cut that starts at or after `pos`, or the text's length."""
    cut = text.find(CUT, pos)
    return len(text) if cut == -1 else cut + len(CUT)


def _fast_may_read(text: str, start: int, stop: int) -> bool:
    """Return False for a segment the fast path is not tried on (as `citations.extract` decides)."""
    return (
        text.find("公告", start, stop) == -1
        and text.find("附件", start, stop) == -1
        and text.find("即《", start, stop) == -1
    )


def _undo(
    lengths: tuple[int, int, tuple[int, ...]],
    citations: list[Citation],
    unparsed: list[Unparsed],
    passes: list[list[Alias]],
) -> None:
    """Drop what was read after the lists had `lengths`."""
    n_citations, n_unparsed, n_aliases = lengths
    del citations[n_citations:], unparsed[n_unparsed:]
    for aliases, count in zip(passes, n_aliases, strict=True):
        del aliases[count:]


def _brackets(text: str, start: int, stop: int) -> tuple[bool, bool]:
    """Return (stray, open): whether `text[start:stop]` holds a ）, ) or 》 with no opener
    before it in the segment, and whether a 《 is left open at `stop`."""
    parens = books = 0
    stray = False
    for m in pat.WALK_BRACKETS.finditer(text, start, stop):
        ch = m.group()
        if ch == "《":
            books += 1
        elif ch == "》":
            if books:
                books -= 1
            else:
                stray = True
        elif ch in _OPENERS:
            parens += 1
        elif parens:
            parens -= 1
        else:
            stray = True
    return stray, books > 0


def _general(  # noqa: PLR0917  # the segment, and the lists its results are appended to
    text: str,
    start: int,
    stop: int,
    names: dict[str, Citation],
    before: Citation | None,
    citations: list[Citation],
    unparsed: list[Unparsed],
    passes: list[list[Alias]],
) -> tuple[dict[str, Citation], Citation | None]:
    """Read `text[start:stop]` with the general reader, append its results moved to `start`,
    and return the short names in force after it and the last number its number pass read."""
    marked = read_marked(text[start:stop], names, before)
    if marked is None:
        return names, None
    found, marks, declared, last = marked
    citations.extend(_moved_citation(c, start) for c in found.citations)
    unparsed.extend(
        Unparsed((u.span[0] + start, u.span[1] + start), u.text, u.reason) for u in found.unparsed
    )
    first = 0
    for aliases, end in zip(passes, (*marks, len(found.aliases)), strict=True):
        aliases.extend(
            Alias(a.name, a.key, (a.span[0] + start, a.span[1] + start)) for a in found.aliases[first:end]
        )
        first = end
    return (_carried(names, declared) if declared else names), (None if last is before else last)


def _carried(names: dict[str, Citation], declared: dict[str, Citation]) -> dict[str, Citation]:
    """Return the short names in force after a segment that declares `declared`."""
    return names | declared


def _moved_citation(c: Citation, offset: int) -> Citation:
    """Return `c` with its span and its locators' spans moved by `offset`."""
    locators = tuple(_moved_locator(loc, offset) for loc in c.locators)
    span = (c.span[0] + offset, c.span[1] + offset)
    return _citation(c.key, c.issuer, c.year, c.serial, c.title, c.issuer_info, locators, span, c.text)


def _moved_locator(loc: Locator, offset: int) -> Locator:
    span = (loc.span[0] + offset, loc.span[1] + offset)
    return _locator(loc.pages, loc.item, loc.unit, loc.label, span, loc.kind)
