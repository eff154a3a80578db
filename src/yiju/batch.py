"""Read and parse many form files: each bad file costs itself alone, never the run.

Each file is read *and parsed* in a capped worker process (`readers.isolate.map_isolated`),
so a file whose reading or parsing would abort, exhaust memory or spin is stopped by the
worker's limits, and the forms come back whole. A parser failure on one file (a cell no rule
foresaw) becomes that file's one-line `ReadError`, like an unreadable file, so a run over a
folder reports it and goes on with the rest (exit 2, which means "an input failed", never 1,
which means "findings").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path

from yiju.errors import ReadError
from yiju.forms import ParseOptions, parse_tables
from yiju.models import Form
from yiju.readers import read
from yiju.readers._safety import short_reason
from yiju.readers.isolate import Limits, map_isolated

__all__ = ["parse_file", "parse_files"]


def parse_files(
    paths: Iterable[str | Path],
    *,
    limits: Limits | None = None,
    workers: int | None = None,
    options: ParseOptions | None = None,
    isolate_all: bool = False,
) -> Iterator[tuple[Path, list[Form] | ReadError]]:
    """Yield each file with its forms (one per table) or the one error that stopped it.

    Args:
        paths: Form files (see `readers.expand_each`), in the order wanted.
        limits: Memory, CPU and cell caps for reading and parsing one file.
        workers: Worker processes (default: the CPUs, at most 4).
        options: What the user says about the tables (`forms.ParseOptions`).
        isolate_all: Send small text files to workers too (many files: in parallel).

    Yields:
        `(path, forms)` or `(path, ReadError)`, in the order of `paths`.
    """
    task = partial(parse_file, options=options)
    yield from map_isolated(task, paths, limits=limits, workers=workers, isolate_all=isolate_all)


def parse_file(path: Path, *, options: ParseOptions | None = None) -> list[Form]:
    """Read one file and parse its tables; a parser failure is a `ReadError` naming the file.

    Raises:
        ReadError: The file cannot be read, or its tables could not be parsed.
    """
    tables = read(path)
    try:
        return parse_tables(tables, options)
    except RecursionError:
        raise ReadError(str(path), "解析时出错（嵌套过深）") from None
    except MemoryError:
        raise ReadError(str(path), "解析时内存不足") from None
    except Exception as exc:  # a parser bug on one file must cost that file, not the run
        raise ReadError(str(path), f"解析时出错（{type(exc).__name__}: {short_reason(exc)}）") from None
