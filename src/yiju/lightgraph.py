"""A small multigraph with the part of networkx's `MultiDiGraph` that yiju's readers use.

The index answers a question from the few forms it touches: building their graph is
milliseconds, but importing networkx (all 285 of its modules) costs more than the whole
rest of a query. `LightGraph` keeps networkx's own layout — `_node`, `_succ`, `_pred`
dicts, one key dict per node pair shared by both directions — and its methods
(`add_node`, `add_edge`, `nodes`, `succ`, `pred`, `edges`, `get_edge_data` …) with the same
results and the same insertion order, so that `graph.build_spaced_graph`, `graphread`,
`queries` and `naming` read it as they read a networkx graph and give equal answers (the
index tests ask every question both ways). The in-memory `Corpus.graph` stays a networkx
graph: users run networkx's algorithms on it, and the renderer and exporters take it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["LightGraph", "NodeView"]

Attrs = dict[str, Any]


class NodeView(Mapping[str, Attrs]):
    """`graph.nodes`: node → attributes, and `nodes(data=True)` as networkx's `NodeView` gives."""

    __slots__ = ("_nodes",)

    def __init__(self, nodes: dict[str, Attrs]) -> None:
        """View the node dict of a graph."""
        self._nodes = nodes

    def __getitem__(self, node: str) -> Attrs:
        """Return a node's attribute dict (itself: writes go to the graph, as in networkx)."""
        return self._nodes[node]

    def __iter__(self) -> Iterator[str]:
        """Iterate over the nodes in insertion order."""
        return iter(self._nodes)

    def __len__(self) -> int:
        """Return the number of nodes."""
        return len(self._nodes)

    def __contains__(self, node: object) -> bool:
        """Return True when `node` is a node of the graph."""
        return node in self._nodes

    def __call__(self, data: bool | str = False, default: Any = None) -> Any:
        """Return the nodes; with `data=True` (node, attributes) pairs, with a name (node, value)."""
        if data is False:
            return self
        if data is True:
            return self._nodes.items()
        return [(node, attrs.get(data, default)) for node, attrs in self._nodes.items()]


class LightGraph:
    """A directed multigraph laid out as networkx's `MultiDiGraph`; see the module docstring."""

    __slots__ = ("__weakref__", "_node", "_pred", "_succ", "graph")  # queries memoise per graph, weakly

    def __init__(self) -> None:
        """Return an empty graph."""
        self.graph: Attrs = {}
        self._node: dict[str, Attrs] = {}
        self._succ: dict[str, dict[str, dict[Any, Attrs]]] = {}
        self._pred: dict[str, dict[str, dict[Any, Attrs]]] = {}

    # ------------------------------------------------------------------ reading

    @property
    def nodes(self) -> NodeView:
        """Return the nodes: `g.nodes[n]` is n's attributes, `g.nodes(data=True)` the pairs."""
        return NodeView(self._node)

    @property
    def succ(self) -> dict[str, dict[str, dict[Any, Attrs]]]:
        """Return node → successor → edge key → edge attributes."""
        return self._succ

    @property
    def adj(self) -> dict[str, dict[str, dict[Any, Attrs]]]:
        """Return the successors (`adj` is `succ` in a directed graph)."""
        return self._succ

    @property
    def pred(self) -> dict[str, dict[str, dict[Any, Attrs]]]:
        """Return node → predecessor → edge key → edge attributes."""
        return self._pred

    def __contains__(self, node: object) -> bool:
        """Return True when `node` is a node of the graph."""
        try:
            return node in self._node
        except TypeError:
            return False

    def __iter__(self) -> Iterator[str]:
        """Iterate over the nodes in insertion order."""
        return iter(self._node)

    def __len__(self) -> int:
        """Return the number of nodes."""
        return len(self._node)

    def has_node(self, node: str) -> bool:
        """Return True when `node` is a node of the graph."""
        return node in self

    def number_of_nodes(self) -> int:
        """Return the number of nodes."""
        return len(self._node)

    def number_of_edges(self) -> int:
        """Return the number of edges (each key of each node pair counts)."""
        return sum(len(keys) for row in self._succ.values() for keys in row.values())

    def has_edge(self, u: str, v: str, key: Any = None) -> bool:
        """Return True when there is an edge u → v (with `key`, if given)."""
        keys = self._succ.get(u, {}).get(v)
        return keys is not None and (key is None or key in keys)

    def get_edge_data(self, u: str, v: str, key: Any = None, default: Any = None) -> Any:
        """Return the key dict of u → v, or one edge's attributes given `key`; `default` if none."""
        try:
            keys = self._succ[u][v]
            return keys if key is None else keys[key]
        except KeyError:
            return default

    def successors(self, node: str) -> Iterator[str]:
        """Iterate over the nodes `node` points at."""
        return iter(self._succ[node])

    def predecessors(self, node: str) -> Iterator[str]:
        """Iterate over the nodes pointing at `node`."""
        return iter(self._pred[node])

    def edges(self, keys: bool = False, data: bool | str = False, default: Any = None) -> Iterator[Any]:
        """Iterate over the edges as networkx's `edges(keys=…, data=…)` does, in insertion order."""
        for u, row in self._succ.items():
            for v, keydict in row.items():
                for key, attrs in keydict.items():
                    value = attrs if data is True else attrs.get(data, default) if data else None
                    if keys:
                        yield (u, v, key, value) if data else (u, v, key)
                    else:
                        yield (u, v, value) if data else (u, v)

    # ------------------------------------------------------------------ writing

    def add_node(self, node: str, /, **attrs: Any) -> None:
        """Add a node, or update its attributes (any attribute name: the node is positional)."""
        found = self._node.get(node)
        if found is None:
            self._succ[node] = {}
            self._pred[node] = {}
            self._node[node] = attrs
        else:
            found.update(attrs)

    def add_edge(self, u: str, v: str, /, key: Any = None, **attrs: Any) -> Any:
        """Add an edge u → v (adding missing nodes), or update its attributes; return its key.

        Without `key`, the lowest free integer of the pair is used, as in networkx.
        """
        for node in (u, v):
            if node not in self._node:
                self._succ[node] = {}
                self._pred[node] = {}
                self._node[node] = {}
        keydict = self._succ[u].get(v)
        if keydict is None:
            keydict = {}
            self._succ[u][v] = keydict
            self._pred[v][u] = keydict
        if key is None:
            key = len(keydict)
            while key in keydict:
                key += 1
        edge = keydict.get(key)
        if edge is None:
            keydict[key] = attrs
        else:
            edge.update(attrs)
        return key
