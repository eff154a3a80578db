"""Citations of a text of any size, read in pieces: `yiju cite --file` and `yiju cite -`.

A 100 MB file is read one block at a time, decoded the way the form readers decode a text
form (`readers.text.decode`: UTF-16 by its byte-order mark, else UTF-8, else GB18030 or Big5,
refusing binary and empty input), cut at line breaks into pieces and extracted piece by piece. Spans
stay offsets into the whole text; a short name declared in one piece (`以下简称《意见》`)
resolves in the later ones. Memory holds one piece and the output of one piece, whatever the
size of the input; input over `MAX_BYTES` is refused.

Nothing here prints: `table_lines` and `json_parts` yield the text `yiju cite` writes.
"""

from __future__ import annotations

import codecs
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import IO, Any

from yiju.citations import extract
from yiju.errors import ReadError
from yiju.models import Citation, Extraction, Locator

__all__ = ["BLOCK_BYTES", "MAX_BYTES", "extract_pieces", "json_parts", "read_pieces", "table_lines"]

MB = 1024 * 1024
# One read; a piece is cut at the last line break of what has been decoded so far.
BLOCK_BYTES = 1 * MB
# A text this large is no document anyone cites from; refusing it keeps `/dev/zero`-like or
# endless input from running for ever (binary input is refused at its first block anyway).
MAX_BYTES = 1024 * MB
# A piece with no line break is cut at a sentence end once it is this long (characters).
_MAX_PIECE = 2 * MB
_SENTENCE_ENDS = "。；;！？!?"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Unparsed spans and aliases wait for the end of the citations; past this they wait on disk.
_SPOOL_BYTES = 8 * MB


def read_pieces(
    stream: IO[bytes], name: str, *, block_bytes: int | None = None, max_bytes: int | None = None
) -> Iterator[str]:
    """Yield the decoded text of `stream` in pieces that end at line breaks.

    Args:
        stream: The bytes to read (a file opened in binary mode, or standard input's buffer).
        name: The path as given (`-` for standard input), for errors.
        block_bytes: How much to read at a time (default `BLOCK_BYTES`).
        max_bytes: The most input accepted (default `MAX_BYTES`).

    Raises:
        ReadError: Empty, binary or undecodable input (the form readers' reasons), input over
            `max_bytes`, or a read that fails.
    """
    from yiju.readers.text import decode  # noqa: PLC0415  # lazy: `cite TEXT` loads no reader

    block_bytes = block_bytes or BLOCK_BYTES
    max_bytes = max_bytes or MAX_BYTES
    first = _read(stream, name, block_bytes)
    rest = _read(stream, name, block_bytes) if len(first) == block_bytes else b""
    if not rest:
        yield decode(name, first)  # the whole input: exactly what the form readers do
        return
    encoding = _encoding(name, first)
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    buffer = ""
    total = 0
    data = first
    while data:
        total += len(data)
        if total > max_bytes:
            raise ReadError(name, f"拒绝读取：输入超过 {max_bytes // MB} MB 上限")
        try:
            buffer += decoder.decode(data)
        except UnicodeDecodeError:
            raise ReadError(name, f"not {encoding} text after byte {total - len(data)}") from None
        cut = _cut(buffer)
        if cut:
            yield buffer[:cut]
            buffer = buffer[cut:]
        data, rest = rest, (_read(stream, name, block_bytes) if rest else b"")
    try:
        buffer += decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise ReadError(name, f"not {encoding} text at its end") from None
    if buffer:
        yield buffer


def _read(stream: IO[bytes], name: str, size: int) -> bytes:
    try:
        return stream.read(size)
    except OSError as exc:
        raise ReadError(name, f"cannot read ({exc.strerror or exc})") from None


def _encoding(name: str, block: bytes) -> str:
    """Return the encoding of a large input from its first block, checked by the readers' `decode`."""
    from yiju.readers.encoding import decode_legacy  # noqa: PLC0415  # lazy, as in read_pieces
    from yiju.readers.text import decode  # noqa: PLC0415

    if block.startswith(_UTF16_BOMS):
        sample = block[: len(block) - len(block) % 2]
        decode(name, sample[: _last_break(sample, b"\n\x00" if block.startswith(b"\xff\xfe") else b"\x00\n")])
        return "utf-16"
    sample = block[: _last_break(block, b"\n")]
    # Without a line break the block may end inside a character (up to 4 bytes in UTF-8,
    # GB18030 and Big5): drop 0-3 trailing bytes until it decodes as the readers decode.
    for trim in range(4):
        candidate = sample[: len(sample) - trim]
        encoding = _strict_encoding(candidate, decode_legacy)
        if encoding is not None:
            decode(name, candidate)  # refuses binary and empty input with the readers' reasons
            return encoding
    decode(name, sample)  # raises the readers' reason for undecodable text
    raise ReadError(name, "not text")  # pragma: no cover - decode refused it already


def _strict_encoding(data: bytes, legacy: Callable[[bytes], tuple[str, str] | None]) -> str | None:
    """Return the encoding the readers would decode `data` with, or None."""
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        found = legacy(data)
        return found[1] if found is not None else None
    return "utf-8-sig"


def _last_break(block: bytes, newline: bytes) -> int:
    """Return the length of `block` up to its last line break (all of it when there is none)."""
    at = block.rfind(newline)
    return len(block) if at < 0 else at + len(newline)


def _cut(buffer: str) -> int:
    """Return where to end a piece of `buffer` (0: wait for more text)."""
    at = buffer.rfind("\n")
    if at >= 0:
        return at + 1
    if len(buffer) < _MAX_PIECE:
        return 0
    ends = [buffer.rfind(ch) for ch in _SENTENCE_ENDS]
    best = max(ends)
    return best + 1 if best >= 0 else len(buffer)


def extract_pieces(pieces: Iterable[str]) -> Iterator[Extraction]:
    """Extract each piece; spans index the whole text, and short names carry to later pieces."""
    offset = 0
    known: dict[str, Citation] = {}
    for piece in pieces:
        found = extract(piece, known)
        if found.aliases:
            by_key = {c.key: c for c in found.citations}
            known.update((a.name, by_key[a.key]) for a in found.aliases if a.key in by_key)
        yield _shifted(found, offset) if offset else found
        offset += len(piece)


def _shifted(found: Extraction, offset: int) -> Extraction:
    """Return `found` with every span moved by `offset` characters."""

    def locator(loc: Locator) -> Locator:
        return replace(loc, span=(loc.span[0] + offset, loc.span[1] + offset))

    citations = tuple(
        replace(
            c,
            span=(c.span[0] + offset, c.span[1] + offset),
            locators=tuple(locator(x) for x in c.locators),
        )
        for c in found.citations
    )
    unparsed = tuple(replace(u, span=(u.span[0] + offset, u.span[1] + offset)) for u in found.unparsed)
    aliases = tuple(replace(a, span=(a.span[0] + offset, a.span[1] + offset)) for a in found.aliases)
    return Extraction(citations, unparsed, aliases)


def table_lines(extractions: Iterable[Extraction]) -> Iterator[str]:
    """Yield `yiju cite`'s table: a header, one row per citation, then the unparsed numbers."""
    from yiju.formatters import citation_lines  # noqa: PLC0415  # the one row format

    header: str | None = None
    unparsed_header = ""
    spooled = 0
    with tempfile.SpooledTemporaryFile(_SPOOL_BYTES, mode="w+", encoding="utf-8") as later:
        for found in extractions:
            if found.citations:
                rows = citation_lines(found.citations, ())
                if header is None:
                    header = rows[0]
                    yield header
                yield from rows[1:]
            if found.unparsed:
                rows = citation_lines((), found.unparsed)
                for row in rows[1:]:
                    later.write(row + "\n")
                    spooled += 1
                unparsed_header = rows[0]
        if header is None:
            if not spooled:
                yield from citation_lines((), ())  # `no citations`
                return
            yield unparsed_header
        later.seek(0)
        for line in later:
            yield line.removesuffix("\n")


def json_parts(extractions: Iterable[Extraction]) -> Iterator[str]:
    """Yield `yiju cite --json` in parts; joined, they are `json.dumps(result.to_dict(), indent=2)`."""
    with tempfile.SpooledTemporaryFile(_SPOOL_BYTES, mode="w+", encoding="utf-8") as later:
        counts = {"unparsed": 0, "aliases": 0}
        yield '{\n  "citations": ['
        first = True
        for found in extractions:
            for c in found.citations:
                yield ("\n" if first else ",\n") + _item(c.to_dict())
                first = False
            for field, items in (("unparsed", found.unparsed), ("aliases", found.aliases)):
                for item in items:
                    later.write(f"{field}\t{json.dumps(item.to_dict(), ensure_ascii=False)}\n")
                    counts[field] += 1
        yield "]" if first else "\n  ]"
        for field in ("unparsed", "aliases"):
            yield f',\n  "{field}": ['
            if not counts[field]:
                yield "]"
                continue
            later.seek(0)
            done = 0
            for line in later:
                kind, _, data = line.partition("\t")
                if kind == field:
                    yield ("\n" if done == 0 else ",\n") + _item(json.loads(data))
                    done += 1
            yield "\n  ]"
        yield "\n}"


def _item(data: Any) -> str:
    """Return one array element as `json.dumps(..., indent=2)` writes it two levels deep."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return "\n".join("    " + line for line in text.split("\n"))
