"""Fuzzing in the test suite: hypothesis builds hostile workbooks (valid zips around
adversarial sheet XML) and hostile text; whatever it builds, reading gives tables or one
`ReadError`, never another exception, an abort or a hang. Bounded example counts keep CI
short; `make fuzz` (`bench/fuzz.py`) runs the long campaign.

Workbooks are read through `map_isolated`, as the command line reads them, so a native abort
would show as a `ReadError` naming a signal, which the tests refuse too.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import hostile
from yiju.errors import ReadError
from yiju.readers import read
from yiju.readers.isolate import Limits, map_isolated
from yiju.readers.table import Table

# A crash in a worker says so in its reason; a refusal by a check never does.
_CRASH_WORDS = ("异常终止", "异常退出", "读取时出错", "内存不足", "读取超时")

_COLUMN = st.one_of(
    st.integers(1, 16384).map(hostile.column),
    st.text("ABCXYZ", min_size=1, max_size=6),
    st.sampled_from(["", "$A", "A$", "-A", "a"]),
)
_ROW = st.one_of(
    st.integers(1, 1_048_576).map(str),
    st.integers(0, 10**15).map(str),
    st.sampled_from(["", "0", "-1", "1.5", "1e3", "９", "9" * 50]),
)
_REF = st.builds(lambda c, r: c + r, _COLUMN, _ROW)
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@st.composite
def hostile_sheet(draw: st.DrawFn) -> str:
    """A worksheet: the form's header, then cells at adversarial references with odd text,
    adversarial merged ranges and an adversarial dimension."""
    cells = "".join(
        f'<c r="{ref}" t="inlineStr"><is><t>{_xml(text)}</t></is></c>'
        for ref, text in draw(st.lists(st.tuples(_REF, _TEXT), max_size=6))
    )
    row = draw(st.sampled_from(["2", "1048577", "0", "", "99999999999"]))
    row_attr = f' r="{row}"' if row else ""
    merges = "".join(
        f'<mergeCell ref="{a}:{b}"/>' for a, b in draw(st.lists(st.tuples(_REF, _REF), max_size=4))
    )
    dimension = draw(st.sampled_from(["", '<dimension ref="A1:XFD1048576"/>', '<dimension ref="A1"/>']))
    tail = f"<mergeCells>{merges}</mergeCells>" if merges else ""
    return hostile.sheet_xml(extra=f"<row{row_attr}>{cells}</row>", tail=tail, head=dimension)


def _xml(text: str) -> str:
    """Escape text for XML, keeping the characters XML 1.0 allows (others would break the part)."""
    allowed = "".join(ch for ch in text if ch in "\t\n\r" or (ch >= " " and ch not in "\ufffe\uffff"))
    return allowed.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _outcome(result: list[Table] | ReadError) -> str:
    if isinstance(result, ReadError):
        assert not any(word in result.reason for word in _CRASH_WORDS), result.reason
        assert "\n" not in str(result)
        return "refused"
    return "read"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    sheets=st.lists(
        st.tuples(st.sampled_from(["表", "Sheet1", "表"]), hostile_sheet()), min_size=1, max_size=3
    )
)
def test_hostile_workbooks_are_read_or_refused_in_one_line(sheets: list[tuple[str, str]]) -> None:
    """Any workbook of adversarial sheets is read, or refused in one line by a check (no crash)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        path.write_bytes(hostile.workbook(sheets))
        [(_, result)] = list(map_isolated(read, [path], limits=Limits(memory_mb=1024, cpu_seconds=20)))
    assert _outcome(result) in ("read", "refused")


_LINE_END = st.sampled_from(["\n", "\r\n", "\r"])


@settings(max_examples=60, deadline=None)
@given(
    cells=st.lists(st.lists(_TEXT, min_size=1, max_size=9), max_size=8),
    ends=st.lists(_LINE_END, min_size=1, max_size=12),
)
def test_hostile_text_reads_with_every_row_accounted_for(cells: list[list[str]], ends: list[str]) -> None:
    """Text with any characters and any mix of line ends: read or refused, and no row lost."""
    rows = [
        hostile.HEADER,
        *[[c.replace("\t", " ").replace("\n", " ").replace("\r", " ") for c in r] for r in cells],
    ]
    lines = [*hostile.TEXT_HEAD, *("\t".join(r) for r in rows)]
    text = "".join(line + ends[i % len(ends)] for i, line in enumerate(lines))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        path.write_bytes(text.encode("utf-8"))
        try:
            [table] = read(path)
        except ReadError as exc:
            refusal = str(exc)
            table = None
    if table is None:
        assert "\n" not in refusal
        return
    # One row per line, whichever line ends were used (a quoted cell may join lines).
    assert len(table.rows) <= len(lines)
    assert table.rows[2].values[:2] == hostile.HEADER[:2]
