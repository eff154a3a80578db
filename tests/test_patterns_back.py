"""Scans backwards from a bracket are `re` matches on the reversed text (patterns.*_BACK).

They must find what the `regex` REVERSE scans they replaced found: `HAN_RANGES` is `\\p{Han}`
over every code point, and on any text each *_BACK match, mapped back, is the REVERSE match.
"""

from __future__ import annotations

import re

import regex
from hypothesis import given
from hypothesis import strategies as st

from yiju import patterns as pat

# The REVERSE patterns the citation reader used before (the reference).
ISSUER_RUN_REVERSED = regex.compile(r"[\p{Han}A-Za-zＡ-Ｚａ-ｚ]{1,40}", regex.REVERSE)
TITLE_STOPS_REVERSED = regex.compile(r"[《》（）()，,；;。\n]", regex.REVERSE)
BREAK_RUN_REVERSED = regex.compile(r"[ \t\u3000\xa0\r\n]++", regex.REVERSE)


def test_han_ranges_are_regex_han_on_every_code_point() -> None:
    han = regex.compile(r"\p{Han}")
    ranges = re.compile(f"[{pat.HAN_RANGES}]")
    differ = [cp for cp in range(0x110000) if (han.match(chr(cp)) is None) != (ranges.match(chr(cp)) is None)]
    assert differ == [], "regenerate patterns.HAN_RANGES from regex's \\p{Han}"


_ALPHABET = st.sampled_from(
    list("泉委发国办函闽应急厅AbＺｚ〔〕[]（）()《》，,；;。 \t\u3000\xa0\r\n1２第号々〇⺀\U00020000é")
)


@given(st.text(_ALPHABET, max_size=60), st.data())
def test_back_matches_are_the_reverse_matches(text: str, data: st.DataObject) -> None:
    size = len(text)
    end = data.draw(st.integers(0, size))
    floor = data.draw(st.integers(0, end))
    rev = text[::-1]
    for back, reverse, how in (
        (pat.ISSUER_RUN_BACK, ISSUER_RUN_REVERSED, "match"),
        (pat.BREAK_RUN_BACK, BREAK_RUN_REVERSED, "match"),
        (pat.TITLE_STOPS_BACK, TITLE_STOPS_REVERSED, "search"),
    ):
        want = getattr(reverse, how)(text, floor, end)
        got = getattr(back, how)(rev, size - end, size - floor)
        assert (None if got is None else (size - got.end(), size - got.start())) == (
            None if want is None else want.span()
        )
