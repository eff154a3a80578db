"""The fifth round of held-out real sentences (issue 13), each read whole against its case.

Read right means what the fourth round means (`tests/test_citations_fourth.py`, `mismatches`):
every pinned aspect of every document in order, and the unparsed reports. Sentences main does
not read yet are listed in `FIFTH_LEFT` with why and run here as strict xfails.

Before any fix of this round, main (7594491) read 46 of the 58 sentences right (the twelve
in `FIFTH_LEFT` were its misses when this table was committed); after this round's rules
(`FIFTH_FIXES` in `tests/citation_cases.py`, docs/citations.md "Fifth round"), 56.
"""

from __future__ import annotations

import pytest

from tests.citation_cases import FIFTH_LEFT, REAL_FIFTH, Case
from tests.test_citations_fourth import mismatches


def _param(case: Case) -> object:
    reason = FIFTH_LEFT.get(case.name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


def test_fifth_round_holds_fifty_sentences_with_sources() -> None:
    """The round is at least 50 real sentences, each with its address, and every left one exists."""
    assert len(REAL_FIFTH) >= 50
    assert len({c.name for c in REAL_FIFTH}) == len(REAL_FIFTH)
    expected: list[str] = []
    assert expected == [c.name for c in REAL_FIFTH if not (c.source or "").startswith("http")]
    assert sorted(set(FIFTH_LEFT) - {c.name for c in REAL_FIFTH}) == expected


@pytest.mark.parametrize("case", [_param(c) for c in REAL_FIFTH])
def test_fifth_round_sentence_is_read_right(case: Case) -> None:
    """Every pinned aspect of the sentence holds."""
    expected: list[str] = []
    assert expected == mismatches(case)
