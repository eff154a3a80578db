"""Small helpers the graph's readers share: sort keys, attribute decoding, number text.

Queries, rendering, the report tables, the audit and the CLI all sort ids the way people
read them, split the line-joined attributes the graph stores, and print weights as the form
writes them; one copy of each lives here so that they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import groupby
from typing import Any, TypeVar

__all__ = ["lines", "natural_key", "number_text", "unique", "weight_text"]

_T = TypeVar("_T")


NaturalKey = tuple[tuple[int, int, str], ...]


@lru_cache(maxsize=65536)
def natural_key(text: str) -> NaturalKey:
    """Return a sort key reading digit runs as numbers: `2号` < `20号`, `1-9` < `1-10`.

    Digits sort before other text at the same place, so `1-3` comes before `1-3-1`.

    >>> sorted(["1-10", "1-9", "1-3-1", "1-3"], key=natural_key)
    ['1-3', '1-3-1', '1-9', '1-10']
    """
    # Runs of decimal digits (any script's: `int` reads them all) and of the rest, by
    # `str.isdecimal` rather than a pattern: every query sorts by this, and importing the
    # patterns (all compiled on import) would cost a small query most of its time.
    return tuple(
        (0, int(run), "") if digits else (1, 0, run)
        for digits, run in ((d, "".join(chars)) for d, chars in groupby(text, str.isdecimal))
    )


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
