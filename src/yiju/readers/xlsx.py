"""Read `.xlsx`/`.xlsm` workbooks into one `Table` per sheet that holds a form's table.

The file passes the checks in `_safety` before any parser sees it. Cell values and merged
ranges come from python-calamine; one light pass over each sheet's XML (`_sheetxml`) adds what
calamine does not report: hidden rows, columns and sheets, and error cells, which calamine
reads as empty. openpyxl, the reader before calamine, stays as the fallback for a workbook
calamine cannot read and for a sheet whose extent calamine's dense grid would make huge. Both
paths produce the same `_Sheet`, and one function turns a `_Sheet` into a `Table`, so the two
give equal tables and every finding is made in one place.

Sheets are chosen by their header row, not their position (forms often put an instructions
sheet first). Formulas give their cached values; error values (`#REF!`) stay as text and are
reported (R02), and text in hidden rows, columns or sheets is reported too (R01), because
hiding is how a form's "表格中有隐藏项" keeps items out of sight of a reviewer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import math
import string
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

import openpyxl
import openpyxl.xml
from defusedxml import DefusedXmlException
from openpyxl.cell.cell import MergedCell
from openpyxl.utils.cell import column_index_from_string
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet import _reader as openpyxl_sheet_reader
from openpyxl.worksheet.cell_range import CellRange, MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet
from python_calamine import CalamineWorkbook

from yiju import records
from yiju.codes import finding
from yiju.errors import ReadError
from yiju.messages import say
from yiju.models import Finding, SourceLocation, column_letter
from yiju.normalize import clean_cell
from yiju.readers._safety import (
    ReadCaps,
    cell_too_long,
    check_xlsx_archive,
    current_caps,
    read_capped,
    short_reason,
    sniff_container,
)
from yiju.readers._sheetxml import (
    WORKBOOK_PART,
    WORKBOOK_RELS_PART,
    SheetEntry,
    SheetScan,
    scan_sheet,
    workbook_sheets,
)
from yiju.readers.table import HEADER_MIN_SCORE, HEADER_SCAN_ROWS, NO_TABLE, Row, Table, has_header

__all__ = ["DEFUSEDXML", "HEADER_MIN_SCORE", "HEADER_SCAN_ROWS", "cell_text", "read_xlsx"]

#: True when openpyxl parses XML through defusedxml (it does whenever defusedxml is installed
#: and `OPENPYXL_DEFUSEDXML` is not `False`); the prolog scan in `_safety` guards either way,
#: and the light pass in `_sheetxml` refuses any DOCTYPE itself.
DEFUSEDXML: bool = bool(openpyxl.xml.DEFUSEDXML)

_ENTITY_REFUSAL = "refused: XML entity declarations in workbook (possible entity-expansion bomb)"
_SNIPPET_CHARS = 30
# Excel's last column (XFD); a <col max="16384"> range must not make us loop further.
_MAX_COLUMN = 16384
# calamine holds a sheet as a dense grid from A1 to its farthest cell (32 bytes a cell in
# Rust, a list slot in Python): two cells at A1 and XFD1048576 would ask for 550 GB and
# abort the process. Past this many cells (a 100 000 × 20 table), openpyxl's sparse cells
# are the safer reader.
_MAX_DENSE_CELLS = 2_000_000
# Past this many cells between A1 and the farthest cell holding text, a sheet is refused:
# 200 000 rows × 50 columns is far beyond any responsibility table.
_MAX_TEXT_CELLS = 10_000_000


# Excel's own bounds: a reference beyond them is no cell Excel could have written.
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384


class _SheetRefused(Exception):  # noqa: N818  # internal signal, turned into a ReadError
    """A sheet the checks before allocation refuse; `reason` is the user's one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _SheetTooLarge(Exception):  # noqa: N818  # internal signal, turned into a ReadError
    def __init__(self, title: str, rows: int, columns: int) -> None:
        super().__init__(title)
        self.title, self.rows, self.columns = title, rows, columns


# A float this large may be an integer openpyxl read exactly and calamine rounded
# (12345678901234567890 → 1.2345678901234567e+19); its text is taken from the XML instead.
_EXACT_INTEGER_FLOOR = 1e16


@dataclass(frozen=True, slots=True)
class _Sheet:
    """One worksheet as either reading path sees it, before it is judged to hold a table.

    `cells` holds each cell's text, "" when empty, row by row from row 1 (rows may run past
    the last text, or stop short of it); `errors` the cells whose value is an Excel error,
    with its text; `filled_rows` counts the rows with any stored value (for the note on a
    sheet without a table). A row is hidden when it is in `hidden_rows`, or when rows are
    hidden by default and it has no height of its own.
    """

    title: str
    state: str
    cells: list[list[str]]
    errors: list[tuple[int, int, str]]
    filled_rows: int
    hidden_rows: frozenset[int]
    sized_rows: frozenset[int]
    rows_hidden_by_default: bool
    hidden_columns: frozenset[int]
    merged: tuple[tuple[int, int, int, int], ...]


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
    kept, members = check_xlsx_archive(display, io.BytesIO(data), keep=_read_next)
    try:
        sheets = _calamine_sheets(data, kept, members)
    except DefusedXmlException:
        raise ReadError(display, _ENTITY_REFUSAL) from None
    except _SheetRefused as refused:
        raise ReadError(display, refused.reason) from None
    except Exception:  # calamine's errors, expat's, a missing part: anything openpyxl judges below
        sheets = None
    if sheets is None:
        # openpyxl reads what calamine could not, or names the fault exactly as it always has.
        return _read_with_openpyxl(display, data)
    return _tables(display, sheets)


def _tables(path: str, sheets: Iterable[_Sheet], renamed: Iterable[tuple[str, str]] = ()) -> list[Table]:
    """Return the tables of the sheets that hold one; name the other non-empty sheets (R03).

    `renamed` lists sheets read under another title than the workbook gives (a second sheet
    of the same name); each is noted (R03, info) so that none passes for another.
    """
    tables: list[Table] = []
    skipped: list[tuple[str, int, bool]] = []
    for sheet in sheets:
        table = _table(path, sheet)
        if table is not None:
            tables.append(table)
        elif sheet.filled_rows:
            skipped.append((sheet.title, sheet.filled_rows, sheet.state != "visible"))
    if not tables:
        raise ReadError(path, NO_TABLE)
    if skipped:
        # Nothing is dropped silently: a sheet without a table (instructions, notes) is named
        # in a finding on the first table, so a reader of the output knows it was not read.
        first = tables[0]
        # A hidden one (a scrap sheet) is hidden content first of all (R01, as codes.py says:
        # "a hidden row, column or sheet that holds data"); a visible one is a row matter (R03).
        notes = tuple(
            finding(
                "R01" if hidden else "R03",
                say(
                    "R01.hidden_sheet_no_table" if hidden else "R03.sheet_no_table", title=title, count=count
                ),
                (f"sheet {title}",),
                SourceLocation(path, title),
            )
            for title, count, hidden in skipped
        )
        tables[0] = replace(first, findings=tuple(sorted(first.findings + notes, key=Finding.sort_key)))
    renames = tuple(
        finding(
            "R03",
            say("R03.sheet_renamed", name=name, title=title),
            (f"sheet {title}",),
            SourceLocation(path, title),
        )
        for name, title in renamed
    )
    if renames:
        first = tables[0]
        tables[0] = replace(first, findings=tuple(sorted(first.findings + renames, key=Finding.sort_key)))
    return tables


def _table(path: str, sheet: _Sheet) -> Table | None:
    """Return the sheet's table, or None when no early row looks like a header."""
    last_row = len(sheet.cells)
    while last_row and not any(sheet.cells[last_row - 1]):
        last_row -= 1
    if not last_row:
        return None
    cells = sheet.cells[:last_row]
    last_column = 0
    for texts in cells:
        # From the row's end down to the widest text so far: each cell is looked at once.
        for c in range(len(texts), last_column, -1):
            if texts[c - 1]:
                last_column = c
                break
    hidden_rows, sized_rows = sheet.hidden_rows, sheet.sized_rows
    by_default = sheet.rows_hidden_by_default
    rows = tuple(
        records.row(r, _width(texts, last_column), r in hidden_rows or (by_default and r not in sized_rows))
        for r, texts in enumerate(cells, 1)
    )
    if not has_header(rows):
        return None
    title = sheet.title
    findings = [
        *_error_findings(path, title, sheet.errors),
        *_hidden_row_findings(path, title, rows),
        *_hidden_column_findings(path, title, rows, sheet.hidden_columns),
    ]
    if sheet.state != "visible":
        findings.append(
            finding(
                "R01",
                say("R01.sheet_hidden", title=title),
                (title,),
                SourceLocation(path, title),
            )
        )
    return Table(
        file=path,
        sheet=title,
        rows=rows,
        merged=sheet.merged,
        hidden_columns=sheet.hidden_columns,
        findings=tuple(sorted(findings, key=Finding.sort_key)),
        merges_known=True,
    )


# ------------------------------------------------------------------------------ calamine


def _read_next(name: str) -> bool:
    """Return True for a part `_calamine_sheets` reads itself: the workbook, its links, a sheet."""
    return name.startswith(_SHEET_FOLDER) or name in (WORKBOOK_PART, WORKBOOK_RELS_PART)


# Where Excel and every other writer put worksheet parts (a sheet elsewhere is read from the zip).
_SHEET_FOLDER = "xl/worksheets/"


def _calamine_sheets(
    data: bytes, kept: dict[str, bytes] | None = None, members: frozenset[str] | None = None
) -> list[_Sheet] | None:
    """Read a checked workbook's worksheets with calamine and the light XML pass.

    `kept` holds parts the safety checks already read whole (`check_xlsx_archive(keep=...)`),
    the same bytes `ZipFile.read` gives, and `members` the archive's member names as they
    listed them; the archive is opened only for a part they did not keep (or without them).

    Returns:
        The sheets in workbook order, or None when a sheet's extent is too large to hold
        densely (see `_MAX_DENSE_CELLS`).

    Raises:
        DefusedXmlException: For a DOCTYPE in the workbook, its relationships or a sheet.
        Exception: Whatever calamine, expat or zipfile raise on a part they cannot read.
    """
    kept = kept or {}
    with contextlib.ExitStack() as stack:
        opened: list[zipfile.ZipFile] = []

        def archive() -> zipfile.ZipFile:
            if not opened:
                opened.append(stack.enter_context(zipfile.ZipFile(io.BytesIO(data))))
            return opened[0]

        def part(name: str) -> bytes:
            found = kept.get(name)
            return archive().read(name) if found is None else found

        listed = set(archive().namelist()) if members is None else members
        entries = workbook_sheets(part(WORKBOOK_PART), part(WORKBOOK_RELS_PART), listed)
        parts = {entry.part: part(entry.part) for entry in entries}
    # Every sheet is scanned before calamine opens one, so a hostile extent never reaches it.
    scans = [scan_sheet(parts[entry.part]) for entry in entries]
    caps = current_caps()
    dense = all(scan.max_row * scan.max_column <= _MAX_DENSE_CELLS for scan in scans)
    for entry, scan in zip(entries, scans, strict=True):
        _check_scan(entry.name, scan, caps, dense=dense)
    names = [entry.name for entry in entries]
    if not dense or len(set(names)) < len(names):
        # calamine finds a sheet by name, so a second sheet of the same name would read as
        # the first; openpyxl keeps both (renaming the second).
        return None
    with CalamineWorkbook.from_filelike(io.BytesIO(data)) as workbook:
        return [
            _calamine_sheet(workbook, entry, scan, parts[entry.part], caps)
            for entry, scan in zip(entries, scans, strict=True)
        ]


def _count_text(number: int) -> str:
    """Return a row number for a message; the scan marks one too long to convert as 10⁹."""
    return str(number) if number < 10**9 else "10 亿以上"


def _check_scan(title: str, scan: SheetScan, caps: ReadCaps, *, dense: bool) -> None:
    """Refuse a sheet whose references, cell count or merged ranges ask too much, before reading.

    Raises:
        _SheetRefused: Naming the limit and how to raise it.
    """
    if scan.max_row > EXCEL_ROWS or scan.max_column > EXCEL_COLUMNS:
        raise _SheetRefused(
            f"工作表 {title!r} 的单元格引用超出 Excel 的范围（第 {_count_text(scan.max_row)} 行、"
            f"第 {scan.max_column} 列；Excel 最多 {EXCEL_ROWS} 行、{EXCEL_COLUMNS} 列），"
            "文件已损坏或为恶意构造"
        )
    if scan.cells > caps.max_cells:
        raise _SheetRefused(
            f"工作表 {title!r} 有 {scan.cells} 个单元格，超过每表 {caps.max_cells} 个的上限"
            f"（用 yiju --max-cells 调高）"
        )
    if len(scan.merged) > caps.max_merged:
        raise _SheetRefused(
            f"工作表 {title!r} 有 {len(scan.merged)} 个合并区域，超过 {caps.max_merged} 个的上限"
        )
    # Excel never overlaps merged ranges, so together they cover at most the sheet; clearing
    # them costs their area (clipped to the stored cells for calamine's grid, whole for
    # openpyxl, which makes an object per merged cell).
    rows, columns = (scan.max_row, scan.max_column) if dense else (EXCEL_ROWS, EXCEL_COLUMNS)
    area = sum(
        (min(r1, rows) - r0 + 1) * (min(c1, columns) - c0 + 1)
        for r0, c0, r1, c1 in scan.merged
        if r0 <= rows and c0 <= columns
    )
    if area > caps.max_cells:
        raise _SheetRefused(
            f"工作表 {title!r} 的合并区域共覆盖 {area} 个单元格，超过 {caps.max_cells} 个的上限"
            f"（用 yiju --max-cells 调高）"
        )


def _calamine_sheet(
    workbook: CalamineWorkbook, entry: SheetEntry, scan: SheetScan, xml: bytes, caps: ReadCaps
) -> _Sheet:
    """Return one sheet from calamine's cached values, completed by the XML scan."""
    cells: list[list[str]] = []
    filled: set[int] = set()
    merged: tuple[tuple[int, int, int, int], ...] = ()
    if scan.cells:
        sheet = workbook.get_sheet_by_name(entry.name)
        values = cast("list[list[object]]", sheet.to_python(skip_empty_area=False))
        # openpyxl keeps ranges in a set, so a repeated range is listed once.
        ranges = sheet.merged_cell_ranges or ()
        merged = tuple(sorted({(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in ranges}))
        for (r, c), text in scan.errors.items():
            _put(values, r, c, text)  # calamine reads an error cell as ""
        _clear_merged(values, merged)
        # Each value becomes its text in place; the rows become the sheet's `cells`.
        exact: list[tuple[int, int]] = []
        for r, row in enumerate(values, 1):
            if row.count("") == len(row):
                continue
            filled.add(r)
            for c, value in enumerate(row):
                if type(value) is str:
                    if value:
                        if len(value) > caps.max_cell_chars:
                            where = f"{column_letter(c + 1)}{r}（工作表 {entry.name!r}）"
                            raise _SheetRefused(cell_too_long(where, len(value), caps))
                        # `_clean_str(value)` in line (one call less for each text of a sheet).
                        row[c] = (
                            clean_cell(value)
                            if "\n" in value
                            or "\r" in value
                            or "\u3000" in value
                            or "\xa0" in value
                            or "\u200b" in value
                            or "\ufeff" in value
                            else value.strip()
                        )
                else:
                    row[c] = cell_text(value)
                    if type(value) is float and abs(value) >= _EXACT_INTEGER_FLOOR and value.is_integer():
                        exact.append((r, c + 1))
        cells = cast("list[list[str]]", values)
        if exact:
            for (r, c), raw in scan_sheet(xml, numbers_at=frozenset(exact)).numbers.items():
                cells[r - 1][c - 1] = cell_text(_xml_number(raw))
    return _Sheet(
        title=entry.name,
        state=entry.state,
        cells=cells,
        errors=[(r, c, text) for r, c in scan.errors if (text := cells[r - 1][c - 1])],
        filled_rows=len(filled),
        hidden_rows=scan.hidden_rows,
        sized_rows=scan.sized_rows,
        rows_hidden_by_default=scan.rows_hidden_by_default,
        hidden_columns=scan.hidden_columns,
        merged=merged,
    )


def _clean_str(value: str) -> str:
    """Return `clean_cell(value)`, skipping its work for the common text that only needs a strip.

    Without line breaks, zero-width marks or non-breaking and ideographic spaces, cleaning a
    cell is stripping its ends; checking for the six characters costs a fifth of the full
    clean, and a form has hundreds of string cells.
    """
    if (
        "\n" in value
        or "\r" in value
        or "\u3000" in value
        or "\xa0" in value
        or "\u200b" in value
        or "\ufeff" in value
    ):
        return clean_cell(value)
    return value.strip()


def _width(texts: list[str], width: int) -> tuple[str, ...]:
    """Return a row's texts cut or padded with "" to `width` cells."""
    if len(texts) >= width:
        return tuple(texts[:width])
    return (*texts, *[""] * (width - len(texts)))


def _put(values: list[list[object]], row: int, column: int, value: object) -> None:
    """Set a 1-based cell of a grid of rows, growing it when the cell lies beyond."""
    while len(values) < row:
        values.append([])
    cells = values[row - 1]
    if len(cells) < column:
        cells.extend([""] * (column - len(cells)))
    cells[column - 1] = value


def _clear_merged(values: list[list[object]], merged: Iterable[tuple[int, int, int, int]]) -> None:
    """Empty every cell of a merged range but its top-left, as Excel (and openpyxl) show it.

    A range is clipped to the grid, so a hostile `A1:XFD1048576` costs no more than the grid.
    """
    for r0, c0, r1, c1 in merged:
        for r in range(r0, min(r1, len(values)) + 1):
            cells = values[r - 1]
            for c in range(c0, min(c1, len(cells)) + 1):
                if r != r0 or c != c0:
                    cells[c - 1] = ""


def _xml_number(raw: str) -> int | float:
    """Return a `<v>` number as openpyxl does: an int unless it has a point or exponent."""
    if "." in raw or "E" in raw or "e" in raw:
        return float(raw)
    return int(raw)


# ------------------------------------------------------------------------------ openpyxl


def _read_with_openpyxl(path: str, data: bytes) -> list[Table]:
    """Read a checked workbook with openpyxl: the reader before calamine, kept as the fallback.

    It is slower than calamine but keeps cells sparse, and its failures give the messages a
    bad file has always had. Merged ranges are bound without openpyxl's per-cell work
    (`_merges_bound_cheaply`).

    Raises:
        ReadError: For a workbook openpyxl cannot load, or one without a table.
    """
    workbook = _load(path, data)
    caps = current_caps()
    try:
        sheets = [_openpyxl_sheet(sheet, caps) for sheet in workbook.worksheets]
    except _SheetTooLarge as big:
        reason = f"refused: sheet {big.title!r} spans {big.rows} rows x {big.columns} columns of text"
        raise ReadError(path, reason) from None
    except _SheetRefused as refused:
        raise ReadError(path, refused.reason) from None
    finally:
        workbook.close()
    return _tables(path, sheets, renamed=_renamed_sheets(data, [s.title for s in sheets]))


def _renamed_sheets(data: bytes, titles: list[str]) -> list[tuple[str, str]]:
    """Return (name in the workbook, title openpyxl gave) for each sheet openpyxl renamed.

    openpyxl renames a second sheet of the same name (`S` → `S1`); the change is reported so
    that the sheet's rows are known to come from the sheet named `S`.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = workbook_sheets(
                archive.read(WORKBOOK_PART), archive.read(WORKBOOK_RELS_PART), set(archive.namelist())
            )
    except Exception:  # openpyxl read it; the note is a courtesy, not a check
        return []
    if len(entries) != len(titles):
        return []
    return [(e.name, t) for e, t in zip(entries, titles, strict=True) if e.name != t]


def _load(path: str, data: bytes) -> Workbook:
    """Load a checked workbook with cached formula values; any failure is a `ReadError`."""
    try:
        with warnings.catch_warnings():
            # openpyxl warns about unsupported extensions (data validation, slicers); the
            # library never prints, and none of them touch cell values.
            warnings.simplefilter("ignore")
            with _merges_bound_cheaply():
                return openpyxl.load_workbook(
                    io.BytesIO(data), read_only=False, data_only=True, keep_vba=False, keep_links=False
                )
    except Exception as exc:  # openpyxl raises anything from KeyError to TypeError on bad parts
        raise ReadError(path, _load_failure(exc)) from None


@contextlib.contextmanager
def _merges_bound_cheaply() -> Iterator[None]:
    """While loading, bind a sheet's merged ranges without openpyxl's per-cell work.

    openpyxl makes an object for every cell of a merged range and copies borders onto its
    edges (13 µs a cell: 1.7 s of CPU for one `A1:A131071` on a two-row sheet, over a minute
    for the 5 M merged cells the checks allow, which ran the reader out of its CPU time).
    The reader needs only the ranges and the stored cells under them emptied, so the stored
    cells inside each range (clipped to the stored extent) are replaced as openpyxl would
    replace them, and nothing is made for the empty ones: the sheet reads the same. Patched
    for the load only; an openpyxl without this method loads as before.
    """
    reader_class = openpyxl_sheet_reader.WorksheetReader
    original = getattr(reader_class, "bind_merged_cells", None)
    if original is None:
        yield
        return
    setattr(reader_class, "bind_merged_cells", _bind_merged_cells)  # noqa: B010  # a method: mypy refuses `=`
    try:
        yield
    finally:
        setattr(reader_class, "bind_merged_cells", original)  # noqa: B010


def _bind_merged_cells(self: Any) -> None:
    """`WorksheetReader.bind_merged_cells` without making a cell object per merged cell."""
    merged = self.parser.merged_cells
    if not merged:
        return
    ws = self.ws
    stored = ws._cells  # the sheet's stored cells, as openpyxl's own method reads them
    rows = max((r for r, _ in stored), default=0)
    columns = max((c for _, c in stored), default=0)
    ranges = []
    for element in merged.mergeCell:
        rng = CellRange(element.ref)
        ranges.append(rng)
        r0, c0 = rng.min_row, rng.min_col
        r1, c1 = min(rng.max_row, rows), min(rng.max_col, columns)
        if r1 < r0 or c1 < c0:
            continue
        # Visit whichever is fewer: the range's coordinates or the stored cells.
        if (r1 - r0 + 1) * (c1 - c0 + 1) <= len(stored):
            inside = [(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) in stored]
        else:
            inside = [(r, c) for r, c in stored if r0 <= r <= r1 and c0 <= c <= c1]
        for r, c in inside:
            if r != r0 or c != c0:
                stored[r, c] = MergedCell(ws, r, c)
    ws.merged_cells = MultiCellRange(ranges)


def _load_failure(exc: Exception) -> str:
    """Return a one-line reason for an openpyxl load failure, judged by its root cause.

    openpyxl wraps a `ValueError` raised while parsing (defusedxml's refusals among them) in
    a generic "could not read worksheets" `ValueError`, so the innermost cause names the fault.
    """
    root: BaseException = exc
    while root.__cause__ is not None:
        root = root.__cause__
    if isinstance(root, DefusedXmlException):
        return _ENTITY_REFUSAL
    if isinstance(root, zipfile.BadZipFile | EOFError | zlib.error):
        return f"truncated or corrupt xlsx ({short_reason(root)})"
    if isinstance(root, KeyError):
        # openpyxl looks parts up by name; a part the directory promised but lacks is a KeyError.
        return f"truncated or corrupt xlsx (missing part {root})"
    return f"cannot read workbook ({type(root).__name__}: {short_reason(root)})"


def _openpyxl_sheet(sheet: Worksheet, caps: ReadCaps) -> _Sheet:
    """Return one sheet as openpyxl loaded it."""
    grid, errors = _cell_texts(sheet)
    for (r, c), text in grid.items():
        if len(text) > caps.max_cell_chars:
            where = f"{column_letter(c)}{r}（工作表 {sheet.title!r}）"
            raise _SheetRefused(cell_too_long(where, len(text), caps))
    cells: list[list[str]] = []
    if grid:
        width = max(c for _, c in grid)
        height = max(r for r, _ in grid)
        if width * height > _MAX_TEXT_CELLS:
            # Text at A1 and at XFD1048576 would ask for a grid of 17 billion cells; no form
            # is that large, so say so instead of exhausting memory.
            raise _SheetTooLarge(sheet.title, height, width)
        cells = [[""] * width for _ in range(height)]
        for (r, c), text in grid.items():
            cells[r - 1][c - 1] = text
    # Only stored cells are visited (see `_cell_texts`); a merged cell's value is None.
    filled = {cell.row for cell in sheet._cells.values() if cell.value not in (None, "")}
    rows = sheet.row_dimensions
    return _Sheet(
        title=sheet.title,
        state=sheet.sheet_state,
        cells=cells,
        errors=errors,
        filled_rows=len(filled),
        # A row of zero height is hidden too (an unset height is None).
        hidden_rows=frozenset(r for r, dim in rows.items() if dim.hidden or dim.height == 0),
        sized_rows=frozenset(r for r, dim in rows.items() if dim.height is not None),
        rows_hidden_by_default=bool(sheet.sheet_format.zeroHeight),
        hidden_columns=frozenset(_hidden_columns(sheet)),
        merged=tuple(
            sorted((rng.min_row, rng.min_col, rng.max_row, rng.max_col) for rng in sheet.merged_cells.ranges)
        ),
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
        if cell.data_type == "s" and isinstance(value, str):
            value = _unescape(value)
        text = cell_text(value)
        if not text:
            continue
        grid[r, c] = text
        if cell.data_type == "e" and isinstance(value, str):
            errors.append((r, c, text))
    return grid, errors


def _unescape(text: str) -> str:
    """Decode Excel's `_xHHHH_` escapes (`_x000D_` is a carriage return) as calamine does.

    openpyxl leaves them in the text, so a line break pasted from Word read as `_x000D_`.
    A surrogate code stays escaped, as it cannot stand alone in a str.

    >>> _unescape("第一_x000D_\\n第二 a_x005F_x0041_b")
    '第一\\r\\n第二 a_x0041_b'
    """
    if "_x" not in text:
        return text
    out: list[str] = []
    start = 0
    at = text.find("_x")
    while at >= 0:
        code = text[at + 2 : at + 6]
        if (
            len(code) == 4
            and text.startswith("_", at + 6)
            and all(ch in string.hexdigits for ch in code)
            and not 0xD800 <= int(code, 16) <= 0xDFFF
        ):
            out.append(text[start:at])
            out.append(chr(int(code, 16)))
            start = at + 7
            at = text.find("_x", start)
        else:
            at = text.find("_x", at + 2)
    out.append(text[start:])
    return "".join(out)


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


# ------------------------------------------------------------------------------ cell text


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


# ------------------------------------------------------------------------------ findings


def _error_findings(path: str, sheet: str, errors: Iterable[tuple[int, int, str]]) -> list[Finding]:
    """Return an R02 finding per cell holding an Excel error value."""
    findings = []
    for r, c, text in errors:
        cell = f"{column_letter(c)}{r}"
        findings.append(
            finding(
                "R02",
                say("R02.cell", cell=cell, text=text),
                (cell,),
                SourceLocation(path, sheet, r, c),
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
            finding(
                "R01",
                say("R01.row", row=row.number, snippet=snippet),
                (f"{row.number}:{row.number}",),
                SourceLocation(path, sheet, row.number),
            )
        )
    return findings


def _hidden_column_findings(
    path: str, sheet: str, rows: tuple[Row, ...], hidden_columns: frozenset[int]
) -> list[Finding]:
    """Return an R01 finding per hidden column holding text, located at its first such cell."""
    width = len(rows[0].values) if rows else 0
    findings = []
    # A `<col max="16384">` range hides thousands of columns; only those in the table count.
    for c in sorted(hidden_columns.intersection(range(1, width + 1))):
        filled = [row.number for row in rows if row.values[c - 1]]
        if not filled:
            continue
        letter = column_letter(c)
        count = len(filled)
        findings.append(
            finding(
                "R01",
                say("R01.column", letter=letter, count=count, s="s" if count > 1 else ""),
                (f"{letter}:{letter}",),
                # A location needs a row to name a cell; the first cell with data is the useful one.
                SourceLocation(path, sheet, filled[0], c),
            )
        )
    return findings
