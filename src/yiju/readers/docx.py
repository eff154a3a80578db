"""Read a Word `.docx` form: the body's paragraphs and tables, in order, as one grid.

Forms are drafted and circulated as Word documents: title and unit as paragraphs, then the
table, then the 备注 and the signature line as paragraphs. The body is walked in document
order; each paragraph becomes a one-cell row and each table row a row of the table's grid
columns, numbered together (`Row.number` is the body block: the 5th paragraph-or-table-row of
the document is row 5), so the form parser sees what a text export of the document shows.

Merged cells are filled the way the xlsx reader fills them: a horizontal merge (`gridSpan`)
or a vertical one (`vMerge`) keeps its text in its top-left cell, the covered cells are
empty, and the range is listed in `Table.merged`. A table Word split in two at a page break
(two tables with the same columns, only empty paragraphs between; the header row usually
typed again at the top of the second) is read as one table; a repeated header row stays a
row, which the form parser recognises as a header.

Numbers Word draws from its list definitions (a 序号 column numbered automatically, headings
`一、`) are put back in front of their paragraphs (`_docxnumbers`), as Word shows them.

The file passes `_container`'s checks first (a zip bomb, an entity declaration, an encrypted
or legacy file named `.docx`); python-docx's XML parser does not resolve entities either.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yiju.errors import ReadError
from yiju.normalize import clean_cell
from yiju.readers._container import check_zip, refuse_ole2
from yiju.readers._docxnumbers import Numbering
from yiju.readers._safety import read_capped, short_reason
from yiju.readers.prose import prose_table
from yiju.readers.table import NO_TABLE, Row, Table, has_header

__all__ = ["LEGACY_FORMATS", "read_docx"]

#: Word-processor and spreadsheet formats yiju refuses, with what to save them as.
LEGACY_FORMATS: dict[str, str] = {
    ".doc": "legacy Word .doc document; save it as .docx",
    ".wps": "WPS 文字 .wps document; save it as .docx",
    ".et": "WPS 表格 .et workbook; save it as .xlsx",
    ".dps": "WPS 演示 .dps presentation holds no form table; save the table as .xlsx or .docx",
}

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _SDT = _W + "p", _W + "tbl", _W + "tr", _W + "tc", _W + "sdt"
_SDT_CONTENT = _W + "sdtContent"
_TEXT_TAGS = frozenset({_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen", _W + "sym"})
_MAX_GRID_COLUMNS = 64  # Word allows 63 columns
_MAX_BLOCKS = 200_000


@dataclass
class _Grid:
    """One body table (or several joined) as rows of grid cells, with merged ranges (0-based)."""

    rows: list[list[str]] = field(default_factory=list)
    merged: list[list[int]] = field(default_factory=list)  # [r0, c0, r1, c1], r1 grows with vMerge
    width: int = 0


def read_docx(path: str | Path) -> list[Table]:
    """Read a Word document's body into one table per form table it holds.

    Args:
        path: A `.docx` file.

    Returns:
        One `Table` (`sheet` None) with every paragraph and table row of the body, or, when
        the body holds several form tables, one per form table, each with the paragraphs
        since the previous one (the last also with those after it).

    Raises:
        ReadError: For a file that is not a safe, readable `.docx`, or holds no table with
            a header row.
    """
    display = str(path)
    data = read_capped(Path(path), display)
    if not data:
        raise ReadError(display, "empty file")
    refuse_ole2(display, data, kind="docx document", legacy=LEGACY_FORMATS[".doc"])
    check_zip(display, data, kind="docx", required=("[Content_Types].xml", "word/document.xml"))
    try:
        import docx  # noqa: PLC0415  # python-docx is slow to import; only .docx needs it

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        numbering = Numbering(_numbering_element(document), document.styles.element)
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors on bad parts
        raise ReadError(
            display, f"cannot read docx document ({type(exc).__name__}: {short_reason(exc)})"
        ) from None
    blocks = list(_blocks(display, _body_children(body), numbering))
    return _tables(display, blocks)


def _numbering_element(document: Any) -> Any | None:
    """Return the document's `w:numbering` element, or None when it has no numbering part."""
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


def _body_children(body: object) -> Iterator[object]:
    """Yield the body's paragraphs and tables in order, looking into content controls."""
    for child in body:  # type: ignore[attr-defined]
        if child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _body_children(content)
        elif child.tag in (_P, _TBL):
            yield child


def _blocks(path: str, children: Iterator[object], numbering: Numbering) -> Iterator[str | _Grid]:
    """Yield each paragraph's text and each table's grid; tables split by a page break joined."""
    pending: list[str] = []  # empty paragraphs after a table, held until we know what follows
    last: _Grid | None = None
    count = 0
    for child in children:
        count += 1
        if count > _MAX_BLOCKS:
            raise ReadError(path, f"refused: more than {_MAX_BLOCKS} paragraphs and tables")
        if child.tag == _P:  # type: ignore[attr-defined]
            text = numbering.label(child) + _paragraph_text(child)
            if last is not None and not clean_cell(text):
                pending.append(text)
                continue
            if last is not None:
                yield last
                yield from pending
                last, pending = None, []
            yield text
            continue
        grid = _grid(path, child, numbering)
        if last is not None and grid.width == last.width:
            # Only empty paragraphs (a page break) between two tables of the same columns.
            _append(last, grid)
            pending = []
            continue
        if last is not None:
            yield last
            yield from pending
            pending = []
        last = grid
    if last is not None:
        yield last
        yield from pending


def _append(first: _Grid, second: _Grid) -> None:
    """Append a table's rows and merges to the one it continues."""
    offset = len(first.rows)
    first.rows.extend(second.rows)
    first.merged.extend([r0 + offset, c0, r1 + offset, c1] for r0, c0, r1, c1 in second.merged)


def _paragraph_text(p: object) -> str:
    """Return a paragraph's visible text: runs, tabs and line breaks, deleted text left out."""
    parts: list[str] = []
    for node in p.iter(*_TEXT_TAGS):  # type: ignore[attr-defined]
        tag = node.tag
        if tag == _W + "t":
            parts.append(node.text or "")
        elif tag == _W + "tab":
            parts.append(" ")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _cell_text(tc: object, numbering: Numbering) -> str:
    """Return a cell's paragraphs, with Word's list numbers, joined by line breaks."""
    paragraphs = tc.iter(_P)  # type: ignore[attr-defined]
    return "\n".join(numbering.label(p) + _paragraph_text(p) for p in paragraphs)


def _int_attr(node: object | None, default: int) -> int:
    if node is None:
        return default
    try:
        return max(0, int(node.get(_W + "val", default)))  # type: ignore[attr-defined]
    except ValueError:
        return default


def _grid(path: str, tbl: object, numbering: Numbering) -> _Grid:
    """Lay a table's cells out on its grid columns, filling merges like the xlsx reader."""
    grid = _Grid()
    open_merge: dict[int, int] = {}  # grid column -> index in grid.merged of the vMerge above
    for tr in tbl.iterchildren(_TR):  # type: ignore[attr-defined]
        tr_pr = tr.find(_W + "trPr")
        column = _int_attr(tr_pr.find(_W + "gridBefore") if tr_pr is not None else None, 0)
        row: list[str] = [""] * column
        r = len(grid.rows)
        for tc in tr.iterchildren(_TC):
            tc_pr = tc.find(_W + "tcPr")
            span = max(1, _int_attr(tc_pr.find(_W + "gridSpan") if tc_pr is not None else None, 1))
            v_merge = tc_pr.find(_W + "vMerge") if tc_pr is not None else None
            if column + span > _MAX_GRID_COLUMNS:
                raise ReadError(path, f"refused: a table row spans more than {_MAX_GRID_COLUMNS} columns")
            continues = v_merge is not None and v_merge.get(_W + "val", "continue") == "continue"
            if continues and column in open_merge:
                grid.merged[open_merge[column]][2] = r
                row.extend([""] * span)
            else:
                row.append(_cell_text(tc, numbering))
                row.extend([""] * (span - 1))
                if v_merge is not None or span > 1:
                    grid.merged.append([r, column, r, column + span - 1])
                    if v_merge is not None:
                        open_merge[column] = len(grid.merged) - 1
                    else:
                        open_merge.pop(column, None)
                else:
                    open_merge.pop(column, None)
            column += span
        grid.rows.append(row)
        grid.width = max(grid.width, len(row))
    for row in grid.rows:
        row.extend([""] * (grid.width - len(row)))
    return grid


def _tables(path: str, blocks: list[str | _Grid]) -> list[Table]:
    """Number the blocks' rows and cut the body into one `Table` per form table."""
    numbered: list[tuple[list[Row], list[tuple[int, int, int, int]], bool]] = []
    number = 0
    for block in blocks:
        if isinstance(block, str):
            number += 1
            numbered.append(([Row(number, (clean_cell(block),))], [], False))
            continue
        first = number + 1
        rows = [
            Row(first + i, tuple(clean_cell(text) for text in cells)) for i, cells in enumerate(block.rows)
        ]
        number += len(rows)
        merged = [
            (first + r0, c0 + 1, first + r1, c1 + 1)
            for r0, c0, r1, c1 in block.merged
            if (r0, c0) != (r1, c1)
        ]
        numbered.append((rows, merged, has_header(rows)))
    forms = [i for i, (_, _, is_form) in enumerate(numbered) if is_form]
    if not forms:
        # No table: the document's paragraphs may be a task list written as prose.
        prose = prose_table(path, [row for part in numbered for row in part[0]])
        if prose is None:
            raise ReadError(path, NO_TABLE)
        return [prose]
    cuts = [0, *[forms[k - 1] + 1 for k in range(1, len(forms))], len(numbered)]
    tables = []
    for start, end in itertools.pairwise(cuts):
        rows = [row for part in numbered[start:end] for row in part[0]]
        merged = [m for part in numbered[start:end] for m in part[1]]
        tables.append(
            Table(file=path, sheet=None, rows=tuple(rows), merged=tuple(sorted(merged)), merges_known=True)
        )
    return tables
