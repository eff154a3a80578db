"""Read `.xls`, `.xlsb` and `.ods` workbooks with calamine into the tables the xlsx reader makes.

WPS and old Excel save `.xls` (BIFF8), Excel's binary format is `.xlsb`, LibreOffice and
government office suites save `.ods`. calamine reads all three: cell values (numbers, text,
dates as dates), merged ranges (`.xls`, `.xlsb`) and each sheet's visibility. What it does
not report is filled in where the format allows it cheaply:

* `.ods`: merged ranges (`table:number-rows-spanned`/`-columns-spanned`), hidden rows and
  columns (`table:visibility="collapse"`) and error results (`calcext:value-type="error"`)
  come from one streaming pass over `content.xml`, which also bounds the sheet's extent
  before calamine expands repeated rows and cells;
* `.xls`/`.xlsb`: hidden rows and columns and error cells are not available (calamine reads
  an error cell as empty and does not expose row or column visibility); the README says so.

Each sheet becomes the xlsx reader's `_Sheet`, and the xlsx reader's `_tables` turns sheets
into `Table`s, so sheets are chosen by header, hidden content and errors are reported, and
sheets without a table are named, exactly as for `.xlsx`.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from lxml import etree
from python_calamine import CalamineWorkbook

from yiju.errors import ReadError
from yiju.readers._container import check_zip, is_ole2
from yiju.readers._safety import read_capped, short_reason
from yiju.readers.table import Table

# The xlsx reader's sheet model and its sheet → table step: one place makes every finding.
from yiju.readers.xlsx import _clean_str, _clear_merged, _Sheet, _tables, cell_text

__all__ = ["read_spreadsheet", "xls_content"]

# calamine holds a sheet as a dense grid; past this many cells (a 100 000 x 20 table) a sheet
# is refused rather than expanded (the xlsx reader's bound).
_MAX_DENSE_CELLS = 2_000_000
_XLSB_MAGIC = b"PK\x03\x04"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_TEXT_P = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}p"


def read_spreadsheet(path: str | Path) -> list[Table]:
    """Read every sheet of an `.xls`, `.xlsb` or `.ods` workbook that holds a table.

    Args:
        path: The workbook.

    Returns:
        One `Table` per qualifying sheet, in workbook order, as `read_xlsx` returns them.

    Raises:
        ReadError: For a file that is not a safe, readable workbook of its suffix, or has
            no table.
    """
    display = str(path)
    suffix = Path(path).suffix.lower()
    data = read_capped(Path(path), display)
    if not data:
        raise ReadError(display, "empty file")
    ods: _OdsScan | None = None
    if suffix == ".xls":
        _check_xls(display, data)
    elif suffix == ".ods":
        check_zip(display, data, kind="ods", required=("content.xml",))
        ods = _scan_ods(display, data)
    else:
        check_zip(display, data, kind="xlsb", required=("[Content_Types].xml", "xl/workbook.bin"))
    try:
        sheets = _sheets(display, Path(path), ods)
    except ReadError:
        raise
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # calamine's errors; a Rust panic is a BaseException (pyo3)
        raise ReadError(display, _calamine_reason(suffix, exc)) from None
    return _tables(display, sheets)


def xls_content(path: Path) -> str:
    """Return what a file named `.xls` holds: `xls`, `xlsx`, `html`, `xml` or `text`.

    Many systems' "export to Excel" write an HTML table, tab-separated text (GB18030, or
    UTF-16 from Excel's "Unicode text") or an xlsx under the `.xls` name, and Excel opens them
    all without a word; so does `readers.read`, by content. `xml` is Excel 2003's XML
    spreadsheet, which no reader takes. Anything unreadable is left to the `.xls` reader.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return "xls"
    if is_ole2(head) or not head:
        return "xls"
    if head.startswith(_XLSB_MAGIC):
        return "xlsx"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"urn:schemas-microsoft-com:office:spreadsheet" in text and b"<html" not in text:
        return "xml"
    if text.startswith((b"<html", b"<!doctype html", b"<table", b"<meta", b"<head")) or b"<html" in text:
        return "html"
    if text.startswith(b"<?xml"):
        return "xml"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\t" in head:
        return "text"
    return "xls"


def _check_xls(path: str, data: bytes) -> None:
    """Refuse a `.xls` that is not an OLE2 file, naming what it is instead."""
    if is_ole2(data):
        return
    if data[:5].lower() == b"<?xml" or b"urn:schemas-microsoft-com:office:spreadsheet" in data[:4096]:
        raise ReadError(path, "an Excel 2003 XML spreadsheet named .xls; open it and save it as .xlsx")
    raise ReadError(path, "not an .xls workbook (no OLE2 header; truncated or another format)")


def _calamine_reason(suffix: str, exc: BaseException) -> str:
    """Return a one-line reason for a calamine failure."""
    text = short_reason(exc)
    lowered = text.lower()
    if "password" in lowered or "encrypt" in lowered:
        return f"encrypted (password-protected) {suffix} workbook; remove the password and save again"
    return f"cannot read {suffix} workbook ({text})"


def _sheets(path: str, source: Path, ods: _OdsScan | None) -> list[_Sheet]:
    """Return every worksheet as a `_Sheet`, in workbook order."""
    out: list[_Sheet] = []
    # By path: calamine then reads the format the suffix names (from bytes it guesses, and
    # a password-protected .xls guesses as "Cannot detect file format").
    with CalamineWorkbook.from_path(str(source)) as workbook:
        for index, meta in enumerate(workbook.sheets_metadata):
            if str(meta.typ).rsplit(".", 1)[-1] not in ("WorkSheet", "Worksheet"):
                continue  # chart sheets, dialog sheets, macro sheets hold no cells
            sheet = workbook.get_sheet_by_name(meta.name)
            extent = ods.extents[index] if ods is not None and index < len(ods.extents) else None
            height, width = extent if extent is not None else (sheet.height, sheet.width)
            if height * width > _MAX_DENSE_CELLS:
                raise ReadError(path, f"refused: sheet {meta.name!r} spans {height} rows x {width} columns")
            values = cast("list[list[object]]", sheet.to_python(skip_empty_area=False))
            state = str(meta.visible).rsplit(".", 1)[-1].lower()
            scan = ods.sheets[index] if ods is not None and index < len(ods.sheets) else _OdsSheet()
            ranges = sheet.merged_cell_ranges or ()
            merged = tuple(sorted({(r0 + 1, c0 + 1, r1 + 1, c1 + 1) for (r0, c0), (r1, c1) in ranges}))
            out.append(_sheet(meta.name, state, values, merged or scan.merged, scan))
    return out


def _sheet(
    title: str,
    state: str,
    values: list[list[object]],
    merged: tuple[tuple[int, int, int, int], ...],
    scan: _OdsSheet,
) -> _Sheet:
    """Return one sheet's texts as the xlsx reader's `_Sheet`."""
    _clear_merged(values, merged)
    cells: list[list[str]] = []
    filled = 0
    for r, row in enumerate(values, 1):
        texts = [_clean_str(v) if type(v) is str else ("" if v is None else cell_text(v)) for v in row]
        for (er, ec), text in scan.errors.items():
            if er == r and ec <= len(texts):
                texts[ec - 1] = text
        filled += any(texts)
        cells.append(texts)
    errors = [(r, c, text) for (r, c), text in sorted(scan.errors.items()) if r <= len(cells)]
    return _Sheet(
        title=title,
        state="visible" if state == "visible" else "hidden",
        cells=cells,
        errors=errors,
        filled_rows=filled,
        hidden_rows=scan.hidden_rows,
        sized_rows=frozenset(),
        rows_hidden_by_default=False,
        hidden_columns=scan.hidden_columns,
        merged=merged,
    )


# ------------------------------------------------------------------------------ ods pass


@dataclass
class _OdsSheet:
    """What one pass over an `.ods` sheet's XML adds to calamine's values (1-based)."""

    merged: tuple[tuple[int, int, int, int], ...] = ()
    hidden_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()
    errors: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass
class _OdsScan:
    sheets: list[_OdsSheet]
    extents: list[tuple[int, int]]  # (rows, columns) up to the last cell with content


def _scan_ods(path: str, data: bytes) -> _OdsScan:
    """Stream `content.xml` once: spans, hidden rows and columns, error cells, extents.

    Repeated rows and cells (`number-rows-repeated`) are counted, not expanded, so a hostile
    `number-rows-repeated="1000000"` costs nothing here and is refused before calamine
    expands it.
    """
    sheets: list[_OdsSheet] = []
    extents: list[tuple[int, int]] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("content.xml") as member:
            parser = etree.iterparse(
                member, events=("start", "end"), resolve_entities=False, no_network=True, huge_tree=False
            )
            row = col = 0
            last_row = last_col = 0
            merged: list[tuple[int, int, int, int]] = []
            hidden_rows: set[int] = set()
            hidden_cols: set[int] = set()
            errors: dict[tuple[int, int], str] = {}
            column = 0
            row_text = False
            for event, elem in parser:
                tag = elem.tag
                if event == "start":
                    if tag == _TABLE + "table":
                        row = last_row = last_col = column = 0
                        merged, hidden_rows, hidden_cols, errors = [], set(), set(), {}
                    elif tag == _TABLE + "table-column":
                        repeat = min(int(elem.get(_TABLE + "number-columns-repeated", "1")), 16384)
                        if elem.get(_TABLE + "visibility", "visible") != "visible":
                            hidden_cols.update(range(column + 1, column + repeat + 1))
                        column += repeat
                    elif tag == _TABLE + "table-row":
                        col = 0
                        row_text = False
                    continue
                if tag in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                    repeat = int(elem.get(_TABLE + "number-columns-repeated", "1"))
                    has_text = elem.find(_TEXT_P) is not None or elem.get(_OFFICE + "value-type") is not None
                    rows_span = int(elem.get(_TABLE + "number-rows-spanned", "1"))
                    cols_span = int(elem.get(_TABLE + "number-columns-spanned", "1"))
                    if tag == _TABLE + "table-cell" and (rows_span > 1 or cols_span > 1):
                        merged.append((row + 1, col + 1, row + rows_span, col + cols_span))
                    if has_text:
                        row_text = True
                        last_col = max(last_col, col + repeat)
                        last_row = max(last_row, row + 1)
                        if elem.get(_CALCEXT + "value-type") == "error":
                            errors[row + 1, col + 1] = "".join(elem.itertext()).strip() or "#ERR"
                    col += repeat
                    elem.clear()
                elif tag == _TABLE + "table-row":
                    repeat = int(elem.get(_TABLE + "number-rows-repeated", "1"))
                    if row_text:
                        last_row = row + min(repeat, 1_000_000_000)  # a repeated row repeats its text
                    if elem.get(_TABLE + "visibility", "visible") != "visible" and repeat <= 100_000:
                        hidden_rows.update(range(row + 1, row + repeat + 1))
                    row += repeat
                    elem.clear()
                elif tag == _TABLE + "table":
                    sheets.append(
                        _OdsSheet(
                            merged=tuple(sorted(merged)),
                            hidden_rows=frozenset(hidden_rows),
                            hidden_columns=frozenset(hidden_cols),
                            errors=errors,
                        )
                    )
                    extents.append((last_row, last_col))
                    elem.clear()
    except etree.XMLSyntaxError as exc:
        raise ReadError(path, f"truncated or corrupt ods ({short_reason(exc)})") from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ReadError(path, f"truncated or corrupt ods ({short_reason(exc)})") from None
    return _OdsScan(sheets=sheets, extents=extents)
