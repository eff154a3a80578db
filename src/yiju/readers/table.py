"""What every reader returns: a grid of cell texts with where each came from.

Readers know formats, not meanings: they decode bytes, split cells, mark hidden rows and
columns, report formula errors, and keep row numbers. `forms.py` gives the cells meaning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yiju.models import Finding

__all__ = ["Row", "Table"]


@dataclass(frozen=True, slots=True)
class Row:
    """One row of cells.

    `number` is the 1-based sheet row (xlsx) or line (text). `values[i]` is the cleaned text
    of column `i + 1` ("" when empty; numbers as their shortest text, `1.5`, `2`; dates as
    ISO `2021-12-31`). `hidden` is True for a hidden xlsx row.
    """

    number: int
    values: tuple[str, ...]
    hidden: bool = False

    def value(self, column: int) -> str:
        """Return the text of 1-based `column`, "" beyond the row's end."""
        return self.values[column - 1] if 0 < column <= len(self.values) else ""

    @property
    def empty(self) -> bool:
        """Return True when no cell holds text."""
        return not any(self.values)


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one sheet (xlsx) or one text file, with reading findings.

    `merged` lists merged ranges as (min_row, min_col, max_row, max_col), 1-based inclusive;
    only the top-left cell of a range holds a value in `rows`. `hidden_columns` are 1-based.
    `findings` are what the reader noticed (R01 hidden content, R02 formula errors).
    """

    file: str
    sheet: str | None
    rows: tuple[Row, ...]
    merged: tuple[tuple[int, int, int, int], ...] = ()
    hidden_columns: frozenset[int] = frozenset()
    findings: tuple[Finding, ...] = field(default=())
