"""Report tables to CSV files that Excel on a Chinese Windows opens correctly.

One file per sheet, named by the sheet (`追溯矩阵.csv`), holding the same rows as the
workbook (header rows, data, footer): UTF-8 with a byte-order mark (without it Excel reads
the file as GBK and the Chinese turns to mojibake), CRLF line ends, fields quoted when they
need it (line breaks inside a cell stay inside it).

A CSV cell has no type, so Excel reads a field starting with `=`, `+`, `-` or `@` (or a tab
or carriage return) as a formula: such text is prefixed with a single quote `'`, which Excel
shows as the text itself. Numbers are written as numbers (`2`, `1.5`) and never prefixed.

Text Excel would silently turn into a date or a number — ids such as `1-3` and `1-3-1`
(3 January, 1 March 2001), `1.10`, `007` — is written `="1-3"`, which Excel shows as the
text `1-3`. It is the only formula the writer emits, and it holds nothing but digits and
separators.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from yiju import patterns as pat
from yiju.export.tables import SHEET_NAMES, SheetTable, Value
from yiju.paths import write_atomic

__all__ = ["FORMULA_PREFIXES", "csv_field", "csv_paths", "csv_text", "write_csv"]

#: First characters that make Excel (or LibreOffice) evaluate a CSV field.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

_BOM = "\ufeff"


def csv_field(value: Value) -> str:
    """Return the text of one CSV field; text Excel would evaluate is prefixed with `'`.

    Example:
        >>> csv_field('=HYPERLINK("http://x","y")'), csv_field(1.5), csv_field(2.0), csv_field(-3)
        ('\\'=HYPERLINK("http://x","y")', '1.5', '2', '-3')
        >>> csv_field("1-3-1"), csv_field("1-3、1-4")
        ('="1-3-1"', '1-3、1-4')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    if pat.EXCEL_COERCED.match(value):
        return f'="{value}"'
    return value


def csv_text(table: SheetTable) -> str:
    """Return one sheet as CSV text, starting with the byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in table.records():
        writer.writerow([csv_field(v) for v in row])
    return _BOM + buffer.getvalue()


def write_csv(tables: Sequence[SheetTable], directory: Path) -> list[Path]:
    """Write one `<sheet name>.csv` per table into `directory` (created if missing).

    Returns:
        The paths written, in table order.

    Raises:
        OSError: The directory or a file cannot be written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        path = directory / f"{table.name}.csv"
        # Whole, through a temporary file: an interrupted run leaves the old file intact.
        write_atomic(path, csv_text(table).encode("utf-8"))
        written.append(path)
    return written


def csv_paths(directory: Path, names: Sequence[str] = SHEET_NAMES) -> list[Path]:
    """Return the files `write_csv` writes into `directory` for sheets of these names.

    >>> [p.name for p in csv_paths(Path("d"), ["追溯矩阵"])]
    ['追溯矩阵.csv']
    """
    return [directory / f"{name}.csv" for name in names]
