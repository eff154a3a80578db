"""Dependency diagrams: golden DOT per view, determinism, escaping through real `dot`, the CLI.

Golden files live in `tests/golden/*.dot`; after an intended change, rebuild them with
`YIJU_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_render.py` and read the diff.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from yiju import audit as audit_module
from yiju import dot as dot_module
from yiju.cli import main
from yiju.dot import FontNotFoundError, GraphvizError, find_cjk_font, pick_font, run_dot
from yiju.errors import NoMatchError
from yiju.forms import parse_tables
from yiju.graph import Graph, build_graph
from yiju.models import Finding, Form, Severity
from yiju.readers import read
from yiju.render import (
    LEVELS,
    TooManyNodesError,
    View,
    ViewError,
    dot_id,
    dot_string,
    html_text,
    marks_from_findings,
    scene_count,
    scene_size,
    select,
    to_dot,
    whole_picture_counts,
    wrap,
)

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "seed_2021_quanzhou_yingji.txt"
SECOND = ROOT / "fixtures" / "second_unit_2021.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"
FONT = "WenQuanYi Zen Hei"
UNIT = "泉州市应急管理局"
FORM = f"{UNIT}/2021"
HAS_DOT = shutil.which("dot") is not None
needs_dot = pytest.mark.skipif(not HAS_DOT, reason="Graphviz `dot` is not installed")


def _forms(*paths: Path) -> list[Form]:
    return [form for path in paths for form in parse_tables(read(path))]


SEED_FORMS = _forms(SEED)
BOTH_FORMS = _forms(SEED, SECOND)
SEED_G = build_graph(SEED_FORMS)
BOTH_G = build_graph(BOTH_FORMS)

# Fixed marks for the golden files, so they do not move when the audit rules do.
MARKS = {
    f"indicator:{FORM}/1-3-1": "duplicated",
    f"indicator:{FORM}/1-1-2": "unassigned",
    "clause:泉委办〔2021〕20号#11": "duplicated",
    f"target:{FORM}/1-15": "unassigned",  # S01: no source document
}

# name, which graph, view, marks
GOLDEN_CASES: list[tuple[str, str, View, dict[str, str]]] = [
    ("seed-targets", "seed", View(level="targets"), {}),
    ("doc-quanweiban-2021-20", "seed", View(doc="泉委办〔2021〕20号"), MARKS),
    ("dept-jichuke", "seed", View(department="基础科"), MARKS),
    ("corpus-documents", "both", View(level="documents"), {}),
    ("person-wangxiayang-by-department", "seed", View(person="王夏阳", cluster="department"), {}),
    ("target-1-1-by-unit", "both", View(target="1-1", level="indicators", cluster="unit"), MARKS),
    ("seed-targets-by-category", "seed", View(level="targets", cluster="category"), MARKS),
]


def _graph(name: str) -> Graph:
    return SEED_G if name == "seed" else BOTH_G


# --------------------------------------------------------------------------- golden files


@pytest.mark.parametrize(("name", "which", "view", "marks"), GOLDEN_CASES, ids=[c[0] for c in GOLDEN_CASES])
def test_dot_matches_golden_file(name: str, which: str, view: View, marks: dict[str, str]) -> None:
    """Each view's DOT text is byte-for-byte the golden file (YIJU_UPDATE_GOLDEN=1 rewrites)."""
    actual = to_dot(_graph(which), view, font=FONT, marks=marks)
    path = GOLDEN / f"{name}.dot"
    if os.environ.get("YIJU_UPDATE_GOLDEN") == "1":
        GOLDEN.mkdir(exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
    expected = path.read_text(encoding="utf-8")
    assert expected == actual


@needs_dot
@pytest.mark.parametrize("name", [c[0] for c in GOLDEN_CASES])
def test_golden_file_is_accepted_by_dot(name: str) -> None:
    """Graphviz lays out every golden file without an error or a warning."""
    text = (GOLDEN / f"{name}.dot").read_text(encoding="utf-8")
    done = subprocess.run(["dot", "-Tsvg"], input=text.encode(), capture_output=True, check=False)
    expected = (0, b"")
    assert expected == (done.returncode, done.stderr)


# --------------------------------------------------------------------------- determinism


def _shuffled(forms: list[Form], seed: int) -> list[Form]:
    rnd = random.Random(seed)
    out = [
        replace(
            f,
            targets=tuple(rnd.sample(f.targets, len(f.targets))),
            indicators=tuple(rnd.sample(f.indicators, len(f.indicators))),
        )
        for f in forms
    ]
    rnd.shuffle(out)
    return out


def _reinserted(g: Graph, seed: int) -> Graph:
    """Return a copy of `g` whose nodes, edges and attributes were added in a random order."""
    rnd = random.Random(seed)
    out = nx.MultiDiGraph()
    nodes = list(g.nodes(data=True))
    rnd.shuffle(nodes)
    for node, attrs in nodes:
        items = list(attrs.items())
        rnd.shuffle(items)
        out.add_node(node, **dict(items))
    edges = list(g.edges(keys=True, data=True))
    rnd.shuffle(edges)
    for u, v, k, attrs in edges:
        out.add_edge(u, v, key=k, **attrs)
    return out


# Two forms down to people (211 boxes) are over the readable size; determinism is tested beyond it.
DETERMINISM_VIEWS = [c[2] for c in GOLDEN_CASES] + [
    View(max_nodes=1000),
    View(level="indicators", cluster="category", max_nodes=1000),
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shuffled_forms_give_the_same_dot(seed: int) -> None:
    """Forms whose targets, indicators and order are shuffled give the same DOT bytes."""
    expected = [to_dot(BOTH_G, v, font=FONT, marks=MARKS).encode() for v in DETERMINISM_VIEWS]
    g = build_graph(_shuffled(BOTH_FORMS, seed))
    actual = [to_dot(g, v, font=FONT, marks=MARKS).encode() for v in DETERMINISM_VIEWS]
    assert expected == actual


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_graph_insertion_order_does_not_change_the_dot(seed: int) -> None:
    """`to_dot` sorts for itself: a graph built in a random insertion order gives the same DOT."""
    expected = [to_dot(BOTH_G, v, font=FONT, marks=MARKS) for v in DETERMINISM_VIEWS]
    g = _reinserted(BOTH_G, seed)
    actual = [to_dot(g, v, font=FONT, marks=dict(reversed(list(MARKS.items())))) for v in DETERMINISM_VIEWS]
    assert expected == actual


# --------------------------------------------------------------------------- escaping

HOSTILE = 'a"b<c>&\n'
HOSTILE_UNIT = '单位"&<>\\'
HOSTILE_DEPT = HOSTILE + "科\\"
HOSTILE_PERSON = '李"\\N'
HOSTILE_KEY = '闽"<x>〔2021〕1号\\'
HOSTILE_TITLE = '标题 & <b>"q"</b> \\n \\\\'
HOSTILE_TEXT = 'T "q" <tag> &amp; & \\ end\\'


def _hostile_graph() -> Graph:
    g = nx.MultiDiGraph()
    form = f"{HOSTILE_UNIT}/2021"
    doc, clause = f"doc:{HOSTILE_KEY}", f"clause:{HOSTILE_KEY}#1"
    target, indicator = f"target:{form}/1-1", f"indicator:{form}/1-1-1"
    dept, person = f"dept:{HOSTILE_UNIT}/{HOSTILE_DEPT}", f"person:{HOSTILE_UNIT}/{HOSTILE_PERSON}"
    unit = f"unit:{HOSTILE_UNIT}"
    g.add_node(doc, kind="document", key=HOSTILE_KEY, titles=HOSTILE_TITLE, numbered=True, level="provincial")
    g.add_node(clause, kind="clause", key=HOSTILE_KEY, item="1", unit="项", pages="3")
    common = {"form": form, "unit": HOSTILE_UNIT, "category": HOSTILE, "group": HOSTILE, "file": "f.txt"}
    g.add_node(target, kind="target", number="1-1", text=HOSTILE_TEXT, points=4.0, **common)
    indicator_attrs = {"number": "1-1-1", "target": "1-1", "text": HOSTILE, "weight": 2.0, "leader": HOSTILE}
    g.add_node(indicator, kind="indicator", **indicator_attrs, **common)
    g.add_node(dept, kind="department", unit=HOSTILE_UNIT, name=HOSTILE_DEPT)
    g.add_node(person, kind="person", unit=HOSTILE_UNIT, name=HOSTILE_PERSON)
    g.add_node(unit, kind="unit", name=HOSTILE_UNIT)
    for u, v, k, extra in [
        (clause, doc, "part_of", {}),
        (target, doc, "based_on", {}),
        (target, clause, "cites", {"pages": "3", "labels": HOSTILE}),
        (target, unit, "part_of", {}),
        (indicator, target, "part_of", {}),
        (indicator, dept, "owned_by", {}),
        (indicator, person, "assigned_to", {}),
        (person, dept, "member_of", {}),
    ]:
        g.add_edge(u, v, key=k, kind=k, **extra)
    return g


def _svg_texts(svg: bytes) -> list[str]:
    root = ET.fromstring(svg)  # noqa: S314  # our own Graphviz output, not untrusted XML
    return ["".join(el.itertext()) for el in root.iter("{http://www.w3.org/2000/svg}text")]


@needs_dot
@pytest.mark.parametrize("level", [None, "indicators", "targets", "documents"])
def test_hostile_names_survive_dot(level: str | None) -> None:
    """Quotes, backslashes, <>, & and line breaks in names reach the picture exactly as written."""
    g = _hostile_graph()
    text = to_dot(g, View(level=level, cluster="unit"), font=FONT, marks={f"doc:{HOSTILE_KEY}": "unassigned"})
    done = subprocess.run(["dot", "-Tjson"], input=text.encode(), capture_output=True, check=False)
    expected = (0, b"")
    assert expected == (done.returncode, done.stderr)
    objects = json.loads(done.stdout)["objects"]
    names = {o["name"] for o in objects if "name" in o and not o["name"].startswith("_")}
    # Graphviz keeps `\\` and `\n` of a quoted id as written (only `\"` is unescaped), so each
    # id comes back whole and distinct — none was cut at a quote or merged with another.
    kept = {n for n in g if not n.startswith("unit:")} if level is None else set()
    assert {n.replace("\\", "\\\\").replace("\n", "\\n") for n in kept} <= names
    texts = _svg_texts(run_dot(text, "svg"))
    assert any(HOSTILE_KEY in t for t in texts), texts
    if level != "documents":
        assert any('T "q" <tag> &amp; & \\ end' in t for t in texts), texts
    if level is None:
        assert any(HOSTILE_PERSON in t for t in texts), texts
        assert any('a"b<c>& 科\\' in t for t in texts), texts


ESCAPES = [
    (dot_id, 'a"b\\c\n', '"a\\"b\\\\c\\n"'),
    (dot_id, "x\\", '"x\\\\"'),
    (dot_string, 'p14\n"x" & \\N', '"p14\\n\\"x\\" &amp; \\\\N"'),
    (dot_string, "&amp;", '"&amp;amp;"'),
    (html_text, '<a href="x">&\\', "&lt;a href=&quot;x&quot;&gt;&amp;\\\\"),
    (html_text, "two\nlines", "two lines"),
]


@pytest.mark.parametrize(("escape", "text", "expected"), ESCAPES)
def test_escapes(escape: object, text: str, expected: str) -> None:
    """Each escaper turns a hostile string into the exact DOT or HTML-label text."""
    assert callable(escape)
    assert expected == escape(text)


# --------------------------------------------------------------------------- labels

WRAPS = [
    ("完善“智慧安监”平台、常态化线上分类监管体系", 16, 2, ["完善“智慧安监”平", "台、常态化线上…"]),
    (
        "持续深入开展安全生产专项整治三年行动，遏制重特大安全生产事故。",
        30,
        3,
        [
            "持续深入开展安全生产专项整治三",
            "年行动，遏制重特大安全生产事故。",
        ],
    ),
    ("城市创建工作", 30, 3, ["城市创建工作"]),
    ("泉府督〔2020〕DC-009号第16页", 14, 3, ["泉府督〔2020〕", "DC-009号第16页"]),
    ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10, 2, ["ABCDEFGHIJ", "KLMNOPQRS…"]),
    ("", 10, 2, []),
]


@pytest.mark.parametrize(("text", "width", "lines", "expected"), WRAPS)
def test_wrap(text: str, width: int, lines: int, expected: list[str]) -> None:
    """Labels wrap by display width, keep Latin runs whole, hang closing punctuation, cut with …."""
    assert expected == wrap(text, width, lines)


def test_labels_put_the_id_first() -> None:
    """A target's label starts with its bold number, then its text; an indicator names its leader."""
    text = to_dot(SEED_G, View(target="1-3"), font=FONT)
    assert '<B>1-3</B> <FONT COLOR="#666666" POINT-SIZE="9">4分</FONT><BR ALIGN="LEFT"/>完善安全监管' in text
    assert "<B>1-3-1</B>" in text
    assert "权重2 · 分管 王夏阳" in text


# --------------------------------------------------------------------------- views

TARGET_1_3 = {
    "doc:泉委办〔2021〕20号",
    "doc:泉政办〔2021〕6号",
    "doc:泉政办〔2020〕18号",
    "clause:泉委办〔2021〕20号#11",
    "clause:泉政办〔2021〕6号#23",
    "clause:泉政办〔2020〕18号#4.1",
    f"target:{FORM}/1-3",
    f"indicator:{FORM}/1-3-1",
    f"indicator:{FORM}/1-3-2",
    f"dept:{UNIT}/基础科",
    f"dept:{UNIT}/协调科",
    f"dept:{UNIT}/减灾科",
    f"person:{UNIT}/李志福",
    f"person:{UNIT}/陈梓平",
    f"person:{UNIT}/王伟雄",
}


def test_target_view_keeps_its_sources_indicators_and_owners() -> None:
    """`--target 1-3` keeps its three documents and clauses, two indicators and their owners."""
    expected = TARGET_1_3
    assert expected == set(select(SEED_G, View(target="1-3")))


def test_indicator_number_draws_its_target() -> None:
    """`--target 1-3-1` draws target 1-3, like `--target 1-3`."""
    expected = TARGET_1_3
    assert expected == set(select(SEED_G, View(target="1-3-1")))


def test_doc_view_leaves_out_the_other_documents_its_targets_cite() -> None:
    """`--doc 泉委办〔2021〕20号` keeps that document only, and every target citing its clause 11."""
    kept = select(SEED_G, View(doc="泉委办[2021]第20号"))
    docs = {n for n in kept if n.startswith("doc:")}
    targets = sorted((n.rsplit("/", 1)[1] for n in kept if n.startswith("target:")), key=lambda s: int(s[2:]))
    expected = (
        {"doc:泉委办〔2021〕20号"},
        ["1-2", "1-3", "1-4", "1-5", "1-6", "1-7", "1-8", "1-10", "1-11", "1-12", "1-13"],
    )
    assert expected == (docs, targets)


def test_department_view_keeps_its_indicators_and_their_co_owners() -> None:
    """`--department 基础科` keeps its 10 indicators; shared 1-3-1 brings 协调科 and 陈梓平."""
    kept = select(SEED_G, View(department="基础科"))
    indicators = sorted(n.rsplit("/", 1)[1] for n in kept if n.startswith("indicator:"))
    owners = sorted(n.split(":", 1)[1] for n in kept if n.startswith(("dept:", "person:")))
    expected = (
        ["1-1-2", "1-3-1", "1-4-1", "1-6-1", "1-6-2", "1-7-1", "1-7-2", "2-1-1", "2-1-2", "2-3-2"],
        [f"{UNIT}/协调科", f"{UNIT}/基础科", f"{UNIT}/李志福", f"{UNIT}/陈梓平"],
    )
    assert expected == (indicators, owners)


def test_leader_view_draws_the_leader_with_dashed_edges() -> None:
    """`--person 王夏阳` (a 分管领导) keeps the 6 indicators led, each with a dashed 分管 edge."""
    text = to_dot(SEED_G, View(person="王夏阳"), font=FONT)
    led = [line for line in text.splitlines() if f'-> "person:{UNIT}/王夏阳"' in line]
    expected = [True] * 6
    assert expected == ['label="分管", style="dashed"' in line for line in led]


def test_childless_target_is_one_node() -> None:
    """Childless 4-1 is drawn once, in the target column, with its weight, leader and owners."""
    text = to_dot(SEED_G, View(department="机关党委"), font=FONT)
    assert f'"indicator:{FORM}/4-1"' not in text
    assert f'"target:{FORM}/4-1" -> "dept:{UNIT}/机关党委"' in text
    assert "<B>4-1</B> <FONT" in text
    assert "权重1.5 · 分管 刘海明" in text


def test_targets_level_draws_clause_nodes_not_edge_labels() -> None:
    """At level targets, 泉委办〔2021〕20号 → its clause 第11项 (pages in the box) → 1-3; no edge label."""
    text = to_dot(SEED_G, View(level="targets", target="1-3"), font=FONT)
    clause = '"clause:泉委办〔2021〕20号#11"'
    assert f'"doc:泉委办〔2021〕20号" -> {clause};' in text
    assert f'{clause} -> "target:{FORM}/1-3" [tooltip="1-3 引用 泉委办〔2021〕20号 第14-15页第11项"];' in text
    assert "第14、14-15页" in text  # the clause's pages, as the forms write them, inside its box
    edges = [line for line in text.splitlines() if " -> " in line and "style=invis" not in line]
    assert [] == [line for line in edges if "label=" in line]


def test_document_and_its_clauses_share_a_box() -> None:
    """Each document is drawn in a plain cluster with its clauses (no title of its own)."""
    text = to_dot(SEED_G, View(doc="泉委办〔2021〕20号"), font=FONT)
    box = text.split("subgraph cluster_")[1].split("}")[0]
    assert '"doc:泉委办〔2021〕20号"' in box
    assert '"clause:泉委办〔2021〕20号#11"' in box
    assert 'label=""' in box


def test_legend_explains_every_colour_drawn_with_rule_codes() -> None:
    """The legend names each fill drawn, and each mark with its rule codes in Chinese."""
    marks = {f"target:{FORM}/1-15": "unassigned", f"indicator:{FORM}/1-3-1": "duplicated"}
    text = to_dot(SEED_G, View(), font=FONT, marks=marks)
    legend = text.split("subgraph cluster_legend")[1]
    body = text.split("subgraph cluster_legend")[0]
    for colour in sorted(set(re.findall(r'fillcolor="(#[0-9a-f]{6})"', body))):
        assert colour in legend, colour
    assert "S01 目标无文件依据" in legend
    assert "A04 多方共担" in legend
    assert re.search(r"[A-Za-z]{3,} [A-Za-z]{3,}", re.sub(r"<[^>]+>|\b[a-z]+=\S+", "", legend)) is None


def test_documents_level_counts_targets_per_unit() -> None:
    """At level documents, the edge from 泉委办〔2021〕20号 to each unit carries its number of targets."""
    text = to_dot(BOTH_G, View(level="documents"), font=FONT)
    lines = [line for line in text.splitlines() if line.startswith('  "doc:泉委办〔2021〕20号" -> ')]
    heads = (line.split(" -> ")[1].split(" [")[0] for line in lines)
    labels = (line.split('taillabel="')[1].split('"')[0] for line in lines)
    expected = [('"unit:泉州市应急管理局"', "11"), ('"unit:泉州市消防救援支队"', "3")]
    assert expected == sorted(zip(heads, labels, strict=True))


SIZES = [
    (View(level="targets"), (71, 63)),  # 16 clause boxes between the documents and the targets
    (View(level="indicators"), (107, 99)),
    (View(doc="泉委办〔2021〕20号"), (54, 67)),
    (View(department="基础科"), (37, 48)),
    (View(target="1-3"), (15, 14)),
]


@pytest.mark.parametrize(("view", "expected"), SIZES)
def test_scene_sizes(view: View, expected: tuple[int, int]) -> None:
    """The seed views draw the expected numbers of nodes and edges (legend aside)."""
    assert expected == scene_size(SEED_G, view)


def test_title_only_documents_have_their_own_shape() -> None:
    """A title-only document (《三定方案》) is a note; a numbered one is a rounded box."""
    text = to_dot(SEED_G, View(level="targets"), font=FONT)
    line = next(x for x in text.splitlines() if x.lstrip().startswith('"doc:《三定方案》" ['))
    numbered = next(x for x in text.splitlines() if x.lstrip().startswith('"doc:泉委办〔2021〕20号" ['))
    expected = (True, True)
    assert expected == ('shape="note"' in line, 'shape="box", style="rounded,filled"' in numbered)


def test_font_is_set_on_graph_nodes_and_edges() -> None:
    """The font given is the graph's, the nodes' and the edges' default."""
    text = to_dot(SEED_G, View(target="1-3"), font="Noto Sans CJK SC")
    expected = [1, 1, 1]
    assert expected == [line.count('fontname="Noto Sans CJK SC"') for line in text.splitlines()[1:4]]


# --------------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"doc": "x", "person": "y"},
            "choose one of --doc, --target, --department, --person (got --doc, --person)",
        ),
        ({"level": "clauses"}, "--level must be one of documents, targets, indicators, not 'clauses'"),
        ({"cluster": "leader"}, "--cluster must be one of category, department, unit, not 'leader'"),
        ({"max_nodes": 0}, "--max-nodes must be at least 1, not 0"),
    ],
)
def test_bad_views_are_refused(kwargs: dict[str, object], message: str) -> None:
    """A view with two filters, an unknown level or cluster, or no room is a ViewError."""
    with pytest.raises(ViewError) as caught:
        View(**kwargs)  # type: ignore[arg-type]
    assert message == str(caught.value)


def test_too_many_nodes_is_refused_with_advice() -> None:
    """Over `max_nodes`, `to_dot` refuses and suggests a filter or a higher level."""
    with pytest.raises(TooManyNodesError) as caught:
        to_dot(SEED_G, View(level="indicators", max_nodes=106), font=FONT)
    expected = (
        "the picture would have 107 nodes (limit 106), too many to read; narrow it with --doc, "
        "--target, --department or --person, use a higher --level (targets or documents), "
        "or raise --max-nodes"
    )
    assert expected == str(caught.value)
    assert to_dot(SEED_G, View(level="indicators", max_nodes=107), font=FONT)


@pytest.mark.parametrize(
    "view",
    [View(doc="泉委办〔2021〕99号"), View(department="不存在科"), View(person="无名"), View(target="9-9")],
)
def test_unmatched_filter_is_no_match(view: View) -> None:
    """A filter naming nothing raises NoMatchError (with candidates), not an empty picture."""
    with pytest.raises(NoMatchError):
        to_dot(SEED_G, view, font=FONT)


def test_unknown_mark_is_refused() -> None:
    """A mark other than unassigned / duplicated is a ValueError."""
    with pytest.raises(ValueError, match="marks must be one of unassigned, duplicated, not red"):
        to_dot(SEED_G, View(target="1-3"), font=FONT, marks={f"target:{FORM}/1-3": "red"})


# --------------------------------------------------------------------------- marks


def _finding(code: str, *subjects: str) -> Finding:
    return Finding(code, "slug", Severity.WARNING, "message", subjects, None)


MARK_CASES = [
    (
        "A01 marks its indicator red",
        [_finding("A01", f"indicator:{FORM}/1-15")],
        {f"indicator:{FORM}/1-15": "unassigned"},
    ),
    (
        "A04 marks the shared indicator only, not its owners",
        [_finding("A04", f"indicator:{FORM}/1-3-1", f"dept:{UNIT}/基础科", f"person:{UNIT}/李志福")],
        {f"indicator:{FORM}/1-3-1": "duplicated"},
    ),
    (
        "D02 marks every twin",
        [_finding("D02", f"target:{FORM}/1-6", f"target:{FORM}/1-7")],
        {f"target:{FORM}/1-6": "duplicated", f"target:{FORM}/1-7": "duplicated"},
    ),
    (
        "unassigned wins over duplicated",
        [_finding("D03", f"indicator:{FORM}/1-1-1"), _finding("A02", f"indicator:{FORM}/1-1-1")],
        {f"indicator:{FORM}/1-1-1": "unassigned"},
    ),
    (
        "S01 marks the unsourced target red",
        [_finding("S01", f"target:{FORM}/1-15")],
        {f"target:{FORM}/1-15": "unassigned"},
    ),
    (
        "A05 marks the person in two departments",
        [_finding("A05", f"person:{UNIT}/林永源", f"dept:{UNIT}/火灾科")],
        {f"person:{UNIT}/林永源": "duplicated"},
    ),
    ("other codes mark nothing", [_finding("W04", f"target:{FORM}/1-15"), _finding("R01", "x")], {}),
    ("a subject that is no node id marks nothing", [_finding("A01", "1-1-1"), _finding("A05", "林永源")], {}),
]


@pytest.mark.parametrize(("about", "findings", "expected"), MARK_CASES, ids=[c[0] for c in MARK_CASES])
def test_marks_from_findings(about: str, findings: list[Finding], expected: dict[str, str]) -> None:
    """Audit findings map to node marks by code, first subject (all for D02/D03)."""
    assert expected == marks_from_findings(SEED_G, findings), about


def test_marks_draw_red_and_orange_with_a_legend() -> None:
    """Marked nodes get a red or orange border and fill, and the legend explains both."""
    text = to_dot(SEED_G, View(department="基础科"), font=FONT, marks=MARKS)
    unassigned = next(x for x in text.splitlines() if x.strip().startswith(f'"indicator:{FORM}/1-1-2" ['))
    assert 'color="#d62728"' in unassigned
    assert 'fillcolor="#fbd5d5"' in unassigned
    assert "红框：责任未落实——S01 目标无文件依据" in text
    assert "橙框：重复或共担——A04 多方共担" in text


def test_targets_level_shows_the_strongest_mark_of_its_indicators() -> None:
    """At level targets, target 1-1 shows the red mark of its indicator 1-1-2."""
    text = to_dot(SEED_G, View(level="targets"), font=FONT, marks=MARKS)
    line = next(x for x in text.splitlines() if f'"target:{FORM}/1-1" [' in x)
    assert 'color="#d62728"' in line


# --------------------------------------------------------------------------- running dot, fonts


def test_pick_font_prefers_wenquanyi_then_noto() -> None:
    """The preferred CJK family wins; an unknown one is taken when it is all there is."""
    expected = ("Noto Sans CJK SC", "Droid Sans Fallback", None)
    assert expected == (
        pick_font(["Droid Sans Fallback", "Noto Sans CJK SC"]),
        pick_font(["Droid Sans Fallback"]),
        pick_font([]),
    )


def test_no_cjk_font_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a CJK font the error is one line naming the package to install."""
    monkeypatch.setattr(dot_module, "cjk_fonts", list)
    with pytest.raises(FontNotFoundError) as caught:
        find_cjk_font()
    expected = (
        "no Chinese font installed (fc-list :lang=zh is empty); "
        "install one: apt-get install fonts-wqy-zenhei (or fonts-noto-cjk)"
    )
    assert expected == str(caught.value)


@needs_dot
def test_run_dot_formats() -> None:
    """svg, png and pdf come out with their magic bytes; dot is the text itself."""
    text = to_dot(SEED_G, View(target="1-3"), font=FONT)
    heads = {fmt: run_dot(text, fmt)[:5] for fmt in ("png", "pdf", "dot")}
    expected = {"png": b"\x89PNG\r", "pdf": b"%PDF-", "dot": b"digra"}
    assert expected == heads
    assert b"<svg" in run_dot(text, "svg")


@needs_dot
def test_png_is_deterministic() -> None:
    """The same DOT gives the same PNG bytes (graphs/ can be committed)."""
    text = to_dot(SEED_G, View(department="基础科"), font=FONT, marks=MARKS)
    assert run_dot(text, "png") == run_dot(text, "png")


@needs_dot
def test_pdf_is_deterministic(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two PDF renders a second apart are byte-identical: dated SOURCE_DATE_EPOCH, not now."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    text = to_dot(SEED_G, View(target="1-3"), font=FONT)
    first = run_dot(text, "pdf")
    time.sleep(1.1)  # cairo dates a PDF to the second
    expected = (first, True)
    assert expected == (run_dot(text, "pdf"), b"/CreationDate (D:19700101000000" in first)


@needs_dot
def test_dot_refusal_is_a_graphviz_error() -> None:
    """Text `dot` cannot parse raises GraphvizError with dot's first line."""
    with pytest.raises(GraphvizError, match="dot failed: Error: <stdin>: syntax error in line 1"):
        run_dot("digraph { a -> }", "svg")


def test_unknown_format_is_a_value_error() -> None:
    """`run_dot` knows svg, png, pdf and dot only."""
    with pytest.raises(ValueError, match="format must be one of svg, png, pdf, dot, not 'gif'"):
        run_dot("digraph {}", "gif")


# --------------------------------------------------------------------------- CLI


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@needs_dot
def test_cli_writes_the_format_of_the_suffix(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`yiju render … -o x.png` writes a PNG and says so."""
    out = tmp_path / "x.png"
    code, stdout, err = _run(capsys, "render", str(SEED), "--department", "基础科", "-o", str(out))
    assert (0, f"wrote {out} (png)\n", "", b"\x89PNG") == (code, stdout, err, out.read_bytes()[:4])


def test_cli_dot_output_matches_to_dot(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`--format dot` writes `to_dot`'s text, with the audit's marks unless --no-marks."""
    out = tmp_path / "x.txt"
    args = ["render", str(SEED), "--target", "1-3", "--format", "dot", "-o", str(out)]
    code, _, _ = _run(capsys, *args, "--no-marks")
    expected = (0, to_dot(SEED_G, View(target="1-3"), font=find_cjk_font()))
    assert expected == (code, out.read_text(encoding="utf-8"))
    code, _, _ = _run(capsys, *args)
    marked = (0, True)  # A04 marks the shared indicator 1-3-1 orange
    assert marked == (code, "#ff7f0e" in out.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--doc", "泉委办〔2021〕99号"], 1, "nothing matches 「泉委办〔2021〕99号」"),
        (["--level", "indicators", "--max-nodes", "10"], 1, "the picture would have 107 nodes (limit 10)"),
        (["--doc", "x", "--department", "y"], 2, "choose one of --doc, --target, --department, --person"),
        (["--cluster", "leader"], 2, "--cluster must be one of category, department, unit"),
    ],
)
def test_cli_refusals(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    """No match and too many nodes exit 1; bad options exit 2; one line on stderr, no file."""
    out = tmp_path / "x.svg"
    actual, stdout, err = _run(capsys, "render", str(SEED), *args, "-o", str(out))
    expected = (code, "", True, 1, False)
    assert expected == (actual, stdout, err.startswith(message), err.count("\n"), out.exists())


def test_cli_without_a_cjk_font_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no CJK font the CLI stops with one line naming fonts-wqy-zenhei, exit 2."""
    monkeypatch.setattr(dot_module, "cjk_fonts", list)
    code, stdout, err = _run(capsys, "render", str(SEED), "-o", str(tmp_path / "x.svg"))
    expected = (2, "", 1, True)
    assert expected == (code, stdout, err.count("\n"), "apt-get install fonts-wqy-zenhei" in err)


def test_cli_unknown_suffix_is_a_usage_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An output suffix that is no format, without --format, exits 2 with one line."""
    out = tmp_path / "a.jpg"
    expected = (2, "", f"cannot tell the format from '{out}'; use --format svg|png|pdf|dot\n")
    assert expected == _run(capsys, "render", str(SEED), "-o", str(out))


FORMAT_CASES = [
    (
        ["-o", "{tmp}/x.png", "--format", "svg"],
        "--format svg disagrees with {tmp}/x.png; give one or make them agree\n",
    ),
    (["-o", "{tmp}/x.svg", "--format", "gif"], "--format must be one of svg, png, pdf, dot, not 'gif'\n"),
    (["-o", "{tmp}/x.svg", "--doc", ""], "--doc needs a value\n"),
    (["-o", "{tmp}/x.svg", "--person", " "], "--person needs a value\n"),
]


@pytest.mark.parametrize(("args", "message"), FORMAT_CASES, ids=[" ".join(c[0][2:]) for c in FORMAT_CASES])
def test_cli_format_and_filter_usage_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], message: str
) -> None:
    """--format disagreeing with -o's suffix, an unknown format, an empty filter: one line, exit 2."""
    filled = [a.format(tmp=tmp_path) for a in args]
    expected = (2, "", message.format(tmp=tmp_path))
    assert expected == _run(capsys, "render", str(SEED), *filled)


def test_cli_format_agreeing_with_suffix_or_naming_another(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--format may repeat -o's suffix, or name the format of a file whose suffix is no format."""
    expected = (0, f"wrote {tmp_path / 'x.dot'} (dot)\n", "")
    assert expected == _run(
        capsys, "render", str(SEED), "--target", "1-3", "-o", str(tmp_path / "x.dot"), "--format", "DOT"
    )
    expected = (0, f"wrote {tmp_path / 'x.gv'} (dot)\n", "")
    assert expected == _run(
        capsys, "render", str(SEED), "--target", "1-3", "-o", str(tmp_path / "x.gv"), "--format", "dot"
    )


def test_cli_marks_an_unsourced_target_red(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """S01's target (1-15, no source document) is drawn as unassigned; a profile without
    [sources] (given with --profile) does not mark it."""
    out = tmp_path / "x.dot"
    _run(capsys, "render", str(SEED), "--level", "targets", "-o", str(out))
    line = next(x for x in out.read_text(encoding="utf-8").splitlines() if f'"target:{FORM}/1-15" [' in x)
    data = (ROOT / "src" / "yiju" / "data" / "profile_default.toml").read_text(encoding="utf-8")
    start = data.index("[sources]")
    end = data.index("\n[", data.index("\n[sources.required]") + 1)
    profile = tmp_path / "no_sources.toml"
    profile.write_text(data[:start] + data[end + 1 :], encoding="utf-8")
    code, _, _ = _run(
        capsys, "render", str(SEED), "--level", "targets", "--profile", str(profile), "-o", str(out)
    )
    unmarked = next(x for x in out.read_text(encoding="utf-8").splitlines() if f'"target:{FORM}/1-15" [' in x)
    expected = (True, 0, False)
    assert expected == ('color="#d62728"' in line, code, 'color="#d62728"' in unmarked)


def test_cli_runs_only_the_marking_rules(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """render asks the audit for the MARK_CODES rules only, with the graph it draws."""
    calls: list[tuple[object, bool]] = []
    real = audit_module.run_audit

    def spy(forms: list[Form], profile: object = None, **kwargs: Any) -> list[Finding]:
        calls.append((kwargs.get("select"), kwargs.get("graph") is not None))
        return real(forms, profile, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(audit_module, "run_audit", spy)
    _run(capsys, "render", str(SEED), "--target", "1-3", "-o", str(tmp_path / "x.dot"))
    expected = [(["S01", "A01", "A02", "A03", "A04", "A05", "D01", "D02", "D03"], True)]
    assert expected == calls


def _fixture_graphs() -> list[tuple[str, Graph]]:
    """The graph of each fixture set: the seed pair, the families' text tables, the cover units."""
    families = sorted((ROOT / "fixtures" / "families").glob("*.txt"))
    cover = sorted((ROOT / "fixtures" / "cover").rglob("*.txt"))
    return [
        ("seed+second", BOTH_G),
        ("families", build_graph(_forms(*families))),
        ("cover", build_graph(_forms(*cover))),
    ]


COUNT_VIEWS = [
    View(level=level, cluster=cluster, max_nodes=10**9)
    for level in (None, *LEVELS)
    for cluster in (None, "department")
] + [
    View(doc="泉委办〔2021〕20号", max_nodes=10**9),
    View(target="1-3", level="indicators", max_nodes=10**9),
    View(department="基础科", max_nodes=10**9),
    View(person="王夏阳", level="targets", max_nodes=10**9),
]


@pytest.mark.parametrize(("name", "g"), _fixture_graphs(), ids=lambda v: v if isinstance(v, str) else "")
def test_scene_count_is_the_number_of_boxes_drawn(name: str, g: Graph) -> None:
    """`scene_count` (what an index stores to refuse early) equals the boxes `to_dot` draws."""
    pairs = []
    for view in COUNT_VIEWS:
        try:
            pairs.append((view, scene_count(g, view), scene_size(g, view)[0]))
        except NoMatchError:
            continue
    assert [(v, c, s) for v, c, s in pairs if c != s] == []
    assert len(pairs) >= len(COUNT_VIEWS) // 2, name  # the filters matched in most graphs


@pytest.mark.parametrize(("name", "g"), _fixture_graphs(), ids=lambda v: v if isinstance(v, str) else "")
def test_whole_picture_counts_are_the_boxes_of_each_level(name: str, g: Graph) -> None:
    """What an index stores per level is what `to_dot` draws of the unfiltered picture."""
    views = {level or "people": View(level=level, max_nodes=10**9) for level in (None, *LEVELS)}
    drawn = {level: scene_size(g, view)[0] for level, view in views.items()}
    assert whole_picture_counts(g) == drawn, name
