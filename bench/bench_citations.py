"""Citation extraction throughput (issue 2), beside the bare anchor scan timed in the same run.

Usage: python bench/bench_citations.py [--mb 20] [--big-budget 60] [--profile]
                                      [--running-mb 5] [--before REV] [--file-mb 100]

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

Issue 13 adds three measurements:

* *running text*: notices and plans dense with citations (`running_text`: a titled number
  with its short name, decrees, law articles, the short name cited again, locators, every
  ~60 characters), extracted paragraph by paragraph and as one string, beside the same floor;
  also timed in CPU seconds (`time.process_time`), which other jobs on a shared machine do not
  inflate the way they inflate wall time.
* `--before REV`: the same measurements by the `yiju` of git revision REV (its `src/` in a
  temporary directory, run in a child process on the same corpus), so before and after come
  from one run.
* `--file-mb N`: `yiju cite --file` on an N MB text file in a child process: wall time and
  peak resident memory (`ru_maxrss` of the child).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import random
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import regex
from corpus import CLAUSES, citation_cells, clear_yiju_caches, locator, number, title

from yiju import patterns as pat
from yiju.citations import extract

REPEATS = 3
FLOOR_REPEATS = 9
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


ROOT = Path(__file__).resolve().parent.parent
DECREE_ORGANS = ("国务院", "财政部", "应急管理部", "国家发展改革委", "交通运输部", "公安部")
SHORT_NAMES = ("意见", "方案", "规划", "办法", "通知", "条例", "决定", "要点")
LAWS = ("中华人民共和国安全生产法", "中华人民共和国突发事件应对法", "生产安全事故应急条例", "信访条例")


def _cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


def running_text(target_bytes: int, seed: int = 13) -> list[str]:
    """Return paragraphs of notice-like prose dense with citations, at least `target_bytes` long.

    Each paragraph cites, the way notices and plans do: a titled number with a short name
    (`《X》（国发〔2019〕7号，以下简称《意见》）`), a decree (`国务院令第699号`), a law by article
    (`《中华人民共和国安全生产法》第二十条第二款`), the short name again with an article, and a
    number with page and item locators, between sentences of ordinary prose.
    """
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < target_bytes:
        short = rng.choice(SHORT_NAMES)
        organ = rng.choice(DECREE_ORGANS)
        decree = (
            f"{organ}令第{rng.randint(1, 800)}号"
            if rng.random() < 0.7
            else f"{organ}令{rng.randint(2010, 2023)}年第{rng.randint(1, 60)}号"
        )
        law = rng.choice(LAWS)
        article = f"第{_cn(rng.randint(1, 99))}条" + (
            f"第{_cn(rng.randint(1, 5))}款" if rng.random() < 0.3 else ""
        )
        sentences = [
            f"根据《{title(rng)}》（{number(rng)}，以下简称《{short}》）和{decree}，结合实际，制定本方案。",
            f"依据《{law}》{article}，{rng.choice(CLAUSES)}，{rng.choice(CLAUSES)}。",
            f"按照《{short}》第{_cn(rng.randint(1, 30))}条要求，{rng.choice(CLAUSES)}。",
            f"落实{number(rng)}{locator(rng)}部署，{rng.choice(CLAUSES)}，{rng.choice(CLAUSES)}。",
        ]
        rng.shuffle(sentences[1:])
        paragraph = "".join(sentences)
        out.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return out


def cpu_of(run: Callable[[], object], repeats: int = REPEATS) -> float:
    """Return the best CPU time (`time.process_time`) of `repeats` runs, caches emptied before each."""
    best = float("inf")
    for _ in range(repeats):
        clear_yiju_caches()
        gc.collect()
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def measure_running(mb: float) -> dict[str, float]:
    """Return MB/s (wall and CPU) of extract and of the floor on the running-text corpus."""
    paragraphs = running_text(int(mb * 1e6))
    text = "\n".join(paragraphs)
    nbytes = len(text.encode("utf-8"))
    anchor = floor_pattern()
    out: dict[str, float] = {"mb": nbytes / 1e6}
    t_floor, _ = best_of(lambda: scan_cells(anchor, paragraphs))
    t_engine, found = best_of(lambda: extract_cells(paragraphs))
    out |= {"floor": _mbs(nbytes, t_floor), "paragraphs": _mbs(nbytes, t_engine), "citations": float(found)}  # type: ignore[arg-type]
    # The floor is a few milliseconds: best of more runs, so that one slice of another job's
    # load does not halve it (best of 3 gave 77-87 MB/s for 165 in two runs of 15:13, session 15).
    out["floor_cpu"] = _mbs(nbytes, cpu_of(lambda: scan_cells(anchor, paragraphs), FLOOR_REPEATS))
    out["paragraphs_cpu"] = _mbs(nbytes, cpu_of(lambda: extract_cells(paragraphs)))
    # A caller that keeps what it reads (a form's cells, a list of paragraphs' results) also pays
    # for the cyclic collector walking the kept results at each collection; the pass above drops
    # each paragraph's result at once, which hides that cost.
    out["kept_cpu"] = _mbs(nbytes, cpu_of(lambda: [extract(p) for p in paragraphs]))
    # Only the time is kept: a 27,000-citation result left alive would make every later run's
    # garbage collections walk it, which the paragraph runs (whose results die at once) escape.
    t_string = best_of(lambda: extract(text))[0]
    out["string"] = _mbs(nbytes, t_string)
    out["string_cpu"] = _mbs(nbytes, cpu_of(lambda: extract(text)))
    out["string_floor"] = _mbs(nbytes, best_of(lambda: scan_text(anchor, text))[0])
    cells = citation_cells(int(min(mb, 5.0) * 1e6))
    cell_bytes = sum(len(c.encode("utf-8")) for c in cells)
    out["cells_mb"] = cell_bytes / 1e6
    out["cells_floor_cpu"] = _mbs(cell_bytes, cpu_of(lambda: scan_cells(anchor, cells), FLOOR_REPEATS))
    out["cells_cpu"] = _mbs(cell_bytes, cpu_of(lambda: extract_cells(cells)))
    return out


def print_running(label: str, r: dict[str, float]) -> None:
    """Print one `measure_running` result with ratios to the floor of the same process."""
    print(f"  {label}: running text {r['mb']:.2f} MB, {r['citations']:.0f} citations")
    rows = (
        ("paragraph by paragraph, wall", r["paragraphs"], r["floor"]),
        ("paragraph by paragraph, CPU", r["paragraphs_cpu"], r["floor_cpu"]),
        ("paragraphs, results kept, CPU", r.get("kept_cpu", float("nan")), r["floor_cpu"]),
        ("one string, wall", r["string"], r["string_floor"]),
        ("one string, CPU", r["string_cpu"], r["floor_cpu"]),
        (f"bench cells ({r['cells_mb']:.1f} MB), CPU", r["cells_cpu"], r["cells_floor_cpu"]),
    )
    for what, engine, floor in rows:
        print(f"    {what:<34} {engine:7.1f} MB/s  floor {floor:7.1f} MB/s  ratio {floor / engine:5.1f}x")


def measure_before(rev: str, mb: float) -> dict[str, float]:
    """Return `measure_running` as computed by the `yiju` of git revision `rev`, in a child process."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        here = str(Path(__file__).parent)
        code = (
            f"import json, sys; sys.path.insert(0, {here!r}); import bench_citations as b; "
            f"print(json.dumps(b.measure_running({mb!r})))"
        )
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True
        )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure_file(mb: float) -> tuple[float, float, float, int]:
    """Return (MB, seconds, peak MB, output lines) of `yiju cite --file` on an `mb` MB text file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "notices.txt"
        with path.open("w", encoding="utf-8") as out:
            written, seed = 0, 0
            while written < mb * 1e6:
                chunk = "\n".join(running_text(2_000_000, seed=seed)) + "\n"
                out.write(chunk)
                written += len(chunk.encode("utf-8"))
                seed += 1
        yiju = Path(sys.executable).with_name("yiju")
        start = time.perf_counter()
        with subprocess.Popen([str(yiju), "cite", "--file", str(path)], stdout=subprocess.PIPE) as child:
            assert child.stdout is not None  # Popen with stdout=PIPE
            lines = sum(1 for _ in child.stdout)
        seconds = time.perf_counter() - start
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return path.stat().st_size / 1e6, seconds, peak_kb / 1024, lines


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
    parser.add_argument("--running-mb", type=float, default=5.0, help="running-text corpus size (MB)")
    parser.add_argument("--before", metavar="REV", help="also measure the yiju of this git revision")
    parser.add_argument("--file-mb", type=float, default=0.0, help="time `yiju cite --file` on this many MB")
    parser.add_argument("--only-running", action="store_true", help="skip the cell corpus passes")
    args = parser.parse_args(argv)
    if args.running_mb:
        print("running text and cells; floor: the regex anchor scan in the same process")
        after = measure_running(args.running_mb)
        print_running("after", after)
        if args.before:
            before = measure_before(args.before, args.running_mb)
            print_running(f"before ({args.before})", before)
            for key, what in (
                ("paragraphs_cpu", "paragraphs"),
                ("kept_cpu", "paragraphs kept"),
                ("string_cpu", "one string"),
                ("cells_cpu", "cells"),
            ):
                print(f"    after / before, {what} (CPU): {after[key] / before[key]:.2f}x")
        re_floor = re.compile(floor_pattern().pattern)
        paragraphs = running_text(int(args.running_mb * 1e6))
        nbytes = sum(len(p.encode("utf-8")) + 1 for p in paragraphs)
        re_rate = _mbs(nbytes, cpu_of(lambda: scan_cells(re_floor, paragraphs)))
        print(f"    stdlib re floor, CPU: {re_rate:.1f} MB/s")
    if args.file_mb:
        size, seconds, peak, lines = measure_file(args.file_mb)
        print(
            f"\nyiju cite --file: {size:.1f} MB in {seconds:.1f} s ({size / seconds:.1f} MB/s), "
            f"peak memory {peak:.0f} MB, {lines} lines out"
        )
    if args.only_running:
        return 0

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
