"""Citation extraction throughput (issue 2), beside the bare anchor scan timed in the same run.

Usage: python bench/bench_citations.py [--mb 20] [--big-budget 60] [--profile]

The corpus (`corpus.citation_cells`) is ≥ 20 MB of UTF-8 cell text shaped like real forms.
The *floor* is one compiled `regex` pass that only finds every bracketed four-digit year:
`yiju.patterns.ANCHOR` without its two-digit alternative, `.finditer` consumed fully. Every
numbered citation contains that anchor, so no extractor built on it can beat it; the target
is extraction within 10x of it.

Both are timed cell by cell (a list of strings, as `yiju` reads forms) and on the corpus
joined into one string. The one-string pass is timed on growing prefixes so that a cost that
grows faster than the text shows up as falling MB/s; a size whose run would exceed the budget
is skipped and its projected time printed instead. Best of 3 with `time.perf_counter`;
MB = 10**6 bytes of UTF-8 (Chinese text is ~2.7 bytes per character).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import sys
import time
from collections.abc import Callable

import regex
from corpus import citation_cells, clear_yiju_caches

from yiju import patterns as pat
from yiju.citations import extract

REPEATS = 3
TARGET_MBS = 20.0
TARGET_RATIO = 10.0


def floor_pattern() -> regex.Pattern[str]:
    """Return the anchor scan: `yiju.patterns.ANCHOR`'s shape, restricted to four-digit years.

    Built from the same public bracket sets rather than by editing ANCHOR's source, because
    ANCHOR also accepts shorter years (to report `泉委发〔21〕5号`) and its spelling may change.
    """
    space = r"[ \t\u3000\xa0]*+"
    return regex.compile(
        rf"[{regex.escape(pat.OPEN_BRACKETS)}]{space}(?P<year>[0-9０-９]{{4}}){space}"
        rf"[{regex.escape(pat.CLOSE_BRACKETS)}]"
    )


def best_of(run: Callable[[], object], repeats: int = REPEATS) -> tuple[float, object]:
    """Return the best wall time of `repeats` runs and the last run's result."""
    best = float("inf")
    result: object = None
    for _ in range(repeats):
        clear_yiju_caches()
        gc.collect()
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def scan_cells(anchor: regex.Pattern[str], cells: list[str]) -> int:
    """Count anchors cell by cell: the floor."""
    count = 0
    for cell in cells:
        for _ in anchor.finditer(cell):
            count += 1
    return count


def scan_text(anchor: regex.Pattern[str], text: str) -> int:
    """Count anchors in one string: the floor."""
    count = 0
    for _ in anchor.finditer(text):
        count += 1
    return count


def extract_cells(cells: list[str]) -> int:
    """Extract cell by cell; return the number of citations found."""
    return sum(len(extract(cell).citations) for cell in cells)


def _mbs(nbytes: int, seconds: float) -> float:
    return nbytes / 1e6 / seconds


def _row(label: str, nbytes: int, seconds: float, floor: float | None, found: object) -> None:
    rate = _mbs(nbytes, seconds)
    ratio = f"{floor / rate:6.1f}x" if floor else "     - "
    print(
        f"  {label:<34} {nbytes / 1e6:7.2f} MB {seconds * 1000:10.1f} ms {rate:9.1f} MB/s {ratio}  ({found})"
    )


def prefixes(cells: list[str], sizes_mb: list[float]) -> list[tuple[float, str]]:
    """Return the corpus joined by line breaks, cut at a cell boundary after each size."""
    out = []
    joined: list[str] = []
    size = 0
    wanted = iter(sorted(sizes_mb))
    goal = next(wanted, None)
    for cell in cells:
        joined.append(cell)
        size += len(cell.encode("utf-8")) + 1
        while goal is not None and size >= goal * 1e6:
            out.append((goal, "\n".join(joined)))
            goal = next(wanted, None)
    if goal is not None:
        out.append((goal, "\n".join(joined)))
    return out


def profile(cells: list[str], text: str) -> None:
    """Print where extraction spends its time, cell by cell and on one string."""
    for label, statement in (
        ("cell by cell", lambda: extract_cells(cells)),
        ("one string", lambda: extract(text)),
    ):
        profiler = cProfile.Profile()
        profiler.runcall(statement)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(14)
        print(f"\n--- cProfile, {label} ({sum(len(c.encode()) for c in cells) / 1e6:.1f} MB), by own time")
        print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB of UTF-8 (default 20)")
    parser.add_argument(
        "--big-budget",
        type=float,
        default=45.0,
        help="skip a one-string size whose single run is projected to take longer (seconds)",
    )
    parser.add_argument("--profile", action="store_true", help="also profile extraction on 2 MB")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    cells = citation_cells(int(args.mb * 1e6))
    nbytes = sum(len(c.encode("utf-8")) for c in cells)
    nchars = sum(len(c) for c in cells)
    print(
        f"corpus: {len(cells)} cells, {nbytes / 1e6:.2f} MB UTF-8, {nchars / 1e6:.2f} M characters "
        f"(built in {time.perf_counter() - start:.1f} s)"
    )
    anchor = floor_pattern()
    print(f"floor pattern:  {anchor.pattern}")
    print(f"yiju ANCHOR:    {pat.ANCHOR.pattern}")
    print(f"best of {REPEATS}; ratio = floor MB/s / engine MB/s (target: >= {TARGET_MBS:g} MB/s, <= 10x)\n")

    print("cell by cell")
    t_floor, anchors = best_of(lambda: scan_cells(anchor, cells))
    floor_cells = _mbs(nbytes, t_floor)
    _row("floor: 4-digit anchor scan", nbytes, t_floor, None, f"{anchors} anchors")
    t_engine, found = best_of(lambda: extract_cells(cells))
    engine_cells = _mbs(nbytes, t_engine)
    _row("yiju.citations.extract", nbytes, t_engine, floor_cells, f"{found} citations")

    print("\none string (prefixes of the corpus joined by line breaks)")
    sizes = sorted({s for s in (1.0, 2.0, 5.0, args.mb) if s <= args.mb})
    results: list[tuple[float, float, float | None, float]] = []  # MB, floor MB/s, engine MB/s, s
    last: tuple[float, float] | None = None  # (bytes, seconds) of the last engine run
    for size, text in prefixes(cells, sizes):
        text_bytes = len(text.encode("utf-8"))
        t_floor, anchors = best_of(lambda text=text: scan_text(anchor, text))
        _row(f"floor, {size:g} MB", text_bytes, t_floor, None, f"{anchors} anchors")
        if last is not None:
            # Project as if the cost grew with the square of the size: safe for what we saw.
            projected = last[1] * (text_bytes / last[0]) ** 2
            if projected > args.big_budget:
                label = f"extract, {size:g} MB"
                print(f"  {label:<34} skipped: projected {projected:.0f} s (over --big-budget)")
                results.append((size, _mbs(text_bytes, t_floor), None, projected))
                continue
        clear_yiju_caches()
        once = time.perf_counter()
        found_text = len(extract(text).citations)
        single = time.perf_counter() - once
        t_engine = single
        if single * (REPEATS - 1) <= args.big_budget:
            t_engine, _ = best_of(lambda text=text: extract(text), REPEATS - 1)
            t_engine = min(t_engine, single)
        last = (text_bytes, t_engine)
        _row(
            f"extract, {size:g} MB",
            text_bytes,
            t_engine,
            _mbs(text_bytes, t_floor),
            f"{found_text} citations",
        )
        results.append((size, _mbs(text_bytes, t_floor), _mbs(text_bytes, t_engine), t_engine))

    print("\nsummary")
    verdict = (
        "meets" if engine_cells >= TARGET_MBS and floor_cells / engine_cells <= TARGET_RATIO else "MISSES"
    )
    print(
        f"  cell by cell: extract {engine_cells:.1f} MB/s, floor {floor_cells:.1f} MB/s, "
        f"ratio {floor_cells / engine_cells:.1f}x -> {verdict} the target"
    )
    for size, floor_rate, engine_rate, seconds in results:
        if engine_rate is None:
            print(f"  one string {size:g} MB: extract skipped, projected {seconds:.0f} s")
            continue
        print(
            f"  one string {size:g} MB: extract {engine_rate:.1f} MB/s, floor {floor_rate:.1f} MB/s, "
            f"ratio {floor_rate / engine_rate:.1f}x"
        )
    if args.profile:
        sample = citation_cells(2_000_000, seed=7)
        profile(sample, "\n".join(sample))
    return 0


if __name__ == "__main__":
    sys.exit(main())
