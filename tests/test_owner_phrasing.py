"""Owners as real 分工 tables write them, section ids in reading order, `who` without weights and a
hidden scrap sheet: table-driven cases.

The owner phrasings are the shapes seen in public task divisions (docs/families.md, "Real tables
looked at"): a provincial work-points list (`X牵头，Y按职责分工负责`, groups joined by ，, a second
unit written without its 省, `结合实际落实`), a provincial AI plan (a 配合 column holding `无`), a
municipal opinion printing owners at the end of each task (`（X、Y牵头，Z及W按职责分工负责）`), a
district list with `牵头单位：X` / `责任单位：Y` lines. The cells here are written for the tests in
those shapes, with invented units.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yiju._util import natural_key
from yiju.cli import main
from yiju.families import role_by_ending
from yiju.forms import parse_table
from yiju.owners import owners_in_text, split_lead_units, split_people, split_units
from yiju.readers import read
from yiju.readers.table import Row, Table

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ROOT / "fixtures" / "families"

LEADS = [
    # cell, lead units, the others (partners)
    ("省工业和信息化厅牵头", ("省工业和信息化厅",), ()),
    ("省工业和信息化厅、广电局牵头", ("省工业和信息化厅", "广电局"), ()),
    ("省发展改革委牵头，省工业和信息化厅、政务和数据局按职责分工负责",
     ("省发展改革委",), ("省工业和信息化厅", "政务和数据局")),
    ("省科技厅、工业和信息化厅按职责分工负责，各地级以上市人民政府结合实际落实",
     ("省科技厅", "工业和信息化厅", "各地级以上市人民政府"), ()),
    ("人民银行东岭省分行牵头，省委金融办，东岭金融监管局按职责分工负责",
     ("人民银行东岭省分行",), ("省委金融办", "东岭金融监管局")),
    ("省委网信办，省公安厅、政务和数据局，省通信管理局按职责分工负责",
     ("省委网信办", "省公安厅", "政务和数据局", "省通信管理局"), ()),
    ("市政府办公室、市审改办牵头，市级各有关部门及各县市区政府按职责分工负责",
     ("市政府办公室", "市审改办"), ("市级各有关部门", "各县市区政府")),
    ("区发改局牵头，区财政局、区住建局配合", ("区发改局",), ("区财政局", "区住建局")),
    ("区发改局负责，区财政局配合", ("区发改局",), ("区财政局",)),
    ("市发改委（牵头）、市财政局、市商务局", ("市发改委",), ("市财政局", "市商务局")),
    ("市财政局、市发改委(牵头)", ("市发改委",), ("市财政局",)),
    ("各有关部门按职责分工负责", ("各有关部门",), ()),
    ("市应急局、市工信局配合", (), ("市应急局", "市工信局")),  # they help; nobody named leads
    ("牵头单位：市发改委\n配合单位：市自然资源局、市住建局", ("市发改委",), ("市自然资源局", "市住建局")),
    ("主办：市营商办；协办：市统计局", ("市营商办",), ("市统计局",)),
    ("牵头单位：区发改局；责任单位：各街道", ("区发改局",), ("各街道",)),
    ("责任单位：市工信局", ("市工信局",), ()),
    ("省委宣传部和省文明办", ("省委宣传部", "省文明办"), ()),
    ("人力资源和社会保障局", ("人力资源和社会保障局",), ()),  # 和 inside one name
    ("工业和信息化部、公安部", ("工业和信息化部", "公安部"), ()),
    ("无", (), ()),
    ("/", (), ()),
    ("待明确", (), ()),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "leads", "others"), LEADS, ids=[c[0] for c in LEADS])
def test_lead_and_partner_units(cell: str, leads: tuple[str, ...], others: tuple[str, ...]) -> None:
    """One units cell says who leads and who shares or assists; duty words are no part of a name."""
    assert (leads, others) == split_lead_units(cell)


def test_placeholders_name_no_unit() -> None:
    """`无`, `—`, `/` in a 配合单位 column mean nobody, not a unit called 无."""
    assert [(), (), (), ()] == [split_units(c) for c in ("无", "—", "/", "暂无")]


LEADERS = [
    ("副区长 张伟", ("张伟",)),
    ("常务副区长王平", ("王平",)),
    ("刘洋（副区长）", ("刘洋",)),
    ("张伟（区委常委、常务副区长）\n李明（副区长）", ("张伟", "李明")),
    ("副区长\n孙丽华", ("孙丽华",)),
    ("市委常委、副市长张伟", ("张伟",)),
    ("张伟、李明", ("张伟", "李明")),
    ("分管副区长", ("分管副区长",)),  # a post alone is who is meant
    ("区长", ("区长",)),
    ("无", ()),
    ("王五 13800000000", ("王五",)),  # a contact's telephone is no person
    ("陈静（0595-22581234）", ("陈静",)),
    ("赵敏 0595-22580000", ("赵敏",)),
]


@pytest.mark.parametrize(("cell", "expected"), LEADERS, ids=[c[0] for c in LEADERS])
def test_leaders_without_their_posts(cell: str, expected: tuple[str, ...]) -> None:
    """A leader written with a post is the person; a post alone stays."""
    assert expected == split_people(cell)


IN_TEXT = [
    (
        "全面实施行政许可事项清单管理。（市政府办公室牵头，各有关部门按职责分工负责）",
        "全面实施行政许可事项清单管理。",
        {"departments": ["市政府办公室牵头，各有关部门按职责分工负责"]},
    ),
    ("推行“证照分离”改革。（市市场监管局、市政务服务中心）", "推行“证照分离”改革。",
     {"departments": ["市市场监管局、市政务服务中心"]}),
    ("推进工程建设项目审批。\n牵头单位：市住建局\n责任单位：市自然资源局、市发改委", "推进工程建设项目审批。",
     {"departments": ["市住建局"], "partners": ["市自然资源局、市发改委"]}),
    ("提升热线服务质量。责任单位：市政务服务中心", "提升热线服务质量。", {"departments": ["市政务服务中心"]}),
    ("提升热线服务质量（完成时限：2022年底）", "提升热线服务质量", {"deadline": ["2022年底"]}),
    # Asides that name no owner stay in the text.
    ("优化企业开办服务（含个体工商户）", "优化企业开办服务（含个体工商户）", {}),
    ("门诊人次数与出院人次数比（医院）", "门诊人次数与出院人次数比（医院）", {}),
    ("完成城乡规划修编（市、县）", "完成城乡规划修编（市、县）", {}),
    ("推进网格化管理（各街道）", "推进网格化管理", {"departments": ["各街道"]}),
    ("落实《条例》（国务院令第722号）", "落实《条例》（国务院令第722号）", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rest", "owners"), IN_TEXT, ids=[c[1][:12] for c in IN_TEXT])
def test_owners_written_into_the_task(text: str, rest: str, owners: dict[str, list[str]]) -> None:
    """Owners in a bracketed tail or labelled lines leave the text and become owners."""
    assert (rest, owners) == owners_in_text(text)


def test_section_ids_sort_by_value() -> None:
    """Chinese numerals sort as numbers where they stand apart: 一 < 二 < … < 十 < 十一."""
    ids = ["十一.1", "二.3", "十.2", "一.1", "三.1", "九.1", "（十二）", "（二）"]
    assert ["一.1", "二.3", "三.1", "九.1", "十.2", "十一.1", "（二）", "（十二）"] == sorted(
        ids, key=natural_key
    )
    # A numeral inside a word is text, and 1 and 一 stay two keys.
    assert natural_key("一般") != natural_key("1般")
    assert natural_key("1") != natural_key("一")


def _yiju(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_who_prints_no_weight_for_a_table_without_weights(capsys: pytest.CaptureFixture[str]) -> None:
    """A task list has no weights: `who` says `-`, not a weight of 0; the seed keeps its sums."""
    code, out = _yiju(capsys, "who", str(FAMILIES / "task_list_county_2021.xlsx"), "--by", "leader")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()[1:]]
    assert rows
    assert {r[0] for r in rows} == {"-"}
    _, seed = _yiju(capsys, "who", str(ROOT / "fixtures" / "seed_2021_quanzhou_yingji.txt"))
    first = seed.splitlines()[1].split("\t")
    assert ["18.5", "10", "李志福"] == first[:3]


def test_hidden_scrap_sheet_is_hidden_content() -> None:
    """A hidden sheet with rows but no table is hidden content (R01), as codes.py defines R01."""
    form = parse_table(read(FAMILIES / "project_list_district_2020.xlsx")[0])
    found = [(f.code, f.subjects) for f in form.findings if "Sheet3" in " ".join(f.subjects)]
    assert [("R01", ("sheet Sheet3",))] == found


def test_parse_json_carries_partners_from_a_lead_column(capsys: pytest.CaptureFixture[str]) -> None:
    """`牵头单位 | 责任单位`: the second units column is read as partners and shown so."""
    _, out = _yiju(capsys, "parse", str(FAMILIES / "task_list_district_2023.xlsx"), "--json")
    data = json.loads(out)
    form = data if "columns" in data else data["forms"][0]
    roles = {c["header"]: c["role"] for c in form["columns"]}
    assert ("departments", "partners") == (roles["牵头单位"], roles["责任单位"])


ENDINGS = [
    ("牵头市级领导", "leaders"),
    ("包抓县级领导", "leaders"),
    ("牵头责任单位", "departments"),
    ("责任处（科）室", "departments"),
    ("配合责任单位", "partners"),
    ("完成时间节点", "deadline"),
    ("具体工作举措", "text"),
    ("建设单位", None),  # a project list's own word: extra
    ("评分标准", None),
    ("领导小组", None),
]


@pytest.mark.parametrize(("header", "role"), ENDINGS, ids=[c[0] for c in ENDINGS])
def test_unknown_headers_by_their_last_word(header: str, role: str | None) -> None:
    """A header no alias lists is read by how it ends, on a header row already found."""
    assert role == role_by_ending(header)


# ------------------------------------------------------------------ any phrasing, same owners

_POOL = (
    "区发改局", "市财政局", "国家发展改革委", "各县（市、区）人民政府", "省市场监管局（省知识产权局）",
    "市住建局", "工业和信息化部", "人力资源和社会保障局", "各街道", "市级各有关部门", "县农业农村局",
)  # fmt: skip
_TASKS = ("推进政务服务“一网通办”。", "完成老旧小区改造12个", "建立健全信用承诺制度；", "开展安全生产大检查")


def _phrase(style: int, leads: list[str], partners: list[str]) -> str:
    lead, part = "、".join(leads), "、".join(partners)
    if not partners:
        return (f"{lead}牵头", f"{lead}按职责分工负责", lead, f"牵头单位：{lead}")[style % 4]
    return (
        f"{lead}牵头，{part}按职责分工负责",
        f"{lead}牵头，{part}配合",
        f"{lead}负责，{part}配合",
        f"牵头单位：{lead}\n配合单位：{part}",
        f"主办：{lead}；协办：{part}",
        f"{lead}牵头，{part}等按职责分工负责",
    )[style % 6]


@settings(max_examples=500, deadline=None)
@given(
    units=st.lists(st.sampled_from(_POOL), min_size=1, max_size=5, unique=True),
    split=st.integers(min_value=1, max_value=5),
    style=st.integers(min_value=0, max_value=11),
    task=st.sampled_from(_TASKS),
)
def test_any_phrasing_reads_to_the_same_owners(units: list[str], split: int, style: int, task: str) -> None:
    """However a cell or a task's bracketed tail says who leads and who assists, the owners are the same."""
    leads, partners = units[: min(split, len(units))], units[min(split, len(units)) :]
    cell = _phrase(style, leads, partners)
    assert (tuple(leads), tuple(partners)) == split_lead_units(cell)
    if "\n" not in cell and "：" not in cell:
        rest, owners = owners_in_text(f"{task}（{cell}）")
        assert rest == task
        assert (tuple(leads), tuple(partners)) == split_lead_units(owners["departments"][0])


FIRST_LEADS_RULES = [
    # https://z.hangzhou.com.cn/2020/hzrmzfgb/content/content_7745055.html (杭州市 2020)
    "二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。",
    "注：责任单位排在首位的为牵头单位，其他为配合单位。",
    "第一个单位为牵头单位",
]


@pytest.mark.parametrize("rule", FIRST_LEADS_RULES)
@pytest.mark.parametrize("above", [True, False])
def test_a_notice_rule_makes_the_first_listed_unit_lead(rule: str, above: bool) -> None:
    """杭州市 2020's notice: "列第一位的责任单位为牵头单位" — said above or below the table."""
    body = [
        Row(2, ("序号", "重点工作", "责任单位", "完成时限")),
        Row(3, ("1", "推进城市有机更新", "市建委、市规划资源局、各区政府", "年底")),
        Row(4, ("2", "推进数字经济发展", "市经信局", "年底")),
        Row(5, ("3", "优化营商环境", "市发改委牵头，市市场监管局配合", "年底")),
    ]
    rows = [Row(1, (rule,)), *body] if above else [Row(1, ("某市重点工作责任分解",)), *body, Row(6, (rule,))]
    form = parse_table(Table("t.txt", None, tuple(rows)))
    got = [(i.lead_departments, i.partners) for i in form.indicators]
    assert got == [
        (("市建委",), ("市规划资源局", "各区政府")),
        (("市经信局",), ()),
        (("市发改委",), ("市市场监管局",)),
    ]


def test_without_the_rule_every_listed_unit_leads() -> None:
    rows = [
        Row(1, ("序号", "重点工作", "责任单位", "完成时限")),
        Row(2, ("1", "推进城市有机更新", "市建委、市规划资源局、各区政府", "年底")),
    ]
    (indicator,) = parse_table(Table("t.txt", None, tuple(rows))).indicators
    assert (indicator.lead_departments, indicator.partners) == (("市建委", "市规划资源局", "各区政府"), ())
