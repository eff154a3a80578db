"""Cell patterns run in linear time on long runs of one character class (issue 16).

Bounds compare a text with four times as long a one measured in the same run: linear work
grows about 4×, quadratic 16×. A bound of 10× (plus a small floor for timer noise) fails a
quadratic pattern and passes a linear one on a noisy machine.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.timing import cpu_best
from yiju import patterns as pat


def _growth(short: str, long: str) -> tuple[float, float]:
    small = cpu_best(lambda: pat.FORM_UNIT.search(short), repeat=5)
    large = cpu_best(lambda: pat.FORM_UNIT.search(long), repeat=5)
    return small, large


CASES = [
    ("a run of spaces inside the unit", lambda n: "填报单位：X" + " " * n + "Y"),
    ("words separated by single spaces", lambda n: "填报单位：" + "甲 " * n),
    ("words and labels", lambda n: "填报单位：" + "甲乙 " * n + "丙："),
    ("a run of line breaks", lambda n: "填报单位：X" + "\n" * n + "Y"),
]


@pytest.mark.parametrize("make", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_form_unit_is_linear(make: Callable[[int], str]) -> None:
    """`FORM_UNIT` on 4n characters costs at most ~10× what it costs on n."""
    n = 40_000
    short, long = make(n), make(4 * n)
    # A quadratic pattern grows ~16x every time; a linear one only exceeds 10x when a
    # measurement is disturbed, so a second and third measurement settle it.
    for _ in range(3):
        small, large = _growth(short, long)
        if large <= 10 * small + 0.005:
            break
    assert large <= 10 * small + 0.005


def test_form_unit_stops_at_the_next_label() -> None:
    """The unit ends before the next `…：` label on its line."""
    found = pat.FORM_UNIT.search("填报单位：泉州市应急管理局          填报日期：2021年8月10日")
    assert found is not None
    assert "泉州市应急管理局" == found.group("unit")
