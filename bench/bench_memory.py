"""Measure the memory of the in-memory path: forms read, then `build_graph`, in one process.

The forms are either generated (`gen_forms.generate`, fast, strings drawn from shared pools)
or read back from an index that `bench_index.py` built (`--db`: each form unpickled as it
came from a reader process, every string its own object — what `yiju.load` receives), the
way `yiju index` reads them back for its audit. Printed: resident memory (RSS) with the
forms, after the graph, and the peak; with `--anatomy`, where the bytes are (every object
the graph added, by role, and the forms' objects by type), the floor being the forms' own
size.

    python bench/bench_memory.py --forms 1000
    python bench/bench_memory.py --db /tmp/yiju-bench-index/index_10000.db --forms 10000
    python bench/bench_memory.py --db … --forms 1000 --anatomy

With `--db`, the whole index is read back (as `yiju index` reads it) and the first `--forms`
kept: for fewer forms than the index holds, the anatomy is exact but the RSS figures are not.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_forms import generate  # a sibling script, found through the path above

from yiju.graph import Graph, build_graph
from yiju.index.corpus import IndexCorpus
from yiju.index.store import connect
from yiju.models import Form


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reachable(roots: Iterable[Any]) -> dict[int, Any]:
    """Return every object reachable from `roots` through containers and dataclass fields."""
    seen: dict[int, Any] = {}
    stack = list(roots)
    while stack:
        value = stack.pop()
        if id(value) in seen or value is None or isinstance(value, bool):
            continue
        seen[id(value)] = value
        if isinstance(value, (tuple, list)):
            stack.extend(value)
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            stack.extend(getattr(value, f.name) for f in dataclasses.fields(value))
    return seen


def forms_anatomy(forms: list[Form]) -> None:
    """Print the forms' objects by type, and what their strings would take if each value were one object."""
    objects = _reachable(forms)
    sizes: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    distinct: dict[str, int] = {}
    for value in objects.values():
        name = type(value).__name__
        sizes[name] += sys.getsizeof(value)
        counts[name] += 1
        if type(value) is str:
            distinct[value] = sys.getsizeof(value)
    total = sum(sizes.values())
    print(f"forms: {total / 1e6:.1f} MB of objects ({total / len(forms) / 1e3:.0f} KB per form)")
    for name, size in sizes.most_common(8):
        print(f"  {name:16} {counts[name]:9} {size / 1e6:8.1f} MB {size / counts[name]:6.0f} B each")
    print(
        f"  strings: {counts['str']} objects, {len(distinct)} distinct values "
        f"({sum(distinct.values()) / 1e6:.1f} MB if each value were one object)"
    )


def graph_anatomy(g: Graph, forms: list[Form]) -> None:
    """Print every object the graph holds beyond the forms' own, by its role in networkx's dicts."""
    held = _reachable(forms)
    seen: set[int] = set()
    sizes: Counter[str] = Counter()
    counts: Counter[str] = Counter()

    def add(value: Any, role: str) -> None:
        if id(value) in seen or id(value) in held or isinstance(value, bool):
            return
        seen.add(id(value))
        sizes[role] += sys.getsizeof(value)
        counts[role] += 1

    adjacency: Any = g
    for node, attrs in adjacency._node.items():
        add(node, "node id")
        add(attrs, "node attribute dict")
        for key, value in attrs.items():
            add(key, "attribute name")
            add(value, "node attribute value")
    for row in adjacency._succ.values():
        add(row, "successor dict")
        for keydict in row.values():
            add(keydict, "key dict (node pair)")
            for key, data in keydict.items():
                add(key, "attribute name")
                add(data, "edge attribute dict")
                for name, value in data.items():
                    add(name, "attribute name")
                    add(value, "edge attribute value")
    for row in adjacency._pred.values():
        add(row, "predecessor dict")
    for top in (adjacency._node, adjacency._succ, adjacency._pred):
        add(top, "top-level dicts")
    total = sum(sizes.values())
    nodes = g.number_of_nodes()
    print(f"graph: {total / 1e6:.1f} MB of objects beyond the forms' ({total / nodes:.0f} B per node)")
    for role, size in sizes.most_common():
        print(f"  {role:24} {counts[role]:9} {size / 1e6:8.1f} MB {size / counts[role]:6.0f} B each")


def main(argv: list[str] | None = None) -> int:
    """Read or generate the forms, build the graph, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--db", type=Path, help="read the forms back from this index (bench_index.py)")
    parser.add_argument(
        "--anatomy", action="store_true", help="where the bytes are (slow: walks every object)"
    )
    args = parser.parse_args(argv)

    start = time.process_time()
    if args.db is not None:
        store = connect(str(args.db))
        forms = list(IndexCorpus(store).forms[: args.forms])
        store.close()
        source = f"read back from {args.db.name}"
    else:
        forms = generate(args.forms)
        source = "generated"
    gc.collect()
    read_s = time.process_time() - start
    with_forms = _rss_mb()
    start = time.process_time()
    g = build_graph(forms)
    build_s = time.process_time() - start
    with_graph = _rss_mb()
    print(
        f"{len(forms)} forms {source} in {read_s:.1f} s CPU; graph {g.number_of_nodes()} nodes, "
        f"{g.number_of_edges()} edges built in {build_s:.1f} s CPU"
    )
    print(
        f"RSS with the forms {with_forms:.0f} MB; after build_graph {with_graph:.0f} MB "
        f"(graph {with_graph - with_forms:.0f} MB); peak {_peak_mb():.0f} MB"
    )
    if args.anatomy:
        forms_anatomy(forms)
        graph_anatomy(g, forms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
