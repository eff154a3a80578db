"""Read and parse many form files: each bad file costs itself alone, never the run.

`readers.isolate` reads each file in a capped worker; here each table it returns is parsed
into a `Form`. A parser failure on one file (a cell no rule foresaw) becomes that file's
one-line `ReadError`, like an unreadable file, so a run over a folder reports it and goes on
with the rest (exit 2, which means "an input failed", never 1, which means "findings").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from yiju.errors import ReadError
from yiju.forms import parse_table
from yiju.models import Form
from yiju.readers._safety import short_reason
from yiju.readers.isolate import Limits, read_many

__all__ = ["parse_files"]


def parse_files(
    paths: Iterable[str | Path], *, limits: Limits | None = None, workers: int | None = None
) -> Iterator[tuple[Path, list[Form] | ReadError]]:
    """Yield each file with its forms (one per table) or the one error that stopped it.

    Args:
        paths: Form files (see `readers.expand_each`), in the order wanted.
        limits: Memory, CPU and cell caps for the readers.
        workers: Reader processes (default: the CPUs, at most 4).

    Yields:
        `(path, forms)` or `(path, ReadError)`, in the order of `paths`.
    """
    for path, tables in read_many(paths, limits=limits, workers=workers):
        if isinstance(tables, ReadError):
            yield path, tables
            continue
        try:
            yield path, [parse_table(table) for table in tables]
        except RecursionError:
            yield path, ReadError(str(path), "解析时出错（嵌套过深）")
        except MemoryError:
            yield path, ReadError(str(path), "解析时内存不足")
        except Exception as exc:  # a parser bug on one file must cost that file, not the run
            reason = f"解析时出错（{type(exc).__name__}: {short_reason(exc)}）"
            yield path, ReadError(str(path), reason)
