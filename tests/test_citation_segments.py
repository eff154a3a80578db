"""A long text read segment by segment (`citation_segments`) reads as the general reader reads it.

`extract` cuts a long text after `。\\n`, reads each segment with the fast path and the segments
it gives up on with the general reader. The cut must be where nothing the general reader reads
reaches across: a property over generated documents — paragraphs of the common shapes mixed
with what the fast path gives up on (lists, short names in other places, stray brackets, titles
on the line above their number, decrees written backwards, unclosed 《 …) — holds the segmented
reading to the general reader's reading of the whole text, with and without short names known
from before it. Each mutant of the cutting rule below is found wrong by the same property.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st

from tests.test_citation_fast import piece
from yiju import citation_segments as segments
from yiju import citations
from yiju.citations import extract, read_general
from yiju.models import Citation

# What ends a paragraph of a generated document: mostly a cut, sometimes a line break that is
# none (`…的通知\n（泉委发…）`, `泉委\n发〔…`), or no break at all.
ENDS = ["。\n", "。\n", "。\n", "\n", "。", "；\n", "）。\n", "》\n", "。\n\n"]
# What may open a paragraph: an enumerator with a closer and no opener (`1）`), a stray 》, a
# bracket, the continuation of a title or an issuer.
STARTS = ["", "", "", "1）", "》", "（", "《", "发〔2021〕5号", "的通知（泉委发〔2021〕5号）", "令第5号"]


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    body = "".join(draw(st.lists(piece(), min_size=1, max_size=8)))
    return draw(st.sampled_from(STARTS)) + body + draw(st.sampled_from(ENDS))


documents = st.lists(paragraph(), min_size=2, max_size=10).map("".join)
KNOWN = [
    {},
    {"意见": extract("国发〔2015〕11号").citations[0]},
    {
        "条例": extract("《生产安全事故应急条例》").citations[0],
        "规划": extract("闽政〔2016〕47号").citations[0],
    },
]


@contextmanager
def every_cut() -> Iterator[None]:
    """Cut at every `。\\n`, however short the segment (the default waits for 120 characters)."""
    saved = segments.MIN_SEGMENT
    segments.MIN_SEGMENT = 0
    try:
        yield
    finally:
        segments.MIN_SEGMENT = saved


def agrees(text: str, known: dict[str, Citation] | None = None) -> bool:
    """Return True when the segmented reading is the general reader's on the whole text."""
    with every_cut():
        return segments.read(text, known) == read_general(text, known)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.sampled_from(KNOWN))
def test_a_document_read_segment_by_segment_reads_as_the_whole(text: str, known: dict[str, Citation]) -> None:
    """Segment by segment, every citation, unparsed span and short name is the general reader's."""
    general = read_general(text, known)
    with every_cut():
        assert segments.read(text, known) == general
    assert segments.read(text, known) == general  # the default segments, of 120 characters or more
    assert extract(text, known) == general


def test_a_long_text_is_read_segment_by_segment() -> None:
    """`extract` cuts a long text: the paragraphs the fast path reads are read by it, and only
    the one it gives up on (a list of serials) by the general reader."""
    paragraph = (
        "根据《泉州市安全生产工作要点》（泉委发〔2021〕5号，以下简称《意见》）和国务院令第699号，制定本方案。"
        "按照《意见》第三条要求，落实泉委办〔2021〕20号第14-15页第11项部署。\n"
    )
    text = paragraph * 3 + "落实闽政〔2016〕47号、48号部署。\n" + paragraph * 3
    calls: list[bool] = []
    scan = segments.citation_fast.scan

    def counted(*args: object) -> bool:
        calls.append(scan(*args))  # type: ignore[arg-type]
        return calls[-1]

    segments.citation_fast.scan = counted  # type: ignore[assignment]
    try:
        with every_cut():
            found = extract(text)
    finally:
        segments.citation_fast.scan = scan  # type: ignore[assignment]
    assert found == read_general(text)
    assert calls == [True, True, True, False, True, True, True]
    assert [c.key for c in found.citations].count("闽政〔2016〕48号") == 1


def test_a_short_name_declared_again_holds_until_then() -> None:
    """A mention takes the last declaration before it: a name declared again for another
    document (a long notice cites two 意见) leaves the mentions before that declaration alone."""
    text = (
        "根据《甲办法》（国发〔2019〕7号，以下简称《意见》）制定。按照《意见》第三条要求。"
        "根据《乙办法》（国发〔2019〕8号，以下简称《意见》）制定。按照《意见》第四条要求。"
    )
    found = read_general(text)
    mentions = [(c.text, c.key) for c in found.citations if c.text.startswith("《意见》")]
    assert mentions == [("《意见》第三条", "国发〔2019〕7号"), ("《意见》第四条", "国发〔2019〕8号")]
    assert extract(text) == found
    # Known from before the text, a name holds until the text declares it anew.
    known = {"意见": extract("闽政〔2016〕47号").citations[0]}
    before = read_general("按照《意见》第二条。" + text, known)
    assert [c.key for c in before.citations if c.text.startswith("《意见》")] == [
        "闽政〔2016〕47号",
        "国发〔2019〕7号",
        "国发〔2019〕8号",
    ]


def test_the_collector_is_paused_for_the_read_and_restored() -> None:
    """`read` pauses the cyclic collector while it reads (its results are acyclic values) and
    leaves it as it found it: enabled or disabled, after a result or an exception."""
    text = "根据国务院令第699号，制定本方案。\n" * 40
    seen: list[bool] = []
    fast_scan = segments.citation_fast.scan

    def watched(*args: object) -> bool:
        seen.append(gc.isenabled())
        return fast_scan(*args)  # type: ignore[arg-type]

    def failing(*args: object) -> bool:
        raise RuntimeError("a failure inside the read")

    assert gc.isenabled()
    try:
        segments.citation_fast.scan = watched  # type: ignore[assignment]
        assert segments.read(text) == read_general(text)
        assert seen
        assert not any(seen)
        assert gc.isenabled()  # and enabled again after
        gc.disable()
        assert segments.read(text) == read_general(text)
        assert not gc.isenabled()  # a caller's disabled collector stays disabled
        gc.enable()
        segments.citation_fast.scan = failing  # type: ignore[assignment]
        with pytest.raises(RuntimeError):
            segments.read(text)
        assert gc.isenabled()  # restored on the way out of an exception too
    finally:
        segments.citation_fast.scan = fast_scan  # type: ignore[assignment]
        gc.enable()


# --------------------------------------------------------------------------- mutants


MUTANTS: dict[str, tuple[str, object]] = {
    "a text is cut at any line break": ("CUT", "\n"),
    "a segment with a stray closer or an open 《 is read alone": (
        "_brackets",
        lambda text, start, stop: (False, False),
    ),
    "the number before a segment is not carried into it": ("_last_number", lambda marks, citations: None),
    "short names are not carried to the next segment": ("_carried", lambda names, declared: names),
    "every short name is listed as the number pass's": (
        "read_marked",
        lambda text, known, before: _all_numbered(citations.read_marked(text, known, before)),
    ),
}


def _all_numbered(marked: object) -> object:
    if marked is None:
        return None
    found, _, declared, last = marked  # type: ignore[misc]
    count = len(found.aliases)
    return found, (count, count, count, count, count), declared, last


@pytest.mark.parametrize("mutant", sorted(MUTANTS))
def test_the_property_catches_a_mutant_of_the_cutting_rule(mutant: str) -> None:
    """Break one part of the cutting rule: the property finds a document where it is wrong."""
    name, value = MUTANTS[mutant]
    known = KNOWN[1]
    broken: Callable[[str], bool] = lambda text: not agrees(text, known)  # noqa: E731  # a predicate
    with patch.object(segments, name, value):  # a mutant, for the duration
        found = find(
            documents,
            broken,
            # The first document found wrong is enough: shrinking it to the smallest (hundreds
            # of readings of both ways) does not change which mutants are caught.
            settings=settings(
                max_examples=5000, deadline=None, database=None, derandomize=True, phases=(Phase.generate,)
            ),
        )
    with patch.object(segments, name, value):  # a mutant, for the duration
        assert not agrees(found, known)
    assert agrees(found, known)
