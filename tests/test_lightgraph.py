"""`LightGraph` holds what networkx's `MultiDiGraph` holds, in the same order, and reads the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

import yiju
from yiju.graph import build_graph, build_spaced_graph, form_spaces
from yiju.graphread import EdgeKind, indicators_of
from yiju.lightgraph import LightGraph

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"


def _content(g: Any) -> tuple[list[Any], list[Any], list[Any], list[Any]]:
    """Return a graph's nodes and edges (with data, in order) and both adjacencies, as lists."""
    return (
        list(g.nodes(data=True)),
        list(g.edges(keys=True, data=True)),
        [(u, list(row.items())) for u, row in g.succ.items()],
        [(v, list(row.items())) for v, row in g.pred.items()],
    )


def test_a_light_graph_of_the_fixtures_is_the_networkx_graph() -> None:
    """Built from the same forms, both graphs have equal nodes, edges and adjacency, in order."""
    forms = yiju.load([FIXTURES / "seed_2021_quanzhou_yingji.txt", FIXTURES / "second_unit_2021.txt"]).forms
    heavy = build_graph(forms, include_hidden=True)
    light = build_spaced_graph(form_spaces(forms), include_hidden=True, light=True)
    target = "target:泉州市应急管理局/2021/1-3"
    assert (_content(heavy), heavy.number_of_edges(), indicators_of(heavy, target), True) == (
        _content(light),
        light.number_of_edges(),
        indicators_of(light, target),
        isinstance(light, LightGraph),
    )


def test_light_graph_methods_answer_as_networkx() -> None:
    """add_node/add_edge (keys given and not), get_edge_data, has_edge, edges(data=name) agree."""

    def build(g: Any) -> list[Any]:
        g.add_node("a", kind="x")
        g.add_node("a", extra=1)
        keys = [g.add_edge("a", "b"), g.add_edge("a", "b"), g.add_edge("a", "b", key=EdgeKind.CITES, w=2)]
        keys.append(g.add_edge("a", "b", key=EdgeKind.CITES, v=3))
        return [
            keys,
            list(g.nodes(data=True)),
            list(g.nodes(data="kind", default="?")),
            g.get_edge_data("a", "b"),
            g.get_edge_data("a", "b", EdgeKind.CITES),
            g.get_edge_data("a", "c", default="none"),
            [g.has_edge("a", "b"), g.has_edge("a", "b", 5), g.has_edge("b", "a")],
            list(g.edges()),
            list(g.edges(data="w", default=0)),
            list(g.edges(keys=True)),
            [list(g.successors("a")), list(g.predecessors("b")), "b" in g, "z" in g, len(g)],
            [g.number_of_nodes(), g.number_of_edges(), "a" in g.nodes, g.nodes.get("z")],
        ]

    assert build(nx.MultiDiGraph()) == build(LightGraph())
