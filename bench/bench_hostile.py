"""Hostile-scale inputs: peak memory of parsing beside the bare read of the same file, and
the rules that used to be quadratic, each timed against a baseline measured in the same run.

Big inputs are generated in a temporary folder at run time (never committed).

1. Peak memory (max RSS of the process tree, `getrusage(RUSAGE_CHILDREN)` of a fresh child):
   `yiju parse` of a 200 MB, 10⁶-line text form and of a 50 000-row workbook, beside the bare
   read of the same file (the text decoded and split into rows; calamine's cell values).
2. D03 near-duplicate text on n indicators (n doubling), against a linear pass over the same
   texts (normalising them): the ratio stays flat when the rule is near-linear.
3. `form_spaces` and the whole audit on N copies of one unit's form against N distinct units.
4. `report` on a form whose cells hold 10 000 characters against the same form with short cells.

Usage:
    python bench/bench_hostile.py [--quick]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import hostile  # noqa: E402

PY = sys.executable
YIJU = [str(Path(PY).parent / "yiju")]


def peak_mb(command: list[str]) -> tuple[float, float, str]:
    """Run a command in a fresh child; return its tree's peak RSS in MB, seconds, last stderr line."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        f"p = subprocess.run({command!r}, capture_output=True, text=True)\n"
        "dt = time.perf_counter() - t\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "err = (p.stderr.strip().splitlines() or [''])[-1][:100]\n"
        "print(f'{rss}\\t{dt}\\t{p.returncode} {err}')\n"
    )
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    rss, seconds, tail = out.split("\t")
    return float(rss), float(seconds), tail


def big_text(folder: Path, lines: int) -> Path:
    rng = random.Random(1)
    path = folder / "big.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("\n".join([*hostile.TEXT_HEAD, "\t".join(hostile.HEADER)]) + "\n")
        chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
        for i in range(lines):
            text = "".join(rng.choice(chars) for _ in range(38))
            handle.write(
                f"1-{i // 9 + 1}-{i % 9 + 1}\t泉委发〔2021〕5号\t做好工作（4分）\t{text}"
                "\t2\t12月\t张三\t基础科\t李四\n"
            )
    return path


def big_workbook(folder: Path, rows: int) -> Path:
    from openpyxl import Workbook  # noqa: PLC0415

    book = Workbook(write_only=True)
    sheet = book.create_sheet("考评表")
    sheet.append(list(hostile.HEADER))
    for i in range(rows):
        sheet.append(
            [
                f"1-{i // 9 + 1}-{i % 9 + 1}",
                "泉委发〔2021〕5号",
                "做好工作（4分）",
                f"开展第{i}项工作",
                2,
                "12月",
                "张三",
                "基础科",
                "李四",
            ]
        )
    path = folder / "big.xlsx"
    book.save(path)
    return path


BARE_TEXT = "from yiju.readers.text import read_text; import sys; read_text(sys.argv[1])"
BARE_XLSX = (
    "from python_calamine import CalamineWorkbook; import sys\n"
    "w = CalamineWorkbook.from_path(sys.argv[1]); w.get_sheet_by_index(0).to_python()"
)


def memory(quick: bool) -> None:
    print("1. peak memory, parse beside the bare read of the same file")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = big_text(folder, 100_000 if quick else 1_000_000)
        size = text.stat().st_size / 2**20
        bare = peak_mb([PY, "-c", BARE_TEXT, str(text)])
        print(f"   text form {size:.0f} MB: bare read {bare[0]:.0f} MB in {bare[1]:.1f} s")
        for label, extra in (
            ("parse (default caps)", []),
            ("parse --max-cells 20000000", ["--max-cells", "20000000"]),
        ):
            got = peak_mb([*YIJU, *extra, "parse", str(text)])
            print(
                f"   {label}: {got[0]:.0f} MB ({got[0] / bare[0]:.2f}x the bare read)"
                f" in {got[1]:.1f} s; exit {got[2]}"
            )
        text.unlink()
        book = big_workbook(folder, 5_000 if quick else 50_000)
        size = book.stat().st_size / 2**20
        bare = peak_mb([PY, "-c", BARE_XLSX, str(book)])
        print(
            f"   workbook of {5_000 if quick else 50_000} rows ({size:.1f} MB):"
            f" bare read {bare[0]:.0f} MB in {bare[1]:.1f} s"
        )
        got = peak_mb([*YIJU, "parse", str(book)])
        print(
            f"   parse: {got[0]:.0f} MB ({got[0] / bare[0]:.2f}x the bare read)"
            f" in {got[1]:.1f} s; exit {got[2]}"
        )


def near_duplicates(quick: bool) -> None:
    from yiju.audit.duplicates import _normal_text  # noqa: PLC0415
    from yiju.audit.similar import similar_groups  # noqa: PLC0415

    print("2. D03 groups on n indicator texts (a third near-copies of one row), against a linear pass")
    rng = random.Random(2)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    base = "深入开展工贸电力行业有限空间专项整治工作，持续加大有限空间事故防范力度。"
    for n in (12_500, 25_000, 50_000) if quick else (12_500, 25_000, 50_000, 100_000):
        texts = [
            base[:-3] + rng.choice(chars) + rng.choice(chars)
            if i % 3 == 0
            else "".join(rng.sample(chars, 30))
            for i in range(n)
        ]
        start = time.perf_counter()
        normal = [_normal_text(t) for t in texts]
        floor = time.perf_counter() - start
        start = time.perf_counter()
        groups = similar_groups(normal, 85)
        took = time.perf_counter() - start
        biggest = max(len(g.members) for g in groups)
        print(
            f"   n={n:>7}: {took:6.2f} s = {took / floor:5.1f}x the linear pass;"
            f" {len(groups)} groups, largest {biggest}"
        )


def copies(quick: bool) -> None:
    from yiju.audit import load_profile, run_audit  # noqa: PLC0415
    from yiju.forms import parse_tables  # noqa: PLC0415
    from yiju.graph import form_spaces  # noqa: PLC0415
    from yiju.readers import read  # noqa: PLC0415

    print("3. N copies of one unit's form against N distinct units")
    [seed] = parse_tables(read(ROOT / "fixtures" / "seed_2021_quanzhou_yingji.txt"))
    profile = load_profile(None)
    for n in (500, 1_000, 2_000) if quick else (1_000, 2_000, 4_000, 10_000):
        same = [replace(seed, file=f"copies/{i:05}.txt") for i in range(n)]
        distinct = [replace(seed, file=f"units/{i:05}.txt", unit=f"单位{i:05}") for i in range(n)]
        start = time.perf_counter()
        form_spaces(distinct)
        floor = time.perf_counter() - start
        start = time.perf_counter()
        form_spaces(same)
        took = time.perf_counter() - start
        print(f"   form_spaces N={n:>6}: copies {took:.2f} s = {took / floor:.2f}x distinct units")
        if n <= 2_000:
            start = time.perf_counter()
            run_audit(distinct, profile)
            floor = time.perf_counter() - start
            start = time.perf_counter()
            run_audit(same, profile)
            took = time.perf_counter() - start
            print(
                f"   whole audit N={n:>6}: copies {took:.1f} s = {took / floor:.2f}x"
                f" distinct units ({floor:.1f} s)"
            )


def long_cells() -> None:
    from yiju.corpus import load  # noqa: PLC0415

    print("4. report on 60 rows whose 二级指标 cells hold 10 000 characters, against 40-character cells")
    rng = random.Random(4)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        times = {}
        for width in (40, 10_000):
            rows = [
                (
                    f"1-{i}-1",
                    "泉委发〔2021〕5号",
                    f"做好第{i}项工作（4分）",
                    "".join(rng.choices(chars, k=width)),
                    "2",
                    "12月",
                    "张三",
                    "基础科",
                    "李四",
                )
                for i in range(1, 61)
            ]
            path = folder / f"cells{width}.txt"
            path.write_text(hostile.text_form(rows), encoding="utf-8")
            corpus = load([path])
            start = time.perf_counter()
            corpus.report(folder / f"r{width}.xlsx")
            times[width] = time.perf_counter() - start
        print(
            f"   10 000-character cells: {times[10_000]:.2f} s = {times[10_000] / times[40]:.1f}x"
            f" 40-character cells ({times[40]:.2f} s); cells are 250x longer"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    parser.add_argument("--only", choices=("memory", "duplicates", "copies", "cells"))
    args = parser.parse_args()
    steps = {
        "memory": memory,
        "duplicates": near_duplicates,
        "copies": copies,
        "cells": lambda q: long_cells(),
    }
    for name, step in steps.items():
        if args.only in (None, name):
            step(args.quick)
    return 0


if __name__ == "__main__":
    sys.exit(main())
