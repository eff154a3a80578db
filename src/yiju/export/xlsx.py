"""Report tables to an xlsx workbook (openpyxl), laid out for Chinese text, byte-for-byte stable.

One sheet per `SheetTable`: bold header rows (a two-row header merges the columns that have
no second line), frozen header and leading columns, an autofilter over the data, widths from
the text (a CJK character counts two units, capped; longer text wraps), numbers stored as
numbers, findings coloured by severity, matrix cells shaded by how a target derives.

Text from the forms is never a formula: every string is stored as a string cell even when
it starts with `=` (openpyxl would otherwise write `=HYPERLINK(…)` as a formula) or reads
`#REF!` (an error value). Characters XML cannot hold are replaced by U+FFFD.

The same tables give the same bytes: the workbook's created/modified properties are fixed
(`REPORT_TIMESTAMP` unless given) and the zip entries are rewritten with that date.
"""

from __future__ import annotations

import io
import math
import unicodedata
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from yiju.export.tables import BASIS_MARK, MENTION_MARK, SheetTable, Value
from yiju.paths import write_atomic

__all__ = [
    "REPORT_TIMESTAMP",
    "display_width",
    "to_workbook",
    "write_xlsx",
    "xlsx_bytes",
]

#: The created/modified date of every report, and the date of its zip entries: fixed so that
#: the same forms give the same file (a report is a function of its input, not of the clock).
REPORT_TIMESTAMP = datetime(2000, 1, 1, 0, 0, 0)

#: Excel refuses longer cell text.
MAX_CELL_CHARS = 32767

_MIN_WIDTH = 6
_PADDING = 2
#: Points per line of 11-point text (Excel's default row height). Neither Excel nor
#: LibreOffice grows a row for wrapped text on opening a file, so heights are set here.
_LINE_HEIGHT = 15.0
#: Excel's tallest row is 409 points.
_MAX_LINES = 27

# Fonts keep the workbook's default face and size: a Font() without a name makes
# LibreOffice fall back to a serif face.
_FACE = "Calibri"
_SIZE = 11
_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FONT = Font(name=_FACE, size=_SIZE, bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
_TEXT_ALIGN = Alignment(vertical="top", wrap_text=True)
_NUMBER_ALIGN = Alignment(horizontal="right", vertical="top")
_MARK_ALIGN = Alignment(horizontal="center", vertical="top", wrap_text=True)
_FOOTER_FONT = Font(name=_FACE, size=_SIZE, bold=True)
_FOOTER_FILL = PatternFill("solid", fgColor="F2F2F2")

# Fills of matrix cells: a pinned clause, the 文件依据 alone, a mention.
_MARK_FILLS = {
    "clause": PatternFill("solid", fgColor="C6EFCE"),
    BASIS_MARK: PatternFill("solid", fgColor="FFF2CC"),
    MENTION_MARK: PatternFill("solid", fgColor="EDEDED"),
    # 覆盖矩阵 (export/coverage.py): carried, left out, partner, claimed without assignment.
    "牵头✓": PatternFill("solid", fgColor="C6EFCE"),
    "牵头✗": PatternFill("solid", fgColor="FFC7CE"),
    "配合✓": PatternFill("solid", fgColor="E2EFDA"),
    "配合": PatternFill("solid", fgColor="F2F2F2"),
    "未分配": PatternFill("solid", fgColor="FCD5B4"),
}
# Row fills (and font colours) by a row's mark: findings by severity.
_ROW_FILLS = {
    "error": (PatternFill("solid", fgColor="FFC7CE"), Font(name=_FACE, size=_SIZE, color="9C0006")),
    "warning": (PatternFill("solid", fgColor="FCD5B4"), Font(name=_FACE, size=_SIZE, color="833C0B")),
    "info": (PatternFill("solid", fgColor="DDEBF7"), Font(name=_FACE, size=_SIZE, color="1F3864")),
}


def display_width(text: str) -> int:
    """Return the width of the widest line of `text` in column units (CJK characters count 2).

    Example:
        >>> display_width("泉委办〔2021〕20号"), display_width("ab\\n责任人")
        (18, 6)
    """
    return max(
        (
            sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in line)
            for line in text.split("\n")
        ),
        default=0,
    )


def _safe_text(text: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - 1] + "…"
    return text


def _set(cell: Cell | MergedCell, value: Value) -> None:
    """Store a value: numbers as numbers, every string as a string (never a formula)."""
    if value is None or isinstance(cell, MergedCell):
        return
    if isinstance(value, float) and not math.isfinite(value):
        value = str(value)
    if isinstance(value, str):
        cell.value = _safe_text(value)
        # openpyxl reads a leading "=" as a formula and "#REF!" as an error; input text is
        # neither.
        cell.data_type = "s"
        return
    cell.value = value


def _widths(table: SheetTable) -> list[int]:
    widths = []
    for index, column in enumerate(table.columns):
        values = [row[index] for row in (*table.rows, *table.footer) if row[index] is not None]
        # The header counts in full only up to the cap: it wraps like the data.
        header = max(display_width(column.header), display_width(column.subheader))
        widest = max([header, *(display_width(str(v)) for v in values)])
        widths.append(max(_MIN_WIDTH, min(column.width, widest)) + _PADDING)
    return widths


def _line_count(text: str, width: int) -> int:
    """Return how many lines `text` takes wrapped in a column `width` units wide."""
    # Excel draws a CJK character a little wider than two digits: count one unit of slack.
    usable = max(1, width - _PADDING)
    return sum(max(1, math.ceil(display_width(line) / usable)) for line in text.split("\n"))


def _row_height(values: Sequence[Value], widths: Sequence[int], wraps: Sequence[bool]) -> float | None:
    """Return the height a row needs for its wrapped text, or None for one line."""
    lines = max(
        (
            _line_count(value, width)
            for value, width, wrap in zip(values, widths, wraps, strict=True)
            if wrap and isinstance(value, str) and value
        ),
        default=1,
    )
    return min(lines, _MAX_LINES) * _LINE_HEIGHT if lines > 1 else None


def _fill_sheet(ws: Worksheet, table: SheetTable) -> None:
    ws.title = table.name
    headers = table.header_rows
    ncols = len(table.columns)
    two_rows = len(headers) == 2
    for r, header in enumerate(headers, start=1):
        for c, text in enumerate(header, start=1):
            cell = ws.cell(row=r, column=c)
            if text:
                _set(cell, text)
            cell.font = _HEADER_FONT
            cell.fill = _HEADER_FILL
            cell.alignment = _HEADER_ALIGN
            cell.border = _BORDER
    if two_rows:
        for c, column in enumerate(table.columns, start=1):
            if not column.subheader:
                ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    first = len(headers) + 1
    for r, row in enumerate(table.rows, start=first):
        mark = table.marks[r - first] if r - first < len(table.marks) else None
        row_style = _ROW_FILLS.get(mark or "")
        for c, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = ws.cell(row=r, column=c)
            _set(cell, value)
            cell.border = _BORDER
            if column.kind == "number":
                cell.alignment = _NUMBER_ALIGN
            elif column.kind == "mark":
                cell.alignment = _MARK_ALIGN
                if isinstance(value, str) and value:
                    cell.fill = _MARK_FILLS.get(value, _MARK_FILLS["clause"])
            else:
                cell.alignment = _TEXT_ALIGN
            if row_style is not None:
                cell.fill, cell.font = row_style
    foot = first + len(table.rows)
    for r, row in enumerate(table.footer, start=foot):
        for c, (value, column) in enumerate(zip(row, table.columns, strict=True), start=1):
            cell = ws.cell(row=r, column=c)
            _set(cell, value)
            cell.font = _FOOTER_FONT
            cell.fill = _FOOTER_FILL
            cell.border = _BORDER
            cell.alignment = {"number": _NUMBER_ALIGN, "mark": _MARK_ALIGN}.get(
                column.kind, Alignment(vertical="top")
            )
    widths = _widths(table)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    wraps = [column.kind != "number" for column in table.columns]
    for r, header in enumerate(headers, start=1):
        # A header without a second line is merged over both rows; it sets no height.
        merged = [two_rows and not column.subheader for column in table.columns]
        shown = [None if m else text for m, text in zip(merged, header, strict=True)]
        ws.row_dimensions[r].height = _row_height(shown, widths, wraps)
    for r, row in enumerate(table.rows, start=first):
        ws.row_dimensions[r].height = _row_height(row, widths, wraps)
    last_col = get_column_letter(ncols)
    ws.freeze_panes = ws.cell(row=first, column=table.frozen_columns + 1).coordinate
    ws.auto_filter.ref = f"A{first - 1}:{last_col}{max(first - 1, foot - 1)}"
    ws.print_title_rows = f"1:{len(headers)}"
    if table.frozen_columns:
        ws.print_title_cols = f"A:{get_column_letter(table.frozen_columns)}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4


def to_workbook(tables: Sequence[SheetTable], *, timestamp: datetime = REPORT_TIMESTAMP) -> Workbook:
    """Return an openpyxl workbook with one sheet per table, in order.

    Args:
        tables: From `yiju.export.tables.build_tables`.
        timestamp: The workbook's created and modified date.
    """
    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    for table in tables:
        _fill_sheet(wb.create_sheet(), table)
    if tables:
        wb.active = 0
    wb.properties.creator = "yiju"
    wb.properties.title = "依据追溯报告"
    wb.properties.created = timestamp
    wb.properties.modified = timestamp
    return wb


def _normalise_zip(data: bytes, timestamp: datetime) -> bytes:
    """Return the archive with every entry dated `timestamp` (zip dates are local clock)."""
    date_time = (
        timestamp.year,
        timestamp.month,
        timestamp.day,
        timestamp.hour,
        timestamp.minute,
        timestamp.second,
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def xlsx_bytes(tables: Sequence[SheetTable], *, timestamp: datetime = REPORT_TIMESTAMP) -> bytes:
    """Return the workbook's bytes; equal tables and timestamp give equal bytes.

    Args:
        tables: From `yiju.export.tables.build_tables`.
        timestamp: The created/modified date, and the date of every zip entry.
    """
    wb = to_workbook(tables, timestamp=timestamp)
    buffer = io.BytesIO()
    # Not `wb.save`: openpyxl's save stamps `modified` with the clock.
    archive = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()  # closes the archive
    return _normalise_zip(buffer.getvalue(), timestamp)


def write_xlsx(tables: Sequence[SheetTable], path: Path, *, timestamp: datetime = REPORT_TIMESTAMP) -> None:
    """Write the workbook to `path` (replacing it).

    Raises:
        OSError: The file cannot be written.
    """
    write_atomic(path, xlsx_bytes(tables, timestamp=timestamp))
