"""Forms parsed from the seed text, its GB18030 copy and its Excel workbook, field by field.

The expected values come from `fixtures/build_fixtures.py`'s `ROWS`, a table transcribed by
hand from the seed independently of the parser, plus literal spot checks below.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from yiju.forms import parse_table, split_names
from yiju.models import Assignment, Form
from yiju.normalize import clean_name
from yiju.readers import read

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SEED_GB = FIXTURES / "seed_2021_quanzhou_yingji.gb18030.txt"
SEED_XLSX = FIXTURES / "seed_2021_quanzhou_yingji.xlsx"
SECOND = FIXTURES / "second_unit_2021.txt"
CLEAN = FIXTURES / "clean_form.txt"


def _load_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_fixtures", FIXTURES / "build_fixtures.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_fixtures"] = module
    spec.loader.exec_module(module)
    return module


BUILDER = _load_builder()
ROWS: tuple[Any, ...] = BUILDER.ROWS


def _form(path: Path) -> Form:
    tables = read(path)
    assert len(tables) == 1
    return parse_table(tables[0])


@pytest.fixture(scope="module")
def seed() -> Form:
    """The seed text form."""
    return _form(SEED)


def test_seed_counts_and_totals(seed: Form) -> None:
    """The seed holds 39 first-level targets and 57 indicators whose weights add to 70 + 30."""
    assert (len(seed.targets), len(seed.indicators)) == (39, 57)
    by_category: dict[str, float] = {}
    for ind in seed.indicators:
        by_category[ind.category] = by_category.get(ind.category, 0) + (ind.weight or 0)
    assert by_category == {"职能工作目标": 70.0, "行政能力目标": 30.0}
    assert seed.totals == {"职能工作目标": 70.0, "行政能力目标": 30.0, "总计": 100.0}


def test_seed_header_facts(seed: Form) -> None:
    """Unit, year, title, date and the signature block are read from around the table."""
    assert seed.unit == "泉州市应急管理局"
    assert seed.year == 2021
    assert seed.title == "2021年度泉州市直机关政府系列和省部属驻泉单位绩效目标考评表"
    assert seed.date == "2021-08-10"
    assert seed.signature == {
        "单位主要领导": "邱朝阳",
        "分管领导": "刘海明",
        "科室负责人": "黄教宗",
        "经办人": "黄栩恒",
        "联系电话": "15159800001",
        "日期": "2021-08-10",
        "绩效同组互审成员": "",
    }
    assert seed.notes is not None
    assert seed.notes.startswith("(1)“重点工作目标”")


@pytest.mark.parametrize("row", ROWS, ids=[r.seq for r in ROWS])
def test_seed_indicator_as_printed(seed: Form, row: Any) -> None:
    """Every indicator's weight, deadline, leader, departments and people are as printed."""
    ind = {i.id: i for i in seed.indicators}[row.seq]
    expected = (
        float(row.weight),
        row.deadline,
        clean_name(row.leader),
        tuple(row.department.split()),
        tuple(row.person.split()),
        row.target_key,
    )
    actual = (ind.weight, ind.deadline, ind.leader, ind.departments, ind.people, ind.target)
    assert expected == actual


@pytest.mark.parametrize("row", [r for r in ROWS if r.seq.count("-") == 2], ids=lambda r: r.seq)
def test_seed_indicator_text(seed: Form, row: Any) -> None:
    """Second-level indicator texts are kept exactly, including shifted rows 1-12-2 and 1-13-2."""
    ind = {i.id: i for i in seed.indicators}[row.seq]
    assert row.indicator == ind.text


def test_pairs_department_with_person(seed: Form) -> None:
    """1-3-1 has two department/person pairs, the n-th person with the n-th department."""
    ind = {i.id: i for i in seed.indicators}["1-3-1"]
    assert (Assignment("基础科", "李志福"), Assignment("协调科", "陈梓平")) == ind.assignments


SHIFTED = {
    "1-12-2": (
        "开展1次危险化学品道路运输生产安全事故综合应急演练，提升应急处置能力。",
        "黄西洋",
        "指挥中心",
        "游劲汉",
    ),
    "1-13-2": (
        "对化工、危险品的生产经营存储等高危行业企业的从业人员年均培训人次至少2000人、发放培训补贴200万元以上。",
        "黄西洋",
        "指挥中心",
        "戴振生",
    ),
}


@pytest.mark.parametrize("ident", sorted(SHIFTED))
def test_shifted_rows_keep_their_own_text(seed: Form, ident: str) -> None:
    """Rows whose cells the PDF shifted left keep their own text and owners."""
    text, leader, department, person = SHIFTED[ident]
    ind = {i.id: i for i in seed.indicators}[ident]
    assert (text, leader, (department,), (person,)) == (ind.text, ind.leader, ind.departments, ind.people)


@pytest.mark.parametrize(
    ("target", "category", "group"),
    [
        ("1-1", "职能工作目标", "重点工作目标"),
        ("1-15", "职能工作目标", "重点工作目标"),
        ("2-1", "职能工作目标", "常规工作目标"),
        ("3-1", "职能工作目标", "动态目标"),
        ("4-1", "行政能力目标", "科学行政"),
        ("5-1", "行政能力目标", "依法行政"),
        ("6-3", "行政能力目标", "高效行政"),
        ("7-2", "行政能力目标", "廉洁行政"),
        ("7-3", "行政能力目标", "廉洁行政"),
        ("7-4", "行政能力目标", "廉洁行政"),
        ("8-1", "行政能力目标", "管理创新"),
    ],
)
def test_categories_and_groups(seed: Form, target: str, category: str, group: str) -> None:
    """Vertical and page-split labels land on the right block (7-3 and 7-4 under 廉洁行政)."""
    t = {t.id: t for t in seed.targets}[target]
    assert (category, group) == (t.category, t.group)


def test_target_points_match_their_declared_points(seed: Form) -> None:
    """Each target's points are the （N分） at the end of its 一级指标 as printed."""
    expected: dict[str, float | None] = {}
    for row in ROWS:
        match = BUILDER._POINTS.search(row.target)
        if row.seq.count("-") == 2:
            expected[row.target_key] = float(match.group(1)) if match else None
    actual = {t.id: t.points for t in seed.targets if t.id in expected}
    assert expected == actual


@pytest.mark.parametrize(
    ("target", "text"),
    [
        ("1-1", "持续深入开展安全生产专项整治三年行动，遏制重特大安全生产事故。"),
        ("1-11", "加强综合减灾示范社区创建和避灾点考核、隐患排查整治工作，提升防灾减灾能力。"),
        ("1-12", "强化安全生产责任，健全应急值班制度，提高应急管理和抢险救援能力。"),
        ("1-15", "城市创建工作"),
        ("2-1", "加强工贸行业安全执法"),
        ("5-1", "依照《信访条例》等有关规定，扎实做好信访各项工作，依法分类处理信访诉求。"),
    ],
)
def test_target_text_without_citations_and_points(seed: Form, target: str, text: str) -> None:
    """A target's text drops its `（属…）` parenthetical and `（N分）`, even with a stray （."""
    assert text == {t.id: t for t in seed.targets}[target].text


def test_basis_documents_with_titles(seed: Form) -> None:
    """文件依据 documents come with the titles bound to them, in order, once each."""
    t13 = {t.id: t for t in seed.targets}["1-13"]
    assert [(b.key, b.title) for b in t13.basis] == [
        ("泉委办〔2021〕20号", "泉州市“强基促稳”三年行动2021年实施方案"),
        ("泉政办〔2019〕41号", "职业技能提升行动实施方案（2019—2021年）"),
    ]
    t21 = {t.id: t for t in seed.targets}["2-1"]
    assert [(b.key, b.title) for b in t21.basis] == [("《三定方案》", "三定方案")]


def _comparable(form: Form) -> dict[str, Any]:
    """Return a form's content without locations, hidden rows left out."""
    return {
        "unit": form.unit,
        "year": form.year,
        "title": form.title,
        "date": form.date,
        "totals": form.totals,
        "signature": form.signature,
        "targets": [
            (
                t.id,
                t.category,
                t.group,
                t.text,
                t.points,
                [(b.key, b.title) for b in t.basis],
                [c.key for c in t.citations],
            )
            for t in form.targets
            if not t.hidden
        ],
        "indicators": [
            (
                i.id,
                i.target,
                i.category,
                i.group,
                i.text.replace("\n", ""),
                i.weight,
                i.deadline,
                i.leader,
                i.departments,
                i.people,
            )
            for i in form.indicators
            if not i.hidden
        ],
    }


@pytest.mark.parametrize("path", [SEED_GB, SEED_XLSX], ids=["gb18030", "xlsx"])
def test_other_encodings_parse_to_the_same_form(seed: Form, path: Path) -> None:
    """The GB18030 text and the office's workbook give the seed's form, field by field."""
    other = _form(path)
    expected, actual = _comparable(seed), _comparable(other)
    for name in expected:
        assert expected[name] == actual[name], name


def test_hidden_row_is_reported_and_excluded() -> None:
    """The workbook's hidden withdrawn target 1-16 is marked hidden and reported as R01."""
    form = _form(SEED_XLSX)
    hidden = [(i.id, i.location.row) for i in form.indicators if i.hidden]
    assert hidden == [("1-16", 35)]
    r01 = sorted(
        (f.location.row if f.location else None, f.message.split(" ")[0])
        for f in form.findings
        if f.code == "R01"
    )
    assert r01 == [(4, "column"), (35, "row")]


@pytest.mark.parametrize("path", [SEED, SEED_GB, SEED_XLSX, SECOND], ids=lambda p: p.name)
def test_nothing_silently_dropped(path: Path) -> None:
    """Every non-empty row is an indicator, other form content, or named in a finding."""
    for table in read(path):
        form = parse_table(table)
        ledger = dict(form.ledger)
        finding_rows = {f.location.row for f in form.findings if f.location is not None}
        for row in table.rows:
            if row.empty:
                continue
            assert row.number in ledger, f"row {row.number} unaccounted: {row.values}"
            role = ledger[row.number]
            if role.startswith(("finding", "score block (R02)")):
                assert row.number in finding_rows, f"row {row.number} said to be a finding but none names it"
        indicator_rows = {int(n) for n, role in form.ledger if role.startswith("indicator")}
        assert indicator_rows == {i.location.row for i in form.indicators}


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("基础科 协调科", ("基础科", "协调科")),
        ("李志福 陈梓平", ("李志福", "陈梓平")),
        ("李　隽", ("李隽",)),
        ("李 隽", ("李隽",)),
        ("洪伟明、庄志坚", ("洪伟明", "庄志坚")),
        ("办公室，机关党委", ("办公室", "机关党委")),
        ("危化科/基础科", ("危化科", "基础科")),
        ("危化科\n基础科", ("危化科", "基础科")),
        ("", ()),
    ],
)
def test_split_names(cell: str, names: tuple[str, ...]) -> None:
    """Owner cells split on spaces, 、，/ and line breaks; padding inside a name is removed."""
    assert names == split_names(cell)
