"""Owner cells as people write them, and column roles read from content: table-driven cases."""

from __future__ import annotations

import pytest

from yiju.columns import content_role
from yiju.families import detect_family, header_role
from yiju.owners import split_lead_units, split_people, split_units

PEOPLE = [
    ("张伟", ("张伟",)),
    ("李  军", ("李军",)),  # a two-character name padded with ASCII spaces
    ("王   平", ("王平",)),  # NBSP padding, turned into spaces by the reader
    ("李  军\n王   平", ("李军", "王平")),  # two leaders on two lines
    ("李 军 王 平", ("李军", "王平")),  # two padded names on one line
    ("孙志刚    吴海涛", ("孙志刚", "吴海涛")),  # a run of spaces between names
    ("周海波、陈晓东", ("周海波", "陈晓东")),
    ("欧阳小明", ("欧阳小明",)),
]


@pytest.mark.parametrize(("cell", "expected"), PEOPLE, ids=[c[0] for c in PEOPLE])
def test_split_people(cell: str, expected: tuple[str, ...]) -> None:
    """Leaders' cells split into clean names."""
    assert expected == split_people(cell)


UNITS = [
    ("区自然\n资源局", ("区自然资源局",)),  # broken mid-name by a line break
    (
        "区文旅局\n古城保护项目协调服务指挥部（办公室设在东街街办）",
        ("区文旅局", "古城保护项目协调服务指挥部（办公室设在东街街办）"),
    ),
    ("区文旅局 古城保护指挥部(办公室设在东街街办)", ("区文旅局", "古城保护指挥部(办公室设在东街街办)")),
    ("县发改局、县财政局、县住建局", ("县发改局", "县财政局", "县住建局")),
    ("各县（市、区）人民政府", ("各县（市、区）人民政府",)),  # 、 inside brackets
    ("市发展改革委（市营商办）", ("市发展改革委（市营商办）",)),
    ("区委\n组织部", ("区委组织部",)),
    ("住房城乡建设部、自然资源部等按职责分工负责", ("住房城乡建设部", "自然资源部")),
]


@pytest.mark.parametrize(("cell", "expected"), UNITS, ids=[c[0] for c in UNITS])
def test_split_units(cell: str, expected: tuple[str, ...]) -> None:
    """Unit cells split into units; a parenthetical stays with its unit, a duty is dropped."""
    assert expected == split_units(cell)


def test_lead_unit_named_by_qiantou() -> None:
    """`X牵头，Y按职责分工负责`: X leads, Y shares the work."""
    assert (("市场监管总局",), ("国务院有关部门",)) == split_lead_units(
        "市场监管总局牵头，国务院有关部门按职责分工负责"
    )


CONTENT = [
    (["1", "2", "3", "4", "5"], "id"),
    (["张伟", "李  军\n王平", "刘洋", "赵晓燕"], "leaders"),
    (["区发改局", "区财政局、区住建局", "东街街道办事处"], "departments"),
    (["2021年6月底前", "全年", "长期坚持", "每季度"], "deadline"),
    (["定量", "定性", "定量"], "nature"),
    (["57960", "18938", "41828.5"], "extra"),  # money, not ids or weights
    (["逐步提高", "逐步降低", "监测比较"], None),  # short words, not people
    (["市重点", "省重点", "市重点"], None),
    (["深化放管服改革，推进一网通办", "优化企业开办流程，压缩开办时间"], "text"),
]


@pytest.mark.parametrize(("cells", "expected"), CONTENT, ids=[str(c[0][:2]) for c in CONTENT])
def test_content_role(cells: list[str], expected: str | None) -> None:
    """A column's cells say its role where the header does not."""
    assert expected == content_role(cells)


HEADERS = [
    ("包联\n领导", "leaders"),
    ("主 要 内 容", "detail"),
    ("目标值（标准）", "target_value"),
    ("权重（分）", "weight"),
    ("6月进展情况", "note"),
    ("协同责任单位", "partners"),
    ("手续代办\n单位", "partners"),
    ("总投资", None),
]


@pytest.mark.parametrize(("text", "expected"), HEADERS, ids=[h[0] for h in HEADERS])
def test_header_role(text: str, expected: str | None) -> None:
    """Header cells map to roles by alias after folding spaces, breaks and glosses."""
    assert expected == header_role(text)


FAMILIES = [
    (
        ["某区2020年重点项目推进计划及进展情况表"],
        ["序号", "项目名称", "包联领导", "责任单位", "总投资"],
        "project_list",
    ),
    (
        ["某县2021年重点工作任务分工方案"],
        ["序号", "重点工作", "牵头单位", "配合单位", "完成时限"],
        "task_list",
    ),
    ([], ["一级指标", "二级指标", "三级指标", "指标性质", "指标说明"], "indicator_system"),
    (
        [],
        ["一级指标", "权重", "二级指标", "分值", "三级指标", "计量单位", "目标值(标准)", "分值"],
        "kpi_evaluation",
    ),
    (
        [],
        ["项目", "序号", "文件依据", "一级指标", "二级指标", "权重", "完成时限", "责任人"],
        "performance_form",
    ),
    ([], ["序号", "工作任务", "权重", "责任单位"], "task_list"),  # one word of the form is not enough
]


@pytest.mark.parametrize(
    ("titles", "headers", "expected"), FAMILIES, ids=[f[2] + str(i) for i, f in enumerate(FAMILIES)]
)
def test_detect_family(titles: list[str], headers: list[str], expected: str) -> None:
    """A table's title and header words choose its family."""
    assert expected == detect_family(titles, headers)
