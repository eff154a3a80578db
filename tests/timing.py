"""Growth checks for the slow cases of issue 16: time on n against time on 4n, same run.

A time bound asserted as a wall-clock constant says more about the machine than the code;
these compare two sizes of one workload measured in the same test, in CPU time (other jobs
on a shared machine stretch wall time, not this process's CPU time), with the cyclic garbage
collector paused and the best of a few runs kept. Linear work grows about 4x for 4x the
input, quadratic 16x; a bound between the two fails a quadratic version and passes a linear
one. A disturbed measurement is settled by measuring again (up to three attempts): a
quadratic version fails every attempt.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Growth", "cpu_best", "growth"]


def cpu_best(run: Callable[[], object], repeat: int = 3) -> float:
    """Return the fastest of `repeat` runs of `run`, in CPU seconds, with the GC paused."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


@dataclass(frozen=True, slots=True)
class Growth:
    """CPU seconds of a workload at the small and the large size, and the bound they met or not."""

    small: float
    large: float
    bound: float
    floor: float

    @property
    def ok(self) -> bool:
        """True when the large run cost at most `bound` times the small one (plus the floor)."""
        return self.large <= self.bound * self.small + self.floor

    def __str__(self) -> str:
        ratio = self.large / max(self.small, 1e-9)
        return (
            f"{self.large * 1000:.1f} ms for 4x the input against {self.small * 1000:.1f} ms"
            f" = {ratio:.1f}x (bound {self.bound:g}x + {self.floor * 1000:g} ms)"
        )


def growth(
    small: Callable[[], object],
    large: Callable[[], object],
    *,
    bound: float,
    floor: float = 0.002,
    repeat: int = 3,
    attempts: int = 3,
) -> Growth:
    """Time `small` and `large` (the same work on n and 4n), best of `repeat` each.

    Args:
        small: The workload on the small input.
        large: The same on an input four times as large.
        bound: The largest acceptable ratio (6 for near-linear work, 10 for a pattern).
        floor: Seconds added to the allowance, for timer noise on runs of a millisecond.
        repeat: Runs per size per attempt; the fastest counts.
        attempts: Measurements made until one meets the bound.

    Returns:
        The attempt that met the bound, or the best of the failed ones.
    """
    small()  # warm caches, imports and memo tables, as every later run finds them
    tried: list[Growth] = []
    for _ in range(attempts):
        tried.append(Growth(cpu_best(small, repeat), cpu_best(large, repeat), bound, floor))
        if tried[-1].ok:
            break
    return tried[-1] if tried[-1].ok else min(tried, key=lambda g: g.large / max(g.small, 1e-9))
