"""Property tests for the form reader: any table, however mangled, parses without raising,
and every non-empty row is accounted for (output or a finding)."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yiju.forms import parse_table
from yiju.readers import read
from yiju.readers.table import Row, Table

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed_2021_quanzhou_yingji.txt"
SEED_ROWS = read(SEED)[0].rows
HEADER_ROWS = [r for r in SEED_ROWS if "序号" in r.values or "项目" in r.values]
# Every cell the seed holds, plus the odd things other forms hold: the vocabulary of rows.
CELLS = [
    *sorted({v for r in SEED_ROWS for v in r.values}),
    "1-1-1",
    "１－１－１",
    "1一1一2",
    "1.3.1",
    "12",
    "两分",
    "2分",
    "合计：70",
    "小计",
    "附件1",
    "#DIV/0!",
    "2021-12-31",
    "无",
    "见附件",
    "泉委发〔21〕5号",
    "（属泉委发〔2021〕5号第14页第27项）（4分）",
    "科学行政（6分）",
    "政 (6 分)",
    "基础科 协调科",
    "李　隽",
    '=HYPERLINK("http://x","y")',
]

cell = st.one_of(st.sampled_from(CELLS), st.just(""), st.text(max_size=12))
row_values = st.lists(cell, min_size=0, max_size=12)


def _table(bodies: list[list[str]], with_header: bool) -> Table:
    rows: list[Row] = []
    number = 1
    if with_header:
        for header in HEADER_ROWS[:2]:
            rows.append(Row(number, header.values))
            number += 1
    for values in bodies:
        rows.append(Row(number, tuple(values)))
        number += 1
    return Table("prop.txt", None, tuple(rows))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(row_values, max_size=25), st.booleans())
def test_any_table_parses_and_accounts_for_every_row(bodies: list[list[str]], with_header: bool) -> None:
    """parse_table never raises, and each non-empty row is in the ledger; findings name their rows."""
    table = _table(bodies, with_header)
    form = parse_table(table)
    ledger = dict(form.ledger)
    finding_rows = {f.location.row for f in form.findings if f.location is not None}
    for row in table.rows:
        if row.empty:
            continue
        assert row.number in ledger
        if ledger[row.number].startswith(("finding", "score block (R02)")):
            assert row.number in finding_rows


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_shuffled_seed_rows_parse_without_raising(rnd: random.Random) -> None:
    """The seed's own rows in any order parse; indicators keep their ids and are all present."""
    body = [r for r in SEED_ROWS if r not in HEADER_ROWS]
    rnd.shuffle(body)
    rows = tuple(Row(i, r.values) for i, r in enumerate([*HEADER_ROWS[:2], *body], start=1))
    form = parse_table(Table("shuffled.txt", None, rows))
    assert len({i.id for i in form.indicators}) == 57
