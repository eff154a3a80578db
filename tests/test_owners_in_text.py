"""One reader of owners written into a task's text, for tables and for prose alike.

`yiju.owners.owners_in_text` is called by the table reader (a row whose owner columns are empty
or missing) and by the prose reader (a 分工方案 printed as paragraphs). Every phrasing either
reader understood before they were made one is a case here, read three ways: by the function,
as a table cell under a `重点工作` column with no owner column, and as a paragraph of a prose
list. The phrasings are those of public task divisions (docs/families.md), with invented units.
"""

from __future__ import annotations

import pytest

from yiju.brackets import matching_open
from yiju.families import header_role
from yiju.forms import parse_table
from yiju.owners import (
    is_deadline,
    label_role,
    owners_in_text,
    partners_in_note,
    says_first_listed_leads,
    split_lead_units,
    split_leaders_cell,
    split_units,
    starts_with_owner_label,
)
from yiju.readers.prose import prose_table
from yiju.readers.table import Row, Table

# text, the text left, owners by role — (understood first by: T = table reader, P = prose reader)
PHRASINGS = [
    # T, P: a bracketed tail with a duty word
    ("推进“跨省通办”。（市政府办公室牵头，各有关部门按职责分工负责）", "推进“跨省通办”。",
     {"departments": ["市政府办公室牵头，各有关部门按职责分工负责"]}),
    # T, P: labelled lines; beside a lead label, 责任单位 are partners
    ("推进工程建设项目审批。\n牵头单位：市住建局\n责任单位：市自然资源局、市发改委", "推进工程建设项目审批。",
     {"departments": ["市住建局"], "partners": ["市自然资源局、市发改委"]}),
    # P: the 责任单位 label first, the lead label after it — still the lead leads
    ("推进工程建设项目审批。责任单位：市自然资源局；牵头单位：市住建局", "推进工程建设项目审批。",
     {"departments": ["市住建局"], "partners": ["市自然资源局"]}),
    # P: a deadline beside the owners in one bracket
    ("推广电子证照。（市数据局牵头，2022年10月底前完成）", "推广电子证照。",
     {"departments": ["市数据局牵头"], "deadline": ["2022年10月底前完成"]}),
    # P: owners and deadline in brackets of their own
    ("推广电子证照（市数据局牵头）（持续推进）", "推广电子证照",
     {"departments": ["市数据局牵头"], "deadline": ["持续推进"]}),
    # P: labels inside the bracket, the words before them a note
    ("地区生产总值增长6%（预期性指标，牵头单位：市发改委；责任单位：各区人民政府）", "地区生产总值增长6%",
     {"departments": ["市发改委"], "partners": ["各区人民政府"], "note": ["预期性指标"]}),
    # P: units that only help name no lead
    ("做好应急物资储备（市应急局、市工信局配合）", "做好应急物资储备",
     {"partners": ["市应急局、市工信局配合"]}),
    # P: brackets nested deeper than one level
    ("落实河长制（各县（市、区）人民政府（管委会）负责）", "落实河长制",
     {"departments": ["各县（市、区）人民政府（管委会）负责"]}),
    # P: two organs without a duty word, neither opening with a region
    ("整治道路交通秩序（公安交警支队、交通运输综合执法支队）", "整治道路交通秩序",
     {"departments": ["公安交警支队、交通运输综合执法支队"]}),
    # T: any column alias as a label: 主办单位 leads, 协办单位 assist, 责任人 are people
    ("建设城市书房。主办单位：区文旅局；协办单位：各街道；责任人：张伟", "建设城市书房。",
     {"departments": ["区文旅局"], "partners": ["各街道"], "people": ["张伟"]}),
    # T: a label right after an opening bracket that never closes
    ("建设城市书房（牵头单位：区文旅局；配合单位：各街道", "建设城市书房",
     {"departments": ["区文旅局"], "partners": ["各街道"]}),
    # T: a label's value keeps its own balanced bracket, loses a stray closing one
    ("提升热线服务质量。责任单位：各县（市、区）", "提升热线服务质量。", {"departments": ["各县（市、区）"]}),
    ("提升热线服务质量。责任单位：市政务服务中心）", "提升热线服务质量。",
     {"departments": ["市政务服务中心"]}),
    # T: one organ with a region or an office's ending
    ("推进网格化管理（各街道）", "推进网格化管理", {"departments": ["各街道"]}),
    ("推进价格改革（国家发展改革委）", "推进价格改革", {"departments": ["国家发展改革委"]}),
    # T, P: the deadline in a labelled bracket; a leader labelled
    ("提升热线服务质量（完成时限：2022年底）", "提升热线服务质量", {"deadline": ["2022年底"]}),
    ("建设智慧园区。责任领导：王平", "建设智慧园区。", {"leaders": ["王平"]}),
    # Asides and glosses that name no owner stay in the text.
    ("优化企业开办服务（含个体工商户）", "优化企业开办服务（含个体工商户）", {}),
    ("推进开发区整合（含开发区、风景区）", "推进开发区整合（含开发区、风景区）", {}),
    ("开展农村改厕（试点县）", "开展农村改厕（试点县）", {}),
    ("门诊人次数与出院人次数比（医院）", "门诊人次数与出院人次数比（医院）", {}),
    ("完成城乡规划修编（市、县）", "完成城乡规划修编（市、县）", {}),
    ("落实《条例》（国务院令第722号）", "落实《条例》（国务院令第722号）", {}),
    ("修订管理办法（试行）", "修订管理办法（试行）", {}),
    ("做好联络工作。电话：0595-22581234", "做好联络工作。电话：0595-22581234", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rest", "owners"), PHRASINGS, ids=[c[0][:14] for c in PHRASINGS])
def test_each_phrasing_reads_to_its_owners(text: str, rest: str, owners: dict[str, list[str]]) -> None:
    assert (rest, owners) == owners_in_text(text)


def _owners_of(indicator: object) -> tuple[object, ...]:
    return tuple(getattr(indicator, f) for f in ("text", "lead_departments", "partners", "deadline"))


OWNED = [c for c in PHRASINGS if c[2].get("departments") or c[2].get("partners")]


@pytest.mark.parametrize(("text", "rest", "owners"), OWNED, ids=[c[0][:14] for c in OWNED])
def test_a_table_and_a_prose_list_read_one_phrasing_alike(
    text: str, rest: str, owners: dict[str, list[str]]
) -> None:
    """The same task with the same owners, as a table cell and as a paragraph: the same item."""
    del rest, owners
    cells = [
        ("1", "开展安全生产大检查（市应急局牵头）"),
        ("2", text),
        ("3", "推进政务公开（市政府办公室牵头）"),
    ]
    table = Table(
        "t.txt",
        None,
        (Row(1, ("序号", "重点工作", "完成时限")), *(Row(i + 2, c) for i, c in enumerate(cells))),
    )
    lines = ["某市2022年重点工作任务分工方案"] + [f"{n}.{t}" for n, t in cells]
    prose = prose_table("p.txt", [Row(i + 1, (line.replace("\n", " "),)) for i, line in enumerate(lines)])
    assert prose is not None
    from_table = [_owners_of(i) for i in parse_table(table).indicators]
    from_prose = [_owners_of(i) for i in parse_table(prose).indicators]
    assert from_table == from_prose
    assert from_table[1][1] or from_table[1][2]


def test_labelled_lines_after_a_paragraph_are_its_owners() -> None:
    """A prose list prints `牵头单位：X` / `配合单位：Y` on lines of their own under the task."""
    assert owners_in_text("推进工程建设项目审批。", ["牵头单位：市住建局", "配合单位：市发改委"]) == (
        "推进工程建设项目审批。",
        {"departments": ["市住建局"], "partners": ["市发改委"]},
    )
    assert starts_with_owner_label("责任单位：市住建局")
    assert starts_with_owner_label(" 完成时限：年底前")
    assert not starts_with_owner_label("责任单位要加强统筹")
    assert not starts_with_owner_label("目标：增长6%")


LABELS = [("牵头单位", "lead"), ("主办单位", "lead"), ("牵头责任单位", "lead"), ("责任单位", "departments"),
          ("协办单位", "partners"), ("牵头领导", "leaders"), ("具体责任人", "people"),
          ("时间节点", "deadline"), ("电话", None), ("工作任务", None)]  # fmt: skip


@pytest.mark.parametrize(("label", "role"), LABELS)
def test_label_roles(label: str, role: str | None) -> None:
    assert role == label_role(label)


@pytest.mark.parametrize(
    ("piece", "expected"),
    [
        ("2022年6月底前完成", True),
        ("持续推进", True),
        ("年底前", True),
        ("年底完成", True),  # the deadline words are the task list's (`年底` was missing here)
        ("长期坚持", True),
        ("每季度", True),
        ("完成", False),
        ("市发改委负责", False),
    ],
)
def test_deadlines_in_a_bracket(piece: str, expected: bool) -> None:
    assert expected == is_deadline(piece)


def test_matching_open_counts_nesting_and_mixed_widths() -> None:
    assert matching_open("（各县(市、区）负责)", 10, "（(", "）)") == 0
    assert matching_open("《关于〈条例〉的说明》", 10) == 0
    assert matching_open("市、区）", 3, "（(", "）)") is None


RULE_LINES = [
    "二、责任分解中，列第一位的责任单位为牵头单位。",
    "注：责任单位排在首位的为牵头单位，其他为配合单位。",
]


@pytest.mark.parametrize("rule", RULE_LINES)
def test_the_first_listed_rule_is_applied_once_for_tables_and_prose(rule: str) -> None:
    """The table reader applies the rule; a prose list hands the notice's lines over as context."""
    tasks = ["1.推进城市有机更新。（市建委、市规划资源局、各区政府）", "2.推进数字经济发展。（市经信局）",
             "3.优化营商环境。（市发改委牵头，市市场监管局配合）"]  # fmt: skip
    lines = (
        ["某市2020年重点工作责任分解", rule, *tasks]
        if rule.startswith("二")
        else ["某市2020年重点工作责任分解", *tasks, rule]
    )
    prose = prose_table("p.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert prose is not None
    # A heading above the tasks becomes a row of the table; a note below them is context.
    assert (rule in [v for row in prose.context for v in row.values]) == (not rule.startswith("二"))
    got = [(i.lead_departments, i.partners) for i in parse_table(prose).indicators]
    assert got[0] == (("市建委",), ("市规划资源局", "各区政府"))
    assert got[2] == (("市发改委",), ("市市场监管局",))
    # The same list without the rule: every listed unit leads.
    plain = prose_table(
        "p.txt", [Row(i + 1, (line,)) for i, line in enumerate(["某市2020年重点工作责任分解", *tasks])]
    )
    assert plain is not None
    assert parse_table(plain).indicators[0].lead_departments == ("市建委", "市规划资源局", "各区政府")


# ------------------------------------------------------------------ owners in other columns' shapes

STARRED = [
    # a 责任单位 cell whose lead is marked (注：标“★”的为牵头单位), → (leads, partners)
    ("区教育局★、区住建局、区自然资源规划分局", ("区教育局",), ("区住建局", "区自然资源规划分局")),
    ("★区住建局、各街道办事处", ("区住建局",), ("各街道办事处",)),
    ("区城管局*、区公安分局交警大队", ("区城管局",), ("区公安分局交警大队",)),
    ("区人社局＊、区财政局", ("区人社局",), ("区财政局",)),
    ("区城管局 ★、区园林中心", ("区城管局",), ("区园林中心",)),
    ("区市场监管局★\n区商务局", ("区市场监管局",), ("区商务局",)),
    ("区水务局★、区农业农村局★、各镇人民政府", ("区水务局", "区农业农村局"), ("各镇人民政府",)),
    ("各县（市、区）人民政府★、市财政局", ("各县（市、区）人民政府",), ("市财政局",)),
    ("区民政局", ("区民政局",), ()),
]


@pytest.mark.parametrize(("cell", "leads", "partners"), STARRED, ids=[c[0][:10] for c in STARRED])
def test_a_star_marks_the_lead_unit(cell: str, leads: tuple[str, ...], partners: tuple[str, ...]) -> None:
    assert (leads, partners) == split_lead_units(cell)


def test_stars_do_not_stay_on_a_units_name() -> None:
    assert split_units("市发改委★、市财政局") == ("市发改委", "市财政局")


LEADER_CELLS = [
    # a 责任领导及单位 cell → (leaders, units)
    ("张伟\n县住建局", ("张伟",), ("县住建局",)),
    ("李军、王平\n县商务局、县交通运输局", ("李军", "王平"), ("县商务局", "县交通运输局")),
    ("刘洋（副县长）\n县农业农村局", ("刘洋",), ("县农业农村局",)),
    ("陈刚 县财政局", ("陈刚",), ("县财政局",)),
    ("常务副县长 郑宏\n县应急管理局", ("郑宏",), ("县应急管理局",)),
    ("县统计局", (), ("县统计局",)),
    ("李  军\n王   平", ("李军", "王平"), ()),
    ("分管副区长", ("分管副区长",), ()),
]


@pytest.mark.parametrize(("cell", "leaders", "units"), LEADER_CELLS, ids=[c[0][:8] for c in LEADER_CELLS])
def test_a_leaders_cell_with_their_units(cell: str, leaders: tuple[str, ...], units: tuple[str, ...]) -> None:
    assert (leaders, units) == split_leaders_cell(cell)


@pytest.mark.parametrize(
    ("header", "role"),
    [("责任领导及单位", "leaders"), ("责任领导/责任单位", "leaders"), ("分管领导及\n责任单位", "leaders"),
     ("包联领导和责任单位", "leaders"), ("配合单位及联系人", None), ("项目及单位", None)],
)  # fmt: skip
def test_one_column_for_leaders_and_their_units(header: str, role: str | None) -> None:
    assert role == header_role(header)


NOTES = [
    ("县发改局配合", ("县发改局",)),
    ("县公安局、县交通运输局配合。", ("县公安局", "县交通运输局")),
    ("已列入省重点项目", ()),
    ("需市财政局配合资金", ()),
    ("县发改局牵头", ()),  # a lead in a note is not read: the owner columns say who leads
    ("", ()),
]


@pytest.mark.parametrize(("note", "partners"), NOTES, ids=[n[0] or "empty" for n in NOTES])
def test_a_note_that_names_helpers(note: str, partners: tuple[str, ...]) -> None:
    assert partners == partners_in_note(note)


def test_measures_on_rows_of_their_own_under_a_merged_task() -> None:
    """重点任务 and 序号 merged over the measures (empty in a text copy): one item per measure."""
    rows = [
        Row(1, ("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限")),
        Row(2, ("1", "优化政务服务", "（1）推行企业开办全程网办", "市市场监管局", "市公安局", "6月底前")),
        Row(3, ("", "", "（2）推行告知承诺制", "市司法局", "市级各有关部门", "全年")),
        Row(4, ("2", "扩大有效投资", "谋划储备重大项目", "市发改委", "", "年内")),
        Row(5, ("", "", "争取专项债券资金", "市财政局", "市发改委", "年内")),
        Row(6, ("3", "稳外贸", "支持企业参展", "市商务局", "", "全年")),
    ]
    form = parse_table(Table("t.txt", None, tuple(rows)))
    got = [(i.id, i.text, i.detail, i.lead_departments, i.partners) for i in form.indicators]
    assert got == [
        ("1.1", "优化政务服务", "（1）推行企业开办全程网办", ("市市场监管局",), ("市公安局",)),
        ("1.2", "优化政务服务", "（2）推行告知承诺制", ("市司法局",), ("市级各有关部门",)),
        ("2.1", "扩大有效投资", "谋划储备重大项目", ("市发改委",), ()),
        ("2.2", "扩大有效投资", "争取专项债券资金", ("市财政局",), ("市发改委",)),
        ("3", "稳外贸", "支持企业参展", ("市商务局",), ()),
    ]
    assert not [f for f in form.findings if f.code == "R03"]


FIRST_RULES = [
    ("二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。", True),
    ("注：责任单位排在首位的为牵头单位，其他为配合单位。", True),
    ("排名第一的为牵头单位", True),
    ("责任单位（牵头单位列第一）", True),
    ("牵头单位放在首位", True),
    ("各单位要第一时间为牵头单位提供资料", False),
    ("第一季度为牵头单位考核期", False),
]


@pytest.mark.parametrize(("text", "says"), FIRST_RULES, ids=[r[0][:10] for r in FIRST_RULES])
def test_phrasings_of_the_first_listed_rule(text: str, says: bool) -> None:
    assert says == says_first_listed_leads([text])


def test_the_rule_in_a_headers_gloss() -> None:
    rows = [
        Row(1, ("序号", "重点工作", "责任单位（牵头单位列第一）", "完成时限")),
        Row(2, ("1", "推进城市有机更新", "市建委、市规划资源局、各区政府", "年底")),
        Row(3, ("2", "推进数字经济发展", "市经信局", "年底")),
    ]
    form = parse_table(Table("t.txt", None, tuple(rows)))
    assert [(i.lead_departments, i.partners) for i in form.indicators] == [
        (("市建委",), ("市规划资源局", "各区政府")),
        (("市经信局",), ()),
    ]
