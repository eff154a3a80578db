"""`natural_key` cuts text as `patterns.NUMBER_GROUPS` does, without importing the patterns."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from yiju import patterns as pat
from yiju._util import _number_value, natural_key

# Digits of several scripts, every Chinese numeral, Han text around them (般, 项, 々, 〇, an
# Extension A and B character, a radical), and what separates ids (`-`, `.`, brackets, space).
_ALPHABET = "0123456789０１２٣零〇一二三四五六七八九十百两般项条第章号々㐀𠀀⺀-.（）() a〔〕"


def _by_pattern(text: str) -> tuple[tuple[int, int, str], ...]:
    parts = pat.NUMBER_GROUPS.split(text)
    return tuple(
        (0, _number_value(part), part) if index % 2 else (1, 0, part)
        for index, part in enumerate(parts)
        if part
    )


@settings(max_examples=3000)
@given(st.text(alphabet=_ALPHABET, max_size=12))
def test_natural_key_cuts_text_as_the_pattern(text: str) -> None:
    """Numbers and numerals standing apart are found where the pattern finds them."""
    assert _by_pattern(text) == natural_key.__wrapped__(text)


def test_natural_key_reads_numerals_apart_from_han_text() -> None:
    """`十一.2` sorts after `二.10` (numbers first); the 一 of 一般 stays text, after them."""
    ids = ["十一.2", "二.10", "一般工作", "1-10", "1-9", "第三章", "（三）"]
    expected = ["1-9", "1-10", "二.10", "十一.2", "一般工作", "第三章", "（三）"]
    assert expected == sorted(ids, key=natural_key)
