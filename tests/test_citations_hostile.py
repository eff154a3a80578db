"""Hostile input for `yiju.citations` (issue 16): long runs of any character, huge numbers.

Every scan must stay linear in the text. Time bounds compare a run on n units with a run on
4n units measured in the same test (CPU time, best of five each), never a wall-clock constant: a linear
pass takes about 4 times as long, a quadratic one 16 times. A ratio above 10 fails (noise on a
shared machine stays well under it).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

from yiju.citations import basis_documents, canonical_key, extract

NUMBER = "泉委发〔2021〕5号"
# Each run repeats one character class (or a short unit of them) around a real number.
RUNS = {
    "spaces": " ",
    "line-breaks": "\n",
    "cjk-letters": "泉",
    "cjk-letter-space": "泉 ",
    "cjk-letter-line-break": "泉\n",
    "latin-letters": "a",
    "digits": "1",
    "fullwidth-digits": "１",
    "open-brackets": "〔",
    "open-parens": "（",
    "close-parens": "）",
    "years": "〔2021〕",
    "di": "第",
    "di-digit": "第1",
    "book-open": "《",
    "book-open-comma": "《，",
    "book-close": "》",
    "dun": "、",
    "hao": "号",
    "ling": "令",
    "decree-words": "国务院令",
    "alias-words": "以下简称",
    "guanyu": "关于",
    "pages": "第1页",
}
# Units a linear pass handles in a few milliseconds; 4x this is the comparison run.
BASE = 20_000
RATIO = 10.0


def _growth(make: Callable[[int], str], work: Callable[[str], object], base: int = BASE) -> float:
    """Return time(4n) / time(n) for `work` on `make(n)`; a floor of 1 ms damps timer noise.

    The two sizes are timed in turn (best of five each) in CPU time, with the garbage collector
    paused: other jobs on a shared machine take wall time, not this process's CPU time. Up to
    three attempts are made and the lowest ratio is kept; a quadratic pass fails every attempt.
    """
    small, large = make(base), make(4 * base)
    work(small)  # warm the memo caches, as every later run finds them
    ratios: list[float] = []
    for _ in range(3):
        best = {len(small): float("inf"), len(large): float("inf")}
        gc.collect()
        gc.disable()
        try:
            for _ in range(5):
                for text in (small, large):
                    start = time.process_time()
                    work(text)
                    best[len(text)] = min(best[len(text)], time.process_time() - start)
        finally:
            gc.enable()
        ratio = max(best[len(large)], 1e-3) / max(best[len(small)], 1e-3 / 4)
        ratios.append(ratio)
        if ratio < RATIO:
            break
    return min(ratios)


def _best(run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("unit", list(RUNS.values()), ids=list(RUNS))
def test_a_long_run_before_a_number_is_linear(unit: str) -> None:
    """n repetitions of any character class before and after a number cost O(n)."""
    ratio = _growth(lambda n: unit * n + NUMBER + unit * n, extract)
    assert ratio < RATIO, f"{ratio:.1f}x for 4x the text"


@pytest.mark.parametrize("unit", list(RUNS.values()), ids=list(RUNS))
def test_a_long_run_alone_is_linear(unit: str) -> None:
    """n repetitions of any character class with no number cost O(n), in both entry points."""
    assert _growth(lambda n: unit * n, extract) < RATIO
    assert _growth(lambda n: unit * n, basis_documents) < RATIO


def test_letters_and_spaces_before_a_number_still_find_it() -> None:
    """`泉 泉 泉 …〔2021〕5号` (and with line breaks) is read quickly, as the number it ends in."""
    for gap in (" ", "\n"):
        text = f"泉{gap}" * 100_000 + "〔2021〕5号"
        start = time.process_time()
        result = extract(text)
        elapsed = time.process_time() - start
        baseline = _best(lambda text=text: text.count("泉"))
        assert [("泉〔2021〕5号", f"泉{gap}〔2021〕5号")] == [(c.key, c.text) for c in result.citations]
        assert elapsed < 2000 * max(baseline, 1e-4)


@pytest.mark.parametrize(
    "cell",
    [
        lambda n: "，".join(f"泉委发〔2021〕{i}号" for i in range(1, n + 1)),
        lambda n: "；".join(f"《方案{i}》的通知（泉委办〔2021〕{i}号）" for i in range(1, n + 1)),
        lambda n: "、".join(f"国务院令第{i}号" for i in range(1, n + 1)),
        lambda n: "".join(f"《法{i}》（以下简称《法》）" for i in range(1, n + 1)),
        lambda n: "".join(f"泉委发〔2021〕{i}号国务院令第{i}号" for i in range(1, n + 1)),
    ],
    ids=["numbers", "titled-numbers", "decrees", "aliases", "numbers-and-decrees"],
)
def test_a_cell_of_many_citations_is_linear(cell: Callable[[int], str]) -> None:
    """A 文件依据 cell holding thousands of citations costs O(citations), not O(citations²)."""
    ratio = _growth(cell, basis_documents, base=2_000)
    assert ratio < RATIO, f"{ratio:.1f}x for 4x the citations"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("泉委发〔2021〕" + "1" * 10_000 + "号", "泉委发〔2021〕" + "1" * 10_000 + "号"),
        ("泉委发〔2021〕" + "１" * 5_000 + "号", "泉委发〔2021〕" + "１" * 5_000 + "号"),
        ("泉委发〔2021〕1234567890号", "泉委发〔2021〕1234567890号"),
        ("泉委发〔2021〕5号第" + "1" * 10_000 + "页", "第" + "1" * 10_000 + "页"),
        ("泉委发〔2021〕5号第" + "2" * 10_000 + "项", "第" + "2" * 10_000 + "项"),
        ("泉委发〔2021〕5号第1页第27项、" + "3" * 10_000 + "项", "3" * 10_000 + "项"),
        ("《安全生产法》第" + "4" * 10_000 + "条", "第" + "4" * 10_000 + "条"),
        ("国务院令第" + "7" * 10_000 + "号", "国务院令第" + "7" * 10_000 + "号"),
    ],
    ids=["serial", "fullwidth-serial", "ten-digit-serial", "page", "item", "bare-item", "article", "decree"],
)
def test_numbers_over_nine_digits_are_reported_not_read(text: str, reported: str) -> None:
    """A serial, page, item or article of more than 9 digits is unparsed with a reason, never int()ed."""
    result = extract(text)
    assert [reported] == [u.text for u in result.unparsed]
    assert all(u.reason for u in result.unparsed)
    canonical_key(text)  # must not raise either


def test_nine_digits_still_read() -> None:
    """The limit is above every real number: 9 digits are a serial."""
    assert ["泉委发〔2021〕123456789号"] == [c.key for c in extract("泉委发〔2021〕123456789号").citations]
