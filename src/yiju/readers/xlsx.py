"""Read `.xlsx`/`.xlsm` workbooks into one `Table` per sheet that holds a form's table.

The file passes the checks in `_safety` before openpyxl sees it. Sheets are chosen by their
header row, not their position (forms often put an instructions sheet first). Formulas give
their cached values; error values (`#REF!`) stay as text and are reported (R02), and text in
hidden rows, columns or sheets is reported too (R01), because hiding is how a form's
"表格中有隐藏项" keeps items out of sight of a reviewer.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import warnings
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import openpyxl
import openpyxl.xml
from defusedxml import DefusedXmlException
from openpyxl.utils.cell import column_index_from_string
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from yiju.errors import ReadError
from yiju.headers import header_score
from yiju.models import Finding, Severity, SourceLocation, column_letter
from yiju.normalize import clean_cell
from yiju.readers._safety import check_xlsx_bytes, read_capped, short_reason, sniff_container
from yiju.readers.table import Row, Table

__all__ = ["DEFUSEDXML", "HEADER_MIN_SCORE", "HEADER_SCAN_ROWS", "cell_text", "read_xlsx"]

#: True when openpyxl parses XML through defusedxml (it does whenever defusedxml is installed
#: and `OPENPYXL_DEFUSEDXML` is not `False`); the prolog scan in `_safety` guards either way.
DEFUSEDXML: bool = bool(openpyxl.xml.DEFUSEDXML)

#: A sheet holds a table when one of its first `HEADER_SCAN_ROWS` rows names this many fields.
HEADER_MIN_SCORE = 4
HEADER_SCAN_ROWS = 40

_NO_TABLE = "no recognisable table (no header row naming 序号, 文件依据, 一级指标, 责任部门 …)"
_SNIPPET_CHARS = 30
# Excel's last column (XFD); a <col max="16384"> range must not make us loop further.
_MAX_COLUMN = 16384


def read_xlsx(path: str | Path) -> list[Table]:
    """Read every sheet of a workbook that holds a table, in workbook order.

    Args:
        path: An `.xlsx` or `.xlsm` file.

    Returns:
        One `Table` per qualifying sheet, with its findings sorted.

    Raises:
        ReadError: For a file that is not a safe, readable workbook, or has no table.
    """
    display = str(path)
    data = read_capped(Path(path), display)
    if not data:
        raise ReadError(display, "empty file")
    sniff_container(display, data)
    check_xlsx_bytes(display, io.BytesIO(data))
    workbook = _load(display, data)
    skipped: list[tuple[str, int]] = []
    try:
        tables: list[Table] = []
        for sheet in workbook.worksheets:
            table = _read_sheet(display, sheet)
            if table is not None:
                tables.append(table)
                continue
            filled = {
                cell.row for cell in sheet._cells.values() if cell.value not in (None, "")
            }  # see _read_sheet
            if filled:
                skipped.append((sheet.title, len(filled)))
    finally:
        workbook.close()
    if not tables:
        raise ReadError(display, _NO_TABLE)
    if skipped:
        # Nothing is dropped silently: a sheet without a table (instructions, notes) is named
        # in a finding on the first table, so a reader of the output knows it was not read.
        first = tables[0]
        notes = tuple(
            Finding(
                "R03",
                "row-not-understood",
                Severity.INFO,
                f"sheet {title!r} holds no table; its {count} non-empty rows were not read as targets",
                (f"sheet {title}",),
                SourceLocation(display, title),
            )
            for title, count in skipped
        )
        tables[0] = replace(first, findings=tuple(sorted(first.findings + notes, key=Finding.sort_key)))
    return tables


def _load(path: str, data: bytes) -> Workbook:
    """Load a checked workbook with cached formula values; any failure is a `ReadError`."""
    try:
        with warnings.catch_warnings():
            # openpyxl warns about unsupported extensions (data validation, slicers); the
            # library never prints, and none of them touch cell values.
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(
                io.BytesIO(data), read_only=False, data_only=True, keep_vba=False, keep_links=False
            )
    except Exception as exc:  # openpyxl raises anything from KeyError to TypeError on bad parts
        raise ReadError(path, _load_failure(exc)) from None


def _load_failure(exc: Exception) -> str:
    """Return a one-line reason for an openpyxl load failure, judged by its root cause.

    openpyxl wraps a `ValueError` raised while parsing (defusedxml's refusals among them) in
    a generic "could not read worksheets" `ValueError`, so the innermost cause names the fault.
    """
    root: BaseException = exc
    while root.__cause__ is not None:
        root = root.__cause__
    if isinstance(root, DefusedXmlException):
        return "refused: XML entity declarations in workbook (possible entity-expansion bomb)"
    if isinstance(root, zipfile.BadZipFile | EOFError | zlib.error):
        return f"truncated or corrupt xlsx ({short_reason(root)})"
    if isinstance(root, KeyError):
        # openpyxl looks parts up by name; a part the directory promised but lacks is a KeyError.
        return f"truncated or corrupt xlsx (missing part {root})"
    return f"cannot read workbook ({type(root).__name__}: {short_reason(root)})"


def _read_sheet(path: str, sheet: Worksheet) -> Table | None:
    """Return the sheet's table, or None when no early row looks like a header."""
    grid, errors = _cell_texts(sheet)
    if not grid:
        return None
    last_row = max(r for r, _ in grid)
    last_column = max(c for _, c in grid)
    columns = range(1, last_column + 1)
    hidden_rows = _hidden_rows(sheet)
    rows = tuple(
        Row(
            number=r,
            values=tuple(grid.get((r, c), "") for c in columns),
            hidden=r in hidden_rows,
        )
        for r in range(1, last_row + 1)
    )
    if not any(header_score(row.values) >= HEADER_MIN_SCORE for row in rows[:HEADER_SCAN_ROWS]):
        return None
    hidden_columns = _hidden_columns(sheet)
    merged = tuple(
        sorted((rng.min_row, rng.min_col, rng.max_row, rng.max_col) for rng in sheet.merged_cells.ranges)
    )
    title = sheet.title
    findings = [
        *_error_findings(path, title, errors),
        *_hidden_row_findings(path, title, rows),
        *_hidden_column_findings(path, title, grid, hidden_columns),
    ]
    if sheet.sheet_state != "visible":
        findings.append(
            Finding(
                code="R01",
                slug="hidden-content",
                severity=Severity.WARNING,
                message=f"sheet {title} is hidden but holds a table",
                subjects=(title,),
                location=SourceLocation(path, title),
            )
        )
    return Table(
        file=path,
        sheet=title,
        rows=rows,
        merged=merged,
        hidden_columns=frozenset(hidden_columns),
        findings=tuple(sorted(findings, key=Finding.sort_key)),
    )


def _cell_texts(sheet: Worksheet) -> tuple[dict[tuple[int, int], str], list[tuple[int, int, str]]]:
    """Return the text of every non-empty cell by (row, column), and the error-valued cells.

    Only stored cells are visited: `iter_rows` would create a cell object for every empty
    coordinate up to the sheet's extent, which a stray formatted cell can push far out.
    """
    grid: dict[tuple[int, int], str] = {}
    errors: list[tuple[int, int, str]] = []
    for (r, c), cell in sheet._cells.items():
        value = cell.value
        if value is None:
            continue
        text = cell_text(value)
        if not text:
            continue
        grid[r, c] = text
        if cell.data_type == "e" and isinstance(value, str):
            errors.append((r, c, text))
    return grid, errors


def cell_text(value: object) -> str:
    """Return the text of a cell value: numbers at their shortest, dates as ISO.

    >>> [cell_text(v) for v in (2.0, 1.5, 0.1 + 0.2, True, " 李　隽 ")]
    ['2', '1.5', '0.3', 'TRUE', '李 隽']
    """
    if isinstance(value, str):
        return clean_cell(value)
    if isinstance(value, bool):  # before int: bool is an int
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return clean_cell(str(value))


def _number_text(value: float) -> str:
    """Return a float's shortest text, hiding binary noise (0.1 + 0.2 → `0.3`, 2.0 → `2`)."""
    if not math.isfinite(value):  # Excel stores neither NaN nor infinity; be total anyway
        return str(value)
    rounded = round(value, 10)
    if rounded.is_integer() and abs(rounded) < 1e16:
        return str(int(rounded))
    return repr(rounded)


def _hidden_rows(sheet: Worksheet) -> set[int]:
    """Return the hidden rows; a row of zero height is hidden too (an unset height is None)."""
    return {r for r, dim in sheet.row_dimensions.items() if dim.hidden or dim.height == 0}


def _hidden_columns(sheet: Worksheet) -> set[int]:
    """Return the hidden 1-based columns, zero-width ones included.

    openpyxl keeps a `<col min max>` range as one entry keyed by its first letter.
    """
    hidden: set[int] = set()
    for key, dim in sheet.column_dimensions.items():
        # openpyxl defaults an unset width to 13, so 0 is always an explicit zero width.
        if not (dim.hidden or dim.width == 0):
            continue
        low = dim.min or column_index_from_string(key)
        high = dim.max or low
        hidden.update(range(low, min(high, _MAX_COLUMN) + 1))
    return hidden


def _error_findings(path: str, sheet: str, errors: Iterable[tuple[int, int, str]]) -> list[Finding]:
    """Return an R02 finding per cell holding an Excel error value."""
    findings = []
    for r, c, text in errors:
        cell = f"{column_letter(c)}{r}"
        findings.append(
            Finding(
                code="R02",
                slug="formula-error",
                severity=Severity.ERROR,
                message=f"cell {cell} holds the error value {text}",
                subjects=(cell,),
                location=SourceLocation(path, sheet, r, c),
            )
        )
    return findings


def _hidden_row_findings(path: str, sheet: str, rows: Iterable[Row]) -> list[Finding]:
    """Return an R01 finding per hidden row holding text, quoting its start."""
    findings = []
    for row in rows:
        if not row.hidden or row.empty:
            continue
        text = " ".join(" ".join(v.split()) for v in row.values if v)
        snippet = text if len(text) <= _SNIPPET_CHARS else text[:_SNIPPET_CHARS] + " …"
        findings.append(
            Finding(
                code="R01",
                slug="hidden-content",
                severity=Severity.WARNING,
                message=f"row {row.number} is hidden but holds data: {snippet}",
                subjects=(f"{row.number}:{row.number}",),
                location=SourceLocation(path, sheet, row.number),
            )
        )
    return findings


def _hidden_column_findings(
    path: str, sheet: str, grid: dict[tuple[int, int], str], hidden_columns: set[int]
) -> list[Finding]:
    """Return an R01 finding per hidden column holding text, located at its first such cell."""
    rows_by_column: dict[int, list[int]] = {}
    for r, c in grid:
        if c in hidden_columns:
            rows_by_column.setdefault(c, []).append(r)
    findings = []
    for c, rows in sorted(rows_by_column.items()):
        letter = column_letter(c)
        count = len(rows)
        findings.append(
            Finding(
                code="R01",
                slug="hidden-content",
                severity=Severity.WARNING,
                message=f"column {letter} is hidden but holds data in {count} cell{'s' if count > 1 else ''}",
                subjects=(f"{letter}:{letter}",),
                # A location needs a row to name a cell; the first cell with data is the useful one.
                location=SourceLocation(path, sheet, min(rows), c),
            )
        )
    return findings
