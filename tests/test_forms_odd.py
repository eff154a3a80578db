"""Odd forms: layouts and cell spellings the seed does not show, one case table per fix.

Each case is a small tab-separated form, written with `|` between cells for readability (the
helper turns it into a real `.txt` file and reads it with the real reader). Unless a case
says otherwise, the title `2021年度X绩效目标考评表` and a one-row header
(序号 | 文件依据 | 一级指标 | 二级指标 | 权重 | 完成时限 | 分管领导 | 责任部门 | 责任人) come
first, so the first case row is line 3.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from yiju.forms import parse_table, split_names
from yiju.headers import header_field
from yiju.models import Form, Indicator
from yiju.readers import read

TITLE = "2021年度X绩效目标考评表"
HEADER = "序号 | 文件依据 | 一级指标 | 二级指标 | 权重 | 完成时限 | 分管领导 | 责任部门 | 责任人"
# The seed's two-row header: 项目 first, 序号 in column 2.
HEADER2 = (
    "项目 | 目标内容 | | | | 权重 | 完成时限 | 责任分解 | |\n"
    "| 序号 | 文件依据 | 一级指标 | 二级指标 | | | 分管领导 | 责任部门 | 责任人"
)
ROW_A1 = "1-1-1 | 泉委发〔2021〕5号 | 做好甲工作（4分） | 二级A1 | 2 | 12月 | 张三 | 基础科 | 李四"


def _form(tmp_path: Path, rows: str, *, header: str | None = HEADER, top: str = TITLE) -> Form:
    """Write `top`, `header` and `rows` (cells split on `|`) as a .txt form and parse it."""
    lines = [top] if top else []
    if header is not None:
        lines.extend(header.splitlines())
    lines.extend(rows.strip("\n").splitlines())
    text = "".join("\t".join(cell.strip() for cell in line.split("|")) + "\n" for line in lines)
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    (table,) = read(path)
    return parse_table(table)


def _owners(ind: Indicator) -> tuple[Any, ...]:
    """Return an indicator's text, weight, deadline and owners, in that order."""
    return (ind.id, ind.text, ind.weight, ind.deadline, ind.leader, ind.departments, ind.people)


def _findings(form: Form) -> list[tuple[str, int | None]]:
    """Return (code, row) of each finding."""
    return [(f.code, f.location.row if f.location else None) for f in form.findings]


# ------------------------------------------------------------------ 1. plain numeric ids

FENGONG_HEADER = "序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限"

PLAIN_IDS: list[tuple[str, str, str, list[tuple[Any, ...]], list[tuple[int, str]]]] = [
    (
        "分工方案 rows 1, 2, 3",
        FENGONG_HEADER,
        "1 | 深化安全生产专项整治三年行动（泉委办〔2021〕20号第14页第11项）"
        " | 市应急局 | 市公安局、市交通局 | 12月\n"
        "2 | 开展森林防灭火工作 | 市林业局 | 各县（市、区）政府 | 长期坚持\n"
        "3 | 推进双重预防机制建设 | 市应急局 | 市工信局 | 2021年底",
        [
            (
                "1",
                "1",
                "未分类",
                "深化安全生产专项整治三年行动",
                "12月",
                ("市应急局", "市公安局", "市交通局"),
            ),
            ("2", "2", "未分类", "开展森林防灭火工作", "长期坚持", ("市林业局", "各县（市、区）政府")),
            ("3", "3", "未分类", "推进双重预防机制建设", "2021年底", ("市应急局", "市工信局")),
        ],
        [(3, "indicator 1"), (4, "indicator 2"), (5, "indicator 3")],
    ),
    (
        "合计 | 70 is a total, not id 70",
        HEADER2,
        f"| {ROW_A1}\n合计 | 70",
        [("1-1-1", "1-1", "职能工作目标", "二级A1", "12月", ("基础科",))],
        [(4, "indicator 1-1-1"), (5, "total 职能工作目标")],
    ),
    (
        "a page number alone on its line is not a row of work",
        FENGONG_HEADER,
        "1 | 开展森林防灭火工作 | 市林业局 | | 6月\n2",
        [("1", "1", "未分类", "开展森林防灭火工作", "6月", ("市林业局",))],
        [(3, "indicator 1"), (4, "finding R03")],
    ),
]


@pytest.mark.parametrize(
    ("header", "rows", "indicators", "ledger"), [c[1:] for c in PLAIN_IDS], ids=[c[0] for c in PLAIN_IDS]
)
def test_plain_ids_in_the_id_column(
    tmp_path: Path, header: str, rows: str, indicators: list[tuple[Any, ...]], ledger: list[tuple[int, str]]
) -> None:
    """A bare number in the header's 序号 column is a childless target and its own indicator."""
    form = _form(tmp_path, rows, header=header)
    actual = [(i.id, i.target, i.category, i.text, i.deadline, i.departments) for i in form.indicators]
    assert (indicators, ledger) == (actual, [e for e in form.ledger if e[1] not in ("title", "header")])


# ------------------------------------------------------------------ 2. text columns by header

TEXT_COLUMNS: list[tuple[str, str, str, list[tuple[Any, ...]], list[tuple[Any, ...]]]] = [
    (
        "no weight column; owners after the text",
        "序号 | 重点工作 | 责任单位 | 配合单位 | 责任领导 | 完成时间",
        "1-1 | 深化安全生产专项整治三年行动 | 市应急局 | 市公安局 | 张三 | 12月\n"
        "1-2 | 开展森林防灭火工作 | 市林业局 | | 李四 | 6月",
        [("1-1", "深化安全生产专项整治三年行动", ()), ("1-2", "开展森林防灭火工作", ())],
        [
            ("1-1", "深化安全生产专项整治三年行动", None, "12月", "张三", ("市应急局", "市公安局"), ()),
            ("1-2", "开展森林防灭火工作", None, "6月", "李四", ("市林业局",), ()),
        ],
    ),
    (
        "texts after the weight and deadline",
        "序号 | 权重 | 完成时限 | 文件依据 | 一级指标 | 二级指标 | 责任部门 | 责任人",
        "1-1-1 | 2 | 12月 | 泉委发〔2021〕5号 | 做好甲工作（4分） | 二级A1 | 基础科 | 李四\n"
        "1-1-2 | 2 | 12月 | | | 二级A2 | 基础科 | 李四",
        [("1-1", "做好甲工作", ("泉委发〔2021〕5号",))],
        [
            ("1-1-1", "二级A1", 2.0, "12月", None, ("基础科",), ("李四",)),
            ("1-1-2", "二级A2", 2.0, "12月", None, ("基础科",), ("李四",)),
        ],
    ),
    (
        "a row shifted left falls back to reading between the id and the weight",
        HEADER2,
        "| 1-1-1 | 泉委发〔2021〕5号 | 做好甲工作（4分） | 二级A1 | 2 | 12月 | 张三 | 基础科 | 李四\n"
        "| 1-1-2 | | 二级A2 | 1.5 | 12月 | 张三 | 基础科 | 李四 | |",
        [("1-1", "做好甲工作", ("泉委发〔2021〕5号",))],
        [
            ("1-1-1", "二级A1", 2.0, "12月", "张三", ("基础科",), ("李四",)),
            ("1-1-2", "二级A2", 1.5, "12月", "张三", ("基础科",), ("李四",)),
        ],
    ),
]


@pytest.mark.parametrize(
    ("header", "rows", "targets", "indicators"),
    [c[1:] for c in TEXT_COLUMNS],
    ids=[c[0] for c in TEXT_COLUMNS],
)
def test_text_columns_come_from_the_header(
    tmp_path: Path, header: str, rows: str, targets: list[tuple[Any, ...]], indicators: list[tuple[Any, ...]]
) -> None:
    """Texts are read from the header's text columns; owners never become text or basis."""
    form = _form(tmp_path, rows, header=header)
    actual_targets = [(t.id, t.text, tuple(b.key for b in t.basis)) for t in form.targets]
    assert (targets, indicators, []) == (
        actual_targets,
        [_owners(i) for i in form.indicators],
        _findings(form),
    )


# ------------------------------------------------------------------ 3. short targets with points

SHORT_TARGETS: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    (
        "安全生产（4分） over two indicators",
        "| 1-1-1 | 泉委发〔2021〕5号 | 安全生产（4分） | 开展执法检查 | 2 | 12月 | 张三 | 基础科 | 李四\n"
        "| 1-1-2 | | | 开展专项整治 | 2 | 12月 | 张三 | 基础科 | 李四",
        [("1-1", "重点工作目标", "安全生产", 4.0)],
    ),
    (
        "a childless 安全生产（5分）",
        "| 1-4 | | | 安全生产（5分） | 5 | 12月 | 刘海明 | 机关党委 | 万小翠",
        [("1-4", "重点工作目标", "安全生产", None)],
    ),
    (
        "the page-split 政 (6 分) is still a label",
        "政 (6 分) | 7-3 | 落实社会治安综合治理工作。 | | | 1.5 | 12月 | 刘海明 | 办公室 | 黄教宗",
        [("7-3", "廉洁行政", "落实社会治安综合治理工作。", None)],
    ),
]


@pytest.mark.parametrize(
    ("rows", "targets"), [c[1:] for c in SHORT_TARGETS], ids=[c[0] for c in SHORT_TARGETS]
)
def test_short_target_with_points_is_not_a_label(
    tmp_path: Path, rows: str, targets: list[tuple[Any, ...]]
) -> None:
    """A short 一级指标 with points keeps its text; only a group name's ending is a fragment."""
    form = _form(tmp_path, rows, header=HEADER2)
    assert targets == [(t.id, t.group, t.text, t.points) for t in form.targets]


# ------------------------------------------------------------------ 4. deadline of a shifted row

SHIFTED_NO_WEIGHT: list[tuple[str, str, list[tuple[Any, ...]]]] = [
    (
        "shifted left, no weight",
        "1-1-2 | 二级A2 | | 12月 | 张三 | 基础科 | 李四",
        [("1-1-2", "二级A2", None, "12月", "张三", ("基础科",), ("李四",))],
    ),
    (
        "in place, no weight",
        "| 1-1-2 | | | 二级A2 | | 12月 | 张三 | 基础科 | 李四",
        [("1-1-2", "二级A2", None, "12月", "张三", ("基础科",), ("李四",))],
    ),
    (
        "in place, neither weight nor deadline",
        "| 1-1-2 | | | 二级A2 | | | 张三 | 基础科 | 李四",
        [("1-1-2", "二级A2", None, None, "张三", ("基础科",), ("李四",))],
    ),
]


@pytest.mark.parametrize(
    ("row", "indicators"), [c[1:] for c in SHIFTED_NO_WEIGHT], ids=[c[0] for c in SHIFTED_NO_WEIGHT]
)
def test_row_without_weight_finds_its_deadline(
    tmp_path: Path, row: str, indicators: list[tuple[Any, ...]]
) -> None:
    """Without a weight, the deadline is the deadline-like cell, wherever the shift put it."""
    rows = f"| {ROW_A1}\n{row}"
    form = _form(tmp_path, rows, header=HEADER2)
    assert (indicators, []) == ([_owners(i) for i in form.indicators[1:]], _findings(form))


# ------------------------------------------------------------------ 5. ids far from the id column

FAR_IDS: list[tuple[str, str, list[str], list[tuple[str, int | None]]]] = [
    (
        "12-31 in the deadline column",
        f"{ROW_A1}\n| | | 补充指标 | 1 | 12-31 | 张三 | 基础科 | 李四",
        ["1-1-1"],
        [("R03", 4)],
    ),
    (
        "an id past the first text column",
        f"{ROW_A1}\n| | 1-1-2 | 二级A2 | 1 | 12月 | 张三 | 基础科 | 李四",
        ["1-1-1"],
        [("R03", 4)],
    ),
    (
        "an id pushed one column right by a label",
        f"{ROW_A1}\n重点工作目标 | 1-1-2 | | 二级A2 | 1 | 12月 | 张三 | 基础科 | 李四",
        ["1-1-1", "1-1-2"],
        [],
    ),
]


@pytest.mark.parametrize(("rows", "ids", "findings"), [c[1:] for c in FAR_IDS], ids=[c[0] for c in FAR_IDS])
def test_id_is_taken_only_near_the_id_column(
    tmp_path: Path, rows: str, ids: list[str], findings: list[tuple[str, int | None]]
) -> None:
    """An id-shaped cell counts only within two columns of 序号 and not past the first text column."""
    form = _form(tmp_path, rows)
    assert (ids, findings) == ([i.id for i in form.indicators], _findings(form))


# ------------------------------------------------------------------ 6. pairing owners

PAIRS: list[tuple[str, str, str, tuple[tuple[str | None, str | None], ...]]] = [
    (
        "one person, two departments",
        "基础科 协调科",
        "李四",
        (("基础科", None), ("协调科", None), (None, "李四")),
    ),
    ("one department, two people", "基础科", "李四 王五", (("基础科", "李四"), ("基础科", "王五"))),
    ("counts match", "基础科 协调科", "李四 王五", (("基础科", "李四"), ("协调科", "王五"))),
    (
        "three departments, two people",
        "基础科、协调科、减灾科",
        "李四 王五",
        (("基础科", None), ("协调科", None), ("减灾科", None), (None, "李四"), (None, "王五")),
    ),
]


@pytest.mark.parametrize(
    ("departments", "people", "expected"), [c[1:] for c in PAIRS], ids=[c[0] for c in PAIRS]
)
def test_pairs_only_when_counts_match(
    tmp_path: Path, departments: str, people: str, expected: tuple[tuple[str | None, str | None], ...]
) -> None:
    """The n-th person goes with the n-th department when counts match, or all with one department."""
    form = _form(
        tmp_path, f"1-1-1 | | 做好甲工作（2分） | 二级A1 | 2 | 12月 | 张三 | {departments} | {people}"
    )
    assert expected == tuple((a.department, a.person) for a in form.indicators[0].assignments)


# ------------------------------------------------------------------ 7. metadata above the header

META: list[tuple[str, str, tuple[Any, ...], list[tuple[int, str]]]] = [
    (
        "attachment label, title, unit and date on one line",
        "附件1\n\n2021年度泉州市直机关绩效目标考评表\n"
        "填报单位：泉州市应急管理局          填报日期：2021年8月10日",
        ("2021年度泉州市直机关绩效目标考评表", "泉州市应急管理局", "2021-08-10", 2021),
        [(1, "attachment label"), (3, "title"), (4, "unit, date"), (5, "header")],
    ),
    (
        "a heading before the line with title words",
        "泉州市应急管理局文件\n2021年度绩效目标考评表\n参评单位（盖章）：泉州市应急管理局\n2021年8月12日",
        ("2021年度绩效目标考评表", "泉州市应急管理局", "2021-08-12", 2021),
        [(1, "heading"), (2, "title"), (3, "unit"), (4, "date"), (5, "header")],
    ),
    (
        "附件 without a number; a second title-worded line is not a title",
        "附件\n2021年度绩效目标考评表\n2021年度绩效目标考核表",
        ("2021年度绩效目标考评表", None, None, 2021),
        [(1, "attachment label"), (2, "title"), (3, "finding R03"), (4, "header")],
    ),
]


@pytest.mark.parametrize(("top", "facts", "ledger"), [c[1:] for c in META], ids=[c[0] for c in META])
def test_metadata_above_the_header(
    tmp_path: Path, top: str, facts: tuple[Any, ...], ledger: list[tuple[int, str]]
) -> None:
    """附件 lines are skipped, a titled line wins over a heading, the unit ends at the next label."""
    form = _form(tmp_path, ROW_A1, top=top)
    assert (facts, ledger) == ((form.title, form.unit, form.date, form.year), list(form.ledger[:-1]))


# ------------------------------------------------------------------ 8. citation tails

TAILS: list[tuple[str, str, tuple[str, float | None]]] = [
    ("points before the parenthetical", "做好X（4分）（属泉委发〔2021〕5号）", ("做好X", 4.0)),
    (
        "a parenthetical in the middle stays",
        "落实A工作（属泉委发〔2021〕5号）和B工作（属泉政办〔2021〕6号）（4分）",
        ("落实A工作（属泉委发〔2021〕5号）和B工作", 4.0),
    ),
    ("a stop after the points", "做好Y（属泉委发〔2021〕5号）（3分）。", ("做好Y", 3.0)),
    ("a semicolon after the points", "做好Z（2分）；", ("做好Z", 2.0)),
    (
        "a stray bracket inside the list",
        "加强A。（属泉委办〔2021〕20号、（泉府督〔2020〕第DC-009号）（4分）",
        ("加强A。", 4.0),
    ),
    ("a full stop without points stays", "做好W工作。", ("做好W工作。", None)),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TAILS], ids=[c[0] for c in TAILS])
def test_citation_tail_and_points_are_cut(
    tmp_path: Path, text: str, expected: tuple[str, float | None]
) -> None:
    """Trailing `（属…）` and `（N分）` are cut in any order; text between them is kept."""
    form = _form(tmp_path, f"1-1-1 | | {text} | 二级A1 | 2 | 12月 | 张三 | 基础科 | 李四")
    (target,) = form.targets
    assert expected == (target.text, target.points)


# ------------------------------------------------------------------ 9. total rows

TOTALS: list[tuple[str, str, dict[str, float], str]] = [
    ("合计：70 in one cell", "合计：70", {"职能工作目标": 70.0}, "total 职能工作目标"),
    ("合计 70分 in one cell", "| | | | 合计 70分", {"职能工作目标": 70.0}, "total 职能工作目标"),
    ("小计：30", "小计：30", {"职能工作目标": 30.0}, "total 职能工作目标"),
    ("合计 | 70分 in two cells", "合计 | 70分", {"职能工作目标": 70.0}, "total 职能工作目标"),
    ("总计：100", "总计：100", {"总计": 100.0}, "total 总计"),
]


@pytest.mark.parametrize(("row", "totals", "role"), [c[1:] for c in TOTALS], ids=[c[0] for c in TOTALS])
def test_total_rows_with_their_number(tmp_path: Path, row: str, totals: dict[str, float], role: str) -> None:
    """A total written with its number in the cell (`合计：70`, `合计 70分`) is a total."""
    form = _form(tmp_path, f"{ROW_A1}\n{row}")
    assert (totals, (4, role), []) == (form.totals, form.ledger[-1], _findings(form))


# ------------------------------------------------------------------ 10. weights with 分

WEIGHTS: list[tuple[str, float | None, list[str]]] = [
    ("2分", 2.0, []),
    ("0.5分", 0.5, []),
    ("２", 2.0, []),
    ("1.5", 1.5, []),
    ("两分", None, ["weight '两分' is not a number: 1-1-1 | 二级A1 | 两分 | 12月 | 张三 | 基础科 | 李四"]),
]


@pytest.mark.parametrize(("cell", "weight", "messages"), WEIGHTS, ids=[c[0] for c in WEIGHTS])
def test_weight_with_its_unit_is_a_number(
    tmp_path: Path, cell: str, weight: float | None, messages: list[str]
) -> None:
    """`2分` and `0.5分` are weights; `两分` is reported."""
    form = _form(tmp_path, f"1-1-1 | | | 二级A1 | {cell} | 12月 | 张三 | 基础科 | 李四")
    assert (weight, messages) == (form.indicators[0].weight, [f.message for f in form.findings])


# ------------------------------------------------------------------ 11. id spellings

ID_SPELLINGS: list[tuple[str, str, str | None]] = [
    ("numeral one as dash", "1一1一2", "1-1-2"),
    ("non-breaking hyphen", "1\u20111\u20113", "1-1-3"),
    ("full-width minus", "1－1－1", "1-1-1"),
    ("full-width digits", "１－２－１", "1-2-1"),
    ("em dash", "1—2—1", "1-2-1"),
    ("dotted", "1.3.1", "1-3-1"),
    ("a decimal is not an id", "1.5", None),
    ("a bracketed number is not an id", "（1）", None),
]


@pytest.mark.parametrize(("cell", "ident"), [c[1:] for c in ID_SPELLINGS], ids=[c[0] for c in ID_SPELLINGS])
def test_id_spellings(tmp_path: Path, cell: str, ident: str | None) -> None:
    """Ids joined by any dash, by 一 between digits or by dots (three parts) read as `1-1-2`."""
    form = _form(tmp_path, f"{cell} | | 做好甲工作（2分） | 二级A1 | 2 | 12月 | 张三 | 基础科 | 李四")
    assert ident == (form.indicators[0].id if form.indicators else None)


# ------------------------------------------------------------------ 12. header aliases

HEADER_CELLS: list[tuple[str, str | None]] = [
    ("权重（分）", "weight"),
    ("分值(分)", "weight"),
    ("完成时限（月）", "deadline"),
    ("责任部门（单位）", "department"),
    ("责 任 人（签字）", "person"),
    ("参评单位（盖章）", None),
    ("（分）", None),
]


@pytest.mark.parametrize(("cell", "field"), HEADER_CELLS, ids=[c[0] for c in HEADER_CELLS])
def test_header_gloss_is_ignored(cell: str, field: str | None) -> None:
    """A header cell with a trailing `（…）` maps like its name alone."""
    assert field == header_field(cell)


HEADER_FORMS: list[tuple[str, str, str, tuple[Any, ...]]] = [
    (
        "glossed header cells",
        "序号 | 文件依据 | 一级指标 | 二级指标 | 分值(分) | 完成时限（月） | 分管领导"
        " | 责任部门（单位） | 责任人",
        ROW_A1,
        ("1-1-1", "二级A1", 2.0, "12月", "张三", ("基础科",), ("李四",), (("基础科", "李四"),)),
    ),
    (
        "牵头单位 leads, 责任单位 assists",
        "序号 | 工作任务 | 牵头单位 | 责任单位 | 具体责任人 | 完成时限",
        "1-1 | 开展森林防灭火工作 | 市林业局 | 市公安局 | 李四 | 6月",
        (
            "1-1",
            "开展森林防灭火工作",
            None,
            "6月",
            None,
            ("市林业局", "市公安局"),
            ("李四",),
            (("市林业局", "李四"),),
        ),
    ),
]


@pytest.mark.parametrize(
    ("header", "row", "expected"), [c[1:] for c in HEADER_FORMS], ids=[c[0] for c in HEADER_FORMS]
)
def test_header_aliases_in_a_form(tmp_path: Path, header: str, row: str, expected: tuple[Any, ...]) -> None:
    """Glossed headers map by name; of two unit columns the first leads and the second assists."""
    form = _form(tmp_path, row, header=header)
    ind = form.indicators[0]
    assert expected == (*_owners(ind), tuple((a.department, a.person) for a in ind.assignments))


# ------------------------------------------------------------------ 13. repeated header rows

REPEATS: list[tuple[str, str, list[tuple[int, str]]]] = [
    (
        "only the first header row repeated",
        f"| {ROW_A1}\n项目 | 目标内容 | | | | 权重 | 完成时限 | 责任分解 | |\n"
        "| 1-1-2 | | | 二级A2 | 2 | 12月 | 张三 | 基础科 | 李四",
        [(5, "header"), (6, "indicator 1-1-2")],
    ),
    (
        "both header rows repeated",
        f"| {ROW_A1}\n{HEADER2}\n| 1-1-2 | | | 二级A2 | 2 | 12月 | 张三 | 基础科 | 李四",
        [(5, "header"), (6, "header"), (7, "indicator 1-1-2")],
    ),
    (
        "header words in other columns are not a repeat",
        f"| {ROW_A1}\n权重 | 完成时限 | 项目",
        [(5, "finding R03")],
    ),
]


@pytest.mark.parametrize(("rows", "ledger"), [c[1:] for c in REPEATS], ids=[c[0] for c in REPEATS])
def test_repeated_header_row(tmp_path: Path, rows: str, ledger: list[tuple[int, str]]) -> None:
    """A header row repeated on a later page, even without its 序号 row, is a header."""
    form = _form(tmp_path, rows, header=HEADER2)
    assert ledger == list(form.ledger[4:])


# ------------------------------------------------------------------ 14. lone short lines

LONE_LINES: list[tuple[str, str, list[tuple[int, str]], str]] = [
    ("附件 is not a label", "附件", [(4, "finding R03"), (5, "indicator 2-1-1")], "常规工作目标"),
    (
        "a vertical label broken over lines",
        "职能\n工作\n目标",
        [(4, "label"), (5, "label"), (6, "label"), (7, "indicator 2-1-1")],
        "常规工作目标",
    ),
    ("a group name on its own line", "动态目标", [(4, "label"), (5, "indicator 2-1-1")], "动态目标"),
]


@pytest.mark.parametrize(
    ("line", "ledger", "group"), [c[1:] for c in LONE_LINES], ids=[c[0] for c in LONE_LINES]
)
def test_lone_short_line(tmp_path: Path, line: str, ledger: list[tuple[int, str]], group: str) -> None:
    """A short line is queued as a label only when it is (part of) a label; otherwise it is R03."""
    rows = (
        f"{ROW_A1}\n{line}\n2-1-1 | 三定方案 | 做好乙工作（2分） | 二级B1 | 2 | 12月 | 张三 | 基础科 | 李四"
    )
    form = _form(tmp_path, rows)
    assert (ledger, group) == (list(form.ledger[3:]), form.targets[-1].group)


# ------------------------------------------------------------------ 15. prose is not a basis list

BASIS: list[tuple[str, str, tuple[str, str, tuple[str, ...]]]] = [
    (
        "prose mentioning a document, then the document",
        "1-15 | | 根据泉委发〔2021〕5号要求，做好森林防火工作 | 泉委发〔2021〕5号"
        " | 5 | 12月 | 张三 | 基础科 | 李四",
        ("1-15", "根据泉委发〔2021〕5号要求，做好森林防火工作", ("泉委发〔2021〕5号",)),
    ),
    (
        "a list of documents, then the work",
        "1-15 | | 《甲方案》的通知（泉委发〔2021〕5号） | 做好森林防火工作 | 5 | 12月 | 张三 | 基础科 | 李四",
        ("1-15", "做好森林防火工作", ("泉委发〔2021〕5号",)),
    ),
]


@pytest.mark.parametrize(("row", "expected"), [c[1:] for c in BASIS], ids=[c[0] for c in BASIS])
def test_prose_citing_a_document_is_not_a_basis_list(
    tmp_path: Path, row: str, expected: tuple[str, str, tuple[str, ...]]
) -> None:
    """A text is a basis list only when its citations and titles make up most of it."""
    form = _form(tmp_path, row)
    (target,) = form.targets
    assert expected == (target.id, target.text, tuple(b.key for b in target.basis))


# ------------------------------------------------------------------ group points, names

GROUP_POINTS: list[tuple[str, str, dict[str, float]]] = [
    (
        "labels before the id, one split by a page break",
        "科学行政（6分） | 4-1 | 扎实开展X | | | 1.5 | 12月 | 刘 | 办公室 | 黄\n"
        "政 (6 分) | 7-3 | 落实Y | | | 1.5 | 12月 | 刘 | 办公室 | 黄",
        {"科学行政": 6.0, "廉洁行政": 6.0},
    ),
    (
        "a label in the text column",
        "| 5-1 | 依法行政（6分） | 依照有关规定做好信访工作 | | 1.5 | 12月 | 刘 | 办公室 | 黄",
        {"依法行政": 6.0},
    ),
    ("no points declared", "动态目标 | 3-1-1 | | 做好甲（4分） | 二级A1 | 2 | 12月 | 刘 | 办公室 | 黄", {}),
]


@pytest.mark.parametrize(("rows", "points"), [c[1:] for c in GROUP_POINTS], ids=[c[0] for c in GROUP_POINTS])
def test_group_points(tmp_path: Path, rows: str, points: dict[str, float]) -> None:
    """The points a group label declares are on the form, fragments resolved to their group."""
    form = _form(tmp_path, rows, header=HEADER2)
    assert (points, points) == (form.group_points, form.to_dict()["group_points"])


BRACKETED_NAMES: list[tuple[str, tuple[str, ...]]] = [
    ("各县（市、区）政府、市应急局", ("各县（市、区）政府", "市应急局")),
    ("市应急局，各县(市、区)政府", ("市应急局", "各县(市、区)政府")),
    ("（甲、乙", ("（甲", "乙")),
]


@pytest.mark.parametrize(("cell", "names"), BRACKETED_NAMES, ids=[c[0] for c in BRACKETED_NAMES])
def test_separator_inside_brackets_is_part_of_a_name(cell: str, names: tuple[str, ...]) -> None:
    """`各县（市、区）政府` is one name; an unclosed bracket does not glue the rest of the cell."""
    assert names == split_names(cell)
