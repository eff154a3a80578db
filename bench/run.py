"""Run the benchmarks: every `bench/bench_*.py` in turn, or the named ones.

Usage:
    python bench/run.py                      # all of them, one subprocess each
    python bench/run.py citations            # bench/bench_citations.py
    python bench/run.py parse -- --forms 50  # arguments after `--` go to each benchmark

Each benchmark runs in its own process (a clean interpreter: no warm caches or imports from
the one before) with this interpreter, and prints its own figures against a floor it times
in the same run. The exit code is the first failing benchmark's, else 0.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> dict[str, Path]:
    """Return the benchmarks by name (`bench_citations.py` → `citations`), sorted."""
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def main(argv: list[str] | None = None) -> int:
    """Run the named benchmarks (all when none are named); return an exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in args:
        cut = args.index("--")
        args, extra = args[:cut], args[cut + 1 :]
    if any(a in ("-h", "--help") for a in args):
        print(__doc__)
        print("benchmarks:", ", ".join(available()) or "none")
        return 0
    benches = available()
    unknown = [name for name in args if name.removeprefix("bench_").removesuffix(".py") not in benches]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(benches)}", file=sys.stderr)
        return 2
    names = [a.removeprefix("bench_").removesuffix(".py") for a in args] or list(benches)
    status = 0
    for name in names:
        command = [sys.executable, str(benches[name]), *extra]
        print(f"=== {name}: {' '.join(command[1:])}", flush=True)
        start = time.perf_counter()
        code = subprocess.call(command, cwd=HERE.parent)
        print(f"=== {name}: exit {code} after {time.perf_counter() - start:.1f} s\n", flush=True)
        if code and not status:
            status = code
    return status


if __name__ == "__main__":
    sys.exit(main())
