"""Checks an xlsx file must pass before any parser (calamine, expat, openpyxl) reads it.

A form arrives from anyone, so the bytes are treated as hostile: the container is sniffed
(a text file or a legacy/encrypted OLE2 file named `.xlsx`), the zip directory is checked for
completeness and for declared sizes that would inflate past a budget (a zip bomb), and every
XML part's prolog is scanned for a DOCTYPE (the only place entity declarations can live, so
the only route to an entity-expansion bomb). Every member is then inflated once, streaming, into
nothing but a byte count that stops one byte past the size the member declares: calamine's zip
reader trusts the compressed size and would inflate a member that declares 1 KB and holds 2 GB
of padding in full (a "lying" member), so the declared sizes the budget was checked against
must be the true ones before calamine opens the file.

openpyxl parses XML through defusedxml when it is installed (`openpyxl.xml.DEFUSEDXML`), which
refuses entity declarations as well; the prolog scan here gives the clear message and keeps the
guard in place when `OPENPYXL_DEFUSEDXML=False` turns defusedxml off.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import IO

from yiju.errors import ReadError
from yiju.limits import DEFAULT_MAX_CELL_CHARS, DEFAULT_MAX_CELLS, DEFAULT_MAX_MERGED
from yiju.models import column_letter
from yiju.readers.table import Table

__all__ = [
    "MAX_INFLATED_BYTES",
    "ReadCaps",
    "caps_scope",
    "cell_too_long",
    "check_members",
    "check_table_caps",
    "check_xlsx_archive",
    "check_xlsx_bytes",
    "current_caps",
    "read_capped",
    "short_reason",
    "sniff_container",
]

MB = 1024 * 1024

# Real forms inflate to a few MB; 200 MB leaves room for photo-laden workbooks while keeping
# a hostile archive from exhausting memory.
MAX_INFLATED_BYTES = 200 * MB
# Deflate tops out near 1032:1 on zeros; XML rarely exceeds 100:1, so a big member above 200:1
# is padding, not content. Small members may compress well without harm.
_MAX_RATIO = 200
_RATIO_MIN_BYTES = 10 * MB

# Zip's own encryption (bit 0) and strong encryption (bit 6): no office file uses either.
_ENCRYPTED_FLAGS = 0x01 | 0x40
# A local file header: signature, versions, flags, method, time, date, CRC, sizes, then the
# lengths of the name and the extra field that the data follows.
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_INFLATE_STEP = 1 * MB

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Office encryption stores the real workbook in a CFB stream with this name (MS-OFFCRYPTO).
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_REQUIRED_PARTS = ("[Content_Types].xml", "xl/workbook.xml")
_XML_SUFFIXES = (".xml", ".rels", ".vml")

# A prolog (declaration, comments, processing instructions) is tiny in practice; reading up
# to this much before giving up keeps the scan bounded even when a member lies about its size.
_PROLOG_CHUNK = 64 * 1024
_PROLOG_LIMIT = 1 * MB
_PROLOG_SPACE = " \t\r\n\ufeff"
# What the checks may hand back of the members they read whole (`check_members(keep=...)`):
# a form's sheet parts are tens of kB; past this, members are read again, as before.
_KEEP_BYTES = 16 * MB


@dataclass(frozen=True, slots=True)
class ReadCaps:
    """How much one untrusted file may ask a reader for, checked before anything is allocated.

    Each refusal names the cap and the option that raises it. The defaults sit far above any
    responsibility table (a 50 000-row, 20-column register is 1 000 000 cells) and far below
    what would exhaust a machine.

    Attributes:
        max_cells: Stored cells in one sheet (or cells in one text file), and the area merged
            ranges may cover together (`yiju --max-cells`).
        max_cell_chars: Characters in one cell; Excel itself stops at 32 767
            (`yiju --max-cell-chars`).
        max_merged: Merged ranges in one sheet.
    """

    max_cells: int = DEFAULT_MAX_CELLS
    max_cell_chars: int = DEFAULT_MAX_CELL_CHARS
    max_merged: int = DEFAULT_MAX_MERGED


_CAPS: ContextVar[ReadCaps] = ContextVar("yiju_read_caps", default=ReadCaps())  # noqa: B039  # frozen


def current_caps() -> ReadCaps:
    """Return the caps in force (set by `caps_scope`; `ReadCaps()` otherwise)."""
    return _CAPS.get()


@contextlib.contextmanager
def caps_scope(caps: ReadCaps) -> Iterator[None]:
    """Apply `caps` to every read inside the `with` block (in this thread or task)."""
    token = _CAPS.set(caps)
    try:
        yield
    finally:
        _CAPS.reset(token)


def cell_too_long(where: str, length: int, caps: ReadCaps) -> str:
    """Return the refusal for a cell longer than `caps.max_cell_chars`, naming how to raise it."""
    return (
        f"单元格 {where}有 {length} 个字符，超过每格 {caps.max_cell_chars} 个字符的上限"
        f"（用 yiju --max-cell-chars 调高）"
    )


def check_table_caps(path: str, table: Table, caps: ReadCaps) -> None:
    """Refuse a table with more cells than `caps.max_cells` or a cell past `caps.max_cell_chars`.

    Raises:
        ReadError: Naming the limit and the option that raises it.
    """
    where = f"表格 {table.sheet!r}" if table.sheet else "表格"
    cells = sum(len(row.values) for row in table.rows)
    if cells > caps.max_cells:
        raise ReadError(
            path, f"{where}有 {cells} 个单元格，超过 {caps.max_cells} 个的上限（用 yiju --max-cells 调高）"
        )
    if max(map(len, chain.from_iterable(row.values for row in table.rows)), default=0) <= caps.max_cell_chars:
        return  # one C-speed pass: no cell is too long, so no row need be named
    for row in table.rows:
        longest = max(map(len, row.values), default=0)
        if longest > caps.max_cell_chars:
            column = next(c for c, v in enumerate(row.values, 1) if len(v) == longest)
            raise ReadError(path, cell_too_long(f"{column_letter(column)}{row.number}", longest, caps))


def sniff_container(path: str, data: bytes) -> None:
    """Refuse a file that is not a zip archive, naming what it is instead.

    Args:
        path: The path as given, for the error.
        data: The whole file; an OLE2 file is searched for the encryption stream's name.

    Raises:
        ReadError: For an encrypted workbook, a legacy `.xls` workbook or anything not a zip.
    """
    if data.startswith(_CFB_MAGIC):
        if _ENCRYPTED_STREAM in data:
            raise ReadError(path, "encrypted (password-protected) workbook")
        raise ReadError(path, "legacy .xls workbook; save it as .xlsx")
    if not data.startswith(_ZIP_MAGICS):
        raise ReadError(path, "not an xlsx workbook (not a zip archive)")


def check_xlsx_bytes(
    path: str, source: IO[bytes], *, keep: Callable[[str], bool] | None = None
) -> dict[str, bytes]:
    """Check a zip archive's directory and XML prologs; return the kept members (see `check_xlsx_archive`)."""
    return check_xlsx_archive(path, source, keep=keep)[0]


def check_xlsx_archive(
    path: str, source: IO[bytes], *, keep: Callable[[str], bool] | None = None
) -> tuple[dict[str, bytes], frozenset[str]]:
    """Check a zip archive's directory and XML prologs without inflating its content.

    Args:
        path: The path as given, for the error.
        source: A seekable binary stream over the whole file.
        keep: Names the XML members whose content the caller will read next; see
            `check_members`.

    Returns:
        The content of each kept member the checks read whole, and the names of the archive's
        members (`ZipFile.namelist()`): a reader that needs no other member than those kept
        does not open the archive again.

    Raises:
        ReadError: For a truncated or corrupt archive, a possible zip bomb, a compression
            method xlsx never uses, or an XML part declaring entities.
    """
    try:
        archive = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        # The magic said zip, so a missing end-of-central-directory means the file was cut short.
        raise ReadError(path, "truncated or corrupt xlsx (no zip central directory)") from None
    except (OSError, ValueError, EOFError, NotImplementedError) as exc:  # "zip file version 9.9"
        raise ReadError(path, f"truncated or corrupt xlsx ({short_reason(exc)})") from None
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        for part in _REQUIRED_PARTS:
            if part not in names:
                raise ReadError(path, f"truncated or corrupt xlsx (no {part})")
        return check_members(path, archive, source, kind="xlsx", keep=keep), frozenset(names)


def check_members(
    path: str,
    archive: zipfile.ZipFile,
    source: IO[bytes],
    *,
    kind: str,
    keep: Callable[[str], bool] | None = None,
) -> dict[str, bytes]:
    """Check every member of an office zip: sizes, method, encryption, true size, XML prolog.

    Args:
        path: The path as given, for the error.
        archive: The open archive.
        source: The seekable stream the archive reads (its raw bytes are inflated here).
        kind: The format's name in messages (`xlsx`, `docx`, `ods`, `xlsb`).
        keep: Names the XML members whose content the caller reads next. A small member's
            prolog check reads it whole through `zipfile` (its CRC checked at the end), so
            those bytes are what `archive.read(name)` would give; they are returned instead
            of inflated a second time, up to `_KEEP_BYTES` in all.

    Returns:
        The content of each kept member by name (for a name listed twice, as `archive.read`
        resolves it: the last member of that name, or none when that one was not read whole).

    Raises:
        ReadError: For a possible zip bomb (declared, dense or lying), a compression method
            or encryption the format never uses, a corrupt member, or a DOCTYPE.
    """
    infos = archive.infolist()
    _check_sizes(path, infos)
    kept: dict[str, bytes] = {}
    room = _KEEP_BYTES
    for info in infos:
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # bzip2/lzma members inflate a whole read chunk at once, past any size cap.
            raise ReadError(
                path,
                f"truncated or corrupt {kind} (member {info.filename} uses compression "
                f"method {info.compress_type}, which office files never use)",
            )
        if info.flag_bits & _ENCRYPTED_FLAGS:
            raise ReadError(
                path, f"refused: zip member {info.filename} is encrypted; remove the password and save again"
            )
        xml = info.filename.lower().endswith(_XML_SUFFIXES) and not info.is_dir()
        # A small deflated XML part is inflated once, kept, and checked as `zipfile` would read it.
        inflated = _check_true_size(path, source, info, kind, keep=xml and _read_in_one_chunk(info))
        kept.pop(info.filename, None)  # `archive.read` gives the last member of a name
        if xml:
            whole = _check_prolog(path, archive, info, kind, inflated)
            if whole is not None and keep is not None and len(whole) <= room and keep(info.filename):
                kept[info.filename] = whole
                room -= len(whole)
    return kept


def _check_sizes(path: str, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse an archive whose declared sizes add up past the budget or whose ratio is absurd."""
    total = sum(info.file_size for info in infos)
    if total > MAX_INFLATED_BYTES:
        megabytes = -(-total // MB)  # round up: a bomb is never "0 MB"
        raise ReadError(
            path,
            f"refused: zip members would inflate to {megabytes} MB, over the limit of "
            f"{MAX_INFLATED_BYTES // MB} MB (possible zip bomb)",
        )
    for info in infos:
        if info.file_size > _RATIO_MIN_BYTES and info.file_size > _MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ReadError(
                path,
                f"refused: zip member {info.filename} would inflate {ratio} times, over the limit of "
                f"{_MAX_RATIO} times (possible zip bomb)",
            )


def _read_in_one_chunk(info: zipfile.ZipInfo) -> bool:
    """Return True for a deflated member the prolog check reads whole in its first chunk."""
    return info.compress_type == zipfile.ZIP_DEFLATED and info.file_size <= _PROLOG_CHUNK


@dataclass(frozen=True, slots=True)
class _Inflated:
    """A member's data as the size check inflated it: the bytes, and how the inflation ended.

    `ended` is True when the deflate stream ended, `input_left` counts the compressed bytes
    the archive still owed when its data ran out (0 when all were there); `inflater` is left
    as the last step left it.
    """

    data: bytes
    ended: bool
    input_left: int
    inflater: zlib._Decompress


def _check_true_size(
    path: str, source: IO[bytes], info: zipfile.ZipInfo, kind: str, *, keep: bool = False
) -> _Inflated | None:
    """Refuse a member whose data inflates past the size it declares (a "lying" member).

    The raw data is inflated in steps of at most `_INFLATE_STEP` bytes that are counted and
    dropped, and the count stops one byte past the declared size: memory stays at one step,
    time at the declared size, however much the data would really give. With `keep` (a
    deflated member of at most `_PROLOG_CHUNK` bytes), the bytes are kept and returned.
    """
    if info.is_dir() and not info.compress_size:
        return None
    kept: _Inflated | None = None
    try:
        source.seek(info.header_offset)
        header = source.read(_LOCAL_HEADER.size)
        if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise ReadError(path, f"truncated or corrupt {kind} (no local header for {info.filename})")
        name_length, extra_length = _LOCAL_HEADER.unpack(header)[-2:]
        source.seek(info.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
        if info.compress_type == zipfile.ZIP_STORED:
            produced = info.compress_size  # stored data is as long as its compressed size says
        else:
            pieces: list[bytes] | None = [] if keep else None
            produced, inflater, left = _inflated_size(source, info.compress_size, info.file_size + 1, pieces)
            if pieces is not None and produced <= info.file_size:
                kept = _Inflated(b"".join(pieces), inflater.eof, left, inflater)
    except (OSError, ValueError, zlib.error) as exc:
        raise ReadError(path, f"truncated or corrupt {kind} ({info.filename}: {short_reason(exc)})") from None
    if produced > info.file_size:
        raise ReadError(
            path,
            f"refused: zip member {info.filename} inflates to more than the {info.file_size} bytes "
            f"it declares (possible zip bomb)",
        )
    return kept


def _inflated_size(
    source: IO[bytes], compressed: int, stop: int, pieces: list[bytes] | None = None
) -> tuple[int, zlib._Decompress, int]:
    """Return how many bytes `compressed` raw deflate bytes give, counting no further than `stop`.

    Also returns the inflater and the compressed bytes the archive did not have (0 unless
    its data ends early); the bytes inflated are appended to `pieces` when it is given.
    """
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    produced = 0
    left = compressed
    pending = b""
    while produced < stop:
        if not pending:
            if not left or inflater.eof:
                break
            pending = source.read(min(_INFLATE_STEP, left))
            if not pending:
                break  # the archive ends early: zipfile reports it when the member is read
            left -= len(pending)
        out = inflater.decompress(pending, min(_INFLATE_STEP, stop - produced))
        produced += len(out)
        if pieces is not None:
            pieces.append(out)
        pending = inflater.unconsumed_tail
        if inflater.eof:
            break
    return produced, inflater, left


def _check_prolog(
    path: str,
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    kind: str = "xlsx",
    inflated: _Inflated | None = None,
) -> bytes | None:
    """Refuse an XML member whose prolog holds a DOCTYPE (and so possibly entity declarations).

    `inflated` is the member's data as the size check inflated it; its first chunk is then
    what `zipfile` would read (see `_as_zipfile_reads`), and is not inflated again.

    Returns:
        The member's content when the check read all of it (then `zipfile` has checked its
        CRC, as `archive.read` would), else None.
    """
    raw = b""
    try:
        if inflated is not None:
            with archive.open(info):  # the local header's checks, as reading would make them
                pass
            raw = _as_zipfile_reads(info, inflated)
            verdict = _prolog_verdict(_decode_head(raw))
            if verdict:
                raise ReadError(
                    path,
                    f"refused: XML entity declarations in {info.filename} (possible entity-expansion bomb)",
                )
            return raw if len(raw) == info.file_size else None
        with archive.open(info) as member:
            while len(raw) < _PROLOG_LIMIT:
                # zipfile never yields more than the declared size, and read(n) caps each step.
                chunk = member.read(_PROLOG_CHUNK)
                raw += chunk
                verdict = _prolog_verdict(_decode_head(raw))
                if verdict is not None or not chunk:
                    break
            else:
                verdict = True  # a megabyte of comments before the root is no honest XML part
    except ReadError:
        raise
    except Exception as exc:  # BadZipFile, zlib.error, EOFError: any failure is a corrupt member
        raise ReadError(path, f"truncated or corrupt {kind} ({short_reason(exc)})") from None
    if verdict:
        raise ReadError(
            path,
            f"refused: XML entity declarations in {info.filename} (possible entity-expansion bomb)",
        )
    # zipfile marks a member read to its end once it has produced the declared size, and
    # checks the CRC right then; a shorter read is no whole member.
    return raw if len(raw) == info.file_size else None


def _as_zipfile_reads(info: zipfile.ZipInfo, inflated: _Inflated) -> bytes:
    """Return what `archive.open(info).read(_PROLOG_CHUNK)` gives for a member inflated whole.

    `zipfile` inflates the same compressed bytes and stops at the declared size, which is
    no more than one chunk here, so it reads all the size check inflated, and more only
    from the inflater's flush when the compressed data ends before the stream does. It
    raises `EOFError` when the archive's data runs out before that size, and checks the
    CRC once it has read to the end.

    Raises:
        EOFError: When the archive ends before the member's data does.
        zipfile.BadZipFile: When the data does not match the member's CRC.
    """
    data = inflated.data
    if not inflated.ended and inflated.input_left and len(data) < info.file_size:
        raise EOFError
    if inflated.ended or not inflated.input_left:
        # `zipfile` flushes its inflater at the stream's end or when the compressed data is used up.
        data = (data + inflated.inflater.flush())[: info.file_size]
    if zlib.crc32(data) != info.CRC:
        raise zipfile.BadZipFile(f"Bad CRC-32 for file {info.filename!r}")
    return data


def _decode_head(raw: bytes) -> str:
    """Decode the start of an XML part leniently, honouring a UTF-16 byte order or pattern."""
    if raw.startswith((codecs.BOM_UTF16_LE, b"<\x00")):
        return raw.decode("utf-16-le", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_BE, b"\x00<")):
        return raw.decode("utf-16-be", errors="replace")
    return raw.decode("utf-8", errors="replace")


def _prolog_verdict(text: str) -> bool | None:
    """Return True when the prolog holds a DOCTYPE, False at the root element, None if unsure.

    Only whitespace, the XML declaration, processing instructions, comments and one DOCTYPE
    may precede the root element, so any other `<!` markup there is a DOCTYPE.
    """
    i, n = 0, len(text)
    while True:
        while i < n and text[i] in _PROLOG_SPACE:
            i += 1
        if i >= n or text[i:] in ("<", "<!", "<!-"):
            return None  # the next chunk decides
        if text.startswith("<?", i):
            end = text.find("?>", i + 2)
            if end < 0:
                return None
            i = end + 2
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return None
            i = end + 3
        else:
            return text.startswith("<!", i)


def short_reason(exc: BaseException) -> str:
    """Return an exception's first line, bounded, for a one-line reason."""
    lines = str(exc).strip().splitlines()
    text = lines[0] if lines else type(exc).__name__
    return text[:120]


def read_capped(path: Path, display: str) -> bytes:
    """Read a whole file, refusing one larger than the inflation budget.

    Args:
        path: The file.
        display: The path as given, for errors.

    Raises:
        ReadError: When the file is larger than `MAX_INFLATED_BYTES` or cannot be read.
    """
    try:
        with path.open("rb") as handle:
            # Ask for what the file holds, not the whole budget: read(n) reserves n bytes first,
            # 200 MB of a reader worker's address space for a 20 KB workbook.
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(min(size, MAX_INFLATED_BYTES) + 1)
    except OSError as exc:
        raise ReadError(display, f"cannot read ({exc.strerror or short_reason(exc)})") from None
    if len(data) > MAX_INFLATED_BYTES:
        megabytes = -(-path.stat().st_size // MB)
        raise ReadError(
            display, f"refused: file of {megabytes} MB exceeds the {MAX_INFLATED_BYTES // MB} MB limit"
        )
    return data
