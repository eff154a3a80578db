"""Every family's fixtures read to their truth: items, owners, levels, extra columns, row ledger.

The truths (`fixtures/families/*.truth.json`) are written by `fixtures/families/build.py` from
its own records, never by running yiju; both the workbook and the text copy of each table must
read to them exactly. The adapter below only renames: it maps yiju's form to the truth format.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from yiju.forms import parse_table
from yiju.models import Form, Indicator
from yiju.readers import read

FAMILIES_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "families"
TRUTHS = sorted(FAMILIES_DIR.glob("*.truth.json"))
CASES = [(truth, name) for truth in TRUTHS for name in json.loads(truth.read_text(encoding="utf-8"))["files"]]


def _form(path: Path) -> Form:
    """Parse the first table of a file (the table sheet of a workbook)."""
    return parse_table(read(path)[0])


def item_truth(ind: Indicator) -> dict[str, Any]:
    """Return an indicator in the truth format of `fixtures/families`."""
    return {
        "id": ind.id,
        "text": ind.text,
        "detail": ind.detail,
        "levels": list(ind.levels),
        "section": ind.section,
        "leaders": list(ind.leaders),
        "departments": list(ind.lead_departments),
        "partners": list(ind.partners),
        "people": list(ind.people),
        "deadline": ind.deadline,
        "weight": ind.weight,
        "measure": ind.measure,
        "target_value": ind.target_value,
        "nature": ind.nature,
        "note": ind.note,
        "basis": ind.basis_text,
        "extra": dict(ind.extra),
    }


def form_truth(form: Form) -> dict[str, Any]:
    """Return a form's table-level facts in the truth format."""
    return {
        "family": form.family,
        "unit": form.unit,
        "title": form.title,
        "measure_unit": form.measure_unit,
        "sections": [{"id": s.id, "text": s.text} for s in form.sections],
    }


@pytest.mark.parametrize(("truth_path", "name"), CASES, ids=[c[1] for c in CASES])
def test_fixture_reads_to_its_truth(truth_path: Path, name: str) -> None:
    """Each fixture file reads to exactly the items and table facts its truth lists."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    form = _form(FAMILIES_DIR / name)
    expected_items = truth["items"]
    actual_items = [item_truth(i) for i in form.indicators]
    for expected, actual in zip(expected_items, actual_items, strict=False):
        assert expected == actual
    assert len(expected_items) == len(actual_items)
    keys = ("family", "unit", "title", "measure_unit", "sections")
    assert {k: truth[k] for k in keys} == form_truth(form)


@pytest.mark.parametrize("truth_path", TRUTHS, ids=[t.name for t in TRUTHS])
def test_row_ledger_accounts_for_every_nonempty_row(truth_path: Path) -> None:
    """Every non-empty row of the workbook's table sheet is in the ledger, once."""
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    xlsx = next(FAMILIES_DIR / n for n in truth["files"] if n.endswith(".xlsx"))
    table = read(xlsx)[0]
    form = parse_table(table)
    nonempty = [r.number for r in table.rows if not r.empty]
    assert truth["nonempty_rows"] == len(nonempty)
    assert nonempty == [number for number, _ in form.ledger]


# ------------------------------------------------------------------ any order, any alias, any header

import tomllib  # noqa: E402  # the property tests read the alias data the parser reads

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from yiju.families import fold_header  # noqa: E402

_DATA = tomllib.loads(
    (Path(__file__).resolve().parent.parent / "src" / "yiju" / "data" / "families.toml").read_text("utf-8")
)
_ALIASES: dict[str, list[str]] = _DATA["aliases"]
# Aliases a task list's columns may carry (the generic words only; a family's own words, such
# as 项目名称 for a project, choose that family and are tested by its fixtures).
_TASK_ROLES = ("id", "text", "leaders", "departments", "partners", "deadline")

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁沈"
)
_GIVEN = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞波斌宇浩凯健俊帆晨"
_AGENCIES = (
    "发改局", "财政局", "住建局", "交通运输局", "农业农村局", "商务局", "文旅局", "卫健委", "教育局",
    "民政局", "人社局", "生态环境局", "市场监管局", "应急管理局", "水利局", "林业局", "统计局",
    "审计局", "司法局",
    "公安局", "自然资源局", "工信局", "科技局", "医保局", "政务服务中心", "城管局", "退役军人事务局",
)  # fmt: skip
_VERBS = ("推进", "深化", "加快", "完善", "落实", "开展", "实施", "健全", "提升", "强化")
_OBJECTS = (
    "营商环境改革", "政务服务一网通办", "城乡供水一体化工程", "农村人居环境整治", "重点项目建设",
    "科技创新平台建设", "安全生产专项整治", "基层医疗卫生服务能力", "义务教育优质均衡发展",
    "生态环境保护督察整改", "市场主体培育", "就业创业扶持政策", "老旧小区改造",
)  # fmt: skip
_DEADLINES = ("2021年6月底前", "全年", "长期坚持", "12月", "每季度", "2021年底前", "持续推进")

_name = st.builds(lambda s, g: s + g, st.sampled_from(_SURNAMES), st.text(_GIVEN, min_size=1, max_size=2))
_unit = st.sampled_from(_AGENCIES).map(lambda a: "区" + a)
_item = st.fixed_dictionaries(
    {
        "text": st.builds(
            lambda v, o, w: f"{v}{o}，{w}工作",
            st.sampled_from(_VERBS),
            st.sampled_from(_OBJECTS),
            st.sampled_from(_VERBS),
        ),
        "leaders": st.lists(_name, min_size=1, max_size=2, unique=True),
        "departments": st.lists(_unit, min_size=1, max_size=1),
        "partners": st.lists(_unit, min_size=0, max_size=3, unique=True),
        "deadline": st.sampled_from(_DEADLINES),
    }
)  # fmt: skip


def _cell(role: str, number: int, item: dict[str, Any]) -> str:
    """Return one cell as a table writes it (、-lists, leaders on two lines)."""
    if role == "id":
        return str(number)
    value = item[role]
    if role == "leaders":
        return "\n".join(value)
    if isinstance(value, list):
        return "、".join(value)
    return str(value)


def _quoted(cell: str) -> str:
    return f'"{cell}"' if "\n" in cell else cell


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    items=st.lists(_item, min_size=3, max_size=9),
    order=st.permutations(_TASK_ROLES),
    picks=st.tuples(*(st.sampled_from(_ALIASES[r]) for r in _TASK_ROLES)),
    header=st.booleans(),
)
def test_any_order_any_alias_with_or_without_header(
    tmp_path_factory: pytest.TempPathFactory,
    items: list[dict[str, Any]],
    order: list[str],
    picks: tuple[str, ...],
    header: bool,
) -> None:
    """A task list in any column order, under any aliases or no header at all, reads to the same items."""
    alias = dict(zip(_TASK_ROLES, picks, strict=True))
    lines = ["某区2021年重点工作任务分工方案"]
    if header:
        lines.append("\t".join(alias[r] for r in order))
    for number, item in enumerate(items, start=1):
        lines.append("\t".join(_quoted(_cell(r, number, item)) for r in order))
    path = tmp_path_factory.mktemp("order") / "tasks.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    form = _form(path)
    expected = [
        (
            str(n),
            it["text"],
            it["leaders"],
            sorted(it["departments"] + [p for p in it["partners"] if p not in it["departments"]]),
            it["deadline"],
        )
        for n, it in enumerate(items, start=1)
    ]
    actual = [(i.id, i.text, list(i.leaders), sorted(i.departments), i.deadline) for i in form.indicators]
    assert expected == actual
    if header:
        # Under a header, which unit column leads is known.
        assert [it["departments"] for it in items] == [list(i.lead_departments) for i in form.indicators]
        assert {fold_header(alias[r]): r for r in order} == {c.header: c.role for c in form.columns}
