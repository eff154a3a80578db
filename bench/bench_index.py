"""Benchmark the corpus index on generated form *files*: build, no-change re-index, query latency.

    python bench/bench_index.py                 # 1,000 forms (about 3 minutes on 2 cores)
    python bench/bench_index.py --forms 10000   # 10,000 forms (run it late, and once)
    python bench/bench_index.py --startup       # only the start-up of `yiju --help` / `yiju cite`
    python bench/bench_index.py --forms 10000 --reuse --before /tmp/before/src --no-whole
        # latencies of another yiju (git archive REV src | tar -x -C /tmp/before) beside these

Forms are written once as tab-separated text in the seed's layout (`bench/corpus.py`'s rows
and the fixture builder's `text_lines`), one unit and year per file (a county or city bureau,
2019-2024), each unit with its own people, so that `who --person` asks about one unit's
person as an office would. Every figure stands beside a floor timed in the same run:

- index build (`yiju index DIR --db`, in a subprocess: wall time and the peak resident memory
  of its largest process) beside reading every file's bytes and storing them in SQLite;
- re-index with nothing changed, as a share of the build (target < 5 %);
- CLI latency of `trace --doc`, `trace --target`, `who --person`, `audit --select` on the
  index, start-up included (target < 300 ms each), wall and CPU (user + sys of the child),
  beside `python -c pass` in the same run; and the whole answers (`--all`, `--json`);
- start-up of `yiju --help` and `yiju cite TEXT` (target <= 250 ms), beside `python -c pass`.

Latencies are the median of 7 runs (`--runs`).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  # bench/corpus.py, beside this file

PYTHON = sys.executable
YIJU = str(Path(PYTHON).parent / "yiju")
from gen_forms import COUNTIES  # noqa: E402  # one list of places for every generated corpus

ORGANS = (
    "应急管理局", "财政局", "教育局", "公安局", "民政局", "司法局", "人力资源和社会保障局", "自然资源局",
    "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局",
    "卫生健康局", "退役军人事务局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局",
    "城市管理局", "发展和改革局", "工业和信息化局", "科学技术局", "体育局", "信访局", "数据管理局",
)  # fmt: skip
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = "建国志强丽华秀英文军海明永红金玉春梅国庆晓东伟平小燕俊杰雪梅振华立新"
YEARS = (2019, 2020, 2021, 2022, 2023, 2024)


def _units() -> list[tuple[str, int]]:
    return [(f"{c}{o}", y) for y in YEARS for c in COUNTIES for o in ORGANS]


def _write(args: tuple[Path, int]) -> None:
    directory, index = args
    fx = corpus.load_builder()
    rng = random.Random(f"index-{index}")
    unit, year = _units()[index % len(_units())]
    people = [rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN) for _ in range(8)]
    rows = [
        replace(row, leader=people[i % 3], person=rng.choice(people[3:]))  # type: ignore[type-var]
        for i, row in enumerate(corpus.form_rows(fx, rng))
    ]
    lines = corpus.text_lines(
        fx, tuple(rows), f"参评单位（盖章）：{unit}", f"{year}年8月{rng.randint(1, 28)}日"
    )
    text = "\n".join("\t".join(cell.replace("\n", "\v") for cell in cells) for cells in lines)
    text = text.replace("2021年度", f"{year}年度", 1)
    (directory / f"form_{index:05d}.txt").write_text(text, encoding="utf-8")


def ensure_files(directory: Path, count: int) -> list[Path]:
    """Write `count` form files into `directory` (kept between runs); return them."""
    directory.mkdir(parents=True, exist_ok=True)
    missing = [i for i in range(count) if not (directory / f"form_{i:05d}.txt").exists()]
    if missing:
        with ProcessPoolExecutor() as pool:
            list(pool.map(_write, [(directory, i) for i in missing], chunksize=50))
    return [directory / f"form_{i:05d}.txt" for i in range(count)]


def timed_run(args: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """Run a command; return (wall seconds, peak RSS in MB of its largest process so far)."""
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1, 2):
        raise SystemExit(f"{args}: exit {done.returncode}\n{done.stderr.decode()[-2000:]}")
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024


def median_ms(args: list[str], runs: int = 7, cwd: Path | None = None) -> float:
    return statistics.median(timed_run(args, cwd)[0] for _ in range(runs)) * 1000


def cpu_run(args: list[str], src: Path | None = None) -> tuple[float, float, int, bytes]:
    """Run a command (with yiju from `src` when given); return (wall s, CPU s of the child:
    user + sys, its output lines, its output)."""
    env = None if src is None else {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(args, capture_output=True, check=False, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{args}: exit {done.returncode}\n{done.stderr.decode()[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout.count(b"\n"), done.stdout


def median_wall_cpu(args: list[str], runs: int) -> tuple[float, float, int]:
    """Return the median wall and CPU milliseconds of `runs` runs, and the output's lines."""
    found = [cpu_run(args) for _ in range(runs)]
    return (
        statistics.median(w for w, _, _, _ in found) * 1000,
        statistics.median(c for _, c, _, _ in found) * 1000,
        found[-1][2],
    )


def before_after(args: list[str], runs: int, before: Path) -> tuple[float, float, float, float, int, bool]:
    """Run a command `runs` times with yiju from `before` and as installed, turn about; return
    the median wall and CPU ms of each, the output's lines, and whether both printed the same."""
    old, new = [], []
    for _ in range(runs):
        old.append(cpu_run(args, before))
        new.append(cpu_run(args))
    return (
        statistics.median(w for w, _, _, _ in old) * 1000,
        statistics.median(c for _, c, _, _ in old) * 1000,
        statistics.median(w for w, _, _, _ in new) * 1000,
        statistics.median(c for _, c, _, _ in new) * 1000,
        new[-1][2],
        old[-1][3] == new[-1][3],
    )


def floor_store(paths: list[Path], db: Path) -> float:
    """Read every file's bytes and store them in SQLite: what any index must at least do."""
    db.unlink(missing_ok=True)
    start = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE f (path TEXT, data BLOB)")
    conn.executemany("INSERT INTO f VALUES (?, ?)", ((str(p), p.read_bytes()) for p in paths))
    conn.commit()
    conn.close()
    seconds = time.perf_counter() - start
    db.unlink()
    return seconds


def build_figures(forms: Path, paths: list[Path], db: Path, work: Path) -> None:
    """Build the index from nothing, then again with nothing changed; print both."""
    for stale in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        stale.unlink(missing_ok=True)
    floor = floor_store(paths, work / "floor.db")
    build, peak = timed_run([YIJU, "index", str(forms), "--db", str(db)])
    again, _ = timed_run([YIJU, "index", str(forms), "--db", str(db)])
    print(f"{'measure':40} {'time s':>9} {'floor s':>9} {'ratio':>7}  floor / target")
    print(
        f"{'index build':40} {build:9.1f} {floor:9.2f} {build / floor:7.1f}"
        f"  read + store bytes; peak RSS {peak} MB"
    )
    print(
        f"{'re-index, nothing changed':40} {again:9.2f} {build:9.1f} {again / build:7.3f}  the build / < 0.05"
    )


def compile_bytecode(src: Path | None = None) -> None:
    """Write yiju's bytecode caches before timing, as an installed package has them.

    A run that finds no `.pyc` compiles every module it imports (21 on a query's path, about
    50 ms), and writes none where PYTHONDONTWRITEBYTECODE is set, as it was in the shells the
    earlier figures came from: every run then paid for compiling again.
    """
    import compileall  # noqa: PLC0415

    import yiju  # noqa: PLC0415

    compileall.compile_dir(str(Path(yiju.__file__).parent), quiet=1)
    if src is not None:
        compileall.compile_dir(str(src / "yiju"), quiet=1)
    flag = os.environ.get("PYTHONDONTWRITEBYTECODE", "")
    print(f"bytecode of yiju compiled; PYTHONDONTWRITEBYTECODE={flag!r}")


def startup() -> None:
    floor = median_ms([PYTHON, "-c", "pass"], 11)
    print(f"{'measure':40} {'time ms':>9} {'floor ms':>9} {'ratio':>6}  floor / target")
    for name, args in (
        ("yiju --help", [YIJU, "--help"]),
        ("yiju cite 泉委发〔2021〕5号第14页第27项", [YIJU, "cite", "泉委发〔2021〕5号第14页第27项"]),
    ):
        ms = median_ms(args, 11)
        print(f"{name:40} {ms:9.1f} {floor:9.1f} {ms / floor:6.1f}  python -c pass / target 250 ms")


def compare(
    queries: tuple[tuple[str, list[str]], ...], plain: list[list[str]], db: Path, runs: int, before: Path
) -> None:
    """Print each query's latency with yiju from `before` and as installed, runs in turn."""
    print(f"{'measure':44} {'before wall':>11} {'cpu':>5} {'after wall':>10} {'cpu':>5} {'lines':>7}  same")
    commands = [(name, [YIJU, *command, "--db", str(db)]) for name, command in queries]
    commands += [(" ".join(["yiju", *command[1:]]), command) for command in plain]
    for name, command in commands:
        old_wall, old_cpu, new_wall, new_cpu, lines, same = before_after(command, runs, before)
        print(
            f"{name:44} {old_wall:11.0f} {old_cpu:5.0f} {new_wall:10.0f} {new_cpu:5.0f} {lines:7d}"
            f"  {'yes' if same else 'NO'}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "yiju-bench-index")
    parser.add_argument("--startup", action="store_true", help="only the start-up figures")
    parser.add_argument("--runs", type=int, default=7, help="runs per latency (the median is shown)")
    parser.add_argument("--reuse", action="store_true", help="keep an index built before: latencies only")
    parser.add_argument(
        "--before",
        type=Path,
        help="the src/ of another yiju (git archive REV src): its latencies beside these, runs in turn",
    )
    parser.add_argument("--no-whole", action="store_true", help="skip the whole answers (--all, --json)")
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    compile_bytecode(args.before)
    if args.startup:
        startup()
        return 0
    forms = args.dir / f"forms_{args.forms}"
    start = time.perf_counter()
    paths = ensure_files(forms, args.forms)
    size = sum(p.stat().st_size for p in paths) / 1e6
    print(
        f"{args.forms} form files ({size:.0f} MB) ready in {time.perf_counter() - start:.1f} s;"
        f" load {os.getloadavg()[0]:.1f}"
    )
    db = args.dir / f"index_{args.forms}.db"
    if not (args.reuse and db.exists()):
        build_figures(forms, paths, db, args.dir)
    conn = sqlite3.connect(db)
    top = conn.execute(
        "SELECT doc, COUNT(DISTINCT grp) n FROM citations GROUP BY doc ORDER BY n DESC, doc"
    ).fetchall()
    popular, median_doc = top[0], top[len(top) // 2]
    unit = conn.execute("SELECT owners FROM forms ORDER BY id LIMIT 1").fetchone()[0]
    person = conn.execute("SELECT name FROM owners WHERE role = 'person' ORDER BY grp LIMIT 1").fetchone()[0]
    conn.close()
    # The most-cited numbered document, asked for as people type its number (`[2021]`).
    numbered = next(doc for doc, _ in top if "〔" in doc)
    variant = numbered.replace("〔", "[").replace("〕", "]")
    queries = (
        (f"trace --doc KEY (cited by {popular[1]})", ["trace", "--doc", popular[0]]),
        (f"trace --doc KEY (cited by {median_doc[1]})", ["trace", "--doc", median_doc[0]]),
        (f"trace --doc {variant}", ["trace", "--doc", variant]),
        ("trace --target 1-3 --form UNIT", ["trace", "--target", "1-3", "--form", unit]),
        ("trace --target 1-3 (every form)", ["trace", "--target", "1-3"]),
        ("who --person NAME", ["who", "--person", person]),
        ("audit --select A", ["audit", "--select", "A"]),
        ("audit --select D01,W", ["audit", "--select", "D01,W"]),
    )
    if not args.no_whole:
        queries += (
            (f"trace --doc KEY --all (cited by {popular[1]})", ["trace", "--doc", popular[0], "--all"]),
            ("trace --target 1-3 --json (every form)", ["trace", "--target", "1-3", "--json"]),
        )
    # Wall time is what a user waits; CPU time (user + sys of the child) is what the command
    # costs, and what a shared machine's load does not inflate much. Both beside the floor.
    floor_wall, floor_cpu, _ = median_wall_cpu([PYTHON, "-c", "pass"], args.runs)
    print(f"load {os.getloadavg()[0]:.1f}; median of {args.runs} runs; target < 300 ms, start-up included")
    if args.before is not None:
        compare(queries, [[YIJU, "--help"], [YIJU, "--version"]], db, args.runs, args.before)
        print(f"python -c pass (floor): {floor_wall:.0f} ms wall, {floor_cpu:.0f} ms cpu")
        print(f"load {os.getloadavg()[0]:.1f} at the end")
        return 0
    print(f"{'measure':44} {'wall ms':>8} {'cpu ms':>7} {'lines':>7} {'cpu/floor':>9}")
    print(f"{'python -c pass (floor)':44} {floor_wall:8.0f} {floor_cpu:7.0f} {0:7d} {1:9.1f}")
    for name, command in queries:
        wall, cpu, lines = median_wall_cpu([YIJU, *command, "--db", str(db)], args.runs)
        print(f"{name:44} {wall:8.0f} {cpu:7.0f} {lines:7d} {cpu / floor_cpu:9.1f}")
    print(f"load {os.getloadavg()[0]:.1f} at the end")
    startup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
