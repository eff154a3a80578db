"""The slow cases of issue 16 as regressions: each workload on n and on 4n, timed in the same
run (`tests/timing.py`), must grow near-linearly, never quadratically.

- every pattern of `yiju.patterns` on long runs of each character class (spaces, letters,
  digits, brackets, 第, 《 …), used the way the code uses it (searched, or matched at a point);
- D03 near-duplicate text on 2 000 against 8 000 indicators (a third near-copies of one row);
- the audit's cross-form rules on 500 against 2 000 copies of one unit's form;
- 30 rows of 2 500-character against 10 000-character cells, audited and reported;
- a 1 MB against a 4 MB text form, read and parsed.

Bounds: 6x for 4x the input on the pipelines (linear work measures 3–5x here, n log n a little
more; quadratic 16x), 10x on single patterns (the bound of `test_linear_patterns.py`). Each
was checked to fail against a deliberately quadratic version: D03 scoring every pair (14.9x;
the long cells' audit 15.5x), `plan_spaces` rescanning every form per form (15.7x), the text
reader deduplicating rows by list membership (6.6x, a quadratic step in C), and
`SECTION_COUNT`/`ITEM_RANGE` as they were before they gained a lookbehind (15.5x, 13.2x). The
whole module costs about 20 s of CPU.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
import regex

from tests import hostile
from tests.timing import growth
from yiju import patterns as pat
from yiju.audit import load_profile, run_audit
from yiju.corpus import load
from yiju.forms import parse_tables
from yiju.graph import build_graph, form_spaces
from yiju.models import Form
from yiju.readers import read

SRC = Path(__file__).resolve().parent.parent / "src" / "yiju"
# Common CJK ideographs for random text that no rule finds alike by chance.
CJK = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
NEAR = "深入开展工贸电力行业有限空间专项整治工作，持续加大有限空间事故防范力度。"


# ------------------------------------------------------------------------------ patterns

# One unit of each character class a hostile cell may repeat.
RUNS = {
    "spaces": " ",
    "ideographic-spaces": "\u3000",
    "tabs": "\t",
    "line-breaks": "\n",
    "latin-letters": "a",
    "cjk-letters": "泉",
    "cjk-letter-space": "泉 ",
    "digits": "1",
    "fullwidth-digits": "１",
    "chinese-numerals": "一",
    "open-brackets": "〔",
    "close-brackets": "〕",
    "open-parens": "（",
    "ascii-parens": "(",
    "di": "第",
    "book-open": "《",
    "book-open-comma": "《，",
    "commas": "，",
    "colons": "：",
    "hyphens": "-",
}
# `dir`, not `vars`: patterns are compiled on first use (`getattr`), not on import.
PATTERNS = {
    name: value for name in dir(pat) if isinstance(value := getattr(pat, name), re.Pattern | regex.Pattern)
}
_SCANS = ("search", "finditer", "findall", "sub", "subn", "split")


@cache
def _source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in SRC.rglob("*.py") if p.name != "patterns.py")


def _anchored(name: str) -> bool:
    """True when the code only ever calls the pattern's `match`/`fullmatch` (at one place).

    A searched pattern is tried at every position of a run, so it must not rescan the rest of
    the run from each; a matched one runs once from the point its caller chose.
    """
    uses = set(re.findall(rf"\b{name}\b(?:\.(\w+))?", _source()))
    return bool(uses) and uses <= {"match", "fullmatch"}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_pattern_is_linear_on_long_runs(name: str) -> None:
    """Each pattern, used as the code uses it, costs O(n) on n repetitions of any character class."""
    pattern = PATTERNS[name]
    anchored = _anchored(name)
    slow: list[str] = []
    for label, unit in RUNS.items():
        piece: str | bytes = unit.encode() if isinstance(pattern.pattern, bytes) else unit
        short, long = piece * 2_000, piece * 8_000

        def work(text: str | bytes) -> Callable[[], object]:
            if anchored:
                return lambda: pattern.match(text)
            return lambda: list(pattern.finditer(text))

        got = growth(work(short), work(long), bound=10, floor=0.001)
        if not got.ok:
            slow.append(f"{label}: {got}")
    assert [] == slow, f"{name} ({'matched' if anchored else 'searched'})"


# ------------------------------------------------------------------------------ pipelines


def _form(rows: list[tuple[str, ...]], tmp: Path, name: str) -> Form:
    path = tmp / name
    path.write_text(hostile.text_form(rows), encoding="utf-8")
    [form] = parse_tables(read(path))
    return form


def _row(i: int, text: str) -> tuple[str, ...]:
    return (
        f"1-{i // 9 + 1}-{i % 9 + 1}",
        "泉委发〔2021〕5号",
        f"做好第{i}项工作（4分）",
        text,
        *hostile.ROW[4:],
    )


def test_near_duplicate_text_scales_near_linearly(tmp_path: Path) -> None:
    """D03 on 8 000 indicators, a third near-copies of one row, costs ≤ 6x what 2 000 cost.

    Scoring every pair was quadratic (4 000 such rows took over 10 GB); the index keeps it
    near-linear, and one group is reported, not a finding per pair.
    """
    rng = random.Random(2)

    def rows(n: int) -> list[tuple[str, ...]]:
        return [
            _row(
                i,
                NEAR[:-3] + rng.choice(CJK) + rng.choice(CJK) if i % 3 == 0 else "".join(rng.sample(CJK, 30)),
            )
            for i in range(n)
        ]

    profile = load_profile(None)
    small, large = _form(rows(2_000), tmp_path, "small.txt"), _form(rows(8_000), tmp_path, "large.txt")
    graphs = {id(f): build_graph([f]) for f in (small, large)}

    def audit(form: Form) -> Callable[[], object]:
        return lambda: run_audit([form], profile, select=["D03"], graph=graphs[id(form)])

    found = run_audit([large], profile, select=["D03"], graph=graphs[id(large)])
    assert [2_667] == [len(f.subjects) for f in found]  # one group of every near-copy
    got = growth(audit(small), audit(large), bound=6)
    assert got.ok, str(got)


def test_copies_of_one_form_scale_near_linearly(tmp_path: Path) -> None:
    """The whole audit of 2 000 copies of one unit's form costs ≤ 6x what 500 copies cost.

    The cross-form rules index forms by key; comparing each copy with every other (as
    `form_spaces` once did) made 10 000 copies take over 600 s.
    """
    rows = [_row(i, f"开展第{i}项甲乙丙丁工作，持续加大力度") for i in range(6)]
    form = _form(rows, tmp_path, "form.txt")
    profile = load_profile(None)
    small = [replace(form, file=f"copies/{i:05}.txt") for i in range(500)]
    large = [replace(form, file=f"copies/{i:05}.txt") for i in range(2_000)]
    # The namespaces alone first: cheap, so a quadratic step there cannot hide in the audit.
    got = growth(lambda: form_spaces(small), lambda: form_spaces(large), bound=6)
    assert got.ok, f"form_spaces: {got}"
    got = growth(lambda: run_audit(small, profile), lambda: run_audit(large, profile), bound=6, repeat=2)
    assert got.ok, f"audit: {got}"


def test_long_cells_cost_linearly_in_their_length(tmp_path: Path) -> None:
    """Reading, auditing and reporting 10 000-character cells costs ≤ 6x 2 500-character ones.

    `report` on 10 000-character cells took 212 s, nearly all of it D03 scoring every pair.
    """
    rng = random.Random(4)
    paths = {}
    for width in (2_500, 10_000):
        rows = [_row(i, "".join(rng.choices(CJK, k=width))) for i in range(30)]
        paths[width] = tmp_path / f"cells{width}.txt"
        paths[width].write_text(hostile.text_form(rows), encoding="utf-8")

    def audit(width: int) -> Callable[[], object]:
        [form] = parse_tables(read(paths[width]))
        return lambda: run_audit([form], load_profile(None))

    def report(width: int) -> Callable[[], object]:
        return lambda: load([paths[width]]).report(tmp_path / f"r{width}.xlsx")

    got = growth(audit(2_500), audit(10_000), bound=6)
    assert got.ok, f"audit: {got}"
    got = growth(report(2_500), report(10_000), bound=6, repeat=2)
    assert got.ok, f"report: {got}"


def test_a_big_text_form_parses_linearly(tmp_path: Path) -> None:
    """Reading and parsing a 4 MB text form costs ≤ 6x a 1 MB one (the 200 MB form, scaled down)."""
    rng = random.Random(1)
    paths = {}
    for lines in (5_000, 20_000):
        rows = [_row(i, "".join(rng.choices(CJK, k=38))) for i in range(lines)]
        paths[lines] = tmp_path / f"big{lines}.txt"
        paths[lines].write_text(hostile.text_form(rows), encoding="utf-8")
    assert 3.5 < paths[20_000].stat().st_size / 2**20 < 4.5

    def parse(lines: int) -> Callable[[], object]:
        return lambda: parse_tables(read(paths[lines]))

    got = growth(parse(5_000), parse(20_000), bound=6, repeat=2)
    assert got.ok, str(got)
