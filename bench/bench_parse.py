"""Parse time per form (issue 3), beside python-calamine's bare cell read in the same run.

Usage: python bench/bench_parse.py [--forms 200] [--dir DIR] [--workers 2] [--profile] [--project-rows 2000]
                                  [--clock wall|cpu] [--repeats 3] [--table-repeats 3]

Writes `--forms` generated forms of about 60 rows (`corpus.write_form`: the fixture builder's
own xlsx writer with varied rows, so every quirk of the seed workbook is there) as `.xlsx`
and as the seed's tab-separated text, into a temporary directory (or `--dir`, reused when
the files are already there). Then, form by form and three times each (the best counts):

* floor: `CalamineWorkbook.from_path(p)` and every sheet's cells (`to_python()`), nothing else;
* `yiju.readers.read(p)` alone;
* read + `yiju.forms.parse_table` on every table read;

for the workbook and for the text file of the same form. Then whole tables, the same way: the
seed workbook and a generated key-project list of `--project-rows` rows (issue 10), each the best
of `--table-repeats` (the seed's 10 ms are noisier than a form's mean over 60 forms: give it 50).
Figures are the mean over forms of each form's best time, in ms, and the ratio to the calamine
floor of the same form's `.xlsx`.
Every `yiju` memo cache is emptied before each repeat.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import multiprocessing
import pstats
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus import clear_yiju_caches, write_forms
from python_calamine import CalamineWorkbook

from yiju.forms import parse_table
from yiju.readers import Table, read

# Timings per form (`--repeats`) and per whole table (`--table-repeats`); the best counts.
_REPEATS = {"forms": 3, "tables": 3}
TARGET_RATIO = 10.0


def calamine_cells(path: Path) -> int:
    """Read every sheet's cells with calamine: the floor. Return the number of rows."""
    workbook = CalamineWorkbook.from_path(str(path))
    rows = 0
    for name in workbook.sheet_names:
        rows += len(workbook.get_sheet_by_name(name).to_python())
    return rows


# The clock every stage is timed with: wall time by default; `--clock cpu` uses this
# process's CPU time (`time.process_time`), which other jobs on a shared machine do not
# inflate (calamine and yiju both run in this process, so both are counted the same way).
_CLOCK: dict[str, Callable[[], float]] = {"now": time.perf_counter}


def _timed(run: Callable[[], object]) -> tuple[float, object]:
    now = _CLOCK["now"]
    start = now()
    result = run()
    return now() - start, result


def measure(xlsx: Path, txt: Path) -> dict[str, float]:
    """Return this form's best time per stage, in seconds."""
    best: dict[str, float] = {}

    def keep(stage: str, seconds: float) -> None:
        best[stage] = min(best.get(stage, float("inf")), seconds)

    for _ in range(_REPEATS["forms"]):
        clear_yiju_caches()
        keep("floor", _timed(lambda: calamine_cells(xlsx))[0])
        for fmt, path in (("xlsx", xlsx), ("txt", txt)):
            t_read, tables = _timed(lambda path=path: read(path))
            assert isinstance(tables, list)
            t_parse, _ = _timed(lambda tables=tables: [parse_table(t) for t in tables])
            keep(f"{fmt} read", t_read)
            keep(f"{fmt} read+parse", t_read + t_parse)
    return best


def ensure_forms(directory: Path, count: int, workers: int) -> tuple[list[tuple[Path, Path]], float]:
    """Write the forms that are missing from `directory`; return all pairs and the seconds spent."""
    pairs = [(directory / f"form_{i:03d}.xlsx", directory / f"form_{i:03d}.txt") for i in range(count)]
    start = time.perf_counter()
    if not all(x.exists() and t.exists() for x, t in pairs):
        if workers > 1:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                write_forms(directory, count, mapper=pool.map)
        else:
            write_forms(directory, count)
    return pairs, time.perf_counter() - start


def describe(pairs: list[tuple[Path, Path]]) -> str:
    """Return a one-line description of the generated forms (rows, merged ranges, sizes)."""
    rows, merged, xbytes, tbytes = [], [], [], []
    for xlsx, txt in pairs:
        tables: list[Table] = read(xlsx)
        rows.append(sum(len(t.rows) for t in tables))
        merged.append(sum(len(t.merged) for t in tables))
        xbytes.append(xlsx.stat().st_size)
        tbytes.append(txt.stat().st_size)
    return (
        f"{len(pairs)} forms: sheet rows {min(rows)}-{max(rows)} (mean {statistics.mean(rows):.0f}), "
        f"merged ranges mean {statistics.mean(merged):.0f}, "
        f".xlsx mean {statistics.mean(xbytes) / 1000:.1f} kB, "
        f".txt mean {statistics.mean(tbytes) / 1000:.1f} kB"
    )


def profile(pairs: list[tuple[Path, Path]]) -> None:
    """Print where reading and parsing spend their time on the first forms."""
    for fmt, index in (("xlsx", 0), ("txt", 1)):
        profiler = cProfile.Profile()
        profiler.enable()
        for pair in pairs[:20]:
            for table in read(pair[index]):
                parse_table(table)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(22)
        print(f"\n--- cProfile, read + parse of {min(20, len(pairs))} .{fmt} forms, by cumulative time")
        print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))


PROJECT_HEADER = (
    "序号", "项目名称", "层次", "包联\n领导", "责任单位", "手续代办\n单位", "总投资", "2020年\n计划投资",
    "年度建设任务", "建设\n性质", "是否\n开工", "6月进展情况", "累计\n完成  额",
)  # fmt: skip


def write_project_list(path: Path, rows: int) -> None:
    """Write a key-project list of `rows` projects (docs/families.md, family 3), seeded.

    Title and `单位：万元` rows, a header with line breaks, a section row every 40 projects,
    one or two leaders per cell (line break or padded names), 、-lists and broken unit names,
    money with decimals.
    """
    import random  # noqa: PLC0415  # only this stage needs it

    from openpyxl import Workbook  # noqa: PLC0415

    rng = random.Random(2020)
    surnames, given = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗", "伟芳敏静强磊洋勇军杰涛明超平刚华"
    agencies = (
        "区发改局",
        "区住建局",
        "区城投公司",
        "区自然\n资源局",
        "西关街办",
        "经济开发区管委会",
        "区文旅局",
    )
    wb = Workbook()
    ws = wb.active
    ws.append(["某区2020年重点项目推进计划及进展情况表"])
    ws.append(["单位：万元"])
    ws.append(list(PROJECT_HEADER))
    section = 0
    for n in range(1, rows + 1):
        if n % 40 == 1:
            section += 1
            ws.append([f"{'一二三四五六七八九十'[(section - 1) % 10]}、第{section}批项目（共40个）"])
        leaders = [rng.choice(surnames) + rng.choice(given) for _ in range(rng.choice((1, 1, 2)))]
        ws.append([
            n, f"{rng.choice(('博创', '鼎盛', '天合', '金泰'))}年产{rng.randint(1, 9)}万吨项目{n}",
            rng.choice(("", "市重点", "省重点")), "\n".join(leaders), rng.choice(agencies),
            "、".join(rng.sample(agencies, rng.randint(0, 2))), round(rng.uniform(1000, 90000), 2),
            round(rng.uniform(500, 30000), 2), "完成主体工程", rng.choice(("新建", "续建")),
            rng.choice(("是", "否")), "正在办理施工许可。", round(rng.uniform(100, 20000), 2),
        ])  # fmt: skip
    wb.save(path)


def measure_tables(paths: list[Path]) -> None:
    """Print read + parse of whole tables (the seed, a long project list) beside calamine's read."""
    heading = f"table (best of {_REPEATS['tables']})"
    print(f"\n  {heading:<44} {'floor ms':>9} {'read+parse ms':>14} {'x floor':>8}")
    for path in paths:
        floor = parse = float("inf")
        for _ in range(_REPEATS["tables"]):
            clear_yiju_caches()
            floor = min(floor, _timed(lambda path=path: calamine_cells(path))[0])
            seconds, _ = _timed(lambda path=path: [parse_table(t) for t in read(path)])
            parse = min(parse, seconds)
        rows = calamine_cells(path)
        label = f"{path.name} ({rows} rows)"
        print(f"  {label:<44} {floor * 1000:9.2f} {parse * 1000:14.2f} {parse / floor:7.1f}x")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table; return 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=200, help="number of generated forms (default 200)")
    parser.add_argument("--dir", type=Path, help="write (or reuse) the forms here instead of a temp dir")
    parser.add_argument("--workers", type=int, default=2, help="processes writing the forms (default 2)")
    parser.add_argument("--profile", action="store_true", help="also profile read + parse of 20 forms")
    parser.add_argument(
        "--project-rows", type=int, default=2000, help="rows of the key-project list (default 2000)"
    )
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall", help="time stages by wall clock or CPU time"
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="timings per form, the best counts (default 3)"
    )
    parser.add_argument(
        "--table-repeats", type=int, default=3, help="timings per whole table, the best counts (default 3)"
    )
    args = parser.parse_args(argv)
    _REPEATS.update(forms=args.repeats, tables=args.table_repeats)
    _CLOCK["now"] = time.process_time if args.clock == "cpu" else time.perf_counter

    with tempfile.TemporaryDirectory(prefix="yiju-bench-forms-") as tmp:
        directory = args.dir or Path(tmp)
        directory.mkdir(parents=True, exist_ok=True)
        pairs, spent = ensure_forms(directory, args.forms, args.workers)
        print(f"forms in {directory} (written in {spent:.1f} s)")
        print(describe(pairs))
        print(
            f"per form: mean over forms of the best of {args.repeats}, ms ({args.clock} time); "
            "ratio to the calamine floor\n"
        )

        gc.collect()
        start = time.perf_counter()
        results = [measure(xlsx, txt) for xlsx, txt in pairs]
        measured = time.perf_counter() - start

        floor = statistics.mean(r["floor"] for r in results)
        print(f"  {'stage':<38} {'mean ms':>8} {'median ms':>10} {'x floor':>8}")
        for stage, label in (
            ("floor", "calamine: open + every sheet's cells"),
            ("xlsx read", ".xlsx  yiju.readers.read"),
            ("xlsx read+parse", ".xlsx  read + parse_table"),
            ("txt read", ".txt   yiju.readers.read"),
            ("txt read+parse", ".txt   read + parse_table"),
        ):
            times = [r[stage] * 1000 for r in results]
            mean = statistics.mean(times)
            print(f"  {label:<38} {mean:8.2f} {statistics.median(times):10.2f} {mean / (floor * 1000):7.1f}x")
        xlsx_ratio = statistics.mean(r["xlsx read+parse"] for r in results) / floor
        parse_only = statistics.mean(r["xlsx read+parse"] - r["xlsx read"] for r in results) * 1000
        verdict = "meets" if xlsx_ratio <= TARGET_RATIO else "MISSES"
        print(
            f"\n  .xlsx read + parse is {xlsx_ratio:.1f}x the floor -> {verdict} the target "
            f"(<= {TARGET_RATIO:g}x); parse_table alone {parse_only:.2f} ms/form"
        )
        print(f"  measured in {measured:.1f} s")
        project = directory / f"project_list_{args.project_rows}.xlsx"
        if not project.exists():
            write_project_list(project, args.project_rows)
        seed = Path(__file__).resolve().parent.parent / "fixtures" / "seed_2021_quanzhou_yingji.xlsx"
        measure_tables([seed, project])
        if args.profile:
            profile(pairs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
