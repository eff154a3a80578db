"""`yiju trace`, `yiju who` and `yiju export` as a user runs them: output, JSON, exit codes."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import networkx as nx
import openpyxl
import pytest

from yiju.cli import main
from yiju.formatters import clause_word
from yiju.forms import parse_tables
from yiju.graph import build_graph, read_graph
from yiju.messages import set_lang
from yiju.readers import read

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SECOND = FIXTURES / "second_unit_2021.txt"
YJ = "泉州市应急管理局"
XF = "泉州市消防救援支队"


def _run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_trace_doc_text(capsys: pytest.CaptureFixture[str]) -> None:
    """`trace --doc` prints the document, then each target with how it derives and its owners."""
    code, out, err = _run(capsys, "trace", SEED, "--doc", "泉委办（2021）第02号")
    expected = (
        "泉委办〔2021〕2号\n"
        "  《2021年市委市政府为民办实事项目责任分解》\n"
        "1 target (1 unit) derives from it (indicator, weight, 分管领导, 责任部门, 责任人):\n"
        "\n"
        f"[{YJ}/2021] 1-10 做好防范自然灾害专项整治，加强洪涝灾害防御，健全防汛防风工作机制。\n"
        "  via 文件依据; clause 30\n"
        "  1-10-1\t2\t谢招南\t防汛科\t陈国材\n"
        "  1-10-2\t2\t谢招南\t减灾科\t王伟雄\n"
    )
    assert (0, expected, "") == (code, out, err)


def test_trace_doc_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`trace --doc --json` has exactly the documented shape."""
    code, out, _ = _run(capsys, "trace", SEED, "--doc", "泉委办[2021]2号", "--json")
    indicator = {"leader": "谢招南", "weight": 2.0}
    expected = {
        "query": "泉委办[2021]2号",
        "documents": [{"key": "泉委办〔2021〕2号", "titles": ["2021年市委市政府为民办实事项目责任分解"]}],
        "targets": [
            {
                "form": f"{YJ}/2021",
                "unit": YJ,
                "id": "1-10",
                "text": "做好防范自然灾害专项整治，加强洪涝灾害防御，健全防汛防风工作机制。",
                "via": ["basis", "clause:30"],
                "documents": ["泉委办〔2021〕2号"],
                "indicators": [
                    {"id": "1-10-1", **indicator, "departments": ["防汛科"], "people": ["陈国材"]},
                    {"id": "1-10-2", **indicator, "departments": ["减灾科"], "people": ["王伟雄"]},
                ],
            }
        ],
    }
    assert code == 0
    assert expected == json.loads(out)
    expected_keys = ["form", "unit", "id", "text", "via", "documents", "indicators"]
    assert expected_keys == list(json.loads(out)["targets"][0])


def test_trace_title_fragment(capsys: pytest.CaptureFixture[str]) -> None:
    """`--doc 强基促稳` finds 泉委办〔2021〕20号 and its eleven targets."""
    code, out, _ = _run(capsys, "trace", SEED, "--doc", "强基促稳", "--json")
    data = json.loads(out)
    assert code == 0
    assert [d["key"] for d in data["documents"]] == ["泉委办〔2021〕20号"]
    expected = ["1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-10", "1-11", "1-12", "1-13"]
    assert expected == [t["id"] for t in data["targets"]]


def test_trace_fragment_with_several_documents_lists_all(capsys: pytest.CaptureFixture[str]) -> None:
    """A fragment matching several documents traces them all; each document's links get a line."""
    code, out, _ = _run(capsys, "trace", SEED, "--doc", "政府工作报告")
    assert code == 0
    assert out.startswith("2 documents match 「政府工作报告」; all are traced:\n泉府督〔2020〕DC-009号\n")
    expected = (
        f"[{YJ}/2021] 1-1 持续深入开展安全生产专项整治三年行动，遏制重特大安全生产事故。\n"
        "  via 泉府督〔2020〕DC-009号: 文件依据; clause 41\n"
        "  via 泉政办〔2021〕3号: 文件依据; clause 119\n"
        "  1-1-1\t2\t王夏阳\t协调科\t谢文辉\n"
    )
    assert expected in out


def test_trace_json_names_each_targets_documents(capsys: pytest.CaptureFixture[str]) -> None:
    """With several documents traced, each target's `documents` says which ones it derives from."""
    code, out, _ = _run(capsys, "trace", SEED, "--doc", "政府工作报告", "--json")
    actual = [(t["id"], t["via"], t["documents"]) for t in json.loads(out)["targets"]][:3]
    expected = [
        ("1-1", ["basis", "clause:41", "clause:119"], ["泉府督〔2020〕DC-009号", "泉政办〔2021〕3号"]),
        ("1-2", ["basis", "clause:41"], ["泉府督〔2020〕DC-009号"]),
        ("1-5", ["basis", "clause:119"], ["泉政办〔2021〕3号"]),
    ]
    assert (0, expected) == (code, actual)


def test_trace_target_text(capsys: pytest.CaptureFixture[str]) -> None:
    """`trace --target 1-3` lists its three documents and three clauses with pages."""
    code, out, err = _run(capsys, "trace", SEED, "--target", "1-3")
    expected = (
        f"[{YJ}/2021] 1-3 完善安全监管体系建设，推进安全生产问题“网格化”监管，做好安全事故数据分析，"
        "提升应急管理能力和应急处置能力。\n"
        "documents:\n"
        "  泉委办〔2021〕20号《泉州市“强基促稳”三年行动2021年实施方案》  via 文件依据; clause 11\n"
        "  泉政办〔2020〕18号《中国快递示范城市实施方案》  via 文件依据; clause 4.1\n"
        "  泉政办〔2021〕6号《城乡建设品质提升实施方案》  via 文件依据; clause 23\n"
        "clauses:\n"
        "  泉委办〔2021〕20号 第14-15页第11项  (一级指标)\n"
        "  泉政办〔2020〕18号 第8页第4.1项  (一级指标)\n"
        "  泉政办〔2021〕6号 第12页第23项  (一级指标)\n"
    )
    assert (0, expected, "") == (code, out, err)


def test_trace_indicator_shows_its_own_text(capsys: pytest.CaptureFixture[str]) -> None:
    """`trace --target 1-3-1` prints the indicator's text, then its target's."""
    code, out, _ = _run(capsys, "trace", SEED, "--target", "1-3-1")
    expected = (
        f"[{YJ}/2021] 1-3-1 完善“智慧安监”平台、常态化线上分类监管体系及安全生产监管“网格化”体系建设，"
        "督促各级网格开展隐患排查，实现监管全覆盖。。\n"
        "  target 1-3 完善安全监管体系建设，推进安全生产问题“网格化”监管，做好安全事故数据分析，"
        "提升应急管理能力和应急处置能力。\n"
        "documents:\n"
    )
    assert (0, expected) == (code, out[: len(expected)])
    _, out, _ = _run(capsys, "trace", SEED, "--target", "1-3-1", "--json")
    (entry,) = json.loads(out)["targets"]
    text = (
        "完善“智慧安监”平台、常态化线上分类监管体系及安全生产监管“网格化”体系建设，"
        "督促各级网格开展隐患排查，实现监管全覆盖。。"
    )
    expected_json = ("1-3-1", "1-3", text)
    assert expected_json == (entry["id"], entry["target"], entry["indicator_text"])


def test_trace_target_words_and_titles(capsys: pytest.CaptureFixture[str]) -> None:
    """A mention reads 文中提及; a document cited under several titles lists them one per line."""
    _, out, _ = _run(capsys, "trace", SEED, "--target", "5-1")
    assert "documents:\n  《信访条例》  via 文中提及\nclauses:\n  none\n" in out
    _, out, _ = _run(capsys, "trace", SEED, "--target", "1-1")
    expected = (
        "  泉府督〔2020〕DC-009号  via 文件依据; clause 41\n"
        "    《2020年国务院政府工作报告涉及我市主要任务责任分工》\n"
        "    《国务院政府工作报告涉及我市主要任务责任分工》\n"
        "    《国务院政府工作报告责任分工》\n"
        "  泉政办〔2021〕3号  via 文件依据; clause 119\n"
    )
    assert expected in out


def test_trace_target_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`trace --target --json` gives each clause's key, item and pages."""
    code, out, _ = _run(capsys, "trace", SEED, "--target", "1-3", "--json")
    (entry,) = json.loads(out)["targets"]
    actual = [(c["key"], c["item"], c["pages"], c["where"]) for c in entry["clauses"]]
    expected = [
        ("泉委办〔2021〕20号", "11", ["14-15"], "一级指标"),
        ("泉政办〔2020〕18号", "4.1", ["8"], "一级指标"),
        ("泉政办〔2021〕6号", "23", ["12"], "一级指标"),
    ]
    assert code == 0
    assert expected == actual
    assert (f"{YJ}/2021", "1-3", "1-3") == (entry["form"], entry["id"], entry["target"])


def test_trace_target_in_two_forms_lists_both(capsys: pytest.CaptureFixture[str]) -> None:
    """`--target 1-3` over two units answers for both; `--form` keeps one."""
    code, out, _ = _run(capsys, "trace", SEED, SECOND, "--target", "1-3", "--json")
    assert code == 0
    assert [(t["unit"], t["id"]) for t in json.loads(out)["targets"]] == [(YJ, "1-3"), (XF, "1-3")]
    code, out, _ = _run(capsys, "trace", SEED, SECOND, "--target", "1-3", "--form", XF, "--json")
    assert [(t["unit"], t["id"]) for t in json.loads(out)["targets"]] == [(XF, "1-3")]


def test_trace_doc_with_form_keeps_that_units_targets(capsys: pytest.CaptureFixture[str]) -> None:
    """`--doc … --form X` lists only the targets of unit X; an unknown --form names the forms."""
    code, out, _ = _run(capsys, "trace", SEED, SECOND, "--doc", "泉委办〔2021〕20号", "--form", XF, "--json")
    expected = [(XF, "1-1"), (XF, "1-4"), (XF, "3-1")]
    assert (0, expected) == (code, [(t["unit"], t["id"]) for t in json.loads(out)["targets"]])
    code, out, _ = _run(capsys, "trace", SEED, SECOND, "--doc", "泉委办〔2021〕20号", "--form", XF)
    assert "3 targets (1 unit) derive from it in 泉州市消防救援支队 (indicator," in out
    code, out, err = _run(capsys, "trace", SEED, SECOND, "--doc", "泉委办〔2021〕20号", "--form", "消防")
    expected_err = f"nothing matches 「消防」 (no form or unit of that name); nearest: {XF}/2021, {YJ}/2021\n"
    assert (1, "", expected_err) == (code, out, err)


def test_same_unit_and_year_in_two_files_are_kept_apart(capsys: pytest.CaptureFixture[str]) -> None:
    """The seed and its GB18030 copy are two forms, not one; stderr says how they were kept apart."""
    copy = FIXTURES / "seed_2021_quanzhou_yingji.gb18030.txt"
    code, out, err = _run(capsys, "trace", SEED, copy, "--target", "1-3", "--json")
    expected_err = f"warning: {copy} and {SEED} are both {YJ}/2021; kept apart as {YJ}/2021~{SEED.name}\n"
    forms = [(t["form"], t["unit"]) for t in json.loads(out)["targets"]]
    assert (0, expected_err, [(f"{YJ}/2021", YJ), (f"{YJ}/2021~{SEED.name}", f"{YJ}~{SEED.name}")]) == (
        code,
        err,
        forms,
    )
    _, out, _ = _run(capsys, "who", SEED, copy, "--person", "李志福")
    rows = [line.split("\t")[:4] for line in out.splitlines()[1:]]
    assert [["18.5", "10", "李志福", YJ], ["18.5", "10", "李志福", f"{YJ}~{SEED.name}"]] == rows


def test_two_units_are_labelled(capsys: pytest.CaptureFixture[str]) -> None:
    """`--doc` over two forms returns the targets of both units, each with its unit."""
    code, out, _ = _run(capsys, "trace", SEED, SECOND, "--doc", "泉委办〔2021〕20号", "--json")
    expected = [
        (YJ, i) for i in ("1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-10", "1-11", "1-12", "1-13")
    ] + [(XF, "1-1"), (XF, "1-4"), (XF, "3-1")]
    assert code == 0
    assert expected == [(t["unit"], t["id"]) for t in json.loads(out)["targets"]]
    code, out, _ = _run(capsys, "trace", SEED, SECOND, "--doc", "泉政办明传〔2021〕6号")
    assert "6 targets (2 units) derive from it" in out
    assert f"\n[{XF}/2021] 3-2 做好防汛防台风抢险救援准备工作。\n  via 文件依据; clause 121\n" in out


NO_MATCH = [
    (
        ("trace", "--doc", "泉委办〔2021〕3号"),
        "nothing matches 「泉委办〔2021〕3号」; nearest: 泉委办〔2021〕2号, 泉委办〔2021〕20号, "
        "泉委办〔2021〕25号, 泉政办〔2021〕3号, 泉委办发〔2021〕1号\n",
    ),
    (
        ("trace", "--doc", "火星探测计划"),
        "nothing matches 「火星探测计划」; nearest: 泉委办〔2021〕25号《2021年泉州市督查检查考核计划》\n",
    ),
    (
        ("trace", "--doc", "泉委发〔21〕5号"),
        "nothing matches 「泉委发〔21〕5号」 (not read as a document number: 2-digit year); nearest: "
        "泉委发〔2021〕5号, 泉委办〔2021〕25号, 泉委办发〔2021〕1号, 泉委办〔2021〕2号, 泉委办〔2021〕20号\n",
    ),
    (
        ("trace", "--doc", "泉委办2021-21"),
        "nothing matches 「泉委办2021-21」; nearest: 泉委办〔2021〕20号, 泉委办〔2021〕25号, "
        "泉委办〔2021〕2号, 泉委办发〔2021〕1号, 泉环委办〔2021〕6号\n",
    ),
    (("trace", "--doc", "的"), "nothing matches 「的」 (a title fragment needs at least 2 characters)\n"),
    (
        ("trace", "--target", "1-16"),
        f"nothing matches 「1-16」; nearest: {YJ}/2021/1-15, {YJ}/2021/1-14, {YJ}/2021/1-13, "
        f"{YJ}/2021/1-12, {YJ}/2021/1-11\n",
    ),
    (("who", "--person", "李　志"), "nothing matches 「李　志」; nearest: 李志福\n"),
    (("who", "--person", "王夏阳"), "王夏阳 is a 分管领导; use --leader\n"),
    (("who", "--leader", "李志福"), "李志福 is a 责任人; use --person\n"),
]


@pytest.mark.parametrize(("args", "message"), NO_MATCH, ids=[" ".join(c[0][1:]) for c in NO_MATCH])
def test_no_match_exits_1_with_nearest(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    """A query that matches nothing names the nearest candidates on stderr and exits 1."""
    command, *rest = args
    assert (1, "", message) == _run(capsys, command, SEED, *rest)


def test_unreadable_input_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An unreadable file is one line on stderr and exit 2; the readable ones are still answered."""
    missing = tmp_path / "missing.txt"
    assert (2, "", f"{missing}: no such file\n") == _run(capsys, "trace", missing, "--doc", "强基促稳")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    code, out, err = _run(capsys, "trace", bad, SEED, "--doc", "泉委办〔2021〕25号")
    assert (2, f"{bad}: not an xlsx workbook (not a zip archive)\n") == (code, err)
    assert f"[{YJ}/2021] 1-14 " in out


@pytest.mark.parametrize(
    "args",
    [("trace",), ("trace", "--doc", "x", "--target", "1-3"), ("who", "--person", "a", "--leader", "b")],
    ids=["neither", "both", "two-names"],
)
def test_contradictory_options_exit_2(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    """`trace` wants exactly one of --doc/--target; `who` at most one name option."""
    command, *rest = args
    code, out, err = _run(capsys, command, SEED, *rest)
    assert (code, out) == (2, "")
    assert err.startswith("give ")


USAGE_ERRORS = [
    (("trace", "--doc", ""), "--doc needs a value\n"),
    (("trace", "--target", " "), "--target needs a value\n"),
    (("trace", "--doc", "强基促稳", "--form", ""), "--form needs a value\n"),
    (("who", "--person", ""), "--person needs a value\n"),
    (("who", "--department", ""), "--department needs a value\n"),
    (("who", "--leader", ""), "--leader needs a value\n"),
    (
        ("who", "--person", "李志福", "--by", "department"),
        "--by tabulates everyone; leave it out with --person (which groups by person)\n",
    ),
    (("who", "--by", "unit"), "--by must be person, department or leader, not 'unit'\n"),
]


@pytest.mark.parametrize(("args", "message"), USAGE_ERRORS, ids=[" ".join(c[0]) for c in USAGE_ERRORS])
def test_usage_errors_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    """Empty option values and `who --by` with a name are usage errors: one line, exit 2."""
    command, *rest = args
    assert (2, "", message) == _run(capsys, command, SEED, *rest)


def _hide_rows(tmp_path: Path, ids: tuple[str, ...]) -> Path:
    """Write the seed workbook with the rows of `ids` (column B) hidden; return its path."""
    book = openpyxl.load_workbook(FIXTURES / "seed_2021_quanzhou_yingji.xlsx")
    sheet = book["绩效目标考评表"]
    for row in sheet.iter_rows(min_col=2, max_col=2):
        if str(row[0].value or "").strip() in ids:
            sheet.row_dimensions[row[0].row].hidden = True
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    return path


def test_a_query_only_hidden_rows_match_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """When only hidden rows would match, the message names them and --include-hidden, exit 1."""
    xlsx = FIXTURES / "seed_2021_quanzhou_yingji.xlsx"
    expected = (1, "", "1-16 is on hidden row 35; add --include-hidden\n")
    assert expected == _run(capsys, "trace", xlsx, "--target", "1-16")
    hidden = _hide_rows(tmp_path, ("1-14-1", "1-14-2", "1-9-1", "1-9-2"))
    expected = (1, "", "泉委办〔2021〕25号 is on hidden row 32; add --include-hidden\n")
    assert expected == _run(capsys, "trace", hidden, "--doc", "泉委办〔2021〕25号")
    expected = (1, "", "林永源 is on hidden rows 22, 23; add --include-hidden\n")
    assert expected == _run(capsys, "who", hidden, "--person", "林永源")
    code, out, _ = _run(capsys, "who", hidden, "--person", "林永源", "--include-hidden")
    expected_row = (0, ["4", "2", "林永源", YJ, "1-9-1 1-9-2"])
    assert expected_row == (code, out.splitlines()[1].split("\t"))


def test_who_person(capsys: pytest.CaptureFixture[str]) -> None:
    """`who --person 李志福` prints their ten indicators, 18.5 points, 1-3-1 marked shared."""
    code, out, err = _run(capsys, "who", SEED, "--person", "李志福")
    expected = (
        "weight\tcount\tperson\tunit\tindicators (* shared)\n"
        f"18.5\t10\t李志福\t{YJ}\t1-1-2 1-3-1* 1-4-1 1-6-1 1-6-2 1-7-1 1-7-2 2-1-1 2-1-2 2-3-2\n"
    )
    assert (0, expected, "") == (code, out, err)


def test_who_department_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`who --department 基础科 --json` gives the weight and node ids."""
    code, out, _ = _run(capsys, "who", SEED, "--department", "基础科", "--json")
    (row,) = json.loads(out)["workload"]
    assert code == 0
    assert ("基础科", YJ, 18.5, [f"indicator:{YJ}/2021/1-3-1"]) == (
        row["name"],
        row["unit"],
        row["weight"],
        row["shared"],
    )
    assert len(row["indicators"]) == 10


def test_who_table_is_heaviest_first(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a name, `who --by leader` lists every leader, heaviest first."""
    code, out, _ = _run(capsys, "who", SEED, "--by", "leader")
    rows = [line.split("\t") for line in out.splitlines()[1:]]
    assert code == 0
    assert [(r[0], r[2]) for r in rows[:3]] == [("43.5", "刘海明"), ("14.5", "张树武"), ("14", "谢招南")]
    assert sorted((-float(r[0]), r[2]) for r in rows) == [(-float(r[0]), r[2]) for r in rows]


def test_who_json(capsys: pytest.CaptureFixture[str]) -> None:
    """`who --json` is `{"by", "workload": [{name, unit, weight, indicators, shared}]}` (README)."""
    code, out, _ = _run(capsys, "who", SEED, "--person", "林永源", "--json")
    expected = {
        "by": "person",
        "workload": [
            {
                "name": "林永源",
                "unit": YJ,
                "weight": 4.0,
                "indicators": [f"indicator:{YJ}/2021/1-9-1", f"indicator:{YJ}/2021/1-9-2"],
                "shared": [],
            }
        ],
    }
    assert (0, expected) == (code, json.loads(out))


def test_directory_and_glob_inputs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A directory or a glob of forms gives the same answer as listing the files."""
    for path in (SEED, SECOND):
        shutil.copy(path, tmp_path / path.name)
    args = ("--doc", "泉委发〔2021〕5号", "--json")
    _, listed, _ = _run(capsys, "trace", SEED, SECOND, *args)
    assert (0, listed, "") == _run(capsys, "trace", tmp_path, *args)
    assert (0, listed, "") == _run(capsys, "trace", tmp_path / "*.txt", *args)
    assert [(t["unit"], t["id"]) for t in json.loads(listed)["targets"]] == [
        (YJ, "1-1"),
        (YJ, "1-2"),
        (YJ, "1-6"),
        (YJ, "1-7"),
        (YJ, "1-10"),
        (XF, "1-1"),
    ]


def _attrs_equal(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> bool:  # type: ignore[type-arg]
    nodes = dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    edges = sorted(a.edges(keys=True, data=True)) == sorted(b.edges(keys=True, data=True))
    return nodes and edges


@pytest.mark.parametrize("suffix", [".graphml", ".json"])
def test_export_reads_back_equal(capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str) -> None:
    """The exported GraphML and JSON read back into a graph equal to the one built."""
    out = tmp_path / f"graph{suffix}"
    code, stdout, _ = _run(capsys, "export", SEED, SECOND, "-o", out)
    built = build_graph([f for p in (SEED, SECOND) for f in parse_tables(read(p))])
    back = read_graph(out)
    assert code == 0
    assert f"wrote {out}: {built.number_of_nodes()} nodes, {built.number_of_edges()} edges\n" == stdout
    assert nx.utils.graphs_equal(built, back)
    assert _attrs_equal(built, back)


def test_export_gexf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """GEXF is written and readable by networkx with every node."""
    out = tmp_path / "graph.gexf"
    code, _, _ = _run(capsys, "export", SEED, "-o", out)
    assert code == 0
    assert nx.read_gexf(out).number_of_nodes() == 170


def test_export_refuses_unknown_format(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An output suffix other than .graphml/.gexf/.json is a usage error, exit 2, nothing written."""
    out = tmp_path / "graph.png"
    code, stdout, err = _run(capsys, "export", SEED, "-o", out)
    assert (2, "", f"{out}: unsupported graph format (expected .graphml, .gexf, .json)\n") == (
        code,
        stdout,
        err,
    )
    assert not out.exists()


_ID_CELL = re.compile(r"^\d+-\d+(?:-\d+)?$")


def _shuffle_rows(source: Path, target: Path, seed: int) -> Path:
    """Write `source` with its data rows (those holding an id) permuted among their places."""
    lines = source.read_text(encoding="utf-8").split("\n")
    places = [i for i, line in enumerate(lines) if any(_ID_CELL.match(c.strip()) for c in line.split("\t"))]
    rows = [lines[i] for i in places]
    random.Random(seed).shuffle(rows)
    for place, row in zip(places, rows, strict=True):
        lines[place] = row
    target.write_text("\n".join(lines), encoding="utf-8")
    return target


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_shuffled_rows_give_identical_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed: int
) -> None:
    """The seed with its 57 data rows shuffled gives byte-identical `trace --json` and `who --json`."""
    shuffled = _shuffle_rows(SEED, tmp_path / "shuffled.txt", seed)
    assert SEED.read_text(encoding="utf-8") != shuffled.read_text(encoding="utf-8")
    for args in (
        ("trace", "--doc", "泉委办〔2021〕20号", "--json"),
        ("trace", "--doc", "方案", "--json"),
        ("trace", "--target", "1-7-1", "--json"),
        ("who", "--by", "department", "--json"),
    ):
        command, *rest = args
        expected = _run(capsys, command, SEED, *rest)
        assert expected == _run(capsys, command, shuffled, *rest)
        assert expected[0] == 0


def test_export_is_byte_identical_in_any_file_order(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Exporting the same forms named in another order writes the same bytes."""
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    _run(capsys, "export", SEED, SECOND, "-o", a)
    _run(capsys, "export", SECOND, SEED, "-o", b)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize(
    ("command", "summary"),
    [
        ("trace", "从文件追到来源于它的目标（--doc）"),
        ("who", "列出谁承担哪些指标、权重多少"),
        ("export", "把表格的追溯图写成 GraphML、GEXF"),
    ],
)
def test_commands_have_help(capsys: pytest.CaptureFixture[str], command: str, summary: str) -> None:
    """Every new command documents itself in `--help`."""
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0
    assert summary in " ".join(out.split())


README = FIXTURES.parent / "README.md"


def _readme_section(title: str) -> str:
    """Return a README section from its heading to the next heading of its level or higher."""
    text = README.read_text(encoding="utf-8")
    start = text.index(title)
    level = title.split(" ", 1)[0]
    ends = [text.find(f"\n{'#' * n} ", start + 1) for n in range(1, len(level) + 1)]
    found = [e for e in ends if e >= 0]
    return text[start : min(found) if found else None]


def test_readme_layout_names_every_module() -> None:
    """The README's Layout names every module and subpackage of src/yiju."""
    layout = _readme_section("## Layout")
    package = FIXTURES.parent / "src" / "yiju"
    names = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    names |= {f"{p.name}/" for p in package.iterdir() if (p / "__init__.py").is_file()}
    expected: list[str] = []
    assert expected == sorted(n for n in names if not re.search(rf"(?<![\w/]){re.escape(n)}(?![\w])", layout))


def test_readme_documents_who_json_and_render_to_stdout() -> None:
    """The README gives `who --json`'s shape and `render -o -`."""
    who_section = _readme_section("### `yiju who`")
    render_section = _readme_section("### `yiju render`")
    expected = (True, True)
    assert expected == (
        '`{"by", "workload": [{"name", "unit", "weight", "indicators", "shared"}]}`' in who_section,
        "-o -" in render_section,
    )


SHORT_NAMES = FIXTURES / "short_names" / "form_a_2022.txt"


def test_trace_names_a_law_article_as_an_article(capsys: pytest.CaptureFixture[str]) -> None:
    """A target pinning article 12 derives `via` `clause:art12` (its clause node's name), and
    the text says `article 12`, not `clause 12` (item 12 and article 12 are not the same)."""
    code, out, _ = _run(capsys, "trace", SHORT_NAMES, "--doc", "中发〔2016〕32号", "--json")
    vias = [t["via"] for t in json.loads(out)["targets"]]
    _, text, _ = _run(capsys, "trace", SHORT_NAMES, "--doc", "中发〔2016〕32号")
    shown = [line.strip() for line in text.splitlines() if line.strip().startswith("via")]
    assert (code, vias, shown) == (
        0,
        [["basis", "clause:5"], ["basis", "clause:art12"], ["basis", "clause:art20"]],
        ["via 文件依据; clause 5", "via 文件依据; article 12", "via 文件依据; article 20"],
    )


@pytest.mark.parametrize(
    ("ref", "en", "zh"),
    [
        ("27", "clause 27", "第27项"),
        ("4.1", "clause 4.1", "第4.1项"),
        ("art20", "article 20", "第20条"),
        ("art20.2", "article 20 paragraph 2", "第20条第2款"),
        ("art23.1.1", "article 23 paragraph 1 item 1", "第23条第1款第1项"),
        ("art26..4", "article 26 item 4", "第26条第4项"),
        ("kuan3", "paragraph 3", "第3款"),
        ("ch3", "chapter 3", "第3章"),
    ],
)
def test_clause_word_names_every_clause_kind(ref: str, en: str, zh: str) -> None:
    """Every clause ref `graph.clause_item` writes reads as the kind of clause it is."""
    found = []
    for lang in ("en", "zh"):
        set_lang(lang)
        found.append(clause_word(ref))
    set_lang(None)
    assert found == [en, zh]
