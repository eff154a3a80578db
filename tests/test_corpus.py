"""The library facade (`yiju.load` → `Corpus`) and the one reading API of the graph (`graphread`)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import yiju
from yiju.audit import run_audit
from yiju.export import build_tables
from yiju.forms import parse_tables
from yiju.graph import Graph, build_graph
from yiju.graphread import (
    EdgeKind,
    Level,
    NodeKind,
    document_info,
    documents,
    documents_by_level,
    indicators_of,
    owners,
    target_of,
)
from yiju.models import Form
from yiju.queries import derives_from, sources_of, workload
from yiju.readers import read
from yiju.render import View, to_dot

#: These tests assert the English wording (`--lang en`); the Chinese outputs are in test_messages.py.
LANG_UNDER_TEST = "en"

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SECOND = FIXTURES / "second_unit_2021.txt"
FONT = "WenQuanYi Zen Hei"


def _forms(*paths: Path) -> list[Form]:
    return [form for path in paths for form in parse_tables(read(path))]


@pytest.fixture(scope="module")
def corpus() -> yiju.Corpus:
    """The seed and the second unit, loaded through the facade."""
    return yiju.load([SEED, SECOND])


@pytest.fixture(scope="module")
def graph() -> Graph:
    """The same two forms' graph, built by hand."""
    return build_graph(_forms(SEED, SECOND))


# --------------------------------------------------------------------------- facade


def test_load_reads_every_form_and_builds_the_graph_of_build_graph(corpus: yiju.Corpus, graph: Graph) -> None:
    """`yiju.load` gives the forms of every file, and its graph is `build_graph`'s."""
    expected = (2, (), sorted(graph.nodes), sorted(graph.edges(keys=True)))
    assert expected == (
        len(corpus.forms),
        corpus.failures,
        sorted(corpus.graph.nodes),
        sorted(corpus.graph.edges(keys=True)),
    )


@pytest.mark.parametrize("query", ["泉委办〔2021〕20号", "泉委发[2021]5号", "强基促稳", "三定方案"])
def test_corpus_trace_is_derives_from(corpus: yiju.Corpus, graph: Graph, query: str) -> None:
    """`Corpus.trace` answers what `queries.derives_from` answers on the same graph."""
    assert derives_from(graph, query).to_dict() == corpus.trace(query).to_dict()


@pytest.mark.parametrize(("query", "form"), [("1-3", "泉州市应急管理局"), ("1-2-1", None)])
def test_corpus_sources_is_sources_of(
    corpus: yiju.Corpus, graph: Graph, query: str, form: str | None
) -> None:
    """`Corpus.sources` gives `sources_of` for each target the number names."""
    found = corpus.sources(query, form=form)
    expected = [sources_of(graph, node).to_dict() for node in corpus.targets(query, form=form)]
    assert (expected, True) == ([s.to_dict() for s in found], len(found) >= 1)


@pytest.mark.parametrize("by", ["person", "department", "leader"])
def test_corpus_who_is_workload(corpus: yiju.Corpus, graph: Graph, by: str) -> None:
    """`Corpus.who` gives `workload` by each role."""
    expected = [w.to_dict() for w in workload(graph, by)]  # type: ignore[arg-type]
    assert expected == [w.to_dict() for w in corpus.who(by)]  # type: ignore[arg-type]


def test_corpus_audit_and_tables_are_the_library_calls(corpus: yiju.Corpus, graph: Graph) -> None:
    """`Corpus.audit` is `run_audit`, `Corpus.tables` is `build_tables` with those findings."""
    forms = list(corpus.forms)
    findings = run_audit(forms, graph=graph)
    expected = (findings, build_tables(forms, graph, findings))
    assert expected == (corpus.audit(), corpus.tables())


def test_load_records_unreadable_inputs_and_keeps_the_others(tmp_path: Path) -> None:
    """A missing path and a file without a form are failures, each named; the seed is still read."""
    junk = tmp_path / "junk.txt"
    junk.write_text("nothing here\n", encoding="utf-8")
    seen: list[str] = []
    loaded = yiju.load([tmp_path / "missing.xlsx", junk, SEED], on_error=lambda e: seen.append(str(e)))
    names = [str(e).split(":", 1)[0] for e in loaded.failures]
    expected = ([str(tmp_path / "missing.xlsx"), str(junk)], 1, seen)
    assert expected == (names, len(loaded.forms), [str(e) for e in loaded.failures])


def test_kept_apart_names_the_copy_of_a_form(tmp_path: Path) -> None:
    """Two files of one unit and year: the second is kept apart, and `kept_apart` says where."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_bytes(SEED.read_bytes())
    loaded = yiju.load([second, first])
    kept = loaded.kept_apart
    expected = [(str(second), "泉州市应急管理局/2021", str(first), "泉州市应急管理局/2021~b.txt")]
    assert expected == [(k.file, k.form_id, k.kept_by, k.namespace) for k in kept]


def test_render_with_marks_false_has_no_marks(corpus: yiju.Corpus, graph: Graph) -> None:
    """`Corpus.render(marks=False)` is `to_dot` without marks."""
    view = View(doc="泉委办〔2021〕20号")
    assert to_dot(graph, view, font=FONT) == corpus.render(view, font=FONT, marks=False)


def _modules_after(code: str) -> list[str]:
    heavy = ("networkx", "openpyxl", "rapidfuzz", "yiju.audit", "yiju.render", "yiju.forms", "yiju.graph")
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {heavy!r} if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_import_yiju_and_the_cli_import_nothing_heavy() -> None:
    """`import yiju` and `import yiju.cli` (what `yiju --help` runs) load no graph, audit or reader."""
    assert [] == _modules_after("import yiju, yiju.cli")


def test_cite_imports_no_graph_library() -> None:
    """`yiju cite` reads citations without networkx, openpyxl or the audit."""
    code = (
        "import contextlib, io\nfrom yiju.cli import main\nwith contextlib.redirect_stdout(io.StringIO()):\n"
    )
    code += "    main(['cite', '泉委发〔2021〕5号'])"
    assert [] == _modules_after(code)


# --------------------------------------------------------------------------- graphread


def test_indicators_of_sorts_numbers_as_numbers(graph: Graph) -> None:
    """`indicators_of` lists a target's indicators by number read as numbers (1-1-1, 1-1-2)."""
    target = "target:泉州市应急管理局/2021/1-1"
    numbers = [graph.nodes[i]["number"] for i in indicators_of(graph, target)]
    expected = (["1-1-1", "1-1-2"], target)
    assert expected == (numbers, target_of(graph, indicators_of(graph, target)[0]))


def test_owners_by_role_and_by_edge_agree(graph: Graph) -> None:
    """`owners(G, ind, "department")` is `owners(G, ind, EdgeKind.OWNED_BY)`, and so on per role."""
    ind = "indicator:泉州市应急管理局/2021/1-1-1"
    pairs = (("person", EdgeKind.ASSIGNED_TO), ("department", EdgeKind.OWNED_BY), ("leader", EdgeKind.LED_BY))
    expected = [owners(graph, ind, edge) for _, edge in pairs]
    assert expected == [owners(graph, ind, role) for role, _ in pairs]  # type: ignore[arg-type]


def test_documents_by_level_puts_higher_levels_first() -> None:
    """Documents come national, provincial, municipal, county, unknown; then by key."""
    g = Graph()
    for key, level in [
        ("鲤政〔2021〕3号", "county"),
        ("国发〔2021〕1号", "national"),
        ("x〔2021〕1号", "odd"),
    ]:
        g.add_node(f"doc:{key}", kind=NodeKind.DOCUMENT.value, key=key, level=level)
    expected = (["doc:国发〔2021〕1号", "doc:鲤政〔2021〕3号", "doc:x〔2021〕1号"], 3)
    assert expected == (documents_by_level(g), len(documents(g)))


def test_document_info_reads_key_and_titles() -> None:
    """`document_info` gives the key and every title line."""
    g = Graph()
    g.add_node("doc:泉委办〔2021〕20号", kind="document", key="泉委办〔2021〕20号", titles="甲\n乙")
    info = document_info(g, "doc:泉委办〔2021〕20号")
    assert ("泉委办〔2021〕20号", ("甲", "乙")) == (info.key, info.titles)


@pytest.mark.parametrize("level", list(Level))
def test_every_level_has_its_own_fill_and_legend_entry(level: Level) -> None:
    """A document of each level is drawn in that level's colour, named in the legend (县级 too)."""
    g = Graph()
    g.add_node(
        "doc:鲤政〔2021〕3号", kind="document", key="鲤政〔2021〕3号", level=level.value, numbered=True
    )
    fills = {}
    for other in Level:
        h = Graph()
        h.add_node("doc:a〔2021〕1号", kind="document", key="a〔2021〕1号", level=other.value, numbered=True)
        text = to_dot(h, font=FONT)
        fills[other] = next(line for line in text.splitlines() if '"doc:a〔2021〕1号" [' in line)
    text = to_dot(g, font=FONT)
    legend = [line for line in text.splitlines() if '"_legend' in line]
    expected = (len(Level), 1)
    # The legend names the level in Chinese (县级文件, 级别不明的文件).
    name = "级别不明的文件" if level is Level.UNKNOWN else f"{level.chinese}文件"
    assert expected == (len(set(fills.values())), sum(name in line for line in legend))


def test_readme_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `yiju.load` example prints what it says (run as a doctest from the repo root)."""
    import doctest  # noqa: PLC0415  # only this test needs it

    readme = (FIXTURES.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("```python\n>>> import yiju")
    block = readme[start + len("```python\n") : readme.index("```\n", start + 10)]
    monkeypatch.chdir(FIXTURES.parent)
    test = doctest.DocTestParser().get_doctest(block, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert (0, True) == (runner.failures, runner.tries >= 8)


def test_build_keeps_the_sorted_copys_insertion_order(graph: Graph) -> None:
    """`build_graph` writes the sorted graph straight into the adjacency: nodes, edges, predecessors
    come in the order a sorted copy made with `add_node`/`add_edge` gives."""
    copy = Graph()
    for node in sorted(graph.nodes):
        copy.add_node(node, **dict(sorted(graph.nodes[node].items())))
    for u, v, k, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        copy.add_edge(u, v, key=k, **dict(sorted(data.items())))

    def shape(g: Graph) -> tuple[object, ...]:
        nodes = list(g.nodes(data=True))
        return (nodes, list(g.edges(keys=True, data=True)), [list(g.pred[n]) for n in g])

    assert shape(copy) == shape(graph)
