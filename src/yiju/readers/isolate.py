"""Read untrusted files in worker processes with resource limits, several at a time.

A reader is native code (calamine in Rust, expat, zlib) fed by strangers: a file may make it
abort the process, allocate without bound or spin. Each file is therefore read in a worker
process whose address space and CPU time are capped with `resource.setrlimit`; when a worker
aborts, runs out of memory or out of time, that file gets a one-line `ReadError`
(`x.xlsx: 读取器内存不足（上限 2048 MB）`), a fresh worker takes its place and the run goes
on. The same pool reads files in parallel and hands results back in the order given.

`map_isolated` runs any picklable-by-fork function of a path (`readers.read` by default, so
every format `read` dispatches to is isolated alike); `read_many` is the form-reading case.
Small text files are read in the calling process: their reader is pure Python, bounded by
the size cap, and cannot abort, and a fork per file would cost more than the read.
"""

from __future__ import annotations

import contextlib
import faulthandler
import multiprocessing
import os
import resource
import signal
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, Any, TypeVar

from yiju.errors import ReadError
from yiju.limits import DEFAULT_READER_CPU_SECONDS, DEFAULT_READER_MEMORY_MB
from yiju.readers._safety import ReadCaps, caps_scope, short_reason
from yiju.readers.table import Table

__all__ = ["IN_PROCESS_SUFFIXES", "Limits", "map_isolated", "read_many"]

T = TypeVar("T")

MB = 1024 * 1024

#: Kinds read in the calling process when small: pure-Python readers that cannot abort.
IN_PROCESS_SUFFIXES: tuple[str, ...] = (".txt", ".tsv", ".csv")
_IN_PROCESS_MAX_BYTES = 8 * MB

# A worker blocked outside the CPU (a hung network file system) is killed after this many
# times its CPU allowance of wall time, plus a margin for a loaded machine.
_WALL_FACTOR = 3
_WALL_MARGIN = 30.0
# The start of a dead worker's stderr (its last file's messages) read to tell an allocation
# failure from another abort; a Rust backtrace follows the message.
_STDERR_HEAD = 64 * 1024
# Rust's `handle_alloc_error` and glibc's malloc say so before aborting.
_ALLOC_FAILED = (b"memory allocation of", b"Cannot allocate memory", b"out of memory")


@dataclass(frozen=True, slots=True)
class Limits:
    """What one file may cost its reader.

    Attributes:
        memory_mb: Address space of a worker, in MB (`yiju --reader-memory`).
        cpu_seconds: CPU time for one file, in seconds (`yiju --reader-cpu`).
        caps: Cells, characters per cell and merged ranges (`ReadCaps`).
    """

    memory_mb: int = DEFAULT_READER_MEMORY_MB
    cpu_seconds: int = DEFAULT_READER_CPU_SECONDS
    caps: ReadCaps = field(default_factory=ReadCaps)


def read_many(
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    limits: Limits | None = None,
    isolate_all: bool = False,
) -> Iterator[tuple[Path, list[Table] | ReadError]]:
    """Read form files in isolated workers; yield each path with its tables or its error.

    Args:
        paths: The files, in the order results are wanted.
        workers: Worker processes (default: the CPUs, at most 4).
        limits: Memory, CPU and reader caps (default `Limits()`).
        isolate_all: Send small text files to workers too (for parallel indexing).

    Yields:
        `(path, tables)` or `(path, ReadError)`, in the order of `paths`; never raises for a
        file, however it fails.
    """
    from yiju.readers import read  # noqa: PLC0415  # the package imports this module

    yield from map_isolated(read, paths, workers=workers, limits=limits, isolate_all=isolate_all)


def map_isolated(
    task: Callable[[Path], T],
    paths: Iterable[str | Path],
    *,
    workers: int | None = None,
    limits: Limits | None = None,
    isolate_all: bool = False,
) -> Iterator[tuple[Path, T | ReadError]]:
    """Run `task(path)` for each path in a capped worker; yield results in the given order.

    `task` raises `ReadError` for a bad file; any other exception, a `MemoryError`, a native
    abort, a CPU-time kill or a hung worker becomes a `ReadError` for that path alone.

    Args:
        task: A module-level function of one path.
        paths: The files.
        workers: Worker processes (default: the CPUs, at most 4).
        limits: Memory, CPU and reader caps.
        isolate_all: Send small text files to workers too.
    """
    limits = limits or Limits()
    todo = [Path(p) for p in paths]
    in_process = [not isolate_all and _safe_in_process(p) for p in todo]
    count = workers if workers is not None else min(os.cpu_count() or 1, 4)
    pool = _Pool(task, limits, max(1, count))
    try:
        pool.submit((i, p) for i, p in enumerate(todo) if not in_process[i])
        for i, path in enumerate(todo):
            if in_process[i]:
                yield path, _run_here(task, path, limits)
            else:
                yield path, pool.result(i)
    finally:
        pool.close()


def _safe_in_process(path: Path) -> bool:
    """Return True for a small text file, whose reader cannot abort the process."""
    if path.suffix.lower() not in IN_PROCESS_SUFFIXES:
        return False
    try:
        return path.stat().st_size <= _IN_PROCESS_MAX_BYTES
    except OSError:
        return True  # the reader names the fault
    except ValueError:
        return True


def _run_here(task: Callable[[Path], T], path: Path, limits: Limits) -> T | ReadError:
    """Run the task in this process, with the caps, turning any failure into a `ReadError`."""
    with caps_scope(limits.caps):
        try:
            return task(path)
        except ReadError as exc:
            return exc
        except MemoryError:
            return ReadError(str(path), "读取器内存不足")
        except Exception as exc:  # a reader bug must cost one file, not the run
            return ReadError(str(path), _crash_reason(exc))


def _crash_reason(exc: BaseException) -> str:
    return f"读取时出错（{type(exc).__name__}: {short_reason(exc)}）"


# ------------------------------------------------------------------------------ worker side


def _cpu_hard_capped() -> bool:
    """Whether workers inherit a hard CPU cap (then the kernel ends an overrun with SIGKILL)."""
    return resource.getrlimit(resource.RLIMIT_CPU)[1] != resource.RLIM_INFINITY


def _worker(task: Callable[[Path], Any], conn: Connection, limits: Limits, stderr_fd: int) -> None:
    """Serve paths from `conn` until it closes: set the limits, read, send the outcome."""
    os.dup2(stderr_fd, 2)  # a native backtrace goes to the parent's log, not the user's screen
    faulthandler.disable()  # it may hold the parent's own stderr
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # an abort leaves no core file
    memory = limits.memory_mb * MB
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    _, cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)
    with caps_scope(limits.caps):
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return
            if job is None:  # the pool is closing
                return
            index, path = job
            with contextlib.suppress(OSError):  # the log holds this file's messages only
                os.ftruncate(2, 0)
                os.lseek(2, 0, os.SEEK_SET)
            used = resource.getrusage(resource.RUSAGE_SELF)
            spent = int(used.ru_utime + used.ru_stime) + 1
            soft = spent + limits.cpu_seconds
            if cpu_hard != resource.RLIM_INFINITY:
                soft = min(soft, cpu_hard)
            with contextlib.suppress(ValueError, OSError):
                resource.setrlimit(resource.RLIMIT_CPU, (soft, cpu_hard))
            outcome: tuple[str, Any]
            try:
                outcome = ("ok", task(path))
            except ReadError as exc:
                outcome = ("error", (exc.path, exc.reason))
            except MemoryError:
                outcome = ("memory", None)
            except Exception as exc:  # a reader bug must cost one file, not the run
                outcome = ("error", (str(path), _crash_reason(exc)))
            try:
                conn.send((index, *outcome))
            except MemoryError:
                conn.send((index, "memory", None))
            except Exception as exc:  # an unpicklable result is a reader bug
                conn.send((index, "error", (str(path), _crash_reason(exc))))
            if outcome[0] == "memory":
                return  # a heap that ran dry is not trusted with the next file


# ------------------------------------------------------------------------------ parent side


@dataclass
class _Slot:
    """One worker process, its pipe, its stderr file and the file it is reading."""

    process: BaseProcess
    conn: Connection
    stderr: IO[bytes]
    job: tuple[int, Path] | None = None
    started: float = 0.0


class _Pool:
    """Workers fed from a queue; a dead or stuck worker is replaced and its file failed."""

    def __init__(self, task: Callable[[Path], Any], limits: Limits, size: int) -> None:
        self._task = task
        self._limits = limits
        self._size = size
        self._queue: list[tuple[int, Path]] = []
        self._slots: list[_Slot] = []
        self._done: dict[int, Any] = {}
        methods = multiprocessing.get_all_start_methods()
        # fork: no re-import per worker, and the task needs no pickling.
        self._context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")

    def submit(self, jobs: Iterable[tuple[int, Path]]) -> None:
        self._queue.extend(jobs)
        self._queue.reverse()  # popped from the end, so in the given order

    def result(self, index: int) -> Any:
        """Return the outcome of job `index`, running the pool until it is known."""
        while index not in self._done:
            self._step()
        return self._done.pop(index)

    def close(self) -> None:
        for slot in self._slots:
            self._stop(slot)
        self._slots.clear()

    def _spawn(self) -> _Slot:
        parent, child = self._context.Pipe()
        stderr = tempfile.TemporaryFile(prefix="yiju-reader-")  # noqa: SIM115  # closed in _stop
        process: BaseProcess = self._context.Process(  # type: ignore[attr-defined]  # every concrete context has it
            target=_worker, args=(self._task, child, self._limits, stderr.fileno()), daemon=True
        )
        process.start()
        child.close()
        return _Slot(process, parent, stderr)

    def _stop(self, slot: _Slot, *, kill: bool = False) -> None:
        # Say goodbye before closing: a forked worker holds an inherited copy of the pool's
        # end of the pipe, so closing ours alone never reaches it as end-of-file, and the
        # join below would wait its whole timeout (5 s a worker on every run).
        if not kill:
            with contextlib.suppress(OSError, ValueError):
                slot.conn.send(None)
        with contextlib.suppress(OSError):
            slot.conn.close()
        if kill and slot.process.is_alive():
            slot.process.kill()
        slot.process.join(5)
        if slot.process.is_alive():
            slot.process.kill()
            slot.process.join()
        slot.stderr.close()

    def _feed(self) -> None:
        """Give every idle worker a job, starting workers up to the pool's size."""
        for slot in self._slots:
            if slot.job is None and self._queue:
                self._send(slot, self._queue.pop())
        while self._queue and len(self._slots) < self._size:
            slot = self._spawn()
            self._slots.append(slot)
            self._send(slot, self._queue.pop())

    def _send(self, slot: _Slot, job: tuple[int, Path]) -> None:
        slot.job, slot.started = job, time.monotonic()
        with contextlib.suppress(OSError):  # a dead worker: the wait below sees its sentinel
            slot.conn.send(job)

    def _step(self) -> None:
        self._feed()
        busy = [slot for slot in self._slots if slot.job is not None]
        if not busy:
            raise RuntimeError("no job is running")  # a caller asked for a job never submitted
        wall = self._limits.cpu_seconds * _WALL_FACTOR + _WALL_MARGIN
        now = time.monotonic()
        timeout = max(0.0, min(slot.started + wall - now for slot in busy))
        waitables: list[Any] = [s.conn for s in busy] + [s.process.sentinel for s in busy]
        ready = set(wait(waitables, timeout=timeout))
        for slot in busy:
            if slot.conn in ready:
                self._receive(slot)
            elif slot.process.sentinel in ready:
                self._lost(slot, self._death_reason(slot))
            elif time.monotonic() - slot.started > wall:
                self._lost(slot, f"读取超时（超过 {wall:.0f} 秒，文件可能卡住了读取器）", kill=True)

    def _receive(self, slot: _Slot) -> None:
        assert slot.job is not None  # noqa: S101  # only busy slots are waited on
        try:
            index, status, value = slot.conn.recv()
        except (EOFError, OSError):
            self._lost(slot, self._death_reason(slot))
            return
        path = slot.job[1]
        if status == "ok":
            self._done[index] = value
        elif status == "memory":
            self._done[index] = ReadError(str(path), self._memory_reason())
        else:
            self._done[index] = ReadError(*value)
        slot.job = None
        if status == "memory":
            self._replace(slot)

    def _lost(self, slot: _Slot, reason: str, *, kill: bool = False) -> None:
        """Fail the slot's file with `reason` and put a fresh worker in its place."""
        assert slot.job is not None  # noqa: S101  # only busy slots are lost
        index, path = slot.job
        self._done[index] = ReadError(str(path), reason)
        slot.job = None
        self._replace(slot, kill=kill)

    def _replace(self, slot: _Slot, *, kill: bool = False) -> None:
        self._stop(slot, kill=kill)
        self._slots.remove(slot)

    def _memory_reason(self) -> str:
        return f"读取器内存不足（上限 {self._limits.memory_mb} MB，用 yiju --reader-memory 调高）"

    def _death_reason(self, slot: _Slot) -> str:
        """Say why a worker died: out of memory, out of CPU time, or a native crash."""
        slot.process.join(5)
        code = slot.process.exitcode
        tail = b""
        with contextlib.suppress(OSError):
            slot.stderr.seek(0)
            tail = slot.stderr.read(_STDERR_HEAD)
        if any(mark in tail for mark in _ALLOC_FAILED):
            return self._memory_reason()
        if code is not None and code < 0:
            number = -code
            if number == signal.SIGXCPU or (number == signal.SIGKILL and _cpu_hard_capped()):
                return f"读取超时（CPU 时间上限 {self._limits.cpu_seconds} 秒，用 yiju --reader-cpu 调高）"
            if number == signal.SIGKILL:
                # The soft CPU cap sends SIGXCPU; SIGKILL comes from the kernel's OOM killer or
                # from outside (an operator's kill -9), unless a hard CPU cap was inherited.
                return "读取器被强行终止（信号 SIGKILL），多为系统内存不足或被外部结束"
            try:
                name = signal.Signals(number).name
            except ValueError:
                name = str(number)
            return f"读取器异常终止（信号 {name}），文件可能已损坏或为恶意构造"
        return f"读取器异常退出（退出码 {code}），文件可能已损坏或为恶意构造"
