"""Small helpers the graph's readers share: sort keys, attribute decoding, number text.

Queries, rendering, the report tables, the audit and the CLI all sort ids the way people
read them, split the line-joined attributes the graph stores, and print weights as the form
writes them; one copy of each lives here so that they cannot drift apart.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TypeVar

__all__ = ["lines", "natural_key", "number_text", "unique", "weight_text"]

_T = TypeVar("_T")


NaturalKey = tuple[tuple[int, int, str], ...]


@lru_cache(maxsize=65536)
def natural_key(text: str) -> NaturalKey:
    """Return a sort key reading digit runs as numbers: `2号` < `20号`, `1-9` < `1-10`.

    Digits sort before other text at the same place, so `1-3` comes before `1-3-1`. A Chinese
    numeral standing apart from other Han text is a number too (section ids `二.1` < `十.1` <
    `十一.1`); the written form breaks ties, so `1` and `一` never compare equal.

    >>> sorted(["1-10", "1-9", "1-3-1", "1-3"], key=natural_key)
    ['1-3', '1-3-1', '1-9', '1-10']
    >>> sorted(["十一", "二", "十", "一"], key=natural_key)
    ['一', '二', '十', '十一']
    """
    return tuple(
        (0, _number_value(part), part) if number else (1, 0, part) for number, part in _number_groups(text)
    )


# `patterns.NUMBER_GROUPS` (digit runs, and Chinese numerals standing apart from other Han
# text) read here without a regex: every query sorts by `natural_key`, and importing the
# patterns (all compiled on import) would cost a small query most of its time. The tests
# hold the two to the same answers on random text.
_CN_NUMERALS = frozenset("零〇一二三四五六七八九十百两")

# Unicode's Han script (`\p{Han}`), as (first, last) code point ranges: what may not touch a
# Chinese numeral for it to stand apart.
_HAN = (
    (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007),
    (0x3021, 0x3029), (0x3038, 0x303B), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9), (0x16FE2, 0x16FE3), (0x16FF0, 0x16FF6), (0x20000, 0x2A6DF), (0x2A700, 0x2B81E),
    (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0), (0x2EBF0, 0x2EE5D), (0x2F800, 0x2FA1D), (0x30000, 0x3134A),
    (0x31350, 0x33479),
)  # fmt: skip
_HAN_FIRSTS = tuple(first for first, _ in _HAN)


def _is_han(ch: str) -> bool:
    at = bisect_right(_HAN_FIRSTS, ord(ch)) - 1
    return at >= 0 and ord(ch) <= _HAN[at][1]


def _number_groups(text: str) -> list[tuple[bool, str]]:
    """Return `text` as (is a number, piece) pieces, as `patterns.NUMBER_GROUPS.split` cuts it."""
    runs: list[tuple[int, str]] = []  # 0 digits, 1 numerals, 2 anything else
    for ch in text:
        kind = 0 if ch.isdecimal() else 1 if ch in _CN_NUMERALS else 2
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + ch)
        else:
            runs.append((kind, ch))
    out: list[tuple[bool, str]] = []
    for index, (kind, run) in enumerate(runs):
        number = kind == 0
        if kind == 1:  # a numeral run counts only with no Han character on either side
            before = runs[index - 1][1][-1] if index else ""
            after = runs[index + 1][1][0] if index + 1 < len(runs) else ""
            number = not (before and _is_han(before)) and not (after and _is_han(after))
        if not number and out and not out[-1][0]:
            out[-1] = (False, out[-1][1] + run)
        else:
            out.append((number, run))
    return out


_CN_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_CN_UNITS = {"十": 10, "百": 100}


def _number_value(part: str) -> int:
    """Return the value of a digit run or of a Chinese numeral (`十一` → 11, `一〇五` → 105)."""
    if part[0] not in _CN_DIGITS and part[0] not in _CN_UNITS:
        return int(part)
    total = current = 0
    positional = not any(ch in _CN_UNITS for ch in part)
    for ch in part:
        if ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        elif positional:
            current = current * 10 + _CN_DIGITS[ch]
        else:
            current = _CN_DIGITS[ch]
    return total + current


def lines(value: Any) -> tuple[str, ...]:
    """Return a line-joined graph attribute as a tuple of its non-empty lines (absent → `()`).

    >>> lines("14-15\\n16"), lines(None)
    (('14-15', '16'), ())
    """
    if not value:
        return ()
    return tuple(line for line in str(value).split("\n") if line)


def unique(items: Iterable[_T]) -> list[_T]:
    """Return items without repeats, first occurrence first.

    >>> unique(["b", "a", "b"])
    ['b', 'a']
    """
    return list(dict.fromkeys(items))


def number_text(value: float) -> str:
    """Return a number as a form writes it: `2` for 2.0, `1.5`, `0.3` for 0.1 + 0.2.

    >>> number_text(2.0), number_text(1.5), number_text(0.1 + 0.2)
    ('2', '1.5', '0.3')
    """
    number = round(float(value), 6)
    return str(int(number)) if number.is_integer() else str(number)


def weight_text(value: float | None, missing: str = "—") -> str:
    """Return a weight as the form writes it, or `missing` when there is none.

    >>> weight_text(1.5), weight_text(None), weight_text(None, "-")
    ('1.5', '—', '-')
    """
    return missing if value is None else number_text(value)
