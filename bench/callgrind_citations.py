"""Count the instructions of one citation pass under callgrind, only the pass itself.

Usage (from the repository root; PYTHONPATH=<other tree>/src counts another version's `yiju`):
    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/callgrind_citations.py MODE [KB]
    grep ^summary /tmp/cg.out          # the pass's instructions

MODE: `floor` (the anchor scan paragraph by paragraph), `floor_string`, `floor_cells`,
`paragraphs` (results dropped), `kept` (paragraphs, results kept), `string` (the paragraphs
joined by line breaks, read as one string), `cells` (the bench cells, cell by cell). KB: the
size of each corpus (default 300).

The pass runs inside `functools.reduce`, so `--toggle-collect=functools_reduce` counts it and
nothing else: not the start-up, not building the corpus, not the warm-up before it (which
compiles every pattern `yiju.patterns` defers, so that no compile falls inside the count), and
not the interpreter's exit. Instruction counts do not move with other jobs' load, so they can
tell a change of a few percent that CPU times on a shared machine cannot (bench/README.md).
"""

from __future__ import annotations

import functools
import gc
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_citations as bench  # bench/ is not a package
from corpus import citation_cells, clear_yiju_caches  # bench/ is not a package

from yiju import patterns as pat
from yiju.citations import extract


def main(argv: list[str]) -> int:
    """Build the corpora, warm up, run the named pass inside `functools.reduce`; return 0."""
    mode = argv[0] if argv else "paragraphs"
    size = int(argv[1]) * 1000 if len(argv) > 1 else 300_000
    paragraphs = bench.running_text(size)
    cells = citation_cells(size)
    text = "\n".join(paragraphs)
    anchor = bench.floor_pattern()
    # Warm-up on other texts of both kinds, then every deferred pattern compiled.
    for warm in (*bench.running_text(20_000, seed=99), *citation_cells(20_000, seed=99)):
        extract(warm)
    extract("\n".join(bench.running_text(20_000, seed=98)))
    bench.scan_text(anchor, text[:1000])
    for name in list(getattr(pat, "_DEFERRED", {})):
        getattr(pat, name)
    clear_yiju_caches()
    gc.collect()
    kept: list[object] = []
    passes: dict[str, Callable[[], object]] = {
        "floor": lambda: bench.scan_cells(anchor, paragraphs),
        "floor_string": lambda: bench.scan_text(anchor, text),
        "floor_cells": lambda: bench.scan_cells(anchor, cells),
        "paragraphs": lambda: bench.extract_cells(paragraphs),
        "kept": lambda: kept.extend(extract(p) for p in paragraphs),
        "string": lambda: kept.append(extract(text)),
        "cells": lambda: bench.extract_cells(cells),
    }
    run = passes[mode]
    functools.reduce(lambda _, __: run(), [0], 0)  # the counted pass: see the module's docstring
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
