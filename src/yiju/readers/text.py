"""Read tab-separated text (`.txt`, `.tsv`) and comma-separated `.csv` into a `Table`.

Text forms are tables pulled out of PDF or Word: one line per row, cells split on tabs,
merged cells flattened to empty cells. Excel's "Text (Tab delimited)" export quotes a cell
holding a line break, a tab or a quote (`"基础科\n协调科"`), so such a record spans lines.
Windows exports arrive as GB18030 or, from Notepad's "Unicode", as UTF-16 with a byte-order
mark; others as UTF-8 with or without one. UTF-8 is recognised by strict decoding; other
bytes are GB18030 or, from Taiwan and Hong Kong, Big5, told apart by `encoding.decode_legacy`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from yiju.errors import ReadError
from yiju.normalize import clean_cell
from yiju.readers._safety import ReadCaps, cell_too_long, current_caps, read_capped
from yiju.readers.encoding import decode_legacy
from yiju.readers.table import Row, Table

__all__ = ["decode", "read_text"]

# UTF-16 is recognised by its byte-order mark before anything else is tried: its text is full
# of NUL bytes. `utf-8-sig` also reads BOM-less UTF-8.
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Control bytes that never occur in text; tab, line feed, vertical tab (Word's manual line
# break), form feed (a PDF page break), carriage return and Ctrl-Z (DOS end of file) do.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 26)) + b"\x7f"
_SAMPLE_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05
_BLANK_BYTES = b" \t\r\n\f\v\xef\xbb\xbf"


def read_text(path: str | Path) -> Table:
    """Read a text form into one `Table` with a `Row` per line (or CSV record).

    Args:
        path: A `.txt`, `.tsv` (tab-separated) or `.csv` (comma-separated) file.

    Returns:
        One table; `sheet` is None, `Row.number` is the 1-based line where the row starts,
        and empty lines are kept as rows with one empty cell so line numbers stay true.

    Raises:
        ReadError: For an empty, binary, undecodable or unreadable file.
    """
    display = str(path)
    source = Path(path)
    text = decode(display, read_capped(source, display))
    is_csv = source.suffix.lower() == ".csv"
    _check_caps(display, text, current_caps(), "," if is_csv else "\t")
    rows = _csv_rows(display, text) if is_csv else _tab_rows(text)
    return Table(file=display, sheet=None, rows=tuple(rows))


def _check_caps(path: str, text: str, caps: ReadCaps, separator: str) -> None:
    """Refuse a text whose cells, or one cell, exceed the caps, before any row is built.

    Counted at C speed on the whole text: line ends plus separators bound the cells from
    above, and only a line longer than the per-cell cap can hold a cell longer than it.
    """
    cells = text.count("\n") + text.count("\r") + text.count(separator) + 1
    if cells > caps.max_cells:
        raise ReadError(
            path, f"文件有约 {cells} 个单元格，超过 {caps.max_cells} 个的上限（用 yiju --max-cells 调高）"
        )
    if len(text) <= caps.max_cell_chars:
        return
    for number, line in enumerate(_lines(text), 1):
        if len(line) > caps.max_cell_chars:
            longest = max(len(cell) for cell in line.split(separator))
            if longest > caps.max_cell_chars:
                raise ReadError(path, cell_too_long(f"（第 {number} 行）", longest, caps))


def _lines(text: str) -> list[str]:
    """Split text into lines at CRLF, CR or LF alike (a file may mix them).

    `str.splitlines` would also split at the vertical tab (Word's line break inside a cell)
    and the form feed (a PDF page break), which are text here, not line ends.
    """
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def decode(path: str, data: bytes) -> str:
    """Decode a text file's bytes, refusing empty and binary content.

    Args:
        path: The path as given, for errors.
        data: The file's bytes.

    Returns:
        The text, without a byte-order mark.

    Raises:
        ReadError: `empty file`, `binary data, not text`, `not UTF-16 text` (a UTF-16
            byte-order mark before bytes that are not UTF-16) or `not UTF-8, GB18030 or Big5 text`.
    """
    if data.startswith(_UTF16_BOMS):
        return _decode_utf16(path, data)
    if not data.strip(_BLANK_BYTES):
        raise ReadError(path, "empty file")
    if b"\x00" in data or _control_share(data[:_SAMPLE_BYTES]) > _MAX_CONTROL_SHARE:
        raise ReadError(path, "binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # GB18030 accepts nearly any Big5 byte pair, so strict decoding cannot tell them apart.
        legacy = decode_legacy(data)
        if legacy is None:
            raise ReadError(path, "not UTF-8, GB18030 or Big5 text") from None
        text = legacy[0]
    if not text.strip():
        raise ReadError(path, "empty file")
    return text


def _decode_utf16(path: str, data: bytes) -> str:
    """Decode UTF-16 with a byte-order mark, refusing blank and binary content like the rest."""
    try:
        text = data.decode("utf-16")  # the mark picks the byte order and is dropped
    except UnicodeDecodeError:
        raise ReadError(path, "not UTF-16 text") from None
    if not text.strip():
        raise ReadError(path, "empty file")
    sample = text[: _SAMPLE_BYTES // 2].encode("utf-8")
    if "\x00" in text or _control_share(sample) > _MAX_CONTROL_SHARE:
        raise ReadError(path, "binary data, not text")
    return text


def _control_share(sample: bytes) -> float:
    """Return the share of bytes in `sample` that are control characters text never holds."""
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def _cell(text: str) -> str:
    """Clean one cell; Word's vertical tab is a line break inside the cell."""
    return clean_cell(text.replace("\v", "\n"))


def _tab_rows(text: str) -> list[Row]:
    """Split text into rows at line ends and cells on tabs.

    A line ends at CRLF, LF or a bare CR, mixed as they come (a file pasted together from
    Windows, Unix and classic-Mac sources), so each is one row and row numbers match an
    editor's. A line with a cell starting with `"` is read as Excel quotes it
    (`_quoted_record`); the row is numbered by the line where it starts.
    """
    lines = _lines(text)
    if lines and lines[-1] == "":
        lines.pop()  # the final line break ends the last line; it does not start a new one
    rows: list[Row] = []
    number = 0
    while number < len(lines):
        line = lines[number]
        cells = line.split("\t")
        used = 1
        if any(cell.startswith('"') for cell in cells):
            record = _quoted_record(lines, number)
            if record is not None:
                cells, used = record
        rows.append(Row(number=number + 1, values=tuple(_cell(cell) for cell in cells)))
        number += used
    return rows


def _quoted_record(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """Return the cells of the tab-separated record quoted Excel's way at `lines[start]`.

    Returns the cells and the number of lines the record spans, or None when the quotes are
    not Excel's: a malformed record, one whose quoted cells hold no line break or quote
    (Excel quotes only those; PDF text may begin a cell with a quotation mark), or one with a
    cell holding both a tab and a line break: a swallowed row, not a cell.
    """

    def feed() -> Iterator[str]:
        for i in range(start, len(lines)):  # by index: a slice would copy the rest per record
            yield lines[i] + "\n"

    reader = csv.reader(feed(), delimiter="\t", strict=True)
    try:
        cells = next(reader)
    except (csv.Error, StopIteration):
        return None
    if not any(("\n" in cell or '"' in cell) for cell in cells):
        return None
    if any("\t" in cell and "\n" in cell for cell in cells):
        # A tab and a line break inside one cell mean the quote opened a ditto mark (`"` for
        # "same as above") or stray PDF punctuation and swallowed the rows after it.
        return None
    return cells, reader.line_num


def _csv_rows(path: str, text: str) -> list[Row]:
    """Split CSV text into rows; a quoted cell may span lines, numbered by its first line."""
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[Row] = []
    start = 1
    try:
        for record in reader:
            values = tuple(_cell(cell) for cell in record) if record else ("",)
            rows.append(Row(number=start, values=values))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ReadError(path, f"malformed CSV near line {reader.line_num} ({exc})") from None
    return rows
