"""`yiju trace`, `yiju who` and `yiju export` as a user runs them: output, JSON, exit codes."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest

from yiju.cli import main
from yiju.forms import parse_tables
from yiju.graph import build_graph, read_graph
from yiju.readers import read

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
                "indicators": [
                    {"id": "1-10-1", **indicator, "departments": ["防汛科"], "people": ["陈国材"]},
                    {"id": "1-10-2", **indicator, "departments": ["减灾科"], "people": ["王伟雄"]},
                ],
            }
        ],
    }
    assert code == 0
    assert expected == json.loads(out)
    assert list(json.loads(out)["targets"][0]) == ["form", "unit", "id", "text", "via", "indicators"]


def test_trace_title_fragment(capsys: pytest.CaptureFixture[str]) -> None:
    """`--doc 强基促稳` finds 泉委办〔2021〕20号 and its eleven targets."""
    code, out, _ = _run(capsys, "trace", SEED, "--doc", "强基促稳", "--json")
    data = json.loads(out)
    assert code == 0
    assert [d["key"] for d in data["documents"]] == ["泉委办〔2021〕20号"]
    expected = ["1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-10", "1-11", "1-12", "1-13"]
    assert expected == [t["id"] for t in data["targets"]]


def test_trace_fragment_with_several_documents_lists_all(capsys: pytest.CaptureFixture[str]) -> None:
    """A fragment matching several documents traces them all and says so."""
    code, out, _ = _run(capsys, "trace", SEED, "--doc", "政府工作报告")
    assert code == 0
    assert out.startswith("2 documents match '政府工作报告'; all are traced:\n泉府督〔2020〕DC-009号\n")
    assert "  via 文件依据; clause 41; clause 119 (from 泉府督〔2020〕DC-009号, 泉政办〔2021〕3号)\n" in out


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
        "nothing matches '泉委办〔2021〕3号'; nearest: 泉委办〔2021〕2号, 泉委办〔2021〕20号, "
        "泉委办〔2021〕25号, 泉政办〔2021〕3号, 泉委办发〔2021〕1号\n",
    ),
    (
        ("trace", "--doc", "火星探测计划"),
        "nothing matches '火星探测计划'; nearest: 泉委办〔2021〕25号《2021年泉州市督查检查考核计划》\n",
    ),
    (
        ("trace", "--target", "1-16"),
        f"nothing matches '1-16'; nearest: {YJ}/2021/1-15, {YJ}/2021/1-14, {YJ}/2021/1-13, "
        f"{YJ}/2021/1-12, {YJ}/2021/1-11\n",
    ),
    (("who", "--person", "李志"), "nothing matches '李志'; nearest: 李志福\n"),
]


@pytest.mark.parametrize(("args", "message"), NO_MATCH, ids=[c[0][2] for c in NO_MATCH])
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
        ("trace", "Trace a document down to its deriving targets (--doc)"),
        ("who", "Show who carries which indicators and how much weight"),
        ("export", "Write the traceability graph of the forms as GraphML, GEXF"),
    ],
)
def test_commands_have_help(capsys: pytest.CaptureFixture[str], command: str, summary: str) -> None:
    """Every new command documents itself in `--help`."""
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0
    assert summary in " ".join(out.split())
