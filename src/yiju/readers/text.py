"""Read tab-separated text (`.txt`, `.tsv`) and comma-separated `.csv` into a `Table`.

Text forms are tables pulled out of PDF or Word: one line per row, cells split on tabs,
merged cells flattened to empty cells. Windows exports arrive as GB18030, others as UTF-8
with or without a byte-order mark, so the encoding is detected by strict decoding.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from yiju.errors import ReadError
from yiju.normalize import clean_cell
from yiju.readers._safety import read_capped
from yiju.readers.table import Row, Table

__all__ = ["ENCODINGS", "decode", "read_text"]

# Tried in order with strict decoding. `utf-8-sig` also reads BOM-less UTF-8, so UTF-8 comes
# before GB18030, which would accept many UTF-8 byte sequences as (wrong) Chinese.
ENCODINGS: tuple[str, ...] = ("utf-8-sig", "utf-8", "gb18030")

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
    rows = _csv_rows(display, text) if source.suffix.lower() == ".csv" else _tab_rows(text)
    return Table(file=display, sheet=None, rows=tuple(rows))


def decode(path: str, data: bytes) -> str:
    """Decode a text file's bytes, refusing empty and binary content.

    Args:
        path: The path as given, for errors.
        data: The file's bytes.

    Returns:
        The text, without a byte-order mark.

    Raises:
        ReadError: `empty file`, `binary data, not text` or `not UTF-8 or GB18030 text`.
    """
    if not data.strip(_BLANK_BYTES):
        raise ReadError(path, "empty file")
    if b"\x00" in data or _control_share(data[:_SAMPLE_BYTES]) > _MAX_CONTROL_SHARE:
        raise ReadError(path, "binary data, not text")
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise ReadError(path, "empty file")
        return text
    raise ReadError(path, "not UTF-8 or GB18030 text")


def _control_share(sample: bytes) -> float:
    """Return the share of bytes in `sample` that are control characters text never holds."""
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def _cell(text: str) -> str:
    """Clean one cell; Word's vertical tab is a line break inside the cell."""
    return clean_cell(text.replace("\v", "\n"))


def _tab_rows(text: str) -> list[Row]:
    """Split text into rows on line feeds and cells on tabs.

    Lines end at `\\n` (a trailing `\\r` is dropped), so row numbers match `grep -n`; a file
    using bare carriage returns throughout (classic Mac) is split on those instead.
    """
    separator = "\r" if "\n" not in text and "\r" in text else "\n"
    lines = text.split(separator)
    if lines and lines[-1] == "":
        lines.pop()  # the final line break ends the last line; it does not start a new one
    return [
        Row(number=number, values=tuple(_cell(cell) for cell in line.removesuffix("\r").split("\t")))
        for number, line in enumerate(lines, start=1)
    ]


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
