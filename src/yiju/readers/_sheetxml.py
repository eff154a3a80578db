"""One light pass over a workbook's XML for what python-calamine does not report.

python-calamine gives cell values and merged ranges. It does not say which rows, columns or
sheets are hidden, it returns an error cell (`#REF!`) as an empty string
(dimastbk/python-calamine#105), and it holds a sheet as a dense grid, so a few-kilobyte sheet
with cells at A1 and XFD1048576 asks it for half a terabyte and the process aborts. This
module reads those facts from the XML itself: the sheets with their state and part
(`xl/workbook.xml` and its relationships), and per sheet the hidden and zero-height rows, the
rows hidden by default (`<sheetFormatPr zeroHeight="1">`), the hidden and zero-width columns,
the error cells with their text, and the extent of the stored cells, so the reader can decide
before calamine sees a sheet.

The rules follow openpyxl's reader, which the xlsx reader keeps as its fallback, so both paths
give the same tables: a flag is true unless it is `0`, `false` or `f`; a `<col>` replaces an
earlier one with the same `min`; a cell without `r` follows the cell before it.

Parsing is pyexpat itself with the guard defusedxml installs, made stricter: a DOCTYPE, the
only place an entity can be declared, raises `defusedxml.DTDForbidden`, whatever the prolog
scan in `_safety` let through. Only start tags are handled, and text only inside an error
cell's `<v>`; that keeps the pass near half a millisecond for a 60-row form sheet, where
`ElementTree.iterparse` is slower and defusedxml's pure-Python parser three times slower.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import lru_cache
from xml.parsers import expat

from defusedxml import DTDForbidden

from yiju import patterns as pat

__all__ = ["SheetEntry", "SheetScan", "cell_position", "scan_sheet", "workbook_sheets"]

#: Where a workbook lists its sheets, and where it says which part holds each.
WORKBOOK_PART = "xl/workbook.xml"
WORKBOOK_RELS_PART = "xl/_rels/workbook.xml.rels"

# Excel's last column (XFD); a <col max="16384"> range must not make us loop further.
_MAX_COLUMN = 16384
_ROW_DIGITS = 9
_PAST_ANY_ROW = 10**_ROW_DIGITS
_FALSE_FLAGS = frozenset({"0", "false", "f"})
_SHEET_STATES = frozenset({"visible", "hidden", "veryHidden"})
# SpreadsheetML, transitional and strict.
_MAIN_NAMESPACES = frozenset(
    {
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    }
)
_ASCII_DIGITS = b"0123456789"
_ASCII_LETTERS = bytes(range(ord("A"), ord("Z") + 1)) + bytes(range(ord("a"), ord("z") + 1))


@dataclass(frozen=True, slots=True)
class SheetEntry:
    """A worksheet as the workbook lists it: name, state and the zip member holding it."""

    name: str
    state: str
    part: str


@dataclass(frozen=True, slots=True)
class SheetScan:
    """What one pass over a worksheet's XML found.

    `max_row` and `max_column` bound every `<c>` element, with a value or not (0 when the
    sheet has none). `errors` maps (row, column) to the raw text of an error cell's cached
    value, in document order; `numbers` the raw `<v>` text of the cells asked for.
    """

    cells: int
    max_row: int
    max_column: int
    hidden_rows: frozenset[int]
    sized_rows: frozenset[int]
    rows_hidden_by_default: bool
    hidden_columns: frozenset[int]
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    numbers: dict[tuple[int, int], str] = field(default_factory=dict)
    merged: tuple[tuple[int, int, int, int], ...] = ()


def workbook_sheets(workbook_xml: bytes, rels_xml: bytes, members: Collection[str]) -> list[SheetEntry]:
    """Return the workbook's worksheets in workbook order, as openpyxl would load them.

    A sheet without a relationship id, one whose part is missing from the archive, and a
    chartsheet are left out; a relationship id the workbook's relationships lack is a
    `KeyError`, and an unknown sheet state a `ValueError`.

    Args:
        workbook_xml: The bytes of `xl/workbook.xml`.
        rels_xml: The bytes of `xl/_rels/workbook.xml.rels`.
        members: The names of the archive's members.

    Raises:
        DTDForbidden: When either part has a DOCTYPE.
    """
    targets: dict[str, tuple[str, str]] = {}

    def relationship(name: str, attrs: dict[str, str]) -> None:
        if name.rpartition(":")[2] != "Relationship" or attrs.get("TargetMode") == "External":
            return
        target = attrs["Target"]
        # Relative to the workbook's folder (`xl/`), unless absolute within the package.
        part = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        targets[attrs["Id"]] = (part, attrs.get("Type", ""))

    _parse(rels_xml, relationship)

    sheets: list[SheetEntry] = []
    inside = False

    def sheet(name: str, attrs: dict[str, str]) -> None:
        nonlocal inside
        local = name.rpartition(" ")[2]
        if local == "sheets":
            inside = True
        elif local == "sheet" and inside:
            # With namespaces on, `r:id` arrives as "<relationships namespace> id".
            rel_id = next((v for k, v in attrs.items() if " " in k and k.endswith(" id")), "")
            if not rel_id:
                return
            part, kind = targets[rel_id]
            if part not in members or "chartsheet" in kind:
                return
            state = attrs.get("state", "visible")
            if state not in _SHEET_STATES:
                raise ValueError(f"unknown sheet state {state!r}")
            sheets.append(SheetEntry(attrs["name"], state, part))

    def leave(name: str) -> None:
        nonlocal inside
        if name.rpartition(" ")[2] == "sheets":
            inside = False

    _parse(workbook_xml, sheet, leave, namespaces=True)
    return sheets


def scan_sheet(xml: bytes, numbers_at: Collection[tuple[int, int]] = ()) -> SheetScan:
    """Read a worksheet's hidden rows and columns, error cells and extent in one pass.

    Args:
        xml: The worksheet part's bytes.
        numbers_at: Cells, by (row, column), whose raw `<v>` text to return in `numbers`.

    Returns:
        The scan; see `SheetScan`.

    Raises:
        DTDForbidden: When the part has a DOCTYPE.
        ValueError: For a row number, cell reference, height or width openpyxl would refuse.
    """
    parser = _parser()
    refs: list[str] = []  # every cell's `r`, "" for a cell without one
    add_ref = refs.append
    placed: list[tuple[int, int]] = []  # positions of cells without `r`
    hidden_rows: set[int] = set()
    sized_rows: set[int] = set()
    columns: dict[int, tuple[str | None, str | None, str | None]] = {}
    errors: dict[tuple[int, int], str] = {}
    numbers: dict[tuple[int, int], str] = {}
    pieces: list[str] = []
    capture: tuple[int, int] | None = None
    capture_error = False
    row = 0
    row_start = 0
    zero_height = False
    # SpreadsheetML tag names with the prefix the file gives it (`x:row` in some generators'
    # files); set when the root arrives, so names from other namespaces never match.
    c_tag = row_tag = v_tag = col_tag = format_tag = merge_tag = ""
    merges: list[str] = []

    def position(ref: str) -> tuple[int, int]:
        """Return the position of the cell just appended to `refs`."""
        if ref:
            return cell_position(ref)
        # No `r`: the column after the previous cell of this row, the row is the row's.
        back = len(refs) - 2
        while back >= row_start and not refs[back]:
            back -= 1
        column = len(refs) - 1 - back
        if back >= row_start:
            column += cell_position(refs[back])[1]
        return row, column

    def root(name: str, attrs: dict[str, str]) -> None:
        nonlocal c_tag, row_tag, v_tag, col_tag, format_tag, merge_tag
        # The prefix the root binds to SpreadsheetML (a macrosheet's root is in another
        # namespace, its rows in SpreadsheetML); else the root's own.
        prefix = next(
            (key[6:] for key, value in attrs.items() if value in _MAIN_NAMESPACES and key[:6] == "xmlns:"),
            "" if attrs.get("xmlns") in _MAIN_NAMESPACES else name.rpartition(":")[0],
        )
        prefix = prefix + ":" if prefix else ""
        c_tag, row_tag, v_tag, col_tag = prefix + "c", prefix + "row", prefix + "v", prefix + "col"
        format_tag = prefix + "sheetFormatPr"
        merge_tag = prefix + "mergeCell"
        parser.StartElementHandler = start

    def start(name: str, attrs: dict[str, str]) -> None:
        # Called for every element: the common cell is handled first and in few steps.
        nonlocal row, row_start, zero_height
        if name == c_tag:
            ref = attrs.get("r")
            if ref and not numbers_at and attrs.get("t") != "e":
                add_ref(ref)
            else:
                cell(ref, attrs.get("t"))
        elif name == v_tag:
            if capture is not None:
                parser.CharacterDataHandler = pieces.append
        elif name == row_tag:
            number = attrs.get("r")
            row = row + 1 if number is None else _row_number(number)
            row_start = len(refs)
            hidden = attrs.get("hidden")
            if hidden is not None and _flag(hidden):
                hidden_rows.add(row)
            height = attrs.get("ht")
            if height is not None:
                sized_rows.add(row)
                if float(height) == 0:
                    hidden_rows.add(row)
        elif name == col_tag:
            # openpyxl keys a column range by its first column; a later one replaces it.
            columns[int(attrs["min"])] = (attrs.get("max"), attrs.get("hidden"), attrs.get("width"))
        elif name == format_tag:
            zero_height = _flag(attrs.get("zeroHeight", ""))
        elif name == merge_tag:
            merges.append(attrs.get("ref", ""))

    def cell(ref: str | None, kind: str | None) -> None:
        """Note a cell without `r` (or an empty one), an error cell, a cell whose number is asked."""
        nonlocal capture, capture_error
        add_ref(ref or "")
        at = position(ref or "")
        if not ref:
            placed.append(at)
        if kind == "e" or at in numbers_at:
            capture, capture_error = at, kind == "e"
            pieces.clear()
            parser.EndElementHandler = end

    def end(name: str) -> None:
        nonlocal capture
        if name == v_tag:
            parser.CharacterDataHandler = None
        elif name == c_tag and capture is not None:
            # openpyxl reads an empty `<v>` as no value: not an error, not a number.
            text = "".join(pieces)
            if text:
                (errors if capture_error else numbers)[capture] = text
            capture = None
            parser.EndElementHandler = None

    parser.StartElementHandler = root
    parser.Parse(xml, True)

    max_row, max_column = _extent(refs)
    for r, c in placed:
        max_row, max_column = max(max_row, r), max(max_column, c)
    return SheetScan(
        cells=len(refs),
        max_row=max_row,
        max_column=max_column,
        hidden_rows=frozenset(hidden_rows),
        sized_rows=frozenset(sized_rows),
        rows_hidden_by_default=zero_height,
        hidden_columns=_hidden_columns(columns),
        errors=errors,
        numbers=numbers,
        merged=tuple(_merged_range(ref) for ref in merges),
    )


def _merged_range(ref: str) -> tuple[int, int, int, int]:
    """Return a merged range `A1:C3` as (min_row, min_col, max_row, max_col); one cell for `A1`."""
    plain = pat.PLAIN_RANGE.fullmatch(ref)
    if plain is not None:
        # What `cell_position` gives each end, without its general parsing (a form has dozens).
        c0, r0, c1, r1 = plain.groups()
        top, bottom, left, right = int(r0), int(r1), _letters_index(c0), _letters_index(c1)
        return min(top, bottom), min(left, right), max(top, bottom), max(left, right)
    first, _, last = ref.partition(":")
    r0, c0 = cell_position(first)
    r1, c1 = cell_position(last) if last else (r0, c0)
    return min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)


def cell_position(ref: str) -> tuple[int, int]:
    """Return the 1-based (row, column) of an A1 reference, `$` allowed, as openpyxl reads it.

    >>> cell_position("C8"), cell_position("$xfd$1048576")
    ((8, 3), (1048576, 16384))
    """
    text = ref.replace("$", "")
    letters = text.rstrip("0123456789")
    digits = text[len(letters) :]
    if not (1 <= len(letters) <= 3 and letters.isascii() and letters.isalpha() and digits):
        raise ValueError(f"not a cell reference: {ref!r}")
    return int(digits), _column_index(letters.upper().encode("ascii"))


def _extent(refs: list[str]) -> tuple[int, int]:
    """Return the largest row and column the references name, in a few C-speed passes.

    Parsing each reference in Python would cost more than the rest of the scan; instead the
    joined references are stripped to their letters and to their digits, leaving one token
    per distinct column or row to convert.
    """
    if not any(refs):
        return 0, 0
    joined = ",".join(refs).replace("$", "").encode("ascii")
    letters = set(joined.translate(None, _ASCII_DIGITS).split(b","))
    digits = set(joined.translate(None, _ASCII_LETTERS).split(b","))
    letters.discard(b"")
    digits.discard(b"")
    # A row number longer than nine digits is past any sheet; it is not converted (a
    # 10 000-digit number would hit Python's int-from-string limit).
    rows = max(int(token) if len(token) <= _ROW_DIGITS else _PAST_ANY_ROW for token in digits)
    return rows, max(_column_index(token.upper()) for token in letters)


@lru_cache(maxsize=1024)
def _letters_index(letters: str) -> int:
    """Return `_column_index` of upper-case ASCII letters given as text (`"AB"` → 28)."""
    return _column_index(letters.encode("ascii"))


def _column_index(letters: bytes) -> int:
    """Return the 1-based index of a column's letters (`b"AB"` → 28)."""
    if not (1 <= len(letters) <= 3 and letters.isalpha()):
        raise ValueError(f"not a column: {letters!r}")
    index = 0
    for byte in letters:
        index = index * 26 + byte - 64
    return index


def _hidden_columns(columns: dict[int, tuple[str | None, str | None, str | None]]) -> frozenset[int]:
    """Return the 1-based columns that `<col>` ranges hide or give zero width."""
    hidden: set[int] = set()
    for low, (high, flag, width) in columns.items():
        # An unset width is Excel's default, never zero.
        if not ((flag is not None and _flag(flag)) or (width is not None and float(width) == 0)):
            continue
        last = (int(high) if high is not None else 0) or low
        hidden.update(range(low, min(last, _MAX_COLUMN) + 1))
    return frozenset(hidden)


def _flag(value: str) -> bool:
    """Return an XML boolean as openpyxl reads it: true unless empty, `0`, `false` or `f`."""
    return bool(value) and value not in _FALSE_FLAGS


def _row_number(text: str) -> int:
    """Return a row's `r`; openpyxl also takes a whole float (`"5.0"`)."""
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise
        return int(number)


def _refuse_doctype(name: str, sysid: str | None, pubid: str | None, _has_subset: bool) -> None:
    raise DTDForbidden(name, sysid, pubid)


def _parser(*, namespaces: bool = False) -> expat.XMLParserType:
    """Return an expat parser that refuses any DOCTYPE, and so any entity declaration."""
    parser = expat.ParserCreate(namespace_separator=" " if namespaces else None)
    parser.StartDoctypeDeclHandler = _refuse_doctype
    parser.buffer_text = True
    return parser


def _parse(
    xml: bytes,
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None] | None = None,
    *,
    namespaces: bool = False,
) -> None:
    """Run one guarded pass over a small part with the given handlers."""
    parser = _parser(namespaces=namespaces)
    parser.StartElementHandler = start
    if end is not None:
        parser.EndElementHandler = end
    parser.Parse(xml, True)
