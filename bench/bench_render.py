"""Benchmark rendering: the seed form at indicator level, graph → DOT → SVG/PNG.

Measured in one run, each beside a floor timed in the same run:

- `to_dot` (pure Python: selection, labels, sorting), against one pass over the graph's
  nodes and edges reading every attribute (what any renderer must at least do);
- `run_dot` to SVG and to PNG (Graphviz layout and drawing, in a subprocess), against
  `run_dot` on a trivial two-node graph (starting `dot` and loading its plugins and fonts).

Times are the minimum over `--repeat` runs (the least disturbed one); the ratio column is
time / floor. The budget is 2 s for DOT text plus PNG; the exit code is 1 when it is blown.

    python bench/bench_render.py
    python bench/bench_render.py --repeat 10
"""

from __future__ import annotations

import argparse
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from yiju.dot import find_cjk_font, run_dot
from yiju.forms import parse_tables
from yiju.graph import Graph, build_graph
from yiju.readers import read
from yiju.render import View, scene_size, to_dot

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed_2021_quanzhou_yingji.txt"
BUDGET_S = 2.0
TRIVIAL = "digraph { a -> b }\n"


def _best_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def _walk(g: Graph) -> int:
    total = 0
    for _, attrs in g.nodes(data=True):
        total += sum(len(str(v)) for v in attrs.values())
    for _, _, _, attrs in g.edges(keys=True, data=True):
        total += sum(len(str(v)) for v in attrs.values())
    return total


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark, print one table; return 1 when over budget."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=5)
    args, _ = parser.parse_known_args(argv)  # bench/run.py may pass other benchmarks' options

    font = find_cjk_font()
    start = time.perf_counter()
    g = build_graph(parse_tables(read(SEED)))
    build_ms = (time.perf_counter() - start) * 1000
    view = View(level="indicators")
    text = to_dot(g, view, font=font)
    nodes, edges = scene_size(g, view)

    walk_ms = _best_ms(lambda: _walk(g), args.repeat)
    dot_ms = _best_ms(lambda: to_dot(g, view, font=font), args.repeat)
    trivial_svg_ms = _best_ms(lambda: run_dot(TRIVIAL, "svg"), args.repeat)
    trivial_png_ms = _best_ms(lambda: run_dot(TRIVIAL, "png"), args.repeat)
    svg_ms = _best_ms(lambda: run_dot(text, "svg"), args.repeat)
    png_ms = _best_ms(lambda: run_dot(text, "png"), args.repeat)

    version = subprocess.run(["dot", "-V"], capture_output=True, text=True, check=False).stderr.strip()
    print(f"python {platform.python_version()}, {version}, {platform.machine()}, font {font!r}")
    print(
        f"seed form at indicator level: {nodes} nodes, {edges} edges, {len(text):,} characters of DOT "
        f"(graph of {g.number_of_nodes()} nodes built in {build_ms:.0f} ms); best of {args.repeat}"
    )
    rows = [
        ("to_dot", dot_ms, walk_ms, "read every node and edge attribute once"),
        ("run_dot svg", svg_ms, trivial_svg_ms, "run_dot svg on a 2-node graph"),
        ("run_dot png", png_ms, trivial_png_ms, "run_dot png on a 2-node graph"),
    ]
    print(f"{'measure':14} {'time ms':>9} {'floor ms':>9} {'ratio':>7}  floor")
    for name, value, floor, what in rows:
        print(f"{name:14} {value:9.1f} {floor:9.1f} {value / floor:7.1f}  {what}")
    total_s = (dot_ms + png_ms) / 1000
    verdict = "within" if total_s < BUDGET_S else "OVER"
    print(f"to_dot + run_dot png = {total_s:.2f} s, {verdict} the {BUDGET_S:g} s budget")
    return 0 if total_s < BUDGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
