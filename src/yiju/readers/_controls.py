"""Control characters XML 1.0 forbids, taken out of cell text as it is read, with a finding.

A cell pasted from a PDF or a terminal may carry a form feed (`\\f`, a page break), Ctrl-Z
(`\\x1a`, a DOS end of file) or any C0 control. Kept, they make every XML output (GraphML,
GEXF, the xlsx report, an SVG drawn from DOT) ill-formed or refused. They are removed here,
once, for every reader: a vertical tab or form feed becomes a line break (Word's manual line
break, a page break: both separate lines), any other forbidden control is dropped, and the
cell is reported (R01 hidden-content: invisible characters are content no reviewer sees).
"""

from __future__ import annotations

from dataclasses import replace

from yiju.codes import finding
from yiju.messages import say
from yiju.models import Finding, SourceLocation, column_letter
from yiju.normalize import clean_cell
from yiju.patterns import XML_FORBIDDEN_CHAR
from yiju.readers.table import Row, Table

__all__ = ["XML_FORBIDDEN", "scrub_controls"]

#: C0 controls other than tab, line feed and carriage return, and the two noncharacters
#: U+FFFE and U+FFFF: the characters XML 1.0's `Char` production leaves out.
XML_FORBIDDEN = frozenset(chr(c) for c in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF))

_DROP = {ord(c): None for c in XML_FORBIDDEN} | {0x0B: "\n", 0x0C: "\n"}
_NAMES = {0x0B: "垂直制表符", 0x0C: "换页符", 0x1A: "Ctrl-Z"}


def scrub_controls(table: Table) -> Table:
    """Return the table with XML-forbidden controls out of every cell, one finding per cell.

    A table without them (nearly all) is returned as it is, after one C-speed search of the
    joined cells of each `_CHUNK_ROWS` rows (a bounded copy, however long the table).
    """
    first = next(
        (start for start in range(0, len(table.rows), _CHUNK_ROWS) if _controls_in(table, start)), None
    )
    if first is None:
        return table
    rows: list[Row] | None = None
    findings: list[Finding] = []
    for index in range(first, len(table.rows)):
        row = table.rows[index]
        if XML_FORBIDDEN_CHAR.search("\n".join(row.values)) is None:
            continue
        values = list(row.values)
        for c, value in enumerate(values):
            cleaned = value.translate(_DROP)
            if cleaned == value:
                continue
            found = sorted({ch for ch in value if ch in XML_FORBIDDEN})
            values[c] = clean_cell(cleaned)
            findings.append(_finding(table, row.number, c + 1, found))
        if rows is None:
            rows = list(table.rows)
        rows[index] = replace(row, values=tuple(values))
    if rows is None:
        return table
    return replace(
        table,
        rows=tuple(rows),
        findings=tuple(sorted((*table.findings, *findings), key=Finding.sort_key)),
    )


# Rows whose cells are joined for one search: enough to make the search one call for a form,
# few enough that a million-line table is never copied whole.
_CHUNK_ROWS = 1024


def _controls_in(table: Table, start: int) -> bool:
    """Return True when a cell of rows `start` to `start + _CHUNK_ROWS` holds a forbidden character."""
    chunk = table.rows[start : start + _CHUNK_ROWS]
    return XML_FORBIDDEN_CHAR.search("\n".join(v for row in chunk for v in row.values)) is not None


def _finding(table: Table, row: int, column: int, found: list[str]) -> Finding:
    names = "、".join(_NAMES.get(ord(ch), f"U+{ord(ch):04X}") for ch in found)
    cell = f"{column_letter(column)}{row}"
    return finding(
        "R01",
        say("R01.controls", cell=cell, names=names),
        (cell,),
        SourceLocation(table.file, table.sheet, row, column),
    )
