"""Memory of a corpus: forms share the values they repeat, edges that carry only their kind share
their dicts, and neither changes a value anything reads."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

import yiju
from yiju.compact import Compactor, compact_forms
from yiju.forms import parse_tables
from yiju.graph import build_graph, build_spaced_graph, form_spaces, to_node_link
from yiju.models import Finding, Form, Locator, Severity, SourceLocation
from yiju.readers import read

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "seed_2021_quanzhou_yingji.txt"
SECOND = FIXTURES / "second_unit_2021.txt"


def _fresh(*paths: Path) -> list[Form]:
    """Forms as a reader process sends them: each file's forms unpickled on their own."""
    return [_copy(form) for path in paths for form in parse_tables(read(path))]


def _copy(form: Form) -> Form:
    copied: Form = pickle.loads(pickle.dumps(form))  # noqa: S301  # our own bytes
    return copied


def test_compacted_forms_equal_the_forms_read() -> None:
    forms = _fresh(SEED, SECOND, SEED)
    expected = _fresh(SEED, SECOND, SEED)
    compacted = list(compact_forms(forms))
    assert [f.to_dict() for f in compacted] == [f.to_dict() for f in expected]
    assert compacted == expected


def test_two_copies_of_a_form_share_their_strings_and_values() -> None:
    first, second = _fresh(SEED, SEED)
    # Unpickled apart, equal values are different objects ...
    assert first.indicators[0].text == second.indicators[0].text
    assert first.indicators[0].text is not second.indicators[0].text
    compactor = Compactor()
    a, b = compactor.form(first), compactor.form(second)
    # ... made one: strings, name tuples, issuers, citations.
    assert a is first
    assert b is second
    assert b.indicators[0].text is a.indicators[0].text
    assert b.indicators[0].departments is a.indicators[0].departments
    assert b.unit is a.unit
    cited = next(t for t in a.targets if t.citations)
    again = b.targets[a.targets.index(cited)]
    assert again.citations[0] is cited.citations[0]
    assert again.citations[0].issuer_info is cited.citations[0].issuer_info
    # Rows stay their own: each has its location.
    assert b.indicators[0].location is not a.indicators[0].location
    assert b.indicators[0].location == a.indicators[0].location


def test_compaction_keeps_enums_floats_and_dicts_as_they_were() -> None:
    compactor = Compactor()
    assert compactor.value("error") == "error"
    finding = Finding("R01", "slug", Severity.ERROR, "message", ("error",), SourceLocation("f.txt", row=2))
    shared = compactor.value(finding)
    assert shared.severity is Severity.ERROR  # equal to the string "error", never replaced by it
    assert shared.subjects[0] is compactor.value("error")
    whole = (1, 2)
    assert compactor.value(whole) is whole
    assert type(compactor.value((1.0, 2.0))[0]) is float  # (1.0, 2.0) == (1, 2): not looked up
    locator = Locator((14, 15), "11", "项", "第14-15页第11项", (3, 12))
    assert compactor.value(Locator((14, 15), "11", "项", "第14-15页第11项", (3, 12))) is compactor.value(
        locator
    )
    totals = {"重点工作目标": 60.0}
    assert compactor.value(totals) == totals


def test_load_gives_the_graph_of_the_forms_it_read() -> None:
    corpus = yiju.load([SEED, SECOND])
    assert corpus.forms == tuple(_fresh(SEED, SECOND))
    assert to_node_link(corpus.graph) == to_node_link(build_graph(_fresh(SEED, SECOND)))


def test_edges_of_one_kind_and_nothing_else_share_their_dicts_and_the_graph_is_frozen() -> None:
    g = build_graph(_fresh(SEED, SECOND))
    bare = [(u, v) for u, v, k, d in g.edges(keys=True, data=True) if k == "owned_by" and d == {"kind": k}]
    assert len(bare) > 10
    adjacency: Any = g  # the dicts themselves (`g.succ` gives a new view each time)
    succ, pred = adjacency._succ, adjacency._pred
    first = succ[bare[0][0]][bare[0][1]]
    assert all(succ[u][v] is first for u, v in bare)
    assert all(pred[v][u] is first for u, v in bare)  # both directions, as networkx shares them
    cites = [(u, v) for u, v, k in g.edges(keys=True) if k == "cites"]
    assert succ[cites[0][0]][cites[0][1]] is not succ[cites[1][0]][cites[1][1]]  # with labels
    assert nx.is_frozen(g)
    with pytest.raises(nx.NetworkXError):
        g.add_edge(*bare[0], key="owned_by", kind="owned_by", note="x")
    copy = g.copy()  # a copy is the graph to change: its own dicts
    copy.add_edge(*bare[0], key="owned_by", kind="owned_by", note="x")
    assert g.succ[bare[1][0]][bare[1][1]]["owned_by"] == {"kind": "owned_by"}


def test_a_light_graph_is_built_the_same_way() -> None:
    forms = _fresh(SEED, SECOND)
    light = build_spaced_graph(form_spaces(forms), light=True)
    full = build_graph(forms)
    assert list(light.edges(keys=True, data=True)) == list(full.edges(keys=True, data=True))
    assert list(light.nodes(data=True)) == list(full.nodes(data=True))
