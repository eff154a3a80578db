"""What every reader returns: a grid of cell texts with where each came from.

Readers know formats, not meanings: they decode bytes, split cells, mark hidden rows and
columns, report formula errors, and keep row numbers. `forms.py` gives the cells meaning.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from yiju.headers import header_score
from yiju.models import Finding

__all__ = [
    "HEADER_MIN_SCORE",
    "HEADER_SCAN_ROWS",
    "NO_TABLE",
    "Row",
    "Table",
    "has_header",
    "no_table_reason",
]

#: A sheet or text file holds a table when one of its first `HEADER_SCAN_ROWS` rows names
#: this many fields.
HEADER_MIN_SCORE = 4
HEADER_SCAN_ROWS = 40

#: The `ReadError` reason for a workbook or text file without such a row.
NO_TABLE = "no recognisable table (no header row naming 序号, 文件依据, 一级指标, 责任部门 …)"


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
    `context` holds lines the reader kept out of the grid that still speak for the whole (a
    prose notice's preamble and closing lines): they are read for the short names they declare
    (`以下简称《意见》`, `yiju.short_names`) and for a rule on who leads
    (`列第一位的责任单位为牵头单位`, `yiju.owners.says_first_listed_leads`).
    """

    file: str
    sheet: str | None
    rows: tuple[Row, ...]
    merged: tuple[tuple[int, int, int, int], ...] = ()
    hidden_columns: frozenset[int] = frozenset()
    findings: tuple[Finding, ...] = field(default=())
    context: tuple[Row, ...] = ()
    # The reader saw the file's merged ranges (xlsx and the other workbooks, Word, HTML): an
    # empty `merged` then says there are none. A text copy or a PDF cannot say (`yiju.items`
    # reads the blanks a lost merge leaves only there).
    merges_known: bool = False


def has_header(rows: Sequence[Row]) -> bool:
    """Return True when the first `HEADER_SCAN_ROWS` rows hold a responsibility table.

    The test every reader applies before handing a grid over as a form table: a sheet of
    instructions or a text file of prose has no table. A table of the seed's family has a
    row naming `HEADER_MIN_SCORE` of its fields; a table of another family (docs/families.md)
    a header row naming the work (重点工作, 项目名称, 三级指标 …) and one more role, or, with
    no header row at all, columns whose cells read as the work and as ids, owners or
    deadlines (`yiju.columns.table_roles`).
    """
    head = rows[:HEADER_SCAN_ROWS]
    if any(header_score(row.values) >= HEADER_MIN_SCORE for row in head):
        return True
    if len({c for row in head for c, v in enumerate(row.values) if v}) < 2:
        # Each column takes one role, so text in one column (a sheet of 填表说明) names at
        # most one: no table, without reading its prose for roles.
        return False
    from yiju.columns import table_roles  # noqa: PLC0415  # columns needs this module's Row

    roles = table_roles(head)
    return bool(roles & _WORK_ROLES) and len(roles - {"extra"}) >= 2


# What a table without the seed's header must name to be a table: the work itself.
_WORK_ROLES = frozenset({"text", "detail", "level1", "level2", "level3", "level4"})


def no_table_reason(rows: Sequence[Row]) -> str:
    """Return why rows hold no table: `NO_TABLE`, plus the roles found and the one missing.

    A table needs a column of work (重点工作, 项目名称, 三级指标 …) and one more role. When the
    early rows name some roles, the reason says which and what is missing, so a user can
    add or rename that column:
    `…；找到：leaders（包联领导）、departments（责任单位）；缺少：事项文字（text）`.
    """
    from yiju.columns import find_header  # noqa: PLC0415  # columns needs this module's Row
    from yiju.families import header_role  # noqa: PLC0415

    header = find_header(rows[:HEADER_SCAN_ROWS])
    if header is None:
        return NO_TABLE
    found: dict[str, str] = {}
    for text in header.texts.values():
        role = next((r for part in reversed(text.split("/")) if (r := header_role(part))), None)
        if role is not None:
            found.setdefault(role, text)
    if not found:
        return NO_TABLE
    named = "、".join(f"{role}（{text}）" for role, text in found.items())
    missing = "事项文字（text）" if not set(found) & _WORK_ROLES else "第二个角色"
    return f"{NO_TABLE}；找到：{named}；缺少：{missing}"
