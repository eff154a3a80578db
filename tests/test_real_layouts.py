"""The rules learnt from real public tables (fixtures/real), one by one, with the words those tables use."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from yiju import patterns as pat
from yiju.batch import parse_file
from yiju.columns import assign_roles, content_role
from yiju.families import role_by_ending
from yiju.owners import label_role, owners_in_text, says_first_listed_leads, split_lead_units, split_units

# `X、Y分别牵头` (丽水市 2023): each named unit leads its part; nobody assists.
SEVERAL_LEADS = [
    ("市人力社保局、市农业农村局分别牵头", ("市人力社保局", "市农业农村局"), ()),
    ("市人力社保局、市发改委分别牵头", ("市人力社保局", "市发改委"), ()),
    ("区教育局、区卫健局共同牵头，各街道配合", ("区教育局", "区卫健局"), ("各街道",)),
    ("市发改委牵头，市财政局配合", ("市发改委",), ("市财政局",)),
]


@pytest.mark.parametrize(("cell", "leads", "others"), SEVERAL_LEADS, ids=[c[0] for c in SEVERAL_LEADS])
def test_units_that_lead_together(cell: str, leads: tuple[str, ...], others: tuple[str, ...]) -> None:
    assert (leads, others) == split_lead_units(cell)


# How notices say the first listed unit leads (杭州, 丽水, 桐乡, 湖州 as written), and what is not that.
FIRST_LISTED = [
    ("责任分解中，列第一位的责任单位为牵头单位或汇总单位。", True),
    ("（除标注“分别牵头”外,列第一位为牵头或汇总单位,下同）", True),
    ("（列第一位者为牵头或汇总单位，下同）", True),
    ("（列第一位者为工作牵头单位或汇总单位，下同）", True),
    ("在《分解落实意见》的责任单位中，排名第一的责任单位为牵头单位", True),
    ("第一季度完成牵头单位的调整", False),
    ("各牵头单位要积极履行牵头抓总职责", False),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_LISTED, ids=[c[0] for c in FIRST_LISTED])
def test_the_first_listed_unit_leads(text: str, expected: bool) -> None:
    assert expected == says_first_listed_leads([text])


def test_the_rule_in_brackets_is_no_unit() -> None:
    """The rule bracketed after one task's units is cut out of them whole."""
    cell = "市发改委、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)"
    assert "市发改委、市卫生健康委" == pat.FIRST_LISTED_ASIDE.sub("", cell)
    assert pat.FIRST_LISTED_ASIDE.search("市住建局（牵头）、市财政局") is None


# A saved page's navigation and footer, and lines that only look like them.
FURNITURE = [
    ("主办单位:人民政府办公室 | 网站标识码", True),
    ("主办单位：丽水市人民政府办公室  网站标识码：3311000001  浙ICP备05000002号", True),
    ("版权所有：某县人民政府", True),
    ("首页 | 政务公开", True),
    ("当前位置:首页 > 政务公开", True),
    ("主办单位：市发改委", False),
    ("首页面改版工作", False),
    ("责任单位：市政府办公室", False),
]


@pytest.mark.parametrize(("line", "expected"), FURNITURE, ids=[c[0] for c in FURNITURE])
def test_page_furniture(line: str, expected: bool) -> None:
    assert expected == (pat.SITE_FURNITURE.search(line) is not None)


def _roles(headers: dict[int, str], body: list[list[str]], family: str | None) -> list[str]:
    return [c.role for c in assign_roles(headers, body, len(body[0]), family)]


def test_one_header_over_a_group_and_its_indicators() -> None:
    """`指标` merged over two columns (温州市 2012): the merged-down group is a level, the row's own cell
    the indicator."""
    headers = {1: "指标", 2: "指标", 3: "分值", 4: "编码"}
    body = [
        ["政策保障工作", "制定有利于温商创业创新和回归引进的政策措施", "20", "E1"],
        ["政策保障工作", "落实有利于温商创业创新和回归引进的政策措施", "20", "E2"],
        ["业务工作", "研究提出需要实施的年度重点工作目标任务及完成情况", "30", "E3"],
    ]
    assert ["level1", "text", "weight", "id"] == _roles(headers, body, "kpi_evaluation")


def test_one_header_over_a_label_and_the_numbers() -> None:
    """`考核条目` over a section label and the 序号, `考核细则` over the rule and its deduction."""
    headers = {1: "考核条目", 2: "考核条目", 3: "考核细则", 4: "考核细则"}
    body = [
        ["区政府重点工作", "1", "上报区政府重点工作实施方案。", "未报扣10分"],
        ["区政府重点工作", "2", "区政府年度重点工作实施方案无阶段性目标，无具体工作措施。", "扣5分"],
        ["区政府重点工作", "3", "上报区政府年度重点工作半年实施情况报告。", "未报扣10分"],
        ["市、区两级政府列督事项", "4", "上报反馈报告。", "未上报每件扣10分"],
    ]
    assert ["category", "id", "text", "extra"] == _roles(headers, body, "kpi_evaluation")


HOSPITAL = [
    ["1.优化资源配置", "按照机构编制设置等要求开设病床、配置设备。", "规财处", "5"],
    ["1.优化资源配置", "按照机构编制设置等要求设置内设科室和配备医务人员。", "人事处", "5"],
    ["1.优化资源配置", "到2015年，将医护比提高到1∶1.5。", "人事处", "5"],
    ["2.提高服务质量", "支持中医药事业发展。", "中医处", "10"],
]


def test_a_target_merged_over_its_requirements_is_a_level() -> None:
    """In a scoring form the rows are the targets: `综合目标` merged down is their level; the office
    that scores them (`考核处室`) owns nothing."""
    headers = {1: "综合目标", 2: "目标要求", 3: "考核处室", 4: "分数"}
    assert ["level1", "text", "extra", "weight"] == _roles(headers, HOSPITAL, "kpi_evaluation")


def test_a_task_merged_over_its_measures_stays_the_task() -> None:
    """A task list keeps `重点任务` over `具体措施`: the task, its measures as the detail."""
    headers = {1: "重点任务", 2: "具体措施", 3: "牵头单位", 4: "完成时限"}
    body = [[a, b, c, "12月底"] for a, b, c, _ in HOSPITAL]
    assert ["text", "detail", "departments", "deadline"] == _roles(headers, body, "task_list")


def test_a_label_merged_down_a_whole_block_is_no_text() -> None:
    """`本年度绩效指标` merged beside a whole indicator block (湘潭市 2023): the 三级指标 are the items."""
    headers = {1: "本年度绩效指标", 2: "一级指标", 3: "二级指标", 4: "三级指标"}
    body = [
        ["本年度绩效指标", "产出指标", "数量指标", "雾炮车降尘抑尘服务配备车辆数"],
        ["本年度绩效指标", "产出指标", "数量指标", "雾炮车风炮射程"],
        ["本年度绩效指标", "产出指标", "质量指标", "服务周期内空气质量"],
    ]
    assert ["extra", "level1", "level2", "text"] == _roles(headers, body, "indicator_system")


def test_the_seal_s_place_names_no_unit(tmp_path: Path) -> None:
    """`填报单位:(盖章) 单位:万元` names no organisation; its 万元 is the unit of measure."""
    path = tmp_path / "form.txt"
    lines = [
        "填报单位:(盖章) 单位:万元",
        "序号\t工作任务\t责任单位\t完成时限",
        "1\t推进营商环境改革\t区发改局\t12月底前",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    form = parse_file(path)[0]
    assert (None, "万元") == (form.unit, form.measure_unit)


def test_a_number_merged_over_two_works_numbers_both(tmp_path: Path) -> None:
    """序号 `5` merged over two works with their own deadlines (大竹县 2016): items 5.1 and 5.2."""
    from openpyxl import Workbook  # noqa: PLC0415

    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "民生实事", "责任单位", "完成时限"])
    sheet.append([4, "建成县残疾人综合服务中心。", "县残联", "5月底前动工"])
    sheet.append([5, "开工建设县老年养护楼。", "县民政局", "5月底前动工"])
    sheet.append([None, "开工建设老年大学。", None, "12月底前"])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("C3:C4")
    path = tmp_path / "works.xlsx"
    book.save(path)
    got = [(i.id, i.departments, i.deadline) for i in parse_file(path)[0].indicators]
    assert [
        ("4", ("县残联",), "5月底前动工"),
        ("5.1", ("县民政局",), "5月底前动工"),
        ("5.2", ("县民政局",), "12月底前"),
    ] == got


def test_numbers_restarting_per_section_are_not_one_merged_number(tmp_path: Path) -> None:
    """`1` under 一、 then `1` under 二、 are two sections' first tasks, not one number over two works."""
    path = tmp_path / "tasks.txt"
    lines = [
        "序号\t工作任务\t牵头单位\t完成时限",
        "一、营商环境",
        "1\t深化放管服改革，推进一网通办\t市发改委\t全年",
        "二、安全生产",
        "1\t开展危化品安全风险集中治理\t市应急局\t全年",
        "2\t推进消防救援站建设\t市应急局\t全年",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert ["一.1", "二.1", "二.2"] == [i.id for i in parse_file(path)[0].indicators]


# Real lines of 湖州市 2024 and 桐乡市 2020 (two notices' first tasks): a heading names the leader.
HEADED_BY_A_LEADER = [
    "一、洪湖鹏市长主抓重点工作",
    "1.坚持高站位、实干事、见真功相统一,全面提高政府自身建设水平,努力打造人民满意的现代政府。",
    "责任单位:市政府办公室、市级其他有关单位、各区县政府(含南太湖新区、长合区管委会)"
    "(列第一位的为工作牵头单位或汇总单位,下同)",
    "二、于会游市长主抓重点工作",
    "2.全面落实各级“五减”系列政策,加快兑现支持企业渡过难关“22条”和鼓励工业企业复工达产“10项举措”,"
    "力争为企业减负60亿元。",
    "责任单位:发改局、经信局、财政局、金融发展服务中心、税务局、人民银行",
    "3.制定出台高质量发展“1+4+8”政策体系,建立企业参与的政策决策机制。",
    "责任单位:财政局、发改局、经信局",
]


def test_a_heading_names_the_leader_of_its_tasks(tmp_path: Path) -> None:
    """`一、洪湖鹏市长主抓重点工作`: each task under it has 洪湖鹏 as leader; the units stay the tasks'."""
    path = tmp_path / "tasks.txt"
    path.write_text("\n".join(HEADED_BY_A_LEADER) + "\n", encoding="utf-8")
    got = [(i.leaders, i.lead_departments) for i in parse_file(path)[0].indicators]
    assert [
        (("洪湖鹏",), ("市政府办公室",)),
        (("于会游",), ("发改局",)),
        (("于会游",), ("财政局",)),
    ] == got


LEADER_HEADINGS = [
    ("洪湖鹏市长主抓重点工作", "洪湖鹏"),
    ("钱三雄市长牵头重点工作", "钱三雄"),
    ("王纲市长牵头重点工作", "王纲"),
    ("张伟常务副区长分管工作", "张伟"),
    ("全力以赴拼经济稳增长促发展", None),
    ("市长热线办理工作", None),
]


@pytest.mark.parametrize(("heading", "leader"), LEADER_HEADINGS, ids=[c[0] for c in LEADER_HEADINGS])
def test_leader_headings(heading: str, leader: str | None) -> None:
    found = pat.LEADER_HEADING.match(heading)
    assert leader == (found.group("name") if found else None)


def test_a_merged_header_saved_as_text(tmp_path: Path) -> None:
    """`指标` over two columns, saved as CSV (the second header cell empty, merged cells empty below
    their first row): the indicators are still the items, `创新工作` (the level's words) one too."""
    path = tmp_path / "assessment.csv"
    lines = [
        "指标,,分值,编码",
        "政策保障工作,制定有利于温商创业创新和回归引进的政策措施,20,E1",
        ",落实有利于温商创业创新和回归引进的政策措施,20,E2",
        "业务工作,研究提出需要实施的年度重点工作目标任务及完成情况,30,E3",
        "创新工作,,加分,F2",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    got = [(i.id, i.text) for i in parse_file(path)[0].indicators]
    assert [
        ("E1", "制定有利于温商创业创新和回归引进的政策措施"),
        ("E2", "落实有利于温商创业创新和回归引进的政策措施"),
        ("E3", "研究提出需要实施的年度重点工作目标任务及完成情况"),
        ("F2", "创新工作"),
    ] == got


def test_an_assessment_item_column_named_like_a_category() -> None:
    """`序号 | 考核项目 | 分值 | 评分标准`, one item a row: 考核项目 is the text, not a group label;
    merged down over several rows (`综\\n合\\n类`) it stays a category."""
    headers = {1: "序号", 2: "考核项目", 3: "分值", 4: "评分标准"}
    rows = [
        ["1", "安全生产责任制落实情况", "10", "未落实扣5分"],
        ["2", "隐患排查治理", "10", "每项扣2分"],
        ["3", "应急预案演练", "5", "未演练不得分"],
    ]
    assert ["id", "text", "weight", "extra"] == _roles(headers, rows, "kpi_evaluation")
    headers = {1: "考核项目", 2: "考核内容和要求", 3: "标准分值"}
    rows = [
        ["综合类", "坚持机制创新", "10"],
        ["综合类", "重点工作制定实施方案", "4"],
        ["业务类", "标准化项目申报", "8"],
    ]
    assert ["category", "text", "weight"] == _roles(headers, rows, "kpi_evaluation")


# ------------------------------------------------- rules learnt from the held-out tables (Dec 2026)

# `各县、市、区政府` (滁州 2020): the 、 between one-character levels separates no units.
LEVEL_LISTS = [
    (
        "滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。",
        ("滁州经开区管委会", "中新苏滁高新区管委会", "各县、市、区政府"),
    ),
    ("各乡、镇人民政府、市财政局", ("各乡、镇人民政府", "市财政局")),
    ("各县、市、区党委", ("各县、市、区党委",)),
    ("市发改委、区财政局", ("市发改委", "区财政局")),
    ("各县(市、区)人民政府、各开发区管委会", ("各县(市、区)人民政府", "各开发区管委会")),
]


@pytest.mark.parametrize(("cell", "units"), LEVEL_LISTS, ids=[c[0] for c in LEVEL_LISTS])
def test_levels_listed_inside_one_unit(cell: str, units: tuple[str, ...]) -> None:
    assert split_units(cell) == units


# Owners closing a task in `〔…〕` (四川 2022) or `【…】`; a sentence after the units is a note.
OWNER_TAILS = [
    (
        "持续实施“歇业登记”等新制度。〔责任单位:省市场监管局〕",
        "持续实施“歇业登记”等新制度。",
        {"departments": ["省市场监管局"]},
    ),
    (
        "争取纳入试点。〔责任单位:省发展改革委、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕",
        "争取纳入试点。",
        {
            "departments": ["省发展改革委、商务厅按职责分工负责"],
            "note": ["具体任务均涉及相关市(州)人民政府,不再做分工,下同"],
        },
    ),
    ("建成5个站点。【责任单位：区城管局】", "建成5个站点。", {"departments": ["区城管局"]}),
    # A bracket of something else stays in the text.
    ("落实文件精神〔2021〕", "落实文件精神〔2021〕", {}),
    # A 。 between two units' lists keeps both.
    ("推进A。（责任单位：区发改局。区财政局）", "推进A。", {"departments": ["区发改局。区财政局"]}),
]


@pytest.mark.parametrize(("text", "body", "owners"), OWNER_TAILS, ids=[c[0][:12] for c in OWNER_TAILS])
def test_owners_closing_a_task(text: str, body: str, owners: dict[str, list[str]]) -> None:
    assert owners_in_text(text) == (body, owners)


# A budget performance form's level words and target values, read from content alone.
CONTENT_ROLES = [
    (["产出指标", "效益指标", "满意度指标"], "level1"),
    (["数量指标", "数量指标", "时效指标", "经济效益指标"], "level1"),
    (["=100%", "≤10次", "≥80M", "＞95%"], "target_value"),
    (["足额保障率", "科目调整次数", "按时发放率"], None),
    (["区发改局", "区财政局"], "departments"),
]


@pytest.mark.parametrize(("values", "role"), CONTENT_ROLES, ids=[c[0][0] for c in CONTENT_ROLES])
def test_indicator_words_by_content(values: list[str], role: str | None) -> None:
    assert content_role(values) == role


def test_a_self_evaluation_page_without_its_header(tmp_path: Path) -> None:
    """The second page of a 项目支出绩效自评表 (no header row): levels from their `…指标` words,
    points beside them, and the footer under 合计 (评价结论, 存在问题) no items."""
    path = tmp_path / "page.csv"
    lines = [
        "产出指标,数量指标,足额保障率,=100%,22.5",
        ",,科目调整次数,≤10次,22.5",
        ",时效指标,按时发放率,=100%,22.5",
        "效益指标,经济效益指标,结余率,≤5%,22.5",
        "合计,,,,100",
        "评价结论,及时、足额缴纳。,,,",
        "存在问题,暂无,,,",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    form = parse_file(path)[0]
    got = [(i.id, i.text, i.weight, i.target_value) for i in form.indicators]
    assert got == [
        ("1.1.1", "足额保障率", 22.5, "=100%"),
        ("1.1.2", "科目调整次数", 22.5, "≤10次"),
        ("1.2.1", "按时发放率", 22.5, "=100%"),
        ("2.1.1", "结余率", 22.5, "≤5%"),
    ]
    assert form.family == "kpi_evaluation"


@pytest.mark.parametrize(
    "lines",
    [
        ["序号,工作任务,牵头单位", "1,推进重点项目建设,区发改局", "2,开展招商引资,区商务局",
         "合计,,", "3,办好民生实事,", "4,加强安全生产,"],
        ["工作任务,牵头单位,完成时限", "推进重点项目建设,区发改局,6月底", "开展招商引资,区商务局,9月底",
         "合计,,", "办好民生实事,区民政局,", "加强安全生产,,12月底"],
    ],
    ids=["numbered", "no-id-column"],
)  # fmt: skip
def test_tasks_under_a_total_in_mid_table_stay_tasks(tmp_path: Path, lines: list[str]) -> None:
    """Only a label beside its value is a footer under 合计: a task of two cells there is a task."""
    path = tmp_path / "tasks.csv"
    path.write_text("\n".join(["2024年重点工作任务分解表", *lines]) + "\n", encoding="utf-8")
    form = parse_file(path)[0]
    expected = ["推进重点项目建设", "开展招商引资", "办好民生实事", "加强安全生产"]
    assert expected == [t.text for t in form.targets]
    assert form.notes is None


# Text copies of tables with cells merged over several tasks (box_tasks_city, livelihood_county_2016
# saved as CSV): only where the table shows the merge is the blank read as merged; R09 names it,
# and names a column with a value on its first task only, without filling it.
LOST_MERGES = [
    (
        # One 分管领导 and one 完成时限 on the first task only: merged down the whole table, or
        # named once? Said (R09), not filled: the blanks stay blanks for the audit.
        [
            "工作任务,分管领导,牵头单位,完成时限",
            "抓好财税工作,梁志强,市财政局,年内见成效",
            "坚持优先发展教育,,市教育局,",
            "加强城市管理,,市城管局,",
        ],
        [
            ("1", ("梁志强",), ("市财政局",), "年内见成效"),
            ("2", (), ("市教育局",), None),
            ("3", (), ("市城管局",), None),
        ],
        True,
    ),
    (
        # 序号 5 and its unit merged over two works: the row without id between 5 and 6 is 5's.
        [
            "序号,重点工作,责任单位,完成时限",
            "4,建成县残疾人综合服务中心。,县残联,5月底前动工",
            "5,开工建设县老年养护楼。,县民政局,5月底前动工",
            ",开工建设老年大学。,,12月底前",
            "6,迁建县政务服务中心。,县政务服务中心,12月底前",
        ],
        [
            ("4", (), ("县残联",), "5月底前动工"),
            ("5.1", (), ("县民政局",), "5月底前动工"),
            ("5.2", (), ("县民政局",), "12月底前"),
            ("6", (), ("县政务服务中心",), "12月底前"),
        ],
        True,
    ),
    (
        # A leader missing in the middle is a real blank: no merge shows, nothing is filled.
        [
            "工作任务,分管领导,牵头单位,完成时限",
            "抓好财税工作,梁志强,市财政局,年内见成效",
            "坚持优先发展教育,,市教育局,6月底前",
            "加强城市管理,王平,市城管局,年底前",
        ],
        [
            ("1", ("梁志强",), ("市财政局",), "年内见成效"),
            ("2", (), ("市教育局",), "6月底前"),
            ("3", ("王平",), ("市城管局",), "年底前"),
        ],
        False,
    ),
    (
        # Two tasks are too few to tell one leader for all from a leader left out.
        ["工作任务,分管领导,牵头单位", "抓好财税工作,梁志强,市财政局", "坚持优先发展教育,,市教育局"],
        [("1", ("梁志强",), ("市财政局",), None), ("2", (), ("市教育局",), None)],
        False,
    ),
    (
        # A row without id where the ids jump (5, then 7) is not shown to be 5's: left as it is.
        [
            "序号,重点工作,责任单位",
            "5,开工建设县老年养护楼。,县民政局",
            ",开工建设老年大学。,",
            "7,迁建县政务服务中心。,县政务服务中心",
        ],
        [("5", (), ("县民政局",), None), ("2", (), (), None), ("7", (), ("县政务服务中心",), None)],
        False,
    ),
]


@pytest.mark.parametrize(
    ("lines", "items", "noted"), LOST_MERGES, ids=[str(k) for k in range(len(LOST_MERGES))]
)
def test_merges_lost_in_a_text_copy(
    tmp_path: Path,
    lines: list[str],
    items: list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]],
    noted: bool,
) -> None:
    path = tmp_path / "copy.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    form = parse_file(path)[0]
    got = [(i.id, tuple(i.leaders), tuple(i.departments), i.deadline) for i in form.indicators]
    assert got == items
    assert any(f.code == "R09" for f in form.findings) == noted


@pytest.mark.parametrize("suffix", [".xlsx", ".html"])
def test_a_table_that_says_where_its_merges_are_keeps_its_blanks(tmp_path: Path, suffix: str) -> None:
    """A workbook or page with no merged cells lost none: a row without 序号 keeps its blanks, no R09."""
    rows = [
        ["序号", "重点工作", "责任单位", "完成时限"],
        ["1", "推进项目建设", "区发改局", "6月底"],
        ["", "配套道路建设", "区住建局", ""],
        ["2", "开展招商引资", "区商务局", "9月底"],
        ["3", "办好民生实事", "区民政局", "12月底"],
    ]
    path = tmp_path / f"tasks{suffix}"
    if suffix == ".xlsx":
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    else:
        cells = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
        path.write_text(f"<html><body><table>{cells}</table></body></html>", encoding="utf-8")
    form = parse_file(path)[0]
    got = [(i.text, i.deadline) for i in form.indicators if i.text == "配套道路建设"]
    assert ([("配套道路建设", None)], []) == (got, [f.code for f in form.findings if f.code == "R09"])


# A row of blanks to fill in above a scoring form (衡山 东湖镇 2013) is no title, unit or finding.
FILL_IN = [
    ("村名: 考核日期:2013年 月 日", True),
    ("填报单位：  填报日期：", True),
    ("村名: 张家村", False),
    ("单位：万元", False),
    ("东湖镇2013年度村级综合目标管理考核计分表", False),
]


@pytest.mark.parametrize(("line", "blank"), FILL_IN, ids=[c[0] for c in FILL_IN])
def test_fields_left_to_fill_in(line: str, blank: bool) -> None:
    assert (pat.FILL_IN_FIELDS.match(line) is not None) == blank


def test_a_village_scoring_form(tmp_path: Path) -> None:
    """`考核项目 | 考核内容 | 标准分 | 自评分 | 考核分` under `…考核计分表` and a fill-in line: a KPI form."""
    path = tmp_path / "scoring.csv"
    lines = [
        "东湖镇2013年度村级综合目标管理考核计分表,,,,",
        "村名: 考核日期:2013年 月 日,,,,",
        "考核项目,考核内容,标准分,自评分,考核分",
        '"计\n划\n生\n育\n(30分)",1、符合政策生育率达87%以上计7分。,7分,,',
        ",2、村民自治村计2分，合格村计1分。,2分,,",
    ]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    form = parse_file(path)[0]
    assert form.family == "kpi_evaluation"
    assert [(i.id, i.weight) for i in form.indicators] == [("1", 7.0), ("2", 2.0)]
    assert not [f for f in form.findings if f.code == "R03"]


# Third held-out batch. `1﹒` with the small full stop (U+FE52), as a newspaper's repost of 安徽省
# 2022 重点工作 sets its numbers: numbering like `1.`, never part of the task's text.
SMALL_FORM_NUMBERS = [
    (
        "1﹒全省生产总值增长7%以上,在实际工作中力争更好结果。",
        "1",
        "全省生产总值增长7%以上,在实际工作中力争更好结果。",
    ),
    ("5﹒一般公共预算收入增长7%左右。", "5", "一般公共预算收入增长7%左右。"),
    ("1.地区生产总值增长6%以上。", "1", "地区生产总值增长6%以上。"),
    ("1.5亿元用于民生", None, "1.5亿元用于民生"),
]


@pytest.mark.parametrize(
    ("line", "number", "rest"), SMALL_FORM_NUMBERS, ids=[c[0][:8] for c in SMALL_FORM_NUMBERS]
)
def test_numbers_with_a_small_full_stop(line: str, number: str | None, rest: str) -> None:
    found = pat.NUMBERING.match(line)
    assert number == (found.group("ar") if found else None)
    assert rest == (line[found.end() :] if found else line)


# 广东省 粤府〔2021〕22号: each task followed by `分管省领导:` and `部门分工:X牵头,Y配合。`.
OWNER_LINE_LABELS = [
    ("分管省领导", "leaders"),
    ("部门分工", "departments"),
    ("责任分工", "departments"),
    ("分管市领导", "leaders"),
    # 宁波市 2014 民生实事: `项目责任人:尹文德` names a person.
    ("项目责任人", "people"),
]


@pytest.mark.parametrize(("label", "role"), OWNER_LINE_LABELS, ids=[c[0] for c in OWNER_LINE_LABELS])
def test_owner_line_labels(label: str, role: str) -> None:
    assert label_role(label) == role


def test_a_division_of_work_line(tmp_path: Path) -> None:
    """`部门分工:省发展改革委牵头,各地、各部门配合。`: the lead and its partners from one line."""
    path = tmp_path / "tasks.txt"
    lines = [
        "2021年省《政府工作报告》重点任务分工方案",
        "一、2021年经济社会发展主要预期目标",
        "1.地区生产总值增长6%以上。",
        "分管省领导:林克庆",
        "部门分工:省发展改革委牵头,各地、各部门配合。",
        "2.地方一般公共预算收入增长5%左右。",
        "分管省领导:林克庆",
        "部门分工:省财政厅牵头,各地、各部门配合。",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [(i.id, i.text, i.leaders, i.lead_departments, i.partners) for i in parse_file(path)[0].indicators]
    assert [
        ("1", "地区生产总值增长6%以上。", ("林克庆",), ("省发展改革委",), ("各地", "各部门")),
        ("2", "地方一般公共预算收入增长5%左右。", ("林克庆",), ("省财政厅",), ("各地", "各部门")),
    ] == got


# 宁波市 2025: `X、Y等市级有关部门` names X, Y and the city's other departments concerned; 等
# before anything else only ends the list.
OTHERS_CONCERNED = [
    (
        "市住建局、市自然资源规划局等市级有关部门,宁波海关,宁波市税务局、中国人民银行宁波市分行,各区(县、市)政府、开发园区管委会",
        ("市住建局", "市自然资源规划局", "市级有关部门", "宁波海关", "宁波市税务局", "中国人民银行宁波市分行",
         "各区(县、市)政府", "开发园区管委会"),
    ),
    ("市人力社保局、市农业农村局等市级有关部门", ("市人力社保局", "市农业农村局", "市级有关部门")),
    ("市经济运行监测联席会议其他成员单位", ("市经济运行监测联席会议其他成员单位",)),
    ("区教育局等有关单位", ("区教育局", "有关单位")),
    ("滁州经开区管委会等，各县、市、区政府", ("滁州经开区管委会", "各县、市、区政府")),
    ("自然资源部等按职责分工负责", ("自然资源部",)),
]  # fmt: skip


@pytest.mark.parametrize(("cell", "units"), OTHERS_CONCERNED, ids=[c[0][:20] for c in OTHERS_CONCERNED])
def test_units_and_the_others_concerned(cell: str, units: tuple[str, ...]) -> None:
    assert units == split_units(cell)


# A page's byline above a table that repeats its title in its first row (岳阳楼区 2017).
BYLINES = [
    ("来源:区实事办   2017-08-24 17:04", True),
    ("信息来源：市政府办公室 2023-3-1", True),
    ("来源:宁波市政府办公厅、宁波政务", False),
    ("2021-02-18 17:26:29来源:海连江微信", False),
]


@pytest.mark.parametrize(("line", "expected"), BYLINES, ids=[c[0] for c in BYLINES])
def test_a_byline(line: str, expected: bool) -> None:
    assert expected == (pat.BYLINE.match(line) is not None)


def test_a_header_ending_in_project_name() -> None:
    """`省重点民生实事项目名称` names the projects, as `项目名称` does; other `…名称` do not."""
    assert ("text", "text", None) == (
        role_by_ending("省重点民生实事项目名称"),
        role_by_ending("建设项目名称"),
        role_by_ending("文件名称"),
    )


# 岳阳楼区 2017年1-8月省重点民生实事完成情况表: the name column spans two; item 9's name is merged
# down over three sub-items written in the second, each with its own unit, target and progress.
YUEYANG = [
    ["岳阳楼区2017年1-8月省重点民生实事完成情况表", "", "", "", "", "", "", ""],
    ["序号", "省重点民生实事项目名称", "", "责任单位", "目标任务", "1- 8月实际完成情况", "1-8月实际完成率%",
     "备注"],
    ["8", "新增社会治安视频监控摄像头", "", "区公安分局", "100个", "", "", "设备购进中"],
    ["9", "深化机关事业单位养老保险制度改革和提高城乡低保补助标准", "完成在职参保人数6300人", "区人社局",
     "6300人", "7558", "119%", ""],
    ["", "", "完成征缴基金10000万元", "区人社局", "10000万", "7965", "80%", ""],
    ["", "", "城市低保、农村低保补差水平月均分别达到300元/人、140元/人", "区民政局", "100%", "100%", "",
     "城市低保:300.1元/月,农村低保:154.33元/月"],
]  # fmt: skip


def test_sub_items_under_a_project_name(tmp_path: Path) -> None:
    """The name is the items' text, the sub-items their detail (9.1-9.3), `目标任务` the targets (extra)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["来源:区实事办   2017-08-24 17:04"])
    for row in YUEYANG:
        sheet.append([int(v) if v.isdigit() else (v or None) for v in row])
    for cells in ("A2:H2", "B3:C3", "B4:C4", "A5:A7", "B5:B7"):
        sheet.merge_cells(cells)
    path = tmp_path / "progress.xlsx"
    book.save(path)
    form = parse_file(path)[0]
    got = [(i.id, i.text, i.detail, i.lead_departments) for i in form.indicators]
    name = YUEYANG[3][1]
    assert got == [
        ("8", "新增社会治安视频监控摄像头", None, ("区公安分局",)),
        ("9.1", name, "完成在职参保人数6300人", ("区人社局",)),
        ("9.2", name, "完成征缴基金10000万元", ("区人社局",)),
        ("9.3", name, YUEYANG[5][2], ("区民政局",)),
    ]
    assert (form.title, form.date, form.findings) == (YUEYANG[0][0], "2017-08-24", ())
    assert ["100个", "6300人", "10000万", "100%"] == [dict(i.extra)["目标任务"] for i in form.indicators]


# 奉化区 2025年区十大民生实事项目进展表: each project numbered and merged down over its sub-projects,
# which the 序号 numbers one by one.
FENGHUA_HEADERS = {1: "序号", 2: "项目名称", 3: "起止年限", 4: "子项目", 5: "具体内容", 6: "具体完成情况"}
FENGHUA = [
    ["1", "一、优质教育综合提升工程", "2024- 2025", "完成奉化高级中学食堂建设",
     "用地面积为7165.96平方米,建筑面积4286.2平方米", "当年完成"],
    ["2", "一、优质教育综合提升工程", "2025", "启动实施松岙九年一贯制学校建设",
     "松岙中学旧教学楼进行原址拆除重建", "开工建设"],
    ["3", "一、优质教育综合提升工程", "2024- 2025", "建成投用西坞中学教学楼", "共五层,一层为展厅",
     "当年完成"],
    ["6", "二、医疗健康提升工程", "2022- 2026", "宁波市奉化区医疗健康综合体项目(一期)竣工",
     "项目总用地面积约99683平方", "当年完成"],
]  # fmt: skip


def test_a_project_merged_over_its_numbered_sub_projects() -> None:
    """The project is the group, the sub-project the text; with the 序号 merged too, it stays the task."""
    got = _roles(FENGHUA_HEADERS, FENGHUA, "project_list")
    assert ["id", "category", "extra", "text", "detail", "extra"] == got
    one_number = [["5", *row[1:]] for row in FENGHUA[:2]]
    assert "text" == _roles(FENGHUA_HEADERS, one_number, "project_list")[1]
    # An assessment table reads a text merged over its rows as their level (`_leaf_text`), as before.
    assert "level1" == _roles(FENGHUA_HEADERS, FENGHUA, "kpi_evaluation")[1]


def test_sub_projects_in_a_text_copy(tmp_path: Path) -> None:
    """Saved as CSV the project is written on its first row only: the sections are the same."""
    path = tmp_path / "progress.csv"
    rows = [",".join(FENGHUA_HEADERS.values())]
    rows += [",".join(r[:1] + ([r[1]] if r[0] in ("1", "6") else [""]) + r[2:]) for r in FENGHUA]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    form = parse_file(path)[0]
    assert [(i.id, i.text, i.section) for i in form.indicators] == [
        ("1", "完成奉化高级中学食堂建设", "一"),
        ("2", "启动实施松岙九年一贯制学校建设", "一"),
        ("3", "建成投用西坞中学教学楼", "一"),
        ("6", "宁波市奉化区医疗健康综合体项目(一期)竣工", "二"),
    ]
    assert [(s.id, s.text) for s in form.sections] == [
        ("一", "优质教育综合提升工程"),
        ("二", "医疗健康提升工程"),
    ]


# 宁波市 2014 民生实事 1—6月份进展情况公示 (the newspaper's copy: each project's labels inline): the
# progress label ends the person's value, and the districts' figures printed under the partners
# are no units; both are the task's note.
NINGBO_INLINE = [
    (
        "1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部"
        " 项目责任人:尹文德 实际完成情况:轨道交通1号线一期工程已于2014年5月30日通车试运营。",
        {"leaders": ["林静国"], "departments": ["市轨道交通工程建设指挥部"], "people": ["尹文德"],
         "note": ["轨道交通1号线一期工程已于2014年5月30日通车试运营"]},
    ),
    (
        "3.新辟公交线路10条,优化调整20条。 牵头领导:王仁洲 责任单位:市交通委 项目责任人:劳可军"
        " 配合单位:市公安局、市城管局,各区政府 鄞州 海曙、江东、江北 镇海 北仑 合计"
        " 新辟线路年度目标 2 5 1 2 10",
        {"leaders": ["王仁洲"], "departments": ["市交通委"], "people": ["劳可军"],
         "partners": ["市公安局、市城管局,各区政府"],
         "note": ["鄞州 海曙、江东、江北 镇海 北仑 合计 新辟线路年度目标 2 5 1 2 10"]},
    ),
    # Before any owner's label a progress label is the task's own words; units with a space
    # between them and no figures stay units.
    ("实际完成情况:已完成年度目标任务的55%", {}),
    ("推进项目建设。 配合单位:市公安局 市城管局", {"partners": ["市公安局 市城管局"]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "owners"), NINGBO_INLINE, ids=[c[0][:16] for c in NINGBO_INLINE])
def test_inline_labels_of_a_project(text: str, owners: dict[str, list[str]]) -> None:
    assert owners == owners_in_text(text)[1]


# Prose lists' titles: the signature's date of year and month (连江 2021) is no half of the title;
# `…2023年重点工作任务` broken over two lines names the list (山东 鲁政办字〔2023〕5号).
PROSE_TITLES = [
    (
        ["中共连江县委", "连江县人民政府", "2021年2月", "2021年县委、县政府为民办实事工作计划",
         "一、人居环境提升工程",
         "(1)建设民俗公园。", "主办单位:住建局、榕发公司,协办单位:凤城镇、敖江镇。",
         "(2)动建含光人行隧道工程。", "主办单位:县建发公司,协办单位:住建局、江南镇。"],
        "2021年县委、县政府为民办实事工作计划",
    ),
    (
        ["鲁政办字〔2023〕5号", "山东省人民政府办公厅", "2023年1月19日", "山东省建设绿色低碳高质量发展先行区",
         "2023年重点工作任务", "一、深入实施创新驱动发展战略", "1.完善实验室体系。(牵头单位:省科技厅)",
         "2.加强创新平台建设。(牵头单位:省科技厅、省工业和信息化厅)"],
        "山东省建设绿色低碳高质量发展先行区2023年重点工作任务（鲁政办字〔2023〕5号）",
    ),
    (
        ["某县2024年重点工作任务分工方案", "二、重点任务", "1.推进项目建设。(牵头单位:县发改局)",
         "2.优化营商环境。(牵头单位:县政务服务中心)"],
        "某县2024年重点工作任务分工方案",
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "title"), PROSE_TITLES, ids=["signature-date", "two-lines", "part-heading"]
)
def test_prose_list_titles(tmp_path: Path, lines: list[str], title: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert title == parse_file(path)[0].title


# Fifth held-out batch (Dec 2026). 井研县马踏镇 部门预算项目绩效目标申报表(2023年度): a budget unit's
# projects, each merged down over its indicators, 一级/二级 written out on every row in no order.
MATA_HEADERS = {
    1: "单位名称",
    2: "项目名称",
    3: "预算数",
    4: "年度目标",
    5: "一级指标",
    6: "二级指标",
    7: "三级指标",
    8: "指标性质",
    9: "指标值",
    10: "度量单位",
    11: "权重",
    12: "指标方向性",
}
MATA = [
    ["820001-井研县马踏镇人民政府", "村组干部报酬", "3,309,840.00", "按时发放村组干部报酬",
     "效益指标", "社会效益指标", "维护社会稳定", "≥", "95", "%", "10", "正向指标"],
    ["", "", "", "", "产出指标", "时效指标", "维持时效", "≥", "1", "年", "20", "正向指标"],
    ["", "", "", "", "产出指标", "质量指标", "按时发放", "≥", "1", "人/年", "10", "正向指标"],
    ["", "", "", "", "效益指标", "经济效益指标", "促进村集体经济发展", "≥", "95", "%", "10", "正向指标"],
    ["", "基层组织活动经费", "660,000.00", "包括必要的办公用品费、水电费等村社区办公经费。",
     "满意度指标", "服务对象满意度指标", "辖区内群众满意度", "≥", "95", "%", "10", "正向指标"],
    ["", "", "", "", "效益指标", "经济效益指标", "促进农村集体经济发展", "≥", "95", "%", "10", "正向指标"],
]  # fmt: skip


def test_a_project_merged_down_beside_its_indicators() -> None:
    """The project is the indicators' group, the deepest level their text, the project's goal extra."""
    got = _roles(MATA_HEADERS, MATA, "kpi_evaluation")
    assert ["category", "text", "extra"] == [got[1], got[6], got[3]]
    assert ["level1", "level2"] == got[4:6]
    # Without a project column the deepest level is the text, as in 湘潭's form.
    no_project = [[row[0], *row[4:]] for row in MATA]
    headers = {1: "单位名称", **{k - 3: v for k, v in MATA_HEADERS.items() if k >= 5}}
    assert "text" == _roles(headers, no_project, "kpi_evaluation")[3]
    # A task list keeps its own reading of a name merged over rows (a task and its measures).
    assert "text" == _roles(MATA_HEADERS, MATA, "task_list")[1]


def _write_csv(
    path: Path, headers: dict[int, str], rows: list[list[str]], above: tuple[str, ...] = ()
) -> Path:
    def cell(text: str) -> str:
        return f'"{text}"' if "," in text else text

    lines = [*above, ",".join(headers.values()), *(",".join(cell(c) for c in row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_budget_form_of_projects_and_their_indicators(tmp_path: Path) -> None:
    """Saved as CSV (the project on its first row only): the department's own line is a total, the
    unit's budget code no part of its name, the rows numbered in order (their levels are no hierarchy)."""
    department = ["820-马踏镇部门", "", "8,827,620.53", *[""] * 9]
    path = _write_csv(tmp_path / "budget.csv", MATA_HEADERS, [department, *MATA], ("金额单位:元",))
    form = parse_file(path)[0]
    assert [(i.id, i.text, i.section, i.weight) for i in form.indicators] == [
        ("1", "维护社会稳定", "1", 10.0),
        ("2", "维持时效", "1", 20.0),
        ("3", "按时发放", "1", 10.0),
        ("4", "促进村集体经济发展", "1", 10.0),
        ("5", "辖区内群众满意度", "2", 10.0),
        ("6", "促进农村集体经济发展", "2", 10.0),
    ]
    # The unit's cell, merged down the whole block, is written once in a text copy: named on the
    # first row only (a text copy cannot tell a merge from a unit named once; see README).
    assert ("井研县马踏镇人民政府",) == form.indicators[0].departments
    assert [(s.id, s.text) for s in form.sections] == [("1", "村组干部报酬"), ("2", "基层组织活动经费")]
    assert "total 马踏镇部门" in dict(form.ledger).values()


def test_levels_in_order_are_numbered_by_position(tmp_path: Path) -> None:
    """Where each level's rows follow one another (merged, or written out in order), ids stay `1.1.1`."""
    rows = [[r[0], r[1], *r[4:]] for r in MATA[:3]]  # 效益, then 产出 twice: no level comes back
    headers = {1: "单位名称", 2: "项目名称", **{k - 2: v for k, v in MATA_HEADERS.items() if k >= 5}}
    form = parse_file(_write_csv(tmp_path / "in_order.csv", headers, rows))[0]
    assert ["1.1.1", "2.1.1", "2.2.1"] == [i.id for i in form.indicators]


BUDGET_CODES = [
    ("820001-井研县马踏镇人民政府", ("井研县马踏镇人民政府",)),
    ("101001－县财政局、102-县教育局", ("县财政局", "县教育局")),
    ("12345热线办公室", ("12345热线办公室",)),
]


@pytest.mark.parametrize(("cell", "units"), BUDGET_CODES, ids=[c[0] for c in BUDGET_CODES])
def test_a_budget_code_before_a_unit(cell: str, units: tuple[str, ...]) -> None:
    assert units == split_units(cell)


# 西安市 2022 分工方案 of a province's 工作要点: the 序号 column holds the province's heading, the
# province's task is merged down beside the city's measures `(1)`, `(2)`, each with its owners.
XIAN_HEADERS = {
    1: "序号",
    2: "陕西省《工作要点》部署任务",
    3: "西安市落实措施",
    4: "牵头单位",
    5: "责任单位",
    6: "完成时限",
    7: "备注",
}
XIAN = [
    ["一、全链条优化审批", "", "", "", "", "", ""],
    ["(一)全面实施行政许可事项清单管理。",
     "1.按照国务院要求,2022年底前编制并公布省、市、县三级行政许可事项清单。",
     "(1)全面准确依法编制市、区(县)行政许可事项清单。", "市行政审批局市司法局",
     "市级相关单位,各区县政府、西咸新区管委会", "2022年9月底", ""],
    ["", "", "(2)严格落实行政许可事项清单之外一律不得违法实施行政许可的要求。", "市行政审批局市司法局",
     "市级相关单位,各区县政府、西咸新区管委会", "2022年11月底", ""],
]  # fmt: skip


def test_measures_that_number_themselves_under_a_merged_task() -> None:
    """With no 序号 number, the measures are the items; where 序号 numbers the task, it stays the item."""
    assert ["id", "category", "text"] == _roles(XIAN_HEADERS, XIAN, "task_list")[:3]
    numbered = [XIAN[0], ["1", *XIAN[1][1:]], XIAN[2]]
    assert ["id", "text", "detail"] == _roles(XIAN_HEADERS, numbered, "task_list")[:3]
    unnumbered = [XIAN[0], [XIAN[1][0], XIAN[1][1], "全面准确依法编制行政许可事项清单。", *XIAN[1][3:]],
                  [*XIAN[2][:2], "严格落实行政许可事项清单管理。", *XIAN[2][3:]]]  # fmt: skip
    assert ["id", "text", "detail"] == _roles(XIAN_HEADERS, unnumbered, "task_list")[:3]


def test_a_heading_in_the_id_column(tmp_path: Path) -> None:
    """`(一)全面实施…` in the 序号 column opens a subsection and numbers nothing; the measures keep
    their own numbers, the province's task is their heading, the glued lead units are two."""
    form = parse_file(_write_csv(tmp_path / "plan.csv", XIAN_HEADERS, XIAN))[0]
    got = [(i.id, i.section, i.departments, i.partners, i.deadline) for i in form.indicators]
    partners = ("市级相关单位", "各区县政府", "西咸新区管委会")
    assert got == [
        ("1", "一.一.1", ("市行政审批局", "市司法局", *partners), partners, "2022年9月底"),
        ("2", "一.一.1", ("市行政审批局", "市司法局", *partners), partners, "2022年11月底"),
    ]
    assert ["一", "一.一", "一.一.1"] == [s.id for s in form.sections]


GLUED_UNITS = [
    ("市行政审批局市司法局", ("市行政审批局", "市司法局")),
    ("省发展改革委省财政厅", ("省发展改革委", "省财政厅")),
    ("县委宣传部县文明办", ("县委宣传部", "县文明办")),
    ("市委组织部", ("市委组织部",)),
    ("市政府办公室", ("市政府办公室",)),
    ("县委县政府", ("县委县政府",)),
    ("市场监管局市场科", ("市场监管局市场科",)),
    ("市人力资源社会保障局", ("市人力资源社会保障局",)),
]


@pytest.mark.parametrize(("cell", "units"), GLUED_UNITS, ids=[c[0] for c in GLUED_UNITS])
def test_units_run_together(cell: str, units: tuple[str, ...]) -> None:
    assert units == split_units(cell)


# A title's prefix before its year is the organisation only where it is a name, not a phrase.
TITLE_PREFIXES = [
    ("山东省建设绿色低碳高质量发展先行区", True),
    ("某市推进营商环境创新试点示范区", True),
    ("泉州市应急管理局", False),
    ("某市住房和城乡建设局", False),
    ("某县人民政府", False),
]


@pytest.mark.parametrize(("prefix", "phrase"), TITLE_PREFIXES, ids=[c[0] for c in TITLE_PREFIXES])
def test_a_title_prefix_that_is_a_phrase(prefix: str, phrase: bool) -> None:
    assert phrase == (pat.TITLE_PREFIX_PHRASE.search(prefix) is not None)


# Notices titled `X关于…的意见` (咸阳 2022, 东莞 2021): the title ends in 意见, the notice's number on
# the line above is no half of it, the issuer before 关于 is the organisation and the number's
# bracketed year the list's year.
NOTICES = [
    (
        ["咸阳市人民政府关于落实《政府工作报告》重点工作部门分工的意见", "咸政发〔2022〕4号",
         "一、今后五年主要目标和重点任务", "1.年均经济增速7%左右。(市政府各部门负责)",
         "2.城镇化率达到60%以上。(市政府各部门负责)"],
        ("咸阳市人民政府关于落实《政府工作报告》重点工作部门分工的意见（咸政发〔2022〕4号）",
         "咸阳市人民政府", 2022),
    ),
    (
        ["东府〔2021〕54号", "东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见",
         "一、减负稳岗留工并举,深层次优化用工生态",
         "1.平稳有序实施企业职工基本养老保险缴费比例统一政策。(市人力资源社会保障局、市医保局负责)",
         "2.继续按不高于2017年征收标准征收残疾人就业保障金。(市残联、市财政局、市税务局负责)"],
        ("东莞市人民政府关于贯彻落实《广东省进一步稳定和扩大就业若干政策措施》的实施意见（东府〔2021〕54号）",
         "东莞市人民政府", 2021),
    ),
    (
        ["山东省建设绿色低碳高质量发展先行区", "2023年重点工作任务", "一、深入实施创新驱动发展战略",
         "1.完善实验室体系。(牵头单位:省科技厅)", "2.加强创新平台建设。(牵头单位:省科技厅)"],
        ("山东省建设绿色低碳高质量发展先行区2023年重点工作任务", None, 2023),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), NOTICES, ids=["xianyang", "dongguan", "pilot-zone"])
def test_a_notice_of_opinions(
    tmp_path: Path, lines: list[str], expected: tuple[str, str | None, int]
) -> None:
    path = tmp_path / "notice.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    form = parse_file(path)[0]
    assert expected == (form.title, form.unit, form.year)
    assert 2 == len(form.indicators)
