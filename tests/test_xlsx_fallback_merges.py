"""The openpyxl fallback binds merged ranges without a cell object per merged cell (issue 16's
hostile inputs): the sheet it reads is the one openpyxl's own binding gives."""

from __future__ import annotations

import io
import warnings

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import hostile
from yiju.readers import xlsx
from yiju.readers._safety import current_caps

_CELL = st.tuples(st.integers(1, 9), st.integers(1, 7), st.text("甲乙丙12 ", min_size=1, max_size=3))
_RANGE = st.tuples(st.integers(1, 12), st.integers(1, 8), st.integers(0, 4), st.integers(0, 3))


def _sheet_xml(cells: list[tuple[int, int, str]], merges: list[tuple[int, int, int, int]]) -> str:
    by_row: dict[int, list[str]] = {}
    grid = {(r, c): t for r, c, t in cells}
    for (r, c), text in sorted(grid.items()):
        by_row.setdefault(r, []).append(
            f'<c r="{hostile.column(c)}{r}" t="inlineStr"><is><t>{text}</t></is></c>'
        )
    rows = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(by_row.items()))
    refs = "".join(
        f'<mergeCell ref="{hostile.column(c)}{r}:{hostile.column(c + w)}{r + h}"/>' for r, c, h, w in merges
    )
    tail = f"<mergeCells>{refs}</mergeCells>" if refs else ""
    return hostile.sheet_xml(rows=(), extra=rows, tail=tail)


def _sheets(data: bytes, *, cheap: bool) -> list[xlsx._Sheet]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if cheap:
            workbook = xlsx._load("t.xlsx", data)
        else:
            workbook = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
    return [xlsx._openpyxl_sheet(sheet, current_caps()) for sheet in workbook.worksheets]


@settings(max_examples=150, deadline=None)
@given(st.lists(_CELL, max_size=25), st.lists(_RANGE, max_size=5))
def test_cheap_merge_binding_reads_as_openpyxl(
    cells: list[tuple[int, int, str]], merges: list[tuple[int, int, int, int]]
) -> None:
    """Values under a merged range (top-left kept), overlapping ranges, ranges past the stored
    cells: the fallback's sheet equals the one openpyxl's own binding gives."""
    data = hostile.workbook([("表", _sheet_xml(cells, merges))])
    assert _sheets(data, cheap=False) == _sheets(data, cheap=True)


def test_long_merge_past_the_rows_reads_the_stored_cells() -> None:
    """`A1:A131071` on a two-row sheet calamine refuses (a row repeated): the rows as stored,
    A2 emptied under the merge (openpyxl made 131,070 cell objects for it)."""
    xml = hostile.sheet_xml(
        extra='<row r="2"></row>', tail='<mergeCells><mergeCell ref="$A1:A131071"/></mergeCells>'
    )
    data = hostile.workbook([("表", xml)])
    (sheet,) = _sheets(data, cheap=True)
    assert sheet.merged == ((1, 1, 131071, 1),)
    assert [row[0] for row in sheet.cells] == ["序号", ""]
    assert sheet.cells[1][1:] == list(hostile.ROW[1:])
    assert _sheets(data, cheap=False) == [sheet]
