"""Small helpers the graph's readers share: sort keys, attribute decoding, number text.

Queries, rendering, the report tables, the audit and the CLI all sort ids the way people
read them, split the line-joined attributes the graph stores, and print weights as the form
writes them; one copy of each lives here so that they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, TypeVar

from yiju import patterns as pat

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
    parts = pat.NUMBER_GROUPS.split(text)
    return tuple(
        (0, _number_value(part), part) if index % 2 else (1, 0, part)
        for index, part in enumerate(parts)
        if part
    )


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
