"""The fourth round of held-out real sentences (issue 13), each read whole against its case.

A sentence counts as read right only when everything its case pins holds at once: the
documents in order, their titles, locators, issuer/year/serial and text, and the unparsed
reports. Sentences main does not read yet are listed in `FOURTH_LEFT` with why, and run here
as strict xfails, so a fix that reads one fails until it is taken off the list (and it then
joins `CASES`, where every aspect has its own test).
"""

from __future__ import annotations

import pytest

from tests.citation_cases import FOURTH_LEFT, REAL_FOURTH, Case, Loc
from yiju.citations import extract


def mismatches(case: Case) -> list[str]:
    """Return what extraction gets wrong on the case, one line per aspect (empty: read right)."""
    result = extract(case.text)
    found = result.citations
    wrong: list[str] = []
    expected_keys = [d.key for d in case.docs]
    actual_keys = [c.key for c in found]
    if expected_keys != actual_keys:
        return [f"keys: expected {expected_keys}, got {actual_keys}"]
    for d, c in zip(case.docs, found, strict=True):
        locs = [Loc(x.pages, x.item, x.unit) for x in c.locators]
        checks = (
            ("title", d.title, c.title),
            ("locators", list(d.locators), locs),
            ("issuer", d.issuer, c.issuer),
            ("year", d.year, c.year),
            ("serial", d.serial, c.serial),
            ("text", d.text, c.text),
        )
        wrong += [
            f"{d.key} {what}: expected {want!r}, got {got!r}" for what, want, got in checks if want != got
        ]
    unparsed = [u.text for u in result.unparsed]
    if isinstance(case.unparsed, int):
        if case.unparsed != len(unparsed):
            wrong.append(f"unparsed: expected {case.unparsed}, got {unparsed}")
    elif case.unparsed is not None and list(case.unparsed) != unparsed:
        wrong.append(f"unparsed: expected {list(case.unparsed)}, got {unparsed}")
    return wrong


def _param(case: Case) -> object:
    reason = FOURTH_LEFT.get(case.name)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=case.name, marks=marks)


def test_fourth_round_holds_forty_sentences_with_sources() -> None:
    """The round is at least 40 real sentences, each with its address, and every left one exists."""
    assert len(REAL_FOURTH) >= 40
    expected: list[str] = []
    assert expected == [c.name for c in REAL_FOURTH if not (c.source or "").startswith("http")]
    assert sorted(set(FOURTH_LEFT) - {c.name for c in REAL_FOURTH}) == expected


@pytest.mark.parametrize("case", [_param(c) for c in REAL_FOURTH])
def test_fourth_round_sentence_is_read_right(case: Case) -> None:
    """Every pinned aspect of the sentence holds."""
    expected: list[str] = []
    assert expected == mismatches(case)
