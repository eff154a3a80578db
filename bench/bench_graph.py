"""Benchmark the traceability graph and its queries on generated forms.

For N forms (default 1,000, about 60,000 indicators) it measures, each beside a floor
measured in the same run:

- building the graph, against merely iterating every indicator of every form;
- `derives_from` by document number and by title fragment, against a bare
  `G.in_edges(doc)` lookup of the same documents;
- `resolve_documents` by number and by fragment (the part of `derives_from` that finds the
  documents), against the same floor;
- `workload` by person (the whole table), against one pass over the graph's nodes and one
  pass over its edges (the pass the whole table makes); and for one name, against one pass
  over the nodes (the pass that finds the name).

Latencies are medians over many queries; the ratio column is time / floor.

    python bench/bench_graph.py            # 1,000 forms
    python bench/bench_graph.py --forms 200
"""

from __future__ import annotations

import argparse
import platform
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_forms import generate  # a sibling script, found through the path above

from yiju.graph import Graph, build_graph, doc_id
from yiju.models import Form
from yiju.queries import derives_from, resolve_documents, workload


def _median_ms(fn: Callable[[str], object], queries: Sequence[str], repeat: int = 1) -> float:
    times = []
    for query in queries:
        for _ in range(repeat):
            start = time.perf_counter()
            fn(query)
            times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def _once_ms(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def _iterate(forms: Sequence[Form]) -> float:
    total = 0.0
    for form in forms:
        for indicator in form.indicators:
            total += (indicator.weight or 0.0) + len(indicator.people) + len(indicator.departments)
    return total


def _fragments(g: Graph, rnd: random.Random, count: int) -> list[str]:
    docs = [a for _, a in g.nodes(data=True) if a.get("kind") == "document"]
    titles = sorted({t for a in docs for t in str(a.get("titles", "")).split("\n")} - {""})
    out = []
    for title in rnd.sample(titles, min(count, len(titles))):
        start = rnd.randint(0, max(0, len(title) - 6))
        out.append(title[start : start + 6])
    return out


def _rss_mb() -> float:
    """Return this process's resident memory now, in MB (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    """Return this process's peak resident memory so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=60)
    args = parser.parse_args(argv)
    rnd = random.Random(7)

    start = time.perf_counter()
    forms = generate(args.forms)
    gen_s = time.perf_counter() - start
    n_ind = sum(len(f.indicators) for f in forms)
    n_tgt = sum(len(f.targets) for f in forms)

    iterate_ms = _once_ms(lambda: _iterate(forms))
    forms_mb = _rss_mb()
    start = time.perf_counter()
    g = build_graph(forms)
    build_ms = (time.perf_counter() - start) * 1000
    peak_mb = _peak_mb()

    docs = sorted(n for n, a in g.nodes(data=True) if a.get("kind") == "document")
    keys = [str(g.nodes[d]["key"]) for d in rnd.sample(docs, min(args.queries, len(docs)))]
    written = [k.replace("〔", "[").replace("〕", "]") for k in keys]  # as a user types them
    fragments = _fragments(g, rnd, args.queries)
    fanout = statistics.median(len(derives_from(g, k).targets) for k in keys)

    floor_ms = _median_ms(lambda k: list(g.in_edges(doc_id(k), keys=True)), keys, repeat=5)
    matched = statistics.median(len(resolve_documents(g, f)) for f in fragments)

    def trace(query: str) -> object:
        return derives_from(g, query)

    def resolve(query: str) -> object:
        return resolve_documents(g, query)

    rows = [
        ("build_graph", build_ms, iterate_ms, "iterate all indicators of all forms"),
        ("derives_from(number)", _median_ms(trace, written), floor_ms, "G.in_edges(doc)"),
        ("derives_from(fragment)", _median_ms(trace, fragments), floor_ms, "G.in_edges(doc)"),
        ("resolve_documents(number)", _median_ms(resolve, written), floor_ms, ""),
        ("resolve_documents(fragment)", _median_ms(resolve, fragments), floor_ms, ""),
    ]
    scan_ms = _once_ms(lambda: sum(1 for _, a in g.nodes(data=True) if a.get("kind") == "indicator"))
    table = workload(g, "person")
    names = [w.name for w in rnd.sample(table, min(20, len(table)))]
    edges_ms = _once_ms(lambda: sum(1 for _, _, k in g.edges(keys=True) if k == "assigned_to"))
    rows += [
        ("workload(by=person)", _once_ms(lambda: workload(g, "person")), scan_ms, "one pass over G.nodes"),
        ("workload(by=person)", _once_ms(lambda: workload(g, "person")), edges_ms, "one pass over G.edges"),
        ("workload(name=...)", _median_ms(lambda n: workload(g, "person", name=n), names), scan_ms, ""),
    ]

    print(f"python {platform.python_version()}, networkx {nx.__version__}, {platform.machine()}")
    print(
        f"{len(forms)} forms, {n_tgt} targets, {n_ind} indicators (generated in {gen_s:.1f} s); "
        f"graph {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, {len(docs)} documents; "
        f"median targets per traced document {fanout:g}, documents per title fragment {matched:g}"
    )
    print(f"memory: {forms_mb:.0f} MB with the forms read, peak {peak_mb:.0f} MB after build_graph (RSS)")
    print(f"{'measure':30} {'time ms':>10} {'floor ms':>10} {'ratio':>8}  floor")
    for name, value, floor, what in rows:
        print(f"{name:30} {value:10.3f} {floor:10.3f} {value / floor:8.1f}  {what or '(same)'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
