"""Task lists written as prose (no table) read to their truth in every format.

`fixtures/prose/build_prose.py` writes one 分工方案 as text, a web page, a Word document, a PDF
and in traditional characters, and the truth of its tasks from the same lines; every format
must read to it exactly. The unit cases below pin each quirk on its own line of text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yiju.cover import Register
from yiju.errors import ReadError
from yiju.forms import parse_table
from yiju.readers import read
from yiju.readers.prose import prose_table
from yiju.readers.table import Row

PROSE = Path(__file__).resolve().parent.parent / "fixtures" / "prose"
TRUTH = json.loads((PROSE / "city_plan.truth.json").read_text(encoding="utf-8"))
FORMATS = ["city_plan.txt", "city_plan.html", "city_plan.docx", "city_plan.pdf", "city_plan_big5.txt"]


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_reads_to_the_truth(name: str) -> None:
    tables = read(PROSE / name)
    assert len(tables) == 1
    form = parse_table(tables[0])
    sections = {s.id: s.text for s in form.sections}
    got = [
        {
            "id": ind.id,
            "text": ind.text,
            "departments": list(ind.lead_departments),
            "partners": list(ind.partners),
            "deadline": ind.deadline,
            "section": sections.get(ind.section or "", ""),
            "detail": ind.detail,
        }
        for ind in form.indicators
    ]
    assert got == TRUTH["tasks"]
    assert form.title == TRUTH["title"]
    assert form.family == "task_list"


# The preamble, the part without tasks, the closing part and the signature (8 lines); the
# page also has its navigation bar and its footer.
NOT_TASKS = {"city_plan.html": "10 段不是任务，未读作事项（第 1、3–6、23–27 行）"}


@pytest.mark.parametrize("name", FORMATS)
def test_lines_not_read_are_named(name: str) -> None:
    table = read(PROSE / name)[0]
    notes = [f for f in table.findings if f.code == "R07"]
    assert len(notes) == 1
    lines = "第 2–5、27–30 行" if name.endswith(".pdf") else "第 2–5、22–25 行"
    expected = NOT_TASKS.get(name, f"8 段不是任务，未读作事项（{lines}）")
    assert notes[0].message_zh == f"文件中没有表格，由正文段落读出 8 项任务；{expected}"


def test_traditional_text_says_so() -> None:
    codes = [f.code for f in read(PROSE / "city_plan_big5.txt")[0].findings]
    assert codes == ["R06", "R07"]


def test_a_notice_with_one_owner_is_no_task_list() -> None:
    with pytest.raises(ReadError) as caught:
        read(PROSE / "county_notice.txt")
    assert "no recognisable table" in caught.value.reason


def test_cli_refuses_a_notice_in_one_line() -> None:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "yiju"), "parse", str(PROSE / "county_notice.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "county_notice.txt" in done.stderr
    assert "Traceback" not in done.stderr


def _tasks(*lines: str) -> list[tuple[str, ...]]:
    """The body rows (after the header) of the table the lines make."""
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert table is not None
    header = next(i for i, r in enumerate(table.rows) if r.values[:2] == ("序号", "重点任务"))
    columns = table.rows[header].values
    return [
        tuple(f"{c}={v}" for c, v in zip(columns, r.values, strict=False) if v)
        for r in table.rows[header + 1 :]
    ]


# (lines, expected rows): each quirk of a real prose task list on its own.
CASES = [
    (
        # 牵头 and 按职责分工负责 in one closing bracket; a nested 各县（市、区）.
        [
            "1.推进A。（市发改委牵头，各县（市、区）政府按职责分工负责）",
            "2.推进B。（市财政局负责）",
            "3.推进C。（市税务局、市财政局）",
        ],
        [
            ("序号=1", "重点任务=推进A。", "责任单位=市发改委牵头，各县（市、区）政府按职责分工负责"),
            ("序号=2", "重点任务=推进B。", "责任单位=市财政局负责"),
            ("序号=3", "重点任务=推进C。", "责任单位=市税务局、市财政局"),
        ],
    ),
    (
        # The deadline in the owners' bracket, in its own bracket, after the final 。.
        [
            "1、建立D制度（市司法局牵头，2023年6月底前完成）。",
            "2、开展E行动。（市公安局牵头）（2023年底前）",
            "3、完善F机制。（市民政局负责；长期坚持）",
        ],
        [
            ("序号=1", "重点任务=建立D制度", "责任单位=市司法局牵头", "完成时限=2023年6月底前完成"),
            ("序号=2", "重点任务=开展E行动。", "责任单位=市公安局牵头", "完成时限=2023年底前"),
            ("序号=3", "重点任务=完善F机制。", "责任单位=市民政局负责", "完成时限=长期坚持"),
        ],
    ),
    (
        # A bracket that names no owner stays in the text; the owners after it are read.
        [
            "（1）落实《G办法（试行）》。（市商务局负责）",
            "（2）执行国发〔2020〕13号文件（国务院文件）。（市政府办公室牵头）",
            "（3）推进H（含I、J）。（市文旅局、市体育局按职责分工负责）",
        ],
        [
            ("序号=1", "重点任务=落实《G办法（试行）》。", "责任单位=市商务局负责"),
            ("序号=2", "重点任务=执行国发〔2020〕13号文件（国务院文件）。", "责任单位=市政府办公室牵头"),
            ("序号=3", "重点任务=推进H（含I、J）。", "责任单位=市文旅局、市体育局按职责分工负责"),
        ],
    ),
    (
        # Labels on the lines after the paragraph, and inline at its end.
        [
            "1.推进K。",
            "牵头单位：市卫健委",
            "配合单位：市医保局、市财政局",
            "完成时限：2022年12月",
            "2.推进L。责任单位：市教育局；完成时间：每学期",
            "3.推进M。（市人社局负责）",
        ],
        [
            (
                "序号=1",
                "重点任务=推进K。",
                "责任单位=市卫健委",
                "配合单位=市医保局、市财政局",
                "完成时限=2022年12月",
            ),
            ("序号=2", "重点任务=推进L。", "责任单位=市教育局", "完成时限=每学期"),
            ("序号=3", "重点任务=推进M。", "责任单位=市人社局负责"),
        ],
    ),
    (
        # Labels inside the bracket, ASCII colons; beside a 牵头单位 the 责任单位 share the work;
        # words before the labels are a note (the indicator's nature) or a deadline.
        [
            "一、经济社会发展主要预期目标",
            "(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府)",
            "(二)城镇新增就业20万人。(责任单位:市人社局)",
            "(三)居民消费价格涨幅3%左右。（预期性指标，牵头单位：市发改委；责任单位：市统计局）",
            "(四)单位GDP能耗下降。（2022年底前，责任单位：市发改委）",
        ],
        [
            ("序号=一、经济社会发展主要预期目标",),
            ("序号=一", "重点任务=地区生产总值增长7.5%。", "责任单位=市发改委", "配合单位=各区人民政府"),
            ("序号=二", "重点任务=城镇新增就业20万人。", "责任单位=市人社局"),
            (
                "序号=三",
                "重点任务=居民消费价格涨幅3%左右。",
                "责任单位=市发改委",
                "配合单位=市统计局",
                "备注=预期性指标",
            ),
            ("序号=四", "重点任务=单位GDP能耗下降。", "责任单位=市发改委", "完成时限=2022年底前"),
        ],
    ),
    (
        # A heading naming owners over tasks naming none: they take its owners.
        [
            "（一）优化N服务（市数据局牵头）",
            "1.推进N1。",
            "2.推进N2。",
            "（二）强化O保障",
            "3.推进O1。（市人防办负责）",
            "4.推进O2。（市气象局负责）",
        ],
        [
            ("序号=（一）优化N服务",),
            ("序号=1", "重点任务=推进N1。", "责任单位=市数据局牵头"),
            ("序号=2", "重点任务=推进N2。", "责任单位=市数据局牵头"),
            ("序号=（二）强化O保障",),
            ("序号=3", "重点任务=推进O1。", "责任单位=市人防办负责"),
            ("序号=4", "重点任务=推进O2。", "责任单位=市气象局负责"),
        ],
    ),
    (
        # Steps numbered deeper than a task are its detail; a plain paragraph after it too.
        [
            "1.推进P。（市水利局负责）",
            "①完成P1。",
            "②完成P2。",
            "2.推进Q。（市林业局负责）",
            "其中，Q的范围包括全市。",
            "3.推进R。（市农业农村局负责）",
        ],
        [
            ("序号=1", "重点任务=推进P。", "主要内容=①完成P1。\n②完成P2。", "责任单位=市水利局负责"),
            ("序号=2", "重点任务=推进Q。", "主要内容=其中，Q的范围包括全市。", "责任单位=市林业局负责"),
            ("序号=3", "重点任务=推进R。", "责任单位=市农业农村局负责"),
        ],
    ),
]


@pytest.mark.parametrize(("lines", "expected"), CASES)
def test_quirks(lines: list[str], expected: list[tuple[str, ...]]) -> None:
    assert _tasks(*lines) == expected


@pytest.mark.parametrize(
    ("lines", "tasks"),
    [
        # One paragraph naming an owner is a notice, not a list.
        (["1.推进A。（市发改委负责）", "2.推进B。", "3.推进C。"], None),
        # Two plain paragraphs with owners: a notice may say who does two things.
        (["请各单位推进A。（市发改委负责）", "另请推进B。（市财政局负责）"], None),
        # Two numbered tasks with owners are a list (许昌 2020, 四川 2022, cut off after two); a
        # line after the last task without owners is no task (R07 names it).
        (["1.推进A。（市发改委负责）", "2.推进B。（市财政局负责）", "3.推进C。"], ["1", "2"]),
        # Two numbered paragraphs given owners only by one line after them: a notice's points
        # (`1.会议时间…` `2.参会人员…` `（承办单位：…）`), no list; the pair must name its own.
        (
            ["1.会议时间：3月5日上午9时。", "2.参会人员：各乡镇分管负责同志。", "（承办单位：县应急管理局）"],
            None,
        ),
        (
            [
                "一、X",
                "（一）推进A。〔责任单位:省发展改革委按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕",
                "（二）推进B。〔责任单位:省市场监管局〕",
            ],
            ["一", "二"],
        ),
    ],
)
def test_two_numbered_tasks_are_a_list(lines: list[str], tasks: list[str] | None) -> None:
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    if tasks is None:
        assert table is None
        return
    assert table is not None
    header = next(r.values for r in table.rows if r.values[0] == "序号")
    assert [r.values[0] for r in table.rows if len(r.values) == len(header) and r.values != header] == tasks


def test_a_line_of_owners_closes_the_numbered_paragraphs_above() -> None:
    """运城 2017: `(1)`…`(4)` under `1.完善应急预案体系`, then `(责任单位:…)` alone for the group."""
    lines = [
        "(一)“一案三制”建设",
        "1.完善应急预案体系",
        "(1)加强应急预案管理。",
        "(2)推进应急预案“精编化”。",
        "(3)加强应急预案演练。",
        "(责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)",
        "2.健全应急管理体制",
    ]
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert table is not None
    rows = [r.values for r in table.rows]
    assert rows[0] == ("序号", "重点任务", "责任单位", "完成时限")
    assert rows[1] == ("1.完善应急预案体系",)
    units = "市直各有关单位、各县(市、区)人民政府、各开发区管委会"
    assert rows[2:] == [
        ("1", "加强应急预案管理。", units, ""),
        ("2", "推进应急预案“精编化”。", units, ""),
        ("3", "加强应急预案演练。", units, ""),
    ]
    # The owners' line is read (given to the group), so no finding names it as unread.
    assert "6" not in table.findings[-1].message


def test_wrapped_lines_join_until_a_short_line() -> None:
    rows = [
        Row(1, ("某区重点工作任务分工方案",)),
        Row(2, ("1.推进城市更新片区规划编制，完成三个片区的控制性详细规划修编工",)),
        Row(3, ("作。（区自然资源局牵头，区住建局配合）",)),
        Row(4, ("2.推进老旧小区改造。（区住建局负责）",)),
        Row(5, ("3.推进城市道路提升改造，完成十二条市政道路的提升改造任务。（区",)),
        Row(6, ("城管局负责）",)),
    ]
    table = prose_table("t.pdf", rows, wrapped=True)
    assert table is not None
    texts = [r.values[1] for r in table.rows[2:]]
    assert texts == [
        "推进城市更新片区规划编制，完成三个片区的控制性详细规划修编工作。",
        "推进老旧小区改造。",
        "推进城市道路提升改造，完成十二条市政道路的提升改造任务。",
    ]
    owners = ["区自然资源局牵头，区住建局配合", "区住建局负责", "区城管局负责"]
    assert [r.values[2] for r in table.rows[2:]] == owners


_UNITS = ["市发改委", "市财政局", "区住建局", "县应急管理局", "各乡镇人民政府", "市级各有关部门"]
_DUTIES = ["牵头", "负责", "配合", "按职责分工负责"]


@given(st.lists(st.text(max_size=60), max_size=30))
@settings(max_examples=200, deadline=None)
def test_any_lines_never_crash(lines: list[str]) -> None:
    rows = [Row(i + 1, (line,)) for i, line in enumerate(lines)]
    for wrapped in (False, True):
        table = prose_table("t.txt", rows, wrapped=wrapped)
        if table is not None:
            numbers = {r.number for r in rows}
            assert all(r.number in numbers for r in table.rows)


@given(
    st.lists(
        st.tuples(
            st.text(alphabet="推进建设完善开展改革城市道路管理服务", min_size=2, max_size=20),
            st.lists(st.sampled_from(_UNITS), min_size=1, max_size=3, unique=True),
            st.sampled_from(_DUTIES),
            st.sampled_from(["（", "("]),
        ),
        min_size=3,
        max_size=12,
    )
)
@settings(max_examples=100, deadline=None)
def test_generated_task_lists_read_back(tasks: list[tuple[str, list[str], str, str]]) -> None:
    """Any numbered paragraphs with owners in a closing bracket read to their text and owners."""
    lines = []
    for i, (text, units, duty, bracket) in enumerate(tasks, 1):
        close = "）" if bracket == "（" else ")"
        lines.append(f"{i}.{text}。{bracket}{'、'.join(units)}{duty}{close}")
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert table is not None
    columns = table.rows[0].values
    body = [dict(zip(columns, r.values, strict=False)) for r in table.rows[1:]]
    assert [r["序号"] for r in body] == [str(i) for i in range(1, len(tasks) + 1)]
    assert [r["重点任务"] for r in body] == [f"{text}。" for text, *_ in tasks]
    # Units that only 配合 are partners: the task names no lead.
    owners = [(f"{'、'.join(units)}{duty}", duty == "配合") for _, units, duty, _ in tasks]
    assert [r["责任单位"] for r in body] == [o if not partner else "" for o, partner in owners]
    assert [r.get("配合单位", "") for r in body] == [o if partner else "" for o, partner in owners]


def test_a_title_over_two_lines_and_units_glossed_in_angle_brackets() -> None:
    lines = [
        "2022年市《政府工作报告》目标任务",
        "责任分解方案",
        "一、经济社会发展主要预期目标",
        "(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、风景区〉)",
        "(二)地方一般公共预算收入增长6%。(牵头单位:市财政局;责任单位:各区人民政府)",
        "(三)城镇新增就业20万人以上。(牵头单位:市人社局;责任单位:各区人民政府)",
    ]
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert table is not None
    form = parse_table(table)
    assert form.title == "2022年市《政府工作报告》目标任务责任分解方案"
    assert [f.message_zh for f in table.findings] == ["文件中没有表格，由正文段落读出 3 项任务"]
    first = form.indicators[0]
    assert (first.lead_departments, first.partners) == (("市发改委",), ("各区人民政府〈含开发区、风景区〉",))


def test_a_notice_before_its_list_and_owners_on_labelled_lines() -> None:
    """The notice's own title and numbered paragraphs, then the list's title in two lines,
    blank lines between paragraphs, and each task's 牵头单位 and 责任单位 on lines of their own."""
    lines = [
        "某区人民政府关于印发某区2023年重点工作任务分解方案的通知",
        "某政发〔2023〕2号",
        "",
        "各街道办事处，区直各部门：",
        "",
        "一、各责任单位要高度重视，对照任务制订工作方案，明确措施和时间节点，并于1月15日前报区政府办公室。",
        "",
        "二、各牵头单位要在每季度最后一个月的25日前报送进展情况。",
        "",
        "某区人民政府",
        "2023年1月3日",
        "(此件公开发布)",
        "某区2023年重点工作",
        "任务分解和责任分工方案",
        "一、经济社会发展的主要预期目标",
        "",
        "1.地区生产总值增长6%左右。",
        "",
        "牵头单位:区发改局",
        "",
        "责任单位:某经济开发区,各街道",
        "",
        "2.一般公共预算收入增长8%左右。",
        "牵头单位:区财政局",
        "责任单位:各街道,区税务局",
        "",
        "(二)社会消费品零售总额增长9%左右",
        "责任单位:区商务局",
    ]
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert table is not None
    form = parse_table(table)
    assert form.title == "某区2023年重点工作任务分解和责任分工方案（某政发〔2023〕2号）"
    got = [(i.text, i.lead_departments, i.partners) for i in form.indicators]
    assert got == [
        ("地区生产总值增长6%左右。", ("区发改局",), ("某经济开发区", "各街道")),
        ("一般公共预算收入增长8%左右。", ("区财政局",), ("各街道", "区税务局")),
        ("社会消费品零售总额增长9%左右", ("区商务局",), ()),
    ]
    message = "文件中没有表格，由正文段落读出 3 项任务；7 段不是任务，未读作事项（第 1、4、6、8、10–12 行）"
    assert [f.message_zh for f in table.findings] == [message]


def _as_prose(register: Register) -> list[str]:
    """Write a register's tasks as a notice would print them: no table, owners in brackets."""
    lines = [
        f"{register.title}",
        register.key,
        "各县（市、区）人民政府，市直有关单位：",
        "现将方案印发给你们。",
    ]
    section = None
    for item in register.items:
        if item.section != section:
            section = item.section
            lines.append(section or "")
        lead = f"{'、'.join(item.lead)}牵头" if item.lead else ""
        partners = f"{'、'.join(item.partners)}配合" if item.partners else ""
        lines.append(f"{item.item}.{item.text}。（{'，'.join(x for x in (lead, partners) if x)}）")
    lines.append("泉州市人民政府办公室")
    return lines


def test_a_register_written_as_prose_covers_as_its_table(tmp_path: Path) -> None:
    """The planted register printed as prose gives the coverage findings of its table."""
    from yiju.corpus import load  # noqa: PLC0415
    from yiju.cover import load_register  # noqa: PLC0415

    planted = Path(__file__).resolve().parent.parent / "fixtures" / "cover" / "planted"
    table_file = planted / "泉委办〔2021〕20号附件.xlsx"
    register = load_register(table_file)
    prose_file = tmp_path / "分工方案.txt"
    prose_file.write_text("\n".join(_as_prose(register)) + "\n", encoding="utf-8")
    from_prose = load_register(prose_file)
    assert from_prose.key == register.key
    assert [(i.item, i.section, i.text, i.lead, i.partners) for i in from_prose.items] == [
        (i.item, i.section, i.text + "。", i.lead, i.partners) for i in register.items
    ]
    corpus = load(sorted(p for p in planted.iterdir() if p != table_file))
    both = [corpus.audit(select=["C"], coverage=corpus.cover([r])) for r in (register, from_prose)]
    table_findings, prose_findings = (sorted((f.code, f.subjects) for f in found) for found in both)
    assert len(table_findings) == 14  # the planted defects (fixtures/cover/truth.toml)
    assert prose_findings == table_findings


def test_the_notice_says_the_first_listed_unit_leads() -> None:
    """杭州市 2020's rule, in the notice above a list printed as prose."""
    lines = [
        "某市2020年政府工作报告重点工作责任分解",
        "二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。",
        "1.推进城市有机更新。（市建委、市规划资源局、各区政府）",
        "2.推进数字经济发展。（市经信局）",
        "3.优化营商环境。（市发改委牵头，市市场监管局配合）",
    ]
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert table is not None
    got = [(i.lead_departments, i.partners) for i in parse_table(table).indicators]
    assert got == [
        (("市建委",), ("市规划资源局", "各区政府")),
        (("市经信局",), ()),
        (("市发改委",), ("市市场监管局",)),
    ]


@pytest.mark.parametrize(
    ("lines", "sections"),
    [
        # 丽水 2023: tasks under `一、`, then `二、` directly over `（一）`: `（一）` is under `二、`.
        (
            [
                "一、主要预期目标",
                "1.增长6%。",
                "责任单位:市发改委",
                "2.增长8%。",
                "责任单位:市经信局",
                "二、重点抓好六方面工作",
                "(一)全力拼经济。",
                "3.实施招商行动。",
                "责任单位:市双招双引办",
            ],
            ["一、主要预期目标", "二、重点抓好六方面工作", "(一)全力拼经济。"],
        ),
        # A list that starts with `二、重点任务` over `（一）`: `二、` heads no task of its own.
        (
            [
                "二、重点任务",
                "（一）推动审批优化",
                "1.推进A。（市发改委牵头）",
                "2.推进B。（市财政局牵头）",
                "（二）提升服务",
                "3.推进C。（市政务服务中心牵头）",
            ],
            ["（一）推动审批优化", "（二）提升服务"],
        ),
    ],
)
def test_a_heading_over_a_deeper_one(lines: list[str], sections: list[str]) -> None:
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert table is not None
    assert [
        r.values[0] for r in table.rows if len(r.values) == 1 and r.values[0] != table.rows[0].values[0]
    ] == sections


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("市政府工作报告重点工作责任分解(2023年)", "市政府工作报告重点工作责任分解(2023年)"),
        ("某市行动计划（2018—2020年）", "某市行动计划（2018—2020年）"),
        (
            "滁州市人民政府关于2020年市政府重点工作及责任分解的通知",
            "滁州市人民政府关于2020年市政府重点工作及责任分解的通知",
        ),
        ("时间:2023-07-11 17:01 浏览次数: 信息来源: 丽水市政府", None),
    ],
)
def test_the_list_s_title(heading: str, title: str | None) -> None:
    # A saved page's navigation line above the title is no piece of it (滁州 2020).
    lines = [
        "首页 | 政务公开",
        heading,
        "1.推进A。（市发改委牵头）",
        "2.推进B。（市财政局牵头）",
        "3.推进C。（市商务局牵头）",
    ]
    table = prose_table("t.txt", [Row(i + 1, (line,)) for i, line in enumerate(lines)])
    assert table is not None
    first = table.rows[0].values
    assert (first[0] if len(first) == 1 else None) == title


# 宁波市 2014 民生实事 (published with each project's 牵头领导, 责任单位, 项目责任人, 配合单位): the
# person named for a project is kept (a prose list had no column for people and dropped them).
NINGBO_LINES = [
    "1.轨道交通1号线一期工程投入试运营。",
    "牵头领导:林静国",
    "责任单位:市轨道交通工程建设指挥部",
    "项目责任人:尹文德",
    "2.新增安装300套路口交通信息视频采集设备。",
    "牵头领导:王仁洲",
    "责任单位:市公安局",
    "项目责任人:王伟标",
    "配合单位:市城管局、市财政局",
]


def test_a_prose_list_keeps_the_person_named_for_each_task(tmp_path: Path) -> None:
    from yiju.batch import parse_file  # noqa: PLC0415

    path = tmp_path / "projects.txt"
    path.write_text("\n".join(NINGBO_LINES) + "\n", encoding="utf-8")
    got = [
        (i.id, i.leaders, i.lead_departments, i.partners, i.people) for i in parse_file(path)[0].indicators
    ]
    assert [
        ("1", ("林静国",), ("市轨道交通工程建设指挥部",), (), ("尹文德",)),
        ("2", ("王仁洲",), ("市公安局",), ("市城管局", "市财政局"), ("王伟标",)),
    ] == got
