"""Paths from strangers: which files to read, which may be written, and writing them safely.

A folder received from many senders may hold anything a file system can: a FIFO named
`x.txt` (opening it blocks forever), a device, a symlink loop (`a/b -> ..`), names longer
than the system allows, the same file reached twice (`x/a.txt` and `/x/../x/a.txt`, or
through a link). Every input is `stat`ed before it is opened and only regular files are
read; walks and globs follow a directory link once and never into a directory already
visited; a file is known by its device and inode, so it is read once however it is named.

On the way out, an output (`-o`, `--csv`) is refused when it is one of the inputs, under
whatever name or link, and is written to a temporary file in its folder that replaces the
old one only when complete, so an interrupted run leaves the old output intact.
"""

from __future__ import annotations

import contextlib
import errno
import fnmatch
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path

from yiju.errors import ReadError, YijuError

__all__ = [
    "OutputError",
    "atomic_path",
    "check_regular",
    "display",
    "expand",
    "file_key",
    "guard_outputs",
    "write_atomic",
]

_GLOB_CHARS = frozenset("*?[")
# A path is shown whole up to this length; a longer one keeps its start and end.
_DISPLAY_MAX = 160
_TOO_LONG = (errno.ENAMETOOLONG,)

FileKey = tuple[int, int]


class OutputError(YijuError):
    """An output that would overwrite an input, or cannot be written; one line, exit 2."""


def display(path: str | Path) -> str:
    """Return a path for a one-line message, its middle elided past 160 characters.

    >>> display("a/b.txt")
    'a/b.txt'
    >>> len(display("x" * 6000))
    161
    """
    text = str(path)
    if len(text) <= _DISPLAY_MAX:
        return text
    half = _DISPLAY_MAX // 2
    return f"{text[:half]}…{text[-half:]}"


def _stat_reason(exc: OSError) -> str:
    if exc.errno in _TOO_LONG:
        return "文件名或路径过长，系统无法打开"
    if exc.errno == errno.ELOOP:
        return "符号链接循环，无法打开"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "no such file"
    if exc.errno == errno.EACCES:
        return "没有读取权限"
    return f"无法访问（{exc.strerror or exc}）"


def _kind(mode: int) -> str | None:
    """Return what a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not a form file"
    if stat.S_ISFIFO(mode):
        return "是命名管道（FIFO），不是普通文件，不读取"
    if stat.S_ISSOCK(mode):
        return "是套接字，不是普通文件，不读取"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "是设备文件，不是普通文件，不读取"
    return "不是普通文件，不读取"


def check_regular(path: str | Path) -> os.stat_result:
    """Return the `stat` of a regular file (links followed); refuse anything else.

    Called before a file is opened: opening a FIFO blocks until a writer comes, and a
    device may never end.

    Raises:
        ReadError: For a missing file, a directory, a FIFO, socket or device, a name too
            long, a link loop or a permission error, as one line.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise ReadError(display(path), _stat_reason(exc)) from None
    except ValueError:  # an embedded NUL
        raise ReadError(display(path), "文件名含有空字符，无法打开") from None
    kind = _kind(info.st_mode)
    if kind is not None:
        raise ReadError(display(path), kind)
    return info


def file_key(path: str | Path) -> FileKey | None:
    """Return (device, inode) of the file a path names, links followed; None if it has none."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


# ------------------------------------------------------------------------------ inputs


def expand(
    args: Sequence[str],
    is_form: Callable[[Path], bool],
    *,
    expected: str,
    skipped: list[Path] | None = None,
    visible: Callable[[str], bool] | None = None,
) -> tuple[list[Path], list[ReadError]]:
    """Expand arguments into files, each file once, and the errors of the arguments that failed.

    A file is taken as given (its reader judges the type; `check_regular` its kind); a
    directory contributes every form file beneath it, sorted; a glob pattern its sorted
    matches, matched directories expanded. Hidden files and folders and Excel's `~$` lock
    files are skipped when expanding. A file reached twice (another spelling, a link) is
    kept at its first mention.

    Args:
        args: Paths, directories or glob patterns.
        is_form: Whether a file found by expanding is a form file (by its name).
        expected: The accepted suffixes in words, for the messages.
        skipped: When given, receives the files a directory or pattern held that are not
            form files but pass `visible` (`a.doc`), so the caller can name them.
        visible: Whether a skipped file is worth naming (not hidden, not a lock file).

    Returns:
        The files, in argument order, and one `ReadError` per argument that gave none.
    """
    out: list[Path] = []
    errors: list[ReadError] = []
    seen: set[FileKey | str] = set()
    for arg in args:
        mark = len(skipped) if skipped is not None else 0
        others: list[Path] = []
        try:
            found = _expand_one(arg, is_form, expected, others)
        except ReadError as exc:
            errors.append(exc)  # the refusal is this argument's line; its files are not listed
            continue
        if skipped is not None:
            del skipped[mark:]
            skipped.extend(p for p in others if visible is None or visible(p.name))
        for path in found:
            key: FileKey | str | None = file_key(path)
            if key is None:
                key = os.path.normpath(os.path.abspath(path)) if len(str(path)) < 4096 else str(path)
            if key not in seen:
                seen.add(key)
                out.append(path)
    return out, errors


def _expand_one(arg: str, is_form: Callable[[Path], bool], expected: str, others: list[Path]) -> list[Path]:
    path = Path(arg)
    try:
        info = os.stat(arg)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR) or not _GLOB_CHARS.intersection(arg):
            raise ReadError(display(arg), _stat_reason(exc)) from None
        info = None
    except ValueError:
        raise ReadError(display(arg), "文件名含有空字符，无法打开") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            found = _walk(path, is_form, others)
            if not found:
                raise ReadError(display(arg), f"no form files in this directory ({expected})")
            return found
        return [path]  # the reader refuses a FIFO or device by name, before opening it
    matches = _glob(arg)
    if not matches:
        raise ReadError(display(arg), "no files match this pattern")
    found = []
    for match in matches:
        if match.is_dir():
            found.extend(_walk(match, is_form, others))
        elif is_form(match):
            found.append(match)
        elif match.is_file():
            others.append(match)
    if not found:
        raise ReadError(display(arg), f"no form files match this pattern ({expected})")
    return found


def _walk(directory: Path, is_form: Callable[[Path], bool], others: list[Path]) -> list[Path]:
    """Return the form files beneath a directory, sorted; hidden entries and loops are skipped.

    The regular files that are not forms go to `others`, sorted.
    """
    found: list[Path] = []
    for path in sorted(_files_under(directory)):
        if is_form(path):
            found.append(path)
        elif path.is_file():
            others.append(path)
    return found


def _files_under(directory: Path) -> Iterator[Path]:
    """Yield the visible files beneath a directory, following each directory (link or not) once.

    A directory is known by (device, inode): a link back to an ancestor, or two links to one
    folder, is entered the first time only, so a loop ends and nothing is listed twice.
    """
    visited: set[FileKey] = set()
    stack = [directory]
    while stack:
        folder = stack.pop()
        key = file_key(folder)
        if key is None or key in visited:
            continue
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue  # unreadable or vanished: nothing to list
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = folder / entry.name
            try:
                is_dir = entry.is_dir()  # follows a link
            except OSError:
                is_dir = False
            if is_dir:
                stack.append(child)
            else:
                yield child


def _glob(pattern: str) -> list[Path]:
    """Return the sorted matches of a glob pattern, `**` spanning any number of folders.

    The walk under the pattern's literal start goes through `_files_under`' loop guard
    (the standard `glob` follows a directory link into itself until the path is too long).
    """
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) and not _GLOB_CHARS.intersection(parts[fixed]):
        fixed += 1
    base = Path(*parts[:fixed]) if fixed else Path()
    wanted = tuple(parts[fixed:])
    if not wanted:
        return [base] if base.exists() else []
    if "**" not in wanted:
        return sorted(_match_fixed_depth(base, wanted))
    found = []
    for path in _files_and_dirs_under(base):
        relative = path.relative_to(base).parts if base.parts else path.parts
        if _match_parts(wanted, tuple(relative)):
            found.append(path)
    return sorted(found)


def _match_fixed_depth(base: Path, wanted: tuple[str, ...]) -> Iterator[Path]:
    """Yield matches of a pattern without `**`: one directory level per part."""
    level = [base]
    for depth, part in enumerate(wanted):
        last = depth == len(wanted) - 1
        following: list[Path] = []
        for folder in level:
            try:
                names = sorted(os.listdir(folder))
            except OSError:
                continue
            for name in names:
                if name.startswith(".") and not part.startswith("."):
                    continue
                if fnmatch.fnmatchcase(name, part):
                    child = folder / name
                    if last or child.is_dir():
                        following.append(child)
        level = following
    yield from level


def _files_and_dirs_under(directory: Path) -> Iterator[Path]:
    """Yield the visible files and folders beneath a directory, each folder entered once."""
    visited: set[FileKey] = set()
    stack = [directory]
    while stack:
        folder = stack.pop()
        key = file_key(folder if folder.parts else Path("."))
        if key is None or key in visited:
            continue
        visited.add(key)
        try:
            entries = sorted(os.scandir(folder if folder.parts else "."), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = folder / entry.name
            yield child
            with contextlib.suppress(OSError):
                if entry.is_dir():
                    stack.append(child)


def _match_parts(pattern: tuple[str, ...], parts: tuple[str, ...]) -> bool:
    """Return True when path parts match glob parts; `**` matches zero or more parts."""

    @cache
    def match(i: int, j: int) -> bool:
        if i == len(pattern):
            return j == len(parts)
        if pattern[i] == "**":
            return match(i + 1, j) or (j < len(parts) and match(i, j + 1))
        return j < len(parts) and fnmatch.fnmatchcase(parts[j], pattern[i]) and match(i + 1, j + 1)

    return match(0, 0)


# ------------------------------------------------------------------------------ outputs


def guard_outputs(outputs: Iterable[Path], inputs: Iterable[Path]) -> None:
    """Refuse to write any output that is one of the inputs, under any name or link.

    Raises:
        OutputError: Naming the output and the input it would destroy.
    """
    by_key: dict[FileKey, Path] = {}
    for path in inputs:
        key = file_key(path)
        if key is not None:
            by_key.setdefault(key, path)
    for output in outputs:
        key = file_key(output)
        if key is not None and key in by_key:
            raise OutputError(
                f"{display(output)}: 是输入文件 {display(by_key[key])}，不会覆盖它；请换一个输出文件名"
            )


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside `path` (same suffix); on success it replaces `path`.

    A link at `path` is written through (its target is replaced), as `open` would. On an
    exception the temporary file is removed and `path` is left as it was.
    """
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = target.parent
    handle, name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=f".tmp{target.suffix}", dir=folder)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with contextlib.suppress(OSError):
            # mkstemp makes the file 0600; an output is as readable as any file the user writes.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file that replaces it when complete.

    Raises:
        OSError: The folder cannot be written.
    """
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)
