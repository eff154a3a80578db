"""Regressions a final review found: each a small real-shaped input and its exact outcome."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from yiju.dot import run_dot
from yiju.forms import parse_table
from yiju.graph import build_graph
from yiju.queries import derives_from
from yiju.readers import read

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SEED_XLSX = FIXTURES / "seed_2021_quanzhou_yingji.xlsx"

HEADER = "序号\t文件依据\t一级指标\t二级指标\t权重\t完成时限\t分管领导\t责任部门\t责任人"


def _form_text(tmp_path: Path, name: str, body: str) -> Path:
    path = tmp_path / name
    path.write_text(f"2021年度X绩效目标考评表\n参评单位：泉州市X局\n{HEADER}\n{body}\n", encoding="utf-8")
    return path


def test_filled_score_block_is_not_targets(tmp_path: Path) -> None:
    """A recalculated score block (总分 | 95 | 档次) is the form's scoring, not targets 95, 68, 90."""
    text = SEED.read_text(encoding="utf-8")
    text = text.replace("总分\t#REF!\t档次\t", "总分\t95\t档次\t")
    text = text.replace("职能工作目标\t#REF!\tA+\t#REF!", "职能工作目标\t68\tA+\t70")
    text = text.replace("行政能力目标\t#REF!\tA\t#REF!", "行政能力目标\t27\tA\t90")
    path = tmp_path / "scored.txt"
    path.write_text(text, encoding="utf-8")
    form = parse_table(read(path)[0])
    ledger = dict(form.ledger)
    assert (len(form.targets), len(form.indicators)) == (39, 57)
    assert [ledger[94], ledger[95], ledger[96]] == ["score block", "score block", "score block"]


@pytest.mark.parametrize("mark", ['"', "〃", "同上"])
def test_ditto_mark_repeats_the_row_above(tmp_path: Path, mark: str) -> None:
    """A ditto mark in an owner cell repeats the row above and swallows nothing."""
    body = (
        "1-1-1\t泉委发〔2021〕5号\t做好甲工作（4分）\t二级A1\t2\t12月\t张三\t基础科\t李四\n"
        f"1-1-2\t\t\t二级A2\t2\t{mark}\t{mark}\t{mark}\t李四\n"
        "1-2-1\t泉委发〔2021〕5号\t做好乙工作（2分）\t二级B1\t2\t12月\t王五\t协调科\t赵六"
    )
    form = parse_table(read(_form_text(tmp_path, "ditto.txt", body))[0])
    got = [(i.id, i.deadline, i.leader, i.departments) for i in form.indicators]
    assert got == [
        ("1-1-1", "12月", "张三", ("基础科",)),
        ("1-1-2", "12月", "张三", ("基础科",)),
        ("1-2-1", "12月", "王五", ("协调科",)),
    ]


def test_two_sheets_of_one_unit_and_year_are_kept_apart(tmp_path: Path) -> None:
    """A workbook holding the form twice (a 修订稿 sheet) gives two sets of nodes, not doubled weights."""
    book = openpyxl.load_workbook(SEED_XLSX)
    copy = book.copy_worksheet(book["绩效目标考评表"])
    copy.title = "修订稿"
    path = tmp_path / "two.xlsx"
    book.save(path)
    forms = [parse_table(t) for t in read(path)]
    graph = build_graph(forms)
    namespaces = sorted({d["form"] for _, d in graph.nodes(data=True) if d.get("kind") == "target"})
    assert namespaces == ["泉州市应急管理局/2021", "泉州市应急管理局/2021~two.xlsx#绩效目标考评表"]


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")
def test_pdf_does_not_depend_on_the_time_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same DOT gives the same PDF bytes in Shanghai and in New York."""
    dot = "digraph { a -> b }"
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    east = run_dot(dot, "pdf")
    monkeypatch.setenv("TZ", "America/New_York")
    west = run_dot(dot, "pdf")
    assert east == west
    assert b"/CreationDate (D:19700101000000Z)" in east


def test_fengong_numbering_restarting_per_section(tmp_path: Path) -> None:
    """A 分工方案 numbered 1, 2 under 一、 and again under 二、 keeps four tasks apart, by section."""
    path = tmp_path / "fengong.txt"
    path.write_text(
        "2021年泉州市安全生产工作任务分工方案\n"
        "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n"
        "一、安全生产\n"
        "1\t深化安全生产专项整治三年行动\t市应急局\t市公安局\t12月\n"
        "2\t开展森林防灭火工作\t市林业局\t各县（市、区）政府\t长期坚持\n"
        "二、防灾减灾\n"
        "1\t推进双重预防机制建设\t市应急局\t市工信局\t2021年底\n"
        "2\t做好防汛\t市水利局\t\t6月\n",
        encoding="utf-8",
    )
    form = parse_table(read(path)[0])
    got = [(i.id, i.group, i.departments) for i in form.indicators]
    assert got == [
        ("一.1", "安全生产", ("市应急局", "市公安局")),
        ("一.2", "安全生产", ("市林业局", "各县（市、区）政府")),
        ("二.1", "防灾减灾", ("市应急局", "市工信局")),
        ("二.2", "防灾减灾", ("市水利局",)),
    ]
    assert [f.code for f in form.findings] == []


def test_form_filter_includes_kept_apart_copies(tmp_path: Path) -> None:
    """`--form <unit>` keeps the unit's targets in every file, its kept-apart copies too."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_bytes(SEED.read_bytes())
    second.write_bytes(SEED.read_bytes())
    graph = build_graph(parse_table(t) for p in (first, second) for t in read(p))
    trace = derives_from(graph, "泉委办〔2021〕2号", form="泉州市应急管理局")
    assert [("泉州市应急管理局/2021", "1-10"), ("泉州市应急管理局/2021~b.txt", "1-10")] == [
        (t.form, t.id) for t in trace.targets
    ]
