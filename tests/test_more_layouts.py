"""Layouts of real task lists beyond the first families: the columns each is read with.

Table-driven: a header and two rows in the shape of public lists (a rectification ledger, a
header over two rows with short words below), with invented units and people.
"""

from __future__ import annotations

import pytest

from yiju.forms import parse_table
from yiju.readers.table import Row, Table


def _roles(*rows: tuple[str, ...]) -> dict[str, str]:
    form = parse_table(Table("t.txt", None, tuple(Row(i + 1, r) for i, r in enumerate(rows))))
    return {c.header: c.role for c in form.columns}


def test_a_rectification_ledger_reads_the_problem_as_the_item() -> None:
    roles = _roles(
        ("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限", "整改情况"),
        ("1", "专项资金未及时拨付", "建立拨付台账", "县财政局", "刘洋", "6月底前", "已完成"),
        ("2", "项目未批先建", "补办用地手续", "县自然资源局", "陈静", "9月底前", "正在推进"),
    )
    assert roles == {
        "序号": "id",
        "存在问题": "text",
        "整改措施": "detail",
        "责任单位": "departments",
        "责任人": "people",
        "整改时限": "deadline",
        "整改情况": "note",
    }


@pytest.mark.parametrize(
    ("start", "end"),
    [("启动时间", "完成时间"), ("开始时间", "截止时间"), ("开工时间", "完工时间"), ("时间节点", "完成时限")],
)
def test_of_two_time_columns_the_deadline_is_the_end(start: str, end: str) -> None:
    roles = _roles(
        ("序号", "工作任务", "责任单位", "时间安排", ""),
        ("", "", "", start, end),
        ("1", "推进城市更新", "市住建局", "2022年3月", "2022年12月"),
        ("2", "建设智慧停车平台", "市城管局", "2022年5月", "2022年10月"),
    )
    assert (roles[f"时间安排/{start}"], roles[f"时间安排/{end}"]) == ("extra", "deadline")


def test_sub_tasks_numbered_in_their_text_under_a_task_without_owners() -> None:
    """`1 | 推进工业经济` over `| （1）… | 区工信局` and `| （2）…`: items 1.1, 1.2; the task is a level."""
    rows = [
        Row(1, ("序号", "工作任务", "责任单位", "完成时限")),
        Row(2, ("1", "推进工业经济提质增效", "", "")),
        Row(3, ("", "（1）新增规上工业企业10家", "区工信局", "12月底前")),
        Row(4, ("", "（2）技改投资增长10%", "区工信局、区发改局", "12月底前")),
        Row(5, ("2", "扩大有效投资", "区发改局", "全年")),
        Row(6, ("3", "办好民生实事", "", "")),
        Row(7, ("", "①新建幼儿园2所", "区教育局", "8月底前")),
    ]
    form = parse_table(Table("t.txt", None, tuple(rows)))
    got = [(i.id, i.text, i.levels, i.lead_departments) for i in form.indicators]
    assert got == [
        ("1.1", "新增规上工业企业10家", ("推进工业经济提质增效",), ("区工信局",)),
        ("1.2", "技改投资增长10%", ("推进工业经济提质增效",), ("区工信局", "区发改局")),
        ("2", "扩大有效投资", (), ("区发改局",)),
        ("3.1", "新建幼儿园2所", ("办好民生实事",), ("区教育局",)),
    ]
    assert not [f for f in form.findings if f.code == "R03"]
